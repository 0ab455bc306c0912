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

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y

/** Parses JSON text; throws on anything that is not JSON or nests deeper than the formatter allows. */
export function parseJson(text: string): JsonValue {
  let i = 0
  const fail = (what: string): never => {
    // Where a person looks: a line and a column, counted from 1.
    const before = text.slice(0, i)
    const line = before.split('\n').length
    const column = i - before.lastIndexOf('\n')
    throw new SyntaxError(`line ${line}, column ${column}: ${what}`)
  }
  const space = (): void => {
    for (let c = text.charCodeAt(i); c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09; c = text.charCodeAt(++i));
  }
  const string = (): string => {
    const start = i
    let escaped = false
    for (let end = i + 1; ; end++) {
      end = text.indexOf('"', end)
      if (end < 0) fail('unterminated string')
      let backslashes = 0
      while (text.charCodeAt(end - 1 - backslashes) === 0x5c) backslashes++
      if (backslashes > 0) escaped = true
      if (backslashes % 2 === 0) {
        i = end + 1
        break
      }
    }
    // Most strings hold no escape: no need for the full JSON string reader.
    const raw = text.slice(start + 1, i - 1)
    if (escaped || raw.includes('\\')) return JSON.parse(text.slice(start, i)) as string
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f]/.test(raw)) fail('control character in a string')
    return raw
  }
  const value = (depth: number): JsonValue => {
    if (depth > FORMAT_LIMITS.maxDepth) fail('nested too deep')
    space()
    const c = text[i]
    // Objects and arrays are read by two loops of the same shape, written out: one shared
    // loop with a callback per member made parsing twice as slow.
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
    if (text.startsWith('true', i)) return ((i += 4), true)
    if (text.startsWith('false', i)) return ((i += 5), false)
    if (text.startsWith('null', i)) return ((i += 4), null)
    NUMBER.lastIndex = i
    const number = NUMBER.exec(text)
    if (!number) return fail('unexpected character')
    i += number[0].length
    return new JsonNumber(number[0])
  }
  const result = value(0)
  space()
  if (i < text.length) fail('unexpected text after the value')
  return result
}

/**
 * A JSON value in either of two forms: the exact model above, or as JSON.parse gives it
 * (plain objects, numbers), which is three to four times as fast to read and write and a third of the
 * memory, but exact only where JSON.stringify gives back the very text it was read from (see
 * splitDefinition). The split layout works on either through the functions below.
 */
export type JsonNode = JsonValue | number | JsonNode[] | PlainObject
export interface PlainObject {
  [key: string]: JsonNode
}
export type NodeObject = JsonObject | PlainObject

export function isNodeObject(value: JsonNode | undefined): value is NodeObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof JsonNumber)
}

/** An object's own member (never one of Object.prototype's). */
export function memberOf(object: NodeObject, key: string): JsonNode | undefined {
  if (object instanceof Map) return object.get(key)
  return Object.hasOwn(object, key) ? object[key] : undefined
}

export function hasMember(object: NodeObject, key: string): boolean {
  return object instanceof Map ? object.has(key) : Object.hasOwn(object, key)
}

export function setMember(object: NodeObject, key: string, value: JsonNode): void {
  if (object instanceof Map) object.set(key, value as JsonValue)
  // A key "__proto__" is a member like any other, as JSON.parse makes it (assigning it would set the prototype).
  else if (key === '__proto__')
    Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true })
  else object[key] = value
}

export function membersOf(object: NodeObject): [string, JsonNode][] {
  return object instanceof Map ? [...object] : Object.entries(object)
}

/** A new object of the same form as `like`, with these members in this order. */
export function objectLike(like: NodeObject | undefined, members: [string, JsonNode][] = []): NodeObject {
  if (like === undefined || like instanceof Map) return new Map(members as [string, JsonValue][])
  const object: PlainObject = {}
  for (const [key, value] of members) setMember(object, key, value)
  return object
}

