// The split layout: a bot definition (botDefinition.json, appDefinition.json) taken apart
// into files a reviewer reads like source code, and put back together exactly.
//
//   botDefinition/
//     bot.json                       settings and every key without a place of its own
//     dialogs/<dialog>/dialog.json   the dialog: its nodes and flow
//     dialogs/<dialog>/layout.json   where its nodes sit on the canvas (dragging touches only this)
//     dialogs/<dialog>/components/   the components only this dialog uses, with their
//                                    utterances and patterns, and multi-line texts and
//                                    scripts as .js files
//     components/                    components several dialogs share (or none uses)
//     faqs/<knowledge task>.json     FAQs / knowledge graph
//     small-talk.json, events.json, storyboard/, nlp/, ui/, …  each part by what it is
//
// What the way back needs and a reviewer does not (the order of the lists, which the platform
// reshuffles on publish; the checksum `encryptedHash`; where each moved piece sat) is kept in
// the manifest, so that those files change only when the bot does.
import { finish, type Steps } from './steps.js'
import { MINIFIED_STYLE, PLATFORM_STYLE, strictUtf8, type JsonStyle } from './json-format.js'
import {
  JsonNumber,
  getAt,
  hasMember,
  isNodeObject,
  jsonBytes,
  memberOf,
  membersOf,
  objectLike,
  parseJson,
  serializesTo,
  setMember,
  stringOf,
  stringifyJson,
  type JsonNode,
  type NodeObject
} from './json-model.js'
import { newVolatileRecord, restoreVolatile, storyboardAliases, takeVolatile, type VolatileRecord } from './volatile.js'

/** How one top-level key of the definition is kept. */
export type KeyPlace =
  /** In bot.json. */
  | { key: string; bot: true }
  /** Whole, in a file of its own. */
  | { key: string; file: string }
  /** In the manifest (values the platform regenerates). */
  | { key: string; value: string }
  /** A list, element by element: each element a file, or an element of a file holding a list. */
  | { key: string; elements: ElementPlace[] }

/** A file, or [file, index] for an element of a file that holds several. */
export type ElementPlace = string | [string, number]

/** A member moved out of an object into another file: where it sat among the object's keys. */
interface MovedMember {
  key: string
  at: number
}

export interface SplitRecord {
  /** The folder the definition is split into, beside where the file would be. */
  folder: string
  style: 'platform' | 'minified'
  keys: KeyPlace[]
  /** Dialog file → its layout file; layout keys of each node moved there. */
  layouts: Record<string, string>
  /**
   * Component file → its URL-encoded texts, kept decoded: the JSON path of each, and the file
   * it is in (multi-line texts and scripts), or none (one-line texts, decoded in place).
   */
  texts: Record<string, { path: (string | number)[]; file?: string }[]>
  /** Values the platform regenerates on publish, taken out of the content files. */
  volatile?: VolatileRecord
}

/** Keys with a place named for what they hold. Every other key goes to bot.json. */
const PLACES: Record<string, string> = {
  localeData: 'locale.json',
  smallTalk: 'small-talk.json',
  botEvents: 'events.json',
  mlParams: 'nlp/ml-params.json',
  namespaces: 'nlp/namespaces.json',
  traits: 'nlp/traits.json',
  widgets: 'ui/widgets.json',
  widgetThemes: 'ui/widget-themes.json',
  panels: 'ui/panels.json',
  forms: 'forms.json',
  contentVariables: 'content-variables.json',
  customDashboards: 'custom-dashboards.json',
  exportOptions: 'export-options.json'
}

/** Lists the platform reorders on publish: kept in one file each, in a stable order (the real order is in the manifest). */
const SORTED_LISTS: Record<string, string> = {
  scenes: 'storyboard/scenes.json',
  sceneComponents: 'storyboard/scene-components.json',
  advancedNLSettings: 'nlp/advanced-settings.json'
}

