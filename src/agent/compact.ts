// Keeps the conversation inside the model's context window (docs/design.md §9): before each
// model call, and after a provider refused a request as too long. Stage one stubs old tool
// outputs; stage two asks the model for a summary and continues from it. Each compaction is one
// transaction in the session store (StepCommitter.compaction), so a re-run on a fresh runner
// loads the compacted conversation, never the oversized one.
import type { LanguageModel, ModelMessage, ToolSet } from 'ai'
import { errorMessage, type Log } from '../log.js'
import type { SessionStore, StepUsage } from '../store/index.js'
import { callModel } from './call.js'
import {
  mechanicalSummary,
  PRUNE_TARGET,
  pruneToolResults,
  RECENT_SHARE,
  recentStart,
  shortenToolResults,
  splitSteps,
  SUMMARY_REQUEST,
  SUMMARY_THRESHOLD,
  summaryMessage,
  userText,
} from './context/compaction.js'
import type { TokenMeter } from './context/estimate.js'
import { capLimit, type ContextBudget } from './context/window.js'
import type { StepCommitter } from './step-commit.js'

export type CompactionReason = 'budget' | 'overflow'

export interface CompactorOptions {
  store: SessionStore
  sessionId: string
  commit: StepCommitter
  model: LanguageModel
  system: string
  tools: ToolSet
  meter: TokenMeter
  maxRetries: number
  log: Pick<Log, 'info' | 'warning' | 'group'>
}

export interface Compacted {
  conversation: ModelMessage[]
  kind: 'prune' | 'summary'
  before: number
  after: number
  /** The summary calls' usage, summed (also counted on the attempt). */
  usage?: StepUsage
  /** Summary calls made (0 for a prune). */
  calls: number
}

const n = (v: number): string => v.toLocaleString('en-US')
const plural = (count: number, noun: string): string => `${n(count)} ${noun}${count === 1 ? '' : 's'}`

function addUsage(a: StepUsage | undefined, b: StepUsage): StepUsage {
  if (!a) return b
  return {
    tokensIn: a.tokensIn + b.tokensIn,
    tokensOut: a.tokensOut + b.tokensOut,
    cacheRead: (a.cacheRead ?? 0) + (b.cacheRead ?? 0),
    cacheWrite: (a.cacheWrite ?? 0) + (b.cacheWrite ?? 0),
  }
}

/** A summary never takes more than a quarter of the budget (about 3 bytes a token). */
function clipSummary(text: string, budget: ContextBudget): string {
  const max = Math.floor(budget.limit * RECENT_SHARE) * 3
  return text.length <= max ? text : `${text.slice(0, max)}\n[… the summary is cut here to fit the context window]`
}

export class Compactor {
  constructor(private readonly o: CompactorOptions) {}

  /**
   * Compacts `conversation` when the request for it would carry more than `budget.limit`
   * tokens (estimated), or always with `reason` 'overflow'. Returns undefined when nothing was
   * changed. Throws only when `signal` aborts the summary call.
   */
  async fit(conversation: ModelMessage[], step: number, budget: ContextBudget, reason: CompactionReason, signal: AbortSignal) {
    const before = this.o.meter.estimate(conversation)
    if (reason === 'budget' && before <= budget.limit) return undefined
    const why =
      reason === 'overflow'
        ? 'the provider refused the request as too long'
        : `~${n(before)} tokens would pass the budget of ${n(budget.limit)} (window ${n(budget.window)} − ${n(budget.reserve)} for the answer)`
    return this.o.log.group(`Compaction before step ${step}: ${why}`, () =>
      this.compact(conversation, step, budget, reason, before, signal),
    )
  }

  private async compact(
    conversation: ModelMessage[],
    step: number,
    budget: ContextBudget,
    reason: CompactionReason,
    before: number,
    signal: AbortSignal,
  ): Promise<Compacted | undefined> {
    const { meter, log } = this.o
    const fits = (m: readonly ModelMessage[]) => meter.fresh(m) <= budget.limit
    const keep = recentStart(conversation, Math.floor(budget.limit * RECENT_SHARE))
    const pruned = pruneToolResults(conversation, keep, Math.max(1, before - Math.floor(budget.limit * PRUNE_TARGET)))
    const afterPrune = meter.fresh(pruned.messages)
    const older = conversation.slice(0, keep)
    const canSummarize = older.some((m) => m.role === 'assistant')
    let replacement: ModelMessage[]
    let kind: 'prune' | 'summary' = 'prune'
    let usage: StepUsage | undefined
    let calls = 0
    let summarized = 0
    if (pruned.pruned > 0 && (afterPrune <= budget.limit * SUMMARY_THRESHOLD || !canSummarize)) {
      log.info(
        `Stage 1: replaced ${plural(pruned.pruned, 'older tool output')} with a stub (the calls stay); ~${n(before)} → ~${n(afterPrune)} tokens.`,
      )
      replacement = pruned.messages
    } else if (canSummarize) {
      // The summary is written from the original messages (not the stubs), part by part when they do not fit in one request.
      const written = await this.summarize(older, budget, signal)
      usage = written.usage
      calls = written.calls
      summarized = older.length
      kind = 'summary'
      replacement = [summaryMessage(this.request(), written.summary), ...conversation.slice(keep)]
      log.info(
        `Stage 2: summarized the ${plural(older.length, 'older message')} in ${plural(written.calls, 'summary call')} ` +
          `(a summary of ${n(written.summary.length)} characters); the ${plural(conversation.length - keep, 'most recent message')} stay as they were.`,
      )
    } else {
      replacement = conversation
    }
    // A step too large by itself: its outputs are shortened (head and tail kept), not removed, so
    // the model still sees most of them and can ask for the rest.
    const shortened = fits(replacement) ? { messages: replacement, shortened: 0 } : shortenToolResults(replacement, fits)
    if (shortened.shortened > 0)
      log.info(`Shortened ${plural(shortened.shortened, 'recent tool output')} too large for the window (head and tail kept).`)
    replacement = shortened.messages
    const after = meter.fresh(replacement)
    if (kind === 'prune' && pruned.pruned === 0 && shortened.shortened === 0) {
      log.warning(
        `The conversation cannot be compacted further (~${n(before)} tokens): nothing older to summarize, no output left to shorten.`,
      )
      return undefined
    }
    log.info(`~${n(before)} → ~${n(after)} tokens (budget ${n(budget.limit)}).`)
    const prunedResults = kind === 'prune' ? pruned.pruned : 0
    return this.record(
      replacement,
      { step, kind, reason, before, after, prunedResults: prunedResults + shortened.shortened, summarizedMessages: summarized },
      usage,
      calls,
    )
  }

