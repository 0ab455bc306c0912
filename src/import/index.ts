// The entry point of the import action (import/action.yml): it only runs the flow.
import { runImport } from './run-import.js'

const { cancelled } = await runImport()
// Cancelled: requests cut off may still hold sockets open; exit now rather than wait for them.
if (cancelled) process.exit(1)
