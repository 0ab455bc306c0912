// What an import sends, read and checked before the first request: a zip made by the export,
// or a folder made by extract-to (packed back into the export's exact files first). Both are
// read as hostile input, the same way the export's own zips are.
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import { DEFINITIONS, MAX_JSON_BYTES } from '../bot-source/folder-files.js'
import { formatJsonFile, MINIFIED_STYLE, PLATFORM_STYLE } from '../bot-source/json-format.js'
import { isObject, parseJson, stringOf, stringifyJson, type JsonValue } from '../bot-source/json-model.js'
import { readManifest } from '../bot-source/manifest.js'
import { packFolder, zipBytes, type PackedFile } from '../bot-source/pack.js'
import { ExportZip } from '../bot-source/zip-reader.js'
import { plain } from '../shared/untrusted-text.js'
import { example, setting } from '../shared/wording.js'

/** The platform's documented limits for an import (XO 11 UI): the zip, config.json, a custom script. */
export const IMPORT_LIMITS = { zipBytes: 50 * 1024 * 1024, configBytes: 500 * 1024, scriptBytes: 500 * 1024 }

export interface ImportSource {
  kind: 'zip' | 'folder'
  path: string
  /** Of the zip given, or of the zip the folder packs into (`kore-bot-export pack`). */
  sha256: string
  /** botDefinition.json or appDefinition.json, exactly as the export holds it. */
  definition: PackedFile
  config: PackedFile
  /** Custom scripts (`<name>.js` at the root), sent as botFunctions. */
  scripts: PackedFile[]
  /** The export's other files (the icon, table definitions): not part of an import into a bot. */
  notSent: string[]
  /** Every bot variable in config.json, by name. */
  variables: string[]
  /** Variables whose values the folder left out (`variable-values: omit`). */
  omittedValues: string[]
  /** Every file, for the comparison with the target. */
  files: PackedFile[]
}

export async function readImportSource(from: string): Promise<ImportSource> {
  const refuse = (why: string): Error => new Error(`${setting('from')} (${plain(from, 300)}) ${why}`)
  let stat: fs.Stats
  try {
    stat = fs.statSync(from)
  } catch {
    throw refuse(`does not exist. Give a zip made by the export (path) or a folder made by extract-to, e.g. ${example('from', 'bot')}.`)
  }
  let files: PackedFile[]
  let zip: Buffer
  let omittedValues: string[] = []
  if (stat.isDirectory()) {
    try {
      files = packFolder(from)
      const manifest = readManifest(from)
      omittedValues = manifest.files['config.json']?.omittedValues?.map(omitted => omitted.variable) ?? []
    } catch (error) {
      throw refuse(`cannot be imported: ${(error as Error).message}`)
    }
    zip = await zipBytes(files)
  } else {
    if (stat.size > IMPORT_LIMITS.zipBytes) throw refuse(`is ${stat.size} bytes, more than the ${IMPORT_LIMITS.zipBytes / 1024 / 1024} MB the platform accepts for an import.`)
    zip = fs.readFileSync(from)
    files = await readZip(from, refuse)
  }
  if (zip.length > IMPORT_LIMITS.zipBytes) throw refuse(`packs into ${zip.length} bytes, more than the ${IMPORT_LIMITS.zipBytes / 1024 / 1024} MB the platform accepts for an import.`)

  const definitions = files.filter(file => DEFINITIONS.has(file.name))
  if (definitions.length !== 1) {
    throw refuse(definitions.length === 0 ? 'holds no botDefinition.json (or appDefinition.json): it is not an export of a bot.' : 'holds both botDefinition.json and appDefinition.json: an export holds one.')
  }
  const definition = definitions[0]
  checkJsonObject(definition, refuse)
  const config = files.find(file => file.name === 'config.json')
  if (!config) throw refuse('holds no config.json: it is not a whole export of a bot. Export the bot again.')
  if (config.bytes.length > IMPORT_LIMITS.configBytes) throw refuse(`holds a config.json of ${config.bytes.length} bytes, more than the ${IMPORT_LIMITS.configBytes / 1024} KB the platform accepts.`)
  const variables = variableNames(checkJsonObject(config, refuse), refuse)
  const scripts = files.filter(file => /^[^/]+\.js$/i.test(file.name))
  for (const script of scripts) {
    if (script.bytes.length > IMPORT_LIMITS.scriptBytes) throw refuse(`holds a custom script ${plain(script.name)} of ${script.bytes.length} bytes, more than the ${IMPORT_LIMITS.scriptBytes / 1024} KB the platform accepts.`)
  }
  const sent = new Set([definition, config, ...scripts])
  return {
    kind: stat.isDirectory() ? 'folder' : 'zip',
    path: from,
    sha256: createHash('sha256').update(zip).digest('hex'),
    definition,
    config,
    scripts,
    notSent: files.filter(file => !sent.has(file)).map(file => file.name),
    variables,
    omittedValues,
    files
  }
}

async function readZip(file: string, refuse: (why: string) => Error): Promise<PackedFile[]> {
  let zip: ExportZip
  try {
    zip = await ExportZip.open(file)
  } catch (error) {
    throw refuse(`is not an export zip: ${(error as Error).message.replace(/ Nothing was (unpacked|written to path or extract-to)\./, '')}`)
  }
  try {
    const files: PackedFile[] = []
    for (const entry of zip.files) {
      if (entry.size > MAX_JSON_BYTES) throw refuse(`holds ${plain(entry.name)} of ${entry.size} bytes, more than a bot's export holds.`)
      files.push({ name: entry.name, bytes: await zip.read(entry) })
    }
    return files
  } finally {
    zip.close()
  }
}

function checkJsonObject(file: PackedFile, refuse: (why: string) => Error): JsonValue {
  let value: JsonValue
  try {
    value = parseJson(file.bytes.toString('utf8'))
  } catch (error) {
    throw refuse(`holds a ${plain(file.name)} that is not valid JSON (${plain((error as Error).message, 200)}).`)
  }
  if (!isObject(value)) throw refuse(`holds a ${plain(file.name)} that is not a JSON object.`)
  return value
}

function variableNames(config: JsonValue, refuse: (why: string) => Error): string[] {
  const list = isObject(config) ? config.get('envVariables') : undefined
  if (list === undefined) return []
  if (!Array.isArray(list)) throw refuse('holds a config.json whose envVariables is not a list.')
  return list.map(variable => (isObject(variable) ? stringOf(variable.get('key')) : '')).filter(Boolean)
}

/**
 * config.json with the values of `values` filled in. Unchanged bytes when there is nothing to
 * fill: the upload is then the export's own file.
 */
export function fillVariables(config: Buffer, values: Map<string, string>): Buffer {
  if (values.size === 0) return config
  const parsed = parseJson(config.toString('utf8'))
  const list = isObject(parsed) ? parsed.get('envVariables') : undefined
  if (Array.isArray(list)) {
    for (const variable of list) {
      if (!isObject(variable)) continue
      const value = values.get(stringOf(variable.get('key')))
      if (value !== undefined) variable.set('value', value)
    }
  }
  const style = formatJsonFile(config).form === 'minified' ? MINIFIED_STYLE : PLATFORM_STYLE
  return Buffer.from(stringifyJson(parsed, style), 'utf8')
}
