// The platform misbehaves; the bundled action holds up: retried where another try can help,
// failed in time with the cause named where it cannot, and never two exports for one run.
import { beforeEach, describe, expect, it } from '@jest/globals'
import { visibleLog } from '../script/run-action.js'
import {
  DEMO_CLIENT_SECRET,
  appInputs,
  expectNoLeak,
  expectWorkspace,
  sentTokens,
  sha256,
  sha256Of,
  useSimulator
} from './support/fixtures.js'
import { recordingClock, runActionInProcess } from './support/in-process.js'

const simulator = useSimulator()
// Waits go by at once: what the run was asked to wait is in clock.sleeps, its time in clock.elapsed().
let clock = recordingClock()
beforeEach(() => {
  clock = recordingClock()
})
const inProcess = (inputs: Record<string, string>) => runActionInProcess(inputs, { clock })
const PER_MINUTE = "You've exceeded the per-minute rate limit. Please wait for sometime before retrying."
const OLDER = 'Rate limit for this API has been reached. Please try again after some time.'

/** A run that must end well: right file, nothing else in the workspace, no secret shown. */
async function expectRecovery(overrides: Record<string, string> = {}) {
  const run = await inProcess(appInputs(simulator, overrides))
  expect(run.code).toBe(0)
  expect(run.outputs.status).toBe('success')
  expect(sha256(run.outputs.file)).toBe(sha256Of(simulator.behaviour.zip))
  expectWorkspace(run, ['export.zip'])
  expectNoLeak(run, [DEMO_CLIENT_SECRET, ...sentTokens(simulator)])
  return run
}

