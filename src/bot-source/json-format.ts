import { isUtf8 } from 'node:buffer'
import { finish, type Steps } from './steps.js'

// Re-indents JSON for readable diffs without parsing it into objects: JSON.parse would move
// integer-like keys to the front and round large numbers, and a bot definition must come
// out of this with every key, number and string exactly as the platform wrote it. Only the
// white space between tokens changes, so the way back (minifying) is exact too.

// Bounded, because the file comes from outside: a few bytes of `[[[[…` would otherwise become
// gigabytes of indentation. Real bot definitions nest 12 deep and grow 1.6× at most.

/** Where line breaks and indentation go between tokens. */
export interface JsonStyle {
  /** Between a value and the next, and around the contents of non-empty objects and arrays. */
  newline: string
  indent: string
  colon: string
  finalNewline: boolean
}

/** What the platform writes: `JSON.stringify(value, null, 4)`, no final new line. */
export const PLATFORM_STYLE: JsonStyle = { newline: '\n', indent: '    ', colon: ': ', finalNewline: false }
/** `JSON.stringify(value)`. */
export const MINIFIED_STYLE: JsonStyle = { newline: '', indent: '', colon: ':', finalNewline: false }

export const FORMAT_LIMITS = {
  /** Deeper JSON is kept as it is. */
  maxDepth: 256,
  /** Output larger than this many times the input (plus 1 MiB) is not written: kept as is. */
  maxGrowth: 8
}

// ignoreBOM keeps a byte order mark in the text, where a check can see it.
export const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/**
 * How a .json file goes into the folder: `platform`, already in the platform's format, kept
 * byte for byte; `minified`, re-indented in the platform's format (minifying gives back the
 * exact bytes); `other`, kept as it is: not UTF-8 (rewriting would replace bytes), not JSON,
 * past the bounds, or in a format of its own that could not be restored exactly.
 */
export type JsonForm = 'platform' | 'minified' | 'other'

export function formatJsonFile(bytes: Uint8Array): { form: JsonForm; bytes: Buffer } {
  return finish(formatJsonSteps(bytes))
}

/** formatJsonFile in steps (see reindentSteps). */
export function* formatJsonSteps(bytes: Uint8Array): Steps<{ form: JsonForm; bytes: Buffer }> {
  const source = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const kept = { form: 'other' as const, bytes: source }
  // Not UTF-8, or with a byte order mark: rewriting would not give these bytes back.
  if (!isUtf8(source) || (source[0] === 0xef && source[1] === 0xbb && source[2] === 0xbf)) return kept
  // The platform's files have new lines, minified ones none: try the likely form first.
  if (source.indexOf(0x0a) < 0) {
    // Minified means no white space between tokens: then minifying gives these bytes back.
    const scan = { spaces: false }
    const indented = yield* reindentSteps(source, PLATFORM_STYLE, FORMAT_LIMITS, scan)
    return indented === undefined || scan.spaces ? kept : { form: 'minified', bytes: indented }
  }
  const indented = yield* reindentSteps(source, PLATFORM_STYLE)
  return indented?.equals(source) ? { form: 'platform', bytes: source } : kept
}

/** A file of the folder back as the export had it. */
export function restoreJsonFile(bytes: Buffer, form: JsonForm): Buffer {
  return finish(restoreJsonSteps(bytes, form))
}

/** restoreJsonFile in steps (see reindentSteps). */
export function* restoreJsonSteps(bytes: Buffer, form: JsonForm): Steps<Buffer> {
  if (form !== 'minified') return bytes
  const minified = yield* reindentSteps(bytes, MINIFIED_STYLE)
  if (minified === undefined) throw new Error('it is no longer valid JSON')
  return minified
}

/** The same JSON laid out in `style`, as text; undefined if not JSON or past the bounds. */
export function reindentJson(
  text: string,
  style: JsonStyle = PLATFORM_STYLE,
  limits = FORMAT_LIMITS
): string | undefined {
  return reindentBytes(
    Buffer.from(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, 'utf8'),
    style,
    limits
  )?.toString('utf8')
}

/** Where the scanner is in the grammar. */
const enum Expect {
  Value,
  /** A key, or (right after `{`) the end of the object. */
  Key,
  Colon,
  /** A comma or the end of the container; at the top level, the end of the text. */
  Next
}

let containers = new Uint8Array(FORMAT_LIMITS.maxDepth + 1)

const OBJECT = 1
const ARRAY = 2

/**
 * The same JSON laid out in `style`, from UTF-8 bytes into one buffer: only the white space
 * between tokens changes; strings, numbers and literals are copied byte for byte. The grammar
 * is checked on the way (no JSON.parse: it would build the whole value only to throw it
 * away), so undefined means not JSON, nested past `maxDepth`, or growing past `maxGrowth`.
 * `scan.spaces` says whether there was white space between tokens.
 */
