// Reads every input once, checks it, and hands the rest of the action one typed Settings
// object, so that a bad input fails the step before any request is made.
import ms from 'ms'
import path from 'node:path'
import {
  COMPONENTS,
  EXPORT_TYPES,
  SUBTASK_KINDS,
  buildExportBody,
  type ComponentGroup,
  type ExportType,
  type SubTaskKind
} from './export-request.js'
import { isJsonObject, type JsonObject } from '../platform/kore-client.js'
import type { Layout, VariableValues } from '../bot-source/folder-files.js'
import type { Credentials } from '../platform/auth.js'
import { isLoopback } from '../platform/http.js'
import { MIN_POLL_INTERVAL_MS } from '../platform/poll.js'
import { checkExtractTo, checkZipPath, isInside, writeRoots, type WriteRoots } from '../shared/output-paths.js'
import { plain } from '../shared/untrusted-text.js'
import { EXPORT_ACTION_DEFAULTS } from '../core/action-defaults.js'
import { CoreError, InputError, wordsOf } from '../core/errors.js'
import type { Inputs } from '../core/inputs.js'
import { example, say, secretExample, setting, type Text, type Words } from '../core/words.js'

export interface Settings {
  /** Origin plus any path prefix of an on-premises install, without a trailing slash. */
  host: string
  botId: string
  credentials: Credentials
  exportType: ExportType
  exportBody: JsonObject
  wait: boolean
  timeoutMs: number
  pollIntervalMs: number
  /** Retries of each request after its first try. */
  retries: number
  /** The longest a request waits for an answer, or a download for more bytes. */
  requestTimeoutMs: number
  /** Absolute path of the zip to keep; undefined: keep none. */
  zipPath?: string
  /** Real path of the folder to unpack into; undefined: do not unpack. */
  extractTo?: string
  /** Let extract-to replace a non-empty folder without the action's marker file. */
  replaceExisting: boolean
  /** Whether extract-to's config.json keeps the bot variables' values. */
  variableValues: VariableValues
  /** How extract-to lays out the bot definition. */
  layout: Layout
  workspace: string
  /** Where the action may write: the workspace and the runner's temporary folder. */
  roots: WriteRoots
}

/** The longest a request waits, unless `timeout` is shorter. */
export const REQUEST_TIMEOUT_DEFAULT = '30s'

/**
 * What an empty input means: action.yml's defaults (src/core/action-defaults.ts is made from
 * it), for a run that leaves unset inputs empty (the CLI, tests). `path` is left out on
 * purpose: empty means "no zip". `request-timeout` is not in action.yml, because its default
 * depends on `timeout` (see readTiming): a runner passes every default as if the user set it.
 */
const { path: _zipPath, ...EXPORT_DEFAULTS } = EXPORT_ACTION_DEFAULTS
export const DEFAULTS = { ...EXPORT_DEFAULTS, 'request-timeout': REQUEST_TIMEOUT_DEFAULT } as const

/** Longer durations are refused: Node's timers hold at most 24.8 days, and no export takes a day. */
const MAX_DURATION_MS = 24 * 60 * 60 * 1000

const COMPONENT_INPUTS: Record<ComponentGroup, string> = {
  settings: 'settings',
  tasks: 'tasks',
  nlpData: 'nlp-data',
  AgentAI: 'agent-ai'
}

const SUBTASK_INPUTS: Record<SubTaskKind, string> = {
  dialogs: 'dialogs',
  alerts: 'alerts',
  actions: 'actions',
  experienceFlows: 'experience-flows'
}

