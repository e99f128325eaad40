// Cache scopes (branch isolation) in the local cache service, driven by the real @actions/cache
// client in-process (docs/design.md §3, §10): a save lands in the token's first writable scope, a
// restore searches the readable scopes in token order (own ref, base branch, default branch) and
// the first scope with a match wins; entries under a scope the token does not list stay invisible.
import { randomUUID } from 'node:crypto'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import * as cache from '@actions/cache'
import { beforeAll, describe, expect, it } from 'vitest'
import { createActionsCacheClient } from '../src/cache/client.js'
import type { CacheService } from './support/cache-server.mjs'
import { useToolkitCache } from './support/toolkit-cache.js'

const MAIN = 'refs/heads/main'
const PR = 'refs/pull/5/merge'
const OTHER_PR = 'refs/pull/7/merge'

const { dir, useEnv, service } = useToolkitCache('cache-scopes-')
let svc: CacheService
beforeAll(() => {
  svc = service()
})
const client = createActionsCacheClient()

/** Tokens as the runner issues them: a default-branch run, and a pull request run (own ref, then main). */
const mainRun = (): string => svc.tokenFor([{ scope: MAIN, permission: 3 }])
const prRun = (): string =>
  svc.tokenFor([
    { scope: PR, permission: 3 },
    { scope: MAIN, permission: 1 },
  ])

/** Runs `fn` with the toolkit reading `token` as ACTIONS_RUNTIME_TOKEN. */
async function as<T>(token: string, fn: () => Promise<T>): Promise<T> {
  useEnv({ ACTIONS_RUNTIME_TOKEN: token })
  try {
    return await fn()
  } finally {
    useEnv({ ACTIONS_RUNTIME_TOKEN: svc.env.ACTIONS_RUNTIME_TOKEN })
  }
}

/** A fresh file path and a unique key prefix per test, so tests share one service. */
function fixture(): { file: string; prefix: string } {
  return { file: join(dir, `${randomUUID()}.db`), prefix: `s-${randomUUID()}-` }
}

async function save(token: string, file: string, key: string, content: string): Promise<number> {
  writeFileSync(file, content)
  return as(token, () => cache.saveCache([file], key))
}

/** A real restore into a removed file: the matched key and what the file then holds. */
async function restore(token: string, file: string, key: string, restoreKeys: string[] = []) {
  rmSync(file, { force: true })
  const matched = await as(token, () => cache.restoreCache([file], key, restoreKeys))
  return { matched, content: matched === undefined ? undefined : readFileSync(file, 'utf8') }
}

