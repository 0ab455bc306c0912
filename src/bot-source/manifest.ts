// The folder's manifest, in the marker file: it says the folder is the action's (so that it
// may be replaced) and holds what `pack` needs to rebuild the export exactly: the zip's
// entries in order, and for each file how it was changed on the way in.
import fs from 'node:fs'
import path from 'node:path'
import { MARKER_FILE } from '../shared/output-paths.js'
import type { FileRecord } from './folder-files.js'

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

/** The manifest of a folder the action wrote; an error that says what to do otherwise. */
export function readManifest(folder: string): Manifest {
  let text: string
  try {
    text = fs.readFileSync(path.join(folder, MARKER_FILE), 'utf8')
  } catch {
    throw new Error(`${folder} has no ${MARKER_FILE} file: it was not written by kore-bot-export's extract-to. Export the bot into it first.`)
  }
  return parseManifest(text, path.join(folder, MARKER_FILE))
}

/** A manifest's text, read; `file` names it in the error. */
export function parseManifest(text: string, file: string): Manifest {
  let manifest: Partial<Manifest>
  try {
    manifest = JSON.parse(text) as Partial<Manifest>
  } catch {
    manifest = {}
  }
  if (!Array.isArray(manifest.entries) || typeof manifest.files !== 'object' || manifest.files === null) {
    throw new Error(`${file} is not a manifest this version can read (an older version wrote only a note): export the bot into the folder again.`)
  }
  return { about: ABOUT, entries: manifest.entries.filter(entry => typeof entry === 'string'), files: manifest.files }
}
