// `npm run demo`: the bundled actions, end to end, against the Kore.ai API simulator: export
// the bot into a split folder, change one dialog there as a reviewer would, then import the
// folder into a second bot, verify it and publish it. Leaves demo-output/ with the zip, the
// unpacked bot and both job summaries.
// `npm run demo:cli`: the same export through the CLI (dist/cli), as another CI system runs it.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { DEMO_ADMIN_CLIENT_ID, DEMO_ADMIN_CLIENT_SECRET, DEMO_BOT_ID, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, DEMO_TARGET_BOT_ID } from './simulator/bot.js'
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
      'poll-interval': '3s',
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
  if (run.code !== 0) {
    console.log(`\nThe action failed (exit code ${run.code}).`)
    return run.code ?? 1
  }
  console.log('\nThe action exported the bot.')
  return promote()
}

/** The round trip: one dialog changed in the folder, imported into a second bot, verified, published. */
async function promote(): Promise<number> {
  const script = path.join(output, 'bot', 'botDefinition', 'dialogs', 'Book Flight', 'components', 'script.ValidateDestination.script.js')
  fs.writeFileSync(script, fs.readFileSync(script, 'utf8').replace('{2,40}', '{2,60}'))
  console.log(`\nChanged one dialog as a reviewer would: ${path.relative(ROOT, script)} (destinations up to 60 characters).`)
  console.log(`Running dist/import/index.js: import demo-output/bot into bot ${DEMO_TARGET_BOT_ID}, verify, publish:\n`)
  const run = await runAction(
    {
      host: simulator.host,
      'bot-id': DEMO_TARGET_BOT_ID,
      'client-id': DEMO_ADMIN_CLIENT_ID,
      'client-secret': DEMO_ADMIN_CLIENT_SECRET,
      'poll-interval': '3s',
      from: 'demo-output/bot',
      // The folder left the variables' values out; each environment gives its own.
      variables: 'apiKey=sk-staging-demo-value\nbaseUrl=https://staging.example.com',
      publish: 'true'
    },
    { workspace: ROOT, action: 'import', onStdout: text => process.stdout.write(text.replace(/^::(add-mask|debug)::.*\n/gm, '')) }
  )
  process.stderr.write(run.stderr)
  fs.writeFileSync(path.join(output, 'import-summary.md'), run.summary)
  console.log('\nOutputs:')
  for (const [name, value] of Object.entries(run.outputs)) console.log(`  ${name} = ${value.includes('\n') ? `\n    ${value.split('\n').join('\n    ')}` : value}`)
  console.log(`\nJob summary: ${path.relative(ROOT, path.join(output, 'import-summary.md'))}`)
  console.log(run.code === 0 ? '\nDemo finished: exported, changed one dialog, imported into a second bot, verified and published.' : `\nThe import failed (exit code ${run.code}).`)
  return run.code ?? 1
}

async function viaCli(): Promise<number> {
  const args = ['--host', simulator.host, '--bot-id', DEMO_BOT_ID, '--poll-interval', '3s', '--path', 'demo-output/kore-bot-export.zip', '--extract-to', 'demo-output/bot']
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
