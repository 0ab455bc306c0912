// A bot as the change engine reads it: every JSON file of an export in the split layout, by
// path, whatever layout the folder has, so that a comparison sees dialogs and components, not
// lines. Read from a zip or from a folder that extract-to wrote, both checked as hostile.
import fs from 'node:fs'
import { CancelledError } from '../platform/clock.js'
import { plain } from '../shared/untrusted-text.js'
import { FolderReader } from './folder-reader.js'
import { MAX_JSON_BYTES, toFolderFiles, variablesOf, type FileRecord } from './folder-files.js'
import { PLATFORM_STYLE } from './json-format.js'
import { jsonBytes, parseJson, stringOf, type JsonValue } from './json-model.js'
import { readManifest } from './manifest.js'
import { packFolder, type PackedFile } from './pack.js'
import { SplitFault } from './split-layout.js'
import { readZipFiles } from './zip-reader.js'

/** A bot as files of the split layout (values left out where the folder left them out), by path. */
export type BotFiles = Map<string, Buffer>

/**
 * A bot from a zip (checked as hostile, like any export) or from a folder that extract-to
 * wrote (read as hostile too, through its reader: every file the manifest names is read).
 */
export async function readBot(source: string, signal?: AbortSignal): Promise<BotFiles> {
  if (!fs.existsSync(source))
    throw new Error(`${plain(source)} does not exist. Give a zip from an export, or a folder that extract-to wrote.`)
  if (fs.statSync(source).isDirectory()) {
    const reader = FolderReader.open(source)
    const manifest = readManifest(reader)
    const files = packFolder(reader, manifest).filter(file => file.name.toLowerCase().endsWith('.json'))
    return botFilesOf(withoutValues(files, omittedVariables(manifest.files['config.json'])), signal)
  }
  return botFilesOf(
    await readZipFiles(
      source,
      file => file.name.toLowerCase().endsWith('.json') && file.size <= MAX_JSON_BYTES,
      signal
    ),
    signal
  )
}

/** The export's files as the comparison reads them; `signal` is checked between files (a split is a large step). */
export function botFilesOf(exportFiles: PackedFile[], signal?: AbortSignal): BotFiles {
  const files: BotFiles = new Map()
  for (const { name, bytes } of exportFiles) {
    if (signal?.aborted) throw new CancelledError()
    for (const [path, content] of comparedFiles(name, bytes)) files.set(path, content)
  }
  return files
}

/**
 * One export file as the comparison reads it: in the split layout, or whole when the split
 * would not give it back (a fault unpack reports; a description or a diff still works, by file).
 * Variable values stay in memory, to be compared by hash and named, never shown.
 */
function comparedFiles(name: string, bytes: Buffer): Map<string, Buffer> {
  try {
    return toFolderFiles(name, bytes, { layout: 'split', variableValues: 'keep' }).files
  } catch (error) {
    if (!(error instanceof SplitFault)) throw error
    return toFolderFiles(name, bytes, { layout: 'plain', variableValues: 'keep' }).files
  }
}

/** The names of the variables whose values a folder left out (`variable-values: omit`). */
export function omittedVariables(record: FileRecord | undefined): Set<string> {
  return new Set(record?.omittedValues?.map(omitted => omitted.variable) ?? [])
}

/**
 * The files with the values of `names` (or of every variable) taken out of config.json: a
 * value a folder left out is unknown, not empty, and is then not compared.
 */
export function withoutValues(files: PackedFile[], names: Set<string> | 'all'): PackedFile[] {
  if (names !== 'all' && names.size === 0) return files
  return files.map(file => {
    if (file.name !== 'config.json') return file
    const config = parseBotJson(file.bytes)
    if (config === undefined) return file
    for (const variable of variablesOf(config))
      if (names === 'all' || names.has(stringOf(variable.get('key')))) variable.delete('value')
    return { name: file.name, bytes: jsonBytes(config, PLATFORM_STYLE) }
  })
}

/** A file of the bot in the exact JSON model; undefined when it is not JSON. */
export function parseBotJson(bytes: Buffer): JsonValue | undefined {
  try {
    return parseJson(bytes.toString('utf8'))
  } catch {
    return undefined
  }
}
