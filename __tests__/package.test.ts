// What npm publishes: the CLI's bundle, self-contained (no dependencies to install), with the
// licenses of what it bundles. The tarball `npm pack` makes is installed offline into a fresh
// project and run from there, as `npm install -g kore-bot-export` users run it.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync, type SpawnSyncReturns } from 'node:child_process'
import fs from 'node:fs'
import { isBuiltin } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { ROOT, actionDefaults, testNode } from '../script/run-action.js'

const packageJson = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  version: string
  bin: Record<string, string>
  dependencies?: Record<string, string>
}

// npm's own script, run by this Node: `npm` is a .cmd file on Windows, which spawn runs only through a shell.
function npmCli(): string {
  const bin = path.dirname(process.execPath)
  const candidates = [
    process.env.npm_execpath ?? '',
    path.join(bin, 'node_modules', 'npm', 'bin', 'npm-cli.js'),
    path.join(bin, '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js')
  ]
  const found = candidates.find(file => path.basename(file) === 'npm-cli.js' && fs.existsSync(file))
  if (!found) throw new Error(`npm-cli.js not found beside ${process.execPath}`)
  return found
}

let work: string

// The npm running these tests (`npm test`) passes its settings down as npm_* variables: the npm
// under test gets none of them, and a cache of its own, so that the install is offline for real.
function npm(args: string[], cwd: string): SpawnSyncReturns<string> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)))
  return spawnSync(
    process.execPath,
    [npmCli(), ...args, '--cache', path.join(work, 'npm-cache'), '--no-update-notifier', '--loglevel', 'error'],
    { cwd, env, encoding: 'utf8' }
  )
}

interface PackResult {
  filename: string
  size: number
  files: { path: string }[]
}

describe('the npm package', () => {
  let packed: PackResult
  let project: string

  beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'kore-package-'))
    const tarballs = path.join(work, 'tarballs')
    fs.mkdirSync(tarballs)
    const pack = npm(['pack', '--json', '--ignore-scripts', '--pack-destination', tarballs], ROOT)
    expect([pack.status, pack.stderr]).toEqual([0, ''])
    packed = (JSON.parse(pack.stdout) as PackResult[])[0]

    project = path.join(work, 'project')
    fs.mkdirSync(project)
    fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'a-user-project', private: true }))
    const install = npm(
      ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', path.join(tarballs, packed.filename)],
      project
    )
    expect([install.status, install.stderr]).toEqual([0, ''])
  }, 60_000)

  afterAll(() => fs.rmSync(work, { recursive: true, force: true }))

  it('has no runtime dependencies: the bundles hold them', () => {
    expect(packageJson.dependencies).toBeUndefined()
  })

  it('holds the CLI bundle, its licenses and the docs; no source maps, sources or tests', () => {
    const files = packed.files.map(file => file.path).sort()
    expect(files).toEqual(
      expect.arrayContaining(['dist/cli/index.js', 'dist/cli/licenses.txt', 'LICENSE', 'README.md', 'CHANGELOG.md'])
    )
    const unexpected = files.filter(
      file =>
        !/^dist\/cli\/[^/]+\.js$/.test(file) &&
        !['dist/cli/licenses.txt', 'dist/cli/package.json'].includes(file) &&
        !['package.json', 'LICENSE', 'README.md', 'CHANGELOG.md'].includes(file)
    )
    expect(unexpected).toEqual([])
    // The whole of dist/ (three bundles with their maps) was 1.3 MB.
    expect(packed.size).toBeLessThan(512 * 1024)
  })

  it('installs offline as exactly one package', () => {
    const lock = JSON.parse(fs.readFileSync(path.join(project, 'node_modules', '.package-lock.json'), 'utf8')) as {
      packages: Record<string, unknown>
    }
    expect(Object.keys(lock.packages)).toEqual(['node_modules/kore-bot-export'])
    expect(fs.readdirSync(path.join(project, 'node_modules')).filter(name => !name.startsWith('.'))).toEqual([
      'kore-bot-export'
    ])
  })

  // On Windows, .bin holds a .cmd shim, which runs `node` from PATH; elsewhere a link to the file.
  const installedBin = () =>
    process.platform === 'win32'
      ? path.join(project, 'node_modules', 'kore-bot-export', packageJson.bin['kore-bot-export'])
      : path.join(project, 'node_modules', '.bin', 'kore-bot-export')

  it("the installed kore-bot-export --version prints package.json's version", () => {
    if (process.platform !== 'win32') fs.accessSync(installedBin(), fs.constants.X_OK)
    else expect(fs.existsSync(path.join(project, 'node_modules', '.bin', 'kore-bot-export.cmd'))).toBe(true)
    const run = spawnSync(testNode(), [installedBin(), '--version'], { cwd: project, encoding: 'utf8' })
    expect([run.status, run.stdout, run.stderr]).toEqual([0, `${packageJson.version}\n`, ''])
  })

  it('the installed kore-bot-export --help prints its usage', () => {
    const run = spawnSync(testNode(), [installedBin(), '--help'], { cwd: project, encoding: 'utf8' })
    expect([run.status, run.stderr]).toEqual([0, ''])
    expect(run.stdout).toMatch(/^Usage: kore-bot-export \[export\] --bot-id/)
    expect(run.stdout).toContain('kore-bot-export import --bot-id')
  })
})

