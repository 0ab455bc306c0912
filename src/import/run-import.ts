// The import action's flow: inputs → source read and checked → the target exported (for the
// plan, the changes and the verification) → uploads → import → wait → the target exported
// again and checked → publish. It runs under any host, as the export flow does. The work after
// the inputs is in import-flow.ts, loaded only once they are good.
import { runFlow, type FlowResult } from '../core/flow.js'
import type { Host } from '../core/host.js'
import type { Inputs } from '../core/inputs.js'
import { systemClock, type Clock } from '../platform/clock.js'
import { ImportFailedError } from './import-job.js'
import { PublishFailedError } from './publish.js'
import { ImportReport, type ImportOutputName } from './report.js'
import { readImportSettings } from './settings.js'

/**
 * The report for those who review the change, when pr-comment asks for it: the job summary's
 * Markdown (names escaped, no value of a variable, no credential), for one target bot. The
 * Actions adapter posts it on the pull request; the CLI has no pr-comment.
 */
export interface ImportReview {
  botId: string
  markdown: string
  dryRun: boolean
  /** The token to post it with (masked). */
  token: string
}

export type ImportResult = FlowResult<ImportOutputName> & { review?: ImportReview }

export async function runImport(inputs: Inputs, host: Host, clock: Clock = systemClock): Promise<ImportResult> {
  const report = new ImportReport(host)
  const result = await runFlow(
    {
      host,
      report,
      whenCancelled:
        'Polling stopped; what the platform had already received it may still carry out: check the target bot before running again.',
      onError: error => {
        if (error instanceof ImportFailedError) {
          report.output('status', error.status)
          report.logs(error.statusLogs)
        }
        if (error instanceof PublishFailedError && error.status) report.output('publish-status', error.status)
      }
    },
    async signal => {
      const settings = readImportSettings(inputs)
      report.useSettings(settings)
      // Loaded once the inputs are good: a bad input fails without reading the rest (start-up).
      const { importFlow } = await import('./import-flow.js')
      await importFlow(settings, host, clock, signal, report)
    }
  )
  const settings = report.usedSettings
  // Not after a cancellation: the runner is about to stop the step.
  if (!settings?.prComment || report.markdown === undefined || result.cancelled) return result
  const review = {
    botId: settings.botId,
    markdown: report.markdown,
    dryRun: settings.dryRun,
    token: settings.githubToken
  }
  return { ...result, review }
}
