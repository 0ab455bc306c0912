// Kore.ai XO Platform public API: what each call sends, and what its answer means. Written
// to be reused by later features (bot import shares the auth, errors and transport).
import { isJsonObject, type JsonObject } from '../export/export-request.js'
import { plain } from '../shared/untrusted-text.js'
import { again, capitalized, setting } from '../shared/wording.js'
import type { TokenSource } from './auth.js'
import { formatDuration, systemClock, type Clock } from './clock.js'
import { NetworkError, checkLink, describeUrl, readText, send, withTimeLimit, type HttpAnswer, type HttpRequest } from './http.js'
import { TransientError, parseRetryAfter, withRetries } from './retry.js'

/** The platform's view of one export job (start and status answers share this shape). */
export interface ExportStatus {
  id: string
  status: string
  createdOn?: string
  downloadUrl?: string
  /** Bytes; the platform sends it as a string. */
  fileSize?: number
  /** The platform's own words on why an export failed, wherever it put them. */
  reason?: string
}

/** An answer from the platform that another try will not change, with what to check. */
export class KoreApiError extends Error {
  constructor(
    message: string,
    readonly status: number
  ) {
    super(message)
    this.name = 'KoreApiError'
  }
}

export interface KoreClientOptions {
  /** Retries after the first try of each call. */
  retries?: number
  /** Clock time after which no call is retried (the step's timeout). */
  deadline?: number
  /** The longest a request may wait for an answer, or for more of one. */
  requestTimeoutMs?: number
  clock?: Clock
  signal?: AbortSignal
}

interface CallContext {
  what: string
  botId: string
}

export class KoreClient {
  readonly origin: string
  private readonly retries: number
  private readonly deadline: number
  private readonly requestTimeoutMs: number
  private readonly clock: Clock
  private readonly signal?: AbortSignal

  constructor(
    /** Origin plus any path prefix, no trailing slash. */
    readonly host: string,
    private readonly token: TokenSource,
    options: KoreClientOptions = {}
  ) {
    this.origin = new URL(host).origin
    this.retries = options.retries ?? 5
    this.deadline = options.deadline ?? Infinity
    this.requestTimeoutMs = options.requestTimeoutMs ?? 30_000
    this.clock = options.clock ?? systemClock
    this.signal = options.signal
  }

  /**
   * Starts an export, once. Starting is not idempotent and a failed try may still have
   * started one (the connection dropped after sending, a gateway timed out), so before any
   * retry the status API is asked whether an export newer than the bot's previous one exists;
   * if so, that is this run's export.
   */
  async startExport(botId: string, body: JsonObject): Promise<ExportStatus> {
    const previous = await this.previousExportId(botId)
    return withRetries(
      'start the export',
      async tryNumber => {
        if (tryNumber > 1) {
          const latest = await this.exportStatusOnce(botId).catch(error => {
            if (error instanceof KoreApiError && error.status === 404) return undefined
            throw error
          })
          if (latest && latest.id !== previous) return latest
        }
        const answer = await this.call(
          { method: 'POST', url: this.apiUrl(`bot/${encodeURIComponent(botId)}/export`), body: JSON.stringify(body) },
          { what: 'start the export', botId }
        )
        return parseExportStatus(answer, 'the export call')
      },
      this.retryPolicy()
    )
  }

  /** The bot's most recent export: the API takes no export id. */
  async exportStatus(botId: string): Promise<ExportStatus> {
    return withRetries('read the export status', () => this.exportStatusOnce(botId), this.retryPolicy())
  }

  /**
   * A download link as the platform gave it: absolute, or relative to the host. Only https
   * (http to loopback) is followed; `file:`, `data:` and the like are refused here.
   */
  resolveUrl(link: string): URL {
    let url: URL
    try {
      url = new URL(link, `${this.host}/`)
    } catch {
      throw new KoreApiError(`Kore.ai gave a download link that is not a URL. ${capitalized(again())}; if it keeps happening, the platform's export API has changed.`, 200)
    }
    checkLink(url, "The export's download link")
    return url
  }

