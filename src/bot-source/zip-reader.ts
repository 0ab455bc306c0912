// Reads an export zip as hostile input. yauzl parses the zip (central directory, local
// headers, ZIP64), refuses absolute and `..` names, and bounds every inflated stream by the
// size its entry declares; on top of that, everything is checked before a byte is written:
// the number of entries, the total declared size, names that are unsafe or collide on a
// case-insensitive or normalising file system (Windows, macOS), `.git` paths, symbolic
// links, entries that overlap (one compressed block served under many names), and each
// entry's CRC-32 as it is read.
import { CoreError } from '../core/errors.js'
import type { Text } from '../core/words.js'
import fs from 'node:fs'
import { Readable, Transform } from 'node:stream'
import zlib from 'node:zlib'
import yauzl from 'yauzl'
import { CancelledError } from '../platform/clock.js'
import { GIT_ATTRIBUTES_FILE, MARKER_FILE } from '../shared/output-paths.js'
import { Pace } from './steps.js'
import { plain } from '../shared/untrusted-text.js'
import { again } from '../core/words.js'

export interface ZipLimits {
  /** More entries than this and the zip is refused. Real exports hold 3 to 5 files. */
  maxEntries: number
  /** The sizes the entries declare, added up. Real exports unpack to a few MB. */
  maxTotalBytes: number
  /** Zips up to this size are read into memory; larger ones from disk. */
  inMemoryZipBytes: number
  /** Entries up to this size are unpacked whole (inflated in one bounded call); larger ones not held (JSON aside) as a stream. */
  wholeEntryBytes: number
}

export const ZIP_LIMITS: ZipLimits = {
  maxEntries: 10_000,
  maxTotalBytes: 512 * 1024 * 1024,
  inMemoryZipBytes: 64 * 1024 * 1024,
  wholeEntryBytes: 1024 * 1024
}

/** The zip may not be unpacked; `message` says which entry and why. */
export class ZipRefusedError extends CoreError {
  constructor(message: Text) {
    super('file', message)
    this.name = 'ZipRefusedError'
  }
}

export interface ZipFileEntry {
  /** The path inside the zip, `/`-separated, as checked. */
  name: string
  size: number
  entry: yauzl.Entry
}

const S_IFMT = 0o170000
const S_IFLNK = 0o120000
const LOCAL_HEADER_BYTES = 30
/** Names Windows reserves for devices, with or without an extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(\..*)?$/i
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHARACTERS = /[<>:"|?*\u0000-\u001f]/

/**
 * A zip in memory, for yauzl. Its own reader answers every read behind a setImmediate: for
 * an export of 4,000 files that is 8,000 turns of the event loop (30 ms) just to read the
 * central directory. This one answers in a microtask: still after the caller returns, as
 * fs.read would, but without a turn of the loop.
 */
class BytesReader extends yauzl.RandomAccessReader {
  constructor(private readonly bytes: Buffer) {
    super()
  }

  override _readStreamForRange(start: number, end: number): Readable {
    return Readable.from([this.bytes.subarray(start, end)])
  }

  override read(
    buffer: Buffer,
    offset: number,
    length: number,
    position: number,
    callback: (error: Error | null, bytesRead?: number) => void
  ): void {
    const end = Math.min(position + length, this.bytes.length)
    const copied = position < end ? this.bytes.copy(buffer, offset, position, end) : 0
    queueMicrotask(() => callback(null, copied))
  }
}

export class ExportZip {
  private constructor(
    private readonly zip: yauzl.ZipFile,
    private readonly bytes: Buffer | undefined,
    readonly files: ZipFileEntry[],
    readonly folders: string[]
  ) {}

  /**
   * Opens and checks the whole zip, a file or bytes the caller holds already; refuses it before
   * anything is unpacked.
   */
  static async open(source: string | Buffer, limits: ZipLimits = ZIP_LIMITS, signal?: AbortSignal): Promise<ExportZip> {
    let zip: yauzl.ZipFile
    let bytes: Buffer | undefined
    try {
      // A bot's zip is small: from memory, thousands of small entries cost no disk round trip.
      const stat = typeof source === 'string' ? await fs.promises.stat(source) : undefined
      // A device or a FIFO (e.g. a link to /dev/zero) has no size to bound its read by.
      if (stat && !stat.isFile()) throw new ZipRefusedError('it is not a regular file but a device, a FIFO or a socket')
      bytes =
        typeof source !== 'string'
          ? source
          : stat!.size <= limits.inMemoryZipBytes
            ? await fs.promises.readFile(source, { signal })
            : undefined
      const options = {
        lazyEntries: true,
        validateEntrySizes: true,
        strictFileNames: false,
        decodeStrings: true,
        autoClose: false
      }
      zip = bytes
        ? await yauzl.fromRandomAccessReaderPromise(new BytesReader(bytes), bytes.length, options)
        : await yauzl.openPromise(source as string, options)
    } catch (error) {
      if (signal?.aborted) throw new CancelledError()
      throw unreadable(error)
    }
    try {
      const { files, folders } = await readDirectory(zip, limits, new Pace(signal))
      return new ExportZip(zip, bytes, files, folders)
    } catch (error) {
      zip.close()
      throw error
    }
  }

