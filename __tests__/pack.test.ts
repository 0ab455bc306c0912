// The folder as source: extract-to writes what pack turns back into the export, byte for
// byte (bot variables' values aside when left out), through the bundled action and the CLI.
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { ROOT, visibleLog } from '../script/run-action.js'
import { demoBotFiles, demoDefinition } from '../script/simulator/bot.js'
import { buildZip, type ZipEntry } from '../script/simulator/zip.js'
import { appInputs, tempWorkspace, useSimulator, zipEntries } from './support/fixtures.js'
import { runActionInProcess } from './support/in-process.js'

const simulator = useSimulator()

function pack(args: string[]) {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli', 'index.js'), 'pack', ...args], {
    encoding: 'utf8'
  })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

async function entriesOf(file: string): Promise<[string, string][]> {
  return (await zipEntries(file)).map(([name, bytes]) => [name, bytes.toString('latin1')])
}

const asEntries = (files: ZipEntry[]): [string, string][] =>
  files.map(file => [file.name, Buffer.from(file.data ?? '').toString('latin1')])

describe('extract-to, then pack', () => {
  it("gives back every file byte for byte, with the bot variables' values empty (variable-values: omit)", async () => {
    const run = await runActionInProcess(appInputs(simulator, { 'extract-to': 'bot' }))
    expect(run.code).toBe(0)
    const out = path.join(run.workspace, 'packed.zip')
    const packed = pack([path.join(run.workspace, 'bot'), '--out', out, '--json'])
    expect(packed.code).toBe(0)
    expect(JSON.parse(packed.stdout)).toMatchObject({ ok: true, files: 3, file: out, size: fs.statSync(out).size })
    const expected = asEntries(demoBotFiles()).map(([name, data]): [string, string] => [
      name,
      name === 'config.json' ? data.replace(/"value": "[^"]*"/g, '"value": ""') : data
    ])
    expect(await entriesOf(out)).toEqual(expected)
  })

  it('gives back the exact export with variable-values: keep', async () => {
    const run = await runActionInProcess(appInputs(simulator, { 'extract-to': 'bot', 'variable-values': 'keep' }))
    expect(run.code).toBe(0)
    expect(fs.readFileSync(path.join(run.workspace, 'bot', 'config.json'), 'utf8')).toContain(
      '"value": "sk-demo-value"'
    )
    const out = path.join(run.workspace, 'packed.zip')
    expect(pack([path.join(run.workspace, 'bot'), '--out', out]).stdout).toMatch(
      /^Packed 3 files from .*bot into .*packed\.zip \(\d+ bytes, sha256 [0-9a-f]{64}\)\n$/
    )
    expect(await entriesOf(out)).toEqual(asEntries(demoBotFiles()))
  })

  it.each(['split', 'plain'])(
    "keeps a reviewer's edit (layout: %s): an edited script comes back in the export, encoded as the platform encodes it",
    async layout => {
      const run = await runActionInProcess(appInputs(simulator, { 'extract-to': 'bot', layout }))
      const bot = path.join(run.workspace, 'bot')
      if (layout === 'split') {
        const script = path.join(
          bot,
          'botDefinition',
          'dialogs',
          'Book Flight',
          'components',
          'script.ValidateDestination.script.js'
        )
        fs.writeFileSync(script, fs.readFileSync(script, 'utf8').replace('{2,40}', '{2,60}'))
      } else {
        const definition = path.join(bot, 'botDefinition.json')
        fs.writeFileSync(definition, fs.readFileSync(definition, 'utf8').replace('%7B2%2C40%7D', '%7B2%2C60%7D'))
      }
      const out = path.join(run.workspace, 'packed.zip')
      expect(pack([bot, '--out', out]).code).toBe(0)
      const [[name, definitionBack]] = await entriesOf(out)
      expect(name).toBe('botDefinition.json')
      expect(definitionBack).toBe(demoDefinition().replace('%7B2%2C40%7D', '%7B2%2C60%7D'))
    }
  )
})

