// The export download in-process (src/export/download.ts over src/platform/http.ts), against a
// storage server that writes its answers byte for byte as each test says: resumes and what
// makes one safe (If-Range, Content-Range, the whole file checked), redirects and where the
// platform's `auth` header may go, answers that must not crash or hang the run, and the
// limits (stall, size, cancellation). The bundle suites (download-faults, proxy, hostile-*)
// run the same code through dist/ as a runner does.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createHash, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { silentLog } from '../src/core/host.js'
import type { Clock } from '../src/platform/clock.js'
import { CancelledError } from '../src/platform/clock.js'
import { KoreClient } from '../src/platform/kore-client.js'
import { downloadExport, type DownloadOptions } from '../src/export/download.js'
import { buildZip } from '../script/simulator/zip.js'

type Part = string | Buffer
/** What the storage server writes for one request: parts sent apart, then (unless `keepOpen`) the end. */
type Answer = (request: Head, index: number) => { parts: Part[]; keepOpen?: boolean; gapMs?: number }

interface Head {
  line: string
  headers: Record<string, string>
}

function parseHead(text: string): Head {
  const [line, ...rest] = text.split('\r\n')
  const headers: Record<string, string> = {}
  for (const header of rest) {
    const colon = header.indexOf(':')
    if (colon > 0) headers[header.slice(0, colon).trim().toLowerCase()] = header.slice(colon + 1).trim()
  }
  return { line, headers }
}

/** A server on loopback that answers each request as `answer` says, byte for byte. */
class RawServer {
  readonly requests: Head[] = []
  answer: Answer = () => ({ parts: [] })
  private readonly sockets = new Set<net.Socket>()
  private readonly server = net.createServer(socket => {
    this.sockets.add(socket)
    socket.on('close', () => this.sockets.delete(socket))
    socket.setNoDelay(true)
    let head = ''
    socket.on('data', data => {
      head += data.toString('latin1')
      const end = head.indexOf('\r\n\r\n')
      if (end < 0) return
      const request = parseHead(head.slice(0, end))
      head = ''
      this.requests.push(request)
      const { parts, keepOpen, gapMs = 5 } = this.answer(request, this.requests.length - 1)
      void (async () => {
        for (const part of parts) {
          if (socket.destroyed) return
          socket.write(part)
          await new Promise(resolve => setTimeout(resolve, gapMs))
        }
        if (!keepOpen) socket.end()
      })()
    })
    socket.on('error', () => {})
  })
  port = 0

  async listen(): Promise<void> {
    await new Promise<void>(resolve => this.server.listen(0, '127.0.0.1', resolve))
    this.port = (this.server.address() as net.AddressInfo).port
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy()
    await new Promise(resolve => this.server.close(resolve))
  }

  get origin(): string {
    return `http://127.0.0.1:${this.port}`
  }

  url(pathname = '/exports/bot.zip'): URL {
    return new URL(`${this.origin}${pathname}?X-Signature=${'ab'.repeat(20)}`)
  }
}

const storage = new RawServer()
const platform = new RawServer()
let folder: string
let destination: string

beforeAll(async () => {
  await storage.listen()
  await platform.listen()
})
afterAll(async () => {
  await storage.close()
  await platform.close()
})
beforeEach(() => {
  storage.requests.length = 0
  platform.requests.length = 0
  storage.answer = () => ({ parts: ['HTTP/1.1 500 Not set up\r\nContent-Length: 0\r\n\r\n'] })
  platform.answer = () => ({ parts: ['HTTP/1.1 500 Not set up\r\nContent-Length: 0\r\n\r\n'] })
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kore-download-'))
  destination = path.join(folder, 'out', 'export.zip')
})
afterEach(() => fs.rmSync(folder, { recursive: true, force: true }))

const TOKEN = 'the-platform-jwt'
/** Retries without the backoff's wait. */
const noWait: Clock = { now: () => Date.now(), sleep: async () => {} }

function client(): KoreClient {
  return new KoreClient(platform.origin, () => TOKEN, { requestTimeoutMs: 5_000 })
}

function download(url: URL, options: Partial<DownloadOptions> = {}) {
  return downloadExport(client(), url, destination, {
    retries: 3,
    stallMs: 2_000,
    clock: noWait,
    log: silentLog,
    ...options
  })
}

