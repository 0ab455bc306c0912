// Typed errors: a kind and its data (which input, which file, which platform answer), and the
// message as Words, which the adapter renders in its dialect. Error.message carries the
// action's rendering, so an error shown unrendered still reads right.
import { Words, type Text } from './words.js'

export type ErrorKind =
  /** A setting is wrong: the run made no request. */
  | 'input'
  /** The platform answered, and another try will not change the answer. */
  | 'platform'
  /** The network failed, for longer than the retries and the time limit allowed. */
  | 'network'
  /** A zip or folder was refused, or could not be read or written. */
  | 'file'
  /** A job on the platform (export, import, publish) failed or ran out of time. */
  | 'job'
  /** The target does not hold what was sent. */
  | 'verification'
  /** The run was cancelled. */
  | 'cancelled'

export class CoreError extends Error {
  readonly words: Words

  constructor(
    readonly kind: ErrorKind,
    text: Text,
    readonly data: Readonly<Record<string, string | number | undefined>> = {}
  ) {
    const words = typeof text === 'string' ? new Words([text]) : text
    super(String(words))
    this.words = words
    this.name = 'CoreError'
  }
}

/** One bad input: its name and what to change. */
export interface InputProblem {
  input?: string
  words: Words
}

/** Every bad input at once, found before any request. */
export class InputError extends CoreError {
  readonly problems: readonly InputProblem[]

  constructor(problems: readonly (InputProblem | Text)[]) {
    const list = problems.map(problem =>
      typeof problem === 'string' || problem instanceof Words ? { words: wordsOf(problem) } : problem
    )
    super(
      'input',
      list.length === 1
        ? list[0].words
        : new Words([
            `${list.length} inputs need fixing:`,
            ...list.flatMap(problem => ['\n- ', ...problem.words.parts])
          ])
    )
    this.problems = list
    this.name = 'InputError'
  }
}

/** The words of any thrown value: a CoreError's own, or an Error's message. */
export function wordsOf(error: unknown): Words {
  if (error instanceof CoreError) return error.words
  if (error instanceof Words) return error
  return new Words([error instanceof Error ? error.message : String(error)])
}
