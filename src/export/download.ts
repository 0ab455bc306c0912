// Streams the export zip to disk: never whole in memory, hashed on the way, checked, and
// moved into place only once complete and correct, so `path` never holds half a file. One
// path for every download: Node's http through @actions/http-client (proxies, redirects), the
// body piped to the file and hashed as it passes, on the main thread. A transfer that breaks
// off resumes where it stopped, but only from the same file: the Range request carries
// If-Range with the first answer's validator (without one it starts over), a 206 must
// continue the file exactly, and a file put together from several answers is checked as a
// whole before it counts (the SHA-256 the store stated, else every entry's CRC-32).
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { Log } from '../core/host.js'
import { CancelledError, type Clock } from '../platform/clock.js'
import { describeNetworkFailure, describeUrl, type HttpAnswer } from '../platform/http.js'
import { KoreApiError, type KoreClient } from '../platform/kore-client.js'
import { TransientError, withRetries } from '../platform/retry.js'
import { describeFileSystemError } from '../shared/file-system-errors.js'
import { settled, temporary, temporaryPathBeside } from '../shared/temporary-files.js'
import type { ExportZip } from '../bot-source/zip-reader.js'

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
  /** Debug lines: resumes, restarts, checks. */
  log: Log
}

/**
 * A signed link is a credential: masked whole, by its query, and by each parameter that looks
 * like a signature, token or key on its own (a storage error may echo one without the rest),
 * before anything could print it.
 */
export function maskSignedLink(link: string, host: string, mask: (secret: string) => void): void {
  for (const secret of signedLinkSecrets(link, host)) mask(secret)
}

/** What to mask of a signed link: the link, its query, and each value that looks like a signature. */
export function signedLinkSecrets(link: string, host: string): string[] {
  const secrets = [link]
  let url: URL
  try {
    url = new URL(link, `${host}/`)
  } catch {
    return secrets
  }
  secrets.push(url.href)
  if (url.search.length > 1) secrets.push(url.search.slice(1))
  for (const [name, value] of url.searchParams) {
    if (value.length >= 8 && (/sig|token|key|credential|policy|auth|secret|hash/i.test(name) || value.length >= 24))
      secrets.push(value)
  }
  return secrets
}

/** What the tries know about the file on disk: where it came from, and what it must add up to. */
interface Origin {
  /** The first answer's ETag (a strong one), else its Last-Modified: sent as If-Range to resume. */
  validator?: string
  /** The SHA-256 (hex) the store stated with the first answer, for the whole file. */
  statedSha256?: string
  /** The whole file's length, as the first answer gave it. */
  total?: number
  /** Some of the file came from an answer after the first (a resumed transfer). */
  resumed: boolean
}

