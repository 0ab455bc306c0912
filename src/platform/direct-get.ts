// The export download, read straight off the socket into one buffer used again and again.
// Node's `http` gives every read of the socket a buffer of its own and passes each through a
// stream: for a 256 MiB export about twice the time of this reader, and on Node 24 over 100
// MiB of spent buffers waiting for the garbage collector (docs/benchmarks.md). One GET, over
// HTTP/1.1, with `Connection: close`: the answer's head is parsed here, strictly (anything
// else is a failed try, as Node's parser would make it), and the body is framed by its
// Content-Length, its chunks, or the end of the connection, as RFC 9112 §6.3 says.
import net from 'node:net'
import tls from 'node:tls'

/** The answer's head, names in lower case; a repeated header's values joined by `, `. */
export type AnswerHeaders = Readonly<Record<string, string | string[] | undefined>>

/** An answer's body, read once. */
export interface BodyReader {
  readonly headers: AnswerHeaders
  /**
   * Gives each piece of the body to `take` as it arrives. A piece is valid only during the
   * call: its memory is used again for the next. Settles at the end of the body; rejects
   * with what `take` throws, when the connection fails, and when it ends early.
   */
  read(take: (piece: Buffer) => void): Promise<void>
  /** Closes the connection; a read in progress rejects with `error`. */
  destroy(error: Error): void
}

export type DirectAnswer = { kind: 'answer'; status: number; body: BodyReader } | { kind: 'redirect'; status: number; location: string }

export interface DirectRequest {
  /** The answer once its head is in; rejects with the socket's error (the caller classifies it). */
  answer: Promise<DirectAnswer>
  /** Closes the connection before the head: `answer` rejects with `error`. */
  destroy(error: Error): void
}

/** A malformed answer: what Node's parser would reject too. Another try may get a good one. */
export class MalformedAnswerError extends Error {
  constructor(what: string) {
    super(`the answer was not well-formed HTTP/1.1 (${what})`)
    this.name = 'MalformedAnswerError'
  }
}

/** Larger heads are not object storage's (Node's own limit is 16 KiB). */
const MAX_HEAD_BYTES = 32 * 1024
/** A chunk-size line or a trailer line longer than this is not one. */
const MAX_LINE_BYTES = 4 * 1024
/** What the socket reads into: each read takes up to this much. */
const READ_BUFFER_BYTES = 1024 * 1024
const REDIRECTS = new Set([301, 302, 303, 307, 308])

const STATUS_LINE = /^HTTP\/1\.[01] (\d\d\d)(?: [\t\x20-\x7e\x80-\xff]*)?$/
const HEADER_LINE = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+):[\t ]*([\t\x20-\x7e\x80-\xff]*?)[\t ]*$/
const CHUNK_SIZE_LINE = /^([0-9A-Fa-f]{1,12})[\t ]*(?:;[\t\x20-\x7e\x80-\xff]*)?$/

/**
 * One GET. `headers` go as they are (the caller's: Range, auth); the connection closes after
 * the answer. `readBuffer`, if given, says where each read of the socket goes (called before
 * each read); otherwise one buffer is used again and again.
 */
