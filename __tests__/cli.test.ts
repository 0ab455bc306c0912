// The CLI for other CI systems, run as a real child process against the simulator.
import { describe, expect, it } from '@jest/globals'
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { parse } from 'yaml'
import { ROOT, testNode } from '../script/run-action.js'
import { CLI_TEXT } from '../src/cli/flags.js'
import {
  DEMO_ADMIN_CLIENT_ID,
  DEMO_ADMIN_CLIENT_SECRET,
  DEMO_TARGET_BOT_ID,
  demoBotFiles
} from '../script/simulator/bot.js'
import { applyImport } from '../script/simulator/bot-store.js'
import { buildZip } from '../script/simulator/zip.js'
import {
  DEMO_BOT_ID,
  DEMO_CLIENT_ID,
  DEMO_CLIENT_SECRET,
  sentTokens,
  sha256,
  useSimulator,
  zipEntries
} from './support/fixtures.js'

const simulator = useSimulator()

interface CliRun {
  code: number | null
  stdout: string
  stderr: string
  cwd: string
}

async function cli(
  args: string[],
  env: Record<string, string> = {},
  interrupt?: RegExp,
  cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'kore-cli-'))
): Promise<CliRun> {
  const child = spawn(testNode(), [path.join(ROOT, 'dist', 'cli', 'index.js'), ...args], {
    cwd,
    env: {
      PATH: process.env.PATH ?? '',
      KORE_CLIENT_ID: DEMO_CLIENT_ID,
      KORE_CLIENT_SECRET: DEMO_CLIENT_SECRET,
      ...env
    }
  })
  let stdout = ''
  let stderr = ''
  let interrupted = false
  child.stdout.on('data', chunk => (stdout += chunk))
  child.stderr.on('data', chunk => {
    stderr += chunk
    // Ctrl-C, or a CI system cancelling the job.
    if (interrupt && !interrupted && interrupt.test(stderr)) {
      interrupted = true
      child.kill('SIGINT')
    }
  })
  const code = await new Promise<number | null>(resolve => child.on('close', resolve))
  return { code, stdout, stderr, cwd }
}

const base = () => ['--host', simulator.host, '--bot-id', DEMO_BOT_ID, '--poll-interval', '3s']

it('runs from a copy of dist/cli alone, as docs/cli.md tells users to (no node_modules)', async () => {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'kore-cli-copy-'))
  fs.cpSync(path.join(ROOT, 'dist', 'cli'), copy, { recursive: true })
  const child = spawn(testNode(), [path.join(copy, 'index.js'), '--version'], { cwd: copy })
  let stdout = ''
  child.stdout.on('data', chunk => (stdout += chunk))
  expect(await new Promise(resolve => child.on('close', resolve))).toBe(0)
  expect(stdout).toMatch(/^\d+\.\d+\.\d+\n$/)
  fs.rmSync(copy, { recursive: true, force: true })
})

it('--help names every input of action.yml as a flag, but the secrets', async () => {
  const run = await cli(['--help'])
  expect(run.code).toBe(0)
  const action = parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8'))
  const flags = [...run.stdout.matchAll(/^ {2}--([a-z-]+)/gm)].map(match => match[1])
  const inputs = Object.keys(action.inputs).filter(name => name !== 'client-secret' && name !== 'jwt')
  expect(flags.filter(flag => !['json', 'verbose', 'version', 'help', 'force'].includes(flag)).sort()).toEqual(
    inputs.sort()
  )
})

