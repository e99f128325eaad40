// The session DB file in the cache: restore it at the start of main, save it at checkpoints and
// in the post step, each through a staging directory under a fixed name (stage.ts), and
// fingerprint it so an unchanged file is not saved again (docs/design.md §3). Nothing here
// throws for a cache problem: each function returns what happened, and logs it once.
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { errorMessage, type Log } from '../log.js'
import type { CacheClient, RestoreFailure, RestoreOptions, RestoreResult, SaveFailure } from './client.js'
import { checkpointKey, olderProbes, parseMatchedKey, primaryKey, restorePrefix, type SessionKeyParts } from './keys.js'
import { openStage, SESSION_CACHE_PATH, sessionCachePaths, stageForSave, takeRestored, type Stage } from './stage.js'

export interface SessionCacheDeps {
  cache: CacheClient
  log: Pick<Log, 'info' | 'warning'>
  /**
   * Why the restored file is not a session database of ours (foreign, damaged), or undefined
   * when it is; the file is then set aside and an older entry tried. Without it, any file is taken.
   */
  inspect?: (path: string) => string | undefined
  /** Moves an unusable restored file aside (quarantine), so an older entry can take its place. */
  setAside?: (path: string, why: string) => void
  now?: () => number
  signal?: AbortSignal
}

export interface SessionCacheArgs extends SessionKeyParts {
  /** Where the DB file lives on this runner; not part of the cache version (stage.ts). */
  dbPath: string
  /** The most milliseconds the whole restore (lookups, downloads, fall-backs) or a save may take. */
  timeoutMs?: number
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
  /** Newer entries of this run that could not be used (unreadable, not our database), newest first. */
  unusable?: string[]
  /** Why nothing was restored ('miss' is the normal first-attempt case). */
  reason?: RestoreFailure
  detail?: string
}

const MAX_TRIES = 8

function describeKey(key: string, args: SessionCacheArgs): string {
  const parsed = parseMatchedKey(key, args)
  if (!parsed) return 'an unrecognised key'
  return parsed.checkpoint === undefined ? `attempt ${parsed.attempt}` : `checkpoint ${parsed.checkpoint} of attempt ${parsed.attempt}`
}

/**
 * Restores the newest entry of this run that works: an entry that cannot be downloaded (after one
 * more try), extracted or opened as our database is set aside and the next older one is tried
 * (olderProbes), all within `args.timeoutMs`. Never throws for a cache problem.
 */
