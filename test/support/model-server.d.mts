// Types for model-server.mjs (a scripted OpenAI-compatible chat-completions server).

export const INTERRUPTED_MARKER: string
export const ASK_FOR_ANSWER_PREFIX: string
/** 'Summarize the work so far': a request whose last (user) message starts with it is a summary request. */
export const SUMMARY_REQUEST_PREFIX: string
/** 'Summary of the work so far (scripted).': a scripted summary's text before its marker. */
export const DEFAULT_SUMMARY_TEXT: string

/** `[turns done: n]`, the marker a scripted summary ends with. */
export function turnsDoneMarker(n: number): string
/** A scripted summary: `${text ?? DEFAULT_SUMMARY_TEXT} [turns done: turn]`. */
export function summaryTextFor(turn: number, text?: string): string

export interface ScriptToolCall {
  name: string
  args?: Record<string, unknown>
  /** Fixed id; by default derived from the conversation (see THE RULE in model-server.mjs). */
  id?: string
}

export interface ScriptTurn {
  text?: string
  toolCalls?: ScriptToolCall[]
  /**
   * Usage to report; by default input = the request's token count (messages JSON length / 4 +
   * tools JSON length / 4), output ≈ answer / 4, cached = the automatic prefix cache's figure.
   */
  usage?: { input?: number; output?: number; cached?: number }
  /** Answer after this many milliseconds. */
  delayMs?: number
  /** The reply when the agent asks again for an answer after this (empty) turn. */
  whenAsked?: ScriptTurn
}

export interface Fault {
  kind: 'status' | 'hang' | 'drop'
  /** 1-based count of requests this server process received. */
  call?: number
  /** 0-based script index (completed turns in the request's conversation). */
  turn?: number
  /** With `turn`: fire at most this many times in this process (default 1). */
  times?: number
  /** With kind 'status' (default 500). */
  status?: number
  /** With kind 'status': the retry-after-ms header sent (default 100). */
  retryAfterMs?: number
  /** Delay before the fault takes effect. */
  afterMs?: number
}

export interface Script {
  turns: ScriptTurn[]
  faults?: Fault[]
  /** Text answered past the end of the script (default 'All done.'). */
  finalText?: string
  /** First sentence of the answer to a summary request (default DEFAULT_SUMMARY_TEXT); the marker is appended. */
  summaryText?: string
}

export type ScriptInput = Script | ScriptTurn[]

export interface ModelServerOptions {
  script?: ScriptInput
  faults?: Fault[]
  port?: number
  host?: string
  interruptedMarker?: string
  /** Refuse requests over this many tokens (with max_tokens: that do not leave room for it) as OpenAI does. */
  contextWindow?: number
  /** OpenAI's automatic prefix caching (cached_tokens in usage); default true. */
  promptCaching?: boolean
}

export interface RecordedRequest {
  call: number
  /** The script index (for a summary request: the turn its marker counts). */
  turn: number
  /** A summary request (answered with the summary text, not a turn). */
  summary: boolean
  stream: boolean
  messageCount: number
  /** The request's token count: what is checked against contextWindow (prompt_tokens unless overridden). */
  inputTokens: number
  /** The HTTP status answered: 200, 400 (over the context window), a fault's status, null for hang/drop. */
  status: number | null
  /** The refusal's message, when refused for the context window. */
  error?: string
  /** Usage answered (0 when refused for the context window). */
  promptTokens: number
  completionTokens: number
  /** usage.prompt_tokens_details.cached_tokens answered (0: not reported). */
  cachedTokens: number
  toolCalls: string[]
  fault: Fault['kind'] | undefined
  authorization: string | null
  body: Record<string, unknown>
}

export interface ModelServer {
  /** Base URL for the openai-compatible provider, ending in /v1. */
  url: string
  origin: string
  port: number
  requests: RecordedRequest[]
  setScript(script: ScriptInput): void
  setFaults(faults: Fault[]): void
  close(): Promise<void>
}

export function startModelServer(options?: ModelServerOptions): Promise<ModelServer>

/** A provider-neutral view of one message of a conversation, for THE RULE. */
export type ConversationEntry = { role: 'user'; texts: string[] } | { role: 'assistant'; interrupted: boolean }

export interface TurnCount {
  turn: number
  /** Assistant messages in the request. */
  assistants: number
  /** The request is a summary request (its last entry is a user message starting with SUMMARY_REQUEST_PREFIX). */
  summary: boolean
}

/** THE RULE, with its compaction part, over any provider's conversation. */
export function countTurns(entries: ConversationEntry[]): TurnCount

export function turnOf(messages: Array<Record<string, unknown>>, marker?: string): TurnCount