  /**
   * Opens a download, from byte `from` on if given (the answer says whether the server
   * honoured the range). The `auth` header goes only to the platform's own origin: object
   * storage links are signed and must not see the token. Not retried here: the download
   * retries as a whole.
   */
  async openDownload(url: URL, options: { from?: number; timeoutMs?: number } = {}): Promise<HttpAnswer> {
    const timeoutMs = options.timeoutMs ?? this.requestTimeoutMs
    // The headers within the time limit; the body is watched by the download's stall timer.
    const limit = withTimeLimit(this.signal, timeoutMs, () => new NetworkError(`GET ${describeUrl(url)}`, `no answer within ${formatDuration(timeoutMs)} (${setting('request-timeout')})`))
    let answer: HttpAnswer
    try {
      answer = await send(
        { method: 'GET', url: url.href, headers: options.from ? { range: `bytes=${options.from}-` } : {} },
        { auth: { origin: this.origin, token: this.token }, timeoutMs, signal: limit.signal }
      )
      if (answer.status === 200 || answer.status === 206) return answer
      const text = await readText(answer, limit.signal).catch(() => '')
      const said = platformMessage(text)
      const message = `HTTP ${answer.status} from ${plain(describeUrl(answer.url))}${said ? `: ${said}` : ''}`
      if (isTransient(answer.status, said)) throw transientError(answer, message, said)
      throw new KoreApiError(`Downloading the export failed (${message}). The download link may have expired: ${again()}.`, answer.status)
    } finally {
      limit.clear()
    }
  }

  private retryPolicy() {
    return { retries: this.retries, deadline: this.deadline, clock: this.clock, signal: this.signal }
  }

  private async exportStatusOnce(botId: string): Promise<ExportStatus> {
    const answer = await this.call(
      { method: 'GET', url: this.apiUrl(`bot/${encodeURIComponent(botId)}/export/status`) },
      { what: 'read the export status', botId }
    )
    return parseExportStatus(answer, 'the export status call')
  }

  /** The id of the bot's newest export before this run, if the status API can tell. */
  private async previousExportId(botId: string): Promise<string | undefined> {
    try {
      return (await this.exportStatus(botId)).id
    } catch (error) {
      // A bot never exported may answer with an error or an empty record; only a refusal
      // of the credentials is worth stopping for here, and the export call reports the rest.
      if (error instanceof KoreApiError && error.status !== 401 && error.status !== 403) return undefined
      throw error
    }
  }

  private apiUrl(path: string): string {
    return `${this.host}/api/public/${path}`
  }

  /** One try of an API call: the parsed JSON of a 2xx answer, or an error saying what to do. */
  private async call(request: HttpRequest, context: CallContext): Promise<unknown> {
    // Never wait for an answer past the deadline: a hanging platform must not stretch the step.
    // The limit covers the whole answer, so a platform trickling one byte a second is cut off too.
    const left = this.deadline - this.clock.now()
    const timeoutMs = Math.max(1_000, Math.min(this.requestTimeoutMs, left))
    const where = `${request.method} ${describeUrl(new URL(request.url))}`
    const bound = setting(timeoutMs < this.requestTimeoutMs ? 'timeout' : 'request-timeout')
    const limit = withTimeLimit(this.signal, timeoutMs, () => new NetworkError(where, `no complete answer within ${formatDuration(timeoutMs)} (${bound})`))
    let answer: HttpAnswer
    let text: string
    try {
      answer = await send(
        { ...request, headers: { 'content-type': 'application/json', accept: 'application/json' } },
        { auth: { origin: this.origin, token: this.token }, timeoutMs, signal: limit.signal }
      )
      text = await readText(answer, limit.signal)
    } finally {
      limit.clear()
    }
    const said = platformMessage(text)
    if (answer.status >= 200 && answer.status < 300 && !isRateLimit(answer.status, said)) {
      try {
        return JSON.parse(text)
      } catch {
        // A login page or a proxy's error page: worth another try, and worth saying so.
        throw new TransientError(`HTTP ${answer.status} with a body that is not JSON (${preview(text)}); check that ${setting('host')} (${this.host}) is the Kore.ai platform`)
      }
    }
    if (isTransient(answer.status, said)) throw transientError(answer, `HTTP ${answer.status}${said ? `: ${said}` : ''}`, said)
    throw apiError(answer.status, said, context, this.host)
  }
}

/** Kore.ai says "rate limit" in its message, whatever the status code it sends it with. */
function isRateLimit(status: number, said: string | undefined): boolean {
  return status === 429 || /rate.?limit/i.test(said ?? '')
}

function isTransient(status: number, said: string | undefined): boolean {
  return status === 408 || status >= 500 || isRateLimit(status, said)
}

