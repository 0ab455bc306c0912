// The flags of `export` and `import`: one for each input of the action, named like it, with the
// start of its description from the action metadata (src/cli/action-inputs.json, which
// `npm run build` writes), and the few the CLI adds. `npm run docs` writes docs/cli.md from the
// same lists.
import actionInputs from './action-inputs.json' with { type: 'json' }
import { REQUEST_TIMEOUT_DEFAULT } from '../export/settings.js'
import { ENVIRONMENT } from './host.js'

/** An input as src/cli/action-inputs.json describes it. */
export interface ActionInputSummary {
  name: string
  required: boolean
  default?: string
  summary: string
}

export interface Flag {
  name: string
  /** One line; --help wraps it. */
  text: string
}

export const EXPORT_INPUTS: readonly ActionInputSummary[] = actionInputs.export
export const IMPORT_INPUTS: readonly ActionInputSummary[] = actionInputs.import

/**
 * Where a command line differs from a workflow (no workspace, no job summary, no workflow
 * run), the flag's own text instead of the start of the input's description.
 */
export const CLI_TEXT: Readonly<Record<string, string>> = {
  path: 'Where to write the export zip, relative to the current folder. "" keeps no zip.',
  'extract-to': 'A folder to unpack the export into, relative to the current folder, for readable diffs in git.',
  'request-timeout': `The longest one request waits for its whole answer, and a download for its next bytes, before it is retried (default ${REQUEST_TIMEOUT_DEFAULT}).`,
  from: 'What to import, relative to the current folder: a zip the export wrote, or a folder its --extract-to wrote (either layout), packed back into the exact export first.',
  'dry-run': 'true exports the target, prints what the import would change and stops without uploading anything.',
  'version-comment':
    'The publish comment. Empty: the repository, commit and run on GitHub Actions, else "Published by kore-bot-export <version>".'
}

/** Flags that, when not given, fall back to an environment variable. */
export const FLAG_ENVIRONMENT: Readonly<Record<string, string>> = { 'client-id': 'KORE_CLIENT_ID' }

/** Inputs of a workflow's pull request, which a command line has none of: the CLI never comments. */
export const ACTIONS_ONLY: ReadonlySet<string> = new Set(['pr-comment', 'github-token'])

/** Whether an input is a CLI flag: not one the environment alone may give, nor a pull request's. */
export function isFlag(name: string): boolean {
  return !ENVIRONMENT[name] && !ACTIONS_ONLY.has(name)
}

/** The flags of the action's inputs: every input that is a flag (isFlag). */
export function inputFlags(inputs: readonly ActionInputSummary[]): Flag[] {
  return inputs
    .filter(input => isFlag(input.name))
    .map(input => {
      const fallback = FLAG_ENVIRONMENT[input.name]
      const note = input.required
        ? ' (required)'
        : fallback
          ? ` (default $${fallback})`
          : input.default !== undefined
            ? ` (default ${input.default})`
            : ''
      return { name: input.name, text: `${CLI_TEXT[input.name] ?? input.summary}${note}` }
    })
}

/** The flags `export` adds to its inputs'. */
export const EXPORT_CLI_FLAGS: readonly Flag[] = [
  { name: 'force', text: 'Let --extract-to replace edits git shows as not committed' },
  { name: 'json', text: 'Print the result as JSON on stdout (progress goes to stderr)' },
  { name: 'verbose', text: "Also print debug lines (each request's method, path, status, time)" },
  { name: 'version', text: 'Print the version' },
  { name: 'help', text: 'Show this help' }
]

/** The flags `import` adds to its inputs'. */
export const IMPORT_CLI_FLAGS: readonly Flag[] = [
  { name: 'json', text: 'Print the result as JSON on stdout (progress goes to stderr)' },
  { name: 'verbose', text: 'Also print debug lines' },
  { name: 'help', text: 'Show this help' }
]

const WIDTH = 100
const COLUMN = 28

/** `text` in lines of at most `width` characters, broken between words (and inside a longer word). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  const words = text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap(word => word.match(new RegExp(`.{1,${width}}`, 'gu')) ?? [])
  for (const word of words) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  return [...lines, line]
}

/** The options of a --help: each flag, its text in a column of its own, within 100 columns. */
export function optionLines(flags: readonly Flag[]): string {
  const indent = ' '.repeat(COLUMN)
  return flags
    .map(({ name, text }) => {
      const head = `  --${name}`
      const [first, ...rest] = wrap(text, WIDTH - COLUMN)
      const opening = head.length < COLUMN ? `${head.padEnd(COLUMN)}${first}` : `${head}\n${indent}${first}`
      return [opening, ...rest.map(line => `${indent}${line}`)].join('\n')
    })
    .join('\n')
}
