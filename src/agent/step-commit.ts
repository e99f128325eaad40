// The loop's writes to the session store. Each is one transaction, so a process killed at any
// instant leaves the database at one of these boundaries:
//   opening    – repaired tail results + the prompt/nudge          (before the first model call)
//   call       – the assistant message, its usage, model_calls+1    (right after each model call)
//   result     – one tool's result, tool_runs+1                      (as soon as that tool ends)
//   stepDone   – steps+1                                             (after the step's last tool)
//   compaction – the conversation swapped for its compacted form (+ the summary call's usage)
// A final answer (no tool calls) is call and the step in one transaction. Each result is stored
// as it comes, so a tool that finished before a kill is never run again (history repair merges a
// step's results into one tool message and answers only the missing ones as interrupted).
import type { ModelMessage, ToolResultPart } from 'ai'
import type { AttemptDelta, CompactionInput, SessionStore, StepUsage } from '../store/index.js'

export class StepCommitter {
  constructor(
    private readonly store: SessionStore,
    private readonly sessionId: string,
    private readonly attempt: number,
  ) {
    if (!store.getAttempt(sessionId, attempt)) {
      throw new Error(`attempt ${attempt} of session ${sessionId} was not begun (call store.beginAttempt first)`)
    }
  }

  /** Inside the caller's transaction: the counters move with the messages. */
  private bump(delta: AttemptDelta): void {
    this.store.addToAttempt(this.sessionId, this.attempt, delta)
  }

  /** Messages that open this attempt's part of the conversation (no step, no usage). */
  opening(messages: readonly ModelMessage[]): void {
    if (messages.length === 0) return
    this.store.appendMessages(this.sessionId, this.attempt, null, messages)
  }

  /** A message the loop adds between steps (asking for a final answer); no step, no usage. */
  ask(message: ModelMessage): void {
    this.store.appendMessages(this.sessionId, this.attempt, null, [message])
  }

  /** A paid model call: its answer and usage are committed before anything else happens. */
  call(step: number, assistant: readonly ModelMessage[], usage: StepUsage, final: boolean): void {
    this.store.db.transaction(() => {
      this.store.appendMessages(this.sessionId, this.attempt, step, assistant, usage)
      this.bump({ ...callDelta(usage), ...(final ? { steps: 1 } : {}) })
    })()
  }

  /** One tool's result, the moment it is known; `ran`: the tool ran to its end (not an invalid call, not cut off). */
  result(step: number, part: ToolResultPart, ran: boolean): void {
    this.store.db.transaction(() => {
      this.store.appendMessages(this.sessionId, this.attempt, step, [{ role: 'tool', content: [part] }])
      if (ran) this.bump({ toolRuns: 1 })
    })()
  }

  /** Every tool of the step ended (none was cut off): the step counts. */
  stepDone(): void {
    this.bump({ steps: 1 })
  }

  /**
   * A compaction: the live conversation becomes `replacement` (the originals stay in the
   * transcript); `usage` is the summary calls', when any were made.
   */
  compaction(input: Omit<CompactionInput, 'attempt'>, replacement: readonly ModelMessage[], usage?: StepUsage, calls = 1): void {
    this.store.db.transaction(() => {
      this.store.compact(this.sessionId, { ...input, attempt: this.attempt }, replacement)
      if (usage) this.bump({ ...callDelta(usage), modelCalls: calls })
    })()
  }
}

function callDelta(usage: StepUsage): AttemptDelta {
  return {
    modelCalls: 1,
    tokensIn: usage.tokensIn,
    tokensOut: usage.tokensOut,
    tokensCacheRead: usage.cacheRead ?? 0,
    tokensCacheWrite: usage.cacheWrite ?? 0,
  }
}
