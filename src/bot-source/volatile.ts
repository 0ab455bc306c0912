// Values the platform regenerates when a bot is published again, edit or no edit (measured on
// 476 consecutive real exports of three bots; ../shared/reference/kore-import-and-layout.md):
// a date in each event message, small-talk group and answer ids, and the storyboard's scene
// and scene-component ids, which are also keys of maps and references between scenes. In the
// split layout they are taken out of the content files and kept in the manifest, so that a
// re-publish leaves the content files as they were, and a real edit shows without them.
//
// Values in place are replaced by a marker; the storyboard's ids by an alias made from the
// element's refId, which stays the same across exports.
import {
  getAt,
  isNodeObject,
  memberOf,
  membersOf,
  objectLike,
  setMember,
  type JsonNode,
  type NodeObject
} from './json-model.js'

export const REGENERATED = '(regenerated on publish)'

/** A value taken out of a content file: where it was, and what it was. */
export type TakenValue = [path: (string | number)[], value: JsonNode]

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
export function storyboardAliases(definition: NodeObject): Map<string, string> {
  const aliases = new Map<string, string>()
  for (const [key, prefix] of [
    ['scenes', 'scene'],
    ['sceneComponents', 'scene-component']
  ] as const) {
    const list = memberOf(definition, key)
    if (!Array.isArray(list)) continue
    for (const item of list) {
      if (!isNodeObject(item)) continue
      const id = memberOf(item, '_id')
      const refId = memberOf(item, 'refId')
      if (typeof id === 'string' && typeof refId === 'string' && refId) aliases.set(id, `${prefix}:${refId}`)
    }
  }
  return aliases
}

/** Takes the regenerated values out of one top-level key's value (changing it), into `record`. */
export function takeVolatile(key: string, value: JsonNode, ids: Map<string, string>, record: VolatileRecord): JsonNode {
  const taken: TakenValue[] = []
  const take = (path: (string | number)[], holder: JsonNode | undefined, member: string): void => {
    // Strings only (dates and ids, in every export measured): the manifest is JSON, and would
    // not give back the exact text of a number, say, which then stays in its file.
    const value = isNodeObject(holder) ? memberOf(holder, member) : undefined
    if (!isNodeObject(holder) || typeof value !== 'string' || value === REGENERATED) return
    taken.push([[...path, member], value])
    setMember(holder, member, REGENERATED)
  }
  if (key === 'botEvents' && isNodeObject(value)) {
    for (const [event, settings] of membersOf(value)) {
      const messages = isNodeObject(settings) ? memberOf(settings, 'msg') : undefined
      if (Array.isArray(messages)) messages.forEach((message, index) => take([event, 'msg', index], message, 'lMod'))
    }
  }
  if (key === 'smallTalk' && Array.isArray(value)) {
    value.forEach((topic, t) => {
      const groups = isNodeObject(topic) ? memberOf(topic, 'groups') : undefined
      if (!Array.isArray(groups)) return
      groups.forEach((group, g) => {
        take([t, 'groups', g], group, 'groupId')
        const nodes = isNodeObject(group) ? memberOf(group, 'nodes') : undefined
        if (!Array.isArray(nodes)) return
        nodes.forEach((node, n) => {
          const answers = isNodeObject(node) ? memberOf(node, 'botUtterances') : undefined
          if (Array.isArray(answers))
            answers.forEach((answer, a) => take([t, 'groups', g, 'nodes', n, 'botUtterances', a], answer, '_id'))
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
export function restoreVolatile(key: string, value: JsonNode, record: VolatileRecord | undefined): JsonNode {
  if (!record) return value
  let restored = value
  if (key === 'scenes' || key === 'sceneComponents')
    restored = renameIds(restored, alias => record.aliases[alias]).value
  for (const [path, original] of record.values[key] ?? []) {
    const holder = getAt(restored, path.slice(0, -1))
    const member = path.at(-1) as string
    if (isNodeObject(holder) && memberOf(holder, member) === REGENERATED) setMember(holder, member, original)
  }
  return restored
}

/** Every string value and object key that `rename` maps, renamed; and which were. */
function renameIds(
  value: JsonNode,
  rename: (id: string) => string | undefined
): { value: JsonNode; used: Set<string> } {
  const used = new Set<string>()
  const visit = (item: JsonNode): JsonNode => {
    if (typeof item === 'string') {
      const renamed = rename(item)
      if (renamed === undefined) return item
      used.add(item)
      return renamed
    }
    if (Array.isArray(item)) return item.map(visit)
    if (isNodeObject(item)) {
      return objectLike(
        item,
        membersOf(item).map(([key, member]) => {
          const renamed = rename(key)
          if (renamed !== undefined) used.add(key)
          return [renamed ?? key, visit(member)]
        })
      )
    }
    return item
  }
  return { value: visit(value), used }
}
