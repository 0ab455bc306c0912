// pr-comment: the import's plan (or its result) on the pull request, one comment per target
// bot, created once and updated after. The action runs in process against the Kore.ai
// simulator and a stand-in for GitHub's REST API on 127.0.0.1 (GITHUB_API_URL), with the
// event file a runner writes (GITHUB_EVENT_PATH); one run goes through the bundle and a proxy.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ROOT, maskedValues, runAction, visibleLog } from '../script/run-action.js'
import { DEMO_ADMIN_CLIENT_SECRET, DEMO_BOT_ID, DEMO_TARGET_BOT_ID } from '../script/simulator/bot.js'
import { applyImport } from '../script/simulator/bot-store.js'
import { GitHubApi } from '../script/simulator/github.js'
import { MAX_REPORT_BYTES, commentBody } from '../src/action/pull-request.js'
import { ConnectProxy } from './support/connect-proxy.js'
import { importInputs, useSimulator } from './support/fixtures.js'
import { editedDemo, importHelpers, runImport, workspaceWith } from './support/import-runs.js'

const simulator = useSimulator()
const { seedTarget } = importHelpers(simulator)
const TOKEN = 'ghs_pull-request-token-0123456789'
const github = new GitHubApi({ token: TOKEN })
beforeAll(() => github.listen())
afterAll(() => github.close())
beforeEach(() => {
  simulator.reset({ pendingPolls: 0 })
  github.reset()
})

const ISSUE = 'o/r#7'
const RUN_LINK = 'https://github.example/o/r/actions/runs/4242/attempts/2'
const marker = (botId: string): string => `<!-- kore-bot-export:import bot=${botId} -->`

/** The event a runner writes for a pull request (from a branch of the same repository, unless `head` says otherwise). */
function pullRequestEvent(head = 'o/r'): object {
  return {
    action: 'synchronize',
    number: 7,
    pull_request: { number: 7, head: { repo: { full_name: head } }, base: { repo: { full_name: 'o/r' } } }
  }
}

/** A runner's GITHUB_* variables for `event`. */
function runnerEnv(event: object = pullRequestEvent(), name = 'pull_request'): Record<string, string> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kore-event-')), 'event.json')
  fs.writeFileSync(file, JSON.stringify(event))
  return {
    GITHUB_API_URL: github.url,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_EVENT_NAME: name,
    GITHUB_EVENT_PATH: file,
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '2'
  }
}

const planInputs = (overrides: Record<string, string> = {}): Record<string, string> =>
  importInputs(simulator, { 'dry-run': 'true', 'pr-comment': 'true', 'github-token': TOKEN, ...overrides })

const commentsOn = (issue = ISSUE) => github.comments.get(issue) ?? []

