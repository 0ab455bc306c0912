// A stand-in for the Kore.ai XO Platform's public APIs the action uses, on 127.0.0.1: export
// and export status; upload, import, import status, publish and publish status. It checks the
// JWT the way an app that enforces JTI does and each app's scopes (App Builder apps export;
// Admin Console apps also import and publish), answers in the documented shapes, serves zips
// from a second origin (object storage, signed links), keeps what was imported into a bot so
// that a later export returns it, and can be told to be slow, to fail, or to misbehave in the
// ways a real platform does.
import { createHash, createHmac, randomUUID } from 'node:crypto'
import http from 'node:http'
import https from 'node:https'
import type { AddressInfo } from 'node:net'
import jwt from 'jsonwebtoken'
import {
  DEMO_ADMIN_CLIENT_ID,
  DEMO_ADMIN_CLIENT_SECRET,
  DEMO_BOT_ID,
  DEMO_CLIENT_ID,
  DEMO_CLIENT_SECRET,
  DEMO_TARGET_BOT_ID,
  demoBotFiles
} from './bot.js'
import { applyImport, dialogsOf, exportedFiles, type StoredBot } from './bot-store.js'
import { buildZip } from './zip.js'

export type Route =
  'export' | 'status' | 'download' | 'upload' | 'import' | 'import-status' | 'publish' | 'publish-status'

const ROUTES: Route[] = [
  'export',
  'status',
  'download',
  'upload',
  'import',
  'import-status',
  'publish',
  'publish-status'
]

/** What an app may call: App Builder apps export; Admin Console apps also import, publish and read the publish status. */
export type Scope = 'export' | 'import' | 'publish' | 'publish-status'

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
  /** Or: the export settles this long after it started, however often it is read. */
  readyAfterMs?: number
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
  /** How many import status reads answer "pending" (with statusLogs[0] "success", as the platform does). */
  importPendingPolls: number
  /** The word those reads answer with: "pending", or one the action does not know. */
  importPendingStatus: string
  /** The status an import settles on. */
  importFinalStatus: string
  /** statusLogs of a failed import. */
  importFailureLogs: { taskType: string; taskName: string; status: string }[]
  /** The import reports success and changes nothing. */
  importChangesNothing: boolean
  /** A full import (no importOptions) keeps what only the target has, even after a publish: a platform that treats it as incremental. */
  fullImportKeepsTargetOnly: boolean
  /** How many publish status reads answer "inprogress" (after any stale ones). */
  publishPendingPolls: number
  /** percentageComplete of those reads, one a read (the last one repeats). */
  publishProgress: number[]
  /**
   * The first reads after a publish answer with the previous publish (as documented: "the last
   * completed status request"): successful, 100 %. Without one, a publish of yesterday is made up.
   */
  publishStaleReads: number
  /** A new publish keeps the previous one's _id (only requestedTime tells them apart). */
  publishReusesId: boolean
  /** Scopes taken from every app: its calls are refused with code 4002, as the platform does. */
  revokedScopes: Scope[]
  /** The status a publish settles on. */
  publishFinalStatus: string
  /** The first dialog waits for an admin's approval instead of being published. */
  publishAwaitsApproval: boolean
}

export interface RecordedRequest {
  /** When it arrived (Date.now()). */
  at: number
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
  zip: Buffer
}

interface ImportRecord {
  _id: string
  botId: string
  polls: number
  /** No importOptions: a full import. */
  full: boolean
  request: { definition: Buffer; config: Buffer; keepVariables: string[]; appendUtterances: boolean }
}

interface PublishRecord {
  _id: string
  requestedTime: string
  polls: number
  previous?: PublishRecord
}

