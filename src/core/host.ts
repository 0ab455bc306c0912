// What the core needs from where it runs, and nothing more: the Actions adapter implements it
// over @actions/core, the CLI over a terminal, tests with a recording host. The core never
// imports @actions/core and never knows which host it has (as powerplatform-actions' host
// abstraction serves both GitHub and Azure DevOps).
import type { Text } from './words.js'

/** Lines for the person watching the run. */
export interface Log {
  debug(message: Text): void
  info(message: Text): void
  warning(message: Text): void
  /** A failure the run cannot report any other way (it is about to exit). */
  error(message: Text): void
  /** Keeps a secret out of every later line (a runner masks it in its log). */
  mask(secret: string): void
  /** Whether debug lines are shown: a costly debug line is built only then. */
  readonly debugging: boolean
}

/** A host: the log, plus what a run hands back as it goes. */
export interface Host extends Log {
  /** A result the moment it is known, so that a failed run still hands over what it had. */
  setOutput(name: string, value: string): void
  /** The run's report in Markdown (the job summary on a runner); the host may cut it. */
  writeSummary(markdown: string): Promise<void>
  /** Words in this host's dialect: `timeout` or `--timeout`. */
  render(text: Text): string
}

/** A log that drops everything: for code paths that log nothing worth seeing. */
export const silentLog: Log = {
  debug: () => {},
  info: () => {},
  warning: () => {},
  error: () => {},
  mask: () => {},
  debugging: false
}
