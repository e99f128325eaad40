// How many tokens a request may carry. The window comes from the `context-window` input, else
// a small table of the common models (docs/design.md §9), else a conservative default; part of
// it is kept for the answer (sent as maxOutputTokens), so a request plus its answer fit.
import type { Provider } from '../../inputs.js'

export interface ContextBudget {
  /** The model's context window, in tokens. */
  window: number
  /** Where the window figure came from, for the log. */
  source: 'input' | 'table' | 'default'
  /** Tokens kept for the answer; also the call's maxOutputTokens. */
  reserve: number
  /** The most input tokens one request may carry: window − reserve. */
  limit: number
}

/** For models the table does not know (a local OpenAI-compatible model, often 32k). */
export const DEFAULT_CONTEXT_WINDOW = 32_768

/** First match wins; ids as the providers spell them (dated and -latest variants included). */
const WINDOWS: ReadonlyArray<readonly [Provider | '*', RegExp, number]> = [
  ['*', /^claude-/, 200_000],
  ['*', /^gpt-5(\.\d+)?-chat/, 128_000],
  ['*', /^gpt-5/, 400_000],
  ['*', /^gpt-4\.1/, 1_047_576],
  ['*', /^gpt-4o/, 128_000],
  ['*', /^o[134](-|$)/, 200_000],
  ['*', /^gemini-(1\.5|2\.0|2\.5|3)/, 1_048_576],
]

/** The answer's share: enough for a long edit, never more than a quarter of a small window. */
export function answerReserve(window: number): number {
  return Math.min(32_000, Math.floor(window / 4))
}

/** The window the table gives for `provider/id`, or undefined. */
export function knownContextWindow(provider: Provider, id: string): number | undefined {
  // Model ids may carry a vendor prefix on compatible gateways (e.g. 'anthropic/claude-…').
  const bare = id.slice(id.lastIndexOf('/') + 1).toLowerCase()
  return WINDOWS.find(([p, re]) => (p === '*' || p === provider) && re.test(bare))?.[2]
}

/**
 * The budget for a model. `override` is the `context-window` input (tokens; 0 = not set).
 */
export function contextBudget(model: { provider: Provider; id: string }, override = 0): ContextBudget {
  const known = knownContextWindow(model.provider, model.id)
  const window = override > 0 ? override : (known ?? DEFAULT_CONTEXT_WINDOW)
  const source = override > 0 ? 'input' : known !== undefined ? 'table' : 'default'
  const reserve = answerReserve(window)
  return { window, source, reserve, limit: window - reserve }
}

/** The budget after the provider said its window is smaller than we thought. */
export function shrinkBudget(budget: ContextBudget, window: number): ContextBudget {
  if (window >= budget.window) return budget
  const reserve = answerReserve(window)
  return { window, source: budget.source, reserve, limit: window - reserve }
}
