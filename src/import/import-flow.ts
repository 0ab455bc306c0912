// The import flow's work, loaded once the inputs are read and good (run-import.ts): the
// source read and checked, the plan, the upload and the wait, the verification, the publish.
import { InputError } from '../core/errors.js'
import type { Host, Log } from '../core/host.js'
import { comparableBot } from '../bot-source/across-bots.js'
import { withoutValues, type BotFiles } from '../bot-source/bot-files.js'
import { diffBots } from '../bot-source/diff.js'
import { changesMarkdown, changesText, onlyBeforeItems, verificationMarkdown } from '../bot-source/render.js'
import { verificationFailed, verifyImport } from '../bot-source/verify.js'
import { variablesOf } from '../bot-source/folder-files.js'
import { parseJson, stringOf, type JsonValue } from '../bot-source/json-model.js'
import type { PackedFile } from '../bot-source/pack.js'
import type { Clock } from '../platform/clock.js'
import { connect, type KoreClient } from '../platform/kore-client.js'
import { markdownText, plain } from '../shared/untrusted-text.js'
import { CoreError } from '../core/errors.js'
import { example, say, setting, type Text } from '../core/words.js'
import { waitForImport } from './import-job.js'
import { buildImportBody } from './import-request.js'
import { fillVariables, readImportSource, type ImportSource } from './import-source.js'
import { publishBot } from './publish.js'
import type { ImportReport } from './report.js'
import type { ImportSettings } from './settings.js'
import { exportTarget, type TargetExport, type TargetOptions } from './target-export.js'
import { defaultVersionComment } from './version-comment.js'

