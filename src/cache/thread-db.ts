// A conversation's newest finished turn in the cache (README "Conversations"): looked up by the
// thread prefix (newest entry wins, thread-keys.ts), restored into a file of its own beside the
// run's DB, and saved by the run that finished a turn. Which entries a run can see follows
// GitHub's cache scopes (docs/design.md §12): its own ref and the default branch. Nothing here
// throws for a cache problem: an entry that cannot be had is a fresh conversation, never a failure.
import { errorMessage } from '../log.js'
import type { RestoreFailure } from './client.js'
import { saveSessionDb, type SessionCacheDeps, type SessionSave } from './session-db.js'
import { openStage, sessionCachePaths, takeRestored } from './stage.js'
import { parseThreadKey, threadPrefix, threadTurnKey, type ThreadRef } from './thread-keys.js'

export type ThreadRestore =
  | { hit: true; key: string; runId: string; attempt: number }
  /** 'miss': no turn saved (or evicted: entries unused for 7 days go); 'unusable': not our database. */
  | { hit: false; reason: RestoreFailure | 'unusable'; detail: string }

const options = (deps: SessionCacheDeps, timeoutMs: number) => ({ timeoutMs, ...(deps.signal ? { signal: deps.signal } : {}) })

/** The key of the newest finished turn this run can see, or undefined (none, or the cache did not answer). */
export async function newestThreadKey(deps: SessionCacheDeps, thread: ThreadRef, timeoutMs: number): Promise<string | undefined> {
  const prefix = threadPrefix(thread)
  const r = await deps.cache.restore(sessionCachePaths(), prefix, [prefix], { lookupOnly: true, ...options(deps, timeoutMs) })
  return r.hit && parseThreadKey(r.matchedKey, thread) ? r.matchedKey : undefined
}

/**
 * Restores the newest finished turn of `thread` into `path` (replacing what is there). A download
 * cut short is tried once more; a file that is not our database (`deps.inspect`) is set aside.
 */
export async function restoreThreadDb(
  deps: SessionCacheDeps,
  args: { path: string; thread: ThreadRef; timeoutMs: number },
): Promise<ThreadRestore> {
  const now = deps.now ?? Date.now
  const deadline = now() + args.timeoutMs
  const left = () => Math.max(1, deadline - now())
  const key = await newestThreadKey(deps, args.thread, left())
  if (key === undefined) return { hit: false, reason: 'miss', detail: `no entry starts with ${threadPrefix(args.thread)}` }
  const parsed = parseThreadKey(key, args.thread)
  if (!parsed) return { hit: false, reason: 'miss', detail: `${key} is not a turn's key` }
  let last = ''
  for (let tries = 1; tries <= 2; tries++) {
    const stage = openStage(args.path)
    try {
      const got = await deps.cache.restore(sessionCachePaths(), key, [], { ...options(deps, left()), root: stage.root })
      if (!got.hit) {
        last = `${got.reason}: ${got.detail}`
        if (['miss', 'timeout', 'cancelled'].includes(got.reason)) return { hit: false, reason: got.reason, detail: got.detail }
        continue
      }
      if (!takeRestored(stage, args.path)) return { hit: false, reason: 'unusable', detail: `${key} held no session database` }
      const why = deps.inspect?.(args.path)
      if (why !== undefined) {
        deps.setAside?.(args.path, why)
        return { hit: false, reason: 'unusable', detail: `${key}: ${why}` }
      }
      return { hit: true, key, ...parsed }
    } catch (e) {
      last = errorMessage(e)
    } finally {
      stage.dispose()
    }
  }
  return { hit: false, reason: 'error', detail: last }
}

/** Saves the run's DB (checkpointed by the caller) as the turn finished by this attempt. */
export function saveThreadDb(
  deps: SessionCacheDeps,
  args: { dbPath: string; thread: ThreadRef; runId: string; attempt: number; timeoutMs: number },
): Promise<SessionSave> {
  const key = threadTurnKey(args.thread, args.runId, args.attempt)
  return saveSessionDb(deps, {
    dbPath: args.dbPath,
    runId: args.runId,
    sessionKey: args.thread.sessionKey,
    attempt: args.attempt,
    timeoutMs: args.timeoutMs,
    as: { key, what: `Turn of the conversation on #${args.thread.number}` },
  })
}
