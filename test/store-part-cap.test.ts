// A restored database is not trusted: a part grown to 40 MB (a model driving bash can write to
// the DB file before the post step saves it) is cut to MAX_LOADED_PART_CHARS when the
// conversation is loaded, keeping its head and tail and saying how much was left out.
import { join } from 'node:path'
import type { ModelMessage } from 'ai'
import { describe, expect, it } from 'vitest'
import { openStore } from '../src/store/index.js'
import { processDriver } from '../src/store/driver.js'
import { cutPartText, MAX_LOADED_PART_CHARS } from '../src/store/part-cap.js'
import { tempDir } from './support/temp.js'

const dir = tempDir('ar-part-cap-')
const BIG = 40_000_000
const huge = (tag: string) => `${tag}-HEAD ` + 'x'.repeat(BIG) + ` ${tag}-TAIL`

const SMALL: ModelMessage[] = [
  { role: 'user', content: 'Fix the bug.' },
  { role: 'assistant', content: [{ type: 'tool-call', toolCallId: 'c1', toolName: 'bash', input: { command: 'cat log' } }] },
  { role: 'tool', content: [{ type: 'tool-result', toolCallId: 'c1', toolName: 'bash', output: { type: 'text', value: 'ok' } }] },
  { role: 'assistant', content: [{ type: 'text', text: 'Done.' }] },
]

/** A session DB of ours written through the store, then one part rewritten behind its back (as a hostile command would). */
function restoredDb(name: string, part: { seq: number; content: unknown }): { path: string; id: string } {
  const path = join(dir, `${name}.db`)
  const { store } = openStore(path, { warn: () => {} })
  const { id } = store.createSession({ runId: '1', sessionKey: 'agent' })
  store.appendMessages(id, 1, 1, SMALL)
  store.close()
  const db = processDriver().open(path)
  db.prepare('UPDATE parts SET content = ? WHERE message_id = (SELECT id FROM messages WHERE session_id = ? AND seq = ?)').run(
    JSON.stringify(part.content),
    id,
    part.seq,
  )
  db.close()
  return { path, id }
}

function load(path: string, id: string): ModelMessage[] {
  const { store } = openStore(path, { warn: () => {} })
  try {
    return store.loadMessages(id)
  } finally {
    store.close()
  }
}

function expectCut(text: string, tag: string): void {
  expect(text.length).toBeLessThanOrEqual(MAX_LOADED_PART_CHARS)
  expect(text.length).toBeGreaterThan(MAX_LOADED_PART_CHARS - 1_000)
  expect(text.startsWith(`${tag}-HEAD x`)).toBe(true)
  expect(text.endsWith(`x ${tag}-TAIL`)).toBe(true)
  const whole = huge(tag).length
  const cut = whole - text.replace(/\n\n\[… .* …\]\n\n/, '').length
  expect(text).toContain(
    `\n\n[… ${cut} characters cut: this part of the saved session was ${whole} characters, limit ${MAX_LOADED_PART_CHARS} …]\n\n`,
  )
}

describe('a 40 MB part in a restored database is cut when loaded', () => {
  it('a text part (the user message)', () => {
    const { path, id } = restoredDb('text', { seq: 1, content: { type: 'text', text: huge('USER') } })
    const messages = load(path, id)
    expect(messages).toHaveLength(4)
    expect(typeof messages[0]!.content).toBe('string')
    expectCut(messages[0]!.content as string, 'USER')
    expect(messages.slice(1)).toEqual(SMALL.slice(1))
  })

  it('a tool result with text output keeps its call id and tool name', () => {
    const content = { type: 'tool-result', toolCallId: 'c1', toolName: 'bash', output: { type: 'text', value: huge('OUT') } }
    const { path, id } = restoredDb('result', { seq: 3, content })
    const [part] = load(path, id)[2]!.content as Array<{
      type: string
      toolCallId: string
      toolName: string
      output: { type: string; value: string }
    }>
    expect(part).toMatchObject({ type: 'tool-result', toolCallId: 'c1', toolName: 'bash', output: { type: 'text' } })
    expectCut(part!.output.value, 'OUT')
  })

  it('a tool result with a JSON output becomes its text, cut', () => {
    const value = Array.from({ length: 30_000 }, (_, i) => `line ${i} of a long listing`)
    const content = { type: 'tool-result', toolCallId: 'c1', toolName: 'bash', output: { type: 'json', value } }
    const { path, id } = restoredDb('json', { seq: 3, content })
    const [part] = load(path, id)[2]!.content as Array<{ output: { type: string; value: string } }>
    expect(part!.output.type).toBe('text')
    expect(part!.output.value.length).toBeLessThanOrEqual(MAX_LOADED_PART_CHARS)
    expect(part!.output.value.startsWith('["line 0 of a long listing"')).toBe(true)
    expect(part!.output.value.endsWith('"line 29999 of a long listing"]')).toBe(true)
    expect(part!.output.value).toContain('characters cut: this part of the saved session was')
  })

  it("a tool call's long input string is cut and the call stays whole", () => {
    const content = { type: 'tool-call', toolCallId: 'c1', toolName: 'write_file', input: { path: 'a.txt', content: huge('IN') } }
    const { path, id } = restoredDb('call', { seq: 2, content })
    const [part] = load(path, id)[1]!.content as Array<{ toolCallId: string; input: { path: string; content: string } }>
    expect(part).toMatchObject({ toolCallId: 'c1', input: { path: 'a.txt' } })
    expectCut(part!.input.content, 'IN')
  })

  it('leaves parts within the limit as they are', () => {
    const text = 'y'.repeat(MAX_LOADED_PART_CHARS - 100)
    const { path, id } = restoredDb('fits', { seq: 4, content: { type: 'text', text } })
    expect(load(path, id)[3]).toEqual({ role: 'assistant', content: [{ type: 'text', text }] })
    expect(cutPartText(text)).toBe(text)
  })
})