/** The import, once its settings are read: the source, the plan, the upload, the wait, the checks. */
export async function importFlow(
  settings: ImportSettings,
  host: Host,
  clock: Clock,
  signal: AbortSignal,
  report: ImportReport
): Promise<void> {
  const source = await readImportSource(settings.from, signal)
  const config = checkVariables(source, settings)
  report.usedSource(source)
  host.info(
    `Read ${source.kind} ${plain(settings.from)}: ${[source.definition, ...source.scripts].map(file => plain(file.name)).join(', ')}, config.json (sha256 ${source.sha256})`
  )

  const client = await connect(settings, { host, clock, signal })
  const timing = {
    deadline: client.deadline,
    timeoutMs: settings.timeoutMs,
    pollIntervalMs: settings.pollIntervalMs,
    retries: settings.retries,
    requestTimeoutMs: settings.requestTimeoutMs,
    clock,
    signal,
    log: host
  }
  // Both sides as the change engine compares bots. Values are compared (by hash, never shown)
  // unless the import keeps the target's values: then what the source holds is not sent.
  // Each side made comparable once: the target after the import is compared with the target
  // before and with what was sent (about 0.7 s each for a 1.8 MB bot).
  const made = new WeakMap<PackedFile[], BotFiles>()
  const comparable = (files: PackedFile[]): BotFiles => {
    if (!made.has(files))
      made.set(files, comparableBot(settings.keepTargetVariables ? withoutValues(files, 'all') : files, signal))
    return made.get(files)!
  }
  const sentFiles = [source.definition, { name: 'config.json', bytes: config }]
  const full = settings.mode === 'full'

  // The target as it stands: for the plan, the check that no value is blanked, and the verification.
  let before: TargetExport | undefined
  const mayBlank = !settings.keepTargetVariables && hasEmptyValue(config)
  if (settings.dryRun || mayBlank || (settings.wait && settings.verify))
    before = await exportTarget(client, settings.botId, 'to compare with what is imported', timing)
  if (before && !settings.keepTargetVariables) refuseBlanking(config, before.files, source, settings)
  if (settings.dryRun && before) {
    const plan = diffBots(comparable(before.files), comparable(sentFiles), { signal, comparable: true })
    const onlyTarget = onlyBeforeItems(plan)
    const planMarkdown = changesMarkdown(plan, { removedApart: true })
    const markdown = planMarkdown + onlyTargetSection(onlyTarget, full)
    const changes = planMarkdown.trim() !== '' || (full && onlyTarget.length > 0)
    report.output('changes', markdown.trim())
    report.changed('What the import would change in the target', markdown)
    // The log in plain text (neither a runner's log nor a terminal renders Markdown).
    const text = changesText(plan, { removedApart: true }) + onlyTargetText(onlyTarget, full)
    host.info(
      changes
        ? `Dry run: the import (mode ${settings.mode}) would change bot ${settings.botId}:\n${text}`
        : `Dry run: the import (mode ${settings.mode}) would change nothing in bot ${settings.botId}.${onlyTarget.length ? `\n${text}` : ''}`
    )
    return
  }

  const uploaded = {
    botDefinition: await upload(client, settings.botId, source.definition, host),
    configInfo: await upload(client, settings.botId, { name: 'config.json', bytes: config }, host),
    botFunctions: [] as string[]
  }
  for (const script of source.scripts) uploaded.botFunctions.push(await upload(client, settings.botId, script, host))
  const body = buildImportBody(uploaded, {
    mode: settings.mode,
    components: settings.components,
    utterances: settings.utterances,
    patterns: settings.patterns,
    keepVariables: settings.keepTargetVariables ? source.variables : [],
    extra: settings.extra
  })
  if (host.debugging) host.debug(`Import request body: ${JSON.stringify(body)}`)
  const started = await client.startImport(settings.botId, body)
  report.output('import-id', started.id)
  report.output('status', started.status)
  host.info(`Import ${started.id} into bot ${settings.botId} started (${started.status}, mode ${settings.mode})`)
  if (!settings.wait) return

  const imported = await waitForImport(client, settings.botId, started, {
    ...timing,
    onStatus: status => {
      report.output('status', status.status)
      report.logs(status.statusLogs)
    }
  })
  host.info(`Import ${imported.id}: ${imported.status}`)

  if (settings.verify && before) {
    const after = await exportTarget(client, settings.botId, 'to verify the import', timing)
    const changes = changesMarkdown(
      diffBots(comparable(before.files), comparable(after.files), { signal, comparable: true })
    )
    report.output('changes', changes.trimEnd())
    report.changed('What the import changed in the target', changes)
    const verification = verifyImport(comparable(sentFiles), comparable(after.files), chosenParts(settings), {
      signal,
      comparable: true
    })
    const passed = !verificationFailed(verification)
    report.output('verified', String(passed))
    report.verified(passed, verificationMarkdown(verification))
    if (!passed) {
      const items = [
        ...verification.missing.map(item => `missing: ${item}`),
        ...verification.different.map(item => `not as sent: ${item}`)
      ]
      throw new CoreError(
        'verification',
        say`The import of ${source.kind} ${plain(settings.from)} into bot ${settings.botId} reported success, but the target does not hold what was sent:\n- ${listed(items)}\nThe bot was not published. Check the components chosen (${setting('tasks')}, ${setting('nlp-data')}, ${setting('settings')}) and the import in the Builder.`
      )
    }
    host.info(
      `Verified: bot ${settings.botId} holds what was sent${verification.targetOnly.length ? ` (and ${verification.targetOnly.length === 1 ? '1 part' : `${verification.targetOnly.length} parts`} only it has${full ? ', to be removed by the publish' : ''})` : ''}.`
    )
  }

  if (settings.publish) {
    const versionComment = settings.versionComment || (await defaultVersionComment())
    const outcome = await publishBot(client, settings.botId, { ...timing, versionComment })
    report.output('publish-status', outcome.status)
    report.published(outcome.resources, outcome.summary)
    host.info(`Publish of bot ${settings.botId}: ${outcome.status}`)
    if (full && settings.verify) await verifyFullImport(client, settings, sentFiles, comparable, timing)
  }
}

async function upload(client: KoreClient, botId: string, file: PackedFile, log: Log): Promise<string> {
  const fileId = await client.uploadFile(botId, file)
  log.info(`Uploaded ${plain(file.name)} (${file.bytes.length} bytes): file id ${fileId}`)
  return fileId
}

