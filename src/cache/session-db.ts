// The session DB file in the cache: restore it at the start of main, save it at checkpoints and
// in the post step, and fingerprint it so an unchanged file is not saved again (docs/design.md
// §3). Nothing here throws for a cache problem: each function returns what happened, and logs
// it once.
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import type { Log } from '../log.js'
import type { CacheClient, RestoreFailure, SaveFailure } from './client.js'
import { checkpointKey, parseMatchedKey, primaryKey, restorePrefix, type SessionKeyParts } from './keys.js'

export interface SessionCacheDeps {
  cache: CacheClient
  log: Pick<Log, 'info' | 'warning'>
}

export interface SessionCacheArgs extends SessionKeyParts {
  /** The DB path exactly as main recorded it in State.DbPath: the string is part of the version. */
  dbPath: string
}

/**
 * The `paths` argument for both restore and save. The cache version is a hash of these literal
 * strings (docs/design.md §3), so both sides must build them here from the same dbPath string.
 * Only the main file travels: the store checkpoints the WAL into it before a save.
 */
export function sessionCachePaths(dbPath: string): string[] {
  return [dbPath]
}

export interface SessionRestore {
  hit: boolean
  primaryKey: string
  restoreKeys: string[]
  matchedKey?: string
  /** Attempt whose save (or checkpoint) was restored. */
  restoredFromAttempt?: number
  /** Set when the restored entry was a mid-run checkpoint, not a final save. */
  fromCheckpoint?: number
  /** Why nothing was restored ('miss' is the normal first-attempt case). */
  reason?: RestoreFailure
  detail?: string
}

export async function restoreSessionDb(deps: SessionCacheDeps, args: SessionCacheArgs): Promise<SessionRestore> {
  const key = primaryKey(args)
  const restoreKeys = [restorePrefix(args)]
  const base = { primaryKey: key, restoreKeys }
  const result = await deps.cache.restore(sessionCachePaths(args.dbPath), key, restoreKeys)
  if (!result.hit) {
    if (result.reason === 'miss') deps.log.info(`No saved session for this run (looked for ${restoreKeys[0]}*)`)
    else if (result.reason === 'unavailable') deps.log.info(`Cache service not available: the session starts fresh`)
    else deps.log.warning(`Could not restore the session DB (${result.reason}): ${result.detail}`)
    return { ...base, hit: false, reason: result.reason, detail: result.detail }
  }
  if (!existsSync(args.dbPath)) {
    const detail = `cache entry ${result.matchedKey} restored, but ${args.dbPath} is not there`
    deps.log.warning(`Could not restore the session DB: ${detail}`)
    return { ...base, hit: false, matchedKey: result.matchedKey, reason: 'error', detail }
  }
  const parsed = parseMatchedKey(result.matchedKey, args)
  const from = parsed
    ? parsed.checkpoint === undefined
      ? `attempt ${parsed.attempt}`
      : `checkpoint ${parsed.checkpoint} of attempt ${parsed.attempt}`
    : 'an unrecognised key'
  deps.log.info(`Session DB restored from ${from} (${result.matchedKey})`)
  return {
    ...base,
    hit: true,
    matchedKey: result.matchedKey,
    ...(parsed && { restoredFromAttempt: parsed.attempt }),
    ...(parsed?.checkpoint !== undefined && { fromCheckpoint: parsed.checkpoint }),
  }
}

export interface SessionSave {
  saved: boolean
  key: string
  cacheId?: number
  reason?: SaveFailure
  detail?: string
}

/**
 * Save the DB under this attempt's key, or under a checkpoint key when `checkpoint` (≥ 1, unique
 * within the attempt) is given. The caller checkpoints the WAL first.
 */
export async function saveSessionDb(deps: SessionCacheDeps, args: SessionCacheArgs & { checkpoint?: number }): Promise<SessionSave> {
  const key = args.checkpoint === undefined ? primaryKey(args) : checkpointKey(args, args.checkpoint)
  const what = args.checkpoint === undefined ? 'Session DB' : `Checkpoint ${args.checkpoint}`
  if (!existsSync(args.dbPath)) {
    // saveCache would throw on a missing path (docs/design.md §3); say it plainly instead.
    const detail = `${args.dbPath} does not exist`
    deps.log.warning(`${what} not saved: ${detail}`)
    return { saved: false, key, reason: 'missing-paths', detail }
  }
  const result = await deps.cache.save(sessionCachePaths(args.dbPath), key)
  if (result.saved) {
    deps.log.info(`${what} saved to the cache as ${key}`)
    return { saved: true, key, cacheId: result.cacheId }
  }
  const { reason, detail } = result
  switch (reason) {
    case 'exists':
      // Keys are immutable; an entry under this key is already there (docs/design.md §3).
      deps.log.info(`${what} not saved: cache key ${key} already exists`)
      break
    case 'write-denied':
      deps.log.warning(
        `${what} not saved: this run's cache token is read-only (untrusted trigger on the default ` +
          `branch scope), so a re-run cannot resume from it. ${detail}`,
      )
      break
    case 'unavailable':
      deps.log.info(`${what} not saved: no cache service in this environment`)
      break
    default:
      deps.log.warning(`${what} not saved (${reason}): ${detail}`)
  }
  return { saved: false, key, reason, detail }
}

/** sha256 of the DB file (hex), or undefined when there is none. */
export function fingerprint(path: string): string | undefined {
  return existsSync(path) ? createHash('sha256').update(readFileSync(path)).digest('hex') : undefined
}
