// A folder that changes only when the bot does: publishing again regenerates ids and dates and
// reorders lists; the split layout keeps all of that in the manifest, so the folder is left
// byte for byte as it was (changed=false). A real edit touches only the files of that part.
import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { ROOT } from '../script/run-action.js'
import { demoBotFiles, demoDefinition, type DemoVariant } from '../script/simulator/bot.js'
import { buildZip } from '../script/simulator/zip.js'
import { appInputs, tempWorkspace, useSimulator, zipEntries } from './support/fixtures.js'
import { runActionInProcess } from './support/in-process.js'

const simulator = useSimulator()

/** Every file below `dir` with its bytes (as text), `/`-separated paths. */
function snapshot(dir: string): Map<string, string> {
  return new Map(
    fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter(entry => entry.isFile())
      .map(
        entry =>
          [
            path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
            fs.readFileSync(path.join(entry.parentPath, entry.name), 'latin1')
          ] as const
      )
  )
}

function differences(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...new Set([...before.keys(), ...after.keys()])].filter(name => before.get(name) !== after.get(name)).sort()
}

async function exportTwice(second: DemoVariant) {
  const workspace = tempWorkspace()
  const first = await runActionInProcess(appInputs(simulator, { 'extract-to': 'bot' }), { workspace })
  expect(first.code).toBe(0)
  expect(first.outputs.changed).toBe('true')
  expect(first.outputs.changes).toBe(
    'First export of this bot: 3 dialogs, 2 intents, 3 utterances, 1 FAQ; languages: de, en.'
  )
  const before = snapshot(path.join(workspace, 'bot'))
  simulator.reset({ pendingPolls: 0, zip: buildZip(demoBotFiles(second)) })
  const run = await runActionInProcess(appInputs(simulator, { 'extract-to': 'bot' }), { workspace })
  expect(run.code).toBe(0)
  return { run, workspace, before, after: snapshot(path.join(workspace, 'bot')) }
}

describe('exported again', () => {
  it('published again with no edit: the folder is left byte for byte as it was, changed=false', async () => {
    const { run, workspace, before, after } = await exportTwice({ republished: true })
    expect(run.outputs.changed).toBe('false')
    expect(run.outputs.changes).toBe('')
    expect(differences(before, after)).toEqual([])
    expect(run.stdout).toContain('The bot has not changed since what')
    expect(run.summary).toContain('The bot has not changed')
    // The folder still packs into a real export: the previous one.
    const out = path.join(workspace, 'packed.zip')
    expect(
      spawnSync(process.execPath, [
        path.join(ROOT, 'dist', 'cli', 'index.js'),
        'pack',
        path.join(workspace, 'bot'),
        '--out',
        out
      ]).status
    ).toBe(0)
    const [[, definition]] = await zipEntries(out)
    expect(definition.toString()).toBe(demoDefinition())
  })

  it('an edited script, published again: only that script and the manifest change, changed=true', async () => {
    const { run, before, after } = await exportTwice({ republished: true, editScript: true })
    expect(run.outputs.changed).toBe('true')
    expect(differences(before, after)).toEqual([
      '.kore-bot-export',
      'botDefinition/dialogs/Book Flight/components/script.ValidateDestination.script.js'
    ])
    expect(run.outputs.changes).toBe('- Dialog **Book Flight**: script ValidateDestination changed')
    expect(run.summary).toContain(
      '### What changed in the bot\n\n- Dialog **Book Flight**: script ValidateDestination changed'
    )
  })

  it("a node dragged on the canvas: only the dialog's layout file changes", async () => {
    const { run, before, after } = await exportTwice({ dragNode: true })
    expect(run.outputs.changed).toBe('true')
    expect(differences(before, after)).toEqual(['botDefinition/dialogs/Book Flight/layout.json'])
    expect(run.outputs.changes).toBe('- Layout only (nodes moved on the canvas): **Book Flight**')
  })

  it('a rename, an utterance, an FAQ and a bot variable: each said in words, no value shown', async () => {
    const { run } = await exportTwice({ republished: true, moreEdits: true })
    expect(run.outputs.changed).toBe('true')
    expect(run.outputs.changes.split('\n')).toEqual([
      '- Dialog renamed: **Cancel Trip** → **Cancel a Trip**',
      '- Dialog **Book Flight**: intent Book\\_Flight: +1 utterance',
      '- FAQs **Travel FAQ**: 1 added',
      '- Bot variables: added `newToken`'
    ])
    expect(run.stdout + run.summary + JSON.stringify(run.outputs)).not.toContain('secret-new-token-value')
  })

  it('the same export again: nothing changes, changed=false', async () => {
    const { run, before, after } = await exportTwice({})
    expect(run.outputs.changed).toBe('false')
    expect(differences(before, after)).toEqual([])
  })
})