export function readSettings(inputs: Inputs): Settings {
  const problems: Text[] = []
  const check = checker(problems)
  const input = (name: string): string => inputs.get(name) || (DEFAULTS as Record<string, string>)[name] || ''

  const credentials = check(
    () => readCredentials(inputs, 'a Kore.ai app that has the Bot Export API scope (App Settings > Dev Tools)'),
    { kind: 'token', jwt: '' } as Credentials
  )
  const host = check(() => parseHost(input('host')), '')
  const botId = check(() => parseBotId(input('bot-id')), '')
  const exportType = check(() => parseExportType(input('export-type')), 'published')

  const components: Partial<Record<ComponentGroup, string[]>> = {}
  for (const group of Object.keys(COMPONENTS) as ComponentGroup[]) {
    const name = COMPONENT_INPUTS[group]
    components[group] = check(() => parseComponents(name, group, input(name)), [])
  }
  const subTasks: Partial<Record<SubTaskKind, string[]>> = {}
  for (const kind of SUBTASK_KINDS) subTasks[kind] = parseList(input(SUBTASK_INPUTS[kind]))

  const allTasks = check(() => parseBoolean('all-tasks', input('all-tasks')), true)
  const customDashboards = check(() => parseBoolean('custom-dashboards', input('custom-dashboards')), true)
  const includeDependentTasks = check(
    () => parseBoolean('include-dependent-tasks', input('include-dependent-tasks')),
    true
  )
  const extra = check(
    () =>
      parseJsonObject('export-options', input('export-options'), '{"exportOptions": {"nlpData": ["training_data"]}}'),
    {}
  )

  const { wait, timeoutMs, pollIntervalMs, retries, requestTimeoutMs } = readTiming(check, inputs, input, problems)
  const replaceExisting = check(() => parseBoolean('replace-existing', input('replace-existing')), false)
  const variableValues = check(() => parseVariableValues(input('variable-values')), 'omit' as VariableValues)
  const layout = check(() => parseLayout(input('layout')), 'split' as Layout)

  const workspace = path.resolve(process.env.GITHUB_WORKSPACE || process.cwd())
  const roots = writeRoots(workspace)
  const inWorkspace = (name: string): string | undefined => {
    const value = input(name).trim()
    return value ? path.resolve(workspace, value) : undefined
  }
  const paths = checkPaths(inWorkspace('path'), inWorkspace('extract-to'), { wait, roots, replaceExisting })
  problems.push(...paths.problems)
  const { zipPath, extractTo } = paths

  if (problems.length > 0) throw new InputError(problems)

  const exportBody = buildExportBody({
    exportType,
    components,
    subTasks,
    allTasks,
    customDashboards,
    includeDependentTasks,
    extra
  })
  return {
    host,
    botId,
    credentials,
    exportType,
    exportBody,
    wait,
    timeoutMs,
    pollIntervalMs,
    retries,
    requestTimeoutMs,
    zipPath,
    extractTo,
    replaceExisting,
    variableValues,
    layout,
    workspace,
    roots
  }
}

export type Check = <T>(read: () => T, fallback: T) => T

/** wait, timeout, poll-interval, retries and request-timeout: the same for every action. */
export function readTiming(check: Check, inputs: Inputs, input: (name: string) => string, problems: Text[]) {
  const wait = check(() => parseBoolean('wait', input('wait')), true)
  const timeoutMs = check(() => parseDuration('timeout', input('timeout')), 0)
  const pollIntervalMs = check(
    () =>
      parseDuration(
        'poll-interval',
        input('poll-interval'),
        MIN_POLL_INTERVAL_MS,
        'Kore.ai allows 60 status calls a minute and 1,800 an hour'
      ),
    0
  )
  const retries = check(() => parseRetries(input('retries')), 0)
  const requestTimeoutGiven = check(() => parseDuration('request-timeout', input('request-timeout'), 1000), 0)
  // The default gives way to a shorter timeout; a request-timeout set by hand must fit in it.
  const requestTimeoutMs = inputs.get('request-timeout').trim()
    ? requestTimeoutGiven
    : Math.min(requestTimeoutGiven, timeoutMs || Infinity)
  if (timeoutMs && requestTimeoutMs > timeoutMs) {
    problems.push(
      say`${setting('request-timeout')} (${input('request-timeout').trim()}) is longer than ${setting('timeout')} (${input('timeout').trim()}), which bounds every request. Lower ${setting('request-timeout')} or raise ${setting('timeout')}.`
    )
  }
  return { wait, timeoutMs, pollIntervalMs, retries, requestTimeoutMs }
}

