// Messages name the setting the user has to change, in the words of where they set it: an
// input in a workflow (`timeout: 30m`) or a flag on the command line (`--timeout 30m`). The
// core cannot know which, so it writes Words: text with references to settings, which each
// adapter renders in its own dialect. Nothing in the core switches wording.

/** A reference to a setting, rendered by the adapter: `timeout` or `--timeout`. */
export type Part =
  | string
  | { setting: string; value?: string }
  | { secretOf: 'client-id' | 'client-secret' | 'jwt' }
  | { again: true; capital?: boolean }

export class Words {
  constructor(readonly parts: readonly Part[]) {}

  /** The message in the action's words: what Error.message carries, and what tests read. */
  toString(): string {
    return render(this, WORKFLOW_DIALECT)
  }
}

export type Text = string | Words

/** Renders the parts of one message; each adapter has one. */
export interface Dialect {
  setting(name: string): string
  example(name: string, value: string): string
  secretExample(name: 'client-id' | 'client-secret' | 'jwt'): string
  again(): string
}

export function render(text: Text, dialect: Dialect): string {
  if (typeof text === 'string') return text
  return text.parts
    .map(part => {
      if (typeof part === 'string') return part
      if ('secretOf' in part) return dialect.secretExample(part.secretOf)
      if ('again' in part) return part.capital ? capitalized(dialect.again()) : dialect.again()
      return part.value === undefined ? dialect.setting(part.setting) : dialect.example(part.setting, part.value)
    })
    .join('')
}

/** Words from a template: `say\`raise ${setting('timeout')}\``. Nested Words are flattened. */
export function say(strings: TemplateStringsArray, ...values: readonly (string | number | Part | Words)[]): Words {
  const parts: Part[] = []
  strings.forEach((text, index) => {
    if (text) parts.push(text)
    if (index < values.length) parts.push(...partsOf(values[index]))
  })
  return new Words(parts)
}

/** Items joined by a separator, each a Part or Words. */
export function joined(items: readonly (string | Part | Words)[], separator: string): Words {
  const parts: Part[] = []
  items.forEach((item, index) => {
    if (index > 0) parts.push(separator)
    parts.push(...partsOf(item))
  })
  return new Words(parts)
}

function partsOf(value: string | number | Part | Words): Part[] {
  if (value instanceof Words) return [...value.parts]
  if (typeof value === 'number') return [String(value)]
  return [value]
}

/** The setting's name: `timeout: ` in a workflow, `--timeout` on the command line. */
export function setting(name: string): Part {
  return { setting: name }
}

/** The setting with a value, as the user would write it: `timeout: 30m`, `--timeout 30m`. */
export function example(name: string, value: string): Part {
  return { setting: name, value }
}

/** A credential from a secret store: the workflow's secrets, or the environment. */
export function secretExample(name: 'client-id' | 'client-secret' | 'jwt'): Part {
  return { secretOf: name }
}

/** What to do to try again: "run the step again", "run it again". */
export function again(capital = false): Part {
  return { again: true, capital }
}

/** The text with its first letter capitalised, to start a sentence. */
export function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

const SECRET_NAMES = { 'client-id': 'KORE_CLIENT_ID', 'client-secret': 'KORE_CLIENT_SECRET', jwt: 'KORE_JWT' } as const

/**
 * Settings as a workflow sets them: inputs of the step, credentials from its secrets. The
 * Actions adapter renders in it, and so does Error.message, so that an error shown unrendered
 * still reads right.
 */
export const WORKFLOW_DIALECT: Dialect = {
  setting: name => name,
  example: (name, value) => `${name}: ${value}`,
  secretExample: name => `${name}: \${{ secrets.${SECRET_NAMES[name]} }}`,
  again: () => 'run the step again'
}
