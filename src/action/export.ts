// The export action as a function, for the entry file and for @github/local-action.
import { runExport } from '../export/run-export.js'
import { systemClock, type Clock } from '../platform/clock.js'
import { runAction } from './run.js'

/** `clock`: how the run waits (tests give one that does not sleep). */
export async function run(clock: Clock = systemClock): Promise<void> {
  await runAction('kore-bot-export', (inputs, host) => runExport(inputs, host, clock))
}
