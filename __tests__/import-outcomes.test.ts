// The import action, through its Actions adapter in process, against the simulator: what it does with hostile
// answers, the publish, the verification, utterances, the dry run, variable values and the
// full mode. (import.test.ts: the sources, bad inputs and platform failures.)
import { beforeEach, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { visibleLog } from '../script/run-action.js'
import { DEMO_TARGET_BOT_ID, demoBotFiles } from '../script/simulator/bot.js'
import { applyImport } from '../script/simulator/bot-store.js'
import { buildZip } from '../script/simulator/zip.js'
import { importInputs, tempWorkspace, useSimulator } from './support/fixtures.js'
import { editedDemo, importHelpers, runImport, workspaceWith } from './support/import-runs.js'

const simulator = useSimulator()
// Exports settle at once here: the waiting is the import's (one pending read) and the publish's.
beforeEach(() => simulator.reset({ pendingPolls: 0 }))
const { seedTarget, importStarts, publishes } = importHelpers(simulator)

describe('hostile answers', () => {
  it('never lets statusLogs or resource names become workflow commands or Markdown', async () => {
    const hostile = '::error::pwned\n<img src=x onerror=alert(1)> [link](https://evil.example) | cell'
    simulator.reset({
      pendingPolls: 0,
      importFinalStatus: 'failed',
      importFailureLogs: [{ taskType: 'Dialog', taskName: hostile, status: 'failed' }]
    })
    const { workspace } = workspaceWith()
    const run = await runImport(importInputs(simulator), workspace)
    expect(run.code).toBe(1)
    expect(run.stdout).not.toMatch(/^::error::pwned/m)
    // Escaped with a backslash: shown as written, never an element.
    expect(run.summary).toContain('\\<img')
    expect(run.summary).not.toMatch(/(?<!\\)<img/)
    expect(run.summary).not.toContain('](https://evil.example)')
    // One table row per log entry: a pipe in a name cannot add cells.
    const row = run.summary.split('\n').find(line => line.startsWith('| Dialog |'))!
    expect(row.split(/(?<!\\)\|/)).toHaveLength(5)
  })

  it('refuses a status answer about another import', async () => {
    const { workspace } = workspaceWith()
    simulator.inject('import-status', {
      kind: 'answer',
      status: 200,
      body: { _id: 'bir-someone-else', status: 'success', statusLogs: [] }
    })
    const run = await runImport(importInputs(simulator, { verify: 'false' }), workspace)
    expect(run.code).toBe(1)
    expect(visibleLog(run)).toMatch(
      /answered the status of import bir-\S+ with the status of another import \(bir-someone-else\)/
    )
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
    const env = {
      GITHUB_REPOSITORY: 'acme/travel-bot',
      GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
      GITHUB_RUN_ID: '4242',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_WORKFLOW: 'Promote'
    }
    const run = await runImport(importInputs(simulator, { publish: 'true' }), workspace, env)
    expect(run.code).toBe(0)
    expect(run.outputs['publish-status']).toBe('successful')
    expect(simulator.publishBodies).toEqual([
      {
        versionComment:
          'acme/travel-bot@0123456789ab by Promote (https://github.com/acme/travel-bot/actions/runs/4242)',
        initiateTraining: true
      }
    ])
    // Published only after the import and its verification.
    const order = simulator.requests.map(request => request.path)
    const lastExport = order
      .map((where, index) => (where.endsWith('/export') ? index : -1))
      .reduce((a, b) => Math.max(a, b), -1)
    expect(lastExport).toBeGreaterThan(0)
    expect(order.findIndex(where => where.endsWith('/publish'))).toBeGreaterThan(lastExport)
    // The published version is what was imported: an export of it returns the bot.
    expect(simulator.stored.get(DEMO_TARGET_BOT_ID)?.published).toBeDefined()
  })

  it('reports resources waiting for approval as a warning and publish-status awaiting-approval', async () => {
    simulator.reset({ pendingPolls: 0, publishAwaitsApproval: true })
    const { workspace } = workspaceWith()
    const run = await runImport(
      importInputs(simulator, { publish: 'true', 'version-comment': 'Release 1.2' }),
      workspace
    )
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
    extra.dialogs.push({
      _id: 'dg-staging-only',
      refId: 'staging-only-ref',
      lname: 'staging check',
      localeData: { en: { name: 'Staging Check' } },
      nodes: []
    })
    // As the platform holds it: with the target's own ids.
    const latest = applyImport(DEMO_TARGET_BOT_ID, undefined, {
      definition: Buffer.from(JSON.stringify(extra, null, 4)),
      config: Buffer.from(demoBotFiles({ moreEdits: true })[1].data as string),
      keepVariables: []
    })
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
    expect(appended.summary).toContain('dialog Book Flight\\: intent Book\\_Flight\\: +1 utterance in the target')

    const replaced = await runImport(
      importInputs(simulator, { 'keep-target-variables': 'true', utterances: 'replace' }),
      workspace
    )
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
    expect(incremental.outputs.changes).toMatch(
      /\*\*Only in the target: stays \(mode: incremental\)\*\*\n\n(- .*\n)*- bot variable newToken/
    )
    expect(incremental.outputs.changes).not.toContain('Bot variables: removed')
    expect(incremental.outputs.changes).not.toContain('Removed from the target')

    const full = await runImport(importInputs(simulator, { 'dry-run': 'true', mode: 'full' }), workspace)
    expect(full.code).toBe(0)
    expect(full.outputs.changes).toMatch(
      /\*\*Removed from the target at its next publish \(mode: full\)\*\*\n\n(- .*\n)*- bot variable newToken/
    )
    expect(full.outputs.changes).not.toContain('stays')
    // The log is plain text (a runner's log and a terminal render no Markdown): no escapes, no bold.
    const logged = full.stdout.slice(full.stdout.indexOf('Dry run:'))
    expect(logged).toMatch(
      /Removed from the target at its next publish \(mode: full\):\n(- .*\n)*- bot variable newToken/
    )
    expect(logged).not.toMatch(/&#\d+;|\*\*/)
    expect(simulator.uploads).toHaveLength(0)
  })
})

describe('no variable blanked, value changes named', () => {
  it('refuses a zip that leaves empty a variable the target holds a value for, by name; empty in both imports', async () => {
    seedTarget()
    const workspace = tempWorkspace()
    fs.writeFileSync(
      path.join(workspace, 'export.zip'),
      editedDemo((_, config) => (config.envVariables[0].value = '')).zip
    )
    const refused = await runImport(importInputs(simulator, { verify: 'false' }), workspace)
    expect(refused.code).toBe(1)
    expect(visibleLog(refused)).toMatch(
      /The import would set a bot variable empty that bot st-\S+ holds a value for: apiKey\. The zip's config\.json leaves it empty.*variables.*keep-target-variables: true/
    )
    expect(refused.stdout + refused.summary).not.toContain('sk-demo-value')
    expect(simulator.uploads).toHaveLength(0)

    // The same value empty in the target too: nothing to lose.
    const emptyInBoth = editedDemo((_, config) => (config.envVariables[0].value = ''))
    simulator.stored.set(DEMO_TARGET_BOT_ID, {
      latest: applyImport(DEMO_TARGET_BOT_ID, undefined, {
        definition: emptyInBoth.definition,
        config: emptyInBoth.config,
        keepVariables: []
      })
    })
    const imported = await runImport(importInputs(simulator), workspace)
    expect(visibleLog(imported)).not.toContain('::error::')
    expect(imported.code).toBe(0)
  })

  it('names a variable whose value differs in the plan, the changes and the verification, never the value', async () => {
    seedTarget()
    const workspace = tempWorkspace()
    fs.writeFileSync(
      path.join(workspace, 'export.zip'),
      editedDemo((_, config) => (config.envVariables[0].value = 'other-value-abc')).zip
    )
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
    const target = editedDemo(definition =>
      definition.dialogs.push({
        nodes: [],
        _id: 'dg-11111111-0000-4000-8000-000000000009',
        refId: 'aaaaaaaa-0000-4000-8000-000000000009',
        lname: 'old promo',
        localeData: { en: { name: 'Old Promo', shortDesc: '' } }
      })
    )
    simulator.stored.set(DEMO_TARGET_BOT_ID, {
      latest: applyImport(DEMO_TARGET_BOT_ID, undefined, {
        definition: target.definition,
        config: target.config,
        keepVariables: []
      })
    })
  }
  const targetDialogs = (): string[] =>
    (
      JSON.parse(simulator.stored.get(DEMO_TARGET_BOT_ID)!.latest.get('botDefinition.json')!.toString('utf8'))
        .dialogs as { lname: string }[]
    ).map(dialog => dialog.lname)

  it('removes what only the target had at the publish, and checks that it is gone', async () => {
    targetWithExtraDialog()
    const { workspace } = workspaceWith()
    const run = await runImport(importInputs(simulator, { mode: 'full', publish: 'true' }), workspace)
    expect(visibleLog(run)).not.toContain('::error::')
    expect(run.code).toBe(0)
    expect((simulator.importBodies[0] as Record<string, unknown>).importOptions).toBeUndefined()
    expect(targetDialogs()).not.toContain('old promo')
    expect(run.stdout).toContain('holds what was sent (and 1 part only it has, to be removed by the publish)')
    expect(run.stdout).toContain('holds nothing the source does not (mode full)')
  })

  it('fails after the publish when the platform kept what only the target had', async () => {
    simulator.reset({ pendingPolls: 0, fullImportKeepsTargetOnly: true })
    targetWithExtraDialog()
    const { workspace } = workspaceWith()
    const run = await runImport(importInputs(simulator, { mode: 'full', publish: 'true' }), workspace)
    expect(run.code).toBe(1)
    expect(visibleLog(run)).toMatch(
      /::error::kore-bot-export\/import: The full import into bot st-\S+ was published, but the target still holds what the source does not:%0A- dialog Old Promo/
    )
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
