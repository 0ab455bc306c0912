// The one place that talks HTTP. `@actions/http-client` supplies the proxy support runners
// need (https_proxy, no_proxy); the rest is done here because the library's own handling
// does not fit: it strips only an `Authorization` header on a cross-host redirect (Kore.ai's
// credential travels in `auth`), and its readBody() never settles when a connection drops
// mid-answer. Each request gets a fresh client, so nothing carries over between requests.
import * as core from '@actions/core'
import { HttpClient, type HttpClientResponse } from '@actions/http-client'
import type { RequestHandler } from '@actions/http-client/lib/interfaces'
import type { IncomingMessage, OutgoingHttpHeaders } from 'node:http'
import type { TokenSource } from './auth.js'
import { CancelledError } from './clock.js'
import { TransientError } from './retry.js'

export interface HttpRequest {
  method: 'GET' | 'POST'
  url: string
  body?: string
  headers?: OutgoingHttpHeaders
}

export interface SendOptions {
  /** The `auth` header goes only to requests whose origin is exactly this one. */
  auth?: { origin: string; token: TokenSource }
  /** The longest the socket may stay silent, before the answer or within it. */
  timeoutMs: number
  signal?: AbortSignal
}

export interface HttpAnswer {
  method: HttpRequest['method']
  message: IncomingMessage
  status: number
  /** Where the answer came from, after redirects. */
  url: URL
}

/**
 * Reads from the socket in up to 1 MiB at a time instead of Node's 16 KiB: a large download
 * spends a fifth less time in stream overhead (docs/benchmarks.md). Handlers are the one
 * hook http-client offers into the options it passes to Node.
 */
const largeReads: RequestHandler = {
  prepareRequest: options => Object.assign(options, { highWaterMark: 1024 * 1024 }),
  canHandleAuthentication: () => false,
  handleAuthentication: () => Promise.reject(new Error('not an authentication handler'))
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308])
const MAX_REDIRECTS = 5
/** Larger API answers are not Kore.ai's, and not worth holding in memory. */
const MAX_API_BODY_BYTES = 16 * 1024 * 1024

/** No usable answer: refused, reset, timed out. Says where, never with the query. */
export class NetworkError extends TransientError {
  constructor(where: string, reason: string) {
    super(`${where}: ${reason}`)
    this.name = 'NetworkError'
  }
}

export async function send(request: HttpRequest, { auth, timeoutMs, signal }: SendOptions): Promise<HttpAnswer> {
  let url = new URL(request.url)
  for (let hop = 0; ; hop++) {
    const headers: OutgoingHttpHeaders = { ...request.headers }
    if (auth && url.origin === auth.origin) headers.auth = auth.token()
    const client = new HttpClient('kore-bot-export', [largeReads], { allowRedirects: false, allowRetries: false, socketTimeout: timeoutMs })
    let response: HttpClientResponse
    const started = Date.now()
    try {
      response = await abortable(client.request(request.method, url.href, request.body ?? null, headers), signal, () => {})
    } catch (error) {
      if (error instanceof CancelledError) throw error
      core.debug(`${request.method} ${describeUrl(url)} failed after ${Date.now() - started} ms`)
      throw new NetworkError(`${request.method} ${describeUrl(url)}`, describeNetworkFailure(error))
    }
    const message = response.message
    const status = message.statusCode ?? 0
    // Shown with the runner's debug logging: never the query (signed links) nor a header.
    core.debug(`${request.method} ${describeUrl(url)} → ${status} in ${Date.now() - started} ms`)
    const location = message.headers.location
    if (!REDIRECT_STATUSES.has(status) || !location || request.method !== 'GET') return { method: request.method, message, status, url }
    message.resume()
    const next = new URL(location, url)
    // Neither gets better with another try: plain errors, not retried.
    if (hop >= MAX_REDIRECTS) throw new Error(`GET ${describeUrl(url)}: more than ${MAX_REDIRECTS} redirects`)
    if (url.protocol === 'https:' && next.protocol !== 'https:') {
      throw new Error(`GET ${describeUrl(url)} was redirected from https to ${next.protocol}//${next.host}, which is refused: it would send the download in the clear.`)
    }
    url = next
  }
}

/** The whole body as text; a body cut off or too large is a NetworkError. */
export async function readText(answer: HttpAnswer, signal?: AbortSignal): Promise<string> {
  const { message } = answer
  const where = `${answer.method} ${describeUrl(answer.url)}`
  const reading = (async () => {
    const chunks: Buffer[] = []
    let size = 0
    for await (const chunk of message) {
      size += (chunk as Buffer).length
      if (size > MAX_API_BODY_BYTES) {
        message.destroy()
        throw new NetworkError(where, `answer larger than ${MAX_API_BODY_BYTES} bytes`)
      }
      chunks.push(chunk as Buffer)
    }
    if (!message.complete) throw new NetworkError(where, 'the answer was cut off')
    return Buffer.concat(chunks).toString('utf8')
  })()
  try {
    return await abortable(reading, signal, () => message.destroy())
  } catch (error) {
    if (error instanceof NetworkError || error instanceof CancelledError) throw error
    throw new NetworkError(where, `the answer was cut off (${describeNetworkFailure(error)})`)
  }
}

/** Origin and path only: a signed URL keeps its signature in the query. */
export function describeUrl(url: URL): string {
  return `${url.origin}${url.pathname}`
}

export function describeNetworkFailure(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string }
  // http-client's own timeout message carries the request path with its query.
  if (message?.startsWith('Request timeout')) return 'no answer in time (request-timeout)'
  if (code) return message?.includes(code) ? message : `${code}${message ? ` (${message})` : ''}`
  return message ?? String(error)
}

/** Settles with `promise`, or rejects with CancelledError as soon as `signal` aborts. */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined, onAbort: () => void): Promise<T> {
  if (!signal) return promise
  if (signal.aborted) {
    onAbort()
    return Promise.reject(new CancelledError())
  }
  return new Promise<T>((resolve, reject) => {
    const stop = (): void => {
      onAbort()
      reject(new CancelledError())
    }
    signal.addEventListener('abort', stop, { once: true })
    promise.then(
      value => {
        signal.removeEventListener('abort', stop)
        resolve(value)
      },
      error => {
        signal.removeEventListener('abort', stop)
        reject(error)
      }
    )
  })
}
