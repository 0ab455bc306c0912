// The download misbehaves (object storage stalls, cuts off, corrupts); the bundled action
// resumes or starts over, checks what it got, and never leaves a partial or temporary file.
// (In-process, against a storage server that answers byte for byte: download.test.ts.)
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import tls from 'node:tls'
import { ROOT, runAction, visibleLog } from '../script/run-action.js'
import { KoreSimulator } from '../script/simulator/server.js'
import { buildZip } from '../script/simulator/zip.js'
import {
  DEMO_CLIENT_SECRET,
  appInputs,
  expectNoLeak,
  expectWorkspace,
  sentTokens,
  sha256,
  sha256Of,
  useSimulator
} from './support/fixtures.js'

const simulator = useSimulator()

function storageRequests() {
  return simulator.requests.filter(request => request.server === 'storage')
}

async function expectGoodDownload(overrides: Record<string, string> = {}) {
  const run = await runAction(appInputs(simulator, overrides))
  expect(run.code).toBe(0)
  expect(run.outputs.size).toBe(String(simulator.behaviour.zip.length))
  expect(sha256(run.outputs.file)).toBe(run.outputs.sha256)
  expect(run.outputs.sha256).toBe(sha256Of(simulator.behaviour.zip))
  expectWorkspace(run, ['export.zip'])
  return run
}

describe('recovered', () => {
  it('a stalled transfer is aborted after request-timeout and resumed where it stopped', async () => {
    simulator.inject('download', { kind: 'stall', afterBytes: 100, ms: 10_000 })
    const run = await expectGoodDownload({ 'request-timeout': '1s' })
    expect(run.stdout).toContain('Could not download the export: no data for 1s after 100 bytes.')
    expect(storageRequests().map(request => request.headers.range)).toEqual([undefined, 'bytes=100-'])
    expect(run.durationMs).toBeLessThan(8000)
  })

  it('a transfer cut off is resumed with a Range request', async () => {
    simulator.inject('download', { kind: 'truncate', afterBytes: 300 })
    const run = await expectGoodDownload()
    expect(run.stdout).toMatch(/Could not download the export: the transfer broke off after 300 bytes/)
    expect(storageRequests().map(request => request.headers.range)).toEqual([undefined, 'bytes=300-'])
    // Only from the same file: the first answer's ETag goes with the Range.
    expect(storageRequests()[1].headers['if-range']).toMatch(/^".+"$/)
  })

  it('a resumed transfer whose second part is corrupted is not reported: checked whole, fetched again', async () => {
    simulator.inject('download', { kind: 'truncate', afterBytes: 300 }, { kind: 'corrupt' })
    const run = await expectGoodDownload()
    expect(run.stdout).toContain('(in more than one transfer) does not match the one the server stated; starting over')
    expect(storageRequests().map(request => request.headers.range)).toEqual([undefined, 'bytes=300-', undefined])
  })

  it('a transfer cut off starts over when the server ignores Range', async () => {
    simulator.reset({ pendingPolls: 1, acceptRanges: false })
    simulator.inject('download', { kind: 'truncate', afterBytes: 300 })
    await expectGoodDownload()
    expect(storageRequests()).toHaveLength(2)
  })

  it('a server that refuses to resume (416) gets a fresh start', async () => {
    simulator.inject('download', { kind: 'truncate', afterBytes: 300 }, { kind: 'answer', status: 416, body: '' })
    const run = await expectGoodDownload()
    expect(run.stdout).toContain('the server refused to resume (HTTP 416); starting over')
    expect(storageRequests().map(request => request.headers.range)).toEqual([undefined, 'bytes=300-', undefined])
  })

  it('a corrupted transfer (SHA-256 differs from the one storage states) is fetched again', async () => {
    simulator.inject('download', { kind: 'corrupt' })
    const run = await expectGoodDownload()
    expect(run.stdout).toContain('does not match the one the server stated')
  })

  it('a 503 from storage is retried', async () => {
    simulator.inject('download', { kind: 'answer', status: 503, body: '' })
    await expectGoodDownload()
    expect(storageRequests()).toHaveLength(2)
  })

  it('a download link on the platform itself resumes too, sending auth only there', async () => {
    simulator.reset({ pendingPolls: 0, link: 'relative' })
    simulator.inject('download', { kind: 'truncate', afterBytes: 200 })
    await expectGoodDownload()
    const fileRequests = simulator.requests.filter(request => request.path.includes('/files/'))
    expect(fileRequests.map(request => [request.headers.range, Boolean(request.headers.auth)])).toEqual([
      [undefined, true],
      ['bytes=200-', true]
    ])
  })
})