export function reindentBytes(
  source: Uint8Array,
  style: JsonStyle = PLATFORM_STYLE,
  limits = FORMAT_LIMITS,
  scan?: { spaces: boolean }
): Buffer | undefined {
  return finish(reindentSteps(source, style, limits, scan))
}

/** Source bytes re-indented between two pauses of reindentSteps: some 50 ms of work. */
const STEP_BYTES = 4 * 1024 * 1024

/** reindentBytes as steps of STEP_BYTES of the source, so that a cancellation can stop a large file. */
export function* reindentSteps(
  source: Uint8Array,
  style: JsonStyle = PLATFORM_STYLE,
  limits = FORMAT_LIMITS,
  scan?: { spaces: boolean }
): Steps<Buffer | undefined> {
  const length = source.length
  const maxLength = length * limits.maxGrowth + 1024 * 1024
  const { newline, indent, colon, pads } = styleBytes(style, limits.maxDepth)
  const newlineLength = newline.length
  const indentLength = indent.length
  const colonLength = colon.length
  // Indenting a minified file about doubles it (2.0 to 2.1 times, measured on real exports);
  // a file with new lines keeps its size. Growing the buffer on the way costs a copy.
  const growth = !style.newline ? 1 : source.indexOf(0x0a) < 0 ? 2.5 : 1.1
  let out: Buffer = Buffer.allocUnsafe(Math.min(maxLength, Math.max(64, Math.ceil(length * growth))))
  let at = 0

  // One stack for every call (the scanner is synchronous): an export is thousands of small
  // files, and a typed array of this size is an ArrayBuffer of its own each time.
  // A file that pauses has a stack of its own: another may be re-indented meanwhile.
  if (containers.length < limits.maxDepth + 1) containers = new Uint8Array(limits.maxDepth + 1)
  const stack = length > STEP_BYTES ? new Uint8Array(limits.maxDepth + 1) : containers
  let depth = 0
  let expect = Expect.Value
  let i = 0
  let pause = STEP_BYTES
  // Everything is written in this one loop, with room made before each step (no closures:
  // thousands of small files run it mostly before the optimising compiler has seen it).
  while (i < length) {
    if (i >= pause) {
      yield
      pause = i + STEP_BYTES
    }
    const c = source[i]
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
      if (scan) scan.spaces = true
      i++
      continue
    }
    // Room for the most any step writes besides a string or number: a bracket and a pad one
    // level deeper, or a comma and a pad, or the colon.
    const room = withRoom(out, at, 2 + newlineLength + (depth + 1) * indentLength + colonLength, maxLength)
    if (!room) return undefined
    out = room
    if (expect === Expect.Next) {
      if (depth === 0) return undefined
      if (c === 0x2c) {
        out[at++] = 0x2c
        at = copyBytes(out, at, pads, 0, newlineLength + depth * indentLength)
        expect = stack[depth] === OBJECT ? Expect.Key : Expect.Value
        i++
        continue
      }
      if (c !== (stack[depth] === OBJECT ? 0x7d : 0x5d)) return undefined
      depth--
      at = copyBytes(out, at, pads, 0, newlineLength + depth * indentLength)
      out[at++] = c
      i++
      continue
    }
    if (expect === Expect.Colon) {
      if (c !== 0x3a) return undefined
      at = copyBytes(out, at, colon, 0, colonLength)
      expect = Expect.Value
      i++
      continue
    }
    if (c === 0x22) {
      // The string is no longer than the rest of the source: room for that, then checked and
      // copied in one pass (most of a bot's bytes are in strings).
      const roomy = withRoom(out, at, length - i, maxLength)
      if (!roomy) return undefined
      out = roomy
      const end = copyString(source, i, out, at)
      if (end < 0) return undefined
      at += end - i
      i = end
      expect = expect === Expect.Key ? Expect.Colon : Expect.Next
      continue
    }
    if (expect === Expect.Key) return undefined
    if (c === 0x7b || c === 0x5b) {
      const close = c === 0x7b ? 0x7d : 0x5d
      let next = i + 1
      while (
        next < length &&
        (source[next] === 0x20 || source[next] === 0x0a || source[next] === 0x0d || source[next] === 0x09)
      )
        next++
      if (scan && next > i + 1) scan.spaces = true
      if (source[next] === close) {
        out[at++] = c
        out[at++] = close
        i = next + 1
        expect = Expect.Next
        continue
      }
      if (++depth > limits.maxDepth) return undefined
      stack[depth] = c === 0x7b ? OBJECT : ARRAY
      out[at++] = c
      at = copyBytes(out, at, pads, 0, newlineLength + depth * indentLength)
      expect = c === 0x7b ? Expect.Key : Expect.Value
      i++
      continue
    }
    // A number or a literal, checked and copied as written.
    const end =
      c === 0x74
        ? literalEnd(source, i, TRUE)
        : c === 0x66
          ? literalEnd(source, i, FALSE)
          : c === 0x6e
            ? literalEnd(source, i, NULL)
            : numberEnd(source, i)
    if (end < 0) return undefined
    const roomy = withRoom(out, at, end - i, maxLength)
    if (!roomy) return undefined
    out = roomy
    at = copyBytes(out, at, source, i, end)
    i = end
    expect = Expect.Next
  }
  if (depth !== 0 || expect !== Expect.Next) return undefined
  if (style.finalNewline) {
    const roomy = withRoom(out, at, newlineLength, maxLength)
    if (!roomy) return undefined
    out = roomy
    at = copyBytes(out, at, newline, 0, newlineLength)
  }
  return out.subarray(0, at)
}

