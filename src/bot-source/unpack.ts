// Unpacks the export into a folder laid out for git: exactly the files of the export, JSON
// re-indented, and the marker file that says the folder is the action's. Everything lands in
// a temporary folder beside the target first and replaces the target only when all went
// well, so a bad zip, a full disk or a cancellation leaves the folder as it was.
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { CancelledError } from '../platform/clock.js'
import { describeFileSystemError } from '../shared/file-system-errors.js'
import { GIT_ATTRIBUTES_FILE, GIT_ATTRIBUTES_TEXT, MARKER_FILE, checkExtractTo, type WriteRoots } from '../shared/output-paths.js'
import { settled, temporary } from '../shared/temporary-files.js'
import { plain } from '../shared/untrusted-text.js'
import { DEFINITIONS, expectedFile, fromFolderFiles, toFolderFiles, type FileRecord, type FolderOptions } from './folder-files.js'
import { manifestText, newManifest, readManifest } from './manifest.js'
import { isCanonical } from './split-layout.js'
import { botFilesOf, describeChanges, type Changes } from './changes.js'
import { packFolder } from './pack.js'
import { ExportZip, ZIP_LIMITS, type ZipLimits } from './zip-reader.js'

export interface UnpackTarget {
  /** The folder to replace, as a real path (checked by checkExtractTo). */
  folder: string
  /** Checked again just before the swap: the folder may have changed since the inputs were read. */
  roots: WriteRoots
  replaceExisting: boolean
  /** How the folder is laid out, and whether config.json keeps the bot variables' values. */
  options: FolderOptions
}

/** The folder would not give back the export: nothing was replaced. */
export class RoundTripError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RoundTripError'
  }
}

/** JSON files larger than this are kept as the platform wrote them, not re-indented. */
const MAX_FORMATTED_JSON_BYTES = 64 * 1024 * 1024

export interface Unpacked {
  /** The export's files, sorted. */
  files: string[]
  /** The bot variables whose values were left out of config.json. */
  omittedVariables: string[]
  /**
   * Whether the folder now says something else than before. False when the new export
   * differs from what it held only in values the platform regenerates: the folder is then
   * left byte for byte as it was (and still packs into a real export, the previous one).
   */
  changed: boolean
  /** What changed in the bot since what the folder held, in words. */
  changes: Changes
}

/** Replaces the target folder with the zip's content. */
export async function unpackExport(zipFile: string, target: UnpackTarget, signal?: AbortSignal, limits: ZipLimits = ZIP_LIMITS): Promise<Unpacked> {
  const zip = await ExportZip.open(zipFile, limits)
  const folder = target.folder
  const staging = temporary(path.join(path.dirname(folder), `.${path.basename(folder)}.${randomBytes(6).toString('hex')}.tmp`))
  try {
    await fs.promises.mkdir(path.dirname(folder), { recursive: true })
    await fs.promises.mkdir(staging)
    const { files, records, botFiles } = await extractAll(zip, staging, target.options, signal, limits)
    fs.writeFileSync(path.join(staging, MARKER_FILE), manifestText(newManifest(files, records)))
    fs.writeFileSync(path.join(staging, GIT_ATTRIBUTES_FILE), GIT_ATTRIBUTES_TEXT)
    if (signal?.aborted) throw new CancelledError()
    // The folder may have been swapped for a link or filled by someone else meanwhile.
    checkExtractTo(folder, target.roots, target.replaceExisting)
    const changes = describeChanges(previousBot(folder), botFiles)
    const changed = !sameContent(staging, folder)
    if (changed) await swapInto(staging, folder)
    // The plain layout keeps regenerated values in its files: they change it without a change in the bot.
    if (changed && !changes.changed) changes.markdown = 'Nothing but values the platform regenerates on publish (the plain layout keeps them in its files).\n'
    if (!changed) changes.markdown = ''
    return { files: [...files].sort(), omittedVariables: (records['config.json']?.omittedValues ?? []).map(omitted => omitted.variable), changed, changes }
  } catch (error) {
    if (signal?.aborted) throw new CancelledError()
    throw describeFileSystemError(error, `unpack the export into ${folder}`)
  } finally {
    zip.close()
    await fs.promises.rm(staging, { recursive: true, force: true })
    settled(staging)
  }
}

