// `npm run simulator`: the Kore.ai API simulator on fixed loopback ports, for trying the
// action or the CLI by hand. Ctrl-C stops it.
import {
  DEMO_ADMIN_CLIENT_ID,
  DEMO_ADMIN_CLIENT_SECRET,
  DEMO_BOT_ID,
  DEMO_CLIENT_ID,
  DEMO_CLIENT_SECRET,
  DEMO_TARGET_BOT_ID
} from './bot.js'
import { KoreSimulator } from './server.js'

const port = Number(process.env.KORE_SIMULATOR_PORT ?? 4730)
const simulator = await KoreSimulator.start({ port, storagePort: port + 1 })
console.log(`Kore.ai API simulator
  host:          ${simulator.host}
  bot-id:        ${DEMO_BOT_ID}
  client-id:     ${DEMO_CLIENT_ID}
  client-secret: ${DEMO_CLIENT_SECRET}
  downloads from ${simulator.storageOrigin}
To import into a second bot (an Admin Console app):
  bot-id:        ${DEMO_TARGET_BOT_ID}
  client-id:     ${DEMO_ADMIN_CLIENT_ID}
  client-secret: ${DEMO_ADMIN_CLIENT_SECRET}`)
const stop = (): void => void simulator.close().then(() => process.exit(0))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
