// `kore-bot-export`: the actions for other CI systems (Jenkins, GitLab, Azure DevOps) and a
// terminal. Flags are named like the inputs and become the same settings; the flows are the
// actions' own, under a host that prints plain lines.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import packageJson from '../../package.json' with { type: 'json' }
import { EXPORT_ACTION_DEFAULTS } from '../core/action-defaults.js'
import { CoreError, wordsOf } from '../core/errors.js'
import { CancelledError } from '../platform/clock.js'
import { watchCancellation, type FlowResult } from '../core/flow.js'
import type { Host } from '../core/host.js'
import type { Inputs } from '../core/inputs.js'
import { render } from '../core/words.js'
import { parseBoolean, parseLayout, parseVariableValues } from '../export/settings.js'
import { checkExtractTo, type WriteRoots } from '../shared/output-paths.js'
import { plain } from '../shared/untrusted-text.js'
import {
  ACTIONS_ONLY,
  EXPORT_CLI_FLAGS,
  EXPORT_INPUTS,
  FLAG_ENVIRONMENT,
  IMPORT_CLI_FLAGS,
  IMPORT_INPUTS,
  inputFlags,
  optionLines
} from './flags.js'
import { cliHost, ENVIRONMENT, TERMINAL_DIALECT } from './host.js'

/** The inputs a flag may set, with what --help says of each. The credentials come from the environment only. */
export const FLAGS: Record<string, string> = Object.fromEntries(
  inputFlags(EXPORT_INPUTS).map(flag => [flag.name, flag.text])
)

/** The import command's flags, named like import/action.yml's inputs. Variable values come from the environment only. */
export const IMPORT_FLAGS: Record<string, string> = Object.fromEntries(
  inputFlags(IMPORT_INPUTS).map(flag => [flag.name, flag.text])
)

/** The zip a CLI export writes when --path is not given: action.yml's default. */
export const PATH_DEFAULT = EXPORT_ACTION_DEFAULTS.path

const EXIT = { ok: 0, failed: 1, usage: 2 } as const

const HELP = `Usage: kore-bot-export [export] --bot-id st-… [options]
       kore-bot-export import --bot-id st-… --from <zip or folder> [options]
       kore-bot-export pack <folder> [--out export.zip] [--force] [--json]
       kore-bot-export diff <old> <new> [--exit-code] [--json]
       kore-bot-export unpack <zip> <folder> [--layout split] [--variable-values omit]

Each command answers --help with its own flags.

Exports a Kore.ai XO Platform bot: starts the export, waits for it, downloads the zip and
can unpack it into a folder for git. The same code as the GitHub Action kore-bot-export.

Credentials come from the environment, never from flags (they would show in process lists):
  KORE_CLIENT_ID, KORE_CLIENT_SECRET   a Kore.ai app with the Bot Export API scope
  KORE_JWT                             or a ready-made token instead

Options (named like the action's inputs):
${optionLines([...inputFlags(EXPORT_INPUTS), ...EXPORT_CLI_FLAGS])}

import carries an export into another bot (run kore-bot-export import --help for its flags):
uploads, imports, waits, verifies that the target holds what was sent, and can publish.

pack rebuilds the export from a folder that --extract-to wrote: every file byte for byte
as the platform wrote it (bot variable values left out come back empty), ready to import.

diff says what changed in the bot between two exports, each a zip or a folder that
--extract-to wrote, in words (--json for data). Values the platform regenerates on publish
do not count as changes; bot variables are named, never their values.

Example (KORE_CLIENT_ID and KORE_CLIENT_SECRET set in the environment):
  kore-bot-export export --bot-id st-… --extract-to bot --path ''

Exit codes: 0 done; 1 the export, the download, the pack or the diff failed; 2 bad flags or inputs.
`

