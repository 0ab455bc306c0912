// What changed in a bot, as typed records in the terms a bot designer uses: dialogs added,
// removed, renamed and what changed inside each; utterances counted; FAQs; bot variables
// (names only: a value is compared by hash here and never leaves this file); settings; canvas
// moves apart. The records are the one answer that the `changed` flag, the Markdown summary,
// the terminal text (render.ts) and an import's verification (verify.ts) each read.
import { createHash } from 'node:crypto'
import { CancelledError } from '../platform/clock.js'
import { variablesOf } from './folder-files.js'
import {
  getAt,
  isObject,
  jsonBytes,
  plainValue,
  stringOf,
  type JsonNode,
  type JsonObject,
  type JsonValue
} from './json-model.js'
import { parseBotJson as parse, withoutValues, type BotFiles } from './bot-files.js'
import { withIdsByMeaning, withKeysSorted } from './across-bots.js'
import { MINIFIED_STYLE } from './json-format.js'

/** How a file, a dialog's component or a shared component changed. */
export type FileChange = 'added' | 'removed' | 'changed'

/**
 * A component, in a dialog (`dialog` is its folder's name) or shared between dialogs (no
 * `dialog`). `intent.Book_Flight` is type `intent`, name `Book_Flight`; a name without a
 * type prefix has no `type`.
 */
export interface ComponentOf {
  dialog?: string
  type?: string
  name: string
}

export type ChangeRecord =
  /** No bot to compare with: what the bot holds, counted. */
  | { kind: 'first-export'; dialogs: number; intents: number; utterances: number; faqs: number; languages: string[] }
  /** `flow-changed`: its nodes and flow (dialog.json beyond its names); `moved-on-canvas`: only its layout. */
  | { kind: 'dialog'; change: 'added' | 'removed' | 'flow-changed' | 'moved-on-canvas'; name: string }
  /** Same dialog (same id), another name: `from` is the first bot's, `name` the second's. */
  | { kind: 'dialog'; change: 'renamed'; name: string; from: string }
  | (ComponentOf & { kind: 'component'; change: FileChange | 'patterns-changed' })
  /** Utterances compared by sentence: counts, both 0 when only something else about them changed. */
  | (ComponentOf & { kind: 'component'; change: 'utterances-changed'; utterances: { added: number; removed: number } })
  /** A file in a dialog's folder that is none of the above (`path` inside the folder). */
  | { kind: 'dialog-file'; dialog: string; path: string; change: FileChange }
  | { kind: 'faqs'; name: string; change: 'added' | 'removed' }
  /** Questions counted; all 0 when the file changed elsewhere. */
  | { kind: 'faqs'; name: string; change: 'edited'; questions: { added: number; removed: number; edited: number } }
  /** By name only. `settings-changed`: anything but the value; `value-changed`: the value, where both bots hold one. */
  | { kind: 'variable'; name: string; change: 'added' | 'removed' | 'settings-changed' | 'value-changed' }
  /** A top-level member of bot.json (a bot setting). */
  | { kind: 'setting'; name: string }
  /** Any other file of the bot, by its path in the split layout. */
  | { kind: 'file'; path: string; change: FileChange }
  /**
   * A file whose ids alone differ (an import made new ones, or another bot has its own): the
   * same content. `path` is inside the dialog's folder when `dialog` is given, else the bot's.
   */
  | { kind: 'ids-regenerated'; path: string; dialog?: string; component?: ComponentOf }
  /** Files differ, and none of the above says how (e.g. config.json outside its variables). */
  | { kind: 'undescribed'; paths: string[] }

export type ChangeKind = ChangeRecord['kind']
export type RecordOf<K extends ChangeKind> = Extract<ChangeRecord, { kind: K }>

export interface DiffOptions {
  /** Checked between files, dialogs and other large steps: aborting throws CancelledError. */
  signal?: AbortSignal
  /**
   * Both bots' ids are named by meaning already (across-bots.ts comparableBot): no difference
   * can be one of ids alone, and none is looked for.
   */
  comparable?: boolean
}

/** Whether the records say the bot changed: any record does (none when only regenerated values differ). */
export function hasChanges(records: readonly ChangeRecord[]): boolean {
  return records.length > 0
}

