// How the action fails: run as a runner runs it, against a simulator that fails.
import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { visibleLog, runAction } from '../script/run-action.js'
import { DEMO_BOT_ID, appInputs, expectNoLeak, useSimulator, tempWorkspace } from './support/fixtures.js'
import { runActionInProcess } from './support/in-process.js'

const simulator = useSimulator()

describe('failures', () => {
  it('fails with the platform reason when the export fails, keeping export-id and status', async () => {
    simulator.reset({
      pendingPolls: 1,
      finalStatus: 'failed',
      failureFields: { statusLogs: [{ msg: 'Bot has no published version' }] }
    })
    const run = await runActionInProcess(appInputs(simulator))
    expect(run.code).toBe(1)
    expect(run.outputs['export-id']).toMatch(/^ber-/)
    expect(run.outputs.status).toBe('failed')
    expect(run.stdout).toMatch(
      /::error::kore-bot-export: Kore.ai reports export ber-\S+ as "failed": Bot has no published version/
    )
    expect(run.summary).toContain('Bot has no published version')
    expect(fs.readdirSync(run.workspace)).toEqual([])
  })

  it.each([
    ['error', { message: 'Export crashed' }, 'Export crashed'],
    ['FAILURE', { error: { msg: 'Storage full' } }, 'Storage full'],
    ['Failed', {}, 'gives no reason']
  ])(
    'reads a failure spelled %s and says why wherever the platform put it',
    async (finalStatus, failureFields, expected) => {
      simulator.reset({ pendingPolls: 0, finalStatus, failureFields })
      const run = await runActionInProcess(appInputs(simulator))
      expect(run.code).toBe(1)
      expect(run.outputs.status).toBe(finalStatus)
      expect(visibleLog(run)).toContain(expected)
    }
  )

  it('keeps waiting through a status it does not know', async () => {
    simulator.reset({ pendingPolls: 0, finalStatus: 'in-progress' })
    const run = await runActionInProcess(appInputs(simulator, { timeout: '2s' }))
    expect(run.code).toBe(1)
    expect(run.outputs.status).toBe('in-progress')
    expect(visibleLog(run)).toMatch(
      /::error::kore-bot-export: Export ber-\S+ did not finish within 2s \(last status: "in-progress"\)\. .*raise timeout/
    )
  })

  it('times out, naming the export id and the limit, within the limit', async () => {
    simulator.reset({ pendingPolls: 1000 })
    const run = await runActionInProcess(appInputs(simulator, { timeout: '3s' }))
    expect(run.code).toBe(1)
    expect(run.outputs.status).toBe('pending')
    expect(visibleLog(run)).toContain(
      `::error::kore-bot-export: Export ${run.outputs['export-id']} did not finish within 3s`
    )
    expect(run.durationMs).toBeLessThan(3000 + 2500)
  })

  it('fails at once on a 401 with the platform message and what to check', async () => {
    const run = await runActionInProcess(appInputs(simulator, { 'client-secret': 'not-the-right-secret' }))
    expect(run.code).toBe(1)
    expect(simulator.requests).toHaveLength(1)
    expect(run.outputs['export-id']).toBeUndefined()
    expect(visibleLog(run)).toMatch(
      /::error::kore-bot-export: Kore.ai refused to read the export status \(HTTP 401: error verifying the jwt\)\. Check that client-id and client-secret/
    )
    expectNoLeak(run, ['not-the-right-secret'])
  })

  it('fails on a 404 naming the bot id and host', async () => {
    const run = await runActionInProcess(appInputs(simulator, { 'bot-id': 'st-unknown' }))
    expect(run.code).toBe(1)
    expect(visibleLog(run)).toMatch(/HTTP 404: Bot not found\)\. Check bot-id \(st-unknown/)
  })

  it('fails when another export of the bot starts meanwhile', async () => {
    simulator.reset({ pendingPolls: 5, foreignExportAfterPolls: 1 })
    const run = await runActionInProcess(appInputs(simulator))
    expect(run.code).toBe(1)
    expect(visibleLog(run)).toMatch(
      new RegExp(
        `::error::kore-bot-export: Another export of bot ${DEMO_BOT_ID} \\(ber-\\S+\\) was started while this one \\(${run.outputs['export-id']}\\)`
      )
    )
    expect(fs.readdirSync(run.workspace)).toEqual([])
  })

  it('fails on a download that keeps breaking off, leaving no file at path', async () => {
    simulator.reset({ pendingPolls: 0 })
    simulator.always('download', { kind: 'truncate', afterBytes: 10 })
    const run = await runActionInProcess(appInputs(simulator, { retries: '1' }))
    expect(run.code).toBe(1)
    // 20 bytes when the first try's 10 reached the disk before the cut (the second try resumes
    // from them), 10 when they had not (it starts over): both are right.
    expect(visibleLog(run)).toMatch(
      /::error::kore-bot-export: Could not download the export after 2 tries \(retries: 1\): the transfer broke off after (10|20) bytes/
    )
    expect(fs.readdirSync(run.workspace)).toEqual([])
  })

  it('rejects a zip that is not a zip, leaving extract-to as it was', async () => {
    simulator.reset({ pendingPolls: 0, zip: Buffer.from('not a zip at all') })
    const workspace = tempWorkspace()
    fs.mkdirSync(path.join(workspace, 'bot'))
    fs.writeFileSync(path.join(workspace, 'bot', 'keep.json'), '{}')
    fs.writeFileSync(path.join(workspace, 'bot', '.kore-bot-export'), '')
    const run = await runActionInProcess(appInputs(simulator, { 'extract-to': 'bot' }), { workspace })
    expect(run.code).toBe(1)
    expect(visibleLog(run)).toContain('The export is not a readable zip')
    expect(fs.readdirSync(path.join(workspace, 'bot')).sort()).toEqual(['.kore-bot-export', 'keep.json'])
  })
})

describe('with the runner debug logging on', () => {
  it("prints the failure's stack trace pointing into src/, through the bundle's source map", async () => {
    const run = await runAction(appInputs(simulator, { 'bot-id': '' }), { env: { RUNNER_DEBUG: '1' } })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /^::debug::InputError: bot-id is required.*%0A {4}at readSettings \(src\/export\/settings\.ts:\d+:\d+\)%0A {4}at (?:\S+ \()?src\/export\/run-export\.ts:\d+:\d+/m
    )
  })
})
