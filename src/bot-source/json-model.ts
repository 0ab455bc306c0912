// JSON as the platform wrote it, to take apart and put back together exactly: objects keep
// their key order (integer-like keys included, which JS objects would move to the front) and
// numbers keep their text (which JS numbers would round). Serialising with the platform's
// style gives back the platform's bytes for any file it wrote.
import { FORMAT_LIMITS, PLATFORM_STYLE, type JsonStyle } from './json-format.js'

export type JsonValue = null | boolean | string | JsonNumber | JsonValue[] | JsonObject
export type JsonObject = Map<string, JsonValue>

/** A number as written. */
export class JsonNumber {
  constructor(readonly text: string) {}
}

/** Parses JSON text; throws on anything that is not JSON or nests deeper than the formatter allows. */
export function parseJson(text: string): JsonValue {
  let i = 0
  const fail = (what: string): never => {
    throw new SyntaxError(`${what} at position ${i}`)
  }
  const space = (): void => {
    for (let c = text.charCodeAt(i); c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09; c = text.charCodeAt(++i));
  }
  const string = (): string => {
    const start = i
    for (i++; ; i++) {
      const c = text.charCodeAt(i)
      if (Number.isNaN(c)) fail('unterminated string')
      if (c === 0x5c) i++
      else if (c === 0x22) break
    }
    i++
    const raw = text.slice(start + 1, i - 1)
    // Most strings hold no escape: no need for the full JSON string reader.
    return raw.includes('\\') ? (JSON.parse(text.slice(start, i)) as string) : raw
  }
  const value = (depth: number): JsonValue => {
    if (depth > FORMAT_LIMITS.maxDepth) fail('nested too deep')
    space()
    const c = text[i]
    if (c === '{') {
      const object: JsonObject = new Map()
      i++
      space()
      if (text[i] === '}') {
        i++
        return object
      }
      for (;;) {
        space()
        if (text[i] !== '"') fail('expected a key')
        const key = string()
        space()
        if (text[i++] !== ':') fail('expected ":"')
        object.set(key, value(depth + 1))
        space()
        const next = text[i++]
        if (next === '}') return object
        if (next !== ',') fail('expected "," or "}"')
      }
    }
    if (c === '[') {
      const array: JsonValue[] = []
      i++
      space()
      if (text[i] === ']') {
        i++
        return array
      }
      for (;;) {
        array.push(value(depth + 1))
        space()
        const next = text[i++]
        if (next === ']') return array
        if (next !== ',') fail('expected "," or "]"')
      }
    }
    if (c === '"') return string()
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400))
    if (!literal) return fail('unexpected character')
    i += literal[0].length
    return literal[0] === 'true' ? true : literal[0] === 'false' ? false : literal[0] === 'null' ? null : new JsonNumber(literal[0])
  }
  const result = value(0)
  space()
  if (i < text.length) fail('unexpected text after the value')
  return result
}

/** Serialises as `JSON.stringify(value, null, 4)` would (or in another style). */
export function stringifyJson(value: JsonValue, style: JsonStyle = PLATFORM_STYLE, depth = 0): string {
  if (value === null) return 'null'
  if (typeof value === 'boolean') return String(value)
  if (typeof value === 'string') return JSON.stringify(value)
  if (value instanceof JsonNumber) return value.text
  const inner = `${style.newline}${style.indent.repeat(depth + 1)}`
  const outer = `${style.newline}${style.indent.repeat(depth)}`
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]'
    return `[${inner}${value.map(item => stringifyJson(item, style, depth + 1)).join(`,${inner}`)}${outer}]`
  }
  if (value.size === 0) return '{}'
  const members = [...value].map(([key, item]) => `${JSON.stringify(key)}${style.colon}${stringifyJson(item, style, depth + 1)}`)
  return `{${inner}${members.join(`,${inner}`)}${outer}}`
}

export function isObject(value: JsonValue | undefined): value is JsonObject {
  return value instanceof Map
}
