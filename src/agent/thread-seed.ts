// The conversation a new turn starts from (README "Conversations"): the previous turn's live
// conversation as stored (already compacted where it had to be; the loop compacts again at the
// first step if it is over this model's budget, docs/design.md §9), then the new request. At the
// `thread-max-turns` cap it restarts instead from a summary written without a model call: each
// request and the answer to it. Pure.
import type { ModelMessage, UserModelMessage } from 'ai'
import { userText } from './context/compaction.js'

/** Most characters of one request or answer in a restart summary, and most entries kept. */
const MAX_ENTRY_CHARS = 1_500
const MAX_ENTRIES = 40

const textOf = (m: ModelMessage): string =>
  typeof m.content === 'string'
    ? m.content
    : m.content
        .map((p) => (p.type === 'text' ? p.text : ''))
        .join('')
        .trim()

const cut = (text: string) => (text.length > MAX_ENTRY_CHARS ? `${text.slice(0, MAX_ENTRY_CHARS)} […]` : text)

/** Each request (a user message with text) and each answer (assistant text) of a conversation, in order. */
export function turnsDigest(messages: readonly ModelMessage[]): string {
  const lines: string[] = []
  for (const m of messages) {
    if (m.role === 'user') {
      // The asker's words only: the fenced GitHub context after them is never cut in half.
      const text = (userText(m).split('\n\n---\n\n')[0] ?? '').trim()
      if (text) lines.push(`Request:\n${cut(text)}`)
    } else if (m.role === 'assistant') {
      const text = textOf(m)
      if (text) lines.push(`You answered:\n${cut(text)}`)
    }
  }
  const shown = lines.slice(-MAX_ENTRIES)
  return [...(lines.length > shown.length ? [`(${lines.length - shown.length} earlier entries left out)`] : []), ...shown].join('\n\n')
}

/** The messages a turn's session is created with: the carried conversation, then `request`. */
export function seedConversation(previous: readonly ModelMessage[], request: string, restart: boolean): ModelMessage[] {
  const ask: UserModelMessage = { role: 'user', content: request }
  if (!restart) return [...previous, ask]
  const summary =
    'This conversation was restarted to keep it short. What was asked and answered in it so far:\n\n' +
    `<earlier-turns>\n${turnsDigest(previous)}\n</earlier-turns>`
  // One user message: two in a row are merged by some providers, and the shape stays plain.
  return [{ role: 'user', content: `${summary}\n\n---\n\n${request}` }]
}
