// Settings arrive as text, as a user gives them: a runner's inputs (every action.yml default
// filled in), or the CLI's flags (only what was typed). The readers of each flow turn them
// into one typed settings object; an empty value means "left alone", and its default applies.

export interface Inputs {
  /** The value as given; '' when left alone. */
  get(name: string): string
  /** Keeps a secret out of every later line, before anything can fail and print it. */
  mask(secret: string): void
}

/** Inputs from a plain record: for tests and the CLI. */
export function inputsFrom(
  values: Readonly<Record<string, string | undefined>>,
  mask: (secret: string) => void = () => {}
): Inputs {
  return { get: name => values[name] ?? '', mask }
}
