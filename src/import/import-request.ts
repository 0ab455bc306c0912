// The body of `POST /api/public/bot/{botId}/import`, as Kore.ai documents it. The body always
// carries an explicit importOptions: the API says "all components are imported by default",
// but what a missing group means (full or incremental import) is not documented.
import { deepMerge, type JsonObject } from '../export/export-request.js'

/** Every value the docs list for each group, the XO 10 and XO 11 pages together. */
export const IMPORT_COMPONENTS = {
  tasks: ['botTask', 'knowledgeGraph', 'smallTalk', 'forms'],
  nlpData: ['nlpSettings', 'utterances', 'patterns', 'synonyms', 'concepts', 'standardResponses'],
  settings: ['botSettings', 'botVariables', 'ivrSettings', 'genAIandLLMSettings'],
  AgentAssist: ['rules', 'playbooks']
} as const

export type ImportGroup = keyof typeof IMPORT_COMPONENTS

export type UtteranceMode = 'append' | 'replace'

/** `full`: the body carries no importOptions, the form Kore.ai's own tests call a full import (inferred). */
export type ImportMode = 'incremental' | 'full'

export interface ImportChoices {
  mode: ImportMode
  /** Per group; empty: every documented value. */
  components: Partial<Record<ImportGroup, string[]>>
  utterances: UtteranceMode
  /** Variables whose values in the target stay as they are (`botVariables.ignore`). */
  keepVariables: string[]
  /** Merged into the body last. */
  extra: JsonObject
}

export interface UploadedFiles {
  botDefinition: string
  configInfo: string
  botFunctions: string[]
}

export function buildImportBody(files: UploadedFiles, choices: ImportChoices): JsonObject {
  const body: JsonObject = { botDefinition: files.botDefinition, configInfo: files.configInfo }
  if (files.botFunctions.length > 0) body.botFunctions = [...files.botFunctions]
  if (choices.mode === 'full') return deepMerge(body, choices.extra)
  const importOptions: JsonObject = {}
  for (const group of Object.keys(IMPORT_COMPONENTS) as ImportGroup[]) {
    const chosen = choices.components[group] ?? []
    importOptions[group] = chosen.length > 0 ? [...chosen] : [...IMPORT_COMPONENTS[group]]
  }
  importOptions.customDashboard = true
  // Exactly one of append and replace: a public script sent both true.
  const options: JsonObject = { utterances: { append: choices.utterances === 'append', replace: choices.utterances === 'replace' } }
  if (choices.keepVariables.length > 0) options.botVariables = { ignore: [...choices.keepVariables] }
  importOptions.options = options
  body.importOptions = importOptions
  return deepMerge(body, choices.extra)
}
