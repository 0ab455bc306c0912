// Messages name the setting the user has to change, in the words of where they set it: an
// input in a workflow (`timeout: 30m`), or a flag and the environment on the command line
// (`--timeout 30m`, KORE_CLIENT_SECRET). The CLI switches the wording once, at start.

type Dialect = 'action' | 'cli'
let dialect: Dialect = 'action'

export function useCliWording(): void {
  dialect = 'cli'
}

/** Where credentials come from on the command line. */
const CLI_ENVIRONMENT: Record<string, string> = {
  'client-id': 'KORE_CLIENT_ID',
  'client-secret': 'KORE_CLIENT_SECRET',
  jwt: 'KORE_JWT',
  variables: 'KORE_VARIABLES'
}

/** The setting's name: `timeout`, or `--timeout`; credentials as their environment variable. */
export function setting(name: string): string {
  if (dialect === 'action') return name
  return CLI_ENVIRONMENT[name] && name !== 'client-id' ? CLI_ENVIRONMENT[name] : `--${name}`
}

/** The setting with a value, as the user would write it: `timeout: 30m`, `--timeout 30m`. */
export function example(name: string, value: string): string {
  if (dialect === 'action') return `${name}: ${value}`
  if (CLI_ENVIRONMENT[name] && name !== 'client-id') return `${CLI_ENVIRONMENT[name]}=${value}`
  return `--${name} ${value}`
}

/** A credential from a secret store: the workflow's secrets, or the environment. */
export function secretExample(name: 'client-id' | 'client-secret' | 'jwt'): string {
  const variable = CLI_ENVIRONMENT[name]
  return dialect === 'action' ? `${name}: \${{ secrets.${variable} }}` : `${variable} from your CI system's secret store`
}

/** What to do to try again. */
export function again(): string {
  return dialect === 'action' ? 'run the step again' : 'run it again'
}

/** The text with its first letter capitalised, to start a sentence. */
export function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
