// The download read straight off the socket (src/platform/direct-get.ts), from a storage
// server that writes its answers byte for byte as each test says, in pieces with pauses
// between them so that they arrive in separate reads: every framing HTTP/1.1 allows, heads
// and chunk lines split anywhere, and answers the reader must refuse. The bundled action runs
// as a runner runs it.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import tls from 'node:tls'
import { ROOT, runAction, visibleLog } from '../script/run-action.js'
import { KoreSimulator } from '../script/simulator/server.js'
import { buildZip } from '../script/simulator/zip.js'
import { appInputs, expectWorkspace, sha256, sha256Of, useSimulator } from './support/fixtures.js'

const simulator = useSimulator()

type Part = string | Buffer
/** What the storage server writes for one request: parts sent apart, then (unless `keepOpen`) the end. */
type Answer = (request: string) => { parts: Part[]; keepOpen?: boolean }

class RawStorage {
  readonly requests: string[] = []
  answer: Answer = () => ({ parts: [] })
  private readonly server = net.createServer(socket => {
    socket.setNoDelay(true)
    let head = ''
    socket.on('data', data => {
      head += data.toString('latin1')
      if (!head.includes('\r\n\r\n')) return
      this.requests.push(head)
      const { parts, keepOpen } = this.answer(head)
      head = ''
      void (async () => {
        for (const part of parts) {
          if (socket.destroyed) return
          socket.write(part)
          await new Promise(resolve => setTimeout(resolve, 15))
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

  close(): Promise<void> {
    return new Promise(resolve => this.server.close(() => resolve()))
  }

  url(path = '/exports/bot.zip'): string {
    return `http://127.0.0.1:${this.port}${path}?X-Signature=${'ab'.repeat(20)}`
  }
}

const storage = new RawStorage()
beforeAll(() => storage.listen())
afterAll(() => storage.close())

const zip = buildZip([
  { name: 'botDefinition.json', data: JSON.stringify({ name: 'Direct Bot', dialogs: Array.from({ length: 40 }, (_, i) => ({ name: `Dialog ${i}` })) }) },
  { name: 'icon.png', data: randomBytes(40_000) }
])

beforeEach(() => {
  storage.requests.length = 0
  simulator.reset({ pendingPolls: 0, zip, downloadUrl: storage.url() })
})

/** `bytes` cut at these offsets. */
function cut(bytes: Buffer, ...at: number[]): Buffer[] {
  return [0, ...at].map((start, i) => bytes.subarray(start, [...at, bytes.length][i]))
}

async function expectDownloaded(): Promise<string> {
  const run = await runAction(appInputs(simulator, { retries: '0' }))
  expect(visibleLog(run)).not.toContain('::error::')
  expect(run.code).toBe(0)
  expect(run.outputs.size).toBe(String(zip.length))
  expect(run.outputs.sha256).toBe(sha256Of(zip))
  expect(sha256(run.outputs.file)).toBe(run.outputs.sha256)
  expectWorkspace(run, ['export.zip'])
  return run.stderr + run.stdout
}

describe('framings', () => {
  it('a chunked body: head and chunk lines split across reads, chunk extensions, a trailer', async () => {
    const chunks = cut(zip, 1, 700, 701, 20_000)
    const body = Buffer.concat([
      ...chunks.flatMap((chunk, i) => [Buffer.from(`${chunk.length.toString(16)}${i === 1 ? ';name=value' : ''}\r\n`), chunk, Buffer.from('\r\n')]),
      Buffer.from('0\r\nx-checksum: none\r\n\r\n')
    ])
    const head = 'HTTP/1.1 200 OK\r\nContent-Type: application/zip\r\nTransfer-Encoding: chunked\r\n\r\n'
    storage.answer = () => ({ parts: [head.slice(0, 30), head.slice(30, -1), head.slice(-1), ...cut(body, 2, 9, 800, 801, 802, 30_000)] })
    await expectDownloaded()
    expect(storage.requests[0]).toMatch(/^GET \/exports\/bot\.zip\?X-Signature=(ab)+ HTTP\/1\.1\r\n/)
    expect(storage.requests[0]).toMatch(/\r\nConnection: close\r\n/)
  })

  it('a head that arrives a byte at a time', async () => {
    const head = `HTTP/1.1 200 OK\r\nContent-Length: ${zip.length}\r\n\r\n`
    storage.answer = () => ({ parts: [...head.split(''), zip] })
    await expectDownloaded()
  })

  it('a body ended by the end of the connection (no length, no chunks)', async () => {
    storage.answer = () => ({ parts: ['HTTP/1.1 200 OK\r\n\r\n', ...cut(zip, 5_000)] })
    await expectDownloaded()
  })

  it('an interim 100 Continue, then the answer; bytes past Content-Length are not written', async () => {
    storage.answer = () => ({ parts: [`HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: ${zip.length}\r\n\r\n`, zip, 'and then some'], keepOpen: true })
    await expectDownloaded()
  })

  it('a redirect from the storage server to itself is followed', async () => {
    storage.answer = request =>
      request.startsWith('GET /exports/bot.zip')
        ? { parts: [`HTTP/1.1 302 Found\r\nLocation: /moved/bot.zip\r\nContent-Length: 0\r\n\r\n`], keepOpen: true }
        : { parts: [`HTTP/1.1 200 OK\r\nContent-Length: ${zip.length}\r\n\r\n`, zip] }
    await expectDownloaded()
    expect(storage.requests.map(request => request.split(' ')[1].split('?')[0])).toEqual(['/exports/bot.zip', '/moved/bot.zip'])
  })
})

describe('refused', () => {
  const cases: [string, Part[], RegExp][] = [
    ['an answer that is not HTTP', ['SSH-2.0-OpenSSH_9.6\r\n\r\n'], /no status line/],
    ['two Content-Lengths that disagree', [`HTTP/1.1 200 OK\r\nContent-Length: ${zip.length}\r\nContent-Length: 10\r\n\r\n`, zip], /two Content-Lengths/],
    ['a head that never ends', ['HTTP/1.1 200 OK\r\n', ...Array.from({ length: 5 }, () => `X-Padding: ${'p'.repeat(8_000)}\r\n`)], /a head over 32 KiB/],
    ['a chunk size that is not hexadecimal', ['HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n', 'zz\r\n'], /a chunk size that is not one/],
    ['both Transfer-Encoding and Content-Length', [`HTTP/1.1 200 OK\r\nContent-Length: ${zip.length}\r\nTransfer-Encoding: chunked\r\n\r\n`, zip], /both Transfer-Encoding and Content-Length/],
    ['a transfer coding other than chunked', ['HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n', zip], /a transfer coding other than chunked/],
    ['a header line split by a bare line feed', ['HTTP/1.1 200 OK\r\nContent-Length: 5\nX: y\r\n\r\n', 'hello'], /a header line that is not one/]
  ]
  it.each(cases)('%s: tried again, then fails naming it; nothing left at path', async (_name, parts, message) => {
    storage.answer = () => ({ parts, keepOpen: true })
    const run = await runAction(appInputs(simulator, { retries: '1' }))
    expect(run.code).toBe(1)
    expect(storage.requests).toHaveLength(2)
    expect(visibleLog(run)).toMatch(new RegExp(`::error::kore-bot-export: Could not download the export after 2 tries \\(retries: 1\\): .*the answer was not well-formed HTTP/1\\.1 \\(${message.source}\\)`))
    expect(visibleLog(run)).not.toContain('X-Signature')
    expectWorkspace(run, [])
  })

  it('a chunked body cut off mid-chunk is a transfer that broke off', async () => {
    storage.answer = () => ({ parts: ['HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n', `${zip.length.toString(16)}\r\n`, zip.subarray(0, 1000)] })
    const run = await runAction(appInputs(simulator, { retries: '0' }))
    expect(run.code).toBe(1)
    expect(visibleLog(run)).toMatch(/::error::.*the transfer broke off after 1000 bytes \(the connection closed before the end of the answer\)/)
    expectWorkspace(run, [])
  })
})

describe('a large export (hashed on a worker thread)', () => {
  it('broken off after 5 MiB, resumed with Range: the SHA-256 covers the whole file', async () => {
    const big = buildZip([{ name: 'payload.bin', data: randomBytes(12 * 1024 * 1024) }], { compress: false })
    simulator.reset({ pendingPolls: 0, zip: big, acceptRanges: true })
    simulator.inject('download', { kind: 'truncate', afterBytes: 5 * 1024 * 1024 })
    const run = await runAction(appInputs(simulator))
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('the transfer broke off after')
    expect(run.outputs.sha256).toBe(sha256Of(big))
    expect(sha256(run.outputs.file)).toBe(run.outputs.sha256)
    const ranges = simulator.requests.filter(request => request.server === 'storage').map(request => request.headers.range)
    expect(ranges[0]).toBeUndefined()
    expect(ranges[1]).toMatch(/^bytes=[1-9]\d*-$/)
  })
})

// POSIX signals: on Windows a child cannot be sent SIGINT.
;(process.platform === 'win32' ? describe.skip : describe)('a large export, cancelled mid-transfer', () => {
  it('the hashing thread stops with the run: no partial file, no hang', async () => {
    const big = buildZip([{ name: 'payload.bin', data: randomBytes(12 * 1024 * 1024) }], { compress: false })
    simulator.reset({ pendingPolls: 0, zip: big })
    simulator.inject('download', { kind: 'stall', afterBytes: 6 * 1024 * 1024, ms: 20_000 })
    const run = await runAction(appInputs(simulator), { cancel: { when: /is ready/, signal: 'SIGINT' } })
    expect(run.code).toBe(1)
    expect(run.durationMs).toBeLessThan(8000)
    expect(visibleLog(run)).toContain('::error::kore-bot-export: The run was cancelled.')
    expectWorkspace(run, [])
  })
})

describe('over TLS', () => {
  const fixtures = path.join(ROOT, '__tests__', 'fixtures')
  // A certificate for 127.0.0.1, trusted only where NODE_EXTRA_CA_CERTS names it.
  const cert = path.join(fixtures, 'loopback-test.crt')
  const tlsSimulator = new KoreSimulator({ tls: { key: fs.readFileSync(path.join(fixtures, 'loopback-test.key')), cert: fs.readFileSync(cert) } })
  beforeAll(() => tlsSimulator.listen())
  afterAll(() => tlsSimulator.close())
  beforeEach(() => tlsSimulator.reset({ pendingPolls: 0, zip }))

  it('read straight off the TLS socket, the certificate checked against NODE_EXTRA_CA_CERTS', async () => {
    const run = await runAction(appInputs(tlsSimulator), { env: { NODE_EXTRA_CA_CERTS: cert, RUNNER_DEBUG: '1' } })
    expect(run.code).toBe(0)
    expect(run.outputs.sha256).toBe(sha256Of(zip))
    expect(run.stdout).toMatch(/::debug::GET https:\/\/127\.0\.0\.1:\d+\/exports\/[\w-]+\.zip → 200 in \d+ ms \(read from the socket directly\)/)
  })

  it('a storage certificate the runner does not trust fails at once, naming NODE_EXTRA_CA_CERTS', async () => {
    // Storage with a self-signed certificate for other names; the platform (plain http on this machine) is fine.
    const untrusted = tls.createServer({ key: fs.readFileSync(path.join(fixtures, 'kore-test.key')), cert: fs.readFileSync(path.join(fixtures, 'kore-test.crt')) }, socket => socket.end())
    let connections = 0
    untrusted.on('connection', () => connections++)
    await new Promise<void>(resolve => untrusted.listen(0, '127.0.0.1', resolve))
    try {
      simulator.reset({ pendingPolls: 0, zip, downloadUrl: `https://127.0.0.1:${(untrusted.address() as net.AddressInfo).port}/exports/bot.zip` })
      const run = await runAction(appInputs(simulator, { retries: '2' }), { env: { NODE_EXTRA_CA_CERTS: cert } })
      expect(run.code).toBe(1)
      expect(connections).toBe(1)
      const errors = visibleLog(run).split('\n').filter(line => line.startsWith('::error::'))
      expect(errors).toHaveLength(1)
      expect(errors[0]).toMatch(/the TLS certificate of 127\.0\.0\.1:\d+ was not accepted \(.*\)\. .*NODE_EXTRA_CA_CERTS/)
      expectWorkspace(run, [])
    } finally {
      await new Promise(resolve => untrusted.close(resolve))
    }
  })
})
