// The folder's manifest, in the marker file: it says the folder is the action's (so that it
// may be replaced) and holds what `pack` needs to rebuild the export exactly: the zip's
// entries in order, and for each file how it was changed on the way in.
import { MARKER_FILE } from '../shared/output-paths.js'
import { plain } from '../shared/untrusted-text.js'
import { FolderReader } from './folder-reader.js'
import type { FileRecord } from './folder-files.js'
import { ZIP_LIMITS, entryNameProblem } from './zip-reader.js'

export interface Manifest {
  about: string
  /** The zip's file entries, in the zip's order. */
  entries: string[]
  /** How each file differs from the export's, where it does. */
  files: Record<string, FileRecord>
}

const ABOUT =
  "Written by kore-bot-export: every run replaces this folder with the bot's export, and `kore-bot-export pack` rebuilds the export from it. Keep this file: without it the action refuses to replace the folder, and pack cannot rebuild the export."

export function newManifest(entries: string[], files: Record<string, FileRecord>): Manifest {
  return { about: ABOUT, entries, files }
}

export function manifestText(manifest: Manifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`
}

/** A manifest is JSON the size of its records: far below this, even for the largest bots. */
const MAX_MANIFEST_BYTES = 64 * 1024 * 1024

/**
 * The manifest of a folder the action wrote (read as hostile input, through the folder's
 * reader); an error that says what to do otherwise.
 */
export function readManifest(folder: string | FolderReader): Manifest {
  const reader = typeof folder === 'string' ? FolderReader.open(folder) : folder
  const text = reader.read(MARKER_FILE, MAX_MANIFEST_BYTES)
  if (!text)
    throw new Error(
      `${plain(reader.folder)} has no ${MARKER_FILE} file: it was not written by kore-bot-export's extract-to. Export the bot into it first.`
    )
  return parseManifest(text.toString('utf8'), reader.shown(MARKER_FILE))
}

/**
 * A manifest's text, read; `file` names it in the error. Its entries are checked as a zip's
 * are: names that stay in the folder and are safe to show, each once, as many as a zip may hold.
 */
export function parseManifest(text: string, file: string): Manifest {
  let manifest: Partial<Manifest>
  try {
    manifest = JSON.parse(text) as Partial<Manifest>
  } catch {
    manifest = {}
  }
  if (
    !Array.isArray(manifest.entries) ||
    typeof manifest.files !== 'object' ||
    manifest.files === null ||
    Array.isArray(manifest.files)
  ) {
    throw new Error(
      `${plain(file)} is not a manifest this version can read (an older version wrote only a note): export the bot into the folder again.`
    )
  }
  const entries = manifest.entries.filter((entry): entry is string => typeof entry === 'string')
  const seen = new Set<string>()
  const safeSegments = new Set<string>()
  for (const name of entries) {
    if (seen.has(name)) {
      throw new Error(
        `${plain(file)} names ${plain(name)} more than once in its entries: an export holds each file once. Remove the repeated entries (or export the bot into the folder again).`
      )
    }
    seen.add(name)
    if (/^[\\/]|^[a-zA-Z]:/.test(name) || name.split(/[\\/]/).includes('..'))
      throw new Error(`the manifest names "${plain(name)}", which lies outside the folder`)
    const why = entryNameProblem(name, safeSegments)
    if (why)
      throw new Error(
        `${plain(file)} names an entry "${plain(name)}" that ${why}: no export holds one. Remove it from the manifest (or export the bot into the folder again).`
      )
  }
  if (entries.length > ZIP_LIMITS.maxEntries) {
    throw new Error(
      `${plain(file)} names ${entries.length} files, more than the ${ZIP_LIMITS.maxEntries} an export of a bot has room for (real exports hold a handful). Export the bot into the folder again.`
    )
  }
  return { about: ABOUT, entries, files: manifest.files }
}
