// Kore.ai XO Platform public API: what each call sends, and what its answer means. Written
// to be reused by later features (bot import shares the auth, errors and transport).
import { CoreError } from '../core/errors.js'
import { silentLog, type Log } from '../core/host.js'
import { plain, statusWord } from '../shared/untrusted-text.js'
import { again, say, setting, type Text } from '../core/words.js'
import { tokenSource, type Credentials, type TokenSource } from './auth.js'
import { formatDuration, systemClock, type Clock } from './clock.js'
import { phaseOf } from './poll.js'
import {
  NetworkError,
  checkLink,
  describeUrl,
  readText,
  send,
  withTimeLimit,
  type HttpAnswer,
  type HttpRequest
} from './http.js'
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
export class KoreApiError extends CoreError {
  constructor(
    message: Text,
    readonly status: number
  ) {
    super('platform', message)
    this.name = 'KoreApiError'
  }
}

/** How a run reaches the platform: its settings' host, credentials, retries and time limits. */
export interface Connection {
  host: string
  credentials: Credentials
  retries: number
  /** Everything that talks to the platform (starting, waiting, retrying) ends by now + this. */
  timeoutMs: number
  requestTimeoutMs: number
}

/** The one client of a run: a fresh token for every request, one deadline for all it asks. */
export async function connect(
  connection: Connection,
  { host, clock, signal }: { host: Log & { mask(secret: string): void }; clock: Clock; signal: AbortSignal }
): Promise<KoreClient> {
  return new KoreClient(connection.host, await tokenSource(connection.credentials, secret => host.mask(secret)), {
    retries: connection.retries,
    deadline: clock.now() + connection.timeoutMs,
    requestTimeoutMs: connection.requestTimeoutMs,
    clock,
    signal,
    log: host
  })
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
  log?: Log
}

/** Which app and scope a call needs: the advice on a refusal names them. */
export type Scope = 'Bot Export' | 'Bot Import' | 'Bot Publish' | 'Publish Status'

/** Each scope as the app's API scope settings name it. */
const SCOPE_PATH: Record<Scope, string> = {
  'Bot Export': 'Bot Export',
  'Bot Import': 'Bot Definition > Bot Import',
  'Bot Publish': 'Bot Publish > Publish',
  'Publish Status': 'Bot Publish > Publish Status'
}

interface CallContext {
  what: string
  botId: string
  scope: Scope
}

/** One step of an import, as the platform logs it. */
export interface StatusLog {
  taskType: string
  taskName: string
  status: string
}

/** The platform's view of one import job (start and status answers share this shape). */
export interface ImportStatus {
  id: string
  status: string
  statusLogs: StatusLog[]
  reason?: string
}

/** One resource of a publish request, and what became of it. */
export interface PublishedResource {
  type: string
  id: string
  name: string
  status: string
  /** `published`, `awaitingApproval` (an admin must approve it), or another word. */
  state: string
}

export interface PublishStatus {
  /** The status record's id (`ds-…`), when it has one. */
  id?: string
  status: string
  percentComplete?: number
  /** When the publish was asked for (`requestedTime`), in ms since the epoch, when given. */
  requestedTime?: number
  /** The platform's own lines on the publish (`statusSummary`), one safe line each. */
  summary: string[]
  /** The lines of the statusSummary entries whose status is a failure. */
  failed: string[]
}

/** A file for the Upload File API. */
export interface UploadFile {
  name: string
  bytes: Buffer
}

export class KoreClient {
  readonly origin: string
  private readonly retries: number
  private readonly requestTimeoutMs: number
  private readonly clock: Clock
  private readonly signal?: AbortSignal
  readonly log: Log
  /** The platform has answered at least once in this run. */
  private reached = false

