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

  it('the export action loads the zip reader, the unpacking and the JWT signer only when a run needs them', () => {
    const code = fs.readFileSync(path.join(ROOT, 'dist/index.js'), 'utf8')
    for (const lazy of ['class ExportZip', 'function unpackExport', 'jwsSign'])
      expect([lazy, code.includes(lazy)]).toEqual([lazy, false])
    // …and they are in the bundle's chunks, so the lazy imports resolve.
    const chunks = fs
      .readdirSync(path.join(ROOT, 'dist'))
      .filter(name => /^\d+\.index\.js$/.test(name))
      .map(name => fs.readFileSync(path.join(ROOT, 'dist', name), 'utf8'))
    for (const lazy of ['class ExportZip', 'function unpackExport', 'jwsSign'])
      expect([lazy, chunks.some(chunk => chunk.includes(lazy))]).toEqual([lazy, true])
  })
})
