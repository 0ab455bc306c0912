// What the import step tells the workflow: outputs the moment each is known, and a job
// summary at the end, failed or not. Every value from the platform or the source is escaped.
import type { Host } from '../core/host.js'
import { cautionBlock, code, formatSize, summaryTable } from '../core/summary.js'
import type { Words } from '../core/words.js'
import type { ImportSource } from '../import/import-source.js'
import { formatDuration } from '../platform/clock.js'
import type { PublishedResource, StatusLog } from '../platform/kore-client.js'
import { markdownText } from '../shared/untrusted-text.js'
import type { ImportSettings } from './settings.js'

export type ImportOutputName = 'import-id' | 'status' | 'publish-status' | 'verified' | 'changes'

/** statusLogs rows shown; the rest are counted. */
const LOGS_SHOWN = 200

export class ImportReport {
  constructor(private readonly host: Host) {}

  private readonly values: Partial<Record<ImportOutputName, string>> = {}
  private settings?: ImportSettings
  private source?: Pick<ImportSource, 'kind' | 'sha256' | 'size' | 'notSent'>
  private statusLogs: StatusLog[] = []
  private changes?: { title: string; markdown: string }
  private publishing?: { resources: PublishedResource[]; summary: string[] }
  private verification?: { passed: boolean; markdown: string }
  private failure?: string
  private written?: string
  private readonly startedAt = Date.now()

  get outputs(): Partial<Record<ImportOutputName, string>> {
    return { ...this.values }
  }

  /** The settings, once read. */
  get usedSettings(): ImportSettings | undefined {
    return this.settings
  }

  /** The summary's Markdown as last written: what a pull-request comment shows. */
  get markdown(): string | undefined {
    return this.written
  }

  output(name: ImportOutputName, value: string): void {
    if (this.values[name] === value) return
    this.values[name] = value
    this.host.setOutput(name, value)
  }

  useSettings(settings: ImportSettings): void {
    this.settings = settings
  }

  usedSource(source: Pick<ImportSource, 'kind' | 'sha256' | 'size' | 'notSent'>): void {
    this.source = source
  }

  logs(statusLogs: StatusLog[]): void {
    this.statusLogs = statusLogs
  }

  changed(title: string, markdown: string): void {
    this.changes = { title, markdown }
  }

  published(resources: PublishedResource[], summary: string[]): void {
    this.publishing = { resources, summary }
  }

  verified(passed: boolean, markdown: string): void {
    this.verification = { passed, markdown }
  }

  failed(message: Words): void {
    this.failure = this.host.render(message)
  }

  async writeSummary(): Promise<void> {
    const { settings, values, source } = this
    const heading = settings?.dryRun ? 'Kore.ai bot import plan (dry run)' : 'Kore.ai bot import'
    let text = `## ${heading}${this.failure ? ' failed' : ''}\n\n`
    if (this.failure) text += cautionBlock(this.failure)
    text += summaryTable([
      ['Source', settings ? `${source?.kind ?? 'export'} ${code(settings.fromGiven)}` : '(inputs not read)'],
      ['Source SHA-256', source ? code(source.sha256) : ''],
      ['Size', source ? formatSize(source.size) : ''],
      ['Target bot', settings ? `${code(settings.botId)} on ${markdownText(settings.host)}` : ''],
      ['Import ID', values['import-id'] ? code(values['import-id']) : ''],
      ['Status', values.status ? markdownText(values.status) : ''],
      ['Publish', values['publish-status'] ? markdownText(values['publish-status']) : ''],
      ['Verified', values.verified ?? ''],
      ['Not sent', source?.notSent.length ? source.notSent.map(name => code(name)).join(', ') : ''],
      ['Duration', formatDuration(Date.now() - this.startedAt)]
    ])
    if (this.statusLogs.length > 0) {
      const rows = this.statusLogs
        .slice(0, LOGS_SHOWN)
        .map(log => `| ${markdownText(log.taskType)} | ${markdownText(log.taskName)} | ${markdownText(log.status)} |`)
      if (this.statusLogs.length > LOGS_SHOWN) rows.push(`| … and ${this.statusLogs.length - LOGS_SHOWN} more | | |`)
      text += `### Import log\n\n| Type | Name | Status |\n| --- | --- | --- |\n${rows.join('\n')}\n\n`
    }
    if (this.changes) text += `### ${this.changes.title}\n\n${this.changes.markdown || 'Nothing.\n'}\n`
    if (this.publishing) {
      const waiting = this.publishing.resources.filter(resource => resource.state === 'awaitingApproval')
      text += '### Publish\n\n'
      if (waiting.length > 0)
        text += `Waiting for an admin's approval: ${waiting.map(resource => `${markdownText(resource.type)} ${code(resource.name || resource.id)}`).join(', ')}\n\n`
      for (const line of this.publishing.summary.slice(0, 50)) text += `- ${markdownText(line)}\n`
      text += '\n'
    }
    if (this.verification)
      text += `### Verification: ${this.verification.passed ? 'the target holds what was sent' : 'the target does not hold what was sent'}\n\n${this.verification.markdown}\n`
    this.written = text
    await this.host.writeSummary(text)
  }
}
