// The pieces of a job summary that both flows use. Every value put in must be escaped already,
// or goes through markdownText here: ids, statuses, messages and names come from the platform.
import { markdownText } from '../shared/untrusted-text.js'

/** A table of label and value rows; empty values are left out. Values must be escaped already. */
export function summaryTable(rows: [string, string][]): string {
  return (
    [
      '| | |',
      '| --- | --- |',
      ...rows.filter(([, value]) => value).map(([label, value]) => `| ${label} | ${value} |`)
    ].join('\n') + '\n\n'
  )
}

/** A failure as a caution block, each line escaped. */
export function cautionBlock(message: string): string {
  const lines = message.split('\n').map(line => markdownText(line, 4_000))
  return `> [!CAUTION]\n> ${lines.join('\n> ')}\n\n`
}

export function formatSize(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return unit === 0 ? `${bytes} bytes` : `${value.toFixed(1)} ${units[unit]} (${bytes} bytes)`
}

/** Monospaced and escaped: a backtick in a name cannot end the code span, because there is none. */
export function code(text: string): string {
  return `<code>${markdownText(text)}</code>`
}