export async function restoreSessionDb(deps: SessionCacheDeps, args: SessionCacheArgs): Promise<SessionRestore> {
  const now = deps.now ?? Date.now
  const deadline = now() + (args.timeoutMs ?? 60_000)
  const left = () => Math.max(1, deadline - now())
  const key = primaryKey(args)
  const restoreKeys = [restorePrefix(args)]
  const base = { primaryKey: key, restoreKeys }
  const paths = sessionCachePaths()
  const budget = `${Math.round((args.timeoutMs ?? 60_000) / 1000)} s`
  const stop = (reason: RestoreFailure, detail: string, unusable: string[]): SessionRestore => {
    if (reason === 'miss') deps.log.info(`No saved session for this run (looked for ${restoreKeys[0]}*)`)
    else if (reason === 'unavailable') deps.log.info('Cache service not available: the session starts fresh')
    else if (reason === 'timeout') deps.log.warning(`Restoring the session took over ${budget} (${detail}): starting a new session.`)
    else if (reason !== 'cancelled') deps.log.warning(`Could not restore the session DB (${reason}): ${detail}`)
    return { ...base, hit: false, reason, detail, ...(unusable.length ? { unusable } : {}) }
  }

  // A lookup the service refused for now (429, 5xx, a reset connection) is asked again, within the budget.
  const lookup = async (primary: string, prefixes: string[]) => {
    for (let tries = 1; ; tries++) {
      const r = await deps.cache.restore(paths, primary, prefixes, {
        lookupOnly: true,
        timeoutMs: left(),
        ...(deps.signal ? { signal: deps.signal } : {}),
      })
      const wait = retryWait(undefined, tries)
      if (r.hit || !['rate-limited', 'unreachable', 'server-error'].includes(r.reason) || tries >= 3 || now() + wait >= deadline) return r
      deps.log.info(`The cache lookup answered ${r.reason} (${r.detail}); asking again in ${wait / 1000} s.`)
      await new Promise((done) => setTimeout(done, wait))
    }
  }
  const first = await lookup(key, restoreKeys)
  if (!first.hit) return stop(first.reason, first.detail, [])
  const newest = parseMatchedKey(first.matchedKey, args)
  if (newest && newest.attempt >= args.attempt) {
    // No attempt saves before its restore: an entry of this attempt (or a later one) is another job's.
    deps.log.warning(
      `The newest saved session of this run (${first.matchedKey}) is from attempt ${newest.attempt}, this attempt's own number: ` +
        "another job of this run saved it under the same session key (e.g. two uses of the action, or matrix legs). Starting a new session; set 'session-key' per job.",
    )
    return { ...base, hit: false, reason: 'miss', detail: `${first.matchedKey} belongs to another job` }
  }
  // Each entry gets a share of the budget, so a bad newest one leaves time for the one before it.
  const perEntry = Math.max(5_000, Math.floor((args.timeoutMs ?? 60_000) / 3))

  // One download into a fresh stage; only a whole file reaches the DB path (stage.ts).
  const download = async (entry: string): Promise<RestoreResult & { held?: boolean }> => {
    let stage: Stage | undefined
    try {
      stage = openStage(args.dbPath)
      const options: RestoreOptions = {
        timeoutMs: Math.min(left(), perEntry),
        root: stage.root,
        ...(deps.signal ? { signal: deps.signal } : {}),
      }
      const got = await deps.cache.restore(paths, entry, [], options)
      return got.hit ? { ...got, held: takeRestored(stage, args.dbPath) } : got
    } catch (e) {
      return { hit: false, reason: 'error', detail: `staging the session DB: ${errorMessage(e)}` }
    } finally {
      stage?.dispose()
    }
  }

  const tried: string[] = []
  let candidate: string | undefined = first.matchedKey
  while (candidate !== undefined && tried.length < MAX_TRIES) {
    tried.push(candidate)
    let got = await download(candidate)
    // A download cut mid-transfer is worth one more try; a miss, a spent budget or a cancel is not.
    if (!got.hit && !['miss', 'timeout', 'cancelled'].includes(got.reason)) got = await download(candidate)
    // What was downloaded is what the service matched: name that (should it prefix-match a newer entry).
    if (got.hit && got.matchedKey !== candidate) {
      candidate = got.matchedKey
      if (!tried.includes(candidate)) tried.push(candidate)
    }
    const why = got.hit
      ? got.held
        ? deps.inspect?.(args.dbPath)
        : `the entry did not hold ${SESSION_CACHE_PATH}`
      : `${got.reason}: ${got.detail}`
    if (why === undefined) {
      const unusable = tried.slice(0, -1)
      const parsed = parseMatchedKey(candidate, args)
      const note = unusable.length > 0 ? ` (the newest save${unusable.length > 1 ? 's were' : ' was'} unusable)` : ''
      deps.log.info(`Session DB restored from ${describeKey(candidate, args)}${note} (${candidate})`)
      return {
        ...base,
        hit: true,
        matchedKey: candidate,
        ...(parsed && { restoredFromAttempt: parsed.attempt }),
        ...(parsed?.checkpoint !== undefined && { fromCheckpoint: parsed.checkpoint }),
        ...(unusable.length ? { unusable } : {}),
      }
    }
    // An entry that took its whole share is given up for the one before it; the budget itself, or a cancel, ends the search.
    if (!got.hit && (got.reason === 'cancelled' || (got.reason === 'timeout' && now() >= deadline - 1_000)))
      return stop(got.reason, got.detail, tried)
    const bad: string = candidate
    deps.log.warning(`The saved session ${describeKey(bad, args)} (${bad}) is unusable (${why}); trying an older one.`)
    if (got.hit && got.held) deps.setAside?.(args.dbPath, why)
    candidate = await olderEntry(bad, tried)
  }
  return stop('error', `no usable entry among ${tried.join(', ')}`, tried)

  async function olderEntry(bad: string, seen: string[]): Promise<string | undefined> {
    const parsed = parseMatchedKey(bad, args)
    if (!parsed) return undefined
    for (const probe of olderProbes(parsed, args)) {
      if (now() >= deadline) return undefined
      // A prefix goes in restore keys: the service matches those as prefixes (the primary key, exactly).
      const found = 'exact' in probe ? await lookup(probe.exact, []) : await lookup(probe.prefix, [probe.prefix])
      if (found.hit && !seen.includes(found.matchedKey) && ('prefix' in probe || found.matchedKey === probe.exact)) return found.matchedKey
    }
    return undefined
  }
}

export type SessionSave = { saved: boolean; key: string; cacheId?: number; reason?: SaveFailure; detail?: string }

/** Waits before another try of a save the service refused for now: its Retry-After when it said, else 1, 2, 4 s. */
function retryWait(retryAfterSeconds: number | undefined, tries: number): number {
  return (retryAfterSeconds ?? 2 ** (tries - 1)) * 1000
}

