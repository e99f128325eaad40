// Helpers shared by the scripted provider servers of provider-servers.mjs: sealing and signing
// with a server-held key, a rough token count, and the JSON server that records each request.
import { createServer } from 'node:http'
import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/** @param {string | undefined} secret */
export function keyOf(secret) {
  return secret === undefined ? randomBytes(32) : createHash('sha256').update(secret).digest()
}

/** AES-256-GCM of a JSON value, base64 (standard alphabet, as the providers' blobs). */
export function seal(/** @type {Buffer} */ key, /** @type {unknown} */ value) {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()])
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')
}

/** The value sealed in `blob`, or undefined when it was not sealed with `key` or was altered. */
export function unseal(/** @type {Buffer} */ key, /** @type {unknown} */ blob) {
  if (typeof blob !== 'string') return undefined
  try {
    const raw = Buffer.from(blob, 'base64')
    if (raw.toString('base64') !== blob || raw.length < 29) return undefined
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12))
    decipher.setAuthTag(raw.subarray(12, 28))
    return JSON.parse(Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8'))
  } catch {
    return undefined
  }
}

/** A signature binding `content`: base64(nonce ‖ HMAC-SHA256(key, nonce ‖ content)). */
export function sign(/** @type {Buffer} */ key, /** @type {string} */ content) {
  const nonce = randomBytes(16)
  const mac = createHmac('sha256', key).update(nonce).update(content, 'utf8').digest()
  return Buffer.concat([nonce, mac]).toString('base64')
}

export function verify(/** @type {Buffer} */ key, /** @type {unknown} */ signature, /** @type {string} */ content) {
  if (typeof signature !== 'string') return false
  const raw = Buffer.from(signature, 'base64')
  if (raw.length !== 48 || raw.toString('base64') !== signature) return false
  const mac = createHmac('sha256', key).update(raw.subarray(0, 16)).update(content, 'utf8').digest()
  return timingSafeEqual(mac, raw.subarray(16))
}

export function hex(/** @type {number} */ bytes) {
  return randomBytes(bytes).toString('hex')
}

/** Roughly what a tokenizer makes of a JSON value. */
export function tokens(/** @type {unknown} */ value) {
  return Math.ceil((typeof value === 'string' ? value : (JSON.stringify(value) ?? '')).length / 4)
}

/** Characters two strings share from the start. */
export function commonPrefix(/** @type {string} */ a, /** @type {string} */ b) {
  const n = Math.min(a.length, b.length)
  let i = 0
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++
  return i
}

/** @param {import('./provider-servers.d.mts').ProviderScriptInput | undefined} input */
export function normalizeScript(input) {
  if (input === undefined) return { turns: [], finalText: 'All done.', summaryText: undefined }
  if (Array.isArray(input)) return { turns: input, finalText: 'All done.', summaryText: undefined }
  return { turns: input.turns ?? [], finalText: input.finalText ?? 'All done.', summaryText: input.summaryText }
}

export class Refusal extends Error {
  /** @param {number} status @param {unknown} body */
  constructor(status, body) {
    super(`refused with ${status}`)
    this.status = status
    this.body = body
  }
}

/**
 * What a handler learnt of a request, recorded with it even when it is refused part way.
 * @typedef {{ turn?: number; summary?: boolean; inputTokens?: number; cacheRead?: number; cacheWrite?: number }} RequestFacts
 */

/**
 * An HTTP server answering JSON POSTs with `handle`, recording every request.
 * @param {import('./provider-servers.d.mts').ProviderServerOptions} options
 * @param {(ctx: { path: string; headers: import('node:http').IncomingHttpHeaders; body: any; call: number; record: RequestFacts }) =>
 *   { status: number; body: unknown; model?: string; error?: string; notes?: Record<string, unknown> }} handle
 * @param {(path: string) => unknown} badPath the body of a 404
 */
export async function serveJson(options, handle, badPath) {
  /** @type {import('./provider-servers.d.mts').ProviderRequest[]} */
  const requests = []
  const sockets = new Set()
  const server = createServer((req, res) => {
    const chunks = []
    req.on('data', (c) => chunks.push(c))
    req.on('end', () => {
      const path = new URL(req.url ?? '/', 'http://x').pathname
      const send = (/** @type {number} */ status, /** @type {unknown} */ body) => {
        res.writeHead(status, { 'content-type': 'application/json' })
        res.end(JSON.stringify(body))
      }
      if (req.method !== 'POST') return send(404, badPath(path))
      /** @type {any} */
      let body
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'))
      } catch {
        return send(400, { error: { message: 'We could not parse the JSON body of your request.', type: 'invalid_request_error' } })
      }
      const call = requests.length + 1
      /** @type {RequestFacts} */
      const record = {}
      /** @type {ReturnType<typeof handle>} */
      let out
      try {
        out = handle({ path, headers: req.headers, body, call, record })
      } catch (error) {
        if (!(error instanceof Refusal)) throw error
        out = { status: error.status, body: error.body }
      }
      requests.push({
        call,
        path,
        model: out.model ?? String(body?.model ?? ''),
        turn: record.turn ?? -1,
        summary: record.summary ?? false,
        inputTokens: record.inputTokens ?? 0,
        ...(record.cacheRead === undefined ? {} : { cacheRead: record.cacheRead }),
        ...(record.cacheWrite === undefined ? {} : { cacheWrite: record.cacheWrite }),
        status: out.status,
        ...(out.status === 200 ? {} : { error: errorText(out.body) }),
        headers: {
          authorization: req.headers.authorization,
          'x-api-key': /** @type {string|undefined} */ (req.headers['x-api-key']),
          'anthropic-version': /** @type {string|undefined} */ (req.headers['anthropic-version']),
          'x-goog-api-key': /** @type {string|undefined} */ (req.headers['x-goog-api-key']),
        },
        body,
        response: out.body,
        notes: out.notes ?? {},
      })
      send(out.status, out.body)
    })
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  const host = options.host ?? '127.0.0.1'
  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => resolve(undefined))
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    origin: `http://${host}:${port}`,
    port,
    requests,
    async close() {
      for (const s of sockets) s.destroy()
      await new Promise((resolve) => server.close(() => resolve(undefined)))
    },
  }
}

/** The message of any of the three providers' error bodies. */
export function errorText(/** @type {any} */ body) {
  return String(body?.error?.message ?? '')
}
