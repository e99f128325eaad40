// The intake stage of main: read the event, decide whether it asks for the agent, and gate
// the actor, in the order that spends nothing on a run that won't happen: read the event →
// (hand-off run: fetch what the original event carried) → trigger → permission gate →
// (read-only cache: hand off to a workflow_dispatch run) → the request for the agent, with
// the progress comment that keeps the thread informed. Nothing here touches the cache or the
// session store: a skipped or refused event leaves no trace but its summary.
import type { Settings } from '../inputs.js'
import { errorMessage, type Log } from '../log.js'
import type { RunContext } from '../run-context.js'
import { warnOnError } from './errors.js'
import { decideRun, type TriggerSettings } from './event.js'
import { checkActor, isBotLogin, type GateSettings } from './gate.js'
import { canHandOff, defaultBranchOf, handOff, readOnlyCacheNote, resolveHandoff, shouldHandOff } from './handoff.js'
import { MANUAL_EVENTS, readSource, secretsWithheld } from './payload.js'
import type { ContextPort, GitHubPorts, PermissionPort } from './ports.js'
import { ProgressComment, type KeyValuePort } from './progress-comment.js'
import { buildRequest } from './prompt.js'
import { refusalReplyFor, replyToRefused, type RefusalReply } from './refusal.js'
import type { ReactionTarget, RepoRef, ResolvedSource, RunnableSource } from './types.js'

export interface TriggerInput {
  eventName: string
  payload: unknown
  /** GITHUB_ACTOR, used when the payload names no sender. */
  actor: string
  repo: RepoRef
  settings: TriggerSettings & GateSettings
  port: ContextPort & PermissionPort
  /** Set when there is no model key because GitHub gives this run no secrets: why (payload.ts secretsWithheld). */
  withheld?: string | undefined
}

export type TriggerOutcome =
  /** Not for us (no phrase, our own comment, unhandled action): exit 0 quietly. */
  | { kind: 'skip'; reason: string; notice?: boolean }
  /** The actor may not run the agent: no model call; report the message (and reply once, to a person). */
  | { kind: 'refused'; message: string; actor: string; reply?: RefusalReply | undefined }
  /** Misconfiguration (e.g. "prompt" missing for workflow_dispatch) or a broken hand-off: fail. */
  | { kind: 'error'; message: string }
  | {
      kind: 'run'
      source: RunnableSource
      actor: string
      gateReason: string
      /** This run was dispatched by a hand-off (never hand off again). */
      viaHandoff: boolean
      /** The hand-off run's progress comment, for ProgressComment's adoptCommentId. */
      adoptCommentId?: number | undefined
    }

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
  if (input.withheld !== undefined) {
    // Before the gate: no permission call, and no refusal reply on a fork's pull request.
    return { kind: 'skip', reason: `there is no model API key because ${input.withheld}; the agent did not run`, notice: true }
  }

  if (decision.source.kind === 'manual' && MANUAL_EVENTS.has(decision.source.eventName)) {
    // Only someone with write access can cause these events (dispatching a workflow or a
    // repository_dispatch needs write; a schedule and a push come from the repository itself),
    // so no API call is needed.
    const gateReason = `${decision.source.eventName} runs can only be started by people with write access`
    return { kind: 'run', source: decision.source, actor: decision.actor, gateReason, viaHandoff, adoptCommentId }
  }
  const gate = await checkActor(decision.actor, input.settings, input.port, input.repo)
  if (!gate.allowed) {
    const reply = refusalReplyFor(decision.source, decision.actor, isBotLogin(decision.actor))
    return { kind: 'refused', message: gate.message, actor: decision.actor, reply }
  }
  return { kind: 'run', source: decision.source, actor: decision.actor, gateReason: gate.reason, viaHandoff, adoptCommentId }
}

export interface IntakeDeps {
  log: Log
  github: (token: string, repo: RepoRef) => GitHubPorts
}

/** Stop here (the outcome and a markdown paragraph for the summary), or run the agent. */
export type Intake =
  | { kind: 'stop'; outcome: 'skipped' | 'refused' | 'handed-off'; markdown: string }
  | {
      kind: 'run'
      prompt: string
      /** The event the request came from (a conversation's next turn is built from it: src/main/thread.ts). */
      source: RunnableSource
      ports: GitHubPorts
      reactionTarget: ReactionTarget | undefined
      readOnlyNote: string
      /** What the request was about: the delivery names and links it. */
      request: { actor: string; title: string; thread: { number: number; isPullRequest: boolean } | undefined }
      /** The progress comment, when the request came from an issue or PR; its id is kept in `kv`. */
      progress: (kv: KeyValuePort) => ProgressComment | undefined
    }

/** The trigger and the gate said run: what prepare() needs. */
export interface Admitted {
  kind: 'admitted'
  trigger: Extract<TriggerOutcome, { kind: 'run' }>
  ports: GitHubPorts
}