/** `out` if it has room for `needed` more bytes after `at`, else a larger copy; undefined past `maxLength`. */
function withRoom(out: Buffer, at: number, needed: number, maxLength: number): Buffer | undefined {
  if (at + needed <= out.length) return out
  if (at + needed > maxLength) return undefined
  const grown = Buffer.allocUnsafe(Math.min(maxLength, Math.max(at + needed, out.length * 2)))
  out.copy(grown, 0, 0, at)
  return grown
}

/** Copies `from[start, end)` to `out` at `at`; returns where the copy ends. */
function copyBytes(out: Buffer, at: number, from: Uint8Array, start: number, end: number): number {
  // Most tokens are short: a loop beats making a view of each one for a native copy.
  if (end - start < 64) {
    for (let k = start; k < end; k++) out[at++] = from[k]
    return at
  }
  out.set(from.subarray(start, end), at)
  return at + end - start
}

interface StyleBytes {
  newline: Buffer
  indent: Buffer
  colon: Buffer
  /** Every pad is a prefix of this one: the new line, then the indent once per level. */
  pads: Buffer
}

const styles = new WeakMap<JsonStyle, Map<number, StyleBytes>>()

/** A style's pieces as bytes, made once per style and depth bound: small files are many. */
function styleBytes(style: JsonStyle, maxDepth: number): StyleBytes {
  let byDepth = styles.get(style)
  if (!byDepth) styles.set(style, (byDepth = new Map()))
  let made = byDepth.get(maxDepth)
  if (!made) {
    const newline = Buffer.from(style.newline, 'utf8')
    const indent = Buffer.from(style.indent, 'utf8')
    made = {
      newline,
      indent,
      colon: Buffer.from(style.colon, 'utf8'),
      pads: Buffer.concat([newline, ...Array<Buffer>(maxDepth + 1).fill(indent)])
    }
    byDepth.set(maxDepth, made)
  }
  return made
}

const TRUE = Buffer.from('true')
const FALSE = Buffer.from('false')
const NULL = Buffer.from('null')

/**
 * Copies the JSON string that starts at `start` to `out` at `at` (which has room for the rest
 * of the source); returns the index past its closing quote, or -1 if it is not a JSON string.
 */
function copyString(source: Uint8Array, start: number, out: Uint8Array, at: number): number {
  out[at++] = 0x22
  for (let i = start + 1; i < source.length; i++) {
    const c = source[i]
    out[at++] = c
    if (c === 0x22) return i + 1
    if (c < 0x20) return -1
    if (c === 0x5c) {
      const escaped = source[++i]
      out[at++] = escaped
      if (escaped === 0x75) {
        for (let k = 1; k <= 4; k++) {
          if (!isHex(source[i + k])) return -1
          out[at++] = source[i + k]
        }
        i += 4
      } else if (!(
        escaped === 0x22 ||
        escaped === 0x5c ||
        escaped === 0x2f ||
        escaped === 0x62 ||
        escaped === 0x66 ||
        escaped === 0x6e ||
        escaped === 0x72 ||
        escaped === 0x74
      ))
        return -1
    }
  }
  return -1
}

function isHex(c: number | undefined): boolean {
  return c !== undefined && ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66))
}

function literalEnd(source: Uint8Array, start: number, literal: Buffer): number {
  for (let k = 0; k < literal.length; k++) if (source[start + k] !== literal[k]) return -1
  return start + literal.length
}

/** Past `-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?` at `start`, or -1. */
function numberEnd(source: Uint8Array, start: number): number {
  let i = start
  const digits = (): boolean => {
    const first = i
    while (source[i] >= 0x30 && source[i] <= 0x39) i++
    return i > first
  }
  if (source[i] === 0x2d) i++
  if (source[i] === 0x30) i++
  else if (!digits()) return -1
  if (source[i] === 0x2e) {
    i++
    if (!digits()) return -1
  }
  if (source[i] === 0x65 || source[i] === 0x45) {
    i++
    if (source[i] === 0x2b || source[i] === 0x2d) i++
    if (!digits()) return -1
  }
  return i
}
