// `tsx script/changelog-section.ts [version]`: prints the CHANGELOG.md section of `version`
// (package.json's when left out), without its heading: the release notes the release workflow
// publishes. CI runs it on every change, so a version bump without its dated section fails
// there and not when the tag is pushed.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

// Keep a Changelog: "## [1.0.0] - 2026-12-03"; the link definitions ("[1.0.0]: https://…") end the last section.
const HEADING = /^## \[([^\]]*)\](.*)$/
const LINK_DEFINITION = /^\[[^\]]+\]: /

/** The text under `## [version] - YYYY-MM-DD`, blank lines around it trimmed; throws when there is none. */
export function changelogSection(changelog: string, version: string): string {
  const lines = changelog.split(/\r?\n/)
  const starts = lines.flatMap((line, index) => (HEADING.exec(line)?.[1] === version ? [index] : []))
  if (starts.length === 0) {
    const howTo = lines.some(line => HEADING.exec(line)?.[1] === 'Unreleased')
      ? `rename "## [Unreleased]" to "## [${version}] - YYYY-MM-DD" (and start a new, empty "## [Unreleased]" above it)`
      : `add "## [${version}] - YYYY-MM-DD" and what changed under it`
    throw new Error(`CHANGELOG.md has no section for ${version}: ${howTo}.`)
  }
  if (starts.length > 1) throw new Error(`CHANGELOG.md has ${starts.length} sections for ${version}: keep one.`)
  const heading = lines[starts[0]]
  if (!/^ - \d{4}-\d{2}-\d{2}\s*$/.test(HEADING.exec(heading)?.[2] ?? '')) {
    throw new Error(`CHANGELOG.md: the heading "${heading.trim()}" has no date: write "## [${version}] - YYYY-MM-DD".`)
  }
  const rest = lines.slice(starts[0] + 1)
  const end = rest.findIndex(line => line.startsWith('## ') || LINK_DEFINITION.test(line))
  const section = (end === -1 ? rest : rest.slice(0, end)).join('\n').trim()
  if (section === '') throw new Error(`CHANGELOG.md: the section for ${version} is empty: say what changed.`)
  return section
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const version =
    process.argv[2] ??
    (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version
  try {
    process.stdout.write(`${changelogSection(fs.readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8'), version)}\n`)
  } catch (error) {
    process.stderr.write(`changelog-section: ${(error as Error).message}\n`)
    process.exitCode = 1
  }
}
