// Restoring the newest entry that works, and saving through a service that refuses for now, with
// the cache port played by an in-memory service that keeps GitHub's lookup rules (exact key, then
// restore keys as prefixes, newest wins). The decisions under test: which entries are tried, in
// which order, within what budget, and what is said.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { CacheClient, RestoreResult, SaveResult } from '../src/cache/client.js'
import { checkpointKey, olderProbes, primaryKey, restorePrefix } from '../src/cache/keys.js'
import { restoreSessionDb, saveSessionDb } from '../src/cache/session-db.js'
import { inspectRestored } from '../src/main/restore.js'
import { processDriver } from '../src/store/driver.js'
import { tempDir } from './support/temp.js'

const dir = tempDir('cache-fallback-')
const parts = { runId: '42', sessionKey: 'agent' }
let n = 0

/** An entry: what restoring it writes to the DB path; two words are faults: 'cut' (the download fails), 'hang' (its budget runs out). */
type Body = string

function service(entries: Array<[string, Body]>) {
  const calls: string[] = []
  const lookup = (keys: string[]) => {
    for (const k of keys) {
      const exact = entries.filter(([key]) => key === k).at(-1)
      if (exact) return exact
      const prefixed = entries.filter(([key]) => key.startsWith(k)).at(-1)
      if (prefixed) return prefixed
    }
    return undefined
  }
  const client: CacheClient = {
    async restore([path], primary, restoreKeys, options = {}): Promise<RestoreResult> {
      const found = lookup([primary, ...restoreKeys])
      calls.push(`${options.lookupOnly ? 'lookup' : 'get'} ${primary}${restoreKeys.length ? ` [${restoreKeys.join(',')}]` : ''}`)
      if (!found) return { hit: false, reason: 'miss', detail: '' }
      if (options.lookupOnly) return { hit: true, matchedKey: found[0] }
      if (found[1] === 'cut') return { hit: false, reason: 'error', detail: 'Aborted: the download was cut' }
      if (found[1] === 'hang') return { hit: false, reason: 'timeout', detail: `gave up after ${options.timeoutMs} ms` }
      writeFileSync(join(options.root!, path!), found[1])
      return { hit: true, matchedKey: found[0] }
    },
    async save(): Promise<SaveResult> {
      return { saved: true, cacheId: 1 }
    },
  }
  return { client, calls }
}

const logLines = () => {
  const lines: string[] = []
  return { lines, log: { info: (m: string) => lines.push(`info: ${m}`), warning: (m: string) => lines.push(`warning: ${m}`) } }
}

async function restore(entries: Array<[string, Body]>, attempt = 2) {
  const { client, calls } = service(entries)
  const { lines, log } = logLines()
  const dbPath = join(dir, `s${++n}.db`)
  const setAside: string[] = []
  const r = await restoreSessionDb(
    {
      cache: client,
      log,
      inspect: (p) => (readFileSync(p, 'utf8').startsWith('GOOD') ? undefined : 'not a session database'),
      setAside: (_, why) => void setAside.push(why),
    },
    { ...parts, attempt, dbPath, timeoutMs: 5_000 },
  )
  return { r, calls, lines, setAside, content: existsSync(dbPath) ? readFileSync(dbPath, 'utf8') : undefined }
}

const a = (attempt: number) => primaryKey({ ...parts, attempt })
const c = (attempt: number, seq: number) => checkpointKey({ ...parts, attempt }, seq)

describe('olderProbes', () => {
  it('goes from a bad entry to the same attempt’s other saves, then to earlier attempts', () => {
    expect(olderProbes({ attempt: 2 }, parts)).toEqual([{ prefix: `${a(2)}c` }, { prefix: a(1) }])
    expect(olderProbes({ attempt: 2, checkpoint: 3 }, parts)).toEqual([
      { exact: a(2) },
      { prefix: `${a(2)}c` },
      { exact: c(2, 2) },
      { prefix: a(1) },
    ])
    expect(olderProbes({ attempt: 1, checkpoint: 1_000_000 }, parts)).toEqual([{ exact: a(1) }, { prefix: `${a(1)}c` }])
  })
})

