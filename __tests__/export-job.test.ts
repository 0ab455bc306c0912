// Waiting, with an injected clock (no real sleeping), against the simulator over real HTTP.
import { describe, expect, it } from '@jest/globals'
import { silentLog } from '../src/core/host.js'
import { tokenSource } from '../src/platform/auth.js'
import type { Clock } from '../src/platform/clock.js'
import { ExportFailedError, waitForExport } from '../src/export/export-job.js'
import { MIN_POLL_INTERVAL_MS, nextCheckAt, phaseOf } from '../src/platform/poll.js'
import { parseDuration } from '../src/export/settings.js'
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
  return { deadline: clock.now() + timeoutMs, timeoutMs, pollIntervalMs, clock, log: silentLog }
}

const tokens = await tokenSource({ kind: 'app', clientId: DEMO_CLIENT_ID, clientSecret: DEMO_CLIENT_SECRET }, () => {})

function client(): KoreClient {
  return new KoreClient(simulator.host, tokens)
}

describe('waitForExport', () => {
  it('polls at 0, 1, 2 and 4 s, then on the interval grid, until success, and reports each status', async () => {
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
    // Checks at 0, 1, 2, 4 and 5 s: a small bot is noticed within a second.
    expect(clock.slept).toEqual([1_000, 1_000, 2_000, 1_000])
  })

  it('gives up at the deadline, with a last poll at the deadline itself', async () => {
    simulator.reset({ pendingPolls: 1_000 })
    const kore = client()
    const started = await kore.startExport(DEMO_BOT_ID, { exportType: 'published' })
    const clock = fakeClock()
    const before = simulator.requests.length
    const waiting = waitForExport(kore, DEMO_BOT_ID, started, waitOptions(12_000, 5_000, clock))
    await expect(waiting).rejects.toThrow(
      new RegExp(`^Export ${started.id} did not finish within 12s \\(last status: "pending"\\)`)
    )
    expect(clock.slept).toEqual([1_000, 1_000, 2_000, 1_000, 5_000, 2_000])
    // At 0, 1, 2, 4, 5, 10 and 12 s.
    expect(simulator.requests.slice(before).filter(request => request.path.endsWith('/status'))).toHaveLength(7)
  })

  it('waits past a status that still reports the previous export, then follows its own', async () => {
    simulator.reset({ pendingPolls: 0 })
    const kore = client()
    const started = await kore.startExport(DEMO_BOT_ID, { exportType: 'published' })
    const before = new Date(Date.parse(started.createdOn!) - 60_000).toISOString()
    simulator.inject('status', {
      kind: 'answer',
      status: 200,
      body: { _id: 'ber-previous', status: 'success', createdOn: before }
    })
    const ready = await waitForExport(kore, DEMO_BOT_ID, started, waitOptions(60_000, 3_000, fakeClock()))
    expect(ready.id).toBe(started.id)
  })

  it('fails when the status reports a newer export', async () => {
    simulator.reset({ pendingPolls: 0 })
    const kore = client()
    const started = await kore.startExport(DEMO_BOT_ID, { exportType: 'published' })
    simulator.inject('status', { kind: 'answer', status: 200, body: { _id: 'ber-newer', status: 'pending' } })
    const waiting = waitForExport(kore, DEMO_BOT_ID, started, waitOptions(60_000, 3_000, fakeClock()))
    await expect(waiting).rejects.toThrow(/Another export of bot .* \(ber-newer\) was started/)
  })

  it('fails when success comes without a download link', async () => {
    simulator.reset({ pendingPolls: 0 })
    const kore = client()
    const started = await kore.startExport(DEMO_BOT_ID, { exportType: 'published' })
    simulator.inject('status', { kind: 'answer', status: 200, body: { _id: started.id, status: 'success' } })
    const waiting = waitForExport(kore, DEMO_BOT_ID, started, waitOptions(60_000, 3_000, fakeClock()))
    await expect(waiting).rejects.toThrow(ExportFailedError)
    await expect(waiting).rejects.toThrow(/gives no download link \(downloadURL\)/)
  })
})

describe('the polling schedule', () => {
  it('checks at 0, 1, 2, 4 s, then on the interval grid, whatever the interval', () => {
    const schedule = (intervalMs: number, until: number): number[] => {
      const times = [0]
      while (times[times.length - 1] < until) times.push(nextCheckAt(times[times.length - 1], intervalMs))
      return times
    }
    expect(schedule(5_000, 20_000)).toEqual([0, 1_000, 2_000, 4_000, 5_000, 10_000, 15_000, 20_000])
    expect(schedule(3_000, 12_000)).toEqual([0, 1_000, 2_000, 3_000, 6_000, 9_000, 12_000])
    expect(schedule(60_000, 180_000)).toEqual([0, 1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 120_000, 180_000])
    // A slow answer does not make later checks drift: the next is the next grid point.
    expect(nextCheckAt(12_345, 5_000)).toBe(15_000)
    expect(nextCheckAt(1_500, 5_000)).toBe(2_000)
  })

  it('keeps every schedule within the platform limits: 60 status calls in any minute, 1,800 in any hour', () => {
    for (const intervalMs of [MIN_POLL_INTERVAL_MS, 4_000, 5_000, 7_000, 60_000]) {
      const times = [0]
      while (times[times.length - 1] < 3 * 3_600_000) times.push(nextCheckAt(times[times.length - 1], intervalMs))
      const mostIn = (windowMs: number): number => {
        let most = 0
        for (let first = 0, last = 0; first < times.length; first++) {
          while (last < times.length && times[last] < times[first] + windowMs) last++
          most = Math.max(most, last - first)
        }
        return most
      }
      // Room is left for a retry or two on top of the schedule.
      expect([intervalMs, mostIn(60_000) <= 30]).toEqual([intervalMs, true])
      expect([intervalMs, mostIn(3_600_000) <= 1_300]).toEqual([intervalMs, true])
    }
  })

  it('makes at most 60 status requests in any rolling minute on the wire, at the shortest interval', async () => {
    simulator.reset({ pendingPolls: 100_000 })
    const kore = client()
    const started = await kore.startExport(DEMO_BOT_ID, { exportType: 'published' })
    const clock = fakeClock()
    const before = simulator.requests.length
    const at: number[] = []
    const reading = kore.exportStatus.bind(kore)
    // The clock time of every status request that goes out over HTTP.
    kore.exportStatus = (botId: string) => (at.push(clock.now()), reading(botId))
    const waiting = waitForExport(kore, DEMO_BOT_ID, started, waitOptions(5 * 60_000, MIN_POLL_INTERVAL_MS, clock))
    await expect(waiting).rejects.toThrow(/did not finish within 5m/)
    const statusRequests = simulator.requests
      .slice(before)
      .filter(request => request.path.endsWith('/export/status')).length
    expect(statusRequests).toBe(at.length)
    const inAnyMinute = Math.max(...at.map(start => at.filter(time => time >= start && time < start + 60_000).length))
    expect(inAnyMinute).toBeLessThanOrEqual(60)
    // 0, 1, 2, then 3, 6 … 57 s.
    expect(inAnyMinute).toBe(22)
  })

  it('refuses a poll-interval under the floor, saying why', () => {
    expect(() =>
      parseDuration('poll-interval', '2s', MIN_POLL_INTERVAL_MS, 'Kore.ai allows 60 status calls a minute')
    ).toThrow(
      'poll-interval: "2s" is below the 3s minimum (Kore.ai allows 60 status calls a minute). Use poll-interval: 3s or more.'
    )
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
