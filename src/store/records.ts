// The store's records and their mapping from SQLite rows (snake_case columns, JSON text,
// 0/1 booleans) to the camelCase shapes the rest of the action reads.
import type { SessionCandidate } from '../session/lookup.js'

export interface SessionRecord extends SessionCandidate {
  updatedAt: number
  status: string
}

export interface AttemptRecord {
  number: number
  startedAt: number
  endedAt: number | null
  outcome: string
  steps: number
  tokensIn: number
  tokensOut: number
  /** Input tokens read from the provider's prompt cache (part of tokensIn). */
  tokensCacheRead: number
  /** Input tokens written to the provider's prompt cache (part of tokensIn). */
  tokensCacheWrite: number
  /** Compactions this attempt made (docs/design.md §9). */
  compactions: number
  modelCalls: number
  toolRuns: number
  resumed: boolean
  restoredFromAttempt: number | null
  detail: Record<string, unknown>
}

export type AttemptUpdate = Partial<Omit<AttemptRecord, 'number' | 'startedAt'>>

/** Increments to an attempt's counters. */
export type AttemptDelta = Partial<
  Pick<AttemptRecord, 'steps' | 'modelCalls' | 'toolRuns' | 'tokensIn' | 'tokensOut' | 'tokensCacheRead' | 'tokensCacheWrite'>
>

/** One model call's tokens. tokensIn includes the cache reads and writes (as the AI SDK's inputTokens). */
export interface StepUsage {
  tokensIn: number
  tokensOut: number
  cacheRead?: number
  cacheWrite?: number
}

/** A compaction of the live conversation (docs/design.md §9); token figures are estimates. */
export interface CompactionRecord {
  id: number
  attempt: number
  /** The step the compaction came before (1-based, within the attempt). */
  step: number
  kind: 'prune' | 'summary'
  /** 'budget' (the next request would exceed it) or 'overflow' (the provider refused it as too long). */
  reason: string
  createdAt: number
  tokensBefore: number
  tokensAfter: number
  prunedResults: number
  summarizedMessages: number
}

export interface WorkspaceSnapshotRecord {
  baseCommit: string
  capturedAt: number
  attempt: number
  step: number | null
  snapshot: Buffer
}

export interface SessionRow {
  id: string
  created_at: number
  updated_at: number
  forked_from: string | null
  status: string
  metadata: string
}

export interface AttemptRow {
  number: number
  started_at: number
  ended_at: number | null
  outcome: string
  steps: number
  tokens_in: number
  tokens_out: number
  tokens_cache_read: number
  tokens_cache_write: number
  compactions: number
  model_calls: number
  tool_runs: number
  resumed: number
  restored_from_attempt: number | null
  detail: string
}

export function toSession(row: SessionRow): SessionRecord {
  return {
    id: row.id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    forkedFrom: row.forked_from,
    status: row.status,
    metadata: JSON.parse(row.metadata) as Record<string, unknown>,
  }
}

export function toAttempt(row: AttemptRow): AttemptRecord {
  return {
    number: row.number,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    outcome: row.outcome,
    steps: row.steps,
    tokensIn: row.tokens_in,
    tokensOut: row.tokens_out,
    tokensCacheRead: row.tokens_cache_read,
    tokensCacheWrite: row.tokens_cache_write,
    compactions: row.compactions,
    modelCalls: row.model_calls,
    toolRuns: row.tool_runs,
    resumed: row.resumed === 1,
    restoredFromAttempt: row.restored_from_attempt,
    detail: JSON.parse(row.detail) as Record<string, unknown>,
  }
}

export const ATTEMPT_COLUMNS: Record<keyof AttemptUpdate, string> = {
  endedAt: 'ended_at',
  outcome: 'outcome',
  steps: 'steps',
  tokensIn: 'tokens_in',
  tokensOut: 'tokens_out',
  tokensCacheRead: 'tokens_cache_read',
  tokensCacheWrite: 'tokens_cache_write',
  compactions: 'compactions',
  modelCalls: 'model_calls',
  toolRuns: 'tool_runs',
  resumed: 'resumed',
  restoredFromAttempt: 'restored_from_attempt',
  detail: 'detail',
}