  /** Clock time after which no call is retried (the step's timeout). */
  readonly deadline: number

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
    this.log = options.log ?? silentLog
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
          { what: 'start the export', botId, scope: 'Bot Export' }
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
      throw new KoreApiError(
        say`Kore.ai gave a download link that is not a URL. ${again(true)}; if it keeps happening, the platform's export API has changed.`,
        200
      )
    }
    checkLink(url, "The export's download link")
    return url
  }

  /**
   * Opens a download, from byte `from` on if given, and then only if the file is still the one
   * `ifRange` (its ETag or Last-Modified) names: the answer says whether the server honoured
   * the range. The `auth` header goes only to the platform's own origin, and never after a
   * redirect from elsewhere: storage links are signed and must not see the token. Not retried
   * here: the download retries as a whole.
   */
  async openDownload(
    url: URL,
    options: { from?: number; ifRange?: string; timeoutMs?: number } = {}
  ): Promise<HttpAnswer> {
    const timeoutMs = options.timeoutMs ?? this.requestTimeoutMs
    // The headers within the time limit; the body is watched by the download's stall timer.
    const limit = withTimeLimit(
      this.signal,
      timeoutMs,
      () =>
        new NetworkError(
          `GET ${describeUrl(url)}`,
          say`no answer within ${formatDuration(timeoutMs)} (${setting('request-timeout')})`
        )
    )
    const headers: Record<string, string> = {}
    if (options.from) headers.range = `bytes=${options.from}-`
    if (options.from && options.ifRange) headers['if-range'] = options.ifRange
    try {
      const answer = await send(
        { method: 'GET', url: url.href, headers },
        { auth: { origin: this.origin, token: this.token }, timeoutMs, signal: limit.signal, log: this.log }
      )
      if (answer.status === 200 || answer.status === 206) return answer
      const text = await readText(answer, limit.signal).catch(() => '')
      const said = platformMessage(text)
      const message = `HTTP ${answer.status} from ${plain(describeUrl(answer.url))}${said ? `: ${said}` : ''}`
      if (isTransient(answer.status, said))
        throw transientError(answer.status, answer.message.headers['retry-after'], message, said)
      throw new KoreApiError(
        say`Downloading the export failed (${message}). The download link may have expired: ${again()}.`,
        answer.status
      )
    } finally {
      limit.clear()
    }
  }

  /**
   * Uploads one file for an import (`fileContext=bulkImport`) and returns its file id. Like
   * every call that makes something on the platform, it is repeated only when the platform
   * cannot have received it (see `unlessReceived`).
   */
  async uploadFile(botId: string, file: UploadFile): Promise<string> {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(file.bytes)]), file.name)
    form.append('fileContext', 'bulkImport')
    form.append('fileExtension', file.name.slice(file.name.lastIndexOf('.') + 1).toLowerCase())
    // The standard encoder writes the multipart body and its boundary.
    const encoded = new Response(form)
    const body = Buffer.from(await encoded.arrayBuffer())
    const contentType = encoded.headers.get('content-type') ?? ''
    const what = `upload ${file.name}`
    const answer = await this.unlessReceived(what, () =>
      this.call(
        { method: 'POST', url: this.apiUrl('uploadfile'), body, headers: { 'content-type': contentType } },
        { what, botId, scope: 'Bot Import' }
      )
    )
    const fileId = isJsonObject(answer) ? answer.fileId : undefined
    // Sent back to the platform in the import request: taken only as the id it should be.
    if (typeof fileId !== 'string' || !/^[A-Za-z0-9._-]{1,200}$/.test(fileId)) {
      throw new KoreApiError(
        `Kore.ai answered the upload of ${plain(file.name)} without a usable file id (fileId): ${describeRecord(answer)}.`,
        200
      )
    }
    return fileId
  }

  /** Starts an import into `botId`, once (an import changes the bot: never repeated on a guess). */
  async startImport(botId: string, body: JsonObject): Promise<ImportStatus> {
    const what = 'start the import'
    const answer = await this.unlessReceived(what, () =>
      this.call(
        { method: 'POST', url: this.apiUrl(`bot/${encodeURIComponent(botId)}/import`), body: JSON.stringify(body) },
        { what, botId, scope: 'Bot Import' }
      )
    )
    return parseImportStatus(answer, 'the import call')
  }

  /** One import's status, by its id (`bir-…`). */
  async importStatus(botId: string, importId: string): Promise<ImportStatus> {
    const what = 'read the import status'
    const answer = await withRetries(
      what,
      () =>
        this.call(
          { method: 'GET', url: this.apiUrl(`bot/import/status/${encodeURIComponent(importId)}`) },
          { what, botId, scope: 'Bot Import' }
        ),
      this.retryPolicy()
    )
    const status = parseImportStatus(answer, 'the import status call', importId)
    if (status.id !== importId)
      throw new KoreApiError(
        `Kore.ai answered the status of import ${importId} with the status of another import (${status.id}).`,
        200
      )
    return status
  }

  /** Publishes the bot's in-development version, once. */
  async publish(botId: string, body: JsonObject): Promise<PublishedResource[]> {
    const what = 'publish the bot'
    const answer = await this.unlessReceived(what, () =>
      this.call(
        { method: 'POST', url: this.apiUrl(`bot/${encodeURIComponent(botId)}/publish`), body: JSON.stringify(body) },
        { what, botId, scope: 'Bot Publish' }
      )
    )
    return parsePublishAnswer(answer)
  }

  /**
   * The bot's publish status. The API takes no publish id: it answers with "the publish status of
   * a given bot or the last completed status request", which may be an earlier publish.
   */
  async publishStatus(botId: string): Promise<PublishStatus> {
    const what = 'read the publish status'
    const answer = await withRetries(
      what,
      () =>
        this.call(
          { method: 'GET', url: this.apiUrl(`bot/${encodeURIComponent(botId)}/publish/status`) },
          { what, botId, scope: 'Publish Status' }
        ),
      this.retryPolicy()
    )
    return parsePublishStatus(answer)
  }

  /** The publish status before this run publishes: undefined for a bot never published (404, or a record without a status). */
  async lastPublishStatus(botId: string): Promise<PublishStatus | undefined> {
    try {
      return await this.publishStatus(botId)
    } catch (error) {
      if (error instanceof KoreApiError && (error.status === 404 || error.status === 200)) return undefined
      throw error
    }
  }

  /**
   * Tries a call that makes something on the platform again only when the first try cannot
   * have reached it, or the platform said it did nothing: a refused connection, a rate limit,
   * 503. A dropped connection or a gateway timeout may come after the work was done, and an
   * import or publish done twice is not harmless, so those stop the step with what to check.
   */
  private unlessReceived<T>(what: string, attempt: () => Promise<T>): Promise<T> {
    return withRetries(
      what,
      async () => {
        try {
          return await attempt()
        } catch (error) {
          if (!(error instanceof TransientError)) throw error
          const refused =
            (error instanceof NetworkError && error.notSent) ||
            error.details.rateLimited ||
            error.details.status === 503
          if (refused) throw error
          throw new KoreApiError(
            say`Could not ${what}: ${error.message}. The platform may have received the request before the answer was lost, so it is not sent again on a guess: check the bot in the Builder (its import and publish history), then ${again()}.`,
            0
          )
        }
      },
      this.retryPolicy()
    )
  }

  private retryPolicy() {
    return { retries: this.retries, deadline: this.deadline, clock: this.clock, signal: this.signal, log: this.log }
  }

  private async exportStatusOnce(botId: string): Promise<ExportStatus> {
    const answer = await this.call(
      { method: 'GET', url: this.apiUrl(`bot/${encodeURIComponent(botId)}/export/status`) },
      { what: 'read the export status', botId, scope: 'Bot Export' }
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
    const limit = withTimeLimit(
      this.signal,
      timeoutMs,
      () => new NetworkError(where, say`no complete answer within ${formatDuration(timeoutMs)} (${bound})`)
    )
    let answer: HttpAnswer
    let text: string
    try {
      answer = await send(
        { ...request, headers: { 'content-type': 'application/json', accept: 'application/json', ...request.headers } },
        { auth: { origin: this.origin, token: this.token }, timeoutMs, signal: limit.signal, log: this.log }
      )
      this.reached = true
      text = await readText(answer, limit.signal)
    } catch (error) {
      // A host that refuses the very first connection is a wrong host or port, not a platform
      // restarting: say so at once rather than retry for the whole time limit. Once it has
      // answered, a refused connection is worth another try.
      if (error instanceof NetworkError && error.notSent && !this.reached) {
        throw new CoreError(
          'network',
          say`Cannot reach ${this.host}: ${error.words}. Check ${setting('host')} (the platform's address, e.g. https://platform.kore.ai); behind a proxy, check https_proxy and no_proxy.`,
          { host: this.host }
        )
      }
      throw error
    } finally {
      limit.clear()
    }
    const said = platformMessage(text)
    if (answer.status >= 200 && answer.status < 300 && !isRateLimit(answer.status, said)) {
      try {
        return JSON.parse(text)
      } catch {
        // A login page or a proxy's error page: worth another try, and worth saying so.
        throw new TransientError(
          say`HTTP ${answer.status} with a body that is not JSON (${preview(text)}); check that ${setting('host')} (${this.host}) is the Kore.ai platform`
        )
      }
    }
    if (isTransient(answer.status, said))
      throw transientError(
        answer.status,
        answer.message.headers['retry-after'],
        `HTTP ${answer.status}${said ? `: ${said}` : ''}`,
        said
      )
    throw apiError(answer.status, said, platformCode(text), context, this.host)
  }
}

