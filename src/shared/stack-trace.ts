// Stack traces that point into src/. The bundle ships its source map, but loading ncc's
// source-map-support register on every start costs 20 ms of wall time and 40 ms of CPU
// (measured through the bundles, issue 18 item 5: medians of 100 interleaved runs, the export
// action rejecting an input 77 ms, 97 ms with it; the CLI's --version 86 ms, 108 ms; 13 to
// 53 ms across runs on a shared machine), and would take the CLI past its +60 ms start-up
// budget (docs/benchmarks.md, "Stand-ins"); a stack is only ever printed on a failure, so it
// is mapped then, with Node's own SourceMap reader.
import fs from 'node:fs'
import { SourceMap } from 'node:module'
import { fileURLToPath } from 'node:url'

/** `stack` with every frame in a bundled file that has a `.map` beside it mapped to its source. */
export function sourceStack(stack: string): string {
  const maps = new Map<string, SourceMap | undefined>()
  const mapOf = (file: string): SourceMap | undefined => {
    if (!maps.has(file)) {
      try {
        const local = file.startsWith('file:') ? fileURLToPath(file) : file
        maps.set(file, new SourceMap(JSON.parse(fs.readFileSync(`${local}.map`, 'utf8'))))
      } catch {
        maps.set(file, undefined)
      }
    }
    return maps.get(file)
  }
  return stack.replace(
    /((?:file:\/\/)?[^\s()]+\.[cm]?js):(\d+):(\d+)/g,
    (frame, file: string, line: string, column: string) => {
      const entry = mapOf(file)?.findEntry(Number(line) - 1, Number(column) - 1) as
        { originalSource?: string; originalLine?: number; originalColumn?: number } | undefined
      if (!entry?.originalSource || entry.originalLine === undefined || entry.originalColumn === undefined) return frame
      const source = entry.originalSource.replace(/^webpack:\/\/[^/]*\//, '').replace(/^(\.\.?\/)+/, '')
      return `${source}:${entry.originalLine + 1}:${entry.originalColumn + 1}`
    }
  )
}
