// A zip from a network we do not control: every trick in it is refused before a byte is
// written, with a message naming the entry, in bounded memory, leaving extract-to and path as
// they were. Each runs through the bundled action against the simulator.
import { beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { runAction, visibleLog, type ActionRun } from '../script/run-action.js'
import { buildZip, deflatedZeros, type ZipEntry } from '../script/simulator/zip.js'
import { appInputs, tempWorkspace, useSimulator } from './support/fixtures.js'

const simulator = useSimulator()
const MiB = 1024 * 1024

/** A workspace whose bot/ the action wrote before (marker and one file), and an old zip. */
function preparedWorkspace(): string {
  const workspace = tempWorkspace()
  fs.mkdirSync(path.join(workspace, 'bot'))
  fs.writeFileSync(path.join(workspace, 'bot', '.kore-bot-export'), 'marker')
  fs.writeFileSync(path.join(workspace, 'bot', 'config.json'), '{"before": true}')
  fs.writeFileSync(path.join(workspace, 'export.zip'), 'the zip of an earlier run')
  return workspace
}

/** extract-to and the workspace hold what they held before; nothing was written beside them. */
function expectUntouched(run: ActionRun): void {
  expect(fs.readdirSync(run.workspace).sort()).toEqual(['bot', 'export.zip'])
  expect(fs.readdirSync(path.join(run.workspace, 'bot')).sort()).toEqual(['.kore-bot-export', 'config.json'])
  expect(fs.readFileSync(path.join(run.workspace, 'bot', 'config.json'), 'utf8')).toBe('{"before": true}')
}

async function unpack(zip: Buffer, options: { measureRss?: boolean; path?: string } = {}): Promise<ActionRun> {
  simulator.reset({ pendingPolls: 0, zip })
  // No zip kept: the download goes to the runner's temporary folder, so the workspace shows
  // exactly what unpacking left.
  return runAction(appInputs(simulator, { 'extract-to': 'bot', path: options.path ?? '' }), {
    workspace: preparedWorkspace(),
    measureRss: options.measureRss
  })
}

describe('refused before anything is written', () => {
  let bomb: Awaited<ReturnType<typeof deflatedZeros>>
  beforeAll(async () => {
    bomb = await deflatedZeros(256 * MiB)
  })

  it('an entry that declares 1 MiB and inflates to 256 MiB: stopped at the declared size, in bounded memory', async () => {
    const run = await unpack(buildZip([{ name: 'botDefinition.json', deflated: bomb, declaredSize: MiB }]), {
      measureRss: true
    })
    expect(run.code).toBe(1)
    expect(visibleLog(run)).toContain(
      `::error::kore-bot-export: The export zip's entry "botDefinition.json" inflates to more than the ${MiB} bytes it declares (a zip bomb, or a damaged zip).`
    )
    expect(run.maxRssKiB).toBeLessThan(160 * 1024)
    expectUntouched(run)
  })

  it('an entry that declares 1,000 bytes and stores 256 KiB: refused before reading it', async () => {
    const run = await unpack(buildZip([{ name: 'config.json', deflated: bomb, declaredSize: 1000 }]))
    expect(run.code).toBe(1)
    expect(visibleLog(run)).toContain(
      `::error::kore-bot-export: The export zip holds an entry "config.json" that stores ${bomb.bytes.length} bytes for 1000, more than any compression takes.`
    )
    expectUntouched(run)
  })

  it('a large entry that lies about its size is stopped while streaming', async () => {
    const run = await unpack(buildZip([{ name: 'knowledge.bin', deflated: bomb, declaredSize: 4 * MiB }]), {
      measureRss: true
    })
    expect(run.code).toBe(1)
    expect(visibleLog(run)).toContain(
      `::error::kore-bot-export: The export zip's entry "knowledge.bin" inflates to more than the ${4 * MiB} bytes it declares`
    )
    expect(run.maxRssKiB).toBeLessThan(160 * 1024)
    expectUntouched(run)
  })

  it('200 names for one 2 MiB block (overlapping entries; 400 MiB in all, within the total)', async () => {
    const aliases = Array.from({ length: 200 }, (_, i) => `copy${i}.bin`)
    const run = await unpack(buildZip([{ name: 'a.bin', deflated: await deflatedZeros(2 * MiB) }], { aliases }))
    expect(run.code).toBe(1)
    expect(visibleLog(run)).toMatch(
      /::error::kore-bot-export: The export zip holds an entry "copy\d+\.bin" that overlaps the entry "(a|copy\d+)\.bin" \(one block of data under two names\)/
    )
    expectUntouched(run)
  })

  it('more than 512 MiB in all, refused from the sizes the entries declare', async () => {
    const run = await unpack(
      buildZip([
        { name: 'a.bin', deflated: bomb },
        { name: 'b.bin', deflated: bomb },
        { name: 'c.bin', deflated: bomb }
      ])
    )
    expect(run.code).toBe(1)
    expect(visibleLog(run)).toContain(
      '::error::kore-bot-export: The export zip unpacks to more than 512 MiB (3 entries so far)'
    )
    expectUntouched(run)
  })

  it('more than 10,000 entries', async () => {
    const run = await unpack(buildZip(Array.from({ length: 10_001 }, (_, i) => ({ name: `f${i}.txt`, data: '' }))))
    expect(run.code).toBe(1)
    expect(visibleLog(run)).toContain(
      '::error::kore-bot-export: The export zip holds 10001 entries, more than the 10000 an export of a bot has room for'
    )
    expectUntouched(run)
  })

  it('an entry whose CRC-32 does not match, small or streamed', async () => {
    for (const data of ['{"botVariables":[]}', 'x'.repeat(2 * MiB)]) {
      const run = await unpack(buildZip([{ name: 'config.json', data, crc: 12345 }]))
      expect(run.code).toBe(1)
      expect(visibleLog(run)).toContain(
        `::error::kore-bot-export: The export zip's entry "config.json" does not match its CRC-32: the zip is damaged.`
      )
      expectUntouched(run)
    }
  })

  it.each<[string, ZipEntry[], string, string]>([
    [
      'the same name twice',
      [
        { name: 'config.json', data: '{}' },
        { name: 'config.json', data: '{}' }
      ],
      'config.json',
      'appears twice'
    ],
    [
      'names that differ only in case',
      [
        { name: 'Dialog.json', data: '{}' },
        { name: 'dialog.json', data: '{}' }
      ],
      'dialog.json',
      'collides with "Dialog.json" (on a case-insensitive file system'
    ],
    [
      'names that differ only in Unicode normalisation',
      [
        { name: 'caf\u00e9.json', data: '{}' },
        { name: 'cafe\u0301.json', data: '{}' }
      ],
      'cafe\u0301.json',
      'collides with "caf\u00e9.json"'
    ],
    [
      'a file and a folder of one name',
      [
        { name: 'dialogs', data: 'x' },
        { name: 'dialogs/a.json', data: '{}' }
      ],
      'dialogs/a.json',
      'collides with "dialogs" (a file and a folder of one name)'
    ],
    [
      'a folder several files share, then a file of its name',
      [
        { name: 'dialogs/a.json', data: '{}' },
        { name: 'dialogs/b.json', data: '{}' },
        { name: 'Dialogs/c.json', data: '{}' },
        { name: 'dialogs', data: 'x' }
      ],
      'dialogs',
      'collides with "dialogs" (a file and a folder of one name)'
    ],
    [
      'a .git path',
      [
        { name: 'ok.json', data: '{}' },
        { name: '.git/config', data: '[core]\n\tfsmonitor = touch /tmp/pwned\n' }
      ],
      '.git/config',
      'would be written into a .git folder'
    ],
    [
      'a .git path in another case',
      [{ name: 'sub/.GIT/hooks/post-checkout', data: 'x' }],
      'sub/.GIT/hooks/post-checkout',
      'would be written into a .git folder'
    ],
    [
      'a Windows device name',
      [{ name: 'dialogs/CON.json', data: '{}' }],
      'dialogs/CON.json',
      'is a device name on Windows'
    ],
    [
      'a name Windows forbids',
      [{ name: 'what?.json', data: '{}' }],
      'what?.json',
      'has a character Windows does not allow'
    ],
    [
      'a name with a line break',
      [{ name: 'a\n::warning::b.json', data: '{}' }],
      'a : :warning: :b.json',
      'has a character Windows does not allow'
    ],
    ['a name ending in a dot', [{ name: 'notes.', data: 'x' }], 'notes.', 'ends in a dot or a space'],
    [
      'the marker file itself',
      [{ name: '.kore-bot-export', data: 'forged' }],
      '.kore-bot-export',
      'is the marker file this action writes'
    ],
    [
      'git attributes for the folder',
      [{ name: '.gitattributes', data: '* filter=evil' }],
      '.gitattributes',
      'would set how git treats the folder'
    ]
  ])('%s', async (_label, entries, named, why) => {
    const run = await unpack(buildZip(entries))
    expect(run.code).toBe(1)
    expect(visibleLog(run)).toContain(`::error::kore-bot-export: The export zip holds an entry "${named}" that ${why}`)
    expect(visibleLog(run)).not.toMatch(/^::warning::/m)
    expectUntouched(run)
    expect(fs.existsSync('/tmp/pwned')).toBe(false)
  })
})

describe('JSON that is kept as it is', () => {
  it('nested 15,000 deep: kept byte for byte, not re-indented into gigabytes', async () => {
    const deep = '['.repeat(15_000) + ']'.repeat(15_000)
    const run = await unpack(buildZip([{ name: 'botDefinition.json', data: deep }]), { measureRss: true })
    expect(run.code).toBe(0)
    expect(fs.readFileSync(path.join(run.workspace, 'bot', 'botDefinition.json'), 'utf8')).toBe(deep)
    expect(run.maxRssKiB).toBeLessThan(200 * 1024)
  })

  it('not UTF-8: kept byte for byte (no byte replaced)', async () => {
    const latin1 = Buffer.from('{"name":"Caf\xe9"}', 'latin1')
    const run = await unpack(buildZip([{ name: 'config.json', data: latin1 }]))
    expect(run.code).toBe(0)
    expect(fs.readFileSync(path.join(run.workspace, 'bot', 'config.json'))).toEqual(latin1)
  })

  it('valid JSON next to it is still re-indented', async () => {
    const run = await unpack(
      buildZip([
        { name: 'a.json', data: '{"a":[1]}' },
        { name: 'b.json', data: '{"a":' }
      ])
    )
    expect(run.code).toBe(0)
    expect(fs.readFileSync(path.join(run.workspace, 'bot', 'a.json'), 'utf8')).toBe(
      '{\n    "a": [\n        1\n    ]\n}'
    )
    expect(fs.readFileSync(path.join(run.workspace, 'bot', 'b.json'), 'utf8')).toBe('{"a":')
  })
})
