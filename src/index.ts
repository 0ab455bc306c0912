import { run } from './main.js'

const result = await run()
// Requests cut off by a cancellation may still hold sockets open: do not wait for them.
if (result.cancelled) process.exit(1)