describe('dist/ needs no node_modules', () => {
  const bundleFiles = (fs.readdirSync(path.join(ROOT, 'dist'), { recursive: true }) as string[])
    .map(name => name.split(path.sep).join('/'))
    .filter(name => name.endsWith('.js'))

  it('every module a bundle or chunk loads is one of Node.js', () => {
    expect(bundleFiles).toEqual(expect.arrayContaining(['index.js', 'import/index.js', 'cli/index.js']))
    const loaded = new Set<string>()
    for (const file of bundleFiles) {
      const code = fs.readFileSync(path.join(ROOT, 'dist', file), 'utf8')
      const loads = /(?:\brequire\(|createRequire\(import\.meta\.url\)\(|\bimport\(|\bfrom )\s*"([^"]+)"/g
      for (const [, name] of code.matchAll(loads)) if (!name.startsWith('.')) loaded.add(name)
    }
    expect(loaded.size).toBeGreaterThan(10)
    expect([...loaded].filter(name => !isBuiltin(name))).toEqual([])
  })

  it.each([
    ['index.js', 'export'],
    ['import/index.js', 'import']
  ] as const)('dist/%s runs from a copy with no node_modules around it', (entry, action) => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'kore-dist-copy-'))
    try {
      fs.cpSync(path.join(ROOT, 'dist'), copy, { recursive: true })
      // Every default as a runner passes it, and no bot-id: a run that got as far as checking
      // the inputs has loaded everything it starts with.
      const inputs = Object.entries(actionDefaults(action)).map(([name, value]) => [
        `INPUT_${name.toUpperCase()}`,
        value
      ])
      const run = spawnSync(testNode(), [path.join(copy, entry)], {
        cwd: copy,
        env: {
          PATH: process.env.PATH ?? '',
          GITHUB_WORKSPACE: copy,
          ...(process.env.SystemRoot ? { SystemRoot: process.env.SystemRoot } : {}),
          ...Object.fromEntries(inputs)
        },
        encoding: 'utf8'
      })
      expect([run.status, run.stderr]).toEqual([1, ''])
      expect(run.stdout).toContain('bot-id is required')
    } finally {
      fs.rmSync(copy, { recursive: true, force: true })
    }
  })

  it('licenses.txt beside each bundle names every package its source maps name', () => {
    for (const folder of ['', 'import', 'cli']) {
      const dir = path.join(ROOT, 'dist', folder)
      const bundled = new Set<string>()
      for (const map of fs.readdirSync(dir).filter(name => name.endsWith('.js.map'))) {
        for (const source of (JSON.parse(fs.readFileSync(path.join(dir, map), 'utf8')) as { sources: string[] })
          .sources) {
          const name = /.*node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source)?.[1]
          if (name) bundled.add(name)
        }
      }
      expect(bundled.size).toBeGreaterThan(5)
      const licenses = fs.readFileSync(path.join(dir, 'licenses.txt'), 'utf8')
      const listed = new Set([...licenses.matchAll(/^((?:@[^/\s]+\/)?[^@\s]+)@\d\S*$/gm)].map(match => match[1]))
      expect([folder, [...bundled].filter(name => !listed.has(name))]).toEqual([folder, []])
      // Each license found: its name from package.json and a license text.
      expect([folder, /^UNKNOWN$|\(the package has no license file\)/m.test(licenses)]).toEqual([folder, false])
    }
  })
})