/** Kore.ai says "rate limit" in its message, whatever the status code it sends it with. */
function isRateLimit(status: number, said: string | undefined): boolean {
  return status === 429 || /rate.?limit/i.test(said ?? '')
}

function isTransient(status: number, said: string | undefined): boolean {
  return status === 408 || status >= 500 || isRateLimit(status, said)
}

function transientError(
  status: number,
  retryAfter: string | string[] | undefined,
  message: string,
  said: string | undefined
): TransientError {
  return new TransientError(message, {
    retryAfterMs: parseRetryAfter(retryAfter, Date.now()),
    rateLimited: isRateLimit(status, said),
    status
  })
}

/** Export works with an App Builder app; import and publish need an Admin Console app. */
const APP_KIND: Record<Scope, string> = {
  'Bot Export': 'a App Builder app (App Settings > Dev Tools) or an Admin Console app (Admin Console > API Scopes)',
  'Bot Import': 'an Admin Console app (Admin Console > API Scopes; App Builder apps cannot import)',
  'Bot Publish': 'an Admin Console app (Admin Console > API Scopes; App Builder apps cannot publish)',
  'Publish Status': 'an Admin Console app (Admin Console > API Scopes; App Builder apps cannot read the publish status)'
}

function apiError(
  status: number,
  said: string | undefined,
  code: number | undefined,
  context: CallContext,
  host: string
): KoreApiError {
  const head = `Kore.ai refused to ${context.what} (HTTP ${status}${said ? `: ${said}` : ''}).`
  const { scope } = context
  let advice: Text
  if (/invalid\s*stream\s*id/i.test(said ?? '')) {
    // The platform's words for a bot id its account does not hold: nothing to do with the file.
    advice = say`Check ${setting('bot-id')} (${context.botId}): the platform knows no bot of that id in the account the app (${setting('client-id')}) belongs to. Use the Bot ID from App Builder > General Settings of the target bot, with an app of that bot's account, on its ${setting('host')} (${host}).`
    return new KoreApiError(say`${head} ${advice}`, status)
  }
  if ((code === 4002 || status === 401 || status === 403) && /scope/i.test(said ?? '')) {
    advice = say`The app lacks the ${SCOPE_PATH[scope]} scope this call needs: in Admin Console > API Scopes, map it to the app of ${setting('client-id')} and publish the scopes. The import needs ${SCOPE_PATH['Bot Import']}; a publish also ${SCOPE_PATH['Bot Publish']} and ${SCOPE_PATH['Publish Status']}; verify and dry-run also ${SCOPE_PATH['Bot Export']}.`
    return new KoreApiError(say`${head} ${advice}`, status)
  }
  switch (status) {
    case 401:
      advice = say`Check that ${setting('client-id')} and ${setting('client-secret')} belong to the same app, that it is ${APP_KIND[scope]} with the ${scope} API scope mapped and published, and that ${setting('host')} (${host}) is the platform the app lives on.`
      break
    case 403:
      advice = `The app is not allowed to ${context.what} for bot ${context.botId}: it must be ${APP_KIND[scope]} with the ${scope} scope mapped and published, and have access to this bot.`
      break
    case 404:
      advice = say`Check ${setting('bot-id')} (${context.botId}, see App Builder > General Settings) and ${setting('host')} (${host}); bots on a regional platform need its host, e.g. https://eu-bots.kore.ai.`
      break
    case 412:
      advice = say`The platform's validation did not accept it${said ? `: ${said}` : ' and gave no reason'}. Fix what it names, then ${again()}.`
      break
    case 400:
    case 422:
      advice =
        scope === 'Bot Export'
          ? say`Check ${setting('export-type')}, the component settings and ${setting('export-options')} against the Bot Export API.`
          : scope === 'Bot Import'
            ? say`Check that ${setting('from')} is an export of a bot for this platform version, and the component settings and ${setting('import-options')} against the Bot Import API.`
            : 'Check that the bot has at least one channel enabled and that its in-development version has something to publish.'
      break
    default:
      advice = `Check the inputs against the ${scope} API documentation.`
  }
  return new KoreApiError(say`${head} ${advice}`, status)
}

