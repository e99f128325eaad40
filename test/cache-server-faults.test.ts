// Fault injection in the local cache service (issue 14), driving the real @actions/cache 6.3.0
// client in-process: what the toolkit does when a Twirp call hangs, is rate-limited, fails or
// is reset, and when a blob upload or download hangs, stalls, is cut, is short or is damaged.
// Every case ends in well under a second except the two that show the toolkit's own fixed
// waits (the 5 s socket timeout on a stalled download); the 5-attempt back-off on a 500 runs on
// fake timers.
import { randomBytes, randomUUID } from 'node:crypto'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import * as cache from '@actions/cache'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { startAzurite, type AzuriteHandle } from './support/azurite.mjs'
import { startCacheService, type CacheService } from './support/cache-server.mjs'
import { tempDir } from './support/temp.js'

const dir = tempDir('cache-faults-')
const realSetTimeout = globalThis.setTimeout
const sleep = (ms: number): Promise<void> => new Promise((resolve) => realSetTimeout(resolve, ms))

let azurite: AzuriteHandle
/** signed URLs of the shape the service always gave: http://127.0.0.1:<proxy>/<account>/… */
let svc: CacheService
/** production-shaped signed URLs (…blob.core.windows.net) reached through HTTP_PROXY */
let az: CacheService

const savedEnv: Record<string, string | undefined> = {}
function setEnv(env: Record<string, string | undefined>): void {
  for (const [k, v] of Object.entries(env)) {
    if (!(k in savedEnv)) savedEnv[k] = process.env[k]
    if (v === undefined) delete process.env[k]
    else process.env[k] = v
  }
}
/** Points the toolkit at `s` (its env, and no proxy unless `s` sets one). */
function use(s: CacheService): void {
  setEnv({ HTTP_PROXY: undefined, NO_PROXY: undefined, ...s.env })
}

beforeAll(async () => {
  azurite = await startAzurite()
  ;[svc, az] = await Promise.all([startCacheService({ azurite }), startCacheService({ azurite, blobUrls: 'azure' })])
  setEnv({ GITHUB_WORKSPACE: dir, ACTIONS_CACHE_MODE: undefined, SEGMENT_DOWNLOAD_TIMEOUT_MINS: undefined })
})

afterAll(async () => {
  for (const [k, v] of Object.entries(savedEnv)) {
    if (v === undefined) delete process.env[k]
    else process.env[k] = v
  }
  await Promise.all([svc?.stop(), az?.stop()])
  await azurite?.stop()
})

interface Run<T> {
  value: T
  /** What the toolkit wrote to stdout (@actions/core: ::warning::, ::debug::, info lines). */
  log: string
  ms: number
}

/** Runs a toolkit call with its stdout captured (CACHE_TEST_VERBOSE=1 also prints it). */
async function capture<T>(fn: () => Promise<T>): Promise<Run<T>> {
  let log = ''
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    log += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')
    return true
  })
  const started = Date.now()
  try {
    const value = await fn()
    return { value, log, ms: Date.now() - started }
  } finally {
    spy.mockRestore()
    if (process.env['CACHE_TEST_VERBOSE']) process.stdout.write(log)
  }
}

/** A promise whose settlement can be checked without awaiting it. */
function track<T>(p: Promise<T>): { p: Promise<T>; settled: () => boolean } {
  let settled = false
  p.then(
    () => (settled = true),
    () => (settled = true),
  )
  return { p, settled: () => settled }
}

/** A fresh random file (64 KiB by default: its archive is as big, zstd cannot shrink it) and key. */
function fixture(size = 64 * 1024): { file: string; key: string; content: Buffer } {
  const file = join(dir, `${randomUUID()}.bin`)
  const content = randomBytes(size)
  writeFileSync(file, content)
  return { file, key: `faults-${randomUUID()}-1-`, content }
}