describe('cache scopes', () => {
  it('keeps a pull request save from a default-branch run, and gives it back to the same pull request', async () => {
    const { file, prefix } = fixture()
    expect(await save(prRun(), file, `${prefix}1-`, 'pr state')).toBeGreaterThan(0)
    expect(svc.entry(`${prefix}1-`)).toMatchObject({ scope: PR, finalized: true })

    expect(await restore(mainRun(), file, `${prefix}1-`, [prefix])).toEqual({ matched: undefined, content: undefined })
    expect(await restore(svc.env.ACTIONS_RUNTIME_TOKEN, file, `${prefix}1-`)).toEqual({ matched: undefined, content: undefined })
    // Another pull request lists its own ref and main, not this one.
    const otherPr = svc.tokenFor([
      { scope: OTHER_PR, permission: 3 },
      { scope: MAIN, permission: 1 },
    ])
    expect(await restore(otherPr, file, `${prefix}1-`, [prefix])).toEqual({ matched: undefined, content: undefined })

    expect(await restore(prRun(), file, `${prefix}1-`)).toEqual({ matched: `${prefix}1-`, content: 'pr state' })
  })

  it('gives a default-branch save to a pull request run that lists main after its own ref', async () => {
    const { file, prefix } = fixture()
    expect(await save(mainRun(), file, `${prefix}1-`, 'main state')).toBeGreaterThan(0)
    expect(svc.entry(`${prefix}1-`)?.scope).toBe(MAIN)
    expect(await restore(prRun(), file, `${prefix}2-`, [prefix])).toEqual({ matched: `${prefix}1-`, content: 'main state' })
    // A pull request token that does not list main does not see it.
    const ownOnly = svc.tokenFor([{ scope: PR, permission: 3 }])
    expect(await restore(ownOnly, file, `${prefix}1-`, [prefix])).toEqual({ matched: undefined, content: undefined })
  })

  it("prefers the run's own scope over a newer default-branch entry with the same prefix", async () => {
    const { file, prefix } = fixture()
    expect(await save(prRun(), file, `${prefix}pr-`, 'older, own scope')).toBeGreaterThan(0)
    expect(await save(mainRun(), file, `${prefix}main-`, 'newer, default branch')).toBeGreaterThan(0)

    expect(await restore(prRun(), file, `${prefix}none-`, [prefix])).toEqual({
      matched: `${prefix}pr-`,
      content: 'older, own scope',
    })
    // The default-branch run sees only its own entry.
    expect(await restore(mainRun(), file, `${prefix}none-`, [prefix])).toEqual({
      matched: `${prefix}main-`,
      content: 'newer, default branch',
    })
    // A key the own scope cannot match falls through to the default branch.
    expect(await restore(prRun(), file, `${prefix}main-`)).toEqual({ matched: `${prefix}main-`, content: 'newer, default branch' })
  })

  it('saves into the first writable scope when the default-branch scope is read-only', async () => {
    const { file, prefix } = fixture()
    const token = svc.tokenFor([
      { scope: MAIN, permission: 1 },
      { scope: OTHER_PR, permission: 3 },
    ])
    expect(await save(token, file, `${prefix}1-`, 'into the pr scope')).toBeGreaterThan(0)
    expect(svc.entries().filter((e) => e.key === `${prefix}1-`)).toMatchObject([{ scope: OTHER_PR, finalized: true }])
    expect(svc.entry(`${prefix}1-`, OTHER_PR)?.finalized).toBe(true)
    expect(svc.entry(`${prefix}1-`, MAIN)).toBeUndefined()
    expect(await restore(mainRun(), file, `${prefix}1-`)).toEqual({ matched: undefined, content: undefined })
    expect(await restore(token, file, `${prefix}1-`)).toEqual({ matched: `${prefix}1-`, content: 'into the pr scope' })
  })

  it('refuses a save from a token with no writable scope, and a restore from one with no readable scope', async () => {
    const { file, prefix } = fixture()
    const readOnly = svc.tokenFor([
      { scope: PR, permission: 1 },
      { scope: MAIN, permission: 1 },
    ])
    expect(await save(readOnly, file, `${prefix}1-`, 'x')).toBe(-1)
    const r = await as(readOnly, () => client.save([file], `${prefix}2-`))
    expect(r).toMatchObject({ saved: false, reason: 'write-denied' })
    expect(r.saved === false && r.detail).toMatch(/cache write denied:/)
    const creates = svc.requests().filter((q) => q.method === 'CreateCacheEntry' && String(q.request['key']).startsWith(prefix))
    expect(creates.map((q) => [q.status, q.response['ok'], q.response['message']])).toEqual([
      [200, false, 'cache write denied: token has no writable scopes'],
      [200, false, 'cache write denied: token has no writable scopes'],
    ])
    expect(svc.entries().filter((e) => e.key.startsWith(prefix))).toEqual([])

    const writeOnly = svc.tokenFor([{ scope: PR, permission: 2 }])
    expect(await save(writeOnly, file, `${prefix}3-`, 'write only')).toBeGreaterThan(0)
    expect(await as(writeOnly, () => client.restore([file], `${prefix}3-`, []))).toMatchObject({ hit: false, reason: 'read-denied' })
    expect(await restore(prRun(), file, `${prefix}3-`)).toEqual({ matched: `${prefix}3-`, content: 'write only' })
  })

  it('keeps the same key once per scope', async () => {
    const { file, prefix } = fixture()
    const key = `${prefix}1-`
    expect(await save(mainRun(), file, key, 'main copy')).toBeGreaterThan(0)
    expect(await save(prRun(), file, key, 'pr copy')).toBeGreaterThan(0)
    // A second save in the same scope is the usual 409, not a new entry.
    expect(await save(prRun(), file, key, 'pr again')).toBe(-1)
    expect(
      svc
        .requests()
        .filter((q) => q.method === 'CreateCacheEntry' && q.request['key'] === key)
        .map((q) => q.status),
    ).toEqual([200, 200, 409])
    expect(
      svc
        .entries()
        .filter((e) => e.key === key)
        .map((e) => e.scope)
        .sort(),
    ).toEqual([MAIN, PR])
    expect(await restore(prRun(), file, key)).toEqual({ matched: key, content: 'pr copy' })
    expect(await restore(mainRun(), file, key)).toEqual({ matched: key, content: 'main copy' })
  })

  it('misses after evict(), by key or by predicate', async () => {
    const { file, prefix } = fixture()
    const key = `${prefix}1-`
    expect(await save(mainRun(), file, key, 'main copy')).toBeGreaterThan(0)
    expect(await save(prRun(), file, key, 'pr copy')).toBeGreaterThan(0)
    expect(await restore(prRun(), file, key)).toEqual({ matched: key, content: 'pr copy' })

    // Evicting the pull request's entry: its run falls back to the default branch's.
    expect(svc.evict((e) => e.key === key && e.scope === PR)).toBe(1)
    expect(await restore(prRun(), file, key)).toEqual({ matched: key, content: 'main copy' })

    expect(svc.evict(key)).toBe(1)
    expect(svc.evict(key)).toBe(0)
    expect(svc.entries().filter((e) => e.key === key)).toEqual([])
    expect(await restore(prRun(), file, key, [prefix])).toEqual({ matched: undefined, content: undefined })
    expect(await restore(mainRun(), file, key, [prefix])).toEqual({ matched: undefined, content: undefined })
  })
})
