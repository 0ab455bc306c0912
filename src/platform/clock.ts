// Time as the waiting code sees it, so tests can run a ten-minute wait in milliseconds.
import { CoreError } from '../core/errors.js'
import { setTimeout as delay } from 'node:timers/promises'

export interface Clock {
  now(): number
  /** Rejects with CancelledError when `signal` aborts first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: async (ms, signal) => {
    try {
      await delay(ms, undefined, { signal })
    } catch (error) {
      if (signal?.aborted) throw new CancelledError()
      throw error
    }
  }
}

/** The runner cancelled the job (SIGINT/SIGTERM): everything in flight stops. */
export class CancelledError extends CoreError {
  constructor() {
    super('cancelled', 'The run was cancelled.')
    this.name = 'CancelledError'
  }
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms}ms`
  const seconds = Math.round(ms / 1000)
  if (seconds < 60) return `${seconds}s`
  const minutes = Math.floor(seconds / 60)
  const rest = seconds % 60
  if (minutes < 60) return rest ? `${minutes}m ${rest}s` : `${minutes}m`
  const hours = Math.floor(minutes / 60)
  return minutes % 60 ? `${hours}h ${minutes % 60}m` : `${hours}h`
}
