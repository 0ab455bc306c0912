// Two bots compared across an import: what the platform assigns per bot (ids, the bot's own
// id, key order, number precision, the export's echo of its request) is set aside, and
// everything a designer made still counts. Checked on the demo bot, and on every real bot
// definition in ../shared/real-exports (skipped where that folder is absent), each imported
// by the simulator's model of the platform into another bot.
import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { ROOT } from '../script/run-action.js'
import { applyImport, exportedFiles } from '../script/simulator/bot-store.js'
import { DEMO_TARGET_BOT_ID, demoBotFiles } from '../script/simulator/bot.js'
import { diffBots } from '../src/bot-source/diff.js'
import { verificationFailed, verifyImport } from '../src/bot-source/verify.js'
import { comparableBot } from '../src/bot-source/across-bots.js'

const EVERYTHING = { dialogs: true, faqs: true, variables: true, settings: true, everything: true }
const REAL = path.resolve(ROOT, '..', 'shared', 'real-exports', 'corpus')

/** The definition and config.json after the simulated platform imported them into another bot. */
function imported(definition: Buffer, config: Buffer) {
  const version = applyImport(DEMO_TARGET_BOT_ID, undefined, { definition, config, keepVariables: [] })
  return exportedFiles(version, { exportType: 'latest' }).map(({ name, data }) => ({ name, bytes: data }))
}

describe('the demo bot, imported into another bot', () => {
  const [definition, config] = demoBotFiles({ moreEdits: true }).map(file => ({
    name: file.name,
    bytes: Buffer.from(file.data as string)
  }))
  const sent = comparableBot([definition, config])

  it('compares equal, though every _id, the bot id, key order and a long number differ', () => {
    const target = imported(definition.bytes, config.bytes)
    const text = target[0].bytes.toString('utf8')
    expect(text).not.toContain('dg-11111111-0000-4000-8000-000000000001')
    expect(text).toContain(DEMO_TARGET_BOT_ID)
    expect(diffBots(sent, comparableBot(target))).toEqual([])
    expect(verifyImport(sent, comparableBot(target), EVERYTHING)).toEqual({
      missing: [],
      different: [],
      targetOnly: [],
      notes: []
    })
  })

  it('still sees what a designer changed: a message, a renamed dialog, a removed FAQ', () => {
    const edited = JSON.parse(definition.bytes.toString('utf8'))
    edited.dialogComponents.find(
      (component: { name: string }) => component.name === 'Goodbye'
    ).message[0].localeData.en.text = 'Farewell'
    edited.dialogs[0].localeData.en.name = 'Book a Flight'
    edited.knowledgeTasks = []
    const target = comparableBot(imported(Buffer.from(JSON.stringify(edited, null, 4)), config.bytes))
    const verification = verifyImport(sent, target, EVERYTHING)
    expect(verificationFailed(verification)).toBe(true)
    expect(verification.different).toEqual(
      expect.arrayContaining([
        'dialog Book Flight is named Book a Flight in the target',
        'shared component message Goodbye: changed'
      ])
    )
    expect(verification.missing).toEqual(['FAQs Travel FAQ'])
  })

  it('notes, without failing, differences in parts not chosen for the import', () => {
    const edited = JSON.parse(definition.bytes.toString('utf8'))
    edited.knowledgeTasks = []
    const target = comparableBot(imported(Buffer.from(JSON.stringify(edited, null, 4)), config.bytes))
    const verification = verifyImport(sent, target, { ...EVERYTHING, faqs: false, everything: false })
    expect(verificationFailed(verification)).toBe(false)
    expect(verification.notes).toEqual(['FAQs Travel FAQ (not chosen for the import)'])
  })
})

const definitions = fs.existsSync(REAL)
  ? fs
      .readdirSync(REAL)
      .filter(
        bot =>
          fs.existsSync(path.join(REAL, bot, 'botDefinition.json')) &&
          fs.existsSync(path.join(REAL, bot, 'config.json'))
      )
  : []

;(definitions.length > 0 ? describe : describe.skip)(
  `the real bot definitions in ../shared/real-exports (${definitions.length})`,
  () => {
    it.each(definitions)('%s: imported into another bot, it compares equal, and a removed dialog is missed', bot => {
      const definition = fs.readFileSync(path.join(REAL, bot, 'botDefinition.json'))
      const config = fs.readFileSync(path.join(REAL, bot, 'config.json'))
      const sent = comparableBot([
        { name: 'botDefinition.json', bytes: definition },
        { name: 'config.json', bytes: config }
      ])
      const target = comparableBot(imported(definition, config))
      const verification = verifyImport(sent, target, EVERYTHING)
      expect(verification).toEqual({ missing: [], different: [], targetOnly: [], notes: [] })

      const parsed = JSON.parse(definition.toString('utf8'))
      if (!Array.isArray(parsed.dialogs) || parsed.dialogs.length === 0) return
      parsed.dialogs.pop()
      const lacking = comparableBot(imported(Buffer.from(JSON.stringify(parsed, null, 4)), config))
      const found = verifyImport(sent, lacking, EVERYTHING)
      expect(found.missing.filter(item => item.startsWith('dialog ')).length).toBe(1)
    })
  }
)
