// Reads a folder as hostile input, like a zip. The folder may come from a pull request, and
// git stores symbolic links: a file named in the manifest may be a link to the runner's
// environment (/proc/self/environ), to a secret outside, to /dev/zero; a runner's disk may
// hold FIFOs, devices and hard links. So every file is read here, and only so:
//
// - its name is a relative `/`-separated path without `..`, `.`, empty segments, backslashes
//   or control characters (a name reaches log lines);
// - every segment of its path is checked with lstat: a symbolic link anywhere on the way, to a
//   file or a folder, inside the folder or outside, is refused by name;
// - it is opened without following a link (O_NOFOLLOW) and without blocking (O_NONBLOCK: a
//   FIFO cannot hang the read), and the open file is checked (fstat): a regular file, with one
//   link (a hard link may be to a file outside; git never writes one); on Linux, the file
//   opened lies inside the folder's real path (/proc/self/fd), whatever changed meanwhile;
// - it is read in chunks, bounded by the bytes actually read (never by the size stat gives:
//   /proc files say 0), and so is the running total of one folder's files, and their count.
import { CoreError } from '../core/errors.js'
import type { Text } from '../core/words.js'
import fs from 'node:fs'
import path from 'node:path'
import { plain } from '../shared/untrusted-text.js'
import { ZIP_LIMITS } from './zip-reader.js'

/** A file of the folder may not be read; `message` names it, says why, and the fix. */
export class FolderRefusedError extends CoreError {
  constructor(message: Text) {
    super('file', message)
    this.name = 'FolderRefusedError'
  }
}

export interface FolderLimits {
  /** The bytes read from one folder, added up. */
  maxTotalBytes: number
  /** The files read from one folder. */
  maxFiles: number
}

/** As a zip's: an export unpacks to a few MB; its split definition to a few thousand files. */
export const FOLDER_LIMITS: FolderLimits = {
  maxTotalBytes: ZIP_LIMITS.maxTotalBytes,
  maxFiles: ZIP_LIMITS.maxEntries * 4
}

const HOSTILE = 'a folder is read as hostile input, only regular files are read'
const READ_CHUNK = 1024 * 1024
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0) | (fs.constants.O_NONBLOCK ?? 0)

export class FolderReader {
  private total = 0
  private files = 0
  /** Folders (relative, `/`-separated) already found to be real folders, not links. */
  private readonly realFolders = new Set<string>([''])

  private constructor(
    /** The folder as the user named it, for messages. */
    readonly folder: string,
    /** Its real path: every file read lies below it. */
    readonly real: string,
    private readonly limits: FolderLimits
  ) {}

  /** The folder the user gave (it may be reached through a link of the user's own); an error when it is no folder. */
  static open(folder: string, limits: FolderLimits = FOLDER_LIMITS): FolderReader {
    let real: string
    try {
      real = fs.realpathSync(folder)
    } catch {
      throw new FolderRefusedError(`${plain(folder)} does not exist.`)
    }
    if (!fs.statSync(real).isDirectory()) throw new FolderRefusedError(`${plain(folder)} is not a folder.`)
    return new FolderReader(folder, real, limits)
  }

  /** How a file of the folder is named in messages: the folder as given, then the file. */
  shown(name: string): string {
    return plain(`${this.folder.replace(/[\\/]+$/, '')}/${name}`)
  }

  /**
   * The bytes of the folder's file `name` (relative, `/`-separated); undefined when there is
   * no such file. At most `maxBytes` (and what the folder's total leaves); anything that is
   * not a regular file of the folder is refused by name.
   */
  read(name: string, maxBytes = Infinity): Buffer | undefined {
    const relative = this.checkName(name)
    const segments = relative.split('/')
    // Every folder on the way: a real folder, never a link.
    for (let i = 1; i < segments.length; i++) {
      const prefix = segments.slice(0, i).join('/')
      if (this.realFolders.has(prefix)) continue
      let stat: fs.Stats
      try {
        stat = fs.lstatSync(path.join(this.real, ...segments.slice(0, i)))
      } catch {
        return undefined
      }
      if (stat.isSymbolicLink()) {
        throw new FolderRefusedError(
          `${this.shown(prefix)} is a symbolic link: ${HOSTILE}, in real folders. Replace the link with the folder itself.`
        )
      }
      if (!stat.isDirectory()) return undefined
      this.realFolders.add(prefix)
    }
    const file = path.join(this.real, ...segments)
    let stat: fs.Stats
    try {
      stat = fs.lstatSync(file)
    } catch {
      return undefined
    }
    this.checkKind(name, stat)
    if (++this.files > this.limits.maxFiles) {
      throw new FolderRefusedError(
        `${plain(this.folder)} has more than ${this.limits.maxFiles} files to read, more than an export of a bot has room for.`
      )
    }
    let fd: number
    try {
      fd = fs.openSync(file, OPEN_FLAGS)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      // The file became a link between the lstat and the open.
      if (code === 'ELOOP' || code === 'EMLINK')
        throw new FolderRefusedError(
          `${this.shown(name)} is a symbolic link: ${HOSTILE}. Replace the link with the file's content.`
        )
      if (code === 'ENOENT' || code === 'ENOTDIR') return undefined
      throw error
    }
    try {
      const opened = fs.fstatSync(fd)
      this.checkKind(name, opened)
      if (opened.nlink > 1) {
        throw new FolderRefusedError(
          `${this.shown(name)} has ${opened.nlink} hard links (one may be a file outside the folder): ${HOSTILE}, and git never writes hard links. Replace it with a copy of its content.`
        )
      }
      this.checkInside(name, fd)
      return this.readBounded(name, fd, opened.size, maxBytes)
    } finally {
      fs.closeSync(fd)
    }
  }

