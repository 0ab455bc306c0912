import { describe, expect, it } from '@jest/globals'
import { MINIFIED_STYLE, formatJsonFile, reindentJson, restoreJsonFile } from '../src/bot-source/json-format.js'
import { JsonNumber, jsonBytes, parseJson, stringifyJson } from '../src/bot-source/json-model.js'

describe('reindentJson', () => {
  it('lays JSON out as the platform does: JSON.stringify(value, null, 4), no final new line', () => {
    const value = { a: 1, b: [true, null, 'x', {}, []], c: { d: 'é' } }
    expect(reindentJson(JSON.stringify(value))).toBe(JSON.stringify(value, null, 4))
  })

  it('keeps key order, integer-like keys included, and numbers exactly as written', () => {
    const out = reindentJson('{"name":"n","10":"ten","big":1234567890123456789,"f":1.50e+3}')
    expect(out).toBe('{\n    "name": "n",\n    "10": "ten",\n    "big": 1234567890123456789,\n    "f": 1.50e+3\n}')
  })

  it('copies strings verbatim, escapes and structural characters inside them included', () => {
    const text = '{"s":"a\\"b\\\\","t":"{[,:]}","u":"\\u00e9\\n","v":"\\\\"}'
    const out = reindentJson(text)!
    expect(JSON.parse(out)).toEqual(JSON.parse(text))
    expect(out).toContain('"s": "a\\"b\\\\"')
    expect(out).toContain('"t": "{[,:]}"')
    expect(out).toContain('"v": "\\\\"')
  })

  it('minifies exactly: the way back from the folder', () => {
    const minified = '{"a":{"10":[1,2.50,"x y"]},"b":[]}'
    expect(reindentJson(reindentJson(minified)!, MINIFIED_STYLE)).toBe(minified)
  })

  it('returns undefined for text that is not JSON, so the file is kept as it is', () => {
    expect(reindentJson('{"a":')).toBeUndefined()
    expect(reindentJson('"unterminated')).toBeUndefined()
    expect(reindentJson('[1]]')).toBeUndefined()
    expect(reindentJson('')).toBeUndefined()
  })

  it('checks the grammar itself, as JSON.parse would, without building the value', () => {
    for (const text of [
      '[1,]',
      '{"a":1,}',
      '{"a" 1}',
      '{1:2}',
      '[1 2]',
      '{"a":01}',
      '[-]',
      '[1.]',
      '[1e]',
      '[tru]',
      '[nul]',
      '["\\x"]',
      '["\\u12G4"]',
      '["a\nb"]',
      '{"a":1}}',
      '{"a":1',
      '[',
      ':',
      '"a" "b"'
    ])
      expect([text, reindentJson(text)]).toEqual([text, undefined])
    for (const text of ['[-0.5e+10,1E-2,0,true,false,null]', '{"\\u00e9\\n\\"":{"":[]}}', '"\\/"', '  [ ]  '])
      expect([text, reindentJson(text) !== undefined]).toEqual([text, true])
  })

  it('agrees with JSON.parse on which texts are JSON, over thousands of mutations of a real-looking one', () => {
    const base = JSON.stringify({
      dialogs: [
        { _id: 'dg-1', name: 'Book "Flight"', nodes: [1, -2.5e3, true, null, { a: [] }], text: 'caf\u00e9 \\ /' }
      ],
      n: 0
    })
    const alphabet = '{}[]:,"\\ 0123456789.-+eE tfnrul\n'
    let seed = 7
    const random = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n)
    for (let k = 0; k < 5_000; k++) {
      let text = base
      for (let edits = 1 + random(3); edits > 0; edits--) {
        const at = random(text.length)
        const kind = random(3)
        const c = alphabet[random(alphabet.length)]
        text =
          kind === 0
            ? text.slice(0, at) + text.slice(at + 1)
            : kind === 1
              ? text.slice(0, at) + c + text.slice(at)
              : text.slice(0, at) + c + text.slice(at + 1)
      }
      let parses = true
      try {
        JSON.parse(text)
      } catch {
        parses = false
      }
      expect([text, reindentJson(text) !== undefined]).toEqual([text, parses])
    }
  })

  it('handles scalars at the top level', () => {
    expect(reindentJson(' "x" ')).toBe('"x"')
    expect(reindentJson('42')).toBe('42')
  })
})

describe('formatJsonFile: what goes into the folder, and back', () => {
  const bytes = (text: string): Buffer => Buffer.from(text, 'utf8')

  it("keeps a file in the platform's format byte for byte", () => {
    const text = JSON.stringify({ a: [1, { b: 'c' }] }, null, 4)
    expect(formatJsonFile(bytes(text))).toEqual({ form: 'platform', bytes: bytes(text) })
  })

  it('indents a minified file, and restores it exactly', () => {
    const text = '{"a":[1,{"b":"c"}],"10":1e5}'
    const { form, bytes: inFolder } = formatJsonFile(bytes(text))
    expect(form).toBe('minified')
    expect(inFolder.toString()).toBe(
      '{\n    "a": [\n        1,\n        {\n            "b": "c"\n        }\n    ],\n    "10": 1e5\n}'
    )
    expect(restoreJsonFile(inFolder, form).toString()).toBe(text)
  })

  it('keeps as it is what could not be restored exactly: other layouts, a byte order mark, not UTF-8, not JSON', () => {
    for (const text of ['{\n  "a": 1\n}\n', '\ufeff{"a":1}', '{"a":', '{"a" : 1}'])
      expect(formatJsonFile(bytes(text)).form).toBe('other')
    expect(formatJsonFile(Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x3a, 0x31, 0x7d])).form).toBe('other')
  })
})

describe('the exact JSON model', () => {
  it('keeps key order, integer-like keys and number text, and serialises as JSON.stringify(v, null, 4)', () => {
    const text =
      '{\n    "name": "n",\n    "10": [\n        1.50,\n        12345678901234567890\n    ],\n    "e": {},\n    "s": "\\u2028 \\"q\\""\n}'
    const value = parseJson(text)
    expect([...(value as Map<string, unknown>).keys()]).toEqual(['name', '10', 'e', 's'])
    expect(((value as Map<string, unknown>).get('10') as JsonNumber[])[1].text).toBe('12345678901234567890')
    expect(stringifyJson(value)).toBe(text.replace('\\u2028', '\u2028'))
  })

  it('writes a big value in pieces that join into the same bytes, multi-byte characters across the pieces included', () => {
    // About 20 pieces of 16 KB, with characters of 1 to 4 UTF-8 bytes everywhere.
    const value = {
      items: Array.from({ length: 3000 }, (_, i) => ({ id: i, text: `é€😀 ${'x'.repeat(i % 97)}`, n: [1.5, -0, 1e21] }))
    }
    const text = JSON.stringify(value, null, 4)
    const bytes = jsonBytes(parseJson(text), undefined, '\n')
    expect(bytes.length).toBeGreaterThan(300_000)
    expect(bytes.equals(Buffer.from(`${text}\n`, 'utf8'))).toBe(true)
    expect(stringifyJson(parseJson(text), MINIFIED_STYLE)).toBe(JSON.stringify(value))
  })

  it('refuses what is not JSON, and nesting past the bound', () => {
    for (const text of ['{"a":}', '[1,]', '{"a":1} x', '"\\x"', '['.repeat(300) + ']'.repeat(300)])
      expect(() => parseJson(text)).toThrow()
  })
})
