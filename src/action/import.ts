// The import action as a function, for the entry file and for @github/local-action.
import { runImport } from '../import/run-import.js'
import { runAction } from './run.js'

export async function run(): Promise<void> {
  await runAction('kore-bot-export/import', runImport)
}