  /** The name, as a path below the folder; refused when it would lead elsewhere or could not be shown in a log line. */
  private checkName(name: string): string {
    if (
      typeof name !== 'string' ||
      name === '' ||
      /^[\\/]|^[a-zA-Z]:/.test(name) ||
      name.split(/[\\/]/).includes('..')
    ) {
      throw new FolderRefusedError(`the manifest names "${plain(String(name))}", which lies outside the folder`)
    }
    if (
      CONTROL.test(name) ||
      name.includes('\\') ||
      name.split('/').some(segment => segment === '' || segment === '.')
    ) {
      throw new FolderRefusedError(
        `the manifest names "${plain(name)}", which is not a file name kore-bot-export writes (a control character, a backslash, or an empty or "." segment). Export the bot into the folder again.`
      )
    }
    const resolved = path.resolve(this.real, name)
    if (!resolved.startsWith(this.real + path.sep))
      throw new FolderRefusedError(`the manifest names "${plain(name)}", which lies outside the folder`)
    return name
  }

  /** A regular file, or refused by name. */
  private checkKind(name: string, stat: fs.Stats): void {
    if (stat.isFile()) return
    const what = stat.isSymbolicLink()
      ? 'is a symbolic link'
      : stat.isFIFO()
        ? 'is a FIFO (named pipe), not a regular file'
        : stat.isSocket()
          ? 'is a socket, not a regular file'
          : stat.isCharacterDevice() || stat.isBlockDevice()
            ? 'is a device, not a regular file'
            : stat.isDirectory()
              ? 'is a folder, not a regular file'
              : 'is not a regular file'
    const fix = stat.isSymbolicLink()
      ? "Replace the link with the file's content."
      : 'Replace it with the file the export needs (git checkout), or export the bot again.'
    throw new FolderRefusedError(`${this.shown(name)} ${what}: ${HOSTILE}. ${fix}`)
  }

  /** On Linux: the file opened lies inside the folder's real path (a folder swapped for a link meanwhile would lead elsewhere). */
  private checkInside(name: string, fd: number): void {
    if (process.platform !== 'linux') return
    let opened: string
    try {
      opened = fs.readlinkSync(`/proc/self/fd/${fd}`)
    } catch {
      return
    }
    if (!opened.startsWith(this.real + path.sep)) {
      throw new FolderRefusedError(
        `${this.shown(name)} leads outside the folder (a folder on its way was replaced by a link while it was read): ${HOSTILE}. Check the folder, and run again.`
      )
    }
  }

  /** The file's bytes, bounded by the bytes read: by `maxBytes`, and by what the folder's total leaves. */
  private readBounded(name: string, fd: number, statSize: number, maxBytes: number): Buffer {
    const budget = this.limits.maxTotalBytes - this.total
    const bytes = readUpTo(fd, statSize, Math.min(maxBytes, budget))
    if (!bytes) {
      throw new FolderRefusedError(
        maxBytes < budget
          ? `${this.shown(name)} is larger than ${maxBytes} bytes, more than kore-bot-export reads for it.`
          : `${plain(this.folder)}: its files add up to more than ${this.limits.maxTotalBytes / 1024 / 1024} MiB, more than an export of a bot holds`
      )
    }
    this.total += bytes.length
    return bytes
  }
}

/**
 * Reads an open file in chunks until its end; undefined as soon as more than `limit` bytes
 * were read (one more than the limit shows it was passed). The first chunk is as big as stat
 * says, so a file is read in one call; the size is never trusted beyond that (/proc files say 0).
 */
function readUpTo(fd: number, statSize: number, limit: number): Buffer | undefined {
  const chunks: Buffer[] = []
  let got = 0
  let size = Math.min(statSize + 1, limit + 1, READ_CHUNK * 64)
  for (;;) {
    const buffer = Buffer.allocUnsafe(size)
    let filled = 0
    while (filled < size) {
      const n = fs.readSync(fd, buffer, filled, size - filled, null)
      if (n === 0) break
      filled += n
    }
    got += filled
    chunks.push(filled === size ? buffer : buffer.subarray(0, filled))
    if (got > limit) return undefined
    if (filled < size) break
    size = Math.min(READ_CHUNK, limit + 1 - got)
  }
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, got)
}

/**
 * A file the user named (a zip to import), read as hostile input too: the user's own link to
 * it is followed, but only a regular file is read, without blocking, and never past `maxBytes`.
 */
export function readRegularFile(file: string, maxBytes: number): { bytes: Buffer } | { why: string } {
  const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0))
  try {
    const stat = fs.fstatSync(fd)
    if (!stat.isFile()) return { why: 'is not a regular file (a device, a FIFO or a socket)' }
    const bytes = readUpTo(fd, stat.size, maxBytes)
    return bytes ? { bytes } : { why: `is more than ${maxBytes} bytes` }
  } finally {
    fs.closeSync(fd)
  }
}
