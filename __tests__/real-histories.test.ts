// The real JSON files, bot definitions and export histories in ../shared/real-exports: the
// exact JSON model, the split layout's round trip, and the quiet folder over 476 exports.
// Skipped where that folder is absent.
import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { MINIFIED_STYLE, PLATFORM_STYLE, formatJsonFile } from '../src/bot-source/json-format.js'
import { parseJson, stringifyJson } from '../src/bot-source/json-model.js'
import { joinDefinition, splitDefinition } from '../src/bot-source/split-layout.js'
import { diffBots, hasChanges } from '../src/bot-source/diff.js'
import { changesMarkdown } from '../src/bot-source/render.js'
import { REAL, filesUnder } from './support/real-exports.js'

const jsonFiles = filesUnder(REAL, '.json').filter(file => !file.endsWith('versions.json'))

;(jsonFiles.length > 0 ? describe : describe.skip)(
  `the real JSON files in ../shared/real-exports (${jsonFiles.length})`,
  () => {
    it("are in the platform's format or minified (never a form pack could not restore), and the exact model gives back their bytes", () => {
      for (const file of jsonFiles) {
        const bytes = fs.readFileSync(file)
        const { form } = formatJsonFile(bytes)
        // Bot definitions and configs as the platform writes them: kept byte for byte.
        if (/(botDefinition|config)\.json$/.test(file)) expect([file, form]).toEqual([file, 'platform'])
        expect([file, form === 'other']).toEqual([file, false])
        const style = form === 'platform' ? PLATFORM_STYLE : MINIFIED_STYLE
        expect([file, stringifyJson(parseJson(bytes.toString('utf8')), style) === bytes.toString('utf8')]).toEqual([
          file,
          true
        ])
      }
    })
  }
)

const definitions = jsonFiles.filter(file => /botDefinition/.test(file))
;(definitions.length > 0 ? describe : describe.skip)(
  `the real bot definitions in ../shared/real-exports, corpus and histories (${definitions.length})`,
  () => {
    it('split into the layout and join back byte for byte, with valid and unique file names', () => {
      for (const file of definitions) {
        const text = fs.readFileSync(file, 'utf8')
        const split = splitDefinition('botDefinition.json', Buffer.from(text, 'utf8'))!
        // Read in the fast form (docs/benchmarks.md: every real export measured).
        expect([file, split.form]).toEqual([file, 'fast'])
        expect([file, joinDefinition(split.record, name => split.files.get(name)).toString('utf8') === text]).toEqual([
          file,
          true
        ])
        const names = [...split.files.keys()]
        expect([file, new Set(names.map(name => name.normalize('NFC').toLowerCase())).size]).toEqual([
          file,
          names.length
        ])
        for (const name of names) {
          // eslint-disable-next-line no-control-regex
          const unsafe = /[<>:"\\|?*\u0000-\u001f]|[. ]\/|[. ]$/.test(name)
          expect([file, name, unsafe]).toEqual([file, name, false])
        }
      }
    })
  }
)

/**
 * An independent reading of "nothing but regenerated values changed", from the reference's
 * list: the checksum, event dates, small-talk ids, storyboard ids (matched by refId), and the
 * order of the top-level lists.
 */
function withoutRegenerated(text: string): string {
  const definition = JSON.parse(text)
  delete definition.encryptedHash
  for (const event of Object.values<{ msg?: { lMod?: string }[] } | null>(definition.botEvents ?? {}))
    for (const message of event?.msg ?? []) delete message.lMod
  for (const topic of definition.smallTalk ?? []) {
    for (const group of topic.groups ?? []) {
      delete group.groupId
      for (const node of group.nodes ?? []) for (const answer of node.botUtterances ?? []) delete answer._id
    }
  }
  let storyboard = JSON.stringify([definition.scenes ?? [], definition.sceneComponents ?? []])
  for (const item of [...(definition.scenes ?? []), ...(definition.sceneComponents ?? [])])
    if (item._id && item.refId) storyboard = storyboard.replaceAll(item._id, `ref:${item.refId}`)
  ;[definition.scenes, definition.sceneComponents] = JSON.parse(storyboard)
  for (const key of [
    'dialogs',
    'scenes',
    'sceneComponents',
    'sentences',
    'patterns',
    'dialogComponents',
    'advancedNLSettings'
  ]) {
    if (Array.isArray(definition[key]))
      definition[key] = definition[key].map((item: unknown) => JSON.stringify(item)).sort()
  }
  return JSON.stringify(definition)
}

const series = fs.existsSync(path.join(REAL, 'series'))
  ? fs.readdirSync(path.join(REAL, 'series')).filter(dir => dir.includes('botDefinition'))
  : []
;(series.length > 0 ? describe : describe.skip)(
  `the real export histories in ../shared/real-exports/series (${series.length})`,
  () => {
    it('the split layout changes no content file exactly when consecutive exports differ only in regenerated values, and always otherwise', () => {
      let quiet = 0
      for (const dir of series) {
        const versions = JSON.parse(fs.readFileSync(path.join(REAL, 'series', dir, 'versions.json'), 'utf8'))
          .versions as { stored: string }[]
        let previous: { text: string; files: Map<string, Buffer> } | undefined
        for (const version of versions) {
          const file = path.join(REAL, 'series', version.stored)
          if (!fs.existsSync(file)) continue
          const text = fs.readFileSync(file, 'utf8')
          const files = splitDefinition('botDefinition.json', Buffer.from(text, 'utf8'))!.files
          if (previous && previous.text !== text) {
            const names = new Set([...previous.files.keys(), ...files.keys()])
            const sameFiles = [...names].every(
              name => previous!.files.get(name)?.equals(files.get(name) ?? Buffer.alloc(0)) ?? false
            )
            expect([version.stored, sameFiles]).toEqual([
              version.stored,
              withoutRegenerated(previous.text) === withoutRegenerated(text)
            ])
            if (sameFiles) quiet++
            // What changed is said in words whenever something did, and not otherwise.
            const records = diffBots(previous.files, files)
            const markdown = changesMarkdown(records)
            expect([version.stored, hasChanges(records), markdown.length > 0]).toEqual([
              version.stored,
              !sameFiles,
              !sameFiles
            ])
            if (!sameFiles)
              expect([version.stored, markdown]).not.toEqual([
                version.stored,
                expect.stringContaining('in parts the action does not describe')
              ])
          }
          previous = { text, files }
        }
      }
      // The reference counts 36 such pairs in the 459 consecutive pairs of the three bots.
      expect(quiet).toBeGreaterThanOrEqual(36)
    })
  }
)
