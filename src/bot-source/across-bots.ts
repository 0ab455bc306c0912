// Two bots compared by what a bot designer made, not by what each platform bot assigned: an
// import into another bot keeps every element's refId, while `_id`s (dialogs, components,
// utterances) are the target's, the bot's own id stands in many places (streamId), and the
// export echoes its request (exportOptions). Used wherever an export of one bot is compared
// with another's: the plan of a dry run, the changes an import made, and its verification.
import { DEFINITIONS } from './folder-files.js'
import { PLATFORM_STYLE } from './json-format.js'
import { JsonNumber, isObject, parseJson, stringifyJson, type JsonObject, type JsonValue } from './json-model.js'
import type { PackedFile } from './pack.js'

/** Top-level members that describe the export, not the bot. */
const ABOUT_THE_EXPORT = ['exportOptions', 'environmentVersionInfo', 'encryptedHash']

/**
 * The export's JSON files with `_id`s replaced by `ref:<refId>` wherever the element has a
 * refId (and every reference to them with it), other `_id`s left out, the bot's own id
 * written `bot`, numbers as the doubles the platform keeps, keys in order, and the members
 * about the export left out. Files that are not JSON, or not
 * readable, pass as they are.
 */
export function comparableAcrossBots(files: PackedFile[]): PackedFile[] {
  const definitionFile = files.find(file => DEFINITIONS.has(file.name))
  const definition = definitionFile ? parse(definitionFile.bytes) : undefined
  if (!definition || !isObject(definition)) return files
  const botId = typeof definition.get('_id') === 'string' ? (definition.get('_id') as string) : ''
  const aliases = new Map<string, string>()
  collectAliases(definition, aliases, 0)
  const rename = (text: string): string => aliases.get(text) ?? (botId && text === botId ? 'bot' : text)
  return files.map(file => {
    if (!file.name.toLowerCase().endsWith('.json')) return file
    const value = file === definitionFile ? definition : parse(file.bytes)
    if (value === undefined) return file
    if (file === definitionFile && isObject(value)) for (const key of ABOUT_THE_EXPORT) value.delete(key)
    return { name: file.name, bytes: Buffer.from(stringifyJson(rewrite(value, rename, 0, file === definitionFile), PLATFORM_STYLE), 'utf8') }
  })
}

/** Deeper than this, a value is left as it is (the parser bounds depth as well). */
const MAX_DEPTH = 256

function collectAliases(value: JsonValue, aliases: Map<string, string>, depth: number): void {
  if (depth > MAX_DEPTH) return
  if (Array.isArray(value)) for (const item of value) collectAliases(item, aliases, depth + 1)
  else if (isObject(value)) {
    const id = value.get('_id')
    const refId = value.get('refId')
    if (depth > 0 && typeof id === 'string' && id && typeof refId === 'string' && refId) aliases.set(id, `ref:${refId}`)
    for (const member of value.values()) collectAliases(member, aliases, depth + 1)
  }
}

function rewrite(value: JsonValue, rename: (text: string) => string, depth: number, top: boolean): JsonValue {
  if (depth > MAX_DEPTH) return value
  if (typeof value === 'string') return rename(value)
  // The platform holds numbers as doubles: a number past their precision comes back rounded.
  if (value instanceof JsonNumber) return new JsonNumber(String(Number(value.text)))
  if (Array.isArray(value)) return value.map(item => rewrite(item, rename, depth + 1, false))
  if (!isObject(value)) return value
  // Key order is the platform's storage detail (JavaScript puts integer-like keys first), not
  // something a bot designer made: sorted here, so that only values are compared.
  const object: JsonObject = new Map()
  for (const [key, member] of [...value].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (key === '_id' && !top && typeof member === 'string' && rename(member) === member) continue
    object.set(rename(key), rewrite(member, rename, depth + 1, false))
  }
  return object
}

function parse(bytes: Buffer): JsonValue | undefined {
  try {
    return parseJson(bytes.toString('utf8'))
  } catch {
    return undefined
  }
}
