// Prompt caching (docs/design.md §9). Anthropic caches only at explicit breakpoints (at most 4):
// one after the system prompt (tools and system come first in its prompt), one on the newest
// message and one on the message the previous request ended with, so each step reads everything
// before it from the cache and writes only what it added. OpenAI and Google cache a stable
// prefix on their own; OpenAI's promptCacheKey routes a session's calls to the same cache.
import type { ModelMessage, SystemModelMessage } from 'ai'

const BREAKPOINT = { anthropic: { cacheControl: { type: 'ephemeral' } } } as const

/**
 * A resume must depend on nothing a provider keeps (docs/design.md §7). OpenAI's Responses API
 * stores items by default and the AI SDK then refers back to them by id (item_reference), which
 * fails under zero data retention or once OpenAI dropped them. With `store: false` the SDK asks
 * for reasoning as encrypted content (for reasoning models) and sends every item back in full,
 * so the session database alone is enough. Other providers ignore the `openai` key; Anthropic
 * thinking signatures and Google thought signatures already travel in the messages' parts.
 */
export function callProviderOptions(sessionId: string) {
  return { openai: { store: false, promptCacheKey: sessionId } }
}

/** The system prompt with a cache breakpoint after it. */
export function cachedSystem(system: string): SystemModelMessage {
  return { role: 'system', content: system, providerOptions: BREAKPOINT }
}

/**
 * Copies of `messages` with breakpoints on the last message and on the last message before
 * the newest assistant message (where the previous request ended). The input is not changed,
 * so what is stored never carries them.
 */
export function withCacheBreakpoints(messages: readonly ModelMessage[]): ModelMessage[] {
  const marked = new Set<number>()
  if (messages.length > 0) marked.add(messages.length - 1)
  const lastAssistant = messages.findLastIndex((m) => m.role === 'assistant')
  if (lastAssistant > 0) marked.add(lastAssistant - 1)
  return messages.map((m, i) =>
    marked.has(i)
      ? {
          ...m,
          providerOptions: { ...m.providerOptions, anthropic: { ...m.providerOptions?.anthropic, ...BREAKPOINT.anthropic } },
        }
      : m,
  )
}
