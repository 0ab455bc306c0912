// Follows one export from start to a downloadable file: the platform only starts the job,
// and the status API reports the bot's newest export, whoever started it.
import { CoreError } from '../core/errors.js'
import type { Text } from '../core/words.js'
import type { Log } from '../core/host.js'
import type { Clock } from '../platform/clock.js'
import { formatDuration } from '../platform/clock.js'
import type { ExportStatus, KoreClient } from '../platform/kore-client.js'
import { poll, statusWords, type Phase } from '../platform/poll.js'
import { again, example, say, setting } from '../core/words.js'

export class ExportFailedError extends CoreError {
  constructor(
    message: Text,
    readonly status: string
  ) {
    super('job', message)
    this.name = 'ExportFailedError'
  }
}

export interface WaitOptions {
  /** Clock time by which the export must be ready. */
  deadline: number
  /** The timeout input, for messages. */
  timeoutMs: number
  pollIntervalMs: number
  clock: Clock
  signal?: AbortSignal
  log: Log
  /** Called with every status read, so outputs follow the job as it moves. */
  onStatus?: (status: ExportStatus) => void
}

/** Polls until the export `started` is ready to download, fails, or runs out of time. */
export async function waitForExport(
  client: KoreClient,
  botId: string,
  started: ExportStatus,
  { deadline, timeoutMs, pollIntervalMs, clock, signal, log, onStatus }: WaitOptions
): Promise<ExportStatus & { downloadUrl: string }> {
  let last = started
  const exportPhase = statusWords('export', line => log.info(line))
  const check = (current: ExportStatus): (ExportStatus & { downloadUrl: string }) | undefined => {
    if (current.id === started.id) {
      last = current
      onStatus?.(current)
      const ready = settled(current, exportPhase)
      if (!ready)
        log.info(
          `Export ${current.id}: ${current.status} (${formatDuration(Math.max(0, deadline - clock.now()))} left)`
        )
      return ready
    }
    if (isOlder(current, started)) {
      // Right after the start the platform may still report the bot's previous export.
      log.debug(`The status API still reports the earlier export ${current.id}; waiting for ${started.id}.`)
      return undefined
    }
    throw new ExportFailedError(
      say`Another export of bot ${botId} (${current.id}) was started while this one (${started.id}) was running. The platform reports only a bot's newest export, so this run cannot follow its own. Make sure one job at a time exports this bot (e.g. a workflow concurrency group per bot), then ${again()}.`,
      last.status
    )
  }
  const timedOut = (): Error =>
    new ExportFailedError(
      say`Export ${started.id} did not finish within ${formatDuration(timeoutMs)} (last status: "${last.status}"). Large bots take longer to export: raise ${setting('timeout')} (e.g. ${example('timeout', '30m')}). The export may still finish on the platform.`,
      last.status
    )
  return poll(() => client.exportStatus(botId), check, timedOut, { deadline, pollIntervalMs, clock, signal })
}

/** The export ready to download, undefined while it runs; a failure throws. */
function settled(
  current: ExportStatus,
  phaseOfWord: (status: string) => Phase
): (ExportStatus & { downloadUrl: string }) | undefined {
  const phase = phaseOfWord(current.status)
  if (phase === 'running') return undefined
  if (phase === 'failure') {
    throw new ExportFailedError(
      say`Kore.ai reports export ${current.id} as "${current.status}"${current.reason ? `: ${current.reason}` : ' and gives no reason'}. Check the bot in the App Builder (${setting('export-type')} published needs a published version) and the components asked for, then ${again()}.`,
      current.status
    )
  }
  if (!current.downloadUrl) {
    throw new ExportFailedError(
      say`Kore.ai reports export ${current.id} as "${current.status}" but gives no download link (downloadURL). ${again(true)}; if it keeps happening, the platform's export API has changed.`,
      current.status
    )
  }
  return { ...current, downloadUrl: current.downloadUrl }
}

function isOlder(other: ExportStatus, ours: ExportStatus): boolean {
  const theirs = Date.parse(other.createdOn ?? '')
  const mine = Date.parse(ours.createdOn ?? '')
  return Number.isFinite(theirs) && Number.isFinite(mine) && theirs < mine
}
