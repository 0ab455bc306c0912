// The import action run as a runner runs it, and what the import suites share: the demo
// bot's export in a workspace, a target seeded with it, the simulator's request counts.
import fs from 'node:fs'
import path from 'node:path'
import type { ActionRun } from '../../script/run-action.js'
import { runActionInProcess } from './in-process.js'
import { DEMO_TARGET_BOT_ID, demoBotFiles, type DemoVariant } from '../../script/simulator/bot.js'
import { applyImport } from '../../script/simulator/bot-store.js'
import type { KoreSimulator } from '../../script/simulator/server.js'
import { buildZip } from '../../script/simulator/zip.js'
import { tempWorkspace } from './fixtures.js'

/** The import request body, as the simulator received it. */
export interface ImportBody {
  botDefinition: string
  configInfo: string
  botFunctions?: string[]
  importOptions: {
    tasks: string[]
    nlpData: string[]
    AgentAssist: string[]
    options: { utterances: { append: boolean; replace: boolean }; botVariables?: { ignore: string[] } }
  }
}

/** A workspace holding the demo bot's export (in a variant) as export.zip. */
export function workspaceWith(variant: DemoVariant = {}): { workspace: string; zip: Buffer } {
  const workspace = tempWorkspace()
  const zip = buildZip(demoBotFiles(variant))
  fs.writeFileSync(path.join(workspace, 'export.zip'), zip)
  return { workspace, zip }
}

export function runImport(
  inputs: Record<string, string>,
  workspace: string,
  env: Record<string, string> = {}
): Promise<ActionRun> {
  return runActionInProcess(inputs, { action: 'import', workspace, env })
}

/** The demo bot's files with `edit` applied to its definition and config.json (parsed). */
export function editedDemo(
  edit: (
    definition: { dialogs: Record<string, unknown>[] },
    config: { envVariables: Record<string, unknown>[] }
  ) => void,
  variant: DemoVariant = {}
): { definition: Buffer; config: Buffer; zip: Buffer } {
  const files = demoBotFiles(variant)
  const definition = JSON.parse(String(files[0].data))
  const config = JSON.parse(String(files[1].data))
  edit(definition, config)
  const edited = files.map((file, index) =>
    index === 0
      ? { ...file, data: JSON.stringify(definition, null, 4) }
      : index === 1
        ? { ...file, data: JSON.stringify(config, null, 4) }
        : file
  )
  return {
    definition: Buffer.from(String(edited[0].data)),
    config: Buffer.from(String(edited[1].data)),
    zip: buildZip(edited)
  }
}

/** What a suite asks of its simulator: a seeded target, and the calls it received. */
export function importHelpers(simulator: KoreSimulator) {
  /** The target bot holds the demo bot (in a variant), with its variables' values, as if imported before. */
  const seedTarget = (variant: DemoVariant = {}): void => {
    const [definition, config] = demoBotFiles(variant).map(file => Buffer.from(file.data as string))
    simulator.stored.set(DEMO_TARGET_BOT_ID, {
      latest: applyImport(DEMO_TARGET_BOT_ID, undefined, { definition, config, keepVariables: [] })
    })
  }
  const calls = (route: RegExp, method = 'POST'): number =>
    simulator.requests.filter(request => request.method === method && route.test(request.path)).length
  return {
    seedTarget,
    calls,
    importStarts: (): number => calls(/\/bot\/[^/]+\/import$/),
    publishes: (): number => calls(/\/publish$/)
  }
}
