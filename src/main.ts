// The action's flow, step by step: inputs → auth → Kore.ai client → export job → download →
// unpack → report. Everything that can go wrong ends in one core.setFailed.
import * as core from '@actions/core'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { tokenSource } from './platform/auth.js'
import { CancelledError, systemClock, type Clock } from './platform/clock.js'
import { downloadExport, temporaryPathBeside } from './export/download.js'
import { ExportFailedError, waitForExport } from './export/export-job.js'
import { readSettings } from './runner/inputs.js'
import { KoreClient } from './platform/kore-client.js'
import { RunReport, type OutputName } from './runner/report.js'
import { unpackExport } from './bot-source/unpack.js'

export interface RunResult {
  outputs: Partial<Record<OutputName, string>>
  /** What the run failed with (already reported through core.setFailed). */
  error?: Error
}

export async function run(clock: Clock = systemClock): Promise<RunResult> {
  const report = new RunReport()
  // A runner cancels a job with SIGINT, then SIGTERM: stop waiting, clean up, and leave.
  const cancellation = new AbortController()
  const cancel = (): void => cancellation.abort()
  process.once('SIGINT', cancel)
  process.once('SIGTERM', cancel)
  const { signal } = cancellation
  try {
    const settings = readSettings()
    report.useSettings(settings)
    // One deadline for everything that talks to the platform: starting, waiting, retrying.
    const deadline = clock.now() + settings.timeoutMs
    const client = new KoreClient(settings.host, tokenSource(settings.credentials), {
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
    if (!settings.wait) return { outputs: report.outputs }

    const ready = await waitForExport(client, settings.botId, started, {
      deadline,
      timeoutMs: settings.timeoutMs,
      pollIntervalMs: settings.pollIntervalMs,
      clock,
      signal,
      onStatus: status => report.output('status', status.status)
    })
    const url = client.resolveUrl(ready.downloadUrl)
    // A signed link is a credential: masked whole and by its query, before it can be printed.
    core.setSecret(url.href)
    if (url.search.length > 1) core.setSecret(url.search.slice(1))
    report.output('download-url', url.href)
    core.info(`Export ${ready.id} is ready${ready.fileSize !== undefined ? ` (${ready.fileSize} bytes)` : ''}`)

    if (!settings.zipPath && !settings.extractTo) return { outputs: report.outputs }
    // Unpacking without a kept zip still needs the zip somewhere for a while.
    const zipPath =
      settings.zipPath ?? temporaryPathBeside(path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'kore-bot-export.zip'))
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
        const files = await unpackExport(file.file, settings.extractTo, signal)
        report.unpacked(files)
        core.info(`Unpacked ${files.length} files into ${settings.extractTo}`)
      }
    } finally {
      if (!settings.zipPath) await fs.promises.rm(zipPath, { force: true })
    }
    return { outputs: report.outputs }
  } catch (error) {
    const message =
      error instanceof CancelledError
        ? 'The run was cancelled. Polling stopped and temporary files were removed; path and extract-to are as they were before the step, or complete.'
        : error instanceof Error
          ? error.message
          : String(error)
    if (error instanceof ExportFailedError) report.output('status', error.status)
    if (error instanceof Error && error.stack) core.debug(error.stack)
    report.failed(message)
    core.setFailed(message)
    return { outputs: report.outputs, error: error instanceof Error ? error : new Error(message) }
  } finally {
    await report.writeSummary().catch(error => core.warning(`Could not write the job summary: ${(error as Error).message}`))
    process.off('SIGINT', cancel)
    process.off('SIGTERM', cancel)
    // Requests cut off by the cancellation may still hold sockets open: do not wait for them.
    if (signal.aborted) process.exit(1)
  }
}
