// The agent loop: one model call per step, tools run by us, every step committed. Our own
// loop rather than the AI SDK's multi-step one because persistence must be exact: the SDK
// gets tools without `execute`, returns the calls, and we commit around each of them
// (see step-commit.ts for the transaction boundaries). A fresh run and a resume are the same
// code path: the stored conversation (empty when fresh) is repaired, the first message (the
// prompt, or the continuation nudge) is added unless the conversation already ends with an
// unanswered user turn, and the loop runs.
import type { LanguageModel, ModelMessage, ToolResultPart, UserModelMessage } from 'ai'
import type { SessionStore, StepUsage } from '../store/index.js'
import { callModel, type ModelCallResult } from './call.js'
import { Compactor, learnedBudget, rememberLimit } from './compact.js'
import { estimateMessages, estimateTokens, TokenMeter } from './context/estimate.js'
import { contextOverflow } from './context/overflow.js'
import { capLimit, shrinkBudget, type ContextBudget } from './context/window.js'
import { StepCommitter } from './step-commit.js'
import { clientToolCalls, describeRepairs, endsWithUnansweredUser, repairHistory, type Repair } from './history.js'
import { runStepTools, type StepToolCall } from './step-tools.js'
import type { Toolbox } from './tools/index.js'
import { errorMessage, silentLog, type Log } from '../log.js'
import { preview } from './step-tools.js'

/** How an attempt of the loop ended; 'cancelled': the job was cancelled (SIGINT/SIGTERM from the runner). */
export type AgentOutcome = 'completed' | 'max-steps' | 'timeout' | 'failed' | 'cancelled'

/** The slice of the Log port the loop writes to: a group per step. */
export type AgentLog = Pick<Log, 'info' | 'warning' | 'group'>

export interface AttemptTotals {
  steps: number
  modelCalls: number
  toolRuns: number
  /** Input tokens of every call, cache reads and writes included. */
  tokensIn: number
  tokensOut: number
  tokensCacheRead: number
  tokensCacheWrite: number
  compactions: number
}

export interface StepInfo {
  attempt: number
  /** 1-based within this attempt. */
  step: number
  /** The step's tool calls that ran or were refused (not the interrupted ones), with their arguments. */
  toolCalls: StepToolCall[]
  tokensIn: number
  tokensOut: number
  /** This attempt's figures including this step. */
  totals: AttemptTotals
  /** The assistant's text in this step. */
  text: string
  /** True for the final answer (the loop ends after this hook). */
  final: boolean
}

export interface RunAgentOptions {
  store: SessionStore
  sessionId: string
  /** Must have been begun with store.beginAttempt. */
  attempt: number
  model: LanguageModel
  tools: Toolbox
  system: string
  /** The prompt (fresh session) or the continuation nudge (resumed session). */
  firstMessage: UserModelMessage
  /** The session was resumed: firstMessage is the continuation note a fresh retry would not send. */
  resumed?: boolean
  maxSteps: number
  /** The model's context window and what a request may carry (context/window.ts). */
  budget: ContextBudget
  /** Epoch milliseconds after which no new step starts and running work is stopped. */
  deadline: number
  now?: () => number
  log?: AgentLog
  /** After each step is committed: checkpoints and progress comments. Errors are logged only. */
  onStepCommitted?: (info: StepInfo) => void | Promise<void>
  /** Cancellation from outside (e.g. SIGTERM): the running call or tool is stopped. */
  signal?: AbortSignal
  /** Retries of one model call on transient errors (AI SDK maxRetries). Default 2. */
  maxRetries?: number
}

export interface AgentRunResult extends AttemptTotals {
  outcome: AgentOutcome
  /** The final answer, or the last text the model wrote in this attempt. */
  response: string
  error?: string
  /** What repairHistory changed in the stored conversation. */
  repairs: Repair[]
  /** False when the stored conversation already ended with an unanswered user message. */
  firstMessageAdded: boolean
  /**
   * What the continuation note added to this attempt's requests, in tokens, summed over the
   * calls that carried it (estimated, scaled to the provider's count by the first call): a
   * fresh retry would not have sent it.
   */
  openingTokens: number
}

const MAX_TIMER_MS = 2_147_483_647

