// An import's verification: what the target should hold (what was sent) against what it
// holds (exported after the import), decided from the change records of "sent → target".
// Each record is placed by its kind and numbers, never by the words it renders to; the items
// are plain text (the verdict's Markdown is in render.ts).
import { type BotFiles } from './bot-files.js'
import { diffBots, recordsOf, type ChangeRecord, type DiffOptions, type RecordOf } from './diff.js'
import {
  dialogParts,
  faqWords,
  otherPlaces,
  partText,
  sharedComponents,
  sharedWords,
  type DialogPart
} from './render.js'

/** What an import left in the target, compared with what was sent. */
export interface Verification {
  /** Sent, and not in the target. */
  missing: string[]
  /** In both, but not as sent. */
  different: string[]
  /** Only the target has it: listed, not a failure (an import may keep what the file lacks). */
  targetOnly: string[]
  /** Differences that are not a failure: canvas positions, parts not chosen for the import. */
  notes: string[]
}

/** Which parts the import was asked to carry: differences elsewhere are noted, not failed. */
export interface ChosenParts {
  dialogs: boolean
  faqs: boolean
  variables: boolean
  settings: boolean
  everything: boolean
}

/**
 * Checks the target (exported after the import) against what was sent, both made comparable
 * across bots (across-bots.ts).
 */
export function verifyImport(
  sent: BotFiles,
  target: BotFiles,
  chosen: ChosenParts,
  options: DiffOptions = {}
): Verification {
  return verdict(diffBots(sent, target, options), chosen)
}

/** The verdict on the records of "sent → target". */
export function verdict(records: readonly ChangeRecord[], chosen: ChosenParts): Verification {
  const result: Verification = { missing: [], different: [], targetOnly: [], notes: [] }
  const place = (asked: boolean, failure: string[], text: string): void => {
    if (asked) failure.push(text)
    else result.notes.push(`${text} (not chosen for the import)`)
  }
  const dialogs = recordsOf(records, 'dialog')
  const named = (change: RecordOf<'dialog'>['change']): string[] =>
    dialogs.filter(record => record.change === change).map(record => record.name)
  for (const name of named('removed')) place(chosen.dialogs, result.missing, `dialog ${name}`)
  for (const name of named('added')) result.targetOnly.push(`dialog ${name}`)
  for (const record of dialogs)
    if (record.change === 'renamed')
      place(chosen.dialogs, result.different, `dialog ${record.from} is named ${record.name} in the target`)
  for (const [name, parts] of dialogParts(records)) {
    // Utterances only the target has: an import that appends keeps the target's own.
    const extra = parts.filter(onlyAdded)
    if (extra.length > 0)
      result.targetOnly.push(`dialog ${name}: ${extra.map(part => partText(part)).join('; ')} in the target`)
    const rest = parts.filter(part => !onlyAdded(part))
    if (rest.length > 0)
      place(chosen.dialogs, result.different, `dialog ${name}: ${rest.map(part => partText(part)).join('; ')}`)
  }
  for (const name of named('moved-on-canvas'))
    result.notes.push(`dialog ${name}: nodes placed differently on the canvas`)
  for (const [name, group] of sharedComponents(records)) {
    const subject = `shared component ${name}`
    if (group.every(record => record.change === 'added')) result.targetOnly.push(subject)
    else if (group.every(onlyAdded))
      result.targetOnly.push(`${subject}: ${sharedWords(group).join('; ')} in the target`)
    else if (group.every(record => record.change === 'removed')) place(chosen.dialogs, result.missing, subject)
    else place(chosen.dialogs, result.different, `${subject}: ${sharedWords(group).join('; ')}`)
  }
  for (const record of recordsOf(records, 'faqs')) {
    if (record.change === 'added') result.targetOnly.push(`FAQs ${record.name}`)
    else if (record.change === 'removed') place(chosen.faqs, result.missing, `FAQs ${record.name}`)
    else place(chosen.faqs, result.different, `FAQs ${record.name}: ${faqWords(record)}`)
  }
  const variables = (change: RecordOf<'variable'>['change']): string[] =>
    recordsOf(records, 'variable')
      .filter(record => record.change === change)
      .map(record => record.name)
  for (const name of variables('removed')) place(chosen.variables, result.missing, `bot variable ${name}`)
  for (const name of variables('added')) result.targetOnly.push(`bot variable ${name}`)
  for (const name of variables('settings-changed'))
    place(chosen.variables, result.different, `bot variable ${name} (its settings)`)
  for (const name of variables('value-changed'))
    place(chosen.variables, result.different, `bot variable ${name} (its value)`)
  for (const record of recordsOf(records, 'setting')) place(chosen.settings, result.different, `setting ${record.name}`)
  for (const name of otherPlaces(records)) place(chosen.everything, result.different, name)
  return result
}

/** Utterances the target has more of, none missing: "+2 utterances". */
function onlyAdded(part: DialogPart): boolean {
  return (
    part.kind === 'component' &&
    part.change === 'utterances-changed' &&
    part.utterances.added > 0 &&
    part.utterances.removed === 0
  )
}

export function verificationFailed(verification: Verification): boolean {
  return verification.missing.length > 0 || verification.different.length > 0
}
