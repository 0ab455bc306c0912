// The import action, run as a runner runs it (the bundle in dist/import), against the
// simulator: a second bot to import into, an Admin Console app, and every failure the
// reference describes.
import { beforeEach, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { runAction, visibleLog, type ActionRun } from '../script/run-action.js'
import { DEMO_ADMIN_CLIENT_SECRET, DEMO_TARGET_BOT_ID, demoBotFiles, type DemoVariant } from '../script/simulator/bot.js'
import { applyImport } from '../script/simulator/bot-store.js'
import { buildZip } from '../script/simulator/zip.js'
import { DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, appInputs, expectNoLeak, importInputs, sha256Of, tempWorkspace, useSimulator, zipEntries } from './support/fixtures.js'

/** The import request body, as the simulator received it. */
interface ImportBody {
  botDefinition: string
  configInfo: string
  botFunctions?: string[]
  importOptions: {
    tasks: string[]
    nlpData: string[]
    AgentAssist: string[]
    options: { utterances: { append: boolean; replace: boolean }; botVariables?: { ignore: string[] } }
  }
}

const simulator = useSimulator()
// Exports settle at once here: the waiting is the import's (one pending read) and the publish's.
beforeEach(() => simulator.reset({ pendingPolls: 0 }))

/** A workspace holding the demo bot's export (in a variant) as export.zip. */
function workspaceWith(variant: DemoVariant = {}): { workspace: string; zip: Buffer } {
  const workspace = tempWorkspace()
  const zip = buildZip(demoBotFiles(variant))
  fs.writeFileSync(path.join(workspace, 'export.zip'), zip)
  return { workspace, zip }
}


function runImport(inputs: Record<string, string>, workspace: string, env: Record<string, string> = {}): Promise<ActionRun> {
  return runAction(inputs, { action: 'import', workspace, env })
}

/** The target bot holds the demo bot (in a variant), with its variables' values, as if imported before. */
function seedTarget(variant: DemoVariant = {}): void {
  const [definition, config] = demoBotFiles(variant).map(file => Buffer.from(file.data as string))
  simulator.stored.set(DEMO_TARGET_BOT_ID, { latest: applyImport(DEMO_TARGET_BOT_ID, undefined, { definition, config, keepVariables: [] }) })
}

const calls = (route: RegExp, method = 'POST'): number => simulator.requests.filter(request => request.method === method && route.test(request.path)).length
const importStarts = (): number => calls(/\/bot\/[^/]+\/import$/)
const publishes = (): number => calls(/\/publish$/)

describe('import from a zip', () => {
  it('uploads the export as it is, imports with explicit options, waits by the import id, verifies and reports', async () => {
    const { workspace, zip } = workspaceWith({ moreEdits: true })
    const run = await runImport(importInputs(simulator), workspace)

    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    // The uploads are the zip's own files, byte for byte, as bulkImport files.
    const entries = new Map(await zipEntries(path.join(workspace, 'export.zip')))
    expect(simulator.uploads.map(upload => upload.name)).toEqual(['botDefinition.json', 'config.json'])
    expect(simulator.uploads[0].bytes.equals(entries.get('botDefinition.json')!)).toBe(true)
    expect(simulator.uploads[1].bytes.equals(entries.get('config.json')!)).toBe(true)
    expect(simulator.uploads.map(upload => [upload.fileContext, upload.fileExtension])).toEqual([['bulkImport', 'json'], ['bulkImport', 'json']])

    expect(simulator.importBodies).toHaveLength(1)
    const body = simulator.importBodies[0] as ImportBody
    expect(body.botDefinition).toBe(simulator.uploads[0].fileId)
    expect(body.configInfo).toBe(simulator.uploads[1].fileId)
    expect(body.botFunctions).toBeUndefined()
    expect(body.importOptions.tasks).toEqual(['botTask', 'knowledgeGraph', 'smallTalk', 'forms'])
    expect(body.importOptions.AgentAssist).toEqual(['rules', 'playbooks'])
    expect(body.importOptions.options.utterances).toEqual({ append: true, replace: false })
    expect(body.importOptions.options.botVariables).toBeUndefined()

    // Polled by its own id, judged by the top-level status.
    const importId = run.outputs['import-id']
    expect(importId).toMatch(/^bir-/)
    expect(calls(new RegExp(`/bot/import/status/${importId}$`), 'GET')).toBe(2)
    expect(run.outputs.status).toBe('success')
    expect(run.outputs.verified).toBe('true')
    expect(run.outputs['publish-status']).toBeUndefined()
    expect(publishes()).toBe(0)

    // What changed in the target, from its export before the import to the one after.
    expect(run.outputs.changes).toContain('Dialog renamed: **Cancel Trip** → **Cancel a Trip**')
    expect(run.outputs.changes).toMatch(/utterance/)
    expect(run.outputs.changes).toContain('`newToken`')
    expect(run.summary).toContain(sha256Of(zip))
    expect(run.summary).toContain('| importRequest | Import request | success |')
    expect(run.summary).toContain('Everything sent is in the target as sent.')
    expect(run.summary).toContain('<code>icon.png</code>')
    expectNoLeak(run, [DEMO_ADMIN_CLIENT_SECRET])
  })

  it('sends the custom script as botFunctions, and only what an import takes', async () => {
    const workspace = tempWorkspace()
    fs.writeFileSync(path.join(workspace, 'export.zip'), buildZip([...demoBotFiles(), { name: 'TravelFunctions.js', data: 'function fare() { return 1 }' }, { name: 'tableDefinition_trips_1.json', data: '{}' }]))
    const run = await runImport(importInputs(simulator, { verify: 'false', tasks: 'botTask', utterances: 'replace' }), workspace)

    expect(run.code).toBe(0)
    expect(simulator.uploads.map(upload => [upload.name, upload.fileExtension])).toEqual([['botDefinition.json', 'json'], ['config.json', 'json'], ['TravelFunctions.js', 'js']])
    const body = simulator.importBodies[0] as ImportBody
    expect(body.botFunctions).toEqual([simulator.uploads[2].fileId])
    expect(body.importOptions.tasks).toEqual(['botTask'])
    expect(body.importOptions.nlpData).toEqual(['nlpSettings', 'utterances', 'patterns', 'synonyms', 'concepts', 'standardResponses'])
    expect(body.importOptions.options.utterances).toEqual({ append: false, replace: true })
    // verify: false: the target is not exported at all.
    expect(calls(/\/export$/)).toBe(0)
    expect(run.outputs.verified).toBeUndefined()
    expect(run.summary).toContain('<code>tableDefinition&#95;trips&#95;1.json</code>')
  })
})

describe('import from a folder', () => {
  it('packs a split folder back into the original export, fills the variables and masks them', async () => {
    const workspace = tempWorkspace()
    const exported = await runAction(appInputs(simulator, { 'extract-to': 'bot' }), { workspace })
    expect(exported.code).toBe(0)
    const original = new Map(await zipEntries(path.join(workspace, 'export.zip')))
    simulator.reset({ pendingPolls: 1 })

    const secret = 'sk-staging-value-1234567890'
    const run = await runImport(importInputs(simulator, { from: 'bot', variables: `apiKey=${secret}\nbaseUrl=https://staging.example.com\n` }), workspace)

    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    // The definition uploaded is byte for byte the export's.
    expect(simulator.uploads[0].bytes.equals(original.get('botDefinition.json')!)).toBe(true)
    const config = JSON.parse(simulator.uploads[1].bytes.toString('utf8'))
    expect(config.envVariables.map((variable: { key: string; value: string }) => [variable.key, variable.value])).toEqual([
      ['apiKey', secret],
      ['baseUrl', 'https://staging.example.com']
    ])
    // Formatted as the platform formats it.
    expect(simulator.uploads[1].bytes.toString('utf8')).toBe(JSON.stringify(config, null, 4))
    expect(run.outputs.verified).toBe('true')
    expect(run.summary).toMatch(/folder <code>.*bot<\/code>/)
    expectNoLeak(run, [secret, DEMO_ADMIN_CLIENT_SECRET])
  })

  it('refuses a folder whose variable values were left out, unless they are given or the target keeps its own', async () => {
    const workspace = tempWorkspace()
    expect((await runAction(appInputs(simulator, { 'extract-to': 'bot' }), { workspace })).code).toBe(0)
    simulator.reset({ pendingPolls: 1 })

    // The target holds a value for baseUrl: the import would blank it. Refused before any upload, by name.
    seedTarget()
    const refused = await runImport(importInputs(simulator, { from: 'bot', variables: 'apiKey=only-one-of-two-values' }), workspace)
    expect(refused.code).toBe(1)
    expect(refused.stdout).toMatch(/::error::kore-bot-export\/import: The import would set a bot variable empty that bot st-\S+ holds a value for: baseUrl\. The folder's config\.json leaves it empty .*variables.*keep-target-variables: true/)
    expect(simulator.uploads).toHaveLength(0)
    expect(importStarts()).toBe(0)
    expect(refused.stdout + refused.summary).not.toContain('https://api.example.com')

    const kept = await runImport(importInputs(simulator, { from: 'bot', 'keep-target-variables': 'true' }), workspace)
    expect(kept.code).toBe(0)
    const body = simulator.importBodies[0] as ImportBody
    expect(body.importOptions.options.botVariables).toEqual({ ignore: ['apiKey', 'baseUrl'] })
  })
})

describe('bad input, refused before any request', () => {
  it('names every bad input at once', async () => {
    const { workspace } = workspaceWith()
    const run = await runImport(importInputs(simulator, { tasks: 'BotTask', utterances: 'both', wait: 'false', publish: 'true', 'import-options': '[1]', variables: 'no equals sign here' }), workspace)
    expect(run.code).toBe(1)
    const log = visibleLog(run)
    expect(log).toContain('6 inputs need fixing')
    expect(log).toContain('tasks: "BotTask" is not a documented tasks component for import (did you mean botTask?)')
    expect(log).toContain('utterances: "both" is not append or replace')
    expect(log).toContain('publish needs wait: true')
    expect(log).toContain('verify needs wait: true')
    expect(log).toContain('import-options must be a JSON object')
    expect(log).toContain('variables: line 1 is not NAME=value')
    expect(log).not.toContain('no equals sign here')
    expect(simulator.requests).toHaveLength(0)
  })

  it('refuses a variable config.json does not hold, and a source that is not an export', async () => {
    const { workspace } = workspaceWith()
    const unknown = await runImport(importInputs(simulator, { variables: 'apiKey=value-one-1234\nmissingVar=value-two-1234' }), workspace)
    expect(unknown.code).toBe(1)
    expect(visibleLog(unknown)).toMatch(/variables: missingVar is not a bot variable in the zip's config\.json \(it has apiKey, baseUrl\)/)
    expect(visibleLog(unknown)).not.toContain('value-two-1234')

    fs.writeFileSync(path.join(workspace, 'other.zip'), buildZip([{ name: 'config.json', data: '{}' }]))
    const notExport = await runImport(importInputs(simulator, { from: 'other.zip' }), workspace)
    expect(visibleLog(notExport)).toMatch(/from \(.*other\.zip\) holds no botDefinition\.json/)

    fs.writeFileSync(path.join(workspace, 'broken.zip'), buildZip([{ name: 'botDefinition.json', data: '{"dialogs": [' }, { name: 'config.json', data: '{}' }]))
    const broken = await runImport(importInputs(simulator, { from: 'broken.zip' }), workspace)
    expect(visibleLog(broken)).toMatch(/holds a botDefinition\.json that is not valid JSON/)

    const missing = await runImport(importInputs(simulator, { from: 'nowhere' }), workspace)
    expect(visibleLog(missing)).toMatch(/from \(.*nowhere\) does not exist/)
    expect(simulator.requests).toHaveLength(0)
  })

  it('refuses a custom script larger than the platform accepts, from the size its zip entry declares', async () => {
    const workspace = tempWorkspace()
    fs.writeFileSync(path.join(workspace, 'export.zip'), buildZip([...demoBotFiles(), { name: 'Functions.js', data: '//'.repeat(300 * 1024) }]))
    const run = await runImport(importInputs(simulator), workspace)
    expect(visibleLog(run)).toMatch(/holds Functions\.js of 614400 bytes, more than the 500 KB the platform accepts/)
    expect(simulator.requests).toHaveLength(0)
  })

  it('refuses a config.json larger than the platform accepts', async () => {
    const workspace = tempWorkspace()
    const config = JSON.stringify({ name: 'x', envVariables: [{ key: 'big', value: 'v'.repeat(600 * 1024) }] }, null, 4)
    fs.writeFileSync(path.join(workspace, 'export.zip'), buildZip([demoBotFiles()[0], { name: 'config.json', data: config }]))
    const run = await runImport(importInputs(simulator), workspace)
    expect(visibleLog(run)).toMatch(/config\.json of \d+ bytes, more than the 500 KB the platform accepts/)
    expect(simulator.requests).toHaveLength(0)
  })
})

describe('failures on the platform', () => {
  it('fails a failed import with every statusLogs entry that is not a success, and never publishes', async () => {
    simulator.reset({ pendingPolls: 0, importFinalStatus: 'failed' })
    const { workspace } = workspaceWith()
    const run = await runImport(importInputs(simulator, { publish: 'true' }), workspace)

    expect(run.code).toBe(1)
    expect(run.outputs.status).toBe('failed')
    const log = visibleLog(run)
    expect(log).toMatch(/::error::kore-bot-export\/import: Kore\.ai reports import bir-[^ ]+ into bot st-[^ ]+ as "failed":%0A- Dialog "Book Flight": failed%0A- BotVariables "apiKey": failed/)
    expect(log).not.toMatch(/::error::.*Bot Definition/)
    expect(run.summary).toContain('| Dialog | Book Flight | failed |')
    expect(publishes()).toBe(0)
  })

  it('does not take the first statusLogs entry for success: an import pending past the timeout fails', async () => {
    simulator.reset({ pendingPolls: 0, importPendingPolls: 1000 })
    const { workspace } = workspaceWith()
    const run = await runImport(importInputs(simulator, { verify: 'false', timeout: '3s', 'request-timeout': '2s' }), workspace)
    expect(run.code).toBe(1)
    expect(run.outputs.status).toBe('pending')
    expect(visibleLog(run)).toMatch(/Import bir-\S+ did not finish within 3s \(last status: "pending"\)/)
  })

  it('treats a status word it does not know as still running', async () => {
    simulator.reset({ pendingPolls: 0, importFinalStatus: 'queued' })
    const { workspace } = workspaceWith()
    const run = await runImport(importInputs(simulator, { verify: 'false', timeout: '3s', 'request-timeout': '2s' }), workspace)
    expect(run.code).toBe(1)
    expect(run.outputs.status).toBe('queued')
    expect(visibleLog(run)).toContain('did not finish within 3s (last status: "queued")')
  })

  it('does not repeat an import start or an upload whose answer was lost', async () => {
    const { workspace } = workspaceWith()
    simulator.inject('import', { kind: 'reset-after-work' })
    const lostImport = await runImport(importInputs(simulator, { verify: 'false' }), workspace)
    expect(lostImport.code).toBe(1)
    expect(importStarts()).toBe(1)
    expect(visibleLog(lostImport)).toMatch(/Could not start the import: .*not sent again on a guess: check the bot in the Builder/)

    simulator.reset({ pendingPolls: 0 })
    simulator.inject('upload', { kind: 'reset-after-work' })
    const lostUpload = await runImport(importInputs(simulator, { verify: 'false' }), workspace)
    expect(lostUpload.code).toBe(1)
    expect(simulator.uploads).toHaveLength(1)
    expect(importStarts()).toBe(0)
  })

  it('repeats an import start the platform refused with a rate limit, once it may', async () => {
    const { workspace } = workspaceWith()
    simulator.inject('import', { kind: 'answer', status: 429, body: { errors: [{ msg: 'Rate limit exceeded' }] }, headers: { 'retry-after': '1' } })
    const run = await runImport(importInputs(simulator, { verify: 'false' }), workspace)
    expect(run.code).toBe(0)
    expect(importStarts()).toBe(2)
    expect(simulator.importBodies).toHaveLength(1)
  })

  it('names the Admin Console app and the Bot Import scope when the credentials are refused (401)', async () => {
    const { workspace } = workspaceWith()
    const run = await runImport(importInputs(simulator, { 'client-secret': 'not-the-admin-app-secret', verify: 'false' }), workspace)
    expect(run.code).toBe(1)
    expect(visibleLog(run)).toMatch(/Kore\.ai refused to upload botDefinition\.json \(HTTP 401.*an Admin Console app .*Bot Import API scope mapped and published/)
    expect(importStarts()).toBe(0)
  })

  it('takes a file id from the upload answer only if it looks like one', async () => {
    const { workspace } = workspaceWith()
    simulator.inject('upload', { kind: 'answer', status: 200, body: { fileId: '../../bot/st-other/import?x=1' } })
    const run = await runImport(importInputs(simulator, { verify: 'false' }), workspace)
    expect(run.code).toBe(1)
    expect(visibleLog(run)).toContain('answered the upload of botDefinition.json without a usable file id (fileId)')
    expect(importStarts()).toBe(0)
  })

  it('names the Bot Import scope when a Builder app is refused (401, code 4002, as the platform answers)', async () => {
    const { workspace } = workspaceWith()
    const run = await runImport(importInputs(simulator, { 'client-id': DEMO_CLIENT_ID, 'client-secret': DEMO_CLIENT_SECRET, verify: 'false' }), workspace)
    expect(run.code).toBe(1)
    expect(visibleLog(run)).toMatch(/Kore\.ai refused to start the import \(HTTP 401: Permission denied\. Scope is incorrect!\)\. The app lacks the Bot Definition > Bot Import scope this call needs: in Admin Console > API Scopes/)
  })
})

describe('hostile answers', () => {
  it('never lets statusLogs or resource names become workflow commands or Markdown', async () => {
    const hostile = '::error::pwned\n<img src=x onerror=alert(1)> [link](https://evil.example) | cell'
    simulator.reset({ pendingPolls: 0, importFinalStatus: 'failed', importFailureLogs: [{ taskType: 'Dialog', taskName: hostile, status: 'failed' }] })
    const { workspace } = workspaceWith()
    const run = await runImport(importInputs(simulator), workspace)
    expect(run.code).toBe(1)
    expect(run.stdout).not.toMatch(/^::error::pwned/m)
    expect(run.summary).not.toContain('<img')
    expect(run.summary).not.toContain('](https://evil.example)')
    // One table row per log entry: a pipe in a name cannot add cells.
    const row = run.summary.split('\n').find(line => line.startsWith('| Dialog |'))!
    expect(row.split(/(?<!\\)\|/)).toHaveLength(5)
  })

  it('refuses a status answer about another import', async () => {
    const { workspace } = workspaceWith()
    simulator.inject('import-status', { kind: 'answer', status: 200, body: { _id: 'bir-someone-else', status: 'success', statusLogs: [] } })
    const run = await runImport(importInputs(simulator, { verify: 'false' }), workspace)
    expect(run.code).toBe(1)
    expect(visibleLog(run)).toMatch(/answered the status of import bir-\S+ with the status of another import \(bir-someone-else\)/)
  })

  it('fails a publish the platform reports as failed, after a good import', async () => {
    simulator.reset({ pendingPolls: 0, publishFinalStatus: 'failed' })
    const { workspace } = workspaceWith()
    const run = await runImport(importInputs(simulator, { publish: 'true', verify: 'false' }), workspace)
    expect(run.code).toBe(1)
    expect(run.outputs.status).toBe('success')
    expect(run.outputs['publish-status']).toBe('failed')
    expect(visibleLog(run)).toMatch(/reports the publish of bot st-\S+ as "failed".*at least one channel/)
  })
})

describe('publish', () => {
  it('publishes after a verified import with a comment naming the repository, commit and run', async () => {
    const { workspace } = workspaceWith()
    const env = { GITHUB_REPOSITORY: 'acme/travel-bot', GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567', GITHUB_RUN_ID: '4242', GITHUB_SERVER_URL: 'https://github.com', GITHUB_WORKFLOW: 'Promote' }
    const run = await runImport(importInputs(simulator, { publish: 'true' }), workspace, env)
    expect(run.code).toBe(0)
    expect(run.outputs['publish-status']).toBe('successful')
    expect(simulator.publishBodies).toEqual([{ versionComment: 'acme/travel-bot@0123456789ab by Promote (https://github.com/acme/travel-bot/actions/runs/4242)', initiateTraining: true }])
    // Published only after the import and its verification.
    const order = simulator.requests.map(request => request.path)
    const lastExport = order.map((where, index) => (where.endsWith('/export') ? index : -1)).reduce((a, b) => Math.max(a, b), -1)
    expect(lastExport).toBeGreaterThan(0)
    expect(order.findIndex(where => where.endsWith('/publish'))).toBeGreaterThan(lastExport)
    // The published version is what was imported: an export of it returns the bot.
    expect(simulator.stored.get(DEMO_TARGET_BOT_ID)?.published).toBeDefined()
  })

  it('reports resources waiting for approval as a warning and publish-status awaiting-approval', async () => {
    simulator.reset({ pendingPolls: 0, publishAwaitsApproval: true })
    const { workspace } = workspaceWith()
    const run = await runImport(importInputs(simulator, { publish: 'true', 'version-comment': 'Release 1.2' }), workspace)
    expect(run.code).toBe(0)
    expect(run.outputs['publish-status']).toBe('awaiting-approval')
    expect(run.stdout).toMatch(/::warning::Published bot st-\S+, but dialog Book Flight wait for an admin's approval/)
    expect(run.summary).toContain("Waiting for an admin's approval: dialog <code>Book Flight</code>")
    expect((simulator.publishBodies[0] as { versionComment: string }).versionComment).toBe('Release 1.2')
  })
})

describe('verification', () => {
  it('catches an import that reports success and changed nothing, and does not publish', async () => {
    simulator.reset({ pendingPolls: 0, importChangesNothing: true })
    const { workspace } = workspaceWith({ moreEdits: true })
    const run = await runImport(importInputs(simulator, { publish: 'true' }), workspace)
    expect(run.code).toBe(1)
    expect(run.outputs.status).toBe('success')
    expect(run.outputs.verified).toBe('false')
    expect(run.outputs.changes).toBe('')
    const log = visibleLog(run)
    expect(log).toContain('reported success, but the target does not hold what was sent')
    expect(log).toContain('not as sent: dialog Cancel a Trip is named Cancel Trip in the target')
    expect(log).toContain('missing: bot variable newToken')
    expect(log).toContain('The bot was not published')
    expect(run.summary).toContain('the target does not hold what was sent')
    expect(publishes()).toBe(0)
  })

  it('lists what only the target has without failing', async () => {
    const { workspace } = workspaceWith({ moreEdits: true })
    // The target first gets the bot with an extra dialog, then an import of the plain bot.
    const extra = JSON.parse(demoBotFiles({ moreEdits: true })[0].data as string)
    extra.dialogs.push({ _id: 'dg-staging-only', refId: 'staging-only-ref', lname: 'staging check', localeData: { en: { name: 'Staging Check' } }, nodes: [] })
    // As the platform holds it: with the target's own ids.
    const latest = applyImport(DEMO_TARGET_BOT_ID, undefined, { definition: Buffer.from(JSON.stringify(extra, null, 4)), config: Buffer.from(demoBotFiles({ moreEdits: true })[1].data as string), keepVariables: [] })
    simulator.stored.set(DEMO_TARGET_BOT_ID, { latest })
    const run = await runImport(importInputs(simulator), workspace)
    expect(run.code).toBe(0)
    expect(run.outputs.verified).toBe('true')
    expect(run.summary).toContain('Only in the target (kept, not a failure)')
    expect(run.summary).toContain('dialog Staging Check')
  })
})

describe('utterances', () => {
  it('appended: utterances only the target has are listed, not failed; replaced: they are gone', async () => {
    // The target first gets the bot with one more utterance ("fly me to Rome").
    const { workspace } = workspaceWith({ moreEdits: true })
    expect((await runImport(importInputs(simulator, { verify: 'false' }), workspace)).code).toBe(0)
    fs.writeFileSync(path.join(workspace, 'export.zip'), buildZip(demoBotFiles()))

    const appended = await runImport(importInputs(simulator, { 'keep-target-variables': 'true' }), workspace)
    expect(appended.code).toBe(0)
    expect(appended.outputs.verified).toBe('true')
    expect(appended.summary).toContain('dialog Book Flight&#58; intent Book&#95;Flight&#58; +1 utterance in the target')

    const replaced = await runImport(importInputs(simulator, { 'keep-target-variables': 'true', utterances: 'replace' }), workspace)
    expect(replaced.code).toBe(0)
    expect(replaced.outputs.verified).toBe('true')
    expect(replaced.outputs.changes).toContain('−1 utterance')
  })
})

describe('dry run', () => {
  it('reports what the import would change and sends nothing', async () => {
    const { workspace } = workspaceWith({ moreEdits: true, editScript: true })
    const run = await runImport(importInputs(simulator, { 'dry-run': 'true', publish: 'true' }), workspace)
    expect(run.code).toBe(0)
    expect(run.outputs.changes).toMatch(/Dialog \*\*Book Flight\*\*: .*script ValidateDestination changed/)
    expect(run.outputs.changes).toContain('Dialog renamed: **Cancel Trip** → **Cancel a Trip**')
    expect(run.summary).toContain('Kore.ai bot import plan (dry run)')
    expect(simulator.uploads).toHaveLength(0)
    expect(importStarts()).toBe(0)
    expect(publishes()).toBe(0)
  })

  it('lists what only the target has under a heading that says what the mode does with it', async () => {
    seedTarget({ moreEdits: true })
    const { workspace } = workspaceWith()
    const incremental = await runImport(importInputs(simulator, { 'dry-run': 'true' }), workspace)
    expect(incremental.code).toBe(0)
    expect(incremental.outputs.changes).toMatch(/\*\*Only in the target: stays \(mode: incremental\)\*\*\n\n(- .*\n)*- bot variable newToken/)
    expect(incremental.outputs.changes).not.toContain('Bot variables: removed')
    expect(incremental.outputs.changes).not.toContain('Removed from the target')

    const full = await runImport(importInputs(simulator, { 'dry-run': 'true', mode: 'full' }), workspace)
    expect(full.code).toBe(0)
    expect(full.outputs.changes).toMatch(/\*\*Removed from the target at its next publish \(mode: full\)\*\*\n\n(- .*\n)*- bot variable newToken/)
    expect(full.outputs.changes).not.toContain('stays')
    expect(simulator.uploads).toHaveLength(0)
  })
})

/** The demo bot's files with `edit` applied to its definition and config.json (parsed). */
function editedDemo(edit: (definition: { dialogs: Record<string, unknown>[] }, config: { envVariables: Record<string, unknown>[] }) => void, variant: DemoVariant = {}): { definition: Buffer; config: Buffer; zip: Buffer } {
  const files = demoBotFiles(variant)
  const definition = JSON.parse(String(files[0].data))
  const config = JSON.parse(String(files[1].data))
  edit(definition, config)
  const edited = files.map((file, index) => (index === 0 ? { ...file, data: JSON.stringify(definition, null, 4) } : index === 1 ? { ...file, data: JSON.stringify(config, null, 4) } : file))
  return { definition: Buffer.from(String(edited[0].data)), config: Buffer.from(String(edited[1].data)), zip: buildZip(edited) }
}

describe('no variable blanked, value changes named', () => {
  it('refuses a zip that leaves empty a variable the target holds a value for, by name; empty in both imports', async () => {
    seedTarget()
    const workspace = tempWorkspace()
    fs.writeFileSync(path.join(workspace, 'export.zip'), editedDemo((_, config) => (config.envVariables[0].value = '')).zip)
    const refused = await runImport(importInputs(simulator, { verify: 'false' }), workspace)
    expect(refused.code).toBe(1)
    expect(visibleLog(refused)).toMatch(/The import would set a bot variable empty that bot st-\S+ holds a value for: apiKey\. The zip's config\.json leaves it empty.*variables.*keep-target-variables: true/)
    expect(refused.stdout + refused.summary).not.toContain('sk-demo-value')
    expect(simulator.uploads).toHaveLength(0)

    // The same value empty in the target too: nothing to lose.
    const emptyInBoth = editedDemo((_, config) => (config.envVariables[0].value = ''))
    simulator.stored.set(DEMO_TARGET_BOT_ID, { latest: applyImport(DEMO_TARGET_BOT_ID, undefined, { definition: emptyInBoth.definition, config: emptyInBoth.config, keepVariables: [] }) })
    const imported = await runImport(importInputs(simulator), workspace)
    expect(visibleLog(imported)).not.toContain('::error::')
    expect(imported.code).toBe(0)
  })

  it('names a variable whose value differs in the plan, the changes and the verification, never the value', async () => {
    seedTarget()
    const workspace = tempWorkspace()
    fs.writeFileSync(path.join(workspace, 'export.zip'), editedDemo((_, config) => (config.envVariables[0].value = 'other-value-abc')).zip)
    const plan = await runImport(importInputs(simulator, { 'dry-run': 'true' }), workspace)
    expect(plan.code).toBe(0)
    expect(plan.outputs.changes).toContain('Bot variables: value changed for `apiKey`')
    for (const text of [plan.stdout, plan.summary, JSON.stringify(plan.outputs)]) {
      expect(text).not.toContain('other-value-abc')
      expect(text).not.toContain('sk-demo-value')
    }
    const run = await runImport(importInputs(simulator), workspace)
    expect(run.code).toBe(0)
    expect(run.outputs.verified).toBe('true')
    expect(run.outputs.changes).toContain('value changed for `apiKey`')
    expect(run.stdout).not.toContain('other-value-abc')
  })
})

describe('mode: full', () => {
  /** The target holds a dialog the source does not (deleted in git). */
  function targetWithExtraDialog(): void {
    const target = editedDemo(definition => definition.dialogs.push({ nodes: [], _id: 'dg-11111111-0000-4000-8000-000000000009', refId: 'aaaaaaaa-0000-4000-8000-000000000009', lname: 'old promo', localeData: { en: { name: 'Old Promo', shortDesc: '' } } }))
    simulator.stored.set(DEMO_TARGET_BOT_ID, { latest: applyImport(DEMO_TARGET_BOT_ID, undefined, { definition: target.definition, config: target.config, keepVariables: [] }) })
  }
  const targetDialogs = (): string[] => (JSON.parse(simulator.stored.get(DEMO_TARGET_BOT_ID)!.latest.get('botDefinition.json')!.toString('utf8')).dialogs as { lname: string }[]).map(dialog => dialog.lname)

  it('removes what only the target had at the publish, and checks that it is gone', async () => {
    targetWithExtraDialog()
    const { workspace } = workspaceWith()
    const run = await runImport(importInputs(simulator, { mode: 'full', publish: 'true' }), workspace)
    expect(visibleLog(run)).not.toContain('::error::')
    expect(run.code).toBe(0)
    expect((simulator.importBodies[0] as Record<string, unknown>).importOptions).toBeUndefined()
    expect(targetDialogs()).not.toContain('old promo')
    expect(run.stdout).toContain('holds nothing the source does not (mode full)')
  })

  it('fails after the publish when the platform kept what only the target had', async () => {
    simulator.reset({ pendingPolls: 0, fullImportKeepsTargetOnly: true })
    targetWithExtraDialog()
    const { workspace } = workspaceWith()
    const run = await runImport(importInputs(simulator, { mode: 'full', publish: 'true' }), workspace)
    expect(run.code).toBe(1)
    expect(visibleLog(run)).toMatch(/::error::kore-bot-export\/import: The full import into bot st-\S+ was published, but the target still holds what the source does not:%0A- dialog Old Promo/)
  })

  it('an incremental import keeps it', async () => {
    targetWithExtraDialog()
    const { workspace } = workspaceWith()
    const run = await runImport(importInputs(simulator, { publish: 'true' }), workspace)
    expect(visibleLog(run)).not.toContain('::error::')
    expect(run.code).toBe(0)
    expect(targetDialogs()).toContain('old promo')
  })
})
