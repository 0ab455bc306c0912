// action.yml against GitHub's metadata rules, and the reference tables (README.md for the export,
// import/README.md for the import) against the metadata, so that what users read cannot drift
// from what the runner does.
import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { ROOT } from '../script/run-action.js'
import { FLAGS, IMPORT_FLAGS, PATH_DEFAULT } from '../src/cli/cli.js'

interface InputSpec {
  description?: unknown
  required?: unknown
  default?: unknown
  deprecationMessage?: unknown
}

const action = parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8'))
const importAction = parse(fs.readFileSync(path.join(ROOT, 'import', 'action.yml'), 'utf8'))
const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')
const importReadme = fs.readFileSync(path.join(ROOT, 'import', 'README.md'), 'utf8')

/**
 * The rows of the markdown table between `<!-- generated:<section>:start -->` and its end marker
 * (where `npm run docs` writes it): first cell (unquoted) → other cells.
 */
function table(text: string, section: string): Map<string, string[]> {
  const start = `<!-- generated:${section}:start -->`
  const end = `<!-- generated:${section}:end -->`
  if (!text.includes(start) || !text.includes(end)) throw new Error(`no ${start} … ${end} markers`)
  const rows = text
    .slice(text.indexOf(start), text.indexOf(end))
    .split('\n')
    .filter(line => /^\| `[^`]+` \|/.test(line))
  return new Map(
    rows.map(row => {
      const cells = row
        .split(/(?<!\\)\|/)
        .slice(1, -1)
        .map(cell => cell.trim())
      return [cells[0].replace(/`/g, ''), cells.slice(1)]
    })
  )
}

/** What the Required and Default columns say of an input. */
const requiredAndDefault = (spec: InputSpec): string[] => [
  spec.required ? 'yes' : 'no',
  spec.default ? `\`${spec.default}\`` : ''
]

describe.each([
  { file: 'action.yml', metadata: action, main: 'dist/index.js' },
  // Resolved from import/, as a sub-action's runs.main is.
  { file: 'import/action.yml', metadata: importAction, main: '../dist/import/index.js' }
])('$file', ({ file, metadata, main }) => {
  it('follows the metadata rules: name, description, branding, node24 with a bundle that exists', () => {
    expect(typeof metadata.name).toBe('string')
    expect(metadata.description.length).toBeGreaterThan(20)
    expect(metadata.description.length).toBeLessThanOrEqual(125)
    expect(metadata.branding).toEqual({
      icon: expect.any(String),
      color: expect.stringMatching(/^(white|black|yellow|blue|green|orange|red|purple|gray-dark)$/)
    })
    expect(metadata.runs).toEqual({ using: 'node24', main })
    expect(fs.existsSync(path.join(ROOT, path.dirname(file), metadata.runs.main))).toBe(true)
    expect(Object.keys(metadata).sort()).toEqual([
      'author',
      'branding',
      'description',
      'inputs',
      'name',
      'outputs',
      'runs'
    ])
  })

  it('describes every input, with a boolean required and a string default', () => {
    for (const [name, spec] of Object.entries<InputSpec>(metadata.inputs)) {
      expect([name, /^[a-z][a-z0-9-]*$/.test(name)]).toEqual([name, true])
      expect([name, typeof spec.description, (spec.description as string).length > 10]).toEqual([name, 'string', true])
      expect([name, typeof spec.required]).toEqual([name, 'boolean'])
      if (spec.default !== undefined) expect([name, typeof spec.default]).toEqual([name, 'string'])
      if (spec.required) expect([name, spec.default]).toEqual([name, undefined])
    }
  })

  it('describes every output', () => {
    for (const [name, spec] of Object.entries<{ description?: unknown }>(metadata.outputs)) {
      expect([name, typeof spec.description]).toEqual([name, 'string'])
    }
  })
})

describe('the two actions', () => {
  it('give path the default the CLI uses', () => {
    expect(action.inputs.path.default).toBe(PATH_DEFAULT)
  })

  it('share the inputs they have in common, with the same defaults', () => {
    for (const name of ['host', 'wait', 'timeout', 'poll-interval', 'retries', 'request-timeout']) {
      expect([name, importAction.inputs[name].default]).toEqual([name, action.inputs[name].default])
    }
  })

  it('have a CLI flag for every input but the secrets and the pull-request comment (the CLI never comments)', () => {
    expect(Object.keys(IMPORT_FLAGS).sort()).toEqual(
      Object.keys(importAction.inputs)
        .filter(name => !['client-secret', 'jwt', 'variables', 'pr-comment', 'github-token'].includes(name))
        .sort()
    )
    expect(Object.keys(FLAGS).sort()).toEqual(
      Object.keys(action.inputs)
        .filter(name => !['client-secret', 'jwt'].includes(name))
        .sort()
    )
  })
})