const IMPORT_HELP = `Usage: kore-bot-export import --bot-id st-… --from <zip or folder> [options]

Imports an export (a zip, or a folder --extract-to wrote) into a bot: uploads its files,
starts the import, waits for it, exports the target again to verify it holds what was sent,
and with --publish true publishes it. The same code as the GitHub Action kore-bot-export/import.

Credentials and variable values come from the environment, never from flags:
  KORE_CLIENT_ID, KORE_CLIENT_SECRET   an Admin Console app with Bot Import (and Bot Publish,
                                       Publish Status to publish)
  KORE_JWT                             or a ready-made token instead
  KORE_VARIABLES                       bot variable values, one NAME=value a line

Options (named like the import action's inputs):
${optionLines([...inputFlags(IMPORT_INPUTS), ...IMPORT_CLI_FLAGS])}

Exit codes: 0 done; 1 the import, the verification or the publish failed; 2 bad flags or inputs.
`

const PACK_HELP = `Usage: kore-bot-export pack <folder> [--out export.zip] [--force] [--json]

Rebuilds the export from a folder that --extract-to (or unpack) wrote: every file byte for
byte as the platform wrote it (bot variable values left out come back empty), ready to import.

Options:
  --out, -o <file>          The zip to write (default: <folder>.zip beside the folder)
  --force                   Replace <folder>.zip if it exists (a file --out names is replaced)
  --json                    Print the result as JSON
  --help, -h                Show this help

Example:
  kore-bot-export pack bot --out release.zip

Exit codes: 0 packed; 1 the folder could not be packed; 2 bad flags, or the zip exists.
`

const UNPACK_HELP = `Usage: kore-bot-export unpack <zip> <folder> [options]

Lays out an export zip (from the Kore.ai UI, a workflow artifact, a backup) in a folder for
git, as --extract-to does: the same layout, manifest, round-trip proof and checks. The folder
is replaced whole, and only if it is empty, new, or one the tool wrote.

Options:
  --layout <split|plain>    split (default): the bot definition as a tree of files; plain
  --variable-values <omit|keep>
                            omit (default): config.json without the bot variables' values
  --replace-existing true   Let it replace a folder the tool did not write (once)
  --json                    Print the result as JSON
  --help, -h                Show this help

Example:
  kore-bot-export unpack backup.zip bot

Exit codes: 0 unpacked; 1 the zip could not be unpacked; 2 bad flags, or a folder it may not replace.
`

const DIFF_HELP = `Usage: kore-bot-export diff <old> <new> [--exit-code] [--json]

Says what changed in the bot between two exports, each a zip or a folder that --extract-to
wrote, in words. Values the platform regenerates on publish do not count as changes; bot
variables are named, never their values.

Options:
  --exit-code               Exit 1 when the bot changed and 0 when it did not, as git diff
                            --exit-code does (a failure is then 2)
  --json                    Print the changes as JSON
  --help, -h                Show this help

Example:
  kore-bot-export diff backup.zip bot --exit-code

Exit codes: 0 done (or, with --exit-code, nothing changed); 1 the diff failed (with
--exit-code: the bot changed); 2 bad flags (with --exit-code: any failure).
`

export interface CliResult {
  code: number
  /** The run was cancelled: the caller exits at once instead of waiting for open sockets. */
  cancelled: boolean
}

export async function main(argv: string[]): Promise<CliResult> {
  if (argv[0] === 'pack') return pack(argv.slice(1))
  if (argv[0] === 'diff') return diff(argv.slice(1))
  if (argv[0] === 'unpack') return unpack(argv.slice(1))
  if (argv[0] === 'import') {
    return flowCommand(argv.slice(1), {
      name: 'import',
      flags: IMPORT_FLAGS,
      help: IMPORT_HELP,
      defaults: {},
      run: async (inputs, host) => (await import('../import/run-import.js')).runImport(inputs, host)
    })
  }
  // `export` is the default command: named or not, the same.
  const exportArgs = argv[0] === 'export' ? argv.slice(1) : argv
  return flowCommand(exportArgs, {
    name: 'export',
    flags: FLAGS,
    help: HELP,
    defaults: { path: PATH_DEFAULT },
    run: async (inputs, host) => (await import('../export/run-export.js')).runExport(inputs, host)
  })
}

