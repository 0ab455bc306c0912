// The release notes are the version's CHANGELOG.md section (script/changelog-section.ts): the
// release workflow publishes them, and CI checks on every run that package.json's version has one.
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { changelogSection } from '../script/changelog-section.js'
import { ROOT } from '../script/run-action.js'

const CHANGELOG = `# Changelog

Intro text.

## [Unreleased]

### Added

- Something not released yet.

## [1.1.0] - 2027-01-15

### Fixed

- A fix.

## [1.0.0] - 2026-12-03

### Added

- The first release.

### Security

- Checked.

[Unreleased]: https://github.com/kore-bot-export/kore-bot-export/compare/v1.1.0...HEAD
[1.1.0]: https://github.com/kore-bot-export/kore-bot-export/compare/v1.0.0...v1.1.0
[1.0.0]: https://github.com/kore-bot-export/kore-bot-export/releases/tag/v1.0.0
`

describe('changelogSection', () => {
  it('is the text under the version heading, up to the next heading', () => {
    expect(changelogSection(CHANGELOG, '1.1.0')).toBe('### Fixed\n\n- A fix.')
  })

  it('stops at the link definitions after the last section', () => {
    expect(changelogSection(CHANGELOG, '1.0.0')).toBe('### Added\n\n- The first release.\n\n### Security\n\n- Checked.')
  })

  it('reads a file checked out with CRLF line ends', () => {
    expect(changelogSection(CHANGELOG.replace(/\n/g, '\r\n'), '1.1.0')).toBe('### Fixed\n\n- A fix.')
  })

  it('matches the whole version, not a version it starts or ends with', () => {
    expect(() => changelogSection(CHANGELOG, '1.0')).toThrow('CHANGELOG.md has no section for 1.0')
    expect(() => changelogSection(CHANGELOG, '11.0.0')).toThrow('CHANGELOG.md has no section for 11.0.0')
    expect(() => changelogSection(CHANGELOG, '1.1.0-rc.1')).toThrow('CHANGELOG.md has no section for 1.1.0-rc.1')
  })

  it('refuses a version still under Unreleased, naming the heading to write', () => {
    expect(() => changelogSection(CHANGELOG, '1.2.0')).toThrow(
      'CHANGELOG.md has no section for 1.2.0: rename "## [Unreleased]" to "## [1.2.0] - YYYY-MM-DD" ' +
        '(and start a new, empty "## [Unreleased]" above it).'
    )
  })

  it('refuses a section without its release date', () => {
    expect(() => changelogSection('## [1.0.0]\n\n- x\n', '1.0.0')).toThrow(
      'CHANGELOG.md: the heading "## [1.0.0]" has no date: write "## [1.0.0] - YYYY-MM-DD".'
    )
  })

  it('refuses an empty section, and a version listed twice', () => {
    expect(() => changelogSection('## [1.0.0] - 2026-12-03\n\n\n## [0.9.0] - 2026-01-01\n- x\n', '1.0.0')).toThrow(
      'CHANGELOG.md: the section for 1.0.0 is empty: say what changed.'
    )
    expect(() => changelogSection('## [1.0.0] - 2026-12-03\n- x\n## [1.0.0] - 2026-12-04\n- y\n', '1.0.0')).toThrow(
      'CHANGELOG.md has 2 sections for 1.0.0: keep one.'
    )
  })
})

describe('the repository', () => {
  const version = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version

  it("CHANGELOG.md has a dated section for package.json's version, which the script prints", () => {
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        pathToFileURL(path.join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href,
        path.join(ROOT, 'script', 'changelog-section.ts')
      ],
      { cwd: ROOT, encoding: 'utf8' }
    )
    expect([run.status, run.stderr]).toEqual([0, ''])
    expect(run.stdout).toBe(`${changelogSection(fs.readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8'), version)}\n`)
    expect(run.stdout).toMatch(/^### /)
  })

  it('the script fails naming the version, and prints nothing on stdout', () => {
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        pathToFileURL(path.join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href,
        path.join(ROOT, 'script', 'changelog-section.ts'),
        '0.0.0-never'
      ],
      { cwd: ROOT, encoding: 'utf8' }
    )
    expect([run.status, run.stdout]).toEqual([1, ''])
    expect(run.stderr).toContain('changelog-section: CHANGELOG.md has no section for 0.0.0-never')
  })
})
