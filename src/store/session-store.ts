// The session store: sessions, their messages and parts in order, attempts and their
// figures, the workspace snapshot and small per-session state. The store is the source of
// truth for a resume, so every write is a transaction and every text passes the redactor.
import { randomUUID } from 'node:crypto'
import type { ModelMessage } from 'ai'
import { GITHUB_RUN_METADATA_KEY, SESSION_KEY_METADATA_KEY } from '../constants.js'
import type { Db } from './open.js'
import {
  ATTEMPT_COLUMNS,
  toAttempt,
  toSession,
  type AttemptDelta,
  type AttemptRecord,
  type AttemptRow,
  type CompactionRecord,
  type AttemptUpdate,
  type SessionRecord,
  type SessionRow,
  type StepUsage,
  type WorkspaceSnapshotRecord,
} from './records.js'
import { insertMessages, replaceConversation, selectCompactions, selectMessages, type CompactionInput } from './messages.js'
import { Redactor } from './redact.js'

export class SessionStore {
  readonly redactor: Redactor

  constructor(
    readonly db: Db,
    private readonly now: () => number = Date.now,
    redactor = new Redactor(),
  ) {
    this.redactor = redactor
  }

  /**
   * A new session stamped with the run id and session key. `seed`: messages it starts with (a
   * conversation continued from an earlier run), written in the same transaction, so a session
   * never exists without them.
   */
  createSession(input: {
    runId: string
    sessionKey: string
    metadata?: Record<string, unknown>
    id?: string
    seed?: { attempt: number; messages: readonly ModelMessage[] }
  }): SessionRecord {
    const metadata = { ...input.metadata, [GITHUB_RUN_METADATA_KEY]: input.runId, [SESSION_KEY_METADATA_KEY]: input.sessionKey }
    const at = this.now()
    const id = input.id ?? `ses_${randomUUID()}`
    this.db.transaction(() => {
      this.db
        .prepare('INSERT INTO sessions (id, created_at, updated_at, metadata) VALUES (?, ?, ?, ?)')
        .run(id, at, at, this.redactor.json(metadata))
      if (input.seed?.messages.length) this.appendMessagesRaw(id, input.seed.attempt, null, input.seed.messages, undefined)
    })()
    return this.getSession(id)!
  }

  /** Every session in the file, oldest first (a conversation's restored turn holds a few). */
  listSessions(): SessionRecord[] {
    return (this.db.prepare('SELECT * FROM sessions ORDER BY created_at, id').all() as SessionRow[]).map(toSession)
  }

  /** Copies a session (metadata and messages) the way a fork does; the copy points back. */
  forkSession(sourceId: string): SessionRecord {
    const source = this.getSession(sourceId)
    if (!source) throw new Error(`cannot fork unknown session ${sourceId}`)
    const id = `ses_${randomUUID()}`
    const at = this.now()
    this.db.transaction(() => {
      this.db
        .prepare('INSERT INTO sessions (id, created_at, updated_at, forked_from, metadata) VALUES (?, ?, ?, ?, ?)')
        .run(id, at, at, sourceId, JSON.stringify(source.metadata))
      this.appendMessagesRaw(id, 0, null, this.loadMessages(sourceId), undefined)
    })()
    return this.getSession(id)!
  }

  getSession(id: string): SessionRecord | undefined {
    const row = this.db.prepare('SELECT * FROM sessions WHERE id = ?').get(id) as SessionRow | undefined
    return row ? toSession(row) : undefined
  }

  /** Every session stamped with this run id and session key, by the index (never a bounded list). */
  sessionsForRun(runId: string, sessionKey: string): SessionRecord[] {
    const rows = this.db
      .prepare('SELECT * FROM sessions WHERE run_id = ? AND session_key = ? ORDER BY created_at, id')
      .all(runId, sessionKey) as SessionRow[]
    return rows.map(toSession)
  }

