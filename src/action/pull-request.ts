// The import's report on the pull request the run is about (pr-comment): one comment per
// target bot, found again by a hidden marker that names the bot, created on the first run and
// updated on every later one. It never fails the step: a run without a pull request and a
// fork's pull request are notices, any refusal or failure a warning; the import's own outcome
// stands. Only the Actions adapter comments: the core hands over the job summary's Markdown.
import * as core from '@actions/core'
import { HttpClient } from '@actions/http-client'
import fs from 'node:fs'
import http from 'node:http'
import https from 'node:https'
import { code } from '../core/summary.js'
import { withoutMasked } from './host.js'
import type { ImportReview } from '../import/run-import.js'
import { plain } from '../shared/untrusted-text.js'

/**
 * GitHub takes 65,536 characters in a comment. The report is cut well under that, counted in
 * UTF-8 bytes (never fewer than characters, however GitHub counts), leaving room for the rest.
 */
export const MAX_REPORT_BYTES = 50_000
/** The longest one request to GitHub may stay silent. */
const REQUEST_TIMEOUT_MS = 30_000
/** The longest all of the comment's requests may take, after the import is done. */
const COMMENT_TIMEOUT_MS = 120_000
/** The most of one answer kept (a page of 100 comments of 64 KiB each is under 7 MiB). */
const MAX_ANSWER_BYTES = 16 * 1024 * 1024
/** Pages of comments read to find this bot's (100 a page). */
const MAX_PAGES = 30
/** Comments tried in turn, when the token cannot say who it is. */
const MAX_UPDATE_TRIES = 3

/** The hidden first line that makes a comment this bot's, on this pull request. */
export function commentMarker(botId: string): string {
  return `<!-- kore-bot-export:import bot=${botId} -->`
}

export async function commentOnPullRequest(review: ImportReview): Promise<void> {
  const what = review.dryRun ? 'plan' : 'result'
  let where = 'the pull request'
  try {
    const context = runnerContext()
    const pullRequest = pullRequestOf(context.payload)
    if (!pullRequest) {
      core.notice(
        `pr-comment: true, but this run (event ${plain(context.eventName || 'unknown', 60)}) is not about a pull request: nothing was posted. The ${what} is in the job summary.`
      )
      return
    }
    where = `pull request #${pullRequest.number}`
    if (pullRequest.fromFork) {
      core.notice(
        `Pull request #${pullRequest.number} comes from a fork: its runs get a token that cannot comment, so the ${what} was not posted. It is in the job summary.`
      )
      return
    }
    if (!review.token) {
      core.warning(
        `github-token is empty, so the ${what} was not posted on ${where}. Leave github-token out (the job's GITHUB_TOKEN) or give a token with pull-requests: write.`
      )
      return
    }
    const repository = repositoryOf(process.env.GITHUB_REPOSITORY)
    // Loaded only here: most runs never comment.
    const { getOctokit } = await import('@actions/github')
    const deadline = AbortSignal.timeout(COMMENT_TIMEOUT_MS)
    const octokit = getOctokit(review.token, {
      baseUrl: context.apiUrl,
      request: { fetch: runnerFetch, signal: deadline }
    })
    const issue = { ...repository, issue_number: pullRequest.number }
    // The runner masks secrets in the log and the summary, never in what is posted through the API.
    const body = withoutMasked(commentBody(review, runLink(context)))

    // Another app's comment that only looked like this token's: GitHub refuses the update.
    let updated: Awaited<ReturnType<typeof octokit.rest.issues.updateComment>> | undefined
    for (const found of await findComments(octokit, issue, commentMarker(review.botId))) {
      updated = await octokit.rest.issues.updateComment({ ...repository, comment_id: found, body }).catch(error => {
        if ((error as { status?: number }).status === 403 || (error as { status?: number }).status === 404)
          return undefined
        throw error
      })
      if (updated) break
    }
    const { data } = updated ?? (await octokit.rest.issues.createComment({ ...issue, body }))
    core.info(
      `${updated ? 'Updated' : 'Posted'} the ${what} for bot ${review.botId} on ${where}: ${plain(String(data.html_url ?? ''), 300)}`
    )
  } catch (error) {
    const { status, response, message } = error as { status?: number; response?: unknown; message?: string }
    const reason =
      response && status ? `HTTP ${status}: ${plain(message ?? '', 300)}` : plain(message ?? String(error), 300)
    const refused = status === 401 || status === 403 || status === 404
    core.warning(
      `Could not post the ${what} on ${where} (${reason}). The import is not affected, and the ${what} is in the job summary.${
        refused
          ? " Give the job permissions: pull-requests: write, and leave github-token out (the job's GITHUB_TOKEN) or give a token that may write to pull requests."
          : ''
      }`
    )
  }
}

