// A raw `ENOSPC` tells a user little. File system failures are reported with what the action
// was doing, the path, and what to do about it.
import { plain } from './untrusted-text.js'
import { CoreError } from '../core/errors.js'
import { example, say, type Text } from '../core/words.js'

const ADVICE: Record<string, () => Text> = {
  ENOSPC: () =>
    say`The disk is full: free space on the runner (or use a larger one), or keep no zip (${example('path', '""')}) when unpacking.`,
  EDQUOT: () => 'The disk quota is used up: free space, or write elsewhere in the workspace.',
  EROFS: () => 'That file system is read-only: choose a path inside the workspace.',
  EACCES: () => "The runner may not write there: choose a path inside the workspace, or fix the folder's permissions.",
  EPERM: () => "The runner may not write there: choose a path inside the workspace, or fix the folder's permissions.",
  EEXIST: () => 'A file or folder of the same name is in the way: remove it, or choose another path.',
  ENOTDIR: () => 'A file stands where a folder is needed: remove it, or choose another path.',
  EISDIR: () => 'A folder stands where a file is needed: remove it, or choose another path.',
  ENAMETOOLONG: () => 'A name is too long for this file system: choose a shorter path.',
  EMFILE: () => 'Too many files are open on the runner: run it again.',
  EBUSY: () =>
    'A file is in use by another program (on Windows, often an editor or a virus scanner): close it and run it again.'
}

/** The error with what was being done and what to do, if it is a file system error; else as it is. */
export function describeFileSystemError(error: unknown, doing: string): unknown {
  const { code, path } = (error ?? {}) as NodeJS.ErrnoException
  if (!code || !(code in ADVICE)) return error
  return new CoreError(
    'file',
    say`Could not ${doing}: ${code}${path ? ` at ${plain(path)}` : ''}. ${ADVICE[code]()} Nothing was left half-written.`,
    { file: path }
  )
}
