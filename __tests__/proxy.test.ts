// https_proxy and no_proxy as runners set them: the platform calls and the download both go
// through a real proxy process, to an https simulator known only by names the proxy resolves.
import { afterAll, beforeAll, beforeEach, expect, it } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { KoreSimulator } from '../script/simulator/server.js'
import { ROOT, runAction, visibleLog } from '../script/run-action.js'
import { ConnectProxy } from './support/connect-proxy.js'
import { buildZip } from '../script/simulator/zip.js'
import { appInputs, importInputs, sha256, sha256Of } from './support/fixtures.js'
import { workspaceWith } from './support/import-runs.js'

const tlsDir = path.join(ROOT, '__tests__', 'fixtures')
const cert = path.join(tlsDir, 'kore-test.crt')
const simulator = new KoreSimulator({
  tls: { key: fs.readFileSync(path.join(tlsDir, 'kore-test.key')), cert: fs.readFileSync(cert) },
  hostnames: { platform: 'platform.kore.test', storage: 'storage.kore.test' }
})
const proxy = new ConnectProxy()

beforeAll(async () => {
  await simulator.listen()
  await proxy.listen()
})
afterAll(async () => {
  await simulator.close()
  await proxy.close()
})
beforeEach(() => {
  simulator.reset({ pendingPolls: 1 })
  proxy.tunnels.length = 0
})

const env = (extra: Record<string, string> = {}) => ({ https_proxy: proxy.url, NODE_EXTRA_CA_CERTS: cert, ...extra })

it('sends every platform call and the download through https_proxy', async () => {
  const run = await runAction(appInputs(simulator), { env: env() })
  expect(run.code).toBe(0)
  expect(sha256(run.outputs.file)).toBe(run.outputs.sha256)
  const platform = new URL(simulator.host).host
  const storage = new URL(simulator.storageOrigin).host
  // One tunnel per request: the previous-export read, the start, two polls, the download.
  expect(proxy.tunnels).toEqual([platform, platform, platform, platform, storage])
  expect(simulator.requests.filter(request => request.server === 'storage')[0].headers.auth).toBeUndefined()
})

it('a large export through the proxy, streamed to the file and hashed as it passes', async () => {
  const big = buildZip([{ name: 'payload.bin', data: randomBytes(10 * 1024 * 1024) }], { compress: false })
  simulator.reset({ pendingPolls: 0, zip: big })
  const run = await runAction(appInputs(simulator), { env: env({ RUNNER_DEBUG: '1' }) })
  expect(run.code).toBe(0)
  expect(run.outputs.sha256).toBe(sha256Of(big))
  expect(sha256(run.outputs.file)).toBe(run.outputs.sha256)
  expect(proxy.tunnels).toContain(new URL(simulator.storageOrigin).host)
  // The download goes the one way every request goes, and says where, never with the query.
  expect(run.stdout).toMatch(/::debug::GET https:\/\/storage\.kore\.test:\d+\/exports\/[\w-]+\.zip → 200 in \d+ ms\n/)
})

it('honours HTTPS_PROXY in upper case too', async () => {
  const run = await runAction(appInputs(simulator, { wait: 'false' }), {
    env: { HTTPS_PROXY: proxy.url, NODE_EXTRA_CA_CERTS: cert }
  })
  expect(run.code).toBe(0)
  expect(proxy.tunnels).toHaveLength(2)
})

it('goes around the proxy for hosts in no_proxy', async () => {
  const run = await runAction(appInputs(simulator, { retries: '0' }), {
    env: env({ no_proxy: 'localhost,.kore.test' })
  })
  // Straight to a name only the proxy can resolve: the lookup fails, and the proxy saw nothing.
  expect(run.code).toBe(1)
  expect(proxy.tunnels).toEqual([])
  // A name that does not resolve is not retried, and says what to check.
  expect(visibleLog(run)).toMatch(
    /::error::kore-bot-export: (GET https:\/\/platform\.kore\.test:\d+\/api\/public\/bot\/[\w-]+\/export\/status: the host name platform\.kore\.test does not resolve \(ENOTFOUND\)\. Check host for a typo|Could not read the export status after 1 try \(retries: 0\): .*EAI_AGAIN)/
  )
})

it('refuses a download redirected from https to plain http, at once', async () => {
  simulator.inject('download', {
    kind: 'answer',
    status: 302,
    body: '',
    headers: { location: 'http://storage.kore.test/exports/x.zip' }
  })
  const run = await runAction(appInputs(simulator), { env: env() })
  expect(run.code).toBe(1)
  expect(simulator.requests.filter(request => request.server === 'storage')).toHaveLength(1)
  expect(visibleLog(run)).toMatch(
    /::error::kore-bot-export: GET https:\/\/storage\.kore\.test:\d+\/exports\/[\w-]+\.zip was redirected from https to http:\/\/storage\.kore\.test, which is refused/
  )
  expect(fs.readdirSync(run.workspace)).toEqual([])
})

it('a certificate the runner does not trust fails at once, on one line, naming NODE_EXTRA_CA_CERTS', async () => {
  const run = await runAction(appInputs(simulator), { env: { https_proxy: proxy.url } })
  expect(run.code).toBe(1)
  expect(run.stdout).not.toContain('Try 2')
  const errors = visibleLog(run)
    .split('\n')
    .filter(line => line.startsWith('::error::'))
  expect(errors).toHaveLength(1)
  expect(errors[0]).toMatch(
    /^::error::kore-bot-export: GET https:\/\/platform\.kore\.test:\d+\/\S+: the TLS certificate of platform\.kore\.test:\d+ was not accepted \([A-Z_]+.*\)\. Check that host is the platform's address; behind a proxy that inspects TLS, give its CA certificate to Node with NODE_EXTRA_CA_CERTS\.$/
  )
})

it('publishes through the proxy with the version comment built from the run', async () => {
  // The comment is built from the runner's variables; the GitHub library, whose load behind
  // a proxy wants the undici the bundles leave out, is not needed for that.
  const { workspace } = workspaceWith()
  const run = await runAction(importInputs(simulator, { publish: 'true', verify: 'false' }), {
    action: 'import',
    workspace,
    env: env({ GITHUB_REPOSITORY: 'acme/travel-bot', GITHUB_SHA: '0123456789abcdef0123', GITHUB_RUN_ID: '42' })
  })
  expect(visibleLog(run)).not.toContain('::error::')
  expect(run.code).toBe(0)
  expect(simulator.publishBodies).toEqual([
    {
      versionComment: 'acme/travel-bot@0123456789ab by workflow (https://github.com/acme/travel-bot/actions/runs/42)',
      initiateTraining: true
    }
  ])
})
