import { describe, expect, it } from '@jest/globals'
import { reindentJson } from '../src/bot-source/json-format.js'

describe('reindentJson', () => {
  it('indents by two spaces and ends with a new line', () => {
    expect(reindentJson('{"a":1,"b":[true,null,"x"]}')).toBe('{\n  "a": 1,\n  "b": [\n    true,\n    null,\n    "x"\n  ]\n}\n')
  })

  it('keeps key order, integer-like keys included, and numbers exactly as written', () => {
    const out = reindentJson('{"name":"n","10":"ten","big":1234567890123456789,"f":1.50e+3}')
    expect(out).toBe('{\n  "name": "n",\n  "10": "ten",\n  "big": 1234567890123456789,\n  "f": 1.50e+3\n}\n')
  })

  it('copies strings verbatim, escapes and structural characters inside them included', () => {
    const text = '{"s":"a\\"b\\\\","t":"{[,:]}","u":"\\u00e9\\n","v":"\\\\"}'
    const out = reindentJson(text)!
    expect(JSON.parse(out)).toEqual(JSON.parse(text))
    expect(out).toContain('"s": "a\\"b\\\\"')
    expect(out).toContain('"t": "{[,:]}"')
    expect(out).toContain('"v": "\\\\"')
  })

  it('writes empty objects and arrays on one line', () => {
    expect(reindentJson('{"a":{ },"b":[\n]}')).toBe('{\n  "a": {},\n  "b": []\n}\n')
  })

  it('is stable: formatting its own output changes nothing', () => {
    const once = reindentJson('[{"a":[1,{"b":{}}]},2]')!
    expect(reindentJson(once)).toBe(once)
  })

  it('drops a byte order mark and reformats already indented JSON', () => {
    expect(reindentJson('\ufeff{\n\t"a" :  1\n}')).toBe('{\n  "a": 1\n}\n')
  })

  it('returns undefined for text that is not JSON, so the file is kept as it is', () => {
    expect(reindentJson('{"a":')).toBeUndefined()
    expect(reindentJson('')).toBeUndefined()
  })

  it('handles scalars at the top level', () => {
    expect(reindentJson(' "x" ')).toBe('"x"\n')
    expect(reindentJson('42')).toBe('42\n')
  })
})