  close(): void {
    this.zip.close()
  }

  /**
   * The entry's content, whole, for entries the caller means to hold (it bounds their size):
   * inflated in one call that cannot produce more than the declared size. A 46 MB definition
   * inflates in a third of the time it took as a stream of 16 KB chunks joined at the end.
   */
  async read(file: ZipFileEntry, signal?: AbortSignal): Promise<Buffer> {
    if (signal?.aborted) throw new CancelledError()
    return this.readWhole(file)
  }

  /** The entry's content as a stream: inflated as it goes, bounded by its size, CRC-checked at the end. */
  async stream(file: ZipFileEntry, signal?: AbortSignal): Promise<Readable> {
    let source: Readable
    try {
      source = await this.zip.openReadStreamPromise(file.entry)
    } catch (error) {
      throw damaged(file, error)
    }
    let crc = 0
    let size = 0
    const checked = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        crc = zlib.crc32(chunk, crc)
        size += chunk.length
        done(null, chunk)
      },
      flush(done) {
        done(size === file.size && crc >>> 0 === file.entry.crc32 >>> 0 ? null : crcMismatch(file))
      }
    })
    source.on('error', error => checked.destroy(damaged(file, error)))
    const cancel = (): void => {
      source.destroy()
      checked.destroy(new CancelledError())
    }
    if (signal?.aborted) cancel()
    signal?.addEventListener('abort', cancel, { once: true })
    checked.on('close', () => signal?.removeEventListener('abort', cancel))
    return source.pipe(checked)
  }

  /** Inflated in one synchronous call that cannot produce more than the declared size. */
  private async readWhole(file: ZipFileEntry): Promise<Buffer> {
    const { entry } = file
    let stored: Buffer
    try {
      if (this.bytes) {
        stored = storedBytes(this.bytes, entry)
      } else {
        const chunks: Buffer[] = []
        const raw = await this.zip.openReadStreamPromise(
          entry,
          entry.compressionMethod === 8 ? { decompress: false } : {}
        )
        for await (const chunk of raw) chunks.push(chunk as Buffer)
        stored = Buffer.concat(chunks)
      }
    } catch (error) {
      throw damaged(file, error)
    }
    let content: Buffer
    try {
      // One output chunk of the declared size (zlib's default is 16 KB chunks, joined at the
      // end): no copy of a big entry, and a small one's comes from Buffer's pool. The caller
      // holds entries of this size anyway; one byte more shows that nothing follows.
      content =
        entry.compressionMethod === 8
          ? zlib.inflateRawSync(stored, {
              maxOutputLength: Math.max(1, file.size),
              chunkSize: Math.max(64, file.size + 1)
            })
          : stored
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new ZipRefusedError(
          `The export zip's entry "${plain(file.name)}" inflates to more than the ${file.size} bytes it declares (a zip bomb, or a damaged zip). Nothing was unpacked.`
        )
      }
      throw damaged(file, error)
    }
    if (content.length !== file.size)
      throw damaged(file, new Error(`expected ${file.size} bytes, found ${content.length}`))
    if (zlib.crc32(content) >>> 0 !== entry.crc32 >>> 0) throw crcMismatch(file)
    return content
  }
}

