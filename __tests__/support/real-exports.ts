// Where the real exports are (../shared/real-exports, beside the repository; never copied
// into it), and the files under it.
import fs from 'node:fs'
import path from 'node:path'
import { ROOT } from '../../script/run-action.js'

export const REAL = path.resolve(ROOT, '..', 'shared', 'real-exports')

export function filesUnder(dir: string, ending: string): string[] {
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter(entry => entry.isFile() && entry.name.endsWith(ending))
    .map(entry => path.join(entry.parentPath, entry.name))
    .sort()
}
