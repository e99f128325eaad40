// A local stand-in for GitHub's cache service v2 (docs/design.md §3), good enough for the real
// @actions/cache 6.x client: Twirp JSON over HTTP for the metadata, Azurite for the blobs.
// Plain ESM JavaScript so tests (TS) and `npm run demo` (plain node) share it; types are in
// cache-server.d.mts. Run it standalone with `node test/support/cache-server.mjs`: it prints one
// JSON line `{"url":…,"env":{…}}` and serves until SIGINT/SIGTERM.
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
// Scopes (branch isolation) are not modelled: every entry is visible to every token.

import { createServer } from 'node:http'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { BlobSASPermissions, BlobServiceClient, StorageSharedKeyCredential, generateBlobSASQueryParameters } from '@azure/storage-blob'
import { startAzurite } from './azurite.mjs'

const SERVICE = 'github.actions.results.api.v1.CacheService'
const CONTAINER = 'actions-cache'
const MAX_BODY = 1024 * 1024

const b64url = (s) => Buffer.from(s).toString('base64url')

/**
 * A runtime-token-shaped JWT. The runner's real token is signed by GitHub; nothing here (nor the
 * action) verifies signatures, only the `ac` claim is read: a JSON *string* of [{Scope,Permission}].
 */
export function makeRuntimeToken({ scope = 'refs/heads/main', permission = 3, extraClaims = {} } = {}) {
  const now = Math.floor(Date.now() / 1000)
  const ac = JSON.stringify([{ Scope: scope, Permission: permission }])
  const payload = { ac, iat: now, nbf: now, exp: now + 6 * 3600, scp: 'Actions.Results', ...extraClaims }
  return `${b64url(JSON.stringify({ typ: 'JWT', alg: 'RS256' }))}.${b64url(JSON.stringify(payload))}.${b64url('unsigned')}`
}

function tokenPermissions(authHeader) {
  const m = /^Bearer\s+(\S+)$/i.exec(authHeader ?? '')
  if (!m) return undefined
  try {
    const payload = JSON.parse(Buffer.from(m[1].split('.')[1] ?? '', 'base64url').toString('utf8'))
    const ac = typeof payload.ac === 'string' ? JSON.parse(payload.ac) : []
    let bits = 0
    for (const s of Array.isArray(ac) ? ac : []) bits |= Number(s?.Permission) || 0
    return bits
  } catch {
    return 0
  }
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
  let readOnly = !!opts.readOnly
  let nextId = 1
  let seq = 0

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
    return `${container.getBlockBlobClient(blobName).url}?${sas}`
  }

  const find = (key, version, committed) =>
    [...entries.values()].find((e) => e.key === key && e.version === version && (!committed || e.finalized))

  const methods = {
    async CreateCacheEntry(body, perms) {
      const { key, version } = body
      if (!key || !version) return twirpError(400, 'invalid_argument', 'key and version are required')
      if (readOnly || (perms & 2) === 0) {
        return { ok: false, message: 'cache write denied: token has no writable scopes' }
      }
      if (find(key, version, false)) {
        return twirpError(409, 'already_exists', 'cache entry with the same key, version, and scope already exists')
      }
      const id = nextId++
      const blobName = `${id}-${version.slice(0, 12)}`
      entries.set(id, { id, key, version, blobName, finalized: false, sizeBytes: 0, seq: 0, createdAt: new Date() })
      return { ok: true, signed_upload_url: sasUrl(blobName, 'cw') }
    },
    async FinalizeCacheEntryUpload(body) {
      const entry = find(body.key, body.version, false)
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
    async GetCacheEntryDownloadURL(body, perms) {
      if ((perms & 1) === 0) return twirpError(403, 'permission_denied', 'cache read denied: token has no readable scopes')
      const match = lookup(body.key, body.restore_keys ?? [], body.version)
      if (!match) return { ok: false }
      match.lastAccessed = new Date()
      return { ok: true, signed_download_url: sasUrl(match.blobName, 'r'), matched_key: match.key }
    },
  }

  const lookup = (key, restoreKeys, version) => {
    const live = [...entries.values()].filter((e) => e.finalized && e.version === version)
    for (const k of [key, ...restoreKeys]) {
      if (!k) continue
      const exact = live.filter((e) => e.key === k).sort((a, b) => b.seq - a.seq)[0]
      if (exact) return exact
      const prefixed = live.filter((e) => e.key.startsWith(k)).sort((a, b) => b.seq - a.seq)[0]
      if (prefixed) return prefixed
    }
    return undefined
  }

  const server = createServer((req, res) => {
    const send = (status, obj, headers = {}) => {
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
        .then(({ status, body, headers }) => send(status, body, headers))
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
    const perms = tokenPermissions(req.headers.authorization)
    if (perms === undefined) return record(method, body, twirpError(401, 'unauthenticated', 'missing bearer token'))
    const fi = failures.findIndex((f) => !f.method || f.method === method)
    if (fi >= 0) {
      const f = failures[fi]
      if (--f.count <= 0) failures.splice(fi, 1)
      const out = twirpError(f.status, f.status === 429 ? 'resource_exhausted' : 'internal', f.message ?? `injected ${f.status}`)
      if (f.retryAfter !== undefined) out.headers = { 'retry-after': String(f.retryAfter) }
      return record(method, body, out)
    }
    const result = await methods[method](body, perms)
    return record(method, body, result.status ? result : { status: 200, body: result })
  }

  function record(method, request, out) {
    log.push({ method, request, status: out.status, response: out.body })
    return out
  }

  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', resolve)
  })
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address())
  const url = `http://127.0.0.1:${port}/`
  const token = makeRuntimeToken({ permission: opts.tokenPermission ?? (readOnly ? 1 : 3), scope: opts.scope })

  const env = {
    ACTIONS_CACHE_SERVICE_V2: 'true',
    ACTIONS_RESULTS_URL: url,
    ACTIONS_RUNTIME_TOKEN: token,
    RUNNER_TEMP: runnerTemp,
    // @actions/cache falls back to service v1 on anything it takes for GHES.
    GITHUB_SERVER_URL: 'https://github.com',
  }

  let stopped = false
  return {
    url,
    env,
    azurite,
    entries: () =>
      [...entries.values()].map(({ id, key, version, finalized, sizeBytes, createdAt }) => ({
        id,
        key,
        version,
        finalized,
        sizeBytes,
        createdAt,
      })),
    requests: () => log.slice(),
    setReadOnly(b) {
      readOnly = b
    },
    failNext(f) {
      failures.push({ count: 1, ...f })
    },
    clear() {
      entries.clear()
      failures.length = 0
      log.length = 0
    },
    tokenWith: (permission, scope) => makeRuntimeToken({ permission, scope }),
    async stop() {
      if (stopped) return
      stopped = true
      server.closeAllConnections?.()
      await new Promise((resolve) => server.close(() => resolve()))
      if (ownsAzurite) await azurite.stop()
      rmSync(runnerTemp, { recursive: true, force: true })
    },
  }
}

function twirpError(status, code, msg) {
  return { status, body: { code, msg } }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const svc = await startCacheService({ readOnly: process.argv.includes('--read-only') })
  process.stdout.write(`${JSON.stringify({ url: svc.url, env: svc.env })}\n`)
  const shutdown = () => void svc.stop().then(() => process.exit(0))
  process.once('SIGINT', shutdown)
  process.once('SIGTERM', shutdown)
}
