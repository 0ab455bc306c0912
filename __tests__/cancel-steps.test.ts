// Cancellation inside one large file, in-process: unpacking and packing a minified definition
// of 24 MiB (re-indenting, splitting, joining: seconds of work) stop within a fraction of a
// second of the signal, with nothing left behind. The bundle test of a whole export cancelled
// by the runner is in cancellation.test.ts.
import { beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { minifiedDefinition } from '../script/big-definition.js'
import { buildZip } from '../script/simulator/zip.js'
import { packFolderCancellable, writeZip } from '../src/bot-source/pack.js'
import { unpackExport } from '../src/bot-source/unpack.js'
import { CancelledError } from '../src/platform/clock.js'
import { tempWorkspace } from './support/fixtures.js'

/** Aborts `afterMs` into `work`; resolves with what it threw and how long after the abort. */
async function cancelled(
  work: (signal: AbortSignal) => Promise<unknown>,
  afterMs: number
): Promise<{ error: unknown; lateMs: number }> {
  const controller = new AbortController()
  let abortedAt = 0
  const timer = setTimeout(() => {
    abortedAt = performance.now()
    controller.abort()
  }, afterMs)
  try {
    await work(controller.signal)
    return { error: undefined, lateMs: 0 }
  } catch (error) {
    return { error, lateMs: performance.now() - abortedAt }
  } finally {
    clearTimeout(timer)
  }
}

describe('a minified definition of 24 MiB', () => {
  let workspace: string
  let zipFile: string
  beforeAll(async () => {
    workspace = tempWorkspace()
    zipFile = path.join(workspace, 'export.zip')
    fs.writeFileSync(zipFile, buildZip([{ name: 'botDefinition.json', data: minifiedDefinition(24 * 1024 * 1024) }]))
    // The folder pack reads: the plain layout keeps the definition re-indented, one file.
    await unpackExport(zipFile, {
      folder: path.join(workspace, 'plain'),
      roots: { workspace, roots: [workspace] },
      replaceExisting: true,
      options: { layout: 'plain', variableValues: 'omit' }
    })
  }, 60_000)

  it.each(['split', 'plain'] as const)(
    'unpack, layout: %s: stops within the file, removes its staging folder',
    async layout => {
      const { error, lateMs } = await cancelled(
        signal =>
          unpackExport(
            zipFile,
            {
              folder: path.join(workspace, 'bot'),
              roots: { workspace, roots: [workspace] },
              replaceExisting: true,
              options: { layout, variableValues: 'omit' }
            },
            signal
          ),
        300
      )
      expect(error).toBeInstanceOf(CancelledError)
      expect(lateMs).toBeLessThan(1000)
      expect(fs.readdirSync(workspace).sort()).toEqual(['export.zip', 'plain'])
    }
  )

  it('pack: stops within the file; writeZip removes its partial zip', async () => {
    const { error, lateMs } = await cancelled(
      signal => packFolderCancellable(path.join(workspace, 'plain'), signal),
      100
    )
    expect(error).toBeInstanceOf(CancelledError)
    expect(lateMs).toBeLessThan(1000)

    const files = await packFolderCancellable(path.join(workspace, 'plain'))
    const out = path.join(workspace, 'out', 'packed.zip')
    const written = await cancelled(signal => writeZip(files, out, signal), 50)
    expect(written.error).toBeInstanceOf(CancelledError)
    expect(fs.readdirSync(path.dirname(out))).toEqual([])
    fs.rmSync(path.dirname(out), { recursive: true })
  })
})
