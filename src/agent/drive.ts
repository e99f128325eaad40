// The agent stage of main: build the toolbox and the first message (the prompt, or the
// continuation note on a resume), run the loop for one attempt with a checkpoint and a progress
// update after every committed step, and return how it went. The attempt records the outcome.
import type { ProgressComment } from '../github/progress-comment.js'
import type { Settings } from '../inputs.js'
import type { Log } from '../log.js'
import type { RunContext } from '../run-context.js'
import type { Attempt } from '../session/attempt.js'
import { Checkpointer, type PersistTarget } from '../session/checkpoint.js'
import type { WorkspaceRestoreReport } from '../workspace/restore.js'
import { Inputs } from '../constants.js'
import { contextBudget } from './context/window.js'
import { noTotals, runAgent, type AgentRunResult, type StepInfo } from './loop.js'
import type { ResolvedModel } from './model.js'
import { continuationPrompt, systemPrompt } from './prompts.js'
import type { SandboxPlan } from './sandbox/plan.js'
import { createToolbox, TOOL_NAMES } from './tools/index.js'

export interface DriveInput {
  settings: Settings
  ctx: RunContext
  attempt: Attempt
  /** Where checkpoints go (the attempt's store, its DB file and the cache). */
  target: PersistTarget
  model: ResolvedModel
  /** The full request (fresh session) — the continuation note replaces it on a resume. */
  prompt: string
  restore: WorkspaceRestoreReport | undefined
  secrets: string[]
  /** The boundary the agent's bash commands run in (prepareSandbox). */
  sandbox: SandboxPlan
  progress: ProgressComment | undefined
  log: Log
  env: NodeJS.ProcessEnv
  now: () => number
  /** Epoch ms when max-minutes, counted from the start of the main step, is spent. */
  deadline: number
  signal: AbortSignal
}

function describeStep(info: StepInfo): string {
  const tools = info.toolCalls.map((c) => (c.isError ? `${c.toolName} (error)` : c.toolName)).join(', ')
  return tools === '' ? `Step ${info.step}: answered` : `Step ${info.step}: ${tools}`
}

/**
 * The result of an attempt whose session had already finished: the stored answer, no step, no
 * model call (the re-run redoes only the delivery and the report).
 */
export function finishedResult(attempt: Attempt): AgentRunResult {
  const answer = attempt.store
    .loadMessages(attempt.sessionId)
    .filter((m) => m.role === 'assistant')
    .map((m) => (typeof m.content === 'string' ? m.content : m.content.map((p) => (p.type === 'text' ? p.text : '')).join('')))
    .filter((text) => text.trim() !== '')
    .pop()
  return {
    outcome: 'completed',
    ...noTotals(),
    openingTokens: 0,
    response: answer ?? '',
    repairs: [],
    firstMessageAdded: false,
  }
}

/** Runs the agent until it answers, runs out of steps or time, fails, or is cancelled. Never throws for those. */
export async function driveAgent(input: DriveInput): Promise<AgentRunResult> {
  const { settings, ctx, attempt } = input
  // A finished session sent back to work (its work did not restore cleanly) continues too.
  const firstMessage =
    attempt.opened.continuation || attempt.opened.finished
      ? continuationPrompt({ continuePrompt: settings.continuePrompt, restore: input.restore, previousAttempt: attempt.previous })
      : input.prompt
  const checkpoints = new Checkpointer(settings.checkpoint, input.target, input.now)
  const budget = contextBudget(settings.model, settings.contextWindow)
  const from = { input: `the '${Inputs.ContextWindow}' input`, table: 'the known models table', default: 'a default for unknown models' }
  input.log.info(
    `Context window ${budget.window.toLocaleString('en-US')} tokens (${from[budget.source]}): requests stay under ` +
      `${budget.limit.toLocaleString('en-US')}, ${budget.reserve.toLocaleString('en-US')} are kept for the answer.`,
  )
  return runAgent({
    store: attempt.store,
    sessionId: attempt.sessionId,
    attempt: attempt.number,
    model: input.model.model,
    tools: createToolbox({
      workspaceRoot: ctx.workspaceRoot,
      bashTimeoutSeconds: settings.bashTimeoutSeconds,
      secrets: input.secrets,
      env: input.env,
      sandbox: input.sandbox,
    }),
    system: systemPrompt({
      workspaceRoot: ctx.workspaceRoot,
      toolNames: TOOL_NAMES,
      bashTimeoutSeconds: settings.bashTimeoutSeconds,
      maxSteps: settings.maxSteps,
      repository: `${ctx.run.repo.owner}/${ctx.run.repo.repo}`,
      delivers: settings.deliver !== 'none',
    }),
    firstMessage: { role: 'user', content: firstMessage },
    resumed: attempt.opened.continuation || attempt.opened.finished,
    maxSteps: settings.maxSteps,
    budget,
    deadline: input.deadline,
    now: input.now,
    log: input.log,
    signal: input.signal,
    onStepCommitted: async (info) => {
      if (!info.final) await checkpoints.afterStep(info.step)
      await input.progress?.progress(describeStep(info))
    },
  })
}