interface FlowCommand {
  name: 'export' | 'import'
  flags: Record<string, string>
  help: string
  /** Settings a flag left unset get these. */
  defaults: Record<string, string | undefined>
  run: (inputs: Inputs, host: Host) => Promise<FlowResult<string>>
}

/** Runs a flow with its settings from flags (and credentials from the environment), under the terminal's host. */
async function flowCommand(
  argv: string[],
  { name, flags, help, defaults, run: runFlow }: FlowCommand
): Promise<CliResult> {
  const json = argv.includes('--json')
  const fail = (message: string, code: number): CliResult => {
    if (json) process.stdout.write(`${JSON.stringify({ ok: false, command: name, error: message }, null, 2)}\n`)
    process.stderr.write(`kore-bot-export: ${message}\n`)
    return { code, cancelled: false }
  }
  let values: Record<string, string | boolean | undefined>
  try {
    ;({ values } = parseArgs({
      args: argv,
      options: {
        ...Object.fromEntries(Object.keys(flags).map(name => [name, { type: 'string' as const }])),
        json: { type: 'boolean' },
        verbose: { type: 'boolean' },
        version: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        ...(name === 'export' ? { force: { type: 'boolean' as const } } : {})
      },
      strict: true,
      allowPositionals: false
    }))
  } catch (error) {
    const known = [...Object.keys(flags), 'json', 'verbose', 'version', 'help', ...(name === 'export' ? ['force'] : [])]
    return fail(describeFlagError(error as Error, known), EXIT.usage)
  }
  if (values.help) {
    process.stdout.write(help)
    return { code: EXIT.ok, cancelled: false }
  }
  if (values.version) {
    process.stdout.write(`${packageJson.version}\n`)
    return { code: EXIT.ok, cancelled: false }
  }

  // On a developer's machine the folder may hold edits not yet committed: an export would
  // replace them, and then report the revert as a change in the bot. (A runner's checkout is
  // clean, so the action does not ask.)
  const extractTo = typeof values['extract-to'] === 'string' ? values['extract-to'] : ''
  if (name === 'export' && extractTo && !values.force) {
    const uncommitted = uncommittedIn(path.resolve(extractTo))
    if (uncommitted.length > 0) {
      const shown = uncommitted.slice(0, 10).map(file => plain(file, 200))
      const more = uncommitted.length > 10 ? ` and ${uncommitted.length - 10} more` : ''
      return fail(
        `--extract-to ${plain(extractTo, 200)}: git shows changes not committed in it (${shown.join(', ')}${more}), which the export would replace. Commit or stash them, or give --force to replace them.`,
        EXIT.usage
      )
    }
  }

  const host = cliHost({ json, verbose: Boolean(values.verbose) })
  const given = (name: string): string | undefined => {
    const flag = values[name]
    if (typeof flag === 'string') return flag
    const variable = FLAG_ENVIRONMENT[name] ?? ENVIRONMENT[name]
    return (variable ? process.env[variable] : undefined) ?? defaults[name]
  }
  const { outputs, error, cancelled } = await runFlow({ get: name => given(name) ?? '', mask: host.mask }, host)
  if (error) process.stderr.write(`kore-bot-export: ${host.render(wordsOf(error))}\n`)
  if (json) {
    const { 'download-url': _link, ...shown } = outputs as Record<string, string>
    const printed = {
      ok: !error,
      command: name,
      ...typedOutputs(shown),
      ...(error ? { error: host.render(wordsOf(error)) } : {})
    }
    process.stdout.write(`${JSON.stringify(printed, null, 2)}\n`)
  }
  return {
    code: !error ? EXIT.ok : error instanceof CoreError && error.kind === 'input' ? EXIT.usage : EXIT.failed,
    cancelled
  }
}

/**
 * The files under `folder` that git shows as modified, added, deleted or untracked; none when
 * the folder does not exist, is not in a repository, or git is not installed.
 */
