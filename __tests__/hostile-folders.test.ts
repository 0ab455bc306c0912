// A folder from a pull request is hostile input, like a zip: git stores symbolic links, and a
// runner's file system has devices, FIFOs and hard links. Through the bundles (the CLI's pack
// and diff, the import action against the simulator): a file that is not a regular file of
// the folder is refused by name, nothing outside the folder reaches the platform or a zip,
// and every case ends in bounded time and memory.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { ROOT, runAction, type ActionRun } from '../script/run-action.js'
import { DEMO_ADMIN_CLIENT_ID, DEMO_ADMIN_CLIENT_SECRET, DEMO_TARGET_BOT_ID } from '../script/simulator/bot.js'
import { appInputs, tempWorkspace, useSimulator, zipEntries } from './support/fixtures.js'

const simulator = useSimulator()

const SECRET = 'TOP-SECRET-outside-the-folder-4711'
/** A folder outside every workspace, with a secret file and a folder holding a copy of the bot's dialogs. */
const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'kore-outside-'))
/** The demo bot as extract-to writes it (split layout), copied for each test. */
let template: string

beforeAll(async () => {
  const workspace = tempWorkspace()
  const run = await runAction(appInputs(simulator, { 'extract-to': 'bot' }), { workspace })
  expect(run.code).toBe(0)
  template = path.join(workspace, 'bot')
  fs.writeFileSync(path.join(outside, 'secret.js'), `// ${SECRET}\n`)
  fs.cpSync(path.join(template, 'botDefinition', 'dialogs'), path.join(outside, 'dialogs'), { recursive: true })
})
afterAll(() => fs.rmSync(outside, { recursive: true, force: true }))

interface Run {
  code: number | null
  stdout: string
  stderr: string
  ms: number
  maxRssKiB?: number
}

/** The CLI bundle, as a child process; killed after 10 s (a read that never ends fails the test, not the run). */
function cli(args: string[], cwd: string, measureRss = false): Promise<Run> {
  const rssFile = path.join(cwd, '.rss')
  const preload = measureRss ? ['--import', pathToFileURL(path.join(ROOT, 'script', 'report-rss.js')).href] : []
  const started = Date.now()
  const child = spawn(process.execPath, [...preload, path.join(ROOT, 'dist', 'cli', 'index.js'), ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...(measureRss ? { KORE_RSS_FILE: rssFile } : {}) }
  })
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', chunk => (stdout += chunk))
  child.stderr.on('data', chunk => (stderr += chunk))
  return new Promise(resolve =>
    child.on('close', code => {
      clearTimeout(timer)
      const maxRssKiB = measureRss && fs.existsSync(rssFile) ? Number(fs.readFileSync(rssFile, 'utf8')) : undefined
      resolve({ code, stdout, stderr, ms: Date.now() - started, maxRssKiB })
    })
  )
}

/** A workspace holding a fresh copy of the folder, changed by `prepare`; the manifest's entries extended by `entries`. */
function workspaceWith(prepare: (bot: string) => void, entries: string[] = []): { workspace: string; bot: string } {
  const workspace = tempWorkspace()
  const bot = path.join(workspace, 'bot')
  fs.cpSync(template, bot, { recursive: true })
  fs.cpSync(template, path.join(workspace, 'good'), { recursive: true })
  prepare(bot)
  if (entries.length) {
    const manifestFile = path.join(bot, '.kore-bot-export')
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'))
    manifest.entries.push(...entries)
    fs.writeFileSync(manifestFile, JSON.stringify(manifest))
  }
  return { workspace, bot }
}

function importFolder(workspace: string): Promise<ActionRun> {
  const inputs = {
    host: simulator.host,
    'bot-id': DEMO_TARGET_BOT_ID,
    'client-id': DEMO_ADMIN_CLIENT_ID,
    'client-secret': DEMO_ADMIN_CLIENT_SECRET,
    from: 'bot',
    'keep-target-variables': 'true',
    'poll-interval': '3s',
    timeout: '30s'
  }
  return runAction(inputs, { action: 'import', workspace })
}

