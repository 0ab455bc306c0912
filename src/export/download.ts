// Streams the export zip to disk: never whole in memory, hashed on the way, checked, and
// moved into place only once complete and correct, so `path` never holds half a file. A
// transfer that breaks off resumes where it stopped when the server takes a Range request,
// and starts over when it does not.
import fs from 'node:fs'
import path from 'node:path'
import { CancelledError, type Clock } from '../platform/clock.js'
import type { AnswerHeaders } from '../platform/direct-get.js'
import { describeNetworkFailure, describeUrl } from '../platform/http.js'
import { KoreApiError, type KoreClient } from '../platform/kore-client.js'
import { TransientError, withRetries } from '../platform/retry.js'
import { describeFileSystemError } from '../shared/file-system-errors.js'
import { settled, temporary, temporaryPathBeside } from '../shared/temporary-files.js'
import { DownloadHash } from './download-hash.js'

/**
 * The largest export the action downloads when nothing says how large it is. Kore.ai imports
 * zips of up to 50 MB; real exports are a few MB.
 */
export const MAX_ZIP_BYTES = 2 * 1024 * 1024 * 1024

export interface DownloadedFile {
  file: string
  size: number
  sha256: string
}

export interface DownloadOptions {
  /** The size the platform reported (fileSize). */
  expectedSize?: number
  retries: number
  /** No bytes for this long aborts the try. */
  stallMs: number
  clock: Clock
  signal?: AbortSignal
}

/**
 * A signed link is a credential: masked whole, by its query, and by each parameter that looks
 * like a signature, token or key on its own (a storage error may echo one without the rest),
 * before anything could print it.
 */
export function maskSignedLink(link: string, host: string, mask: (secret: string) => void): void {
  mask(link)
  let url: URL
  try {
    url = new URL(link, `${host}/`)
  } catch {
    return
  }
  mask(url.href)
  if (url.search.length > 1) mask(url.search.slice(1))
  for (const [name, value] of url.searchParams) {
    if (value.length >= 8 && (/sig|token|key|credential|policy|auth|secret|hash/i.test(name) || value.length >= 24)) mask(value)
  }
}

export async function downloadExport(client: KoreClient, url: URL, destination: string, options: DownloadOptions): Promise<DownloadedFile> {
  const partial = temporary(temporaryPathBeside(destination))
  try {
    await fs.promises.mkdir(path.dirname(destination), { recursive: true })
    const file = await withRetries('download the export', () => downloadOnce(client, url, partial, options), {
      retries: options.retries,
      deadline: Infinity,
      clock: options.clock,
      signal: options.signal,
      log: client.log
    })
    await fs.promises.rename(partial, destination)
    return { ...file, file: destination }
  } catch (error) {
    if (options.signal?.aborted) throw new CancelledError()
    throw describeFileSystemError(error, `write the export to ${destination}`)
  } finally {
    await fs.promises.rm(partial, { force: true })
    settled(partial)
  }
}

