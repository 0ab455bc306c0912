// Kore.ai XO Platform public API: what each call sends, and what its answer means. Written
// to be reused by later features (bot import shares the auth, errors and transport).
import type { HttpClient } from '@actions/http-client'
import type { IncomingMessage } from 'node:http'
import type { TokenSource } from './auth.js'
import { createHttpClient, describeUrl, send, type HttpAnswer, type HttpRequest } from './http.js'
import { isJsonObject, type JsonObject } from './export-request.js'

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

/** An HTTP error answer from the platform, with what to check. */
export class KoreApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly platformMessage?: string
  ) {
    super(message)
    this.name = 'KoreApiError'
  }
}

export interface KoreClientOptions {
  requestTimeoutMs?: number
}

export class KoreClient {
  readonly origin: string
  private readonly http: HttpClient
  private readonly requestTimeoutMs: number

  constructor(
    /** Origin plus any path prefix, no trailing slash. */
    readonly host: string,
    private readonly token: TokenSource,
    options: KoreClientOptions = {}
  ) {
    this.origin = new URL(host).origin
    this.requestTimeoutMs = options.requestTimeoutMs ?? 60_000
    this.http = createHttpClient(this.requestTimeoutMs)
  }

  async startExport(botId: string, body: JsonObject): Promise<ExportStatus> {
    const answer = await this.callJson(
      { method: 'POST', url: this.apiUrl(`bot/${encodeURIComponent(botId)}/export`), body: JSON.stringify(body) },
      { what: 'start the export', botId }
    )
    return parseExportStatus(answer, 'the export call')
  }

  /** The bot's most recent export: the API takes no export id. */
  async exportStatus(botId: string): Promise<ExportStatus> {
    const answer = await this.callJson(
      { method: 'GET', url: this.apiUrl(`bot/${encodeURIComponent(botId)}/export/status`) },
      { what: 'read the export status', botId }
    )
    return parseExportStatus(answer, 'the export status call')
  }

  /** A download link as the platform gave it: absolute, or relative to the host. */
  resolveUrl(link: string): URL {
    return new URL(link, `${this.host}/`)
  }

  /**
   * Opens a download. A fresh HTTP client, so nothing set up for the API calls rides along;
   * the `auth` header goes only to the platform's own origin (object storage links are
   * signed and must not see the token).
   */
  async openDownload(url: URL): Promise<IncomingMessage> {
    const answer = await send(
      createHttpClient(this.requestTimeoutMs),
      { method: 'GET', url: url.href },
      { origin: this.origin, token: this.token }
    )
    if (answer.status !== 200) {
      const text = await answer.response.readBody().catch(() => '')
      const said = platformMessage(text)
      throw new KoreApiError(
        `Downloading the export from ${describeUrl(answer.url)} failed with HTTP ${answer.status}${said ? `: ${said}` : ''}. The download link may have expired: run the step again.`,
        answer.status,
        said
      )
    }
    return answer.response.message
  }

  private apiUrl(path: string): string {
    return `${this.host}/api/public/${path}`
  }

  private async callJson(request: HttpRequest, context: { what: string; botId: string }): Promise<unknown> {
    const answer = await send(this.http, { ...request, headers: { 'content-type': 'application/json', accept: 'application/json' } }, {
      origin: this.origin,
      token: this.token
    })
    const text = await answer.response.readBody()
    if (answer.status >= 200 && answer.status < 300) {
      try {
        return JSON.parse(text)
      } catch {
        throw new KoreApiError(
          `Kore.ai answered the call to ${context.what} with HTTP ${answer.status} but not with JSON (${preview(text)}). Check that host (${this.host}) is the Kore.ai platform and not a login page or proxy.`,
          answer.status
        )
      }
    }
    throw apiError(answer, text, context, this.host)
  }
}

function apiError(answer: HttpAnswer, text: string, context: { what: string; botId: string }, host: string): KoreApiError {
  const said = platformMessage(text)
  const head = `Kore.ai refused to ${context.what} (HTTP ${answer.status}${said ? `: ${said}` : ''}).`
  let advice: string
  switch (answer.status) {
    case 401:
      advice = `Check that client-id and client-secret belong to the same app, that the app has the Bot Export API scope mapped and published (App Settings > Dev Tools, or Admin Console > API Scopes), and that host (${host}) is the platform the app lives on.`
      break
    case 403:
      advice = `The app is not allowed to export bot ${context.botId}: add the Bot Export scope to the app and publish it, or use an app that has access to this bot.`
      break
    case 404:
      advice = `Check bot-id (${context.botId}, see App Builder > General Settings) and host (${host}); bots on a regional platform need its host, e.g. https://eu-bots.kore.ai.`
      break
    case 400:
    case 422:
      advice = 'Check export-type, the component inputs and export-options against the Bot Export API.'
      break
    default:
      advice =
        answer.status >= 500
          ? 'The platform had a problem; try again later, and check https://status.kore.ai if it persists.'
          : 'Check the inputs against the Bot Export API documentation.'
  }
  return new KoreApiError(`${head} ${advice}`, answer.status, said)
}

/** The message in an error answer: `errors[0].msg` as documented, or any other usual place. */
export function platformMessage(text: string): string | undefined {
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return text.trim() ? preview(text) : undefined
  }
  return isJsonObject(body) ? findMessage(body) : undefined
}

function findMessage(body: JsonObject): string | undefined {
  const fromList = (list: unknown): string | undefined => {
    if (!Array.isArray(list)) return undefined
    const messages = list.map(item => (typeof item === 'string' ? item : isJsonObject(item) ? findMessage(item) : undefined))
    const found = messages.filter((message): message is string => Boolean(message))
    return found.length > 0 ? found.join('; ') : undefined
  }
  for (const key of ['msg', 'message', 'reason', 'error', 'errorMessage', 'description']) {
    const value = body[key]
    if (typeof value === 'string' && value.trim()) return value.trim()
    if (isJsonObject(value)) {
      const nested = findMessage(value)
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
  return {
    id,
    status,
    createdOn: typeof body.createdOn === 'string' ? body.createdOn : undefined,
    downloadUrl: typeof body.downloadURL === 'string' && body.downloadURL ? body.downloadURL : undefined,
    fileSize: body.fileSize !== undefined && body.fileSize !== '' && Number.isSafeInteger(fileSize) && fileSize >= 0 ? fileSize : undefined,
    reason: findMessage(body)
  }
}

/** A short view of an answer for an error message, with the signed link left out. */
function describeRecord(body: unknown): string {
  const shown = isJsonObject(body) ? { ...body, downloadURL: undefined, store: undefined } : body
  return preview(JSON.stringify(shown) ?? String(body))
}

function preview(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > 200 ? `${flat.slice(0, 200)}…` : flat || '(empty)'
}
