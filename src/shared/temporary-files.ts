// Temporary files and folders the run has made and not yet moved into place. The runner
// cancels a job with SIGINT, then SIGTERM 7.5 s later, then SIGKILL 2.5 s after that: the
// first signal stops the work, which removes its own temporaries on the way out; a second
// signal means there is no time left, and removeAllNow() deletes them synchronously before
// the process exits.
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

const pending = new Set<string>()

/** Registers `target` for removal if the run is cut short; returns it. */
export function temporary(target: string): string {
  pending.add(target)
  return target
}

/** `target` was removed or moved into place: nothing left to clean up. */
export function settled(target: string): void {
  pending.delete(target)
}

/**
 * Removes every registered temporary now (last resort: on the second signal, and again at
 * exit). They stay registered: a write already handed to the thread pool (a folder made with
 * `recursive`) can bring one back between the two passes.
 */
export function removeAllNow(): void {
  for (const target of pending) {
    try {
      fs.rmSync(target, { recursive: true, force: true })
    } catch {
      // Nothing more can be done this late; the runner's workspace clean-up follows.
    }
  }
}

/** A hidden name in the same folder as `target`, so the final rename cannot cross file systems. */
export function temporaryPathBeside(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
}