/** Each reader reports into `problems` and returns a usable placeholder, so one run names every bad input at once. */
export function checker(problems: Text[]): Check {
  return <T>(read: () => T, fallback: T): T => {
    try {
      return read()
    } catch (error) {
      problems.push(wordsOf(error))
      return fallback
    }
  }
}

export function parseLayout(raw: string): Layout {
  const value = raw.trim().toLowerCase()
  if (value === 'split' || value === 'plain') return value
  throw new CoreError(
    'input',
    say`${setting('layout')}: "${plain(raw.trim(), 80)}" is not split or plain. Use split (the default: the bot definition as a tree of files, a folder per dialog) or plain (the zip's files as they are).`
  )
}

export function parseVariableValues(raw: string): VariableValues {
  const value = raw.trim().toLowerCase()
  if (value === 'omit' || value === 'keep') return value
  throw new CoreError(
    'input',
    say`${setting('variable-values')}: "${plain(raw.trim(), 80)}" is not omit or keep. Use omit (the default: config.json in extract-to without the bot variables' values) or keep.`
  )
}

export function readCredentials(inputs: Inputs, app: string): Credentials {
  const clientId = inputs.get('client-id').trim()
  const clientSecret = inputs.get('client-secret').trim()
  const jwt = inputs.get('jwt').trim()
  // Masked before anything else can fail and print.
  if (clientSecret) inputs.mask(clientSecret)
  if (jwt) inputs.mask(jwt)

  if (jwt && (clientId || clientSecret)) {
    throw new CoreError(
      'input',
      say`${setting('jwt')} and ${setting('client-id')}/${setting('client-secret')} are both set. Give one way to sign in: either ${setting('client-id')} and ${setting('client-secret')} (recommended: a fresh token is signed per request), or a ready-made ${setting('jwt')}.`
    )
  }
  if (jwt) return { kind: 'token', jwt }
  if (clientId && clientSecret) return { kind: 'app', clientId, clientSecret }
  if (clientId) {
    throw new CoreError(
      'input',
      say`${setting('client-secret')} is empty but ${setting('client-id')} is set. Set ${setting('client-secret')} to the Client Secret of the same Kore.ai app, e.g. ${secretExample('client-secret')}.`
    )
  }
  if (clientSecret) {
    throw new CoreError(
      'input',
      say`${setting('client-id')} is empty but ${setting('client-secret')} is set. Set ${setting('client-id')} to the Client ID of the same Kore.ai app (it starts with "cs-"), e.g. ${secretExample('client-id')}.`
    )
  }
  throw new CoreError(
    'input',
    say`No credentials: set ${setting('client-id')} and ${setting('client-secret')} to the Client ID and Client Secret of ${app}, or set ${setting('jwt')} to a ready-made token.`
  )
}

export function parseHost(raw: string): string {
  const text = raw.trim()
  // A bare host name is the common slip; https is the only sensible reading of it.
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`
  let url: URL
  try {
    url = new URL(withScheme)
  } catch {
    // Not echoed: a mangled value may still hold a password or a token.
    throw new CoreError(
      'input',
      say`${setting('host')} is not a URL. Use the platform's address, e.g. ${example('host', 'https://platform.kore.ai')} or https://eu-bots.kore.ai.`
    )
  }
  // Shown without user name, password, query and fragment: they may hold credentials.
  const shown = plain(`${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`, 200)
  if (url.username || url.password || url.search || url.hash) {
    throw new CoreError(
      'input',
      say`${setting('host')}: ${shown} carries a user name, password, query or fragment, which the action will not send anywhere. Give only the address, e.g. ${example('host', 'https://platform.kore.ai')}, and the credentials in ${setting('client-id')} and ${setting('client-secret')}.`
    )
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new CoreError(
      'input',
      say`${setting('host')}: ${shown} uses ${url.protocol} Use an https:// address, e.g. ${example('host', 'https://platform.kore.ai')}.`
    )
  }
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
    throw new CoreError(
      'input',
      say`${setting('host')}: ${shown} uses plain http://, which would send your credentials unencrypted. Use https://${url.host}${url.pathname.replace(/\/+$/, '')} instead (http:// is allowed only for 127.0.0.1, localhost and ::1).`
    )
  }
  return url.origin + url.pathname.replace(/\/+$/, '')
}