/** An export of incompressible bytes stored as they are: a byte changed mid-way leaves a zip whose directory still reads. */
const zip = buildZip(
  [
    { name: 'botDefinition.json', data: JSON.stringify({ name: 'Download Bot' }) },
    { name: 'payload.bin', data: randomBytes(200_000) }
  ],
  { compress: false }
)
const ZIP_SHA256 = createHash('sha256').update(zip).digest('hex')

function head(status: string, headers: Record<string, string | number>): string {
  return `HTTP/1.1 ${status}\r\n${Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('')}\r\n`
}

/** The zip with one byte in `payload.bin` flipped, at or after `from`. */
function corrupted(from: number): Buffer {
  const copy = Buffer.from(zip)
  copy[Math.max(from, 1000) + 5000] ^= 0xff
  return copy
}

/** Whole answers as a store serves them: 200, or 206 for `Range: bytes=N-`, honouring If-Range against `validator`. */
function store(
  options: {
    body?: (index: number) => Buffer
    validator?: Record<string, string>
    checksum?: boolean
    cutAt?: (index: number) => number | undefined
    contentRange?: (from: number, index: number) => string
  } = {}
): Answer {
  return (request, index) => {
    const body = options.body?.(index) ?? zip
    const validator = options.validator ?? {}
    const range = /^bytes=(\d+)-$/.exec(request.headers.range ?? '')
    const ifRange = request.headers['if-range']
    const matches = ifRange === undefined || Object.values(validator).includes(ifRange)
    const from = range && matches ? Number(range[1]) : 0
    const cut = options.cutAt?.(index)
    const sent = body.subarray(from, cut)
    const headers: Record<string, string | number> = {
      'Content-Length': body.length - from,
      'Accept-Ranges': 'bytes',
      ...validator
    }
    if (from > 0)
      headers['Content-Range'] =
        options.contentRange?.(from, index) ?? `bytes ${from}-${body.length - 1}/${body.length}`
    else if (options.checksum) headers['x-amz-checksum-sha256'] = createHash('sha256').update(zip).digest('base64')
    return { parts: [head(from > 0 ? '206 Partial Content' : '200 OK', headers), sent], gapMs: 30 }
  }
}

async function expectWholeExport(promise: ReturnType<typeof download>): Promise<void> {
  const file = await promise
  expect(file.size).toBe(zip.length)
  expect(file.sha256).toBe(ZIP_SHA256)
  expect(fs.readFileSync(destination).equals(zip)).toBe(true)
  expect(fs.readdirSync(path.dirname(destination))).toEqual(['export.zip'])
}

