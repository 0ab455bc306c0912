// What the step tells the workflow: outputs the moment each is known (so a failed step still
// hands over its export id and status), and a job summary at the end, failed or not.
import * as core from '@actions/core'
import { formatDuration } from '../platform/clock.js'
import type { Settings } from './inputs.js'

export type OutputName = 'export-id' | 'status' | 'download-url' | 'file' | 'sha256' | 'size'

/** More names than this and the summary folds the file list away. */
const FILES_SHOWN_OPEN = 30

export class RunReport {
  private readonly values: Partial<Record<OutputName, string>> = {}

  get outputs(): Partial<Record<OutputName, string>> {
    return { ...this.values }
  }
  private settings?: Settings
  private files?: string[]
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

  unpacked(files: string[]): void {
    this.files = files
  }

  failed(message: string): void {
    this.failure = message
  }

  async writeSummary(): Promise<void> {
    // Without GITHUB_STEP_SUMMARY (a local run) there is nowhere to write to.
    if (!process.env.GITHUB_STEP_SUMMARY) return
    const { settings, values } = this
    const rows: [string, string][] = [
      ['Bot', settings ? `\`${settings.botId}\` on ${settings.host}` : '(inputs not read)'],
      ['Export type', settings?.exportType ?? ''],
      ['Status', values.status ?? (this.failure ? 'not started' : '')],
      ['Export ID', values['export-id'] ? `\`${values['export-id']}\`` : ''],
      ['File', values.file ? `\`${values.file}\`` : ''],
      ['Size', values.size ? formatSize(Number(values.size)) : ''],
      ['SHA-256', values.sha256 ? `\`${values.sha256}\`` : ''],
      ['Duration', formatDuration(Date.now() - this.startedAt)]
    ]
    // Markdown, not addHeading: a table right under an HTML heading would be read as HTML.
    const summary = core.summary.addRaw(`## ${this.failure ? 'Kore.ai bot export failed' : 'Kore.ai bot export'}\n\n`)
    if (this.failure) summary.addRaw(`> [!CAUTION]\n> ${escapeMarkdown(this.failure).replace(/\n/g, '\n> ')}\n\n`)
    summary.addRaw(
      ['| | |', '| --- | --- |', ...rows.filter(([, value]) => value).map(([label, value]) => `| ${label} | ${value} |`)].join('\n') + '\n\n'
    )
    if (this.files) {
      const list = this.files.map(file => `- \`${file}\``).join('\n')
      const title = `${this.files.length} files unpacked into \`${settings?.extractTo}\``
      summary.addRaw(
        this.files.length > FILES_SHOWN_OPEN
          ? `<details><summary>${title}</summary>\n\n${list}\n\n</details>\n`
          : `**${title}**\n\n${list}\n`
      )
    }
    await summary.write()
  }
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

function escapeMarkdown(text: string): string {
  return text.replace(/[<>|]/g, char => `&#${char.charCodeAt(0)};`)
}
