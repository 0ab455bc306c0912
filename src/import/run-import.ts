// The import action's flow: inputs → source read and checked → the target exported (for the
// plan, the changes and the verification) → uploads → import → wait → the target exported
// again and checked → publish. Everything that can go wrong ends in one core.setFailed.
import * as core from '@actions/core'
import { comparableBot } from '../bot-source/across-bots.js'
import { describeChanges, verificationFailed, verificationMarkdown, verifyImport } from '../bot-source/changes.js'
import { variablesOf } from '../bot-source/folder-files.js'
import { parseJson, stringOf } from '../bot-source/json-model.js'
import type { PackedFile } from '../bot-source/pack.js'
import { tokenSource } from '../platform/auth.js'
import { systemClock, type Clock } from '../platform/clock.js'
import { KoreClient } from '../platform/kore-client.js'
import { failureMessage, watchCancellation, type ActionResult } from '../runner/cancellation.js'
import { readImportSettings, type ImportSettings } from '../runner/import-inputs.js'
import { ImportReport, type ImportOutputName } from '../runner/import-report.js'
import { InputError } from '../runner/inputs.js'
import { sourceStack } from '../shared/stack-trace.js'
import { plain } from '../shared/untrusted-text.js'
import { example, setting } from '../shared/wording.js'
import { ImportFailedError, waitForImport } from './import-job.js'
import { buildImportBody } from './import-request.js'
import { fillVariables, readImportSource, type ImportSource } from './import-source.js'
import { PublishFailedError, publishBot } from './publish.js'
import { exportTarget, type TargetExport } from './target-export.js'
import { defaultVersionComment } from './version-comment.js'

export type ImportRunResult = ActionResult<ImportOutputName>

export async function runImport(clock: Clock = systemClock): Promise<ImportRunResult> {
  const report = new ImportReport()
  const { signal, stop } = watchCancellation('the target bot is as the platform left it.')
  const done = (): ImportRunResult => ({ outputs: report.outputs, cancelled: false })
  try {
    const settings = readImportSettings()
    report.useSettings(settings)
    const source = await readImportSource(settings.from)
    const config = checkVariables(source, settings)
    report.usedSource(source)
    core.info(`Read ${source.kind} ${settings.from}: ${source.definition.name}, config.json${source.scripts.map(script => `, ${script.name}`).join('')} (sha256 ${source.sha256})`)

    const deadline = clock.now() + settings.timeoutMs
    const client = new KoreClient(settings.host, await tokenSource(settings.credentials), {
      retries: settings.retries,
      deadline,
      requestTimeoutMs: settings.requestTimeoutMs,
      clock,
      signal
    })
    const timing = { deadline, timeoutMs: settings.timeoutMs, pollIntervalMs: settings.pollIntervalMs, retries: settings.retries, requestTimeoutMs: settings.requestTimeoutMs, clock, signal }
    // What was sent, as the comparison reads it: made only for a plan or a verification (for a big bot it is most of a second).
    const sentBot = () => comparableBot([source.definition, { name: 'config.json', bytes: config }])

    let before: TargetExport | undefined
    if (settings.dryRun || (settings.wait && settings.verify)) before = await exportTarget(client, settings.botId, 'to compare with what is imported', timing)
    if (settings.dryRun && before) {
      const plan = describeChanges(before.bot, sentBot())
      report.output('changes', plan.markdown.trimEnd())
      // What only the target has shows as removed: whether an import deletes it is not documented.
      const { removed } = plan.details.dialogs
      const note = removed.length > 0 || plan.details.variables.removed.length > 0 ? '\n> [!NOTE]\n> What is listed as removed is only in the target. The API does not document whether an import deletes it (the UI\'s full import) or keeps it (incremental); export the target after the import to see.\n' : ''
      report.changed('What the import would change in the target', plan.markdown + note)
      core.info(plan.changed ? `Dry run: the import would change bot ${settings.botId}:\n${plan.markdown}` : `Dry run: the import would change nothing in bot ${settings.botId}.`)
      return done()
    }

    const uploaded = {
      botDefinition: await upload(client, settings.botId, source.definition),
      configInfo: await upload(client, settings.botId, { name: 'config.json', bytes: config }),
      botFunctions: [] as string[]
    }
    for (const script of source.scripts) uploaded.botFunctions.push(await upload(client, settings.botId, script))
    const body = buildImportBody(uploaded, {
      components: settings.components,
      utterances: settings.utterances,
      keepVariables: settings.keepTargetVariables ? source.variables : [],
      extra: settings.extra
    })
    core.debug(`Import request body: ${JSON.stringify(body)}`)
    const started = await client.startImport(settings.botId, body)
    report.output('import-id', started.id)
    report.output('status', started.status)
    core.info(`Import ${started.id} into bot ${settings.botId} started (${started.status})`)
    if (!settings.wait) return done()

    const imported = await waitForImport(client, settings.botId, started, {
      ...timing,
      onStatus: status => {
        report.output('status', status.status)
        report.logs(status.statusLogs)
      }
    })
    core.info(`Import ${imported.id}: ${imported.status}`)

    if (settings.verify && before) {
      const after = await exportTarget(client, settings.botId, 'to verify the import', timing)
      const changes = describeChanges(before.bot, after.bot)
      report.output('changes', changes.markdown.trimEnd())
      report.changed('What the import changed in the target', changes.markdown)
      const verification = verifyImport(sentBot(), after.bot, chosenParts(settings))
      verification.different.push(...variableValuesDiffering(config, after.files, settings).map(name => `bot variable ${name} (its value)`))
      const passed = !verificationFailed(verification)
      report.output('verified', String(passed))
      report.verified(passed, verificationMarkdown(verification))
      if (!passed) {
        const items = [...verification.missing.map(item => `missing: ${item}`), ...verification.different.map(item => `not as sent: ${item}`)]
        throw new Error(
          `The import of ${source.kind} ${settings.from} into bot ${settings.botId} reported success, but the target does not hold what was sent:\n- ${items.slice(0, 30).map(item => plain(item, 300)).join('\n- ')}${items.length > 30 ? `\n- … and ${items.length - 30} more (see the job summary)` : ''}\nThe bot was not published. Check the components chosen (${setting('tasks')}, ${setting('nlp-data')}, ${setting('settings')}) and the import in the Builder.`
        )
      }
      core.info(`Verified: bot ${settings.botId} holds what was sent${verification.targetOnly.length ? ` (and ${verification.targetOnly.length} parts only it has)` : ''}.`)
    }

    if (settings.publish) {
      const versionComment = settings.versionComment || (await defaultVersionComment())
      const outcome = await publishBot(client, settings.botId, { ...timing, versionComment })
      report.output('publish-status', outcome.status)
      report.published(outcome.resources, outcome.summary)
      core.info(`Publish of bot ${settings.botId}: ${outcome.status}`)
    }
    return done()
  } catch (error) {
    const cancelled = signal.aborted
    const message = failureMessage(error, cancelled, 'Polling stopped; what the platform had already received it may still carry out: check the target bot before running again.')
    if (error instanceof ImportFailedError) {
      report.output('status', error.status)
      report.logs(error.statusLogs)
    }
    if (error instanceof PublishFailedError && error.status) report.output('publish-status', error.status)
    if (error instanceof Error && error.stack && core.isDebug()) core.debug(sourceStack(error.stack))
    report.failed(message)
    core.setFailed(message)
    return { outputs: report.outputs, error: error instanceof Error ? error : new Error(message), cancelled }
  } finally {
    await report.writeSummary().catch(error => core.warning(`Could not write the job summary: ${(error as Error).message}`))
    stop()
  }
}

