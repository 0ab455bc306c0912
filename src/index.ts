// The entry point of the export action (action.yml): it only runs the flow.
import { runAction } from './action/run.js'
import { runExport } from './export/run-export.js'

await runAction('kore-bot-export', runExport)