export function parseBotId(raw: string): string {
  const botId = raw.trim()
  if (!botId) {
    throw new CoreError(
      'input',
      say`${setting('bot-id')} is required. Set it to the Bot ID shown under App Builder > General Settings (it starts with "st-").`
    )
  }
  if (!/^[A-Za-z0-9._-]{1,200}$/.test(botId)) {
    throw new CoreError(
      'input',
      say`${setting('bot-id')}: "${plain(botId, 80)}" is not a Bot ID. A Bot ID looks like st-6fa10d24-1234-5678-b457-1e33a82b115e (App Builder > General Settings).`
    )
  }
  return botId
}

function parseExportType(raw: string): ExportType {
  const value = raw.trim()
  const match = EXPORT_TYPES.find(type => type === value.toLowerCase())
  if (!match) {
    throw new CoreError(
      'input',
      say`${setting('export-type')}: "${plain(value, 80)}" is not one of ${EXPORT_TYPES.join(', ')}. Use published for the bot users talk to, latest for the in-development version.`
    )
  }
  return match
}

/** Splits on commas and new lines; drops blanks and repeats. */
export function parseList(raw: string): string[] {
  return [
    ...new Set(
      raw
        .split(/[,\n]/)
        .map(item => item.trim())
        .filter(Boolean)
    )
  ]
}

function parseComponents(inputName: string, group: ComponentGroup, raw: string): string[] {
  return parseChoices(
    raw,
    COMPONENTS[group],
    (value, sameButCase) =>
      say`${setting(inputName)}: "${value}" is not a documented ${group} component${sameButCase}. Allowed: ${COMPONENTS[group].join(', ')}. To send a value the action does not know, use ${setting('export-options')}, e.g. {"exportOptions": {"${group}": ["${value}"]}}.`
  )
}

/**
 * A comma-separated list of values `allowed` holds. The first other value is refused in the
 * words `refuse` gives it: the value made safe to show, and " (did you mean X?)" when only its
 * case is wrong (else empty).
 */
export function parseChoices(
  raw: string,
  allowed: readonly string[],
  refuse: (value: string, sameButCase: string) => Words
): string[] {
  const values = parseList(raw)
  for (const value of values) {
    if (allowed.includes(value)) continue
    const sameButCase = allowed.find(name => name.toLowerCase() === value.toLowerCase())
    throw new CoreError('input', refuse(plain(value, 80), sameButCase ? ` (did you mean ${sameButCase}?)` : ''))
  }
  return values
}

export function parseBoolean(inputName: string, raw: string): boolean {
  const value = raw.trim().toLowerCase()
  if (value === 'true') return true
  if (value === 'false') return false
  throw new CoreError(
    'input',
    say`${setting(inputName)}: "${plain(raw.trim(), 80)}" is not a boolean. Use true or false.`
  )
}

export function parseJsonObject(inputName: string, raw: string, sample: string): JsonObject {
  if (!raw.trim()) return {}
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch (error) {
    throw new CoreError(
      'input',
      say`${setting(inputName)} is not valid JSON (${plain((error as Error).message, 200)}). Give a JSON object, e.g. ${sample}.`
    )
  }
  if (!isJsonObject(parsed)) {
    throw new CoreError(
      'input',
      say`${setting(inputName)} must be a JSON object, e.g. ${sample}; it is merged into the request body.`
    )
  }
  return parsed
}