describe('a resumed transfer', () => {
  it("sends If-Range with the first answer's ETag", async () => {
    storage.answer = store({ validator: { ETag: '"v1-abc"' }, cutAt: index => (index === 0 ? 3000 : undefined) })
    await expectWholeExport(download(storage.url()))
    expect(storage.requests.map(request => [request.headers.range, request.headers['if-range']])).toEqual([
      [undefined, undefined],
      ['bytes=3000-', '"v1-abc"']
    ])
  })

  it('sends If-Range with Last-Modified when there is no ETag', async () => {
    const lastModified = 'Tue, 24 Nov 2026 10:00:00 GMT'
    storage.answer = store({
      validator: { 'Last-Modified': lastModified },
      cutAt: index => (index === 0 ? 3000 : undefined)
    })
    await expectWholeExport(download(storage.url()))
    expect(storage.requests.map(request => [request.headers.range, request.headers['if-range']])).toEqual([
      [undefined, undefined],
      ['bytes=3000-', lastModified]
    ])
  })

  it('without a validator, starts over from the first byte instead of resuming blindly', async () => {
    storage.answer = store({ cutAt: index => (index === 0 ? 3000 : undefined) })
    await expectWholeExport(download(storage.url()))
    expect(storage.requests.map(request => request.headers.range)).toEqual([undefined, undefined])
  })

  it('a store whose object changed answers If-Range with the whole new object: taken from the start', async () => {
    const other = buildZip([{ name: 'botDefinition.json', data: '{"name":"Changed"}' }])
    storage.answer = (_request, index) => {
      if (index === 0)
        return {
          parts: [head('200 OK', { 'Content-Length': zip.length, ETag: '"v1"' }), zip.subarray(0, 3000)],
          gapMs: 30
        }
      return { parts: [head('200 OK', { 'Content-Length': other.length, ETag: '"v2"' }), other] }
    }
    const file = await download(storage.url())
    expect(file.sha256).toBe(createHash('sha256').update(other).digest('hex'))
    expect(fs.readFileSync(destination).equals(other)).toBe(true)
    expect(storage.requests[1].headers['if-range']).toBe('"v1"')
  })

  it('a 206 that does not start at the byte asked for is refused: started over', async () => {
    storage.answer = store({
      validator: { ETag: '"v1"' },
      cutAt: index => (index === 0 ? 3000 : undefined),
      contentRange: (from, index) =>
        index === 1
          ? `bytes ${from - 1000}-${zip.length - 1}/${zip.length}`
          : `bytes ${from}-${zip.length - 1}/${zip.length}`
    })
    await expectWholeExport(download(storage.url()))
    expect(storage.requests.map(request => request.headers.range)).toEqual([undefined, 'bytes=3000-', undefined])
  })

  it('a 206 for a file of another length is refused: started over', async () => {
    const shorter = zip.subarray(0, zip.length - 500)
    storage.answer = (request, index) => {
      if (index === 0)
        return {
          parts: [head('200 OK', { 'Content-Length': zip.length, ETag: '"v1"' }), zip.subarray(0, 3000)],
          gapMs: 30
        }
      if (index === 1)
        return {
          parts: [
            head('206 Partial Content', {
              'Content-Length': shorter.length - 3000,
              ETag: '"v1"',
              'Content-Range': `bytes 3000-${shorter.length - 1}/${shorter.length}`
            }),
            shorter.subarray(3000)
          ]
        }
      return store({ validator: { ETag: '"v1"' } })(request, index)
    }
    await expectWholeExport(download(storage.url()))
    expect(storage.requests.map(request => request.headers.range)).toEqual([undefined, 'bytes=3000-', undefined])
  })

  it('is checked against the SHA-256 the store stated in its first answer: a corrupted second part is fetched again', async () => {
    storage.answer = store({
      validator: { ETag: '"v1"' },
      checksum: true,
      body: index => (index === 1 ? corrupted(3000) : zip),
      cutAt: index => (index === 0 ? 3000 : undefined)
    })
    await expectWholeExport(download(storage.url()))
    expect(storage.requests.map(request => request.headers.range)).toEqual([undefined, 'bytes=3000-', undefined])
  })

  it("without a stated checksum, every entry's CRC-32 is checked: a corrupted second part is fetched again", async () => {
    storage.answer = store({
      validator: { ETag: '"v1"' },
      body: index => (index === 1 ? corrupted(3000) : zip),
      cutAt: index => (index === 0 ? 3000 : undefined)
    })
    await expectWholeExport(download(storage.url()))
    expect(storage.requests.map(request => request.headers.range)).toEqual([undefined, 'bytes=3000-', undefined])
  })

  it('a resumed transfer that checks out is taken, its SHA-256 over the whole file', async () => {
    storage.answer = store({
      validator: { ETag: '"v1"' },
      cutAt: index => (index < 2 ? 3000 + index * 50_000 : undefined)
    })
    await expectWholeExport(download(storage.url()))
    expect(storage.requests.map(request => request.headers.range)).toEqual([undefined, 'bytes=3000-', 'bytes=53000-'])
  })
})

describe('the auth header', () => {
  it('goes to the platform, and not to storage it redirects to', async () => {
    platform.answer = () => ({ parts: [head('302 Found', { Location: storage.url().href, 'Content-Length': 0 })] })
    storage.answer = store()
    await expectWholeExport(download(new URL(`${platform.origin}/api/public/files/f1/download`)))
    expect(platform.requests[0].headers.auth).toBe(TOKEN)
    expect(storage.requests[0].headers.auth).toBeUndefined()
  })

  it('never goes on a request a storage host redirected, even to a path on the platform', async () => {
    storage.answer = () => ({
      parts: [head('302 Found', { Location: `${platform.origin}/api/public/files/f1/content`, 'Content-Length': 0 })]
    })
    platform.answer = store()
    await expectWholeExport(download(storage.url()))
    expect(storage.requests[0].headers.auth).toBeUndefined()
    expect(platform.requests).toHaveLength(1)
    expect(platform.requests[0].headers.auth).toBeUndefined()
  })

  it('never goes on a request after a storage hop, however many hops follow', async () => {
    platform.answer = (request, index) =>
      index === 0
        ? { parts: [head('302 Found', { Location: storage.url().href, 'Content-Length': 0 })] }
        : store()(request, index)
    storage.answer = () => ({
      parts: [
        head('307 Temporary Redirect', {
          Location: `${platform.origin}/api/public/files/f1/content`,
          'Content-Length': 0
        })
      ]
    })
    await expectWholeExport(download(new URL(`${platform.origin}/api/public/files/f1/download`)))
    expect(platform.requests.map(request => request.headers.auth)).toEqual([TOKEN, undefined])
  })
})

