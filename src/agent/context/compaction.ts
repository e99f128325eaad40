// Compaction decisions, pure (docs/design.md §9). Two stages, as opencode and claude-code do:
// first old tool outputs are replaced by a stub (the call stays, so the model knows what it did
// and can run it again); when that is not enough, the older steps are replaced by the model's
// own summary, and the conversation continues from the request + summary + the recent steps.
// Both change the prompt's prefix once, then leave it stable, so prompt caches keep working.
import type { ModelMessage, ToolModelMessage, ToolResultPart, UserModelMessage } from 'ai'
import { headChars, tailChars } from '../../text.js'
import { INTERRUPTED_MARKER } from '../history.js'
import { estimateMessages, estimateTokens } from './estimate.js'

/** First words of a pruned tool output. */
export const PRUNED_MARKER = '[Output removed'

/**
 * First words of the request for a summary. The scripted model servers
 * (test/support/model-server.mjs SUMMARY_REQUEST_PREFIX) key on them: keep the two in step.
 */
export const SUMMARY_REQUEST_PREFIX = 'Summarize the work so far'

export const SUMMARY_REQUEST =
  `${SUMMARY_REQUEST_PREFIX}: this conversation is about to be cut to fit the model's context window, and your summary will ` +
  'replace the messages above (the most recent steps are kept as they are). Write it for yourself, to continue the task ' +
  'from it: the task in one or two sentences; every file you created, changed or deleted and how; decisions made and ' +
  'why; facts you found that you still need (paths, names, commands, errors); what is done; what remains, in order. ' +
  'Be specific and complete, and do not call tools.'

/** Outputs shorter than this are kept: stubbing them would save little. */
const MIN_PRUNE_CHARS = 600

/** Shares of the request limit: when pruning stops, and when pruning alone is not enough. */
export const PRUNE_TARGET = 0.5
export const SUMMARY_THRESHOLD = 0.75
/** Share of the limit the recent steps may take and stay whole. */
export const RECENT_SHARE = 0.25

function outputText(part: ToolResultPart): string {
  const o = part.output
  if (o.type === 'text' || o.type === 'error-text') return o.value
  return 'value' in o ? JSON.stringify(o.value) : ''
}

/** `value` as the part's new output: still an error when it was one. */
function textOutput(part: ToolResultPart, value: string): { type: 'text' | 'error-text'; value: string } {
  return { type: part.output.type === 'error-text' ? 'error-text' : 'text', value }
}

/** The stub a pruned output is replaced with: what it was, and how to get it again. */
export function prunedOutput(toolName: string, chars: number): string {
  return (
    `${PRUNED_MARKER} to fit the context window: ${chars.toLocaleString('en-US')} characters of ${toolName} output. ` +
    'Call the tool again if you still need it.]'
  )
}

/**
 * Where the kept recent steps start: the index of the earliest step-opening assistant message
 * such that it and everything after it fit in `keepTokens` (estimated), and never later than
 * the last assistant message. `messages.length` when there is no assistant message.
 */
export function recentStart(messages: readonly ModelMessage[], keepTokens: number): number {
  let start = messages.length
  let used = 0
  for (let i = messages.length - 1; i >= 0; i--) {
    used += estimateMessages([messages[i]!])
    if (messages[i]!.role !== 'assistant') continue
    // A step opens with an assistant message that follows a tool or user message.
    if (i > 0 && messages[i - 1]!.role === 'assistant') continue
    if (start !== messages.length && used > keepTokens) break
    start = i
  }
  return start
}

export interface Pruned {
  messages: ModelMessage[]
  /** Tool outputs replaced by a stub. */
  pruned: number
  /** Estimated tokens that freed. */
  freed: number
}

/**
 * Stubs tool outputs in messages before index `before`, oldest first, until `needToFree`
 * tokens (estimated) are freed. Interrupted results, short outputs and stubs stay. Pure: the
 * input is not changed.
 */
export function pruneToolResults(messages: readonly ModelMessage[], before: number, needToFree: number): Pruned {
  let freed = 0
  let pruned = 0
  const out = messages.map((message, index): ModelMessage => {
    if (index >= before || message.role !== 'tool' || freed >= needToFree) return message
    const content = message.content.map((part) => {
      if (part.type !== 'tool-result' || freed >= needToFree) return part
      const text = outputText(part)
      if (text.length < MIN_PRUNE_CHARS || text.startsWith(PRUNED_MARKER) || text.startsWith(INTERRUPTED_MARKER)) return part
      const stub = prunedOutput(part.toolName, text.length)
      freed += estimateTokens(part.output) - estimateTokens(stub)
      pruned++
      return { ...part, output: textOutput(part, stub) }
    })
    return { ...message, content }
  })
  return { messages: out, pruned, freed }
}

/** Outputs are not shortened below this (a few screens of text). */
const MIN_SHORT_CHARS = 2_000

