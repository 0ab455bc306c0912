// The runner's cancel sequence: SIGINT, SIGTERM 7.5 s later, SIGKILL 2.5 s after that. Sent
// while a large entry is being unpacked, the action stops inside the entry, removes its
// staging folder and temporary zip, and exits before SIGKILL; a second signal makes it clean
// up at once. (POSIX signals: not on Windows.)
import { beforeAll, describe, expect, it } from '@jest/globals'
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { minifiedDefinition } from '../script/big-definition.js'
import { ROOT, runAction, testNode, visibleLog, type ActionRun } from '../script/run-action.js'
import { buildZip, deflatedZeros } from '../script/simulator/zip.js'
import { DEMO_ADMIN_CLIENT_ID, DEMO_ADMIN_CLIENT_SECRET, DEMO_TARGET_BOT_ID } from '../script/simulator/bot.js'
import { appInputs, tempWorkspace, useSimulator } from './support/fixtures.js'

const simulator = useSimulator()
const posix = process.platform === 'win32' ? describe.skip : describe

function workspaceWithBot(): string {
  const workspace = tempWorkspace()
  fs.mkdirSync(path.join(workspace, 'bot'))
  fs.writeFileSync(path.join(workspace, 'bot', '.kore-bot-export'), '')
  fs.writeFileSync(path.join(workspace, 'bot', 'config.json'), '{"before":true}')
  return workspace
}

function expectCleanCancel(run: ActionRun): void {
  expect(run.signal).toBeNull()
  expect(run.code).toBe(1)
  // Only the folder as it was: no staging folder, no temporary zip beside it.
  expect(fs.readdirSync(run.workspace)).toEqual(['bot'])
  expect(fs.readdirSync(path.join(run.workspace, 'bot')).sort()).toEqual(['.kore-bot-export', 'config.json'])
}

posix('cancelled by the runner while a large entry is unpacked', () => {
  let zip: Buffer
  beforeAll(async () => {
    zip = buildZip([
      { name: 'botDefinition.json', data: '{}' },
      { name: 'knowledge/large.bin', deflated: await deflatedZeros(480 * 1024 * 1024) }
    ])
  })

  // The runner's sequence as it is, and with its second signal right behind the first.
  it.each([
    ['SIGINT, and SIGTERM 7.5 s later', 7500, '::error::kore-bot-export: The run was cancelled.'],
    [
      'SIGINT and SIGTERM together',
      0,
      '::error::Cancelled again before clean-up finished: temporary files were removed at once'
    ]
  ])('%s: stops inside the entry, removes its temporaries, exits before SIGKILL', async (_label, gapMs, said) => {
    simulator.reset({ pendingPolls: 0, zip })
    const run = await runAction(appInputs(simulator, { 'extract-to': 'bot', path: '' }), {
      workspace: workspaceWithBot(),
      cancel: {
        when: /Downloaded/,
        signal: 'SIGINT',
        then: [
          { afterMs: gapMs, signal: 'SIGTERM' },
          { afterMs: 2500, signal: 'SIGKILL' }
        ]
      }
    })
    expectCleanCancel(run)
    // Unpacking the 480 MiB entry takes seconds: the signal came in the middle of it.
    expect(run.stdout).toContain('Downloaded')
    expect(run.stdout).not.toContain('Unpacked')
    expect(run.durationMs).toBeLessThan(7500)
    expect(visibleLog(run)).toContain(said)
  })
})

// As large as the limits allow (512 MiB unpacked): 100 minified JSON files of 5 MiB, the
// definition among them, each re-indented and checked on the way in, for some 15 s of work in
// all. A cancel must not wait for the whole of it: SIGINT stops it between files and between
// the large steps of one file, and the process exits, cleaned up, well before SIGTERM.
posix('cancelled by the runner while a large export of many JSON files unpacks', () => {
  let zip: Buffer
  beforeAll(() => {
    const content = minifiedDefinition(5 * 1024 * 1024)
    // One file's deflated bytes under a hundred names: a 10 MB zip, built in a second.
    const deflated = { bytes: zlib.deflateRawSync(content), size: content.length, crc: zlib.crc32(content) >>> 0 }
    zip = buildZip([
      { name: 'botDefinition.json', deflated },
      ...Array.from({ length: 99 }, (_, i) => ({ name: `knowledge/part-${String(i).padStart(2, '0')}.json`, deflated }))
    ])
  })

  it('SIGINT: stops within 2 s, removes the staging folder and the temporary zip', async () => {
    simulator.reset({ pendingPolls: 0, zip })
    const run = await runAction(appInputs(simulator, { 'extract-to': 'bot', path: '' }), {
      workspace: workspaceWithBot(),
      // Well into the unpacking: the staging folder holds some of the files by then.
      cancel: {
        when: /Downloaded/,
        afterMs: 2000,
        signal: 'SIGINT',
        then: [
          { afterMs: 7500, signal: 'SIGTERM' },
          { afterMs: 2500, signal: 'SIGKILL' }
        ]
      }
    })
    expect(run.workspaceAtSignal).toHaveLength(2)
    expectCleanCancel(run)
    expect(run.runnerTempLeft).toEqual([])
    expect(run.stdout).not.toContain('Unpacked')
    expect(visibleLog(run)).toContain('::error::kore-bot-export: The run was cancelled.')
    expect(run.durationMs - run.signalledAtMs!).toBeLessThan(2000)
  })
})