/** The platform's own code in an error answer (`errors[0].code`, or `code`): 4002 is a scope refused. */
function platformCode(text: string): number | undefined {
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return undefined
  }
  if (!isJsonObject(body)) return undefined
  const first = Array.isArray(body.errors) && isJsonObject(body.errors[0]) ? body.errors[0].code : body.code
  const code = Number(first)
  return Number.isSafeInteger(code) ? code : undefined
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
    const messages = list
      .slice(0, 20)
      .map(item => (typeof item === 'string' ? item : isJsonObject(item) ? findMessage(item, depth + 1) : undefined))
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
    status: statusWord(status),
    createdOn: typeof body.createdOn === 'string' ? body.createdOn : undefined,
    downloadUrl: typeof body.downloadURL === 'string' && body.downloadURL ? body.downloadURL : undefined,
    fileSize:
      body.fileSize !== undefined && body.fileSize !== '' && Number.isSafeInteger(fileSize) && fileSize >= 0
        ? fileSize
        : undefined,
    reason: reason === undefined ? undefined : plain(reason, 500)
  }
}

function parseImportStatus(body: unknown, source: string, expectedId?: string): ImportStatus {
  if (!isJsonObject(body))
    throw new KoreApiError(`Kore.ai answered ${source} with ${describeRecord(body)}, not with an import record.`, 200)
  const id = typeof body._id === 'string' && body._id ? body._id : expectedId
  if (!id)
    throw new KoreApiError(`Kore.ai answered ${source} without an import id (_id): ${describeRecord(body)}.`, 200)
  if (typeof body.status !== 'string' || !body.status)
    throw new KoreApiError(`Kore.ai answered ${source} for import ${plain(id, 200)} without a status.`, 200)
  const logs = Array.isArray(body.statusLogs) ? body.statusLogs.slice(0, 1000) : []
  const statusLogs = logs.filter(isJsonObject).map(log => ({
    taskType: plain(String(log.taskType ?? ''), 100),
    taskName: plain(String(log.taskName ?? ''), 200),
    status: statusWord(String(log.status ?? ''))
  }))
  // The platform's reason, but never from statusLogs: its first entry says success while pending.
  const reason = findMessage({ ...body, statusLogs: undefined })
  return {
    id: plain(id, 200),
    status: statusWord(body.status),
    statusLogs,
    reason: reason === undefined ? undefined : plain(reason, 500)
  }
}