  setStatus(id: string, status: string): void {
    this.db.prepare('UPDATE sessions SET status = ?, updated_at = ? WHERE id = ?').run(status, this.now(), id)
  }

  countMessages(sessionId: string): number {
    return Number(this.db.prepare('SELECT count(*) FROM messages WHERE session_id = ?').pluck().get(sessionId))
  }

  /**
   * Appends messages in one transaction: an assistant message and its tool results are
   * committed together or not at all.
   */
  appendMessages(sessionId: string, attempt: number, step: number | null, messages: readonly ModelMessage[], usage?: StepUsage): void {
    this.db.transaction(() => this.appendMessagesRaw(sessionId, attempt, step, messages, usage))()
  }

  private appendMessagesRaw(
    sessionId: string,
    attempt: number,
    step: number | null,
    messages: readonly ModelMessage[],
    usage: StepUsage | undefined,
  ): void {
    insertMessages(this.db, this.redactor, this.now(), { sessionId, attempt, step, messages, usage })
  }

  /**
   * The live conversation in order, as the AI SDK takes it. `{ transcript: true }`: every
   * message ever stored, compacted originals included (docs/design.md §9).
   */
  loadMessages(sessionId: string, options: { transcript?: boolean } = {}): ModelMessage[] {
    return selectMessages(this.db, sessionId, options.transcript === true)
  }

  /**
   * Replaces the live conversation with `replacement` (a compaction), in one transaction: the
   * originals stay in the transcript. Returns the compaction id.
   */
  compact(sessionId: string, compaction: CompactionInput, replacement: readonly ModelMessage[]): number {
    return replaceConversation(this.db, this.redactor, this.now(), sessionId, compaction, replacement)
  }

  listCompactions(sessionId: string): CompactionRecord[] {
    return selectCompactions(this.db, sessionId)
  }

  beginAttempt(sessionId: string, number: number, init: { resumed: boolean; restoredFromAttempt: number | null }): AttemptRecord {
    this.db
      .prepare(
        `INSERT INTO attempts (session_id, number, started_at, resumed, restored_from_attempt) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (session_id, number) DO UPDATE SET resumed = excluded.resumed,
           restored_from_attempt = excluded.restored_from_attempt, outcome = 'running', ended_at = NULL`,
      )
      .run(sessionId, number, this.now(), init.resumed ? 1 : 0, init.restoredFromAttempt)
    return this.getAttempt(sessionId, number)!
  }

  updateAttempt(sessionId: string, number: number, update: AttemptUpdate): void {
    const entries = Object.entries(update).filter(([, v]) => v !== undefined) as Array<[keyof AttemptUpdate, unknown]>
    if (entries.length === 0) return
    const sets = entries.map(([k]) => `${ATTEMPT_COLUMNS[k]} = ?`).join(', ')
    const values = entries.map(([k, v]) => (k === 'detail' ? this.redactor.json(v) : k === 'resumed' ? (v ? 1 : 0) : v))
    this.db.prepare(`UPDATE attempts SET ${sets} WHERE session_id = ? AND number = ?`).run(...values, sessionId, number)
  }

  /** Adds to the attempt's counters in one statement (no read-modify-write). */
  addToAttempt(sessionId: string, number: number, delta: AttemptDelta): void {
    this.db
      .prepare(
        `UPDATE attempts SET steps = steps + ?, model_calls = model_calls + ?, tool_runs = tool_runs + ?,
         tokens_in = tokens_in + ?, tokens_out = tokens_out + ?, tokens_cache_read = tokens_cache_read + ?,
         tokens_cache_write = tokens_cache_write + ? WHERE session_id = ? AND number = ?`,
      )
      .run(
        delta.steps ?? 0,
        delta.modelCalls ?? 0,
        delta.toolRuns ?? 0,
        delta.tokensIn ?? 0,
        delta.tokensOut ?? 0,
        delta.tokensCacheRead ?? 0,
        delta.tokensCacheWrite ?? 0,
        sessionId,
        number,
      )
  }