/** An attempt's figures before its first step. */
export function noTotals(): AttemptTotals {
  return { steps: 0, modelCalls: 0, toolRuns: 0, tokensIn: 0, tokensOut: 0, tokensCacheRead: 0, tokensCacheWrite: 0, compactions: 0 }
}

/** Sent once when a final turn is empty; worded so the model answers rather than resumes work. */
export const ASK_FOR_ANSWER =
  'Your last reply was empty. Reply now with your final answer: a short summary of what you did and anything left undone.'
export const EMPTY_ANSWER = 'the model returned an empty answer (no text and no tool call), also when asked once more for its final answer'

export async function runAgent(options: RunAgentOptions): Promise<AgentRunResult> {
  const { store, sessionId, attempt, tools, maxSteps, deadline } = options
  const now = options.now ?? Date.now
  const log = options.log ?? silentLog
  const maxRetries = options.maxRetries ?? 2
  const commit = new StepCommitter(store, sessionId, attempt)

  const { messages, repairs, pendingTail } = repairHistory(store.loadMessages(sessionId))
  for (const line of describeRepairs(repairs)) log.info(`History repair: ${line}`)
  const firstMessageAdded = !endsWithUnansweredUser(messages)
  if (!firstMessageAdded) log.info('The stored conversation ends with an unanswered user message; sending it again as is.')
  // The made-up results make the stored history whole, and the prompt is stored before the
  // model is called: one transaction, so a failed first call leaves the prompt in history.
  commit.opening([...(pendingTail ? [pendingTail] : []), ...(firstMessageAdded ? [options.firstMessage] : [])])
  let conversation: ModelMessage[] = firstMessageAdded ? [...messages, options.firstMessage] : [...messages]

  let budget = learnedBudget(store, sessionId, options.budget, log)
  const meter = new TokenMeter(estimateTokens(options.system) + estimateTokens(Object.values(tools.definitions)))
  const compactor = new Compactor({
    store,
    sessionId,
    commit,
    model: options.model,
    system: options.system,
    tools: tools.definitions,
    meter,
    maxRetries,
    log,
  })
  // The continuation note's share of each request that still carries it (compaction may drop it).
  const opening = options.resumed && firstMessageAdded ? estimateMessages([options.firstMessage]) : 0
  let openingShare: number | undefined
  let openingTokens = 0

  const totals = noTotals()
  const count = (usage: StepUsage, calls = 1): void => {
    totals.modelCalls += calls
    totals.tokensIn += usage.tokensIn
    totals.tokensOut += usage.tokensOut
    totals.tokensCacheRead += usage.cacheRead ?? 0
    totals.tokensCacheWrite += usage.cacheWrite ?? 0
  }
  let response = ''
  const end = (outcome: AgentOutcome, error?: string): AgentRunResult => ({
    outcome,
    ...totals,
    response,
    ...(error !== undefined ? { error } : {}),
    repairs,
    firstMessageAdded,
    openingTokens,
  })

  // A final turn with no text and no tool call is not an answer: the loop asks once more, and
  // that one request may go past max-steps (it is the answer to the steps already taken).
  let askedForAnswer = false
  let answerPending = false
  // A provider's "prompt is too long" gets one compaction and one retry of the step.
  let overflowRetried = false
  for (;;) {
    if (options.signal?.aborted) return end('cancelled', 'the job was cancelled')
    if (now() >= deadline) return end('timeout')
    if (totals.steps >= maxSteps && !answerPending) return end('max-steps')
    const step = totals.steps + 1

    // The deadline stops a hanging call or a long command, not only the next step.
    const timeUp = new AbortController()
    // (Clamped: setTimeout turns anything above 2^31-1 ms into 1 ms.)
    const timer = setTimeout(() => timeUp.abort(new Error('time budget spent')), Math.min(MAX_TIMER_MS, Math.max(0, deadline - now())))
    const signal = options.signal ? AbortSignal.any([timeUp.signal, options.signal]) : timeUp.signal
    const stoppedEnd = (): AgentRunResult => (timeUp.signal.aborted ? end('timeout') : end('cancelled', 'the job was cancelled'))
    const compact = async (reason: 'budget' | 'overflow'): Promise<void> => {
      const compacted = await compactor.fit(conversation, step, budget, reason, signal)
      if (!compacted) return
      conversation = compacted.conversation
      totals.compactions++
      if (compacted.usage) count(compacted.usage, compacted.calls)
    }
    try {
      let result: ModelCallResult
      let usage: StepUsage
      try {
        await compact('budget')
        ;({ result, usage } = await callModel({
          model: options.model,
          system: options.system,
          messages: conversation,
          tools: tools.definitions,
          budget,
          sessionId,
          maxRetries,
          signal,
        }))
      } catch (error) {
        if (signal.aborted) return stoppedEnd()
        const overflow = contextOverflow(error)
        if (overflow && !overflowRetried) {
          overflowRetried = true
          log.warning(
            `Step ${step}: the provider refused the request as too long (${errorMessage(error)}); compacting and retrying the step once.`,
          )
          const refusedAt = meter.estimate(conversation)
          meter.refused(refusedAt, overflow)
          // Without the window in the error, the request just sent was too large: stay well under it.
          budget = overflow.window !== undefined ? shrinkBudget(budget, overflow.window) : capLimit(budget, refusedAt * 0.85)
          rememberLimit(store, sessionId, budget)
          try {
            await compact('overflow')
          } catch (inner) {
            if (signal.aborted) return stoppedEnd()
            return end('failed', `compaction failed at step ${step}: ${errorMessage(inner)}`)
          }
          continue
        }
        return end('failed', `model call failed at step ${step}: ${errorMessage(error)}`)
      }
      overflowRetried = false
      answerPending = false

      const assistant = result.response.messages.filter((m) => m.role === 'assistant')
      meter.observe(conversation, usage.tokensIn, assistant.length, usage.tokensOut)
      if (opening > 0 && conversation.includes(options.firstMessage)) {
        // Scaled by how the provider counted the first such request against our estimate of it.
        openingShare ??= (opening * usage.tokensIn) / Math.max(1, meter.raw(conversation))
        openingTokens += Math.round(openingShare)
      }
      const calls = assistant.flatMap((m) => clientToolCalls(m))
      const final = calls.length === 0
      commit.call(step, assistant, usage, final)
      conversation.push(...assistant)
      count(usage)
      if (result.text.trim() !== '') response = result.text

      const cache = [usage.cacheRead ? `${usage.cacheRead} cached` : '', usage.cacheWrite ? `${usage.cacheWrite} written to cache` : '']
      const cached = cache.some(Boolean) ? ` (${cache.filter(Boolean).join(', ')})` : ''
      const title = `Step ${step}: ${calls.map((c) => c.toolName).join(', ') || 'answer'} · ${usage.tokensIn} in${cached} / ${usage.tokensOut} out tokens`
      const stopped = await log.group(title, async () => {
        if (result.text.trim() !== '') log.info(`model: ${preview(result.text, 500)}`)
        const onResult = (part: ToolResultPart, ran: boolean) => commit.result(step, part, ran)
        const ran = await runStepTools({ calls, invalid: result.toolCalls, tools, signal, timeUp: timeUp.signal, log, onResult })
        const cut = signal.aborted
        if (!final) {
          if (!cut) commit.stepDone()
          conversation.push(ran.message)
          totals.toolRuns += ran.executed
        }
        if (cut) return true
        totals.steps++
        await notify(options, log, { attempt, step, toolCalls: ran.summary, ...usage, totals: { ...totals }, text: result.text, final })
        return false
      })
      if (stopped) return stoppedEnd()
      if (final && result.text.trim() !== '') return end('completed')
      if (final && askedForAnswer) return end('failed', EMPTY_ANSWER)
      if (final) {
        log.warning(`Step ${step}: the model ended without an answer (no text, no tool call); asking it once more for one.`)
        const ask: UserModelMessage = { role: 'user', content: ASK_FOR_ANSWER }
        commit.ask(ask)
        // The empty turn stays stored (it was paid for) but is not sent: providers reject empty
        // assistant messages, and history repair drops it on a resume the same way.
        while (conversation.at(-1)?.role === 'assistant') conversation.pop()
        conversation.push(ask)
        askedForAnswer = true
        answerPending = true
      }
    } finally {
      clearTimeout(timer)
    }
  }
}

async function notify(options: RunAgentOptions, log: AgentLog, info: StepInfo): Promise<void> {
  if (!options.onStepCommitted) return
  try {
    await options.onStepCommitted(info)
  } catch (error) {
    // A failed checkpoint or progress comment must not end a session that is still working.
    log.warning(`After step ${info.step}: ${errorMessage(error)}`)
  }
}
