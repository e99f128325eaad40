// The agent loop: one model call per step, tools run by us, every step committed. Our own
// loop rather than the AI SDK's multi-step one because persistence must be exact: the SDK
// gets tools without `execute`, returns the calls, and we commit around each of them
// (see step-commit.ts for the transaction boundaries). A fresh run and a resume are the same
// code path: the stored conversation (empty when fresh) is repaired, the first message (the
// prompt, or the continuation nudge) is added unless the conversation already ends with an
// unanswered user turn, and the loop runs.
import { generateText, type LanguageModel, type ModelMessage, type ToolResultPart, type UserModelMessage } from 'ai'
import type { SessionStore } from '../store/index.js'
import { StepCommitter } from './step-commit.js'
import { clientToolCalls, describeRepairs, endsWithUnansweredUser, interruptedResult, repairHistory, type Repair } from './history.js'
import type { Toolbox } from './tools/index.js'
import { errorMessage, silentLog, type Log } from '../log.js'
import { headChars } from '../text.js'

export type AgentOutcome = 'completed' | 'max-steps' | 'timeout' | 'failed'

/** The slice of the Log port the loop writes to: a group per step. */
export type AgentLog = Pick<Log, 'info' | 'warning' | 'group'>

export interface AttemptTotals {
  steps: number
  modelCalls: number
  toolRuns: number
  tokensIn: number
  tokensOut: number
}

export interface StepInfo {
  attempt: number
  /** 1-based within this attempt. */
  step: number
  toolCalls: Array<{ toolName: string; isError: boolean }>
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
  maxSteps: number
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
}

const MAX_TIMER_MS = 2_147_483_647

/**
 * A resume must depend on nothing a provider keeps (docs/design.md §7). OpenAI's Responses API
 * stores items by default and the AI SDK then refers back to them by id (item_reference), which
 * fails under zero data retention or once OpenAI dropped them. With `store: false` the SDK asks
 * for reasoning as encrypted content (for reasoning models) and sends every item back in full,
 * so the session database alone is enough. Other providers ignore the `openai` key; Anthropic
 * thinking signatures and Google thought signatures already travel in the messages' parts.
 */
export const STATELESS_PROVIDER_OPTIONS = { openai: { store: false } } as const

/** Sent once when a final turn is empty; worded so the model answers rather than resumes work. */
export const ASK_FOR_ANSWER =
  'Your last reply was empty. Reply now with your final answer: a short summary of what you did and anything left undone.'
export const EMPTY_ANSWER = 'the model returned an empty answer (no text and no tool call), also when asked once more for its final answer'

function preview(value: unknown, max = 300): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? '')
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > max ? `${headChars(flat, max)}…` : flat
}

