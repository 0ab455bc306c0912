// Unpacks the export into a folder laid out for git: exactly the files of the export, JSON
// re-indented. Everything lands in a temporary folder first and replaces the target only
// when all went well, so a bad zip leaves the folder as it was.
// yauzl reads the zip from disk entry by entry (the zip is never whole in memory) and
// already refuses absolute and `..` entry names; symlinks and the final containment check
// are ours.
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import type { Readable } from 'node:stream'
import yauzl from 'yauzl'
import { CancelledError } from './clock.js'
import { reindentJson } from './json-format.js'

export class UnpackError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UnpackError'
  }
}

const S_IFMT = 0o170000
const S_IFLNK = 0o120000

/** Replaces `target` with the zip's content; returns the unpacked files, sorted. */
export async function unpackExport(zipFile: string, target: string, signal?: AbortSignal): Promise<string[]> {
  const parent = path.dirname(target)
  await fs.promises.mkdir(parent, { recursive: true })
  const staging = path.join(parent, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
  await fs.promises.mkdir(staging)
  try {
    const files = await extractAll(zipFile, staging, target, signal)
    await swapInto(staging, target)
    return files.sort()
  } catch (error) {
    await fs.promises.rm(staging, { recursive: true, force: true })
    throw error
  }
}

async function extractAll(zipFile: string, staging: string, target: string, signal?: AbortSignal): Promise<string[]> {
  const refuse = (name: string, why: string): UnpackError =>
    new UnpackError(
      `The export zip holds an entry "${name}" that ${why}. Nothing was unpacked and ${target} is as it was. The zip may have been tampered with: check where it came from before using it.`
    )

  let zip: yauzl.ZipFile
  try {
    zip = await yauzl.openPromise(zipFile)
  } catch (error) {
    throw unreadable(error)
  }
  const entries = zip.eachEntry()
  const files: string[] = []
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

      if (name.endsWith('/')) {
        await fs.promises.mkdir(destination, { recursive: true })
        continue
      }
      await fs.promises.mkdir(path.dirname(destination), { recursive: true })
      const stream = await zip.openReadStreamPromise(entry)
      if (name.toLowerCase().endsWith('.json')) {
        const raw = await readAll(stream)
        const text = raw.toString('utf8')
        await fs.promises.writeFile(destination, reindentJson(text) ?? raw)
      } else {
        await pipeline(stream, fs.createWriteStream(destination))
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

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
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
