// The entry point of the export action (action.yml): it only runs it.
import { run } from './action/export.js'

await run()
