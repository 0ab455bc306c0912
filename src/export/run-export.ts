// The export flow, step by step: settings → auth → Kore.ai client → export job → download →
// unpack → report. It runs under any host: the Actions adapter and the CLI hand it their
// inputs and a host, and show what it returns.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { runFlow, type FlowResult } from '../core/flow.js'
import type { Host } from '../core/host.js'
import type { Inputs } from '../core/inputs.js'
import { example, say } from '../core/words.js'
import { systemClock, type Clock } from '../platform/clock.js'
import { connect } from '../platform/kore-client.js'
import { plain } from '../shared/untrusted-text.js'
import { settled, temporary, temporaryPathBeside } from '../shared/temporary-files.js'
import { downloadExport, maskSignedLink } from './download.js'
import { ExportFailedError, waitForExport } from './export-job.js'
import { ExportReport, type OutputName } from './report.js'
import { readSettings } from './settings.js'

export type ExportResult = FlowResult<OutputName>

export async function runExport(inputs: Inputs, host: Host, clock: Clock = systemClock): Promise<ExportResult> {
  const report = new ExportReport(host)
  return runFlow(
    {
      host,
      report,
      whenCancelled:
        'Polling stopped and temporary files were removed; path and extract-to are as they were before the step, or complete.',
      onError: error => {
        if (error instanceof ExportFailedError) report.output('status', error.status)
      }
    },
    async signal => {
      const settings = readSettings(inputs)
      report.useSettings(settings)
      // The zip reader (which checks the download), the layouts and the change engine are most
      // of the bundle: loaded only by a run that needs them, and from the start, while the
      // platform is asked and waited for.
      const unpacking = settings.extractTo ? import('../bot-source/unpack.js') : undefined
      const checking = settings.wait && settings.zipPath ? import('../bot-source/zip-reader.js') : undefined
      for (const loading of [unpacking, checking]) loading?.catch(() => {})
      const client = await connect(settings, { host, clock, signal })

      host.info(`Starting a ${settings.exportType} export of bot ${settings.botId} on ${settings.host}`)
      if (host.debugging) host.debug(`Export request body: ${JSON.stringify(settings.exportBody)}`)
      const started = await client.startExport(settings.botId, settings.exportBody)
      report.output('export-id', started.id)
      report.output('status', started.status)
      host.info(`Export ${started.id} started (${started.status})`)
      if (!settings.wait) return

      const ready = await waitForExport(client, settings.botId, started, {
        deadline: client.deadline,
        timeoutMs: settings.timeoutMs,
        pollIntervalMs: settings.pollIntervalMs,
        clock,
        signal,
        log: host,
        onStatus: status => report.output('status', status.status)
      })
      maskSignedLink(ready.downloadUrl, settings.host, host.mask)
      const url = client.resolveUrl(ready.downloadUrl)
      report.output('download-url', url.href)
      host.info(`Export ${ready.id} is ready${ready.fileSize !== undefined ? ` (${ready.fileSize} bytes)` : ''}`)

      if (!settings.zipPath && !settings.extractTo) return
      // Unpacking without a kept zip still needs the zip somewhere for a while.
      const zipPath =
        settings.zipPath ??
        temporary(temporaryPathBeside(path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'kore-bot-export.zip')))
      try {
        const file = await downloadExport(client, url, zipPath, {
          expectedSize: ready.fileSize,
          retries: settings.retries,
          stallMs: settings.requestTimeoutMs,
          clock,
          signal,
          log: host
        })
        if (settings.zipPath) report.output('file', file.file)
        report.output('sha256', file.sha256)
        report.output('size', file.size)
        host.info(`Downloaded ${file.size} bytes${settings.zipPath ? ` to ${file.file}` : ''} (sha256 ${file.sha256})`)

        if (settings.extractTo) {
          const { unpackExport } = await unpacking!
          const target = {
            folder: settings.extractTo,
            roots: settings.roots,
            replaceExisting: settings.replaceExisting,
            options: { variableValues: settings.variableValues, layout: settings.layout }
          }
          const { files, written, omittedVariables, changed, changes } = await unpackExport(file.file, target, signal)
          report.unpacked(files, changed, changes.markdown)
          report.output('changed', String(changed))
          report.output('changes', changes.markdown.trimEnd())
          host.info(
            changed
              ? `Unpacked the export's ${files.length} files into ${settings.extractTo}: ${written} files written`
              : `The bot has not changed since what ${settings.extractTo} holds (the export differs at most in values the platform regenerates on publish): the folder was left as it was.`
          )
          if (omittedVariables.length > 0) {
            // Names only: the values are what must not be shown.
            host.info(
              say`Left out the values of ${omittedVariables.length} bot variables in config.json (${omittedVariables.map(name => plain(name, 100)).join(', ')}); ${settings.zipPath ? 'the zip keeps them' : 'no zip was kept, so they are not on disk'}. ${example('variable-values', 'keep')} writes them.`
            )
          }
        }
      } finally {
        if (!settings.zipPath) {
          await fs.promises.rm(zipPath, { force: true })
          settled(zipPath)
        }
      }
    }
  )
}