describe('on a pull request', () => {
  it('posts the plan once, then updates that comment, found among all the comments', async () => {
    // More comments than one page holds (100), so that the marker is looked for on every page.
    for (let index = 0; index < 120; index++) github.seed(ISSUE, `comment ${index}`)
    const { workspace } = workspaceWith({ moreEdits: true })
    const plan = await runImport(planInputs(), workspace, runnerEnv())

    expect(plan.code).toBe(0)
    expect(github.writes()).toEqual(['POST /repos/o/r/issues/7/comments'])
    expect(github.requests.every(request => request.headers.authorization === `token ${TOKEN}`)).toBe(true)
    const comment = commentsOn().at(-1)!
    expect(comment.body.startsWith(`${marker(DEMO_TARGET_BOT_ID)}\n`)).toBe(true)
    expect(comment.body).toContain('Kore.ai bot import plan (dry run)')
    expect(comment.body).toContain('Dialog renamed: **Cancel Trip** → **Cancel a Trip**')
    expect(comment.body).toContain(RUN_LINK)
    // The source as the step named it, not the runner's absolute path.
    expect(comment.body).toContain('| Source | zip <code>export.zip</code> |')
    expect(visibleLog(plan)).toContain(comment.html_url)

    // The import itself, later: the same comment now holds the result.
    github.requests.length = 0
    const imported = await runImport(planInputs({ 'dry-run': 'false' }), workspace, runnerEnv())
    expect(imported.code).toBe(0)
    expect(github.writes()).toEqual([`PATCH /repos/o/r/issues/comments/${comment.id}`])
    expect(github.requests.filter(request => request.method === 'GET').map(request => request.path)).toEqual([
      '/repos/o/r/issues/7/comments?per_page=100',
      '/repos/o/r/issues/7/comments?per_page=100&page=2'
    ])
    expect(commentsOn()).toHaveLength(121)
    expect(comment.body.startsWith(`${marker(DEMO_TARGET_BOT_ID)}\n`)).toBe(true)
    expect(comment.body).not.toContain('plan (dry run)')
    expect(comment.body).toContain('What the import changed in the target')
    expect(comment.body).toMatch(/\| Verified \| true \|/)
  })

  it('keeps one comment per target bot', async () => {
    const { workspace } = workspaceWith()
    expect((await runImport(planInputs(), workspace, runnerEnv())).code).toBe(0)
    expect((await runImport(planInputs({ 'bot-id': DEMO_BOT_ID }), workspace, runnerEnv())).code).toBe(0)
    expect((await runImport(planInputs(), workspace, runnerEnv())).code).toBe(0)

    const [first, second] = commentsOn()
    expect(commentsOn()).toHaveLength(2)
    expect(first.body.startsWith(marker(DEMO_TARGET_BOT_ID))).toBe(true)
    expect(second.body.startsWith(marker(DEMO_BOT_ID))).toBe(true)
    expect(github.writes()).toEqual([
      'POST /repos/o/r/issues/7/comments',
      'POST /repos/o/r/issues/7/comments',
      `PATCH /repos/o/r/issues/comments/${first.id}`
    ])
  })

  it('does not take over a comment that someone else started with the marker', async () => {
    const planted = github.seed(ISSUE, `${marker(DEMO_TARGET_BOT_ID)}\nNo changes, merge away.`)
    const { workspace } = workspaceWith()
    const run = await runImport(planInputs(), workspace, runnerEnv())

    expect(run.code).toBe(0)
    expect(github.writes()).toEqual(['POST /repos/o/r/issues/7/comments'])
    expect(planted.body).toBe(`${marker(DEMO_TARGET_BOT_ID)}\nNo changes, merge away.`)
    expect(commentsOn()[1].user.type).toBe('Bot')
  })

  it("does not take another app's comment for its own: it posts its own, and updates that one", async () => {
    const echoed = github.seed(ISSUE, `${marker(DEMO_TARGET_BOT_ID)}\nechoed by another bot`, {
      login: 'some-app[bot]',
      type: 'Bot'
    })
    const { workspace } = workspaceWith()
    expect((await runImport(planInputs(), workspace, runnerEnv())).code).toBe(0)
    const ours = commentsOn().find(comment => comment.user.login === 'github-actions[bot]')!
    // Its update refused (not this token's comment), a comment of its own is posted.
    expect(github.writes()).toEqual([
      `PATCH /repos/o/r/issues/comments/${echoed.id}`,
      'POST /repos/o/r/issues/7/comments'
    ])
    expect(echoed.body).toBe(`${marker(DEMO_TARGET_BOT_ID)}\nechoed by another bot`)

    github.requests.length = 0
    expect((await runImport(planInputs(), workspaceWith().workspace, runnerEnv())).code).toBe(0)
    expect(github.writes()).toEqual([`PATCH /repos/o/r/issues/comments/${ours.id}`])
  })

  it("with an app's token (it may not ask who it is), finds its own comment after another app's, run after run", async () => {
    github.user = { login: 'our-app[bot]', type: 'Bot' }
    github.seed(ISSUE, `${marker(DEMO_TARGET_BOT_ID)}\nechoed by another bot`, { login: 'some-app[bot]', type: 'Bot' })
    expect((await runImport(planInputs(), workspaceWith().workspace, runnerEnv())).code).toBe(0)
    const ours = commentsOn().filter(comment => comment.user.login === 'our-app[bot]')
    expect(ours).toHaveLength(1)

    github.requests.length = 0
    expect((await runImport(planInputs(), workspaceWith().workspace, runnerEnv())).code).toBe(0)
    expect(github.writes()).toEqual([`PATCH /repos/o/r/issues/comments/${ours[0].id}`])
    expect(commentsOn().filter(comment => comment.user.login === 'our-app[bot]')).toHaveLength(1)
  })

  it('with a personal token, updates the comment its own user wrote', async () => {
    github.user = { login: 'release-manager', type: 'User' }
    github.seed(ISSUE, `${marker(DEMO_TARGET_BOT_ID)}\nsomeone else's`, { login: 'someone', type: 'User' })
    const own = github.seed(ISSUE, `${marker(DEMO_TARGET_BOT_ID)}\nan earlier plan`, github.user)
    const { workspace } = workspaceWith()
    const run = await runImport(planInputs(), workspace, runnerEnv())

    expect(run.code).toBe(0)
    expect(github.writes()).toEqual([`PATCH /repos/o/r/issues/comments/${own.id}`])
    expect(github.requests.map(request => request.path)).toContain('/user')
  })

  it('posts no secret: no variable value, client secret or token in the plan or the result', async () => {
    seedTarget()
    const secret = 'sk-staging-value-1234567890'
    const inputs = planInputs({ variables: `apiKey=${secret}\nbaseUrl=https://staging.example.com` })
    const { workspace } = workspaceWith()
    const plan = await runImport(inputs, workspace, runnerEnv())
    expect(plan.code).toBe(0)
    expect(commentsOn()[0].body).toContain('Bot variables: value changed for `apiKey`')
    const run = await runImport({ ...inputs, 'dry-run': 'false' }, workspace, runnerEnv())
    expect(run.code).toBe(0)
    expect(commentsOn()[0].body).toContain('What the import changed in the target')

    const sent = github.requests.map(request => request.body).join('\n')
    for (const hidden of [secret, 'sk-demo-value', DEMO_ADMIN_CLIENT_SECRET, TOKEN]) expect(sent).not.toContain(hidden)
    for (const each of [plan, run]) {
      expect(maskedValues(each)).toContain(TOKEN)
      expect(visibleLog(each)).not.toContain(TOKEN)
    }
  })

  it('cuts a long plan at the end of a line, under GitHub’s limit, with a link to the run', async () => {
    // The target holds 60 bot variables with long names that the source does not: each listed.
    const target = editedDemo((_, config) => {
      for (let index = 0; index < 60; index++)
        config.envVariables.push({
          key: `old_${String(index).padStart(3, '0')}_${'x'.repeat(1500)}`,
          value: 'kept',
          variableType: 'env',
          scope: 'prePopulated'
        })
    })
    simulator.stored.set(DEMO_TARGET_BOT_ID, {
      latest: applyImport(DEMO_TARGET_BOT_ID, undefined, {
        definition: target.definition,
        config: target.config,
        keepVariables: []
      })
    })
    const { workspace } = workspaceWith()
    const run = await runImport(planInputs(), workspace, runnerEnv())

    expect(run.code).toBe(0)
    expect(run.summary.length).toBeGreaterThan(60_000)
    const body = commentsOn()[0].body
    expect(Buffer.byteLength(body)).toBeLessThan(60_000)
    const [kept, rest] = body.split('\n\n**The plan is cut here**')
    expect(rest).toContain(`[the job summary](${RUN_LINK})`)
    // What is kept ends with a whole line of the summary.
    const lastLine = kept.split('\n').at(-1)!
    expect(run.summary.split('\n')).toContain(lastLine)
    expect(lastLine).toMatch(/^- bot variable old\\_\d{3}\\_x{1500}$/)
  })

  it('posts a failed import too, and the step still fails', async () => {
    simulator.reset({ pendingPolls: 0, importFinalStatus: 'failed' })
    const { workspace } = workspaceWith()
    const run = await runImport(planInputs({ 'dry-run': 'false' }), workspace, runnerEnv())
    expect(run.code).toBe(1)
    const body = commentsOn()[0].body
    expect(body).toContain('## Kore.ai bot import failed')
    expect(body).toContain('| Dialog | Book Flight | failed |')
  })

  it('posts no masked value even when the platform echoes one into the report', async () => {
    const secret = 'sk-staging-value-echoed-0987654321'
    simulator.reset({
      pendingPolls: 0,
      importFinalStatus: 'failed',
      importFailureLogs: [{ taskType: 'Dialog', taskName: `call with key ${secret}`, status: 'failed' }]
    })
    const { workspace } = workspaceWith()
    const run = await runImport(
      planInputs({ 'dry-run': 'false', variables: `apiKey=${secret}` }),
      workspace,
      runnerEnv()
    )
    expect(run.code).toBe(1)
    const body = commentsOn()[0].body
    expect(body).toContain('call with key ***')
    expect(body).not.toContain(secret)
  })

  it('warns when GitHub refuses or fails, and the import still succeeds', async () => {
    const { workspace } = workspaceWith()
    github.faults.push({ method: 'POST', status: 403, message: 'Resource not accessible by integration' })
    const refused = await runImport(planInputs(), workspace, runnerEnv())
    expect(refused.code).toBe(0)
    expect(refused.outputs.changes).toBeDefined()
    expect(visibleLog(refused)).toMatch(
      /::warning::Could not post the plan on pull request #7 \(HTTP 403: Resource not accessible by integration\)\..*permissions: pull-requests: write/
    )

    github.faults.push({ method: 'GET', status: 500, message: 'Server Error' })
    const failed = await runImport(planInputs({ 'dry-run': 'false' }), workspace, runnerEnv())
    expect(failed.code).toBe(0)
    expect(failed.outputs.verified).toBe('true')
    expect(visibleLog(failed)).toMatch(
      /::warning::Could not post the result on pull request #7 \(HTTP 500: Server Error\)/
    )
    expect(visibleLog(failed)).not.toContain('::error::')
  })
})