function transientError(answer: HttpAnswer, message: string, said: string | undefined): TransientError {
  return new TransientError(message, {
    retryAfterMs: parseRetryAfter(answer.message.headers['retry-after'], Date.now()),
    rateLimited: isRateLimit(answer.status, said)
  })
}

function apiError(status: number, said: string | undefined, context: CallContext, host: string): KoreApiError {
  const head = `Kore.ai refused to ${context.what} (HTTP ${status}${said ? `: ${said}` : ''}).`
  let advice: string
  switch (status) {
    case 401:
      advice = `Check that ${setting('client-id')} and ${setting('client-secret')} belong to the same app, that the app has the Bot Export API scope mapped and published (App Settings > Dev Tools, or Admin Console > API Scopes), and that ${setting('host')} (${host}) is the platform the app lives on.`
      break
    case 403:
      advice = `The app is not allowed to export bot ${context.botId}: add the Bot Export scope to the app and publish it, or use an app that has access to this bot.`
      break
    case 404:
      advice = `Check ${setting('bot-id')} (${context.botId}, see App Builder > General Settings) and ${setting('host')} (${host}); bots on a regional platform need its host, e.g. https://eu-bots.kore.ai.`
      break
    case 400:
    case 422:
      advice = `Check ${setting('export-type')}, the component settings and ${setting('export-options')} against the Bot Export API.`
      break
    default:
      advice =
        'Check the inputs against the Bot Export API documentation.'
  }
  return new KoreApiError(`${head} ${advice}`, status)
}

/** The message in an error answer: `errors[0].msg` as documented, or any other usual place; one safe line. */
function platformMessage(text: string): string | undefined {
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return text.trim() ? preview(text) : undefined
  }
  const found = isJsonObject(body) ? findMessage(body) : undefined
  return found === undefined ? undefined : plain(found, 500)
}

function findMessage(body: JsonObject, depth = 0): string | undefined {
  if (depth > 8) return undefined
  const fromList = (list: unknown): string | undefined => {
    if (!Array.isArray(list)) return undefined
    const messages = list.slice(0, 20).map(item => (typeof item === 'string' ? item : isJsonObject(item) ? findMessage(item, depth + 1) : undefined))
    const found = messages.filter((message): message is string => Boolean(message))
    return found.length > 0 ? found.join('; ') : undefined
  }
  for (const key of ['msg', 'message', 'reason', 'error', 'errorMessage', 'description']) {
    const value = body[key]
    if (typeof value === 'string' && value.trim()) return value.trim()
    if (isJsonObject(value)) {
      const nested = findMessage(value, depth + 1)
      if (nested) return nested
    }
  }
  return fromList(body.errors) ?? fromList(body.statusLogs)
}

function parseExportStatus(body: unknown, source: string): ExportStatus {
  if (!isJsonObject(body)) {
    throw new KoreApiError(`Kore.ai answered ${source} with ${describeRecord(body)}, not with an export record.`, 200)
  }
  const id = body._id
  const status = body.status
  if (typeof id !== 'string' || !id) {
    throw new KoreApiError(`Kore.ai answered ${source} without an export id (_id): ${describeRecord(body)}.`, 200)
  }
  if (typeof status !== 'string' || !status) {
    throw new KoreApiError(`Kore.ai answered ${source} for export ${id} without a status.`, 200)
  }
  const fileSize = Number(body.fileSize)
  const reason = findMessage(body)
  // Ids, statuses and reasons reach the log, the outputs and the summary: one safe line each.
  return {
    id: plain(id, 200),
    status: plain(status, 100),
    createdOn: typeof body.createdOn === 'string' ? body.createdOn : undefined,
    downloadUrl: typeof body.downloadURL === 'string' && body.downloadURL ? body.downloadURL : undefined,
    fileSize: body.fileSize !== undefined && body.fileSize !== '' && Number.isSafeInteger(fileSize) && fileSize >= 0 ? fileSize : undefined,
    reason: reason === undefined ? undefined : plain(reason, 500)
  }
}

/** A short view of an answer for an error message, with the signed link left out. */
function describeRecord(body: unknown): string {
  const shown = isJsonObject(body) ? { ...body, downloadURL: undefined, store: undefined } : body
  return preview(JSON.stringify(shown) ?? String(body))
}

function preview(text: string): string {
  return plain(text.slice(0, 1000), 200) || '(empty)'
}
