// The agent stage of main: build the toolbox and the first message, run the loop with a
// checkpoint and a progress update after every committed step, and record how the attempt
// ended.
import type { AgentLog, AgentRunResult, StepInfo } from './agent/loop.js'
import { runAgent } from './agent/loop.js'
import type { ResolvedModel } from './agent/model.js'
import { continuationPrompt, systemPrompt } from './agent/prompts.js'
import { createToolbox, TOOL_NAMES } from './agent/tools/index.js'
import type { RunContext } from './context.js'
import type { ProgressComment } from './github/comment.js'
import type { Settings } from './inputs.js'
import { errorMessage, type Log } from './log.js'
import { Checkpointer, type PersistTarget } from './persist.js'
import type { OpenedSession } from './resume.js'
import type { WorkspaceRestoreReport } from './workspace/restore.js'

export interface DriveInput {
  settings: Settings
  ctx: RunContext
  target: PersistTarget
  opened: OpenedSession
  model: ResolvedModel
  /** The full request (fresh session) — the nudge replaces it on a resume. */
  prompt: string
  restore: WorkspaceRestoreReport | undefined
  previousAttempt: number | undefined
  secrets: string[]
  progress: ProgressComment | undefined
  log: Log
  agentLog: AgentLog
  env: NodeJS.ProcessEnv
  now: () => number
  signal: AbortSignal
}

function describeStep(info: StepInfo): string {
  const tools = info.toolCalls.map((c) => (c.isError ? `${c.toolName} (error)` : c.toolName)).join(', ')
  return tools === '' ? `Step ${info.step}: answered` : `Step ${info.step}: ${tools}`
}

export async function driveAgent(input: DriveInput): Promise<AgentRunResult> {
  const { settings, ctx, target, opened, log } = input
  const sessionId = opened.session.id
  const firstMessage = opened.continuation
    ? continuationPrompt({ continuePrompt: settings.continuePrompt, restore: input.restore, previousAttempt: input.previousAttempt })
    : input.prompt
  const checkpoints = new Checkpointer(settings.checkpoint, target, input.now)
  const result = await runAgent({
    store: target.store,
    sessionId,
    attempt: ctx.run.attempt,
    model: input.model.model,
    tools: createToolbox({
      workspaceRoot: ctx.workspaceRoot,
      bashTimeoutSeconds: settings.bashTimeoutSeconds,
      secrets: input.secrets,
      env: input.env,
    }),
    system: systemPrompt({
      workspaceRoot: ctx.workspaceRoot,
      toolNames: TOOL_NAMES,
      bashTimeoutSeconds: settings.bashTimeoutSeconds,
      maxSteps: settings.maxSteps,
      repository: `${ctx.run.repo.owner}/${ctx.run.repo.repo}`,
    }),
    firstMessage: { role: 'user', content: firstMessage },
    maxSteps: settings.maxSteps,
    deadline: input.now() + settings.maxMinutes * 60_000,
    now: input.now,
    log: input.agentLog,
    signal: input.signal,
    onStepCommitted: async (info) => {
      if (!info.final) await checkpoints.afterStep(info.step)
      await input.progress?.progress(describeStep(info))
    },
  })
  target.store.updateAttempt(sessionId, ctx.run.attempt, {
    outcome: result.outcome,
    endedAt: input.now(),
    detail: { ...(result.error ? { error: result.error } : {}), repairs: result.repairs.length },
  })
  target.store.setStatus(sessionId, result.outcome === 'completed' ? 'completed' : 'active')
  return result
}

/** Why an attempt stopped, in a few words (the progress comment adds the step and what next). */
export function failureReason(result: AgentRunResult): string {
  return result.outcome === 'max-steps'
    ? `the agent used all its steps (${result.steps}) before finishing`
    : result.outcome === 'timeout'
      ? 'the agent ran out of time (max-minutes) before finishing'
      : `the agent failed: ${result.error ?? 'unknown error'}`
}

/** The message a failed job ends with: what happened and that a re-run resumes. */
export function failureMessage(result: AgentRunResult, persisted: boolean): string {
  const why = failureReason(result)
  const next = persisted
    ? 'Re-run the failed job to resume the session where it stopped.'
    : "This run's session could not be saved, so a re-run starts over."
  return `Stopped after ${result.steps} step(s): ${why}. ${next}`
}

export function logError(log: Log, during: string) {
  return (error: unknown, what: string = during): void => log.warning(`GitHub: ${what} failed: ${errorMessage(error)}`)
}
