// extract-to and path can only ever name a place made for the export: never the repository,
// its .git or workflows, a folder outside the workspace, or a folder the action did not write.
// Every such problem is refused before the first request.
import { afterAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { visibleLog } from '../script/run-action.js'
import { appInputs, tempWorkspace, useSimulator } from './support/fixtures.js'
import { runActionInProcess } from './support/in-process.js'

const simulator = useSimulator()

/** A workspace that looks like a checkout: .git, .github/workflows, src/. */
function checkout(): string {
  const workspace = tempWorkspace()
  fs.mkdirSync(path.join(workspace, '.git', 'objects'), { recursive: true })
  fs.writeFileSync(path.join(workspace, '.git', 'HEAD'), 'ref: refs/heads/main\n')
  fs.mkdirSync(path.join(workspace, '.github', 'workflows'), { recursive: true })
  fs.writeFileSync(path.join(workspace, '.github', 'workflows', 'ci.yml'), 'on: push\n')
  fs.mkdirSync(path.join(workspace, 'src'))
  fs.writeFileSync(path.join(workspace, 'src', 'index.ts'), 'export {}\n')
  return workspace
}

/** Every file below `dir`, with its content, to compare before and after. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {}
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath, entry.name)
    if (entry.isFile()) files[path.relative(dir, full)] = fs.readFileSync(full, 'utf8')
    else if (entry.isSymbolicLink()) files[path.relative(dir, full)] = `-> ${fs.readlinkSync(full)}`
  }
  return files
}

describe('refused before any request, leaving everything as it was', () => {
  // Outside both the workspace and the temporary folders (which are in os.tmpdir()).
  const outside = fs.mkdtempSync(path.join(os.homedir(), '.kore-outside-'))
  fs.writeFileSync(path.join(outside, 'precious.txt'), 'keep me')
  afterAll(() => fs.rmSync(outside, { recursive: true, force: true }))

  it.each<[string, Record<string, string>, (workspace: string) => void, RegExp]>([
    [
      'extract-to: .git',
      { 'extract-to': '.git' },
      () => {},
      /extract-to: .*\.git lies in a \.git folder, which holds the repository itself/
    ],
    [
      'extract-to inside .git',
      { 'extract-to': '.git/objects' },
      () => {},
      /extract-to: .*objects lies in a \.git folder/
    ],
    [
      'extract-to: .github',
      { 'extract-to': '.github' },
      () => {},
      /extract-to: .*\.github lies in \.github, which holds the repository's workflows/
    ],
    [
      'extract-to a folder the action did not write',
      { 'extract-to': 'src' },
      () => {},
      /extract-to: .*src already holds files that this action did not write \(it has no \.kore-bot-export file\).*set replace-existing: true once/
    ],
    [
      'extract-to outside the workspace',
      { 'extract-to': '../elsewhere' },
      () => {},
      /extract-to: .*elsewhere lies outside the workspace .* and the runner's temporary folder/
    ],
    [
      'extract-to an absolute path elsewhere',
      { 'extract-to': outside },
      () => {},
      /extract-to: .*\.kore-outside-\w+ lies outside the workspace/
    ],
    [
      'extract-to through a link to the parent',
      { 'extract-to': 'up/ws' },
      ws => fs.symlinkSync(path.dirname(ws), path.join(ws, 'up'), 'junction'),
      /extract-to: .*up\/ws \(really .*\) lies outside the workspace/
    ],
    [
      'extract-to through a link into .git',
      { 'extract-to': 'meta/bot' },
      ws => fs.symlinkSync(path.join(ws, '.git'), path.join(ws, 'meta'), 'junction'),
      /extract-to: .*meta\/bot \(really .*\.git\/bot\) lies in a \.git folder/
    ],
    [
      'extract-to a folder holding a repository, even with replace-existing',
      { 'extract-to': 'vendor', 'replace-existing': 'true' },
      ws => fs.mkdirSync(path.join(ws, 'vendor', 'lib', '.git'), { recursive: true }),
      /extract-to: .*vendor holds a git repository \(.*vendor\/lib\/\.git\)/
    ],
    [
      'extract-to under a file',
      { 'extract-to': 'notes.txt/bot' },
      ws => fs.writeFileSync(path.join(ws, 'notes.txt'), 'x'),
      /extract-to: .*notes\.txt\/bot cannot be made because .*notes\.txt is a file/
    ],
    [
      'extract-to inside path',
      { path: 'export.zip', 'extract-to': 'export.zip/bot' },
      () => {},
      /extract-to: .*export\.zip\/bot lies inside path \(.*export\.zip\), which is a file/
    ],
    ['path inside .git', { path: '.git/export.zip' }, () => {}, /path: .*export\.zip lies in a \.git folder/],
    [
      'path outside the workspace',
      { path: path.join(outside, 'export.zip') },
      () => {},
      /path: .*export\.zip lies outside the workspace/
    ],
    [
      'path that is a folder',
      { path: 'src' },
      () => {},
      /path: .*src is a folder\. Give the path of the zip file to write/
    ]
  ])('%s', async (_label, overrides, prepare, message) => {
    const workspace = checkout()
    prepare(workspace)
    const before = snapshot(workspace)
    const run = await runActionInProcess(appInputs(simulator, overrides), { workspace })
    expect(run.code).toBe(1)
    expect(simulator.requests).toHaveLength(0)
    // Paths as this file's patterns write them, on Windows too.
    expect(visibleLog(run).replaceAll('\\', '/')).toMatch(new RegExp(`::error::kore-bot-export: ${message.source}`))
    expect(snapshot(workspace)).toEqual(before)
    expect(snapshot(outside)).toEqual({ 'precious.txt': 'keep me' })
  })
})

describe('allowed', () => {
  it('replace-existing: true takes over a folder once; the marker then lets later runs replace it', async () => {
    const workspace = checkout()
    fs.mkdirSync(path.join(workspace, 'bot'))
    fs.writeFileSync(path.join(workspace, 'bot', 'unzipped-by-hand.json'), '{}')
    const first = await runActionInProcess(appInputs(simulator, { 'extract-to': 'bot', 'replace-existing': 'true' }), {
      workspace
    })
    expect(first.code).toBe(0)
    expect(fs.readdirSync(path.join(workspace, 'bot'))).toContain('.kore-bot-export')
    expect(fs.existsSync(path.join(workspace, 'bot', 'unzipped-by-hand.json'))).toBe(false)
    const second = await runActionInProcess(appInputs(simulator, { 'extract-to': 'bot' }), { workspace })
    expect(second.code).toBe(0)
  })

  it('a folder in the runner temporary folder', async () => {
    const runnerTemp = fs.mkdtempSync(path.join(os.tmpdir(), 'kore-runner-temp-'))
    const run = await runActionInProcess(
      appInputs(simulator, { 'extract-to': path.join(runnerTemp, 'bot'), path: path.join(runnerTemp, 'bot.zip') }),
      {
        workspace: checkout(),
        env: { RUNNER_TEMP: runnerTemp }
      }
    )
    expect(run.code).toBe(0)
    expect(fs.readdirSync(runnerTemp).sort()).toEqual(['bot', 'bot.zip'])
    fs.rmSync(runnerTemp, { recursive: true, force: true })
  })

  it('a link that stays inside the workspace', async () => {
    const workspace = checkout()
    fs.mkdirSync(path.join(workspace, 'exports'))
    fs.symlinkSync(path.join(workspace, 'exports'), path.join(workspace, 'latest'), 'junction')
    const run = await runActionInProcess(appInputs(simulator, { 'extract-to': 'latest/bot' }), { workspace })
    expect(run.code).toBe(0)
    // The swap happened on the real path: the link is still a link, the folder is behind it.
    expect(fs.lstatSync(path.join(workspace, 'latest')).isSymbolicLink()).toBe(true)
    expect(fs.readdirSync(path.join(workspace, 'exports', 'bot'))).toContain('config.json')
  })
})
