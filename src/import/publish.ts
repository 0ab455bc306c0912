// Publishes the target after a successful import and waits for the publish to settle. A
// resource may wait for an admin's approval instead of being published: a warning naming it,
// and `publish-status: awaiting-approval`, not a failure. The status API takes no publish id
// and may answer with the previous publish, so the status is read before publishing, and only
// a newer answer counts as this publish.
import { CoreError } from '../core/errors.js'
import type { Text } from '../core/words.js'
import type { Log } from '../core/host.js'
import { formatDuration, type Clock } from '../platform/clock.js'
import type { KoreClient, PublishStatus, PublishedResource } from '../platform/kore-client.js'
import { phaseOf, poll, statusWords } from '../platform/poll.js'
import { again, example, say, setting } from '../core/words.js'

export class PublishFailedError extends CoreError {
  constructor(
    message: Text,
    readonly status: string
  ) {
    super('job', message)
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
  log: Log
}

export async function publishBot(client: KoreClient, botId: string, options: PublishOptions): Promise<PublishOutcome> {
  const publishPhase = statusWords('publish', line => options.log.info(line))
  // Also proves, before anything is published, that the app may read the publish status.
  const before = await client.lastPublishStatus(botId)
  const start = options.clock.now()
  options.log.info(`Publishing bot ${botId}`)
  const resources = await client.publish(botId, { versionComment: options.versionComment, initiateTraining: true })
  const refused = resources.filter(resource => resource.status && phaseOf(resource.status) === 'failure')
  if (refused.length > 0) {
    throw new PublishFailedError(
      say`Kore.ai did not publish ${refused.map(describe).join(', ')} of bot ${botId}. Check them in the Builder, then ${again()}.`,
      refused[0].status
    )
  }
  const awaitingApproval = resources.filter(resource => resource.state.toLowerCase() === 'awaitingapproval')
  let last: PublishStatus | undefined
  let shown = ''
  let staleNamed = false
  const settle = (current: PublishStatus): PublishStatus | undefined => {
    if (!isThisPublish(current, before, start)) {
      if (!staleNamed)
        options.log.info(
          `Publish of bot ${botId}: the status API answers with still the previous publish (${current.id ?? 'no id'}, ${current.status}); waiting for this one.`
        )
      staleNamed = true
      return undefined
    }
    last = current
    const phase = publishPhase(current.status)
    // Logged as it moves: a new status word or a new percentage, not every read.
    const progress = `${current.status}${current.percentComplete !== undefined ? ` (${current.percentComplete}%)` : ''}`
    if (progress !== shown) options.log.info(`Publish of bot ${botId}: ${progress}`)
    shown = progress
    if (phase === 'success') return current
    if (phase === 'failure') {
      const why = current.failed.length > 0 ? current.failed : current.summary
      throw new PublishFailedError(
        say`Kore.ai reports the publish of bot ${botId} as "${current.status}"${why.length ? `:\n- ${why.slice(0, 20).join('\n- ')}` : ''}\nCheck that at least one channel is enabled, and the parts named in the Builder, then ${again()}.`,
        current.status
      )
    }
    return undefined
  }
  const timedOut = (): Error =>
    new PublishFailedError(
      say`The publish of bot ${botId} did not finish within ${setting('timeout')} (${formatDuration(options.timeoutMs)}; last status: ${last ? `"${last.status}"` : staleNamed ? 'none, the status API still answered with the previous publish' : 'none'}). Raise it, e.g. ${example('timeout', '30m')}; the publish may still finish.`,
      last?.status ?? ''
    )
  const final = await poll(() => client.publishStatus(botId), settle, timedOut, options)
  if (final.failed.length > 0)
    options.log.warning(
      `Kore.ai reports the publish of bot ${botId} as "${final.status}", but parts of it as failed:\n- ${final.failed.slice(0, 20).join('\n- ')}`
    )
  if (awaitingApproval.length > 0) {
    options.log.warning(
      `Published bot ${botId}, but ${awaitingApproval.map(describe).join(', ')} wait for an admin's approval (Admin Console > Bot Management > Approvals) before users see them.`
    )
  }
  return {
    status: awaitingApproval.length > 0 ? 'awaiting-approval' : final.status,
    resources,
    awaitingApproval,
    summary: final.summary
  }
}

/**
 * Whether a status answer is about the publish this run made: there was none before, or it has
 * another id than the one read before, or it was requested at or after this publish's start
 * (or later than the one before, whatever the two clocks say).
 */
export function isThisPublish(current: PublishStatus, before: PublishStatus | undefined, start: number): boolean {
  if (!before) return true
  if (current.id && before.id && current.id !== before.id) return true
  if (current.requestedTime !== undefined)
    return (
      current.requestedTime >= start ||
      (before.requestedTime !== undefined && current.requestedTime > before.requestedTime)
    )
  // No time to go by: the same id is the publish before; without ids nothing says it is old.
  return !(current.id && current.id === before.id)
}

function describe(resource: PublishedResource): string {
  return `${resource.type || 'resource'} ${resource.name || resource.id}`.trim()
}