const MAX_RETRIES = 20

export function parseRetries(raw: string): number {
  const value = raw.trim()
  if (!/^\d+$/.test(value) || Number(value) > MAX_RETRIES) {
    throw new CoreError(
      'input',
      say`${setting('retries')}: "${plain(value, 80)}" is not a whole number from 0 to ${MAX_RETRIES}. Use e.g. ${example('retries', '5')} (0 turns retrying off).`
    )
  }
  return Number(value)
}

/** `90` (seconds), `90s`, `10m`, `1h`, as the `ms` library reads them; from `minimumMs` to a day. */
export function parseDuration(inputName: string, raw: string, minimumMs = 1, why = ''): number {
  const value = raw.trim()
  // ms reads a bare number as milliseconds; a person writing `timeout: 90` means seconds.
  const millis = /^\d+(\.\d+)?$/.test(value) ? Number(value) * 1000 : ms(value as ms.StringValue)
  if (typeof millis !== 'number' || !Number.isFinite(millis) || millis <= 0) {
    throw new CoreError(
      'input',
      say`${setting(inputName)}: "${plain(value, 80)}" is not a duration. Use a number of seconds or a value like 90s, 10m or 1h.`
    )
  }
  if (millis < minimumMs) {
    throw new CoreError(
      'input',
      say`${setting(inputName)}: "${value}" is below the ${minimumMs / 1000}s minimum${why ? ` (${why})` : ''}. Use ${example(inputName, `${minimumMs / 1000}s`)} or more.`
    )
  }
  if (millis > MAX_DURATION_MS) {
    throw new CoreError(
      'input',
      say`${setting(inputName)}: "${value}" is longer than the 24h maximum. Use e.g. ${example(inputName, inputName === 'timeout' ? '1h' : '30s')}.`
    )
  }
  return Math.round(millis)
}

interface PathOptions {
  wait: boolean
  roots: WriteRoots
  replaceExisting: boolean
}

/** `path` and `extract-to` as real paths, with every problem that can be known before the export. */
function checkPaths(
  zipGiven: string | undefined,
  extractGiven: string | undefined,
  { wait, roots, replaceExisting }: PathOptions
) {
  const problems: Text[] = []
  const attempt = (check: () => string): string | undefined => {
    try {
      return check()
    } catch (error) {
      problems.push(wordsOf(error))
      return undefined
    }
  }
  const zipPath = zipGiven ? attempt(() => checkZipPath(zipGiven, roots)) : undefined
  const extractTo = extractGiven ? attempt(() => checkExtractTo(extractGiven, roots, replaceExisting)) : undefined
  if (extractGiven && !wait) {
    problems.push(
      say`${setting('extract-to')} needs ${example('wait', 'true')} (there is nothing to unpack until the export has finished). Remove ${setting('extract-to')} or set ${example('wait', 'true')}.`
    )
  }
  if (zipPath && extractTo && isInside(zipPath, extractTo)) {
    problems.push(
      say`${setting('path')}: ${zipGiven ?? ''} lies inside ${setting('extract-to')} (${extractGiven ?? ''}), which is replaced by the unpacked export. Put the zip elsewhere, e.g. ${example('path', 'kore-bot-export.zip')}.`
    )
  }
  if (zipPath && extractTo && isInside(extractTo, zipPath) && extractTo !== zipPath) {
    problems.push(
      say`${setting('extract-to')}: ${extractGiven ?? ''} lies inside ${setting('path')} (${zipGiven ?? ''}), which is a file. Give them different places, e.g. ${example('path', 'kore-bot-export.zip')} and ${example('extract-to', 'bot')}.`
    )
  }
  return { problems, zipPath, extractTo }
}