describe('given up on', () => {
  it('a download that never matches fileSize fails with both sizes, leaving nothing at path', async () => {
    simulator.reset({ pendingPolls: 0, fileSizeError: 5 })
    const run = await runAction(appInputs(simulator, { retries: '1' }))
    const size = simulator.behaviour.zip.length
    expect(run.code).toBe(1)
    expect(visibleLog(run)).toContain(
      `::error::kore-bot-export: Could not download the export after 2 tries (retries: 1): received ${size} bytes, but Kore.ai reported ${size + 5} (fileSize).`
    )
    expectWorkspace(run, [])
  })

  it('an expired link (403) is not retried and says what to do', async () => {
    simulator.inject('download', { kind: 'answer', status: 403, body: '<Error><Code>AccessDenied</Code></Error>' })
    const run = await runAction(appInputs(simulator))
    expect(run.code).toBe(1)
    expect(storageRequests()).toHaveLength(1)
    expect(visibleLog(run)).toMatch(
      /::error::kore-bot-export: Downloading the export failed \(HTTP 403 from http:\/\/127\.0\.0\.1:\d+\/exports\/[\w-]+\.zip: <Error><Code>AccessDenied.*The download link may have expired/
    )
    expectNoLeak(run, [new URL(run.outputs['download-url']).search.slice(1), ...sentTokens(simulator)])
    expectWorkspace(run, [])
  })
})

// POSIX signals: on Windows a child cannot be sent SIGINT.
;(process.platform === 'win32' ? describe.skip : describe)('cancelled by the runner', () => {
  it('while waiting: stops polling at once and fails, saying so', async () => {
    simulator.reset({ pendingPolls: 1000 })
    const run = await runAction(appInputs(simulator, { 'poll-interval': '10s' }), {
      cancel: { when: /started \(pending\)/, signal: 'SIGINT' }
    })
    expect(run.code).toBe(1)
    expect(run.durationMs).toBeLessThan(5000)
    expect(visibleLog(run)).toContain('::error::kore-bot-export: The run was cancelled.')
    expect(run.outputs['export-id']).toMatch(/^ber-/)
    expect(run.summary).toContain('The run was cancelled.')
    expectWorkspace(run, [])
  })

  it('while downloading: removes the partial file', async () => {
    simulator.reset({ pendingPolls: 0 })
    simulator.inject('download', { kind: 'stall', afterBytes: 400, ms: 20_000 })
    const run = await runAction(appInputs(simulator, { 'extract-to': 'bot' }), {
      cancel: { when: /is ready/, signal: 'SIGTERM' }
    })
    expect(run.code).toBe(1)
    expect(run.durationMs).toBeLessThan(8000)
    expect(visibleLog(run)).toContain('::error::kore-bot-export: The run was cancelled.')
    expectWorkspace(run, [])
    expectNoLeak(run, [DEMO_CLIENT_SECRET])
  })
})

describe('a large export', () => {
  it('broken off after 5 MiB, resumed with Range and If-Range: the SHA-256 covers the whole file', async () => {
    const big = buildZip([{ name: 'payload.bin', data: randomBytes(12 * 1024 * 1024) }], { compress: false })
    simulator.reset({ pendingPolls: 0, zip: big, acceptRanges: true })
    simulator.inject('download', { kind: 'truncate', afterBytes: 5 * 1024 * 1024 })
    const run = await runAction(appInputs(simulator))
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('the transfer broke off after')
    expect(run.outputs.sha256).toBe(sha256Of(big))
    expect(sha256(run.outputs.file)).toBe(run.outputs.sha256)
    const ranges = simulator.requests
      .filter(request => request.server === 'storage')
      .map(request => request.headers.range)
    expect(ranges[0]).toBeUndefined()
    expect(ranges[1]).toMatch(/^bytes=[1-9]\d*-$/)
    expect(simulator.requests.filter(request => request.server === 'storage')[1].headers['if-range']).toMatch(/^".+"$/)
  })
})

// POSIX signals: on Windows a child cannot be sent SIGINT.
;(process.platform === 'win32' ? describe.skip : describe)('a large export, cancelled mid-transfer', () => {
  it('the transfer stops with the run: no partial file, no hang', async () => {
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
  const tlsSimulator = new KoreSimulator({
    tls: { key: fs.readFileSync(path.join(fixtures, 'loopback-test.key')), cert: fs.readFileSync(cert) }
  })
  beforeAll(() => tlsSimulator.listen())
  afterAll(() => tlsSimulator.close())
  const zip = buildZip([{ name: 'botDefinition.json', data: JSON.stringify({ name: 'TLS Bot' }) }])
  beforeEach(() => tlsSimulator.reset({ pendingPolls: 0, zip }))

  it('over TLS, the certificate checked against NODE_EXTRA_CA_CERTS', async () => {
    const run = await runAction(appInputs(tlsSimulator), { env: { NODE_EXTRA_CA_CERTS: cert, RUNNER_DEBUG: '1' } })
    expect(run.code).toBe(0)
    expect(run.outputs.sha256).toBe(sha256Of(zip))
    expect(run.stdout).toMatch(/::debug::GET https:\/\/127\.0\.0\.1:\d+\/exports\/[\w-]+\.zip → 200 in \d+ ms$/m)
  })

  it('a storage certificate the runner does not trust fails at once, naming NODE_EXTRA_CA_CERTS', async () => {
    // Storage with a self-signed certificate for other names; the platform (plain http on this machine) is fine.
    const untrusted = tls.createServer(
      {
        key: fs.readFileSync(path.join(fixtures, 'kore-test.key')),
        cert: fs.readFileSync(path.join(fixtures, 'kore-test.crt'))
      },
      socket => socket.end()
    )
    let connections = 0
    untrusted.on('connection', () => connections++)
    await new Promise<void>(resolve => untrusted.listen(0, '127.0.0.1', resolve))
    try {
      simulator.reset({
        pendingPolls: 0,
        zip,
        downloadUrl: `https://127.0.0.1:${(untrusted.address() as net.AddressInfo).port}/exports/bot.zip`
      })
      const run = await runAction(appInputs(simulator, { retries: '2' }), { env: { NODE_EXTRA_CA_CERTS: cert } })
      expect(run.code).toBe(1)
      expect(connections).toBe(1)
      const errors = visibleLog(run)
        .split('\n')
        .filter(line => line.startsWith('::error::'))
      expect(errors).toHaveLength(1)
      expect(errors[0]).toMatch(
        /the TLS certificate of 127\.0\.0\.1:\d+ was not accepted \(.*\)\. .*NODE_EXTRA_CA_CERTS/
      )
      expectWorkspace(run, [])
    } finally {
      await new Promise(resolve => untrusted.close(resolve))
    }
  })
})
