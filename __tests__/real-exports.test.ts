// Every real export in ../shared/real-exports (exports people published; not in this
// repository, licence unknown): each zip passes the hostile-zip checks, unpacks through the
// export flow, and packs back into the same files byte for byte (with the bot variables'
// values left out, they come back empty). In process: the core's behaviour on real bots; the
// bundles' boundaries have suites of their own. Skipped where that folder is absent.
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ROOT, testNode } from '../script/run-action.js'
import { packFolder, writeZip } from '../src/bot-source/pack.js'
import { appInputs, useSimulator, zipEntries } from './support/fixtures.js'
import { REAL, filesUnder } from './support/real-exports.js'
import { runInProcess } from './support/in-process.js'

const simulator = useSimulator()

/** config.json as pack gives it back when the values were left out: each value empty. */
function withEmptyValues(config: Buffer): Buffer {
  const text = config.toString('utf8')
  const blanked = JSON.stringify(
    JSON.parse(text),
    (key, value) => (key === 'value' ? '' : value),
    text.includes('\n') ? 4 : undefined
  )
  return Buffer.from(blanked, 'utf8')
}

const zips = filesUnder(REAL, '.zip')

;(zips.length > 0 ? describe : describe.skip)(
  `the real exports in ../shared/real-exports (${zips.length} zips)`,
  () => {
    const cases = zips.flatMap(file => [
      [path.relative(REAL, file), 'split', 'omit', file],
      [path.relative(REAL, file), 'split', 'keep', file],
      [path.relative(REAL, file), 'plain', 'omit', file]
    ])
    it.each(cases)('%s, layout: %s, variable-values: %s', async (_name, layout, values, file) => {
      simulator.reset({ pendingPolls: 0, importPendingPolls: 0, publishPendingPolls: 0, zip: fs.readFileSync(file) })
      const run = await runInProcess(
        appInputs(simulator, { 'extract-to': 'bot', path: '', layout, 'variable-values': values })
      )
      expect([run.code, run.error]).toEqual([0, undefined])
      const original = await zipEntries(file)
      const bot = path.join(run.workspace, 'bot')
      const names = original.map(([name]) =>
        layout === 'split' && name === 'botDefinition.json' ? 'botDefinition' : name
      )
      expect(fs.readdirSync(bot).sort()).toEqual(['.gitattributes', '.kore-bot-export', ...names].sort())

      await writeZip(packFolder(bot), path.join(run.workspace, 'packed.zip'))
      const packed = await zipEntries(path.join(run.workspace, 'packed.zip'))
      expect(packed.map(([name]) => name)).toEqual(original.map(([name]) => name))
      for (const [[name, bytes], [, back]] of original.map((entry, i) => [entry, packed[i]])) {
        const expected = name === 'config.json' && values === 'omit' ? withEmptyValues(bytes) : bytes
        expect([name, back.equals(expected)]).toEqual([name, true])
        if (name === 'config.json' && values === 'omit')
          expect(fs.readFileSync(path.join(bot, name), 'utf8')).not.toMatch(/"value"/)
      }
    })
  }
)

/** The CLI bundle, as a user runs it: its exit code and output. */
function cliRun(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(testNode(), [path.join(ROOT, 'dist', 'cli', 'index.js'), ...args], { encoding: 'utf8' })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

;(zips.length > 0 ? describe : describe.skip)(
  `the real exports through the CLI bundle: unpack, pack, diff (${zips.length} zips)`,
  () => {
    it.each(zips.map(file => [path.relative(REAL, file), file]))(
      '%s: unpack then pack gives back the zip byte for byte, and diff sees no change',
      async (_name, file) => {
        const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kore-real-cli-'))
        try {
          const folder = path.join(work, 'bot')
          const unpacked = cliRun(['unpack', file, folder, '--variable-values', 'keep'])
          expect([unpacked.code, unpacked.stderr]).toEqual([0, ''])
          const packed = cliRun(['pack', folder, '--out', path.join(work, 'packed.zip')])
          expect([packed.code, packed.stderr]).toEqual([0, ''])
          expect(await zipEntries(path.join(work, 'packed.zip'))).toEqual(await zipEntries(file))
          const diff = cliRun(['diff', file, folder, '--exit-code'])
          expect([diff.code, diff.stderr]).toEqual([0, ''])
        } finally {
          fs.rmSync(work, { recursive: true, force: true })
        }
      }
    )
  }
)
