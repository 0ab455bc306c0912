// The body of `POST /api/public/bot/{botId}/import`, as Kore.ai's XO 11 import page shows it.
// An incremental import carries an explicit importOptions, every group spelled out; a full
// import carries none. The API documents no switch between the two: Kore.ai's own public-API
// tests call a body without importOptions a full import, and public deploy scripts send it so
// (inferred, see import/README.md, "mode").
import { deepMerge } from '../export/export-request.js'
import type { JsonObject } from '../platform/kore-client.js'

/** Every value the docs list for each group, the XO 10 and XO 11 pages together. */
export const IMPORT_COMPONENTS = {
  tasks: ['botTask', 'knowledgeGraph', 'smallTalk', 'forms'],
  nlpData: ['nlpSettings', 'utterances', 'patterns', 'synonyms', 'concepts', 'standardResponses'],
  settings: ['botSettings', 'botVariables', 'ivrSettings', 'genAIandLLMSettings'],
  AgentAssist: ['rules', 'playbooks'],
  qualityAI: ['taxonomy', 'connectors', 'autoQA']
} as const

export type ImportGroup = keyof typeof IMPORT_COMPONENTS

/** How the file's utterances (or patterns) meet the target's. */
export type UtteranceMode = 'append' | 'replace'

/** incremental: the chosen components merge into the target; full: the target becomes the file. */
export type ImportMode = 'incremental' | 'full'

export const IMPORT_MODES: readonly ImportMode[] = ['incremental', 'full']

export interface ImportChoices {
  /** Per group; empty: every documented value. */
  components: Partial<Record<ImportGroup, string[]>>
  utterances: UtteranceMode
  /** Default append. */
  patterns?: UtteranceMode
  /** Default incremental. */
  mode?: ImportMode
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
  if ((choices.mode ?? 'incremental') === 'incremental') body.importOptions = importOptionsOf(choices)
  return deepMerge(body, choices.extra)
}

function importOptionsOf(choices: ImportChoices): JsonObject {
  const importOptions: JsonObject = {}
  for (const group of Object.keys(IMPORT_COMPONENTS) as ImportGroup[]) {
    const chosen = choices.components[group] ?? []
    importOptions[group] = chosen.length > 0 ? [...chosen] : [...IMPORT_COMPONENTS[group]]
  }
  // The XO 11 page's shape; the storyboard's scenes come with their comments.
  importOptions.storyBoardScenes = { includeComments: true }
  importOptions.customDashboard = true
  // Exactly one of append and replace each: a public script sent both true.
  const options: JsonObject = { utterances: oneOf(choices.utterances), patterns: oneOf(choices.patterns ?? 'append') }
  if (choices.keepVariables.length > 0) options.botVariables = { ignore: [...choices.keepVariables] }
  importOptions.options = options
  return importOptions
}

function oneOf(mode: UtteranceMode): JsonObject {
  return { append: mode === 'append', replace: mode === 'replace' }
}