function uncommittedIn(folder: string): string[] {
  if (!fs.existsSync(folder)) return []
  const status = spawnSync('git', ['status', '--porcelain', '-z', '--untracked-files=all', '--', '.'], {
    cwd: folder,
    encoding: 'utf8',
    timeout: 10_000
  })
  if (status.error || status.status !== 0) return []
  // Each entry is "XY path"; a rename is followed by its old path as an entry of its own.
  return status.stdout
    .split('\0')
    .filter(entry => entry.length > 3 && entry[2] === ' ')
    .map(entry => entry.slice(3))
}

/**
 * Outputs as --json gives them, one schema for every command: what an output holds as text on
 * a runner (`changed: "true"`, `size: "1234"`) is a boolean or a number here.
 */
function typedOutputs(outputs: Record<string, string>): Record<string, string | number | boolean> {
  const typed: Record<string, string | number | boolean> = {}
  for (const [key, value] of Object.entries(outputs)) {
    if ((key === 'changed' || key === 'verified') && (value === 'true' || value === 'false'))
      typed[key] = value === 'true'
    else if (key === 'size' && /^\d+$/.test(value)) typed[key] = Number(value)
    else typed[key] = value
  }
  return typed
}

/** `kore-bot-export pack <folder> [--out file]`. */
async function pack(argv: string[]): Promise<CliResult> {
  const json = argv.includes('--json')
  const finish = (result: Record<string, unknown>, code: number): CliResult => {
    if (json) process.stdout.write(`${JSON.stringify({ ok: result.ok, command: 'pack', ...result }, null, 2)}\n`)
    else if (result.ok)
      process.stdout.write(
        `Packed ${result.files} files from ${result.folder} into ${result.file} (${result.size} bytes, sha256 ${result.sha256})\n`
      )
    if (!result.ok) process.stderr.write(`kore-bot-export pack: ${result.error}\n`)
    return { code, cancelled: false }
  }
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        out: { type: 'string', short: 'o' },
        force: { type: 'boolean' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' }
      },
      strict: true,
      allowPositionals: true
    })
  } catch (error) {
    return finish({ ok: false, error: describeFlagError(error as Error, ['out', 'force', 'json', 'help']) }, EXIT.usage)
  }
  if (parsed.values.help) {
    process.stdout.write(PACK_HELP)
    return { code: EXIT.ok, cancelled: false }
  }
  if (parsed.positionals.length !== 1) {
    return finish(
      { ok: false, error: 'give one folder: kore-bot-export pack <folder> [--out export.zip]. See --help.' },
      EXIT.usage
    )
  }
  const folder = parsed.positionals[0]
  // Beside the folder, named after it; an existing file there may be the only copy of an
  // export (with its variable values), so it is replaced only when asked to.
  const out = parsed.values.out ?? `${path.resolve(folder)}.zip`
  if (parsed.values.out === undefined && !parsed.values.force && fs.existsSync(out)) {
    return finish(
      {
        ok: false,
        folder,
        error: `${out} already exists. Give --out with another file, or --force to replace it.`
      },
      EXIT.usage
    )
  }
  try {
    // Each command loads what it uses: a command line starts once per run (start-up).
    const { packFolderCancellable, writeZip } = await import('../bot-source/pack.js')
    const { files, size, sha256 } = await untilInterrupted(async signal => {
      const files = await packFolderCancellable(folder, signal)
      return { files, ...(await writeZip(files, out, signal)) }
    })
    return finish({ ok: true, folder, file: path.resolve(out), files: files.length, size, sha256 }, EXIT.ok)
  } catch (error) {
    const message = error instanceof CancelledError ? 'Cancelled: no zip was written.' : terminalWords(error)
    return finish({ ok: false, folder, error: message }, EXIT.failed)
  }
}

/** An error in the terminal's words (`--timeout 30m`, KORE_CLIENT_SECRET), as every command shows it. */
function terminalWords(error: unknown): string {
  return render(wordsOf(error), TERMINAL_DIALECT)
}

