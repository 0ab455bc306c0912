// The one place that talks HTTP. `@actions/http-client` supplies the proxy support runners
// need (https_proxy, no_proxy); the rest is done here because the library's own handling
// does not fit: it strips only an `Authorization` header on a cross-host redirect (Kore.ai's
// credential travels in `auth`), and its readBody() never settles when a connection drops
// mid-answer. Each request gets a fresh client, so nothing carries over between requests.
// The export download goes the same way: one path, proxies and redirects alike.
import { CoreError } from '../core/errors.js'
import type { Log } from '../core/host.js'
import { HttpClient, type HttpClientResponse } from '@actions/http-client'
import type { RequestHandler } from '@actions/http-client/lib/interfaces'
import type { IncomingMessage, OutgoingHttpHeaders } from 'node:http'
import { Readable } from 'node:stream'
import { plain } from '../shared/untrusted-text.js'
import { say, setting, type Text } from '../core/words.js'
import type { TokenSource } from './auth.js'
import { CancelledError } from './clock.js'
import { TransientError } from './retry.js'

export interface HttpRequest {
  method: 'GET' | 'POST'
  url: string
  /** Text is sent as UTF-8; bytes (a file upload) as they are. */
  body?: string | Buffer
  headers?: OutgoingHttpHeaders
}

export interface SendOptions {
  /** The `auth` header goes only to requests whose origin is exactly this one. */
  auth?: { origin: string; token: TokenSource }
  /** The longest the socket may stay silent, before the answer or within it. */
  timeoutMs: number
  /** Aborts the request: the runner's cancellation, or a time limit (its reason is thrown). */
  signal?: AbortSignal
  /** Where each request's method, path, status and time go, as debug lines. */
  log: Log
}

export interface HttpAnswer {
  method: HttpRequest['method']
  message: IncomingMessage
  status: number
  /** Where the answer came from, after redirects. */
  url: URL
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308])
const MAX_REDIRECTS = 5
/** Larger API answers are not Kore.ai's, and not worth holding in memory. */
const MAX_API_BODY_BYTES = 16 * 1024 * 1024

/** No usable answer: refused, reset, timed out. Says where, never with the query. */
export class NetworkError extends TransientError {
  constructor(
    where: string,
    reason: Text,
    /** The connection was refused: the request cannot have reached the platform. */
    readonly notSent = false
  ) {
    super(say`${where}: ${reason}`)
    this.name = 'NetworkError'
  }
}

/** A failure another try will not mend: a host name that does not resolve, a refused certificate. */
export class ConnectionSetupError extends CoreError {
  constructor(message: Text) {
    super('network', message)
    this.name = 'ConnectionSetupError'
  }
}

/** OpenSSL's and Node's codes for a certificate that was not accepted. */
const CERTIFICATE_CODES =
  /^(CERT_|ERR_TLS_CERT|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|ERR_SSL_)/

/**
 * A signal that aborts with `parent`, or after `ms` with the error `onTimeout` makes: one
 * answer, headers and body alike, gets no more than that however slowly it trickles in.
 */
export function withTimeLimit(
  parent: AbortSignal | undefined,
  ms: number,
  onTimeout: () => Error
): { signal: AbortSignal; clear: () => void } {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(onTimeout()), ms)
  const follow = (): void => controller.abort(parent?.reason)
  if (parent?.aborted) follow()
  parent?.addEventListener('abort', follow, { once: true })
  return {
    signal: controller.signal,
    clear: () => {
      clearTimeout(timer)
      parent?.removeEventListener('abort', follow)
    }
  }
}

/** This machine: the only place plain http may go. */
export function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname)
}

/** Refuses links the action must not follow: anything but https, and plain http elsewhere than this machine. */
export function checkLink(url: URL, what: string): void {
  if (url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url.hostname))) {
    if (url.username || url.password)
      throw new ConnectionSetupError(
        `${what} carries a user name or password (${plain(describeUrl(url), 200)}); refused.`
      )
    return
  }
  const shown = url.protocol === 'http:' ? plain(describeUrl(url), 200) : plain(url.protocol, 20)
  throw new ConnectionSetupError(
    `${what} is ${shown}, which the action refuses: only https:// links are followed (plain http:// only to this machine), so the export cannot be read or redirected in the clear. If this keeps happening, the platform's answer has been tampered with.`
  )
}

export async function send(request: HttpRequest, { auth, timeoutMs, signal, log }: SendOptions): Promise<HttpAnswer> {
  let url = new URL(request.url)
  // Once another host has had a say (it redirected us), no request carries the token: not
  // even one to the platform's own host, where that host's redirect could point anywhere.
  let onlyPlatformSoFar = true
  for (let hop = 0; ; hop++) {
    const headers: OutgoingHttpHeaders = { ...request.headers }
    if (auth && url.origin !== auth.origin) onlyPlatformSoFar = false
    if (auth && onlyPlatformSoFar) headers.auth = auth.token()
    // The signal reaches Node's request, so an abort really closes the socket.
    const handlers = signal ? [withSignal(signal)] : []
    const client = new HttpClient('kore-bot-export', handlers, {
      allowRedirects: false,
      allowRetries: false,
      socketTimeout: timeoutMs
    })
    let response: HttpClientResponse
    const started = Date.now()
    try {
      response = await abortable(
        client.request(request.method, url.href, requestBody(request, headers), headers),
        signal,
        () => {}
      )
    } catch (error) {
      if (error instanceof CancelledError || error instanceof TransientError) throw error
      log.debug(`${request.method} ${plain(describeUrl(url))} failed after ${Date.now() - started} ms`)
      throw classifyFailure(`${request.method} ${describeUrl(url)}`, url, error)
    }
    const message = response.message
    const status = message.statusCode ?? 0
    // Shown with the runner's debug logging: never the query (signed links) nor a header.
    log.debug(`${request.method} ${plain(describeUrl(url))} → ${status} in ${Date.now() - started} ms`)
    const location = message.headers.location
    if (!REDIRECT_STATUSES.has(status) || !location || request.method !== 'GET')
      return { method: request.method, message, status, url }
    message.resume()
    url = nextHop(url, location, hop)
  }
}

