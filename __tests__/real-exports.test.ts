// Every real export in ../shared/real-exports (exports people published; not in this
// repository, licence unknown): each zip passes the hostile-zip checks, unpacks through the
// export flow, and packs back into the same files byte for byte (with the bot variables'
// values left out, they come back empty). In process: the core's behaviour on real bots; the
// bundles' boundaries have suites of their own. Skipped where that folder is absent.
import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { ROOT } from '../script/run-action.js'
import { packFolder, writeZip } from '../src/bot-source/pack.js'
import { MINIFIED_STYLE, PLATFORM_STYLE, formatJsonFile } from '../src/bot-source/json-format.js'
import { parseJson, stringifyJson } from '../src/bot-source/json-model.js'
import { joinDefinition, splitDefinition } from '../src/bot-source/split-layout.js'
import { diffBots, hasChanges } from '../src/bot-source/diff.js'
import { changesMarkdown } from '../src/bot-source/render.js'
import { DEMO_ADMIN_CLIENT_ID, DEMO_ADMIN_CLIENT_SECRET, DEMO_TARGET_BOT_ID } from '../script/simulator/bot.js'
import { appInputs, useSimulator, zipEntries } from './support/fixtures.js'
import { runInProcess } from './support/in-process.js'

const simulator = useSimulator()
const REAL = path.resolve(ROOT, '..', 'shared', 'real-exports')

function filesUnder(dir: string, ending: string): string[] {
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter(entry => entry.isFile() && entry.name.endsWith(ending))
    .map(entry => path.join(entry.parentPath, entry.name))
    .sort()
}

/** config.json as pack gives it back when the values were left out: each value empty. */
function withEmptyValues(config: Buffer): Buffer {
  const text = config.toString('utf8')
  const blanked = JSON.stringify(JSON.parse(text), (key, value) => (key === 'value' ? '' : value), text.includes('\n') ? 4 : undefined)
  return Buffer.from(blanked, 'utf8')
}

const zips = filesUnder(REAL, '.zip')
const jsonFiles = filesUnder(REAL, '.json').filter(file => !file.endsWith('versions.json'))

;(zips.length > 0 ? describe : describe.skip)(`the real exports in ../shared/real-exports (${zips.length} zips)`, () => {
  const cases = zips.flatMap(file => [
    [path.relative(REAL, file), 'split', 'omit', file],
    [path.relative(REAL, file), 'split', 'keep', file],
    [path.relative(REAL, file), 'plain', 'omit', file]
  ])
  it.each(cases)('%s, layout: %s, variable-values: %s', async (_name, layout, values, file) => {
    simulator.reset({ pendingPolls: 0, importPendingPolls: 0, publishPendingPolls: 0, zip: fs.readFileSync(file) })
    const run = await runInProcess(appInputs(simulator, { 'extract-to': 'bot', path: '', layout, 'variable-values': values }))
    expect([run.code, run.error]).toEqual([0, undefined])
    const original = await zipEntries(file)
    const bot = path.join(run.workspace, 'bot')
    const names = original.map(([name]) => (layout === 'split' && name === 'botDefinition.json' ? 'botDefinition' : name))
    expect(fs.readdirSync(bot).sort()).toEqual(['.gitattributes', '.kore-bot-export', ...names].sort())

    await writeZip(packFolder(bot), path.join(run.workspace, 'packed.zip'))
    const packed = await zipEntries(path.join(run.workspace, 'packed.zip'))
    expect(packed.map(([name]) => name)).toEqual(original.map(([name]) => name))
    for (const [[name, bytes], [, back]] of original.map((entry, i) => [entry, packed[i]])) {
      const expected = name === 'config.json' && values === 'omit' ? withEmptyValues(bytes) : bytes
      expect([name, back.equals(expected)]).toEqual([name, true])
      if (name === 'config.json' && values === 'omit') expect(fs.readFileSync(path.join(bot, name), 'utf8')).not.toMatch(/"value"/)
    }
    if (layout !== 'split' || values !== 'keep') return

    // Promoted from its folder into a second bot: planned as a full import, imported
    // incrementally (verified), then fully and published (verified after the publish).
    const target = { host: simulator.host, 'bot-id': DEMO_TARGET_BOT_ID, 'client-id': DEMO_ADMIN_CLIENT_ID, 'client-secret': DEMO_ADMIN_CLIENT_SECRET, from: 'bot', 'poll-interval': '3s', timeout: '30s' }
    const importing = (inputs: Record<string, string>) => runInProcess({ ...target, ...inputs }, { action: 'import', workspace: run.workspace })
    const plan = await importing({ mode: 'full', 'dry-run': 'true' })
    expect([plan.code, plan.error]).toEqual([0, undefined])
    const incremental = await importing({})
    expect([incremental.code, incremental.error, incremental.outputs.verified]).toEqual([0, undefined, 'true'])
    const full = await importing({ mode: 'full', publish: 'true' })
    expect([full.code, full.error, full.outputs.verified]).toEqual([0, undefined, 'true'])
    expect(full.log).toContain('holds nothing the source does not (mode full)')
  })
})