describe('nothing posted', () => {
  it('without a pull request in the event: a notice', async () => {
    const { workspace } = workspaceWith()
    const run = await runImport(planInputs(), workspace, runnerEnv({ ref: 'refs/heads/main' }, 'push'))
    expect(run.code).toBe(0)
    expect(github.requests).toHaveLength(0)
    expect(visibleLog(run)).toMatch(
      /::notice::pr-comment: true, but this run \(event push\) is not about a pull request: nothing was posted/
    )
  })

  it("for a fork's pull request: a notice", async () => {
    const { workspace } = workspaceWith()
    const run = await runImport(planInputs(), workspace, runnerEnv(pullRequestEvent('someone/r')))
    expect(run.code).toBe(0)
    expect(github.requests).toHaveLength(0)
    expect(visibleLog(run)).toMatch(/::notice::Pull request #7 comes from a fork/)
  })

  it('without pr-comment, and refuses a pr-comment that is not true or false', async () => {
    const { workspace } = workspaceWith()
    const quiet = await runImport(planInputs({ 'pr-comment': 'false' }), workspace, runnerEnv())
    expect(quiet.code).toBe(0)
    expect(github.requests).toHaveLength(0)

    simulator.reset({ pendingPolls: 0 })
    const refused = await runImport(planInputs({ 'pr-comment': 'yes' }), workspace, runnerEnv())
    expect(refused.code).toBe(1)
    expect(visibleLog(refused)).toContain('pr-comment: "yes" is not a boolean. Use true or false.')
    expect(simulator.requests).toHaveLength(0)
    expect(github.requests).toHaveLength(0)
  })
})

describe('the comment', () => {
  const review = (markdown: string) => ({ botId: DEMO_TARGET_BOT_ID, markdown, dryRun: true })

  it('is cut between table rows, and the note after it is not a row', () => {
    const rows = Array.from({ length: 2000 }, (_, index) => `| Dialog | Name ${index} ${'x'.repeat(40)} | failed |`)
    const body = commentBody(review(`## Plan\n\n| Type | Name | Status |\n| --- | --- | --- |\n${rows.join('\n')}\n`))
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(MAX_REPORT_BYTES + 1_000)
    const [kept, note] = body.split('\n\n**The plan is cut here**')
    expect(rows).toContain(kept.split('\n').at(-1))
    expect(note).toContain('All of it is in the job summary of the workflow run.')
  })

  it('closes a fenced block it cuts open, and counts bytes, not characters', () => {
    const body = commentBody(review(`Plan\n\n\`\`\`\n${'名前の変更\n'.repeat(10_000)}\`\`\`\n`), RUN_LINK)
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(MAX_REPORT_BYTES + 1_000)
    expect(body).toMatch(/名前の変更\n```\n\n\*\*The plan is cut here\*\*/)
  })
})

describe('through the bundle', () => {
  // GitHub Enterprise Server behind a corporate proxy: the API known only by a name the proxy
  // resolves, over https. The bundle carries no undici: its requests must take the runner's way.
  const tlsDir = path.join(ROOT, '__tests__', 'fixtures')
  const cert = path.join(tlsDir, 'kore-test.crt')
  const enterprise = new GitHubApi({
    token: TOKEN,
    tls: {
      key: fs.readFileSync(path.join(tlsDir, 'kore-test.key')),
      cert: fs.readFileSync(cert),
      hostname: 'github.kore.test'
    }
  })
  const proxy = new ConnectProxy()
  beforeAll(async () => {
    await enterprise.listen()
    await proxy.listen()
  })
  afterAll(async () => {
    await enterprise.close()
    await proxy.close()
  })

  // The Kore.ai simulator is the one above, on 127.0.0.1: no proxy is asked for loopback.
  it('posts through https_proxy to GITHUB_API_URL', async () => {
    const { workspace } = workspaceWith()
    const run = await runAction(planInputs(), {
      action: 'import',
      workspace,
      env: {
        ...runnerEnv(),
        GITHUB_API_URL: `${enterprise.url}/api/v3`,
        https_proxy: proxy.url,
        NODE_EXTRA_CA_CERTS: cert
      }
    })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(visibleLog(run)).not.toContain('::warning::')
    expect(enterprise.writes()).toEqual(['POST /api/v3/repos/o/r/issues/7/comments'])
    expect(proxy.tunnels.every(tunnel => tunnel === new URL(enterprise.url).host)).toBe(true)
    expect(proxy.tunnels.length).toBeGreaterThan(0)
  })
})
