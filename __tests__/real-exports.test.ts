// Every real platform zip in ../shared/real-exports (exports people published; not in this
// repository, licence unknown) passes the hostile-zip checks and unpacks to the same content,
// through the bundled action. Skipped where that folder is absent (a clone elsewhere).
import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import yauzl from 'yauzl'
import { ROOT, runAction } from '../script/run-action.js'
import { formatJsonFile } from '../src/bot-source/json-format.js'
import { appInputs, useSimulator } from './support/fixtures.js'

const simulator = useSimulator()
const REAL = path.resolve(ROOT, '..', 'shared', 'real-exports')

function filesUnder(dir: string, ending: string): string[] {
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter(entry => entry.isFile() && entry.name.endsWith(ending))
    .map(entry => path.join(entry.parentPath, entry.name))
    .sort()
}

async function entriesOf(file: string): Promise<Map<string, Buffer>> {
  const zip = await yauzl.openPromise(file, { lazyEntries: true })
  const entries = new Map<string, Buffer>()
  for await (const entry of zip.eachEntry()) {
    if (entry.fileName.endsWith('/')) continue
    const chunks: Buffer[] = []
    for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer)
    entries.set(entry.fileName, Buffer.concat(chunks))
  }
  return entries
}

const zips = filesUnder(REAL, '.zip')
const jsonFiles = filesUnder(REAL, '.json')
const suite = zips.length > 0 ? describe : describe.skip

suite(`the real exports in ../shared/real-exports (${zips.length} zips)`, () => {
  it.each(zips.map(file => [path.relative(REAL, file), file]))('%s', async (_name, file) => {
    simulator.reset({ pendingPolls: 0, zip: fs.readFileSync(file) })
    const run = await runAction(appInputs(simulator, { 'extract-to': 'bot', path: '' }))
    expect(run.code).toBe(0)
    const original = await entriesOf(file)
    const bot = path.join(run.workspace, 'bot')
    expect(fs.readdirSync(bot).sort()).toEqual(['.kore-bot-export', ...original.keys()].sort())
    for (const [name, bytes] of original) {
      const written = fs.readFileSync(path.join(bot, name))
      if (name.endsWith('.json')) expect([name, JSON.stringify(JSON.parse(written.toString()))]).toEqual([name, JSON.stringify(JSON.parse(bytes.toString()))])
      else expect([name, written.equals(bytes)]).toEqual([name, true])
    }
  })
})

;(jsonFiles.length > 0 ? describe : describe.skip)(`the real JSON files in ../shared/real-exports (${jsonFiles.length})`, () => {
  it("are all re-indented (none falls past the formatter's bounds), to the same content", () => {
    for (const file of jsonFiles) {
      const bytes = fs.readFileSync(file)
      const formatted = formatJsonFile(bytes)
      expect([file, formatted !== undefined]).toEqual([file, true])
      expect([file, JSON.stringify(JSON.parse(formatted!.toString()))]).toEqual([file, JSON.stringify(JSON.parse(bytes.toString()))])
    }
  })
})