const stop = (outcome: 'skipped' | 'refused' | 'handed-off', markdown: string): Intake & { kind: 'stop' } => ({
  kind: 'stop',
  outcome,
  markdown,
})

/**
 * The trigger and the permission gate: does this event ask for the agent, and may its actor run
 * it? Nothing else is needed for that (no model key: a run GitHub gives no secrets to must not
 * fail here). Throws for a misconfiguration (e.g. no prompt for workflow_dispatch) and for a
 * permission check GitHub did not answer (after retries): that fails the step, re-runnable.
 */
export async function admit(
  deps: IntakeDeps,
  settings: Settings,
  ctx: RunContext,
  keyAvailable: boolean,
): Promise<Admitted | (Intake & { kind: 'stop' })> {
  const { log } = deps
  const ports = deps.github(settings.githubToken, ctx.run.repo)
  const trigger = await resolveTrigger({
    eventName: ctx.eventName,
    payload: ctx.eventPayload,
    actor: ctx.actor,
    repo: ctx.run.repo,
    settings: {
      trigger: settings.trigger,
      prompt: settings.prompt,
      allowedUsers: settings.allowedUsers,
      allowedBots: settings.allowedBots,
    },
    port: ports,
    withheld: keyAvailable ? undefined : secretsWithheld(ctx.eventName, ctx.eventPayload, ctx.actor),
  })
  switch (trigger.kind) {
    case 'skip':
      if (trigger.notice) log.notice(`Skipped: ${trigger.reason}`)
      else log.info(`Nothing to do: ${trigger.reason}`)
      return stop('skipped', trigger.reason)
    case 'refused':
      log.warning(trigger.message)
      if (trigger.reply) await replyToRefused(ports, trigger.reply, warnOnError(log, 'reply to the refused request'))
      return stop('refused', trigger.message)
    case 'error':
      throw new Error(trigger.message)
    case 'run':
      log.info(`Allowed: ${trigger.gateReason}.`)
      return { kind: 'admitted', trigger, ports }
  }
}

/**
 * After admit() (and the model check): hand off to a workflow_dispatch run when this run's cache
 * is read-only and `handoff: dispatch` asks for it — once per request, also when this run is
 * re-run — or build the request for the agent. Throws when a hand-off could not be dispatched.
 */
export async function prepare(
  deps: IntakeDeps,
  settings: Settings,
  ctx: RunContext,
  admitted: Admitted,
  cacheWritable: boolean,
): Promise<Intake> {
  const { log } = deps
  const { trigger, ports } = admitted
  const repo = ctx.run.repo
  const readOnlyNote = readOnlyCacheNote(ctx.eventName, settings.handoff)
  const onError = warnOnError(log, 'progress comment')
  const progressFor = (issueNumber: number | undefined, kv: KeyValuePort) =>
    issueNumber === undefined
      ? undefined
      : new ProgressComment({
          port: ports,
          kv,
          issueNumber,
          run: ctx.run,
          sessionKey: ctx.sessionKey,
          adoptCommentId: trigger.adoptCommentId,
          onError,
        })

  if (!cacheWritable) {
    if (shouldHandOff(settings.handoff, cacheWritable, trigger.source, trigger.viaHandoff) && canHandOff(trigger.source)) {
      const issueNumber = trigger.source.kind === 'review_comment' ? trigger.source.pull.number : trigger.source.issue.number
      const kept = new Map<string, string>()
      const progress = progressFor(issueNumber, { get: (k) => kept.get(k), set: (k, v) => void kept.set(k, v) })
      // A re-run of this run after its hand-off: the work is (or was) in the dispatched run.
      const earlier = await progress?.earlierHandoff()
      if (earlier) {
        if (earlier.failed) log.warning(earlier.message)
        else log.info(earlier.message)
        return stop('handed-off', earlier.message)
      }
      await progress?.start()
      const result = await handOff({
        port: ports,
        run: ctx.run,
        defaultBranch: defaultBranchOf(ctx.eventPayload) ?? 'main',
        source: trigger.source,
        progress,
      })
      if (result.kind === 'failed') throw new HandoffError(result.message)
      log.info(result.message)
      return stop('handed-off', result.message)
    }
    log.warning(readOnlyNote)
  }

  const request = await buildRequest(trigger.source, { repo, prompt: settings.prompt }, ports)
  log.info(`Request: ${request.summary}`)
  return {
    kind: 'run',
    prompt: request.prompt,
    source: trigger.source,
    ports,
    reactionTarget: request.reactionTarget,
    readOnlyNote,
    progress: (kv) => progressFor(request.issueNumber, kv),
    request: {
      actor: request.actor,
      title: request.title,
      thread:
        request.issueNumber !== undefined ? { number: request.issueNumber, isPullRequest: request.isPullRequest === true } : undefined,
    },
  }
}

/** A hand-off that could not be dispatched: main reports it in the summary and fails. */
export class HandoffError extends Error {
  override name = 'HandoffError'
}
