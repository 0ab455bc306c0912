// A stand-in for the Kore.ai XO Platform's Bot Export and Export Status APIs, on 127.0.0.1.
// It checks the JWT the way an app that enforces JTI does, answers in the documented shapes,
// serves the zip from a second origin (object storage, signed links), and can be told to be
// slow, to fail, or to misbehave in the ways a real platform does.
import { createHash, createHmac, randomUUID } from 'node:crypto'
import http from 'node:http'
import https from 'node:https'
import type { AddressInfo } from 'node:net'
import jwt from 'jsonwebtoken'
import { DEMO_BOT_ID, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, demoBotFiles } from './bot.js'
import { buildZip } from './zip.js'

export type Route = 'export' | 'status' | 'download'

/** One misbehaviour, used up by the next request on its route. */
export type Fault =
  /** Answer with this status, body and headers instead of doing the work. */
  | { kind: 'answer'; status: number; body?: unknown; headers?: Record<string, string> }
  /** Close the connection without answering. */
  | { kind: 'reset' }
  /** Do the work (an export does start), then close the connection without answering. */
  | { kind: 'reset-after-work' }
  /** 200 with a body that is not JSON. */
  | { kind: 'garbage' }
  /** Download: send this many bytes, then go silent for `ms` (then close). */
  | { kind: 'stall'; afterBytes: number; ms: number }
  /** Send this many bytes of the declared length, then close (API answers: half the JSON). */
  | { kind: 'truncate'; afterBytes: number }
  /** Download: send other bytes of the same length. */
  | { kind: 'corrupt' }
  /** Wait this long before answering normally. */
  | { kind: 'delay'; ms: number }
  /** API answers: send the headers, then the body one byte every `intervalMs` (a platform that trickles). */
  | { kind: 'trickle'; intervalMs: number }
  /** Download: 200 with this body and no Content-Length (chunked), e.g. an error page. */
  | { kind: 'body'; body: Buffer | string; contentType?: string }
  /** Download: 403 whose message echoes the request's query parameters, as some stores do. */
  | { kind: 'echo-query' }

export interface Behaviour {
  /** How many status reads answer "pending" before the export settles. */
  pendingPolls: number
  /** The status the export settles on: "success", or a failure spelling. */
  finalStatus: string
  /** Fields added to a failed export's status record (the platform's reason). */
  failureFields: Record<string, unknown>
  /** How the status record's downloadURL points at the zip. */
  link: 'storage' | 'relative' | 'redirect'
  /** After this many status reads, another export of the bot starts (someone else's). */
  foreignExportAfterPolls?: number
  /** Omit fileSize from the status record. */
  omitFileSize: boolean
  /** Added to the true size in fileSize: a platform that reports the wrong size. */
  fileSizeError: number
  /** Storage honours Range requests (resumable downloads). */
  acceptRanges: boolean
  /** Check jti and reject a reused one, as apps that enforce JTI do. */
  enforceJti: boolean
  /** The zip served for every export; default: the demo bot. */
  zip: Buffer
  /** Replaces the status record's downloadURL (a hostile platform's link). */
  downloadUrl?: string
  /** Replaces the status record's fileSize. */
  fileSize?: string
  /** Fields merged into every status answer (ids, statuses, messages the platform should not send). */
  statusFields?: Record<string, unknown>
}

export interface RecordedRequest {
  server: 'platform' | 'storage'
  method: string
  path: string
  headers: http.IncomingHttpHeaders
  body: string
}

interface ExportRecord {
  _id: string
  botId: string
  exportType: string
  createdOn: string
  polls: number
  fileId: string
  body: unknown
}

const SIGNING_KEY = 'simulator-storage-signing-key'

export function defaultBehaviour(): Behaviour {
  return {
    pendingPolls: 2,
    finalStatus: 'success',
    failureFields: {},
    link: 'storage',
    omitFileSize: false,
    fileSizeError: 0,
    acceptRanges: true,
    enforceJti: true,
    zip: buildZip(demoBotFiles())
  }
}

