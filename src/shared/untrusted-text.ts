// Text that comes from outside (the platform's answers, a zip's file names, a server's error)
// is data. In the log a line break would let it start a line of its own, and a line that
// starts with `::` is a workflow command (`::error::`, `::add-mask::`, `::stop-commands::`):
// the platform could write the runner's annotations and masks. In the job summary it would
// be Markdown and HTML. Everything from outside passes through here before it is shown.

/** Line breaks, other control characters and bidirectional overrides. */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g

/** One line of plain text: no control characters, no `::`, at most `max` characters. */
export function plain(text: string, max = 500): string {
  const line = text
    .replace(INVISIBLE, ' ')
    .replace(/:(?=:)/g, ': ')
    .replace(/ {2,}/g, ' ')
    .trim()
  return line.length > max ? `${line.slice(0, max)}…` : line
}

/**
 * A status word from the platform (`success`, `inprogress`…): control characters, zero-width
 * characters and bidirectional overrides removed (not turned into spaces, which would split
 * the word), then one plain line.
 */
export function statusWord(text: string, max = 100): string {
  return plain(text.replace(INVISIBLE, '').replace(/[\u200b-\u200d\u2060\ufeff]/g, ''), max)
}

/**
 * Text for a Markdown table cell or list item (never the start of a line), shown as written:
 * every ASCII punctuation character that Markdown or HTML gives meaning to there is escaped
 * with a backslash (`:` and the dot of `www.` too, so that no link or emoji is made), `@` and `#` are code spans
 * (so that no one is mentioned and no issue is linked), and line breaks become spaces. No HTML
 * entities: the text stays readable where it is not rendered (a commit message, a log).
 */
export function markdownText(text: string, max = 2_000): string {
  return (
    plain(text, max)
      .replace(/[\\`*_[\]<>!|~&$:]|[@#]/g, char => (char === '@' || char === '#' ? `\`${char}\`` : `\\${char}`))
      // GitHub links "www.host" without a scheme too.
      .replace(/(www)\./gi, '$1\\.')
  )
}

/**
 * Text as a Markdown code span, for a list item (not a table cell, where `|` ends the cell):
 * nothing inside is Markdown, HTML, a mention or a link, and no escape shows. The fence is
 * longer than any run of backticks in the text.
 */
export function markdownCode(text: string, max = 2_000): string {
  return codeSpanOf(plain(text, max))
}

/**
 * One line as a code span, as written: a fence longer than any run of backticks in it, and a
 * space inside each fence where CommonMark would otherwise take one off or end the span.
 */
export function codeSpanOf(line: string): string {
  const fence = '`'.repeat(Math.max(0, ...(line.match(/`+/g) ?? []).map(run => run.length)) + 1)
  const pad = /^`|`$/.test(line) || /^ .* $/.test(line) ? ' ' : ''
  return `${fence}${pad}${line}${pad}${fence}`
}

/** Secrets shorter than this are not hidden in text: they would hide ordinary words everywhere. */
export const MIN_HIDDEN_SECRET = 4

/** `text` with each secret (of MIN_HIDDEN_SECRET characters or more) as `***`, the longest first. */
export function withoutSecrets(text: string, secrets: Iterable<string>): string {
  let hidden = text
  for (const secret of [...secrets]
    .filter(each => each.length >= MIN_HIDDEN_SECRET)
    .sort((a, b) => b.length - a.length))
    hidden = hidden.split(secret).join('***')
  return hidden
}