async function extractAll(
  zip: ExportZip,
  staging: string,
  options: FolderOptions,
  signal: AbortSignal | undefined,
  limits: ZipLimits
): Promise<{ files: string[]; records: Record<string, FileRecord>; botFiles: Map<string, Buffer> }> {
  for (const folder of zip.folders) fs.mkdirSync(path.join(staging, folder), { recursive: true })
  const made = new Set<string>()
  const files: string[] = []
  const records: Record<string, FileRecord> = {}
  /** The bot in the split layout, for describing what changed: what was written, where it is split. */
  const botFiles = new Map<string, Buffer>()
  for (const file of zip.files) {
    if (signal?.aborted) throw new CancelledError()
    // Names were checked when the zip was opened; this is the last line of defence.
    const destination = path.resolve(staging, file.name)
    if (!destination.startsWith(staging + path.sep)) throw new Error(`refusing to write ${file.name} outside ${staging}`)
    const parent = path.dirname(destination)
    if (!made.has(parent)) {
      fs.mkdirSync(parent, { recursive: true })
      made.add(parent)
    }
    const isJson = file.name.toLowerCase().endsWith('.json') && file.size <= MAX_FORMATTED_JSON_BYTES
    if (isJson || file.size <= limits.wholeEntryBytes) {
      // Thousands of small files are the usual export: each is written in one synchronous call.
      const content = await zip.read(file, signal)
      let { files: written, record } = toFolderFiles(file.name, content, options)
      let why = roundTrip(file.name, content, written, record)
      // A definition in a form of its own (not as the platform writes JSON) cannot be split
      // exactly: it is kept whole, as in the plain layout. Anything else is a fault.
      if (why && record.split && !isCanonical(content)) {
        ;({ files: written, record } = toFolderFiles(file.name, content, { ...options, layout: 'plain' }))
        why = roundTrip(file.name, content, written, record)
      }
      if (isJson) for (const [name, bytes] of record.split || options.layout === 'split' ? written : botFilesOf([{ name: file.name, bytes: content }])) botFiles.set(name, bytes)
      if (why) {
        throw new RoundTripError(
          `The export's ${plain(file.name)} would not come back byte for byte from the folder (${plain(why)}), so the folder was not replaced; the zip is kept. Please report this with the zip: it is a case the action does not handle yet.`
        )
      }
      if (record.json || record.omittedValues || record.split) records[file.name] = record
      for (const [name, bytes] of written) {
        const target = path.resolve(staging, name)
        if (!target.startsWith(staging + path.sep)) throw new Error(`refusing to write ${name} outside ${staging}`)
        if (!made.has(path.dirname(target))) {
          fs.mkdirSync(path.dirname(target), { recursive: true })
          made.add(path.dirname(target))
        }
        fs.writeFileSync(target, bytes, { flag: 'wx' })
      }
    } else {
      await pipeline(await zip.stream(file, signal), fs.createWriteStream(destination, { flags: 'wx' }), { signal })
    }
    files.push(file.name)
  }
  return { files, records, botFiles }
}

/**
 * The bot the folder holds now, for the comparison; undefined when it holds none the action
 * wrote. A folder in the split layout is read as it is; a plain one is packed and split.
 */
function previousBot(folder: string): Map<string, Buffer> | undefined {
  try {
    const manifest = readManifest(folder)
    const definitions = manifest.entries.filter(name => DEFINITIONS.has(name))
    if (definitions.length > 0 && definitions.every(name => manifest.files[name]?.split)) {
      const files = new Map<string, Buffer>()
      for (const entry of fs.readdirSync(folder, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile()) continue
        const name = path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')
        // What the comparison reads of a new export: its JSON files, and the split definitions' files.
        const inSplit = definitions.some(definition => name.startsWith(`${manifest.files[definition].split!.folder}/`))
        if (inSplit || (!name.includes('/') && name.endsWith('.json'))) files.set(name, fs.readFileSync(path.join(folder, name)))
      }
      return files
    }
    return botFilesOf(packFolder(folder).filter(file => file.name.toLowerCase().endsWith('.json')))
  } catch {
    return undefined
  }
}

/**
 * The way back, tried on every file before anything is replaced: what `pack` would rebuild
 * from the folder must be the export's file (left-out values aside). A folder that could not
 * give back the export is never written. Returns why not, or undefined.
 */
function roundTrip(name: string, original: Buffer, inFolder: Map<string, Buffer>, record: FileRecord): string | undefined {
  try {
    return fromFolderFiles(name, file => inFolder.get(file), record).equals(expectedFile(original, record)) ? undefined : 'it differs'
  } catch (error) {
    return (error as Error).message
  }
}

/**
 * Whether two folders hold the same files with the same bytes, the manifests aside (they hold
 * the regenerated values and list orders, which are not content).
 */
function sameContent(fresh: string, current: string): boolean {
  if (!fs.existsSync(path.join(current, MARKER_FILE))) return false
  const list = (root: string): string[] =>
    fs
      .readdirSync(root, { recursive: true, withFileTypes: true })
      .filter(entry => !entry.isDirectory())
      .map(entry => path.relative(root, path.join(entry.parentPath, entry.name)))
      .filter(name => name !== MARKER_FILE)
      .sort()
  const names = list(fresh)
  const existing = list(current)
  if (names.length !== existing.length || names.some((name, i) => name !== existing[i])) return false
  return names.every(name => {
    const a = path.join(fresh, name)
    const b = path.join(current, name)
    const stat = fs.lstatSync(b)
    return stat.isFile() && stat.size === fs.statSync(a).size && fs.readFileSync(a).equals(fs.readFileSync(b))
  })
}

/** Renames only: the old folder is moved aside, the new one in, and the old one removed. */
async function swapInto(staging: string, target: string): Promise<void> {
  const exists = fs.existsSync(target)
  const aside = temporary(`${staging}.old`)
  if (exists) await fs.promises.rename(target, aside)
  try {
    await fs.promises.rename(staging, target)
  } catch (error) {
    if (exists) await fs.promises.rename(aside, target)
    settled(aside)
    throw error
  }
  if (exists) await fs.promises.rm(aside, { recursive: true, force: true })
  settled(aside)
}
