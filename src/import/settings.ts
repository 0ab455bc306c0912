// The import action's inputs, read once and checked into one ImportSettings object: every bad
// input is named at once, before any request. Shares its readers with the export's inputs.
import path from 'node:path'
import type { JsonObject } from '../platform/kore-client.js'
import {
  IMPORT_COMPONENTS,
  IMPORT_MODES,
  type ImportGroup,
  type ImportMode,
  type UtteranceMode
} from '../import/import-request.js'
import { plain } from '../shared/untrusted-text.js'
import { IMPORT_ACTION_DEFAULTS } from '../core/action-defaults.js'
import { CoreError, InputError } from '../core/errors.js'
import type { Inputs } from '../core/inputs.js'
import { example, joined, say, setting, type Text } from '../core/words.js'
import {
  checker,
  parseBoolean,
  parseChoices,
  parseBotId,
  parseHost,
  parseJsonObject,
  readCredentials,
  readTiming,
  REQUEST_TIMEOUT_DEFAULT
} from '../export/settings.js'
import type { Credentials } from '../platform/auth.js'

export interface ImportSettings {
  host: string
  botId: string
  credentials: Credentials
  /** Absolute path of the zip or folder to import. */
  from: string
  /** The same as the step gave it (relative to the workspace): for the summary and the pull request. */
  fromGiven: string
  components: Partial<Record<ImportGroup, string[]>>
  utterances: UtteranceMode
  patterns: UtteranceMode
  /** incremental: importOptions with every chosen group; full: no importOptions (the target becomes the file). */
  mode: ImportMode
  extra: JsonObject
  /** Values for bot variables, by name (secrets: masked as soon as read). */
  variables: Map<string, string>
  keepTargetVariables: boolean
  wait: boolean
  timeoutMs: number
  pollIntervalMs: number
  retries: number
  requestTimeoutMs: number
  publish: boolean
  /** Empty: built from the workflow run when publishing. */
  versionComment: string
  verify: boolean
  dryRun: boolean
  /** Post the report on the pull request the run is about (a runner's host only). */
  prComment: boolean
  /** The token for that comment (a secret: masked as soon as read); empty when not given. */
  githubToken: string
  workspace: string
}

/** What an empty input means: import/action.yml's defaults, and `request-timeout`'s rule. */
export const IMPORT_DEFAULTS = { ...IMPORT_ACTION_DEFAULTS, 'request-timeout': REQUEST_TIMEOUT_DEFAULT } as const

const GROUP_INPUTS: Record<ImportGroup, string> = {
  tasks: 'tasks',
  nlpData: 'nlp-data',
  settings: 'settings',
  AgentAssist: 'agent-assist',
  qualityAI: 'quality-ai'
}

/** The platform's version comment is free text; this is plenty for a commit and a run link. */
const MAX_VERSION_COMMENT = 1000

