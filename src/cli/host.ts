// The CLI's host: progress as plain lines (on stderr with --json, so that stdout is JSON
// only), debug lines with --verbose, secrets replaced wherever they would show, and the
// words of a terminal: `--timeout 30m`, KORE_CLIENT_SECRET.
import type { Host } from '../core/host.js'
import { withoutSecrets } from '../shared/untrusted-text.js'
import { render, type Dialect, type Text } from '../core/words.js'

/** Settings that come from the environment only: on a command line they would show in process lists. */
export const ENVIRONMENT: Readonly<Record<string, string>> = {
  'client-secret': 'KORE_CLIENT_SECRET',
  jwt: 'KORE_JWT',
  variables: 'KORE_VARIABLES'
}

export const TERMINAL_DIALECT: Dialect = {
  setting: name => ENVIRONMENT[name] ?? `--${name}`,
  example: (name, value) => (ENVIRONMENT[name] ? `${ENVIRONMENT[name]}=${value}` : `--${name} ${value}`),
  secretExample: name =>
    `${name === 'client-id' ? 'KORE_CLIENT_ID' : ENVIRONMENT[name]} from your CI system's secret store`,
  again: () => 'run it again'
}

export function cliHost({ json, verbose }: { json: boolean; verbose: boolean }): Host {
  const secrets = new Set<string>()
  const hidden = (text: string): string => withoutSecrets(text, secrets)
  const words = (text: Text): string => render(text, TERMINAL_DIALECT)
  const line = (stream: NodeJS.WriteStream, prefix: string, text: Text): void => {
    stream.write(`${prefix}${hidden(words(text))}\n`)
  }
  return {
    debug: text => verbose && line(process.stderr, 'debug: ', text),
    info: text => line(json ? process.stderr : process.stdout, '', text),
    warning: text => line(process.stderr, 'warning: ', text),
    error: text => line(process.stderr, 'error: ', text),
    mask: secret => {
      secrets.add(secret)
    },
    debugging: verbose,
    // The flow's result carries its outputs; --json prints them from there.
    setOutput: () => {},
    // A terminal has no job summary: the lines above say what happened.
    writeSummary: async () => {},
    render: text => hidden(words(text))
  }
}
