// `pack`: the export rebuilt from a folder that extract-to wrote, every file byte for byte as
// the platform wrote it (values the user chose to leave out come back empty), in the zip's
// order. The zip is written beside its destination and renamed into place when complete.
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'
import yazl from 'yazl'
import { CancelledError } from '../platform/clock.js'
import { Pace, finish, type Steps } from './steps.js'
import { settled, temporary, temporaryPathBeside } from '../shared/temporary-files.js'
import { plain } from '../shared/untrusted-text.js'
import { fromFolderSteps } from './folder-files.js'
import { FOLDER_LIMITS, FolderReader, FolderRefusedError } from './folder-reader.js'
import { readManifest, type Manifest } from './manifest.js'

export interface PackedFile {
  name: string
  bytes: Buffer
}

/**
 * The export's files, rebuilt from the folder (whose manifest the caller may have read already,
 * through the same reader). The folder is read as hostile input, like a zip: see folder-reader.ts.
 */
export function packFolder(folder: string | FolderReader, manifest?: Manifest): PackedFile[] {
  return finish(packFolderSteps(folder, manifest))
}

/** packFolder, stopped between files and within a large one once `signal` aborts (CancelledError). */
export async function packFolderCancellable(
  folder: string | FolderReader,
  signal?: AbortSignal,
  manifest?: Manifest
): Promise<PackedFile[]> {
  return new Pace(signal).run(packFolderSteps(folder, manifest))
}

function* packFolderSteps(folder: string | FolderReader, manifest?: Manifest): Steps<PackedFile[]> {
  const reader = typeof folder === 'string' ? FolderReader.open(folder) : folder
  const known = manifest ?? readManifest(reader)
  const read = new Set<string>()
  const files = yield* packSteps(
    known,
    name => {
      read.add(name)
      return reader.read(name)
    },
    reader.folder
  )
  refuseUnknownFiles(reader, known, read)
  return files
}

/** Names shown of files the export has no place for, at most. */
const MAX_UNKNOWN_SHOWN = 10

/**
 * A file in a split definition's folder that packing did not read would be lost without a
 * word (a dialog folder copied to make a new dialog, a component written by hand): refused by
 * name. Dot files (an editor's, the system's) are not the bot's, and pass.
 */
function refuseUnknownFiles(reader: FolderReader, manifest: Manifest, read: Set<string>): void {
  const unknown: string[] = []
  // Folders walked by hand, dot folders pruned, at most as many entries as a folder may hold
  // files: past that the folder is no export's, and the reader has said so already.
  let budget = FOLDER_LIMITS.maxFiles
  const walk = (relative: string): void => {
    let entries: fs.Dirent[]
    try {
      entries = fs.readdirSync(path.join(reader.real, relative), { withFileTypes: true })
    } catch {
      return // No such folder: packing named what it missed.
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue
      if (--budget < 0)
        throw new FolderRefusedError(
          `${plain(reader.folder)} holds more than ${FOLDER_LIMITS.maxFiles} files: more than any export unpacks to. Give the folder that extract-to wrote.`
        )
      const name = `${relative}/${entry.name}`
      if (entry.isDirectory()) walk(name)
      else if (!read.has(name)) unknown.push(name)
    }
  }
  for (const name of manifest.entries) {
    const split = manifest.files[name]?.split
    if (split && !split.folder.split('/').some(part => part === '..' || part.startsWith('.'))) walk(split.folder)
  }
  if (unknown.length === 0) return
  unknown.sort()
  const shown = unknown
    .slice(0, MAX_UNKNOWN_SHOWN)
    .map(name => plain(name))
    .join(', ')
  const more = unknown.length > MAX_UNKNOWN_SHOWN ? ` and ${unknown.length - MAX_UNKNOWN_SHOWN} more` : ''
  throw new Error(
    `${plain(reader.folder)}: ${shown}${more} ${unknown.length === 1 ? 'is' : 'are'} not part of the export, and packing would leave ${unknown.length === 1 ? 'it' : 'them'} out. Pack rebuilds the dialogs, components and FAQs the export had (edited as you like); new ones are made in the Kore.ai Builder, then exported. Remove ${unknown.length === 1 ? 'it' : 'them'}, or move ${unknown.length === 1 ? 'it' : 'them'} out of the folder.`
  )
}

