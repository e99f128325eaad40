// Builds the RunReport for outputs and the job summary from what the store recorded.
import { INTERRUPTED_MARKER } from '../agent/history.js'
import type { AgentRunResult } from '../agent/loop.js'
import type { SessionRestore } from '../cache/session-db.js'
import { FINISHED_CHECKPOINT } from '../session/checkpoint.js'
import type { RunContext } from '../run-context.js'
import type { OpenedSession } from '../session/lookup.js'
import type { SessionStore } from '../store/index.js'
import type { WorkspaceRestoreReport } from '../workspace/restore.js'
import type { Avoided, RunReport } from './types.js'

export interface ReportInput {
  store: SessionStore
  sessionId: string
  ctx: RunContext
  opened: OpenedSession
  result: AgentRunResult
  restore: SessionRestore | undefined
  persisted: boolean
  workspace: WorkspaceRestoreReport | undefined
  readOnly: string | undefined
  /** This attempt reused a finished session (on-finished: reuse): no model call was made. */
  reused?: boolean
  /** describeSandbox() of the attempt's sandbox; undefined when the agent did not run. */
  sandbox?: string | undefined
  thread?: RunReport['thread']
}

export function buildReport(input: ReportInput): RunReport {
  const { store, sessionId, ctx, opened, result } = input
  const attempts = store.listAttempts(sessionId)
  const earlier = attempts.filter((a) => a.number < ctx.run.attempt)
  // A fresh retry would have redone every step the earlier attempts finished; a call whose
  // tools were cut off by the failure was paid but not kept, so it is not counted as saved.
  const lost = store.unfinishedCalls(sessionId, ctx.run.attempt, INTERRUPTED_MARKER)
  const kept = earlier.reduce(
    (sum, a) => ({ modelCalls: sum.modelCalls + a.modelCalls, tokensIn: sum.tokensIn + a.tokensIn, toolRuns: sum.toolRuns + a.toolRuns }),
    { modelCalls: -lost.calls, tokensIn: -lost.tokensIn, toolRuns: 0 },
  )
  const resumed = opened.continuation || opened.finished
  // The calls of this attempt that carried the continuation note: a fresh retry would not have sent it.
  const avoided: Avoided | undefined =
    resumed && kept.modelCalls > 0 ? { ...kept, tokensIn: Math.max(0, kept.tokensIn - result.openingTokens) } : undefined
  return {
    sessionId,
    resumed,
    attempt: ctx.run.attempt,
    restoredFromAttempt: input.restore?.restoredFromAttempt ?? null,
    outcome: result.outcome,
    response: result.response,
    steps: result.steps,
    tokensIn: result.tokensIn,
    tokensOut: result.tokensOut,
    tokensCacheRead: result.tokensCacheRead,
    tokensCacheWrite: result.tokensCacheWrite,
    compactions: result.compactions,
    persisted: input.persisted,
    cacheHit: input.restore?.hit ?? false,
    restoredFrom: restoredFrom(input.restore),
    attempts: attempts.map((a) => ({
      attempt: a.number,
      // An earlier attempt still 'running' never recorded its end: it was killed or its runner lost.
      outcome: a.number < ctx.run.attempt && a.outcome === 'running' ? 'interrupted' : a.outcome,
      steps: a.steps,
      tokensIn: a.tokensIn,
      tokensOut: a.tokensOut,
      tokensCacheRead: a.tokensCacheRead,
      tokensCacheWrite: a.tokensCacheWrite,
      compactions: a.compactions,
      modelCalls: a.modelCalls,
      toolRuns: a.toolRuns,
    })),
    avoided,
    workspace: input.workspace,
    readOnlyCache: input.readOnly,
    sandbox: input.sandbox,
    alreadyCompletedIn: input.reused
      ? attempts.filter((a) => a.number < ctx.run.attempt && a.outcome === 'completed').pop()?.number
      : undefined,
    runUrl: ctx.runUrl,
    thread: input.thread,
  }
}

/** The restored save in words, and whether newer ones had to be passed over. */
function restoredFrom(restore: SessionRestore | undefined): string | undefined {
  if (!restore?.hit || restore.restoredFromAttempt === undefined) return undefined
  const which =
    restore.fromCheckpoint === undefined || restore.fromCheckpoint >= FINISHED_CHECKPOINT
      ? `attempt ${restore.restoredFromAttempt}`
      : `attempt ${restore.restoredFromAttempt}, checkpoint ${restore.fromCheckpoint}`
  const passed = restore.unusable?.length ?? 0
  return passed > 0 ? `${which} (the newest save${passed > 1 ? 's were' : ' was'} unusable)` : which
}
