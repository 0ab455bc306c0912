// The SHA-256 of a download, and the memory the socket reads it into. For a large download
// the hash runs on a worker thread, on a second core, while the main thread receives and
// writes: hashing is the largest single cost of taking in a big export (150 ms for 256 MiB on
// the bench machine, more than the transfer). Nothing is copied on the way: the socket reads
// into slots of shared memory, the main thread writes each piece from there and queues it,
// and the worker hashes the queue in order and frees each slot once it has hashed all of it.
// Bytes from elsewhere (the part of the file a resumed try keeps, Node's own buffers when a
// proxy is on the way, what came with the answer's head) are copied into a slot of their own:
// the slot the socket reads into next is the socket's until it has read.
// A small download is hashed on the main thread as it arrives: a thread takes longer to start
// (25 ms) than it would save.
import { createHash, type Hash } from 'node:crypto'
import { Worker } from 'node:worker_threads'

/** From this size on, the download is hashed on a worker thread. */
export const HASH_ON_WORKER_BYTES = 8 * 1024 * 1024
/** Slots the socket reads into, in turn; one more holds copied bytes. */
const SLOTS = 4
const COPY_SLOT = SLOTS
const SLOT_BYTES = 1024 * 1024
/** A slot with less room than this is left for the next: a read gets at least this much. */
const MIN_READ_BYTES = 64 * 1024
/** Pieces queued and not yet hashed, at most (a chunked body may come in tiny pieces). */
const QUEUE = 4096
/** The longest the main thread waits for the worker to free room before calling it stuck. */
const MAX_WAIT_MS = 30_000

