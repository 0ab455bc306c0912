// Unpacks the export into a folder laid out for git: exactly the files of the export, JSON
// re-indented, and the marker file that says the folder is the action's. Everything lands in
// a temporary folder beside the target first and replaces the target only when all went
// well, so a bad zip, a full disk or a cancellation leaves the folder as it was.
import { CoreError } from '../core/errors.js'
import type { Text } from '../core/words.js'
import fs from 'node:fs'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { CancelledError } from '../platform/clock.js'
import { describeFileSystemError } from '../shared/file-system-errors.js'
import {
  GIT_ATTRIBUTES_FILE,
  GIT_ATTRIBUTES_TEXT,
  MARKER_FILE,
  checkExtractTo,
  type WriteRoots
} from '../shared/output-paths.js'
import { Pace } from './steps.js'
import { settled, temporary, temporaryPathBeside } from '../shared/temporary-files.js'
import { plain } from '../shared/untrusted-text.js'
import {
  DEFINITIONS,
  MAX_JSON_BYTES,
  comesBackSteps,
  toFolderSteps,
  type FileRecord,
  type FolderOptions
} from './folder-files.js'
import { FolderReader, FolderRefusedError } from './folder-reader.js'
import { manifestText, newManifest, parseManifest } from './manifest.js'
import { SplitFault } from './split-layout.js'
import { botFilesOf, omittedVariables, withoutValues } from './bot-files.js'
import { diffBots, hasChanges, type ChangeRecord } from './diff.js'
import { changesMarkdown } from './render.js'
import { packSteps } from './pack.js'
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
export class RoundTripError extends CoreError {
  constructor(message: Text) {
    super('file', message)
    this.name = 'RoundTripError'
  }
}

export interface Unpacked {
  /** The export's files, sorted. */
  files: string[]
  /** The bot variables whose values were left out of config.json. */
  omittedVariables: string[]
  /** How many files the folder holds now (the split layout makes many of one export file). */
  written: number
  /**
   * Whether the folder now says something else than before. False when the new export
   * differs from what it held only in values the platform regenerates: the folder is then
   * left byte for byte as it was (and still packs into a real export, the previous one).
   */
  changed: boolean
  /** What changed in the bot since what the folder held: the records, and in Markdown. */
  changes: { records: ChangeRecord[]; markdown: string }
}

/** Replaces the target folder with the zip's content. */
export async function unpackExport(
  zipFile: string,
  target: UnpackTarget,
  signal?: AbortSignal,
  limits: ZipLimits = ZIP_LIMITS
): Promise<Unpacked> {
  // Between files and between the large steps of one, the event loop turns (so that the
  // runner's SIGINT is seen at all) and the signal is checked: a cancel ends the unpacking
  // within a fraction of a second, whatever the export's size.
  const pace = new Pace(signal)
  const zip = await ExportZip.open(zipFile, limits, signal)
  const folder = target.folder
  const staging = temporary(temporaryPathBeside(folder))
  try {
    await fs.promises.mkdir(path.dirname(folder), { recursive: true })
    await fs.promises.mkdir(staging)
    const { files, records, botFiles, staged } = await extractAll(zip, staging, target.options, pace, limits)
    fs.writeFileSync(path.join(staging, MARKER_FILE), manifestText(newManifest(files, records)))
    fs.writeFileSync(path.join(staging, GIT_ATTRIBUTES_FILE), GIT_ATTRIBUTES_TEXT)
    staged.set(GIT_ATTRIBUTES_FILE, Buffer.from(GIT_ATTRIBUTES_TEXT))
    await pace.check()
    // The folder may have been swapped for a link or filled by someone else meanwhile.
    checkExtractTo(folder, target.roots, target.replaceExisting)
    // What the folder holds now, read once: to compare with, and to describe the change from.
    const current = await readTree(folder, limits, pace)
    const changed = !(await sameContent(staging, staged, current, pace))
    const previous = changed && current ? await previousBot(current, pace) : undefined
    await pace.check()
    const changeRecords = changed ? diffBots(previous, botFiles, { signal }) : []
    await pace.check()
    if (changed) await swapInto(staging, folder)
    // The plain layout keeps regenerated values in its files: they change it without a change in the bot.
    const markdown =
      changed && !hasChanges(changeRecords)
        ? 'Nothing but values the platform regenerates on publish (the plain layout keeps them in its files).\n'
        : changesMarkdown(changeRecords)
    const changes = { records: changeRecords, markdown }
    return {
      files: [...files].sort(),
      omittedVariables: (records['config.json']?.omittedValues ?? []).map(omitted => omitted.variable),
      // The staged files, and the manifest written beside them.
      written: staged.size + 1,
      changed,
      changes
    }
  } catch (error) {
    if (signal?.aborted) throw new CancelledError()
    throw describeFileSystemError(error, `unpack the export into ${folder}`)
  } finally {
    zip.close()
    await fs.promises.rm(staging, { recursive: true, force: true })
    settled(staging)
  }
}

