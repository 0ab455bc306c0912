// What an import sends, read and checked before the first request: a zip made by the export,
// or a folder made by extract-to (packed back into the export's exact files first). Both are
// read as hostile input, the same way the export's own zips are.
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import { DEFINITIONS, MAX_JSON_BYTES, variablesOf } from '../bot-source/folder-files.js'
import { formatJsonFile, MINIFIED_STYLE, PLATFORM_STYLE } from '../bot-source/json-format.js'
import { isObject, jsonBytes, parseJson, stringOf, type JsonValue } from '../bot-source/json-model.js'
import { FolderReader, readRegularFile } from '../bot-source/folder-reader.js'
import { readManifest } from '../bot-source/manifest.js'
import { packFolderCancellable, zipBytes, type PackedFile } from '../bot-source/pack.js'
import { ZipRefusedError, readZipFiles } from '../bot-source/zip-reader.js'
import { CancelledError } from '../platform/clock.js'
import { plain } from '../shared/untrusted-text.js'
import { CoreError, wordsOf } from '../core/errors.js'
import { example, say, setting, type Text } from '../core/words.js'

/** The platform's documented limits for an import (XO 11 UI): the zip, config.json, a custom script. */
export const IMPORT_LIMITS = { zipBytes: 50 * 1024 * 1024, configBytes: 500 * 1024, scriptBytes: 500 * 1024 }

export interface ImportSource {
  kind: 'zip' | 'folder'
  path: string
  /** Of the zip given, or of the zip the folder packs into (`kore-bot-export pack`). */
  sha256: string
  /** Bytes of that zip. */
  size: number
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
}

/** `signal`: packing a folder stops at its next step once it aborts (CancelledError). */
export async function readImportSource(from: string, signal?: AbortSignal): Promise<ImportSource> {
  const refuse = (why: Text): Error =>
    new CoreError('file', say`${setting('from')} (${plain(from, 300)}) ${why}`, { file: from })
  let stat: fs.Stats
  try {
    stat = fs.statSync(from)
  } catch {
    throw refuse(
      say`does not exist. Give a zip made by the export (path) or a folder made by extract-to, e.g. ${example('from', 'bot')}.`
    )
  }
  // What an import sends, each within the platform's limits; checked before it is read.
  const isSent = (name: string): boolean => DEFINITIONS.has(name) || name === 'config.json' || SCRIPT.test(name)
  const checkSize = (name: string, size: number): void => {
    const limit = DEFINITIONS.has(name)
      ? MAX_JSON_BYTES
      : name === 'config.json'
        ? IMPORT_LIMITS.configBytes
        : IMPORT_LIMITS.scriptBytes
    if (size > limit)
      throw refuse(
        `holds ${plain(name)} of ${size} bytes, more than the ${Math.round(limit / 1024)} KB the platform accepts in an import.`
      )
  }
  const names: string[] = []
  let files: PackedFile[]
  let zip: Buffer
  let omittedValues: string[] = []
  if (stat.isDirectory()) {
    try {
      // One reader for the folder: the manifest and every file it names, bounded together.
      const reader = FolderReader.open(from)
      const manifest = readManifest(reader)
      files = await packFolderCancellable(reader, signal, manifest)
      omittedValues = manifest.files['config.json']?.omittedValues?.map(omitted => omitted.variable) ?? []
    } catch (error) {
      if (error instanceof CancelledError) throw error
      throw refuse(say`cannot be imported: ${wordsOf(error)}`)
    }
    zip = await zipBytes(files)
    names.push(...files.map(file => file.name))
    files = files.filter(file => isSent(file.name))
    for (const file of files) checkSize(file.name, file.bytes.length)
  } else {
    if (stat.size > IMPORT_LIMITS.zipBytes)
      throw refuse(
        `is ${stat.size} bytes, more than the ${IMPORT_LIMITS.zipBytes / 1024 / 1024} MB the platform accepts for an import.`
      )
    // Read as hostile too: only a regular file, never past the limit (a link to /dev/zero says 0 bytes).
    const read = readRegularFile(from, IMPORT_LIMITS.zipBytes)
    if ('why' in read) throw refuse(`${read.why}: give a zip made by the export.`)
    zip = read.bytes
    try {
      // The bytes just read (they are also what the SHA-256 is of): the zip is read once.
      files = await readZipFiles(
        zip,
        entry => {
          names.push(entry.name)
          if (!isSent(entry.name)) return false
          checkSize(entry.name, entry.size)
          return true
        },
        signal
      )
    } catch (error) {
      if (!(error instanceof ZipRefusedError)) throw error
      throw refuse(
        `is not an export zip: ${error.message.replace(/ Nothing was (unpacked|written to path or extract-to)\./, '')}`
      )
    }
  }
  if (zip.length > IMPORT_LIMITS.zipBytes)
    throw refuse(
      `packs into ${zip.length} bytes, more than the ${IMPORT_LIMITS.zipBytes / 1024 / 1024} MB the platform accepts for an import.`
    )

  const definitions = files.filter(file => DEFINITIONS.has(file.name))
  if (definitions.length !== 1) {
    throw refuse(
      definitions.length === 0
        ? 'holds no botDefinition.json (or appDefinition.json): it is not an export of a bot.'
        : 'holds both botDefinition.json and appDefinition.json: an export holds one.'
    )
  }
  const definition = definitions[0]
  checkJsonObject(definition, refuse)
  const config = files.find(file => file.name === 'config.json')
  if (!config) throw refuse('holds no config.json: it is not a whole export of a bot. Export the bot again.')
  const configValue = checkJsonObject(config, refuse)
  if (isObject(configValue) && configValue.has('envVariables') && !Array.isArray(configValue.get('envVariables')))
    throw refuse('holds a config.json whose envVariables is not a list.')
  return {
    kind: stat.isDirectory() ? 'folder' : 'zip',
    path: from,
    sha256: createHash('sha256').update(zip).digest('hex'),
    size: zip.length,
    definition,
    config,
    scripts: files.filter(file => SCRIPT.test(file.name)),
    notSent: names.filter(name => !isSent(name)),
    variables: variablesOf(configValue)
      .map(variable => stringOf(variable.get('key')))
      .filter(Boolean),
    omittedValues
  }
}

/** A custom script: `<name>.js` at the export's root. */
const SCRIPT = /^[^/]+\.js$/i

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

/**
 * config.json with the values of `values` filled in. Unchanged bytes when there is nothing to
 * fill: the upload is then the export's own file.
 */
export function fillVariables(config: Buffer, values: Map<string, string>): Buffer {
  if (values.size === 0) return config
  const parsed = parseJson(config.toString('utf8'))
  for (const variable of variablesOf(parsed)) {
    const value = values.get(stringOf(variable.get('key')))
    if (value !== undefined) variable.set('value', value)
  }
  const style = formatJsonFile(config).form === 'minified' ? MINIFIED_STYLE : PLATFORM_STYLE
  return jsonBytes(parsed, style)
}
