// The end of main's attempt, after the agent: deliver its finished work → keep the finished turn
// of a conversation for the next request → the progress comment → the report (outputs, job
// summary) and the step's outcome. A failed attempt delivers nothing: its work stays in the
// session for the re-run.
import type { AgentRunResult } from '../agent/loop.js'
import type { SessionRestore } from '../cache/session-db.js'
import type { CacheAccess } from '../cache/token.js'
import type { DeliveryResult } from '../deliver/deliver.js'
import { deliverStage } from '../deliver/stage.js'
import type { Intake } from '../github/intake.js'
import type { ProgressComment } from '../github/progress-comment.js'
import type { PullRequestPort } from '../github/pulls.js'
import type { WorkingReaction } from '../github/reaction.js'
import type { Settings } from '../inputs.js'
import { buildReport } from '../report/build.js'
import { failureMessage, failureReason } from '../report/failure.js'
import { writeReport } from '../report/write.js'
import type { RunContext } from '../run-context.js'
import type { Attempt, WorkspaceStart } from '../session/attempt.js'
import type { OpenedSession } from '../session/lookup.js'
import type { MainState } from '../state.js'
import type { SessionStore } from '../store/index.js'
import { endProgress } from './progress.js'
import type { MainDeps } from './run.js'
import type { ThreadStart } from './thread.js'
import { saveTurn, threadReport } from './turn-save.js'

export interface AttemptEnd {
  settings: Settings
  ctx: RunContext
  access: CacheAccess
  decided: Extract<Intake, { kind: 'run' }>
  store: SessionStore
  attempt: Attempt
  opened: OpenedSession
  result: AgentRunResult
  restore: SessionRestore | undefined
  persisted: boolean
  workspace: WorkspaceStart
  pulls: PullRequestPort | undefined
  pushUrl: string | undefined
  thread: ThreadStart
  progress: ProgressComment | undefined
  eyes: WorkingReaction | undefined
  state: MainState
  /** This attempt reused a session whose agent had finished: no model call was made. */
  finished: boolean
  sandbox: string | undefined
  signal: AbortSignal
}

export async function finishAttempt(deps: MainDeps, e: AttemptEnd): Promise<void> {
  const { log, env } = deps
  const { settings, ctx, access, decided, store, attempt, opened, result, restore, persisted, workspace, pulls, pushUrl } = e
  const { thread, progress, eyes, state, finished } = e
  // The answer leaves the runner (comment, pull request, outputs, summary): without any secret.
  const answer = store.redactor.text(result.response)

  // Only finished work is delivered; a failed attempt's work stays in the session for the re-run.
  const base = workspace.base
  const conversation = thread.meta?.branch ? { branch: thread.meta.branch, pullNumber: thread.meta.pullNumber } : undefined
  const delivery: DeliveryResult | undefined =
    result.outcome === 'completed' && base !== undefined
      ? await log.group('Deliver the work', () =>
          deliverStage(
            {
              settings,
              ctx,
              store,
              sessionId: attempt.sessionId,
              request: decided.request,
              answer,
              pulls,
              conversation,
              now: deps.now,
              log,
            },
            { root: ctx.workspaceRoot, base, pushUrl },
            env,
          ),
        )
      : undefined
  const repoUrl = `${ctx.run.serverUrl}/${ctx.run.repo.owner}/${ctx.run.repo.repo}`
  // The finished turn is kept for the next request on the thread (README "Conversations").
  const saved =
    result.outcome === 'completed' && delivery?.kind !== 'failed'
      ? await log.group('Save the turn', () =>
          saveTurn({
            store,
            sessionId: attempt.sessionId,
            ctx,
            settings,
            meta: thread.meta,
            access,
            cache: deps.cache,
            log,
            now: deps.now,
            signal: e.signal,
          }),
        )
      : undefined
  if (saved?.startsWith('another request')) progress?.setContext(`${thread.line ?? ''} ⚠️ ${saved}.`.trim())

  await endProgress(progress, { reused: finished, result, answer, delivery, persisted, repoUrl })
  await eyes?.remove()
  state.reported()
  store.checkpoint()

  const report = buildReport({
    store,
    sessionId: attempt.sessionId,
    ctx,
    opened,
    result: { ...result, response: answer },
    restore,
    persisted,
    workspace: workspace.report,
    readOnly: access === 'read-only' ? decided.readOnlyNote : undefined,
    sandbox: e.sandbox,
    reused: finished,
    thread: threadReport(thread, saved),
  })
  const failedDelivery = delivery?.kind === 'failed'
  const reason = result.outcome === 'completed' ? undefined : failureReason(result)
  await writeReport({ ...report, delivery, repoUrl, reason, ...(failedDelivery ? { outcome: 'delivery-failed' } : {}) }, deps.report)
  if (result.outcome !== 'completed') deps.setFailed(failureMessage(result, persisted))
  else if (delivery?.kind === 'failed') deps.setFailed(`${delivery.message} Re-run the failed job to finish the delivery (no model call).`)
}
