// One model call as every request of the loop makes it: the system prompt and the newest
// messages marked for prompt caching, the answer capped to the budget's reserve, nothing kept
// at the provider, and the usage read into the store's shape (cache reads and writes apart).
import { generateText, type LanguageModel, type ModelMessage, type ToolSet } from 'ai'
import type { StepUsage } from '../store/index.js'
import { cachedSystem, callProviderOptions, withCacheBreakpoints } from './context/caching.js'
import type { ContextBudget } from './context/window.js'

export interface ModelCall {
  model: LanguageModel
  system: string
  messages: readonly ModelMessage[]
  tools: ToolSet
  /** 'none' for a summary: the tools stay declared (the history has calls, and the cached prefix holds them). */
  toolChoice?: 'auto' | 'none'
  budget: ContextBudget
  sessionId: string
  maxRetries: number
  signal: AbortSignal
}

export type ModelCallResult = Awaited<ReturnType<typeof generateText>>

/** Calls the model once (AI SDK retries on transient errors). Throws what generateText throws. */
export async function callModel(call: ModelCall): Promise<{ result: ModelCallResult; usage: StepUsage }> {
  const result = await generateText({
    model: call.model,
    system: cachedSystem(call.system),
    messages: withCacheBreakpoints(call.messages),
    tools: call.tools,
    ...(call.toolChoice ? { toolChoice: call.toolChoice } : {}),
    maxOutputTokens: call.budget.reserve,
    maxRetries: call.maxRetries,
    providerOptions: callProviderOptions(call.sessionId),
    abortSignal: call.signal,
  })
  return { result, usage: usageOf(result.usage) }
}

/** The AI SDK's usage as stored: inputTokens includes cache reads and writes (AI SDK 6). */
export function usageOf(usage: ModelCallResult['usage']): StepUsage {
  return {
    tokensIn: usage.inputTokens ?? 0,
    tokensOut: usage.outputTokens ?? 0,
    cacheRead: usage.inputTokenDetails.cacheReadTokens ?? 0,
    cacheWrite: usage.inputTokenDetails.cacheWriteTokens ?? 0,
  }
}
