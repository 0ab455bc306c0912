// The entry point of the import action (import/action.yml): it only runs it.
import { run } from '../action/import.js'

await run()
