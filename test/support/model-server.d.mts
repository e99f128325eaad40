// Types for model-server.mjs (a scripted OpenAI-compatible chat-completions server).

export const INTERRUPTED_MARKER: string
export const ASK_FOR_ANSWER_PREFIX: string

export interface ScriptToolCall {
  name: string
  args?: Record<string, unknown>
  /** Fixed id; by default derived from the conversation (see THE RULE in model-server.mjs). */
  id?: string
}

export interface ScriptTurn {
  text?: string
  toolCalls?: ScriptToolCall[]
  /** Usage to report; by default input ≈ request messages JSON length / 4, output ≈ answer / 4. */
  usage?: { input?: number; output?: number }
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
}

export type ScriptInput = Script | ScriptTurn[]

export interface ModelServerOptions {
  script?: ScriptInput
  faults?: Fault[]
  port?: number
  host?: string
  interruptedMarker?: string
}

export interface RecordedRequest {
  call: number
  turn: number
  stream: boolean
  messageCount: number
  promptTokens: number
  completionTokens: number
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

export function turnOf(messages: Array<Record<string, unknown>>, marker?: string): { turn: number; assistants: number }
