// `npm run demo`: the bundled actions, end to end, against the Kore.ai API simulator: export
// the bot into a split folder, change one dialog there as a reviewer would, then import the
// folder into a second bot, verify it and publish it. Leaves demo-output/ with the zip, the
// unpacked bot and both job summaries. The plan of the last import is shown as the comment a
// pull request gets (pr-comment), posted to a stand-in for GitHub's API.
// `npm run demo:cli`: the same export through the CLI (dist/cli), as another CI system runs it.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {
  DEMO_ADMIN_CLIENT_ID,
  DEMO_ADMIN_CLIENT_SECRET,
  DEMO_BOT_ID,
  DEMO_CLIENT_ID,
  DEMO_CLIENT_SECRET,
  DEMO_TARGET_BOT_ID
} from './simulator/bot.js'
import { GitHubApi } from './simulator/github.js'
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
  for (const [name, value] of Object.entries(run.outputs))
    console.log(`  ${name} = ${name === 'download-url' ? '***' : value}`)
  console.log(`\nJob summary: ${path.relative(ROOT, path.join(output, 'summary.md'))}`)
  console.log(
    `Unpacked bot: ${path.relative(ROOT, path.join(output, 'bot'))}/ (${fs.readdirSync(path.join(output, 'bot')).join(', ')})`
  )
  if (run.code !== 0) {
    console.log(`\nThe action failed (exit code ${run.code}).`)
    return run.code ?? 1
  }
  console.log('\nThe action exported the bot.')
  return promote()
}

/** The round trip: one dialog changed in the folder, imported into a second bot, verified, published. */
async function promote(): Promise<number> {
  const script = path.join(
    output,
    'bot',
    'botDefinition',
    'dialogs',
    'Book Flight',
    'components',
    'script.ValidateDestination.script.js'
  )
  fs.writeFileSync(script, fs.readFileSync(script, 'utf8').replace('{2,40}', '{2,60}'))
  console.log(
    `\nChanged one dialog as a reviewer would: ${path.relative(ROOT, script)} (destinations up to 60 characters).`
  )
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
    {
      workspace: ROOT,
      action: 'import',
      onStdout: text => process.stdout.write(text.replace(/^::(add-mask|debug)::.*\n/gm, ''))
    }
  )
  process.stderr.write(run.stderr)
  fs.writeFileSync(path.join(output, 'import-summary.md'), run.summary)
  console.log('\nOutputs:')
  for (const [name, value] of Object.entries(run.outputs))
    console.log(`  ${name} = ${value.includes('\n') ? `\n    ${value.split('\n').join('\n    ')}` : value}`)
  console.log(`\nJob summary: ${path.relative(ROOT, path.join(output, 'import-summary.md'))}`)
  if (run.code !== 0) {
    console.log(`\nThe import failed (exit code ${run.code}).`)
    return run.code ?? 1
  }
  return await fullImport()
}

/**
 * Someone adds a dialog to the target in the Builder. An import that would blank the target's
 * variables is refused; a full import removes the dialog at its publish, and checks it is gone.
 */