/**
 * Grouped lists a reviewer may add to or remove from by hand (utterances, patterns): a file of
 * them that holds more or fewer gives all it holds. The storyboard's are the Builder's to edit.
 */
const EDITABLE_LISTS = new Set(['sentences', 'patterns'])

/** Regenerated on every publish: kept in the manifest, away from the content. */
const VOLATILE_KEYS = new Set(['encryptedHash'])
/** Where a node sits on the canvas. */
const NODE_LAYOUT_KEYS = ['metadata', 'positionMeta']

export interface SplitFiles {
  record: SplitRecord
  /** Paths relative to the folder that holds the definition's folder. */
  files: Map<string, Buffer>
  /** The form the definition was read in (see splitDefinition): the files are the same either way. */
  form: 'fast' | 'exact'
}

/** The definition is in the platform's form, yet its files would not give it back: a fault of the split. */
export class SplitFault extends Error {}

/**
 * Takes a definition apart, and proves the way back: the files put back together give the
 * definition byte for byte. Undefined when it cannot be put back exactly (not UTF-8, not
 * JSON, not an object, nested too deep, or not in the platform's format nor minified): it is
 * then kept whole. Throws a SplitFault when it should have come back and did not.
 *
 * The definition is read in the fast form first (JSON.parse's objects, written with
 * JSON.stringify: a third of the time and memory of the exact model), and kept in it when the
 * way back gives the very text, which it does for every real export measured; else (an
 * integer-like key after others, a number JSON.parse would round, a repeated key) it is read
 * again with the exact model. Both give the same files for the same bot.
 */
export function splitDefinition(fileName: string, bytes: Buffer): SplitFiles | undefined {
  return finish(splitSteps(fileName, bytes))
}

/**
 * splitDefinition in steps: reading, taking apart, putting back together and comparing each
 * take up to a second for a definition of 64 MiB, and a cancellation may stop it between them.
 */
export function* splitSteps(fileName: string, bytes: Buffer): Steps<SplitFiles | undefined> {
  let source: string
  try {
    source = strictUtf8.decode(bytes)
  } catch {
    return undefined
  }
  // Files the platform wrote have newlines; minified ones have none.
  const style = source.includes('\n') ? PLATFORM_STYLE : MINIFIED_STYLE
  yield
  try {
    const definition = JSON.parse(source) as JsonNode
    if (!isNodeObject(definition)) return undefined
    yield
    const split = yield* splitValue(fileName, definition, style, true)
    yield
    // The files' values are used as they are (and changed), not parsed again: that a file
    // written from a value parses back into it is the JSON model's own property.
    const assembled = yield* assemble(split.record, file => split.files.get(file), split.values)
    yield
    if (JSON.stringify(assembled, null, style.indent || undefined) === source) return split
  } catch {
    // Not JSON (the exact reader says so below), or nested too deep for the fast form.
  }
  yield
  let definition: JsonNode
  try {
    definition = parseJson(source)
  } catch {
    return undefined
  }
  if (!isNodeObject(definition)) return undefined
  yield
  const split = yield* splitValue(fileName, definition, style, false)
  yield
  const assembled = yield* assemble(split.record, file => split.files.get(file), split.values)
  yield
  if (serializesTo(assembled, style, bytes)) return split
  yield
  if (isCanonical(bytes))
    throw new SplitFault(
      `${fileName} taken apart into the split layout does not go back together byte for byte; use layout: plain meanwhile, and please report it`
    )
  // A definition in a form of its own (not as the platform writes JSON): kept whole.
  return undefined
}