/** The records of one kind, in their order. */
export function recordsOf<K extends ChangeKind>(records: readonly ChangeRecord[], kind: K): RecordOf<K>[] {
  return records.filter((record): record is RecordOf<K> => record.kind === kind)
}

/**
 * What changed from `before` to `after` (both read by bot-files.ts), in order: dialogs (by
 * dialog, and within one by file), shared components, FAQs, variables, settings, other files.
 * Without `before`, one `first-export` record counts what the bot holds.
 */
export function diffBots(before: BotFiles | undefined, after: BotFiles, options: DiffOptions = {}): ChangeRecord[] {
  const check = (): void => {
    if (options.signal?.aborted) throw new CancelledError()
  }
  check()
  if (!before) return [overview(after, check)]
  ;[before, after] = withKnownValuesOnly(before, after)
  const differing: string[] = []
  for (const name of new Set([...before.keys(), ...after.keys()])) {
    if (!(before.get(name)?.equals(after.get(name) ?? Buffer.alloc(0)) ?? false)) differing.push(name)
  }
  differing.sort()
  if (differing.length === 0) return []
  check()

  // Dialogs by refId (an import keeps it), then _id, then display name: a rename is a rename,
  // and another bot's copy of a dialog is that dialog.
  const sameButIds = options.comparable ? () => false : idsOnlyComparison(before, after, differing)
  const dialogPairs = matchDialogs(dialogsOf(before), dialogsOf(after))
  const added: ChangeRecord[] = []
  const removed: ChangeRecord[] = []
  const renamed: ChangeRecord[] = []
  const inside: ChangeRecord[] = []
  const moved: ChangeRecord[] = []
  for (const [old, dialog] of dialogPairs) {
    check()
    if (!old) {
      added.push({ kind: 'dialog', change: 'added', name: dialog!.name })
      continue
    }
    if (!dialog) {
      removed.push({ kind: 'dialog', change: 'removed', name: old.name })
      continue
    }
    if (old.name !== dialog.name) renamed.push({ kind: 'dialog', change: 'renamed', name: dialog.name, from: old.name })
    const what = dialogChanges(before, after, old.folder, dialog, sameButIds)
    inside.push(...what.logic)
    if (what.logic.every(record => record.kind === 'ids-regenerated') && what.layout)
      moved.push({ kind: 'dialog', change: 'moved-on-canvas', name: dialog.name })
  }

  const shared: ChangeRecord[] = []
  const faqs: ChangeRecord[] = []
  let variables: ChangeRecord[] = []
  let settings: ChangeRecord[] = []
  const other: ChangeRecord[] = []
  for (const name of differing) {
    if (/^[^/]+\/dialogs\//.test(name)) continue
    check()
    const component =
      /^[^/]+\/components\/([^/]+?)(?:\.(utterances|patterns))?\.json$/.exec(name) ??
      /^[^/]+\/components\/([^/]+?)\.[^.]+\.(js|txt)$/.exec(name)
    const faq = /^[^/]+\/faqs\/(.+)\.json$/.exec(name)
    if (before.has(name) && after.has(name) && sameButIds(name, name))
      shared.push({
        kind: 'ids-regenerated',
        path: name,
        ...(component ? { component: componentOf(component[1]) } : {})
      })
    else if (component)
      shared.push(sharedComponentChange(before.get(name), after.get(name), componentOf(component[1]), component[2]))
    else if (faq) faqs.push(faqChange(faq[1], before.get(name), after.get(name)))
    else if (name === 'config.json') variables = variableChanges(before.get(name), after.get(name))
    else if (/^[^/]+\/bot\.json$/.test(name))
      settings = memberChanges(before.get(name), after.get(name)).map(member => ({ kind: 'setting', name: member }))
    else other.push({ kind: 'file', path: name, change: fileChange(before.get(name), after.get(name)) })
  }
  const ids = [...inside, ...shared].filter(record => record.kind === 'ids-regenerated')
  const records = unique([
    ...added,
    ...removed,
    ...renamed,
    ...inside.filter(record => record.kind !== 'ids-regenerated'),
    ...moved,
    ...shared.filter(record => record.kind !== 'ids-regenerated'),
    ...faqs,
    ...variables,
    ...settings,
    ...other,
    ...ids
  ])
  return records.length > 0 ? records : [{ kind: 'undescribed', paths: differing }]
}

/** The records without repeats (a component's .json and its .js both changed is one change). */
function unique(records: ChangeRecord[]): ChangeRecord[] {
  const seen = new Set<string>()
  return records.filter(record => {
    const key = JSON.stringify(record)
    return !seen.has(key) && Boolean(seen.add(key))
  })
}

/**
 * Both bots with the values only one side knows taken out of config.json: a value a folder
 * left out is unknown, not different, so it changes neither the file nor the records.
 */
function withKnownValuesOnly(before: BotFiles, after: BotFiles): [BotFiles, BotFiles] {
  const valued = (files: BotFiles): Set<string> =>
    new Set(
      variablesOf(parse(files.get('config.json') ?? Buffer.alloc(0)))
        .filter(variable => variable.has('value'))
        .map(variable => stringOf(variable.get('key')))
    )
  const known = [valued(before), valued(after)]
  const unknown = new Set([...known[0], ...known[1]].filter(name => !known[0].has(name) || !known[1].has(name)))
  const strip = (files: BotFiles): BotFiles => {
    const config = files.get('config.json')
    return config && unknown.size > 0
      ? new Map([...files, ['config.json', withoutValues([{ name: 'config.json', bytes: config }], unknown)[0].bytes]])
      : files
  }
  return [strip(before), strip(after)]
}

interface DialogInfo {
  name: string
  folder: string
  id: string
  refId: string
}

/** Every dialog, with its ids, display name and folder. */
function dialogsOf(files: BotFiles): DialogInfo[] {
  const dialogs: DialogInfo[] = []
  for (const [name, bytes] of files) {
    const match = /^([^/]+\/dialogs\/([^/]+))\/dialog\.json$/.exec(name)
    if (!match) continue
    const dialog = parse(bytes)
    const member = (key: string): string => (isObject(dialog) ? stringOf(dialog.get(key)) : '')
    dialogs.push({ name: match[2], folder: match[1], id: member('_id'), refId: member('refId') })
  }
  return dialogs
}

/**
 * The dialogs of two bots in pairs, `[before, after]` (one side undefined when only the other
 * has it): matched by refId, then by `_id`, then by display name, each dialog once. The
 * second bot's order, then what only the first has.
 */
function matchDialogs(before: DialogInfo[], after: DialogInfo[]): [DialogInfo | undefined, DialogInfo | undefined][] {
  const pairs = new Map<DialogInfo, DialogInfo | undefined>(after.map(dialog => [dialog, undefined]))
  const unmatched = new Set(before)
  for (const key of ['refId', 'id', 'name'] as const) {
    // The first bot's dialogs by this key, once: a bot's count of dialogs comes from its zip.
    const byKey = new Map<string, DialogInfo[]>()
    for (const candidate of unmatched)
      if (candidate[key]) byKey.set(candidate[key], [...(byKey.get(candidate[key]) ?? []), candidate])
    for (const dialog of after) {
      if (pairs.get(dialog) || !dialog[key]) continue
      // Two refIds that differ are two dialogs, whatever their names (an import matches by refId).
      const old = byKey
        .get(dialog[key])
        ?.find(
          candidate =>
            unmatched.has(candidate) && !(candidate.refId && dialog.refId && candidate.refId !== dialog.refId)
        )
      if (!old) continue
      pairs.set(dialog, old)
      unmatched.delete(old)
    }
  }
  return [
    ...[...pairs].map(([dialog, old]): [DialogInfo | undefined, DialogInfo] => [old, dialog]),
    ...[...unmatched].map((old): [DialogInfo, undefined] => [old, undefined])
  ]
}

/**
 * Whether a file of the first bot and one of the second differ in ids alone (paths differ
 * when a dialog was renamed). Each side's differing files are read once, their ids named by
 * what they name (across-bots.ts): an id that changed is defined in a file that differs, and
 * so is every reference to it.
 */
function idsOnlyComparison(
  before: BotFiles,
  after: BotFiles,
  differing: string[]
): (pathBefore: string, pathAfter: string, withoutNames?: boolean) => boolean {
  const sides = new Map<BotFiles, Map<string, JsonValue>>()
  const comparable = (files: BotFiles): Map<string, JsonValue> => {
    let side = sides.get(files)
    if (side) return side
    const paths = differing.filter(path => files.has(path))
    const values = paths.map(path => parse(files.get(path)!))
    const readable = paths.filter((_, index) => values[index] !== undefined)
    const renamed = withIdsByMeaning(
      values.filter(value => value !== undefined),
      botIdOf(files)
    )
    side = new Map(readable.map((path, index) => [path, renamed[index]]))
    sides.set(files, side)
    return side
  }
  return (pathBefore, pathAfter, names = false) => {
    const a = comparable(before).get(pathBefore)
    const b = comparable(after).get(pathAfter)
    if (a === undefined || b === undefined) return false
    const unordered = GROUPED_FILE.test(pathAfter)
    if (contentOf(a, names, unordered) !== contentOf(b, names, unordered)) return false
    // The same content, and not before ids are named by meaning: an id did change (not only
    // an order or a key's place).
    const raw = (files: BotFiles, path: string): string =>
      contentOf(withKeysSorted(parse(files.get(path)!)!), names, unordered)
    return raw(before, pathBefore) !== raw(after, pathAfter)
  }
}

/**
 * Files of elements the layout groups and orders by id (utterances, patterns, the storyboard,
 * advanced NL settings): new ids may reorder them, so their order is not compared.
 */
const GROUPED_FILE =
  /(?:\.utterances\.json|\.patterns\.json|\/nlp\/(?:utterances|patterns|advanced-settings)\.json|\/storyboard\/[^/]+\.json)$/

/** The bot's own id, from its bot.json. */
function botIdOf(files: BotFiles): string {
  for (const [name, bytes] of files)
    if (/^[^/]+\/bot\.json$/.test(name)) {
      const bot = parse(bytes)
      if (isObject(bot)) return stringOf(bot.get('_id'))
    }
  return ''
}

/**
 * A value as compared for its content; `unordered`: a list's order is not compared (see
 * GROUPED_FILE). `names`: a dialog's names left out (a rename is said apart).
 */
function contentOf(value: JsonValue, names: boolean, unordered: boolean): string {
  const text = (item: JsonValue): string => jsonBytes(item, MINIFIED_STYLE).toString('utf8')
  if (Array.isArray(value) && unordered) return `[${value.map(text).sort().join(',')}]`
  return names && isObject(value) ? withoutNamesOf(value) : text(value)
}

/** What changed inside one dialog, file by file in name order; `layout` when its layout.json differs. */
function dialogChanges(
  before: BotFiles,
  after: BotFiles,
  oldFolder: string,
  dialog: DialogInfo,
  sameButIds: (pathBefore: string, pathAfter: string, withoutNames?: boolean) => boolean
): { logic: ChangeRecord[]; layout: boolean } {
  const old = dialogFolders(before).get(oldFolder) ?? new Map<string, Buffer>()
  const now = dialogFolders(after).get(dialog.folder) ?? new Map<string, Buffer>()
  const logic: ChangeRecord[] = []
  let layout = false
  for (const name of [...new Set([...old.keys(), ...now.keys()])].sort()) {
    const a = old.get(name)
    const b = now.get(name)
    if (a && b && a.equals(b)) continue
    const component =
      /^components\/(.+?)(?:\.(utterances|patterns))?\.json$/.exec(name) ??
      /^components\/(.+?)\.[^.]+\.(js|txt)$/.exec(name)
    const idsOnly = (names = false): boolean =>
      a !== undefined && b !== undefined && sameButIds(`${oldFolder}/${name}`, `${dialog.folder}/${name}`, names)
    if (name === 'layout.json') layout = true
    else if (name === 'dialog.json') {
      // A rename changes the names in dialog.json; only other differences are logic.
      if (a && b && withoutNames(a) === withoutNames(b)) continue
      if (idsOnly(true)) logic.push({ kind: 'ids-regenerated', dialog: dialog.name, path: name })
      else logic.push({ kind: 'dialog', change: 'flow-changed', name: dialog.name })
    } else if (idsOnly()) {
      logic.push({
        kind: 'ids-regenerated',
        dialog: dialog.name,
        path: name,
        ...(component ? { component: componentOf(component[1]) } : {})
      })
    } else {
      if (component)
        logic.push(dialogComponentChange(a, b, { dialog: dialog.name, ...componentOf(component[1]) }, component[2]))
      else logic.push({ kind: 'dialog-file', dialog: dialog.name, path: name, change: fileChange(a, b) })
    }
  }
  return { logic, layout }
}

const foldersOf = new WeakMap<BotFiles, Map<string, Map<string, Buffer>>>()

/** Each dialog folder's files, by their path inside it: grouped once a bot, not once a dialog. */
function dialogFolders(files: BotFiles): Map<string, Map<string, Buffer>> {
  let folders = foldersOf.get(files)
  if (folders) return folders
  folders = new Map()
  for (const [name, bytes] of files) {
    const match = /^([^/]+\/dialogs\/[^/]+)\/(.+)$/.exec(name)
    if (!match) continue
    const folder = folders.get(match[1]) ?? new Map<string, Buffer>()
    folder.set(match[2], bytes)
    folders.set(match[1], folder)
  }
  foldersOf.set(files, folders)
  return folders
}

/** `script.ValidateDestination` → type `script`, name `ValidateDestination`. */
function componentOf(base: string): ComponentOf {
  const dot = base.indexOf('.')
  return dot > 0 ? { type: base.slice(0, dot), name: base.slice(dot + 1) } : { name: base }
}

/**
 * One file of a dialog's component (`part` is `utterances` or `patterns` for those files): an
 * utterances file is counted even when one side lacks it (all its utterances added or removed).
 */
function dialogComponentChange(
  before: Buffer | undefined,
  after: Buffer | undefined,
  component: ComponentOf,
  part: string | undefined
): ChangeRecord {
  if (part === 'utterances')
    return {
      kind: 'component',
      ...component,
      change: 'utterances-changed',
      utterances: countChanges(before, after, 'sentence')
    }
  if (part === 'patterns') return { kind: 'component', ...component, change: 'patterns-changed' }
  return { kind: 'component', ...component, change: fileChange(before, after) }
}

/** One file of a shared component: added or removed as a whole, utterances counted when both bots have them. */
function sharedComponentChange(
  before: Buffer | undefined,
  after: Buffer | undefined,
  component: ComponentOf,
  part: string | undefined
): ChangeRecord {
  if (before && after && part === 'utterances')
    return {
      kind: 'component',
      ...component,
      change: 'utterances-changed',
      utterances: countChanges(before, after, 'sentence')
    }
  if (before && after && part === 'patterns') return { kind: 'component', ...component, change: 'patterns-changed' }
  return { kind: 'component', ...component, change: fileChange(before, after) }
}

function fileChange(before: Buffer | undefined, after: Buffer | undefined): FileChange {
  return !before ? 'added' : !after ? 'removed' : 'changed'
}

/** A dialog's JSON without its names (lname, localeData.<language>.name). */
function withoutNames(bytes: Buffer): string {
  const dialog = parse(bytes)
  return isObject(dialog) ? withoutNamesOf(dialog) : bytes.toString('utf8')
}

function withoutNamesOf(dialog: JsonObject): string {
  const copy = new Map(dialog)
  copy.delete('lname')
  const locales = dialog.get('localeData')
  if (isObject(locales)) {
    copy.set(
      'localeData',
      new Map(
        [...locales].map(([language, locale]) => [
          language,
          isObject(locale) ? new Map([...locale].filter(([key]) => key !== 'name')) : locale
        ])
      )
    )
  }
  return JSON.stringify(plainValue(copy))
}

/** How many items of two lists of objects, compared by one member, only one side has. */
function countChanges(
  before: Buffer | undefined,
  after: Buffer | undefined,
  member: string
): { added: number; removed: number } {
  const values = (bytes: Buffer | undefined): string[] => {
    const list = bytes ? parse(bytes) : []
    return Array.isArray(list) ? list.map(item => (isObject(item) ? stringOf(item.get(member)) : '')) : []
  }
  const old = values(before)
  const now = values(after)
  const [inOld, inNow] = [new Set(old), new Set(now)]
  return {
    added: now.filter(value => !inOld.has(value)).length,
    removed: old.filter(value => !inNow.has(value)).length
  }
}

function faqChange(name: string, before: Buffer | undefined, after: Buffer | undefined): ChangeRecord {
  if (!before) return { kind: 'faqs', name, change: 'added' }
  if (!after) return { kind: 'faqs', name, change: 'removed' }
  const questions = (bytes: Buffer): Map<string, string> => {
    const task = parse(bytes)
    const holder = isObject(task) ? task.get('faqs') : undefined
    const faqs = isObject(holder) ? holder.get('faqs') : undefined
    const map = new Map<string, string>()
    if (Array.isArray(faqs))
      for (const faq of faqs)
        if (isObject(faq))
          map.set(
            stringOf(faq.get('question')),
            JSON.stringify([...faq.entries()].map(([key, value]) => [key, plainValue(value)]))
          )
    return map
  }
  const old = questions(before)
  const now = questions(after)
  return {
    kind: 'faqs',
    name,
    change: 'edited',
    questions: {
      added: [...now.keys()].filter(question => !old.has(question)).length,
      removed: [...old.keys()].filter(question => !now.has(question)).length,
      edited: [...now.keys()].filter(question => old.has(question) && old.get(question) !== now.get(question)).length
    }
  }
}

/**
 * Bot variables by name. A value is never in a record: it is compared here by its SHA-256,
 * and only where both sides hold one (a folder may have left it out).
 */
function variableChanges(before: Buffer | undefined, after: Buffer | undefined): ChangeRecord[] {
  const variables = (bytes: Buffer | undefined): Map<string, { settings: string; value?: string }> =>
    new Map(
      variablesOf(bytes ? parse(bytes) : undefined).map(variable => [
        stringOf(variable.get('key')),
        {
          settings: JSON.stringify(
            [...variable.entries()].filter(([key]) => key !== 'value').map(([key, value]) => [key, plainValue(value)])
          ),
          value: variable.has('value')
            ? createHash('sha256')
                .update(JSON.stringify(plainValue(variable.get('value')!)))
                .digest('hex')
            : undefined
        }
      ])
    )
  const old = variables(before)
  const now = variables(after)
  const inBoth = [...now.keys()].filter(name => old.has(name))
  const record =
    (change: RecordOf<'variable'>['change']) =>
    (name: string): ChangeRecord => ({ kind: 'variable', name, change })
  return [
    ...[...now.keys()].filter(name => !old.has(name)).map(record('added')),
    ...[...old.keys()].filter(name => !now.has(name)).map(record('removed')),
    ...inBoth.filter(name => old.get(name)!.settings !== now.get(name)!.settings).map(record('settings-changed')),
    ...inBoth
      .filter(
        name =>
          old.get(name)!.value !== undefined &&
          now.get(name)!.value !== undefined &&
          old.get(name)!.value !== now.get(name)!.value
      )
      .map(record('value-changed'))
  ]
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

function overview(files: BotFiles, check: () => void): ChangeRecord {
  let dialogs = 0
  let intents = 0
  let utterances = 0
  let faqs = 0
  const languages = new Set<string>()
  for (const [name, bytes] of files) {
    if (/\/dialogs\/[^/]+\/dialog\.json$/.test(name)) dialogs++
    if (/\/intent\.[^/]+(?<!\.utterances|\.patterns)\.json$/.test(name)) intents++
    if (name.endsWith('.utterances.json')) {
      check()
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
      check()
      const list = getAt(countable(bytes), ['faqs', 'faqs'])
      if (Array.isArray(list)) faqs += list.length
    }
    if (/\/bot\.json$/.test(name)) {
      const supported = getAt(countable(bytes), ['supportedLanguages'])
      if (Array.isArray(supported))
        for (const language of supported) if (typeof language === 'string') languages.add(language)
    }
  }
  return { kind: 'first-export', dialogs, intents, utterances, faqs, languages: [...languages].sort() }
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
