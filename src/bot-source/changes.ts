// What changed in a bot, in the words a bot designer uses: dialogs added, removed, renamed and
// what changed inside each; utterances; FAQs; bot variables (names only, never a value);
// settings; canvas moves counted apart. One engine for the job summary, the `changes` output
// and `kore-bot-export diff`. Both sides are compared in the split layout, whatever layout
// the folder has, so the comparison sees dialogs and components, not lines.
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import { markdownText, plain } from '../shared/untrusted-text.js'
import { FolderReader } from './folder-reader.js'
import { MAX_JSON_BYTES, toFolderFiles, variablesOf, type FileRecord } from './folder-files.js'
import { PLATFORM_STYLE } from './json-format.js'
import { getAt, isObject, jsonBytes, parseJson, plainValue, stringOf, type JsonNode, type JsonValue } from './json-model.js'
import { readManifest } from './manifest.js'
import { packFolder, type PackedFile } from './pack.js'
import { SplitFault } from './split-layout.js'
import { readZipFiles } from './zip-reader.js'

/** A bot as files of the split layout (values left out), by path. */
export type BotFiles = Map<string, Buffer>

/**
 * A bot from a zip (checked as hostile, like any export) or from a folder that extract-to
 * wrote (read as hostile too, through its reader: every file the manifest names is read).
 */
export async function readBot(source: string): Promise<BotFiles> {
  if (!fs.existsSync(source)) throw new Error(`${plain(source)} does not exist. Give a zip from an export, or a folder that extract-to wrote.`)
  if (fs.statSync(source).isDirectory()) {
    const reader = FolderReader.open(source)
    const manifest = readManifest(reader)
    const files = packFolder(reader, manifest).filter(file => file.name.toLowerCase().endsWith('.json'))
    return botFilesOf(withoutValues(files, omittedVariables(manifest.files['config.json'])))
  }
  return botFilesOf(await readZipFiles(source, file => file.name.toLowerCase().endsWith('.json') && file.size <= MAX_JSON_BYTES))
}

export function botFilesOf(exportFiles: PackedFile[]): BotFiles {
  const files: BotFiles = new Map()
  for (const { name, bytes } of exportFiles) {
    for (const [path, content] of comparedFiles(name, bytes)) files.set(path, content)
  }
  return files
}

/**
 * One export file as the comparison reads it: in the split layout, or whole when the split
 * would not give it back (a fault unpack reports; a description or a diff still works, by file).
 * Variable values stay in memory, to be compared by hash and named, never shown.
 */
function comparedFiles(name: string, bytes: Buffer): Map<string, Buffer> {
  try {
    return toFolderFiles(name, bytes, { layout: 'split', variableValues: 'keep' }).files
  } catch (error) {
    if (!(error instanceof SplitFault)) throw error
    return toFolderFiles(name, bytes, { layout: 'plain', variableValues: 'keep' }).files
  }
}

/** The names of the variables whose values a folder left out (`variable-values: omit`). */
export function omittedVariables(record: FileRecord | undefined): Set<string> {
  return new Set(record?.omittedValues?.map(omitted => omitted.variable) ?? [])
}

/**
 * The files with the values of `names` (or of every variable) taken out of config.json: a
 * value a folder left out is unknown, not empty, and is then not compared.
 */
export function withoutValues(files: PackedFile[], names: Set<string> | 'all'): PackedFile[] {
  if (names !== 'all' && names.size === 0) return files
  return files.map(file => {
    if (file.name !== 'config.json') return file
    const config = parse(file.bytes)
    if (config === undefined) return file
    for (const variable of variablesOf(config)) if (names === 'all' || names.has(stringOf(variable.get('key')))) variable.delete('value')
    return { name: file.name, bytes: jsonBytes(config, PLATFORM_STYLE) }
  })
}

export interface Changes {
  /** False when nothing but regenerated values differs. */
  changed: boolean
  /** Short Markdown, for a pull-request body; an overview of the bot on a first export. */
  markdown: string
  /** The same, as data. */
  details: ChangeDetails
}

