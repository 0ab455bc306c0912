// The action's flow, step by step: inputs → auth → Kore.ai client → export job → download →
// unpack → report. Everything that can go wrong ends in one core.setFailed.
import * as core from '@actions/core'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { downloadExport, maskSignedLink } from './export/download.js'
import { ExportFailedError, waitForExport } from './export/export-job.js'
import { tokenSource } from './platform/auth.js'
import { systemClock, type Clock } from './platform/clock.js'
import { KoreClient } from './platform/kore-client.js'
import { failureMessage, watchCancellation, type ActionResult } from './runner/cancellation.js'
import { readSettings } from './runner/inputs.js'
import { RunReport, type OutputName } from './runner/report.js'
import { sourceStack } from './shared/stack-trace.js'
import { plain } from './shared/untrusted-text.js'
import { example } from './shared/wording.js'
import { settled, temporary, temporaryPathBeside } from './shared/temporary-files.js'

export type RunResult = ActionResult<OutputName>

export async function run(clock: Clock = systemClock): Promise<RunResult> {
  const report = new RunReport()
  const { signal, stop } = watchCancellation('path and extract-to are as they were before the step.')
  try {
    const settings = readSettings()
    report.useSettings(settings)
    // The zip reader (which checks the download), the layouts and the change engine are most
    // of the bundle: loaded only by a run that needs them, and from the start, while the
    // platform is asked and waited for.
    const unpacking = settings.extractTo ? import('./bot-source/unpack.js') : undefined
    const checking = settings.wait && settings.zipPath ? import('./bot-source/zip-reader.js') : undefined
    for (const loading of [unpacking, checking]) loading?.catch(() => {})
    // One deadline for everything that talks to the platform: starting, waiting, retrying.
    const deadline = clock.now() + settings.timeoutMs
    const client = new KoreClient(settings.host, await tokenSource(settings.credentials), {
      retries: settings.retries,
      deadline,
      requestTimeoutMs: settings.requestTimeoutMs,
      clock,
      signal
    })

    core.info(`Starting a ${settings.exportType} export of bot ${settings.botId} on ${settings.host}`)
    core.debug(`Export request body: ${JSON.stringify(settings.exportBody)}`)
    const started = await client.startExport(settings.botId, settings.exportBody)
    report.output('export-id', started.id)
    report.output('status', started.status)
    core.info(`Export ${started.id} started (${started.status})`)
    if (!settings.wait) return { outputs: report.outputs, cancelled: false }

    const ready = await waitForExport(client, settings.botId, started, {
      deadline,
      timeoutMs: settings.timeoutMs,
      pollIntervalMs: settings.pollIntervalMs,
      clock,
      signal,
      onStatus: status => report.output('status', status.status)
    })
    maskSignedLink(ready.downloadUrl, settings.host)
    const url = client.resolveUrl(ready.downloadUrl)
    report.output('download-url', url.href)
    core.info(`Export ${ready.id} is ready${ready.fileSize !== undefined ? ` (${ready.fileSize} bytes)` : ''}`)

    if (!settings.zipPath && !settings.extractTo) return { outputs: report.outputs, cancelled: false }
    // Unpacking without a kept zip still needs the zip somewhere for a while.
    const zipPath =
      settings.zipPath ?? temporary(temporaryPathBeside(path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'kore-bot-export.zip')))
    try {
      const file = await downloadExport(client, url, zipPath, {
        expectedSize: ready.fileSize,
        retries: settings.retries,
        stallMs: settings.requestTimeoutMs,
        clock,
        signal
      })
      if (settings.zipPath) report.output('file', file.file)
      report.output('sha256', file.sha256)
      report.output('size', file.size)
      core.info(`Downloaded ${file.size} bytes${settings.zipPath ? ` to ${file.file}` : ''} (sha256 ${file.sha256})`)

      if (settings.extractTo) {
        const { unpackExport } = await unpacking!
        const target = {
          folder: settings.extractTo,
          roots: settings.roots,
          replaceExisting: settings.replaceExisting,
          options: { variableValues: settings.variableValues, layout: settings.layout }
        }
        const { files, omittedVariables, changed, changes } = await unpackExport(file.file, target, signal)
        report.unpacked(files, changed, changes.markdown)
        report.output('changed', String(changed))
        report.output('changes', changes.markdown.trimEnd())
        core.info(
          changed
            ? `Unpacked ${files.length} files into ${settings.extractTo}`
            : `The bot has not changed since what ${settings.extractTo} holds (the export differs at most in values the platform regenerates on publish): the folder was left as it was.`
        )
        if (omittedVariables.length > 0) {
          // Names only: the values are what must not be shown.
          core.info(`Left out the values of ${omittedVariables.length} bot variables in config.json (${omittedVariables.map(name => plain(name, 100)).join(', ')}); the zip keeps them. ${example('variable-values', 'keep')} writes them.`)
        }
      }
    } finally {
      if (!settings.zipPath) {
        await fs.promises.rm(zipPath, { force: true })
        settled(zipPath)
      }
    }
    return { outputs: report.outputs, cancelled: false }
  } catch (error) {
    const cancelled = signal.aborted
    const message = failureMessage(error, cancelled, 'Polling stopped and temporary files were removed; path and extract-to are as they were before the step, or complete.')
    if (error instanceof ExportFailedError) report.output('status', error.status)
    if (error instanceof Error && error.stack && core.isDebug()) core.debug(sourceStack(error.stack))
    report.failed(message)
    core.setFailed(message)
    return { outputs: report.outputs, error: error instanceof Error ? error : new Error(message), cancelled }
  } finally {
    await report.writeSummary().catch(error => core.warning(`Could not write the job summary: ${(error as Error).message}`))
    stop()
  }
}