/**
 * `work` with a signal that Ctrl-C (SIGINT) or a CI system's SIGTERM aborts: the work stops at
 * its next check and removes what it had begun (a partial zip, a staging folder); a second
 * signal removes it at once (watchCancellation, as the flows do).
 */
async function untilInterrupted<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const { signal, stop } = watchCancellation(
    { error: text => process.stderr.write(`kore-bot-export: ${String(text)}\n`) },
    'nothing was written.'
  )
  try {
    return await work(signal)
  } finally {
    stop()
  }
}

/** `kore-bot-export unpack <zip> <folder>`: any export zip laid out as --extract-to does. */
async function unpack(argv: string[]): Promise<CliResult> {
  const json = argv.includes('--json')
  const finish = (result: Record<string, unknown>, code: number): CliResult => {
    if (json) process.stdout.write(`${JSON.stringify({ ok: result.ok, command: 'unpack', ...result }, null, 2)}\n`)
    else if (result.ok) process.stdout.write(`${result.message}\n`)
    if (!result.ok) process.stderr.write(`kore-bot-export unpack: ${result.error}\n`)
    return { code, cancelled: false }
  }
  const names = ['layout', 'variable-values', 'replace-existing', 'json', 'help']
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        layout: { type: 'string' },
        'variable-values': { type: 'string' },
        'replace-existing': { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' }
      },
      strict: true,
      allowPositionals: true
    })
  } catch (error) {
    return finish({ ok: false, error: describeFlagError(error as Error, names) }, EXIT.usage)
  }
  if (parsed.values.help) {
    process.stdout.write(UNPACK_HELP)
    return { code: EXIT.ok, cancelled: false }
  }
  if (parsed.positionals.length !== 2) {
    return finish(
      { ok: false, error: 'give a zip and a folder: kore-bot-export unpack <zip> <folder>. See --help.' },
      EXIT.usage
    )
  }
  const [zip, given] = parsed.positionals
  let target
  try {
    const replaceExisting = parseBoolean('replace-existing', parsed.values['replace-existing'] ?? 'false')
    const options = {
      layout: parseLayout(parsed.values.layout ?? EXPORT_ACTION_DEFAULTS.layout),
      variableValues: parseVariableValues(parsed.values['variable-values'] ?? EXPORT_ACTION_DEFAULTS['variable-values'])
    }
    // Wherever the user names, as pack writes: but never the current folder or one holding it,
    // a .git folder, a repository, or a folder of files the tool did not write.
    const workspace = fs.realpathSync(process.cwd())
    const roots: WriteRoots = { workspace, roots: [path.parse(workspace).root] }
    const folder = checkExtractTo(path.resolve(given), roots, replaceExisting)
    target = { folder, roots, replaceExisting, options }
  } catch (error) {
    return finish({ ok: false, error: terminalWords(error) }, EXIT.usage)
  }
  try {
    // Loaded only here: the zip reader and the layouts are most of the bundle.
    const { unpackExport } = await import('../bot-source/unpack.js')
    // Ctrl-C (or a CI system cancelling) stops the unpack, which removes its staging folder.
    const { files, written, omittedVariables } = await untilInterrupted(signal =>
      unpackExport(path.resolve(zip), target, signal)
    )
    const left = omittedVariables.length
      ? ` Left out the values of ${omittedVariables.length} bot variables; the zip keeps them (--variable-values keep writes them).`
      : ''
    return finish(
      {
        ok: true,
        zip: path.resolve(zip),
        folder: target.folder,
        files: files.length,
        written,
        message: `Unpacked the export's ${files.length} files into ${target.folder}: ${written} files written.${left}`
      },
      EXIT.ok
    )
  } catch (error) {
    return finish({ ok: false, error: terminalWords(error) }, EXIT.failed)
  }
}

