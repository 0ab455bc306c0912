// The flows run in this process, as the Actions adapter runs them (every action.yml default as
// an input, the workflow's inputs over them), under a recording host and a clock that does not
// really sleep: the core's behaviour at the speed of a function call. The boundaries (the
// runner's INPUT_* variables, GITHUB_OUTPUT, exit codes, signals) keep their suites through dist/.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { actionDefaults, parseOutputFile, type ActionRun, type RunOptions } from '../../script/run-action.js'
import { wordsOf } from '../../src/core/errors.js'
import { inputsFrom } from '../../src/core/inputs.js'
import { runExport } from '../../src/export/run-export.js'
import { runImport } from '../../src/import/run-import.js'
import type { Clock } from '../../src/platform/clock.js'
import { recordingHost } from './recording-host.js'
// The modules the flows load on demand, loaded here first. Jest's ESM loader fails two
// dynamic imports at once that share a module ("request for … is not in cache"); Node does
// not (the bundle suites run the flows as shipped, with their chunks loaded on demand).
import '../../src/import/import-flow.js'
import '../../src/bot-source/unpack.js'
import '../../src/bot-source/zip-reader.js'

export interface InProcessRun {
  /** 0 done, 1 failed: as the action's exit code. */
  code: number
  /** The failure, in the workflow's words; undefined when the run succeeded. */
  error?: string
  outputs: Record<string, string>
  /** Every line the run logged, `level: text` a line. */
  log: string
  summary: string
  workspace: string
}

/** Time moves on by what was asked, at once. */
export function quickClock(): Clock {
  let skipped = 0
  return {
    now: () => Date.now() + skipped,
    sleep: async (ms, signal) => {
      if (signal?.aborted) throw signal.reason
      skipped += ms
    }
  }
}

/** A quickClock that keeps what it was asked to wait, and how much time has passed for the run. */
export function recordingClock(): Clock & { sleeps: number[]; elapsed(): number } {
  const started = Date.now()
  const sleeps: number[] = []
  const clock = quickClock()
  return {
    sleeps,
    now: clock.now,
    sleep: async (ms, signal) => {
      sleeps.push(ms)
      await clock.sleep(ms, signal)
    },
    elapsed: () => clock.now() - started
  }
}

export async function runInProcess(
  inputs: Record<string, string>,
  options: { action?: 'export' | 'import'; workspace?: string } = {}
): Promise<InProcessRun> {
  const action = options.action ?? 'export'
  const workspace = options.workspace ?? fs.mkdtempSync(path.join(os.tmpdir(), 'kore-inproc-'))
  const runnerTemp = fs.mkdtempSync(path.join(os.tmpdir(), 'kore-inproc-temp-'))
  const saved = { GITHUB_WORKSPACE: process.env.GITHUB_WORKSPACE, RUNNER_TEMP: process.env.RUNNER_TEMP }
  process.env.GITHUB_WORKSPACE = workspace
  process.env.RUNNER_TEMP = runnerTemp
  const host = recordingHost()
  try {
    const flow = action === 'export' ? runExport : runImport
    const result = await flow(inputsFrom({ ...actionDefaults(action), ...inputs }, host.mask), host, quickClock())
    return {
      code: result.error ? 1 : 0,
      error: result.error ? host.render(wordsOf(result.error)) : undefined,
      outputs: host.outputs,
      log: host.log(),
      summary: host.summary,
      workspace
    }
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
    fs.rmSync(runnerTemp, { recursive: true, force: true })
  }
}

/**
 * The Actions adapter itself, in this process: INPUT_* variables (every action.yml default,
 * then `inputs`), GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and stdout as the runner reads
 * it. What a bundle run gives, without starting a process: for the suites about what the
 * action does. Signals, crashes and the process's own environment stay with runAction.
 */
export async function runActionInProcess(
  inputs: Record<string, string>,
  options: Pick<RunOptions, 'action' | 'workspace' | 'env'> & { clock?: Clock } = {}
): Promise<ActionRun> {
  const action = options.action ?? 'export'
  const workspace = options.workspace ?? fs.mkdtempSync(path.join(os.tmpdir(), 'kore-action-'))
  const runnerFiles = fs.mkdtempSync(path.join(os.tmpdir(), 'kore-runner-'))
  const files = {
    output: path.join(runnerFiles, 'output'),
    summary: path.join(runnerFiles, 'summary'),
    temp: path.join(runnerFiles, 'temp')
  }
  fs.writeFileSync(files.output, '')
  fs.writeFileSync(files.summary, '')
  fs.mkdirSync(files.temp)
  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: files.temp,
    ...options.env
  }
  for (const [name, value] of Object.entries({ ...actionDefaults(action), ...inputs }))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  const saved = new Map(
    Object.keys(process.env)
      .filter(name => name.startsWith('INPUT_') || name.startsWith('RUNNER_') || name.startsWith('GITHUB_'))
      .map(name => [name, process.env[name]])
  )
  for (const name of saved.keys()) delete process.env[name]
  for (const name of Object.keys(env)) if (!saved.has(name)) saved.set(name, process.env[name])
  Object.assign(process.env, env)

  let stdout = ''
  const write = process.stdout.write
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += String(chunk)
    return true
  }) as typeof process.stdout.write
  const exitCode = process.exitCode
  process.exitCode = undefined
  // Waits go by at once; durationMs is the run's time on that clock (its deadlines' time).
  const clock = options.clock ?? quickClock()
  const started = clock.now()
  try {
    const { run } =
      action === 'export' ? await import('../../src/action/export.js') : await import('../../src/action/import.js')
    await run(clock)
    return {
      code: process.exitCode === 1 ? 1 : 0,
      signal: null,
      stdout,
      stderr: '',
      outputs: parseOutputFile(fs.readFileSync(files.output, 'utf8')),
      summary: fs.readFileSync(files.summary, 'utf8'),
      workspace,
      durationMs: clock.now() - started,
      runnerTempLeft: fs.readdirSync(files.temp)
    }
  } finally {
    process.stdout.write = write
    process.exitCode = exitCode
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
    fs.rmSync(runnerFiles, { recursive: true, force: true })
  }
}
