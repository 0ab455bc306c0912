// Waiting, with an injected clock (no real sleeping), against the simulator over real HTTP.
import { describe, expect, it } from '@jest/globals'
import { tokenSource } from '../src/platform/auth.js'
import type { Clock } from '../src/platform/clock.js'
import { ExportFailedError, waitForExport } from '../src/export/export-job.js'
import { phaseOf } from '../src/platform/poll.js'
import { KoreClient } from '../src/platform/kore-client.js'
import { DEMO_BOT_ID, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, useSimulator } from './support/fixtures.js'

const simulator = useSimulator()

/** A clock whose sleep returns at once, moving time on by what was asked. */
function fakeClock(): Clock & { slept: number[] } {
  let now = 1_000_000
  const slept: number[] = []
  return {
    slept,
    now: () => now,
    sleep: async ms => {
      slept.push(ms)
      now += ms
    }
  }
}

function waitOptions(timeoutMs: number, pollIntervalMs: number, clock: Clock) {
  return { deadline: clock.now() + timeoutMs, timeoutMs, pollIntervalMs, clock }
}

function client(): KoreClient {
  return new KoreClient(simulator.host, tokenSource({ kind: 'app', clientId: DEMO_CLIENT_ID, clientSecret: DEMO_CLIENT_SECRET }))
}

describe('waitForExport', () => {
  it('polls every interval until success and reports each status', async () => {
    simulator.reset({ pendingPolls: 4 })
    const kore = client()
    const started = await kore.startExport(DEMO_BOT_ID, { exportType: 'published' })
    const clock = fakeClock()
    const seen: string[] = []
    const ready = await waitForExport(kore, DEMO_BOT_ID, started, {
      ...waitOptions(600_000, 5_000, clock),
      onStatus: status => seen.push(status.status)
    })
    expect(ready.id).toBe(started.id)
    expect(ready.downloadUrl).toContain('/exports/')
    expect(ready.fileSize).toBe(simulator.behaviour.zip.length)
    expect(seen).toEqual(['pending', 'pending', 'pending', 'pending', 'success'])
    // The first check at once, then one per interval.
    expect(clock.slept).toEqual([5_000, 5_000, 5_000, 5_000])
  })

  it('gives up at the deadline, with a last poll at the deadline itself', async () => {
    simulator.reset({ pendingPolls: 1_000 })
    const kore = client()
    const started = await kore.startExport(DEMO_BOT_ID, { exportType: 'published' })
    const clock = fakeClock()
    const before = simulator.requests.length
    const waiting = waitForExport(kore, DEMO_BOT_ID, started, waitOptions(12_000, 5_000, clock))
    await expect(waiting).rejects.toThrow(new RegExp(`^Export ${started.id} did not finish within 12s \\(last status: "pending"\\)`))
    expect(clock.slept).toEqual([5_000, 5_000, 2_000])
    // At 0s, 5s, 10s and 12s.
    expect(simulator.requests.slice(before).filter(request => request.path.endsWith('/status'))).toHaveLength(4)
  })

  it('waits past a status that still reports the previous export, then follows its own', async () => {
    simulator.reset({ pendingPolls: 0 })
    const kore = client()
    const started = await kore.startExport(DEMO_BOT_ID, { exportType: 'published' })
    const before = new Date(Date.parse(started.createdOn!) - 60_000).toISOString()
    simulator.inject('status', { kind: 'answer', status: 200, body: { _id: 'ber-previous', status: 'success', createdOn: before } })
    const ready = await waitForExport(kore, DEMO_BOT_ID, started, waitOptions(60_000, 1_000, fakeClock()))
    expect(ready.id).toBe(started.id)
  })

  it('fails when the status reports a newer export', async () => {
    simulator.reset({ pendingPolls: 0 })
    const kore = client()
    const started = await kore.startExport(DEMO_BOT_ID, { exportType: 'published' })
    simulator.inject('status', { kind: 'answer', status: 200, body: { _id: 'ber-newer', status: 'pending' } })
    const waiting = waitForExport(kore, DEMO_BOT_ID, started, waitOptions(60_000, 1_000, fakeClock()))
    await expect(waiting).rejects.toThrow(/Another export of bot .* \(ber-newer\) was started/)
  })

  it('fails when success comes without a download link', async () => {
    simulator.reset({ pendingPolls: 0 })
    const kore = client()
    const started = await kore.startExport(DEMO_BOT_ID, { exportType: 'published' })
    simulator.inject('status', { kind: 'answer', status: 200, body: { _id: started.id, status: 'success' } })
    const waiting = waitForExport(kore, DEMO_BOT_ID, started, waitOptions(60_000, 1_000, fakeClock()))
    await expect(waiting).rejects.toThrow(ExportFailedError)
    await expect(waiting).rejects.toThrow(/gives no download link \(downloadURL\)/)
  })
})

describe('phaseOf', () => {
  it.each([
    ['success', 'success'],
    ['Completed', 'success'],
    ['pending', 'running'],
    ['in-progress', 'running'],
    ['IN_PROGRESS', 'running'],
    ['failed', 'failure'],
    ['Failure', 'failure'],
    ['ERROR', 'failure'],
    ['cancelled', 'failure']
  ])('%s is %s', (status, phase) => {
    expect(phaseOf(status)).toBe(phase)
  })
})
