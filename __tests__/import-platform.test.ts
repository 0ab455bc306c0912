// The import action against the platform's current words (issue 17): the body of the XO 11
// import page, full and incremental imports, the publish this run made (not the previous
// one), and the platform's refusals turned into advice. Run through the Actions adapter in
// process (INPUT_* as a runner passes them) against the simulator.
import { beforeEach, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { visibleLog, type ActionRun } from '../script/run-action.js'
import { demoBotFiles } from '../script/simulator/bot.js'
import { buildZip } from '../script/simulator/zip.js'
import type { Behaviour, KoreSimulator } from '../script/simulator/server.js'
import { importInputs, tempWorkspace, useSimulator } from './support/fixtures.js'
import { runActionInProcess } from './support/in-process.js'

interface ImportBody {
  botDefinition: string
  configInfo: string
  importOptions?: {
    tasks: string[]
    qualityAI: string[]
    storyBoardScenes: { includeComments: boolean }
    customDashboard: boolean
    options: { utterances: { append: boolean; replace: boolean }; patterns: { append: boolean; replace: boolean } }
  }
  [key: string]: unknown
}

const simulator = useSimulator()
// Jobs settle at the first read unless a test says otherwise: the file runs in seconds.
const quick: Partial<Behaviour> = { pendingPolls: 0, importPendingPolls: 0, publishPendingPolls: 0 }
beforeEach(() => simulator.reset(quick))

function workspace(): string {
  const folder = tempWorkspace()
  fs.writeFileSync(path.join(folder, 'export.zip'), buildZip(demoBotFiles()))
  return folder
}

function inputs(sim: KoreSimulator, overrides: Record<string, string> = {}): Record<string, string> {
  return importInputs(sim, { verify: 'false', ...overrides })
}

function runImport(overrides: Record<string, string> = {}): Promise<ActionRun> {
  return runActionInProcess(inputs(simulator, overrides), { action: 'import', workspace: workspace() })
}

const publishStatusReads = (): number =>
  simulator.requests.filter(request => request.method === 'GET' && /\/publish\/status$/.test(request.path)).length
const importStarts = (): number =>
  simulator.requests.filter(request => request.method === 'POST' && /\/import$/.test(request.path)).length

describe('the import body follows the XO 11 import page', () => {
  it('sends qualityAI, storyBoardScenes with comments and options.patterns beside options.utterances', async () => {
    const run = await runImport()
    expect(run.code).toBe(0)
    const body = simulator.importBodies[0] as ImportBody
    expect(body.importOptions?.qualityAI).toEqual(['taxonomy', 'connectors', 'autoQA'])
    expect(body.importOptions?.storyBoardScenes).toEqual({ includeComments: true })
    expect(body.importOptions?.customDashboard).toBe(true)
    expect(body.importOptions?.options.utterances).toEqual({ append: true, replace: false })
    expect(body.importOptions?.options.patterns).toEqual({ append: true, replace: false })
  })

  it('chooses qualityAI values like the other groups', async () => {
    const run = await runImport({ 'quality-ai': 'autoQA, taxonomy' })
    expect(run.code).toBe(0)
    expect((simulator.importBodies[0] as ImportBody).importOptions?.qualityAI).toEqual(['autoQA', 'taxonomy'])
  })

  // Until run-import.ts passes settings.patterns and settings.mode to buildImportBody (the
  // lead's change): then `it`.
  it('patterns: replace replaces the patterns, and leaves the utterances alone', async () => {
    const run = await runImport({ patterns: 'replace' })
    expect(run.code).toBe(0)
    const options = (simulator.importBodies[0] as ImportBody).importOptions?.options
    expect(options?.patterns).toEqual({ append: false, replace: true })
    expect(options?.utterances).toEqual({ append: true, replace: false })
  })

  it('mode: full sends no importOptions, and import-options still merges last', async () => {
    const run = await runImport({ mode: 'full', 'import-options': '{"botComponents": ["linkedBots"]}' })
    expect(run.code).toBe(0)
    const body = simulator.importBodies[0] as ImportBody
    expect(body.importOptions).toBeUndefined()
    expect(body.botComponents).toEqual(['linkedBots'])
    expect(Object.keys(body).sort()).toEqual(['botComponents', 'botDefinition', 'configInfo'])
  })

  it('names a bad mode or patterns, and the component inputs a full import would ignore, before any request', async () => {
    const bad = await runImport({ mode: 'partial', patterns: 'both', 'quality-ai': 'autoqa' })
    expect(bad.code).toBe(1)
    const log = visibleLog(bad)
    expect(log).toContain('mode: "partial" is not incremental or full')
    expect(log).toContain('patterns: "both" is not append or replace')
    expect(log).toContain(
      'quality-ai: "autoqa" is not a documented qualityAI component for import (did you mean autoQA?)'
    )

    const ignored = await runImport({ mode: 'full', tasks: 'botTask', patterns: 'replace' })
    expect(ignored.code).toBe(1)
    expect(visibleLog(ignored)).toMatch(/mode: full sends no importOptions, so tasks, patterns would not be sent/)
    expect(simulator.requests).toHaveLength(0)
  })
})

describe('the publish this run made', () => {
  it('does not take the previous publish\'s "successful" for this one', async () => {
    // The first reads after the publish still return yesterday's successful publish; this one fails.
    simulator.reset({ ...quick, publishStaleReads: 2, publishFinalStatus: 'failed' })
    const run = await runImport({ publish: 'true' })
    expect(run.code).toBe(1)
    expect(run.outputs['publish-status']).toBe('failed')
    // One read before the publish, two stale ones, then this publish's answer.
    expect(publishStatusReads()).toBe(4)
    expect(visibleLog(run)).toMatch(/still the previous publish \(ds-[^)]*\); waiting for this one/)
    expect(visibleLog(run)).toMatch(/reports the publish of bot st-\S+ as "failed"/)
  })

  it('takes a newer answer with the same _id by its requestedTime', async () => {
    simulator.reset({ ...quick, publishStaleReads: 1, publishReusesId: true })
    const run = await runImport({ publish: 'true' })
    expect(run.code).toBe(0)
    expect(run.outputs['publish-status']).toBe('successful')
    expect(publishStatusReads()).toBe(3)
  })

  it('logs percentageComplete as it moves, once per value', async () => {
    simulator.reset({ ...quick, publishPendingPolls: 3, publishProgress: [10, 10, 60] })
    const run = await runImport({ publish: 'true' })
    expect(run.code).toBe(0)
    const lines = run.stdout.split('\n').filter(line => /^Publish of bot .*%/.test(line))
    expect(lines.map(line => /(\d+)%/.exec(line)![1])).toEqual(['10', '60', '100'])
  })

  it('lists the statusSummary entries that failed', async () => {
    simulator.reset({ ...quick, publishFinalStatus: 'failed' })
    const run = await runImport({ publish: 'true' })
    expect(run.code).toBe(1)
    const error = visibleLog(run)
      .split('\n')
      .find(line => line.startsWith('::error::'))!
    expect(error).toContain('Natural Language (NL): FAILED')
    expect(error).not.toContain('Settings (SETTINGS)')
  })
})

