// The cache adapter's classification and the session-db functions, with injected ports.
// (The real client against a real service is in cache-service.test.ts.)
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import * as core from '@actions/core'
import { describe, expect, it } from 'vitest'
import { createActionsCacheClient, type ActionsCacheModule, type CacheClient } from '../src/cache/client.js'
import { primaryKey } from '../src/cache/keys.js'
import { captureStdout, classifyRestoreFailure, classifySaveFailure, failureDetail } from '../src/cache/log-tap.js'
import { restoreSessionDb, saveSessionDb } from '../src/cache/session-db.js'
import { SESSION_CACHE_PATH } from '../src/cache/stage.js'
import { tempDir } from './support/temp.js'

const dir = tempDir('cache-client-')

// Lines as @actions/cache 6.3.0 prints them (captured from runs against the local service).
const LOG = {
  exists:
    '::debug::Failed to reserve cache: Error: Failed to CreateCacheEntry: Received non-retryable error: Failed request: (409) Conflict: cache entry with the same key, version, and scope already exists\nFailed to save: Unable to reserve cache with key k-1-, another job may be creating this cache.\n',
  denied:
    '::debug::Failed to reserve cache: Error: cache write denied: token has no writable scopes\n::warning::Failed to save: Unable to reserve cache with key k-3-. More details: cache write denied: token has no writable scopes\n',
  rate: '::debug::Failed to reserve cache: Error: Failed to CreateCacheEntry: Rate limited: Failed request: (429) Too Many Requests: injected 429\nFailed to save: Unable to reserve cache with key k-, another job may be creating this cache.\n',
  server:
    '::debug::Failed to reserve cache: Error: Failed to CreateCacheEntry: Failed to make request after 5 attempts: Failed request: (503) Service Unavailable\n',
  quota: '::warning::Failed to save: Cache storage quota has been hit. Unable to upload any new cache entries.\n',
  mode: "Cache save skipped: the effective cache-mode 'read' does not permit writes.\n",
  refused: '::warning::Failed to restore: Failed to GetCacheEntryDownloadURL: Unable to make request: ECONNREFUSED\n',
  readDenied:
    '::warning::Failed to restore: Failed to GetCacheEntryDownloadURL: Received non-retryable error: Failed request: (403) Forbidden: cache read denied: token has no readable scopes\n',
}

describe('failure classification', () => {
  it('names each save failure', () => {
    expect(classifySaveFailure(LOG.exists)).toBe('exists')
    expect(classifySaveFailure(LOG.denied)).toBe('write-denied')
    expect(classifySaveFailure(LOG.rate)).toBe('rate-limited')
    expect(classifySaveFailure(LOG.server)).toBe('server-error')
    expect(classifySaveFailure(LOG.quota)).toBe('quota')
    expect(classifySaveFailure(LOG.mode)).toBe('cache-mode')
    expect(classifySaveFailure('::warning::Failed to save: something new\n')).toBe('error')
  })

  it('names each restore failure and treats a quiet undefined as a miss', () => {
    expect(classifyRestoreFailure('::debug::Cache not found for version abc of keys: k-\n')).toBe('miss')
    expect(classifyRestoreFailure(LOG.refused)).toBe('unreachable')
    expect(classifyRestoreFailure(LOG.readDenied)).toBe('read-denied')
  })

  it('picks the telling line, unescaped, as detail', () => {
    expect(failureDetail(LOG.exists)).toMatch(/^Failed to reserve cache: .*\(409\) Conflict/)
    expect(failureDetail('::warning::Failed to save: a%0Ab%25\n')).toBe('Failed to save: a b%')
  })

  it('captures what @actions/core writes and still passes it through', async () => {
    const seen: string[] = []
    const write = process.stdout.write.bind(process.stdout)
    process.stdout.write = (chunk: string) => seen.push(chunk) > 0
    try {
      const { value, text } = await captureStdout(async () => {
        core.warning('Failed to save: x')
        return 7
      })
      expect(value).toBe(7)
      expect(text).toContain('::warning::Failed to save: x')
    } finally {
      process.stdout.write = write
    }
    expect(seen.join('')).toContain('::warning::Failed to save: x')
  })
})

function stubModule(overrides: Partial<ActionsCacheModule>): ActionsCacheModule {
  return {
    isFeatureAvailable: () => true,
    restoreCache: async () => undefined,
    saveCache: async () => 1,
    ...overrides,
  }
}

