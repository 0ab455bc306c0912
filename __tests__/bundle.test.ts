// A light start (docs/benchmarks.md, start-up): what every run loads is the entry file; what
// only some runs need lives in chunks loaded when needed. A static import in the wrong place
// would pull it back into every start without any other test noticing.
import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { ROOT } from '../script/run-action.js'

const entries = ['dist/index.js', 'dist/import/index.js', 'dist/cli/index.js']

describe('the bundles', () => {
  it.each(entries)('%s does not bundle undici (its stand-in does the one import http-client makes)', entry => {
    const code = fs.readFileSync(path.join(ROOT, entry), 'utf8')
    expect(code).toContain('kore-bot-export does not bundle undici')
    expect(code).not.toContain('DispatcherBase')
  })

  // What each entry leaves to its chunks: the export its unpacking, zip checks and JWT signer;
  // the import all its work after the inputs; the CLI each command's modules.
  it.each([
    ['dist', ['class ExportZip', 'function unpackExport', 'jwsSign']],
    ['dist/import', ['function importFlow', 'class ExportZip', 'function diffBots', 'jwsSign']],
    ['dist/cli', ['class ExportZip', 'function diffBots', 'function* packFolderSteps', 'function runExport', 'jwsSign']]
  ])('%s/index.js loads %j only when a run needs them', (folder, lazy) => {
    const code = fs.readFileSync(path.join(ROOT, folder, 'index.js'), 'utf8')
    for (const name of lazy) expect([name, code.includes(name)]).toEqual([name, false])
    // …and they are in the bundle's chunks, so the lazy imports resolve.
    const chunks = fs
      .readdirSync(path.join(ROOT, folder))
      .filter(name => /^\d+\.index\.js$/.test(name))
      .map(name => fs.readFileSync(path.join(ROOT, folder, name), 'utf8'))
    for (const name of lazy) expect([name, chunks.some(chunk => chunk.includes(name))]).toEqual([name, true])
  })
})
