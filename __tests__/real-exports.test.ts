// Every real export in ../shared/real-exports (exports people published; not in this
// repository, licence unknown): each zip passes the hostile-zip checks, unpacks through the
// export flow, and packs back into the same files byte for byte (with the bot variables'
// values left out, they come back empty). In process: the core's behaviour on real bots; the
// bundles' boundaries have suites of their own. Skipped where that folder is absent.
import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
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