/** Lines a runner would take for workflow commands: only the action's own, never one a file name started. */
function expectNoInjectedCommand(stdout: string): void {
  for (const line of stdout.split('\n').filter(line => line.startsWith('::')))
    expect(line).toMatch(/^::(add-mask|error|warning|debug)::/)
  expect(stdout).not.toMatch(/^::error title=/m)
}

describe('refused by name: pack, diff and import read nothing that is not a regular file of the folder', () => {
  it.each<[string, (bot: string) => void, string[], RegExp]>([
    [
      'a symbolic link to /proc/self/environ',
      bot => fs.symlinkSync('/proc/self/environ', path.join(bot, 'environ.js')),
      ['environ.js'],
      /environ\.js is a symbolic link: a folder is read as hostile input, only regular files are read\. Replace the link with the file's content\./
    ],
    [
      'a symbolic link to a file outside',
      bot => fs.symlinkSync(path.join(outside, 'secret.js'), path.join(bot, 'secret.js')),
      ['secret.js'],
      /secret\.js is a symbolic link: /
    ],
    [
      'a symbolic link to a folder outside',
      bot => {
        fs.rmSync(path.join(bot, 'botDefinition', 'dialogs'), { recursive: true })
        fs.symlinkSync(path.join(outside, 'dialogs'), path.join(bot, 'botDefinition', 'dialogs'))
      },
      [],
      /botDefinition\/dialogs is a symbolic link/
    ],
    [
      'a symbolic link inside the folder, to a file inside',
      bot => {
        fs.renameSync(path.join(bot, 'config.json'), path.join(bot, 'config.real.json'))
        fs.symlinkSync('config.real.json', path.join(bot, 'config.json'))
      },
      [],
      /config\.json is a symbolic link: /
    ],
    [
      'a symbolic link to /dev/zero',
      bot => fs.symlinkSync('/dev/zero', path.join(bot, 'zero.js')),
      ['zero.js'],
      /zero\.js is a symbolic link: /
    ],
    [
      'a FIFO',
      bot => expect(spawnSync('mkfifo', [path.join(bot, 'fifo.js')]).status).toBe(0),
      ['fifo.js'],
      /fifo\.js is a FIFO \(named pipe\), not a regular file: /
    ],
    [
      'a hard link to a file outside',
      bot => fs.linkSync(path.join(outside, 'secret.js'), path.join(bot, 'hard.js')),
      ['hard.js'],
      /hard\.js has 2 hard links/
    ]
  ])('%s', async (_label, prepare, entries, message) => {
    const { workspace } = workspaceWith(prepare, entries)
    const [packed, compared, imported] = await Promise.all([
      cli(['pack', 'bot', '--out', 'packed.zip'], workspace),
      cli(['diff', 'good', 'bot'], workspace),
      importFolder(workspace)
    ])
    for (const run of [packed, compared]) {
      expect(run.code).toBe(1)
      expect(run.stderr).toMatch(message)
      expect(run.stdout + run.stderr).not.toContain(SECRET)
      expect(run.ms).toBeLessThan(5_000)
    }
    expect(fs.existsSync(path.join(workspace, 'packed.zip'))).toBe(false)
    expect(fs.readdirSync(workspace).sort()).toEqual(['bot', 'good'])
    expect(imported.code).toBe(1)
    expect(imported.stdout).toMatch(new RegExp(`::error::.*${message.source}`))
    expect(simulator.uploads).toEqual([])
    expect(simulator.importBodies).toEqual([])
    expect(imported.stdout + imported.stderr).not.toContain(SECRET)
  })

  it('a file name with a line break and a workflow command in it never starts a line of its own', async () => {
    const name = 'a\n::error title=x::pwned\nz.js'
    const { workspace } = workspaceWith(bot => fs.writeFileSync(path.join(bot, name), 'function a() {}\n'), [name])
    const [packed, compared, imported] = await Promise.all([
      cli(['pack', 'bot', '--out', 'packed.zip'], workspace),
      cli(['diff', 'good', 'bot'], workspace),
      importFolder(workspace)
    ])
    for (const run of [packed, compared]) {
      expect(run.code).toBe(1)
      expect(run.stdout + run.stderr).not.toMatch(/^::/m)
      expect(run.stderr).toContain('"a : :error title=x: :pwned z.js"')
    }
    expect(fs.existsSync(path.join(workspace, 'packed.zip'))).toBe(false)
    expect(imported.code).toBe(1)
    expectNoInjectedCommand(imported.stdout)
    expect(simulator.uploads).toEqual([])
  })
})

