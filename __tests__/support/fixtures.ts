import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  DEMO_ADMIN_CLIENT_ID,
  DEMO_ADMIN_CLIENT_SECRET,
  DEMO_BOT_ID,
  DEMO_CLIENT_ID,
  DEMO_CLIENT_SECRET,
  DEMO_TARGET_BOT_ID
} from '../../script/simulator/bot.js'
import { afterAll, beforeAll, beforeEach, expect } from '@jest/globals'
import yauzl from 'yauzl'
import { KoreSimulator } from '../../script/simulator/server.js'
import { maskedValues, visibleLog, type ActionRun } from '../../script/run-action.js'

export { DEMO_BOT_ID, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET }

/** One simulator for a test file, back to documented behaviour (one pending poll) before each test. */
export function useSimulator(): KoreSimulator {
  const simulator = new KoreSimulator()
  beforeAll(() => simulator.listen())
  afterAll(() => simulator.close())
  beforeEach(() => simulator.reset({ pendingPolls: 1 }))
  return simulator
}

/** Inputs for a run against the simulator with app credentials; tests override what they test. */
export function appInputs(simulator: KoreSimulator, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    host: simulator.host,
    'bot-id': DEMO_BOT_ID,
    'client-id': DEMO_CLIENT_ID,
    'client-secret': DEMO_CLIENT_SECRET,
    'poll-interval': '3s',
    timeout: '30s',
    path: 'export.zip',
    ...overrides
  }
}

/** The import action's inputs: the demo Admin Console app, into the second bot, from export.zip. */
export function importInputs(simulator: KoreSimulator, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    host: simulator.host,
    'bot-id': DEMO_TARGET_BOT_ID,
    'client-id': DEMO_ADMIN_CLIENT_ID,
    'client-secret': DEMO_ADMIN_CLIENT_SECRET,
    from: 'export.zip',
    'poll-interval': '3s',
    timeout: '30s',
    ...overrides
  }
}

export function sha256Of(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex')
}

export function sha256(file: string): string {
  return sha256Of(fs.readFileSync(file))
}

/** An empty workspace folder, for tests that put something in it before the run. */
export function tempWorkspace(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'kore-ws-'))
}

/** The tokens the action sent, as the simulator received them. */
export function sentTokens(simulator: KoreSimulator): string[] {
  return simulator.requests
    .map(request => request.headers.auth)
    .filter((token): token is string => typeof token === 'string')
}

/** Asserts the workspace holds exactly these entries: nothing partial, nothing temporary. */
export function expectWorkspace(run: ActionRun, entries: string[]): void {
  expect(fs.readdirSync(run.workspace).sort()).toEqual([...entries].sort())
}

/**
 * Asserts that no secret reaches what a person can read: the log (but for the ::add-mask::
 * commands that hide it), the job summary, and every output but download-url.
 */
export function expectNoLeak(run: ActionRun, secrets: string[]): void {
  const log = visibleLog(run)
  const outputs = Object.entries(run.outputs)
    .filter(([name]) => name !== 'download-url')
    .map(([, value]) => value)
    .join('\n')
  for (const secret of secrets) {
    expect(secret.length).toBeGreaterThan(8)
    expect(log).not.toContain(secret)
    expect(run.summary).not.toContain(secret)
    expect(outputs).not.toContain(secret)
    expect(maskedValues(run)).toContain(secret)
  }
}

/** A zip's file entries in order, read with a library independent of the action's reader. */
export async function zipEntries(file: string): Promise<[string, Buffer][]> {
  const zip = await yauzl.openPromise(file, { lazyEntries: true })
  const entries: [string, Buffer][] = []
  for await (const entry of zip.eachEntry()) {
    if (entry.fileName.endsWith('/')) continue
    const chunks: Buffer[] = []
    for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer)
    entries.push([entry.fileName, Buffer.concat(chunks)])
  }
  return entries
}