  /**
   * Model calls of attempts before `beforeAttempt` whose step never finished: an assistant
   * message with tool calls and no tool results in the same attempt and step (the attempt died
   * while its tools ran), or results of which one starts with `interruptedMarker` (the tools
   * were stopped). Their cost was paid but their work was not kept.
   */
  unfinishedCalls(sessionId: string, beforeAttempt: number, interruptedMarker: string): { calls: number; tokensIn: number } {
    return this.db
      .prepare(
        `SELECT count(*) AS calls, coalesce(sum(a.tokens_in), 0) AS tokensIn FROM messages a
         WHERE a.session_id = ? AND a.attempt < ? AND a.role = 'assistant' AND a.compaction_id IS NULL
           AND EXISTS (SELECT 1 FROM parts p WHERE p.message_id = a.id AND p.type = 'tool-call')
           AND (NOT EXISTS (SELECT 1 FROM messages t WHERE t.session_id = a.session_id AND t.role = 'tool'
                            AND t.attempt = a.attempt AND t.step = a.step AND t.compaction_id IS NULL)
                OR EXISTS (SELECT 1 FROM messages t JOIN parts p ON p.message_id = t.id
                           WHERE t.session_id = a.session_id AND t.role = 'tool' AND t.attempt = a.attempt
                             AND t.step = a.step AND t.compaction_id IS NULL AND instr(json_extract(p.content, '$.output.value'), ?) = 1))`,
      )
      .get(sessionId, beforeAttempt, interruptedMarker) as { calls: number; tokensIn: number }
  }

  getAttempt(sessionId: string, number: number): AttemptRecord | undefined {
    const row = this.db.prepare('SELECT * FROM attempts WHERE session_id = ? AND number = ?').get(sessionId, number) as
      AttemptRow | undefined
    return row ? toAttempt(row) : undefined
  }

  listAttempts(sessionId: string): AttemptRecord[] {
    const rows = this.db.prepare('SELECT * FROM attempts WHERE session_id = ? ORDER BY number').all(sessionId) as AttemptRow[]
    return rows.map(toAttempt)
  }

  getState(sessionId: string, key: string): string | undefined {
    const value = this.db.prepare('SELECT value FROM session_state WHERE session_id = ? AND key = ?').pluck().get(sessionId, key)
    return typeof value === 'string' ? value : undefined
  }

  setState(sessionId: string, key: string, value: string): void {
    this.db
      .prepare('INSERT INTO session_state (session_id, key, value) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET value = excluded.value')
      .run(sessionId, key, this.redactor.text(value))
  }

  saveWorkspaceSnapshot(sessionId: string, snap: Omit<WorkspaceSnapshotRecord, 'capturedAt'>): void {
    this.db
      .prepare(
        `INSERT INTO workspace_snapshots (session_id, base_commit, captured_at, attempt, step, snapshot) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (session_id) DO UPDATE SET base_commit = excluded.base_commit, captured_at = excluded.captured_at,
           attempt = excluded.attempt, step = excluded.step, snapshot = excluded.snapshot`,
      )
      .run(sessionId, snap.baseCommit, this.now(), snap.attempt, snap.step, snap.snapshot)
  }

  loadWorkspaceSnapshot(sessionId: string): WorkspaceSnapshotRecord | undefined {
    const row = this.db.prepare('SELECT * FROM workspace_snapshots WHERE session_id = ?').get(sessionId) as
      { base_commit: string; captured_at: number; attempt: number; step: number | null; snapshot: Buffer } | undefined
    return row && { baseCommit: row.base_commit, capturedAt: row.captured_at, attempt: row.attempt, step: row.step, snapshot: row.snapshot }
  }

  /** Folds the WAL into the main file so the one file holds everything (before a cache save). */
  checkpoint(): void {
    this.db.pragma('wal_checkpoint(TRUNCATE)')
  }

  close(): void {
    if (this.db.open) this.db.close()
  }
}