describe('a zip path is read as hostile too', () => {
  it('diff refuses a link to /dev/zero given as a zip, at once', async () => {
    const { workspace } = workspaceWith(() => undefined, [])
    fs.symlinkSync('/dev/zero', path.join(workspace, 'old.zip'))
    const compared = await cli(['diff', 'old.zip', 'bot'], workspace)
    expect(compared.code).toBe(1)
    expect(compared.stderr).toContain('it is not a regular file but a device, a FIFO or a socket')
  })
})

describe('the manifest is bounded like a zip', () => {
  it('one script named 10,000 times is refused at once, as a duplicate', async () => {
    const { workspace } = workspaceWith(
      bot => fs.writeFileSync(path.join(bot, 'a.js'), 'function a() {}\n'),
      Array<string>(10_000).fill('a.js')
    )
    const [packed, imported] = await Promise.all([
      cli(['pack', 'bot', '--out', 'packed.zip'], workspace, true),
      importFolder(workspace)
    ])
    expect(packed.code).toBe(1)
    expect(packed.stderr).toMatch(/names a\.js more than once.* Remove the repeated entries/)
    expect(packed.ms).toBeLessThan(3_000)
    expect(packed.maxRssKiB).toBeLessThan(200 * 1024)
    expect(fs.existsSync(path.join(workspace, 'packed.zip'))).toBe(false)
    expect(imported.code).toBe(1)
    expect(imported.stdout).toMatch(/::error::.*names a\.js more than once/)
    expect(simulator.uploads).toEqual([])
  })

  it('more entries than a zip may hold are refused', async () => {
    const { workspace } = workspaceWith(
      () => {},
      Array.from({ length: 10_001 }, (_, i) => `f${i}.txt`)
    )
    const packed = await cli(['pack', 'bot', '--out', 'packed.zip'], workspace)
    expect(packed.code).toBe(1)
    expect(packed.stderr).toMatch(/names 10004 files, more than the 10000 an export of a bot has room for/)
    expect(fs.existsSync(path.join(workspace, 'packed.zip'))).toBe(false)
  })

  it('thousands of unique entries pack one after another, in flat memory', async () => {
    const count = 3_000
    const names = Array.from({ length: count }, (_, i) => `f${String(i).padStart(4, '0')}.txt`)
    const { workspace } = workspaceWith(bot => {
      for (const name of names) fs.writeFileSync(path.join(bot, name), `file ${name}\n`.repeat(20))
    }, names)
    const packed = await cli(['pack', 'bot', '--out', 'packed.zip', '--json'], workspace, true)
    expect(packed.stderr).toBe('')
    expect(packed.code).toBe(0)
    expect(JSON.parse(packed.stdout)).toMatchObject({ ok: true, files: count + 3 })
    // Every entry deflating at once took over 250 KiB each (a GiB here).
    expect(packed.maxRssKiB).toBeLessThan(250 * 1024)
    const entries = await zipEntries(path.join(workspace, 'packed.zip'))
    expect(entries).toHaveLength(count + 3)
    expect(entries[count + 2]).toEqual([names[count - 1], Buffer.from(`file ${names[count - 1]}\n`.repeat(20))])
  }, 120_000)
})
