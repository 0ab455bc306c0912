// `npm run docs`: the interface is declared once, in action.yml and import/action.yml. This
// writes, from them, the tables of inputs and outputs in README.md and import/README.md, the CLI's
// flags in docs/cli.md (each between its `<!-- generated:…:start/end -->` markers; the text
// around them is left alone) and the sources `npm run build` generates.
//
// `npm run docs:check` (or `npm run docs -- --check`) writes nothing and exits 1, naming the
// files, when any of them is not what it would write. `--root <folder>` works on another copy.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { CLI_TEXT, EXPORT_CLI_FLAGS, FLAG_ENVIRONMENT, IMPORT_CLI_FLAGS, isFlag, type Flag } from '../src/cli/flags.js'
import { ENVIRONMENT } from '../src/cli/host.js'
import { codeSpanOf } from '../src/shared/untrusted-text.js'
import {
  EXPORT_METADATA,
  IMPORT_METADATA,
  generatedSources,
  plainDefault,
  readAction,
  type ActionMetadata,
  type InputMetadata
} from './action-defaults.js'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const README = 'README.md'
const IMPORT_README = path.join('import', 'README.md')
const CLI_DOC = path.join('docs', 'cli.md')

/** The documents with generated sections, in the order they are written. */
export const DOC_FILES = [README, IMPORT_README, CLI_DOC]

// --- Markdown: the descriptions are plain text (with `code spans` kept), whatever they hold.

/** `text` as a code span in a table cell: a fence longer than any run of backticks inside, pipes escaped. */
export function codeSpan(text: string): string {
  // GFM takes `\|` as a pipe inside a cell's code span too.
  return text === '' ? '' : codeSpanOf(text).replace(/\|/g, '\\|')
}

/** Plain text, outside code spans: nothing in it becomes emphasis, a link, HTML, or a cell border. */
function escapeText(text: string): string {
  return text
    .split(/(\$\{\{.*?\}\})/)
    .map((part, index) =>
      // A workflow expression reads best, and is safest, as code.
      index % 2 === 1
        ? codeSpan(part)
        : part
            .replace(/[\\`*[\]~|]/g, character => `\\${character}`)
            .replace(/(^|[^\p{L}\p{N}])_|_(?=$|[^\p{L}\p{N}])/gu, match => match.replace('_', '\\_'))
            .replace(/&(?=#?\w+;)/g, '&amp;')
            .replace(/</g, '&lt;')
    )
    .join('')
}

/** A description as one table cell: on one line, its code spans as they are (pipes escaped), the rest plain. */
export function tableCell(description: string): string {
  const text = description.replace(/\s+/g, ' ').trim()
  let cell = ''
  let plain = ''
  let at = 0
  while (at < text.length) {
    const run = /`+/.exec(text.slice(at))
    if (!run) break
    const start = at + run.index
    // A code span ends at the next run of exactly as many backticks; without one, they are text.
    const closing = new RegExp(`(?<!\`)${run[0]}(?!\`)`, 'g')
    closing.lastIndex = start + run[0].length
    const end = closing.exec(text)
    if (!end) {
      plain += text.slice(at, start + run[0].length)
      at = start + run[0].length
      continue
    }
    cell += escapeText(plain + text.slice(at, start))
    plain = ''
    cell += text.slice(start, end.index + run[0].length).replace(/\|/g, '\\|')
    at = end.index + run[0].length
  }
  return cell + escapeText(plain + text.slice(at))
}

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]): string => `|${cells.map(cell => (cell ? ` ${cell} ` : ' ')).join('|')}|`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

function inputsTable(inputs: InputMetadata[]): string {
  return table(
    ['Input', 'Required', 'Default', 'Description'],
    inputs.map(input => [
      codeSpan(input.name),
      input.required ? 'yes' : 'no',
      codeSpan(input.default ?? ''),
      tableCell(input.description)
    ])
  )
}

function outputsTable(action: ActionMetadata): string {
  return table(
    ['Output', 'Description'],
    action.outputs.map(output => [codeSpan(output.name), tableCell(output.description)])
  )
}

/** The CLI's flags for an action's inputs (the full descriptions), its own flags, and the environment it reads. */
function flagsReference(action: ActionMetadata, cliFlags: readonly Flag[]): string {
  const flags = action.inputs
    .filter(input => isFlag(input.name))
    .map(input => [
      codeSpan(`--${input.name}`),
      input.required ? 'yes' : 'no',
      FLAG_ENVIRONMENT[input.name] ? codeSpan(`$${FLAG_ENVIRONMENT[input.name]}`) : codeSpan(plainDefault(input) ?? ''),
      tableCell(CLI_TEXT[input.name] ?? input.description)
    ])
  const own = cliFlags.map(flag => [codeSpan(`--${flag.name}`), 'no', '', tableCell(flag.text)])
  const environment = action.inputs.flatMap(input => {
    const fallback = FLAG_ENVIRONMENT[input.name]
    if (fallback) return [[codeSpan(fallback), codeSpan(input.name), `When \`--${input.name}\` is not given.`]]
    const variable = ENVIRONMENT[input.name]
    return variable ? [[codeSpan(variable), codeSpan(input.name), tableCell(input.description)]] : []
  })
  return `${table(['Flag', 'Required', 'Default', 'Description'], [...flags, ...own])}

${table(['Environment variable', 'Input', 'Description'], environment)}`
}

// --- The documents.

interface Section {
  id: string
  source: string
  content: string
}

