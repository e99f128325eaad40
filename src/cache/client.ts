// The cache port and its implementation over @actions/cache (docs/design.md §3).
// Every outcome is a value: the action must never fail, or stop early, because the cache did.

import * as cache from '@actions/cache'
import {
  captureStdout,
  classifyRestoreFailure,
  classifySaveFailure,
  failureDetail,
  type RestoreFailure,
  type SaveFailure,
} from './log-tap.js'
import { errorMessage } from '../log.js'

export type { RestoreFailure, SaveFailure } from './log-tap.js'

export type RestoreResult = { hit: true; matchedKey: string } | { hit: false; reason: RestoreFailure; detail: string }

/** `retryAfterSeconds`: when the service said how long a rate limit lasts (the toolkit only logs it). */
export type SaveResult =
  { saved: true; cacheId: number } | { saved: false; reason: SaveFailure; detail: string; retryAfterSeconds?: number }

export interface RestoreOptions {
  /** Only look the key up (the matched key), download nothing. */
  lookupOnly?: boolean
  /** The most milliseconds the operation may take (worker-client.ts enforces it). */
  timeoutMs?: number
  signal?: AbortSignal
  /** The directory relative `paths` are extracted into (see SaveOptions.root). */
  root?: string
}

export interface SaveOptions {
  timeoutMs?: number
  signal?: AbortSignal
  /**
   * The directory relative `paths` are taken from, and stored relative to in the archive: the
   * toolkit's GITHUB_WORKSPACE and working directory for the call (src/cache/stage.ts).
   */
  root?: string
}

export interface CacheClient {
  /** Restore `paths`; primaryKey is tried first (exact, then as prefix), then each restore key. */
  restore(paths: string[], primaryKey: string, restoreKeys: string[], options?: RestoreOptions): Promise<RestoreResult>
  /** Save `paths` under `key`. Pass the very same path strings as restore (version hash, §3). */
  save(paths: string[], key: string, options?: SaveOptions): Promise<SaveResult>
}

let rooted: Promise<unknown> = Promise.resolve()

/**
 * Runs `fn` with `root` as the toolkit's working directory: it globs relative paths from
 * process.cwd(), names them in the archive relative to GITHUB_WORKSPACE and runs tar with `-C`
 * GITHUB_WORKSPACE. Both are process-wide, so one such call at a time, and both are put back.
 */
function inRoot<T>(root: string | undefined, fn: () => Promise<T>): Promise<T> {
  if (root === undefined) return fn()
  const run = rooted.then(async () => {
    const cwd = process.cwd()
    const workspace = process.env['GITHUB_WORKSPACE']
    process.chdir(root)
    process.env['GITHUB_WORKSPACE'] = root
    try {
      return await fn()
    } finally {
      if (workspace === undefined) delete process.env['GITHUB_WORKSPACE']
      else process.env['GITHUB_WORKSPACE'] = workspace
      process.chdir(cwd)
    }
  })
  rooted = run.catch(() => undefined)
  return run
}

/** The part of @actions/cache this adapter uses; a parameter so a test can hand in a stub. */
export interface ActionsCacheModule {
  isFeatureAvailable(): boolean
  restoreCache(
    paths: string[],
    primaryKey: string,
    restoreKeys?: string[],
    options?: { lookupOnly?: boolean; timeoutInMs?: number; segmentTimeoutInMs?: number },
  ): Promise<string | undefined>
  saveCache(paths: string[], key: string): Promise<number>
}

const toolkit: ActionsCacheModule = {
  isFeatureAvailable: () => cache.isFeatureAvailable(),
  restoreCache: (paths, primaryKey, restoreKeys, options) => cache.restoreCache(paths, primaryKey, restoreKeys, options),
  saveCache: (paths, key) => cache.saveCache(paths, key),
}

/** CacheClient over the real toolkit; reads the runner's environment at call time. */
export function createActionsCacheClient(mod: ActionsCacheModule = toolkit): CacheClient {
  return {
    async restore(paths, primaryKey, restoreKeys, options = {}) {
      if (!mod.isFeatureAvailable()) {
        return { hit: false, reason: 'unavailable', detail: 'no cache service in this environment' }
      }
      // The toolkit's own timeouts where it has them (a stalled download segment); the worker
      // client bounds the rest (docs/design.md §3).
      const timeouts = options.timeoutMs ? { timeoutInMs: options.timeoutMs, segmentTimeoutInMs: options.timeoutMs } : {}
      try {
        const { value, text } = await inRoot(options.root, () =>
          captureStdout(() =>
            mod.restoreCache(paths, primaryKey, restoreKeys, { ...timeouts, ...(options.lookupOnly ? { lookupOnly: true } : {}) }),
          ),
        )
        if (value !== undefined) return { hit: true, matchedKey: value }
        return { hit: false, reason: classifyRestoreFailure(text), detail: failureDetail(text) }
      } catch (e) {
        // Only ValidationError (bad key/paths) and setup errors escape restoreCache.
        const invalid = e instanceof Error && e.name === 'ValidationError'
        return { hit: false, reason: invalid ? 'invalid' : 'error', detail: errorMessage(e) }
      }
    },

    async save(paths, key, options = {}) {
      if (!mod.isFeatureAvailable()) {
        return { saved: false, reason: 'unavailable', detail: 'no cache service in this environment' }
      }
      try {
        const { value, text } = await inRoot(options.root, () => captureStdout(() => mod.saveCache(paths, key)))
        if (value !== -1) return { saved: true, cacheId: value }
        const wait = /rate limit will reset in (\d+) seconds/.exec(text)?.[1]
        return {
          saved: false,
          reason: classifySaveFailure(text),
          detail: failureDetail(text),
          ...(wait !== undefined ? { retryAfterSeconds: Number(wait) } : {}),
        }
      } catch (e) {
        // saveCache throws before its own try for missing paths (docs/design.md §3), invalid keys,
        // and a missing ACTIONS_RUNTIME_TOKEN.
        const detail = errorMessage(e)
        if (/Path Validation Error/.test(detail)) return { saved: false, reason: 'missing-paths', detail }
        if (e instanceof Error && e.name === 'ValidationError') return { saved: false, reason: 'invalid', detail }
        return { saved: false, reason: 'error', detail }
      }
    },
  }
}