export async function downloadExport(
  client: KoreClient,
  url: URL,
  destination: string,
  options: DownloadOptions
): Promise<DownloadedFile> {
  const partial = temporary(temporaryPathBeside(destination))
  const origin: Origin = { resumed: false }
  try {
    await fs.promises.mkdir(path.dirname(destination), { recursive: true })
    const file = await withRetries('download the export', () => downloadOnce(client, url, partial, options, origin), {
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

async function downloadOnce(
  client: KoreClient,
  url: URL,
  temporary: string,
  options: DownloadOptions,
  origin: Origin
): Promise<DownloadedFile> {
  const { log } = options
  let from = fs.existsSync(temporary) ? fs.statSync(temporary).size : 0
  if (from > 0 && !origin.validator) {
    // Nothing to tell the same file from another by: a Range request could glue two together.
    log.debug(
      `The store named no ETag or Last-Modified for the export: starting over instead of resuming after ${from} bytes.`
    )
    from = 0
  }
  const answer = await client
    .openDownload(url, { from, ifRange: origin.validator, timeoutMs: options.stallMs + 1_000 })
    .catch(async error => {
      // 416: what is on disk is already as long as the file (the last try broke off at its end).
      if (!(error instanceof KoreApiError && error.status === 416)) throw error
      await fs.promises.rm(temporary, { force: true })
      throw new TransientError('the server refused to resume (HTTP 416); starting over')
    })
  const { message } = answer
  const headers = message.headers
  let total: number | undefined
  if (answer.status === 206) {
    const range = contentRange(headers['content-range'])
    const known = from > 0 ? origin.total : undefined
    const continues =
      range &&
      range.start === from &&
      range.end === range.total - 1 &&
      (known === undefined || range.total === known) &&
      (options.expectedSize === undefined || range.total === options.expectedSize)
    if (!continues) {
      message.destroy()
      await fs.promises.rm(temporary, { force: true })
      const said = typeof headers['content-range'] === 'string' ? `"${headers['content-range'].slice(0, 100)}"` : 'none'
      throw new TransientError(
        `the server answered a range that does not continue the file (asked from byte ${from}${known === undefined ? '' : ` of ${known}`}, Content-Range ${said}); starting over`
      )
    }
    total = range.total
    if (from > 0) origin.resumed = true
    else Object.assign(origin, originOf(answer), { total, resumed: false })
  } else {
    // A whole file (the store ignored the range, or the object changed since): from the start.
    if (from > 0)
      log.debug(`The store sent the whole export again instead of the rest from byte ${from}: starting over.`)
    from = 0
    Object.assign(origin, originOf(answer), { resumed: false })
    total = origin.total
  }
  // More bytes than anyone said there would be: stop at once, not after writing them all.
  const ceiling = Math.min(options.expectedSize ?? Infinity, total ?? Infinity, MAX_ZIP_BYTES)

  // Whatever happens, what arrived is on disk when the try ends, so a transfer that broke off
  // resumes from there; the hash starts over with each try, from the file's first byte.
  const hash = createHash('sha256')
  let size = from
  let refusedAsTooLarge = false
  let diskError: Error | undefined
  try {
    if (from > 0)
      for await (const chunk of fs.createReadStream(temporary, { end: from - 1 })) hash.update(chunk as Buffer)
  } catch (error) {
    message.destroy()
    throw error
  }
  // Opened here, not lazily by the stream: a transfer cut off before a lazy open would lose
  // the bytes that came first, and the next try could not resume from them.
  let fd: number
  try {
    fd = fs.openSync(temporary, from > 0 ? 'a' : 'w')
  } catch (error) {
    message.destroy()
    throw error
  }
  // Room for 1 MiB of writes in flight (the default is 16 KiB): the socket keeps being read
  // while the thread pool writes, instead of pausing for every 64 KiB piece. 256 MiB took
  // about 1.65 s with the default and 1.0 s with this, standalone on the 2-core bench machine.
  const sink = fs.createWriteStream(temporary, { fd, highWaterMark: 1024 * 1024 })
  const stallTimer = setTimeout(
    () => message.destroy(new TransientError(`no data for ${options.stallMs / 1000}s after ${size} bytes`)),
    options.stallMs
  )
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      stallTimer.refresh()
      size += chunk.length
      if (size > ceiling) {
        refusedAsTooLarge = true
        return done(new TransientError(tooLarge(size, options.expectedSize, total)))
      }
      hash.update(chunk)
      done(null, chunk)
    }
  })
  // The file's own errors (pipeline passes the others on to it too): a full disk, say.
  sink.on('error', (error: NodeJS.ErrnoException) => {
    if (error.syscall === 'open' || error.syscall === 'write' || error.syscall === 'close') diskError ??= error
  })
  const cancel = (): void => {
    message.destroy(new CancelledError())
  }
  if (options.signal?.aborted) cancel()
  options.signal?.addEventListener('abort', cancel, { once: true })
  try {
    await pipeline(message, meter, sink)
  } catch (error) {
    await closed(sink)
    if (refusedAsTooLarge) {
      // What is on disk is wrong, not just short: the next try starts from nothing.
      await fs.promises.rm(temporary, { force: true })
      throw error
    }
    if (diskError) throw diskError
    if (error instanceof TransientError || error instanceof CancelledError) throw error
    throw new TransientError(`the transfer broke off after ${size} bytes (${describeNetworkFailure(error)})`)
  } finally {
    clearTimeout(stallTimer)
    options.signal?.removeEventListener('abort', cancel)
  }
  await closed(sink)
  const sha256 = hash.digest('hex')

  const problem =
    total !== undefined && size !== total
      ? `received ${size} bytes of ${total}`
      : options.expectedSize !== undefined && size !== options.expectedSize
        ? `received ${size} bytes, but Kore.ai reported ${options.expectedSize} (fileSize)`
        : origin.statedSha256 && origin.statedSha256 !== sha256
          ? `the SHA-256 of the ${size} bytes received${origin.resumed ? ' (in more than one transfer)' : ''} does not match the one the server stated; starting over`
          : origin.resumed && !origin.statedSha256
            ? await entriesProblem(temporary)
            : undefined
  if (problem) {
    // What is on disk is wrong, not just short: the next try starts from nothing.
    await fs.promises.rm(temporary, { force: true })
    throw new TransientError(problem)
  }
  if (origin.resumed)
    log.debug(
      `The export was put together from more than one transfer and checked whole (${origin.statedSha256 ? "the store's SHA-256" : "every entry's CRC-32"}).`
    )
  // Without a stated size or checksum, a short body or an error page would pass: only a file
  // with a readable zip directory counts as the export. All that was announced arrived, and it
  // is not a zip: another try would fetch the same. The zip reader is loaded here, once there
  // is something to read: not at every start.
  const { notAZip, unreadable } = await import('../bot-source/zip-reader.js')
  const why = await notAZip(temporary)
  if (why) throw unreadable(new Error(`${size} bytes from ${describeUrl(answer.url)}: ${why}`))
  return { file: temporary, size, sha256 }
}

/** What the answer that starts the file says about it. */
function originOf({ message: { headers } }: HttpAnswer): Omit<Origin, 'resumed'> {
  const etag = typeof headers.etag === 'string' && /^"[^"]*"$/.test(headers.etag) ? headers.etag : undefined
  const lastModified =
    typeof headers['last-modified'] === 'string' && Number.isFinite(Date.parse(headers['last-modified']))
      ? headers['last-modified']
      : undefined
  // Object storage may state the object's SHA-256 (S3: base64 in x-amz-checksum-sha256).
  const stated = headers['x-amz-checksum-sha256']
  return {
    validator: etag ?? lastModified,
    statedSha256: typeof stated === 'string' && stated ? Buffer.from(stated, 'base64').toString('hex') : undefined,
    total: numberHeader(headers['content-length'])
  }
}