describe('README', () => {
  it('lists every input of action.yml, with its default, and no other', () => {
    const rows = table(readme, 'export-inputs')
    expect([...rows.keys()].sort()).toEqual(Object.keys(action.inputs).sort())
    for (const [name, spec] of Object.entries<InputSpec>(action.inputs)) {
      expect([name, rows.get(name)!.slice(0, 2)]).toEqual([name, requiredAndDefault(spec)])
    }
  })

  it('lists every output of action.yml, and no other', () => {
    expect([...table(readme, 'export-outputs').keys()].sort()).toEqual(Object.keys(action.outputs).sort())
  })

  it('import/README.md lists every input and output of import/action.yml, with its default, and no other', () => {
    const rows = table(importReadme, 'import-inputs')
    expect([...rows.keys()].sort()).toEqual(Object.keys(importAction.inputs).sort())
    for (const [name, spec] of Object.entries<InputSpec>(importAction.inputs)) {
      expect([name, rows.get(name)!.slice(0, 2)]).toEqual([name, requiredAndDefault(spec)])
    }
    expect([...table(importReadme, 'import-outputs').keys()].sort()).toEqual(Object.keys(importAction.outputs).sort())
  })

  it('links every example workflow', () => {
    for (const file of fs.readdirSync(path.join(ROOT, 'examples'))) expect(readme).toContain(`](examples/${file})`)
  })

  it('fits on a front door: at most 20,000 bytes', () => {
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(20_000)
  })
})

/** The Markdown users read: the two READMEs and docs/. */
const markdownFiles = [
  'README.md',
  'import/README.md',
  ...fs.readdirSync(path.join(ROOT, 'docs')).map(file => `docs/${file}`)
].filter(file => file.endsWith('.md'))

/** Every workflow users copy: the examples, and each whole workflow in the Markdown. */
function userWorkflows(): {
  file: string
  workflow: { jobs: Record<string, { steps: Record<string, unknown>[]; 'timeout-minutes'?: number }> }
}[] {
  const examples = fs
    .readdirSync(path.join(ROOT, 'examples'))
    .map(file => ({ file, text: fs.readFileSync(path.join(ROOT, 'examples', file), 'utf8') }))
  const snippets = markdownFiles.flatMap(file =>
    [...fs.readFileSync(path.join(ROOT, file), 'utf8').matchAll(/^```yaml\n([\s\S]*?)^```/gm)]
      .filter(block => /^jobs:/m.test(block[1]))
      .map(block => ({ file, text: block[1] }))
  )
  return [...examples, ...snippets].map(({ file, text }) => ({ file, workflow: parse(text) }))
}

describe('the workflows users copy', () => {
  it('publish no bot-variable values: whatever they upload was exported without botVariables or had its values blanked', () => {
    for (const { file, workflow } of userWorkflows()) {
      for (const job of Object.values(workflow.jobs)) {
        const uploads = job.steps.some(
          step =>
            String(step.uses ?? '').startsWith('actions/upload-artifact') ||
            /gh release upload/.test(String(step.run ?? ''))
        )
        if (!uploads) continue
        const exportStep = job.steps.find(step => String(step.uses ?? '').startsWith('kore-bot-export/kore-bot-export'))
        const inputs = (exportStep?.with as Record<string, unknown> | undefined) ?? {}
        const settings = String(inputs.settings ?? '')
        const withoutVariables = settings !== '' && !settings.includes('botVariables')
        const blanked = job.steps.some(step => /\.value = ""/.test(String(step.run ?? '')))
        // A folder unpacked without the values, and no zip kept beside it.
        const folderWithoutValues =
          Boolean(inputs['extract-to']) && inputs.path === '' && inputs['variable-values'] !== 'keep'
        expect([file, withoutVariables || blanked || folderWithoutValues]).toEqual([file, true])
      }
    }
  })

  it('pass contexts to scripts through env (no template injection), fail loudly, and bound their time', () => {
    for (const { file, workflow } of userWorkflows()) {
      for (const job of Object.values(workflow.jobs)) {
        expect([file, typeof job['timeout-minutes']]).toEqual([file, 'number'])
        for (const step of job.steps) {
          const script = String(step.run ?? '')
          expect([file, script.includes('${{')]).toEqual([file, false])
          expect([file, /\|\|\s*(echo|true)/.test(script)]).toEqual([file, false])
        }
      }
    }
  })
})

/** GitHub's anchor for a heading: lower case, code marks and punctuation dropped, spaces as hyphens. */
function headingAnchors(markdown: string): Set<string> {
  const seen = new Map<string, number>()
  const anchors = new Set<string>()
  for (const [, heading] of withoutCodeBlocks(markdown).matchAll(/^#{1,6}\s+(.*?)\s*$/gm)) {
    const base = heading
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-')
    const count = seen.get(base) ?? 0
    seen.set(base, count + 1)
    anchors.add(count === 0 ? base : `${base}-${count}`)
  }
  return anchors
}

const withoutCodeBlocks = (markdown: string): string => markdown.replace(/^```[\s\S]*?^```/gm, '')

describe('the Markdown users and contributors read', () => {
  it('links only to files that exist and to headings they hold', () => {
    const files = [...markdownFiles, 'CONTRIBUTING.md', 'RELEASING.md', 'SECURITY.md', 'CHANGELOG.md']
    const broken: string[] = []
    for (const file of files) {
      const text = withoutCodeBlocks(fs.readFileSync(path.join(ROOT, file), 'utf8'))
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z][a-z+.-]*:/i.test(target)) continue
        const [linked, anchor] = target.split('#')
        const resolved = linked ? path.join(ROOT, path.dirname(file), linked) : path.join(ROOT, file)
        if (!fs.existsSync(resolved)) broken.push(`${file}: ${target} (no such file)`)
        else if (anchor !== undefined && !headingAnchors(fs.readFileSync(resolved, 'utf8')).has(anchor))
          broken.push(`${file}: ${target} (no such heading)`)
      }
    }
    expect(broken).toEqual([])
  })
})