describe('createActionsCacheClient', () => {
  const silence = <T>(fn: () => Promise<T>): Promise<T> => {
    const write = process.stdout.write.bind(process.stdout)
    process.stdout.write = () => true
    return fn().finally(() => {
      process.stdout.write = write
    })
  }

  it('classifies a -1 from saveCache by what it logged', async () => {
    const client = createActionsCacheClient(
      stubModule({
        saveCache: async () => {
          core.debug('Failed to reserve cache: Error: cache write denied: token has no writable scopes')
          return -1
        },
      }),
    )
    const r = await silence(() => client.save(['a'], 'k-'))
    expect(r).toEqual({
      saved: false,
      reason: 'write-denied',
      detail: 'Failed to reserve cache: Error: cache write denied: token has no writable scopes',
    })
  })

  it('turns throws into results', async () => {
    const validation = Object.assign(new Error('Key Validation Error: a,b cannot contain commas.'), {
      name: 'ValidationError',
    })
    const client = createActionsCacheClient(
      stubModule({
        saveCache: async (paths) => {
          throw paths[0] === 'missing'
            ? new Error('Path Validation Error: Path(s) specified in the action for caching do(es) not exist')
            : validation
        },
        restoreCache: async () => {
          throw new Error('Unable to get the ACTIONS_RUNTIME_TOKEN env variable')
        },
      }),
    )
    expect(await client.save(['missing'], 'k-')).toMatchObject({ saved: false, reason: 'missing-paths' })
    expect(await client.save(['x'], 'a,b')).toMatchObject({ saved: false, reason: 'invalid' })
    expect(await client.restore(['x'], 'k-', [])).toMatchObject({ hit: false, reason: 'error' })
  })

  it('does not call the toolkit when no cache service is configured', async () => {
    let called = false
    const client = createActionsCacheClient(
      stubModule({
        isFeatureAvailable: () => false,
        saveCache: async () => {
          called = true
          return 1
        },
      }),
    )
    expect(await client.save(['x'], 'k-')).toMatchObject({ saved: false, reason: 'unavailable' })
    expect(called).toBe(false)
  })
})

describe('session cache functions', () => {
  const run = { runId: '99', sessionKey: 'main', attempt: 2 }
  const log = () => {
    const lines: string[] = []
    return { lines, info: (m: string) => lines.push(m), warning: (m: string) => lines.push(`warning: ${m}`) }
  }

  it('passes one fixed relative path to restore and save, whatever the DB path', async () => {
    const calls: string[][] = []
    const fake: CacheClient = {
      restore: async (paths) => (calls.push(paths), { hit: false, reason: 'miss', detail: '' }),
      save: async (paths) => (calls.push(paths), { saved: true, cacheId: 1 }),
    }
    for (const dbPath of [join(dir, 'same.db'), join(dir, 'other', 'place', 'session.db')]) {
      mkdirSync(dirname(dbPath), { recursive: true })
      writeFileSync(dbPath, 'x')
      await restoreSessionDb({ cache: fake, log: log() }, { ...run, dbPath })
      await saveSessionDb({ cache: fake, log: log() }, { ...run, dbPath })
    }
    expect(calls).toEqual(Array(4).fill([SESSION_CACHE_PATH]))
  })

  it('saves a copy from a stage next to the DB, and removes the stage', async () => {
    const dbPath = join(dir, 'staged', 'session.db')
    mkdirSync(dirname(dbPath), { recursive: true })
    writeFileSync(dbPath, 'the session')
    const seen: Array<{ root?: string; content: string }> = []
    const fake: CacheClient = {
      restore: async () => ({ hit: false, reason: 'miss', detail: '' }),
      save: async ([path], _key, options = {}) => (
        seen.push({ root: options.root, content: readFileSync(join(options.root!, path!), 'utf8') }),
        { saved: true, cacheId: 1 }
      ),
    }
    expect(await saveSessionDb({ cache: fake, log: log() }, { ...run, dbPath })).toMatchObject({ saved: true })
    expect(seen).toEqual([{ root: expect.stringMatching(/\/staged\/\.agent-resume-cache-/), content: 'the session' }])
    expect(readdirSync(dirname(dbPath))).toEqual(['session.db'])
  })

  it('reports a hit whose file did not appear as a failure', async () => {
    const fake: CacheClient = {
      restore: async () => ({ hit: true, matchedKey: primaryKey({ ...run, attempt: 1 }) }),
      save: async () => ({ saved: true, cacheId: 1 }),
    }
    const l = log()
    const dbPath = join(dir, 'absent', 'session.db')
    const r = await restoreSessionDb({ cache: fake, log: l }, { ...run, dbPath })
    expect(r).toMatchObject({ hit: false, reason: 'error' })
    expect(l.lines[0]).toMatch(/^warning: .*is unusable \(the entry did not hold agent-resume-session\.db\)/)
    expect(readdirSync(dirname(dbPath))).toEqual([])
  })

  it('does not try to save a DB that does not exist, and explains a read-only token', async () => {
    let saves = 0
    const fake: CacheClient = {
      restore: async () => ({ hit: false, reason: 'miss', detail: '' }),
      save: async () => (saves++, { saved: false, reason: 'write-denied', detail: 'cache write denied: x' }),
    }
    const l = log()
    const missing = await saveSessionDb({ cache: fake, log: l }, { ...run, dbPath: join(dir, 'none.db') })
    expect(missing).toMatchObject({ saved: false, reason: 'missing-paths' })
    expect(saves).toBe(0)
    const dbPath = join(dir, 'ro.db')
    writeFileSync(dbPath, 'x')
    const denied = await saveSessionDb({ cache: fake, log: l }, { ...run, dbPath, checkpoint: 3 })
    expect(denied).toMatchObject({ saved: false, reason: 'write-denied', key: `${primaryKey(run)}c3-` })
    expect(l.lines.at(-1)).toMatch(/^warning: Checkpoint 3 not saved: .*read-only/)
  })
})