export function directGet(url: URL, headers: Record<string, string>, readBuffer?: () => Buffer): DirectRequest {
  const target = `${url.pathname}${url.search}`
  const lines = [`GET ${target} HTTP/1.1`, `Host: ${url.host}`, 'User-Agent: kore-bot-export', 'Accept-Encoding: identity', 'Connection: close']
  for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`)
  // WHATWG URLs are percent-encoded, and the headers are the action's own; checked anyway,
  // since a line break in either would make a second request.
  if (lines.some(line => /[^\t\x20-\x7e]/.test(line)) || /\s/.test(target)) throw new Error('a request line or header with characters HTTP does not allow')
  const reader = new SocketReader(url, readBuffer ?? Buffer.allocUnsafe(READ_BUFFER_BYTES))
  return { answer: reader.start(`${lines.join('\r\n')}\r\n\r\n`), destroy: error => reader.fail(error) }
}

type Framing =
  | { kind: 'length'; remaining: number }
  | { kind: 'chunked'; phase: 'size' | 'data' | 'data-end' | 'trailer'; left: number; line: string }
  | { kind: 'close' }

class SocketReader {
  private readonly socket: net.Socket
  /** The head, while it is not complete. */
  private head: Buffer[] = []
  private headBytes = 0
  private framing: Framing = { kind: 'close' }
  /** Body bytes that came in the read that ended the head: copied, the buffer is reused. */
  private early?: Buffer
  private take?: (piece: Buffer) => void
  private onHead?: { resolve: (answer: DirectAnswer) => void; reject: (error: Error) => void }
  private onBody?: { resolve: () => void; reject: (error: Error) => void }
  /** The connection ended or failed between the head and the read: the read decides what it means. */
  private hangup?: { error?: Error }
  private failure?: Error
  private done = false

  constructor(url: URL, buffer: Buffer | (() => Buffer)) {
    const host = url.hostname.replace(/^\[(.*)\]$/, '$1')
    const port = Number(url.port) || (url.protocol === 'https:' ? 443 : 80)
    const onread = { buffer, callback: (length: number, buffer: Buffer) => this.received(buffer.subarray(0, length)) }
    // Certificates are checked as by https: Node's CAs, NODE_EXTRA_CA_CERTS, the host's name.
    this.socket =
      url.protocol === 'https:'
        ? tls.connect({ host, port, servername: net.isIP(host) ? undefined : host, onread } as tls.ConnectionOptions)
        : net.connect({ host, port, onread })
    this.socket.on('error', error => this.lost(error))
    this.socket.on('end', () => this.lost(undefined))
    this.socket.on('close', () => this.lost(new Error(this.onHead ? 'the connection closed before an answer' : 'the connection closed before the end of the answer')))
  }

  start(request: string): Promise<DirectAnswer> {
    return new Promise<DirectAnswer>((resolve, reject) => {
      this.onHead = { resolve, reject }
      this.socket.write(request)
    })
  }

  /** The socket's read callback; false pauses the socket. */
  private received(bytes: Buffer): boolean {
    if (this.done) return false
    if (this.onHead) return this.receivedHead(bytes)
    if (this.take) return this.deliver(bytes)
    // Paused for the reader, yet more came: kept for it.
    this.early = Buffer.concat([this.early ?? Buffer.alloc(0), bytes])
    return false
  }

  private receivedHead(bytes: Buffer): boolean {
    // The end of the head may straddle reads (of a byte each, even): look back three bytes.
    const before = Buffer.concat(this.head).subarray(-3)
    const end = Buffer.concat([before, bytes]).indexOf('\r\n\r\n')
    const headEnd = end < 0 ? bytes.length : end + 4 - before.length
    this.headBytes += headEnd
    if (this.headBytes > MAX_HEAD_BYTES) {
      this.fail(new MalformedAnswerError(`a head over ${MAX_HEAD_BYTES / 1024} KiB`))
      return false
    }
    this.head.push(Buffer.from(bytes.subarray(0, headEnd)))
    if (end < 0) return true
    const text = Buffer.concat(this.head).toString('latin1')
    this.head = []
    this.headBytes = 0
    let answer: DirectAnswer | undefined
    try {
      answer = this.parseHead(text.slice(0, -4))
    } catch (error) {
      this.fail(error as Error)
      return false
    }
    // An interim answer (100 Continue): the real one follows.
    if (!answer) return this.receivedHead(bytes.subarray(headEnd))
    const onHead = this.onHead!
    this.onHead = undefined
    if (answer.kind === 'answer') this.early = Buffer.from(bytes.subarray(headEnd))
    else this.finish()
    onHead.resolve(answer)
    // The socket waits for the body's reader.
    return false
  }

  private parseHead(text: string): DirectAnswer | undefined {
    const lines = text.split('\r\n')
    const status = STATUS_LINE.exec(lines[0])
    if (!status) throw new MalformedAnswerError('no status line')
    const headers: Record<string, string> = {}
    for (const line of lines.slice(1)) {
      const header = HEADER_LINE.exec(line)
      if (!header) throw new MalformedAnswerError('a header line that is not one')
      const name = header[1].toLowerCase()
      const value = header[2]
      // Two lengths that disagree: which one frames the body is anyone's guess.
      if (name === 'content-length' && headers[name] !== undefined && headers[name] !== value) throw new MalformedAnswerError('two Content-Lengths')
      headers[name] = headers[name] === undefined || name === 'content-length' ? value : `${headers[name]}, ${value}`
    }
    const code = Number(status[1])
    if (code >= 100 && code < 200 && code !== 101) return undefined
    if (REDIRECTS.has(code) && headers.location) return { kind: 'redirect', status: code, location: headers.location }
    const transfer = headers['transfer-encoding']?.toLowerCase()
    const length = headers['content-length']
    if (code === 101 || code < 100) throw new MalformedAnswerError(`status ${code}`)
    if (code === 204 || code === 304) this.framing = { kind: 'length', remaining: 0 }
    else if (transfer !== undefined) {
      // Both: the way requests are smuggled past proxies. Node's parser refuses it too.
      if (length !== undefined) throw new MalformedAnswerError('both Transfer-Encoding and Content-Length')
      if (transfer !== 'chunked') throw new MalformedAnswerError('a transfer coding other than chunked')
      this.framing = { kind: 'chunked', phase: 'size', left: 0, line: '' }
    } else if (length !== undefined) {
      if (!/^\d{1,15}$/.test(length)) throw new MalformedAnswerError('a Content-Length that is not a number')
      this.framing = { kind: 'length', remaining: Number(length) }
    }
    return { kind: 'answer', status: code, body: this.bodyReader(headers) }
  }

  private bodyReader(headers: AnswerHeaders): BodyReader {
    return {
      headers,
      read: take =>
        new Promise<void>((resolve, reject) => {
          if (this.take) return reject(new Error('the body is read once'))
          this.take = take
          this.onBody = { resolve, reject }
          if (this.failure) return this.fail(this.failure)
          const early = this.early ?? Buffer.alloc(0)
          this.early = undefined
          if (!this.deliver(early) || this.done) return
          if (this.hangup) return this.lost(this.hangup.error)
          this.socket.resume()
        }),
      destroy: error => this.fail(error)
    }
  }

  /** Gives body bytes to the reader; false once the body is complete or the reading failed. */
  private deliver(bytes: Buffer): boolean {
    const framing = this.framing
    try {
      if (framing.kind === 'close') {
        if (bytes.length > 0) this.take!(bytes)
        return true
      }
      if (framing.kind === 'length') {
        const piece = bytes.subarray(0, framing.remaining)
        framing.remaining -= piece.length
        if (piece.length > 0) this.take!(piece)
        if (framing.remaining > 0) return true
      } else if (!this.dechunk(framing, bytes)) return true
    } catch (error) {
      this.fail(error as Error)
      return false
    }
    this.finish()
    return false
  }

  /** Passes on the data of a chunked body; true at its end. */
  private dechunk(framing: Extract<Framing, { kind: 'chunked' }>, bytes: Buffer): boolean {
    let at = 0
    while (at < bytes.length) {
      if (framing.phase === 'data') {
        const piece = bytes.subarray(at, at + framing.left)
        at += piece.length
        framing.left -= piece.length
        if (framing.left === 0) framing.phase = 'data-end'
        this.take!(piece)
        continue
      }
      const newline = bytes.indexOf(0x0a, at)
      const end = newline < 0 ? bytes.length : newline + 1
      framing.line += bytes.toString('latin1', at, end)
      at = end
      if (framing.line.length > MAX_LINE_BYTES) throw new MalformedAnswerError('a chunk line that does not end')
      if (newline < 0) return false
      if (!framing.line.endsWith('\r\n')) throw new MalformedAnswerError('a chunk line not ended by CRLF')
      const line = framing.line.slice(0, -2)
      framing.line = ''
      if (framing.phase === 'data-end') {
        if (line !== '') throw new MalformedAnswerError('chunk data longer than its size')
        framing.phase = 'size'
      } else if (framing.phase === 'size') {
        const size = CHUNK_SIZE_LINE.exec(line)
        if (!size) throw new MalformedAnswerError('a chunk size that is not one')
        framing.left = parseInt(size[1], 16)
        framing.phase = framing.left === 0 ? 'trailer' : 'data'
      } else if (line === '') return true
    }
    return false
  }

  /** The connection ended (`error` undefined: the server finished sending) or failed. */
  private lost(error: Error | undefined): void {
    if (this.done) return
    if (this.onHead) return this.fail(error ?? new Error('the connection closed before an answer'))
    if (!this.take) {
      this.hangup ??= { error }
      return
    }
    // Without a length or chunks, the body is what came before the server closed.
    if (!error && this.framing.kind === 'close') return this.finish()
    this.fail(error ?? new Error('the connection closed before the end of the answer'))
  }

  private finish(): void {
    this.done = true
    this.close()
    this.onBody?.resolve()
  }

  fail(error: Error): void {
    if (this.done) return
    this.failure ??= error
    this.close()
    if (this.onHead) {
      this.done = true
      const { reject } = this.onHead
      this.onHead = undefined
      reject(error)
    } else if (this.onBody) {
      this.done = true
      this.onBody.reject(error)
    }
    // Between the head and the read: the read rejects with it.
  }

  private close(): void {
    if (!this.socket.destroyed) this.socket.destroy()
  }
}
