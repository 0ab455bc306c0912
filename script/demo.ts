// `npm run demo`: the bundled action, end to end, against the Kore.ai API simulator. Leaves
// demo-output/ with the zip, the unpacked bot and the job summary.
// `npm run demo:cli`: the same export through the CLI (dist/cli), as another CI system runs it.
import { spawn } from 'node:child_process'
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
try {
  process.exitCode = process.argv.includes('--cli') ? await viaCli() : await viaRunner()
} finally {
  await simulator.close()
}

async function viaRunner(): Promise<number> {
  console.log('Running dist/index.js as a runner would:\n')
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
  return run.code ?? 1
}

async function viaCli(): Promise<number> {
  const args = ['--host', simulator.host, '--bot-id', DEMO_BOT_ID, '--poll-interval', '1s', '--path', 'demo-output/kore-bot-export.zip', '--extract-to', 'demo-output/bot']
  console.log(`KORE_CLIENT_ID=… KORE_CLIENT_SECRET=… kore-bot-export ${args.join(' ')}\n`)
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'cli', 'index.js'), ...args], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, KORE_CLIENT_ID: DEMO_CLIENT_ID, KORE_CLIENT_SECRET: DEMO_CLIENT_SECRET }
  })
  const code = await new Promise<number>(resolve => child.on('close', exit => resolve(exit ?? 1)))
  console.log(code === 0 ? '\nDemo finished: the CLI exported the bot into demo-output/.' : `\nThe CLI failed (exit code ${code}).`)
  return code
}