/** The split of a definition read in one form, in steps (a key, or a dialog or component, at a time). */
function* splitValue(
  fileName: string,
  definition: NodeObject,
  definitionStyle: JsonStyle,
  native: boolean
): Steps<SplitFiles & { values: Map<string, JsonNode> }> {
  const style = definitionStyle === MINIFIED_STYLE ? 'minified' : 'platform'
  const folder = fileName.replace(/\.json$/i, '')
  const files = new Map<string, Buffer>()
  const values = new Map<string, JsonNode>()
  const record: SplitRecord = { folder, style, keys: [], layouts: {}, texts: {} }
  const write = (file: string, value: JsonNode): void => {
    // In the fast form JSON.stringify writes what the exact serialiser would, three times as fast.
    files.set(
      `${folder}/${file}`,
      native ? Buffer.from(`${JSON.stringify(value, null, 4)}\n`, 'utf8') : jsonBytes(value, PLATFORM_STYLE, '\n')
    )
    values.set(`${folder}/${file}`, value)
  }

  const dialogs = listOf(definition, 'dialogs')
  const components = listOf(definition, 'dialogComponents')
  const language = stringOf(memberOf(definition, 'defaultLanguage')) || 'en'

  // Dialogs: a folder each, named by display name.
  const dialogNames = uniqueNames(dialogs.map(dialog => ({ name: displayName(dialog, language), id: idOf(dialog) })))
  const dialogFolders = dialogNames.map(name => `dialogs/${name}`)

  // Components: with the one dialog that uses them, or shared.
  const users = new Map<string, Set<number>>()
  dialogs.forEach((dialog, index) => {
    for (const node of listOf(dialog, 'nodes')) {
      const id = memberOf(node, 'componentId')
      if (typeof id === 'string') users.set(id, (users.get(id) ?? new Set()).add(index))
    }
  })
  const componentFolders = components.map(component => {
    const used = users.get(idOf(component)) ?? new Set()
    return used.size === 1 ? `${dialogFolders[[...used][0]]}/components` : 'components'
  })
  const componentBases = new Map<string, string>()
  const byFolder = new Map<string, number[]>()
  componentFolders.forEach((componentFolder, index) =>
    byFolder.set(componentFolder, [...(byFolder.get(componentFolder) ?? []), index])
  )
  for (const [componentFolder, indexes] of byFolder) {
    const names = uniqueNames(
      indexes.map(index => ({
        name: `${stringOf(memberOf(components[index], 'type')) || 'component'}.${stringOf(memberOf(components[index], 'name')) || idOf(components[index])}`,
        id: idOf(components[index])
      }))
    )
    indexes.forEach((index, i) => componentBases.set(String(index), `${componentFolder}/${names[i]}`))
  }
  const baseOfId = new Map<string, string>()
  const baseOfRefId = new Map<string, string>()
  components.forEach((component, index) => {
    baseOfId.set(idOf(component), componentBases.get(String(index))!)
    const refId = memberOf(component, 'refId')
    if (typeof refId === 'string') baseOfRefId.set(refId, componentBases.get(String(index))!)
  })

  const faqNames = uniqueNames(
    listOf(definition, 'knowledgeTasks').map(task => ({
      name: stringOf(memberOf(task, 'name')) || stringOf(memberOf(task, 'lname')) || idOf(task),
      id: idOf(task)
    }))
  )
  const ids = storyboardAliases(definition)
  record.volatile = newVolatileRecord()

  for (const [key, original] of membersOf(definition)) {
    yield
    const value = takeVolatile(key, original, ids, record.volatile)
    setMember(definition, key, value)
    if (VOLATILE_KEYS.has(key)) {
      record.keys.push({ key, value: stringifyJson(value, MINIFIED_STYLE) })
    } else if (key === 'dialogs' && Array.isArray(value) && value.every(isNodeObject)) {
      const elements: ElementPlace[] = []
      for (const [index, dialog] of dialogs.entries()) {
        yield
        const file = `${dialogFolders[index]}/dialog.json`
        const layoutFile = `${dialogFolders[index]}/layout.json`
        const { logic, layout } = separateLayout(dialog)
        write(file, logic)
        write(layoutFile, layout)
        record.layouts[file] = layoutFile
        elements.push(file)
      }
      record.keys.push({ key, elements })
    } else if (key === 'dialogComponents' && Array.isArray(value) && value.every(isNodeObject)) {
      const elements: ElementPlace[] = []
      for (const [index, component] of components.entries()) {
        yield
        const base = componentBases.get(String(index))!
        const file = `${base}.json`
        const texts = decodeTexts(component, base)
        for (const { file: textFile, content } of texts)
          if (textFile) files.set(`${folder}/${textFile}`, Buffer.from(content, 'utf8'))
        if (texts.length > 0) record.texts[file] = texts.map(({ path, file: textFile }) => ({ path, file: textFile }))
        write(file, component)
        elements.push(file)
      }
      record.keys.push({ key, elements })
    } else if ((key === 'sentences' || key === 'patterns') && Array.isArray(value) && value.every(isNodeObject)) {
      // Utterances and patterns beside the intent or entity they train.
      const files = value.map(item => {
        const owner =
          key === 'sentences'
            ? baseOfId.get(stringOf(memberOf(item as NodeObject, 'taskId')))
            : baseOfRefId.get(stringOf(memberOf(item as NodeObject, 'refId')))
        return owner
          ? `${owner}.${key === 'sentences' ? 'utterances' : 'patterns'}.json`
          : `nlp/${key === 'sentences' ? 'utterances' : 'patterns'}.json`
      })
      record.keys.push({ key, elements: yield* writeSortedGroups(value, files, write) })
    } else if (SORTED_LISTS[key] && Array.isArray(value)) {
      record.keys.push({
        key,
        elements: yield* writeSortedGroups(
          value,
          value.map(() => SORTED_LISTS[key]),
          write
        )
      })
    } else if (key === 'knowledgeTasks' && Array.isArray(value) && value.every(isNodeObject)) {
      const elements: ElementPlace[] = []
      for (const [index, task] of value.entries()) {
        yield
        const file = `faqs/${faqNames[index]}.json`
        write(file, task)
        elements.push(file)
      }
      record.keys.push({ key, elements })
    } else if (PLACES[key] && (Array.isArray(value) || isNodeObject(value))) {
      write(PLACES[key], value)
      record.keys.push({ key, file: PLACES[key] })
    } else {
      record.keys.push({ key, bot: true })
    }
  }
  yield
  const bot = objectLike(definition)
  for (const place of record.keys) if ('bot' in place) setMember(bot, place.key, memberOf(definition, place.key)!)
  write('bot.json', bot)
  return { record, files, values, form: native ? 'fast' : 'exact' }
}