async function fullImport(): Promise<number> {
  const stored = simulator.stored.get(DEMO_TARGET_BOT_ID)!
  const definition = JSON.parse(stored.latest.get('botDefinition.json')!.toString('utf8'))
  definition.dialogs.push({
    _id: 'dg-demo-old-promo',
    refId: 'demo-old-promo',
    lname: 'old promo',
    localeData: { en: { name: 'Old Promo', shortDesc: '' } },
    nodes: []
  })
  stored.latest.set('botDefinition.json', Buffer.from(JSON.stringify(definition, null, 4)))
  const dialogs = (): string =>
    (
      JSON.parse(simulator.stored.get(DEMO_TARGET_BOT_ID)!.latest.get('botDefinition.json')!.toString('utf8'))
        .dialogs as { lname: string }[]
    )
      .map(dialog => dialog.lname)
      .join(', ')
  const inputs = {
    host: simulator.host,
    'bot-id': DEMO_TARGET_BOT_ID,
    'client-id': DEMO_ADMIN_CLIENT_ID,
    'client-secret': DEMO_ADMIN_CLIENT_SECRET,
    'poll-interval': '3s',
    from: 'demo-output/bot'
  }
  const quiet = { workspace: ROOT, action: 'import' as const }
  const visible = (text: string): string => text.replace(/^::(add-mask|debug)::.*\n/gm, '')

  console.log(
    `\nSomeone added the dialog "Old Promo" to bot ${DEMO_TARGET_BOT_ID} in the Builder; its dialogs: ${dialogs()}.`
  )
  console.log('Importing the folder again without `variables` (the folder leaves the values out):\n')
  const refused = await runAction(inputs, quiet)
  console.log(
    visible(refused.stdout)
      .split('\n')
      .filter(line => line.startsWith('::error::'))
      .join('\n')
  )
  if (refused.code === 0) return 1

  const fullInputs = {
    ...inputs,
    mode: 'full',
    variables: 'apiKey=sk-staging-demo-value\nbaseUrl=https://staging.example.com'
  }
  const comment = await planOnPullRequest({ ...fullInputs, 'dry-run': 'true' })
  console.log(`\nThe plan of a full import (dry-run: true, pr-comment: true), as the pull request's comment:\n`)
  console.log(comment.replace(/^/gm, '  │ '))
  console.log('\nImporting it with mode: full and publish: true:\n')
  const full = await runAction(
    { ...fullInputs, publish: 'true' },
    { ...quiet, onStdout: text => process.stdout.write(visible(text)) }
  )
  console.log(`\nThe target's dialogs now: ${dialogs()}.`)
  console.log(
    full.code === 0
      ? '\nDemo finished: exported, changed one dialog, imported into a second bot, verified and published; refused to blank a variable; a full import removed a dialog only the target had.'
      : `\nThe full import failed (exit code ${full.code}).`
  )
  return full.code ?? 1
}

/** A dry run with pr-comment on a pull request, against a stand-in for GitHub's API: the comment it posts. */
async function planOnPullRequest(inputs: Record<string, string>): Promise<string> {
  const token = 'ghs_demo-token-0123456789'
  const github = new GitHubApi({ token })
  await github.listen()
  const event = path.join(output, 'pull-request-event.json')
  const pullRequest = {
    number: 7,
    head: { repo: { full_name: 'acme/travel-bot' } },
    base: { repo: { full_name: 'acme/travel-bot' } }
  }
  fs.writeFileSync(event, JSON.stringify({ action: 'synchronize', number: 7, pull_request: pullRequest }))
  try {
    await runAction(
      { ...inputs, 'pr-comment': 'true', 'github-token': token },
      {
        workspace: ROOT,
        action: 'import',
        env: {
          GITHUB_API_URL: github.url,
          GITHUB_EVENT_NAME: 'pull_request',
          GITHUB_EVENT_PATH: event,
          GITHUB_REPOSITORY: 'acme/travel-bot',
          GITHUB_SERVER_URL: 'https://github.com',
          GITHUB_RUN_ID: '4242',
          GITHUB_RUN_ATTEMPT: '1'
        }
      }
    )
    return github.comments.get('acme/travel-bot#7')?.[0]?.body ?? '(no comment was posted)'
  } finally {
    await github.close()
  }
}

async function viaCli(): Promise<number> {
  const args = [
    '--host',
    simulator.host,
    '--bot-id',
    DEMO_BOT_ID,
    '--poll-interval',
    '3s',
    '--path',
    'demo-output/kore-bot-export.zip',
    '--extract-to',
    'demo-output/bot'
  ]
  console.log(`KORE_CLIENT_ID=… KORE_CLIENT_SECRET=… kore-bot-export ${args.join(' ')}\n`)
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'cli', 'index.js'), ...args], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, KORE_CLIENT_ID: DEMO_CLIENT_ID, KORE_CLIENT_SECRET: DEMO_CLIENT_SECRET }
  })
  const code = await new Promise<number>(resolve => child.on('close', exit => resolve(exit ?? 1)))
  console.log(
    code === 0
      ? '\nDemo finished: the CLI exported the bot into demo-output/.'
      : `\nThe CLI failed (exit code ${code}).`
  )
  return code
}