it.each([
  [[], 'action.yml'],
  [['import'], path.join('import', 'action.yml')]
])('%j --help fits in 100 columns and describes each flag from %s', async (command, file) => {
  const run = await cli([...command, '--help'])
  expect(run.code).toBe(0)
  expect(run.stdout.split('\n').filter(line => line.length > 100)).toEqual([])
  // Each flag's text, its wrapped lines joined, begins with its input's description.
  const options = run.stdout.split(/^Options[^\n]*\n/m)[1].split('\n\n')[0]
  const texts = new Map(
    options
      .split(/\n(?= {2}--)/)
      .map(entry => /^ {2}--([a-z-]+)\s+([\s\S]*)$/.exec(entry)!)
      .map(([, flag, text]) => [flag, text.replace(/\s+/g, ' ')])
  )
  const inputs = parse(fs.readFileSync(path.join(ROOT, file), 'utf8')).inputs as Record<
    string,
    { description: string; required: boolean; default?: string }
  >
  for (const [name, input] of Object.entries(inputs)) {
    // Secrets come from the environment; a command line has no pull request to comment on.
    if (['client-secret', 'jwt', 'variables', 'pr-comment', 'github-token'].includes(name)) {
      expect([name, texts.has(name)]).toEqual([name, false])
      continue
    }
    // A command line's own words where a workflow's would mislead (no workspace, no job summary).
    const firstWords = (CLI_TEXT[name] ?? input.description).split(/\s+/).slice(0, 3).join(' ').replace(/\W+$/, '')
    expect([name, texts.get(name)?.startsWith(firstWords)]).toEqual([name, true])
    if (input.required) expect([name, texts.get(name)]).toEqual([name, expect.stringContaining('(required)')])
    if (input.default)
      expect([name, texts.get(name)]).toEqual([name, expect.stringContaining(`(default ${input.default})`)])
  }
  expect(texts.get('client-id')).toContain('$KORE_CLIENT_ID')
})

it('exports, unpacks and prints the result as JSON, progress on stderr', async () => {
  const run = await cli([...base(), '--extract-to', 'bot', '--json'])
  expect(run.stderr).toContain('is ready')
  expect(run.stderr).toContain('the zip keeps them. --variable-values keep writes them.')
  expect(run.code).toBe(0)
  const result = JSON.parse(run.stdout)
  expect(result).toMatchObject({ ok: true, status: 'success', 'export-id': expect.stringMatching(/^ber-/) })
  expect(result.file).toBe(path.join(run.cwd, 'kore-bot-export.zip'))
  expect(result.sha256).toBe(sha256(result.file))
  expect(result.size).toBe(fs.statSync(result.file).size)
  expect(result['download-url']).toBeUndefined()
  expect(fs.readdirSync(path.join(run.cwd, 'bot')).sort()).toEqual([
    '.gitattributes',
    '.kore-bot-export',
    'botDefinition',
    'config.json',
    'icon.png'
  ])
  for (const secret of [DEMO_CLIENT_SECRET, ...sentTokens(simulator)]) {
    expect(run.stdout + run.stderr).not.toContain(secret)
  }
})

it('prints plain progress lines, without workflow commands', async () => {
  const run = await cli([...base(), '--path', 'out/bot.zip'])
  expect(run.code).toBe(0)
  expect(run.stdout).toMatch(/^Starting a published export of bot /m)
  expect(run.stdout).toMatch(/^Downloaded \d+ bytes to .*out\/bot\.zip/m)
  expect(run.stdout + run.stderr).not.toMatch(/^::/m)
  expect(fs.existsSync(path.join(run.cwd, 'out', 'bot.zip'))).toBe(true)
})

it('--verbose shows each request, never a token or a query', async () => {
  const run = await cli([...base(), '--verbose'])
  expect(run.code).toBe(0)
  expect(run.stderr).toMatch(
    /^debug: POST http:\/\/127\.0\.0\.1:\d+\/api\/public\/bot\/st-[\w-]+\/export → 200 in \d+ ms$/m
  )
  expect(run.stderr).toMatch(/^debug: GET http:\/\/127\.0\.0\.1:\d+\/exports\/[\w-]+\.zip → 200 in \d+ ms$/m)
  expect(run.stderr).not.toContain('X-Signature')
  for (const token of sentTokens(simulator)) expect(run.stderr).not.toContain(token)
})

