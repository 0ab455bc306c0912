// What the step tells the workflow: outputs the moment each is known (so a failed step still
// hands over its export id and status), and a job summary at the end, failed or not.
import type { Host } from '../core/host.js'
import { cautionBlock, code, formatSize, summaryTable } from '../core/summary.js'
import type { Words } from '../core/words.js'
import { formatDuration } from '../platform/clock.js'
import { markdownText } from '../shared/untrusted-text.js'
import type { Settings } from './settings.js'

export type OutputName = 'export-id' | 'status' | 'download-url' | 'file' | 'sha256' | 'size' | 'changed' | 'changes'

/** More names than this and the summary folds the file list away. */
const FILES_SHOWN_OPEN = 30
/** At most this many names are listed; the rest are counted. GitHub takes 1 MiB of summary per step. */
const FILES_LISTED = 500

export class ExportReport {
  constructor(private readonly host: Host) {}

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
    this.host.setOutput(name, String(value))
  }

  useSettings(settings: Settings): void {
    this.settings = settings
  }

  unpacked(files: string[], changed: boolean, changes: string): void {
    this.files = files
    this.changed = changed
    this.changes = changes
  }

  failed(message: Words): void {
    this.failure = this.host.render(message)
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
      const title =
        this.changed === false
          ? `The bot has not changed: ${code(settings?.extractTo ?? '')} was left as it was (${this.files.length} files in the export)`
          : `${this.files.length} files unpacked into ${code(settings?.extractTo ?? '')}`
      text +=
        this.files.length > FILES_SHOWN_OPEN
          ? `<details><summary>${title}</summary>\n\n${list}\n\n</details>\n`
          : `**${title}**\n\n${list}\n`
    }
    await this.host.writeSummary(text)
  }
}