describe('answers that must not crash or hang the run', () => {
  it('a flood of 100 Continue answers ends in a clear error, not a stack overflow', async () => {
    const flood = 'HTTP/1.1 100 Continue\r\n\r\n'.repeat(200_000)
    storage.answer = () => ({ parts: [flood] })
    const failure = await download(storage.url(), { retries: 0 }).catch((error: Error) => error)
    expect(String(failure)).toMatch(/^CoreError: Could not download the export after 1 try/)
    expect(String(failure)).not.toMatch(/call stack|RangeError/i)
    expect(fs.existsSync(destination)).toBe(false)
  })

  it('an endless stream of 1xx answers is cut off by the request time limit', async () => {
    storage.answer = () => ({
      parts: Array.from({ length: 400 }, () => 'HTTP/1.1 102 Processing\r\n\r\n'.repeat(500)),
      gapMs: 10
    })
    const started = Date.now()
    await expect(download(storage.url(), { retries: 0, stallMs: 1_000 })).rejects.toThrow(
      /^Could not download the export after 1 try/
    )
    expect(Date.now() - started).toBeLessThan(3_500)
  })
})

describe('limits', () => {
  it('a stalled transfer is cut off after the stall time and resumed', async () => {
    storage.answer = (request, index) => {
      if (index > 0) return store({ validator: { ETag: '"v1"' } })(request, index)
      return {
        parts: [head('200 OK', { 'Content-Length': zip.length, ETag: '"v1"' }), zip.subarray(0, 100)],
        keepOpen: true
      }
    }
    const started = Date.now()
    await expectWholeExport(download(storage.url(), { stallMs: 500 }))
    expect(Date.now() - started).toBeLessThan(3_000)
    expect(storage.requests.map(request => request.headers.range)).toEqual([undefined, 'bytes=100-'])
  })

  it('more bytes than the platform reported are refused at once, and the next try starts over', async () => {
    storage.answer = store()
    await expect(download(storage.url(), { retries: 1, expectedSize: 1000 })).rejects.toThrow(
      /received more than the 1000 bytes Kore\.ai reported \(fileSize\); stopped/
    )
    expect(storage.requests.map(request => request.headers.range)).toEqual([undefined, undefined])
    expect(fs.readdirSync(path.dirname(destination))).toEqual([])
  })

  it('fewer bytes than the platform reported fail, naming both sizes', async () => {
    storage.answer = store()
    await expect(download(storage.url(), { retries: 0, expectedSize: zip.length + 5 })).rejects.toThrow(
      `received ${zip.length} bytes, but Kore.ai reported ${zip.length + 5} (fileSize)`
    )
  })

  it('a body cut off before its Content-Length is a transfer that broke off', async () => {
    storage.answer = () => ({ parts: [head('200 OK', { 'Content-Length': zip.length }), zip.subarray(0, 1000)] })
    await expect(download(storage.url(), { retries: 0 })).rejects.toThrow(/the transfer broke off after 1000 bytes/)
    expect(fs.readdirSync(path.dirname(destination))).toEqual([])
  })

  it('cancellation stops the transfer at once and leaves nothing behind', async () => {
    storage.answer = () => ({
      parts: [head('200 OK', { 'Content-Length': zip.length }), zip.subarray(0, 100)],
      keepOpen: true
    })
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 300)
    const started = Date.now()
    await expect(download(storage.url(), { signal: controller.signal, stallMs: 20_000 })).rejects.toBeInstanceOf(
      CancelledError
    )
    expect(Date.now() - started).toBeLessThan(2_000)
    expect(fs.readdirSync(path.dirname(destination))).toEqual([])
  })
})

