// Recognises a provider's "the prompt is too long" refusal, so the loop compacts and retries the
// step instead of failing the attempt (docs/design.md §9 has the providers' wording).
import { APICallError, RetryError } from 'ai'

export interface Overflow {
  /** The provider's count of the refused request's input tokens (without the answer's room), when it said. */
  tokens?: number
  /** The provider's context window, when it said. */
  window?: number
}

const num = (s: string | undefined): number | undefined => (s === undefined ? undefined : Number(s))

/** The providers' wordings, each with where its numbers are. */
const WORDINGS: ReadonlyArray<(text: string) => Overflow | undefined> = [
  // Anthropic: "prompt is too long: 210000 tokens > 200000 maximum"
  (t) => {
    const m = /prompt is too long:\s*(\d+)\s*tokens\s*>\s*(\d+)\s*maximum/i.exec(t)
    return m ? { tokens: num(m[1])!, window: num(m[2])! } : undefined
  },
  // Anthropic: "input length and `max_tokens` exceed context limit: 190000 + 32000 > 200000"
  (t) => {
    const m = /exceed context limit:\s*(\d+)\s*\+\s*(\d+)\s*>\s*(\d+)/i.exec(t)
    return m ? { tokens: num(m[1])!, window: num(m[3])! } : undefined
  },
  // OpenAI: "This model's maximum context length is 128000 tokens. However, you requested 140000
  // tokens (130000 in the messages, 10000 in the completion)" / "… your messages resulted in 130000 tokens"
  (t) => {
    const m =
      /maximum context length is (\d+) tokens\. However, (?:you requested \d+ tokens \((\d+) in the messages|your messages resulted in (\d+) tokens)/i.exec(
        t,
      )
    return m ? { tokens: num(m[2] ?? m[3])!, window: num(m[1])! } : undefined
  },
  // Google: "The input token count (1200000) exceeds the maximum number of tokens allowed (1048576)."
  (t) => {
    const m = /input token count \((\d+)\) exceeds the maximum number of tokens allowed \((\d+)\)/i.exec(t)
    return m ? { tokens: num(m[1])!, window: num(m[2])! } : undefined
  },
  // OpenAI Responses ("Your input exceeds the context window of this model"), code
  // context_length_exceeded, and the wordings of compatible servers (vLLM, llama.cpp, Ollama).
  (t) =>
    /context_length_exceeded|exceeds? the (?:model's )?context (?:window|length|size)|maximum context length|context length exceeded|too many tokens|exceeds the available context size/i.test(
      t,
    )
      ? {}
      : undefined,
]

/** The overflow `error` reports, or undefined when it is any other error. */
export function contextOverflow(error: unknown): Overflow | undefined {
  const cause = RetryError.isInstance(error) ? error.lastError : error
  if (!APICallError.isInstance(cause)) return undefined
  if (cause.statusCode !== undefined && cause.statusCode !== 400 && cause.statusCode !== 413) return undefined
  const text = `${cause.message}\n${cause.responseBody ?? ''}`
  for (const match of WORDINGS) {
    const found = match(text)
    if (found) return found
  }
  return undefined
}
