// The download's SHA-256 (src/export/download-hash.ts), fed the way the socket feeds it: reads
// into the shared slots it hands out, split into pieces with framing bytes between them,
// mixed with bytes from elsewhere that it must copy. Compared with Node's own SHA-256 of the
// same pieces, on the worker thread and on the main thread.
import { describe, expect, it } from '@jest/globals'
import { createHash, randomBytes, randomInt } from 'node:crypto'
import { DownloadHash, HASH_ON_WORKER_BYTES } from '../src/export/download-hash.js'

/** Random bytes to copy from: copying outpaces hashing, so the worker falls behind, as it may behind a fast socket. */
const POOL = randomBytes(4 * 1024 * 1024)
function poolBytes(length: number): Buffer {
  const start = randomInt(0, POOL.length - length + 1)
  return POOL.subarray(start, start + length)
}

/** Feeds `hash` about `total` bytes as reads and pieces; returns the SHA-256 of the pieces. */
function feed(hash: DownloadHash, total: number, options: { tinyPieces?: number; copies?: boolean } = {}): string {
  // Kept as copies and hashed at the end: hashing here would keep the main thread slower than the worker.
  const given: Buffer[] = []
  const give = (piece: Buffer): void => {
    given.push(Buffer.from(piece))
    hash.update(piece)
  }
  let fed = 0
  while (fed < total) {
    const room = hash.readBuffer()
    // A read fills part of what it was given, as a socket does.
    const length = randomInt(1, room.length + 1)
    poolBytes(length).copy(room)
    // Framing (a chunk-size line, say) between pieces: read but not part of the body.
    let at = 0
    while (at < length) {
      const skip = Math.min(length - at, randomInt(0, 3) === 0 ? randomInt(1, 8) : 0)
      at += skip
      const size = Math.min(length - at, randomInt(1, 200_000))
      if (size > 0) give(room.subarray(at, at + size))
      at += size
    }
    fed += length
    // Now and then, bytes from elsewhere: a resumed file's start, Node's own chunk.
    if (options.copies !== false && randomInt(0, 4) === 0) give(Buffer.from(poolBytes(randomInt(1, 1_500_000))))
  }
  for (let i = 0; i < (options.tinyPieces ?? 0); i++) {
    const room = hash.readBuffer()
    room[0] = i & 0xff
    give(room.subarray(0, 1))
  }
  const expected = createHash('sha256')
  for (const piece of given) expected.update(piece)
  return expected.digest('hex')
}

describe('the download hash', () => {
  it('on the worker thread: the SHA-256 of every piece, in order, through many rounds of the slots', async () => {
    const hash = new DownloadHash()
    hash.begin(undefined)
    // 40 MiB: the four 1 MiB slots are each reused many times, ahead of the worker if they were not waited for.
    const expected = feed(hash, 40 * 1024 * 1024, { copies: false })
    expect(await hash.digest()).toBe(expected)
  })

  it('on the worker thread: reads mixed with copied bytes (a resumed start, a proxy\'s chunks)', async () => {
    const hash = new DownloadHash()
    hash.begin(undefined)
    const expected = feed(hash, 40 * 1024 * 1024)
    expect(await hash.digest()).toBe(expected)
  })

  it('on the worker thread: more tiny pieces than its queue holds', async () => {
    const hash = new DownloadHash()
    hash.begin(HASH_ON_WORKER_BYTES)
    const expected = feed(hash, 3 * 1024 * 1024, { tinyPieces: 10_000 })
    expect(await hash.digest()).toBe(expected)
  })

  it('on the main thread for a small download: the same SHA-256', async () => {
    const hash = new DownloadHash()
    hash.begin(HASH_ON_WORKER_BYTES - 1)
    const expected = feed(hash, 3 * 1024 * 1024, { tinyPieces: 100 })
    expect(await hash.digest()).toBe(expected)
  })

  it('stopped mid-way (a failed try): the thread ends, and digest() is never left hanging', async () => {
    const hash = new DownloadHash()
    hash.begin(undefined)
    feed(hash, 2 * 1024 * 1024)
    await hash.stop()
    await expect(hash.digest()).rejects.toThrow(/hashing thread stopped/)
  })
})
