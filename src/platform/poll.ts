// The one waiting loop for platform jobs (export, import, publish): read the job's status,
// stop when it has settled, sleep, and give up at the deadline. The first read comes at once,
// the next ones soon after (a small bot is often done within seconds), then every interval.
import { plain } from '../shared/untrusted-text.js'
import { say, setting, type Text } from '../core/words.js'
import type { Clock } from './clock.js'

/**
 * Status words. Only `pending`, `success` (export, import), `successful`, `failed` and
 * `inprogress` (publish) are documented; the rest are the plausible spellings. Any other word
 * means still running, until the deadline, and is named in the log when first seen.
 */
const RUNNING = new Set([
  'pending',
  'inprogress',
  'running',
  'queued',
  'started',
  'processing',
  'initiated',
  'waiting',
  'new',
  'scheduled'
])
const SUCCESS = new Set(['success', 'succeeded', 'successful', 'completed', 'complete', 'done', 'finished'])
const FAILURE = new Set([
  'failed',
  'failure',
  'fail',
  'error',
  'errored',
  'cancelled',
  'canceled',
  'aborted',
  'rejected',
  'expired',
  'timeout',
  'timedout',
  // An import that did part of the work has not done what was asked.
  'partial',
  'partialsuccess',
  'partiallysuccessful',
  'partiallycompleted',
  'completedwitherrors',
  'successwitherrors'
])

export type Phase = 'success' | 'failure' | 'running'

/** The word as compared: control characters (and every other non-letter) removed, lower case. */
function normalised(status: string): string {
  return status.toLowerCase().replace(/[^a-z]/g, '')
}

export function phaseOf(status: string): Phase {
  const word = normalised(status)
  if (SUCCESS.has(word)) return 'success'
  if (FAILURE.has(word)) return 'failure'
  return 'running'
}

/**
 * phaseOf for one job's status reads, which names a word that is neither known running nor
 * known settled the first time it comes (it counts as running): a new spelling shows in the
 * log at once, not as a timeout.
 */
export function statusWords(job: string, log: (line: Text) => void): (status: string) => Phase {
  const named = new Set<string>()
  return status => {
    const phase = phaseOf(status)
    const word = normalised(status)
    if (phase === 'running' && !RUNNING.has(word) && !named.has(word)) {
      named.add(word)
      log(
        say`Kore.ai answered the ${job} status with "${plain(status, 100)}", a word this action does not know: taken as still running until the platform says success or failure, or ${setting('timeout')} runs out.`
      )
    }
    return phase
  }
}

/**
 * The shortest poll-interval allowed. Kore.ai allows a status API 60 calls a minute and 1,800
 * an hour per request (rolling windows); every 2 s would spend the hour's allowance exactly,
 * so 3 s leaves room for the early checks and for retries.
 */
export const MIN_POLL_INTERVAL_MS = 3_000

/** The early checks, while they come sooner than the interval: a small job is noticed within a second. */
const EARLY_CHECKS_MS = [1_000, 2_000, 4_000, 8_000, 16_000, 32_000]

/**
 * When the next status check is due, counted from the first one: at 1, 2, 4, 8… s while that
 * is sooner than the interval, then on the interval's grid (5, 10, 15… s), so that slow answers
 * do not make later checks drift. Always strictly after `elapsedMs`.
 */
export function nextCheckAt(elapsedMs: number, intervalMs: number): number {
  const grid = (Math.floor(elapsedMs / intervalMs) + 1) * intervalMs
  const early = EARLY_CHECKS_MS.find(at => at > elapsedMs && at < intervalMs)
  return early !== undefined ? Math.min(early, grid) : grid
}

export interface PollOptions {
  /** Clock time by which the job must have settled. */
  deadline: number
  pollIntervalMs: number
  clock: Clock
  signal?: AbortSignal
}

/**
 * Calls `read` on the schedule of `nextCheckAt` until `settle` returns a result (or throws),
 * then returns it. At the deadline `onTimeout` says, from the last status read, what went wrong.
 */
export async function poll<T, R>(
  read: () => Promise<T>,
  settle: (status: T) => R | undefined,
  onTimeout: (last: T) => Error,
  { deadline, pollIntervalMs, clock, signal }: PollOptions
): Promise<R> {
  const first = clock.now()
  for (;;) {
    const status = await read()
    const result = settle(status)
    if (result !== undefined) return result
    const now = clock.now()
    const remaining = deadline - now
    if (remaining <= 0) throw onTimeout(status)
    const due = first + nextCheckAt(now - first, pollIntervalMs)
    await clock.sleep(Math.min(due - now, remaining), signal)
  }
}
