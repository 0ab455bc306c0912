// `npm run docs`: the tables of inputs and outputs, and the CLI's flags, written from the action
// metadata. Each test works on a copy of the files it needs, never on the repository's own.
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ROOT } from '../script/run-action.js'
import { ACTION_INPUTS_FILE, DEFAULTS_FILE, summaryOf } from '../script/action-defaults.js'
import { DOC_FILES, staleFiles, writeDocs } from '../script/docs.js'

const METADATA = ['action.yml', path.join('import', 'action.yml')]

/** A folder holding copies of the action metadata, the docs and the generated sources. */
function copyOfRepository(): string {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'kore-docs-'))
  for (const file of [...METADATA, ...DOC_FILES, ACTION_INPUTS_FILE, DEFAULTS_FILE]) {
    fs.mkdirSync(path.dirname(path.join(copy, file)), { recursive: true })
    fs.copyFileSync(path.join(ROOT, file), path.join(copy, file))
  }
  return copy
}

/** The rows of the table between a section's markers, each split into its cells. */
function sectionRows(text: string, id: string): string[][] {
  const section = text.split(`<!-- generated:${id}:start -->`)[1].split(`<!-- generated:${id}:end -->`)[0]
  return section
    .split('\n')
    .filter(line => line.startsWith('| `'))
    .map(line =>
      line
        .split(/(?<!\\)\|/)
        .slice(1, -1)
        .map(cell => cell.trim())
    )
}

