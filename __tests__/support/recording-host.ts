// A host that records what the core tells it, for in-process tests of the flows: the lines in
// both dialects' stead (the workflow's words, as the action shows them), outputs and summary.
import { WORKFLOW_DIALECT } from '../../src/core/words.js'
import { TERMINAL_DIALECT } from '../../src/cli/host.js'
import type { Host } from '../../src/core/host.js'
import { render, type Dialect, type Text } from '../../src/core/words.js'

export interface RecordingHost extends Host {
  lines: { level: 'debug' | 'info' | 'warning' | 'error'; text: string }[]
  masked: string[]
  outputs: Record<string, string>
  summary: string
  /** Every line, one a line, as a log would show them. */
  log(): string
}

export function recordingHost({
  dialect = 'workflow',
  debugging = true
}: { dialect?: 'workflow' | 'terminal'; debugging?: boolean } = {}): RecordingHost {
  const words: Dialect = dialect === 'workflow' ? WORKFLOW_DIALECT : TERMINAL_DIALECT
  const host: RecordingHost = {
    lines: [],
    masked: [],
    outputs: {},
    summary: '',
    debugging,
    log: () => host.lines.map(line => `${line.level}: ${line.text}`).join('\n'),
    debug: text => void host.lines.push({ level: 'debug', text: render(text, words) }),
    info: text => void host.lines.push({ level: 'info', text: render(text, words) }),
    warning: text => void host.lines.push({ level: 'warning', text: render(text, words) }),
    error: text => void host.lines.push({ level: 'error', text: render(text, words) }),
    mask: secret => void host.masked.push(secret),
    setOutput: (name, value) => {
      host.outputs[name] = value
    },
    writeSummary: async markdown => {
      host.summary += markdown
    },
    render: (text: Text) => render(text, words)
  }
  return host
}
