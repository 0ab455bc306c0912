// The flows run in this process, as the Actions adapter runs them (every action.yml default as
// an input, the workflow's inputs over them), under a recording host and a clock that does not
// really sleep: the core's behaviour at the speed of a function call. The boundaries (the
// runner's INPUT_* variables, GITHUB_OUTPUT, exit codes, signals) keep their suites through dist/.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { actionDefaults } from '../../script/run-action.js'
import { wordsOf } from '../../src/core/errors.js'
import { inputsFrom } from '../../src/core/inputs.js'
import { runExport } from '../../src/export/run-export.js'
import { runImport } from '../../src/import/run-import.js'
import type { Clock } from '../../src/platform/clock.js'
import { recordingHost } from './recording-host.js'

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

export async function runInProcess(inputs: Record<string, string>, options: { action?: 'export' | 'import'; workspace?: string } = {}): Promise<InProcessRun> {
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