describe('kore-bot-export diff', () => {
  const diff = (args: string[]) =>
    spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli', 'index.js'), 'diff', ...args], { encoding: 'utf8' })
  const zipOf = (variant: DemoVariant): string => {
    const file = path.join(tempWorkspace(), 'export.zip')
    fs.writeFileSync(file, buildZip(demoBotFiles(variant)))
    return file
  }

  it('says in words what changed between two zips, and the same between a folder and a zip', async () => {
    // The `changes` output's lines, as plain text for a terminal: no Markdown, no HTML entities.
    const expected =
      '- Dialog renamed: Cancel Trip → Cancel a Trip\n- Dialog Book Flight: intent Book_Flight: +1 utterance\n- FAQs Travel FAQ: 1 added\n- Bot variables: added newToken\n'
    const after = zipOf({ republished: true, moreEdits: true })
    const zips = diff([zipOf({}), after])
    expect(zips.status).toBe(0)
    expect(zips.stdout).toBe(expected)
    const run = await runActionInProcess(appInputs(simulator, { 'extract-to': 'bot' }))
    expect(diff([path.join(run.workspace, 'bot'), after]).stdout).toBe(expected)
    const json = JSON.parse(diff([zipOf({}), after, '--json']).stdout)
    // As data, names are as the bot has them (the Markdown escapes them).
    expect(json).toMatchObject({
      ok: true,
      changed: true,
      details: {
        variables: { added: ['newToken'], removed: [], changed: [] },
        dialogs: { changed: { 'Book Flight': ['intent Book_Flight: +1 utterance'] } }
      }
    })
    expect(json.changes).toContain('- Dialog **Book Flight**: intent Book\\_Flight: +1 utterance')
    expect(json.records).toContainEqual({
      kind: 'component',
      dialog: 'Book Flight',
      type: 'intent',
      name: 'Book_Flight',
      change: 'utterances-changed',
      utterances: { added: 1, removed: 0 }
    })
  })

  it('names a variable whose value changed, never the value; a value a folder left out is not compared', async () => {
    const changedValue = path.join(tempWorkspace(), 'export.zip')
    const files = demoBotFiles({})
    const config = JSON.parse(String(files[1].data))
    config.envVariables[0].value = 'rotated-key-value-42'
    fs.writeFileSync(
      changedValue,
      buildZip(files.map((file, index) => (index === 1 ? { ...file, data: JSON.stringify(config, null, 4) } : file)))
    )
    const zips = diff([zipOf({}), changedValue])
    expect(zips.stdout).toBe('- Bot variables: value changed for apiKey\n')
    expect(zips.stdout + zips.stderr).not.toContain('rotated-key-value-42')
    const run = await runActionInProcess(appInputs(simulator, { 'extract-to': 'bot' }))
    expect(diff([path.join(run.workspace, 'bot'), changedValue]).stdout).toBe(
      'The bot has not changed (at most values the platform regenerates on publish differ).\n'
    )
  })

  it('a re-publish is no change', () => {
    const result = diff([zipOf({}), zipOf({ republished: true })])
    expect(result.stdout).toBe('The bot has not changed (at most values the platform regenerates on publish differ).\n')
  })

  it('names what is missing', () => {
    const result = diff(['nowhere.zip', zipOf({})])
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(
      'kore-bot-export diff: nowhere.zip does not exist. Give a zip from an export, or a folder that extract-to wrote.'
    )
  })
})

describe('a large change', () => {
  it('is said in full by diff, as plain text (the Markdown for a pull-request body is capped: diff.test.ts)', async () => {
    const dialogs = (count: number) =>
      Array.from({ length: count }, (_, i) => ({
        _id: `dg-${i}`,
        refId: `r-${i}`,
        lname: `d${i}`,
        localeData: { en: { name: `A dialog with a long name, number ${i}` } },
        nodes: []
      }))
    const zipOf = (count: number): string => {
      const file = path.join(tempWorkspace(), 'export.zip')
      fs.writeFileSync(
        file,
        buildZip([
          {
            name: 'botDefinition.json',
            data: JSON.stringify({ name: 'Many', dialogs: dialogs(count), dialogComponents: [] }, null, 4)
          }
        ])
      )
      return file
    }
    const result = spawnSync(
      process.execPath,
      [path.join(ROOT, 'dist', 'cli', 'index.js'), 'diff', zipOf(1), zipOf(2000)],
      { encoding: 'utf8' }
    )
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/^- Dialogs added: A dialog with a long name, number 1, /)
    expect(result.stdout).toMatch(/, A dialog with a long name, number 1999\n$/)
    expect(result.stdout).not.toContain('cut here')
  })
})
