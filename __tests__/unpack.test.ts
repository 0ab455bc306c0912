// Both ways of reading a zip give the same folder: from memory with whole entries (a bot's
// usual thousands of small files), and from disk with streamed entries (a large export).
import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { unpackExport } from '../src/bot-source/unpack.js'
import { writeRoots } from '../src/shared/output-paths.js'
import { buildZip } from '../script/simulator/zip.js'
import { ZIP_LIMITS } from '../src/bot-source/zip-reader.js'

const big = Buffer.alloc(200_000, 'x')
const zip = buildZip([
  { name: 'a.json', data: '{"b":[1,2],"a":{}}' },
  { name: 'nested/dir/c.json', data: '[]' },
  { name: 'stored.bin', data: big },
  { name: 'empty.txt', data: '' }
])

describe.each([
  ['from memory, whole entries', undefined, '{\n    "b": [\n        1,\n        2\n    ],\n    "a": {}\n}', '[]'],
  // Inflated as streams, CRC-checked as they go; JSON is still gathered to be re-indented.
  [
    'from disk, streamed entries',
    { inMemoryZipBytes: 0, wholeEntryBytes: 1 },
    '{\n    "b": [\n        1,\n        2\n    ],\n    "a": {}\n}',
    '[]'
  ],
  // The zip in memory, its files not held whole read through the in-memory reader as streams.
  [
    'from memory, streamed entries',
    { wholeEntryBytes: 1 },
    '{\n    "b": [\n        1,\n        2\n    ],\n    "a": {}\n}',
    '[]'
  ]
])('unpackExport %s', (_label, limits, aJson, cJson) => {
  it('writes every file, JSON re-indented when taken whole, others byte for byte, and replaces what was there', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kore-unpack-'))
    const zipFile = path.join(dir, 'export.zip')
    fs.writeFileSync(zipFile, zip)
    const target = path.join(dir, 'bot')
    fs.mkdirSync(target)
    fs.writeFileSync(path.join(target, 'stale.json'), '{}')

    const { files } = await unpackExport(
      zipFile,
      {
        folder: target,
        roots: writeRoots(dir),
        replaceExisting: true,
        options: { variableValues: 'omit', layout: 'split' }
      },
      undefined,
      limits ? { ...ZIP_LIMITS, ...limits } : undefined
    )

    expect(files).toEqual(['a.json', 'empty.txt', 'nested/dir/c.json', 'stored.bin'])
    expect(fs.readFileSync(path.join(target, 'a.json'), 'utf8')).toBe(aJson)
    expect(fs.readFileSync(path.join(target, 'nested', 'dir', 'c.json'), 'utf8')).toBe(cJson)
    expect(fs.readFileSync(path.join(target, 'stored.bin'))).toEqual(big)
    expect(fs.readFileSync(path.join(target, 'empty.txt'), 'utf8')).toBe('')
    expect(fs.existsSync(path.join(target, 'stale.json'))).toBe(false)
    expect(fs.readdirSync(dir).sort()).toEqual(['bot', 'export.zip'])
  })
})

it('stops at a cancellation and leaves no staging folder behind', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kore-unpack-'))
  const zipFile = path.join(dir, 'export.zip')
  fs.writeFileSync(zipFile, zip)
  const cancelled = new AbortController()
  cancelled.abort()
  await expect(
    unpackExport(
      zipFile,
      {
        folder: path.join(dir, 'bot'),
        roots: writeRoots(dir),
        replaceExisting: false,
        options: { variableValues: 'omit', layout: 'split' }
      },
      cancelled.signal
    )
  ).rejects.toThrow('The run was cancelled.')
  expect(fs.readdirSync(dir)).toEqual(['export.zip'])
})

it('calls a zip whose entry data is damaged unreadable, and leaves the folder as it was', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kore-unpack-'))
  const damaged = buildZip([{ name: 'a.json', data: JSON.stringify({ text: 'x'.repeat(2000) }) }])
  damaged.fill(0xff, 40, 60)
  const zipFile = path.join(dir, 'export.zip')
  fs.writeFileSync(zipFile, damaged)
  fs.mkdirSync(path.join(dir, 'bot'))
  await expect(
    unpackExport(zipFile, {
      folder: path.join(dir, 'bot'),
      roots: writeRoots(dir),
      replaceExisting: false,
      options: { variableValues: 'omit', layout: 'split' }
    })
  ).rejects.toThrow(/^The export is not a readable zip \(/)
  expect(fs.readdirSync(dir).sort()).toEqual(['bot', 'export.zip'])
  expect(fs.readdirSync(path.join(dir, 'bot'))).toEqual([])
})

it('tells an unchanged export from a changed one, files kept in memory and streamed ones read back alike', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kore-unpack-'))
  const target = {
    folder: path.join(dir, 'bot'),
    roots: writeRoots(dir),
    replaceExisting: false,
    options: { variableValues: 'omit' as const, layout: 'split' as const }
  }
  // stored.bin (200 KB) is streamed to disk: its comparison reads it back.
  const limits = { ...ZIP_LIMITS, wholeEntryBytes: 100_000 }
  const unpackZip = async (bytes: Buffer) => {
    fs.writeFileSync(path.join(dir, 'export.zip'), bytes)
    return unpackExport(path.join(dir, 'export.zip'), target, undefined, limits)
  }
  expect((await unpackZip(zip)).changed).toBe(true)
  expect((await unpackZip(zip)).changed).toBe(false)
  const otherBin = Buffer.from(big)
  otherBin[100_000] = 0x79
  const streamedChanged = buildZip([
    { name: 'a.json', data: '{"b":[1,2],"a":{}}' },
    { name: 'nested/dir/c.json', data: '[]' },
    { name: 'stored.bin', data: otherBin },
    { name: 'empty.txt', data: '' }
  ])
  expect((await unpackZip(streamedChanged)).changed).toBe(true)
  expect(fs.readFileSync(path.join(dir, 'bot', 'stored.bin'))).toEqual(otherBin)
  const heldChanged = buildZip([
    { name: 'a.json', data: '{"b":[1,2],"a":{"c":1}}' },
    { name: 'nested/dir/c.json', data: '[]' },
    { name: 'stored.bin', data: otherBin },
    { name: 'empty.txt', data: '' }
  ])
  expect((await unpackZip(heldChanged)).changed).toBe(true)
  expect((await unpackZip(heldChanged)).changed).toBe(false)
})