export interface ChangeDetails {
  first: boolean
  dialogs: { added: string[]; removed: string[]; renamed: [string, string][]; changed: Record<string, string[]> }
  components: Record<string, string[]>
  faqs: Record<string, string[]>
  /** `changed`: settings other than the value; `values`: the value (compared by hash where both sides hold one). */
  variables: { added: string[]; removed: string[]; changed: string[]; values: string[] }
  settings: string[]
  other: string[]
  layoutOnly: string[]
  /** With `onlyBeforeApart`: what only the first bot has, as "dialog Name", "FAQs Name"… */
  onlyBefore?: string[]
  overview?: { dialogs: number; intents: number; utterances: number; faqs: number; languages: string[] }
}

/** Lines of Markdown past this are folded into a count: a pull-request body stays short. */
const MAX_LINES = 60
/** And characters past this are cut (GitHub takes 65,536 in a pull-request body). */
const MAX_CHARACTERS = 20_000

/** Nothing changed. */
export function noChanges(first = false): Changes {
  const details: ChangeDetails = {
    first,
    dialogs: { added: [], removed: [], renamed: [], changed: {} },
    components: {},
    faqs: {},
    variables: { added: [], removed: [], changed: [], values: [] },
    settings: [],
    other: [],
    layoutOnly: []
  }
  return { changed: false, markdown: '', details }
}

export interface CompareOptions {
  /**
   * List what only `before` has (dialogs, FAQs, shared components, variables) in
   * `details.onlyBefore` instead of as removed: a plan, where the mode decides its fate.
   */
  onlyBeforeApart?: boolean
}