/** The publish answer: documented as an array of per-resource results; an object holding one is read too. */
function parsePublishAnswer(body: unknown): PublishedResource[] {
  const list = Array.isArray(body)
    ? body
    : isJsonObject(body)
      ? ([body.result, body.resources, body.data].find(Array.isArray) ?? [body])
      : undefined
  if (!list)
    throw new KoreApiError(
      `Kore.ai answered the publish call with ${describeRecord(body)}, not with the resources it published.`,
      200
    )
  return list
    .slice(0, 1000)
    .filter(isJsonObject)
    .map(item => {
      const result = isJsonObject(item.result) ? item.result : {}
      const text = (value: unknown, max = 200): string =>
        typeof value === 'string' || typeof value === 'number' ? plain(String(value), max) : ''
      return {
        type: text(item.resourceType, 100),
        id: text(item.resourceId),
        name: text(item.resourceName ?? item.name ?? result.name ?? result.resourceName),
        status: statusWord(text(item.status, 100)),
        state: statusWord(text(result.state ?? item.state, 100))
      }
    })
}

function parsePublishStatus(body: unknown): PublishStatus {
  if (!isJsonObject(body) || typeof body.status !== 'string' || !body.status) {
    throw new KoreApiError(
      `Kore.ai answered the publish status call with ${describeRecord(body)}, without a status.`,
      200
    )
  }
  const percent =
    body.percentageComplete === undefined || body.percentageComplete === null || body.percentageComplete === ''
      ? NaN
      : Number(body.percentageComplete)
  const entries = (Array.isArray(body.statusSummary) ? body.statusSummary.slice(0, 50) : []).map(summaryEntry)
  const requested = typeof body.requestedTime === 'string' ? Date.parse(body.requestedTime) : NaN
  return {
    id: typeof body._id === 'string' && body._id ? plain(body._id, 200) : undefined,
    status: statusWord(body.status),
    percentComplete: Number.isFinite(percent) ? percent : undefined,
    requestedTime: Number.isFinite(requested) ? requested : undefined,
    summary: entries.map(entry => entry.line),
    failed: entries.filter(entry => entry.status && phaseOf(entry.status) === 'failure').map(entry => entry.line)
  }
}