describe('restoreSessionDb falls back to the newest entry that works', () => {
  it('takes the newest entry when it is good, with one lookup and one download', async () => {
    const { r, calls, content } = await restore([
      [c(1, 1), 'GOOD c1'],
      [a(1), 'GOOD final'],
    ])
    expect(r).toMatchObject({ hit: true, matchedKey: a(1), restoredFromAttempt: 1 })
    expect(r.unusable).toBeUndefined()
    expect(content).toBe('GOOD final')
    expect(calls).toEqual([`lookup ${a(2)} [${restorePrefix(parts)}]`, `get ${a(1)}`])
  })

  it('a newest checkpoint that is not our database: set aside, and the one before it restored', async () => {
    const { r, lines, setAside, content } = await restore([
      [c(1, 1), 'GOOD c1'],
      [c(1, 2), 'GOOD c2'],
      [c(1, 3), 'garbage'],
    ])
    expect(r).toMatchObject({ hit: true, matchedKey: c(1, 2), fromCheckpoint: 2, unusable: [c(1, 3)] })
    expect(content).toBe('GOOD c2')
    expect(setAside).toEqual(['not a session database'])
    expect(lines.join('\n')).toContain('The saved session checkpoint 3 of attempt 1')
    expect(lines.join('\n')).toContain('Session DB restored from checkpoint 2 of attempt 1 (the newest save was unusable)')
  })

  it('a download cut twice: the final save is given up for the newest checkpoint', async () => {
    const { r, calls } = await restore([
      [c(1, 1), 'GOOD c1'],
      [c(1, 2), 'GOOD c2'],
      [a(1), 'cut'],
    ])
    expect(r).toMatchObject({ hit: true, matchedKey: c(1, 2) })
    // one more try of the cut download, then the lookup of attempt 1's newest checkpoint
    expect(calls.filter((x) => x === `get ${a(1)}`)).toHaveLength(2)
    expect(calls).toContain(`lookup ${a(1)}c [${a(1)}c]`)
  })

  it('falls back across attempts, and says so when nothing works', async () => {
    const back = await restore(
      [
        [a(1), 'GOOD a1'],
        [c(2, 1), 'junk'],
        [a(2), 'junk'],
      ],
      3,
    )
    expect(back.r).toMatchObject({ hit: true, matchedKey: a(1), unusable: [a(2), c(2, 1)] })
    const none = await restore([[a(1), 'junk']])
    expect(none.r).toMatchObject({ hit: false, reason: 'error' })
    expect(none.lines.join('\n')).toContain(`no usable entry among ${a(1)}`)
  })

  it('an entry whose download takes its whole share of the budget gives way to the one before', async () => {
    const { r, lines } = await restore([
      [c(1, 1), 'GOOD c1'],
      [a(1), 'hang'],
    ])
    expect(r).toMatchObject({ hit: true, matchedKey: c(1, 1), unusable: [a(1)] })
    expect(lines.join('\n')).toMatch(/attempt 1 \(.*\) is unusable \(timeout: gave up after \d+ ms\)/)
  })

  it('an entry of this attempt is another job’s (a shared session key): a warning and a new session', async () => {
    const { r, lines } = await restore([[a(2), 'GOOD but not ours']], 2)
    expect(r).toMatchObject({ hit: false, reason: 'miss' })
    expect(lines.join('\n')).toMatch(/another job of this run saved it under the same session key/)
  })
})