export async function runAgent(options: RunAgentOptions): Promise<AgentRunResult> {
  const { store, sessionId, attempt, tools, maxSteps, deadline } = options
  const now = options.now ?? Date.now
  const log = options.log ?? silentLog
  const commit = new StepCommitter(store, sessionId, attempt)

  const { messages, repairs, pendingTail } = repairHistory(store.loadMessages(sessionId))
  for (const line of describeRepairs(repairs)) log.info(`History repair: ${line}`)
  const firstMessageAdded = !endsWithUnansweredUser(messages)
  if (!firstMessageAdded) log.info('The stored conversation ends with an unanswered user message; sending it again as is.')
  // The made-up results make the stored history whole, and the prompt is stored before the
  // model is called: one transaction, so a failed first call leaves the prompt in history.
  commit.opening([...(pendingTail ? [pendingTail] : []), ...(firstMessageAdded ? [options.firstMessage] : [])])
  const conversation: ModelMessage[] = firstMessageAdded ? [...messages, options.firstMessage] : [...messages]

  const totals: AttemptTotals = { steps: 0, modelCalls: 0, toolRuns: 0, tokensIn: 0, tokensOut: 0 }
  let response = ''
  const end = (outcome: AgentOutcome, error?: string): AgentRunResult => ({
    outcome,
    ...totals,
    response,
    ...(error !== undefined ? { error } : {}),
    repairs,
    firstMessageAdded,
  })

  // A final turn with no text and no tool call is not an answer: the loop asks once more, and
  // that one request may go past max-steps (it is the answer to the steps already taken).
  let askedForAnswer = false
  let answerPending = false
  for (;;) {
    if (options.signal?.aborted) return end('failed', 'cancelled')
    if (now() >= deadline) return end('timeout')
    if (totals.steps >= maxSteps && !answerPending) return end('max-steps')
    answerPending = false
    const step = totals.steps + 1

    // The deadline stops a hanging call or a long command, not only the next step.
    const budget = new AbortController()
    // (Clamped: setTimeout turns anything above 2^31-1 ms into 1 ms.)
    const timer = setTimeout(() => budget.abort(new Error('time budget spent')), Math.min(MAX_TIMER_MS, Math.max(0, deadline - now())))
    const signal = options.signal ? AbortSignal.any([budget.signal, options.signal]) : budget.signal
    try {
      let result: Awaited<ReturnType<typeof generateText>>
      try {
        result = await generateText({
          model: options.model,
          system: options.system,
          messages: conversation,
          tools: tools.definitions,
          maxRetries: options.maxRetries ?? 2,
          providerOptions: STATELESS_PROVIDER_OPTIONS,
          abortSignal: signal,
        })
      } catch (error) {
        if (budget.signal.aborted) return end('timeout')
        if (options.signal?.aborted) return end('failed', 'cancelled')
        return end('failed', `model call failed at step ${step}: ${errorMessage(error)}`)
      }

      const usage = { tokensIn: result.usage.inputTokens ?? 0, tokensOut: result.usage.outputTokens ?? 0 }
      const assistant = result.response.messages.filter((m) => m.role === 'assistant')
      const calls = assistant.flatMap((m) => clientToolCalls(m))
      const final = calls.length === 0
      commit.call(step, assistant, usage, final)
      conversation.push(...assistant)
      totals.modelCalls++
      totals.tokensIn += usage.tokensIn
      totals.tokensOut += usage.tokensOut
      if (result.text.trim() !== '') response = result.text

      const names = calls.map((c) => c.toolName).join(', ') || 'answer'
      const stopped = await log.group(`Step ${step}: ${names} · ${usage.tokensIn} in / ${usage.tokensOut} out tokens`, async () => {
        if (result.text.trim() !== '') log.info(`model: ${preview(result.text, 500)}`)
        const invalid = new Map(
          result.toolCalls.flatMap((c) => (c.invalid === true ? [[c.toolCallId, errorMessage(c.error)] as const] : [])),
        )
        const parts: ToolResultPart[] = []
        const ran: StepInfo['toolCalls'] = []
        let executed = 0
        for (const call of calls) {
          // Cancelled or out of time: a tool cut off (or never started) did not complete. It is
          // stored as interrupted, exactly like one a killed attempt left behind, so a re-run
          // tells the model and never takes partial output for a result.
          if (signal.aborted) {
            parts.push(interruptedResult(call.toolCallId, call.toolName))
            continue
          }
          log.info(`→ ${call.toolName} ${preview(call.input)}`)
          const problem = invalid.get(call.toolCallId)
          const outcome =
            problem !== undefined
              ? { text: `Invalid tool call, not run: ${problem}`, isError: true }
              : await tools.execute(call, { signal })
          if (signal.aborted && problem === undefined) {
            log.info(`← stopped: ${budget.signal.aborted ? 'the time budget is spent' : 'the job was cancelled'}`)
            parts.push(interruptedResult(call.toolCallId, call.toolName))
            continue
          }
          if (problem === undefined) executed++
          log.info(`← ${outcome.isError ? 'error: ' : ''}${preview(outcome.text)}`)
          ran.push({ toolName: call.toolName, isError: outcome.isError })
          parts.push({
            type: 'tool-result',
            toolCallId: call.toolCallId,
            toolName: call.toolName,
            output: { type: outcome.isError ? 'error-text' : 'text', value: outcome.text },
          })
        }
        const cut = signal.aborted
        if (!final) {
          const toolMessage: ModelMessage = { role: 'tool', content: parts }
          commit.results(step, toolMessage, executed, !cut)
          conversation.push(toolMessage)
          totals.toolRuns += executed
        }
        if (cut) return true
        totals.steps++
        await notify(options, log, { attempt, step, toolCalls: ran, ...usage, totals: { ...totals }, text: result.text, final })
        return false
      })
      if (stopped) return budget.signal.aborted ? end('timeout') : end('failed', 'cancelled')
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