describe('framings', () => {
  it('a chunked body, split anywhere', async () => {
    const chunks = [zip.subarray(0, 1), zip.subarray(1, 700), zip.subarray(700, 20_000), zip.subarray(20_000)]
    const body = Buffer.concat([
      ...chunks.flatMap(chunk => [Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')]),
      Buffer.from('0\r\n\r\n')
    ])
    storage.answer = () => ({
      parts: [
        head('200 OK', { 'Transfer-Encoding': 'chunked' }).slice(0, 20),
        head('200 OK', { 'Transfer-Encoding': 'chunked' }).slice(20),
        body.subarray(0, 9),
        body.subarray(9)
      ]
    })
    await expectWholeExport(download(storage.url()))
  })

  it('a body ended by the end of the connection', async () => {
    storage.answer = () => ({
      parts: ['HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n', zip.subarray(0, 5000), zip.subarray(5000)]
    })
    await expectWholeExport(download(storage.url()))
  })

  it('an interim 100 Continue, then the answer', async () => {
    storage.answer = () => ({
      parts: [`HTTP/1.1 100 Continue\r\n\r\n${head('200 OK', { 'Content-Length': zip.length })}`, zip]
    })
    await expectWholeExport(download(storage.url()))
  })

  it('a redirect from storage to itself is followed', async () => {
    storage.answer = (request, index) =>
      index === 0
        ? { parts: [head('302 Found', { Location: '/moved/bot.zip', 'Content-Length': 0 })] }
        : store()(request, index)
    await expectWholeExport(download(storage.url()))
    expect(storage.requests.map(request => request.line.split(' ')[1].split('?')[0])).toEqual([
      '/exports/bot.zip',
      '/moved/bot.zip'
    ])
  })

  it.each([
    ['an answer that is not HTTP', ['SSH-2.0-OpenSSH_9.6\r\n\r\n']],
    [
      'two Content-Lengths that disagree',
      [`HTTP/1.1 200 OK\r\nContent-Length: ${zip.length}\r\nContent-Length: 10\r\n\r\n`, zip]
    ],
    [
      'both Transfer-Encoding and Content-Length',
      [`HTTP/1.1 200 OK\r\nContent-Length: ${zip.length}\r\nTransfer-Encoding: chunked\r\n\r\n`, zip]
    ],
    ['a chunk size that is not hexadecimal', ['HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n', 'zz\r\n']]
  ])('%s: tried again, then fails; nothing left behind', async (_name, parts) => {
    storage.answer = () => ({ parts, keepOpen: true })
    await expect(download(storage.url(), { retries: 1 })).rejects.toThrow(
      /^Could not download the export after 2 tries/
    )
    expect(storage.requests).toHaveLength(2)
    expect(fs.readdirSync(path.dirname(destination))).toEqual([])
  })
})

describe('redirects refused', () => {
  it.each(['file:///etc/passwd', 'ftp://storage.example/export.zip', 'http://storage.example/export.zip'])(
    'to %s, at once',
    async location => {
      storage.answer = () => ({ parts: [head('302 Found', { Location: location, 'Content-Length': 0 })] })
      await expect(download(storage.url())).rejects.toThrow(
        /redirected to a link that is \S+, which the action refuses/
      )
      expect(storage.requests).toHaveLength(1)
    }
  )

  it('more than five redirects', async () => {
    storage.answer = (_request, index) => ({
      parts: [head('302 Found', { Location: `/hop/${index}`, 'Content-Length': 0 })]
    })
    await expect(download(storage.url())).rejects.toThrow(/more than 5 redirects/)
  })
})

// A plain http server for the error-answer tests: Node's own framing.
describe('error answers', () => {
  let server: http.Server
  let url: URL
  beforeAll(async () => {
    server = http.createServer((_req, res) =>
      res.writeHead(403, { 'content-type': 'application/xml' }).end('<Error><Code>AccessDenied</Code></Error>')
    )
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    url = new URL(`http://127.0.0.1:${(server.address() as net.AddressInfo).port}/exports/bot.zip?X-Signature=secret`)
  })
  afterAll(() => new Promise(resolve => server.close(resolve)))

  it('an expired link (403) is not retried and says what to do, without the query', async () => {
    const failure = download(url)
    await expect(failure).rejects.toThrow(
      /Downloading the export failed \(HTTP 403 from http:\/\/127\.0\.0\.1:\d+\/exports\/bot\.zip: <Error><Code>AccessDenied.*The download link may have expired/
    )
    await expect(failure).rejects.not.toThrow(/secret/)
  })
})