export function readImportSettings(inputs: Inputs): ImportSettings {
  const problems: Text[] = []
  const check = checker(problems)
  const input = (name: string): string => inputs.get(name) || (IMPORT_DEFAULTS as Record<string, string>)[name] || ''

  // Variable values and the GitHub token are secrets: masked before anything else can fail and print.
  const variables = check(() => parseVariables(inputs.get('variables'), inputs.mask), new Map<string, string>())
  const githubToken = inputs.get('github-token').trim()
  if (githubToken) inputs.mask(githubToken)
  const credentials = check(
    () =>
      readCredentials(
        inputs,
        'a Kore.ai Admin Console app with the Bot Import scope (and Bot Publish and Publish Status to publish; Admin Console > API Scopes)'
      ),
    { kind: 'token', jwt: '' } as Credentials
  )
  const host = check(() => parseHost(input('host')), '')
  const botId = check(() => parseBotId(input('bot-id')), '')
  const workspace = path.resolve(process.env.GITHUB_WORKSPACE || process.cwd())
  const fromGiven = input('from').trim()
  if (!fromGiven)
    problems.push(
      say`${setting('from')} is required. Give a zip made by the export (its path input) or a folder made by extract-to, e.g. ${example('from', 'bot')}.`
    )

  const components: Partial<Record<ImportGroup, string[]>> = {}
  for (const group of Object.keys(IMPORT_COMPONENTS) as ImportGroup[]) {
    components[group] = check(() => parseGroup(GROUP_INPUTS[group], group, input(GROUP_INPUTS[group])), [])
  }
  const utterances = check(() => parseAppendOrReplace('utterances', input('utterances')), 'append' as UtteranceMode)
  const patterns = check(() => parseAppendOrReplace('patterns', input('patterns')), 'append' as UtteranceMode)
  const mode = check(() => parseMode(input('mode')), 'incremental' as ImportMode)
  const extra = check(
    () =>
      parseJsonObject(
        'import-options',
        input('import-options'),
        '{"importOptions": {"botComponents": ["linkedBots"]}}'
      ),
    {}
  )
  const keepTargetVariables = check(() => parseBoolean('keep-target-variables', input('keep-target-variables')), false)
  const timing = readTiming(check, inputs, input, problems)
  const publish = check(() => parseBoolean('publish', input('publish')), false)
  const verify = check(() => parseBoolean('verify', input('verify')), true)
  const dryRun = check(() => parseBoolean('dry-run', input('dry-run')), false)
  const prComment = check(() => parseBoolean('pr-comment', input('pr-comment')), false)
  const versionComment = input('version-comment').trim()
  if (versionComment.length > MAX_VERSION_COMMENT)
    problems.push(
      say`${setting('version-comment')} is ${versionComment.length} characters long; keep it under ${MAX_VERSION_COMMENT}.`
    )
  if (!timing.wait && !dryRun) {
    if (publish)
      problems.push(
        say`${setting('publish')} needs ${example('wait', 'true')}: the bot is published only after the import has succeeded. Set ${example('wait', 'true')} or ${example('publish', 'false')}.`
      )
    if (verify)
      problems.push(
        say`${setting('verify')} needs ${example('wait', 'true')}: the target is checked once the import has finished. Set ${example('wait', 'true')} or ${example('verify', 'false')}.`
      )
  }
  if (mode === 'full') {
    // A full import sends no importOptions: these would be read and silently not sent. Judged
    // by value, not by whether the input is set: a runner passes every default (append).
    const unsent = (Object.keys(GROUP_INPUTS) as ImportGroup[])
      .filter(group => components[group]?.length)
      .map(group => GROUP_INPUTS[group])
    if (utterances === 'replace') unsent.push('utterances')
    if (patterns === 'replace') unsent.push('patterns')
    if (keepTargetVariables) unsent.push('keep-target-variables')
    if (unsent.length > 0) {
      problems.push(
        say`${example('mode', 'full')} sends no importOptions, so ${joined(unsent.map(setting), ', ')} would not be sent: a full import makes the target the file, every component of it. Remove ${unsent.length > 1 ? 'them' : 'it'}, or use ${example('mode', 'incremental')}.`
      )
    }
  }
  if (keepTargetVariables && variables.size > 0) {
    problems.push(
      say`${setting('variables')} and ${example('keep-target-variables', 'true')} contradict each other: the values given would not be imported. Remove one of them.`
    )
  }
  if (problems.length > 0) throw new InputError(problems)
  return {
    host,
    botId,
    credentials,
    from: path.resolve(workspace, fromGiven),
    fromGiven,
    components,
    utterances,
    patterns,
    mode,
    extra,
    variables,
    keepTargetVariables,
    ...timing,
    publish,
    versionComment,
    verify,
    dryRun,
    prComment,
    githubToken,
    workspace
  }
}

/** `NAME=value`, one a line; blank lines and `#` comments skipped. Lines are never echoed: they hold secrets. */
export function parseVariables(raw: string, mask: (secret: string) => void): Map<string, string> {
  const values = new Map<string, string>()
  const problems: string[] = []
  raw.split('\n').forEach((line, index) => {
    const text = line.replace(/\r$/, '')
    if (!text.trim() || text.trimStart().startsWith('#')) return
    const equals = text.indexOf('=')
    const name = equals > 0 ? text.slice(0, equals).trim() : ''
    const value = equals > 0 ? text.slice(equals + 1) : ''
    if (value) mask(value)
    if (!name) return problems.push(`line ${index + 1} is not NAME=value`)
    if (!/^[A-Za-z_][A-Za-z0-9_.-]{0,99}$/.test(name))
      return problems.push(`line ${index + 1}: "${plain(name, 100)}" is not a variable name`)
    if (values.has(name)) return problems.push(`${name} is given twice`)
    values.set(name, value)
  })
  if (problems.length > 0) {
    throw new CoreError(
      'input',
      say`${setting('variables')}: ${problems.join('; ')}. Give one NAME=value a line, from secrets, e.g. ${example('variables', 'API_KEY=<a secret>')}.`
    )
  }
  return values
}

function parseGroup(inputName: string, group: ImportGroup, raw: string): string[] {
  return parseChoices(
    raw,
    IMPORT_COMPONENTS[group],
    (value, sameButCase) =>
      say`${setting(inputName)}: "${value}" is not a documented ${group} component for import${sameButCase}. Allowed: ${IMPORT_COMPONENTS[group].join(', ')}; empty imports all of them. To send another value, use ${setting('import-options')}, e.g. {"importOptions": {"${group}": ["${value}"]}}.`
  )
}

/** `utterances` or `patterns`. */
function parseAppendOrReplace(name: 'utterances' | 'patterns', raw: string): UtteranceMode {
  const value = raw.trim().toLowerCase()
  if (value === 'append' || value === 'replace') return value
  throw new CoreError(
    'input',
    say`${setting(name)}: "${plain(raw.trim(), 80)}" is not append or replace. Use append (the default: add the file's ${name} to the target's) or replace (the target's ${name} become the file's).`
  )
}

function parseMode(raw: string): ImportMode {
  const value = raw.trim().toLowerCase()
  const mode = IMPORT_MODES.find(known => known === value)
  if (mode) return mode
  throw new CoreError(
    'input',
    say`${setting('mode')}: "${plain(raw.trim(), 80)}" is not incremental or full. Use incremental (the default: the chosen components merge into the target, what only the target has stays) or full (the target becomes the file: what the file lacks is removed).`
  )
}