;(jsonFiles.length > 0 ? describe : describe.skip)(`the real JSON files in ../shared/real-exports (${jsonFiles.length})`, () => {
  it('are in the platform\'s format or minified (never a form pack could not restore), and the exact model gives back their bytes', () => {
    for (const file of jsonFiles) {
      const bytes = fs.readFileSync(file)
      const { form } = formatJsonFile(bytes)
      // Bot definitions and configs as the platform writes them: kept byte for byte.
      if (/(botDefinition|config)\.json$/.test(file)) expect([file, form]).toEqual([file, 'platform'])
      expect([file, form === 'other']).toEqual([file, false])
      const style = form === 'platform' ? PLATFORM_STYLE : MINIFIED_STYLE
      expect([file, stringifyJson(parseJson(bytes.toString('utf8')), style) === bytes.toString('utf8')]).toEqual([file, true])
    }
  })
})

const definitions = jsonFiles.filter(file => /botDefinition/.test(file))
;(definitions.length > 0 ? describe : describe.skip)(`the real bot definitions in ../shared/real-exports, corpus and histories (${definitions.length})`, () => {
  it('split into the layout and join back byte for byte, with valid and unique file names', () => {
    for (const file of definitions) {
      const text = fs.readFileSync(file, 'utf8')
      const split = splitDefinition('botDefinition.json', Buffer.from(text, 'utf8'))!
      // Read in the fast form (docs/benchmarks.md: every real export measured).
      expect([file, split.form]).toEqual([file, 'fast'])
      expect([file, joinDefinition(split.record, name => split.files.get(name)).toString('utf8') === text]).toEqual([file, true])
      const names = [...split.files.keys()]
      expect([file, new Set(names.map(name => name.normalize('NFC').toLowerCase())).size]).toEqual([file, names.length])
      // eslint-disable-next-line no-control-regex
      for (const name of names) expect([file, name, /[<>:"\\|?*\u0000-\u001f]|[. ]\/|[. ]$/.test(name)]).toEqual([file, name, false])
    }
  })
})

/**
 * An independent reading of "nothing but regenerated values changed", from the reference's
 * list: the checksum, event dates, small-talk ids, storyboard ids (matched by refId), and the
 * order of the top-level lists.
 */
function withoutRegenerated(text: string): string {
  const definition = JSON.parse(text)
  delete definition.encryptedHash
  for (const event of Object.values<{ msg?: { lMod?: string }[] } | null>(definition.botEvents ?? {})) for (const message of event?.msg ?? []) delete message.lMod
  for (const topic of definition.smallTalk ?? []) {
    for (const group of topic.groups ?? []) {
      delete group.groupId
      for (const node of group.nodes ?? []) for (const answer of node.botUtterances ?? []) delete answer._id
    }
  }
  let storyboard = JSON.stringify([definition.scenes ?? [], definition.sceneComponents ?? []])
  for (const item of [...(definition.scenes ?? []), ...(definition.sceneComponents ?? [])]) if (item._id && item.refId) storyboard = storyboard.replaceAll(item._id, `ref:${item.refId}`)
  ;[definition.scenes, definition.sceneComponents] = JSON.parse(storyboard)
  for (const key of ['dialogs', 'scenes', 'sceneComponents', 'sentences', 'patterns', 'dialogComponents', 'advancedNLSettings']) {
    if (Array.isArray(definition[key])) definition[key] = definition[key].map((item: unknown) => JSON.stringify(item)).sort()
  }
  return JSON.stringify(definition)
}

const series = fs.existsSync(path.join(REAL, 'series')) ? fs.readdirSync(path.join(REAL, 'series')).filter(dir => dir.includes('botDefinition')) : []
;(series.length > 0 ? describe : describe.skip)(`the real export histories in ../shared/real-exports/series (${series.length})`, () => {
  it('the split layout changes no content file exactly when consecutive exports differ only in regenerated values, and always otherwise', () => {
    let quiet = 0
    for (const dir of series) {
      const versions = JSON.parse(fs.readFileSync(path.join(REAL, 'series', dir, 'versions.json'), 'utf8')).versions as { stored: string }[]
      let previous: { text: string; files: Map<string, Buffer> } | undefined
      for (const version of versions) {
        const file = path.join(REAL, 'series', version.stored)
        if (!fs.existsSync(file)) continue
        const text = fs.readFileSync(file, 'utf8')
        const files = splitDefinition('botDefinition.json', Buffer.from(text, 'utf8'))!.files
        if (previous && previous.text !== text) {
          const names = new Set([...previous.files.keys(), ...files.keys()])
          const sameFiles = [...names].every(name => previous!.files.get(name)?.equals(files.get(name) ?? Buffer.alloc(0)) ?? false)
          expect([version.stored, sameFiles]).toEqual([version.stored, withoutRegenerated(previous.text) === withoutRegenerated(text)])
          if (sameFiles) quiet++
          // What changed is said in words whenever something did, and not otherwise.
          const records = diffBots(previous.files, files)
          const markdown = changesMarkdown(records)
          expect([version.stored, hasChanges(records), markdown.length > 0]).toEqual([version.stored, !sameFiles, !sameFiles])
          if (!sameFiles) expect([version.stored, markdown]).not.toEqual([version.stored, expect.stringContaining('in parts the action does not describe')])
        }
        previous = { text, files }
      }
    }
    // The reference counts 36 such pairs in the 459 consecutive pairs of the three bots.
    expect(quiet).toBeGreaterThanOrEqual(36)
  })
})
