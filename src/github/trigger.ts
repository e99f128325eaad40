// The GitHub front of a run in one call, in the order that spends nothing on a run that won't
// happen: read the event → (hand-off run: fetch what the original event carried) → decide on
// the trigger → gate the actor. The caller then hands off (dispatch.ts) or builds the request
// (request.ts) and starts the progress comment (comment.ts).
import { resolveHandoff } from './dispatch.js'
import { decideRun, type TriggerSettings } from './event.js'
import { checkActor, type GateSettings } from './gate.js'
import { readSource } from './payload.js'
import type { ContextPort, PermissionPort } from './ports.js'
import type { RepoRef, ResolvedSource } from './types.js'
import { errorMessage } from '../log.js'

export interface TriggerInput {
  eventName: string
  payload: unknown
  /** GITHUB_ACTOR, used when the payload names no sender. */
  actor: string
  repo: RepoRef
  settings: TriggerSettings & GateSettings
  port: ContextPort & PermissionPort
}

export type TriggerOutcome =
  /** Not for us (no phrase, our own comment, unhandled action): exit 0 quietly. */
  | { kind: 'skip'; reason: string }
  /** The actor may not run the agent: no model call; report the message. */
  | { kind: 'refused'; message: string; actor: string }
  /** Misconfiguration (e.g. "prompt" missing for workflow_dispatch) or a broken hand-off: fail. */
  | { kind: 'error'; message: string }
  | {
      kind: 'run'
      source: ResolvedSource
      actor: string
      gateReason: string
      /** This run was dispatched by a hand-off (never hand off again). */
      viaHandoff: boolean
      /** The hand-off run's progress comment, for ProgressComment's adoptCommentId. */
      adoptCommentId?: number | undefined
    }

/**
 * Events that only a person (or token) with write access can cause: dispatching a workflow or
 * a repository_dispatch needs write, a schedule and a push come from the repository itself.
 */
const WRITE_ONLY_EVENTS = new Set(['workflow_dispatch', 'schedule', 'push', 'repository_dispatch'])

export async function resolveTrigger(input: TriggerInput): Promise<TriggerOutcome> {
  let resolved: ResolvedSource
  let viaHandoff = false
  let adoptCommentId: number | undefined
  try {
    const source = readSource(input.eventName, input.payload, input.actor)
    if (source.kind === 'handoff') {
      viaHandoff = true
      adoptCommentId = source.inputs.progressCommentId
    }
    resolved = await resolveHandoff(source, input.port)
  } catch (err) {
    return { kind: 'error', message: errorMessage(err) }
  }

  const decision = decideRun(resolved, input.settings)
  if (decision.kind !== 'run') return decision

  if (decision.source.kind === 'manual' && WRITE_ONLY_EVENTS.has(decision.source.eventName)) {
    // Only someone with write access can cause these events, so no API call is needed.
    const gateReason = `${decision.source.eventName} runs can only be started by people with write access`
    return { kind: 'run', source: decision.source, actor: decision.actor, gateReason, viaHandoff, adoptCommentId }
  }
  const gate = await checkActor(decision.actor, input.settings, input.port, input.repo)
  if (!gate.allowed) return { kind: 'refused', message: gate.message, actor: decision.actor }
  return { kind: 'run', source: decision.source, actor: decision.actor, gateReason: gate.reason, viaHandoff, adoptCommentId }
}