describe("a reviewer's edits to lists (utterances, patterns)", () => {
  const utterancesFile = (bot: string) =>
    path.join(bot, 'botDefinition', 'dialogs', 'Book Flight', 'components', 'intent.Book_Flight.utterances.json')
  const sentencesOf = async (zip: string): Promise<string[]> => {
    const [[, definition]] = await zipEntries(zip)
    return (JSON.parse(definition.toString('utf8')).sentences as { sentence: string }[]).map(item => item.sentence)
  }

  it('an utterance added to a file comes back in the export, and one removed is gone; diff counts them', async () => {
    const run = await runActionInProcess(appInputs(simulator, { 'extract-to': 'bot', path: 'export.zip' }))
    const bot = path.join(run.workspace, 'bot')
    const before = await sentencesOf(path.join(run.workspace, 'export.zip'))
    const file = utterancesFile(bot)
    const list = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>[]
    const removed = String(list[0].sentence)
    const added: Record<string, unknown> = { ...list[list.length - 1], sentence: 'fly me to Rome' }
    delete added._id
    fs.writeFileSync(file, JSON.stringify([...list.slice(1), added, { ...added, sentence: 'fly me to Oslo' }], null, 4))

    const out = path.join(run.workspace, 'packed.zip')
    expect(pack([bot, '--out', out])).toMatchObject({ code: 0, stderr: '' })
    const after = await sentencesOf(out)
    expect(after.sort()).toEqual(
      [...before.filter(sentence => sentence !== removed), 'fly me to Rome', 'fly me to Oslo'].sort()
    )
    const diff = spawnSync(
      process.execPath,
      [path.join(ROOT, 'dist', 'cli', 'index.js'), 'diff', path.join(run.workspace, 'export.zip'), bot],
      { encoding: 'utf8' }
    )
    expect(diff.stdout).toContain('intent Book_Flight: +2 utterances, −1 utterance')
  })

  it('a file the manifest does not know is named, with why, and no zip is written', async () => {
    const run = await runActionInProcess(appInputs(simulator, { 'extract-to': 'bot' }))
    const bot = path.join(run.workspace, 'bot')
    const copy = path.join(bot, 'botDefinition', 'dialogs', 'Book Flight copy')
    fs.cpSync(path.join(bot, 'botDefinition', 'dialogs', 'Book Flight'), copy, { recursive: true })
    const out = path.join(run.workspace, 'packed.zip')
    const refused = pack([bot, '--out', out])
    expect(refused.code).not.toBe(0)
    expect(refused.stderr).toContain('botDefinition/dialogs/Book Flight copy/dialog.json')
    expect(refused.stderr).toMatch(/Kore\.ai Builder/)
    expect(fs.existsSync(out)).toBe(false)
  })
})

describe('names in the split layout', () => {
  it('dialogs whose names collide on a case-insensitive file system get their ids; pack still gives back the bytes', async () => {
    const dialog = (id: string, name: string) => ({
      _id: id,
      refId: id,
      lname: name.toLowerCase(),
      localeData: { en: { name } },
      nodes: []
    })
    const definition = JSON.stringify(
      {
        name: 'Twins',
        defaultLanguage: 'en',
        dialogs: [
          dialog('dg-aaaa1111', 'Book Flight'),
          dialog('dg-bbbb2222', 'book flight'),
          dialog('dg-cccc3333', 'What? A/B: <test>.')
        ],
        dialogComponents: []
      },
      null,
      4
    )
    simulator.reset({ pendingPolls: 0, zip: buildZip([{ name: 'botDefinition.json', data: definition }]) })
    const run = await runActionInProcess(appInputs(simulator, { 'extract-to': 'bot' }))
    expect(run.code).toBe(0)
    expect(fs.readdirSync(path.join(run.workspace, 'bot', 'botDefinition', 'dialogs')).sort()).toEqual([
      'Book Flight (aaaa1111)',
      'What_ A_B_ _test_',
      'book flight (bbbb2222)'
    ])
    const out = path.join(run.workspace, 'packed.zip')
    expect(pack([path.join(run.workspace, 'bot'), '--out', out]).code).toBe(0)
    expect(await entriesOf(out)).toEqual([['botDefinition.json', definition]])
  })

  it('a definition in a form of its own (two-space indentation) is kept whole, and packs back exactly', async () => {
    const definition = JSON.stringify({ name: 'Hand-made', dialogs: [] }, null, 2)
    simulator.reset({ pendingPolls: 0, zip: buildZip([{ name: 'botDefinition.json', data: definition }]) })
    const run = await runActionInProcess(appInputs(simulator, { 'extract-to': 'bot' }))
    expect(run.code).toBe(0)
    expect(fs.readFileSync(path.join(run.workspace, 'bot', 'botDefinition.json'), 'utf8')).toBe(definition)
    const out = path.join(run.workspace, 'packed.zip')
    expect(pack([path.join(run.workspace, 'bot'), '--out', out]).code).toBe(0)
    expect(await entriesOf(out)).toEqual([['botDefinition.json', definition]])
  })
})

