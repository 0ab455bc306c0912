// A stand-in for the few GitHub REST API calls the import action makes to comment on a pull
// request, on 127.0.0.1: list an issue's comments (paginated with a Link header, as GitHub
// does), create one, update one, and who the token is. It checks the token, records every
// request, keeps the comments, and can be told to fail. Beside the Kore.ai simulator because
// the demo uses it too.
import http from 'node:http'
import https from 'node:https'
import type { AddressInfo } from 'node:net'

export interface GitHubComment {
  id: number
  body: string
  user: { login: string; type: 'Bot' | 'User' }
  html_url: string
}

export interface GitHubRequest {
  method: string
  /** Path and query, as received. */
  path: string
  headers: http.IncomingHttpHeaders
  body: string
}

/** The login GITHUB_TOKEN writes as. */
export const ACTIONS_BOT = { login: 'github-actions[bot]', type: 'Bot' } as const

export interface GitHubOptions {
  /** The only token accepted (`Authorization: token …` or `Bearer …`). */
  token: string
  /** Who the token writes as. */
  user?: GitHubComment['user']
  /** Serve https with this key and certificate, under this host name (resolved by a proxy). */
  tls?: { key: string | Buffer; cert: string | Buffer; hostname: string }
}

export class GitHubApi {
  readonly requests: GitHubRequest[] = []
  /** Every issue's comments, oldest first, by "owner/repo#number". */
  readonly comments = new Map<string, GitHubComment[]>()
  /** The next requests with this method are answered with this status instead, one fault each. */
  readonly faults: { method: string; status: number; message: string }[] = []
  url = ''
  /** Who the token writes as: GITHUB_TOKEN's bot unless a test gives a person (a personal token). */
  user: GitHubComment['user']
  private nextId = 1000
  private readonly server: http.Server

  constructor(private readonly options: GitHubOptions) {
    this.user = options.user ?? ACTIONS_BOT
    // A request it cannot read or make sense of is answered, never left hanging.
    const handler: http.RequestListener = (req, res) =>
      void this.handle(req, res).catch((error: Error) => {
        if (res.headersSent) return res.destroy()
        res.writeHead(400, { 'content-type': 'application/json; charset=utf-8' })
        res.end(JSON.stringify({ message: `The stand-in could not take this request: ${error.message}` }))
      })
    this.server = options.tls ? https.createServer(options.tls, handler) : http.createServer(handler)
  }

  async listen(): Promise<void> {
    await new Promise<void>(resolve => this.server.listen(0, '127.0.0.1', resolve))
    const { port } = this.server.address() as AddressInfo
    this.url = this.options.tls ? `https://${this.options.tls.hostname}:${port}` : `http://127.0.0.1:${port}`
  }

  async close(): Promise<void> {
    this.server.closeAllConnections()
    await new Promise(resolve => this.server.close(resolve))
  }

  reset(): void {
    this.requests.length = 0
    this.comments.clear()
    this.faults.length = 0
    this.user = this.options.user ?? ACTIONS_BOT
  }

  /** A comment written by someone else, before the run. */
  seed(issue: string, body: string, user: GitHubComment['user'] = { login: 'someone', type: 'User' }): GitHubComment {
    const comment = { id: this.nextId++, body, user, html_url: '' }
    comment.html_url = `https://github.example/${issue.replace('#', '/pull/')}#issuecomment-${comment.id}`
    this.commentsOf(issue).push(comment)
    return comment
  }

  /** The requests that changed something: `POST …/issues/7/comments`, `PATCH …/issues/comments/1001`. */
  writes(): string[] {
    return this.requests.filter(request => request.method !== 'GET').map(request => `${request.method} ${request.path}`)
  }

  private commentsOf(issue: string): GitHubComment[] {
    if (!this.comments.has(issue)) this.comments.set(issue, [])
    return this.comments.get(issue)!
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    let size = 0
    for await (const chunk of req) {
      size += (chunk as Buffer).length
      // GitHub takes comments of 65,536 characters: a body far past that is not a comment.
      if (size > 1024 * 1024) throw new Error('a body of more than 1 MiB')
      chunks.push(chunk as Buffer)
    }
    const body = Buffer.concat(chunks).toString('utf8')
    const url = new URL(req.url ?? '/', 'http://github')
    // GitHub Enterprise Server serves the API under /api/v3.
    const route = url.pathname.replace(/^\/api\/v3(?=\/)/, '')
    this.requests.push({ method: req.method ?? '', path: url.pathname + url.search, headers: req.headers, body })
    const answer = (status: number, data: unknown, headers: Record<string, string> = {}): void => {
      const text = JSON.stringify(data)
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
      res.end(text)
    }

    const auth = req.headers.authorization ?? ''
    if (auth !== `token ${this.options.token}` && auth !== `Bearer ${this.options.token}`)
      return answer(401, { message: 'Bad credentials', status: '401' })
    const faulted = this.faults.findIndex(fault => fault.method === req.method)
    if (faulted >= 0) {
      const [fault] = this.faults.splice(faulted, 1)
      return answer(fault.status, { message: fault.message, status: String(fault.status) })
    }

    if (req.method === 'GET' && route === '/user') {
      // An installation token (GITHUB_TOKEN, an app's) may not ask who it is.
      if (this.user.type === 'Bot')
        return answer(403, { message: 'Resource not accessible by integration', status: '403' })
      return answer(200, { login: this.user.login, type: this.user.type })
    }
    const list = route.match(/^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/)
    if (list) {
      const issue = `${list[1]}/${list[2]}#${list[3]}`
      if (req.method === 'GET') {
        const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100)
        const page = Number(url.searchParams.get('page') ?? 1)
        const all = this.commentsOf(issue)
        const last = Math.max(1, Math.ceil(all.length / perPage))
        const headers: Record<string, string> = {}
        if (page < last) {
          const next = new URL(url.href.replace('http://github', this.url))
          next.searchParams.set('page', String(page + 1))
          next.searchParams.set('per_page', String(perPage))
          headers.link = `<${next.href}>; rel="next"`
        }
        return answer(200, all.slice((page - 1) * perPage, page * perPage), headers)
      }
      if (req.method === 'POST') {
        const created = this.seed(issue, JSON.parse(body).body, this.user)
        return answer(201, created)
      }
    }
    const update = route.match(/^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/)
    if (update && req.method === 'PATCH') {
      const comment = [...this.comments.values()].flat().find(found => found.id === Number(update[3]))
      if (!comment) return answer(404, { message: 'Not Found', status: '404' })
      // An app's token may edit only what it wrote (a person's may edit more; the action never does).
      if (this.user.type === 'Bot' && comment.user.login !== this.user.login)
        return answer(403, { message: 'Resource not accessible by integration', status: '403' })
      comment.body = JSON.parse(body).body
      return answer(200, comment)
    }
    answer(404, { message: 'Not Found', status: '404' })
  }
}
