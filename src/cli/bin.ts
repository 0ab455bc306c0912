#!/usr/bin/env node
import { main } from './cli.js'

const { code, cancelled } = await main(process.argv.slice(2))
// Requests cut off by a cancellation may still hold sockets open: do not wait for them.
if (cancelled) process.exit(code)
process.exitCode = code
