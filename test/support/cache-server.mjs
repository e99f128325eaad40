// A local stand-in for GitHub's cache service v2 (docs/design.md §3), good enough for the real
// @actions/cache 6.x client: Twirp JSON over HTTP for the metadata, Azurite for the blobs.
// Plain ESM JavaScript so tests (TS) and `npm run demo` (plain node) share it; types are in
// cache-server.d.mts. Run it standalone with `node test/support/cache-server.mjs`: it prints one
// JSON line `{"url":…,"env":{…}}` and serves until SIGINT/SIGTERM (`--read-only`, `--azure-urls`).
//
// Behaviour copied from the service as the client sees it (toolkit packages/cache 6.3.0):
// - CreateCacheEntry on an existing key+version → Twirp 409 `already_exists` with GitHub's text
//   "cache entry with the same key, version, and scope already exists"; the client logs
//   "Failed to save: Unable to reserve cache with key …" and returns -1.
// - A token without write permission (or setReadOnly(true)) → HTTP 200 `{ok:false, message:
//   "cache write denied: …"}`: the client matches that prefix and raises CacheWriteDeniedError.
//   A Twirp error status would not do: the client wraps thrown messages ("Failed to
//   CreateCacheEntry: …"), so `startsWith('cache write denied:')` only sees `message`.
// - GetCacheEntryDownloadURL miss → 200 `{ok:false}` (a miss, not an error). For each of
//   [key, ...restore_keys]: exact key first, then prefix; newest entry wins; version must match.
// - Every error body is JSON `{code,msg}`: the client JSON-parses error bodies, and a parse
//   failure counts as retryable (3 s back-off each), which would slow tests for no reason.
// - Scopes (branch isolation, design §10). The token's `ac` claim lists [{Scope, Permission}] in
//   order: the run's own ref, then (pull request runs) the base branch, then the default branch;
//   Permission bits 1 read, 2 write. A save goes to the FIRST scope with the write bit (none, or
//   setReadOnly(true) → "cache write denied"); key+version is unique per scope, and Finalize looks
//   for the pending entry in that same scope. A restore searches the readable scopes in token order
//   (own ref, base, default: "searches the current branch first …"), each with the rule above; the
//   first scope with a match wins. No readable scope → 403 permission_denied. Entries under a scope
//   the token does not list are invisible to it. evict() drops finalized entries (the 7-day
//   eviction of unused entries).
//
// Fault injection (issue 14), on the returned service object; each fault is a handle with `hits`,
// `waitForHits(n)` and `stop()`:
// - fault({method, kind}) on the Twirp methods: 'hang' (never answers), 'status' (a Twirp error,
//   429 → resource_exhausted + Retry-After), 'reset' (the connection is destroyed).
// - blobFault({op, kind, key}) on the blob traffic. Signed URLs point at a small HTTP proxy of
//   ours in front of Azurite (same URL shape as before: http://127.0.0.1:<port>/<account>/
//   <container>/<blob>?<sas>), which passes method, path, query, headers and bodies through and
//   can instead hang, answer an Azure-style error, cut the connection mid-body, or serve a short
//   blob. corruptEntry(key) rewrites a finalized entry's stored blob.
// - With `blobUrls: 'azure'` the signed URLs have the production shape
//   (http://<account>.blob.core.windows.net/<container>/<blob>?<sas>) and `env` routes them to the
//   proxy through HTTP_PROXY/HTTPS_PROXY: the toolkit then downloads with the Azure SDK (HEAD +
//   ranged GETs, segmentTimeoutInMs applies) as it does against GitHub, instead of one plain GET.

import { randomUUID } from 'node:crypto'
import { Agent, createServer, request as httpRequest } from 'node:http'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { BlobSASPermissions, BlobServiceClient, StorageSharedKeyCredential, generateBlobSASQueryParameters } from '@azure/storage-blob'
import { startAzurite } from './azurite.mjs'