posix('cancelled by the runner while waiting', () => {
  it('SIGINT and SIGTERM together: exits at once', async () => {
    simulator.reset({ pendingPolls: 1000 })
    const run = await runAction(appInputs(simulator, { 'extract-to': 'bot', 'poll-interval': '10s' }), {
      workspace: workspaceWithBot(),
      cancel: { when: /started \(pending\)/, signal: 'SIGINT', then: [{ afterMs: 0, signal: 'SIGTERM' }] }
    })
    expectCleanCancel(run)
    expect(run.durationMs).toBeLessThan(5000)
  })
})

posix('the import action cancelled by the runner while it waits for the import', () => {
  it('stops polling at once, says what to check, and exits before SIGKILL', async () => {
    simulator.reset({ pendingPolls: 0, importPendingPolls: 1_000 })
    const workspace = tempWorkspace()
    fs.writeFileSync(path.join(workspace, 'export.zip'), simulator.behaviour.zip)
    const run = await runAction(
      {
        host: simulator.host,
        'bot-id': DEMO_TARGET_BOT_ID,
        'client-id': DEMO_ADMIN_CLIENT_ID,
        'client-secret': DEMO_ADMIN_CLIENT_SECRET,
        from: 'export.zip',
        verify: 'false',
        'poll-interval': '3s'
      },
      { action: 'import', workspace, cancel: { when: /Import bir-\S+: pending/, signal: 'SIGINT' } }
    )
    expect(run.signal).toBeNull()
    expect(run.code).toBe(1)
    expect(visibleLog(run)).toContain(
      '::error::kore-bot-export/import: The run was cancelled. Polling stopped; what the platform had already received it may still carry out: check the target bot before running again.'
    )
    // Well before the next scheduled check would have come.
    expect(run.durationMs).toBeLessThan(5_000)
    expect(fs.readdirSync(workspace)).toEqual(['export.zip'])
  })
})

// CLI pack of a large folder, cancelled with Ctrl-C: no zip, and no partial zip beside it.
posix('kore-bot-export pack cancelled by Ctrl-C', () => {
  it('stops, removes its partial zip, and exits 1 with a word', async () => {
    const content = minifiedDefinition(5 * 1024 * 1024)
    const deflated = { bytes: zlib.deflateRawSync(content), size: content.length, crc: zlib.crc32(content) >>> 0 }
    const work = tempWorkspace()
    fs.writeFileSync(
      path.join(work, 'export.zip'),
      buildZip([
        { name: 'botDefinition.json', deflated },
        ...Array.from({ length: 29 }, (_, i) => ({ name: `knowledge/part-${i}.json`, deflated }))
      ])
    )
    const cli = path.join(ROOT, 'dist', 'cli', 'index.js')
    const unpacked = spawnSync(testNode(), [cli, 'unpack', 'export.zip', 'bot'], { cwd: work, encoding: 'utf8' })
    expect([unpacked.status, unpacked.stderr]).toEqual([0, ''])

    const child = spawn(testNode(), [cli, 'pack', 'bot', '--out', 'packed.zip'], { cwd: work })
    let stderr = ''
    child.stderr.on('data', chunk => (stderr += chunk))
    await new Promise(resolve => setTimeout(resolve, 1000))
    const signalledAt = Date.now()
    child.kill('SIGINT')
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>(resolve =>
      child.on('close', (exitCode, exitSignal) => resolve([exitCode, exitSignal]))
    )
    expect([code, signal]).toEqual([1, null])
    expect(Date.now() - signalledAt).toBeLessThan(2000)
    expect(stderr).toMatch(/cancelled.*no zip was written/i)
    expect(fs.readdirSync(work).sort()).toEqual(['bot', 'export.zip'])
  })
})