describe('retried', () => {
  it('429 with Retry-After in seconds: waits as asked, logging the retry', async () => {
    simulator.inject('status', {
      kind: 'answer',
      status: 429,
      body: { errors: [{ msg: PER_MINUTE }] },
      headers: { 'retry-after': '2' }
    })
    const run = await expectRecovery()
    expect(run.stdout).toMatch(
      /Could not read the export status: HTTP 429: You've exceeded the per-minute rate limit\. .* Try 2 of 6 in 2s\./
    )
    expect(clock.sleeps).toContain(2000)
  })

  it('429 with Retry-After as an HTTP date', async () => {
    const when = new Date(Date.now() + 2000).toUTCString()
    simulator.inject('status', {
      kind: 'answer',
      status: 429,
      body: { errors: [{ msg: PER_MINUTE }] },
      headers: { 'retry-after': when }
    })
    const run = await expectRecovery()
    expect(run.stdout).toMatch(/HTTP 429: .* Try 2 of 6 in \d+(ms|s)\./)
  })

  it('429 without Retry-After: backs off and tries again', async () => {
    simulator.inject('export', { kind: 'answer', status: 429, body: { errors: [{ msg: PER_MINUTE }] } })
    const run = await expectRecovery()
    expect(run.stdout).toMatch(/Could not start the export: HTTP 429/)
    expect(simulator.exportBodies).toHaveLength(1)
  })

  it.each([
    [403, PER_MINUTE],
    [400, OLDER]
  ])('a rate limit sent as HTTP %i, recognised by its message', async (status, msg) => {
    simulator.inject('status', { kind: 'answer', status, body: { errors: [{ msg, code: status }] } })
    const run = await expectRecovery()
    expect(run.stdout).toContain(`Could not read the export status: HTTP ${status}: ${msg}`)
  })

  it('a burst of 502 and 503 answers', async () => {
    simulator.inject(
      'status',
      { kind: 'answer', status: 502, body: '<html>Bad Gateway</html>' },
      { kind: 'answer', status: 503, body: '' },
      { kind: 'answer', status: 502, body: '' }
    )
    const run = await expectRecovery()
    expect(run.stdout.match(/Could not read the export status: HTTP 50[23]/g)).toHaveLength(3)
  })

  it('a connection reset in the middle of an answer', async () => {
    simulator.inject('status', { kind: 'truncate', afterBytes: 0 }, { kind: 'reset' })
    const run = await expectRecovery()
    expect(run.stdout).toMatch(
      /Could not read the export status: GET http:\/\/127\.0\.0\.1:\d+\/api\/public\/bot\/st-[\w-]+\/export\/status: the answer was cut off/
    )
  })

  it('a status answer that is not JSON', async () => {
    simulator.inject('status', { kind: 'garbage' })
    const run = await expectRecovery()
    expect(run.stdout).toMatch(/HTTP 200 with a body that is not JSON \(<html><body>Service temporarily unavailable/)
  })

  it('a platform that does not answer within request-timeout', async () => {
    simulator.inject('status', { kind: 'delay', ms: 3000 })
    const run = await expectRecovery({ 'request-timeout': '1s' })
    expect(run.stdout).toMatch(/no complete answer within 1s \(request-timeout\)/)
  })

  it('a fresh token for every retry', async () => {
    simulator.inject('status', { kind: 'answer', status: 503 }, { kind: 'answer', status: 503 })
    await expectRecovery()
    const tokens = sentTokens(simulator)
    expect(new Set(tokens).size).toBe(tokens.length)
  })
})

describe('starting an export is never repeated blindly', () => {
  it('when the connection drops after the export started, follows that export instead of starting another', async () => {
    simulator.inject('export', { kind: 'reset-after-work' })
    const run = await expectRecovery()
    expect(simulator.exportBodies).toHaveLength(1)
    expect(simulator.requests.filter(request => request.method === 'POST')).toHaveLength(1)
    expect(run.outputs['export-id']).toMatch(/^ber-/)
  })

  it('when the start failed before anything began, starts once more', async () => {
    simulator.inject('export', { kind: 'answer', status: 502 }, { kind: 'reset' })
    await expectRecovery()
    expect(simulator.requests.filter(request => request.method === 'POST')).toHaveLength(3)
    expect(simulator.exportBodies).toHaveLength(1)
  })
})

describe('not retried, or given up on in time', () => {
  it('the hourly block: every call refused longer than timeout fails in time, naming the rate limit', async () => {
    const blocked = { kind: 'answer', status: 429, body: { errors: [{ msg: OLDER }] } } as const
    simulator.always('status', blocked)
    simulator.always('export', blocked)
    const run = await inProcess(appInputs(simulator, { timeout: '4s', retries: '20' }))
    expect(run.code).toBe(1)
    expect(clock.elapsed()).toBeLessThan(4000 + 3000)
    expect(visibleLog(run)).toMatch(
      /::error::kore-bot-export: Kore.ai's rate limit stopped the run: could not read the export status (after \d+ tries|with no time left to retry within timeout)\. The platform said: HTTP 429: Rate limit for this API has been reached/
    )
    expectWorkspace(run, [])
  })

  it('a Retry-After longer than what is left of timeout fails at once', async () => {
    simulator.always('status', { kind: 'answer', status: 429, body: {}, headers: { 'retry-after': '3600' } })
    const run = await inProcess(appInputs(simulator, { timeout: '30s' }))
    expect(run.code).toBe(1)
    expect(clock.elapsed()).toBeLessThan(5000)
    expect(Math.max(0, ...clock.sleeps)).toBeLessThan(30_000)
    expect(visibleLog(run)).toContain('with no time left to retry within timeout (the platform asked to wait 1h)')
  })

  it('other 4xx answers are never retried', async () => {
    simulator.inject('export', { kind: 'answer', status: 400, body: { errors: [{ msg: 'exportOptions is invalid' }] } })
    const run = await inProcess(appInputs(simulator))
    expect(run.code).toBe(1)
    expect(simulator.requests.filter(request => request.method === 'POST')).toHaveLength(1)
    expect(visibleLog(run)).toContain(
      '::error::kore-bot-export: Kore.ai refused to start the export (HTTP 400: exportOptions is invalid). Check export-type'
    )
  })

  it('retries: 0 turns retrying off', async () => {
    simulator.inject('status', { kind: 'answer', status: 503 })
    const run = await inProcess(appInputs(simulator, { retries: '0' }))
    expect(run.code).toBe(1)
    expect(visibleLog(run)).toContain(
      '::error::kore-bot-export: Could not read the export status after 1 try (retries: 0): HTTP 503'
    )
  })

  it('answers that stay non-JSON end in a clear error once retries run out', async () => {
    simulator.always('status', { kind: 'garbage' })
    const run = await inProcess(appInputs(simulator, { retries: '1' }))
    expect(run.code).toBe(1)
    expect(visibleLog(run)).toContain(
      '::error::kore-bot-export: Could not read the export status after 2 tries (retries: 1): HTTP 200 with a body that is not JSON (<html><body>Service temporarily unavailable'
    )
    expect(visibleLog(run)).not.toContain('undefined')
  })

  it('an answer without an export id is a clear error, not undefined', async () => {
    simulator.inject('export', { kind: 'answer', status: 200, body: { status: 'pending' } })
    const run = await inProcess(appInputs(simulator))
    expect(run.code).toBe(1)
    expect(visibleLog(run)).toContain(
      '::error::kore-bot-export: Kore.ai answered the export call without an export id (_id): {"status":"pending"}.'
    )
    expect(visibleLog(run)).not.toContain('undefined')
  })
})