describe('refused', () => {
  it('a config.json that could not come back byte for byte (a duplicate key): the step fails, the folder is as it was, the zip kept', async () => {
    const workspace = tempWorkspace()
    fs.mkdirSync(path.join(workspace, 'bot'))
    fs.writeFileSync(path.join(workspace, 'bot', '.kore-bot-export'), '{}')
    simulator.reset({
      pendingPolls: 0,
      zip: buildZip([
        { name: 'config.json', data: '{"name":"b","envVariables":[{"key":"k","value":"1","value":"2"}]}' }
      ])
    })
    const run = await runActionInProcess(appInputs(simulator, { 'extract-to': 'bot' }), { workspace })
    expect(run.code).toBe(1)
    expect(visibleLog(run)).toContain(
      "::error::kore-bot-export: The export's config.json would not come back byte for byte from the folder (it does not survive being read and written again), so the folder was not replaced; the zip is kept."
    )
    expect(fs.readdirSync(path.join(workspace, 'bot'))).toEqual(['.kore-bot-export'])
    expect(fs.readdirSync(workspace).sort()).toEqual(['bot', 'export.zip'])
  })

  it.each([
    ['no folder', [], 2, /give one folder/],
    [
      'a folder the action did not write',
      ['.'],
      1,
      /has no \.kore-bot-export file: it was not written by kore-bot-export's extract-to/
    ],
    ['an unknown flag', ['bot', '--output', 'x.zip'], 2, /unknown flag --output\. Did you mean --out\?/]
  ])('pack with %s', (_label, args, code, message) => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli', 'index.js'), 'pack', ...args], {
      encoding: 'utf8',
      cwd: tempWorkspace()
    })
    expect(run.status).toBe(code)
    expect(run.stderr).toMatch(message)
  })

  it('pack of a folder whose manifest names a file outside it refuses, and writes no zip', async () => {
    const run = await runActionInProcess(appInputs(simulator, { 'extract-to': 'bot', layout: 'plain' }))
    const manifestFile = path.join(run.workspace, 'bot', '.kore-bot-export')
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'))
    manifest.entries.push('../export.zip')
    fs.writeFileSync(manifestFile, JSON.stringify(manifest))
    const out = path.join(run.workspace, 'packed.zip')
    const packed = pack([path.join(run.workspace, 'bot'), '--out', out])
    expect(packed.code).toBe(1)
    expect(packed.stderr).toContain('the manifest names "../export.zip", which lies outside the folder')
    expect(fs.existsSync(out)).toBe(false)
  })

  it('pack of a folder with a file missing names it, and writes no zip', async () => {
    const run = await runActionInProcess(appInputs(simulator, { 'extract-to': 'bot' }))
    fs.rmSync(path.join(run.workspace, 'bot', 'botDefinition', 'dialogs', 'Cancel Trip', 'layout.json'))
    const out = path.join(run.workspace, 'packed.zip')
    const packed = pack([path.join(run.workspace, 'bot'), '--out', out])
    expect(packed.code).toBe(1)
    expect(packed.stderr).toContain(
      'botDefinition/dialogs/Cancel Trip/layout.json is missing, which the export needs. Restore it (git checkout), or export the bot again.'
    )
    expect(fs.existsSync(out)).toBe(false)
  })

  it('a JSON error in the folder names the file, its line and column, what was expected, and the fix (issue 19)', async () => {
    const run = await runActionInProcess(appInputs(simulator, { 'extract-to': 'bot' }))
    const dialog = path.join(run.workspace, 'bot', 'botDefinition', 'dialogs', 'Cancel Trip', 'dialog.json')
    const lines = fs.readFileSync(dialog, 'utf8').split('\n')
    // A comma dropped at the end of line 3.
    lines[2] = lines[2].replace(/,$/, '')
    fs.writeFileSync(dialog, lines.join('\n'))
    const packed = pack([path.join(run.workspace, 'bot'), '--out', path.join(run.workspace, 'packed.zip')])
    expect(packed.code).toBe(1)
    expect(packed.stderr).toMatch(
      /botDefinition\/dialogs\/Cancel Trip\/dialog\.json, line 4, column \d+: expected "," or "}"\. Fix the JSON there, then pack again\./
    )
  })

  it('a renamed dialog folder says how folder names are made, and how to rename a dialog (issue 19)', async () => {
    const run = await runActionInProcess(appInputs(simulator, { 'extract-to': 'bot' }))
    const dialogs = path.join(run.workspace, 'bot', 'botDefinition', 'dialogs')
    fs.renameSync(path.join(dialogs, 'Cancel Trip'), path.join(dialogs, 'Cancel Booking'))
    const packed = pack([path.join(run.workspace, 'bot'), '--out', path.join(run.workspace, 'packed.zip')])
    expect(packed.code).toBe(1)
    expect(packed.stderr).toContain('botDefinition/dialogs/Cancel Trip/')
    expect(packed.stderr).toMatch(/folder names come from the dialogs' display names/)
    expect(packed.stderr).toMatch(/rename the dialog in the Kore\.ai Builder, then export again/)
  })
})