export interface SimulatorOptions {
  port?: number
  storagePort?: number
  /** Serve https with this key and certificate instead of plain http. */
  tls?: { key: string | Buffer; cert: string | Buffer }
  /** Names to put in URLs instead of 127.0.0.1 (resolved by a proxy, as in a corporate network). */
  hostnames?: { platform: string; storage: string }
}

export class KoreSimulator {
  behaviour: Behaviour = defaultBehaviour()
  readonly requests: RecordedRequest[] = []
  /** The bodies of the export requests received, newest last. */
  readonly exportBodies: unknown[] = []
  private readonly faults: Record<Route, Fault[]> = { export: [], status: [], download: [] }
  private readonly standingFaults: Partial<Record<Route, Fault>> = {}
  private readonly latest = new Map<string, ExportRecord>()
  private readonly seenJti = new Set<string>()
  private readonly platform: http.Server
  private readonly storage: http.Server
  private readonly scheme: 'http' | 'https'
  private readonly hostnames: { platform: string; storage: string }
  /** The one app and the one bot the simulator knows: the demo's. */
  private readonly apps: Record<string, string> = { [DEMO_CLIENT_ID]: DEMO_CLIENT_SECRET }
  private readonly bots = new Set([DEMO_BOT_ID])
  host = ''
  storageOrigin = ''

  constructor(options: SimulatorOptions = {}) {
    const createServer = (handler: http.RequestListener): http.Server =>
      options.tls ? https.createServer(options.tls, handler) : http.createServer(handler)
    this.platform = createServer((req, res) => void this.handle('platform', req, res))
    this.storage = createServer((req, res) => void this.handle('storage', req, res))
    this.scheme = options.tls ? 'https' : 'http'
    this.hostnames = options.hostnames ?? { platform: '127.0.0.1', storage: '127.0.0.1' }
  }

  static async start(options: SimulatorOptions = {}): Promise<KoreSimulator> {
    const simulator = new KoreSimulator(options)
    await simulator.listen(options)
    return simulator
  }

  /** Starts both servers on 127.0.0.1 (port 0: any free port). */
  async listen({ port = 0, storagePort = 0 }: Pick<SimulatorOptions, 'port' | 'storagePort'> = {}): Promise<void> {
    this.host = `${this.scheme}://${this.hostnames.platform}:${await listen(this.platform, port)}`
    this.storageOrigin = `${this.scheme}://${this.hostnames.storage}:${await listen(this.storage, storagePort)}`
  }

  /** Back to documented behaviour, with no faults and no history. */
  reset(behaviour: Partial<Behaviour> = {}): void {
    this.behaviour = { ...defaultBehaviour(), ...behaviour }
    this.requests.length = 0
    this.exportBodies.length = 0
    this.faults.export.length = this.faults.status.length = this.faults.download.length = 0
    for (const route of Object.keys(this.standingFaults) as Route[]) delete this.standingFaults[route]
    this.latest.clear()
  }

  /** The next requests on `route` meet these faults, one each, in order. */
  inject(route: Route, ...faults: Fault[]): void {
    this.faults[route].push(...faults)
  }

  /** Every request on `route` meets this fault until reset. */
  always(route: Route, fault: Fault): void {
    this.standingFaults[route] = fault
  }

  async close(): Promise<void> {
    this.platform.closeAllConnections()
    this.storage.closeAllConnections()
    await Promise.all([new Promise(done => this.platform.close(done)), new Promise(done => this.storage.close(done))])
  }

  private async handle(server: RecordedRequest['server'], req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const body = await readBody(req)
    const url = new URL(req.url ?? '/', 'http://simulator')
    this.requests.push({ server, method: req.method ?? '', path: url.pathname + url.search, headers: req.headers, body })
    try {
      if (server === 'storage') return await this.serveStorage(req, res, url)
      const exportMatch = /^\/api\/public\/bot\/([^/]+)\/export$/.exec(url.pathname)
      const statusMatch = /^\/api\/public\/bot\/([^/]+)\/export\/status$/.exec(url.pathname)
      const fileMatch = /^\/api\/public\/files\/([^/]+)\/(content|download)$/.exec(url.pathname)
      if (req.method === 'POST' && exportMatch) return await this.startExport(req, res, decodeURIComponent(exportMatch[1]), body)
      if (req.method === 'GET' && statusMatch) return await this.exportStatus(req, res, decodeURIComponent(statusMatch[1]))
      if (req.method === 'GET' && fileMatch) return await this.platformFile(req, res, url, fileMatch[1], fileMatch[2])
      return sendJson(res, 404, { errors: [{ msg: 'Not found', code: 404 }] })
    } catch (error) {
      if (!res.headersSent) sendJson(res, 500, { errors: [{ msg: `simulator: ${(error as Error).message}`, code: 500 }] })
    }
  }