/**
 * Why a zip put together from several transfers is not whole, as `unzip -t` checks it: every
 * entry read to its end and its CRC-32 compared. Undefined if it checks out.
 */
async function entriesProblem(file: string): Promise<string | undefined> {
  const { ExportZip: Zip } = await import('../bot-source/zip-reader.js')
  let zip: ExportZip | undefined
  try {
    zip = await Zip.open(file)
    for (const entry of zip.files) for await (const chunk of await zip.stream(entry)) void chunk
    return undefined
  } catch (error) {
    return `the export put together from more than one transfer does not check out (${(error as Error).message.slice(0, 300)}); starting over`
  } finally {
    zip?.close()
  }
}

function tooLarge(size: number, expectedSize: number | undefined, total: number | undefined): string {
  if (expectedSize !== undefined && size > expectedSize)
    return `received more than the ${expectedSize} bytes Kore.ai reported (fileSize); stopped`
  if (total !== undefined && size > total) return `received more than the ${total} bytes the server announced; stopped`
  return `the download passed ${MAX_ZIP_BYTES / 1024 / 1024 / 1024} GiB, more than any export of a bot; stopped`
}

/** Once the file is closed: the next try reads its length, or it is moved into place. */
async function closed(sink: fs.WriteStream): Promise<void> {
  if (sink.closed) return
  await new Promise<void>(resolve => {
    sink.once('close', resolve)
    sink.destroy()
  })
}

/** A header as the answer gave it: once (text), or repeated (a list, which none of these may be). */
type Header = string | string[] | undefined

function contentRange(header: Header): { start: number; end: number; total: number } | undefined {
  const match = /^bytes (\d{1,15})-(\d{1,15})\/(\d{1,15})$/.exec(typeof header === 'string' ? header : '')
  if (!match) return undefined
  const [start, end, total] = match.slice(1).map(Number)
  return start <= end && end < total ? { start, end, total } : undefined
}

function numberHeader(header: Header): number | undefined {
  const value = Number(header)
  return typeof header === 'string' && /^\d{1,15}$/.test(header) && Number.isSafeInteger(value) ? value : undefined
}
