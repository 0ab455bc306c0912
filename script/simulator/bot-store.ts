// What the simulated platform keeps per bot once something was imported into it: the
// in-development ("latest") and published versions of its export files. An import is applied
// the way the reference describes an incremental import: the file's dialogs replace the
// target's with the same refId, new ones are added, target-only ones stay; every element gets
// the target's own `_id` (kept across imports by refId), and the bot's id stands where the
// source bot's stood.
import { createHash, randomUUID } from 'node:crypto'

export type BotVersion = Map<string, Buffer>

export interface StoredBot {
  latest: BotVersion
  published?: BotVersion
  /** After a full import: the version the next publish makes, without what only the target had. */
  atPublish?: BotVersion
}

type Json = Record<string, unknown>

export interface ImportRequest {
  definition: Buffer
  config: Buffer
  /** Variables whose value in the target stays as it is. */
  keepVariables: string[]
  /** `importOptions.options.utterances.append`: the target keeps the utterances the file lacks. */
  appendUtterances?: boolean
}

/**
 * How the import treats what only the target has: `merge` keeps it (an incremental import,
 * and a full one until the next publish), `replace` leaves the file's content alone.
 */
export type ImportApplication = 'merge' | 'replace'

/** The target's files after the import; throws with the platform's words when the file cannot be read. */
export function applyImport(
  targetBotId: string,
  existing: StoredBot | undefined,
  request: ImportRequest,
  application: ImportApplication = 'merge'
): BotVersion {
  const definition = JSON.parse(request.definition.toString('utf8')) as Json
  const config = JSON.parse(request.config.toString('utf8')) as Json
  const sourceBotId = typeof definition._id === 'string' ? definition._id : ''
  // New ids, the same for the same refId in the same bot: a re-import keeps them.
  const ids = new Map<string, string>()
  const assign = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(assign)
    if (!value || typeof value !== 'object') return
    const object = value as Json
    if (typeof object._id === 'string' && object !== definition) {
      const prefix = /^[a-z]+-/.exec(object._id)?.[0] ?? ''
      const seed = typeof object.refId === 'string' ? object.refId : randomUUID()
      ids.set(
        object._id,
        `${prefix}${createHash('sha256').update(`${targetBotId}:${seed}`).digest('hex').slice(0, 24)}`
      )
    }
    Object.values(object).forEach(assign)
  }
  assign(definition)
  const rename = (text: string): string => ids.get(text) ?? (sourceBotId && text === sourceBotId ? targetBotId : text)
  const rewrite = (value: unknown): unknown => {
    if (typeof value === 'string') return rename(value)
    if (Array.isArray(value)) return value.map(rewrite)
    if (!value || typeof value !== 'object') return value
    return Object.fromEntries(Object.entries(value as Json).map(([key, member]) => [rename(key), rewrite(member)]))
  }
  const imported = rewrite(definition) as Json
  imported._id = targetBotId
  const current =
    existing && application === 'merge'
      ? (JSON.parse(existing.latest.get('botDefinition.json')?.toString('utf8') ?? '{}') as Json)
      : undefined
  if (current && Array.isArray(current.dialogs) && Array.isArray(imported.dialogs)) {
    const sent = new Set((imported.dialogs as Json[]).map(dialog => dialog.refId))
    imported.dialogs = [
      ...(imported.dialogs as Json[]),
      ...(current.dialogs as Json[]).filter(dialog => !sent.has(dialog.refId))
    ]
  }
  if (request.appendUtterances && current && Array.isArray(current.sentences) && Array.isArray(imported.sentences)) {
    const key = (sentence: Json): string => `${sentence.taskId}\u0000${sentence.language}\u0000${sentence.sentence}`
    const sent = new Set((imported.sentences as Json[]).map(key))
    imported.sentences = [
      ...(imported.sentences as Json[]),
      ...(current.sentences as Json[]).filter(sentence => !sent.has(key(sentence)))
    ]
  }
  const currentConfig = existing
    ? (JSON.parse(existing.latest.get('config.json')?.toString('utf8') ?? '{}') as Json)
    : undefined
  const keptValues = new Map(
    ((currentConfig?.envVariables as Json[] | undefined) ?? []).map(variable => [variable.key, variable.value])
  )
  const importedConfig = rewrite(config) as Json
  for (const variable of (importedConfig.envVariables as Json[] | undefined) ?? []) {
    if (request.keepVariables.includes(String(variable.key)) && keptValues.has(variable.key))
      variable.value = keptValues.get(variable.key)
  }
  if (
    application === 'merge' &&
    Array.isArray(currentConfig?.envVariables) &&
    Array.isArray(importedConfig.envVariables)
  ) {
    const sent = new Set((importedConfig.envVariables as Json[]).map(variable => variable.key))
    importedConfig.envVariables = [
      ...(importedConfig.envVariables as Json[]),
      ...(currentConfig.envVariables as Json[]).filter(variable => !sent.has(variable.key))
    ]
  }
  const files: BotVersion = new Map(existing?.latest)
  files.set('botDefinition.json', Buffer.from(JSON.stringify(imported, null, 4)))
  files.set('config.json', Buffer.from(JSON.stringify(importedConfig, null, 4)))
  return files
}

/** The files of a stored version as an export would hold them, echoing the export's request. */
export function exportedFiles(version: BotVersion, exportRequest: unknown): { name: string; data: Buffer }[] {
  return [...version].map(([name, data]) => {
    if (name !== 'botDefinition.json') return { name, data }
    const definition = JSON.parse(data.toString('utf8')) as Json
    definition.exportOptions = exportRequest
    return { name, data: Buffer.from(JSON.stringify(definition, null, 4)) }
  })
}

/** The dialogs of a version, for the publish answer. */
export function dialogsOf(version: BotVersion): { id: string; name: string }[] {
  const definition = JSON.parse(version.get('botDefinition.json')?.toString('utf8') ?? '{}') as Json
  return ((definition.dialogs as Json[] | undefined) ?? []).map(dialog => ({
    id: String(dialog._id),
    name: String(
      ((dialog.localeData as Record<string, Json> | undefined)?.en?.name as string | undefined) ?? dialog.lname ?? ''
    )
  }))
}