  private nextFault(route: Route): Fault | undefined {
    return this.faults[route].shift() ?? this.standingFaults[route]
  }

  /** Applies a fault that replaces the answer; true when the request is dealt with. */
  private async applyFault(fault: Fault | undefined, res: http.ServerResponse, apiRoute = true): Promise<boolean> {
    if (!fault) return false
    switch (fault.kind) {
      case 'answer':
        res.writeHead(fault.status, { 'content-type': 'application/json', ...fault.headers })
        res.end(typeof fault.body === 'string' ? fault.body : JSON.stringify(fault.body ?? {}))
        return true
      case 'reset':
        res.socket?.destroy()
        return true
      case 'garbage':
        res.writeHead(200, { 'content-type': 'text/html' })
        res.end('<html><body>Service temporarily unavailable</body></html>')
        return true
      case 'truncate':
        if (!apiRoute) return false
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': 200 })
        // Flushed first, so the client sees the start of an answer that never ends.
        res.write('{"_id":"ber-', () => res.socket?.destroy())
        return true
      case 'delay':
        await new Promise(resolve => setTimeout(resolve, fault.ms))
        return false
      case 'trickle': {
        if (!apiRoute) return false
        res.writeHead(200, { 'content-type': 'application/json' })
        const text = '{"_id":"ber-trickled","status":"pending"}'
        for (const char of text) {
          if (res.destroyed) return true
          res.write(char)
          await new Promise(resolve => setTimeout(resolve, fault.intervalMs))
        }
        res.end()
        return true
      }
      case 'body':
        res.writeHead(200, { 'content-type': fault.contentType ?? 'text/html' })
        res.end(fault.body)
        return true
      default:
        return false
    }
  }

  private checkAuth(req: http.IncomingMessage, res: http.ServerResponse): boolean {
    const token = req.headers.auth
    const refuse = (msg: string): false => {
      sendJson(res, 401, { errors: [{ msg, code: 401 }] })
      return false
    }
    if (typeof token !== 'string' || !token) return refuse('auth header is missing')
    const decoded = jwt.decode(token, { complete: true })
    if (!decoded || typeof decoded.payload !== 'object') return refuse('error verifying the jwt')
    if (decoded.header.alg !== 'HS256') return refuse('error verifying the jwt: only HS256 is accepted')
    const appId = decoded.payload.appId
    const secret = typeof appId === 'string' ? this.apps[appId] : undefined
    if (!secret) return refuse('Invalid SDK credentials')
    let payload: jwt.JwtPayload
    try {
      payload = jwt.verify(token, secret, { algorithms: ['HS256'] }) as jwt.JwtPayload
    } catch {
      return refuse('error verifying the jwt')
    }
    if (!payload.sub) return refuse('error verifying the jwt: sub is missing')
    if (this.behaviour.enforceJti) {
      if (!payload.jti) return refuse('error verifying the jwt: jti is missing')
      if (!payload.exp || !payload.iat || payload.exp - payload.iat > 3600) {
        return refuse('error verifying the jwt: exp must be within one hour of iat')
      }
      if (this.seenJti.has(payload.jti)) return refuse('error verifying the jwt: possibly a replay')
      this.seenJti.add(payload.jti)
    }
    return true
  }