// The control words, in shared memory: [QUEUED] pieces queued so far, [HASHED] pieces hashed
// so far, [DONE] 1 once nothing more will come, [SIGNAL] bumped at each change the worker must
// see (it sleeps on it), then each slot's count of queued pieces not yet hashed, then the
// queue's entries (offset, length).
const QUEUED = 0
const HASHED = 1
const DONE = 2
const SIGNAL = 3
const PENDING = 4
const ENTRIES = PENDING + SLOTS + 1

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const hash = require('node:crypto').createHash('sha256')
const memory = Buffer.from(workerData.memory)
const control = new Int32Array(workerData.control)
let hashed = 0
for (;;) {
  const signal = Atomics.load(control, ${SIGNAL})
  if (hashed < Atomics.load(control, ${QUEUED})) {
    const entry = ${ENTRIES} + (hashed % ${QUEUE}) * 2
    const offset = control[entry]
    hash.update(memory.subarray(offset, offset + control[entry + 1]))
    Atomics.sub(control, ${PENDING} + Math.floor(offset / ${SLOT_BYTES}), 1)
    Atomics.store(control, ${HASHED}, ++hashed)
    Atomics.notify(control, ${HASHED})
  } else if (Atomics.load(control, ${DONE})) break
  else Atomics.wait(control, ${SIGNAL}, signal)
}
parentPort.postMessage(hash.digest('hex'))
`

export class DownloadHash {
  private readonly memory = new SharedArrayBuffer((SLOTS + 1) * SLOT_BYTES)
  private readonly bytes = Buffer.from(this.memory)
  private readonly control = new Int32Array(new SharedArrayBuffer((ENTRIES + QUEUE * 2) * 4))
  /** The slot the socket reads into, and how much of it is taken. */
  private slot = 0
  private used = 0
  /** How much of the copy slot is taken. */
  private copied = 0
  private queued = 0
  private hash?: Hash
  private worker?: { thread: Worker; digest: Promise<string> }

  /**
   * Hashes on a worker thread if the download is this large (or of unknown size), else here.
   * The first call decides: as early as the size is known, so that the thread starts while
   * the request is on its way.
   */
  begin(expectedSize: number | undefined): void {
    if (this.hash || this.worker) return
    if ((expectedSize ?? Infinity) < HASH_ON_WORKER_BYTES) {
      this.hash = createHash('sha256')
      return
    }
    const thread = new Worker(WORKER_SOURCE, { eval: true, workerData: { memory: this.memory, control: this.control.buffer } })
    const digest = new Promise<string>((resolve, reject) => {
      thread.once('message', resolve)
      thread.once('error', reject)
      thread.once('exit', code => reject(new Error(`the hashing thread stopped (exit code ${code})`)))
    })
    // Until digest() asks for it, a failure waits there: not an unhandled rejection.
    digest.catch(() => {})
    this.worker = { thread, digest }
  }

  /**
   * Where the socket reads next: the rest of the current slot, or the next slot once the
   * worker has hashed all of it. Pieces of it given to `update` stay untouched until hashed.
   */
  readBuffer = (): Buffer => {
    if (SLOT_BYTES - this.used < MIN_READ_BYTES) {
      this.slot = (this.slot + 1) % SLOTS
      this.used = 0
      this.waitFor(() => Atomics.load(this.control, PENDING + this.slot) === 0)
    }
    return this.bytes.subarray(this.slot * SLOT_BYTES + this.used, (this.slot + 1) * SLOT_BYTES)
  }

  /** The next bytes of the download, in order. */
  update(piece: Buffer): void {
    if (this.hash) {
      this.hash.update(piece)
      return
    }
    const offset = piece.buffer === this.memory ? piece.byteOffset : -1
    if (offset < 0) return this.updateCopied(piece)
    // What the socket read is taken up to the end of this piece.
    if (Math.floor(offset / SLOT_BYTES) === this.slot) this.used = Math.max(this.used, offset + piece.length - this.slot * SLOT_BYTES)
    this.enqueue(offset, piece.length)
  }

  private updateCopied(piece: Buffer): void {
    for (let at = 0; at < piece.length; ) {
      if (this.copied === SLOT_BYTES) {
        this.waitFor(() => Atomics.load(this.control, PENDING + COPY_SLOT) === 0)
        this.copied = 0
      }
      const length = Math.min(SLOT_BYTES - this.copied, piece.length - at)
      const offset = COPY_SLOT * SLOT_BYTES + this.copied
      piece.copy(this.bytes, offset, at, at + length)
      this.copied += length
      this.enqueue(offset, length)
      at += length
    }
  }

  private enqueue(offset: number, length: number): void {
    if (length === 0) return
    this.waitFor(() => this.queued - Atomics.load(this.control, HASHED) < QUEUE)
    const entry = ENTRIES + (this.queued % QUEUE) * 2
    this.control[entry] = offset
    this.control[entry + 1] = length
    Atomics.add(this.control, PENDING + Math.floor(offset / SLOT_BYTES), 1)
    Atomics.store(this.control, QUEUED, ++this.queued)
    this.wake()
  }

  /** Blocks until `ready` (the worker frees room within milliseconds; a thread that stopped never does). */
  private waitFor(ready: () => boolean): void {
    if (!this.worker) return
    const deadline = Date.now() + MAX_WAIT_MS
    for (;;) {
      // Read before the check: a piece hashed in between changes it, and the wait returns at once.
      const hashed = Atomics.load(this.control, HASHED)
      if (ready()) return
      if (Date.now() > deadline) throw new Error('the hashing thread stopped taking data')
      Atomics.wait(this.control, HASHED, hashed, 1000)
    }
  }

  private wake(): void {
    Atomics.add(this.control, SIGNAL, 1)
    Atomics.notify(this.control, SIGNAL)
  }

  /** The SHA-256 (hex) of everything given to `update`. */
  async digest(): Promise<string> {
    if (this.hash) return this.hash.digest('hex')
    if (!this.worker) throw new Error('begin() was not called')
    Atomics.store(this.control, DONE, 1)
    this.wake()
    return this.worker.digest
  }

  /** Stops the worker (the try failed). */
  async stop(): Promise<void> {
    await this.worker?.thread.terminate()
  }
}
