// Long synchronous work, cut so that a cancellation can stop it. A signal handler (the
// runner's SIGINT) runs only when the event loop turns, and `await` on work that is already
// done does not turn it: re-indenting a hundred files of 5 MiB ran 15 s without once letting
// the handler run, and the runner killed the process with its staging folder behind.
//
// The long loops therefore pass a Pace between files and between the large steps of one
// file; work that also has synchronous callers is written once, as a generator that yields
// between its steps (Steps), run at once by those callers (finish) and paced by the others.
import { performance } from 'node:perf_hooks'
import { CancelledError } from '../platform/clock.js'

/** Work that yields between its steps, and returns T at the end. */
export type Steps<T> = Generator<void, T, void>

/** Runs `steps` to the end at once: for callers that cannot be cancelled. */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next()
    if (next.done) return next.value
  }
}

/**
 * Where long work checks its signal. It lets the event loop turn (so that a signal handler
 * runs) once `sliceMs` of work have passed since the last turn, not at every check: an
 * export is often thousands of small files, and a turn costs more than a small file does.
 * Without a signal it never waits, and costs nothing.
 */
export class Pace {
  private last = performance.now()

  constructor(
    readonly signal?: AbortSignal,
    private readonly sliceMs = 50
  ) {}

  /** Throws CancelledError once the signal has aborted; lets the event loop turn when due. */
  async check(): Promise<void> {
    const signal = this.signal
    if (!signal) return
    if (signal.aborted) throw new CancelledError()
    if (performance.now() - this.last < this.sliceMs) return
    await new Promise<void>(resolve => setImmediate(resolve))
    this.last = performance.now()
    if (signal.aborted) throw new CancelledError()
  }

  /** Runs `steps` to the end, checking between them; a cancellation closes the generator. */
  async run<T>(steps: Steps<T>): Promise<T> {
    try {
      for (;;) {
        const next = steps.next()
        if (next.done) return next.value
        await this.check()
      }
    } catch (error) {
      steps.return(undefined as T)
      throw error
    }
  }
}
