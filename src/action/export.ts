// The export action as a function, for the entry file and for @github/local-action.
import { runExport } from '../export/run-export.js'
import { runAction } from './run.js'

export async function run(): Promise<void> {
  await runAction('kore-bot-export', runExport)
}