  /** The session's first request (the transcript keeps it even after earlier summaries). */
  private request(): string {
    return userText(this.o.store.loadMessages(this.o.sessionId, { transcript: true }).find((m) => m.role === 'user'))
  }

  /**
   * The model's summary of `older`. Parts that do not fit in one request are summarized in
   * order, each with the summary so far; a part whose call fails or says nothing is listed
   * mechanically instead. The summary is capped to a quarter of the budget.
   */
  private async summarize(older: ModelMessage[], budget: ContextBudget, signal: AbortSignal) {
    const { meter, log } = this.o
    const { head, steps } = splitSteps(older)
    const request = this.request()
    const cap = Math.floor(budget.limit * 0.8)
    let summary: string | undefined
    let usage: StepUsage | undefined
    let calls = 0
    let i = 0
    while (i < steps.length) {
      const lead: ModelMessage[] = summary === undefined ? head : [summaryMessage(request, summary)]
      let part: ModelMessage[] = [...lead, ...steps[i]!]
      i++
      while (i < steps.length && meter.fresh([...part, ...steps[i]!]) <= cap) part.push(...steps[i++]!)
      if (meter.fresh(part) > cap) part = shortenToolResults(part, (m) => meter.fresh(m) <= cap).messages
      calls++
      const written = await this.summaryCall(part, budget, signal)
      if (written.usage) usage = addUsage(usage, written.usage)
      const text = written.text ?? `${summary ?? ''}\n${mechanicalSummary(part)}`.trim()
      summary = clipSummary(text, budget)
    }
    if (summary === undefined) log.warning('Nothing older to summarize.')
    return { summary: summary ?? mechanicalSummary(older), usage, calls }
  }

  private async summaryCall(part: ModelMessage[], budget: ContextBudget, signal: AbortSignal) {
    const { log } = this.o
    try {
      const { result, usage } = await callModel({
        model: this.o.model,
        system: this.o.system,
        messages: [...part, { role: 'user', content: SUMMARY_REQUEST }],
        tools: this.o.tools,
        toolChoice: 'none',
        budget,
        sessionId: this.o.sessionId,
        maxRetries: this.o.maxRetries,
        signal,
      })
      const text = result.text.trim()
      if (text === '') log.warning('The model returned an empty summary; listing those steps instead.')
      return { text: text === '' ? undefined : text, usage }
    } catch (error) {
      if (signal.aborted) throw error
      log.warning(`The summary call failed (${errorMessage(error)}); listing those steps instead.`)
      return { text: undefined, usage: undefined }
    }
  }

  private record(
    conversation: ModelMessage[],
    c: {
      step: number
      kind: 'prune' | 'summary'
      reason: CompactionReason
      before: number
      after: number
      prunedResults: number
      summarizedMessages?: number
    },
    usage?: StepUsage,
    calls = 0,
  ): Compacted {
    this.o.commit.compaction(
      {
        step: c.step,
        kind: c.kind,
        reason: c.reason,
        tokensBefore: c.before,
        tokensAfter: c.after,
        prunedResults: c.prunedResults,
        summarizedMessages: c.summarizedMessages ?? 0,
      },
      conversation,
      usage,
      calls,
    )
    this.o.meter.reset()
    return { conversation, kind: c.kind, before: c.before, after: c.after, calls, ...(usage ? { usage } : {}) }
  }
}

/** Session state: the request limit a provider's refusal taught (kept for later attempts). */
export const LEARNED_LIMIT_KEY = 'context.learned-limit'

/** The budget, held under a limit a refusal taught an earlier attempt of the session. */
export function learnedBudget(store: SessionStore, sessionId: string, budget: ContextBudget, log: Pick<Log, 'info'>): ContextBudget {
  const learned = Number(store.getState(sessionId, LEARNED_LIMIT_KEY))
  if (!Number.isInteger(learned) || learned <= 0 || learned >= budget.limit) return budget
  log.info(`A provider refused a larger request in an earlier attempt: requests stay under ${n(learned)} tokens.`)
  return capLimit(budget, learned)
}

export function rememberLimit(store: SessionStore, sessionId: string, budget: ContextBudget): void {
  store.setState(sessionId, LEARNED_LIMIT_KEY, String(budget.limit))
}
