// The import action as a function, for the entry file and for @github/local-action: the
// import, then (pr-comment) its report on the pull request, which never changes the outcome.
import { runImport } from '../import/run-import.js'
import { systemClock, type Clock } from '../platform/clock.js'
import { commentOnPullRequest } from './pull-request.js'
import { runAction } from './run.js'

/** `clock`: how the run waits (tests give one that does not sleep). */
export async function run(clock: Clock = systemClock): Promise<void> {
  await runAction('kore-bot-export/import', async (inputs, host) => {
    const result = await runImport(inputs, host, clock)
    if (result.review) await commentOnPullRequest(result.review)
    return result
  })
}
