import { join } from 'node:path'
import type { ModelMessage } from 'ai'
import { describe, expect, it } from 'vitest'
import { openStore, type SessionStore } from '../src/store/index.js'
import { findResumableSession } from '../src/session/lookup.js'
import { tempDir } from './support/temp.js'

const dir = tempDir('ar-store-')
let n = 0
function fresh(secrets: string[] = []): SessionStore {
  return openStore(join(dir, `s${++n}.db`), { warn: () => {}, secrets }).store
}

function lookup(store: SessionStore, runId: string, key: string) {
  return findResumableSession(store.sessionsForRun(runId, key), runId, key)
}

describe('session store on a real SQLite file', () => {
  it('creates a session stamped with the run id and key, and finds it again after reopening', () => {
    const path = join(dir, 'reopen.db')
    const a = openStore(path, { warn: () => {} }).store
    const created = a.createSession({ runId: '42', sessionKey: 'agent', metadata: { repository: 'o/r' } })
    a.close()
    const b = openStore(path, { warn: () => {} }).store
    expect(lookup(b, '42', 'agent')?.id).toBe(created.id)
    expect(b.getSession(created.id)?.metadata).toMatchObject({ github_run_id: '42', session_key: 'agent', repository: 'o/r' })
    b.close()
  })

  it('finds the run among 100,000 unrelated sessions through the index', () => {
    const store = fresh()
    const insert = store.db.prepare('INSERT INTO sessions (id, created_at, updated_at, metadata) VALUES (?, ?, ?, ?)')
    store.db.transaction(() => {
      for (let i = 0; i < 100_000; i++) {
        insert.run(`ses_${i}`, i, i, JSON.stringify({ github_run_id: String(1_000_000 + i), session_key: 'agent' }))
      }
    })()
    const target = store.createSession({ runId: '77', sessionKey: 'agent' })
    expect(lookup(store, '77', 'agent')?.id).toBe(target.id)
    expect(lookup(store, '1000500', 'agent')?.id).toBe('ses_500')
    expect(lookup(store, '78', 'agent')).toBeUndefined()
    const plan = store.db
      .prepare('EXPLAIN QUERY PLAN SELECT * FROM sessions WHERE run_id = ? AND session_key = ? ORDER BY created_at, id')
      .all('77', 'agent') as Array<{ detail: string }>
    expect(plan.map((p) => p.detail).join(' ')).toContain('USING INDEX sessions_by_run')
    store.close()
  })

  it('resolves forks and duplicates to the original; other keys never match', () => {
    let clock = 1000
    const store = openStore(join(dir, 'forks.db'), { warn: () => {}, now: () => clock++ }).store
    const original = store.createSession({ runId: '9', sessionKey: 'agent' })
    store.appendMessages(original.id, 1, null, [{ role: 'user', content: 'fix the bug' }])
    const fork = store.forkSession(original.id)
    expect(fork.forkedFrom).toBe(original.id)
    expect(store.loadMessages(fork.id)).toEqual([{ role: 'user', content: 'fix the bug' }])
    store.createSession({ runId: '9', sessionKey: 'agent' }) // a later duplicate
    store.createSession({ runId: '9', sessionKey: 'other' })
    expect(lookup(store, '9', 'agent')?.id).toBe(original.id)
    expect(lookup(store, '9', 'other')?.id).not.toBe(original.id)
    store.close()
  })

  it('keeps messages and their parts in order, with usage on the step', () => {
    const store = fresh()
    const { id } = store.createSession({ runId: '1', sessionKey: 'k' })
    const step: ModelMessage[] = [
      {
        role: 'assistant',
        content: [
          { type: 'text', text: 'reading' },
          { type: 'tool-call', toolCallId: 'c1', toolName: 'read_file', input: { path: 'a.txt' } },
        ],
      },
      {
        role: 'tool',
        content: [{ type: 'tool-result', toolCallId: 'c1', toolName: 'read_file', output: { type: 'text', value: 'hello' } }],
      },
    ]
    store.appendMessages(id, 1, null, [{ role: 'user', content: 'go' }])
    store.appendMessages(id, 1, 1, step, { tokensIn: 120, tokensOut: 30 })
    expect(store.loadMessages(id)).toEqual([{ role: 'user', content: 'go' }, ...step])
    expect(store.countMessages(id)).toBe(3)
    const usage = store.db.prepare('SELECT role, tokens_in, tokens_out FROM messages WHERE session_id = ? ORDER BY seq').all(id)
    expect(usage).toEqual([
      { role: 'user', tokens_in: null, tokens_out: null },
      { role: 'assistant', tokens_in: 120, tokens_out: 30 },
      { role: 'tool', tokens_in: null, tokens_out: null },
    ])
    store.close()
  })

  it('writes a step all or nothing', () => {
    const store = fresh()
    const { id } = store.createSession({ runId: '1', sessionKey: 'k' })
    const bad = [
      { role: 'assistant', content: [{ type: 'text', text: 'x' }] },
      { role: 'bogus', content: 'y' },
    ] as unknown as ModelMessage[]
    expect(() => store.appendMessages(id, 1, 1, bad)).toThrow()
    expect(store.countMessages(id)).toBe(0)
    store.close()
  })

  it('records attempts and their figures', () => {
    const store = fresh()
    const { id } = store.createSession({ runId: '1', sessionKey: 'k' })
    store.beginAttempt(id, 1, { resumed: false, restoredFromAttempt: null })
    store.addToAttempt(id, 1, { steps: 1, modelCalls: 1, tokensIn: 100, tokensOut: 10, toolRuns: 2 })
    store.addToAttempt(id, 1, { steps: 1, modelCalls: 1, tokensIn: 150, tokensOut: 20, toolRuns: 1 })
    store.updateAttempt(id, 1, { outcome: 'failed', endedAt: 5, detail: { error: 'HTTP 500' } })
    store.beginAttempt(id, 2, { resumed: true, restoredFromAttempt: 1 })
    const [first, second] = store.listAttempts(id)
    expect(first).toMatchObject({
      number: 1,
      steps: 2,
      modelCalls: 2,
      tokensIn: 250,
      tokensOut: 30,
      toolRuns: 3,
      outcome: 'failed',
      detail: { error: 'HTTP 500' },
    })
    expect(second).toMatchObject({ number: 2, resumed: true, restoredFromAttempt: 1, outcome: 'running' })
    store.close()
  })

  it('never writes a secret: messages, state and attempt details are redacted', () => {
    const secret = 'sk-test-0123456789abcdef'
    const quoted = 'pa"ss\\word-42'
    const store = fresh([secret, quoted])
    const { id } = store.createSession({ runId: '1', sessionKey: 'k', metadata: { note: `key ${secret}` } })
    store.appendMessages(id, 1, null, [{ role: 'user', content: `use ${secret} and ${quoted}` }])
    store.setState(id, 'x', `token=${secret}`)
    store.beginAttempt(id, 1, { resumed: false, restoredFromAttempt: null })
    store.updateAttempt(id, 1, { detail: { error: `401 for ${secret}` } })
    store.checkpoint()
    const dump = store.db.prepare('SELECT group_concat(content) FROM parts').pluck().get() as string
    expect(dump).toContain('***')
    for (const table of ['sessions', 'parts', 'session_state', 'attempts']) {
      const all = JSON.stringify(store.db.prepare(`SELECT * FROM ${table}`).all())
      expect(all).not.toContain(secret)
      expect(all).not.toContain('ss\\\\word')
    }
    store.close()
  })

  it('counts the calls of earlier attempts whose tools never finished', () => {
    const store = fresh()
    const { id } = store.createSession({ runId: '1', sessionKey: 'k' })
    const call = (toolCallId: string): ModelMessage => ({
      role: 'assistant',
      content: [{ type: 'tool-call', toolCallId, toolName: 'bash', input: {} }],
    })
    const result = (toolCallId: string): ModelMessage => ({
      role: 'tool',
      content: [{ type: 'tool-result', toolCallId, toolName: 'bash', output: { type: 'text', value: 'ok' } }],
    })
    store.appendMessages(id, 1, 1, [call('a')], { tokensIn: 100, tokensOut: 5 })
    store.appendMessages(id, 1, 1, [result('a')])
    store.appendMessages(id, 1, 2, [call('b')], { tokensIn: 200, tokensOut: 5 }) // killed while 'b' ran
    store.appendMessages(id, 2, null, [result('b')]) // attempt 2's repair
    store.appendMessages(id, 2, 1, [call('c')], { tokensIn: 300, tokensOut: 5 }) // killed too
    store.appendMessages(id, 3, 1, [call('d')], { tokensIn: 400, tokensOut: 5 }) // cancelled while 'd' ran
    store.appendMessages(id, 3, 1, [
      {
        role: 'tool',
        content: [{ type: 'tool-result', toolCallId: 'd', toolName: 'bash', output: { type: 'error-text', value: 'STOPPED: cut off' } }],
      },
    ])
    expect(store.unfinishedCalls(id, 2, 'STOPPED')).toEqual({ calls: 1, tokensIn: 200 })
    expect(store.unfinishedCalls(id, 3, 'STOPPED')).toEqual({ calls: 2, tokensIn: 500 })
    expect(store.unfinishedCalls(id, 4, 'STOPPED')).toEqual({ calls: 3, tokensIn: 900 })
    store.close()
  })

  it('keeps per-session state and the latest workspace snapshot', () => {
    const store = fresh()
    const { id } = store.createSession({ runId: '1', sessionKey: 'k' })
    store.setState(id, 'comment-id', '1')
    store.setState(id, 'comment-id', '2')
    expect(store.getState(id, 'comment-id')).toBe('2')
    store.saveWorkspaceSnapshot(id, { baseCommit: 'abc', attempt: 1, step: 3, snapshot: Buffer.from([0, 1, 2]) })
    store.saveWorkspaceSnapshot(id, { baseCommit: 'abc', attempt: 1, step: 4, snapshot: Buffer.from([9]) })
    expect(store.loadWorkspaceSnapshot(id)).toMatchObject({ baseCommit: 'abc', step: 4, snapshot: Buffer.from([9]) })
    store.close()
  })
})