/**
 * Every file written into the staging folder but the manifest, by `/`-separated path, with
 * its bytes while they are held anyway (up to STAGED_BYTES_KEPT in all): the comparison with
 * the current folder reads only the others back from disk.
 */
type StagedFiles = Map<string, Buffer | undefined>
const STAGED_BYTES_KEPT = 64 * 1024 * 1024

async function extractAll(
  zip: ExportZip,
  staging: string,
  options: FolderOptions,
  pace: Pace,
  limits: ZipLimits
): Promise<{
  files: string[]
  records: Record<string, FileRecord>
  botFiles: Map<string, Buffer>
  staged: StagedFiles
}> {
  for (const folder of zip.folders) fs.mkdirSync(path.join(staging, folder), { recursive: true })
  const made = new Set<string>()
  const files: string[] = []
  const records: Record<string, FileRecord> = {}
  /** The bot in the split layout, for describing what changed: what was written, where it is split. */
  const botFiles = new Map<string, Buffer>()
  const staged: StagedFiles = new Map()
  let stagedBytes = 0
  const signal = pace.signal
  for (const file of zip.files) {
    await pace.check()
    // Names were checked when the zip was opened; this is the last line of defence.
    const destination = path.resolve(staging, file.name)
    if (!destination.startsWith(staging + path.sep))
      throw new Error(`refusing to write ${file.name} outside ${staging}`)
    const parent = path.dirname(destination)
    if (!made.has(parent)) {
      fs.mkdirSync(parent, { recursive: true })
      made.add(parent)
    }
    const isJson = file.name.toLowerCase().endsWith('.json') && file.size <= MAX_JSON_BYTES
    if (isJson || file.size <= limits.wholeEntryBytes) {
      // Thousands of small files are the usual export: each is written in one synchronous call.
      const content = await zip.read(file, signal)
      const { written, record, why } = await inFolder(file.name, content, options, pace)
      if (isJson)
        for (const [name, bytes] of record.split || options.layout === 'split'
          ? written
          : botFilesOf([{ name: file.name, bytes: content }]))
          botFiles.set(name, bytes)
      await pace.check()
      if (why) {
        throw new RoundTripError(
          `The export's ${plain(file.name)} would not come back byte for byte from the folder (${plain(why)}), so the folder was not replaced; the zip is kept. Please report this with the zip: it is a case the action does not handle yet.`
        )
      }
      if (record.json || record.omittedValues || record.split) records[file.name] = record
      for (const [name, bytes] of written) {
        // A split definition is thousands of files.
        await pace.check()
        const target = path.resolve(staging, name)
        if (!target.startsWith(staging + path.sep)) throw new Error(`refusing to write ${name} outside ${staging}`)
        if (!made.has(path.dirname(target))) {
          fs.mkdirSync(path.dirname(target), { recursive: true })
          made.add(path.dirname(target))
        }
        fs.writeFileSync(target, bytes, { flag: 'wx' })
        stagedBytes += bytes.length
        staged.set(name, stagedBytes <= STAGED_BYTES_KEPT ? bytes : undefined)
      }
    } else {
      await pipeline(await zip.stream(file, signal), fs.createWriteStream(destination, { flags: 'wx' }), { signal })
      staged.set(file.name, undefined)
    }
    files.push(file.name)
  }
  return { files, records, botFiles, staged }
}

/**
 * Every file of a folder, by `/`-separated path; undefined when there is no such folder, or
 * when it holds more than an export could, or anything the action never writes (a link, a
 * device, a FIFO, a hard link): then it is simply replaced. Read through the folder reader,
 * as hostile input: the folder may hold what a pull request put there.
 */