function docsScript(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(
    process.execPath,
    [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(ROOT, 'script', 'docs.ts'), ...args],
    { cwd: ROOT, encoding: 'utf8', timeout: 60_000 }
  )
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

describe('npm run docs', () => {
  it('has written what the repository holds: the docs and the generated sources are up to date', () => {
    expect(staleFiles(ROOT)).toEqual([])
  })

  it('fills empty sections, and a second run changes nothing', () => {
    const copy = copyOfRepository()
    const readme = path.join(copy, 'README.md')
    const emptied = fs
      .readFileSync(readme, 'utf8')
      .replace(/(<!-- generated:export-inputs:start -->)[\s\S]*?(<!-- generated:export-inputs:end -->)/, '$1\n$2')
    fs.writeFileSync(readme, emptied)
    fs.rmSync(path.join(copy, ACTION_INPUTS_FILE))
    expect(staleFiles(copy).sort()).toEqual(['README.md', ACTION_INPUTS_FILE.split(path.sep).join('/')].sort())

    expect(writeDocs(copy).length).toBe(2)
    const written = [...DOC_FILES, ACTION_INPUTS_FILE].map(file => fs.readFileSync(path.join(copy, file), 'utf8'))
    expect(written[0]).toBe(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8'))
    expect(writeDocs(copy)).toEqual([])
    expect([...DOC_FILES, ACTION_INPUTS_FILE].map(file => fs.readFileSync(path.join(copy, file), 'utf8'))).toEqual(
      written
    )
    expect(staleFiles(copy)).toEqual([])
    fs.rmSync(copy, { recursive: true, force: true })
  })

  it('--check exits 1 naming the file with a hand-edited table; without --check it writes it back', () => {
    const copy = copyOfRepository()
    const readme = path.join(copy, 'README.md')
    const original = fs.readFileSync(readme, 'utf8')
    const edited = original.replace(/^(\| `timeout` \|.*\| )[^|]*(\|)$/m, '$1How long, by hand. $2')
    expect(edited).not.toBe(original)
    fs.writeFileSync(readme, edited)

    const check = docsScript(['--check', '--root', copy])
    expect(check.code).toBe(1)
    expect(check.stderr).toContain('README.md')
    expect(check.stderr).not.toContain('docs/cli.md')
    expect(check.stderr).toContain('npm run docs')
    expect(fs.readFileSync(readme, 'utf8')).toBe(edited)

    expect(docsScript(['--root', copy]).code).toBe(0)
    expect(fs.readFileSync(readme, 'utf8')).toBe(original)
    expect(docsScript(['--check', '--root', copy])).toMatchObject({ code: 0 })
    fs.rmSync(copy, { recursive: true, force: true })
  })

  it('keeps descriptions inside their cells: pipes escaped, code spans intact, no HTML, one line', () => {
    const copy = copyOfRepository()
    fs.writeFileSync(
      path.join(copy, 'action.yml'),
      `name: Hostile
description: Descriptions that are Markdown, or look like it.
inputs:
  token:
    description: "Splits on a | b; \`x | y\` stays code, as do \`\`a \`tick\` span\`\` and \${{ secrets.TOKEN || 'x' }}.
      <script>alert(1)</script> *not emphasis*, [not](a-link), an unclosed \` tick, a back\\\\slash.\\nNext line."
    required: false
    default: "a|\`b\`"
  plain:
    description: Required and plain.
    required: true
outputs:
  out:
    description: An | output <b>bold</b>.
runs:
  using: node24
  main: dist/index.js
`
    )
    writeDocs(copy)
    const readme = fs.readFileSync(path.join(copy, 'README.md'), 'utf8')
    const [token, plain] = sectionRows(readme, 'export-inputs')
    expect(token.length).toBe(4)
    const [name, required, defaultValue, description] = token
    expect([name, required, defaultValue]).toEqual(['`token`', 'no', '`` a\\|`b` ``'])
    expect(description).toContain('a \\| b')
    expect(description).toContain('`x \\| y`')
    expect(description).toContain('``a `tick` span``')
    expect(description).toContain("`${{ secrets.TOKEN \\|\\| 'x' }}`")
    expect(description).toContain('&lt;script>')
    expect(description).not.toMatch(/<script|<\/script/)
    expect(description).toContain('\\*not emphasis\\*')
    expect(description).toContain('\\[not\\](a-link)')
    expect(description).toContain('an unclosed \\` tick')
    expect(description).toContain('back\\\\slash')
    expect(description).toContain('slash. Next line.')
    expect(plain).toEqual(['`plain`', 'yes', '', 'Required and plain.'])
    expect(sectionRows(readme, 'export-outputs')).toEqual([['`out`', 'An \\| output &lt;b>bold&lt;/b>.']])
    fs.rmSync(copy, { recursive: true, force: true })
  })

  it('refuses a doc without the markers, naming the file and the marker', () => {
    const copy = copyOfRepository()
    const readme = path.join(copy, 'README.md')
    fs.writeFileSync(readme, fs.readFileSync(readme, 'utf8').replace('<!-- generated:export-outputs:end -->', ''))
    expect(() => writeDocs(copy)).toThrow(/README\.md.*<!-- generated:export-outputs:end -->/)
    fs.rmSync(copy, { recursive: true, force: true })
  })

  it('creates import/README.md with its two sections when it does not exist', () => {
    const copy = copyOfRepository()
    fs.rmSync(path.join(copy, 'import', 'README.md'))
    writeDocs(copy)
    const text = fs.readFileSync(path.join(copy, 'import', 'README.md'), 'utf8')
    expect(text).toMatch(/^# /)
    expect(sectionRows(text, 'import-inputs').map(row => row[0])).toContain('`from`')
    expect(sectionRows(text, 'import-outputs').map(row => row[0])).toContain('`import-id`')
    fs.rmSync(copy, { recursive: true, force: true })
  })
})

describe('the summary --help shows', () => {
  it.each([
    [
      'Kore.ai platform URL, such as https://x.kore.ai, or yours, i.e. the platform. Must be https://.',
      'Kore.ai platform URL, such as https://x.kore.ai, or yours, i.e. the platform.'
    ],
    [
      'Include dashboards. The platform ignores it when tasks are named.',
      'Include dashboards. The platform ignores it when tasks are named.'
    ],
    [
      'Kore.ai platform URL, e.g. https://x.kore.ai, or yours. Must be https:// (http:// only for ::1). More.',
      'Kore.ai platform URL. Must be https:// (http:// only for ::1).'
    ],
    [
      'How long the step may spend, e.g. 90 (seconds), 90s; at most 24h. A download is not cut off.',
      'How long the step may spend, e.g. 90 (seconds), 90s; at most 24h.'
    ],
    [
      'true lets it replace a folder (one it did not write, e.g. one you unpacked by hand). Needed once.',
      'true lets it replace a folder (one it did not write, e.g. one you unpacked by hand).'
    ],
    ['One sentence without a full stop', 'One sentence without a full stop']
  ])('%j → %j', (description, summary) => {
    expect(summaryOf(description)).toBe(summary)
  })
})
