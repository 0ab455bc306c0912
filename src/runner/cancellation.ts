// A runner cancels a job with SIGINT, then SIGTERM 7.5 s later, then SIGKILL: the first
// signal stops the work, which cleans up on its way out; the second leaves no time for that,
// so the temporary files go at once, synchronously, and the process exits.
import * as core from '@actions/core'
import { CancelledError } from '../platform/clock.js'
import { removeAllNow } from '../shared/temporary-files.js'

export function watchCancellation(whatIsLeft: string): { signal: AbortSignal; stop: () => void } {
  const cancellation = new AbortController()
  const onSignal = (): void => {
    if (!cancellation.signal.aborted) return cancellation.abort()
    removeAllNow()
    core.error(`Cancelled again before clean-up finished: temporary files were removed at once; ${whatIsLeft}`)
    process.exit(1)
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  process.on('exit', removeAllNow)
  return {
    signal: cancellation.signal,
    stop: () => {
      process.off('SIGINT', onSignal)
      process.off('SIGTERM', onSignal)
      process.off('exit', removeAllNow)
    }
  }
}

/** What a run of an action hands back: its outputs, what it failed with, whether it was cancelled. */
export interface ActionResult<Output extends string> {
  outputs: Partial<Record<Output, string>>
  /** What the run failed with (already reported through core.setFailed). */
  error?: Error
  /** The runner cancelled the run: requests cut off may still hold sockets, so exit at once. */
  cancelled: boolean
}

/** The words for a failed run: what the error says, or, when cancelled, what was left as it was. */
export function failureMessage(error: unknown, cancelled: boolean, whenCancelled: string): string {
  if (cancelled || error instanceof CancelledError) return `The run was cancelled. ${whenCancelled}`
  return error instanceof Error ? error.message : String(error)
}
