// Values the platform regenerates when a bot is published again, edit or no edit (measured on
// 476 consecutive real exports of three bots; ../shared/reference/kore-import-and-layout.md):
// a date in each event message, small-talk group and answer ids, and the storyboard's scene
// and scene-component ids, which are also keys of maps and references between scenes. In the
// split layout they are taken out of the content files and kept in the manifest, so that a
// re-publish leaves the content files as they were, and a real edit shows without them.
//
// Values in place are replaced by a marker; the storyboard's ids by an alias made from the
// element's refId, which stays the same across exports.
import { getAt, isObject, type JsonObject, type JsonValue } from './json-model.js'

export const REGENERATED = '(regenerated on publish)'

/** A value taken out of a content file: where it was, and what it was. */
export type TakenValue = [path: (string | number)[], value: JsonValue]

export interface VolatileRecord {
  /** By top-level key. */
  values: Record<string, TakenValue[]>
  /** Alias → the id it stands for. */
  aliases: Record<string, string>
}

export function newVolatileRecord(): VolatileRecord {
  return { values: {}, aliases: {} }
}

/** The storyboard ids (scenes `sn-…`, scene components `snc-…`) by the alias that replaces them. */
export function storyboardAliases(definition: JsonObject): Map<string, string> {
  const aliases = new Map<string, string>()
  for (const [key, prefix] of [
    ['scenes', 'scene'],
    ['sceneComponents', 'scene-component']
  ] as const) {
    const list = definition.get(key)
    if (!Array.isArray(list)) continue
    for (const item of list) {
      if (!isObject(item)) continue
      const id = item.get('_id')
      const refId = item.get('refId')
      if (typeof id === 'string' && typeof refId === 'string' && refId) aliases.set(id, `${prefix}:${refId}`)
    }
  }
  return aliases
}

/** Takes the regenerated values out of one top-level key's value (changing it), into `record`. */
export function takeVolatile(key: string, value: JsonValue, ids: Map<string, string>, record: VolatileRecord): JsonValue {
  const taken: TakenValue[] = []
  const take = (path: (string | number)[], holder: JsonValue | undefined, member: string): void => {
    if (!isObject(holder) || !holder.has(member) || holder.get(member) === REGENERATED) return
    taken.push([[...path, member], holder.get(member)!])
    holder.set(member, REGENERATED)
  }
  if (key === 'botEvents' && isObject(value)) {
    for (const [event, settings] of value) {
      const messages = isObject(settings) ? settings.get('msg') : undefined
      if (Array.isArray(messages)) messages.forEach((message, index) => take([event, 'msg', index], message, 'lMod'))
    }
  }
  if (key === 'smallTalk' && Array.isArray(value)) {
    value.forEach((topic, t) => {
      const groups = isObject(topic) ? topic.get('groups') : undefined
      if (!Array.isArray(groups)) return
      groups.forEach((group, g) => {
        take([t, 'groups', g], group, 'groupId')
        const nodes = isObject(group) ? group.get('nodes') : undefined
        if (!Array.isArray(nodes)) return
        nodes.forEach((node, n) => {
          const answers = isObject(node) ? node.get('botUtterances') : undefined
          if (Array.isArray(answers)) answers.forEach((answer, a) => take([t, 'groups', g, 'nodes', n, 'botUtterances', a], answer, '_id'))
        })
      })
    })
  }
  if (taken.length > 0) record.values[key] = taken
  if (key === 'scenes' || key === 'sceneComponents') {
    const renamed = renameIds(value, id => ids.get(id))
    for (const [id, alias] of ids) if (renamed.used.has(id)) record.aliases[alias] = id
    return renamed.value
  }
  return value
}

/** Puts the regenerated values back into one top-level key's value. */
export function restoreVolatile(key: string, value: JsonValue, record: VolatileRecord | undefined): JsonValue {
  if (!record) return value
  let restored = value
  if (key === 'scenes' || key === 'sceneComponents') restored = renameIds(restored, alias => record.aliases[alias]).value
  for (const [path, original] of record.values[key] ?? []) {
    const holder = getAt(restored, path.slice(0, -1))
    const member = path.at(-1) as string
    if (isObject(holder) && holder.get(member) === REGENERATED) holder.set(member, original)
  }
  return restored
}

/** Every string value and object key that `rename` maps, renamed; and which were. */
function renameIds(value: JsonValue, rename: (id: string) => string | undefined): { value: JsonValue; used: Set<string> } {
  const used = new Set<string>()
  const visit = (item: JsonValue): JsonValue => {
    if (typeof item === 'string') {
      const renamed = rename(item)
      if (renamed === undefined) return item
      used.add(item)
      return renamed
    }
    if (Array.isArray(item)) return item.map(visit)
    if (isObject(item)) {
      const copy: JsonObject = new Map()
      for (const [key, member] of item) {
        const renamed = rename(key)
        if (renamed !== undefined) used.add(key)
        copy.set(renamed ?? key, visit(member))
      }
      return copy
    }
    return item
  }
  return { value: visit(value), used }
}
