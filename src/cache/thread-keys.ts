// Cache keys for a conversation's turns (README "Conversations", docs/design.md §12). Pure.
//
//   a finished turn:   <prefix>-thread-<number>-<session>-<run>-<attempt>-
//   the thread prefix: <prefix>-thread-<number>-<session>-
//
// Every turn saves an entry of its own (keys are immutable) and the next turn restores the
// thread prefix, where GitHub's rule "newest entry wins" picks the newest finished turn. Each
// segment is terminated by '-' and encoded without '-' (keys.ts), so issue 4 never matches 42's
// entries and session `a` never matches `a-b`'s. A run id is digits, never `thread`, so these
// keys never match a run's own prefix `<prefix>-<run>-`.
import { CACHE_KEY_PREFIX } from '../constants.js'
import { encodeKeySegment } from './keys.js'

/** A conversation: the issue or pull request number and the session key its runs use. */
export interface ThreadRef {
  number: number
  sessionKey: string
}

function checkNumber(n: number, what: string): void {
  if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`${what} must be a positive integer, got ${n}`)
}

/** `<prefix>-thread-<number>-<session>-`: matches every turn of the conversation. */
export function threadPrefix(t: ThreadRef): string {
  checkNumber(t.number, 'the thread number')
  return `${CACHE_KEY_PREFIX}-thread-${t.number}-${encodeKeySegment(t.sessionKey)}-`
}

/** The key the turn finished by attempt `attempt` of run `runId` is saved under. */
export function threadTurnKey(t: ThreadRef, runId: string, attempt: number): string {
  checkNumber(attempt, 'attempt')
  return `${threadPrefix(t)}${encodeKeySegment(runId)}-${attempt}-`
}

/** The run and attempt a matched key names, or undefined for a key of another shape. */
export function parseThreadKey(key: string, t: ThreadRef): { runId: string; attempt: number } | undefined {
  const prefix = threadPrefix(t)
  if (!key.startsWith(prefix)) return undefined
  const m = /^([0-9A-Za-z_.%]+)-([1-9]\d{0,8})-$/.exec(key.slice(prefix.length))
  return m?.[1] && m[2] ? { runId: m[1], attempt: Number(m[2]) } : undefined
}
