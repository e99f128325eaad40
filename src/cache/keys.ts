// Cache keys for the session DB (docs/design.md §3). Pure.
//
// Layout, every segment terminated by '-':
//   final save of attempt N:   <prefix>-<run>-<session>-<N>-
//   checkpoint s of attempt N: <prefix>-<run>-<session>-<N>-c<s>-
//   restore prefix:            <prefix>-<run>-<session>-
//
// Why this orders correctly under GitHub's restore rule (exact key, else newest entry whose key
// starts with the prefix):
// - Keys are immutable, so every save needs a key of its own: each attempt saves its own final
//   key, each checkpoint its own `c<s>` key. A checkpoint can never take the final key, because
//   a checkpoint key is always longer than the final key of the same attempt.
// - Attempt N runs after attempt N-1 ended, so all of N's entries are newer than all of N-1's,
//   and N's final save (post step) is newer than N's checkpoints (main step). "Newest wins" over
//   the restore prefix therefore picks the latest state without ordering keys by text.
// - The trailing '-' after the attempt stops `…-1` from being a prefix of `…-10`, and the
//   session key is encoded without '-', so session `a` can never prefix-match session `a-b`.

import { createHash } from 'node:crypto'
import { CACHE_KEY_PREFIX } from '../constants.js'
import { encodeSegment } from '../text.js'

/** GitHub rejects keys over 512 characters; leave room for prefix, run id, attempt, checkpoint. */
const MAX_SEGMENT = 200

/**
 * Encode a free-form value (session key, run id) as one key segment: injective, without '-' (the
 * segment terminator) and without ',' (forbidden in cache keys), by encodeSegment (src/text.ts).
 * Long values are cut and suffixed with a hash of the whole value.
 */
export function encodeKeySegment(value: string): string {
  const out = encodeSegment(value)
  if (out.length <= MAX_SEGMENT) return out
  const hash = createHash('sha256').update(value).digest('hex').slice(0, 16)
  return `${out.slice(0, MAX_SEGMENT - 17)}.${hash}`
}

export interface SessionKeyParts {
  runId: string
  sessionKey: string
  /** GITHUB_RUN_ATTEMPT, 1-based. */
  attempt: number
}

function checkAttempt(attempt: number): void {
  if (!Number.isSafeInteger(attempt) || attempt < 1) {
    throw new RangeError(`attempt must be a positive integer, got ${attempt}`)
  }
}

/** `<prefix>-<run>-<session>-`: matches every entry of this session in this run. */
export function restorePrefix(parts: Pick<SessionKeyParts, 'runId' | 'sessionKey'>): string {
  return `${CACHE_KEY_PREFIX}-${encodeKeySegment(parts.runId)}-${encodeKeySegment(parts.sessionKey)}-`
}

/** The key the post step of this attempt saves under. */
export function primaryKey(parts: SessionKeyParts): string {
  checkAttempt(parts.attempt)
  return `${restorePrefix(parts)}${parts.attempt}-`
}

/** The key of checkpoint `seq` (≥ 1, unique within the attempt) saved during the main step. */
export function checkpointKey(parts: SessionKeyParts, seq: number): string {
  if (!Number.isSafeInteger(seq) || seq < 1) throw new RangeError(`seq must be a positive integer, got ${seq}`)
  return `${primaryKey(parts)}c${seq}-`
}

/** Keys for restoreCache: primary first (same attempt re-run of a step), then the run prefix. */
export function restoreKeys(parts: SessionKeyParts): { primaryKey: string; restoreKeys: string[] } {
  return { primaryKey: primaryKey(parts), restoreKeys: [restorePrefix(parts)] }
}

export interface ParsedKey {
  attempt: number
  /** Set when the entry was a checkpoint rather than an attempt's final save. */
  checkpoint?: number
}

/** Read attempt (and checkpoint) back from a matched key; undefined for a foreign key. */
export function parseMatchedKey(matchedKey: string, parts: Pick<SessionKeyParts, 'runId' | 'sessionKey'>): ParsedKey | undefined {
  const prefix = restorePrefix(parts)
  if (!matchedKey.startsWith(prefix)) return undefined
  const m = /^([1-9]\d*)-(?:c([1-9]\d*)-)?$/.exec(matchedKey.slice(prefix.length))
  if (!m?.[1]) return undefined
  const attempt = Number(m[1])
  if (!Number.isSafeInteger(attempt)) return undefined
  return m[2] === undefined ? { attempt } : { attempt, checkpoint: Number(m[2]) }
}

/** A lookup for an older entry than one that could not be used: an exact key, or a prefix (its newest entry). */
export type OlderProbe = { exact: string } | { prefix: string }

/**
 * Where to look, in order, for an entry older than `bad` (docs/design.md §3): the same attempt's
 * final save and its newest checkpoint, the checkpoint before a bad checkpoint, then each earlier
 * attempt's newest entry. Pure; the caller skips entries it already tried.
 */
export function olderProbes(bad: ParsedKey, parts: Pick<SessionKeyParts, 'runId' | 'sessionKey'>): OlderProbe[] {
  const of = (attempt: number) => ({ ...parts, attempt })
  const probes: OlderProbe[] = []
  if (bad.checkpoint === undefined) probes.push({ prefix: `${primaryKey(of(bad.attempt))}c` })
  else {
    probes.push({ exact: primaryKey(of(bad.attempt)) }, { prefix: `${primaryKey(of(bad.attempt))}c` })
    // A step checkpoint's predecessor has the number before it (the finished one, c1000000, has no such neighbour).
    if (bad.checkpoint > 1 && bad.checkpoint < 1_000_000) probes.push({ exact: checkpointKey(of(bad.attempt), bad.checkpoint - 1) })
  }
  for (let a = bad.attempt - 1; a >= 1 && probes.length < 12; a--) probes.push({ prefix: primaryKey(of(a)) })
  return probes
}
