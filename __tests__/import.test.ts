// The import action, run through its Actions adapter in process (INPUT_* as a runner passes
// them; the boundaries have the bundle suites), against the
// simulator: a second bot to import into, an Admin Console app, and every failure the
// reference describes.
import { beforeEach, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { runAction, visibleLog } from '../script/run-action.js'
import { DEMO_ADMIN_CLIENT_SECRET, demoBotFiles } from '../script/simulator/bot.js'
import { buildZip } from '../script/simulator/zip.js'
import {
  DEMO_CLIENT_ID,
  DEMO_CLIENT_SECRET,
  appInputs,
  expectNoLeak,
  importInputs,
  sha256Of,
  tempWorkspace,
  useSimulator,
  zipEntries
} from './support/fixtures.js'
import { importHelpers, runImport, workspaceWith, type ImportBody } from './support/import-runs.js'

const simulator = useSimulator()
// Exports settle at once here: the waiting is the import's (one pending read) and the publish's.
beforeEach(() => simulator.reset({ pendingPolls: 0 }))
const { seedTarget, calls, importStarts, publishes } = importHelpers(simulator)

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
    expect(simulator.uploads.map(upload => [upload.fileContext, upload.fileExtension])).toEqual([
      ['bulkImport', 'json'],
      ['bulkImport', 'json']
    ])

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
    fs.writeFileSync(
      path.join(workspace, 'export.zip'),
      buildZip([
        ...demoBotFiles(),
        { name: 'TravelFunctions.js', data: 'function fare() { return 1 }' },
        { name: 'tableDefinition_trips_1.json', data: '{}' }
      ])
    )
    const run = await runImport(
      importInputs(simulator, { verify: 'false', tasks: 'botTask', utterances: 'replace' }),
      workspace
    )

    expect(run.code).toBe(0)
    expect(simulator.uploads.map(upload => [upload.name, upload.fileExtension])).toEqual([
      ['botDefinition.json', 'json'],
      ['config.json', 'json'],
      ['TravelFunctions.js', 'js']
    ])
    const body = simulator.importBodies[0] as ImportBody
    expect(body.botFunctions).toEqual([simulator.uploads[2].fileId])
    expect(body.importOptions.tasks).toEqual(['botTask'])
    expect(body.importOptions.nlpData).toEqual([
      'nlpSettings',
      'utterances',
      'patterns',
      'synonyms',
      'concepts',
      'standardResponses'
    ])
    expect(body.importOptions.options.utterances).toEqual({ append: false, replace: true })
    // verify: false: the target is not exported at all.
    expect(calls(/\/export$/)).toBe(0)
    expect(run.outputs.verified).toBeUndefined()
    expect(run.summary).toContain('<code>tableDefinition\\_trips\\_1.json</code>')
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
    const run = await runImport(
      importInputs(simulator, { from: 'bot', variables: `apiKey=${secret}\nbaseUrl=https://staging.example.com\n` }),
      workspace
    )

    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    // The definition uploaded is byte for byte the export's.
    expect(simulator.uploads[0].bytes.equals(original.get('botDefinition.json')!)).toBe(true)
    const config = JSON.parse(simulator.uploads[1].bytes.toString('utf8'))
    expect(
      config.envVariables.map((variable: { key: string; value: string }) => [variable.key, variable.value])
    ).toEqual([
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
    const refused = await runImport(
      importInputs(simulator, { from: 'bot', variables: 'apiKey=only-one-of-two-values' }),
      workspace
    )
    expect(refused.code).toBe(1)
    expect(refused.stdout).toMatch(
      /::error::kore-bot-export\/import: The import would set a bot variable empty that bot st-\S+ holds a value for: baseUrl\. The folder's config\.json leaves it empty .*variables.*keep-target-variables: true/
    )
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
    const run = await runImport(
      importInputs(simulator, {
        tasks: 'BotTask',
        utterances: 'both',
        wait: 'false',
        publish: 'true',
        'import-options': '[1]',
        variables: 'no equals sign here'
      }),
      workspace
    )
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
    const unknown = await runImport(
      importInputs(simulator, { variables: 'apiKey=value-one-1234\nmissingVar=value-two-1234' }),
      workspace
    )
    expect(unknown.code).toBe(1)
    expect(visibleLog(unknown)).toMatch(
      /variables: missingVar is not a bot variable in the zip's config\.json \(it has apiKey, baseUrl\)/
    )
    expect(visibleLog(unknown)).not.toContain('value-two-1234')

    fs.writeFileSync(path.join(workspace, 'other.zip'), buildZip([{ name: 'config.json', data: '{}' }]))
    const notExport = await runImport(importInputs(simulator, { from: 'other.zip' }), workspace)
    expect(visibleLog(notExport)).toMatch(/from \(.*other\.zip\) holds no botDefinition\.json/)

    fs.writeFileSync(
      path.join(workspace, 'broken.zip'),
      buildZip([
        { name: 'botDefinition.json', data: '{"dialogs": [' },
        { name: 'config.json', data: '{}' }
      ])
    )
    const broken = await runImport(importInputs(simulator, { from: 'broken.zip' }), workspace)
    expect(visibleLog(broken)).toMatch(/holds a botDefinition\.json that is not valid JSON/)

    const missing = await runImport(importInputs(simulator, { from: 'nowhere' }), workspace)
    expect(visibleLog(missing)).toMatch(/from \(.*nowhere\) does not exist/)
    expect(simulator.requests).toHaveLength(0)
  })

  it('refuses a custom script larger than the platform accepts, from the size its zip entry declares', async () => {
    const workspace = tempWorkspace()
    fs.writeFileSync(
      path.join(workspace, 'export.zip'),
      buildZip([...demoBotFiles(), { name: 'Functions.js', data: '//'.repeat(300 * 1024) }])
    )
    const run = await runImport(importInputs(simulator), workspace)
    expect(visibleLog(run)).toMatch(/holds Functions\.js of 614400 bytes, more than the 500 KB the platform accepts/)
    expect(simulator.requests).toHaveLength(0)
  })

  it('refuses a config.json larger than the platform accepts', async () => {
    const workspace = tempWorkspace()
    const config = JSON.stringify({ name: 'x', envVariables: [{ key: 'big', value: 'v'.repeat(600 * 1024) }] }, null, 4)
    fs.writeFileSync(
      path.join(workspace, 'export.zip'),
      buildZip([demoBotFiles()[0], { name: 'config.json', data: config }])
    )
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
    expect(log).toMatch(
      /::error::kore-bot-export\/import: Kore\.ai reports import bir-[^ ]+ into bot st-[^ ]+ as "failed":%0A- Dialog "Book Flight": failed%0A- BotVariables "apiKey": failed/
    )
    expect(log).not.toMatch(/::error::.*Bot Definition/)
    expect(run.summary).toContain('| Dialog | Book Flight | failed |')
    expect(publishes()).toBe(0)
  })

  it('does not take the first statusLogs entry for success: an import pending past the timeout fails', async () => {
    simulator.reset({ pendingPolls: 0, importPendingPolls: 1000 })
    const { workspace } = workspaceWith()
    const run = await runImport(
      importInputs(simulator, { verify: 'false', timeout: '3s', 'request-timeout': '2s' }),
      workspace
    )
    expect(run.code).toBe(1)
    expect(run.outputs.status).toBe('pending')
    expect(visibleLog(run)).toMatch(/Import bir-\S+ did not finish within 3s \(last status: "pending"\)/)
  })

  it('treats a status word it does not know as still running', async () => {
    simulator.reset({ pendingPolls: 0, importFinalStatus: 'queued' })
    const { workspace } = workspaceWith()
    const run = await runImport(
      importInputs(simulator, { verify: 'false', timeout: '3s', 'request-timeout': '2s' }),
      workspace
    )
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
    expect(visibleLog(lostImport)).toMatch(
      /Could not start the import: .*not sent again on a guess: check the bot in the Builder/
    )

    simulator.reset({ pendingPolls: 0 })
    simulator.inject('upload', { kind: 'reset-after-work' })
    const lostUpload = await runImport(importInputs(simulator, { verify: 'false' }), workspace)
    expect(lostUpload.code).toBe(1)
    expect(simulator.uploads).toHaveLength(1)
    expect(importStarts()).toBe(0)
  })

  it('repeats an import start the platform refused with a rate limit, once it may', async () => {
    const { workspace } = workspaceWith()
    simulator.inject('import', {
      kind: 'answer',
      status: 429,
      body: { errors: [{ msg: 'Rate limit exceeded' }] },
      headers: { 'retry-after': '1' }
    })
    const run = await runImport(importInputs(simulator, { verify: 'false' }), workspace)
    expect(run.code).toBe(0)
    expect(importStarts()).toBe(2)
    expect(simulator.importBodies).toHaveLength(1)
  })

  it('names the Admin Console app and the Bot Import scope when the credentials are refused (401)', async () => {
    const { workspace } = workspaceWith()
    const run = await runImport(
      importInputs(simulator, { 'client-secret': 'not-the-admin-app-secret', verify: 'false' }),
      workspace
    )
    expect(run.code).toBe(1)
    expect(visibleLog(run)).toMatch(
      /Kore\.ai refused to upload botDefinition\.json \(HTTP 401.*an Admin Console app .*Bot Import API scope mapped and published/
    )
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
    const run = await runImport(
      importInputs(simulator, { 'client-id': DEMO_CLIENT_ID, 'client-secret': DEMO_CLIENT_SECRET, verify: 'false' }),
      workspace
    )
    expect(run.code).toBe(1)
    expect(visibleLog(run)).toMatch(
      /Kore\.ai refused to start the import \(HTTP 401: Permission denied\. Scope is incorrect!\)\. The app lacks the Bot Definition > Bot Import scope this call needs: in Admin Console > API Scopes/
    )
  })
})