/** The export's files, rebuilt through `read` (a folder on disk, or its files in memory). */
export function* packSteps(
  manifest: Manifest,
  read: (name: string) => Buffer | undefined,
  folder: string
): Steps<PackedFile[]> {
  const files: PackedFile[] = []
  for (const name of manifest.entries) {
    yield
    try {
      files.push({ name, bytes: yield* fromFolderSteps(name, read, manifest.files[name] ?? {}) })
    } catch (error) {
      if (error instanceof FolderRefusedError) throw error
      const why = (error as Error).message
      // Every folder error ends with what to do about it.
      // A dialog's first file missing: its folder was most likely renamed or removed.
      const dialog = /^([^\n]*\/dialogs\/[^/\n]+\/)dialog\.json is missing$/.exec(why)
      throw new Error(
        dialog
          ? `${plain(folder)}: ${plain(why)}, which the export needs. A dialog's folder names come from the dialogs' display names, so a renamed or removed folder (${plain(dialog[1])}) is a dialog missing: name it back (git checkout), or to rename a dialog, rename the dialog in the Kore.ai Builder, then export again.`
          : / is missing$/.test(why)
            ? `${plain(folder)}: ${plain(why)}, which the export needs. Restore it (git checkout), or export the bot again.`
            : error instanceof SyntaxError
              ? `${plain(folder)} cannot be turned back into the export's ${plain(name)}: ${plain(why)}. Fix the JSON there, then pack again.`
              : `${plain(folder)} cannot be turned back into the export's ${plain(name)}: ${plain(why)}.`
      )
    }
  }
  return files
}

/**
 * The files as a zip, streamed. A fixed date: the same folder always packs into the same bytes.
 * Entries are deflated one after another, each from a stream made when its turn comes: memory
 * stays flat in the number of entries (added as buffers, every entry deflated at once; a
 * manifest naming thousands of files took gigabytes).
 */
function zipOf(files: PackedFile[]): yazl.ZipFile {
  const zip = new yazl.ZipFile()
  const mtime = new Date(Date.UTC(2000, 0, 1))
  for (const { name, bytes } of files) {
    zip.addReadStreamLazy(name, { mtime, mode: 0o100644, size: bytes.length }, callback =>
      callback(null, Readable.from([bytes], { objectMode: false }))
    )
  }
  zip.end()
  return zip
}

/** The zip `writeZip` would write, in memory. */
export async function zipBytes(files: PackedFile[]): Promise<Buffer> {
  const zip = zipOf(files)
  const chunks: Buffer[] = []
  const failed = new Promise<never>((_resolve, reject) => zip.on('error', reject))
  const read = (async () => {
    for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer)
  })()
  await Promise.race([read, failed])
  return Buffer.concat(chunks)
}

/**
 * Writes the files as a zip at `destination`; returns its size and SHA-256. Once `signal`
 * aborts, the writing stops (CancelledError) and the partial zip is removed.
 */
export async function writeZip(
  files: PackedFile[],
  destination: string,
  signal?: AbortSignal
): Promise<{ size: number; sha256: string }> {
  if (signal?.aborted) throw new CancelledError()
  const zip = zipOf(files)
  await fs.promises.mkdir(path.dirname(path.resolve(destination)), { recursive: true })
  const partial = temporary(temporaryPathBeside(path.resolve(destination)))
  let cancel: (() => void) | undefined
  try {
    const hash = createHash('sha256')
    const out = fs.createWriteStream(partial)
    zip.outputStream.on('data', chunk => hash.update(chunk as Buffer))
    await new Promise<void>((resolve, reject) => {
      cancel = () => {
        zip.outputStream.unpipe(out)
        out.destroy()
        reject(new CancelledError())
      }
      signal?.addEventListener('abort', cancel, { once: true })
      zip.outputStream.pipe(out).on('close', resolve).on('error', reject)
      zip.outputStream.on('error', reject)
      zip.on('error', reject)
    })
    if (signal?.aborted) throw new CancelledError()
    await fs.promises.rename(partial, destination)
    return { size: fs.statSync(destination).size, sha256: hash.digest('hex') }
  } finally {
    if (cancel) signal?.removeEventListener('abort', cancel)
    await fs.promises.rm(partial, { force: true })
    settled(partial)
  }
}
