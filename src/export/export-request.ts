// The body of `POST /api/public/bot/{botId}/export`, as Kore.ai documents it.
// The component lists below are the documented ones; the platform accepts more (see
// kore-api.md), which users send through the `export-options` input.
import { isJsonObject, type JsonObject } from '../platform/kore-client.js'

export const COMPONENTS = {
  settings: ['botSettings', 'botVariables', 'ivrSettings', 'genAIandLLMSettings'],
  tasks: ['botTask', 'knowledgeGraph', 'smallTalk'],
  nlpData: ['utterances', 'patterns', 'traits', 'rules', 'concepts', 'synonyms', 'standardResponses', 'nlpSettings'],
  AgentAI: ['rules', 'playbooks', 'widgetSettings', 'layoutSettings']
} as const

export type ComponentGroup = keyof typeof COMPONENTS

export const SUBTASK_KINDS = ['dialogs', 'alerts', 'actions', 'experienceFlows'] as const
export type SubTaskKind = (typeof SUBTASK_KINDS)[number]

export const EXPORT_TYPES = ['latest', 'published'] as const
export type ExportType = (typeof EXPORT_TYPES)[number]

export interface ExportChoices {
  exportType: ExportType
  components: Partial<Record<ComponentGroup, string[]>>
  subTasks: Partial<Record<SubTaskKind, string[]>>
  allTasks: boolean
  customDashboards: boolean
  includeDependentTasks: boolean
  /** Merged into the body last, so it can add or override anything. */
  extra: JsonObject
}

export function buildExportBody(choices: ExportChoices): JsonObject {
  const body: JsonObject = { exportType: choices.exportType }

  // An empty group means "everything", which is what the platform does when the key is absent.
  const exportOptions = Object.fromEntries(Object.entries(choices.components).filter(([, names]) => names.length > 0))
  if (Object.keys(exportOptions).length > 0) body.exportOptions = exportOptions

  // The documented sample sends all four subTasks keys; a partial export sends the ones not
  // asked for as empty lists, so the platform never has to guess what a missing key means.
  if (Object.values(choices.subTasks).some(names => names.length > 0)) {
    body.subTasks = Object.fromEntries(SUBTASK_KINDS.map(kind => [kind, choices.subTasks[kind] ?? []]))
  }

  body.allTasks = choices.allTasks
  body.customDashboards = choices.customDashboards
  body.IncludeDependentTasks = choices.includeDependentTasks
  return deepMerge(body, choices.extra)
}

/**
 * Objects merge key by key; anything else (arrays included) replaces what was there, and
 * `null` removes the key, so `export-options` can also take out what an input put in.
 */
export function deepMerge(base: JsonObject, override: JsonObject): JsonObject {
  const merged: JsonObject = { ...base }
  for (const [key, value] of Object.entries(override)) {
    if (value === null) {
      delete merged[key]
    } else if (isJsonObject(value) && isJsonObject(merged[key])) {
      merged[key] = deepMerge(merged[key], value)
    } else {
      merged[key] = value
    }
  }
  return merged
}
