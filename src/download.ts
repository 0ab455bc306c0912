// Streams the export zip to disk: never whole in memory, hashed on the way, and moved into
// place only once complete, so `path` never holds half a file.
import { createHash, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { KoreClient } from './kore-client.js'

export interface DownloadedFile {
  file: string
  size: number
  sha256: string
}

export class DownloadError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'DownloadError'
  }
}

export async function downloadExport(
  client: KoreClient,
  url: URL,
  destination: string,
  expectedSize?: number
): Promise<DownloadedFile> {
  await fs.promises.mkdir(path.dirname(destination), { recursive: true })
  const temporary = temporaryPathBeside(destination)
  try {
    const body = await client.openDownload(url)
    const declared = Number(body.headers['content-length'])
    const hash = createHash('sha256')
    let size = 0
    const meter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        size += chunk.length
        hash.update(chunk)
        done(null, chunk)
      }
    })
    await pipeline(body, meter, fs.createWriteStream(temporary, { flags: 'wx' }))

    if (body.headers['content-length'] !== undefined && declared !== size) {
      throw new DownloadError(`The download ended after ${size} of ${declared} bytes. Run the step again.`)
    }
    if (expectedSize !== undefined && expectedSize !== size) {
      throw new DownloadError(
        `The downloaded export has ${size} bytes, but Kore.ai reported ${expectedSize} (fileSize). Run the step again; if it keeps happening, check for a proxy that alters downloads.`
      )
    }
    await fs.promises.rename(temporary, destination)
    return { file: destination, size, sha256: hash.digest('hex') }
  } catch (error) {
    await fs.promises.rm(temporary, { force: true })
    throw error
  }
}

/** In the same folder, so the final rename cannot cross file systems. */
export function temporaryPathBeside(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
}
