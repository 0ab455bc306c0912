// The one skeleton of every flow (export, import): watch for cancellation, do the work, and
// whatever happens, report it: outputs as they become known, the failure as a typed error,
// and the summary last. The adapter decides how a failure is shown (core.setFailed, stderr).
//
// A runner cancels a job with SIGINT, then SIGTERM 7.5 s later, then SIGKILL: the first
// signal stops the work, which cleans up on its way out; the second leaves no time for that,
// so the temporary files go at once, synchronously, and the process exits.
import { removeAllNow } from '../shared/temporary-files.js'
import { sourceStack } from '../shared/stack-trace.js'
import { CoreError, wordsOf } from './errors.js'
import type { Host } from './host.js'
import { say, type Words } from './words.js'

/** What a flow hands back: its outputs, what it failed with, whether it was cancelled. */
export interface FlowResult<Output extends string> {
  outputs: Partial<Record<Output, string>>
  /** What the run failed with; the adapter shows it. */
  error?: CoreError | Error
  /** The run was cancelled: requests cut off may still hold sockets, so exit at once. */
  cancelled: boolean
}

/** What every flow's report does: hold the outputs, note the failure, write the summary. */
export interface FlowReport<Output extends string> {
  readonly outputs: Partial<Record<Output, string>>
  failed(message: Words): void
  writeSummary(): Promise<void>
}

export interface FlowOptions<Output extends string> {
  host: Host
  report: FlowReport<Output>
  /** What is left as it was when the run is cancelled, in one sentence. */
  whenCancelled: string
  /** Outputs that a failure carries (the job's last status). */
  onError?: (error: unknown) => void
}

export async function runFlow<Output extends string>(
  { host, report, whenCancelled, onError }: FlowOptions<Output>,
  work: (signal: AbortSignal) => Promise<void>
): Promise<FlowResult<Output>> {
  const { signal, stop } = watchCancellation(host, whenCancelled)
  try {
    await work(signal)
    return { outputs: report.outputs, cancelled: false }
  } catch (thrown) {
    const cancelled = signal.aborted || (thrown instanceof CoreError && thrown.kind === 'cancelled')
    const error = cancelled
      ? new CoreError('cancelled', say`The run was cancelled. ${whenCancelled}`)
      : thrown instanceof Error
        ? thrown
        : new Error(String(thrown))
    onError?.(thrown)
    if (host.debugging && thrown instanceof Error && thrown.stack) host.debug(sourceStack(thrown.stack))
    report.failed(wordsOf(error))
    return { outputs: report.outputs, error, cancelled: signal.aborted }
  } finally {
    await report
      .writeSummary()
      .catch(error => host.warning(`Could not write the job summary: ${(error as Error).message}`))
    stop()
  }
}

/**
 * A signal that the first SIGINT or SIGTERM aborts (the work stops and cleans up on its way
 * out); a second removes the temporary files at once and exits. `stop` when the work is done.
 */
export function watchCancellation(
  host: Pick<Host, 'error'>,
  whatIsLeft: string
): { signal: AbortSignal; stop: () => void } {
  const cancellation = new AbortController()
  const onSignal = (): void => {
    if (!cancellation.signal.aborted) return cancellation.abort()
    removeAllNow()
    host.error(`Cancelled again before clean-up finished: temporary files were removed at once; ${whatIsLeft}`)
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
