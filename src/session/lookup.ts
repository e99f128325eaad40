// Find this run's session, or create it: the resume decisions of opencode PR #32584
// (docs/design.md §1) as pure functions, and the store I/O around them.
import { GITHUB_RUN_METADATA_KEY, SESSION_KEY_METADATA_KEY } from '../constants.js'
import type { Log } from '../log.js'
import type { RunContext } from '../run-context.js'
import type { ModelMessage } from 'ai'
import type { SessionRecord, SessionStore } from '../store/index.js'

export { GITHUB_RUN_METADATA_KEY } from '../constants.js'

export interface SessionCandidate {
  id: string
  createdAt: number
  forkedFrom: string | null
  metadata: Record<string, unknown>
}

/**
 * The session a new attempt of run `runId` should continue: the earliest-created session
 * stamped with this run id and session key. A fork copies its source's metadata, so it
 * matches too; it resolves back to the original it was forked from. Ties on creation time
 * are broken by id so every attempt picks the same one.
 */
export function findResumableSession<T extends SessionCandidate>(
  candidates: readonly T[],
  runId: string,
  sessionKey: string,
): T | undefined {
  const matching = candidates.filter(
    (s) => s.metadata[GITHUB_RUN_METADATA_KEY] === runId && s.metadata[SESSION_KEY_METADATA_KEY] === sessionKey,
  )
  const byId = new Map(matching.map((s) => [s.id, s]))
  const roots = new Set<T>()
  for (const session of matching) {
    let root = session
    const seen = new Set<string>([root.id])
    // Follow fork links back while the source is one of this run's sessions (guarding cycles).
    while (root.forkedFrom !== null) {
      const source = byId.get(root.forkedFrom)
      if (!source || seen.has(source.id)) break
      seen.add(source.id)
      root = source
    }
    roots.add(root)
  }
  return [...roots].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))[0]
}

/**
 * A prior session with stored messages gets the short continuation nudge; otherwise (none,
 * or the prior attempt died during setup before anything was written) the full prompt.
 */
export function shouldSendContinuation(prior: { messageCount: number } | undefined): boolean {
  return prior !== undefined && prior.messageCount > 0
}

export interface OpenedSession {
  session: SessionRecord
  /** An earlier attempt's session was found. */
  found: boolean
  /** Send the continuation nudge rather than the full prompt. */
  continuation: boolean
  /** The last step an earlier attempt committed (for "resumed after step N"). */
  resumedAfterStep: number | undefined
  /**
   * An earlier attempt's agent already finished (the session is completed): this attempt only
   * finishes what came after (the delivery, the report) and makes no model call.
   */
  finished: boolean
}

/** A completed session has its answer: a re-run (of a failed delivery, or "Re-run all jobs") must not ask the model again. */
export function agentFinished(session: { status: string }): boolean {
  return session.status === 'completed'
}

/** This run's session from the store (found by run id and session key), or a new one stamped with them. */
/** This run's session, when an earlier attempt created it. */
export function findRunSession(store: SessionStore, ctx: RunContext): SessionRecord | undefined {
  return findResumableSession(store.sessionsForRun(ctx.run.runId, ctx.sessionKey), ctx.run.runId, ctx.sessionKey)
}

/** What a new session starts with beyond the run's stamp: a conversation continued from an earlier run (src/main/thread.ts). */
export interface SessionSeed {
  /** The new session's id, chosen beforehand (a conversation's first turn names itself as its root). */
  id: string
  metadata: Record<string, unknown>
  messages: readonly ModelMessage[]
}

/**
 * This run's session from the store (found by run id and session key), or a new one stamped with
 * them; a new one starts with `seed` when given (its messages and metadata, in one transaction).
 */
export function findOrCreateSession(store: SessionStore, ctx: RunContext, log: Pick<Log, 'info'>, seed?: SessionSeed): OpenedSession {
  const { runId, attempt } = ctx.run
  const found = findRunSession(store, ctx)
  if (!found) {
    const session = store.createSession({
      runId,
      sessionKey: ctx.sessionKey,
      metadata: {
        repository: `${ctx.run.repo.owner}/${ctx.run.repo.repo}`,
        event: ctx.eventName,
        created_attempt: attempt,
        ...seed?.metadata,
      },
      ...(seed ? { id: seed.id, seed: { attempt, messages: seed.messages } } : {}),
    })
    log.info(`New session ${session.id} for run ${runId}, key '${ctx.sessionKey}'.`)
    return { session, found: false, continuation: false, resumedAfterStep: undefined, finished: false }
  }
  const messageCount = store.countMessages(found.id)
  const finished = agentFinished(found)
  const continuation = !finished && shouldSendContinuation({ messageCount })
  const steps = store
    .listAttempts(found.id)
    .filter((a) => a.number !== attempt)
    .reduce((n, a) => n + a.steps, 0)
  log.info(
    finished
      ? `Session ${found.id} already finished (${steps} steps): no model call; only what came after the agent is done again.`
      : continuation
        ? `Resuming session ${found.id}: ${messageCount} stored messages, ${steps} finished steps.`
        : `Found session ${found.id} with no messages (the earlier attempt stopped during setup): sending the full prompt.`,
  )
  return { session: found, found: true, continuation, resumedAfterStep: steps > 0 ? steps : undefined, finished }
}