function cutMiddle(text: string, keep: number): string {
  const head = headChars(text, Math.ceil((keep * 2) / 3))
  const tail = tailChars(text, Math.floor(keep / 3))
  const cut = text.length - head.length - tail.length
  return (
    `${head}\n[… ${cut.toLocaleString('en-US')} characters cut here to fit the model's context window; to see them, ` +
    `run the tool again on a narrower range (offset/limit, grep, head/tail) …]\n${tail}`
  )
}

/**
 * Shortens the largest tool outputs, keeping their head and tail, until `fits(messages)` holds
 * or no output is longer than MIN_SHORT_CHARS: for a step too large for the window by itself,
 * where a stub would only make the model call the tool again and again. Pure.
 */
export function shortenToolResults(
  messages: readonly ModelMessage[],
  fits: (messages: readonly ModelMessage[]) => boolean,
): { messages: ModelMessage[]; shortened: number } {
  let out = [...messages]
  const touched = new Set<string>()
  for (let round = 0; round < 64 && !fits(out); round++) {
    let best: { i: number; j: number; length: number } | undefined
    out.forEach((m, i) => {
      if (m.role !== 'tool') return
      m.content.forEach((p, j) => {
        if (p.type !== 'tool-result') return
        const length = outputText(p).length
        if (length > MIN_SHORT_CHARS && (!best || length > best.length)) best = { i, j, length }
      })
    })
    if (!best) break
    const { i, j, length } = best
    const message = out[i] as ToolModelMessage
    const part = message.content[j] as ToolResultPart
    const value = cutMiddle(outputText(part), Math.max(MIN_SHORT_CHARS, Math.floor(length / 2)))
    const output = textOutput(part, value)
    out = out.map((m, k) => (k === i ? { ...message, content: message.content.map((q, l) => (l === j ? { ...part, output } : q)) } : m))
    touched.add(part.toolCallId)
  }
  return { messages: out, shortened: touched.size }
}

/**
 * The conversation in steps, for summarizing part by part: `head` is what comes before the first
 * assistant message (the request, or an earlier summary); each step is an assistant message with
 * what follows it up to the next one.
 */
export function splitSteps(messages: readonly ModelMessage[]): { head: ModelMessage[]; steps: ModelMessage[][] } {
  const first = messages.findIndex((m) => m.role === 'assistant')
  if (first < 0) return { head: [...messages], steps: [] }
  const steps: ModelMessage[][] = []
  for (const m of messages.slice(first)) {
    if (m.role === 'assistant' && (steps.length === 0 || steps.at(-1)!.at(-1)!.role !== 'assistant')) steps.push([m])
    else steps.at(-1)!.push(m)
  }
  return { head: messages.slice(0, first), steps }
}

/** The text of a user message (its text parts). */
export function userText(message: ModelMessage | undefined): string {
  if (message?.role !== 'user') return ''
  return typeof message.content === 'string' ? message.content : message.content.map((p) => (p.type === 'text' ? p.text : '')).join('')
}

/** Most characters of the original request repeated in the summary message. */
const MAX_REQUEST_CHARS = 12_000

/**
 * The message a summarized conversation starts with: the original request (cut to
 * MAX_REQUEST_CHARS) and the summary. `request` is the session's first user message.
 */
export function summaryMessage(request: string, summary: string): UserModelMessage {
  const shown = request.length > MAX_REQUEST_CHARS ? `${request.slice(0, MAX_REQUEST_CHARS)}\n[… the request is cut here]` : request
  return {
    role: 'user',
    content:
      "The earlier part of this session was compacted to fit the model's context window. This was the request:\n\n" +
      `<original-request>\n${shown}\n</original-request>\n\n` +
      `Your summary of the work up to the compaction:\n\n<summary>\n${summary.trim()}\n</summary>\n\n` +
      'The most recent steps follow as they were. Continue the task from here; do not redo finished work.',
  }
}

/**
 * A summary written without the model (its summary call failed or came back empty): what each
 * older step did, from the assistant texts and tool calls. Worse than the model's, better than
 * failing the attempt.
 */
export function mechanicalSummary(messages: readonly ModelMessage[]): string {
  const lines: string[] = []
  for (const m of messages) {
    if (m.role !== 'assistant' || typeof m.content === 'string') continue
    for (const p of m.content) {
      if (p.type === 'text' && p.text.trim() !== '') lines.push(`- said: ${p.text.trim().replace(/\s+/g, ' ').slice(0, 300)}`)
      if (p.type === 'tool-call') lines.push(`- called ${p.toolName} ${JSON.stringify(p.input).slice(0, 200)}`)
    }
  }
  const shown = lines.slice(-200)
  return [
    '(No summary could be written; these are the earlier steps, as recorded. Check the files before relying on them.)',
    ...(lines.length > shown.length ? [`- … ${lines.length - shown.length} earlier entries left out`] : []),
    ...shown,
  ].join('\n')
}