/** A file received by the Upload File API. */
export interface UploadedFile {
  fileId: string
  name: string
  bytes: Buffer
  fileContext: string
  fileExtension: string
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
    zip: buildZip(demoBotFiles()),
    importPendingPolls: 1,
    importPendingStatus: 'pending',
    importFinalStatus: 'success',
    importFailureLogs: [
      { taskType: 'Bot Definition', taskName: 'Travel Desk', status: 'success' },
      { taskType: 'Dialog', taskName: 'Book Flight', status: 'failed' },
      { taskType: 'BotVariables', taskName: 'apiKey', status: 'failed' }
    ],
    importChangesNothing: false,
    fullImportKeepsTargetOnly: false,
    publishPendingPolls: 1,
    publishProgress: [50],
    publishStaleReads: 0,
    publishReusesId: false,
    revokedScopes: [],
    publishFinalStatus: 'successful',
    publishAwaitsApproval: false
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
  /** Files received by the Upload File API, oldest first. */
  readonly uploads: UploadedFile[] = []
  /** The bodies of the import and publish requests received, newest last. */
  readonly importBodies: unknown[] = []
  readonly publishBodies: unknown[] = []
  private readonly faults = Object.fromEntries(ROUTES.map(route => [route, [] as Fault[]])) as Record<Route, Fault[]>
  private readonly standingFaults: Partial<Record<Route, Fault>> = {}
  private readonly latest = new Map<string, ExportRecord>()
  private readonly seenJti = new Set<string>()
  private readonly platform: http.Server
  private readonly storage: http.Server
  private readonly scheme: 'http' | 'https'
  private readonly hostnames: { platform: string; storage: string }
  /** The apps the simulator knows: the demo's App Builder app, and an Admin Console app. */
  private readonly apps: Record<string, { secret: string; scopes: Scope[] }> = {
    [DEMO_CLIENT_ID]: { secret: DEMO_CLIENT_SECRET, scopes: ['export'] },
    [DEMO_ADMIN_CLIENT_ID]: {
      secret: DEMO_ADMIN_CLIENT_SECRET,
      scopes: ['export', 'import', 'publish', 'publish-status']
    }
  }
  /** The demo bot, and a second bot to import into (as staging or production would be). */
  private readonly bots = new Set([DEMO_BOT_ID, DEMO_TARGET_BOT_ID])
  /** What was imported into each bot. */
  readonly stored = new Map<string, StoredBot>()
  private readonly imports = new Map<string, ImportRecord>()
  /** Each bot's newest publish, and the one before it (answered by the first reads after a new one). */
  private readonly publishes = new Map<string, PublishRecord>()
  private readonly madeUp = new Map<string, PublishRecord>()
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
    for (const route of ROUTES) this.faults[route].length = 0
    this.uploads.length = this.importBodies.length = this.publishBodies.length = 0
    this.stored.clear()
    this.imports.clear()
    this.publishes.clear()
    this.madeUp.clear()
    for (const route of Object.keys(this.standingFaults) as Route[]) delete this.standingFaults[route]
    this.latest.clear()
    this.zips.clear()
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

