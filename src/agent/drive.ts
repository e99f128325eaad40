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
import { sessionInstructions } from './instructions.js'
import { createToolbox } from './tools/index.js'
import { startMcpServers } from './mcp/client.js'

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

/** Most characters of a command or pattern shown in a progress line, and most calls named in one. */
const MAX_TARGET_CHARS = 60
const MAX_CALLS_SHOWN = 5

/**
 * Text as one markdown code span: one line, at most `max` characters, a backtick fence longer
 * than any run inside it (so nothing in it is markdown, a mention or a link), and no `<!--` (the
 * comment's hidden lines are found by text).
 */
export function codeSpan(text: string, max = MAX_TARGET_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  const chars = [...flat]
  const short = (chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : flat).replaceAll('<!--', '<!-\u200b-')
  const longest = Math.max(0, ...[...short.matchAll(/`+/g)].map((m) => m[0].length))
  const fence = '`'.repeat(longest + 1)
  const pad = short.startsWith('`') || short.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${short}${pad}${fence}`
}

const field = (input: unknown, key: string): string | undefined => {
  const value = typeof input === 'object' && input !== null ? (input as Record<string, unknown>)[key] : undefined
  return typeof value === 'string' && value.trim() !== '' ? value : undefined
}

/** One call as the progress line shows it: the tool and its target, e.g. bash `npm test` → exit 1. */
function describeCall(call: StepInfo['toolCalls'][number]): string {
  const path = field(call.input, 'path')
  let target: string | undefined
  if (call.toolName === 'bash') target = field(call.input, 'command')
  else if (call.toolName === 'grep') {
    const pattern = field(call.input, 'pattern')
    target = pattern === undefined ? undefined : `${codeSpan(pattern)}${path ? ` in ${codeSpan(path)}` : ''}`
  } else if (call.toolName === 'list') {
    const pattern = field(call.input, 'pattern')
    target = [path ?? '.', ...(pattern ? [pattern] : [])].map((t) => codeSpan(t)).join(' ')
  } else target = path
  const shown = target === undefined ? call.toolName : `${call.toolName} ${target.startsWith('`') ? target : codeSpan(target)}`
  if (call.status !== undefined) return `${shown} → ${call.status}`
  return call.isError ? `${shown} (error)` : shown
}

/** The progress comment's line for a committed step: each tool with its target, or the answer. */
export function describeStep(info: StepInfo): string {
  if (info.toolCalls.length === 0) {
    const tools = info.step - 1
    return tools > 0
      ? `Step ${info.step}: answered, after ${tools} tool step${tools === 1 ? '' : 's'} in this attempt`
      : `Step ${info.step}: answered`
  }
  const shown = info.toolCalls.slice(0, MAX_CALLS_SHOWN).map(describeCall)
  const more = info.toolCalls.length - shown.length
  return `Step ${info.step}: ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`
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
  // Gathered at the session's first attempt and kept in it: the system prompt is the same bytes on every step and attempt.
  const instructions = sessionInstructions(attempt.store, attempt.sessionId, ctx.workspaceRoot, input.log)
  if (settings.instructions.trim() !== '') {
    input.log.info(
      `Instructions: the '${Inputs.Instructions}' input (${Buffer.byteLength(settings.instructions.trim()).toLocaleString('en-US')} bytes)`,
    )
  }
  // The MCP servers' tools join ours for this attempt; the servers end with it (src/agent/mcp).
  const mcp = await startMcpServers(settings.mcpServers, {
    cwd: ctx.workspaceRoot,
    log: input.log,
    callTimeoutSeconds: settings.bashTimeoutSeconds,
  })
  return runAgent({
    store: attempt.store,
    sessionId: attempt.sessionId,
    attempt: attempt.number,
    model: input.model.model,
    tools: mcp.extend(
      createToolbox({
        workspaceRoot: ctx.workspaceRoot,
        bashTimeoutSeconds: settings.bashTimeoutSeconds,
        secrets: input.secrets,
        env: input.env,
        sandbox: input.sandbox,
        tools: settings.tools,
      }),
    ),
    system: systemPrompt({
      workspaceRoot: ctx.workspaceRoot,
      toolNames: settings.tools,
      bashTimeoutSeconds: settings.bashTimeoutSeconds,
      maxSteps: settings.maxSteps,
      repository: `${ctx.run.repo.owner}/${ctx.run.repo.repo}`,
      delivers: settings.deliver !== 'none',
      repositoryInstructions: instructions,
      instructions: settings.instructions,
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
  }).finally(() => mcp.close())
}
