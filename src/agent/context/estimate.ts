// Request sizes before they are sent. A provider's tokenizer is not at hand, so the size is the
// last request's reported input tokens plus an estimate of what was added since (the issue's
// rule), and the estimate leans high: UTF-8 bytes / 3 (English prose is ~4 bytes a token, code
// and JSON ~3, CJK ~3 bytes a character and a token each).
import type { ModelMessage } from 'ai'

const BYTES_PER_TOKEN = 3

/** Estimated tokens of a value as it travels (JSON). */
export function estimateTokens(value: unknown): number {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? '')
  return Math.ceil(Buffer.byteLength(text, 'utf8') / BYTES_PER_TOKEN)
}

/** Estimated tokens of messages. */
export function estimateMessages(messages: readonly ModelMessage[]): number {
  return messages.reduce((sum, m) => sum + estimateTokens(m.content) + 4, 0)
}

/**
 * Tracks how big the next request is. `fixed` is the estimate of what every request carries
 * besides the messages (system prompt and tool definitions), in tokens.
 */
export class TokenMeter {
  /** The first `messages` of the conversation cost `tokens` (fixed part included), as reported. */
  private known: { messages: number; tokens: number } | undefined
  /** Raised when a provider refused a request our estimate had let through. */
  private scale = 1
  /**
   * Reported ÷ estimated for the last request, within [0.5, 1]: a conversation not sent yet is
   * estimated in the provider's measure (never above our own, which leans high).
   */
  private calibration = 1

  constructor(private readonly fixed: number) {}

  /** Tokens the request for `conversation` will carry (fixed part included). */
  estimate(conversation: readonly ModelMessage[]): number {
    if (this.known && this.known.messages <= conversation.length) {
      return this.known.tokens + Math.ceil(this.scale * estimateMessages(conversation.slice(this.known.messages)))
    }
    return this.fresh(conversation)
  }

  /** The estimate without reported figures (for a conversation not sent yet, e.g. a compacted one). */
  fresh(conversation: readonly ModelMessage[]): number {
    return Math.ceil(this.scale * this.calibration * this.raw(conversation))
  }

  /** Our own estimate, bytes / 3, fixed part included: no calibration, no scale. */
  raw(conversation: readonly ModelMessage[]): number {
    return this.fixed + estimateMessages(conversation)
  }

  /**
   * After a call: the request for `request` cost `inputTokens`; the answer (`answerMessages`
   * messages) cost `outputTokens`. A provider reporting no usage (0) leaves the meter estimating.
   */
  observe(request: readonly ModelMessage[], inputTokens: number, answerMessages: number, outputTokens: number): void {
    if (inputTokens <= 0) return
    this.known = { messages: request.length + answerMessages, tokens: inputTokens + outputTokens }
    this.calibration = Math.min(1, Math.max(0.5, inputTokens / (this.scale * this.raw(request))))
  }

  /** The conversation was replaced (a compaction): what was reported no longer applies. */
  reset(): void {
    this.known = undefined
  }

  /**
   * A provider refused a request we estimated at `estimated` tokens as too long. When it gave
   * its own count of the request, estimates grow to match it; without one, the estimates stay
   * (the budget is lowered instead: they were not what was wrong, or we cannot tell).
   */
  refused(estimated: number, said: { tokens?: number | undefined }): void {
    if (said.tokens !== undefined) this.scale *= Math.max(1, said.tokens / Math.max(1, estimated))
    this.known = undefined
  }
}
