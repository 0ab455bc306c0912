// `npm run check:dist`: after `npm run build`, dist/ and the sources generated from the action
// metadata are what is committed. The one check of it, for .ci/run, CI and a release.
import { spawnSync } from 'node:child_process'

const PATHS = ['dist', 'src/core/action-defaults.ts', 'src/cli/action-inputs.json']
const status = spawnSync('git', ['status', '--porcelain', '--', ...PATHS], { encoding: 'utf8' })
if (status.status !== 0) {
  console.error(`git status failed: ${status.stderr.trim()}`)
  process.exit(1)
}
if (status.stdout.trim() !== '') {
  console.error(status.stdout.trimEnd())
  console.error("dist/ (or a generated source) is not the build of src/: run 'npm run build' and commit it.")
  process.exit(1)
}
console.log('dist/ and the generated sources are the build of src/.')