/** Where a redirect leads, if the action may follow it. Neither refusal gets better with another try: plain errors, not retried. */
function nextHop(url: URL, location: string, hop: number): URL {
  let next: URL
  try {
    next = new URL(location, url)
  } catch {
    throw new ConnectionSetupError(`GET ${plain(describeUrl(url))} redirected to something that is not a URL.`)
  }
  if (hop >= MAX_REDIRECTS)
    throw new ConnectionSetupError(`GET ${plain(describeUrl(url))}: more than ${MAX_REDIRECTS} redirects`)
  if (url.protocol === 'https:' && next.protocol !== 'https:') {
    throw new ConnectionSetupError(
      `GET ${plain(describeUrl(url))} was redirected from https to ${plain(next.protocol, 20)}//${plain(next.host, 200)}, which is refused: it would send the download in the clear.`
    )
  }
  checkLink(next, `GET ${plain(describeUrl(url))} redirected to a link that`)
  return next
}

/** http-client writes text as UTF-8 and pipes anything else: bytes go as a stream of their exact length. */
function requestBody(request: HttpRequest, headers: OutgoingHttpHeaders): string | NodeJS.ReadableStream | null {
  if (request.body === undefined) return null
  if (typeof request.body === 'string') return request.body
  headers['content-length'] = request.body.length
  return Readable.from([request.body])
}

/** The whole body as text; a body cut off or too large is a NetworkError. */
export async function readText({ method, url, message }: HttpAnswer, signal?: AbortSignal): Promise<string> {
  const where = `${method} ${describeUrl(url)}`
  const pieces: Buffer[] = []
  let size = 0
  const reading = new Promise<void>((resolve, reject) => {
    message.on('data', (piece: Buffer) => {
      size += piece.length
      if (size > MAX_API_BODY_BYTES)
        message.destroy(new NetworkError(where, `answer larger than ${MAX_API_BODY_BYTES} bytes`))
      else pieces.push(piece)
    })
    message.once('end', resolve)
    message.once('error', reject)
    message.once('close', () =>
      message.readableEnded ? resolve() : reject(new Error('the connection closed before the end of the answer'))
    )
  })
  try {
    await abortable(reading, signal, () => message.destroy(new CancelledError()))
    return Buffer.concat(pieces).toString('utf8')
  } catch (error) {
    if (error instanceof TransientError || error instanceof CancelledError) throw error
    throw new NetworkError(where, `the answer was cut off (${describeNetworkFailure(error)})`)
  }
}

function withSignal(signal: AbortSignal): RequestHandler {
  return {
    prepareRequest: options => Object.assign(options, { signal }),
    canHandleAuthentication: () => false,
    handleAuthentication: () => Promise.reject(new Error('not an authentication handler'))
  }
}

/** A host that does not resolve and a refused certificate are not retried: they say what to check. */
function classifyFailure(where: string, url: URL, error: unknown): Error {
  const { code } = error as { code?: string }
  const reason = describeNetworkFailure(error)
  if (code === 'ENOTFOUND') {
    return new ConnectionSetupError(
      say`${plain(where)}: the host name ${plain(url.hostname, 200)} does not resolve (ENOTFOUND). Check ${setting('host')} for a typo (e.g. https://platform.kore.ai); behind a proxy, check https_proxy and no_proxy.`
    )
  }
  if (code && CERTIFICATE_CODES.test(code)) {
    return new ConnectionSetupError(
      say`${plain(where)}: the TLS certificate of ${plain(url.host, 200)} was not accepted (${reason}). Check that ${setting('host')} is the platform's address; behind a proxy that inspects TLS, give its CA certificate to Node with NODE_EXTRA_CA_CERTS.`
    )
  }
  return new NetworkError(where, reason, code === 'ECONNREFUSED')
}

/** Origin and path only: a signed URL keeps its signature in the query. */
export function describeUrl(url: URL): string {
  return `${url.origin}${url.pathname}`
}

/** One line, whatever the error: OpenSSL's messages span several. */
export function describeNetworkFailure(error: unknown): Text {
  const { code, message } = error as { code?: string; message?: string }
  // http-client's own timeout message carries the request path with its query.
  if (message?.startsWith('Request timeout')) return say`no answer in time (${setting('request-timeout')})`
  if (code) return plain(message?.includes(code) ? message : `${code}${message ? ` (${message})` : ''}`, 300)
  return plain(message ?? String(error), 300)
}

/** Why a signal aborted: a time limit's own error, else the runner's cancellation. */
export function abortReason(signal: AbortSignal): Error {
  return signal.reason instanceof TransientError || signal.reason instanceof CancelledError
    ? signal.reason
    : new CancelledError()
}

/** Settles with `promise`, or rejects with the abort reason as soon as `signal` aborts. */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined, onAbort: () => void): Promise<T> {
  if (!signal) return promise
  if (signal.aborted) {
    onAbort()
    return Promise.reject(abortReason(signal))
  }
  return new Promise<T>((resolve, reject) => {
    const stop = (): void => {
      onAbort()
      reject(abortReason(signal))
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