async function readTree(folder: string, limits: ZipLimits, pace: Pace): Promise<Map<string, Buffer> | undefined> {
  let entries: fs.Dirent[]
  let reader: FolderReader
  try {
    entries = fs.readdirSync(folder, { recursive: true, withFileTypes: true })
    // The export's files, plus its split definitions' pieces and the action's own two files.
    reader = FolderReader.open(folder, { maxTotalBytes: limits.maxTotalBytes, maxFiles: limits.maxEntries * 4 })
  } catch {
    return undefined
  }
  if (entries.length > limits.maxEntries * 4) return undefined
  const tree = new Map<string, Buffer>()
  for (const entry of entries) {
    await pace.check()
    if (entry.isDirectory()) continue
    // A link or a device is nothing the action wrote: the folder differs.
    if (!entry.isFile()) return undefined
    const name = path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')
    let bytes: Buffer | undefined
    try {
      bytes = reader.read(name)
    } catch (error) {
      if (error instanceof FolderRefusedError) return undefined
      throw error
    }
    if (!bytes) return undefined
    tree.set(name, bytes)
  }
  return tree
}

/**
 * The bot the folder holds now, for the comparison; undefined when it holds none the action
 * wrote. A folder in the split layout is taken as it is; a plain one is packed and split.
 */
async function previousBot(tree: Map<string, Buffer>, pace: Pace): Promise<Map<string, Buffer> | undefined> {
  try {
    const text = tree.get(MARKER_FILE)
    if (!text) return undefined
    const manifest = parseManifest(text.toString('utf8'), MARKER_FILE)
    const definitions = manifest.entries.filter(name => DEFINITIONS.has(name))
    if (definitions.length > 0 && definitions.every(name => manifest.files[name]?.split)) {
      // What the comparison takes of a new export: its JSON files, and the split definitions' files.
      const splitFolders = definitions.map(name => `${manifest.files[name].split!.folder}/`)
      return new Map(
        [...tree].filter(
          ([name]) =>
            splitFolders.some(folder => name.startsWith(folder)) || (!name.includes('/') && name.endsWith('.json'))
        )
      )
    }
    const files = (await pace.run(packSteps(manifest, name => tree.get(name), 'the folder'))).filter(file =>
      file.name.toLowerCase().endsWith('.json')
    )
    // File by file (the same as all at once), checking between them.
    const bot = new Map<string, Buffer>()
    for (const file of withoutValues(files, omittedVariables(manifest.files['config.json']))) {
      await pace.check()
      for (const [name, bytes] of botFilesOf([file])) bot.set(name, bytes)
    }
    return bot
  } catch (error) {
    if (error instanceof CancelledError) throw error
    return undefined
  }
}

/** What one export file becomes in the folder, and why that would not give it back (undefined when it would). */
async function inFolder(
  name: string,
  content: Buffer,
  options: FolderOptions,
  pace: Pace
): Promise<{ written: Map<string, Buffer>; record: FileRecord; why?: string }> {
  try {
    const { files, record } = await pace.run(toFolderSteps(name, content, options))
    await pace.check()
    return { written: files, record, why: await roundTrip(name, content, files, record, pace) }
  } catch (error) {
    // A definition in the platform's form whose split would not give it back.
    if (error instanceof SplitFault)
      return { written: new Map(), record: {}, why: 'the split layout would not give it back' }
    throw error
  }
}

/**
 * The way back, tried on every file before anything is replaced: what `pack` would rebuild
 * from the folder must be the export's file (left-out values aside). A folder that could not
 * give back the export is never written. Returns why not, or undefined.
 */
async function roundTrip(
  name: string,
  original: Buffer,
  inFolder: Map<string, Buffer>,
  record: FileRecord,
  pace: Pace
): Promise<string | undefined> {
  try {
    return (await pace.run(comesBackSteps(name, original, file => inFolder.get(file), record)))
      ? undefined
      : 'it differs'
  } catch (error) {
    if (error instanceof CancelledError) throw error
    return (error as Error).message
  }
}

/**
 * Whether the new folder holds the same files with the same bytes as the current one, the
 * manifests aside (they hold the regenerated values and list orders, which are not content).
 */
async function sameContent(
  fresh: string,
  staged: StagedFiles,
  current: Map<string, Buffer> | undefined,
  pace: Pace
): Promise<boolean> {
  if (!current?.has(MARKER_FILE) || staged.size !== current.size - 1) return false
  for (const [name, bytes] of staged) {
    await pace.check()
    if (!(current.get(name)?.equals(bytes ?? fs.readFileSync(path.join(fresh, name))) ?? false)) return false
  }
  return true
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
