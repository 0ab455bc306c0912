// Unpacks the export into a folder laid out for git: exactly the files of the export, JSON
// re-indented. Everything lands in a temporary folder first and replaces the target only
// when all went well, so a bad zip leaves the folder as it was.
// yauzl reads the zip (from memory when small, else from disk entry by entry) and
// already refuses absolute and `..` entry names; symlinks and the final containment check
// are ours.
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import zlib from 'node:zlib'
import yauzl from 'yauzl'
import { CancelledError } from '../platform/clock.js'
import { reindentJson } from './json-format.js'

export class UnpackError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UnpackError'
  }
}

export interface UnpackLimits {
  /** Zips up to this size are read into memory; larger ones entry by entry from disk. */
  inMemoryZipBytes: number
  /** Entries up to this size are read whole (a JSON file is re-indented whole anyway). */
  wholeEntryBytes: number
}

const LIMITS: UnpackLimits = { inMemoryZipBytes: 64 * 1024 * 1024, wholeEntryBytes: 64 * 1024 * 1024 }
const S_IFMT = 0o170000
const S_IFLNK = 0o120000

/** Replaces `target` with the zip's content; returns the unpacked files, sorted. */
export async function unpackExport(zipFile: string, target: string, signal?: AbortSignal, limits = LIMITS): Promise<string[]> {
  const parent = path.dirname(target)
  await fs.promises.mkdir(parent, { recursive: true })
  const staging = path.join(parent, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
  await fs.promises.mkdir(staging)
  try {
    const files = await extractAll(zipFile, staging, target, signal, limits)
    await swapInto(staging, target)
    return files.sort()
  } catch (error) {
    await fs.promises.rm(staging, { recursive: true, force: true })
    throw error
  }
}

async function extractAll(zipFile: string, staging: string, target: string, signal: AbortSignal | undefined, limits: UnpackLimits): Promise<string[]> {
  const refuse = (name: string, why: string): UnpackError =>
    new UnpackError(
      `The export zip holds an entry "${name}" that ${why}. Nothing was unpacked and ${target} is as it was. The zip may have been tampered with: check where it came from before using it.`
    )

  let zip: yauzl.ZipFile
  let inMemory: Buffer | undefined
  try {
    // A bot's zip is mostly small files: read from memory, each entry costs no round trip to
    // the disk. A large zip (a big knowledge graph) is read from disk instead, to keep the
    // memory use flat.
    const { size } = await fs.promises.stat(zipFile)
    inMemory = size <= limits.inMemoryZipBytes ? await fs.promises.readFile(zipFile) : undefined
    zip = inMemory ? await yauzl.fromBufferPromise(inMemory) : await yauzl.openPromise(zipFile)
  } catch (error) {
    throw unreadable(error)
  }
  const entries = zip.eachEntry()
  const files: string[] = []
  const folders = new Set<string>()
  try {
    for (;;) {
      if (signal?.aborted) throw new CancelledError()
      let entry: yauzl.Entry | undefined
      try {
        const next = await entries.next()
        entry = next.done ? undefined : next.value
      } catch (error) {
        // yauzl's own name checks: absolute paths, drive letters, `..`.
        const refused = /^(absolute path|invalid relative path|invalid characters in fileName): (.*)$/s.exec((error as Error).message)
        if (refused) throw refuse(refused[2], `would be written outside the folder (${refused[1]})`)
        throw unreadable(error)
      }
      if (!entry) break
      const name = entry.fileName
      const mode = (entry.externalFileAttributes >>> 16) & S_IFMT
      if (mode === S_IFLNK) throw refuse(name, 'is a symbolic link')
      const destination = path.resolve(staging, name)
      if (!destination.startsWith(staging + path.sep)) throw refuse(name, 'would be written outside the folder')

      const folder = name.endsWith('/') ? destination : path.dirname(destination)
      if (!folders.has(folder)) {
        fs.mkdirSync(folder, { recursive: true })
        folders.add(folder)
      }
      if (name.endsWith('/')) continue
      // Thousands of small files are the usual export: each is written in one synchronous
      // call, which costs a fraction of the thread-pool round trips of an async write.
      if (entry.uncompressedSize <= limits.wholeEntryBytes) {
        const content = await readWholeEntry(zip, entry, inMemory).catch(error => Promise.reject(unreadable(error)))
        fs.writeFileSync(destination, (name.toLowerCase().endsWith('.json') && reindentJson(content.toString('utf8'))) || content)
      } else {
        await pipeline(await zip.openReadStreamPromise(entry), fs.createWriteStream(destination))
      }
      files.push(path.relative(staging, destination).split(path.sep).join('/'))
    }
  } finally {
    zip.close()
  }
  return files
}

function unreadable(error: unknown): UnpackError {
  return new UnpackError(
    `The export is not a readable zip (${(error as Error).message}). Run the step again; if it keeps happening, download the export by hand to check it.`
  )
}

/**
 * An entry read whole and inflated in one synchronous call: zlib's streams would send each of
 * thousands of small files through the thread pool. From a zip in memory the stored bytes are
 * sliced straight out of it (yauzl has already checked the central directory); yauzl's stream
 * would cost more than the file. The size check yauzl makes on its streams is kept.
 */
async function readWholeEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, zipBytes: Buffer | undefined): Promise<Buffer> {
  const deflated = entry.compressionMethod === 8
  if (!deflated && entry.compressionMethod !== 0) {
    throw new Error(`${entry.fileName}: unsupported compression method ${entry.compressionMethod}`)
  }
  if (entry.generalPurposeBitFlag & 1) throw new Error(`${entry.fileName}: encrypted entries are not supported`)
  let stored: Buffer
  if (zipBytes) {
    stored = storedBytes(zipBytes, entry)
  } else {
    const chunks: Buffer[] = []
    // yauzl takes `decompress` only for compressed entries; stored ones come as they are.
    for await (const chunk of await zip.openReadStreamPromise(entry, deflated ? { decompress: false } : {})) chunks.push(chunk as Buffer)
    stored = Buffer.concat(chunks)
  }
  const content = deflated ? zlib.inflateRawSync(stored) : stored
  if (content.length !== entry.uncompressedSize) {
    throw new Error(`${entry.fileName}: expected ${entry.uncompressedSize} bytes, found ${content.length}`)
  }
  return content
}

/** The entry's bytes as stored, behind its local header (30 bytes, then name and extra field). */
function storedBytes(zipBytes: Buffer, entry: yauzl.Entry): Buffer {
  const header = entry.relativeOffsetOfLocalHeader
  if (header + 30 > zipBytes.length || zipBytes.readUInt32LE(header) !== 0x04034b50) {
    throw new Error(`${entry.fileName}: no local file header where the central directory says`)
  }
  const start = header + 30 + zipBytes.readUInt16LE(header + 26) + zipBytes.readUInt16LE(header + 28)
  const end = start + entry.compressedSize
  if (end > zipBytes.length) throw new Error(`${entry.fileName}: its data runs past the end of the zip`)
  return zipBytes.subarray(start, end)
}

/** Renames only: the old folder is moved aside, the new one in, and the old one removed. */
async function swapInto(staging: string, target: string): Promise<void> {
  const exists = fs.existsSync(target)
  const aside = `${staging}.old`
  if (exists) await fs.promises.rename(target, aside)
  try {
    await fs.promises.rename(staging, target)
  } catch (error) {
    if (exists) await fs.promises.rename(aside, target)
    throw error
  }
  if (exists) await fs.promises.rm(aside, { recursive: true, force: true })
}
