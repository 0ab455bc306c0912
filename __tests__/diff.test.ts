// The change engine in-process: typed records from small hand-made bots (files of the split
// layout, by path), their renderings, and an import's verdict, decided from the records.
import { describe, expect, it } from '@jest/globals'
import type { BotFiles } from '../src/bot-source/bot-files.js'
import { diffBots, hasChanges, type ChangeRecord } from '../src/bot-source/diff.js'
import { changeDetails, changesMarkdown, changesText, onlyBeforeItems } from '../src/bot-source/render.js'
import { verdict, verificationFailed, verifyImport } from '../src/bot-source/verify.js'
import { CancelledError } from '../src/platform/clock.js'

const EVERYTHING = { dialogs: true, faqs: true, variables: true, settings: true, everything: true }
const D = 'botDefinition'

function bot(files: Record<string, unknown>): BotFiles {
  return new Map(
    Object.entries(files).map(([name, content]) => [
      name,
      Buffer.from(typeof content === 'string' ? content : JSON.stringify(content, null, 4))
    ])
  )
}

const dialog = (id: string, name: string, nodes: unknown[] = []) => ({
  _id: id,
  lname: name.toLowerCase(),
  localeData: { en: { name } },
  nodes
})
const utterances = (...sentences: string[]) => sentences.map(sentence => ({ sentence, language: 'en' }))
const config = (variables: Record<string, string | undefined>, scope = 'prePopulated') => ({
  envVariables: Object.entries(variables).map(([key, value]) =>
    value === undefined ? { key, scope } : { key, value, scope }
  )
})

/** A bot with one of everything the engine describes. */
function base(): Record<string, unknown> {
  return {
    [`${D}/bot.json`]: { name: 'Travel', supportedLanguages: ['en'], timeout: 30 },
    [`${D}/dialogs/Book Flight/dialog.json`]: dialog('dg-1', 'Book Flight', [{ id: 'n1' }]),
    [`${D}/dialogs/Book Flight/layout.json`]: { n1: { x: 0, y: 0 } },
    [`${D}/dialogs/Book Flight/components/intent.Book_Flight.json`]: { name: 'Book_Flight' },
    [`${D}/dialogs/Book Flight/components/intent.Book_Flight.utterances.json`]: utterances('fly me', 'book a flight'),
    [`${D}/dialogs/Book Flight/components/intent.Book_Flight.patterns.json`]: [{ pattern: 'fly *' }],
    [`${D}/dialogs/Cancel Trip/dialog.json`]: dialog('dg-2', 'Cancel Trip'),
    [`${D}/components/script.Validate.json`]: { name: 'Validate' },
    [`${D}/components/script.Validate.script.js`]: 'return true',
    [`${D}/components/intent.Help.json`]: { name: 'Help' },
    [`${D}/components/intent.Help.utterances.json`]: utterances('help'),
    [`${D}/faqs/Travel FAQ.json`]: {
      faqs: {
        faqs: [
          { question: 'Bags?', answer: 'Two' },
          { question: 'Pets?', answer: 'No' }
        ]
      }
    },
    [`${D}/small-talk.json`]: { greetings: ['hi'] },
    'config.json': config({ apiKey: 'sk-secret-value-1', region: 'eu' })
  }
}

function edited(edit: (files: Record<string, unknown>) => void): BotFiles {
  const files = base()
  edit(files)
  return bot(files)
}

