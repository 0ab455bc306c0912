// Runs a flow as a step: inputs exactly as the runner passes them (every action.yml default
// filled in), the host above, and a failure as one error annotation prefixed with the
// action's name (as google-github-actions/auth does), so a log with many steps says whose it is.
import * as core from '@actions/core'
import { wordsOf } from '../core/errors.js'
import type { FlowResult } from '../core/flow.js'
import type { Host } from '../core/host.js'
import type { Inputs } from '../core/inputs.js'
import { actionsHost } from './host.js'

export type Flow = (inputs: Inputs, host: Host) => Promise<FlowResult<string>>

export async function runAction(name: string, flow: Flow): Promise<void> {
  const host = actionsHost()
  const inputs: Inputs = { get: input => core.getInput(input), mask: host.mask }
  const { error, cancelled } = await flow(inputs, host)
  if (error) core.setFailed(`${name}: ${host.render(wordsOf(error))}`)
  // Requests cut off by a cancellation may still hold sockets open: do not wait for them.
  if (cancelled) process.exit(1)
}
