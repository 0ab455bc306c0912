// What each file of the export becomes in the folder, and the way back. The folder is for
// people to read and for git to diff; `pack` must rebuild from it every file byte for byte as
// the platform wrote it, except values the user chose to leave out. So every change made on
// the way in is one whose inverse is exact, and what the way back needs is written down in
// the folder's manifest (the marker file).
import { finish, type Steps } from './steps.js'
import { MINIFIED_STYLE, PLATFORM_STYLE, formatJsonSteps, restoreJsonSteps, type JsonForm } from './json-format.js'
import { isObject, jsonBytes, parseJson, stringifyJson, type JsonObject, type JsonValue } from './json-model.js'
import { joinSteps, splitSteps, type SplitRecord } from './split-layout.js'

export type VariableValues = 'omit' | 'keep'
export type Layout = 'split' | 'plain'

export interface FolderOptions {
  variableValues: VariableValues
  layout: Layout
}

/** JSON files larger than this are kept as the platform wrote them: not laid out, split or compared. */
export const MAX_JSON_BYTES = 64 * 1024 * 1024

/** The bot definitions the split layout takes apart (XO 10 and XO 11 names), at the zip's root. */
export const DEFINITIONS = new Set(['botDefinition.json', 'appDefinition.json'])

/** A bot variable whose value was left out of config.json: where to put an empty one back. */
export interface OmittedValue {
  /** The variable's name (`key`). */
  variable: string
  /** Its place in `envVariables`, and the place of `value` among its keys. */
  index: number
  position: number
}

/** What the way back needs to know about one file. */
export interface FileRecord {
  json?: JsonForm
  omittedValues?: OmittedValue[]
  /** The file was taken apart into a folder (the split layout). */
  split?: SplitRecord
}

/** The files one export file becomes in the folder (paths relative to it), and what the way back needs. */
export function toFolderFiles(
  name: string,
  bytes: Buffer,
  options: FolderOptions
): { files: Map<string, Buffer>; record: FileRecord } {
  return finish(toFolderSteps(name, bytes, options))
}

/** toFolderFiles in steps, so that a cancellation can stop it within a large file. */
export function* toFolderSteps(
  name: string,
  bytes: Buffer,
  { variableValues, layout }: FolderOptions
): Steps<{ files: Map<string, Buffer>; record: FileRecord }> {
  const one = (content: Buffer, record: FileRecord = {}) => ({ files: new Map([[name, content]]), record })
  if (!name.toLowerCase().endsWith('.json')) return one(bytes)
  if (layout === 'split' && DEFINITIONS.has(name)) {
    const split = yield* splitSteps(name, bytes)
    if (split) return { files: split.files, record: { json: split.record.style, split: split.record } }
  }
  const formatted = yield* formatJsonSteps(bytes)
  if (formatted.form === 'other') return one(bytes)
  if (name === 'config.json' && variableValues === 'omit') {
    yield
    const config = parseJson(formatted.bytes.toString('utf8'))
    const omittedValues = omitVariableValues(config)
    if (omittedValues.length > 0) return one(jsonBytes(config, PLATFORM_STYLE), { json: formatted.form, omittedValues })
  }
  return one(formatted.bytes, { json: formatted.form })
}

/** The export's file rebuilt from the folder's files, in steps (see toFolderSteps). */
export function* fromFolderSteps(
  name: string,
  read: (file: string) => Buffer | undefined,
  record: FileRecord
): Steps<Buffer> {
  if (record.split) return yield* joinSteps(record.split, read)
  const bytes = read(name)
  if (!bytes) throw new Error(`${name} is missing`)
  if (!record.omittedValues?.length) return yield* restoreJsonSteps(bytes, record.json ?? 'other')
  return withValuesBack(bytes, record.omittedValues, record.json)
}

/** config.json with an empty value back where each was left out. */
function withValuesBack(bytes: Buffer, omittedValues: OmittedValue[], form: JsonForm | undefined): Buffer {
  const config = parseJson(bytes.toString('utf8'))
  const variables = isObject(config) ? config.get('envVariables') : undefined
  if (!Array.isArray(variables)) throw new Error('config.json no longer has its envVariables')
  for (const { index, position } of omittedValues) {
    const variable = variables[index]
    if (!isObject(variable)) throw new Error(`config.json no longer has the bot variable at envVariables[${index}]`)
    const entries = [...variable]
    entries.splice(position, 0, ['value', ''])
    variables[index] = new Map(entries)
  }
  return jsonBytes(config, form === 'minified' ? MINIFIED_STYLE : PLATFORM_STYLE)
}

/**
 * Whether the folder's files give back the export's file (left-out values empty): the
 * round-trip check. A split definition proves its own when it is split.
 */
export function* comesBackSteps(
  name: string,
  original: Buffer,
  read: (file: string) => Buffer | undefined,
  record: FileRecord
): Steps<boolean> {
  if (record.split !== undefined) return true
  const rebuilt = yield* fromFolderSteps(name, read, record)
  yield
  return rebuilt.equals(expectedFile(original, record))
}

/** What `fromFolderSteps` must give back: the export's file, with left-out values empty. */
function expectedFile(bytes: Buffer, record: FileRecord): Buffer {
  if (!record.omittedValues?.length) return bytes
  const style = record.json === 'minified' ? MINIFIED_STYLE : PLATFORM_STYLE
  const config = parseJson(bytes.toString('utf8'))
  // The blanking below goes through the model: it must first give back the file as it is
  // (a repeated key, say, would not survive it).
  if (stringifyJson(config, style) !== bytes.toString('utf8'))
    throw new Error('it does not survive being read and written again')
  const variables = isObject(config) ? config.get('envVariables') : undefined
  for (const { index } of record.omittedValues) {
    const variable = Array.isArray(variables) ? variables[index] : undefined
    if (isObject(variable)) variable.set('value', '')
  }
  return jsonBytes(config, style)
}

/** The bot variables of a config.json (`envVariables[]`), those that are objects. */
export function variablesOf(config: JsonValue | undefined): JsonObject[] {
  const list = isObject(config) ? config.get('envVariables') : undefined
  return Array.isArray(list) ? list.filter(isObject) : []
}

/** Removes `value` from every bot variable in config.json (`envVariables[]`); says where each was. */
function omitVariableValues(config: JsonValue): OmittedValue[] {
  const variables = isObject(config) ? config.get('envVariables') : undefined
  if (!Array.isArray(variables)) return []
  const omitted: OmittedValue[] = []
  variables.forEach((variable, index) => {
    if (!isObject(variable) || !variable.has('value')) return
    const position = [...variable.keys()].indexOf('value')
    const name = variable.get('key')
    omitted.push({ variable: typeof name === 'string' ? name : `#${index}`, index, position })
    ;(variable as JsonObject).delete('value')
  })
  return omitted
}