async function readDirectory(
  zip: yauzl.ZipFile,
  limits: ZipLimits,
  pace: Pace
): Promise<{ files: ZipFileEntry[]; folders: string[] }> {
  if (zip.entryCount > limits.maxEntries) {
    throw new ZipRefusedError(
      `The export zip holds ${zip.entryCount} entries, more than the ${limits.maxEntries} an export of a bot has room for (real exports hold a handful). Nothing was unpacked.`
    )
  }
  const files: ZipFileEntry[] = []
  const folders: string[] = []
  const entries: yauzl.Entry[] = []
  /** Names as a case-insensitive, normalising file system sees them, with what they are. */
  const seen = new Map<string, { name: string; folder: boolean }>()
  /** Folders already claimed, as named: thousands of files share a few (nothing new to check). */
  const claimedFolders = new Set<string>()
  /** Path segments already found safe: the checks depend on the segment alone. */
  const safeSegments = new Set<string>()
  let total = 0
  const iterator = zip.eachEntry()
  for (;;) {
    // From memory, the entries come in microtasks: the event loop turns only at a check.
    await pace.check()
    let entry: yauzl.Entry | undefined
    try {
      const next = await iterator.next()
      entry = next.done ? undefined : next.value
    } catch (error) {
      // yauzl's own name checks: absolute paths, drive letters, `..`.
      const refused = /^(absolute path|invalid relative path|invalid characters in fileName): (.*)$/s.exec(
        (error as Error).message
      )
      if (refused) throw refuse(refused[2], `would be written outside the folder (${refused[1]})`)
      throw unreadable(error)
    }
    if (!entry) break
    entries.push(entry)
    const folder = entry.fileName.endsWith('/')
    const name = folder ? entry.fileName.slice(0, -1) : entry.fileName
    checkName(name, safeSegments)
    if (((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK) throw refuse(name, 'is a symbolic link')
    if (entry.generalPurposeBitFlag & 1) throw refuse(name, 'is encrypted')
    if (!folder && entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
      throw refuse(name, `uses compression method ${entry.compressionMethod}, which exports do not use`)
    }
    // Deflate never grows data by more than a few bytes per 16 KiB block: more stored bytes
    // than that would be read (and held, for a small entry) for nothing.
    if (entry.compressedSize > maxStoredSize(entry))
      throw refuse(
        name,
        `stores ${entry.compressedSize} bytes for ${entry.uncompressedSize}, more than any compression takes`
      )
    // Every folder on the way is claimed as a folder: a file of the same name would collide.
    for (let end = name.indexOf('/'); ; end = name.indexOf('/', end + 1)) {
      const isFolder = folder || end >= 0
      const prefix = end < 0 ? name : name.slice(0, end)
      if (isFolder && claimedFolders.has(prefix)) {
        if (end < 0) break
        continue
      }
      const key = prefix.normalize('NFC').toLowerCase()
      const other = seen.get(key)
      if (other && !(other.folder && isFolder)) {
        if (other.name === prefix && !other.folder && !isFolder) throw refuse(name, 'appears twice')
        const how =
          other.name === prefix
            ? 'a file and a folder of one name'
            : 'on a case-insensitive file system (Windows, macOS)'
        throw refuse(name, `collides with "${plain(other.name)}" (${how})`)
      }
      if (!other) seen.set(key, { name: prefix, folder: isFolder })
      if (isFolder && (!other || other.name === prefix)) claimedFolders.add(prefix)
      if (end < 0) break
    }
    if (folder) {
      folders.push(name)
      continue
    }
    total += entry.uncompressedSize
    if (total > limits.maxTotalBytes) {
      throw new ZipRefusedError(
        `The export zip unpacks to more than ${limits.maxTotalBytes / 1024 / 1024} MiB (${entries.length} entries so far), more than an export of a bot holds (real exports unpack to a few MB). Nothing was unpacked.`
      )
    }
    files.push({ name, size: entry.uncompressedSize, entry })
  }
  checkOverlaps(entries)
  return { files, folders }
}

function maxStoredSize(entry: yauzl.Entry): number {
  return entry.compressionMethod === 0
    ? entry.uncompressedSize
    : entry.uncompressedSize + Math.ceil(entry.uncompressedSize / 16_384) * 5 + 1024
}

/** A name that is safe to create on Linux, macOS and Windows alike, and not in `.git`. */
function checkName(name: string, safeSegments: Set<string>): void {
  const why = entryNameProblem(name, safeSegments)
  if (why) throw refuse(name, why)
}

/**
 * Why an export's entry may not have this name (completing "an entry that …"), or undefined.
 * `safeSegments` remembers the path segments already found safe (the checks depend on the segment alone).
 */
export function entryNameProblem(name: string, safeSegments = new Set<string>()): string | undefined {
  if (name === '') return 'has no name'
  if (name.length > 400) return 'has a path longer than 400 characters'
  if (name.toLowerCase() === MARKER_FILE) return 'is the marker file this action writes'
  if (name.toLowerCase() === GIT_ATTRIBUTES_FILE) return 'would set how git treats the folder'
  for (const segment of name.split('/')) {
    if (safeSegments.has(segment)) continue
    if (segment === '' || segment === '.') return 'has an empty or "." path segment'
    if (segment.toLowerCase().replace(/[. ]+$/, '') === '.git') return 'would be written into a .git folder'
    if (Buffer.byteLength(segment) > 255) return 'has a name longer than 255 bytes'
    if (FORBIDDEN_CHARACTERS.test(segment)) return 'has a character Windows does not allow in names'
    if (/[. ]$/.test(segment)) return 'ends in a dot or a space, which Windows drops'
    if (RESERVED.test(segment)) return 'is a device name on Windows'
    safeSegments.add(segment)
  }
  return undefined
}

/**
 * Each entry's local header and data must lie apart from every other's. Entries that share
 * one compressed block (a zip bomb's trick: 200 names for one 60 MiB entry) are refused.
 */
function checkOverlaps(entries: yauzl.Entry[]): void {
  const spans = entries
    .map(entry => ({
      entry,
      start: entry.relativeOffsetOfLocalHeader,
      end: entry.relativeOffsetOfLocalHeader + LOCAL_HEADER_BYTES + entry.fileNameLength + entry.compressedSize
    }))
    .sort((a, b) => a.start - b.start)
  for (let i = 1; i < spans.length; i++) {
    if (spans[i].start < spans[i - 1].end)
      throw refuse(
        spans[i].entry.fileName,
        `overlaps the entry "${plain(spans[i - 1].entry.fileName)}" (one block of data under two names)`
      )
  }
}

/** The entry's bytes as stored, behind its local header (30 bytes, then name and extra field). */
function storedBytes(zipBytes: Buffer, entry: yauzl.Entry): Buffer {
  const header = entry.relativeOffsetOfLocalHeader
  if (header + LOCAL_HEADER_BYTES > zipBytes.length || zipBytes.readUInt32LE(header) !== 0x04034b50) {
    throw new Error('no local file header where the central directory says')
  }
  const start = header + LOCAL_HEADER_BYTES + zipBytes.readUInt16LE(header + 26) + zipBytes.readUInt16LE(header + 28)
  const end = start + entry.compressedSize
  if (end > zipBytes.length) throw new Error('its data runs past the end of the zip')
  return zipBytes.subarray(start, end)
}

function refuse(name: string, why: string): ZipRefusedError {
  return new ZipRefusedError(
    `The export zip holds an entry "${plain(name)}" that ${why}. Nothing was unpacked. The zip may have been tampered with: check where it came from before using it.`
  )
}

function crcMismatch(file: ZipFileEntry): ZipRefusedError {
  return new ZipRefusedError(
    `The export zip's entry "${plain(file.name)}" does not match its CRC-32: the zip is damaged. Nothing was unpacked.`
  )
}

function damaged(file: ZipFileEntry, error: unknown): Error {
  if (error instanceof ZipRefusedError || error instanceof CancelledError) return error
  const reason = plain((error as Error).message)
  if (/too many bytes/.test(reason)) {
    return new ZipRefusedError(
      `The export zip's entry "${plain(file.name)}" inflates to more than the ${file.size} bytes it declares (a zip bomb, or a damaged zip). Nothing was unpacked.`
    )
  }
  return unreadable(new Error(`${file.name}: ${reason}`))
}

export function unreadable(error: unknown): ZipRefusedError {
  return new ZipRefusedError(
    `The export is not a readable zip (${plain((error as Error).message).replace(/\.+$/, '')}). Nothing was written to path or extract-to. ${again(true)}; if it keeps happening, download the export by hand to check it.`
  )
}

/** Why `file` is not a zip (no readable end record and central directory), or undefined if it is one. */
/**
 * The contents of the zip's files that `keep` chooses (by name and declared size, before
 * anything is inflated), checked like every export zip. The caller bounds what it keeps;
 * `signal` is checked before each file.
 */
export async function readZipFiles(
  source: string | Buffer,
  keep: (entry: ZipFileEntry) => boolean,
  signal?: AbortSignal
): Promise<{ name: string; bytes: Buffer }[]> {
  const zip = await ExportZip.open(source, ZIP_LIMITS, signal)
  try {
    const pace = new Pace(signal)
    const files: { name: string; bytes: Buffer }[] = []
    for (const entry of zip.files) {
      await pace.check()
      if (keep(entry)) files.push({ name: entry.name, bytes: await zip.read(entry, signal) })
    }
    return files
  } finally {
    zip.close()
  }
}

export async function notAZip(file: string): Promise<string | undefined> {
  try {
    const zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false })
    zip.close()
    return undefined
  } catch (error) {
    return plain((error as Error).message, 200).replace(/\.+$/, '')
  }
}