/**
 * Whether the definition is exactly what serialising it in its style gives: only then can
 * the split give it back byte for byte. Asked only when the way back failed, to tell a
 * definition in a form of its own (kept whole) from a fault of the split (reported).
 */
function isCanonical(bytes: Buffer): boolean {
  try {
    const source = bytes.toString('utf8')
    return stringifyJson(parseJson(source), source.includes('\n') ? PLATFORM_STYLE : MINIFIED_STYLE) === source
  } catch {
    return false
  }
}

/** Puts a definition back together from its files, byte for byte (what pack does). */
export function joinDefinition(record: SplitRecord, read: (file: string) => Buffer | undefined): Buffer {
  return finish(joinSteps(record, read))
}

/** joinDefinition in steps (see splitSteps). */
export function* joinSteps(record: SplitRecord, read: (file: string) => Buffer | undefined): Steps<Buffer> {
  const definition = yield* assemble(record, read)
  yield
  return jsonBytes(definition, record.style === 'minified' ? MINIFIED_STYLE : PLATFORM_STYLE)
}

/**
 * The definition from its files. `written` holds the values the files were just written from:
 * they are used (and changed) instead of parsing the files, and in their form.
 */
function* assemble(
  record: SplitRecord,
  read: (file: string) => Buffer | undefined,
  written?: Map<string, JsonNode>
): Steps<NodeObject> {
  const cache = new Map<string, JsonNode>()
  const load = (file: string): JsonNode => {
    if (!cache.has(file)) {
      const path = `${record.folder}/${file}`
      const bytes = read(path)
      if (!bytes) throw new Error(`${path} is missing`)
      let value = written?.has(path) ? written.get(path)! : parseFile(path, bytes)
      if (record.layouts[file]) value = restoreLayout(value, load(record.layouts[file]))
      for (const { path, file: textFile } of record.texts[file] ?? []) {
        if (!textFile) {
          const decoded = getAt(value, path)
          if (typeof decoded !== 'string') throw new Error(`${record.folder}/${file} has no text at ${path.join('.')}`)
          value = setAt(value, path, encodeURIComponent(decoded))
          continue
        }
        const content = read(`${record.folder}/${textFile}`)
        if (!content) throw new Error(`${record.folder}/${textFile} is missing`)
        value = setAt(value, path, encodeURIComponent(content.toString('utf8')))
      }
      cache.set(file, value)
    }
    return cache.get(file)!
  }
  const bot = load('bot.json')
  if (!isNodeObject(bot)) throw new Error(`${record.folder}/bot.json is not an object`)
  const definition = objectLike(bot)
  for (const place of record.keys) {
    yield
    if ('bot' in place) {
      if (!hasMember(bot, place.key)) throw new Error(`${record.folder}/bot.json has no "${place.key}"`)
      setMember(definition, place.key, memberOf(bot, place.key)!)
    } else if ('file' in place) {
      setMember(definition, place.key, restoreVolatile(place.key, load(place.file), record.volatile))
    } else if ('value' in place) {
      // In the form of the rest: an exact model inside plain objects would not serialise with JSON.stringify.
      setMember(
        definition,
        place.key,
        definition instanceof Map ? parseJson(place.value) : (JSON.parse(place.value) as JsonNode)
      )
    } else {
      const list: JsonNode[] = []
      // A file of grouped elements (EDITABLE_LISTS) that holds as many as the manifest
      // placed gives each back where it was: an unedited folder packs byte for byte. One that
      // a reviewer gave more or fewer gives all it holds, in its order, where its first was:
      // the platform keeps no meaning in these lists' order (it reorders them on publish).
      const placed = new Map<string, number>()
      for (const element of place.elements)
        if (typeof element !== 'string') placed.set(element[0], (placed.get(element[0]) ?? 0) + 1)
      const given = new Set<string>()
      for (const element of place.elements) {
        yield
        if (typeof element === 'string') {
          list.push(load(element))
          continue
        }
        const group = load(element[0])
        if (!Array.isArray(group)) throw new Error(`${record.folder}/${element[0]} is not a list`)
        if (EDITABLE_LISTS.has(place.key) && group.length !== placed.get(element[0])) {
          if (!given.has(element[0])) list.push(...group)
          given.add(element[0])
          continue
        }
        if (group[element[1]] === undefined)
          throw new Error(`${record.folder}/${element[0]} has no element ${element[1]}`)
        list.push(group[element[1]])
      }
      setMember(definition, place.key, restoreVolatile(place.key, list, record.volatile))
    }
  }
  return definition
}