  private async startExport(req: http.IncomingMessage, res: http.ServerResponse, botId: string, body: string): Promise<void> {
    const fault = this.nextFault('export')
    if (await this.applyFault(fault, res)) return
    if (!this.checkAuth(req, res)) return
    if (!this.bots.has(botId)) return sendJson(res, 404, { errors: [{ msg: 'Bot not found', code: 404 }] })
    let request: { exportType?: unknown }
    try {
      request = JSON.parse(body)
    } catch {
      return sendJson(res, 400, { errors: [{ msg: 'Invalid JSON body', code: 400 }] })
    }
    if (request.exportType !== 'latest' && request.exportType !== 'published') {
      return sendJson(res, 400, { errors: [{ msg: 'exportType should be either latest or published', code: 400 }] })
    }
    this.exportBodies.push(request)
    const record = this.newExport(botId, request.exportType, request)
    if (fault?.kind === 'reset-after-work') {
      res.socket?.destroy()
      return
    }
    sendJson(res, 200, {
      _id: record._id,
      streamId: botId,
      status: 'pending',
      createdBy: 'u-simulator',
      exportType: record.exportType,
      requestType: 'Botexport',
      createdOn: record.createdOn,
      __v: 0
    })
  }

  private newExport(botId: string, exportType: string, body: unknown): ExportRecord {
    // Strictly increasing creation times, as two real exports a moment apart would have.
    const previous = this.latest.get(botId)
    const createdOn = new Date(Math.max(Date.now(), previous ? Date.parse(previous.createdOn) + 1 : 0)).toISOString()
    const record: ExportRecord = { _id: `ber-${randomUUID()}`, botId, exportType, createdOn, polls: 0, fileId: randomUUID(), body }
    this.latest.set(botId, record)
    return record
  }

  private async exportStatus(req: http.IncomingMessage, res: http.ServerResponse, botId: string): Promise<void> {
    if (await this.applyFault(this.nextFault('status'), res)) return
    if (!this.checkAuth(req, res)) return
    let record = this.latest.get(botId)
    if (!record) return sendJson(res, 404, { errors: [{ msg: 'No export found for this bot', code: 404 }] })
    record.polls++
    const { foreignExportAfterPolls } = this.behaviour
    if (foreignExportAfterPolls !== undefined && record.polls > foreignExportAfterPolls) {
      record = this.newExport(botId, record.exportType, {})
      this.behaviour.foreignExportAfterPolls = undefined
    }
    const settled = record.polls > this.behaviour.pendingPolls
    const status = settled ? this.behaviour.finalStatus : 'pending'
    const answer: Record<string, unknown> = {
      _id: record._id,
      botId,
      createdBy: 'u-simulator',
      exportType: record.exportType,
      requestType: 'Botexport',
      status,
      createdOn: record.createdOn,
      __v: 0
    }
    if (settled && status === 'success') {
      const signed = this.signedStorageUrl(record.fileId)
      answer.downloadURL = {
        storage: signed.href,
        relative: `/api/public/files/${record.fileId}/content${signed.search}`,
        redirect: `${this.host}/api/public/files/${record.fileId}/download`
      }[this.behaviour.link]
      answer.fileId = record.fileId
      answer.store = { urlParams: signed.search.slice(1) }
      if (!this.behaviour.omitFileSize) answer.fileSize = String(this.behaviour.zip.length + this.behaviour.fileSizeError)
      if (this.behaviour.downloadUrl !== undefined) answer.downloadURL = this.behaviour.downloadUrl
      if (this.behaviour.fileSize !== undefined) answer.fileSize = this.behaviour.fileSize
    } else if (settled) {
      Object.assign(answer, this.behaviour.failureFields)
    }
    Object.assign(answer, this.behaviour.statusFields)
    sendJson(res, 200, answer)
  }

  private signedStorageUrl(fileId: string): URL {
    const expires = String(Date.now() + 10 * 60_000)
    const url = new URL(`/exports/${fileId}.zip`, this.storageOrigin)
    url.searchParams.set('X-Expires', expires)
    url.searchParams.set('X-Signature', sign(fileId, expires))
    return url
  }