export function describeChanges(before: BotFiles | undefined, after: BotFiles, options: CompareOptions = {}): Changes {
  const { details } = noChanges(!before)
  if (!before) {
    details.overview = overview(after)
    return { changed: true, markdown: overviewMarkdown(details.overview), details }
  }
  ;[before, after] = withKnownValuesOnly(before, after)
  const differing = [...new Set([...before.keys(), ...after.keys()])].filter(name => !(before.get(name)?.equals(after.get(name) ?? Buffer.alloc(0)) ?? false)).sort()
  if (differing.length === 0) return { changed: false, markdown: '', details }

  // Dialogs by id, so that a rename is a rename.
  const dialogsBefore = dialogsOf(before)
  const dialogsAfter = dialogsOf(after)
  const dialogLines = new Map<string, Change[]>()
  const handled = new Set<string>()
  for (const [id, dialog] of dialogsAfter) {
    const old = dialogsBefore.get(id)
    if (!old) {
      details.dialogs.added.push(dialog.name)
      continue
    }
    if (old.name !== dialog.name) details.dialogs.renamed.push([old.name, dialog.name])
    const what = dialogChanges(before, after, old.folder, dialog.folder)
    if (what.logic.length > 0) {
      details.dialogs.changed[dialog.name] = what.logic.map(plainChange)
      dialogLines.set(dialog.name, what.logic)
    } else if (what.layout) details.layoutOnly.push(dialog.name)
  }
  for (const [id, dialog] of dialogsBefore) if (!dialogsAfter.has(id)) details.dialogs.removed.push(dialog.name)
  for (const name of differing) if (/^[^/]+\/dialogs\//.test(name)) handled.add(name)

  for (const name of differing) {
    if (handled.has(name)) continue
    const shared = /^[^/]+\/components\/([^/]+?)(\.utterances|\.patterns)?\.json$/.exec(name) ?? /^[^/]+\/components\/([^/]+?)\.[^.]+\.(js|txt)$/.exec(name)
    const faq = /^[^/]+\/faqs\/(.+)\.json$/.exec(name)
    if (shared) (details.components[shared[1]] ??= []).push(componentChange(before, after, name))
    else if (faq) details.faqs[faq[1]] = faqChanges(before.get(name), after.get(name))
    else if (name === 'config.json') details.variables = variableChanges(before.get(name), after.get(name))
    else if (/^[^/]+\/bot\.json$/.test(name)) details.settings = memberChanges(before.get(name), after.get(name))
    else details.other.push(placeName(name))
  }
  details.other = [...new Set(details.other)]
  if (options.onlyBeforeApart) setOnlyBeforeApart(details)
  const markdown = changesMarkdown(details, dialogLines)
  return { changed: true, markdown, details }
}

/**
 * Both bots with the values only one side knows taken out of config.json: a value a folder
 * left out is unknown, not different, so it changes neither the file nor the description.
 */
function withKnownValuesOnly(before: BotFiles, after: BotFiles): [BotFiles, BotFiles] {
  const valued = (files: BotFiles): Set<string> => new Set(variablesOf(parse(files.get('config.json') ?? Buffer.alloc(0))).filter(variable => variable.has('value')).map(variable => stringOf(variable.get('key'))))
  const known = [valued(before), valued(after)]
  const unknown = new Set([...known[0], ...known[1]].filter(name => !known[0].has(name) || !known[1].has(name)))
  const strip = (files: BotFiles): BotFiles => {
    const config = files.get('config.json')
    return config && unknown.size > 0 ? new Map([...files, ['config.json', withoutValues([{ name: 'config.json', bytes: config }], unknown)[0].bytes]]) : files
  }
  return [strip(before), strip(after)]
}

/** Moves what only the first bot has out of the removed lists, into `onlyBefore`. */
function setOnlyBeforeApart(details: ChangeDetails): void {
  const apart: string[] = []
  apart.push(...details.dialogs.removed.map(name => `dialog ${name}`))
  details.dialogs.removed = []
  for (const [name, what] of Object.entries(details.components)) {
    if (!what.every(word => word === 'removed')) continue
    apart.push(`shared component ${describeComponent(name)}`)
    delete details.components[name]
  }
  for (const [name, what] of Object.entries(details.faqs)) {
    if (what[0] !== 'removed') continue
    apart.push(`FAQs ${name}`)
    delete details.faqs[name]
  }
  apart.push(...details.variables.removed.map(name => `bot variable ${name}`))
  details.variables.removed = []
  details.onlyBefore = apart
}

interface DialogInfo {
  name: string
  folder: string
}

/** Dialogs by `_id` (stable across exports and renames), with display name and folder. */
function dialogsOf(files: BotFiles): Map<string, DialogInfo> {
  const dialogs = new Map<string, DialogInfo>()
  for (const [name, bytes] of files) {
    const match = /^([^/]+\/dialogs\/([^/]+))\/dialog\.json$/.exec(name)
    if (!match) continue
    const dialog = parse(bytes)
    const id = isObject(dialog) ? stringOf(dialog.get('_id')) || stringOf(dialog.get('refId')) : ''
    dialogs.set(id || match[1], { name: match[2], folder: match[1] })
  }
  return dialogs
}

function dialogChanges(before: BotFiles, after: BotFiles, oldFolder: string, newFolder: string): { logic: Change[]; layout: boolean } {
  const relative = (files: BotFiles, folder: string): Map<string, Buffer> =>
    new Map([...files].filter(([name]) => name.startsWith(`${folder}/`)).map(([name, bytes]) => [name.slice(folder.length + 1), bytes]))
  const old = relative(before, oldFolder)
  const now = relative(after, newFolder)
  const logic: Change[] = []
  let layout = false
  for (const name of [...new Set([...old.keys(), ...now.keys()])].sort()) {
    const a = old.get(name)
    const b = now.get(name)
    if (a && b && a.equals(b)) continue
    if (name === 'layout.json') layout = true
    else if (name === 'dialog.json') {
      // A rename changes the names in dialog.json; only other differences are logic.
      if (!a || !b || withoutNames(a) !== withoutNames(b)) logic.push({ what: 'nodes and flow changed' })
    } else {
      const component = /^components\/(.+?)(?:\.(utterances|patterns))?\.json$/.exec(name) ?? /^components\/(.+?)\.[^.]+\.(js|txt)$/.exec(name)
      const subject = component ? describeComponent(component[1]) : name
      if (component?.[2] === 'utterances') logic.push({ subject, what: `: ${countChanges(a, b, 'sentence', 'utterance')}` })
      else if (component?.[2] === 'patterns') logic.push({ subject, what: ': patterns changed' })
      else logic.push({ subject, what: !a ? ' added' : !b ? ' removed' : ' changed' })
    }
  }
  const seen = new Set<string>()
  return { logic: logic.filter(change => !seen.has(plainChange(change)) && seen.add(plainChange(change))), layout }
}

/** One change inside a dialog: a subject from the bot (a component's name), and the action's words. */
interface Change {
  subject?: string
  what: string
}

function plainChange(change: Change): string {
  return `${change.subject ?? ''}${change.what}`
}

/** Names come from the bot and are escaped; the words around them are the action's. */
function markdownChange(change: Change): string {
  return `${change.subject === undefined ? '' : markdownText(change.subject)}${change.what}`
}

/** A dialog's JSON without its names (lname, localeData.<language>.name). */
function withoutNames(bytes: Buffer): string {
  const dialog = parse(bytes)
  if (!isObject(dialog)) return bytes.toString('utf8')
  const copy = new Map(dialog)
  copy.delete('lname')
  const locales = dialog.get('localeData')
  if (isObject(locales)) {
    copy.set('localeData', new Map([...locales].map(([language, locale]) => [language, isObject(locale) ? new Map([...locale].filter(([key]) => key !== 'name')) : locale])))
  }
  return JSON.stringify(plainValue(copy))
}

/** `script.ValidateDestination` → `script ValidateDestination`. */
function describeComponent(base: string): string {
  const dot = base.indexOf('.')
  return dot > 0 ? `${base.slice(0, dot)} ${base.slice(dot + 1)}` : base
}

function componentChange(before: BotFiles, after: BotFiles, name: string): string {
  if (!before.has(name)) return 'added'
  if (!after.has(name)) return 'removed'
  if (name.endsWith('.utterances.json')) return countChanges(before.get(name), after.get(name), 'sentence', 'utterance')
  return 'changed'
}

/** "+2 utterances, −1 utterance", from lists of objects compared by one member. */
function countChanges(before: Buffer | undefined, after: Buffer | undefined, member: string, noun: string): string {
  const values = (bytes: Buffer | undefined): string[] => {
    const list = bytes ? parse(bytes) : []
    return Array.isArray(list) ? list.map(item => (isObject(item) ? stringOf(item.get(member)) : '')) : []
  }
  const old = values(before)
  const now = values(after)
  const added = now.filter(value => !old.includes(value)).length
  const removed = old.filter(value => !now.includes(value)).length
  const parts = [added ? `+${added} ${plural(added, noun)}` : '', removed ? `−${removed} ${plural(removed, noun)}` : ''].filter(Boolean)
  return parts.length > 0 ? parts.join(', ') : `${noun}s changed`
}

function faqChanges(before: Buffer | undefined, after: Buffer | undefined): string[] {
  if (!before) return ['added']
  if (!after) return ['removed']
  const questions = (bytes: Buffer): Map<string, string> => {
    const task = parse(bytes)
    const holder = isObject(task) ? task.get('faqs') : undefined
    const faqs = isObject(holder) ? holder.get('faqs') : undefined
    const map = new Map<string, string>()
    if (Array.isArray(faqs)) for (const faq of faqs) if (isObject(faq)) map.set(stringOf(faq.get('question')), JSON.stringify([...faq.entries()].map(([key, value]) => [key, plainValue(value)])))
    return map
  }
  const old = questions(before)
  const now = questions(after)
  const added = [...now.keys()].filter(question => !old.has(question)).length
  const removed = [...old.keys()].filter(question => !now.has(question)).length
  const edited = [...now.keys()].filter(question => old.has(question) && old.get(question) !== now.get(question)).length
  const parts = [added ? `${added} added` : '', removed ? `${removed} removed` : '', edited ? `${edited} edited` : ''].filter(Boolean)
  return parts.length > 0 ? [parts.join(', ')] : ['changed']
}

/**
 * Bot variables by name. A value is never shown: it is compared by its SHA-256, and only
 * where both sides hold one (a folder may have left it out).
 */
function variableChanges(before: Buffer | undefined, after: Buffer | undefined): ChangeDetails['variables'] {
  const variables = (bytes: Buffer | undefined): Map<string, { settings: string; value?: string }> =>
    new Map(
      variablesOf(bytes ? parse(bytes) : undefined).map(variable => [
        stringOf(variable.get('key')),
        {
          settings: JSON.stringify([...variable.entries()].filter(([key]) => key !== 'value').map(([key, value]) => [key, plainValue(value)])),
          value: variable.has('value') ? createHash('sha256').update(JSON.stringify(plainValue(variable.get('value')!))).digest('hex') : undefined
        }
      ])
    )
  const old = variables(before)
  const now = variables(after)
  const inBoth = [...now.keys()].filter(name => old.has(name))
  return {
    added: [...now.keys()].filter(name => !old.has(name)),
    removed: [...old.keys()].filter(name => !now.has(name)),
    changed: inBoth.filter(name => old.get(name)!.settings !== now.get(name)!.settings),
    values: inBoth.filter(name => old.get(name)!.value !== undefined && now.get(name)!.value !== undefined && old.get(name)!.value !== now.get(name)!.value)
  }
}

/** The top-level members of two JSON objects that differ. */
function memberChanges(before: Buffer | undefined, after: Buffer | undefined): string[] {
  const members = (bytes: Buffer | undefined): Map<string, string> => {
    const value = bytes ? parse(bytes) : undefined
    return new Map(isObject(value) ? [...value].map(([key, member]) => [key, JSON.stringify(plainValue(member))]) : [])
  }
  const old = members(before)
  const now = members(after)
  return [...new Set([...old.keys(), ...now.keys()])].filter(key => old.get(key) !== now.get(key))
}

const PLACE_NAMES: Record<string, string> = {
  'small-talk.json': 'small talk',
  'events.json': 'events',
  'locale.json': 'languages and descriptions',
  'forms.json': 'forms',
  'content-variables.json': 'content variables',
  'custom-dashboards.json': 'custom dashboards',
  'export-options.json': 'export options'
}

function placeName(name: string): string {
  const inside = name.replace(/^[^/]+\//, '')
  if (PLACE_NAMES[inside]) return PLACE_NAMES[inside]
  if (inside.startsWith('storyboard/')) return 'storyboard'
  if (inside.startsWith('nlp/')) return `NLP (${inside.slice(4).replace(/\.json$/, '')})`
  if (inside.startsWith('ui/')) return `widgets and panels (${inside.slice(3).replace(/\.json$/, '')})`
  return name
}

function overview(files: BotFiles): NonNullable<ChangeDetails['overview']> {
  let dialogs = 0
  let intents = 0
  let utterances = 0
  let faqs = 0
  const languages = new Set<string>()
  for (const [name, bytes] of files) {
    if (/\/dialogs\/[^/]+\/dialog\.json$/.test(name)) dialogs++
    if (/\/intent\.[^/]+(?<!\.utterances|\.patterns)\.json$/.test(name)) intents++
    if (name.endsWith('.utterances.json')) {
      const list = countable(bytes)
      if (Array.isArray(list)) {
        utterances += list.length
        for (const item of list) {
          const language = getAt(item, ['language'])
          if (typeof language === 'string') languages.add(language)
        }
      }
    }
    if (/\/faqs\/[^/]+\.json$/.test(name)) {
      const list = getAt(countable(bytes), ['faqs', 'faqs'])
      if (Array.isArray(list)) faqs += list.length
    }
    if (/\/bot\.json$/.test(name)) {
      const supported = getAt(countable(bytes), ['supportedLanguages'])
      if (Array.isArray(supported)) for (const language of supported) if (typeof language === 'string') languages.add(language)
    }
  }
  return { dialogs, intents, utterances, faqs, languages: [...languages].sort() }
}

function overviewMarkdown(o: NonNullable<ChangeDetails['overview']>): string {
  return `First export of this bot: ${o.dialogs} ${plural(o.dialogs, 'dialog')}, ${o.intents} ${plural(o.intents, 'intent')}, ${o.utterances} ${plural(o.utterances, 'utterance')}, ${o.faqs} ${plural(o.faqs, 'FAQ')}${o.languages.length ? `; languages: ${o.languages.map(language => markdownText(language)).join(', ')}` : ''}.\n`
}

function changesMarkdown(details: ChangeDetails, dialogLines: Map<string, Change[]>): string {
  const lines: string[] = []
  const names = (list: string[]): string => list.map(name => `**${markdownText(name)}**`).join(', ')
  const { dialogs } = details
  if (dialogs.added.length) lines.push(`- Dialogs added: ${names(dialogs.added)}`)
  if (dialogs.removed.length) lines.push(`- Dialogs removed: ${names(dialogs.removed)}`)
  for (const [from, to] of dialogs.renamed) lines.push(`- Dialog renamed: **${markdownText(from)}** → **${markdownText(to)}**`)
  for (const [dialog, what] of dialogLines) lines.push(`- Dialog **${markdownText(dialog)}**: ${what.map(markdownChange).join('; ')}`)
  for (const [component, what] of Object.entries(details.components)) lines.push(`- Shared component ${markdownText(describeComponent(component))}: ${[...new Set(what)].join('; ')}`)
  for (const [faq, what] of Object.entries(details.faqs)) lines.push(`- FAQs **${markdownText(faq)}**: ${what.join('; ')}`)
  const { variables } = details
  const variableParts = [
    variables.added.length ? `added ${variables.added.map(name => `\`${markdownText(name)}\``).join(', ')}` : '',
    variables.removed.length ? `removed ${variables.removed.map(name => `\`${markdownText(name)}\``).join(', ')}` : '',
    variables.changed.length ? `settings changed for ${variables.changed.map(name => `\`${markdownText(name)}\``).join(', ')}` : '',
    variables.values.length ? `value changed for ${variables.values.map(name => `\`${markdownText(name)}\``).join(', ')}` : ''
  ].filter(Boolean)
  if (variableParts.length) lines.push(`- Bot variables: ${variableParts.join('; ')}`)
  if (details.settings.length) lines.push(`- Settings changed: ${details.settings.map(name => `\`${markdownText(name)}\``).join(', ')}`)
  if (details.other.length) lines.push(`- Also changed: ${details.other.map(name => markdownText(name)).join(', ')}`)
  if (details.layoutOnly.length) lines.push(`- Layout only (nodes moved on the canvas): ${names(details.layoutOnly)}`)
  if (lines.length === 0 && details.onlyBefore?.length) return ''
  if (lines.length === 0) lines.push('- Changed, in parts the action does not describe in words: see the diff.')
  const shown = lines.length > MAX_LINES ? [...lines.slice(0, MAX_LINES), `- … and ${lines.length - MAX_LINES} more`] : lines
  const markdown = `${shown.join('\n')}\n`
  if (markdown.length <= MAX_CHARACTERS) return markdown
  // Cut at the end of a line or a name in a list, never inside a name or an escape.
  const cut = Math.max(markdown.lastIndexOf('\n', MAX_CHARACTERS), markdown.lastIndexOf(', ', MAX_CHARACTERS))
  return `${markdown.slice(0, cut)}\n- … (cut here: run kore-bot-export diff for the rest)\n`
}

/**
 * A file read only to count what it holds: JSON.parse is exact enough for that, and four
 * times as fast as the exact model on a big FAQ file.
 */
function countable(bytes: Buffer): JsonNode | undefined {
  try {
    return JSON.parse(bytes.toString('utf8')) as JsonNode
  } catch {
    return undefined
  }
}

function parse(bytes: Buffer): JsonValue | undefined {
  try {
    return parseJson(bytes.toString('utf8'))
  } catch {
    return undefined
  }
}


function plural(count: number, noun: string): string {
  return count === 1 ? noun : `${noun}s`
}

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

/**
 * Checks the target (exported after the import) against what was sent, both made comparable
 * across bots: the change engine's view of "sent → target", read as a verdict. `chosen` says
 * which parts the import was asked to carry; differences elsewhere are noted, not failed.
 */
export function verifyImport(sent: BotFiles, target: BotFiles, chosen: { dialogs: boolean; faqs: boolean; variables: boolean; settings: boolean; everything: boolean }): Verification {
  const result: Verification = { missing: [], different: [], targetOnly: [], notes: [] }
  const { details, changed } = describeChanges(sent, target)
  if (!changed) return result
  const place = (asked: boolean, failure: string[], text: string): void => {
    if (asked) failure.push(text)
    else result.notes.push(`${text} (not chosen for the import)`)
  }
  const { dialogs } = details
  for (const name of dialogs.removed) place(chosen.dialogs, result.missing, `dialog ${name}`)
  for (const name of dialogs.added) result.targetOnly.push(`dialog ${name}`)
  for (const [from, to] of dialogs.renamed) place(chosen.dialogs, result.different, `dialog ${from} is named ${to} in the target`)
  for (const [name, what] of Object.entries(dialogs.changed)) {
    // Utterances only the target has: an import that appends keeps the target's own.
    const extra = what.filter(onlyAdded)
    if (extra.length > 0) result.targetOnly.push(`dialog ${name}: ${extra.join('; ')} in the target`)
    const rest = what.filter(change => !onlyAdded(change))
    if (rest.length > 0) place(chosen.dialogs, result.different, `dialog ${name}: ${rest.join('; ')}`)
  }
  for (const name of details.layoutOnly) result.notes.push(`dialog ${name}: nodes placed differently on the canvas`)
  for (const [name, what] of Object.entries(details.components)) {
    const subject = `shared component ${describeComponent(name)}`
    if (what.every(word => word === 'added')) result.targetOnly.push(subject)
    else if (what.every(onlyAdded)) result.targetOnly.push(`${subject}: ${[...new Set(what)].join('; ')} in the target`)
    else if (what.every(word => word === 'removed')) place(chosen.dialogs, result.missing, subject)
    else place(chosen.dialogs, result.different, `${subject}: ${[...new Set(what)].join('; ')}`)
  }
  for (const [name, what] of Object.entries(details.faqs)) {
    if (what[0] === 'added') result.targetOnly.push(`FAQs ${name}`)
    else if (what[0] === 'removed') place(chosen.faqs, result.missing, `FAQs ${name}`)
    else place(chosen.faqs, result.different, `FAQs ${name}: ${what.join('; ')}`)
  }
  for (const name of details.variables.removed) place(chosen.variables, result.missing, `bot variable ${name}`)
  for (const name of details.variables.added) result.targetOnly.push(`bot variable ${name}`)
  for (const name of details.variables.changed) place(chosen.variables, result.different, `bot variable ${name} (its settings)`)
  for (const name of details.variables.values) place(chosen.variables, result.different, `bot variable ${name} (its value)`)
  for (const name of details.settings) place(chosen.settings, result.different, `setting ${name}`)
  for (const name of details.other) place(chosen.everything, result.different, name)
  return result
}

/** "+2 utterances": more in the second bot, none missing. */
function onlyAdded(change: string): boolean {
  return /(^|: )\+\d+ utterances?$/.test(change)
}

export function verificationFailed(verification: Verification): boolean {
  return verification.missing.length > 0 || verification.different.length > 0
}

/** The verdict as Markdown lists, capped like the change description; every name escaped. */
export function verificationMarkdown(verification: Verification): string {
  const sections: [string, string[]][] = [
    ['Missing in the target', verification.missing],
    ['Not as sent', verification.different],
    ['Only in the target (kept, not a failure)', verification.targetOnly],
    ['Noted', verification.notes]
  ]
  const lines: string[] = []
  for (const [title, items] of sections) {
    if (items.length === 0) continue
    lines.push(`**${title}**`, '')
    const shown = items.slice(0, MAX_LINES).map(item => `- ${markdownText(item)}`)
    if (items.length > MAX_LINES) shown.push(`- … and ${items.length - MAX_LINES} more`)
    lines.push(...shown, '')
  }
  if (lines.length === 0) return 'Everything sent is in the target as sent.\n'
  const markdown = lines.join('\n')
  return markdown.length <= MAX_CHARACTERS ? markdown : `${markdown.slice(0, markdown.lastIndexOf('\n', MAX_CHARACTERS))}\n- … (cut here)\n`
}
