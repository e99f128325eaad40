// Repairing a stored conversation so every provider accepts it after a killed attempt.
import type { ModelMessage } from 'ai'
import { describe, expect, it } from 'vitest'
import { endsWithUnansweredUser, INTERRUPTED_MARKER, INTERRUPTED_TEXT, repairHistory } from '../src/agent/history.js'
import { INTERRUPTED_MARKER as SERVER_MARKER } from './support/model-server.mjs'

const call = (id: string, toolName = 'bash', input: unknown = { command: 'ls' }) => ({
  type: 'tool-call' as const,
  toolCallId: id,
  toolName,
  input,
})
const result = (id: string, value = 'ok', toolName = 'bash') => ({
  type: 'tool-result' as const,
  toolCallId: id,
  toolName,
  output: { type: 'text' as const, value },
})
const interrupted = (id: string, toolName = 'bash') => ({
  type: 'tool-result' as const,
  toolCallId: id,
  toolName,
  output: { type: 'error-text' as const, value: INTERRUPTED_TEXT },
})

describe('repairHistory', () => {
  it('leaves a healthy conversation as it is', () => {
    const history: ModelMessage[] = [
      { role: 'user', content: 'fix it' },
      { role: 'assistant', content: [{ type: 'text', text: 'looking' }, call('a')] },
      { role: 'tool', content: [result('a')] },
      { role: 'assistant', content: [{ type: 'text', text: 'done' }] },
    ]
    expect(repairHistory(history)).toEqual({ messages: history, repairs: [], pendingTail: undefined })
  })

  it('answers a trailing tool call without result as interrupted, and says what to persist', () => {
    const history: ModelMessage[] = [
      { role: 'user', content: 'fix it' },
      { role: 'assistant', content: [call('a', 'write_file', { path: 'x', content: 'y' }), call('b')] },
    ]
    const repaired = repairHistory(history)
    expect(repaired.messages[2]).toEqual({ role: 'tool', content: [interrupted('a', 'write_file'), interrupted('b')] })
    expect(repaired.pendingTail).toEqual({ role: 'tool', content: [interrupted('a', 'write_file'), interrupted('b')] })
    expect(repaired.repairs).toEqual([
      { kind: 'interrupted-tool-call', toolCallId: 'a', toolName: 'write_file' },
      { kind: 'interrupted-tool-call', toolCallId: 'b', toolName: 'bash' },
    ])
  })

  it('completes a partial set of results and moves results next to their call', () => {
    const history: ModelMessage[] = [
      { role: 'user', content: 'go' },
      { role: 'assistant', content: [call('a'), call('b')] },
      { role: 'user', content: 'a stray user turn between call and result' },
      { role: 'tool', content: [result('b', 'B')] },
    ]
    const { messages, pendingTail } = repairHistory(history)
    expect(messages).toEqual([
      { role: 'user', content: 'go' },
      { role: 'assistant', content: [call('a'), call('b')] },
      { role: 'tool', content: [interrupted('a'), result('b', 'B')] },
      { role: 'user', content: 'a stray user turn between call and result' },
    ])
    expect(pendingTail).toEqual({ role: 'tool', content: [interrupted('a')] })
  })

  it('repairs a dangling call in the middle without asking to persist it', () => {
    const history: ModelMessage[] = [
      { role: 'user', content: 'go' },
      { role: 'assistant', content: [call('a')] },
      { role: 'user', content: 'continue' },
      { role: 'assistant', content: 'ok' },
    ]
    const { messages, pendingTail } = repairHistory(history)
    expect(messages[2]).toEqual({ role: 'tool', content: [interrupted('a')] })
    expect(pendingTail).toBeUndefined()
  })

  it('drops orphan and duplicate results, empty messages and system messages', () => {
    const history: ModelMessage[] = [
      { role: 'system', content: 'old system prompt' },
      { role: 'tool', content: [result('ghost')] },
      { role: 'user', content: 'go' },
      { role: 'assistant', content: [{ type: 'text', text: '' }] },
      { role: 'assistant', content: [call('a')] },
      { role: 'tool', content: [result('a', 'first')] },
      { role: 'tool', content: [result('a', 'again')] },
      { role: 'user', content: '  ' },
    ]
    const { messages, repairs } = repairHistory(history)
    expect(messages).toEqual([
      { role: 'user', content: 'go' },
      { role: 'assistant', content: [call('a')] },
      { role: 'tool', content: [result('a', 'first')] },
    ])
    expect(repairs.map((r) => r.kind)).toEqual([
      'dropped-message',
      'dropped-tool-result',
      'dropped-message',
      'dropped-tool-result',
      'dropped-message',
    ])
  })

  it('ignores provider-executed calls (the provider answered them)', () => {
    const history: ModelMessage[] = [
      { role: 'user', content: 'search' },
      {
        role: 'assistant',
        content: [
          { ...call('w', 'web_search'), providerExecuted: true },
          { type: 'text', text: 'found' },
        ],
      },
    ]
    expect(repairHistory(history).messages).toEqual(history)
  })
})

describe('unanswered user turn', () => {
  it('is detected so a second prompt is not stacked on the first', () => {
    expect(endsWithUnansweredUser([])).toBe(false)
    expect(endsWithUnansweredUser([{ role: 'user', content: 'prompt' }])).toBe(true)
    expect(
      endsWithUnansweredUser([
        { role: 'user', content: 'p' },
        { role: 'assistant', content: 'a' },
      ]),
    ).toBe(false)
  })

  it('shares its interrupted marker with the scripted model server', () => {
    expect(INTERRUPTED_MARKER).toBe(SERVER_MARKER)
    expect(INTERRUPTED_TEXT.startsWith(INTERRUPTED_MARKER)).toBe(true)
  })
})
