// Where the action may write. `path` and `extract-to` come from the user, but a typo, a
// symbolic link or a hostile workflow must not let the action replace the repository, its
// `.git`, its workflows, or a folder someone else made. Every check works on real paths
// (symbolic links resolved), and the swap that replaces `extract-to` checks again just before
// it renames anything.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { CoreError } from '../core/errors.js'
import { example, say, setting } from '../core/words.js'

/** The file the action writes into every folder it unpacks into; its presence says "ours". */
export const MARKER_FILE = '.kore-bot-export'

/**
 * Also written into the folder: git must not convert line ends in it (core.autocrlf on
 * Windows, `text=auto`), or a script's CRLFs would not come back byte for byte.
 */
export const GIT_ATTRIBUTES_FILE = '.gitattributes'
export const GIT_ATTRIBUTES_TEXT = [
  '# Written by kore-bot-export: files here go back into the export byte for byte, so git',
  '# must not convert their line ends. The manifest holds list orders and regenerated values:',
  '# no line diffs for it, and GitHub folds it away in pull requests.',
  '* -text',
  `${MARKER_FILE} -diff linguist-generated=true`,
  ''
].join('\n')

export interface WriteRoots {
  /** The workspace, as a real path. */
  workspace: string
  /** Folders under which the action may write: the workspace and the runner's temporary folder. */
  roots: string[]
}

export function writeRoots(workspace: string): WriteRoots {
  const real = realPath(workspace)
  const temp = realPath(process.env.RUNNER_TEMP || os.tmpdir())
  return { workspace: real, roots: [real, temp] }
}

/**
 * The real path `target` would have: symbolic links in its existing part resolved, the part
 * that does not exist yet appended as written.
 */
export function realPath(target: string): string {
  const absolute = path.resolve(target)
  const missing: string[] = []
  let existing = absolute
  for (;;) {
    try {
      return path.join(fs.realpathSync.native(existing), ...missing.reverse())
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      const parent = path.dirname(existing)
      if ((code !== 'ENOENT' && code !== 'ENOTDIR') || parent === existing) throw error
      missing.push(path.basename(existing))
      existing = parent
    }
  }
}

/** True when `child` is `parent` or below it. */
export function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child)
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative))
}

/** The first existing ancestor of `target` (or `target`) that is not a folder. */
function fileInTheWay(target: string): string | undefined {
  for (let current = target; ; current = path.dirname(current)) {
    try {
      return fs.statSync(current).isDirectory() ? undefined : current
    } catch {
      if (path.dirname(current) === current) return undefined
    }
  }
}

/** Shared rules for `path` and `extract-to`; returns the real path or throws saying why not. */
function checkPlace(name: string, given: string, { workspace, roots }: WriteRoots): string {
  const real = realPath(given)
  const shown = real === given ? given : `${given} (really ${real})`
  const root = roots.find(candidate => isInside(real, candidate) && real !== candidate)
  if (isInside(workspace, real)) {
    throw new CoreError(
      'input',
      say`${setting(name)}: ${shown} is the workspace or holds it, which the action must never replace. Give a folder of its own inside the workspace, e.g. ${example(name, name === 'path' ? 'kore-bot-export.zip' : 'bot')}.`
    )
  }
  if (!root) {
    throw new CoreError(
      'input',
      say`${setting(name)}: ${shown} lies outside the workspace (${workspace}) and the runner's temporary folder, where the action does not write. Give a path inside the workspace, e.g. ${example(name, name === 'path' ? 'kore-bot-export.zip' : 'bot')}.`
    )
  }
  const segments = path
    .relative(root, real)
    .split(path.sep)
    .map(segment => segment.toLowerCase())
  if (segments.includes('.git')) {
    throw new CoreError(
      'input',
      say`${setting(name)}: ${shown} lies in a .git folder, which holds the repository itself. Give a folder outside .git, e.g. ${example(name, 'bot')}.`
    )
  }
  if (root === workspace && segments[0] === '.github') {
    throw new CoreError(
      'input',
      say`${setting(name)}: ${shown} lies in .github, which holds the repository's workflows and settings. Give another folder, e.g. ${example(name, 'bot')}.`
    )
  }
  const blocker = fileInTheWay(path.dirname(real))
  if (blocker) {
    throw new CoreError(
      'input',
      say`${setting(name)}: ${shown} cannot be made because ${blocker} is a file, not a folder. Give another path, or move that file.`
    )
  }
  return real
}

/** Checks the zip's path; returns its real path. */
export function checkZipPath(given: string, roots: WriteRoots): string {
  const real = checkPlace('path', given, roots)
  if (isDirectory(real)) {
    throw new CoreError(
      'input',
      say`${setting('path')}: ${given} is a folder. Give the path of the zip file to write, e.g. ${example('path', 'kore-bot-export.zip')} or ${example('path', 'backups/bot.zip')}.`
    )
  }
  return real
}

/**
 * Checks the folder to unpack into; returns its real path. It may be replaced only when it
 * does not exist, is empty, or holds the action's marker file (or the user allowed it with
 * `replace-existing`), and never when it holds a git repository.
 */
export function checkExtractTo(given: string, roots: WriteRoots, replaceExisting: boolean): string {
  const real = checkPlace('extract-to', given, roots)
  let entries: string[]
  try {
    if (!fs.statSync(real).isDirectory()) {
      throw new CoreError(
        'input',
        say`${setting('extract-to')}: ${given} is a file. Give a folder, e.g. ${example('extract-to', 'bot')}.`
      )
    }
    entries = fs.readdirSync(real)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return real
    throw error
  }
  const repository = findGitFolder(real)
  if (repository) {
    throw new CoreError(
      'input',
      say`${setting('extract-to')}: ${given} holds a git repository (${repository}), which replacing the folder would destroy. Give a folder of its own, e.g. ${example('extract-to', 'bot')}.`
    )
  }
  if (entries.length > 0 && !entries.includes(MARKER_FILE) && !replaceExisting) {
    throw new CoreError(
      'input',
      say`${setting('extract-to')}: ${given} already holds files that this action did not write (it has no ${MARKER_FILE} file), and unpacking replaces everything in it. Give an empty or new folder, or, if the folder is meant for the bot, set ${example('replace-existing', 'true')} once: the action then writes ${MARKER_FILE} and replaces the folder on later runs too.`
    )
  }
  return real
}

/** A `.git` anywhere in the folder (a nested repository or submodule), looked for within bounds. */
function findGitFolder(folder: string, budget = { entries: 20_000 }): string | undefined {
  let entries: fs.Dirent[]
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true })
  } catch {
    return undefined
  }
  for (const entry of entries) {
    if (--budget.entries < 0) return undefined
    if (entry.name.toLowerCase() === '.git') return path.join(folder, entry.name)
  }
  for (const entry of entries) {
    if (!entry.isDirectory()) continue
    const found = findGitFolder(path.join(folder, entry.name), budget)
    if (found) return found
  }
  return undefined
}

export function isDirectory(target: string): boolean {
  try {
    return fs.statSync(target).isDirectory()
  } catch {
    return false
  }
}
