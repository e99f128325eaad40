// Types for provider-servers.mjs (scripted OpenAI Responses, Anthropic Messages and Gemini
// servers that verify reasoning state sent back the way the real providers do).

export const SKIP_THOUGHT_SIGNATURE: string
/** model-server.mjs's: a request whose last user message starts with it is a summary request. */
export const SUMMARY_REQUEST_PREFIX: string

export interface ProviderScriptToolCall {
  name: string
  args?: Record<string, unknown>
  /** Fixed call id; by default a fresh one in the provider's format. */
  id?: string
}

export interface ProviderScriptTurn {
  /**
   * The model's reasoning: OpenAI's summary (returned only when the request sets
   * reasoning.summary; the encrypted item is issued either way), Anthropic's thinking text,
   * Gemini's thought summary (only with thinkingConfig.includeThoughts). Default: a short line.
   */
  reasoning?: string
  /** Anthropic: a redacted_thinking block after the thinking block. */
  redactedThinking?: boolean
  text?: string
  toolCalls?: ProviderScriptToolCall[]
  /**
   * Overrides of the usage figures computed from the request and the answer. Anthropic: `input`
   * is the total before the cache split, `cacheRead`/`cacheWrite` replace the cache's figures.
   */
  usage?: { input?: number; output?: number; reasoning?: number; cached?: number; cacheRead?: number; cacheWrite?: number }
}

export interface ProviderScript {
  turns: ProviderScriptTurn[]
  /** Text answered past the end of the script (default 'All done.'). */
  finalText?: string
  /** First sentence of the answer to a summary request (default model-server.mjs's DEFAULT_SUMMARY_TEXT); the marker is appended. */
  summaryText?: string
}

export type ProviderScriptInput = ProviderScript | ProviderScriptTurn[]

export interface ProviderServerOptions {
  script?: ProviderScriptInput
  /** Seals and signs with a key derived from this (two processes then verify each other); default a random key. */
  secret?: string
  /** When set, any other key is refused as the provider refuses it. */
  apiKey?: string
  port?: number
  host?: string
  /**
   * Refuse a request of more tokens than this (the request's `inputTokens`) with the provider's
   * own 400; Anthropic also refuses one whose max_tokens does not fit in what is left.
   */
  contextWindow?: number
}

export interface AnthropicServerOptions extends ProviderServerOptions {
  /** Think when the request sets no `thinking` (models that always think, e.g. claude-opus-5-5). */
  thinkingByDefault?: boolean
  /** Smallest prompt prefix a breakpoint writes to the cache; default 1024 tokens, 2048 for models whose id holds "haiku". */
  minCacheTokens?: number
  /** How long a cache entry lives after it was last written or read; default 300000 (5 minutes). */
  cacheTtlMs?: number
  /** The clock cache entries expire by; default Date.now. */
  now?: () => number
}

export interface GeminiServerOptions extends ProviderServerOptions {
  /** Enforce thought signatures in the current turn; default: for gemini-3 models, as Google does. */
  requireSignatures?: boolean
}

export interface ProviderRequest {
  /** 1-based count of requests this server received. */
  call: number
  path: string
  model: string
  /** The script index answered (for a summary request: the turn its marker counts); -1 when the request was refused before that. */
  turn: number
  /** A summary request (answered with the summary text, not a turn). */
  summary: boolean
  /**
   * The request's token count, checked against contextWindow and reported as input unless
   * overridden (Anthropic: the sum of its prompt blocks, before the cache split); 0 when refused
   * before it was counted (bad path, key or header).
   */
  inputTokens: number
  /** Tokens answered as read from the cache (Anthropic cache_read_input_tokens, OpenAI/Gemini cached tokens). */
  cacheRead?: number
  /** Anthropic: tokens answered as written to the cache (cache_creation_input_tokens). */
  cacheWrite?: number
  /** The HTTP status answered. */
  status: number
  /** The refusal's message, when status is not 200. */
  error?: string
  headers: Record<'authorization' | 'x-api-key' | 'anthropic-version' | 'x-goog-api-key', string | undefined>
  /** The request body as received. */
  body: Record<string, unknown>
  /** The body answered (the response, or the provider's error body). */
  response: Record<string, unknown>
  /** Anthropic: { thinking }; Gemini: { skippedSignatures } (sentinels accepted in the request). */
  notes: Record<string, unknown>
}

export interface ProviderServer {
  /** The provider's base URL for the AI SDK: …/v1 (OpenAI, Anthropic) or …/v1beta (Gemini). */
  url: string
  origin: string
  port: number
  requests: ProviderRequest[]
  setScript(script: ProviderScriptInput): void
  close(): Promise<void>
}

export function startOpenAIResponsesServer(options?: ProviderServerOptions): Promise<ProviderServer>
export function startAnthropicServer(options?: AnthropicServerOptions): Promise<ProviderServer>
export function startGeminiServer(options?: GeminiServerOptions): Promise<ProviderServer>
