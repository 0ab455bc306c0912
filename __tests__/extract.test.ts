// extract-to: the folder for git, and the zips that must never be unpacked.
import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { buildZip } from '../script/simulator/zip.js'
import { visibleLog } from '../script/run-action.js'
import { appInputs, useSimulator, tempWorkspace } from './support/fixtures.js'
import { runActionInProcess } from './support/in-process.js'

const simulator = useSimulator()

describe('extract-to', () => {
  it('replaces the folder with exactly the export: stale files go, so git shows them deleted', async () => {
    const workspace = tempWorkspace()
    fs.mkdirSync(path.join(workspace, 'bot', 'old'), { recursive: true })
    fs.writeFileSync(path.join(workspace, 'bot', 'old', 'Deleted Dialog.json'), '{}')
    fs.writeFileSync(path.join(workspace, 'bot', 'config.json'), 'outdated')
    fs.writeFileSync(path.join(workspace, 'bot', '.kore-bot-export'), 'written by an earlier run')
    const run = await runActionInProcess(appInputs(simulator, { 'extract-to': 'bot' }), { workspace })
    expect(run.code).toBe(0)
    expect(fs.readdirSync(path.join(workspace, 'bot')).sort()).toEqual([
      '.gitattributes',
      '.kore-bot-export',
      'botDefinition',
      'config.json',
      'icon.png'
    ])
    expect(fs.readFileSync(path.join(workspace, 'bot', 'config.json'), 'utf8')).toContain('"envVariables": [')
    expect(fs.readdirSync(workspace).sort()).toEqual(['bot', 'export.zip'])
  })

  it('lists a long file list in the job summary folded away', async () => {
    simulator.reset({
      pendingPolls: 0,
      zip: buildZip(Array.from({ length: 31 }, (_, i) => ({ name: `dialogs/d${i}.json`, data: '{}' })))
    })
    const run = await runActionInProcess(appInputs(simulator, { 'extract-to': 'bot' }))
    expect(run.code).toBe(0)
    expect(run.summary).toMatch(/<details><summary>31 files unpacked into <code>.*bot<\/code><\/summary>/)
    expect(run.summary).toContain('- <code>dialogs/d30.json</code>')
  })

  it('keeps nested folders and leaves non-JSON files byte for byte', async () => {
    const icon = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 255])
    simulator.reset({
      pendingPolls: 0,
      zip: buildZip([
        { name: 'scripts/' },
        { name: 'scripts/lib.js', data: 'x=1' },
        { name: 'icon.png', data: icon },
        { name: 'broken.json', data: '{"a":' }
      ])
    })
    const run = await runActionInProcess(appInputs(simulator, { 'extract-to': 'bot' }))
    expect(run.code).toBe(0)
    const bot = path.join(run.workspace, 'bot')
    expect(fs.readFileSync(path.join(bot, 'scripts', 'lib.js'), 'utf8')).toBe('x=1')
    expect(fs.readFileSync(path.join(bot, 'icon.png'))).toEqual(icon)
    expect(fs.readFileSync(path.join(bot, 'broken.json'), 'utf8')).toBe('{"a":')
  })

  it.each([
    [
      'a parent-folder entry',
      [
        { name: 'ok.json', data: '{}' },
        { name: '../escaped.json', data: '{}' }
      ],
      '../escaped.json'
    ],
    ['a nested parent-folder entry', [{ name: 'a/../../escaped.json', data: '{}' }], 'a/../../escaped.json'],
    ['an absolute entry', [{ name: '/tmp/escaped.json', data: '{}' }], '/tmp/escaped.json'],
    ['a drive-letter entry', [{ name: 'C:/escaped.json', data: '{}' }], 'C:/escaped.json'],
    ['a backslash entry', [{ name: '..\\escaped.json', data: '{}' }], '../escaped.json'],
    ['a symbolic link', [{ name: 'link', symlink: '/etc/passwd' }], 'link']
  ])('refuses %s and leaves the folder as it was', async (_label, entries, named) => {
    simulator.reset({ pendingPolls: 0, zip: buildZip(entries) })
    const workspace = tempWorkspace()
    fs.mkdirSync(path.join(workspace, 'nest', 'bot'), { recursive: true })
    fs.writeFileSync(path.join(workspace, 'nest', 'bot', 'keep.json'), '{"kept":true}')
    fs.writeFileSync(path.join(workspace, 'nest', 'bot', '.kore-bot-export'), '')
    const run = await runActionInProcess(appInputs(simulator, { 'extract-to': 'nest/bot' }), { workspace })

    expect(run.code).toBe(1)
    expect(visibleLog(run)).toContain(`::error::kore-bot-export: The export zip holds an entry "${named}"`)
    expect(fs.readdirSync(path.join(workspace, 'nest'))).toEqual(['bot'])
    expect(fs.readdirSync(path.join(workspace, 'nest', 'bot')).sort()).toEqual(['.kore-bot-export', 'keep.json'])
    expect(fs.existsSync(path.join(workspace, 'nest', 'escaped.json'))).toBe(false)
    expect(fs.existsSync(path.join(workspace, 'escaped.json'))).toBe(false)
    expect(fs.existsSync('/tmp/escaped.json')).toBe(false)
  })
})

describe('what the log says it wrote (issue 19)', () => {
  it('counts the files written into the folder, not the export entries they came from', async () => {
    simulator.reset({ pendingPolls: 0 })
    const run = await runActionInProcess(appInputs(simulator, { 'extract-to': 'bot', path: '' }))
    expect(run.code).toBe(0)
    const inFolder = fs
      .readdirSync(path.join(run.workspace, 'bot'), { recursive: true, withFileTypes: true })
      .filter(entry => entry.isFile()).length
    const said = /Unpacked the export's (\d+) files into .*: (\d+) files written/.exec(run.stdout)
    expect(said).not.toBeNull()
    expect(Number(said![2])).toBe(inFolder)
    expect(Number(said![1])).toBeLessThan(inFolder)
    // No zip kept: the log does not say the zip keeps the left-out values.
    expect(run.stdout).not.toContain('the zip keeps them')
  })
})