describe('diffBots: one record kind at a time', () => {
  it('the same bot: no records, not changed', () => {
    expect(diffBots(bot(base()), bot(base()))).toEqual([])
    expect(hasChanges([])).toBe(false)
  })

  it('no first bot: what the bot holds, counted', () => {
    expect(diffBots(undefined, bot(base()))).toEqual([
      { kind: 'first-export', dialogs: 2, intents: 2, utterances: 3, faqs: 2, languages: ['en'] }
    ])
  })

  it('dialogs added, removed, renamed (by id), changed in flow, moved on the canvas', () => {
    const after = edited(files => {
      delete files[`${D}/dialogs/Cancel Trip/dialog.json`]
      files[`${D}/dialogs/Promo/dialog.json`] = dialog('dg-3', 'Promo')
      for (const [name, content] of Object.entries(files)) {
        if (!name.includes('/Book Flight/')) continue
        delete files[name]
        files[name.replace('/Book Flight/', '/Book a Flight/')] = content
      }
      files[`${D}/dialogs/Book a Flight/dialog.json`] = dialog('dg-1', 'Book a Flight', [{ id: 'n1' }, { id: 'n2' }])
    })
    expect(diffBots(bot(base()), after)).toEqual([
      { kind: 'dialog', change: 'added', name: 'Promo' },
      { kind: 'dialog', change: 'removed', name: 'Cancel Trip' },
      { kind: 'dialog', change: 'renamed', name: 'Book a Flight', from: 'Book Flight' },
      { kind: 'dialog', change: 'flow-changed', name: 'Book a Flight' }
    ])
    const moved = edited(files => (files[`${D}/dialogs/Book Flight/layout.json`] = { n1: { x: 5, y: 0 } }))
    expect(diffBots(bot(base()), moved)).toEqual([{ kind: 'dialog', change: 'moved-on-canvas', name: 'Book Flight' }])
  })

  it("dialogs matched by refId, then by display name: another bot's ids make no dialog both added and removed", () => {
    // Two bots: an import keeps every refId and gives the target its own _ids.
    const withRef = (id: string, refId: string, name: string, nodes: unknown[] = []) => ({
      ...dialog(id, name, nodes),
      refId
    })
    const dev = edited(files => {
      files[`${D}/dialogs/Book Flight/dialog.json`] = withRef('dg-1', 'ref-book', 'Book Flight', [{ id: 'n1' }])
    })
    const prod = edited(files => {
      files[`${D}/dialogs/Book Flight/dialog.json`] = withRef('dg-91', 'ref-book', 'Book Flight', [
        { id: 'n1' },
        { id: 'n2' }
      ])
      // No refId on either side, other _ids: the same display name is the same dialog.
      files[`${D}/dialogs/Cancel Trip/dialog.json`] = dialog('dg-92', 'Cancel Trip')
    })
    expect(diffBots(dev, prod)).toEqual([
      { kind: 'dialog', change: 'flow-changed', name: 'Book Flight' },
      expect.objectContaining({ kind: 'ids-regenerated', dialog: 'Cancel Trip' })
    ])
    // Renamed in the other bot: one dialog, renamed, matched by its refId.
    const renamed = edited(files => {
      for (const [name, content] of Object.entries(files)) {
        if (!name.includes('/Book Flight/')) continue
        delete files[name]
        files[name.replace('/Book Flight/', '/Book a Flight/')] = content
      }
      files[`${D}/dialogs/Book a Flight/dialog.json`] = withRef('dg-93', 'ref-book', 'Book a Flight', [{ id: 'n1' }])
    })
    const records = diffBots(dev, renamed)
    expect(records.filter(record => record.kind === 'dialog')).toEqual([
      { kind: 'dialog', change: 'renamed', name: 'Book a Flight', from: 'Book Flight' }
    ])
  })

  it('a dialog made again under its old name (another refId) is another dialog: added and removed', () => {
    const withRef = (id: string, refId: string) => ({ ...dialog(id, 'Book Flight', [{ id: 'n1' }]), refId })
    const before = edited(files => (files[`${D}/dialogs/Book Flight/dialog.json`] = withRef('dg-1', 'ref-old')))
    const after = edited(files => (files[`${D}/dialogs/Book Flight/dialog.json`] = withRef('dg-5', 'ref-new')))
    // An incremental import matches by refId: it would add this one and keep the old.
    expect(diffBots(before, after).filter(record => record.kind === 'dialog')).toEqual([
      { kind: 'dialog', change: 'added', name: 'Book Flight' },
      { kind: 'dialog', change: 'removed', name: 'Book Flight' }
    ])
  })

  it('many places whose ids alone differ: ten named, the rest counted', () => {
    const records: ChangeRecord[] = Array.from({ length: 25 }, (_, index) => ({
      kind: 'ids-regenerated',
      dialog: `Dialog ${index}`,
      path: 'dialog.json'
    }))
    expect(changesText(records)).toBe(
      `- Ids regenerated, content unchanged: ${Array.from({ length: 10 }, (_, index) => `dialog Dialog ${index}`).join(', ')} and 15 more\n`
    )
  })

  it('a list whose elements only moved, with no id changed, is a change of that file, not regenerated ids', () => {
    const before = edited(files => (files[`${D}/ui/widgets.json`] = [{ name: 'w1' }, { name: 'w2' }]))
    const after = edited(files => (files[`${D}/ui/widgets.json`] = [{ name: 'w2' }, { name: 'w1' }]))
    expect(diffBots(before, after)).toEqual([{ kind: 'file', path: `${D}/ui/widgets.json`, change: 'changed' }])
    // Keys in another order, the same ids: no id was regenerated either.
    const reordered = edited(files => (files[`${D}/small-talk.json`] = JSON.parse('{"b": 1, "greetings": ["hi"]}')))
    const keysMoved = edited(files => (files[`${D}/small-talk.json`] = JSON.parse('{"greetings": ["hi"], "b": 1}')))
    expect(diffBots(reordered, keysMoved)).toEqual([{ kind: 'file', path: `${D}/small-talk.json`, change: 'changed' }])
  })

  it('ids regenerated, content unchanged: said as such, never as utterances or flow changed', () => {
    const withIds = (ids: string[], taskId: string) =>
      ['fly me', 'book a flight'].map((sentence, index) => ({ _id: ids[index], taskId, sentence, language: 'en' }))
    const component = (id: string) => ({ _id: id, refId: 'ref-intent', name: 'Book_Flight' })
    const before = edited(files => {
      files[`${D}/dialogs/Book Flight/components/intent.Book_Flight.json`] = component('dc-1')
      files[`${D}/dialogs/Book Flight/components/intent.Book_Flight.utterances.json`] = withIds(['u-1', 'u-2'], 'dc-1')
      files[`${D}/dialogs/Book Flight/dialog.json`] = dialog('dg-1', 'Book Flight', [{ id: 'n1', componentId: 'dc-1' }])
    })
    // The import made new utterance ids (the layout orders by id, so their order changed too).
    const reimported = edited(files => {
      files[`${D}/dialogs/Book Flight/components/intent.Book_Flight.json`] = component('dc-1')
      files[`${D}/dialogs/Book Flight/components/intent.Book_Flight.utterances.json`] = withIds(
        ['u-9', 'u-8'],
        'dc-1'
      ).reverse()
      files[`${D}/dialogs/Book Flight/dialog.json`] = dialog('dg-1', 'Book Flight', [{ id: 'n1', componentId: 'dc-1' }])
    })
    const records = diffBots(before, reimported)
    expect(records).toEqual([
      {
        kind: 'ids-regenerated',
        dialog: 'Book Flight',
        component: { type: 'intent', name: 'Book_Flight' },
        path: 'components/intent.Book_Flight.utterances.json'
      }
    ])
    expect(hasChanges(records)).toBe(true)
    expect(changesText(records)).toBe(
      '- Ids regenerated, content unchanged: intent Book_Flight in dialog Book Flight\n'
    )
    expect(changesMarkdown(records)).not.toMatch(/utterance/)
    // Another bot: the component's id and every reference to it are the target's.
    const otherBot = edited(files => {
      files[`${D}/dialogs/Book Flight/components/intent.Book_Flight.json`] = component('dc-77')
      files[`${D}/dialogs/Book Flight/components/intent.Book_Flight.utterances.json`] = withIds(['u-5', 'u-6'], 'dc-77')
      files[`${D}/dialogs/Book Flight/dialog.json`] = dialog('dg-1', 'Book Flight', [
        { id: 'n1', componentId: 'dc-77' }
      ])
    })
    expect(changesText(diffBots(before, otherBot))).toBe(
      '- Ids regenerated, content unchanged: intent Book_Flight in dialog Book Flight, dialog Book Flight\n'
    )
    // A real edit beside regenerated ids is an edit.
    const editedToo = edited(files => {
      files[`${D}/dialogs/Book Flight/components/intent.Book_Flight.json`] = component('dc-1')
      files[`${D}/dialogs/Book Flight/components/intent.Book_Flight.utterances.json`] = [
        ...withIds(['u-9', 'u-8'], 'dc-1'),
        { _id: 'u-7', taskId: 'dc-1', sentence: 'to Rome', language: 'en' }
      ]
      files[`${D}/dialogs/Book Flight/dialog.json`] = dialog('dg-1', 'Book Flight', [{ id: 'n1', componentId: 'dc-1' }])
    })
    expect(diffBots(before, editedToo)).toEqual([
      {
        kind: 'component',
        dialog: 'Book Flight',
        type: 'intent',
        name: 'Book_Flight',
        change: 'utterances-changed',
        utterances: { added: 1, removed: 0 }
      }
    ])
    // Verification: regenerated ids are the target's, never a failure.
    expect(verdict(records, EVERYTHING)).toEqual({ missing: [], different: [], targetOnly: [], notes: [] })
  })

  it('a rename alone is no change in flow', () => {
    const after = edited(files => {
      for (const [name, content] of Object.entries(files)) {
        if (!name.includes('/Cancel Trip/')) continue
        delete files[name]
        files[name.replace('/Cancel Trip/', '/Cancel a Trip/')] = content
      }
      files[`${D}/dialogs/Cancel a Trip/dialog.json`] = dialog('dg-2', 'Cancel a Trip')
    })
    expect(diffBots(bot(base()), after)).toEqual([
      { kind: 'dialog', change: 'renamed', name: 'Cancel a Trip', from: 'Cancel Trip' }
    ])
  })

  it("a dialog's components: utterances counted as numbers, patterns, a component changed, another file", () => {
    const after = edited(files => {
      files[`${D}/dialogs/Book Flight/components/intent.Book_Flight.utterances.json`] = utterances(
        'fly me',
        'to Rome',
        'to Paris'
      )
      files[`${D}/dialogs/Book Flight/components/intent.Book_Flight.patterns.json`] = [{ pattern: 'fly to *' }]
      files[`${D}/dialogs/Book Flight/components/message.Done.json`] = { text: 'Done' }
      files[`${D}/dialogs/Book Flight/notes.txt`] = 'x'
    })
    expect(diffBots(bot(base()), after)).toEqual([
      { kind: 'component', dialog: 'Book Flight', type: 'intent', name: 'Book_Flight', change: 'patterns-changed' },
      {
        kind: 'component',
        dialog: 'Book Flight',
        type: 'intent',
        name: 'Book_Flight',
        change: 'utterances-changed',
        utterances: { added: 2, removed: 1 }
      },
      { kind: 'component', dialog: 'Book Flight', type: 'message', name: 'Done', change: 'added' },
      { kind: 'dialog-file', dialog: 'Book Flight', path: 'notes.txt', change: 'added' }
    ])
  })

  it('shared components, once each however many of their files changed', () => {
    const after = edited(files => {
      files[`${D}/components/script.Validate.json`] = { name: 'Validate', v: 2 }
      files[`${D}/components/script.Validate.script.js`] = 'return false'
      files[`${D}/components/intent.Help.utterances.json`] = utterances('help', 'assist me')
      files[`${D}/components/entity.City.json`] = { name: 'City' }
    })
    expect(diffBots(bot(base()), after)).toEqual([
      { kind: 'component', type: 'entity', name: 'City', change: 'added' },
      {
        kind: 'component',
        type: 'intent',
        name: 'Help',
        change: 'utterances-changed',
        utterances: { added: 1, removed: 0 }
      },
      { kind: 'component', type: 'script', name: 'Validate', change: 'changed' }
    ])
  })

  it('FAQs: added, removed, and questions counted', () => {
    const after = edited(files => {
      files[`${D}/faqs/Travel FAQ.json`] = {
        faqs: {
          faqs: [
            { question: 'Bags?', answer: 'Three' },
            { question: 'Seats?', answer: 'Yes' }
          ]
        }
      }
      files[`${D}/faqs/Hotel FAQ.json`] = { faqs: { faqs: [] } }
    })
    expect(diffBots(bot(base()), after)).toEqual([
      { kind: 'faqs', name: 'Hotel FAQ', change: 'added' },
      { kind: 'faqs', name: 'Travel FAQ', change: 'edited', questions: { added: 1, removed: 1, edited: 1 } }
    ])
  })

  it('bot variables by name, a changed value named and never carried; settings; other files by path', () => {
    const after = edited(files => {
      files['config.json'] = config({ apiKey: 'sk-rotated-value-2', newToken: 'tok-3' }, 'askOnInstall')
      files[`${D}/bot.json`] = { name: 'Travel', supportedLanguages: ['en', 'de'], timeout: 30 }
      files[`${D}/small-talk.json`] = { greetings: ['hello'] }
    })
    const records = diffBots(bot(base()), after)
    expect(records).toEqual([
      { kind: 'variable', name: 'newToken', change: 'added' },
      { kind: 'variable', name: 'region', change: 'removed' },
      { kind: 'variable', name: 'apiKey', change: 'settings-changed' },
      { kind: 'variable', name: 'apiKey', change: 'value-changed' },
      { kind: 'setting', name: 'supportedLanguages' },
      { kind: 'file', path: `${D}/small-talk.json`, change: 'changed' }
    ])
    const everything =
      JSON.stringify(records) +
      changesMarkdown(records) +
      changesText(records) +
      JSON.stringify(changeDetails(records)) +
      JSON.stringify(verdict(records, EVERYTHING))
    for (const value of ['sk-secret-value-1', 'sk-rotated-value-2', 'tok-3', 'eu'])
      expect(everything).not.toContain(`"${value}"`)
    expect(everything).not.toMatch(/sk-|tok-3/)
  })

  it('a value only one side knows is no change', () => {
    const after = edited(files => (files['config.json'] = config({ apiKey: undefined, region: 'eu' })))
    expect(diffBots(bot(base()), after)).toEqual([])
  })

  it('files that differ where no record says how: one undescribed record, still a change', () => {
    const after = edited(
      files => (files['config.json'] = { ...config({ apiKey: 'sk-secret-value-1', region: 'eu' }), other: 1 })
    )
    const records = diffBots(bot(base()), after)
    expect(records).toEqual([{ kind: 'undescribed', paths: ['config.json'] }])
    expect(hasChanges(records)).toBe(true)
    expect(changesMarkdown(records)).toBe('- Changed, in parts the action does not describe in words: see the diff.\n')
  })
})

