// A full disk and a read-only one, for real: small tmpfs mounts as the workspace (needs root,
// as on this project's CI machine; skipped where mounting is not allowed). The step says what
// happened and what to do, and leaves no partial file.
import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { visibleLog } from '../script/run-action.js'
import { buildZip } from '../script/simulator/zip.js'
import { appInputs, useSimulator } from './support/fixtures.js'
import { runActionInProcess } from './support/in-process.js'

const simulator = useSimulator()
const mounts: string[] = []

/** A tmpfs with these mount options on a fresh folder. */
function tmpfs(options: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kore-tmpfs-'))
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { stdio: 'ignore' })
  } catch (error) {
    fs.rmdirSync(dir)
    throw error
  }
  mounts.push(dir)
  return dir
}

afterAll(() => {
  for (const dir of mounts) {
    execFileSync('umount', [dir], { stdio: 'ignore' })
    fs.rmdirSync(dir)
  }
})

/** Whether this machine lets the tests mount (Linux, root, allowed by the sandbox): asked once, up front. */
function mountingAllowed(): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false
  try {
    const dir = tmpfs('size=64k')
    execFileSync('umount', [dir], { stdio: 'ignore' })
    mounts.pop()
    fs.rmdirSync(dir)
    return true
  } catch {
    return false
  }
}

// Where mounting works, every test below must run in full: a failed mount fails the test.
const linuxRoot = mountingAllowed() ? describe : describe.skip

linuxRoot('disk errors', () => {
  it('a full disk (ENOSPC) is named with what to do, and leaves no partial zip', async () => {
    const workspace = tmpfs('size=256k')
    simulator.reset({
      pendingPolls: 0,
      zip: buildZip([{ name: 'icon.png', data: crypto.randomBytes(600 * 1024) }], { compress: false })
    })
    const run = await runActionInProcess(appInputs(simulator), { workspace })
    expect(run.code).toBe(1)
    expect(visibleLog(run)).toMatch(
      /::error::kore-bot-export: Could not write the export to .*export\.zip: ENOSPC\. The disk is full: free space on the runner/
    )
    expect(fs.readdirSync(workspace)).toEqual([])
  })

  it('a disk that fills while unpacking: no staging folder left, extract-to not made', async () => {
    const workspace = tmpfs('size=256k')
    simulator.reset({
      pendingPolls: 0,
      zip: buildZip([{ name: 'icon.png', data: crypto.randomBytes(600 * 1024) }], { compress: false })
    })
    const run = await runActionInProcess(appInputs(simulator, { path: '', 'extract-to': 'bot' }), { workspace })
    expect(run.code).toBe(1)
    expect(visibleLog(run)).toMatch(
      /::error::kore-bot-export: Could not unpack the export into .*bot: ENOSPC.*\. The disk is full/
    )
    expect(fs.readdirSync(workspace)).toEqual([])
  })

  it('a read-only workspace (EROFS) is named with what to do', async () => {
    const workspace = tmpfs('size=256k,ro')
    const run = await runActionInProcess(appInputs(simulator), { workspace })
    expect(run.code).toBe(1)
    expect(visibleLog(run)).toMatch(
      /::error::kore-bot-export: Could not write the export to .*export\.zip: EROFS at .*\. That file system is read-only/
    )
  })
})