const SERVICE = 'github.actions.results.api.v1.CacheService'
const CONTAINER = 'actions-cache'
const MAX_BODY = 1024 * 1024
/** The toolkit downloads with the Azure SDK only from hosts with this suffix (downloadUtils). */
const AZURE_BLOB_SUFFIX = '.blob.core.windows.net'
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authorization',
  'proxy-authenticate',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'expect',
])
const TWIRP_CODES = {
  400: 'invalid_argument',
  401: 'unauthenticated',
  403: 'permission_denied',
  404: 'not_found',
  409: 'already_exists',
  412: 'failed_precondition',
  429: 'resource_exhausted',
  499: 'canceled',
  501: 'unimplemented',
  503: 'unavailable',
  504: 'deadline_exceeded',
}
/** Azure Blob error codes and texts by status, as the service words them. */
const AZURE_ERRORS = {
  400: ['InvalidInput', 'One of the request inputs is not valid.'],
  403: ['AuthenticationFailed', 'Server failed to authenticate the request.'],
  404: ['BlobNotFound', 'The specified blob does not exist.'],
  409: ['InvalidBlobOrBlock', 'The specified blob or block content is invalid.'],
  412: ['ConditionNotMet', 'The condition specified using HTTP conditional header(s) is not met.'],
  416: ['InvalidRange', 'The range specified is invalid for the current size of the resource.'],
  500: ['InternalError', 'The server encountered an internal error. Please retry the request.'],
  503: ['ServerBusy', 'The server is busy.'],
}

const b64url = (s) => Buffer.from(s).toString('base64url')

/**
 * A runtime-token-shaped JWT. The runner's real token is signed by GitHub; nothing here (nor the
 * action) verifies signatures, only the `ac` claim is read: a JSON *string* of [{Scope,Permission}].
 * `scopes` (in order) wins over the single `scope`/`permission` pair.
 */
export function makeRuntimeToken({ scope = 'refs/heads/main', permission = 3, scopes, extraClaims = {} } = {}) {
  const now = Math.floor(Date.now() / 1000)
  const list = scopes ?? [{ scope, permission }]
  const ac = JSON.stringify(list.map((s) => ({ Scope: s.scope, Permission: s.permission })))
  const payload = { ac, iat: now, nbf: now, exp: now + 6 * 3600, scp: 'Actions.Results', ...extraClaims }
  return `${b64url(JSON.stringify({ typ: 'JWT', alg: 'RS256' }))}.${b64url(JSON.stringify(payload))}.${b64url('unsigned')}`
}

/**
 * The `ac` scopes of the request's bearer token, in order, as [{scope, permission}]; undefined
 * without a bearer token, [] when the token or its claim does not parse.
 */
function tokenScopes(authHeader) {
  const m = /^Bearer\s+(\S+)$/i.exec(authHeader ?? '')
  if (!m) return undefined
  try {
    const payload = JSON.parse(Buffer.from(m[1].split('.')[1] ?? '', 'base64url').toString('utf8'))
    const ac = typeof payload.ac === 'string' ? JSON.parse(payload.ac) : []
    return (Array.isArray(ac) ? ac : []).map((s) => ({ scope: String(s?.Scope ?? ''), permission: Number(s?.Permission) || 0 }))
  } catch {
    return []
  }
}

/** The scope a save from this token lands in: the first one with the write bit. */
const writeScope = (scopes) => scopes.find((s) => (s.permission & 2) !== 0)?.scope
/** The scopes a restore searches, in token order: those with the read bit. */
const readScopes = (scopes) => scopes.filter((s) => (s.permission & 1) !== 0).map((s) => s.scope)

/**
 * One injected fault: counts the requests it took (`hits`, at most `times`), holds the requests
 * it left unanswered, and releases them on stop() by destroying their connection ('reset') or by
 * letting them through after all ('continue').
 */