describe('cancellation', () => {
  it('a signal aborted before the comparison throws CancelledError', () => {
    const controller = new AbortController()
    controller.abort()
    expect(() =>
      diffBots(
        bot(base()),
        edited(files => (files[`${D}/small-talk.json`] = {})),
        { signal: controller.signal }
      )
    ).toThrow(CancelledError)
    expect(() => diffBots(undefined, bot(base()), { signal: controller.signal })).toThrow(CancelledError)
    expect(() => verifyImport(bot(base()), bot(base()), EVERYTHING, { signal: controller.signal })).toThrow(
      CancelledError
    )
  })

  it('a signal aborted during the comparison stops it at its next check', () => {
    const controller = new AbortController()
    const files = base()
    for (let i = 0; i < 50; i++) files[`${D}/dialogs/D${i}/dialog.json`] = dialog(`dg-x${i}`, `D${i}`)
    const before = bot(files)
    const after = new Map(before)
    for (let i = 0; i < 50; i++)
      after.set(
        `${D}/dialogs/D${i}/dialog.json`,
        Buffer.from(JSON.stringify(dialog(`dg-x${i}`, `D${i}`, [{ id: 'changed' }])))
      )
    let reads = 0
    // Abort while the dialogs' files are being read.
    const counting = new Proxy(after, {
      get(target, property) {
        if (property === 'get') {
          return (name: string) => {
            if (name.includes('/dialogs/D') && ++reads === 20) controller.abort()
            return target.get(name)
          }
        }
        const value = Reflect.get(target, property, target) as unknown
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value
      }
    })
    expect(() => diffBots(before, counting, { signal: controller.signal })).toThrow(CancelledError)
  })
})

