// `npm run demo`: the bundled action, end to end, against the Kore.ai API simulator. Leaves
// demo-output/ with the zip, the unpacked bot and the job summary.
import fs from 'node:fs'
import path from 'node:path'
import { DEMO_BOT_ID, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET } from './simulator/bot.js'
import { KoreSimulator } from './simulator/server.js'
import { ROOT, runAction } from './run-action.js'

const output = path.join(ROOT, 'demo-output')
fs.rmSync(output, { recursive: true, force: true })
fs.mkdirSync(output)

const simulator = await KoreSimulator.start()
simulator.reset({ pendingPolls: 2 })
console.log(`Kore.ai API simulator on ${simulator.host} (downloads from ${simulator.storageOrigin})`)
console.log('Running dist/index.js as a runner would:\n')
try {
  const run = await runAction(
    {
      host: simulator.host,
      'bot-id': DEMO_BOT_ID,
      'client-id': DEMO_CLIENT_ID,
      'client-secret': DEMO_CLIENT_SECRET,
      'poll-interval': '1s',
      path: 'demo-output/kore-bot-export.zip',
      'extract-to': 'demo-output/bot'
    },
    {
      workspace: ROOT,
      // The runner hides ::add-mask:: and (unless debugging) ::debug:: lines; so does the demo.
      onStdout: text => process.stdout.write(text.replace(/^::(add-mask|debug)::.*\n/gm, ''))
    }
  )
  process.stderr.write(run.stderr)
  fs.writeFileSync(path.join(output, 'summary.md'), run.summary)
  console.log('\nOutputs:')
  for (const [name, value] of Object.entries(run.outputs)) console.log(`  ${name} = ${name === 'download-url' ? '***' : value}`)
  console.log(`\nJob summary: ${path.relative(ROOT, path.join(output, 'summary.md'))}`)
  console.log(`Unpacked bot: ${path.relative(ROOT, path.join(output, 'bot'))}/ (${fs.readdirSync(path.join(output, 'bot')).join(', ')})`)
  console.log(run.code === 0 ? '\nDemo finished: the action exported the bot.' : `\nThe action failed (exit code ${run.code}).`)
  process.exitCode = run.code ?? 1
} finally {
  await simulator.close()
}
