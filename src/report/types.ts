// The plain result a run hands to the report: what happened in this attempt and in the session
// as a whole. Built by build.ts from the store; read by write.ts and summary.ts.
import type { DeliveryResult } from '../deliver/deliver.js'
import type { RestoredFiles } from '../workspace/restore.js'

export interface AttemptRow {
  attempt: number
  outcome: string
  steps: number
  tokensIn: number
  tokensOut: number
  /** Input tokens read from the provider's prompt cache (part of tokensIn). */
  tokensCacheRead: number
  tokensCacheWrite: number
  compactions: number
  modelCalls: number
  toolRuns: number
}

/**
 * What resuming saved against a fresh retry: the finished model calls and tool runs a fresh
 * start would have redone; tokensIn is their input tokens less what the continuation note
 * added to each call of this attempt (a fresh retry would not have carried it).
 */
export interface Avoided {
  modelCalls: number
  tokensIn: number
  toolRuns: number
}

export interface RunReport {
  sessionId: string
  resumed: boolean
  attempt: number
  /** The attempt whose saved session this one continued; absent on a fresh start. */
  restoredFromAttempt?: number | null | undefined
  outcome: string
  /** Why the attempt did not complete (failed, max-steps, timeout, cancelled). */
  reason?: string | undefined
  /** The agent's final message, if it produced one. */
  response?: string | undefined
  /** Steps and tokens of this attempt. */
  steps: number
  tokensIn: number
  tokensOut: number
  tokensCacheRead: number
  tokensCacheWrite: number
  /** Compactions this attempt made to stay inside the context window. */
  compactions: number
  /** Whether the session reached the cache (or will, in the post step). */
  persisted: boolean
  cacheHit: boolean
  /** Which save was restored, e.g. "checkpoint 2 of attempt 1 (the newest save was unusable)". */
  restoredFrom?: string | undefined
  /** One row per attempt of this run, oldest first, this attempt included. */
  attempts: readonly AttemptRow[]
  avoided?: Avoided | undefined
  workspace?: RestoredFiles | undefined
  /** Set when this attempt reused a session whose agent had finished: the attempt that finished it. */
  alreadyCompletedIn?: number | undefined
  /** The boundary the agent's commands ran in (describeSandbox); absent when the agent did not run. */
  sandbox?: string | undefined
  /** Set when the cache could not be written: why, and what it means for a re-run. */
  readOnlyCache?: string | undefined
  /** What the delivery stage did; undefined when the agent did not complete. */
  delivery?: DeliveryResult | undefined
  /** `https://github.com/owner/repo`, for commit links. */
  repoUrl?: string | undefined
  /** Link to this attempt's page. */
  runUrl?: string | undefined
  /** This run's place in its issue's or pull request's conversation (src/main/thread.ts). */
  thread?: ThreadReport | undefined
}

export interface ThreadReport {
  turn: number
  /** The session that began the conversation. */
  sessionId: string
  /** One line for the summary: continued from where, or why it began anew, and whether the turn was saved. */
  text: string
}
