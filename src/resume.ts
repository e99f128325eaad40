// Find or create this run's session, and bring back the agent's workspace changes when a
// session is resumed. The decisions are session.ts's; this is the I/O around them.
import type { RunContext } from './context.js'
import { errorMessage, type Log } from './log.js'
import { findResumableSession, shouldSendContinuation } from './session.js'
import type { SessionRecord, SessionStore } from './store/index.js'
import { EMPTY_TREE, Git } from './workspace/git.js'
import { restoreWorkspace, type WorkspaceRestoreReport } from './workspace/restore.js'

export interface OpenedSession {
  session: SessionRecord
  /** An earlier attempt's session was found. */
  found: boolean
  /** Send the continuation nudge rather than the full prompt. */
  continuation: boolean
  /** The last step an earlier attempt committed (for "resumed after step N"). */
  resumedAfterStep: number | undefined
}

export function findOrCreateSession(store: SessionStore, ctx: RunContext, log: Log): OpenedSession {
  const { runId, attempt } = ctx.run
  const found = findResumableSession(store.sessionsForRun(runId, ctx.sessionKey), runId, ctx.sessionKey)
  if (!found) {
    const session = store.createSession({
      runId,
      sessionKey: ctx.sessionKey,
      metadata: { repository: `${ctx.run.repo.owner}/${ctx.run.repo.repo}`, event: ctx.eventName, created_attempt: attempt },
    })
    log.info(`New session ${session.id} for run ${runId}, key '${ctx.sessionKey}'.`)
    return { session, found: false, continuation: false, resumedAfterStep: undefined }
  }
  const messageCount = store.countMessages(found.id)
  const continuation = shouldSendContinuation({ messageCount })
  const steps = store
    .listAttempts(found.id)
    .filter((a) => a.number !== attempt)
    .reduce((n, a) => n + a.steps, 0)
  log.info(
    continuation
      ? `Resuming session ${found.id}: ${messageCount} stored messages, ${steps} finished steps.`
      : `Found session ${found.id} with no messages (the earlier attempt stopped during setup): sending the full prompt.`,
  )
  return { session: found, found: true, continuation, resumedAfterStep: steps > 0 ? steps : undefined }
}

/**
 * The commit workspace snapshots are taken against: HEAD when the agent starts (after any
 * restore, since nothing is ever committed), the empty tree on an unborn branch, undefined
 * when the workspace is not a git work tree (then nothing is captured).
 */
export async function workspaceBase(root: string): Promise<string | undefined> {
  const git = new Git(root)
  try {
    if ((await git.run(['rev-parse', '--show-toplevel'])).code !== 0) return undefined
    return (await git.head()) ?? EMPTY_TREE
  } catch {
    return undefined
  }
}

/** Re-applies the stored workspace changes; failures are reported, never thrown. */
export async function restoreSessionWorkspace(
  store: SessionStore,
  sessionId: string,
  root: string,
  log: Log,
): Promise<WorkspaceRestoreReport | undefined> {
  const snap = store.loadWorkspaceSnapshot(sessionId)
  if (!snap || snap.snapshot.length === 0) {
    log.info('No workspace changes were stored for this session.')
    return undefined
  }
  try {
    const report = await restoreWorkspace({ cwd: root, snapshot: { base: snap.baseCommit, patch: snap.snapshot } })
    log.info(report.note)
    if (report.failed.length > 0 || report.conflicts.length > 0) log.warning(report.note)
    return report
  } catch (error) {
    log.warning(`Could not restore the workspace changes: ${errorMessage(error)}`)
    return undefined
  }
}
