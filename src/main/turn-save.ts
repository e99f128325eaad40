// The end of a conversation's turn (README "Conversations", docs/design.md §12): after the
// delivery, the finished turn is saved as its own cache entry for the next request on the
// thread, once per run; and what the summary and the outputs say about the conversation.
import { newestThreadKey, saveThreadDb } from '../cache/thread-db.js'
import { parseThreadKey, type ThreadRef } from '../cache/thread-keys.js'
import { encodeKeySegment } from '../cache/keys.js'
import type { CacheAccess } from '../cache/token.js'
import type { CacheClient } from '../cache/client.js'
import type { Settings } from '../inputs.js'
import type { Log } from '../log.js'
import type { ThreadReport } from '../report/types.js'
import type { RunContext } from '../run-context.js'
import type { ThreadMeta } from '../session/thread.js'
import type { SessionStore } from '../store/index.js'
import type { ThreadStart } from './thread.js'

/** The state key under which a session records the cache key its finished turn was saved as. */
export const THREAD_SAVED_KEY = 'thread.saved'

/** The summary's and the outputs' view of the conversation; `saved`: what saveTurn said. */
export function threadReport(thread: ThreadStart, saved: string | undefined): ThreadReport | undefined {
  if (!thread.meta) return undefined
  const note = saved ? [`${saved.charAt(0).toUpperCase()}${saved.slice(1)}.`] : []
  return { turn: thread.meta.turn, sessionId: thread.meta.root, text: [thread.line ?? 'A new conversation.', ...note].join(' ') }
}

export interface TurnSave {
  store: SessionStore
  sessionId: string
  ctx: RunContext
  settings: Settings
  meta: ThreadMeta | undefined
  access: CacheAccess
  cache: CacheClient
  log: Log
  now: () => number
  signal: AbortSignal
}

/**
 * Saves the finished turn for the next request, once per run (the session records it). Returns
 * one sentence for the summary and the progress comment: saved, or why not.
 */
export async function saveTurn(s: TurnSave): Promise<string | undefined> {
  const { meta, log, ctx } = s
  if (!meta) return undefined
  if (s.store.getState(s.sessionId, THREAD_SAVED_KEY)) return 'this turn was saved for the next request'
  if (!s.settings.cache) return "this turn is not kept for the next request (the 'cache' input is false)"
  if (s.access === 'read-only')
    return "this turn could not be saved for the next request: this run's cache is read-only (set `handoff: dispatch`, see docs/handoff.md)"
  const ref: ThreadRef = { number: meta.number, sessionKey: ctx.sessionKey }
  const deps = { cache: s.cache, log, now: s.now, signal: s.signal }
  const timeoutMs = s.settings.cacheTimeoutSeconds * 1000
  const newest = await newestThreadKey(deps, ref, timeoutMs)
  const overtaken =
    newest !== undefined && newest !== meta.previous?.key && parseThreadKey(newest, ref)?.runId !== encodeKeySegment(ctx.run.runId)
  s.store.checkpoint()
  const saved = await saveThreadDb(deps, { dbPath: ctx.dbPath, thread: ref, runId: ctx.run.runId, attempt: ctx.run.attempt, timeoutMs })
  if (!saved.saved) return `this turn could not be saved for the next request (${saved.reason ?? 'error'}: ${saved.detail ?? ''})`
  s.store.setState(s.sessionId, THREAD_SAVED_KEY, saved.key)
  return overtaken
    ? 'another request of this conversation finished while this one worked; this turn did not see it, and the next request continues from this one'
    : 'this turn was saved for the next request'
}