/**
 * Elements grouped into files, each file's elements in a stable order (by refId, id, then
 * content), so that the platform reordering a list changes the manifest only. Returns where
 * each element went, in the list's order.
 */
function* writeSortedGroups(
  list: JsonNode[],
  files: string[],
  write: (file: string, value: JsonNode) => void
): Steps<ElementPlace[]> {
  const groups = new Map<string, number[]>()
  files.forEach((file, index) => groups.set(file, [...(groups.get(file) ?? []), index]))
  const places: ElementPlace[] = new Array(list.length)
  for (const [file, indexes] of groups) {
    yield
    const keyed = indexes.map(index => ({ index, key: sortKey(list[index]) }))
    keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.index - b.index))
    keyed.forEach(({ index }, position) => (places[index] = [file, position]))
    write(
      file,
      keyed.map(({ index }) => list[index])
    )
  }
  return places
}

function sortKey(element: JsonNode): string {
  if (!isNodeObject(element)) return stringifyJson(element, MINIFIED_STYLE)
  return `${stringOf(memberOf(element, 'refId'))}\u0000${stringOf(memberOf(element, '_id'))}\u0000${stringifyJson(element, MINIFIED_STYLE)}`
}

/** The dialog without its nodes' canvas positions, and those positions by node id. */
function separateLayout(dialog: NodeObject): { logic: NodeObject; layout: NodeObject } {
  const logic = objectLike(dialog, membersOf(dialog))
  const layout = objectLike(dialog)
  const nodes = memberOf(dialog, 'nodes')
  if (!Array.isArray(nodes)) return { logic, layout }
  setMember(
    logic,
    'nodes',
    nodes.map((node, index) => {
      if (!isNodeObject(node)) return node
      const members = membersOf(node)
      const keys = members.map(([key]) => key)
      const moved: [string, JsonNode][] = []
      for (const key of NODE_LAYOUT_KEYS) {
        if (!hasMember(node, key)) continue
        moved.push([key, memberOf(node, key)!], [`${key}At`, positionValue(node, keys.indexOf(key))])
      }
      if (moved.length > 0)
        setMember(layout, `${stringOf(memberOf(node, 'nodeId')) || '#'}#${index}`, objectLike(node, moved))
      return moved.length > 0
        ? objectLike(
            node,
            members.filter(([key]) => !NODE_LAYOUT_KEYS.includes(key))
          )
        : node
    })
  )
  return { logic, layout }
}

