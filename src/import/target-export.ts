// The target bot as it stands, through the same export path as the export action: start an
// export of its in-development version, wait, download to a temporary file, read it as hostile.
// A dry run compares it with what would be sent; after an import it shows what changed and
// whether the target holds what was sent.
import type { Log } from '../core/host.js'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { DEFINITIONS, MAX_JSON_BYTES } from '../bot-source/folder-files.js'
import type { PackedFile } from '../bot-source/pack.js'
import { readZipFiles } from '../bot-source/zip-reader.js'
import { downloadExport, maskSignedLink } from '../export/download.js'
import { buildExportBody } from '../export/export-request.js'
import { waitForExport } from '../export/export-job.js'
import type { Clock } from '../platform/clock.js'
import type { KoreClient } from '../platform/kore-client.js'
import { settled, temporary, temporaryPathBeside } from '../shared/temporary-files.js'

export interface TargetOptions {
  deadline: number
  timeoutMs: number
  pollIntervalMs: number
  retries: number
  requestTimeoutMs: number
  clock: Clock
  signal?: AbortSignal
  log: Log
}

/** The target's export: its definition and config.json (with the variables' values: never shown). */
export interface TargetExport {
  files: PackedFile[]
}

export async function exportTarget(
  client: KoreClient,
  botId: string,
  why: string,
  options: TargetOptions
): Promise<TargetExport> {
  const body = buildExportBody({
    exportType: 'latest',
    components: {},
    subTasks: {},
    allTasks: true,
    customDashboards: true,
    includeDependentTasks: true,
    extra: {}
  })
  options.log.info(`Exporting bot ${botId} (latest) ${why}`)
  const started = await client.startExport(botId, body)
  const ready = await waitForExport(client, botId, started, options)
  // The link is signed: a credential, masked (whole and by its parameters) before anything could print it.
  maskSignedLink(ready.downloadUrl, client.host, options.log.mask)
  const url = client.resolveUrl(ready.downloadUrl)
  const file = temporary(temporaryPathBeside(path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'kore-bot-target.zip')))
  try {
    await downloadExport(client, url, file, {
      expectedSize: ready.fileSize,
      retries: options.retries,
      stallMs: options.requestTimeoutMs,
      clock: options.clock,
      signal: options.signal,
      log: options.log
    })
    // Only what is compared (the definition, config.json): the rest of a target's zip is not held.
    const files = await readZipFiles(
      file,
      entry => (DEFINITIONS.has(entry.name) || entry.name === 'config.json') && entry.size <= MAX_JSON_BYTES
    )
    return { files }
  } finally {
    await fs.promises.rm(file, { force: true })
    settled(file)
  }
}