async function downloadOnce(client: KoreClient, url: URL, temporary: string, options: DownloadOptions): Promise<DownloadedFile> {
  const onDisk = fs.existsSync(temporary) ? fs.statSync(temporary).size : 0
  const hash = new DownloadHash()
  if (options.expectedSize !== undefined) hash.begin(options.expectedSize)
  const answer = await client.openDownload(url, { from: onDisk, timeoutMs: options.stallMs + 1_000, readBuffer: hash.readBuffer }).catch(async error => {
    await hash.stop()
    // 416: what is on disk is already as long as the file (the last try broke off at its end).
    if (!(error instanceof KoreApiError && error.status === 416)) throw error
    await fs.promises.rm(temporary, { force: true })
    throw new TransientError('the server refused to resume (HTTP 416); starting over')
  })
  const body = answer.body
  const resumed = onDisk > 0 && answer.status === 206 && contentRangeStart(body.headers['content-range']) === onDisk
  if (answer.status === 206 && !resumed) {
    body.destroy(new TransientError('a different range'))
    await hash.stop()
    await fs.promises.rm(temporary, { force: true })
    throw new TransientError('the server answered a different range than asked for; starting over')
  }
  const total = resumed ? contentRangeTotal(body.headers['content-range']) : numberHeader(body.headers['content-length'])
  // Object storage may state the object's SHA-256 (S3: base64 in x-amz-checksum-sha256).
  const statedSha256 = base64Header(body.headers['x-amz-checksum-sha256'])
  // More bytes than anyone said there would be: stop at once, not after writing them all.
  const ceiling = Math.min(options.expectedSize ?? Infinity, total ?? Infinity, MAX_ZIP_BYTES)

  // Each piece is written before the next is read, so nothing waits in memory for the disk,
  // and hashed on the way (download-hash.ts). Whatever happens, what arrived is on disk when
  // the try ends, so a transfer that broke off resumes from there.
  hash.begin(total ?? options.expectedSize)
  let sink: number
  try {
    if (resumed) await hashFile(temporary, hash)
    sink = fs.openSync(temporary, resumed ? 'a' : 'w')
  } catch (error) {
    body.destroy(error as Error)
    await hash.stop()
    throw error
  }
  let size = resumed ? onDisk : 0
  const stallTimer = setTimeout(() => body.destroy(new TransientError(`no data for ${options.stallMs / 1000}s after ${size} bytes`)), options.stallMs)
  const cancel = (): void => body.destroy(new CancelledError())
  options.signal?.addEventListener('abort', cancel, { once: true })
  let diskError: Error | undefined
  let refusedAsTooLarge = false
  let sha256: string
  try {
    await body.read(piece => {
      stallTimer.refresh()
      size += piece.length
      if (size > ceiling) {
        refusedAsTooLarge = true
        throw new TransientError(tooLarge(size, options.expectedSize, total))
      }
      hash.update(piece)
      try {
        writeAll(sink, piece)
      } catch (error) {
        diskError = error as Error
        throw error
      }
    })
    sha256 = await hash.digest()
  } catch (error) {
    await hash.stop()
    if (refusedAsTooLarge) {
      // What is on disk is wrong, not just short: the next try starts from nothing.
      fs.closeSync(sink)
      sink = -1
      await fs.promises.rm(temporary, { force: true })
      throw error
    }
    if (diskError) throw diskError
    if (error instanceof TransientError || error instanceof CancelledError) throw error
    throw new TransientError(`the transfer broke off after ${size} bytes (${describeNetworkFailure(error)})`)
  } finally {
    clearTimeout(stallTimer)
    options.signal?.removeEventListener('abort', cancel)
    closeQuietly(sink)
  }

  const problem =
    total !== undefined && size !== total
      ? `received ${size} bytes of ${total}`
      : options.expectedSize !== undefined && size !== options.expectedSize
        ? `received ${size} bytes, but Kore.ai reported ${options.expectedSize} (fileSize)`
        : statedSha256 && !resumed && statedSha256 !== sha256
          ? `the SHA-256 of the ${size} bytes received does not match the one the server stated`
          : undefined
  // Without a stated size or checksum, a short body or an error page would pass: only a file
  // with a readable zip directory counts as the export.
  if (problem) {
    // What is on disk is wrong, not just short: the next try starts from nothing.
    await fs.promises.rm(temporary, { force: true })
    throw new TransientError(problem)
  }
  // All that was announced arrived, and it is not a zip: another try would fetch the same.
  // The zip reader is loaded here, once there is something to read: not at every start.
  const { notAZip, unreadable } = await import('../bot-source/zip-reader.js')
  const why = await notAZip(temporary)
  if (why) throw unreadable(new Error(`${size} bytes from ${describeUrl(answer.url)}: ${why}`))
  return { file: temporary, size, sha256 }
}

function tooLarge(size: number, expectedSize: number | undefined, total: number | undefined): string {
  if (expectedSize !== undefined && size > expectedSize) return `received more than the ${expectedSize} bytes Kore.ai reported (fileSize); stopped`
  if (total !== undefined && size > total) return `received more than the ${total} bytes the server announced; stopped`
  return `the download passed ${MAX_ZIP_BYTES / 1024 / 1024 / 1024} GiB, more than any export of a bot; stopped`
}

/** A regular file takes a write whole, but a full disk may take part of it first. */
function writeAll(fd: number, bytes: Buffer): void {
  for (let at = 0; at < bytes.length; ) at += fs.writeSync(fd, bytes, at)
}

function closeQuietly(fd: number): void {
  if (fd < 0) return
  try {
    fs.closeSync(fd)
  } catch {
    // Nothing more to flush: the error that matters was thrown already.
  }
}

/** A header as the answer gave it: once (text), or repeated (a list, which none of these may be). */
type Header = AnswerHeaders[string]

async function hashFile(file: string, hash: DownloadHash): Promise<void> {
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer)
}

function contentRangeStart(header: Header): number | undefined {
  const match = /^bytes (\d+)-\d+\/(\d+|\*)$/.exec(typeof header === 'string' ? header : '')
  return match ? Number(match[1]) : undefined
}

function contentRangeTotal(header: Header): number | undefined {
  const match = /^bytes \d+-\d+\/(\d+)$/.exec(typeof header === 'string' ? header : '')
  return match ? Number(match[1]) : undefined
}

function numberHeader(header: Header): number | undefined {
  const value = Number(header)
  return typeof header === 'string' && Number.isSafeInteger(value) ? value : undefined
}

function base64Header(header: Header): string | undefined {
  return typeof header === 'string' && header ? Buffer.from(header, 'base64').toString('hex') : undefined
}
