// Runs the action the way a GitHub runner does: a child `node` process, inputs as INPUT_*
// variables (every default of action.yml among them), outputs and the job summary through
// the GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files. Shared by the tests, the demo and the bench.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { readAction } from './action-defaults.js'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export interface RunOptions {
  /** `dist` runs the committed bundle; `src` runs the TypeScript through tsx. */
  entry?: 'dist' | 'src'
  /** The export action (the default), or the import action beside it. */
  action?: 'export' | 'import'
  workspace?: string
  /** Extra environment (proxy variables, RUNNER_DEBUG…); the parent's is not passed on. */
  env?: Record<string, string>
  /** Called with each chunk of stdout as it arrives. */
  onStdout?: (text: string) => void
  /**
   * Send `signal` to the action once its stdout matches `when` (a runner cancelling the job),
   * (or `afterMs` later), then each of `then` after its delay: a runner sends SIGINT, SIGTERM 7.5 s later, and
   * SIGKILL 2.5 s after that.
   */
  cancel?: {
    when: RegExp
    afterMs?: number
    signal: NodeJS.Signals
    then?: { afterMs: number; signal: NodeJS.Signals }[]
  }
  /** Record the action's peak resident memory in `maxRssKiB`. */
  measureRss?: boolean
  /** The Node.js binary to run it with: by default $KORE_TEST_NODE if set (CI runs the bundle suites again on Node 24 so), else this one. */
  node?: string
}

export interface ActionRun {
  code: number | null
  /** The signal that ended the process, if one did (SIGKILL: it never got to clean up). */
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  workspace: string
  durationMs: number
  /** When the first cancel signal was sent, in ms after the start (undefined: none was sent). */
  signalledAtMs?: number
  /** What the workspace held when it was sent. */
  workspaceAtSignal?: string[]
  /** What the run left in the runner's temporary folder (RUNNER_TEMP), which is removed afterwards. */
  runnerTempLeft: string[]
  maxRssKiB?: number
}

export async function runAction(inputs: Record<string, string>, options: RunOptions = {}): Promise<ActionRun> {
  const workspace = options.workspace ?? fs.mkdtempSync(path.join(os.tmpdir(), 'kore-action-'))
  const runnerFiles = fs.mkdtempSync(path.join(os.tmpdir(), 'kore-runner-'))
  const outputFile = path.join(runnerFiles, 'output')
  const summaryFile = path.join(runnerFiles, 'summary')
  const runnerTemp = path.join(runnerFiles, 'temp')
  fs.writeFileSync(outputFile, '')
  fs.writeFileSync(summaryFile, '')
  fs.mkdirSync(runnerTemp)

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? os.homedir(),
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: runnerTemp,
    ...options.env
  }
  // As a runner does: every default of the action's metadata, then the workflow's `with:`.
  for (const [name, value] of Object.entries({ ...actionDefaults(options.action ?? 'export'), ...inputs }))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value

  const rssFile = path.join(runnerFiles, 'rss')
  const preload = process.env.PROF
    ? ['--cpu-prof', '--cpu-prof-interval', '200', '--cpu-prof-dir=' + process.env.PROF]
    : options.measureRss
      ? ['--import', pathToFileURL(path.join(ROOT, 'script', 'report-rss.js')).href]
      : []
  if (options.measureRss) env.KORE_RSS_FILE = rssFile
  const folder = options.action === 'import' ? ['import'] : []
  const args =
    (options.entry ?? 'dist') === 'dist'
      ? [...preload, path.join(ROOT, 'dist', ...folder, 'index.js')]
      : [
          ...preload,
          '--import',
          pathToFileURL(path.join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href,
          path.join(ROOT, 'src', ...folder, 'index.ts')
        ]
  const started = Date.now()
  const child = spawn(testNode(options.node), args, { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  let cancelled = false
  let signalledAtMs: number | undefined
  let workspaceAtSignal: string[] | undefined
  const timers: NodeJS.Timeout[] = []
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString()
    options.onStdout?.(chunk.toString())
    if (options.cancel && !cancelled && options.cancel.when.test(stdout)) {
      cancelled = true
      const { afterMs = 0, signal, then = [] } = options.cancel
      timers.push(
        setTimeout(() => {
          if (child.exitCode !== null || child.signalCode !== null) return
          signalledAtMs = Date.now() - started
          workspaceAtSignal = fs.readdirSync(workspace)
          child.kill(signal)
          let delay = 0
          for (const next of then) {
            delay += next.afterMs
            timers.push(
              setTimeout(() => child.exitCode === null && child.signalCode === null && child.kill(next.signal), delay)
            )
          }
        }, afterMs)
      )
    }
  })
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const [code, endSignal] = await new Promise<[number | null, NodeJS.Signals | null]>(resolve =>
    child.on('close', (exitCode, signal) => resolve([exitCode, signal]))
  )
  const durationMs = Date.now() - started
  for (const timer of timers) clearTimeout(timer)

  const run: ActionRun = {
    code,
    signal: endSignal,
    stdout,
    stderr,
    outputs: parseOutputFile(fs.readFileSync(outputFile, 'utf8')),
    summary: fs.readFileSync(summaryFile, 'utf8'),
    workspace,
    durationMs,
    signalledAtMs,
    workspaceAtSignal,
    runnerTempLeft: fs.readdirSync(runnerTemp),
    maxRssKiB: options.measureRss && fs.existsSync(rssFile) ? Number(fs.readFileSync(rssFile, 'utf8')) : undefined
  }
  fs.rmSync(runnerFiles, { recursive: true, force: true })
  return run
}

/** The Node.js binary the bundle suites run dist/ with: `node`, else $KORE_TEST_NODE, else the one running the tests. */
export function testNode(node?: string): string {
  return node ?? (process.env.KORE_TEST_NODE || process.execPath)
}

/** What a runner evaluates `${{ github.token }}` to, here: the job's token, a stand-in. */
export const RUNNER_GITHUB_TOKEN = 'ghs_runner-token-stand-in-0000000000000000'

/**
 * The defaults of `action.yml` (or `import/action.yml`), as a runner passes them for an input
 * left alone: as strings, and an expression evaluated (`${{ github.token }}`: the job's token).
 */
export function actionDefaults(action: 'export' | 'import'): Record<string, string> {
  return Object.fromEntries(
    readAction(ROOT, action === 'import' ? path.join('import', 'action.yml') : 'action.yml').inputs.flatMap(input => {
      if (input.default === undefined) return []
      const value = input.default.replace(/\$\{\{\s*github\.token\s*\}\}/g, RUNNER_GITHUB_TOKEN)
      if (value.includes('${{')) throw new Error(`${input.name}: no stand-in for the default ${input.default}`)
      return [[input.name, value]]
    })
  )
}

/** `name<<delimiter\nvalue\ndelimiter` blocks, as @actions/core writes them; the last one wins. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const block = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm
  for (const match of text.matchAll(block)) outputs[match[1]] = match[3]
  return outputs
}

/** Lines the runner shows: everything but the `::add-mask::` commands that set up masking. */
export function visibleLog(run: Pick<ActionRun, 'stdout' | 'stderr'>): string {
  return (run.stdout + run.stderr)
    .split('\n')
    .filter(line => !line.startsWith('::add-mask::'))
    .join('\n')
}

/** The values the action asked the runner to mask. */
export function maskedValues(run: Pick<ActionRun, 'stdout'>): string[] {
  return run.stdout
    .split('\n')
    .filter(line => line.startsWith('::add-mask::'))
    .map(line => line.slice('::add-mask::'.length).replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%'))
}