describe('render', () => {
  const records: ChangeRecord[] = [
    { kind: 'dialog', change: 'added', name: 'Pay_<b>now</b>' },
    { kind: 'dialog', change: 'renamed', name: 'Cancel a Trip', from: 'Cancel Trip' },
    {
      kind: 'component',
      dialog: 'Book Flight',
      type: 'intent',
      name: 'Book_Flight',
      change: 'utterances-changed',
      utterances: { added: 1, removed: 0 }
    },
    { kind: 'dialog', change: 'flow-changed', name: 'Book Flight' },
    { kind: 'component', type: 'script', name: 'Validate', change: 'patterns-changed' },
    {
      kind: 'component',
      type: 'script',
      name: 'Validate',
      change: 'utterances-changed',
      utterances: { added: 0, removed: 0 }
    },
    { kind: 'faqs', name: 'Travel FAQ', change: 'edited', questions: { added: 1, removed: 0, edited: 2 } },
    { kind: 'variable', name: 'api_key', change: 'value-changed' },
    { kind: 'setting', name: 'supportedLanguages' },
    { kind: 'file', path: `${D}/nlp/settings.json`, change: 'changed' },
    { kind: 'file', path: `${D}/storyboard/a.json`, change: 'added' },
    { kind: 'file', path: `${D}/storyboard/b.json`, change: 'removed' },
    { kind: 'dialog', change: 'moved-on-canvas', name: 'Cancel a Trip' }
  ]

  it('Markdown: names escaped and marked, the words as before', () => {
    expect(changesMarkdown(records).split('\n')).toEqual([
      '- Dialogs added: **Pay\\_\\<b\\>now\\</b\\>**',
      '- Dialog renamed: **Cancel Trip** → **Cancel a Trip**',
      '- Dialog **Book Flight**: intent Book\\_Flight: +1 utterance; nodes and flow changed',
      '- Shared component script Validate: changed; utterances changed',
      '- FAQs **Travel FAQ**: 1 added, 2 edited',
      '- Bot variables: value changed for `api_key`',
      '- Settings changed: `supportedLanguages`',
      '- Also changed: NLP (settings), storyboard',
      '- Layout only (nodes moved on the canvas): **Cancel a Trip**',
      ''
    ])
  })

  it('Markdown: no link, mention, issue reference or HTML from a name', () => {
    const markdown = changesMarkdown([
      { kind: 'dialog', change: 'added', name: 'www.evil.example/login https://x.example @team #1 <b>' }
    ])
    expect(markdown).toBe('- Dialogs added: **www\\.evil.example/login https\\://x.example `@`team `#`1 \\<b\\>**\n')
  })

  it('terminal text: the same lines, no Markdown escapes, no HTML entities, control characters made spaces', () => {
    const text = changesText([...records, { kind: 'dialog', change: 'removed', name: 'Evil\n::error::x' }])
    expect(text).not.toMatch(/&#\d+;|\*\*|`|\\[_*]/)
    expect(text.split('\n')).toEqual([
      '- Dialogs added: Pay_<b>now</b>',
      '- Dialogs removed: Evil : :error: :x',
      '- Dialog renamed: Cancel Trip → Cancel a Trip',
      '- Dialog Book Flight: intent Book_Flight: +1 utterance; nodes and flow changed',
      '- Shared component script Validate: changed; utterances changed',
      '- FAQs Travel FAQ: 1 added, 2 edited',
      '- Bot variables: value changed for api_key',
      '- Settings changed: supportedLanguages',
      '- Also changed: NLP (settings), storyboard',
      '- Layout only (nodes moved on the canvas): Cancel a Trip',
      ''
    ])
  })

  it('nothing changed: no words; a first export: an overview', () => {
    expect(changesMarkdown([])).toBe('')
    expect(changesText([])).toBe('')
    const first: ChangeRecord[] = [
      { kind: 'first-export', dialogs: 1, intents: 2, utterances: 1, faqs: 0, languages: ['en', 'de_x'] }
    ]
    expect(changesMarkdown(first)).toBe(
      'First export of this bot: 1 dialog, 2 intents, 1 utterance, 0 FAQs; languages: en, de\\_x.\n'
    )
    expect(changesText(first)).toBe(
      'First export of this bot: 1 dialog, 2 intents, 1 utterance, 0 FAQs; languages: en, de_x.\n'
    )
  })

  it('a plan sets apart what only the first bot has', () => {
    const plan: ChangeRecord[] = [
      { kind: 'dialog', change: 'removed', name: 'Old Promo' },
      { kind: 'component', type: 'message', name: 'Bye', change: 'removed' },
      { kind: 'faqs', name: 'Old FAQ', change: 'removed' },
      { kind: 'variable', name: 'legacy', change: 'removed' }
    ]
    expect(onlyBeforeItems(plan)).toEqual([
      'dialog Old Promo',
      'shared component message Bye',
      'FAQs Old FAQ',
      'bot variable legacy'
    ])
    expect(changesMarkdown(plan, { removedApart: true })).toBe('')
    expect(changesMarkdown(plan)).toContain('- Dialogs removed: **Old Promo**')
    expect(
      changesMarkdown([...plan, { kind: 'variable', name: 'newer', change: 'added' }], { removedApart: true })
    ).toBe('- Bot variables: added `newer`\n')
  })

  it('the Markdown stays short enough for a pull-request body; the terminal text is whole', () => {
    const many: ChangeRecord[] = Array.from({ length: 2000 }, (_, i) => ({
      kind: 'dialog',
      change: 'added',
      name: `A dialog with a long name, number ${i}`
    }))
    const markdown = changesMarkdown(many)
    expect(markdown.length).toBeLessThan(21_000)
    expect(markdown).toMatch(/^- Dialogs added: \*\*A dialog with a long name, number 0\*\*/)
    expect(markdown).toMatch(/\n- … \(cut here: run kore-bot-export diff for the rest\)\n$/)
    const lines: ChangeRecord[] = Array.from({ length: 70 }, (_, i) => ({
      kind: 'dialog',
      change: 'renamed',
      name: `B${i}`,
      from: `A${i}`
    }))
    expect(changesMarkdown(lines).trimEnd().split('\n').at(-1)).toBe('- … and 10 more')
    expect(changesText(many)).toContain('number 1999\n')
    expect(changesText(lines).trimEnd().split('\n')).toHaveLength(70)
  })

  it('details, for diff --json: names as the bot has them', () => {
    expect(changeDetails(records)).toMatchObject({
      first: false,
      dialogs: {
        added: ['Pay_<b>now</b>'],
        renamed: [['Cancel Trip', 'Cancel a Trip']],
        changed: { 'Book Flight': ['intent Book_Flight: +1 utterance', 'nodes and flow changed'] }
      },
      components: { 'script.Validate': ['changed', 'utterances changed'] },
      faqs: { 'Travel FAQ': ['1 added, 2 edited'] },
      variables: { values: ['api_key'] },
      other: ['NLP (settings)', 'storyboard'],
      layoutOnly: ['Cancel a Trip']
    })
  })
})

describe('verification decides from the records', () => {
  it('utterances only the target has are kept, not failed; one missing fails', () => {
    const sent = bot(base())
    const more = edited(
      files =>
        (files[`${D}/dialogs/Book Flight/components/intent.Book_Flight.utterances.json`] = utterances(
          'fly me',
          'book a flight',
          'to Rome',
          'to Oslo'
        ))
    )
    const kept = verifyImport(sent, more, EVERYTHING)
    expect(kept).toEqual({
      missing: [],
      different: [],
      targetOnly: ['dialog Book Flight: intent Book_Flight: +2 utterances in the target'],
      notes: []
    })
    expect(verificationFailed(kept)).toBe(false)
    const fewer = edited(
      files => (files[`${D}/dialogs/Book Flight/components/intent.Book_Flight.utterances.json`] = utterances('fly me'))
    )
    const lost = verifyImport(sent, fewer, EVERYTHING)
    expect(lost.different).toEqual(['dialog Book Flight: intent Book_Flight: −1 utterance'])
    expect(verificationFailed(lost)).toBe(true)
  })

  it('names that read like counts change nothing: a dialog and an intent named "+2 utterances"', () => {
    // Rendered, each of these reads like "…: +2 utterances"; only the numbers decide.
    const records: ChangeRecord[] = [
      {
        kind: 'component',
        dialog: '+2 utterances',
        type: 'intent',
        name: 'x: +2 utterances',
        change: 'patterns-changed'
      },
      {
        kind: 'component',
        dialog: '+2 utterances',
        type: 'intent',
        name: '+2 utterances',
        change: 'utterances-changed',
        utterances: { added: 0, removed: 1 }
      },
      { kind: 'dialog-file', dialog: 'Other', path: 'x: +2 utterances', change: 'changed' },
      { kind: 'component', type: 'intent', name: 'y: +2 utterances', change: 'changed' },
      {
        kind: 'component',
        dialog: 'Kept',
        type: 'intent',
        name: 'removed',
        change: 'utterances-changed',
        utterances: { added: 3, removed: 0 }
      }
    ]
    const result = verdict(records, EVERYTHING)
    expect(verificationFailed(result)).toBe(true)
    expect(result.different).toEqual([
      'dialog +2 utterances: intent x: +2 utterances: patterns changed; intent +2 utterances: −1 utterance',
      'dialog Other: x: +2 utterances changed',
      'shared component intent y: +2 utterances: changed'
    ])
    expect(result.targetOnly).toEqual(['dialog Kept: intent removed: +3 utterances in the target'])
    expect(result.missing).toEqual([])
  })

  it('the same through bots: an intent named "+2 utterances" whose patterns changed is not as sent', () => {
    const withIntent = (patterns: unknown) =>
      edited(files => {
        files[`${D}/dialogs/Book Flight/components/intent.+2 utterances.json`] = { name: '+2 utterances' }
        files[`${D}/dialogs/Book Flight/components/intent.+2 utterances.patterns.json`] = patterns
      })
    const result = verifyImport(withIntent([{ pattern: 'a' }]), withIntent([{ pattern: 'b' }]), EVERYTHING)
    expect(result.different).toEqual(['dialog Book Flight: intent +2 utterances: patterns changed'])
    expect(result.targetOnly).toEqual([])
  })

  it('parts not chosen are noted; what only the target has is listed; canvas moves are notes', () => {
    const target = edited(files => {
      delete files[`${D}/faqs/Travel FAQ.json`]
      files[`${D}/dialogs/Book Flight/layout.json`] = { n1: { x: 9, y: 9 } }
      files[`${D}/dialogs/Extra/dialog.json`] = dialog('dg-9', 'Extra')
      files['config.json'] = config({ apiKey: 'sk-secret-value-1' })
    })
    const result = verifyImport(bot(base()), target, { ...EVERYTHING, faqs: false })
    expect(result).toEqual({
      missing: ['bot variable region'],
      different: [],
      targetOnly: ['dialog Extra'],
      notes: [
        'dialog Book Flight: nodes placed differently on the canvas',
        'FAQs Travel FAQ (not chosen for the import)'
      ]
    })
  })
})
