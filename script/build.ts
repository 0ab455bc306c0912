// `npm run build`: the three bundles (export, import, CLI) with ncc, side by side, each into a
// folder of its own and then into dist/. ncc type-checks each bundle, most of its time.
//
// `--if-stale` (what `npm test` uses) skips the build when dist/ was built from these very
// inputs: dist/.inputs-sha256 holds the SHA-256 of src/, the package files and this script,
// line ends as git stores them.
// CI builds unconditionally and then checks that dist/ is what it committed.
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { generatedSources } from './action-defaults.js'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const DIST = path.join(ROOT, 'dist')
const STAMP = path.join(DIST, '.inputs-sha256')
const NCC = path.join(ROOT, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')

const BUNDLES: { entry: string; into: string }[] = [
  { entry: 'src/index.ts', into: '' },
  { entry: 'src/import/index.ts', into: 'import' },
  { entry: 'src/cli/bin.ts', into: 'cli' }
]

function inputsHash(): string {
  const hash = createHash('sha256')
  const files = [
    'action.yml',
    'import/action.yml',
    'script/action-defaults.ts',
    'package.json',
    'package-lock.json',
    'tsconfig.json',
    'script/build.ts',
    ...fs.readdirSync(path.join(ROOT, 'src'), { recursive: true }).map(name => path.join('src', String(name)))
  ]
  for (const file of files.sort()) {
    const full = path.join(ROOT, file)
    if (!fs.statSync(full).isFile()) continue
    // Line ends as git stores them: a Windows checkout (CRLF) has the same inputs.
    hash
      .update(`${file.split(path.sep).join('/')}\0`)
      .update(fs.readFileSync(full, 'latin1').replace(/\r\n/g, '\n'), 'latin1')
      .update('\0')
  }
  return hash.digest('hex')
}

function ncc(entry: string, out: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [NCC, 'build', entry, '-o', out, '--source-map', '--no-source-map-register', '--quiet'],
      { cwd: ROOT, stdio: 'inherit' }
    )
    child.on('error', reject)
    child.on('close', code => (code === 0 ? resolve() : reject(new Error(`ncc build ${entry} failed (exit ${code})`))))
  })
}

// Beside each bundle, licenses.txt: the license of every package whose code it holds, which its
// source maps name. (ncc's --license left out many: yauzl, yazl, ms and the @octokit packages from
// the CLI's, @actions/core from the export action's.) The CLI's folder is what npm ships.
function writeLicenses(out: string): void {
  const packageDirs = new Set<string>()
  for (const map of fs.readdirSync(out).filter(name => name.endsWith('.js.map'))) {
    const { sources } = JSON.parse(fs.readFileSync(path.join(out, map), 'utf8')) as { sources: string[] }
    for (const source of sources) {
      // From the first node_modules/ to the last package in the path (a nested one is its own).
      const match = /node_modules\/(.*node_modules\/)?(@[^/]+\/)?[^/]+(?=\/)/.exec(source)
      if (match) packageDirs.add(path.join(ROOT, ...match[0].split('/')))
    }
  }
  const entries = [...packageDirs].map(dir => {
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
      name: string
      version: string
      license?: string | { type: string }
    }
    const license = typeof manifest.license === 'object' ? manifest.license.type : (manifest.license ?? 'UNKNOWN')
    const texts = fs
      .readdirSync(dir)
      .filter(name => /^(licen[cs]e|copying|notice)([.-]|$)/i.test(name))
      .sort()
      .map(name => fs.readFileSync(path.join(dir, name), 'utf8').trim())
    const text = texts.join('\n\n') || '(the package has no license file)'
    return {
      id: `${manifest.name}@${manifest.version}`,
      text: `${manifest.name}@${manifest.version}\n${license}\n\n${text}\n`
    }
  })
  entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  fs.writeFileSync(path.join(out, 'licenses.txt'), entries.map(entry => entry.text).join(`\n${'-'.repeat(72)}\n\n`))
}

// The sources made from the action metadata first: they are part of src/, and so of what the
// bundles are built from. `--if-stale` (npm test) writes none: a stale one fails the run, so
// that the tests read what is committed.
const stale: string[] = []
for (const [file, text] of generatedSources(ROOT)) {
  const full = path.join(ROOT, file)
  if (fs.existsSync(full) && fs.readFileSync(full, 'utf8').replace(/\r\n/g, '\n') === text) continue
  if (process.argv.includes('--if-stale')) stale.push(file)
  else fs.writeFileSync(full, text)
}
if (stale.length > 0) {
  console.error(`${stale.join(', ')}: not what action.yml and import/action.yml say. Run npm run docs, then commit.`)
  process.exit(1)
}
const hash = inputsHash()
if (process.argv.includes('--if-stale') && fs.existsSync(STAMP) && fs.readFileSync(STAMP, 'utf8').trim() === hash) {
  console.log('dist/ is the build of these inputs (dist/.inputs-sha256): not built again.')
  process.exit(0)
}
const staging = fs.mkdtempSync(path.join(ROOT, '.build-'))
try {
  await Promise.all(BUNDLES.map((bundle, index) => ncc(bundle.entry, path.join(staging, String(index)))))
  BUNDLES.forEach((_, index) => writeLicenses(path.join(staging, String(index))))
  fs.rmSync(DIST, { recursive: true, force: true })
  BUNDLES.forEach((bundle, index) => fs.renameSync(path.join(staging, String(index)), path.join(DIST, bundle.into)))
  fs.writeFileSync(STAMP, `${hash}\n`)
} finally {
  fs.rmSync(staging, { recursive: true, force: true })
}
