// The platform, a proxy or object storage answering what they should not: text that would be
// workflow commands or Markdown, links to other schemes, answers that trickle, downloads that
// are too long or are no zip. Each through the bundled action against the simulator.
import { describe, expect, it } from '@jest/globals'
import crypto from 'node:crypto'
import { maskedValues, visibleLog, type ActionRun } from '../script/run-action.js'
import { buildZip } from '../script/simulator/zip.js'
import { appInputs, expectWorkspace, useSimulator } from './support/fixtures.js'
import { runActionInProcess } from './support/in-process.js'

const simulator = useSimulator()

/** Only the action's own workflow commands reach the log: one error, debug lines, masks of its own. */
function expectNoInjectedCommands(run: ActionRun): void {
  const commands = run.stdout.split('\n').filter(line => /^\s*::/.test(line))
  const kinds = commands.map(line => /^\s*::([a-z-]+)/.exec(line)?.[1])
  expect(kinds.filter(kind => kind !== 'debug' && kind !== 'add-mask' && kind !== 'error')).toEqual([])
  expect(kinds.filter(kind => kind === 'error')).toHaveLength(1)
  expect(commands.filter(line => line.startsWith('::add-mask::') && line.includes('injected'))).toEqual([])
  // Nothing from the platform starts a line of the summary either.
  expect(run.summary).not.toMatch(/^(::|<script|#+ injected)/m)
}

const INJECTION =
  'x\n::warning::injected\r\n::add-mask::injected\n## injected <script>alert(1)</script> [link](https://evil.example) | cell'

describe('platform text is data, never a workflow command or Markdown', () => {
  it('a status word with line breaks and commands', async () => {
    simulator.reset({ pendingPolls: 1000, statusFields: { status: `pending${INJECTION}` } })
    const run = await runActionInProcess(appInputs(simulator, { timeout: '2s' }))
    expect(run.code).toBe(1)
    // Control characters are removed from a status word (it is read without them), then shown as one line.
    expect(run.stdout).toMatch(
      /^Export ber-\S+: pendingx: :warning: :injected: :add-mask: :injected## injected <script>/m
    )
    expect(run.outputs.status).not.toContain('\n')
    expect(run.summary).toContain('\\<script\\>')
    expectNoInjectedCommands(run)
  })

  it('an export id with line breaks', async () => {
    simulator.reset({ pendingPolls: 0, statusFields: { _id: `ber-other${INJECTION}` } })
    const run = await runActionInProcess(appInputs(simulator))
    expect(run.code).toBe(1)
    expect(visibleLog(run)).toContain('(ber-otherx : :warning: :injected : :add-mask: :injected ## injected')
    expectNoInjectedCommands(run)
  })

  it('a failure reason with line breaks', async () => {
    simulator.reset({
      pendingPolls: 0,
      finalStatus: 'failed',
      failureFields: { errors: [{ msg: `broken${INJECTION}` }] }
    })
    const run = await runActionInProcess(appInputs(simulator))
    expect(run.code).toBe(1)
    expect(visibleLog(run)).toMatch(
      /::error::kore-bot-export: Kore\.ai reports export ber-\S+ as "failed": brokenx : :warning: :injected/
    )
    expectNoInjectedCommands(run)
  })

  it('an error answer with line breaks', async () => {
    simulator.inject('export', { kind: 'answer', status: 400, body: { errors: [{ msg: `refused${INJECTION}` }] } })
    const run = await runActionInProcess(appInputs(simulator))
    expect(run.code).toBe(1)
    expect(visibleLog(run)).toContain('(HTTP 400: refusedx : :warning: :injected')
    expectNoInjectedCommands(run)
  })

  it('file names with Markdown in them, and a summary that stays under 1 MiB', async () => {
    const names = Array.from({ length: 5_000 }, (_, i) => `dialogs/${'long-name-'.repeat(20)}${i}.json`)
    simulator.reset({
      pendingPolls: 0,
      zip: buildZip([
        { name: 'A weird `code` [x](y) _b_ @team #1.json', data: '{}' },
        ...names.map(name => ({ name, data: '{}' }))
      ])
    })
    const run = await runActionInProcess(appInputs(simulator, { 'extract-to': 'bot' }))
    expect(run.code).toBe(0)
    expect(run.summary).toContain('<code>A weird \\`code\\` \\[x\\](y) \\_b\\_ `@`team `#`1.json</code>')
    expect(run.summary).toContain('- … and 4501 more')
    expect(Buffer.byteLength(run.summary)).toBeLessThan(1024 * 1024)
  })
})

describe('download links', () => {
  it.each([
    ['file:///etc/passwd', 'is file:'],
    ['ftp://storage.example/export.zip', 'is ftp:'],
    ['data:application/zip;base64,UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==', 'is data:'],
    ['javascript:alert(1)', 'is javascript:'],
    ['http://storage.example/export.zip', 'is http://storage.example/export.zip']
  ])('%s is refused before any request', async (link, shown) => {
    simulator.reset({ pendingPolls: 0, downloadUrl: link })
    const run = await runActionInProcess(appInputs(simulator, { retries: '3' }))
    expect(run.code).toBe(1)
    expect(visibleLog(run)).toContain(
      `::error::kore-bot-export: The export's download link ${shown}, which the action refuses: only https:// links are followed`
    )
    expect(
      simulator.requests.filter(request => request.server === 'storage' || request.path.includes('/files/'))
    ).toHaveLength(0)
    expect(run.stdout).not.toContain('Could not download')
    expectWorkspace(run, [])
  })
})

describe('download redirects', () => {
  it.each(['file:///etc/passwd', 'ftp://storage.example/export.zip', 'http://storage.example/export.zip'])(
    'to %s is refused at once, not retried',
    async location => {
      simulator.always('download', { kind: 'answer', status: 302, headers: { location } })
      const run = await runActionInProcess(appInputs(simulator, { retries: '3' }))
      expect(run.code).toBe(1)
      expect(visibleLog(run)).toMatch(
        /::error::kore-bot-export: GET http:\/\/127\.0\.0\.1:\d+\/exports\/[\w-]+\.zip redirected to a link that is \S+, which the action refuses/
      )
      expect(simulator.requests.filter(request => request.server === 'storage')).toHaveLength(1)
      expectWorkspace(run, [])
    }
  )
})

describe('downloads that are not what was announced', () => {
  it('more bytes than fileSize: stopped at once, retried, nothing at path', async () => {
    // Larger than the first chunks, so that some were written before the excess showed.
    simulator.reset({ pendingPolls: 0, zip: crypto.randomBytes(8 * 1024 * 1024), fileSize: '4000000' })
    const run = await runActionInProcess(appInputs(simulator, { retries: '1' }))
    expect(run.code).toBe(1)
    expect(visibleLog(run)).toContain(
      '::error::kore-bot-export: Could not download the export after 2 tries (retries: 1): received more than the 4000000 bytes Kore.ai reported (fileSize); stopped.'
    )
    // What arrived was wrong, not short: the second try starts over instead of resuming it.
    expect(
      simulator.requests.filter(request => request.server === 'storage').map(request => request.headers.range)
    ).toEqual([undefined, undefined])
    expectWorkspace(run, [])
  })

  it.each([
    ['an error page', '<html><body>Service Unavailable</body></html>'],
    ['a short body', buildZip([{ name: 'botDefinition.json', data: '{"a":1}' }]).subarray(0, 40)]
  ])('without fileSize or Content-Length, %s is not taken for the zip', async (_label, body) => {
    simulator.reset({ pendingPolls: 0, omitFileSize: true })
    simulator.always('download', { kind: 'body', body })
    const run = await runActionInProcess(appInputs(simulator, { 'extract-to': 'bot' }))
    expect(run.code).toBe(1)
    expect(visibleLog(run)).toMatch(
      /::error::kore-bot-export: The export is not a readable zip \(\d+ bytes from http:\/\/127\.0\.0\.1:\d+\/exports\/[\w-]+\.zip: .*\)\. Nothing was written to path or extract-to\./
    )
    expectWorkspace(run, [])
  })
})

describe('time limits', () => {
  it('a status answer trickled a byte at a time is cut off at timeout', async () => {
    simulator.always('status', { kind: 'trickle', intervalMs: 1000 })
    const run = await runActionInProcess(appInputs(simulator, { timeout: '3s' }))
    expect(run.code).toBe(1)
    expect(run.durationMs).toBeLessThan(3000 + 3000)
    expect(visibleLog(run)).toMatch(
      /::error::kore-bot-export: Could not read the export status .*no complete answer within 3s \((request-)?timeout\)/
    )
  })

  it.each([
    [{ timeout: '30d' }, /timeout: "30d" is longer than the 24h maximum/],
    [{ 'request-timeout': '30d' }, /request-timeout: "30d" is longer than the 24h maximum/],
    [{ 'poll-interval': '2d' }, /poll-interval: "2d" is longer than the 24h maximum/],
    [
      { timeout: '1m', 'request-timeout': '2m' },
      /request-timeout \(2m\) is longer than timeout \(1m\), which bounds every request/
    ]
  ])('%j is refused before any request', async (overrides, message) => {
    const run = await runActionInProcess(appInputs(simulator, overrides))
    expect(run.code).toBe(1)
    expect(simulator.requests).toHaveLength(0)
    expect(visibleLog(run)).toMatch(message)
  })
})

describe('credentials in messages', () => {
  it.each([
    ['https://kore-user:hunter2-password@platform.kore.ai', 'hunter2-password'],
    ['https://platform.kore.ai/?token=abc123-secret-token', 'abc123-secret-token'],
    ['https://platform.kore.ai/#access_token=abc123-secret-token', 'abc123-secret-token']
  ])('host %s is refused without echoing the credential', async (host, secret) => {
    const run = await runActionInProcess(appInputs(simulator, { host }))
    expect(run.code).toBe(1)
    expect(visibleLog(run)).toContain('::error::kore-bot-export: host: https://platform.kore.ai')
    expect(run.stdout + run.stderr + run.summary).not.toContain(secret)
  })

  it("a storage error that echoes the link's signature: the signature is masked on its own first", async () => {
    simulator.inject('download', { kind: 'echo-query' })
    const run = await runActionInProcess(appInputs(simulator))
    expect(run.code).toBe(1)
    const signature = new URL(run.outputs['download-url']).searchParams.get('X-Signature') ?? ''
    expect(signature).toMatch(/^[0-9a-f]{64}$/)
    expect(maskedValues(run)).toContain(signature)
    // The mask is set before the line that holds the signature is printed.
    expect(run.stdout.indexOf(`::add-mask::${signature}`)).toBeLessThan(run.stdout.indexOf('Request refused'))
  })
})

describe('failures another try will not mend', () => {
  it('a host that does not resolve fails at once, saying to check host', async () => {
    const run = await runActionInProcess(appInputs(simulator, { host: 'https://kore-bot-export-no-such-host.invalid' }))
    expect(run.code).toBe(1)
    expect(run.stdout).not.toContain('Try 2')
    expect(visibleLog(run)).toMatch(
      /::error::kore-bot-export: GET https:\/\/kore-bot-export-no-such-host\.invalid\/\S+: the host name kore-bot-export-no-such-host\.invalid does not resolve \(ENOTFOUND\)\. Check host for a typo/
    )
  })
})