/** One statusSummary entry, documented as `{resourceId, resourceType, name, status}`: "Natural Language (NL): FAILED". */
function summaryEntry(item: unknown): { line: string; status?: string } {
  if (!isJsonObject(item)) return { line: plain(String(item), 300) }
  const text = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '')
  const status = statusWord(text(item.status))
  const name = text(item.name) || text(item.resourceType) || text(item.resourceId)
  const kind = text(item.resourceType) || text(item.resourceId)
  if (name && status) {
    const said = findMessage(item)
    return {
      line: plain(`${name}${kind && kind !== name ? ` (${kind})` : ''}: ${status}${said ? ` (${said})` : ''}`, 300),
      status
    }
  }
  const line =
    findMessage(item) ??
    Object.entries(item)
      .map(([key, value]) => `${key} ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`)
      .join(', ')
  return { line: plain(line, 300), status: status || undefined }
}

/** A short view of an answer for an error message, with the signed link left out. */
function describeRecord(body: unknown): string {
  const shown = isJsonObject(body) ? { ...body, downloadURL: undefined, store: undefined } : body
  return preview(JSON.stringify(shown) ?? String(body))
}

function preview(text: string): string {
  return plain(text.slice(0, 1000), 200) || '(empty)'
}

/** A JSON object: the shape of every request body, and of the answers worth reading. */
export type JsonObject = { [key: string]: unknown }

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