/** The variables checked against config.json, and config.json as it will be uploaded. */
function checkVariables(source: ImportSource, settings: ImportSettings): Buffer {
  const problems: Text[] = []
  const known = new Set(source.variables)
  for (const name of settings.variables.keys()) {
    if (!known.has(name)) {
      problems.push(
        say`${setting('variables')}: ${plain(name, 100)} is not a bot variable in ${source.kind === 'folder' ? 'the folder' : 'the zip'}'s config.json (${
          source.variables.length
            ? `it has ${source.variables
                .slice(0, 20)
                .map(variable => plain(variable, 100))
                .join(', ')}`
            : 'it has none: export with the botVariables setting'
        }). Remove it, or add the variable to the bot first.`
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

/** At most 30 items, one a line, each as plain text. */
function listed(items: string[]): string {
  return `${items
    .slice(0, 30)
    .map(item => plain(item, 300))
    .join('\n- ')}${items.length > 30 ? `\n- … and ${items.length - 30} more (see the job summary)` : ''}`
}

/** What only the target has, under a heading that says what the mode does with it. */
function onlyTargetSection(items: string[], full: boolean): string {
  if (items.length === 0) return ''
  const shown = items.slice(0, 60).map(item => `- ${markdownText(item)}`)
  if (items.length > 60) shown.push(`- … and ${items.length - 60} more`)
  return `\n**${onlyTargetHeading(full)}**\n\n${shown.join('\n')}\n`
}

/** The same as plain text, for the log. */
function onlyTargetText(items: string[], full: boolean): string {
  if (items.length === 0) return ''
  const shown = items.slice(0, 60).map(item => `- ${plain(item, 300)}`)
  if (items.length > 60) shown.push(`- … and ${items.length - 60} more`)
  return `${onlyTargetHeading(full)}:\n${shown.join('\n')}\n`
}

function onlyTargetHeading(full: boolean): string {
  return full
    ? 'Removed from the target at its next publish (mode: full)'
    : 'Only in the target: stays (mode: incremental)'
}

const isEmpty = (value: JsonValue | undefined): boolean => value === undefined || value === null || value === ''

/** Whether config.json leaves a variable empty or without a value: only then can the import blank one. */
function hasEmptyValue(config: Buffer): boolean {
  return variablesOf(parseJson(config.toString('utf8'))).some(variable => isEmpty(variable.get('value')))
}

/**
 * A variable the target holds a value for, that the import would set empty (the source leaves
 * it empty or without a value, and \`variables\` does not give it), is refused before any
 * upload. Names only: the values are secrets.
 */
function refuseBlanking(
  sentConfig: Buffer,
  targetFiles: PackedFile[],
  source: ImportSource,
  settings: ImportSettings
): void {
  const valuesOf = (bytes: Buffer | undefined): Map<string, JsonValue | undefined> => {
    try {
      return new Map(
        variablesOf(bytes ? parseJson(bytes.toString('utf8')) : undefined).map(variable => [
          stringOf(variable.get('key')),
          variable.get('value')
        ])
      )
    } catch {
      // An unreadable config.json is reported by the comparison of the files.
      return new Map()
    }
  }
  const target = valuesOf(targetFiles.find(file => file.name === 'config.json')?.bytes)
  const sent = valuesOf(sentConfig)
  const blanked = [...sent]
    .filter(([name, value]) => isEmpty(value) && !isEmpty(target.get(name)))
    .map(([name]) => name)
  if (blanked.length === 0) return
  const names =
    blanked
      .slice(0, 20)
      .map(name => plain(name, 100))
      .join(', ') + (blanked.length > 20 ? ` and ${blanked.length - 20} more` : '')
  throw new InputError([
    say`The import would set ${blanked.length === 1 ? 'a bot variable' : `${blanked.length} bot variables`} empty that bot ${settings.botId} holds a value for: ${names}. The ${source.kind}'s config.json leaves ${blanked.length === 1 ? 'it' : 'them'} empty${source.kind === 'folder' && source.omittedValues.length ? ' (the folder leaves values out)' : ''}, and ${setting('variables')} does not give ${blanked.length === 1 ? 'it' : 'them'}. Nothing was uploaded. Give each as NAME=value in ${setting('variables')} (from secrets)${settings.mode === 'full' ? '' : say`, or set ${example('keep-target-variables', 'true')} to leave the target's values as they are`}.`
  ])
}

/**
 * After a full import's publish, nothing only the target had may be left: the API does not
 * document full imports (see import/README.md, "mode"), so a platform that kept them shows here, at once.
 */
async function verifyFullImport(
  client: KoreClient,
  settings: ImportSettings,
  sentFiles: PackedFile[],
  comparable: (files: PackedFile[]) => BotFiles,
  timing: TargetOptions
): Promise<void> {
  const published = await exportTarget(
    client,
    settings.botId,
    'to check that the full import removed what only the target had',
    timing
  )
  const left = verifyImport(comparable(sentFiles), comparable(published.files), chosenParts(settings), {
    signal: timing.signal,
    comparable: true
  }).targetOnly
  if (left.length === 0)
    return timing.log.info(
      `Verified after the publish: bot ${settings.botId} holds nothing the source does not (mode full).`
    )
  throw new CoreError(
    'verification',
    `The full import into bot ${settings.botId} was published, but the target still holds what the source does not:\n- ${listed(left)}\nThe platform treated the import as incremental (an import body without importOptions is taken for a full import; the API does not document it). Remove these in the Builder, or report it to us with the platform version.`
  )
}