function createFault(spec, registry) {
  const times = spec.times ?? Infinity
  if (!(times >= 1)) throw new Error(`fault: times must be >= 1, got ${spec.times}`)
  let hits = 0
  let stopped = false
  const held = new Set()
  const waiters = new Set()
  const settle = () => {
    for (const w of waiters) {
      if (hits >= w.n) w.resolve()
      else if (stopped) w.reject(new Error(`fault stopped after ${hits} of ${w.n} hits`))
      else continue
      clearTimeout(w.timer)
      waiters.delete(w)
    }
  }
  const fault = {
    spec,
    active: () => !stopped && hits < times,
    hit() {
      hits++
      settle()
    },
    /** Keeps a request unanswered until stop(); `release` gets 'reset' or 'continue'. */
    hold(release, socket) {
      if (stopped) return release('reset')
      const h = { release }
      held.add(h)
      socket?.once('close', () => held.delete(h))
    },
    handle: {
      get hits() {
        return hits
      },
      get held() {
        return held.size
      },
      waitForHits(n = 1, timeoutMs = 10_000) {
        if (hits >= n) return Promise.resolve()
        if (stopped) return Promise.reject(new Error(`fault stopped after ${hits} of ${n} hits`))
        return new Promise((resolve, reject) => {
          const w = { n, resolve, reject, timer: undefined }
          w.timer = setTimeout(() => {
            waiters.delete(w)
            reject(new Error(`fault (${spec.kind}) had ${hits} of ${n} hits after ${timeoutMs} ms`))
          }, timeoutMs)
          waiters.add(w)
        })
      },
      stop({ release = 'reset' } = {}) {
        if (stopped) return
        stopped = true
        const i = registry.indexOf(fault)
        if (i >= 0) registry.splice(i, 1)
        const pending = [...held]
        held.clear()
        for (const h of pending) h.release(release)
        settle()
      },
    },
  }
  registry.push(fault)
  return fault
}