/**
 * Save the DB under this attempt's key, under a checkpoint key when `checkpoint` (≥ 1, unique
 * within the attempt) is given, or under `as.key` (a conversation's turn, thread-db.ts). The caller checkpoints the WAL first. Within `args.timeoutMs`, a
 * refusal for now (429, a reset connection) is tried again after the service's Retry-After;
 * a 409 on a later try means an earlier try did save, and counts as saved.
 */
export async function saveSessionDb(
  deps: SessionCacheDeps,
  args: SessionCacheArgs & { checkpoint?: number; as?: { key: string; what: string } },
): Promise<SessionSave> {
  const now = deps.now ?? Date.now
  const deadline = now() + (args.timeoutMs ?? 60_000)
  const key = args.as?.key ?? (args.checkpoint === undefined ? primaryKey(args) : checkpointKey(args, args.checkpoint))
  const what = args.as?.what ?? (args.checkpoint === undefined ? 'Session DB' : `Checkpoint ${args.checkpoint}`)
  if (!existsSync(args.dbPath)) {
    // saveCache would throw on a missing path (docs/design.md §3); say it plainly instead.
    const detail = `${args.dbPath} does not exist`
    deps.log.warning(`${what} not saved: ${detail}`)
    return { saved: false, key, reason: 'missing-paths', detail }
  }
  let stage: Stage
  try {
    stage = stageForSave(args.dbPath)
  } catch (e) {
    const detail = `staging ${args.dbPath}: ${errorMessage(e)}`
    deps.log.warning(`${what} not saved: ${detail}`)
    return { saved: false, key, reason: 'error', detail }
  }
  try {
    return await saveFrom(stage.root)
  } finally {
    stage.dispose()
  }

  /** The tries, from a stage holding the copy of the DB. */
  async function saveFrom(root: string): Promise<SessionSave> {
    let tries = 0
    for (;;) {
      tries++
      const timeoutMs = Math.max(1, deadline - now())
      const result = await deps.cache.save(sessionCachePaths(), key, {
        timeoutMs,
        root,
        ...(deps.signal ? { signal: deps.signal } : {}),
      })
      // A 409 after an earlier try: that try reserved the key; it counts only if its upload was finalized.
      const earlier =
        !result.saved && result.reason === 'exists' && tries > 1
          ? await deps.cache.restore(sessionCachePaths(), key, [], {
              lookupOnly: true,
              timeoutMs: Math.max(1, deadline - now()),
              ...(deps.signal ? { signal: deps.signal } : {}),
            })
          : undefined
      if (result.saved || (earlier?.hit && earlier.matchedKey === key)) {
        deps.log.info(`${what} saved to the cache as ${key}${result.saved ? '' : ' (by an earlier try)'}`)
        return { saved: true, key, ...(result.saved ? { cacheId: result.cacheId } : {}) }
      }
      if (earlier) {
        deps.log.warning(
          `${what} not saved: an earlier try reserved ${key} but its upload was never finished, and the key cannot be used again.`,
        )
        return { saved: false, key, reason: 'error', detail: 'reserved by an earlier try that did not finish' }
      }
      const { reason, detail } = result
      const wait = retryWait(result.retryAfterSeconds, tries)
      // The toolkit already retries 5xx answers itself; a rate limit and a reset connection it does not.
      // A wait the budget cannot hold is not waited for: the warning below says so now.
      if (['rate-limited', 'unreachable'].includes(reason) && tries < 4 && now() + wait < deadline) {
        deps.log.info(`${what}: the cache service answered ${reason} (${detail}); trying again in ${Math.round(wait / 1000)} s.`)
        await new Promise((r) => setTimeout(r, wait))
        continue
      }
      switch (reason) {
        case 'exists':
          // Keys are immutable and this one is this job's own: another job of this run saved it.
          deps.log.warning(
            `${what} not saved: cache key ${key} already exists. Another job of this run uses the same session key ` +
              `(e.g. matrix legs): set 'session-key' per leg (e.g. \${{ github.job }}-\${{ strategy.job-index }}), or a re-run may continue the other job's session.`,
          )
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
        case 'timeout':
          deps.log.warning(
            `${what} not saved: the cache service did not finish within ${Math.round((args.timeoutMs ?? 60_000) / 1000)} s (${detail}).`,
          )
          break
        case 'cancelled':
          deps.log.warning(`${what} not saved: the job was cancelled during the upload.`)
          break
        default:
          deps.log.warning(`${what} not saved (${reason}): ${detail}`)
      }
      return { saved: false, key, reason, detail }
    }
  }
}

/** sha256 of the DB file (hex), or undefined when there is none. */
export function fingerprint(path: string): string | undefined {
  return existsSync(path) ? createHash('sha256').update(readFileSync(path)).digest('hex') : undefined
}