/** `kore-bot-export diff <old> <new>`. */
async function diff(argv: string[]): Promise<CliResult> {
  const json = argv.includes('--json')
  const fail = (error: string, code: number): CliResult => {
    if (json) process.stdout.write(`${JSON.stringify({ ok: false, command: 'diff', error }, null, 2)}\n`)
    process.stderr.write(`kore-bot-export diff: ${error}\n`)
    return { code, cancelled: false }
  }
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      options: { json: { type: 'boolean' }, 'exit-code': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: true
    })
  } catch (error) {
    return fail(describeFlagError(error as Error, ['json', 'exit-code', 'help']), EXIT.usage)
  }
  if (parsed.values.help) {
    process.stdout.write(DIFF_HELP)
    return { code: EXIT.ok, cancelled: false }
  }
  const exitCode = parsed.values['exit-code'] === true
  if (parsed.positionals.length !== 2)
    return fail('give two exports, each a zip or a folder: kore-bot-export diff <old> <new>. See --help.', EXIT.usage)
  const [oldSource, newSource] = parsed.positionals
  const { readBot } = await import('../bot-source/bot-files.js')
  const { diffBots, hasChanges } = await import('../bot-source/diff.js')
  const { changeDetails, changesMarkdown, changesText } = await import('../bot-source/render.js')
  let records
  try {
    records = await untilInterrupted(async signal =>
      diffBots(await readBot(oldSource, signal), await readBot(newSource, signal), { signal })
    )
  } catch (error) {
    if (error instanceof CancelledError) return fail('Cancelled.', exitCode ? EXIT.usage : EXIT.failed)
    return fail(terminalWords(error), exitCode ? EXIT.usage : EXIT.failed)
  }
  const changed = hasChanges(records)
  if (json)
    process.stdout.write(
      `${JSON.stringify({ ok: true, command: 'diff', changed, changes: changesMarkdown(records).trimEnd(), details: changeDetails(records), records }, null, 2)}\n`
    )
  else
    process.stdout.write(
      changed
        ? changesText(records)
        : 'The bot has not changed (at most values the platform regenerates on publish differ).\n'
    )
  return { code: exitCode && changed ? EXIT.failed : EXIT.ok, cancelled: false }
}

/** parseArgs' complaint, in the CLI's words, with the nearest flag for a typo. */
function describeFlagError(error: Error, flags: string[]): string {
  const unknown = /Unknown option '(-{1,2})([^']*)'/.exec(error.message)
  if (unknown) {
    const given = unknown[2]
    // An input the environment alone gives (host.ts ENVIRONMENT), or only a workflow has.
    if (ENVIRONMENT[given]) {
      if (given === 'variables')
        return `--variables is not a flag: values would show in process lists. Set ${ENVIRONMENT[given]} in the environment, one NAME=value a line. See --help.`
      if (given === 'client-secret' || given === 'jwt')
        return `--${given} is not a flag: credentials would show in process lists. Set KORE_CLIENT_ID and ${ENVIRONMENT['client-secret']} (or ${ENVIRONMENT.jwt}) in the environment. See --help.`
      return `--${given} is not a flag: set ${ENVIRONMENT[given]} in the environment. See --help.`
    }
    if (ACTIONS_ONLY.has(given))
      return `--${given} is the GitHub Action's (a pull request's comment): a command line has none. See --help.`
    const nearest = nearestFlag(given, flags)
    return `unknown flag ${unknown[1]}${given}.${nearest ? ` Did you mean --${nearest}?` : ''} See --help.`
  }
  return `${error.message.replace(/\.$/, '')}. See --help.`
}

function nearestFlag(given: string, names: string[]): string | undefined {
  let best: { name: string; distance: number } | undefined
  for (const name of names) {
    const distance = editDistance(given.toLowerCase(), name)
    if (!best || distance < best.distance) best = { name, distance }
  }
  if (best && best.distance <= Math.max(2, Math.floor(given.length / 3))) return best.name
  // --output for --out, --extract for --extract-to.
  return names.find(name => given.startsWith(name) || name.startsWith(given))
}

/** Levenshtein distance: insertions, deletions and substitutions. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.length]
}