describe('saveSessionDb', () => {
  it('tries again after a rate limit (its Retry-After), and a 409 on a later try counts as saved', async () => {
    const dbPath = join(dir, 'save.db')
    writeFileSync(dbPath, 'GOOD')
    const answers: SaveResult[] = [
      { saved: false, reason: 'rate-limited', detail: 'Rate limited: Failed request: (429)', retryAfterSeconds: 1 },
      { saved: false, reason: 'unreachable', detail: 'ECONNRESET' },
      { saved: false, reason: 'exists', detail: 'Unable to reserve cache' },
    ]
    let saves = 0
    const key = primaryKey({ ...parts, attempt: 1 })
    const client: CacheClient = {
      // The earlier try's entry is there (finalized): the 409 was about it.
      restore: async () => ({ hit: true, matchedKey: key }),
      save: async () => answers[saves++]!,
    }
    const { lines, log } = logLines()
    const t0 = Date.now()
    const r = await saveSessionDb({ cache: client, log }, { ...parts, attempt: 1, dbPath, timeoutMs: 10_000 })
    expect(r).toMatchObject({ saved: true })
    expect(saves).toBe(3)
    expect(Date.now() - t0).toBeGreaterThanOrEqual(1_900) // 1 s (Retry-After), then 2 s back-off… at least the first two waits
    expect(lines.at(-1)).toContain('(by an earlier try)')
  })

  it('a 409 after a try whose upload never finished is not a save', async () => {
    const dbPath = join(dir, 'pending.db')
    writeFileSync(dbPath, 'GOOD')
    const answers: SaveResult[] = [
      { saved: false, reason: 'unreachable', detail: 'ECONNRESET' },
      { saved: false, reason: 'exists', detail: 'Unable to reserve cache' },
    ]
    let saves = 0
    const client: CacheClient = {
      restore: async () => ({ hit: false, reason: 'miss', detail: '' }), // reserved, never finalized
      save: async () => answers[saves++]!,
    }
    const { lines, log } = logLines()
    expect(await saveSessionDb({ cache: client, log }, { ...parts, attempt: 1, dbPath, timeoutMs: 10_000 })).toMatchObject({ saved: false })
    expect(lines.join('\n')).toContain('its upload was never finished')
  })

  it('a rate limit that lasts longer than the budget is not waited for', async () => {
    const dbPath = join(dir, 'long.db')
    writeFileSync(dbPath, 'GOOD')
    let saves = 0
    const client: CacheClient = {
      restore: async () => ({ hit: false, reason: 'miss', detail: '' }),
      save: async () => (saves++, { saved: false, reason: 'rate-limited', detail: 'Rate limited', retryAfterSeconds: 60 }),
    }
    const { lines, log } = logLines()
    const t0 = Date.now()
    expect(await saveSessionDb({ cache: client, log }, { ...parts, attempt: 1, dbPath, timeoutMs: 3_000 })).toMatchObject({ saved: false })
    expect(saves).toBe(1)
    expect(Date.now() - t0).toBeLessThan(1_000)
    expect(lines.join('\n')).toMatch(/not saved \(rate-limited\)/)
  })

  it('a 409 on the first try is another job with the same key: a warning naming the fix', async () => {
    const dbPath = join(dir, 'twin.db')
    writeFileSync(dbPath, 'GOOD')
    const client: CacheClient = {
      restore: async () => ({ hit: false, reason: 'miss', detail: '' }),
      save: async () => ({ saved: false, reason: 'exists', detail: 'Unable to reserve cache' }),
    }
    const { lines, log } = logLines()
    expect(await saveSessionDb({ cache: client, log }, { ...parts, attempt: 1, dbPath })).toMatchObject({ saved: false, reason: 'exists' })
    expect(lines.join('\n')).toMatch(/Another job of this run uses the same session key.*session-key/)
  })
})

describe('inspectRestored', () => {
  it('takes an empty saved file for a bad one (it would start the session over), and text for a foreign one', () => {
    const driver = processDriver()
    const empty = join(dir, 'empty.db')
    writeFileSync(empty, '')
    expect(inspectRestored(empty, driver)).toBe('the saved file is empty')
    const text = join(dir, 'text.db')
    writeFileSync(text, 'hello, not a database at all, but long enough to have a header of sorts'.repeat(3))
    expect(inspectRestored(text, driver)).toBeDefined()
  })
})
