// The example workflows are copied into other repositories as they are: what a reviewer of
// such a copy would check (pinned actions, least privilege, no token left on disk, one
// concurrency group per bot, a plan before an approval) is checked here once.
import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { ROOT } from '../script/run-action.js'

type Step = { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, unknown> }
interface Job {
  environment?: string | { name: string }
  permissions?: Record<string, string> | string
  concurrency?: { group?: string; 'cancel-in-progress'?: boolean } | string
  needs?: string | string[]
  steps: Step[]
}
interface Workflow {
  permissions?: Record<string, string> | string
  jobs: Record<string, Job>
}

const EXAMPLES = path.join(ROOT, 'examples')
const examples = fs
  .readdirSync(EXAMPLES)
  .filter(file => file.endsWith('.yml'))
  .map(file => {
    const text = fs.readFileSync(path.join(EXAMPLES, file), 'utf8')
    return { file, text, workflow: parse(text) as Workflow }
  })

const OURS = /^kore-bot-export\/kore-bot-export(\/import)?@/
const isOurs = (step: Step): boolean => OURS.test(step.uses ?? '')
const isImport = (step: Step): boolean => (step.uses ?? '').startsWith('kore-bot-export/kore-bot-export/import@')
const environmentOf = (job: Job): string | undefined =>
  typeof job.environment === 'string' ? job.environment : job.environment?.name
const needsOf = (job: Job): string[] => (job.needs === undefined ? [] : ([] as string[]).concat(job.needs))
const hasWrite = (permissions: Workflow['permissions']): boolean =>
  typeof permissions === 'string' ? permissions.includes('write') : Object.values(permissions ?? {}).includes('write')

describe.each(examples)('examples/$file', ({ text, workflow }) => {
  const jobs = Object.entries(workflow.jobs)

  it('pins every third-party action by a full commit SHA with its version as a comment, and this action by its major tag', () => {
    const uses = [...text.matchAll(/^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/gm)].map(match => ({
      action: match[1],
      comment: match[2].trim()
    }))
    expect(uses.length).toBeGreaterThan(0)
    for (const { action, comment } of uses) {
      if (OURS.test(action)) expect([action, action.endsWith('@v1')]).toEqual([action, true])
      else
        expect([action, comment]).toEqual([
          expect.stringMatching(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/),
          expect.stringMatching(/^# v\d+(\.\d+)*$/)
        ])
    }
    // Policies that demand full SHAs everywhere: each example says how to pin this action so.
    if (uses.some(({ action }) => OURS.test(action))) expect(text).toMatch(/^\s*#.*\bfull (commit )?SHA\b/im)
  })

  it('grants no write permission workflow-wide, and a job write permission only where a step uses the token', () => {
    expect(workflow.permissions).toBeDefined()
    expect(hasWrite(workflow.permissions)).toBe(false)
    for (const [name, job] of jobs) {
      if (!hasWrite(job.permissions)) continue
      const usesToken = job.steps.some(step =>
        [...Object.values(step.env ?? {}), step.with?.['github-token']].includes('${{ github.token }}')
      )
      expect([name, usesToken]).toEqual([name, true])
    }
  })

  it('leaves no token in .git/config: every checkout has persist-credentials false', () => {
    for (const [name, job] of jobs) {
      for (const step of job.steps.filter(step => (step.uses ?? '').startsWith('actions/checkout@'))) {
        expect([name, step.with?.['persist-credentials']]).toEqual([name, false])
      }
    }
  })

  it('puts every job that exports from or imports into a bot in that bot’s concurrency group, kore-bot-<bot id>', () => {
    for (const [name, job] of jobs) {
      const botIds = new Set(job.steps.filter(isOurs).map(step => String(step.with?.['bot-id'])))
      if (botIds.size === 0) continue
      expect([name, botIds.size]).toEqual([name, 1])
      const [botId] = botIds
      expect(botId).toMatch(/^\$\{\{ (vars|matrix|inputs)\.[\w.-]+ \}\}$/)
      expect([name, job.concurrency]).toEqual([name, { group: `kore-bot-${botId}`, 'cancel-in-progress': false }])
    }
  })

  it('runs a dry run against the bot before any import that waits for an approval (environment production)', () => {
    for (const [name, job] of jobs) {
      const imports = job.steps.filter(step => isImport(step) && String(step.with?.['dry-run']) !== 'true')
      if (environmentOf(job) !== 'production' || imports.length === 0) continue
      const planned = needsOf(job).some(need =>
        workflow.jobs[need].steps.some(
          step =>
            isImport(step) &&
            String(step.with?.['dry-run']) === 'true' &&
            step.with?.['bot-id'] === imports[0].with?.['bot-id'] &&
            environmentOf(workflow.jobs[need]) !== 'production'
        )
      )
      expect([name, planned]).toEqual([name, true])
    }
  })

  it('keeps an artifact another job downloads for as long as an approval may wait (30 days)', () => {
    if (!text.includes('actions/download-artifact@')) return
    for (const [, job] of jobs) {
      for (const step of job.steps.filter(step => (step.uses ?? '').startsWith('actions/upload-artifact@'))) {
        expect(Number(step.with?.['retention-days'])).toBeGreaterThanOrEqual(30)
      }
    }
  })

  it('names in its header every secret, variable and environment it uses', () => {
    const header = text.slice(0, text.search(/^name:/m))
    const used = new Set([
      ...[...text.matchAll(/\b(?:secrets|vars)\.(\w+)/g)].map(match => match[1]),
      ...jobs.map(([, job]) => environmentOf(job)).filter((name): name is string => Boolean(name))
    ])
    for (const name of used) expect([name, header.includes(name)]).toEqual([name, true])
  })
})