/** A position, as a number of the same form as the object it describes. */
function positionValue(like: NodeObject, position: number): JsonNode {
  return like instanceof Map ? new JsonNumber(String(position)) : position
}

function restoreLayout(dialog: JsonNode, layout: JsonNode): JsonNode {
  if (!isNodeObject(dialog) || !isNodeObject(layout)) return dialog
  const nodes = memberOf(dialog, 'nodes')
  if (!Array.isArray(nodes)) return dialog
  const restored = objectLike(dialog, membersOf(dialog))
  setMember(
    restored,
    'nodes',
    nodes.map((node, index) => {
      const moved = isNodeObject(node)
        ? memberOf(layout, `${stringOf(memberOf(node, 'nodeId')) || '#'}#${index}`)
        : undefined
      if (!isNodeObject(node) || !isNodeObject(moved)) return node
      const members: MovedMember[] = NODE_LAYOUT_KEYS.filter(key => hasMember(moved, key)).map(key => {
        const at = memberOf(moved, `${key}At`)
        return {
          key,
          at: at instanceof JsonNumber ? Number(at.text) : typeof at === 'number' ? at : Number.MAX_SAFE_INTEGER
        }
      })
      const entries = membersOf(node)
      for (const { key, at } of members.sort((a, b) => a.at - b.at)) entries.splice(at, 0, [key, memberOf(moved, key)!])
      return objectLike(node, entries)
    })
  )
  return restored
}

/**
 * The texts, scripts and payloads the platform stores URL-encoded, decoded wherever encoding
 * again gives back the exact string (the platform's encoding is not always
 * encodeURIComponent's; those stay as they are): multi-line ones as files of their own (the
 * JSON keeps an empty string in their place), one-line ones in place.
 */
function decodeTexts(
  component: NodeObject,
  base: string
): { path: (string | number)[]; file?: string; content: string }[] {
  const found: { path: (string | number)[]; file?: string; content: string }[] = []
  let files = 0
  const visit = (value: JsonNode, path: (string | number)[]): void => {
    if (typeof value === 'string') {
      if (!/%[0-9A-F]{2}/i.test(value)) return
      let decoded: string
      try {
        decoded = decodeURIComponent(value)
      } catch {
        return
      }
      if (encodeURIComponent(decoded) !== value) return
      if (!/[\r\n]/.test(decoded)) {
        found.push({ path, content: decoded })
        return
      }
      const field = path.filter(step => typeof step === 'string').at(-1) ?? 'text'
      const code = field === 'script' || /^\s*(var|let|const|function|print\(|\/\/|\/\*)/.test(decoded)
      files++
      found.push({
        path,
        file: `${base}.${field}${files === 1 ? '' : `-${files}`}.${code ? 'js' : 'txt'}`,
        content: decoded
      })
    } else if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, index]))
    else if (isNodeObject(value)) for (const [key, item] of membersOf(value)) visit(item, [...path, key])
  }
  visit(component, [])
  for (const { path, file, content } of found) setAt(component, path, file ? '' : content)
  return found
}

