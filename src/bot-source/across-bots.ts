// Two bots compared by what a bot designer made, not by what each platform bot assigned: an
// import into another bot keeps every element's refId, while `_id`s (dialogs, components,
// utterances) are the target's, the bot's own id stands in many places (streamId), and the
// export echoes its request (exportOptions). Used wherever an export of one bot is compared
// with another's: the plan of a dry run, the changes an import made, and its verification.
import { createHash } from 'node:crypto'
import { botFilesOf, parseBotJson as parse, type BotFiles } from './bot-files.js'
import { DEFINITIONS } from './folder-files.js'
import { PLATFORM_STYLE } from './json-format.js'
import { JsonNumber, isObject, jsonBytes, type JsonObject, type JsonValue } from './json-model.js'
import type { PackedFile } from './pack.js'

/** Top-level members that describe the export, not the bot. */
const ABOUT_THE_EXPORT = ['exportOptions', 'environmentVersionInfo', 'encryptedHash']

/**
 * The export's JSON files with `_id`s replaced by `ref:<refId>` wherever the element has a
 * refId, other `_id`s by `id:<hash of the element>` (and every reference to either with it),
 * the bot's own id
 * written `bot`, numbers as the doubles the platform keeps, keys in order, and the members
 * about the export left out. Files that are not JSON, or not
 * readable, pass as they are.
 */
export function comparableAcrossBots(files: PackedFile[]): PackedFile[] {
  const definitionFile = files.find(file => DEFINITIONS.has(file.name))
  const definition = definitionFile ? parse(definitionFile.bytes) : undefined
  if (!definition || !isObject(definition)) return files
  const botId = typeof definition.get('_id') === 'string' ? (definition.get('_id') as string) : ''
  for (const key of ABOUT_THE_EXPORT) definition.delete(key)
  const values = files.map(file =>
    file === definitionFile ? definition : file.name.toLowerCase().endsWith('.json') ? parse(file.bytes) : undefined
  )
  const comparable = withIdsByMeaning(
    values.filter(value => value !== undefined),
    botId
  )
  return files.map((file, index) => {
    if (values[index] === undefined) return file
    return { name: file.name, bytes: jsonBytes(comparable.shift()!, PLATFORM_STYLE) }
  })
}

/**
 * One bot's JSON values with every `_id` (and every reference to it) named by what it names:
 * `ref:<refId>` where the element has a refId, else `id:` and a hash of the element without
 * its ids; the bot's own id `bot`; keys sorted, numbers as doubles. Two bots, or one bot
 * before and after an import made new ids, then compare by what a designer made.
 */
export function withIdsByMeaning(values: JsonValue[], botId: string): JsonValue[] {
  // First the ids of elements with a refId; then the others (utterances, widget themes, which
  // scenes point at), named by their content once the first are renamed.
  const aliases = new Map<string, string>()
  for (const value of values) collectAliases(value, aliases, 0, botId)
  const rename = (text: string): string => aliases.get(text) ?? (botId && text === botId ? 'bot' : text)
  const renamed = values.map(value => rewrite(value, rename, 0))
  const byContent = new Map<string, string>()
  for (const value of renamed) collectContentAliases(value, byContent, 0)
  const renameByContent = (text: string): string => byContent.get(text) ?? text
  return renamed.map(value => rewrite(value, renameByContent, 0))
}

/**
 * An export's files as the change engine compares two different bots: the definition and
 * config.json, the files an import sends (table definitions and the icon are not imported).
 */
export function comparableBot(files: PackedFile[], signal?: AbortSignal): BotFiles {
  return botFilesOf(
    comparableAcrossBots(files.filter(file => DEFINITIONS.has(file.name) || file.name === 'config.json')),
    signal
  )
}

/** A value with its keys sorted and its numbers as doubles, as withIdsByMeaning gives it, ids as they are. */
export function withKeysSorted(value: JsonValue): JsonValue {
  return rewrite(value, text => text, 0)
}

/** Deeper than this, a value is left as it is (the parser bounds depth as well). */
const MAX_DEPTH = 256

/** The bot's own id (the definition's `_id`) is named `bot`, never by its refId. */
function collectAliases(value: JsonValue, aliases: Map<string, string>, depth: number, botId: string): void {
  if (depth > MAX_DEPTH) return
  if (Array.isArray(value)) for (const item of value) collectAliases(item, aliases, depth + 1, botId)
  else if (isObject(value)) {
    const id = value.get('_id')
    const refId = value.get('refId')
    if (typeof id === 'string' && id && id !== botId && typeof refId === 'string' && refId)
      aliases.set(id, `ref:${refId}`)
    for (const member of value.values()) collectAliases(member, aliases, depth + 1, botId)
  }
}

/** `_id`s of elements without a refId, named `id:` and a hash of the element without its ids. */
function collectContentAliases(value: JsonValue, aliases: Map<string, string>, depth: number): void {
  if (depth > MAX_DEPTH) return
  if (Array.isArray(value)) for (const item of value) collectContentAliases(item, aliases, depth + 1)
  else if (isObject(value)) {
    const id = value.get('_id')
    if (typeof id === 'string' && id && id !== 'bot' && !id.startsWith('ref:'))
      aliases.set(id, `id:${createHash('sha256').update(withoutIds(value, 0)).digest('hex').slice(0, 16)}`)
    for (const member of value.values()) collectContentAliases(member, aliases, depth + 1)
  }
}

function withoutIds(value: JsonValue, depth: number): string {
  if (depth > MAX_DEPTH) return ''
  if (Array.isArray(value)) return `[${value.map(item => withoutIds(item, depth + 1)).join(',')}]`
  if (isObject(value))
    return `{${[...value]
      .filter(([key]) => key !== '_id')
      .map(([key, member]) => `${JSON.stringify(key)}:${withoutIds(member, depth + 1)}`)
      .join(',')}}`
  return value instanceof JsonNumber ? value.text : JSON.stringify(value)
}

function rewrite(value: JsonValue, rename: (text: string) => string, depth: number): JsonValue {
  if (depth > MAX_DEPTH) return value
  if (typeof value === 'string') return rename(value)
  // The platform holds numbers as doubles: a number past their precision comes back rounded.
  if (value instanceof JsonNumber) return new JsonNumber(String(Number(value.text)))
  if (Array.isArray(value)) return value.map(item => rewrite(item, rename, depth + 1))
  if (!isObject(value)) return value
  // Key order is the platform's storage detail (JavaScript puts integer-like keys first), not
  // something a bot designer made: sorted here, so that only values are compared.
  const object: JsonObject = new Map()
  for (const [key, member] of [...value].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    object.set(rename(key), rewrite(member, rename, depth + 1))
  }
  return object
}