/** A saved entry, its file then removed (the fresh runner of a re-run). */
async function savedEntry(s: CacheService, size?: number): Promise<{ file: string; key: string; content: Buffer }> {
  const f = fixture(size)
  const { value: id } = await capture(() => cache.saveCache([f.file], f.key))
  expect(id).toBeGreaterThan(0)
  expect(s.entry(f.key)?.finalized).toBe(true)
  rmSync(f.file)
  return f
}

const blobOf = (s: CacheService, key: string) => s.blobRequests().filter((r) => r.key === key)

describe('Twirp faults', () => {
  it('a hang on GetCacheEntryDownloadURL keeps restoreCache pending until stop() releases it', async () => {
    use(svc)
    const { file, key, content } = await savedEntry(svc)

    const hang = svc.fault({ method: 'GetCacheEntryDownloadURL', kind: 'hang' })
    const run = track(capture(() => cache.restoreCache([file], key)))
    await hang.waitForHits(1)
    await sleep(300)
    expect(run.settled()).toBe(false)
    expect(hang.held).toBe(1)
    expect(svc.requests().at(-1)).toMatchObject({ method: 'GetCacheEntryDownloadURL', status: 0, fault: 'hang', request: { key } })
    // Released as a dropped connection: the toolkit does not retry ECONNRESET (a NetworkError).
    const stoppedAt = Date.now()
    hang.stop()
    const r = await run.p
    expect(Date.now() - stoppedAt).toBeLessThan(1000)
    expect(r.value).toBeUndefined()
    expect(r.log).toContain('::warning::Failed to restore: Failed to GetCacheEntryDownloadURL: Unable to make request: ECONNRESET')
    expect(hang.hits).toBe(1)
    expect(hang.held).toBe(0)

    // Released with 'continue': the held request is answered after all and the restore succeeds.
    const again = svc.fault({ method: 'GetCacheEntryDownloadURL', kind: 'hang', times: 1 })
    const run2 = track(capture(() => cache.restoreCache([file], key)))
    await again.waitForHits(1)
    await sleep(200)
    expect(run2.settled()).toBe(false)
    again.stop({ release: 'continue' })
    expect((await run2.p).value).toBe(key)
    expect(readFileSync(file)).toEqual(content)
    expect(svc.requests().filter((q) => q.fault === 'hang' && q.request['key'] === key)).toMatchObject([
      { status: 0 },
      { status: 200, response: { ok: true, matched_key: key } },
    ])
  })

  it('a 429 with Retry-After reaches the client, which warns and does not retry', async () => {
    use(svc)
    const { file, key } = await savedEntry(svc)
    const limited = svc.fault({ method: 'GetCacheEntryDownloadURL', kind: 'status', status: 429, retryAfter: 30 })
    const r = await capture(() => cache.restoreCache([file], key))
    expect(r.value).toBeUndefined()
    expect(r.log).toContain("::warning::You've hit a rate limit, your rate limit will reset in 30 seconds")
    expect(r.log).toContain(
      '::warning::Failed to restore: Failed to GetCacheEntryDownloadURL: Rate limited: Failed request: (429) Too Many Requests: injected 429',
    )
    expect(limited.hits).toBe(1)

    // On the wire: the status, the header and the Twirp code.
    const res = await fetch(new URL('twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL', svc.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${svc.env.ACTIONS_RUNTIME_TOKEN}` },
      body: JSON.stringify({ key, version: 'v' }),
    })
    expect(res.status).toBe(429)
    expect(res.headers.get('retry-after')).toBe('30')
    expect(await res.json()).toEqual({ code: 'resource_exhausted', msg: 'injected 429' })
    limited.stop()
    expect(svc.requests().filter((q) => q.request['key'] === key && q.fault === 'status')).toHaveLength(2)
  })

  it('a persistent 500 on CreateCacheEntry: 5 attempts with back-off, then saveCache returns -1', async () => {
    use(svc)
    const { file, key } = fixture()
    const failing = svc.fault({ method: 'CreateCacheEntry', kind: 'status', status: 500 })
    // The toolkit sleeps 3 s, then ×1.5 (jittered) between attempts, ~24–35 s in all: fake time.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    let r: Run<number>
    let fakeMs = 0
    try {
      const run = track(capture(() => cache.saveCache([file], key)))
      while (!run.settled() && fakeMs < 120_000) {
        await sleep(5)
        await vi.advanceTimersByTimeAsync(500)
        fakeMs += 500
      }
      r = await run.p
    } finally {
      vi.useRealTimers()
      failing.stop()
    }
    expect(r.value).toBe(-1)
    expect(failing.hits).toBe(5)
    const waits = [
      ...r.log.matchAll(
        /Attempt (\d) of 5 failed with error: Failed request: \(500\) Internal Server Error: injected 500\. Retrying request in (\d+) ms/g,
      ),
    ]
    expect(waits.map((m) => Number(m[1]))).toEqual([1, 2, 3, 4])
    const total = waits.reduce((sum, m) => sum + Number(m[2]), 0)
    expect(total).toBeGreaterThanOrEqual(3000 + 4500 + 6750 + 10125)
    expect(total).toBeLessThan(3000 + 6750 + 10125 + 15188)
    expect(r.log).toContain(
      '::debug::Failed to reserve cache: Error: Failed to CreateCacheEntry: Failed to make request after 5 attempts: Failed request: (500) Internal Server Error: injected 500',
    )
    // The toolkit's last word is an info line (ReserveCacheError), not a ::warning::.
    expect(r.log).toContain(`Failed to save: Unable to reserve cache with key ${key}, another job may be creating this cache.`)
    expect(r.log).not.toContain('::warning::')
    expect(svc.entry(key)).toBeUndefined()
  })

  it('a reset on CreateCacheEntry is not retried: -1 at once', async () => {
    use(svc)
    const { file, key } = fixture()
    const reset = svc.fault({ method: 'CreateCacheEntry', kind: 'reset', times: 1 })
    const r = await capture(() => cache.saveCache([file], key))
    expect(r.value).toBe(-1)
    expect(r.ms).toBeLessThan(2000)
    expect(reset.hits).toBe(1)
    expect(r.log).toContain('::debug::Failed to reserve cache: Error: Failed to CreateCacheEntry: Unable to make request: ECONNRESET')
    expect(svc.requests().at(-1)).toMatchObject({ method: 'CreateCacheEntry', status: 0, fault: 'reset' })
    // times: 1 is spent: the next save goes through.
    expect((await capture(() => cache.saveCache([file], key))).value).toBeGreaterThan(0)
  })
})

describe('blob faults, local URLs (the toolkit downloads with one http-client GET)', () => {
  it('passes blob traffic through faithfully, ranged GETs and x-ms-* headers included', async () => {
    use(svc)
    const { file, key, content } = await savedEntry(svc)
    expect((await capture(() => cache.restoreCache([file], key))).value).toBe(key)
    expect(readFileSync(file)).toEqual(content)
    expect(blobOf(svc, key).map((b) => [b.method, b.status])).toEqual([
      ['PUT', 201],
      ['GET', 200],
    ])
    const lookup = svc.requests().findLast((q) => q.method === 'GetCacheEntryDownloadURL' && q.response['matched_key'] === key)
    const url = String(lookup?.response['signed_download_url'])
    expect(url.startsWith(`${svc.blobProxyUrl}/${azurite.accountName}/actions-cache/`)).toBe(true)
    const ranged = await fetch(url, { headers: { 'x-ms-range': 'bytes=0-9', 'x-ms-version': '2025-11-05' } })
    expect(ranged.status).toBe(206)
    expect(ranged.headers.get('content-range')).toBe(`bytes 0-9/${svc.entry(key)?.sizeBytes}`)
    // Azurite answered the x-ms-range it was sent, with its own x-ms-* headers passed back.
    expect(ranged.headers.get('x-ms-version')).toBeTruthy()
    expect(ranged.headers.get('x-ms-request-id')).toBeTruthy()
    expect((await ranged.arrayBuffer()).byteLength).toBe(10)
    // An Azure-style error, as the SDK parses it.
    const busy = svc.blobFault({ op: 'download', kind: 'status', key, times: 1 })
    const err = await fetch(url)
    expect(err.status).toBe(503)
    expect(err.headers.get('x-ms-error-code')).toBe('ServerBusy')
    expect(await err.text()).toMatch(
      /^<\?xml version="1.0" encoding="utf-8"\?><Error><Code>ServerBusy<\/Code><Message>The server is busy\./,
    )
    expect(busy.hits).toBe(1)
  })

  it('a download cut after 100 bytes fails the restore at once, without a retry', async () => {
    use(svc)
    const { file, key } = await savedEntry(svc)
    const cut = svc.blobFault({ op: 'download', kind: 'cut', key, afterBytes: 100 })
    const r = await capture(() => cache.restoreCache([file], key))
    expect(r.value).toBeUndefined()
    expect(r.log).toContain('::warning::Failed to restore: aborted')
    expect(r.ms).toBeLessThan(2000)
    expect(cut.hits).toBe(1)
    expect(existsSync(file)).toBe(false)
    cut.stop()
  })

  it('a truncated download (a blob that is simply short) fails at extraction, and can leave a partial file', async () => {
    use(svc)
    const { file, key } = await savedEntry(svc, 1024 * 1024)
    const short = svc.blobFault({ op: 'download', kind: 'truncate', key, afterBytes: 600_000, times: 1 })
    const r = await capture(() => cache.restoreCache([file], key))
    expect(r.value).toBeUndefined()
    // The length check passes (Content-Length matches what came); zstd/tar find the damage.
    expect(r.log).toContain('Cache Size: ~1 MB (600000 B)')
    expect(r.log).toMatch(/::warning::Failed to restore: "[^"]*tar" failed with error: The process '[^']*tar' failed with exit code 2/)
    expect(short.hits).toBe(1)
    // What tar extracted before the data ran out stays: restoreCache says "no", the path holds a stump.
    expect(existsSync(file)).toBe(true)
    expect(readFileSync(file).length).toBeGreaterThan(0)
    expect(readFileSync(file).length).toBeLessThan(1024 * 1024)
  })

  it('corruptEntry damages the stored archive: a later restore fails at extraction', async () => {
    use(svc)
    const { file, key } = await savedEntry(svc)
    const sizeBytes = svc.entry(key)?.sizeBytes
    expect(await svc.corruptEntry(key, { truncateTo: 100 })).toEqual({ sizeBefore: sizeBytes, sizeAfter: 100 })
    expect(svc.entry(key)).toMatchObject({ finalized: true, sizeBytes })
    const r = await capture(() => cache.restoreCache([file], key))
    expect(r.value).toBeUndefined()
    expect(r.log).toContain(`Cache hit for: ${key}`)
    expect(r.log).toContain('Cache Size: ~0 MB (100 B)')
    expect(r.log).toMatch(/::warning::Failed to restore: "[^"]*tar" failed/)

    await svc.corruptEntry(key, { replaceWith: 'not an archive' })
    const r2 = await capture(() => cache.restoreCache([file], key))
    expect(r2.value).toBeUndefined()
    expect(r2.log).toMatch(/::warning::Failed to restore: "[^"]*tar" failed/)
    await expect(svc.corruptEntry('no-such-key')).rejects.toThrow(/no finalized cache entry/)
  })

  it('an upload hang keeps saveCache pending until stop(); the SDK then retries the PUT and the save completes', async () => {
    use(svc)
    const { file, key } = fixture()
    const hang = svc.blobFault({ op: 'upload', kind: 'hang', key })
    const run = track(capture(() => cache.saveCache([file], key)))
    await hang.waitForHits(1)
    await sleep(300)
    expect(run.settled()).toBe(false)
    expect(svc.entry(key)).toMatchObject({ finalized: false })
    expect(blobOf(svc, key)).toMatchObject([{ method: 'PUT', status: 0, fault: 'hang' }])
    hang.stop()
    const r = await run.p
    expect(r.value).toBeGreaterThan(0)
    expect(svc.entry(key)).toMatchObject({ finalized: true })
    // ECONNRESET is retriable for the SDK's storage retry policy; its first retry has no delay.
    expect(blobOf(svc, key).map((b) => [b.method, b.status, b.fault])).toEqual([
      ['PUT', 0, 'hang'],
      ['PUT', 201, undefined],
    ])
  })

  it('Azure errors: a 503 on upload is retried by the SDK, a 500 on download fails the restore', async () => {
    use(svc)
    const { file, key } = fixture()
    const busy = svc.blobFault({ op: 'upload', kind: 'status', key, times: 1 })
    expect((await capture(() => cache.saveCache([file], key))).value).toBeGreaterThan(0)
    expect(blobOf(svc, key).map((b) => b.status)).toEqual([503, 201])
    expect(busy.hits).toBe(1)

    const broken = svc.blobFault({ op: 'download', kind: 'status', key, status: 500 })
    const r = await capture(() => cache.restoreCache([file], key))
    expect(r.value).toBeUndefined()
    // http-client's retry() retries 502/503/504 only (2 tries, 5 s apart): a 500 ends it at once.
    expect(r.log).toContain('::warning::Failed to restore: downloadCache failed: Cache service responded with 500')
    expect(broken.hits).toBe(1)
    broken.stop()
  })

  it('a download that hangs or stalls ignores DownloadOptions timeouts on this path; a stall ends at the 5 s socket timeout', async () => {
    use(svc)
    const { file, key, content } = await savedEntry(svc)
    const options = { timeoutInMs: 200, segmentTimeoutInMs: 200 }

    const hang = svc.blobFault({ op: 'download', kind: 'hang', key })
    const run = track(capture(() => cache.restoreCache([file], key, [], options)))
    await hang.waitForHits(1)
    await sleep(600)
    expect(run.settled()).toBe(false) // http-client waits 3 min for headers, then once more
    hang.stop({ release: 'continue' })
    expect((await run.p).value).toBe(key)
    expect(readFileSync(file)).toEqual(content)
    rmSync(file)

    const stall = svc.blobFault({ op: 'download', kind: 'hang', key, afterBytes: 1000 })
    const r = await capture(() => cache.restoreCache([file], key, [], options))
    expect(r.value).toBeUndefined()
    expect(r.log).toContain('::warning::Failed to restore: Premature close')
    expect(r.ms).toBeGreaterThanOrEqual(4900)
    expect(r.ms).toBeLessThan(8000)
    expect(stall.hits).toBe(1)
    stall.stop()
  })
})

describe("blob faults, production-shaped URLs (blobUrls: 'azure': the toolkit downloads with the Azure SDK)", () => {
  it('restores through the proxy with a HEAD and ranged GETs', async () => {
    use(az)
    expect(az.env['HTTP_PROXY']).toBe(az.blobProxyUrl)
    const { file, key, content } = await savedEntry(az)
    const r = await capture(() => cache.restoreCache([file], key))
    expect(r.value).toBe(key)
    expect(readFileSync(file)).toEqual(content)
    const size = az.entry(key)?.sizeBytes ?? 0
    expect(blobOf(az, key).map((b) => [b.method, b.status, b.range])).toEqual([
      ['PUT', 201, undefined],
      ['HEAD', 200, undefined],
      ['GET', 206, `bytes=0-${size - 1}`],
    ])
    const lookup = az.requests().findLast((q) => q.response['matched_key'] === key)
    expect(String(lookup?.response['signed_download_url'])).toMatch(
      new RegExp(`^http://${azurite.accountName}\\.blob\\.core\\.windows\\.net/actions-cache/`),
    )
  })

  it('segmentTimeoutInMs bounds a stalled download', async () => {
    use(az)
    const { file, key } = await savedEntry(az)
    const stall = az.blobFault({ op: 'download', kind: 'hang', key, afterBytes: 1000 })
    const r = await capture(() => cache.restoreCache([file], key, [], { segmentTimeoutInMs: 500 }))
    expect(r.value).toBeUndefined()
    expect(r.log).toContain('::warning::Failed to restore: Aborting cache download as the download time exceeded the timeout.')
    expect(r.ms).toBeGreaterThanOrEqual(450)
    expect(r.ms).toBeLessThan(3000)
    expect(stall.hits).toBe(1)
    stall.stop()
  })

  it('a hang on the size lookup (HEAD) is bounded by no toolkit timeout', async () => {
    use(az)
    const { file, key, content } = await savedEntry(az)
    const hang = az.blobFault({ op: 'download', kind: 'hang', key, times: 1 })
    const run = track(capture(() => cache.restoreCache([file], key, [], { timeoutInMs: 200, segmentTimeoutInMs: 200 })))
    await hang.waitForHits(1)
    await sleep(800)
    expect(run.settled()).toBe(false)
    expect(blobOf(az, key).at(-1)).toMatchObject({ method: 'HEAD', status: 0, fault: 'hang' })
    // A reset HEAD is retried by the SDK at once; times: 1 is spent, so that retry succeeds.
    hang.stop()
    expect((await run.p).value).toBe(key)
    expect(readFileSync(file)).toEqual(content)
  })

  it('a cut is not retried either: Node reports the early close as an abort, which the SDK gives up on', async () => {
    use(az)
    const { file, key } = await savedEntry(az)
    const cut = az.blobFault({ op: 'download', kind: 'cut', key, afterBytes: 100, times: 1 })
    const r = await capture(() => cache.restoreCache([file], key))
    expect(r.value).toBeUndefined()
    expect(r.log).toContain('::warning::Failed to restore: The operation was aborted.')
    expect(cut.hits).toBe(1)
    expect(blobOf(az, key).map((b) => b.method)).toEqual(['PUT', 'HEAD', 'GET'])
  })

  it('a truncated blob looks short to the HEAD too, and fails at extraction', async () => {
    use(az)
    const { file, key } = await savedEntry(az)
    const short = az.blobFault({ op: 'download', kind: 'truncate', key, afterBytes: 1000, times: 1 })
    const r = await capture(() => cache.restoreCache([file], key))
    expect(r.value).toBeUndefined()
    expect(r.log).toContain('Received 1000 of 1000 (100.0%)')
    expect(r.log).toMatch(/::warning::Failed to restore: "[^"]*tar" failed/)
    expect(blobOf(az, key).map((b) => [b.method, b.range, b.fault])).toEqual([
      ['PUT', undefined, undefined],
      ['HEAD', undefined, undefined],
      ['GET', 'bytes=0-999', 'truncate'],
    ])
    expect(short.hits).toBe(1)
  })
})

describe('stop()', () => {
  it("destroys the connections a service's faults hold, so nothing waits on a stopped service", async () => {
    const own = await startCacheService({ azurite })
    use(own)
    const { file, key } = fixture()
    const hang = own.fault({ kind: 'hang' })
    const run = track(capture(() => cache.restoreCache([file], key)))
    await hang.waitForHits(1)
    await own.stop()
    const r = await run.p
    expect(r.value).toBeUndefined()
    expect(r.log).toContain('Unable to make request: ECONNRESET')
    expect(hang.held).toBe(0)
    expect(() => own.blobFault({ op: 'download', kind: 'cut', afterBytes: 1, times: 1 }).stop()).not.toThrow()
  })
})