function setAt(value: JsonNode, path: (string | number)[], replacement: string): JsonNode {
  if (path.length === 0) return replacement
  const [step, ...rest] = path
  if (Array.isArray(value) && typeof step === 'number') value[step] = setAt(value[step], rest, replacement)
  else if (isNodeObject(value) && typeof step === 'string')
    setMember(value, step, setAt(memberOf(value, step) ?? null, rest, replacement))
  else throw new Error(`no ${String(step)} where a text file belongs`)
  return value
}

function listOf(value: JsonNode | undefined, key: string): NodeObject[] {
  const list = isNodeObject(value) ? memberOf(value, key) : undefined
  return Array.isArray(list) ? list.filter(isNodeObject) : []
}

function idOf(value: NodeObject): string {
  return stringOf(memberOf(value, '_id')) || stringOf(memberOf(value, 'refId'))
}

/** A dialog's display name: localeData.<language>.name (dialogs have no `name`), else lname. */
function displayName(dialog: NodeObject, language: string): string {
  const locales = memberOf(dialog, 'localeData')
  if (isNodeObject(locales)) {
    for (const locale of [memberOf(locales, language), ...membersOf(locales).map(([, value]) => value)]) {
      const name = isNodeObject(locale) ? stringOf(memberOf(locale, 'name')) : ''
      if (name) return name
    }
  }
  return stringOf(memberOf(dialog, 'lname')) || stringOf(memberOf(dialog, 'name')) || idOf(dialog) || 'dialog'
}

/** Names Windows and macOS can hold. */
function safeName(raw: string): string {
  let name = raw
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[<>:"/\\|?*\u0000-\u001f]/g, '_')
    .replace(/[. ]+$/, '')
    .trim()
    .slice(0, 80)
  if (!name || name === '.' || name === '..') name = '_'
  if (/^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i.test(name)) name = `${name}_`
  if (name.startsWith('.')) name = `_${name}`
  return name
}

/**
 * Safe names, unique within one folder on a case-insensitive file system. Names that collide
 * all get a short form of their id, so a name does not depend on the others' order (which
 * the platform reshuffles) and stays the same while the bot does not change.
 */
function uniqueNames(items: { name: string; id: string }[]): string[] {
  const names = items.map(item => safeName(item.name))
  const counts = new Map<string, number>()
  for (const name of names) counts.set(name.toLowerCase(), (counts.get(name.toLowerCase()) ?? 0) + 1)
  const result = names.map((name, index) =>
    counts.get(name.toLowerCase())! > 1 ? `${name.slice(0, 70)} (${shortId(items[index].id, index)})` : name
  )
  // Two items with one name and no usable id: number the rest.
  const seen = new Set<string>()
  return result.map(name => {
    let unique = name
    for (let n = 2; seen.has(unique.toLowerCase()); n++) unique = `${name} ${n}`
    seen.add(unique.toLowerCase())
    return unique
  })
}

function shortId(id: string, index: number): string {
  const hex = id.replace(/^[a-z]+-/, '').replace(/[^0-9a-z]/gi, '')
  return hex ? hex.slice(0, 8) : `#${index + 1}`
}

/** A file of the folder as JSON; an error names the file, then its line and column. */
function parseFile(path: string, bytes: Buffer): JsonNode {
  try {
    return parseJson(bytes.toString('utf8'))
  } catch (error) {
    throw error instanceof SyntaxError ? new SyntaxError(`${path}, ${error.message}`) : error
  }
}
