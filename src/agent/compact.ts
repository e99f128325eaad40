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
  SUMMARY_REQUEST,
  SUMMARY_THRESHOLD,
  summaryMessage,
  userText,
} from './context/compaction.js'
import type { TokenMeter } from './context/estimate.js'
import type { ContextBudget } from './context/window.js'
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
  /** The summary call's usage (also counted on the attempt). */
  usage?: StepUsage
}

const n = (v: number): string => v.toLocaleString('en-US')

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
    const keep = recentStart(conversation, Math.floor(budget.limit * RECENT_SHARE))
    const target = Math.floor(budget.limit * PRUNE_TARGET)
    const pruned = pruneToolResults(conversation, keep, Math.max(1, before - target))
    const afterPrune = meter.fresh(pruned.messages)
    const older = pruned.messages.slice(0, keep)
    const canSummarize = older.some((m) => m.role === 'assistant')
    if (pruned.pruned > 0 && (afterPrune <= budget.limit * SUMMARY_THRESHOLD || !canSummarize)) {
      log.info(
        `Stage 1: replaced ${pruned.pruned} older tool outputs with a stub (the calls stay); ~${n(before)} → ~${n(afterPrune)} tokens.`,
      )
      return this.record(pruned.messages, { step, kind: 'prune', reason, before, after: afterPrune, prunedResults: pruned.pruned })
    }
    if (!canSummarize) {
      // One step holds it all: its outputs go too (the model can run the tools again).
      const all = pruneToolResults(conversation, conversation.length, Number.POSITIVE_INFINITY)
      if (all.pruned === 0) {
        log.warning(`The conversation cannot be compacted further (~${n(before)} tokens, nothing older to summarize or prune).`)
        return undefined
      }
      const after = meter.fresh(all.messages)
      log.info(
        `Stage 1: the latest step alone is too large; replaced ${all.pruned} of its tool outputs with a stub; ~${n(before)} → ~${n(after)} tokens.`,
      )
      return this.record(all.messages, { step, kind: 'prune', reason, before, after, prunedResults: all.pruned })
    }

    const { summary, usage } = await this.summarize(older, budget, signal)
    const request = userText(this.o.store.loadMessages(this.o.sessionId, { transcript: true }).find((m) => m.role === 'user'))
    let replacement: ModelMessage[] = [summaryMessage(request, summary), ...pruned.messages.slice(keep)]
    let prunedResults = pruned.pruned
    if (meter.fresh(replacement) > budget.limit) {
      const all = pruneToolResults(replacement, replacement.length, Number.POSITIVE_INFINITY)
      replacement = all.messages
      prunedResults += all.pruned
    }
    const after = meter.fresh(replacement)
    log.info(
      `Stage 2: summarized ${older.length} older messages (${summary.length} characters), kept the ${pruned.messages.length - keep} most recent; ~${n(before)} → ~${n(after)} tokens.`,
    )
    return this.record(
      replacement,
      { step, kind: 'summary', reason, before, after, prunedResults, summarizedMessages: older.length },
      usage,
    )
  }

  /** The model's summary of `older`, or a mechanical one when the call fails or says nothing. */
  private async summarize(older: ModelMessage[], budget: ContextBudget, signal: AbortSignal) {
    const { meter, log } = this.o
    // The request must fit too: older outputs go first, then the oldest steps.
    let sent = older
    if (meter.fresh(sent) > budget.limit * 0.9) sent = pruneToolResults(sent, sent.length, Number.POSITIVE_INFINITY).messages
    while (meter.fresh(sent) > budget.limit * 0.9 && sent.length > 2) {
      const next = sent.findIndex((m, i) => i > 1 && m.role === 'assistant')
      if (next < 0) break
      sent = [sent[0]!, ...sent.slice(next)]
    }
    try {
      const { result, usage } = await callModel({
        model: this.o.model,
        system: this.o.system,
        messages: [...sent, { role: 'user', content: SUMMARY_REQUEST }],
        tools: this.o.tools,
        toolChoice: 'none',
        budget,
        sessionId: this.o.sessionId,
        maxRetries: this.o.maxRetries,
        signal,
      })
      const text = result.text.trim()
      if (text !== '') return { summary: text, usage }
      log.warning('The model returned an empty summary; continuing from a list of the earlier steps instead.')
      return { summary: mechanicalSummary(older), usage }
    } catch (error) {
      if (signal.aborted) throw error
      log.warning(`The summary call failed (${errorMessage(error)}); continuing from a list of the earlier steps instead.`)
      return { summary: mechanicalSummary(older), usage: undefined }
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
    )
    this.o.meter.reset()
    return { conversation, kind: c.kind, before: c.before, after: c.after, ...(usage ? { usage } : {}) }
  }
}