describe('exit codes', () => {
  it('2 for a bad input, with the reason', async () => {
    const run = await cli([...base(), '--export-type', 'draft'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('kore-bot-export: --export-type: "draft" is not one of latest, published')
    expect(simulator.requests).toHaveLength(0)
  })

  it('2 for an unknown flag, and for a secret on the command line', async () => {
    expect((await cli(['--bot', 'x'])).code).toBe(2)
    const secret = await cli([...base(), '--client-secret', 'x'])
    expect(secret.code).toBe(2)
    expect(secret.stderr).toContain(
      '--client-secret is not a flag: credentials would show in process lists. Set KORE_CLIENT_ID and KORE_CLIENT_SECRET'
    )
  })

  it('1 for a failed export, with --json saying why', async () => {
    simulator.reset({ pendingPolls: 0, finalStatus: 'failed', failureFields: { message: 'Bot is locked' } })
    const run = await cli([...base(), '--json'])
    expect(run.code).toBe(1)
    expect(JSON.parse(run.stdout)).toMatchObject({
      ok: false,
      status: 'failed',
      error: expect.stringContaining('Bot is locked')
    })
  })

  it('ignores INPUT_* variables of a surrounding workflow step', async () => {
    const run = await cli(['--host', simulator.host], { 'INPUT_BOT-ID': DEMO_BOT_ID })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('kore-bot-export: --bot-id is required')
  })
})

describe('speaks CLI', () => {
  it('names flags and environment variables in its messages, never workflow inputs', async () => {
    simulator.reset({ pendingPolls: 1000 })
    const run = await cli([...base(), '--timeout', '2s'])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(
      /kore-bot-export: Export ber-\S+ did not finish within 2s .*raise --timeout \(e\.g\. --timeout 30m\)/
    )
    const missing = await cli(base(), { KORE_CLIENT_SECRET: '' })
    expect(missing.stderr).toContain(
      "kore-bot-export: KORE_CLIENT_SECRET is empty but --client-id is set. Set KORE_CLIENT_SECRET to the Client Secret of the same Kore.ai app, e.g. KORE_CLIENT_SECRET from your CI system's secret store."
    )
    for (const text of [run.stderr, missing.stderr]) {
      expect(text).not.toMatch(/\$\{\{|timeout: |client-secret:|run the step/)
    }
  })

  it('suggests the nearest flag for a typo', async () => {
    const run = await cli([...base(), '--extract-too', 'bot'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('kore-bot-export: unknown flag --extract-too. Did you mean --extract-to? See --help.')
  })

  it('--version prints the package version', async () => {
    const run = await cli(['--version'])
    expect(run.code).toBe(0)
    expect(run.stdout).toBe(`${JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version}\n`)
  })

  it('with --json, bad flags still print a JSON result on stdout', async () => {
    const run = await cli([...base(), '--json', '--retries'])
    expect(run.code).toBe(2)
    expect(JSON.parse(run.stdout)).toEqual({
      ok: false,
      command: 'export',
      error: expect.stringContaining("--retries <value>' argument missing")
    })
  })

  // POSIX signals: on Windows a child cannot be sent SIGINT.
  ;(process.platform === 'win32' ? it.skip : it)(
    'with --json, a cancellation prints a JSON result on stdout too',
    async () => {
      simulator.reset({ pendingPolls: 1000 })
      const run = await cli([...base(), '--json', '--poll-interval', '10s'], {}, /started \(pending\)/)
      expect(run.code).toBe(1)
      expect(JSON.parse(run.stdout)).toMatchObject({
        ok: false,
        'export-id': expect.stringMatching(/^ber-/),
        error: expect.stringContaining('The run was cancelled.')
      })
    }
  )
})

describe('import', () => {
  const zipFile = (): string => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kore-cli-src-')), 'export.zip')
    fs.writeFileSync(file, simulator.behaviour.zip)
    return file
  }
  const admin = { KORE_CLIENT_ID: DEMO_ADMIN_CLIENT_ID, KORE_CLIENT_SECRET: DEMO_ADMIN_CLIENT_SECRET }

  it('imports, verifies and publishes with the same code as the action, variables from the environment', async () => {
    simulator.reset({ pendingPolls: 0 })
    const secret = 'sk-cli-staging-value-123456'
    const run = await cli(
      [
        'import',
        '--host',
        simulator.host,
        '--bot-id',
        DEMO_TARGET_BOT_ID,
        '--from',
        zipFile(),
        '--poll-interval',
        '3s',
        '--publish',
        'true',
        '--json'
      ],
      { ...admin, KORE_VARIABLES: `apiKey=${secret}` }
    )
    expect(run.code).toBe(0)
    const result = JSON.parse(run.stdout)
    expect(result).toMatchObject({
      ok: true,
      command: 'import',
      status: 'success',
      verified: true,
      'publish-status': 'successful'
    })
    expect(result['import-id']).toMatch(/^bir-/)
    expect(JSON.parse(simulator.uploads[1].bytes.toString('utf8')).envVariables[0].value).toBe(secret)
    // Progress on stderr in plain lines; no secret anywhere.
    expect(run.stderr).toContain('Verified: bot')
    expect(run.stderr).not.toMatch(/^::/m)
    for (const text of [run.stdout, run.stderr]) {
      expect(text).not.toContain(secret)
      expect(text).not.toContain(DEMO_ADMIN_CLIENT_SECRET)
    }
  })

  it('refuses to blank a variable the target holds a value for, in its own words', async () => {
    simulator.reset({ pendingPolls: 0 })
    const [definition, config] = demoBotFiles().map(file => Buffer.from(file.data as string))
    simulator.stored.set(DEMO_TARGET_BOT_ID, {
      latest: applyImport(DEMO_TARGET_BOT_ID, undefined, { definition, config, keepVariables: [] })
    })
    const emptied = JSON.parse(config.toString('utf8'))
    emptied.envVariables[1].value = ''
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kore-cli-src-')), 'export.zip')
    fs.writeFileSync(
      file,
      buildZip(
        demoBotFiles().map((entry, index) =>
          index === 1 ? { ...entry, data: JSON.stringify(emptied, null, 4) } : entry
        )
      )
    )
    const run = await cli(
      [
        'import',
        '--host',
        simulator.host,
        '--bot-id',
        DEMO_TARGET_BOT_ID,
        '--from',
        file,
        '--poll-interval',
        '3s',
        '--json'
      ],
      admin
    )
    expect(run.code).not.toBe(0)
    expect(JSON.parse(run.stdout).error).toMatch(
      /holds a value for: baseUrl\. .*Give each as NAME=value in KORE_VARIABLES .*--keep-target-variables true/
    )
    expect(run.stdout + run.stderr).not.toContain('https://api.example.com')
    expect(simulator.uploads).toHaveLength(0)
  })

  it('refuses --variables as a flag, and bad flags with the nearest one, before any request', async () => {
    const flag = await cli(['import', '--variables', 'apiKey=x'])
    expect(flag.code).toBe(2)
    expect(flag.stderr).toContain('--variables is not a flag: values would show in process lists. Set KORE_VARIABLES')
    const typo = await cli(['import', '--dryrun', 'true'])
    expect(typo.code).toBe(2)
    expect(typo.stderr).toContain('Did you mean --dry-run?')
    const missing = await cli(['import', '--host', simulator.host, '--bot-id', DEMO_TARGET_BOT_ID, '--json'], admin)
    expect(missing.code).toBe(2)
    expect(JSON.parse(missing.stdout).error).toContain('--from is required')
    expect(simulator.requests).toHaveLength(0)
  })

  it('takes --mode and --patterns, and names them when bad', async () => {
    const bad = await cli(
      [
        'import',
        '--host',
        simulator.host,
        '--bot-id',
        DEMO_TARGET_BOT_ID,
        '--from',
        zipFile(),
        '--mode',
        'everything',
        '--patterns',
        'merge',
        '--json'
      ],
      admin
    )
    expect(bad.code).toBe(2)
    const error = JSON.parse(bad.stdout).error as string
    expect(error).toContain('--mode: "everything" is not incremental or full')
    expect(error).toContain('--patterns: "merge" is not append or replace')
    const ignored = await cli(
      [
        'import',
        '--host',
        simulator.host,
        '--bot-id',
        DEMO_TARGET_BOT_ID,
        '--from',
        zipFile(),
        '--mode',
        'full',
        '--utterances',
        'replace',
        '--json'
      ],
      admin
    )
    expect(ignored.code).toBe(2)
    expect(JSON.parse(ignored.stdout).error).toContain(
      '--mode full sends no importOptions, so --utterances would not be sent'
    )
    expect(simulator.requests).toHaveLength(0)

    simulator.reset({ pendingPolls: 0, importPendingPolls: 0 })
    const run = await cli(
      [
        'import',
        '--host',
        simulator.host,
        '--bot-id',
        DEMO_TARGET_BOT_ID,
        '--from',
        zipFile(),
        '--verify',
        'false',
        '--patterns',
        'replace',
        '--quality-ai',
        'autoQA',
        '--json'
      ],
      admin
    )
    expect(run.code).toBe(0)
    const body = simulator.importBodies[0] as { importOptions: { qualityAI: string[] } }
    expect(body.importOptions.qualityAI).toEqual(['autoQA'])
  })

  it('shows its own help', async () => {
    const run = await cli(['import', '--help'])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('Usage: kore-bot-export import --bot-id st-… --from <zip or folder>')
    expect(run.stdout).toContain('KORE_VARIABLES')
    expect(run.stdout).toContain('--keep-target-variables')
    for (const flag of ['--mode', '--patterns', '--quality-ai']) expect(run.stdout).toContain(flag)
  })
})

describe('subcommands (issue 19)', () => {
  /** A folder that `export --extract-to` wrote, in a fresh working folder. */
  async function exportedFolder(): Promise<string> {
    simulator.reset({ pendingPolls: 0 })
    const run = await cli([
      'export',
      '--host',
      simulator.host,
      '--bot-id',
      DEMO_BOT_ID,
      '--extract-to',
      'bot',
      '--path',
      ''
    ])
    expect([run.code, run.stderr]).toEqual([0, expect.any(String)])
    return path.join(run.cwd, 'bot')
  }

  it.each([
    [['pack', '--help'], 'Usage: kore-bot-export pack <folder>', '--force'],
    [['pack', '-h'], 'Usage: kore-bot-export pack <folder>', '--out'],
    [['diff', '--help'], 'Usage: kore-bot-export diff <old> <new>', '--exit-code'],
    [['export', '--help'], 'Usage: kore-bot-export [export] --bot-id', '--extract-to']
  ])('%j answers with its own usage, flags and an example, exit 0', async (args, usage, flag) => {
    const run = await cli(args)
    expect([run.code, run.stderr]).toEqual([0, ''])
    expect(run.stdout).toContain(usage)
    expect(run.stdout).toContain(flag)
    expect(run.stdout).toMatch(/Example[^\n]*:\n {2}kore-bot-export /)
  })

  it('export is an explicit subcommand, the same as none', async () => {
    const folder = await exportedFolder()
    expect(fs.readdirSync(folder)).toContain('.kore-bot-export')
  })

  it('pack writes <folder>.zip beside the folder, and never replaces a file unless --out names it or --force', async () => {
    const folder = await exportedFolder()
    const first = await cli(['pack', folder])
    expect([first.code, first.stderr]).toEqual([0, ''])
    expect(fs.existsSync(`${folder}.zip`)).toBe(true)
    const before = fs.readFileSync(`${folder}.zip`)

    fs.writeFileSync(`${folder}.zip`, 'the only copy of something')
    const refused = await cli(['pack', folder])
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain(`${folder}.zip already exists`)
    expect(refused.stderr).toMatch(/--force/)
    expect(fs.readFileSync(`${folder}.zip`, 'utf8')).toBe('the only copy of something')

    expect((await cli(['pack', folder, '--force'])).code).toBe(0)
    expect(fs.readFileSync(`${folder}.zip`).equals(before)).toBe(true)
    fs.writeFileSync(`${folder}.zip`, 'again')
    expect((await cli(['pack', folder, '--out', `${folder}.zip`])).code).toBe(0)
    expect(fs.readFileSync(`${folder}.zip`).equals(before)).toBe(true)
  })

  it('diff --exit-code: 0 when nothing changed, 1 when something did, as git diff --exit-code', async () => {
    const folder = await exportedFolder()
    const same = await cli(['diff', folder, folder, '--exit-code'])
    expect([same.code, same.stdout]).toEqual([0, expect.stringContaining('has not changed')])
    const zip = path.join(path.dirname(folder), 'other.zip')
    fs.writeFileSync(zip, buildZip(demoBotFiles({ moreEdits: true })))
    const changed = await cli(['diff', folder, zip, '--exit-code'])
    expect(changed.code).toBe(1)
    expect(changed.stdout).not.toBe('')
    // Without the flag, a change is still a success.
    expect((await cli(['diff', folder, zip])).code).toBe(0)
    // A failure is 2 with --exit-code, so 1 always means "changed".
    expect((await cli(['diff', folder, path.join(folder, 'missing.zip'), '--exit-code'])).code).toBe(2)
  })
})

describe('diff across bots and re-imports (issue 19)', () => {
  it("another bot's copy: no dialog both added and removed; a re-import's new ids said as such", async () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kore-cli-ids-'))
    const [definition, config] = demoBotFiles().map(file => Buffer.from(file.data as string))
    const write = (name: string, files: Map<string, Buffer>): string => {
      const file = path.join(work, name)
      fs.writeFileSync(file, buildZip([...files].map(([entry, data]) => ({ name: entry, data }))))
      return file
    }
    const dev = path.join(work, 'dev.zip')
    fs.writeFileSync(dev, buildZip(demoBotFiles()))
    // The simulator gives the target its own ids (from refIds) and new ones where there is no refId.
    const first = applyImport(DEMO_TARGET_BOT_ID, undefined, { definition, config, keepVariables: [] })
    const target = write('target.zip', first)
    const reimported = write(
      'again.zip',
      applyImport(DEMO_TARGET_BOT_ID, { latest: first }, { definition, config, keepVariables: [] })
    )

    const across = await cli(['diff', dev, target])
    expect(across.code).toBe(0)
    expect(across.stdout).not.toMatch(/Dialogs (added|removed)/)
    const again = await cli(['diff', target, reimported, '--exit-code'])
    expect(again.code).toBe(1)
    expect(again.stdout).toMatch(/^- Ids regenerated, content unchanged: .*intent Book_Flight/m)
    expect(again.stdout).not.toMatch(/utterances changed|nodes and flow changed/)
    const json = JSON.parse((await cli(['diff', target, reimported, '--json'])).stdout)
    expect(json.details.idsRegenerated).toEqual(expect.arrayContaining([expect.stringContaining('Book_Flight')]))
    fs.rmSync(work, { recursive: true, force: true })
  })
})

describe('an unreachable host (issue 19)', () => {
  it('a refused first connection fails at once, naming --host, without retrying for the whole time limit', async () => {
    // A port nothing listens on: bound, then closed.
    const server = net.createServer()
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    const port = (server.address() as net.AddressInfo).port
    await new Promise<void>(resolve => server.close(() => resolve()))

    const started = Date.now()
    const run = await cli(['--host', `http://127.0.0.1:${port}`, '--bot-id', DEMO_BOT_ID, '--timeout', '30s'])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(`kore-bot-export: Cannot reach http://127.0.0.1:${port}`)
    expect(run.stderr).toMatch(/ECONNREFUSED.*Check --host/)
    expect(run.stderr).not.toMatch(/raise --retries/)
    expect(Date.now() - started).toBeLessThan(5_000)
  })
})

describe('unpack (issue 19)', () => {
  it('lays out any export zip as --extract-to does, and packs back into the same files byte for byte', async () => {
    simulator.reset({ pendingPolls: 0 })
    const exported = await cli([...base(), '--path', 'export.zip'])
    expect(exported.code).toBe(0)
    const zip = path.join(exported.cwd, 'export.zip')
    const folder = path.join(exported.cwd, 'bot')
    const run = await cli(['unpack', zip, folder, '--variable-values', 'keep'])
    expect([run.code, run.stderr]).toEqual([0, ''])
    expect(run.stdout).toMatch(/Unpacked the export's \d+ files into .*bot: \d+ files written/)
    expect(fs.readdirSync(folder)).toEqual(expect.arrayContaining(['.kore-bot-export', 'botDefinition', 'config.json']))

    const packed = await cli(['pack', folder, '--out', path.join(exported.cwd, 'again.zip')])
    expect(packed.code).toBe(0)
    expect(await zipEntries(path.join(exported.cwd, 'again.zip'))).toEqual(await zipEntries(zip))
  })

  it('refuses a folder it did not write, and bad flags, naming them; --help answers', async () => {
    simulator.reset({ pendingPolls: 0 })
    const exported = await cli([...base(), '--path', 'export.zip'])
    const zip = path.join(exported.cwd, 'export.zip')
    const foreign = path.join(exported.cwd, 'notes')
    fs.mkdirSync(foreign)
    fs.writeFileSync(path.join(foreign, 'todo.txt'), 'mine')
    const refused = await cli(['unpack', zip, foreign])
    expect(refused.code).toBe(2)
    expect(refused.stderr).toMatch(/already holds files that this action did not write.*--replace-existing true/)
    expect(fs.readFileSync(path.join(foreign, 'todo.txt'), 'utf8')).toBe('mine')

    const badLayout = await cli(['unpack', zip, path.join(exported.cwd, 'x'), '--layout', 'tree'])
    expect([badLayout.code, badLayout.stderr]).toEqual([
      2,
      expect.stringContaining('--layout: "tree" is not split or plain')
    ])
    const notZip = await cli(['unpack', path.join(foreign, 'todo.txt'), path.join(exported.cwd, 'y')])
    expect(notZip.code).toBe(1)
    expect(fs.existsSync(path.join(exported.cwd, 'y'))).toBe(false)

    const help = await cli(['unpack', '--help'])
    expect([help.code, help.stdout]).toEqual([
      0,
      expect.stringContaining('Usage: kore-bot-export unpack <zip> <folder>')
    ])
  })
})

describe('an export into a folder with edits not committed (issue 19)', () => {
  it('is refused, naming what git shows, unless --force', async () => {
    simulator.reset({ pendingPolls: 0 })
    const first = await cli([...base(), '--extract-to', 'bot', '--path', ''])
    expect(first.code).toBe(0)
    const git = (...args: string[]) =>
      spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
        cwd: first.cwd,
        encoding: 'utf8'
      })
    if (git('init', '-q').status !== 0) return // no git on this machine: nothing to protect
    git('add', '.')
    git('commit', '-qm', 'backup')
    const config = path.join(first.cwd, 'bot', 'config.json')
    fs.appendFileSync(config, '\n')
    fs.writeFileSync(path.join(first.cwd, 'bot', 'notes.md'), 'mine')

    const refused = await cli([...base(), '--extract-to', 'bot', '--path', ''], {}, undefined, first.cwd)
    expect(refused.code).toBe(2)
    expect(refused.stderr).toMatch(
      /--extract-to bot: git shows changes not committed in it \((bot\/config\.json, bot\/notes\.md|bot\/notes\.md, bot\/config\.json)\).*--force/
    )
    expect(fs.readFileSync(path.join(first.cwd, 'bot', 'notes.md'), 'utf8')).toBe('mine')

    const forced = await cli([...base(), '--extract-to', 'bot', '--path', '', '--force'], {}, undefined, first.cwd)
    expect(forced.code).toBe(0)
    expect(fs.existsSync(path.join(first.cwd, 'bot', 'notes.md'))).toBe(false)
  })
})