describe("the platform's words mapped to advice", () => {
  it('Invalid StreamId: names bot-id and the account the app belongs to, not the file', async () => {
    const run = await runImport({ 'bot-id': 'st-not-in-this-account' })
    expect(run.code).toBe(1)
    const log = visibleLog(run)
    expect(log).toMatch(
      /refused to start the import \(HTTP 400: Invalid StreamId\)\. Check bot-id \(st-not-in-this-account/
    )
    expect(log).toMatch(/account/)
    expect(log).not.toMatch(/::error::.*(component settings|export of a bot for this platform version)/)
  })

  it('code 4002 (scope): names the scope each call needs', async () => {
    simulator.reset({ ...quick, revokedScopes: ['import'] })
    const importRefused = await runImport()
    expect(importRefused.code).toBe(1)
    expect(visibleLog(importRefused)).toMatch(
      /refused to start the import \(HTTP 401: Permission denied\. Scope is incorrect!\)\. The app lacks the Bot Definition > Bot Import scope/
    )

    simulator.reset({ ...quick, revokedScopes: ['publish-status'] })
    const statusRefused = await runImport({ publish: 'true' })
    expect(statusRefused.code).toBe(1)
    expect(visibleLog(statusRefused)).toMatch(
      /refused to read the publish status \(HTTP 401: Permission denied\. Scope is incorrect!\)\. The app lacks the Bot Publish > Publish Status scope/
    )
    // Read before publishing: nothing was published.
    expect(simulator.publishBodies).toHaveLength(0)
  })

  it("412: shows the platform's validation message", async () => {
    simulator.inject('import', {
      kind: 'answer',
      status: 412,
      body: { errors: [{ msg: 'Dialog "Book Flight" refers to a missing entity', code: 412 }] }
    })
    const run = await runImport()
    expect(run.code).toBe(1)
    expect(visibleLog(run)).toMatch(/::error::.*HTTP 412.*Dialog "Book Flight" refers to a missing entity/)
    expect(importStarts()).toBe(1)
  })

  it('reads a status word after removing control characters, and names an unknown one once', async () => {
    simulator.reset({
      ...quick,
      importPendingPolls: 2,
      importPendingStatus: 'Deferred',
      importFinalStatus: 'succ\u0000ess\u001b',
      publishFinalStatus: '\u0007successful'
    })
    const run = await runImport({ publish: 'true', timeout: '20s' })
    expect(run.code).toBe(0)
    expect(run.durationMs).toBeLessThan(10_000)
    expect(run.outputs.status).toBe('success')
    expect(run.outputs['publish-status']).toBe('successful')
    const named = run.stdout.split('\n').filter(line => line.includes('"Deferred"') && line.includes('does not know'))
    expect(named).toHaveLength(1)
  })
})
