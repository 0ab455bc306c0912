// The one place that talks HTTP. `@actions/http-client` supplies the proxy support runners
// need (https_proxy, no_proxy); redirects are followed here rather than by the library,
// because it strips only an `Authorization` header on a cross-host redirect, and Kore.ai's
// credential travels in `auth`.
import { HttpClient, type HttpClientResponse } from '@actions/http-client'
import type { OutgoingHttpHeaders } from 'node:http'
import type { TokenSource } from './auth.js'

export interface HttpRequest {
  method: 'GET' | 'POST'
  url: string
  body?: string
  headers?: OutgoingHttpHeaders
}

/** The `auth` header goes only to requests whose origin is exactly this one. */
export interface OriginAuth {
  origin: string
  token: TokenSource
}

export interface HttpAnswer {
  response: HttpClientResponse
  status: number
  /** Where the answer came from, after redirects. */
  url: URL
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308])
const MAX_REDIRECTS = 5

/** A failure below HTTP: no answer, a reset, a timeout. Says where, never with the query. */
export class NetworkError extends Error {
  constructor(
    readonly where: string,
    readonly reason: string
  ) {
    super(`${where}: ${reason}`)
    this.name = 'NetworkError'
  }
}

export function createHttpClient(requestTimeoutMs: number): HttpClient {
  return new HttpClient('kore-bot-export', [], {
    allowRedirects: false,
    allowRetries: false,
    socketTimeout: requestTimeoutMs
  })
}

export async function send(client: HttpClient, request: HttpRequest, auth?: OriginAuth): Promise<HttpAnswer> {
  let url = new URL(request.url)
  for (let hop = 0; ; hop++) {
    const headers: OutgoingHttpHeaders = { ...request.headers }
    if (auth && url.origin === auth.origin) headers.auth = auth.token()
    let response: HttpClientResponse
    try {
      response = await client.request(request.method, url.href, request.body ?? null, headers)
    } catch (error) {
      throw new NetworkError(`${request.method} ${describeUrl(url)}`, describeNetworkFailure(error))
    }
    const status = response.message.statusCode ?? 0
    const location = response.message.headers.location
    if (!REDIRECT_STATUSES.has(status) || !location || request.method !== 'GET') {
      return { response, status, url }
    }
    response.message.resume()
    const next = new URL(location, url)
    if (hop >= MAX_REDIRECTS) {
      throw new NetworkError(`GET ${describeUrl(url)}`, `more than ${MAX_REDIRECTS} redirects`)
    }
    if (url.protocol === 'https:' && next.protocol !== 'https:') {
      throw new NetworkError(`GET ${describeUrl(url)}`, `redirected from https to ${next.protocol}//${next.host}, which is refused`)
    }
    url = next
  }
}

/** Origin and path only: a signed URL keeps its signature in the query. */
export function describeUrl(url: URL): string {
  return `${url.origin}${url.pathname}`
}

function describeNetworkFailure(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string }
  // http-client's own timeout message carries the request path with its query.
  if (message?.startsWith('Request timeout')) return 'no answer in time (request timeout)'
  if (code) return message?.includes(code) ? message : `${code}${message ? ` (${message})` : ''}`
  return message ?? String(error)
}
