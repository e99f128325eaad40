// How many tokens a request may carry. The window comes from the `context-window` input, else
// a small table of the common models (docs/design.md §9), else a conservative default; part of
// it is kept for the answer (sent as maxOutputTokens, never above the model's own most output),
// so a request plus its answer fit.
import type { Provider } from '../../inputs.js'

export interface ContextBudget {
  /** The model's context window, in tokens. */
  window: number
  /** Where the window figure came from, for the log. */
  source: 'input' | 'table' | 'default'
  /** Tokens kept for the answer; also the call's maxOutputTokens. */
  reserve: number
  /** The most input tokens one request may carry: window − reserve (or the model's most input). */
  limit: number
}

/** For models the table does not know (a local OpenAI-compatible model, often 32k). */
export const DEFAULT_CONTEXT_WINDOW = 32_768

/** A model's limits in tokens: its context window, its most output, and (GPT-5) its most input. */
export interface ModelLimits {
  window: number
  maxOutput: number
  maxInput?: number
}

/** First match wins; ids as the providers spell them (dated and -latest variants included). */
const TABLE: ReadonlyArray<readonly [RegExp, ModelLimits]> = [
  [/^claude-3-(opus|sonnet|haiku)/, { window: 200_000, maxOutput: 4_096 }],
  [/^claude-3-5-/, { window: 200_000, maxOutput: 8_192 }],
  [/^claude-opus-4(-[01])?(-\d{8})?$/, { window: 200_000, maxOutput: 32_000 }],
  [/^claude-/, { window: 200_000, maxOutput: 64_000 }],
  [/^gpt-5(\.\d+)?-chat/, { window: 128_000, maxOutput: 16_384 }],
  [/^gpt-5/, { window: 400_000, maxOutput: 128_000, maxInput: 272_000 }],
  [/^gpt-4\.1/, { window: 1_047_576, maxOutput: 32_768 }],
  [/^gpt-4o/, { window: 128_000, maxOutput: 16_384 }],
  [/^o[134](-|$)/, { window: 200_000, maxOutput: 100_000 }],
  [/^gemini-(2\.5|3)/, { window: 1_048_576, maxOutput: 65_536 }],
  [/^gemini-(1\.5|2\.0)/, { window: 1_048_576, maxOutput: 8_192 }],
]

/** The answer's share: enough for a long edit, never more than a quarter of a small window or the model's own most. */
export function answerReserve(window: number, maxOutput = Number.POSITIVE_INFINITY): number {
  return Math.min(32_000, Math.floor(window / 4), maxOutput)
}

/** What the table knows of a model id, or undefined. */
export function knownModelLimits(id: string): ModelLimits | undefined {
  // Model ids may carry a vendor prefix on compatible gateways (e.g. 'anthropic/claude-…').
  const bare = id.slice(id.lastIndexOf('/') + 1).toLowerCase()
  return TABLE.find(([re]) => re.test(bare))?.[1]
}

/**
 * The budget for a model. `override` is the `context-window` input (tokens; 0 = not set): it
 * replaces the window, while the table still caps the answer's share at the model's most output.
 */
export function contextBudget(model: { provider: Provider; id: string }, override = 0): ContextBudget {
  const known = knownModelLimits(model.id)
  const window = override > 0 ? override : (known?.window ?? DEFAULT_CONTEXT_WINDOW)
  const source = override > 0 ? 'input' : known !== undefined ? 'table' : 'default'
  const reserve = answerReserve(window, known?.maxOutput)
  const maxInput = override > 0 ? Number.POSITIVE_INFINITY : (known?.maxInput ?? Number.POSITIVE_INFINITY)
  return { window, source, reserve, limit: Math.min(window - reserve, maxInput) }
}

/** The budget after the provider said its window is smaller than we thought. */
export function shrinkBudget(budget: ContextBudget, window: number): ContextBudget {
  if (window >= budget.window) return budget
  const reserve = Math.min(budget.reserve, answerReserve(window))
  return { window, source: budget.source, reserve, limit: Math.min(budget.limit, window - reserve) }
}

/** The budget with requests held under `limit` (a provider refused a larger one, or did in an earlier attempt). */
export function capLimit(budget: ContextBudget, limit: number): ContextBudget {
  return limit >= budget.limit ? budget : { ...budget, limit: Math.max(1_024, Math.floor(limit)) }
}