async function upload(client: KoreClient, botId: string, file: PackedFile): Promise<string> {
  const fileId = await client.uploadFile(botId, file)
  core.info(`Uploaded ${file.name} (${file.bytes.length} bytes): file id ${fileId}`)
  return fileId
}

/** The variables checked against config.json, and config.json as it will be uploaded. */
function checkVariables(source: ImportSource, settings: ImportSettings): Buffer {
  const problems: string[] = []
  const known = new Set(source.variables)
  for (const name of settings.variables.keys()) {
    if (!known.has(name)) {
      problems.push(`${setting('variables')}: ${plain(name, 100)} is not a bot variable in ${source.kind === 'folder' ? 'the folder' : 'the zip'}'s config.json (${source.variables.length ? `it has ${source.variables.slice(0, 20).map(variable => plain(variable, 100)).join(', ')}` : 'it has none: export with the botVariables setting'}). Remove it, or add the variable to the bot first.`)
    }
  }
  if (!settings.keepTargetVariables) {
    const missing = source.omittedValues.filter(name => !settings.variables.has(name))
    if (missing.length > 0) {
      problems.push(
        `The folder left out the values of ${missing.length} bot variables (${missing.slice(0, 20).map(name => plain(name, 100)).join(', ')}), and ${setting('variables')} does not give them: the import would set them empty. Give each as NAME=value in ${setting('variables')} (from secrets), or set ${example('keep-target-variables', 'true')} to leave the target's values as they are.`
      )
    }
  }
  if (problems.length > 0) throw new InputError(problems)
  return fillVariables(source.config.bytes, settings.variables)
}

/** Which parts of the bot the import was asked to carry: differences elsewhere are noted, not failed. */
function chosenParts(settings: ImportSettings) {
  const has = (list: string[] | undefined, value: string): boolean => !list?.length || list.includes(value)
  const { components } = settings
  return {
    dialogs: has(components.tasks, 'botTask'),
    faqs: has(components.tasks, 'knowledgeGraph'),
    variables: has(components.settings, 'botVariables') && !settings.keepTargetVariables,
    settings: has(components.settings, 'botSettings'),
    everything: Object.values(components).every(list => !list?.length)
  }
}

/** Names of variables given in `variables` whose value in the target is not the one sent. Values are never shown. */
function variableValuesDiffering(sentConfig: Buffer, targetFiles: PackedFile[], settings: ImportSettings): string[] {
  if (settings.keepTargetVariables || settings.variables.size === 0) return []
  const values = (bytes: Buffer | undefined): Map<string, string> => {
    try {
      return new Map(variablesOf(bytes ? parseJson(bytes.toString('utf8')) : undefined).map(variable => [stringOf(variable.get('key')), stringOf(variable.get('value'))]))
    } catch {
      // An unreadable config.json is reported by the comparison of the files.
      return new Map()
    }
  }
  const sent = values(sentConfig)
  const target = values(targetFiles.find(file => file.name === 'config.json')?.bytes)
  return [...settings.variables.keys()].filter(name => target.has(name) && target.get(name) !== sent.get(name))
}
