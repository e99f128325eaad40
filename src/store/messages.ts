// The conversation's rows: messages in seq order, each with its parts as JSON. A compaction
// (docs/design.md §9) supersedes the live messages and appends their replacement in the same
// transaction, so a process killed at any instant leaves one whole conversation, old or new.
import type { ModelMessage } from 'ai'
import type { Db } from './open.js'
import { loadLongPart, MAX_LOADED_PART_CHARS } from './part-cap.js'
import type { CompactionRecord, StepUsage } from './records.js'
import type { Redactor } from './redact.js'

export interface MessageWrite {
  sessionId: string
  attempt: number
  step: number | null
  messages: readonly ModelMessage[]
  /** Recorded once, on the first message: usage belongs to the model call. */
  usage?: StepUsage | undefined
  /** Set on the messages a compaction wrote (they replace superseded originals). */
  compactionId?: number | undefined
}

/** Appends messages after the session's last seq. Call inside a transaction. */
export function insertMessages(db: Db, redactor: Redactor, at: number, write: MessageWrite): void {
  const { sessionId, usage } = write
  let seq = Number(db.prepare('SELECT coalesce(max(seq), 0) FROM messages WHERE session_id = ?').pluck().get(sessionId))
  const insertMessage = db.prepare(
    `INSERT INTO messages (session_id, seq, role, attempt, step, created_at, tokens_in, tokens_out, tokens_cache_read,
       tokens_cache_write, compaction_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const insertPart = db.prepare('INSERT INTO parts (message_id, idx, type, content) VALUES (?, ?, ?, ?)')
  write.messages.forEach((message, i) => {
    const counted = i === 0 && usage ? usage : undefined
    const { lastInsertRowid } = insertMessage.run(
      sessionId,
      ++seq,
      message.role,
      write.attempt,
      write.step,
      at,
      counted?.tokensIn ?? null,
      counted?.tokensOut ?? null,
      counted ? (counted.cacheRead ?? 0) : null,
      counted ? (counted.cacheWrite ?? 0) : null,
      write.compactionId ?? null,
    )
    const parts = typeof message.content === 'string' ? [{ type: 'text', text: message.content }] : message.content
    parts.forEach((part, idx) => insertPart.run(lastInsertRowid, idx, part.type, redactor.json(part)))
  })
  db.prepare('UPDATE sessions SET updated_at = ? WHERE id = ?').run(at, sessionId)
}

/**
 * The live conversation in order, as the AI SDK takes it; with `all`, every message ever
 * stored (the transcript: superseded originals and the compactions' copies alike).
 */
export function selectMessages(db: Db, sessionId: string, all = false): ModelMessage[] {
  // A part longer than the cap is not read here: loadLongPart cuts it (a restored DB is not trusted).
  const rows = db
    .prepare(
      `SELECT m.id, m.role, p.rowid AS part, CASE WHEN length(p.content) > ? THEN NULL ELSE p.content END AS content
       FROM messages m LEFT JOIN parts p ON p.message_id = m.id
       WHERE m.session_id = ? ${all ? '' : 'AND m.superseded_by IS NULL'} ORDER BY m.seq, p.idx`,
    )
    .all(MAX_LOADED_PART_CHARS, sessionId) as Array<{ id: number; role: ModelMessage['role']; part: number | null; content: string | null }>
  const out: Array<{ id: number; role: ModelMessage['role']; content: unknown[] }> = []
  for (const row of rows) {
    let last = out[out.length - 1]
    if (!last || last.id !== row.id) {
      last = { id: row.id, role: row.role, content: [] }
      out.push(last)
    }
    if (row.content !== null) last.content.push(JSON.parse(row.content))
    else if (row.part !== null) last.content.push(loadLongPart(db, row.part))
  }
  // A step's tool results are stored one by one as they finish (src/agent/step-commit.ts):
  // consecutive ones are handed back as the one tool message they answer together.
  const merged: typeof out = []
  for (const m of out) {
    const last = merged.at(-1)
    if (m.role === 'tool' && last?.role === 'tool') last.content.push(...m.content)
    else merged.push(m)
  }
  return merged.map(({ role, content }) => {
    // System and user text are stored as one text part; hand them back as plain strings.
    if ((role === 'system' || role === 'user') && content.length === 1) {
      const only = content[0] as { type?: string; text?: string }
      if (only.type === 'text' && typeof only.text === 'string') return { role, content: only.text }
    }
    return { role, content } as ModelMessage
  })
}

export type CompactionInput = Omit<CompactionRecord, 'id' | 'createdAt'>

/**
 * Records a compaction and swaps the live conversation for `replacement`, in one transaction.
 * Returns the compaction's id. Also counts it on the attempt.
 */
export function replaceConversation(
  db: Db,
  redactor: Redactor,
  at: number,
  sessionId: string,
  compaction: CompactionInput,
  replacement: readonly ModelMessage[],
): number {
  return db.transaction(() => {
    const { lastInsertRowid } = db
      .prepare(
        `INSERT INTO compactions (session_id, attempt, step, kind, reason, created_at, tokens_before, tokens_after,
           pruned_results, summarized_messages) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        sessionId,
        compaction.attempt,
        compaction.step,
        compaction.kind,
        compaction.reason,
        at,
        compaction.tokensBefore,
        compaction.tokensAfter,
        compaction.prunedResults,
        compaction.summarizedMessages,
      )
    const id = Number(lastInsertRowid)
    db.prepare('UPDATE messages SET superseded_by = ? WHERE session_id = ? AND superseded_by IS NULL').run(id, sessionId)
    insertMessages(db, redactor, at, { sessionId, attempt: compaction.attempt, step: null, messages: replacement, compactionId: id })
    db.prepare('UPDATE attempts SET compactions = compactions + 1 WHERE session_id = ? AND number = ?').run(sessionId, compaction.attempt)
    return id
  })()
}

/** The session's compactions, oldest first. */
export function selectCompactions(db: Db, sessionId: string): CompactionRecord[] {
  const rows = db.prepare('SELECT * FROM compactions WHERE session_id = ? ORDER BY id').all(sessionId) as Array<Record<string, unknown>>
  return rows.map((r) => ({
    id: Number(r.id),
    attempt: Number(r.attempt),
    step: Number(r.step),
    kind: r.kind as CompactionRecord['kind'],
    reason: String(r.reason),
    createdAt: Number(r.created_at),
    tokensBefore: Number(r.tokens_before),
    tokensAfter: Number(r.tokens_after),
    prunedResults: Number(r.pruned_results),
    summarizedMessages: Number(r.summarized_messages),
  }))
}
