// Publishes the target after a successful import and waits for the publish to settle. A
// resource may wait for an admin's approval instead of being published: a warning naming it,
// and `publish-status: awaiting-approval`, not a failure.
import * as core from '@actions/core'
import { formatDuration, type Clock } from '../platform/clock.js'
import type { KoreClient, PublishStatus, PublishedResource } from '../platform/kore-client.js'
import { phaseOf, poll } from '../platform/poll.js'
import { again, example, setting } from '../shared/wording.js'

export class PublishFailedError extends Error {
  constructor(
    message: string,
    readonly status: string
  ) {
    super(message)
    this.name = 'PublishFailedError'
  }
}

export interface PublishOutcome {
  /** The platform's final publish status (`successful`), or `awaiting-approval`. */
  status: string
  resources: PublishedResource[]
  awaitingApproval: PublishedResource[]
  summary: string[]
}

export interface PublishOptions {
  versionComment: string
  deadline: number
  timeoutMs: number
  pollIntervalMs: number
  clock: Clock
  signal?: AbortSignal
}

export async function publishBot(client: KoreClient, botId: string, options: PublishOptions): Promise<PublishOutcome> {
  core.info(`Publishing bot ${botId}`)
  const resources = await client.publish(botId, { versionComment: options.versionComment, initiateTraining: true })
  const refused = resources.filter(resource => resource.status && phaseOf(resource.status) === 'failure')
  if (refused.length > 0) {
    throw new PublishFailedError(`Kore.ai did not publish ${refused.map(describe).join(', ')} of bot ${botId}. Check them in the Builder, then ${again()}.`, refused[0].status)
  }
  const awaitingApproval = resources.filter(resource => resource.state.toLowerCase() === 'awaitingapproval')
  let last: PublishStatus | undefined
  const settle = (current: PublishStatus): PublishStatus | undefined => {
    last = current
    const phase = phaseOf(current.status)
    if (phase === 'success') return current
    if (phase === 'failure') {
      throw new PublishFailedError(`Kore.ai reports the publish of bot ${botId} as "${current.status}"${current.summary.length ? `: ${current.summary.slice(0, 10).join('; ')}` : ''}. Check that at least one channel is enabled, then ${again()}.`, current.status)
    }
    core.info(`Publish of bot ${botId}: ${current.status}${current.percentComplete !== undefined ? ` (${current.percentComplete}%)` : ''}`)
    return undefined
  }
  const timedOut = (): Error =>
    new PublishFailedError(`The publish of bot ${botId} did not finish within ${setting('timeout')} (${formatDuration(options.timeoutMs)}; last status: "${last?.status ?? 'none'}"). Raise it, e.g. ${example('timeout', '30m')}; the publish may still finish.`, last?.status ?? '')
  const final = await poll(() => client.publishStatus(botId), settle, timedOut, options)
  if (awaitingApproval.length > 0) {
    core.warning(`Published bot ${botId}, but ${awaitingApproval.map(describe).join(', ')} wait for an admin's approval (Admin Console > Bot Management > Approvals) before users see them.`)
  }
  return { status: awaitingApproval.length > 0 ? 'awaiting-approval' : final.status, resources, awaitingApproval, summary: final.summary }
}

function describe(resource: PublishedResource): string {
  return `${resource.type || 'resource'} ${resource.name || resource.id}`.trim()
}