/** Serialises as `JSON.stringify(value, null, 4)` would (or in another style). */
export function stringifyJson(value: JsonNode, style: JsonStyle = PLATFORM_STYLE): string {
  const pieces: string[] = []
  serialize(value, style, piece => pieces.push(piece))
  return pieces.join('')
}

/** The same as UTF-8 bytes, and `end` after them (a file's final newline). */
export function jsonBytes(value: JsonNode, style: JsonStyle = PLATFORM_STYLE, end = ''): Buffer {
  const chunks: Buffer[] = []
  serialize(value, style, piece => chunks.push(Buffer.from(piece, 'utf8')))
  if (end) chunks.push(Buffer.from(end, 'utf8'))
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)
}

/** Whether serialising gives exactly `expected`: compared piece by piece, the text never built whole. */
export function serializesTo(value: JsonNode, style: JsonStyle, expected: Buffer): boolean {
  let at = 0
  let same = true
  serialize(value, style, piece => {
    if (!same) return
    const bytes = Buffer.from(piece, 'utf8')
    same = at + bytes.length <= expected.length && bytes.equals(expected.subarray(at, at + bytes.length))
    at += bytes.length
  })
  return same && at === expected.length
}

/**
 * Writes the text in pieces of about 16 KB. Appending to one string for the whole value made
 * V8 keep a rope of millions of small strings (twice the time, and twice the memory of the
 * text for a big definition); pieces this size stay flat and cheap to copy.
 */
function serialize(value: JsonNode, style: JsonStyle, flush: (piece: string) => void): void {
  const pads: string[] = []
  const pad = (level: number): string => (pads[level] ??= `${style.newline}${style.indent.repeat(level)}`)
  let out = ''
  const write = (item: JsonNode, level: number): void => {
    if (out.length > 16_384) {
      flush(out)
      out = ''
    }
    if (item === null) out += 'null'
    else if (typeof item === 'boolean') out += item ? 'true' : 'false'
    else if (typeof item === 'string') out += JSON.stringify(item)
    else if (typeof item === 'number') out += String(item)
    else if (item instanceof JsonNumber) out += item.text
    else if (Array.isArray(item)) {
      if (item.length === 0) {
        out += '[]'
        return
      }
      out += '['
      for (let i = 0; i < item.length; i++) {
        out += i === 0 ? pad(level + 1) : `,${pad(level + 1)}`
        write(item[i], level + 1)
      }
      out += `${pad(level)}]`
    } else {
      const entries = item instanceof Map ? undefined : Object.entries(item)
      const members: Iterable<[string, JsonNode]> = entries ?? (item as JsonObject)
      if ((entries ? entries.length : (item as JsonObject).size) === 0) {
        out += '{}'
        return
      }
      out += '{'
      let first = true
      for (const [key, member] of members) {
        out += first ? pad(level + 1) : `,${pad(level + 1)}`
        first = false
        out += JSON.stringify(key) + style.colon
        write(member, level + 1)
      }
      out += `${pad(level)}}`
    }
  }
  write(value, 0)
  flush(out)
}

export function isObject(value: JsonValue | undefined): value is JsonObject {
  return value instanceof Map
}

/** The value at `path` (object keys and array indexes), or undefined. */
export function getAt(value: JsonNode | undefined, path: (string | number)[]): JsonNode | undefined {
  return path.reduce<JsonNode | undefined>(
    (at, step) =>
      Array.isArray(at) ? at[step as number] : isNodeObject(at) ? memberOf(at, step as string) : undefined,
    value
  )
}

/** The value if it is a string, else ''. */
export function stringOf(value: JsonNode | undefined): string {
  return typeof value === 'string' ? value : ''
}

/** A JSON value as plain data (numbers as their text), for comparing with JSON.stringify. */
export function plainValue(value: JsonValue): unknown {
  if (Array.isArray(value)) return value.map(plainValue)
  if (isObject(value)) return [...value].map(([key, member]) => [key, plainValue(member)])
  return value instanceof JsonNumber ? value.text : value
}
