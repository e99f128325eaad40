// The real @actions/cache client against the local cache service + Azurite (docs/design.md §3).
import { randomUUID } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import * as cache from '@actions/cache'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createActionsCacheClient } from '../src/cache/client.js'
import { checkpointKey, primaryKey } from '../src/cache/keys.js'
import { restoreSessionDb, saveSessionDb } from '../src/cache/session-db.js'
import type { Log } from '../src/log.js'
import type { CacheService } from './support/cache-server.mjs'
import { useToolkitCache } from './support/toolkit-cache.js'

const { dir, useEnv, service } = useToolkitCache('cache-svc-')
let svc: CacheService
beforeAll(() => {
  svc = service()
})
const client = createActionsCacheClient()

beforeEach(() => {
  svc.setReadOnly(false)
  useEnv({ ACTIONS_RUNTIME_TOKEN: svc.env.ACTIONS_RUNTIME_TOKEN })
})

/** A fresh file path and a unique key prefix per test, so tests share one service. */
function fixture(content: string): { file: string; prefix: string } {
  const file = join(dir, `${randomUUID()}.db`)
  writeFileSync(file, content)
  return { file, prefix: `t-${randomUUID()}-` }
}

describe('@actions/cache against the local cache service', () => {
  it('saves and restores a real file', async () => {
    const { file, prefix } = fixture('session v1')
    const id = await cache.saveCache([file], `${prefix}1-`)
    expect(id).toBeGreaterThan(0)
    rmSync(file)
    expect(await cache.restoreCache([file], `${prefix}1-`)).toBe(`${prefix}1-`)
    expect(readFileSync(file, 'utf8')).toBe('session v1')
    expect(svc.entries().find((e) => e.key === `${prefix}1-`)?.finalized).toBe(true)
  })

  it('turns a duplicate key into a -1, not a throw, and keeps the first entry', async () => {
    const { file, prefix } = fixture('first')
    expect(await cache.saveCache([file], `${prefix}1-`)).toBeGreaterThan(0)
    writeFileSync(file, 'second')
    expect(await cache.saveCache([file], `${prefix}1-`)).toBe(-1)
    expect(await client.save([file], `${prefix}1-`)).toMatchObject({ saved: false, reason: 'exists' })
    rmSync(file)
    await cache.restoreCache([file], `${prefix}1-`)
    expect(readFileSync(file, 'utf8')).toBe('first')
    expect(svc.requests().some((r) => r.method === 'CreateCacheEntry' && r.status === 409)).toBe(true)
  })

  it('restores the newest entry among prefix matches', async () => {
    const { file, prefix } = fixture('attempt 1')
    await cache.saveCache([file], `${prefix}1-`)
    writeFileSync(file, 'attempt 2')
    await cache.saveCache([file], `${prefix}2-`)
    rmSync(file)
    expect(await cache.restoreCache([file], `${prefix}3-`, [prefix])).toBe(`${prefix}2-`)
    expect(readFileSync(file, 'utf8')).toBe('attempt 2')
  })

  it('lets a final save win over the checkpoints of its own attempt', async () => {
    const parts = { runId: randomUUID(), sessionKey: 'k', attempt: 1 }
    const { file } = fixture('checkpoint 1')
    const deps = { cache: client, log: quietLog() }
    expect(await saveSessionDb(deps, { ...parts, dbPath: file, checkpoint: 1 })).toMatchObject({
      saved: true,
      key: checkpointKey(parts, 1),
    })
    writeFileSync(file, 'final')
    expect(await saveSessionDb(deps, { ...parts, dbPath: file })).toMatchObject({ saved: true, key: primaryKey(parts) })
    rmSync(file)
    const next = { ...parts, attempt: 2 }
    const r = await restoreSessionDb({ cache: client, log: quietLog() }, { ...next, dbPath: file })
    expect(r).toMatchObject({ hit: true, restoredFromAttempt: 1, matchedKey: primaryKey(parts) })
    expect(r.fromCheckpoint).toBeUndefined()
    expect(readFileSync(file, 'utf8')).toBe('final')
  })

  it('does not let attempt 1 match attempt 10 (the -1/-10 trap)', async () => {
    const { file, prefix } = fixture('attempt 10')
    await cache.saveCache([file], `${prefix}10-`)
    // Without the terminator the primary key is a prefix of the other attempt's key …
    expect(await cache.restoreCache([file], `${prefix}1`, [], { lookupOnly: true })).toBe(`${prefix}10-`)
    // … with it, attempt 1 has nothing.
    expect(await cache.restoreCache([file], `${prefix}1-`, [], { lookupOnly: true })).toBeUndefined()
  })

  it('misses when the path string differs (version mismatch)', async () => {
    const { file, prefix } = fixture('x')
    await cache.saveCache([file], `${prefix}1-`)
    const sameFileOtherString = `${dir}/./${basename(file)}`
    expect(sameFileOtherString).not.toBe(file)
    expect(await client.restore([sameFileOtherString], `${prefix}1-`, [])).toMatchObject({ hit: false, reason: 'miss' })
    expect(await client.restore([file], `${prefix}1-`, [])).toEqual({ hit: true, matchedKey: `${prefix}1-` })
  })

  it('denies writes in read-only mode the way GitHub does, and still restores', async () => {
    const { file, prefix } = fixture('readable')
    await cache.saveCache([file], `${prefix}1-`)
    svc.setReadOnly(true)
    expect(await cache.saveCache([file], `${prefix}2-`)).toBe(-1)
    const r = await client.save([file], `${prefix}3-`)
    expect(r).toMatchObject({ saved: false, reason: 'write-denied' })
    expect(r.saved === false && r.detail).toMatch(/cache write denied:/)
    expect(await client.restore([file], `${prefix}9-`, [prefix])).toEqual({ hit: true, matchedKey: `${prefix}1-` })
  })

  it('denies writes for a token without the write bit', async () => {
    const { file, prefix } = fixture('ro token')
    useEnv({ ACTIONS_RUNTIME_TOKEN: svc.tokenWith(1) })
    expect(await client.save([file], `${prefix}1-`)).toMatchObject({ saved: false, reason: 'write-denied' })
    useEnv({ ACTIONS_RUNTIME_TOKEN: svc.tokenWith(0) })
    expect(await client.restore([file], `${prefix}1-`, [])).toMatchObject({ hit: false, reason: 'read-denied' })
  })

  it('classifies injected 429 and 5xx failures without throwing', async () => {
    const { file, prefix } = fixture('faulty')
    svc.failNext({ method: 'CreateCacheEntry', status: 429, retryAfter: 30 })
    expect(await client.save([file], `${prefix}1-`)).toMatchObject({ saved: false, reason: 'rate-limited' })
    svc.failNext({ method: 'CreateCacheEntry', status: 501 })
    expect(await client.save([file], `${prefix}1-`)).toMatchObject({ saved: false, reason: 'server-error' })
    expect(await client.save([file], `${prefix}1-`)).toMatchObject({ saved: true })
    svc.failNext({ method: 'GetCacheEntryDownloadURL', status: 429 })
    expect(await client.restore([file], `${prefix}1-`, [])).toMatchObject({ hit: false, reason: 'rate-limited' })
    svc.failNext({ method: 'FinalizeCacheEntryUpload', status: 501 })
    expect(await client.save([file], `${prefix}2-`)).toMatchObject({ saved: false, reason: 'server-error' })
  })

  it('survives one retryable 500 (the client retries after 3 s)', async () => {
    const { file, prefix } = fixture('retry')
    svc.failNext({ method: 'GetCacheEntryDownloadURL', status: 500 })
    expect(await client.restore([file], `${prefix}1-`, [])).toMatchObject({ hit: false, reason: 'miss' })
    expect(
      svc
        .requests()
        .filter((r) => r.request['key'] === `${prefix}1-`)
        .map((r) => r.status),
    ).toEqual([500, 200])
  })

  it('reports no cache service as unavailable and a missing file as missing-paths', async () => {
    const { file, prefix } = fixture('x')
    const missing = join(dir, 'nope.db')
    expect(await client.save([missing], `${prefix}1-`)).toMatchObject({ saved: false, reason: 'missing-paths' })
    useEnv({ ACTIONS_RESULTS_URL: undefined })
    try {
      expect(await client.save([file], `${prefix}1-`)).toMatchObject({ saved: false, reason: 'unavailable' })
      expect(await client.restore([file], `${prefix}1-`, [])).toMatchObject({ hit: false, reason: 'unavailable' })
    } finally {
      useEnv({ ACTIONS_RESULTS_URL: svc.env.ACTIONS_RESULTS_URL })
    }
  })

  it('carries a session DB across attempts, including a lost runner', async () => {
    const run = { runId: String(Date.now()), sessionKey: 'issue-7' }
    const { file: dbPath } = fixture('attempt 1 state')
    rmSync(dbPath)
    const deps = { cache: client, log: quietLog() }

    const r1 = await restoreSessionDb(deps, { ...run, attempt: 1, dbPath })
    expect(r1).toMatchObject({ hit: false, reason: 'miss' })
    writeFileSync(dbPath, 'attempt 1 state')
    expect(await saveSessionDb(deps, { ...run, attempt: 1, dbPath })).toMatchObject({ saved: true })
    expect(await saveSessionDb(deps, { ...run, attempt: 1, dbPath })).toMatchObject({ saved: false, reason: 'exists' })

    rmSync(dbPath) // fresh runner
    const r2 = await restoreSessionDb(deps, { ...run, attempt: 2, dbPath })
    expect(r2).toMatchObject({ hit: true, restoredFromAttempt: 1 })
    writeFileSync(dbPath, 'attempt 2 checkpoint')
    expect(await saveSessionDb(deps, { ...run, attempt: 2, dbPath, checkpoint: 1 })).toMatchObject({ saved: true })

    rmSync(dbPath) // runner lost: no post step, only the checkpoint survives
    const r3 = await restoreSessionDb(deps, { ...run, attempt: 3, dbPath })
    expect(r3).toMatchObject({ hit: true, restoredFromAttempt: 2, fromCheckpoint: 1 })
    expect(existsSync(dbPath) && readFileSync(dbPath, 'utf8')).toBe('attempt 2 checkpoint')
  })

  it('restores on a runner with other paths: the version hashes a fixed relative path, not where the DB is', async () => {
    const run = { runId: String(Date.now()), sessionKey: 'pool' }
    const deps = { cache: client, log: quietLog() }
    const runner = (name: string, depth: string) => {
      const dbPath = join(dir, name, depth, '_temp', 'agent-resume', 'pool', 'session.db')
      mkdirSync(dirname(dbPath), { recursive: true })
      return { dbPath, workspace: join(dir, name, depth, 'work', 'repo', 'repo') }
    }
    const a = runner('runner-a', '.')
    const b = runner('runner-b', 'x/y')
    const cwd = process.cwd()
    useEnv({ GITHUB_WORKSPACE: a.workspace })
    writeFileSync(a.dbPath, 'checkpoint on runner a')
    expect(await saveSessionDb(deps, { ...run, attempt: 1, dbPath: a.dbPath, checkpoint: 1 })).toMatchObject({ saved: true })
    writeFileSync(a.dbPath, 'saved on runner a')
    expect(await saveSessionDb(deps, { ...run, attempt: 1, dbPath: a.dbPath })).toMatchObject({ saved: true })
    expect([process.cwd(), process.env['GITHUB_WORKSPACE']]).toEqual([cwd, a.workspace])

    rmSync(a.dbPath)
    useEnv({ GITHUB_WORKSPACE: b.workspace })
    const r = await restoreSessionDb(deps, { ...run, attempt: 2, dbPath: b.dbPath })
    expect(r).toMatchObject({ hit: true, restoredFromAttempt: 1 })
    expect(readFileSync(b.dbPath, 'utf8')).toBe('saved on runner a')
    // Nothing was written anywhere else: not at runner a's path, in either workspace, or a stage left behind.
    expect(readdirSync(dirname(a.dbPath))).toEqual([])
    expect(readdirSync(dirname(b.dbPath))).toEqual(['session.db'])
    expect([a.workspace, b.workspace].filter((p) => existsSync(p))).toEqual([])
    expect([process.cwd(), process.env['GITHUB_WORKSPACE']]).toEqual([cwd, b.workspace])
    const versions = new Set(
      svc
        .entries()
        .filter((e) => e.key.includes(run.runId))
        .map((e) => e.version),
    )
    expect(versions.size).toBe(1)
    useEnv({ GITHUB_WORKSPACE: dir })
  })
})

function quietLog(): Pick<Log, 'info' | 'warning'> & { lines: string[] } {
  const lines: string[] = []
  return { lines, info: (m) => lines.push(m), warning: (m) => lines.push(`warning: ${m}`) }
}
