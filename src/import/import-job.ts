// Follows one import by its own id until it has settled. Judged by the top-level status only:
// the first statusLogs entry says "success" while the import is still pending.
import { CoreError } from '../core/errors.js'
import type { Text } from '../core/words.js'
import type { Log } from '../core/host.js'
import { formatDuration, type Clock } from '../platform/clock.js'
import type { ImportStatus, KoreClient, StatusLog } from '../platform/kore-client.js'
import { phaseOf, poll, statusWords } from '../platform/poll.js'
import { again, example, say, setting } from '../core/words.js'

export class ImportFailedError extends CoreError {
  constructor(
    message: Text,
    readonly status: string,
    readonly statusLogs: StatusLog[]
  ) {
    super('job', message)
    this.name = 'ImportFailedError'
  }
}

export interface ImportWaitOptions {
  deadline: number
  timeoutMs: number
  pollIntervalMs: number
  clock: Clock
  signal?: AbortSignal
  log: Log
  onStatus?: (status: ImportStatus) => void
}

export async function waitForImport(
  client: KoreClient,
  botId: string,
  started: ImportStatus,
  options: ImportWaitOptions
): Promise<ImportStatus> {
  let last = started
  const importPhase = statusWords('import', line => options.log.info(line))
  const settle = (current: ImportStatus): ImportStatus | undefined => {
    last = current
    options.onStatus?.(current)
    const phase = importPhase(current.status)
    if (phase === 'success') return current
    if (phase === 'failure') throw importFailed(current, botId)
    options.log.info(
      `Import ${current.id}: ${current.status} (${formatDuration(Math.max(0, options.deadline - options.clock.now()))} left)`
    )
    return undefined
  }
  const timedOut = (): Error =>
    new ImportFailedError(
      say`Import ${started.id} did not finish within ${formatDuration(options.timeoutMs)} (last status: "${last.status}"). Raise ${setting('timeout')} (e.g. ${example('timeout', '30m')}); the import may still finish on the platform: check the bot's import history before running again.`,
      last.status,
      last.statusLogs
    )
  return poll(() => client.importStatus(botId, started.id), settle, timedOut, options)
}

/** A failed import, with every statusLogs entry that is not a success. */
export function importFailed(current: ImportStatus, botId: string): ImportFailedError {
  const failing = current.statusLogs.filter(log => phaseOf(log.status) !== 'success')
  const logs = failing
    .slice(0, 20)
    .map(log => `${log.taskType}${log.taskName ? ` "${log.taskName}"` : ''}: ${log.status}`)
  if (failing.length > 20) logs.push(`… and ${failing.length - 20} more (see the job summary)`)
  const why =
    logs.length > 0
      ? `:\n- ${logs.join('\n- ')}`
      : current.reason
        ? `: ${current.reason}`
        : ', and its log names no failing step'
  return new ImportFailedError(
    say`Kore.ai reports import ${current.id} into bot ${botId} as "${current.status}"${why}\nCheck that the export comes from the same or an older platform version, that the target was re-published after any restore, and the components chosen; then ${again()}.`,
    current.status,
    current.statusLogs
  )
}