/** The text of a document with each of its sections filled; `file` only names it in errors. */
function fillSections(text: string, file: string, sections: Section[]): string {
  let filled = text
  for (const { id, source, content } of sections) {
    const start = `<!-- generated:${id}:start -->`
    const end = `<!-- generated:${id}:end -->`
    const from = filled.indexOf(start)
    const to = filled.indexOf(end)
    if (from < 0 || to < from || filled.indexOf(start, from + 1) >= 0 || filled.indexOf(end, to + 1) >= 0) {
      throw new Error(
        `${file} needs one ${start} and, after it, one ${end}: put the two lines where the generated text goes.`
      )
    }
    const note = `<!-- Written by \`npm run docs\` from ${source.split(path.sep).join('/')}: edit the text there. -->`
    filled = `${filled.slice(0, from + start.length)}\n${note}\n\n${content}\n\n${filled.slice(to)}`
  }
  return filled
}

/** What a new document holds: a title, a line on what it is, and its sections, empty. */
function newDocument(title: string, lead: string, sections: [string, string][]): string {
  const parts = sections.map(
    ([heading, id]) => `## ${heading}\n\n<!-- generated:${id}:start -->\n<!-- generated:${id}:end -->\n`
  )
  return `# ${title}\n\n${lead}\n\n${parts.join('\n')}`
}

/** Every file `npm run docs` writes under `root`, as it would write it: [path under root, text]. */
export function generatedFiles(root: string): [string, string][] {
  const exportAction = readAction(root, EXPORT_METADATA)
  const importAction = readAction(root, IMPORT_METADATA)
  const documents: { file: string; create?: () => string; sections: Section[] }[] = [
    {
      file: README,
      sections: [
        { id: 'export-inputs', source: EXPORT_METADATA, content: inputsTable(exportAction.inputs) },
        { id: 'export-outputs', source: EXPORT_METADATA, content: outputsTable(exportAction) }
      ]
    },
    {
      file: IMPORT_README,
      create: () => {
        const { name, description } = importAction
        return newDocument(
          escapeText(name),
          `${tableCell(description)} See [Promote a bot](../README.md#promote-a-bot).`,
          [
            ['Inputs', 'import-inputs'],
            ['Outputs', 'import-outputs']
          ]
        )
      },
      sections: [
        { id: 'import-inputs', source: IMPORT_METADATA, content: inputsTable(importAction.inputs) },
        { id: 'import-outputs', source: IMPORT_METADATA, content: outputsTable(importAction) }
      ]
    },
    {
      file: CLI_DOC,
      create: () =>
        newDocument('CLI flags', 'The flags of `kore-bot-export export` and `kore-bot-export import`.', [
          ['export', 'cli-export-flags'],
          ['import', 'cli-import-flags']
        ]),
      sections: [
        {
          id: 'cli-export-flags',
          source: EXPORT_METADATA,
          content: flagsReference(exportAction, EXPORT_CLI_FLAGS)
        },
        {
          id: 'cli-import-flags',
          source: IMPORT_METADATA,
          content: flagsReference(importAction, IMPORT_CLI_FLAGS)
        }
      ]
    }
  ]
  const docs = documents.map(({ file, create, sections }): [string, string] => {
    const full = path.join(root, file)
    const text = fs.existsSync(full) ? lf(fs.readFileSync(full, 'utf8')) : create ? create() : ''
    return [file, fillSections(text, file, sections)]
  })
  return [...docs, ...generatedSources(root)]
}

/** Line ends as LF: a Windows checkout may have turned them into CRLF. */
function lf(text: string): string {
  return text.replace(/\r\n/g, '\n')
}

function differs(root: string, file: string, text: string): boolean {
  const full = path.join(root, file)
  return !fs.existsSync(full) || lf(fs.readFileSync(full, 'utf8')) !== text
}

const posix = (file: string): string => file.split(path.sep).join('/')

/** The files under `root` that are not what `npm run docs` would write. */
export function staleFiles(root: string): string[] {
  return generatedFiles(root)
    .filter(([file, text]) => differs(root, file, text))
    .map(([file]) => posix(file))
}

/** Writes what differs (keeping a file's CRLF line ends, if it has them); returns the files written. */
export function writeDocs(root: string): string[] {
  const written: string[] = []
  for (const [file, text] of generatedFiles(root)) {
    if (!differs(root, file, text)) continue
    const full = path.join(root, file)
    const crlf = fs.existsSync(full) && fs.readFileSync(full, 'utf8').includes('\r\n')
    fs.mkdirSync(path.dirname(full), { recursive: true })
    fs.writeFileSync(full, crlf ? text.replace(/\n/g, '\r\n') : text)
    written.push(posix(file))
  }
  return written
}

function main(): number {
  const { values } = parseArgs({
    options: { check: { type: 'boolean' }, root: { type: 'string' } },
    strict: true
  })
  const root = path.resolve(values.root ?? ROOT)
  try {
    if (values.check) {
      const stale = staleFiles(root)
      if (stale.length === 0) {
        console.log('The docs and the generated sources are what action.yml and import/action.yml say.')
        return 0
      }
      console.error(
        `These files are not what action.yml and import/action.yml say:\n${stale.map(file => `  ${file}\n`).join('')}` +
          'Run `npm run docs` and commit them (edit descriptions in the action.yml files, not in the tables).'
      )
      return 1
    }
    const written = writeDocs(root)
    console.log(written.length ? `Wrote ${written.join(', ')}.` : 'Nothing to write: all up to date.')
    return 0
  } catch (error) {
    console.error(`npm run docs: ${(error as Error).message}`)
    return 1
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) process.exitCode = main()
