// A session's place in a conversation (README "Conversations"): the issue or pull request it
// answered, its turn, the session that began the conversation and the turn before it, and where
// the conversation's work lives. Stamped into the session's metadata when the session is created
// and never changed, so every attempt of a run reads the same answer. Pure: reading it back from
// a file restored from the cache (data anyone with write access could have saved, docs/design.md
// §12) checks every field's shape.
import { SESSION_KEY_METADATA_KEY, THREAD_METADATA_KEY } from '../constants.js'
import type { SessionCandidate } from './lookup.js'

export interface ThreadMeta {
  number: number
  pullRequest: boolean
  /** 1 for the turn that began the conversation. */
  turn: number
  /** The session that began it: the `thread-session-id` output. */
  root: string
  /** The first turn the carried conversation holds in full (a restart from a summary moves it). */
  since: number
  /** The turn this one continued; absent on turn 1. */
  previous?: PreviousTurn | undefined
  /** An issue's conversation: the branch (and pull request) its work goes to, once there is one. */
  branch?: string | undefined
  pullNumber?: number | undefined
  /** The commit the work tree was moved to for this turn (the branch's head when it began). */
  head?: string | undefined
  /** Why this run began a new conversation although it could have continued one. */
  freshBecause?: string | undefined
}

export interface PreviousTurn {
  session: string
  run: string
  /** The cache key it was restored from. */
  key: string
  /** When it began (epoch ms): what changed on GitHub since then (it read the thread then) is news for this turn. */
  finishedAt: number
  /** Its progress comment's id, for the link "Continuing the conversation from …". */
  commentId?: number | undefined
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const posInt = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v > 0
const str = (v: unknown, max = 300): v is string => typeof v === 'string' && v.length > 0 && v.length <= max
const opt = <T>(v: unknown, ok: (x: unknown) => x is T): T | undefined => (ok(v) ? v : undefined)

/** The conversation fields of a session's metadata, or undefined when it has none (or a bad shape). */
export function readThreadMeta(metadata: Record<string, unknown>): ThreadMeta | undefined {
  const t = metadata[THREAD_METADATA_KEY]
  if (!isRecord(t) || !posInt(t['number']) || typeof t['pullRequest'] !== 'boolean' || !posInt(t['turn']) || !str(t['root']))
    return undefined
  const since = posInt(t['since']) && t['since'] <= t['turn'] ? t['since'] : 1
  const p = t['previous']
  const previous =
    isRecord(p) && str(p['session']) && str(p['run']) && str(p['key'], 600) && posInt(p['finishedAt'])
      ? { session: p['session'], run: p['run'], key: p['key'], finishedAt: p['finishedAt'], commentId: opt(p['commentId'], posInt) }
      : undefined
  return {
    number: t['number'],
    pullRequest: t['pullRequest'],
    turn: t['turn'],
    root: t['root'],
    since,
    previous,
    branch: opt(t['branch'], (v): v is string => str(v, 255)),
    pullNumber: opt(t['pullNumber'], posInt),
    head: opt(t['head'], (v): v is string => typeof v === 'string' && /^[0-9a-f]{40,64}$/.test(v)),
    freshBecause: opt(t['freshBecause'], (v): v is string => str(v, 500)),
  }
}

/** The metadata entry for `meta` (undefined fields left out). */
export function threadMetadata(meta: ThreadMeta): Record<string, unknown> {
  return { [THREAD_METADATA_KEY]: JSON.parse(JSON.stringify(meta)) as unknown }
}

export interface TurnCandidate extends SessionCandidate {
  status: string
  updatedAt: number
}

/**
 * The turn a new request continues, among the sessions of a restored turn's file: the newest
 * finished session of this conversation (same issue or pull request number and session key).
 */
export function findPreviousTurn<T extends TurnCandidate>(
  sessions: readonly T[],
  thread: { number: number; sessionKey: string },
): { session: T; meta: ThreadMeta } | undefined {
  const turns = sessions
    .filter((s) => s.status === 'completed' && s.metadata[SESSION_KEY_METADATA_KEY] === thread.sessionKey)
    .map((session) => ({ session, meta: readThreadMeta(session.metadata) }))
    .filter((t): t is { session: T; meta: ThreadMeta } => t.meta !== undefined && t.meta.number === thread.number)
  return turns.sort((a, b) => b.meta.turn - a.meta.turn || b.session.updatedAt - a.session.updatedAt)[0]
}

/** Whether the next turn carries the conversation in full, or restarts it from a summary (the `thread-max-turns` cap). */
export function restartsFromSummary(previous: Pick<ThreadMeta, 'turn' | 'since'>, maxTurns: number): boolean {
  return previous.turn + 1 - previous.since >= maxTurns
}
