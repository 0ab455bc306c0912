// The entry point of the import action (import/action.yml): it only runs the flow.
import { runAction } from '../action/run.js'
import { runImport } from './run-import.js'

await runAction('kore-bot-export/import', runImport)
