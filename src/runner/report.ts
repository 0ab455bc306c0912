// What the step tells the workflow: outputs the moment each is known (so a failed step still
// hands over its export id and status), and a job summary at the end, failed or not.
import * as core from '@actions/core'
import { formatDuration } from '../platform/clock.js'
import { markdownText } from '../shared/untrusted-text.js'
import type { Settings } from './inputs.js'

export type OutputName = 'export-id' | 'status' | 'download-url' | 'file' | 'sha256' | 'size' | 'changed' | 'changes'

/** More names than this and the summary folds the file list away. */
const FILES_SHOWN_OPEN = 30
/** At most this many names are listed; the rest are counted. GitHub takes 1 MiB of summary per step. */
const FILES_LISTED = 500
/** Summaries are cut here, well under GitHub's 1 MiB per step. */
const MAX_SUMMARY_CHARACTERS = 512 * 1024

export class RunReport {
  private readonly values: Partial<Record<OutputName, string>> = {}

  get outputs(): Partial<Record<OutputName, string>> {
    return { ...this.values }
  }
  private settings?: Settings
  private files?: string[]
  private changed?: boolean
  /** Markdown from the change engine, escaped there. */
  private changes?: string
  private failure?: string
  private readonly startedAt = Date.now()

  /** Sets an output now; a value that has not changed (status while polling) is not written again. */
  output(name: OutputName, value: string | number): void {
    if (this.values[name] === String(value)) return
    this.values[name] = String(value)
    core.setOutput(name, String(value))
  }

  useSettings(settings: Settings): void {
    this.settings = settings
  }

  unpacked(files: string[], changed: boolean, changes: string): void {
    this.files = files
    this.changed = changed
    this.changes = changes
  }

  failed(message: string): void {
    this.failure = message
  }

  async writeSummary(): Promise<void> {
    const { settings, values } = this
    // Every value is escaped: ids, statuses, messages and file names come from the platform
    // or the zip, and must not become Markdown or HTML.
    const rows: [string, string][] = [
      ['Bot', settings ? `${code(settings.botId)} on ${markdownText(settings.host)}` : '(inputs not read)'],
      ['Export type', settings?.exportType ?? ''],
      ['Status', values.status ? markdownText(values.status) : this.failure ? 'not started' : ''],
      ['Export ID', values['export-id'] ? code(values['export-id']) : ''],
      ['File', values.file ? code(values.file) : ''],
      ['Size', values.size ? formatSize(Number(values.size)) : ''],
      ['SHA-256', values.sha256 ? code(values.sha256) : ''],
      ['Duration', formatDuration(Date.now() - this.startedAt)]
    ]
    // Markdown, not addHeading: a table right under an HTML heading would be read as HTML.
    let text = `## ${this.failure ? 'Kore.ai bot export failed' : 'Kore.ai bot export'}\n\n`
    if (this.failure) text += cautionBlock(this.failure)
    text += summaryTable(rows)
    if (this.changes) text += `### What changed in the bot\n\n${this.changes}\n`
    if (this.files) {
      const shown = this.files.slice(0, FILES_LISTED).map(file => `- ${code(file)}`)
      if (this.files.length > FILES_LISTED) shown.push(`- … and ${this.files.length - FILES_LISTED} more`)
      const list = shown.join('\n')
      const title = this.changed === false
        ? `The bot has not changed: ${code(settings?.extractTo ?? '')} was left as it was (${this.files.length} files in the export)`
        : `${this.files.length} files unpacked into ${code(settings?.extractTo ?? '')}`
      text +=
        this.files.length > FILES_SHOWN_OPEN
          ? `<details><summary>${title}</summary>\n\n${list}\n\n</details>\n`
          : `**${title}**\n\n${list}\n`
    }
    await writeSummaryText(text)
  }
}

/** Writes a step summary, cut well under GitHub's 1 MiB. Without GITHUB_STEP_SUMMARY (a local run), nothing. */
export async function writeSummaryText(text: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  const cut = text.length > MAX_SUMMARY_CHARACTERS ? `${text.slice(0, MAX_SUMMARY_CHARACTERS)}\n\n(summary cut at ${MAX_SUMMARY_CHARACTERS} characters)\n` : text
  await core.summary.addRaw(cut).write()
}

/** A table of label and value rows; empty values are left out. Values must be escaped already. */
export function summaryTable(rows: [string, string][]): string {
  return ['| | |', '| --- | --- |', ...rows.filter(([, value]) => value).map(([label, value]) => `| ${label} | ${value} |`)].join('\n') + '\n\n'
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
