// Every real export in ../shared/real-exports promoted from its folder into a second bot:
// planned as a full import, imported incrementally (verified), then fully and published
// (verified after the publish). In process, as real-exports.test.ts; skipped where absent.
import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { DEMO_ADMIN_CLIENT_ID, DEMO_ADMIN_CLIENT_SECRET, DEMO_TARGET_BOT_ID } from '../script/simulator/bot.js'
import { appInputs, useSimulator } from './support/fixtures.js'
import { runInProcess } from './support/in-process.js'
import { REAL, filesUnder } from './support/real-exports.js'

const simulator = useSimulator()
const zips = filesUnder(REAL, '.zip')

;(zips.length > 0 ? describe : describe.skip)(
  `the real exports in ../shared/real-exports (${zips.length} zips), promoted`,
  () => {
    it.each(zips.map(file => [path.relative(REAL, file), file]))(
      '%s',
      async (_name, file) => {
        simulator.reset({ pendingPolls: 0, importPendingPolls: 0, publishPendingPolls: 0, zip: fs.readFileSync(file) })
        const run = await runInProcess(
          appInputs(simulator, { 'extract-to': 'bot', path: '', layout: 'split', 'variable-values': 'keep' })
        )
        expect([run.code, run.error]).toEqual([0, undefined])
        const target = {
          host: simulator.host,
          'bot-id': DEMO_TARGET_BOT_ID,
          'client-id': DEMO_ADMIN_CLIENT_ID,
          'client-secret': DEMO_ADMIN_CLIENT_SECRET,
          from: 'bot',
          'poll-interval': '3s',
          timeout: '30s'
        }
        const importing = (inputs: Record<string, string>) =>
          runInProcess({ ...target, ...inputs }, { action: 'import', workspace: run.workspace })
        const plan = await importing({ mode: 'full', 'dry-run': 'true' })
        expect([plan.code, plan.error]).toEqual([0, undefined])
        const incremental = await importing({})
        expect([incremental.code, incremental.error, incremental.outputs.verified]).toEqual([0, undefined, 'true'])
        const full = await importing({ mode: 'full', publish: 'true' })
        expect([full.code, full.error, full.outputs.verified]).toEqual([0, undefined, 'true'])
        expect(full.log).toContain('holds nothing the source does not (mode full)')
        // The largest real bot takes seconds per import; a loaded machine several times that.
      },
      120_000
    )
  }
)
