// The layers of docs/architecture.md, held by reading every import in src/: the core never
// knows its host, and lower layers never import higher ones.
import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'

const SRC = path.resolve('src')

/** Every import of every file in src/: [file, what it imports], both relative to src/ for modules of ours. */
function imports(): [string, string][] {
  const found: [string, string][] = []
  const walk = (folder: string): void => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.name.endsWith('.ts')) {
        const text = fs.readFileSync(full, 'utf8')
        // `import … from 'x'`, `export … from "x"`, a bare `import 'x'`, and `import('x')`.
        const specifiers =
          /^(?:import|export)\b[^'"]*?from\s+(['"])([^'"]+)\1|^import\s+(['"])([^'"]+)\3|\bimport\(\s*(['"])([^'"]+)\5\s*\)/gm
        for (const match of text.matchAll(specifiers)) {
          const target = match[2] ?? match[4] ?? match[6]
          const file = path.relative(SRC, full)
          found.push([
            file,
            target.startsWith('.') ? path.relative(SRC, path.resolve(path.dirname(full), target)) : target
          ])
        }
      }
    }
  }
  walk(SRC)
  return found
}

/** The layer of a module of ours; lower numbers are lower layers. */
const LAYERS: [RegExp, number][] = [
  [/^(core\/(host|words|errors|inputs|summary|action-defaults)|shared\/)/, 0],
  [/^platform\//, 1],
  [/^bot-source\//, 2],
  [/^core\/flow/, 2],
  [/^(export|import)\//, 3],
  [/^(action|cli)\//, 4]
]
const ENTRY_FILES = new Set(['index.ts', 'import/index.ts', 'cli/bin.ts'])

function layerOf(module: string): number {
  const found = LAYERS.find(([pattern]) => pattern.test(module))
  if (!found) throw new Error(`${module} is in no layer: add it to LAYERS and docs/architecture.md`)
  return found[1]
}

describe('the architecture', () => {
  const all = imports()

  it('reads the imports (a test of the test)', () => {
    expect(all).toContainEqual(['export/run-export.ts', 'core/flow.js'])
    expect(all.length).toBeGreaterThan(100)
  })

  // @actions/http-client is not the runner's: it is the HTTP client (proxies) of every host.
  it.each(['@actions/core', '@actions/github'])('imports %s only in the Actions adapter', library => {
    const importers = all.filter(([, target]) => target.startsWith(library)).map(([file]) => file)
    expect(importers.filter(file => !file.startsWith('action/'))).toEqual([])
  })

  it('never imports a higher layer from a lower one (entry files aside)', () => {
    const upward = all
      .filter(([file, target]) => !ENTRY_FILES.has(file) && target.endsWith('.js'))
      .filter(([file, target]) => layerOf(target) > layerOf(file))
      .map(([file, target]) => `${file} -> ${target}`)
    expect(upward).toEqual([])
  })

  it('keeps the two adapters apart', () => {
    const crossing = all.filter(
      ([file, target]) =>
        (file.startsWith('cli/') && target.startsWith('action/')) ||
        (file.startsWith('action/') && target.startsWith('cli/'))
    )
    expect(crossing).toEqual([])
  })
})
