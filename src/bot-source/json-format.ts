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

// ignoreBOM keeps a byte order mark in the text, where the check below sees it.
export const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/**
 * How a .json file goes into the folder: `platform`, already in the platform's format, kept
 * byte for byte; `minified`, re-indented in the platform's format (minifying gives back the
 * exact bytes); `other`, kept as it is: not UTF-8 (rewriting would replace bytes), not JSON,
 * past the bounds, or in a format of its own that could not be restored exactly.
 */
export type JsonForm = 'platform' | 'minified' | 'other'

export function formatJsonFile(bytes: Uint8Array): { form: JsonForm; bytes: Buffer } {
  const kept = { form: 'other' as const, bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }
  let text: string
  try {
    text = strictUtf8.decode(bytes)
  } catch {
    return kept
  }
  // A byte order mark would not survive the way back.
  if (text.charCodeAt(0) === 0xfeff) return kept
  // The platform's files have new lines, minified ones none: try the likely form first.
  if (!text.includes('\n')) {
    if (!isMinified(text)) return kept
    const indented = reindentJson(text, PLATFORM_STYLE)
    return indented === undefined ? kept : { form: 'minified', bytes: Buffer.from(indented, 'utf8') }
  }
  return reindentJson(text, PLATFORM_STYLE) === text ? { form: 'platform', bytes: kept.bytes } : kept
}

/** True when there is no white space outside strings: the text is as JSON.stringify(value) writes it. */
function isMinified(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x22) {
      // Past the string: to the next quote that no odd run of backslashes escapes.
      for (;;) {
        i = text.indexOf('"', i + 1)
        if (i < 0) return false
        let backslashes = 0
        while (text.charCodeAt(i - 1 - backslashes) === 0x5c) backslashes++
        if (backslashes % 2 === 0) break
      }
    } else if (isSpace(c)) return false
  }
  return true
}

/** A file of the folder back as the export had it. */
export function restoreJsonFile(bytes: Buffer, form: JsonForm): Buffer {
  if (form !== 'minified') return bytes
  const minified = reindentJson(bytes.toString('utf8'), MINIFIED_STYLE)
  if (minified === undefined) throw new Error('it is no longer valid JSON')
  return Buffer.from(minified, 'utf8')
}

/** The same JSON laid out in `style`; undefined if not JSON (`validate`: checked here) or past the bounds. */
export function reindentJson(text: string, style: JsonStyle = PLATFORM_STYLE, limits = FORMAT_LIMITS, validate = true): string | undefined {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const maxLength = source.length * limits.maxGrowth + 1024 * 1024
  const pads: string[] = [style.newline]
  const pad = (depth: number): string => (pads[depth] ??= `${style.newline}${style.indent.repeat(depth)}`)
  let out = ''
  let depth = 0
  let i = 0
  const length = source.length
  while (i < length) {
    const c = source.charCodeAt(i)
    switch (c) {
      case 0x22: {
        // A string: copied as written, escapes and all.
        let end = i + 1
        for (;;) {
          end = source.indexOf('"', end)
          if (end < 0) return undefined
          let backslashes = 0
          while (source.charCodeAt(end - 1 - backslashes) === 0x5c) backslashes++
          if (backslashes % 2 === 0) break
          end++
        }
        out += source.slice(i, end + 1)
        i = end + 1
        break
      }
      case 0x7b: // {
      case 0x5b: {
        // [
        const close = c === 0x7b ? 0x7d : 0x5d
        let next = i + 1
        while (isSpace(source.charCodeAt(next))) next++
        if (source.charCodeAt(next) === close) {
          out += c === 0x7b ? '{}' : '[]'
          i = next + 1
        } else {
          if (++depth > limits.maxDepth) return undefined
          out += source[i] + pad(depth)
          i++
        }
        break
      }
      case 0x7d: // }
      case 0x5d: // ]
        if (--depth < 0) return undefined
        out += pad(depth) + source[i]
        i++
        break
      case 0x2c: // ,
        out += ',' + pad(depth)
        i++
        if (out.length > maxLength) return undefined
        break
      case 0x3a: // :
        out += style.colon
        i++
        break
      default: {
        if (isSpace(c)) {
          i++
          break
        }
        // A number or literal: runs until the next structural character or space.
        let end = i + 1
        while (end < length && !isDelimiter(source.charCodeAt(end))) end++
        out += source.slice(i, end)
        i = end
      }
    }
  }
  // Checked last: the scan above bounds the cost on hostile input, JSON.parse the grammar.
  if (validate) {
    try {
      JSON.parse(source)
    } catch {
      return undefined
    }
  }
  return style.finalNewline ? `${out}\n` : out
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09
}

function isDelimiter(c: number): boolean {
  return isSpace(c) || c === 0x2c || c === 0x5d || c === 0x7d || c === 0x3a
}
