// Repairs a stored conversation before it is sent again. Providers reject a history in which
// an assistant tool call has no result, a tool result has no call, or a message is empty; a
// killed attempt can leave exactly that (the loop commits the assistant message before it
// runs the tools). Pure: the loop persists what must be persisted.
import type { AssistantModelMessage, ModelMessage, ToolModelMessage, ToolResultPart, UserModelMessage } from 'ai'

/**
 * First words of the result given to a tool call the previous attempt never finished. The
 * scripted model server (test/support/model-server.mjs) keys on them: keep the two in step.
 */
export const INTERRUPTED_MARKER = 'Tool call interrupted'

export const INTERRUPTED_TEXT =
  `${INTERRUPTED_MARKER}: the previous attempt of this job failed while this tool call was running, so it ` +
  'did not complete and no output was kept. It may have had partial effects (check before relying on them). ' +
  'Run it again if it is still needed.'

export type Repair =
  | { kind: 'interrupted-tool-call'; toolCallId: string; toolName: string }
  | { kind: 'dropped-message'; role: ModelMessage['role']; reason: string }
  | { kind: 'dropped-tool-result'; toolCallId: string; reason: string }

export interface RepairedHistory {
  messages: ModelMessage[]
  repairs: Repair[]
  /**
   * Results made up for tool calls of the stored history's last assistant message. Appending
   * this one message to the store makes the stored history whole again.
   */
  pendingTail: ToolModelMessage | undefined
}

type Part = Exclude<AssistantModelMessage['content'], string>[number]

/** The result stored for a tool call that did not complete (its attempt died or was stopped). */
export function interruptedResult(toolCallId: string, toolName: string): ToolResultPart {
  return { type: 'tool-result', toolCallId, toolName, output: { type: 'error-text', value: INTERRUPTED_TEXT } }
}

function isEmptyText(part: Part): boolean {
  return part.type === 'text' && part.text.trim() === ''
}

/** An assistant message without empty text parts (providers reject those), or undefined. */
function cleanAssistant(message: AssistantModelMessage): AssistantModelMessage | undefined {
  if (typeof message.content === 'string') return message.content.trim() === '' ? undefined : message
  const content = message.content.filter((p) => !isEmptyText(p))
  return content.length === 0 ? undefined : { ...message, content }
}

function cleanUser(message: UserModelMessage): UserModelMessage | undefined {
  if (typeof message.content === 'string') return message.content.trim() === '' ? undefined : message
  const content = message.content.filter((p) => !(p.type === 'text' && p.text.trim() === ''))
  return content.length === 0 ? undefined : { ...message, content }
}

/** Tool calls the client must answer (provider-executed ones are answered by the provider). */
export function clientToolCalls(message: AssistantModelMessage): Array<{ toolCallId: string; toolName: string; input: unknown }> {
  if (typeof message.content === 'string') return []
  return message.content.flatMap((p) => (p.type === 'tool-call' && p.providerExecuted !== true ? [p] : []))
}

/**
 * Makes `stored` acceptable to every provider:
 * - each assistant tool call is followed by exactly one result, in one tool message right
 *   after it; a call with no result gets INTERRUPTED_TEXT (the model decides whether to re-run);
 * - tool results with no call before them, and duplicates, are dropped;
 * - empty messages and system messages are dropped (the system prompt is sent on every call).
 */
export function repairHistory(stored: readonly ModelMessage[]): RepairedHistory {
  const messages: ModelMessage[] = []
  const repairs: Repair[] = []
  let pendingTail: ToolModelMessage | undefined
  const answered = new Set<string>()
  const lastAssistant = stored.findLastIndex((m) => m.role === 'assistant')

  for (const [index, message] of stored.entries()) {
    if (message.role === 'system') {
      repairs.push({ kind: 'dropped-message', role: 'system', reason: 'system prompt is sent separately' })
    } else if (message.role === 'user') {
      const user = cleanUser(message)
      if (user) messages.push(user)
      else repairs.push({ kind: 'dropped-message', role: 'user', reason: 'empty' })
    } else if (message.role === 'tool') {
      // Results are placed with their call (below); any left here had no call before them.
      for (const part of message.content) {
        if (part.type === 'tool-result' && !answered.has(part.toolCallId)) {
          repairs.push({ kind: 'dropped-tool-result', toolCallId: part.toolCallId, reason: 'no matching tool call before it' })
        }
      }
    } else {
      const assistant = cleanAssistant(message)
      if (!assistant) {
        repairs.push({ kind: 'dropped-message', role: 'assistant', reason: 'empty' })
        continue
      }
      messages.push(assistant)
      const calls = clientToolCalls(assistant)
      if (calls.length === 0) continue
      // This call's results: in the tool messages after it, up to the next assistant message.
      const found = new Map<string, ToolResultPart>()
      for (let j = index + 1; j < stored.length && stored[j]!.role !== 'assistant'; j++) {
        const later = stored[j]!
        if (later.role !== 'tool') continue
        for (const part of later.content) {
          if (part.type !== 'tool-result' || !calls.some((c) => c.toolCallId === part.toolCallId)) continue
          if (found.has(part.toolCallId)) {
            repairs.push({ kind: 'dropped-tool-result', toolCallId: part.toolCallId, reason: 'duplicate result' })
          } else found.set(part.toolCallId, part)
        }
      }
      const missing: ToolResultPart[] = []
      const results = calls.map((call) => {
        const result = found.get(call.toolCallId)
        if (result) return result
        repairs.push({ kind: 'interrupted-tool-call', toolCallId: call.toolCallId, toolName: call.toolName })
        const made = interruptedResult(call.toolCallId, call.toolName)
        missing.push(made)
        return made
      })
      for (const call of calls) answered.add(call.toolCallId)
      messages.push({ role: 'tool', content: results })
      if (index === lastAssistant && missing.length > 0) pendingTail = { role: 'tool', content: missing }
    }
  }
  return { messages, repairs, pendingTail }
}

/**
 * True when the conversation's last turn is the user's and nothing answered it (a prompt or
 * nudge was persisted and then the model call failed). Another user message on top would
 * only repeat it: the next call simply sends the conversation as it is.
 */
export function endsWithUnansweredUser(messages: readonly ModelMessage[]): boolean {
  return messages.length > 0 && messages[messages.length - 1]!.role === 'user'
}

/** One line per repair, for the log. */
export function describeRepairs(repairs: readonly Repair[]): string[] {
  return repairs.map((r) =>
    r.kind === 'interrupted-tool-call'
      ? `tool call ${r.toolCallId} (${r.toolName}) had no result: marked as interrupted`
      : r.kind === 'dropped-message'
        ? `dropped a ${r.role} message: ${r.reason}`
        : `dropped the result for ${r.toolCallId}: ${r.reason}`,
  )
}