  /** Same-origin links: the platform serves the file itself, or redirects to storage. */
  private async platformFile(req: http.IncomingMessage, res: http.ServerResponse, url: URL, fileId: string, mode: string): Promise<void> {
    if (!this.checkAuth(req, res)) return
    if (mode === 'download') {
      res.writeHead(302, { location: this.signedStorageUrl(fileId).href })
      res.end()
      return
    }
    if (!this.validSignature(url, fileId)) return sendJson(res, 403, { errors: [{ msg: 'Link signature invalid', code: 403 }] })
    await this.sendZip(req, res)
  }

  private async serveStorage(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    const match = /^\/exports\/([^/]+)\.zip$/.exec(url.pathname)
    if (req.method !== 'GET' || !match) {
      res.writeHead(404).end()
      return
    }
    // Object storage has no business seeing the platform's token; a leak fails loudly here.
    if (req.headers.auth !== undefined) {
      res.writeHead(400, { 'content-type': 'application/xml' }).end('<Error><Code>UnexpectedCredential</Code></Error>')
      return
    }
    if (!this.validSignature(url, match[1])) {
      res.writeHead(403, { 'content-type': 'application/xml' }).end('<Error><Code>SignatureDoesNotMatch</Code></Error>')
      return
    }
    await this.sendZip(req, res)
  }

  private validSignature(url: URL, fileId: string): boolean {
    const expires = url.searchParams.get('X-Expires') ?? ''
    return url.searchParams.get('X-Signature') === sign(fileId, expires) && Number(expires) > Date.now()
  }

  private checksums = new WeakMap<Buffer, string>()

  /** Computed once per zip, as storage keeps it with the object: not a cost of serving. */
  private checksumOf(zip: Buffer): string {
    let checksum = this.checksums.get(zip)
    if (!checksum) this.checksums.set(zip, (checksum = createHash('sha256').update(zip).digest('base64')))
    return checksum
  }

  /** Serves the zip as object storage does: Range requests, and the SHA-256 in a header. */
  private async sendZip(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const fault = this.nextFault('download')
    if (fault?.kind === 'echo-query') {
      const query = new URL(req.url ?? '/', 'http://storage').searchParams
      const echoed = [...query].map(([name, value]) => `${name}=${value}`).join('; ')
      res.writeHead(403, { 'content-type': 'application/json' }).end(JSON.stringify({ message: `Request refused: ${echoed}` }))
      return
    }
    if (await this.applyFault(fault, res, false)) return
    const zip = this.behaviour.zip
    const range = /^bytes=(\d+)-$/.exec(req.headers.range ?? '')
    const from = range && this.behaviour.acceptRanges ? Number(range[1]) : 0
    if (from >= zip.length && from > 0) {
      res.writeHead(416, { 'content-range': `bytes */${zip.length}` }).end()
      return
    }
    const body = zip.subarray(from)
    res.writeHead(from > 0 ? 206 : 200, {
      'content-type': 'application/zip',
      'content-length': body.length,
      ...(this.behaviour.acceptRanges ? { 'accept-ranges': 'bytes' } : {}),
      ...(from > 0
        ? { 'content-range': `bytes ${from}-${zip.length - 1}/${zip.length}` }
        : { 'x-amz-checksum-sha256': this.checksumOf(zip) })
    })
    if (fault?.kind === 'stall' || fault?.kind === 'truncate') {
      await new Promise(flushed => res.write(body.subarray(0, fault.afterBytes), flushed))
      // Time for the client to take in what arrived before the connection goes (a truncation
      // in the same packet as the reset is a test of the kernel, not of the action).
      await new Promise(resolve => setTimeout(resolve, fault.kind === 'stall' ? fault.ms : 50))
      res.socket?.destroy()
      return
    }
    if (fault?.kind === 'corrupt') {
      const copy = Buffer.from(body)
      copy[copy.length >> 1] ^= 0xff
      res.end(copy)
      return
    }
    res.end(body)
  }
}

function sign(fileId: string, expires: string): string {
  return createHmac('sha256', SIGNING_KEY).update(`${fileId}:${expires}`).digest('hex')
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) })
  res.end(text)
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

/** Listens on 127.0.0.1 only; returns the port. */
async function listen(server: http.Server, port: number): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
  return (server.address() as AddressInfo).port
}