/** @param {import('./cache-server.d.mts').CacheServiceOptions} [opts] */
export async function startCacheService(opts = {}) {
  const azurite = opts.azurite ?? (await startAzurite())
  const ownsAzurite = !opts.azurite
  const credential = new StorageSharedKeyCredential(azurite.accountName, azurite.accountKey)
  const blobService = new BlobServiceClient(`${azurite.blobEndpoint}/${azurite.accountName}`, credential)
  const container = blobService.getContainerClient(CONTAINER)
  await container.createIfNotExists()

  const runnerTemp = mkdtempSync(join(tmpdir(), 'runner-temp-'))
  /** @type {Map<number, any>} */
  const entries = new Map()
  const failures = []
  const log = []
  const blobLog = []
  const twirpFaults = []
  const blobFaults = []
  let readOnly = !!opts.readOnly
  let nextId = 1
  let seq = 0
  const azureUrls = opts.blobUrls === 'azure'
  /** Set once the blob proxy listens: the base of every signed URL. */
  let blobBase = ''

  const sasUrl = (blobName, perms) => {
    const sas = generateBlobSASQueryParameters(
      {
        containerName: CONTAINER,
        blobName,
        permissions: BlobSASPermissions.parse(perms),
        expiresOn: new Date(Date.now() + 3600_000),
      },
      credential,
    ).toString()
    return `${blobBase}/${CONTAINER}/${encodeURIComponent(blobName)}?${sas}`
  }

  /** The entry (pending or finalized) with this key and version in this scope. */
  const find = (key, version, scope) => [...entries.values()].find((e) => e.key === key && e.version === version && e.scope === scope)

  const methods = {
    async CreateCacheEntry(body, scopes) {
      const { key, version } = body
      if (!key || !version) return twirpError(400, 'invalid_argument', 'key and version are required')
      const scope = writeScope(scopes)
      if (readOnly || scope === undefined) {
        return { ok: false, message: 'cache write denied: token has no writable scopes' }
      }
      if (find(key, version, scope)) {
        return twirpError(409, 'already_exists', 'cache entry with the same key, version, and scope already exists')
      }
      const id = nextId++
      const blobName = `${id}-${version.slice(0, 12)}`
      entries.set(id, { id, key, version, scope, blobName, finalized: false, sizeBytes: 0, seq: 0, createdAt: new Date() })
      return { ok: true, signed_upload_url: sasUrl(blobName, 'cw') }
    },
    async FinalizeCacheEntryUpload(body, scopes) {
      const scope = writeScope(scopes)
      const entry = scope === undefined ? undefined : find(body.key, body.version, scope)
      if (!entry || entry.finalized) return twirpError(404, 'not_found', 'no pending cache entry for key and version')
      const props = await container
        .getBlockBlobClient(entry.blobName)
        .getProperties()
        .catch(() => undefined)
      if (!props) return { ok: false, message: 'uploaded blob not found' }
      entry.finalized = true
      entry.sizeBytes = Number(body.size_bytes ?? props.contentLength ?? 0)
      entry.seq = ++seq
      return { ok: true, entry_id: String(entry.id) }
    },
    async GetCacheEntryDownloadURL(body, scopes) {
      const readable = readScopes(scopes)
      if (readable.length === 0) return twirpError(403, 'permission_denied', 'cache read denied: token has no readable scopes')
      // The first scope (own ref, then base, then default branch) with a match wins.
      const match = readable.reduce((found, scope) => found ?? lookup(scope, body.key, body.restore_keys ?? [], body.version), undefined)
      if (!match) return { ok: false }
      match.lastAccessed = new Date()
      return { ok: true, signed_download_url: sasUrl(match.blobName, 'r'), matched_key: match.key }
    },
  }

  /** GitHub's match within one scope: for each of [key, ...restoreKeys], exact then prefix, newest. */
  const lookup = (scope, key, restoreKeys, version) => {
    const live = [...entries.values()].filter((e) => e.finalized && e.version === version && e.scope === scope)
    for (const k of [key, ...restoreKeys]) {
      if (!k) continue
      const exact = live.filter((e) => e.key === k).sort((a, b) => b.seq - a.seq)[0]
      if (exact) return exact
      const prefixed = live.filter((e) => e.key.startsWith(k)).sort((a, b) => b.seq - a.seq)[0]
      if (prefixed) return prefixed
    }
    return undefined
  }

  // ---- Twirp ----------------------------------------------------------------------------------

  const server = createServer((req, res) => {
    const send = (status, obj, headers = {}) => {
      if (res.headersSent || res.destroyed) return
      res.writeHead(status, { 'content-type': 'application/json', ...headers })
      res.end(JSON.stringify(obj))
    }
    const chunks = []
    let size = 0
    req.on('data', (c) => {
      size += c.length
      if (size <= MAX_BODY) chunks.push(c)
    })
    req.on('end', () => {
      handle(req, Buffer.concat(chunks).toString('utf8'))
        .then((out) => {
          if (out.reset) return req.socket.destroy()
          if (out.hang) {
            return out.hang.hold((how) => {
              if (how !== 'continue') return req.socket.destroy()
              out.resume().then(
                (o) => send(o.status, o.body, o.headers),
                (err) => send(500, { code: 'internal', msg: String(err?.message ?? err) }),
              )
            }, req.socket)
          }
          send(out.status, out.body, out.headers)
        })
        .catch((err) => send(500, { code: 'internal', msg: String(err?.message ?? err) }))
    })
  })

  async function handle(req, raw) {
    const prefix = `/twirp/${SERVICE}/`
    const path = new URL(req.url ?? '/', 'http://x').pathname
    const method = path.startsWith(prefix) ? path.slice(prefix.length) : ''
    let body = {}
    try {
      body = raw ? JSON.parse(raw) : {}
    } catch {
      return record(method, body, twirpError(400, 'malformed', 'body is not JSON'))
    }
    if (req.method !== 'POST' || !Object.hasOwn(methods, method)) {
      return record(method, body, twirpError(404, 'bad_route', `no handler for ${req.method} ${path}`))
    }
    const scopes = tokenScopes(req.headers.authorization)
    if (scopes === undefined) return record(method, body, twirpError(401, 'unauthenticated', 'missing bearer token'))
    const fi = failures.findIndex((f) => !f.method || f.method === method)
    if (fi >= 0) {
      const f = failures[fi]
      if (--f.count <= 0) failures.splice(fi, 1)
      const out = twirpError(f.status, f.status === 429 ? 'resource_exhausted' : 'internal', f.message ?? `injected ${f.status}`)
      if (f.retryAfter !== undefined) out.headers = { 'retry-after': String(f.retryAfter) }
      return record(method, body, out, 'status')
    }
    const fault = twirpFaults.find((f) => f.active() && (!f.spec.method || f.spec.method === method))
    if (fault) {
      fault.hit()
      const { kind } = fault.spec
      if (kind === 'status') {
        const status = fault.spec.status ?? 500
        const out = twirpError(status, fault.spec.code ?? TWIRP_CODES[status] ?? 'internal', fault.spec.message ?? `injected ${status}`)
        if (fault.spec.retryAfter !== undefined) out.headers = { 'retry-after': String(fault.spec.retryAfter) }
        return record(method, body, out, 'status')
      }
      record(method, body, { status: 0, body: {} }, kind)
      if (kind === 'reset') return { reset: true }
      const rec = log[log.length - 1]
      const resume = async () => {
        const out = await answer(method, body, scopes)
        Object.assign(rec, { status: out.status, response: out.body })
        return out
      }
      return { hang: fault, resume }
    }
    return record(method, body, await answer(method, body, scopes))
  }

  async function answer(method, body, scopes) {
    const result = await methods[method](body, scopes)
    return result.status ? result : { status: 200, body: result }
  }

  function record(method, request, out, fault) {
    log.push({ method, request, status: out.status, response: out.body, ...(fault ? { fault } : {}) })
    return out
  }

  // ---- Blob proxy -----------------------------------------------------------------------------
  // Every signed URL points here; requests are forwarded to Azurite unchanged (method, path,
  // query, headers but the hop-by-hop ones, body) and so are the answers, unless a blob fault
  // takes the request. Absolute-form requests (HTTP_PROXY, `blobUrls: 'azure'`) for
  // <account>.blob.core.windows.net are mapped to Azurite's path style (/<account>/…).

  const upstream = new URL(azurite.blobEndpoint)
  const agent = new Agent({ keepAlive: true })
  const liveUpstream = new Set()

  const proxy = createServer((req, res) => {
    try {
      proxyRequest(req, res)
    } catch (err) {
      if (!res.headersSent) {
        res.writeHead(502, { 'content-type': 'text/plain' })
        res.end(`blob proxy: ${err?.message ?? err}`)
      } else res.destroy()
    }
  })
  // A hung upload keeps its request body unread: do not let Node answer 408 after 5 minutes.
  proxy.requestTimeout = 0

  function proxyRequest(req, res) {
    let path = req.url ?? '/'
    const absolute = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(path)
    if (absolute) {
      const host = new URL(path).hostname
      path = path.slice(absolute[0].length) || '/'
      if (!path.startsWith('/')) path = `/${path}`
      if (host.endsWith(AZURE_BLOB_SUFFIX)) path = `/${host.slice(0, -AZURE_BLOB_SUFFIX.length)}${path}`
    }
    const segments = path.split('?')[0].split('/')
    const blob = decodeURIComponent(segments.slice(3).join('/'))
    const key = [...entries.values()].find((e) => e.blobName === blob)?.key
    const op = req.method === 'PUT' ? 'upload' : req.method === 'GET' || req.method === 'HEAD' ? 'download' : undefined
    const range = req.headers['x-ms-range'] ?? req.headers['range']
    const rec = { op: op ?? 'other', method: req.method, blob, key, ...(range ? { range: String(range) } : {}), status: 0, bytes: 0 }
    blobLog.push(rec)

    const matches = (f) => f.spec.op === op && (f.spec.key === undefined || f.spec.key === key)
    // cut, truncate and a hang after some bytes shape a body: they take GETs only.
    const takes = (f) => (bodyFault(f.spec) ? req.method === 'GET' : true)
    const fault = op ? blobFaults.find((f) => f.active() && matches(f) && takes(f)) : undefined
    if (!fault) {
      // A short blob is short to HEAD too (the Azure SDK asks for the size before it reads).
      const short = req.method === 'HEAD' && blobFaults.find((f) => f.active() && matches(f) && f.spec.kind === 'truncate')
      return forward(req, res, path, rec, short ? { kind: 'truncate', afterBytes: short.spec.afterBytes ?? 0 } : undefined)
    }
    fault.hit()
    rec.fault = fault.spec.kind
    const { kind } = fault.spec
    if (kind === 'status') {
      const answerError = () => azureError(res, rec, fault.spec.status ?? 503, fault.spec, req)
      if (req.method === 'PUT') {
        req.on('end', answerError)
        req.on('error', () => {})
        req.resume()
      } else answerError()
      return
    }
    if (kind === 'hang' && fault.spec.afterBytes === undefined) {
      // Accept the request and never answer; an upload's body stays unread.
      return fault.hold((how) => (how === 'continue' ? forward(req, res, path, rec) : req.socket.destroy()), req.socket)
    }
    return forward(req, res, path, rec, { kind, afterBytes: fault.spec.afterBytes ?? 0, fault })
  }

  /** Sends the request on to Azurite and its answer back, shaped by `shape` when given. */
  function forward(req, res, path, rec, shape) {
    const headers = { Host: upstream.host }
    for (let i = 0; i < req.rawHeaders.length; i += 2) {
      const name = req.rawHeaders[i]
      const lower = name.toLowerCase()
      if (HOP_BY_HOP.has(lower) || lower === 'host') continue
      const value = req.rawHeaders[i + 1]
      headers[name] = Object.hasOwn(headers, name) ? [headers[name], value].flat() : value
    }
    const up = httpRequest({ host: upstream.hostname, port: upstream.port, method: req.method, path, headers, agent })
    liveUpstream.add(up)
    up.once('close', () => liveUpstream.delete(up))
    res.once('close', () => {
      if (!res.writableFinished) up.destroy()
    })
    up.on('error', (err) => {
      if (res.headersSent) return void res.destroy()
      rec.status = 502
      res.writeHead(502, { 'content-type': 'text/plain' })
      res.end(`blob proxy: ${err.message}`)
    })
    req.pipe(up)
    up.on('response', (ures) => {
      const out = {}
      for (let i = 0; i < ures.rawHeaders.length; i += 2) {
        const name = ures.rawHeaders[i]
        if (HOP_BY_HOP.has(name.toLowerCase())) continue
        const value = ures.rawHeaders[i + 1]
        out[name] = Object.hasOwn(out, name) ? [out[name], value].flat() : value
      }
      ures.on('data', (c) => (rec.bytes += c.length))
      const status = ures.statusCode ?? 502
      if (!shape || status < 200 || status >= 300) {
        rec.status = status
        res.writeHead(status, ures.statusMessage, out)
        return void ures.pipe(res)
      }
      shapeResponse(req, res, ures, status, out, rec, shape)
    })
  }

  function shapeResponse(req, res, ures, status, headers, rec, { kind, afterBytes, fault }) {
    const setHeader = (name, value) => {
      for (const k of Object.keys(headers)) if (k.toLowerCase() === name) delete headers[k]
      if (value !== undefined) headers[name] = value
    }
    const getHeader = (name) => Object.entries(headers).find(([k]) => k.toLowerCase() === name)?.[1]
    let limit = afterBytes
    if (kind === 'truncate') {
      const length = Number(getHeader('content-length') ?? 0)
      const m = /^bytes (\d+)-(\d+)\/(\d+|\*)$/.exec(String(getHeader('content-range') ?? ''))
      if (status === 206 && m) {
        // A range of a blob that is only `afterBytes` long.
        const start = Number(m[1])
        if (start >= afterBytes) {
          ures.destroy()
          return azureError(res, rec, 416, {}, req)
        }
        const end = Math.min(Number(m[2]), afterBytes - 1)
        limit = end - start + 1
        setHeader('content-range', `bytes ${start}-${end}/${afterBytes}`)
      } else limit = Math.min(length, afterBytes)
      setHeader('content-length', String(limit))
    }
    rec.status = status
    res.writeHead(status, ures.statusMessage, headers)
    if (req.method === 'HEAD') {
      ures.resume()
      return void res.end()
    }
    let sent = 0
    const atLimit = (head, rest) => {
      ures.off('data', onData)
      ures.pause()
      if (kind === 'truncate') {
        ures.destroy()
        return void res.end(head)
      }
      if (kind === 'cut') {
        ures.destroy()
        // Headers and `afterBytes` bytes reach the client, then the connection drops.
        return void res.write(head, () => res.socket?.destroy())
      }
      // hang after `afterBytes`: the body stalls until stop().
      if (head.length) res.write(head)
      else res.flushHeaders()
      fault.hold((how) => {
        if (how !== 'continue') {
          ures.destroy()
          return void res.socket?.destroy()
        }
        if (rest.length) res.write(rest)
        ures.pipe(res)
      }, res.socket)
    }
    const onData = (chunk) => {
      if (sent + chunk.length < limit) {
        sent += chunk.length
        return void res.write(chunk)
      }
      const room = limit - sent
      sent = limit
      atLimit(chunk.subarray(0, room), chunk.subarray(room))
    }
    if (limit <= 0) return atLimit(Buffer.alloc(0), Buffer.alloc(0))
    ures.on('data', onData)
    ures.on('end', () => {
      if (sent < limit) res.end() // the blob was shorter than the limit: nothing to cut
    })
  }

  function azureError(res, rec, status, spec, req) {
    const [code, text] = AZURE_ERRORS[status] ?? ['InternalError', 'Injected failure.']
    const errorCode = spec.code ?? code
    const requestId = randomUUID()
    const message = `${spec.message ?? text}\nRequestId:${requestId}\nTime:${new Date().toISOString()}`
    const xml = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${errorCode}</Code><Message>${escapeXml(message)}</Message></Error>`
    rec.status = status
    if (res.headersSent || res.destroyed) return
    res.writeHead(status, {
      'Content-Type': 'application/xml',
      'Content-Length': String(req.method === 'HEAD' ? 0 : Buffer.byteLength(xml)),
      'x-ms-error-code': errorCode,
      'x-ms-request-id': requestId,
      'x-ms-version': String(req.headers['x-ms-version'] ?? '2025-11-05'),
      Date: new Date().toUTCString(),
    })
    res.end(req.method === 'HEAD' ? undefined : xml)
  }

  // ---- start ----------------------------------------------------------------------------------

  const listen = (srv) =>
    new Promise((resolve, reject) => {
      srv.once('error', reject)
      srv.listen(0, '127.0.0.1', () => resolve(/** @type {import('node:net').AddressInfo} */ (srv.address()).port))
    })
  const port = await listen(server)
  const proxyPort = await listen(proxy)
  const proxyUrl = `http://127.0.0.1:${proxyPort}`
  blobBase = azureUrls ? `http://${azurite.accountName}${AZURE_BLOB_SUFFIX}` : `${proxyUrl}/${azurite.accountName}`
  const url = `http://127.0.0.1:${port}/`
  const token = makeRuntimeToken({ permission: opts.tokenPermission ?? (readOnly ? 1 : 3), scope: opts.scope })

  const env = {
    ACTIONS_CACHE_SERVICE_V2: 'true',
    ACTIONS_RESULTS_URL: url,
    ACTIONS_RUNTIME_TOKEN: token,
    RUNNER_TEMP: runnerTemp,
    // @actions/cache falls back to service v1 on anything it takes for GHES.
    GITHUB_SERVER_URL: 'https://github.com',
    // The Azure SDK (and http-client) reach <account>.blob.core.windows.net through the proxy.
    ...(azureUrls ? { HTTP_PROXY: proxyUrl, NO_PROXY: '127.0.0.1,localhost,::1' } : {}),
  }

  const validate = (spec, kinds) => {
    if (!kinds.includes(spec?.kind)) throw new Error(`fault: kind must be one of ${kinds.join(', ')}, got ${spec?.kind}`)
  }

  let stopped = false
  const stopFaults = () => {
    for (const f of [...twirpFaults, ...blobFaults]) f.handle.stop()
  }
  return {
    url,
    env,
    azurite,
    blobProxyUrl: proxyUrl,
    entries: () => [...entries.values()].map(entryInfo),
    entry(key, scope) {
      const all = [...entries.values()].filter((e) => e.key === key && (scope === undefined || e.scope === scope))
      const e = all.filter((x) => x.finalized).sort((a, b) => b.seq - a.seq)[0] ?? all.sort((a, b) => b.id - a.id)[0]
      return e && entryInfo(e)
    },
    requests: () => log.slice(),
    blobRequests: () => blobLog.slice(),
    setReadOnly(b) {
      readOnly = b
    },
    failNext(f) {
      failures.push({ count: 1, ...f })
    },
    fault(spec) {
      validate(spec, ['hang', 'status', 'reset'])
      return createFault({ ...spec }, twirpFaults).handle
    },
    blobFault(spec) {
      validate(spec, ['hang', 'status', 'cut', 'truncate'])
      if (spec.op !== 'upload' && spec.op !== 'download') throw new Error(`blobFault: op must be 'upload' or 'download', got ${spec.op}`)
      if (spec.op === 'upload' && bodyFault(spec)) throw new Error(`blobFault: '${spec.kind}' with afterBytes is a download fault`)
      return createFault({ ...spec }, blobFaults).handle
    },
    async corruptEntry(key, { truncateTo, replaceWith } = {}) {
      const targets = [...entries.values()].filter((e) => e.key === key && e.finalized)
      if (targets.length === 0) throw new Error(`corruptEntry: no finalized cache entry with key ${key}`)
      let result = { sizeBefore: 0, sizeAfter: 0 }
      for (const e of targets) {
        const blob = container.getBlockBlobClient(e.blobName)
        const before = await blob.downloadToBuffer()
        const after =
          replaceWith !== undefined
            ? Buffer.from(replaceWith)
            : before.subarray(0, Math.max(0, truncateTo ?? Math.floor(before.length / 2)))
        await blob.uploadData(after)
        result = { sizeBefore: before.length, sizeAfter: after.length }
      }
      return result
    },
    evict(keyOrPredicate) {
      const pick = typeof keyOrPredicate === 'function' ? keyOrPredicate : (e) => e.key === keyOrPredicate
      let removed = 0
      for (const e of [...entries.values()]) {
        if (e.finalized && pick(entryInfo(e))) {
          entries.delete(e.id)
          removed++
        }
      }
      return removed
    },
    clear() {
      stopFaults()
      entries.clear()
      failures.length = 0
      log.length = 0
      blobLog.length = 0
    },
    tokenWith: (permission, scope) => makeRuntimeToken({ permission, scope }),
    tokenFor: (scopes) => makeRuntimeToken({ scopes }),
    async stop() {
      if (stopped) return
      stopped = true
      stopFaults()
      for (const r of liveUpstream) r.destroy()
      for (const s of [server, proxy]) s.closeAllConnections?.()
      await Promise.all([server, proxy].map((s) => new Promise((resolve) => s.close(() => resolve()))))
      agent.destroy()
      if (ownsAzurite) await azurite.stop()
      rmSync(runnerTemp, { recursive: true, force: true })
    },
  }
}

const bodyFault = (spec) => spec.kind === 'cut' || spec.kind === 'truncate' || (spec.kind === 'hang' && spec.afterBytes !== undefined)

const entryInfo = ({ id, key, version, scope, finalized, sizeBytes, createdAt }) => ({
  id,
  key,
  version,
  scope,
  finalized,
  sizeBytes,
  createdAt,
})

const escapeXml = (s) => s.replace(/[<>&]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[c])

function twirpError(status, code, msg) {
  return { status, body: { code, msg } }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const svc = await startCacheService({
    readOnly: process.argv.includes('--read-only'),
    blobUrls: process.argv.includes('--azure-urls') ? 'azure' : 'local',
  })
  process.stdout.write(`${JSON.stringify({ url: svc.url, env: svc.env })}\n`)
  const shutdown = () => void svc.stop().then(() => process.exit(0))
  process.once('SIGINT', shutdown)
  process.once('SIGTERM', shutdown)
}
