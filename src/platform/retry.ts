// The one retry policy for every call the action makes: network failures, timeouts, 429, 5xx
// and rate-limit answers are retried with exponential backoff and full jitter, honouring
// Retry-After; nothing else is. Hand-written rather than taken from p-retry and kin because
// those choose every delay themselves: none lets the server's Retry-After set one, and none
// stops at a deadline shared with the rest of the step.
import { CoreError } from '../core/errors.js'
import type { Log } from '../core/host.js'
import { again, say, setting, type Text } from '../core/words.js'
import { CancelledError, formatDuration, type Clock } from './clock.js'

/** A failure worth another try. Thrown where it is recognised, with the reason in words. */
export class TransientError extends CoreError {
  constructor(
    message: Text,
    readonly details: { retryAfterMs?: number; rateLimited?: boolean; status?: number } = {}
  ) {
    super('network', message)
    this.name = 'TransientError'
  }
}

export interface RetryPolicy {
  /** Retries after the first try. */
  retries: number
  /** Clock time after which no retry starts; Infinity for none. */
  deadline: number
  clock: Clock
  signal?: AbortSignal
  /** Where each retry is announced. */
  log: Log
  baseDelayMs?: number
  maxDelayMs?: number
  random?: () => number
}

const BASE_DELAY_MS = 1_000
const MAX_DELAY_MS = 30_000

/** Calls `attempt` until it succeeds, fails for good, or the policy runs out. */
export async function withRetries<T>(
  what: string,
  attempt: (tryNumber: number) => Promise<T>,
  policy: RetryPolicy
): Promise<T> {
  const {
    retries,
    deadline,
    clock,
    signal,
    log,
    baseDelayMs = BASE_DELAY_MS,
    maxDelayMs = MAX_DELAY_MS,
    random = Math.random
  } = policy
  for (let tryNumber = 1; ; tryNumber++) {
    if (signal?.aborted) throw new CancelledError()
    try {
      return await attempt(tryNumber)
    } catch (error) {
      if (!(error instanceof TransientError) || signal?.aborted) throw signal?.aborted ? new CancelledError() : error
      if (tryNumber > retries)
        throw giveUp(
          what,
          error,
          say`after ${tryNumber === 1 ? '1 try' : `${tryNumber} tries`} (${setting('retries')}: ${retries})`
        )
      // Full jitter: anywhere from nothing up to the exponential ceiling, so that many jobs
      // failing together do not come back together. A server's Retry-After is a floor.
      const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** (tryNumber - 1))
      const delay = Math.max(Math.round(random() * ceiling), error.details.retryAfterMs ?? 0)
      if (clock.now() + delay > deadline) {
        throw giveUp(
          what,
          error,
          say`with no time left to retry within ${setting('timeout')}${error.details.retryAfterMs ? ` (the platform asked to wait ${formatDuration(error.details.retryAfterMs)})` : ''}`
        )
      }
      log.info(
        say`Could not ${what}: ${error.words}. Try ${tryNumber + 1} of ${retries + 1} in ${formatDuration(delay)}.`
      )
      await clock.sleep(delay, signal)
    }
  }
}

function giveUp(what: string, error: TransientError, how: Text): Error {
  if (error.details.rateLimited) {
    return new CoreError(
      'network',
      say`Kore.ai's rate limit stopped the run: could not ${what} ${how}. The platform said: ${error.words}. Kore.ai allows 60 calls a minute and 1,800 an hour per bot and blocks every call once the hourly limit is passed: ${again()} later, export fewer bots at once, or raise ${setting('poll-interval')}.`
    )
  }
  return new CoreError(
    'network',
    say`Could not ${what} ${how}: ${error.words}. ${again(true)}; raise ${setting('retries')} or ${setting('timeout')} if this keeps happening.`
  )
}

/** Retry-After as seconds or an HTTP date, in milliseconds from now. */
export function parseRetryAfter(value: string | string[] | undefined, now: number): number | undefined {
  const text = Array.isArray(value) ? value[0] : value
  if (!text) return undefined
  if (/^\s*\d+\s*$/.test(text)) return Number(text) * 1000
  const date = Date.parse(text)
  return Number.isFinite(date) ? Math.max(0, date - now) : undefined
}
