// The one waiting loop for platform jobs (export, import, publish): read the job's status,
// stop when it has settled, sleep, and give up at the deadline. The first read comes at once:
// a small bot may be done before the first interval is up.
import type { Clock } from './clock.js'

/**
 * Status words. Only `pending`, `success` (export, import) and `successful` (publish) are
 * documented; the rest are the plausible spellings. Any other word means still running, until
 * the deadline.
 */
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

export function phaseOf(status: string): Phase {
  const word = status.toLowerCase().replace(/[^a-z]/g, '')
  if (SUCCESS.has(word)) return 'success'
  if (FAILURE.has(word)) return 'failure'
  return 'running'
}

export interface PollOptions {
  /** Clock time by which the job must have settled. */
  deadline: number
  pollIntervalMs: number
  clock: Clock
  signal?: AbortSignal
}

/**
 * Calls `read` until `settle` returns a result (or throws), then returns it. At the deadline
 * `onTimeout` says, from the last status read, what went wrong.
 */
export async function poll<T, R>(
  read: () => Promise<T>,
  settle: (status: T) => R | undefined,
  onTimeout: (last: T) => Error,
  { deadline, pollIntervalMs, clock, signal }: PollOptions
): Promise<R> {
  for (;;) {
    const status = await read()
    const result = settle(status)
    if (result !== undefined) return result
    const remaining = deadline - clock.now()
    if (remaining <= 0) throw onTimeout(status)
    await clock.sleep(Math.min(pollIntervalMs, remaining), signal)
  }
}