  private async handle(
    server: RecordedRequest['server'],
    req: http.IncomingMessage,
    res: http.ServerResponse
  ): Promise<void> {
    const rawBody = await readBody(req)
    const body = rawBody.toString('utf8')
    const url = new URL(req.url ?? '/', 'http://simulator')
    this.requests.push({
      at: Date.now(),
      server,
      method: req.method ?? '',
      path: url.pathname + url.search,
      headers: req.headers,
      body
    })
    try {
      if (server === 'storage') return await this.serveStorage(req, res, url)
      const exportMatch = /^\/api\/public\/bot\/([^/]+)\/export$/.exec(url.pathname)
      const statusMatch = /^\/api\/public\/bot\/([^/]+)\/export\/status$/.exec(url.pathname)
      const fileMatch = /^\/api\/public\/files\/([^/]+)\/(content|download)$/.exec(url.pathname)
      const importMatch = /^\/api\/public\/bot\/([^/]+)\/import$/.exec(url.pathname)
      const importStatusMatch = /^\/api\/public\/bot\/import\/status\/([^/]+)$/.exec(url.pathname)
      const publishMatch = /^\/api\/public\/bot\/([^/]+)\/publish$/.exec(url.pathname)
      const publishStatusMatch = /^\/api\/public\/bot\/([^/]+)\/publish\/status$/.exec(url.pathname)
      if (req.method === 'POST' && url.pathname === '/api/public/uploadfile')
        return await this.upload(req, res, rawBody)
      if (req.method === 'POST' && importMatch)
        return await this.startImport(req, res, decodeURIComponent(importMatch[1]), body)
      if (req.method === 'GET' && importStatusMatch)
        return await this.importStatus(req, res, decodeURIComponent(importStatusMatch[1]))
      if (req.method === 'POST' && publishMatch)
        return await this.publish(req, res, decodeURIComponent(publishMatch[1]), body)
      if (req.method === 'GET' && publishStatusMatch)
        return await this.publishStatus(req, res, decodeURIComponent(publishStatusMatch[1]))
      if (req.method === 'POST' && exportMatch)
        return await this.startExport(req, res, decodeURIComponent(exportMatch[1]), body)
      if (req.method === 'GET' && statusMatch)
        return await this.exportStatus(req, res, decodeURIComponent(statusMatch[1]))
      if (req.method === 'GET' && fileMatch) return await this.platformFile(req, res, url, fileMatch[1], fileMatch[2])
      return sendJson(res, 404, { errors: [{ msg: 'Not found', code: 404 }] })
    } catch (error) {
      if (!res.headersSent)
        sendJson(res, 500, { errors: [{ msg: `simulator: ${(error as Error).message}`, code: 500 }] })
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

  private checkAuth(req: http.IncomingMessage, res: http.ServerResponse, scope?: Scope): boolean {
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
    const app = typeof appId === 'string' ? this.apps[appId] : undefined
    if (!app) return refuse('Invalid SDK credentials')
    const secret = app.secret
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
    if (scope && (!app.scopes.includes(scope) || this.behaviour.revokedScopes.includes(scope))) {
      // As the platform answers an app without the call's scope.
      sendJson(res, 401, { errors: [{ msg: 'Permission denied. Scope is incorrect!', code: 4002 }] })
      return false
    }
    return true
  }

  private async startExport(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    botId: string,
    body: string
  ): Promise<void> {
    const fault = this.nextFault('export')
    if (await this.applyFault(fault, res)) return
    if (!this.checkAuth(req, res, 'export')) return
    if (!this.bots.has(botId)) return sendJson(res, 404, { errors: [{ msg: 'Bot not found', code: 404 }] })
    const request = jsonBody(res, body)
    if (!request) return
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
    // The zip is taken when the export starts: what was imported by then, else the configured zip.
    const stored = this.stored.get(botId)
    const version = stored && (exportType === 'published' ? (stored.published ?? stored.latest) : stored.latest)
    const zip = version ? buildZip(exportedFiles(version, body)) : this.behaviour.zip
    const record: ExportRecord = {
      _id: `ber-${randomUUID()}`,
      botId,
      exportType,
      createdOn,
      polls: 0,
      fileId: randomUUID(),
      body,
      zip
    }
    this.zips.set(record.fileId, zip)
    this.latest.set(botId, record)
    return record
  }

  private async exportStatus(req: http.IncomingMessage, res: http.ServerResponse, botId: string): Promise<void> {
    if (await this.applyFault(this.nextFault('status'), res)) return
    if (!this.checkAuth(req, res, 'export')) return
    let record = this.latest.get(botId)
    if (!record) return sendJson(res, 404, { errors: [{ msg: 'No export found for this bot', code: 404 }] })
    record.polls++
    const { foreignExportAfterPolls } = this.behaviour
    if (foreignExportAfterPolls !== undefined && record.polls > foreignExportAfterPolls) {
      record = this.newExport(botId, record.exportType, {})
      this.behaviour.foreignExportAfterPolls = undefined
    }
    const { readyAfterMs } = this.behaviour
    const settled =
      readyAfterMs !== undefined
        ? Date.now() - Date.parse(record.createdOn) >= readyAfterMs
        : record.polls > this.behaviour.pendingPolls
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
      if (!this.behaviour.omitFileSize) answer.fileSize = String(record.zip.length + this.behaviour.fileSizeError)
      if (this.behaviour.downloadUrl !== undefined) answer.downloadURL = this.behaviour.downloadUrl
      if (this.behaviour.fileSize !== undefined) answer.fileSize = this.behaviour.fileSize
    } else if (settled) {
      Object.assign(answer, this.behaviour.failureFields)
    }
    Object.assign(answer, this.behaviour.statusFields)
    sendJson(res, 200, answer)
  }

  /** Upload File: multipart, one file, `fileContext=bulkImport`; any app of the account may call it. */
  private async upload(req: http.IncomingMessage, res: http.ServerResponse, body: Buffer): Promise<void> {
    const fault = this.nextFault('upload')
    if (await this.applyFault(fault, res)) return
    if (!this.checkAuth(req, res)) return
    let form: FormData
    try {
      form = await new Request('http://simulator/', {
        method: 'POST',
        headers: { 'content-type': req.headers['content-type'] ?? '' },
        body
      }).formData()
    } catch {
      return sendJson(res, 400, { errors: [{ msg: 'Expected multipart/form-data', code: 400 }] })
    }
    const file = form.get('file')
    const fileContext = String(form.get('fileContext') ?? '')
    const fileExtension = String(form.get('fileExtension') ?? '')
    if (!(file instanceof Blob)) return sendJson(res, 400, { errors: [{ msg: 'file is required', code: 400 }] })
    if (fileContext !== 'bulkImport') return sendJson(res, 400, { errors: [{ msg: 'Invalid fileContext', code: 400 }] })
    if (!/^[a-z0-9]+$/.test(fileExtension))
      return sendJson(res, 400, { errors: [{ msg: 'Invalid fileExtension', code: 400 }] })
    const bytes = Buffer.from(await file.arrayBuffer())
    const uploaded: UploadedFile = {
      fileId: randomUUID().replace(/-/g, '').slice(0, 24),
      name: (file as File).name ?? '',
      bytes,
      fileContext,
      fileExtension
    }
    this.uploads.push(uploaded)
    if (fault?.kind === 'reset-after-work') {
      res.socket?.destroy()
      return
    }
    sendJson(res, 200, {
      fileId: uploaded.fileId,
      hash: createHash('md5').update(bytes).digest('hex'),
      fileName: uploaded.name
    })
  }

  private async startImport(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    botId: string,
    body: string
  ): Promise<void> {
    const fault = this.nextFault('import')
    if (await this.applyFault(fault, res)) return
    if (!this.checkAuth(req, res, 'import')) return
    // The platform's answer for a bot id the app's account does not hold.
    if (!this.bots.has(botId)) return sendJson(res, 400, { errors: [{ msg: 'Invalid StreamId', code: 400 }] })
    const request = jsonBody(res, body)
    if (!request) return
    const file = (id: unknown): UploadedFile | undefined => this.uploads.find(upload => upload.fileId === id)
    const definition = file(request.botDefinition)
    const config = file(request.configInfo)
    if (!definition || !config)
      return sendJson(res, 400, {
        errors: [{ msg: 'botDefinition and configInfo must be file ids from Upload File', code: 400 }]
      })
    if (
      request.botFunctions !== undefined &&
      (!Array.isArray(request.botFunctions) || !request.botFunctions.every(id => file(id)))
    ) {
      return sendJson(res, 400, { errors: [{ msg: 'botFunctions must be an array of file ids', code: 400 }] })
    }
    const options = (request.importOptions as Record<string, Record<string, Record<string, unknown>>> | undefined)
      ?.options
    if (options?.utterances?.append === true && options.utterances.replace === true) {
      return sendJson(res, 400, { errors: [{ msg: 'utterances: append and replace cannot both be true', code: 400 }] })
    }
    this.importBodies.push(request)
    const keepVariables = Array.isArray(options?.botVariables?.ignore) ? (options.botVariables.ignore as string[]) : []
    const appendUtterances = options?.utterances?.append === true
    // A body without importOptions is taken for a full import (the inference import/README.md states).
    const full = request.importOptions === undefined
    const record: ImportRecord = {
      _id: `bir-${randomUUID()}`,
      botId,
      polls: 0,
      full,
      request: { definition: definition.bytes, config: config.bytes, keepVariables, appendUtterances }
    }
    this.imports.set(record._id, record)
    if (fault?.kind === 'reset-after-work') {
      res.socket?.destroy()
      return
    }
    // As documented: the first log entry says success while the import is still pending.
    sendJson(res, 200, {
      _id: record._id,
      status: 'pending',
      statusLogs: [{ taskType: 'importRequest', taskName: 'Import request', status: 'success' }],
      streamRefId: botId,
      createdOn: new Date().toISOString()
    })
  }

  private async importStatus(req: http.IncomingMessage, res: http.ServerResponse, importId: string): Promise<void> {
    if (await this.applyFault(this.nextFault('import-status'), res)) return
    if (!this.checkAuth(req, res, 'import')) return
    const record = this.imports.get(importId)
    if (!record) return sendJson(res, 404, { errors: [{ msg: 'Import request not found', code: 404 }] })
    record.polls++
    const first = { taskType: 'importRequest', taskName: 'Import request', status: 'success' }
    if (record.polls <= this.behaviour.importPendingPolls)
      return sendJson(res, 200, {
        _id: record._id,
        status: this.behaviour.importPendingStatus,
        statusLogs: [first],
        streamId: record.botId
      })
    const status = this.behaviour.importFinalStatus
    if (
      status === 'success' &&
      !this.behaviour.importChangesNothing &&
      record.polls === this.behaviour.importPendingPolls + 1
    ) {
      const existing = this.stored.get(record.botId)
      const files = applyImport(record.botId, existing, record.request)
      // A full import removes what only the target has at the next publish.
      const atPublish =
        record.full && !this.behaviour.fullImportKeepsTargetOnly
          ? applyImport(record.botId, existing, record.request, 'replace')
          : undefined
      this.stored.set(record.botId, { ...existing, latest: files, atPublish })
    }
    const logs =
      status === 'success'
        ? [
            first,
            { taskType: 'Bot Definition', taskName: 'Bot definition', status: 'success' },
            { taskType: 'BotVariables', taskName: 'Bot variables', status: 'success' }
          ]
        : [first, ...this.behaviour.importFailureLogs]
    sendJson(res, 200, { _id: record._id, status, statusLogs: logs, streamId: record.botId })
  }

  private async publish(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    botId: string,
    body: string
  ): Promise<void> {
    const fault = this.nextFault('publish')
    if (await this.applyFault(fault, res)) return
    if (!this.checkAuth(req, res, 'publish')) return
    if (!this.bots.has(botId)) return sendJson(res, 404, { errors: [{ msg: 'Bot not found', code: 404 }] })
    const request = jsonBody(res, body)
    if (!request) return
    if (typeof request.versionComment !== 'string' || !request.versionComment)
      return sendJson(res, 400, { errors: [{ msg: 'versionComment is required', code: 400 }] })
    this.publishBodies.push(request)
    const stored = this.stored.get(botId)
    if (stored?.atPublish) {
      stored.latest = stored.atPublish
      delete stored.atPublish
    }
    if (stored) stored.published = stored.latest
    const previous = this.publishes.get(botId) ?? this.madeUpPublish(botId)
    this.publishes.set(botId, {
      _id: this.behaviour.publishReusesId && previous ? previous._id : `ds-${randomUUID()}`,
      requestedTime: new Date().toISOString(),
      polls: 0,
      previous: previous && { ...previous, previous: undefined }
    })
    const dialogs = stored ? dialogsOf(stored.latest) : [{ id: 'dg-simulated', name: 'Book Flight' }]
    sendJson(
      res,
      200,
      dialogs.map((dialog, index) => ({
        resourceType: 'dialog',
        resourceId: dialog.id,
        status: 'SUCCESS',
        result: {
          state: this.behaviour.publishAwaitsApproval && index === 0 ? 'awaitingApproval' : 'published',
          name: dialog.name
        }
      }))
    )
  }

  private async publishStatus(req: http.IncomingMessage, res: http.ServerResponse, botId: string): Promise<void> {
    if (await this.applyFault(this.nextFault('publish-status'), res)) return
    if (!this.checkAuth(req, res, 'publish-status')) return
    const record = this.publishes.get(botId) ?? this.madeUpPublish(botId)
    if (!record) return sendJson(res, 404, { errors: [{ msg: 'No publish request for this bot', code: 404 }] })
    if (!this.publishes.has(botId)) return sendJson(res, 200, publishAnswer(botId, record, 'successful', 100))
    record.polls++
    if (record.previous && record.polls <= this.behaviour.publishStaleReads)
      return sendJson(res, 200, publishAnswer(botId, record.previous, 'successful', 100))
    const reads = record.polls - (record.previous ? this.behaviour.publishStaleReads : 0)
    if (reads <= this.behaviour.publishPendingPolls) {
      const progress = this.behaviour.publishProgress
      return sendJson(
        res,
        200,
        publishAnswer(botId, record, 'inprogress', progress[Math.min(reads, progress.length) - 1] ?? 50)
      )
    }
    sendJson(res, 200, publishAnswer(botId, record, this.behaviour.publishFinalStatus, 100))
  }

  /** A publish of yesterday, when the stale answers need one and the bot has none. */
  private madeUpPublish(botId: string): PublishRecord | undefined {
    if (this.behaviour.publishStaleReads <= 0) return undefined
    let record = this.madeUp.get(botId)
    if (!record)
      this.madeUp.set(
        botId,
        (record = {
          _id: `ds-${randomUUID()}`,
          requestedTime: new Date(Date.now() - 86_400_000).toISOString(),
          polls: 0
        })
      )
    return record
  }

  private signedStorageUrl(fileId: string): URL {
    const expires = String(Date.now() + 10 * 60_000)
    const url = new URL(`/exports/${fileId}.zip`, this.storageOrigin)
    url.searchParams.set('X-Expires', expires)
    url.searchParams.set('X-Signature', sign(fileId, expires))
    return url
  }

  /** Same-origin links: the platform serves the file itself, or redirects to storage. */
  private async platformFile(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    url: URL,
    fileId: string,
    mode: string
  ): Promise<void> {
    if (!this.checkAuth(req, res)) return
    if (mode === 'download') {
      res.writeHead(302, { location: this.signedStorageUrl(fileId).href })
      res.end()
      return
    }
    if (!this.validSignature(url, fileId))
      return sendJson(res, 403, { errors: [{ msg: 'Link signature invalid', code: 403 }] })
    await this.sendZip(req, res, fileId)
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
    await this.sendZip(req, res, match[1])
  }

  private validSignature(url: URL, fileId: string): boolean {
    const expires = url.searchParams.get('X-Expires') ?? ''
    return url.searchParams.get('X-Signature') === sign(fileId, expires) && Number(expires) > Date.now()
  }

  /** Each export's zip, by file id. */
  private readonly zips = new Map<string, Buffer>()
  private checksums = new WeakMap<Buffer, string>()

  /** Computed once per zip, as storage keeps it with the object: not a cost of serving. */
  private checksumOf(zip: Buffer): string {
    let checksum = this.checksums.get(zip)
    if (!checksum) this.checksums.set(zip, (checksum = createHash('sha256').update(zip).digest('base64')))
    return checksum
  }

  /** Serves the zip as object storage does: Range requests, and the SHA-256 in a header. */
  private async sendZip(req: http.IncomingMessage, res: http.ServerResponse, fileId: string): Promise<void> {
    const fault = this.nextFault('download')
    if (fault?.kind === 'echo-query') {
      const query = new URL(req.url ?? '/', 'http://storage').searchParams
      const echoed = [...query].map(([name, value]) => `${name}=${value}`).join('; ')
      res
        .writeHead(403, { 'content-type': 'application/json' })
        .end(JSON.stringify({ message: `Request refused: ${echoed}` }))
      return
    }
    if (await this.applyFault(fault, res, false)) return
    const zip = this.zips.get(fileId) ?? this.behaviour.zip
    // As object storage does: an ETag for the object, and a range only for the object If-Range names.
    const etag = `"${this.checksumOf(zip).slice(0, 16)}"`
    const range = /^bytes=(\d+)-$/.exec(req.headers.range ?? '')
    const sameObject = req.headers['if-range'] === undefined || req.headers['if-range'] === etag
    const from = range && sameObject && this.behaviour.acceptRanges ? Number(range[1]) : 0
    if (from >= zip.length && from > 0) {
      res.writeHead(416, { 'content-range': `bytes */${zip.length}` }).end()
      return
    }
    const body = zip.subarray(from)
    res.writeHead(from > 0 ? 206 : 200, {
      'content-type': 'application/zip',
      'content-length': body.length,
      etag,
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

/** The Bot Publish Status answer, in the documented shape. */
function publishAnswer(
  botId: string,
  record: PublishRecord,
  status: string,
  percentageComplete: number
): Record<string, unknown> {
  const word = status.toLowerCase().replace(/[^a-z]/g, '')
  const settled = word !== 'inprogress'
  const nl = word === 'successful' ? 'SUCCESS' : settled ? 'FAILED' : 'INPROGRESS'
  return {
    _id: record._id,
    action: 'RUN',
    jobType: 'PUBLISH_BOT',
    streamId: botId,
    percentageComplete,
    requestedTime: record.requestedTime,
    status,
    statusSummary: [
      { resourceId: 'SETTINGS', resourceType: 'SETTINGS', name: 'Settings', status: 'SUCCESS' },
      { resourceId: 'NL', resourceType: 'NL', name: 'Natural Language', status: nl },
      ...(nl === 'SUCCESS'
        ? [
            {
              resourceId: 'AUTOVERSIONING',
              resourceType: 'AUTOVERSIONING',
              name: 'Creating New Version',
              status: 'SUCCESS'
            }
          ]
        : [])
    ]
  }
}

function sign(fileId: string, expires: string): string {
  return createHmac('sha256', SIGNING_KEY).update(`${fileId}:${expires}`).digest('hex')
}

/** A request's JSON object; otherwise a 400 answer, and undefined. */
function jsonBody(res: http.ServerResponse, body: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(body)
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>
  } catch {
    // Answered below.
  }
  sendJson(res, 400, { errors: [{ msg: 'Invalid JSON body', code: 400 }] })
  return undefined
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) })
  res.end(text)
}

async function readBody(req: http.IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/** Listens on 127.0.0.1 only; returns the port. */
async function listen(server: http.Server, port: number): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
  return (server.address() as AddressInfo).port
}