/** The comment: the marker, the report (cut if it must be), a link to the run. */
export function commentBody(review: Pick<ImportReview, 'botId' | 'markdown' | 'dryRun'>, runUrl?: string): string {
  const report = cutAtLine(review.markdown.trimEnd(), MAX_REPORT_BYTES)
  const summary = runUrl ? `[the job summary](${runUrl})` : 'the job summary of the workflow run'
  const cut = report.cut
    ? `\n\n**The ${review.dryRun ? 'plan' : 'result'} is cut here**: it is longer than a comment holds. All of it is in ${summary}.`
    : ''
  const run = runUrl ? ` from [its workflow run](${runUrl})` : ''
  return `${commentMarker(review.botId)}\n${report.text}${cut}\n\n---\n<sub>kore-bot-export/import for bot ${code(review.botId)}${run}, updated on every run.</sub>\n`
}

/**
 * At most `maxBytes` of whole lines: a table row, a list item and a code span stay whole (none
 * spans lines), and a fenced block cut open is closed, so the note after it is not swallowed.
 */
export function cutAtLine(markdown: string, maxBytes: number): { text: string; cut: boolean } {
  if (Buffer.byteLength(markdown) <= maxBytes) return { text: markdown, cut: false }
  const kept: string[] = []
  let bytes = 0
  for (const line of markdown.split('\n')) {
    bytes += Buffer.byteLength(line) + 1
    if (bytes > maxBytes) break
    kept.push(line)
  }
  if (kept.filter(line => /^ {0,3}(```|~~~)/.test(line)).length % 2 === 1) kept.push('```')
  return { text: kept.join('\n').trimEnd(), cut: true }
}

/**
 * What the runner says about this run, read now: @actions/github's \`context\` is read once,
 * when the library loads, and its class is not exported.
 */
function runnerContext(): {
  payload: Record<string, unknown>
  eventName: string
  apiUrl: string
  serverUrl: string
  runId: number
  runAttempt: number
} {
  const eventFile = process.env.GITHUB_EVENT_PATH
  const event: unknown = eventFile ? JSON.parse(fs.readFileSync(eventFile, 'utf8')) : {}
  return {
    payload: event && typeof event === 'object' ? (event as Record<string, unknown>) : {},
    eventName: process.env.GITHUB_EVENT_NAME ?? '',
    apiUrl: process.env.GITHUB_API_URL || 'https://api.github.com',
    serverUrl: process.env.GITHUB_SERVER_URL || 'https://github.com',
    runId: Number(process.env.GITHUB_RUN_ID),
    runAttempt: Number(process.env.GITHUB_RUN_ATTEMPT)
  }
}

interface PullRequest {
  number: number
  fromFork: boolean
}

/** The event's pull request, if the run is about one. A head repository that is gone counts as a fork. */
function pullRequestOf(payload: Record<string, unknown>): PullRequest | undefined {
  const pullRequest = payload.pull_request as
    | { number?: unknown; head?: { repo?: { full_name?: unknown } | null }; base?: { repo?: { full_name?: unknown } } }
    | undefined
  const number = pullRequest?.number
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number <= 0) return undefined
  const head = pullRequest?.head?.repo?.full_name
  const base = pullRequest?.base?.repo?.full_name
  return { number, fromFork: typeof head !== 'string' || head !== base }
}

function repositoryOf(repository: string | undefined): { owner: string; repo: string } {
  const match = /^([\w.-]+)\/([\w.-]+)$/.exec(repository ?? '')
  if (!match) throw new Error(`GITHUB_REPOSITORY is "${plain(repository ?? '', 100)}", not owner/name`)
  return { owner: match[1], repo: match[2] }
}

/** The workflow run (this attempt), where the whole job summary is; undefined if the runner's variables do not say. */
function runLink(context: { serverUrl: string; runId: number; runAttempt: number }): string | undefined {
  const repository = process.env.GITHUB_REPOSITORY ?? ''
  if (!/^https?:\/\/[\w.:-]+(\/[\w.-]+)*\/?$/.test(context.serverUrl) || !/^[\w.-]+\/[\w.-]+$/.test(repository))
    return undefined
  if (!Number.isSafeInteger(context.runId) || context.runId <= 0) return undefined
  const attempt =
    Number.isSafeInteger(context.runAttempt) && context.runAttempt > 0 ? `/attempts/${context.runAttempt}` : ''
  return `${context.serverUrl.replace(/\/$/, '')}/${repository}/actions/runs/${context.runId}${attempt}`
}

type GitHubClient = ReturnType<typeof import('@actions/github').getOctokit>

/** The login the job's GITHUB_TOKEN writes as. */
const ACTIONS_LOGIN = 'github-actions[bot]'

/**
 * This bot's comment, or the comments that may be it, to update in turn. Anyone may write a
 * comment that starts with the marker (a person, another app echoing it): taking it over would
 * show the plan under its author's name, who could then edit it. A comment by
 * github-actions[bot] is GITHUB_TOKEN's; for any other token, it is asked who it is. An app's
 * installation token may not ask: then the comments by bot accounts, newest first (its own,
 * posted after a refused update, is newer than another app's), and GitHub refuses the rest.
 */
async function findComments(
  octokit: GitHubClient,
  issue: { owner: string; repo: string; issue_number: number },
  marker: string
): Promise<number[]> {
  const candidates: { id: number; login: string; bot: boolean }[] = []
  let pages = 0
  for await (const { data } of octokit.paginate.iterator(octokit.rest.issues.listComments, {
    ...issue,
    per_page: 100
  })) {
    for (const comment of data) {
      if ((comment.body ?? '').split(/\r?\n/, 1)[0] !== marker || !comment.user?.login) continue
      candidates.push({ id: comment.id, login: comment.user.login, bot: comment.user.type === 'Bot' })
    }
    if (++pages >= MAX_PAGES) break
  }
  if (candidates.length === 0) return []
  const ours = candidates.find(comment => comment.login === ACTIONS_LOGIN)
  if (ours) return [ours.id]
  const me = await octokit.rest.users.getAuthenticated().then(
    ({ data }) => data.login,
    () => undefined
  )
  const mine =
    me === undefined
      ? candidates.filter(comment => comment.bot).reverse()
      : candidates.filter(comment => comment.login === me)
  return mine.slice(0, MAX_UPDATE_TRIES).map(comment => comment.id)
}

/**
 * Octokit's fetch over the agents @actions/http-client picks for a URL: the runner's proxy
 * (https_proxy, no_proxy), as the platform's requests take it. @actions/github's own fetch is
 * undici's, which the bundles leave out (src/platform/lazy-undici.ts).
 */
async function runnerFetch(input: string | URL | Request, init: RequestInit = {}): Promise<Response> {
  const url = new URL(input instanceof Request ? input.url : String(input))
  const headers: Record<string, string> = Object.fromEntries(new Headers(init.headers))
  const body = init.body ?? undefined
  if (body !== undefined && typeof body !== 'string') throw new TypeError('only text bodies are sent to GitHub')
  if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body))
  const agent = new HttpClient('kore-bot-export').getAgent(url.href)
  const started = Date.now()
  return new Promise<Response>((resolve, reject) => {
    const request = (url.protocol === 'https:' ? https : http).request(
      url,
      { method: init.method ?? 'GET', headers, agent, timeout: REQUEST_TIMEOUT_MS, signal: init.signal ?? undefined },
      message => {
        const chunks: Buffer[] = []
        let received = 0
        message.on('data', (chunk: Buffer) => {
          received += chunk.length
          // A page of 100 comments is well under this; more is not GitHub's answer to keep.
          if (received > MAX_ANSWER_BYTES)
            return message.destroy(new Error(`an answer of more than ${MAX_ANSWER_BYTES / 1024 / 1024} MiB`))
          chunks.push(chunk)
        })
        message.on('error', reject)
        message.on('close', () => {
          if (!message.complete) return reject(new Error('the connection closed before the end of the answer'))
          const status = message.statusCode ?? 0
          core.debug(`${request.method} ${url.origin}${url.pathname} → ${status} in ${Date.now() - started} ms`)
          // A status or header that Response refuses is this request's failure, not the process's.
          try {
            const answer = new Headers()
            for (const [name, value] of Object.entries(message.headers))
              for (const each of [value ?? []].flat()) answer.append(name, each)
            const bytes = status === 204 || status === 304 ? null : Buffer.concat(chunks)
            resolve(new Response(bytes, { status, headers: answer }))
          } catch (error) {
            reject(error)
          }
        })
      }
    )
    request.on('timeout', () => request.destroy(new Error(`no answer in ${REQUEST_TIMEOUT_MS / 1000} s`)))
    request.on('error', reject)
    request.end(body)
  })
}
