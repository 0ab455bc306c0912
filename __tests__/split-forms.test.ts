// The split layout reads a definition in one of two forms (json-model.ts): JSON.parse's plain
// objects where they give back the text exactly (every real export measured), else the exact
// model. The folder must not depend on which: the same bot gives the same files.
import { describe, expect, it } from '@jest/globals'
import { demoDefinition } from '../script/simulator/bot.js'
import { joinDefinition, splitDefinition, type SplitFiles } from '../src/bot-source/split-layout.js'

function split(text: string): SplitFiles {
  const result = splitDefinition('botDefinition.json', Buffer.from(text, 'utf8'))
  if (!result) throw new Error('not split')
  return result
}

function expectJoinsBack(files: SplitFiles, text: string): void {
  // From the files' bytes and the record as the manifest gives it back (JSON), as pack does;
  // the split checked the way back from the values it wrote and the record in memory.
  const record = JSON.parse(JSON.stringify(files.record)) as SplitFiles['record']
  expect(joinDefinition(record, name => files.files.get(name)).toString('utf8')).toBe(text)
}

describe('the split layout, in either form of the definition', () => {
  it('writes the same files from the fast form as from the exact model, and both join back byte for byte', () => {
    // An integer-like key after others and a 19-digit number: JSON.parse would move the one and
    // round the other, so this text is read with the exact model.
    const exact = demoDefinition()
    // The same bot as JSON.parse sees it: read in the fast form.
    const fast = JSON.stringify(JSON.parse(exact), null, 4)
    const slow = split(exact)
    const quick = split(fast)
    expect([slow.form, quick.form]).toEqual(['exact', 'fast'])
    expect([...quick.files.keys()].sort()).toEqual([...slow.files.keys()].sort())
    // Only bot.json holds the two top-level keys that differ.
    const differing = [...slow.files.keys()].filter(name => !slow.files.get(name)!.equals(quick.files.get(name)!))
    expect(differing).toEqual(['botDefinition/bot.json'])
    // The same record, but for the place of the key JSON.parse moved.
    expect({ ...quick.record, keys: [] }).toEqual({ ...slow.record, keys: [] })
    expect(quick.record.keys.filter(place => place.key !== '10')).toEqual(
      slow.record.keys.filter(place => place.key !== '10')
    )
    expectJoinsBack(slow, exact)
    expectJoinsBack(quick, fast)
  })

  it('keeps a regenerated value that is not a string in its file, in either form: the manifest could not give back its exact text', () => {
    const bot = JSON.parse(demoDefinition()) as { botEvents: { WELCOME_MSG: { msg: Record<string, unknown>[] } } }
    bot.botEvents.WELCOME_MSG.msg[0].lMod = 'LMOD'
    const fast = JSON.stringify(bot, null, 4).replace('"LMOD"', '1764000000000')
    // 1.50 is read with the exact model: JSON.parse would write 1.5.
    const exact = fast.replace('1764000000000', '1.50')
    for (const [text, form] of [
      [fast, 'fast'],
      [exact, 'exact']
    ]) {
      const files = split(text)
      expect(files.form).toBe(form)
      expect(files.files.get('botDefinition/events.json')!.toString('utf8')).toContain(
        form === 'fast' ? '"lMod": 1764000000000' : '"lMod": 1.50'
      )
      expectJoinsBack(files, text)
    }
  })

  it("keeps members named like Object.prototype's (__proto__, constructor, toString) as members, and pollutes nothing", () => {
    const bot = JSON.parse(JSON.stringify(JSON.parse(demoDefinition()))) as { dialogs: Record<string, unknown>[] }
    const node = (bot.dialogs[0].nodes as Record<string, unknown>[])[0]
    Object.defineProperty(node, '__proto__', {
      value: { polluted: true },
      enumerable: true,
      writable: true,
      configurable: true
    })
    Object.assign(node, { constructor: 'a member' })
    Object.assign(bot.dialogs[0], { toString: 'a member too' })
    const text = JSON.stringify(bot, null, 4)
    expect(text).toContain('"__proto__": {')
    const files = split(text)
    expect(files.form).toBe('fast')
    const dialog = [...files.files].find(([name]) => name.endsWith('/dialog.json'))![1].toString('utf8')
    expect(dialog).toContain('"__proto__": {\n')
    expect(dialog).toContain('"toString": "a member too"')
    expectJoinsBack(files, text)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
