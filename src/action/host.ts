// The Actions adapter's host: the core's log, outputs and summary as a runner takes them, in
// the workflow's words (`timeout: 30m`). With the entry files, the only code that imports
// @actions/core.
import * as core from '@actions/core'
import fs from 'node:fs'
import type { Host } from '../core/host.js'
import { withoutSecrets } from '../shared/untrusted-text.js'
import { render, WORKFLOW_DIALECT, type Text } from '../core/words.js'

/** Summaries are cut here, well under GitHub's 1 MiB per step. */
const MAX_SUMMARY_CHARACTERS = 512 * 1024

/** Every value masked in this process, for text the runner does not mask (a comment posted through the API). */
const masked = new Set<string>()

/** `text` with every masked value replaced by `***`, as the runner does in the log. */
export function withoutMasked(text: string): string {
  return withoutSecrets(text, masked)
}

export function actionsHost(): Host {
  const words = (text: Text): string => render(text, WORKFLOW_DIALECT)
  return {
    debug: text => core.debug(words(text)),
    info: text => core.info(words(text)),
    warning: text => core.warning(words(text)),
    error: text => core.error(words(text)),
    mask: secret => {
      if (secret) masked.add(secret)
      core.setSecret(secret)
    },
    debugging: core.isDebug(),
    setOutput: (name, value) => core.setOutput(name, value),
    writeSummary: async markdown => {
      // Without GITHUB_STEP_SUMMARY (a run outside a runner) there is nowhere to write it.
      // Appended as core.summary.write() does, but to the file named now: core.summary keeps
      // the first path it saw, for the life of the process.
      const file = process.env.GITHUB_STEP_SUMMARY
      if (!file) return
      const cut =
        markdown.length > MAX_SUMMARY_CHARACTERS
          ? `${markdown.slice(0, MAX_SUMMARY_CHARACTERS)}\n\n(summary cut at ${MAX_SUMMARY_CHARACTERS} characters)\n`
          : markdown
      await fs.promises.appendFile(file, cut, 'utf8')
    },
    render: words
  }
}
