// Long sessions through the real loop, the real AI SDK and provider-faithful servers (real HTTP):
// a session many times the window completes with no request over it, survives a resume from the
// compacted conversation, recovers from a provider's "prompt is too long", and reads its history
// from Anthropic's prompt cache. Each step is a bash command that appends to a ledger outside
// the workspace, so a tool run twice shows.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { LanguageModel } from 'ai'
import { afterEach, describe, expect, it } from 'vitest'
import { contextBudget } from '../src/agent/context/window.js'
import { PRUNED_MARKER } from '../src/agent/context/compaction.js'
import { runAgent, type AgentRunResult } from '../src/agent/loop.js'
import { resolveModel } from '../src/agent/model.js'
import { continuationPrompt, systemPrompt } from '../src/agent/prompts.js'
import { createToolbox, TOOL_NAMES } from '../src/agent/tools/index.js'
import type { Provider } from '../src/inputs.js'
import { openStore, type SessionStore } from '../src/store/index.js'
import { startModelServer, type ModelServer, type ScriptTurn } from './support/model-server.mjs'
import { startAnthropicServer, startOpenAIResponsesServer, type ProviderServer } from './support/provider-servers.mjs'
import { tempDir } from './support/temp.js'

const base = tempDir('ar-context-loop-')
const servers: Array<{ close(): Promise<void> }> = []
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close()
})

interface Fixture {
  root: string
  ledger: string
  dbPath: string
  store: SessionStore
  sessionId: string
}

let n = 0
/** A workspace with `files` text files of `bytes` bytes each. */
function fixture(files: number, bytes: number): Fixture {
  const dir = join(base, `f${++n}`)
  const root = join(dir, 'ws')
  mkdirSync(join(root, 'data'), { recursive: true })
  for (let i = 0; i < files; i++) {
    const line = `file ${i}: the quick brown fox jumps over the lazy dog ${'0123456789'.repeat(3)}\n`
    writeFileSync(join(root, 'data', `f${i}.txt`), line.repeat(Math.ceil(bytes / line.length)).slice(0, bytes))
  }
  const dbPath = join(dir, 'session.db')
  const store = openStore(dbPath, { warn: () => {} }).store
  return { root, ledger: join(dir, 'ledger.log'), dbPath, store, sessionId: store.createSession({ runId: '1', sessionKey: 'k' }).id }
}

/** `steps` tool steps, each printing one file (and logging its run), then the answer. */
function script(f: Fixture, steps: number, note = ''): ScriptTurn[] {
  return [
    ...Array.from({ length: steps }, (_, i) => ({
      ...(note ? { text: `${note} ${i}` } : {}),
      toolCalls: [{ name: 'bash', args: { command: `echo ${i} >> '${f.ledger}'; cat data/f${i % 40}.txt` } }],
    })),
    { text: `Read ${steps} files.` },
  ]
}

const ledger = (f: Fixture) => readFileSync(f.ledger, 'utf8').trim().split('\n')
const range = (k: number, m: number) => Array.from({ length: m - k }, (_, i) => String(k + i))

async function modelFor(provider: Provider, id: string, url: string): Promise<LanguageModel> {
  const apiKey = provider === 'anthropic' ? 'sk-ant-test' : provider === 'openai' ? 'sk-test-openai' : ''
  return (await resolveModel({ model: { provider, id, name: `${provider}/${id}` }, apiKey, baseUrl: url })).model
}

async function attempt(
  f: Fixture,
  model: LanguageModel,
  number: number,
  o: { window: number; provider?: Provider; id?: string; maxSteps?: number },
): Promise<AgentRunResult> {
  f.store.beginAttempt(f.sessionId, number, { resumed: number > 1, restoredFromAttempt: number > 1 ? number - 1 : null })
  const result = await runAgent({
    store: f.store,
    sessionId: f.sessionId,
    attempt: number,
    model,
    tools: createToolbox({ workspaceRoot: f.root, bashTimeoutSeconds: 20 }),
    system: systemPrompt({ workspaceRoot: f.root, toolNames: TOOL_NAMES, bashTimeoutSeconds: 20, maxSteps: 100 }),
    firstMessage: {
      role: 'user',
      content:
        number > 1 ? continuationPrompt({ restore: { restored: [], failed: [] }, previousAttempt: number - 1 }) : 'Print every file.',
    },
    resumed: number > 1,
    maxSteps: o.maxSteps ?? 100,
    budget: contextBudget({ provider: o.provider ?? 'openai-compatible', id: o.id ?? 'scripted' }, o.window),
    deadline: Date.now() + 120_000,
    maxRetries: 0,
  })
  f.store.updateAttempt(f.sessionId, number, { outcome: result.outcome, endedAt: Date.now() })
  return result
}

/** What the model says at each step: ~900 bytes that stay in the conversation when outputs are pruned. */
const THINKING = `Next file. ${'I keep notes on what each file holds so that the summary at the end is complete. '.repeat(11)}`

async function chatServer(f: Fixture, steps: number, window: number): Promise<ModelServer> {
  const server = await startModelServer({ script: script(f, steps, THINKING), contextWindow: window })
  servers.push(server)
  return server
}

describe('a session several times longer than the window', () => {
  it('completes inside a 24k window, pruning and then summarizing, each tool run once', async () => {
    const f = fixture(40, 6_000)
    const server = await chatServer(f, 40, 24_000)
    const result = await attempt(f, await modelFor('openai-compatible', 'scripted', server.url), 1, { window: 24_000 })

    expect(result.outcome, result.error).toBe('completed')
    expect(result.steps).toBe(41)
    expect(ledger(f)).toEqual(range(0, 40))
    expect(server.requests.every((r) => r.status === 200 && r.inputTokens <= 24_000)).toBe(true)
    const total = server.requests.reduce((sum, r) => sum + r.inputTokens, 0)
    // Without compaction the last request alone would carry every output: 40 × ~1.5k tokens.
    expect(Math.max(...server.requests.map((r) => r.inputTokens))).toBeLessThan(24_000)
    expect(total).toBeGreaterThan((40 * 6_000) / 4)

    const compactions = f.store.listCompactions(f.sessionId)
    expect(compactions.map((c) => c.kind)).toContain('prune')
    expect(compactions.map((c) => c.kind)).toContain('summary')
    expect(result.compactions).toBe(compactions.length)
    expect(f.store.getAttempt(f.sessionId, 1)!.compactions).toBe(compactions.length)
    // The summary calls were paid for: they count as model calls, but are not steps.
    const summaries = server.requests.filter((r) => r.summary).length
    // (A summary whose older steps do not fit in one request is written part by part.)
    expect(summaries).toBeGreaterThanOrEqual(compactions.filter((c) => c.kind === 'summary').length)
    expect(result.modelCalls).toBe(41 + summaries)
    // The live conversation is the compacted one; the transcript keeps every original message.
    const live = f.store.loadMessages(f.sessionId)
    const transcript = f.store.loadMessages(f.sessionId, { transcript: true })
    expect(JSON.stringify(live).length).toBeLessThan(24_000 * 3)
    expect(transcript.filter((m) => m.role === 'tool' && JSON.stringify(m).includes('file 3: the quick'))).not.toHaveLength(0)
    expect(live[0]!.content).toContain('<original-request>\nPrint every file.\n</original-request>')
  })

  it('resumes from the compacted conversation, not the oversized one, and runs no finished tool again', async () => {
    const f = fixture(40, 6_000)
    const server = await chatServer(f, 40, 24_000)
    const first = await attempt(f, await modelFor('openai-compatible', 'scripted', server.url), 1, { window: 24_000, maxSteps: 36 })
    expect(first.outcome).toBe('max-steps')
    expect(f.store.listCompactions(f.sessionId).map((c) => c.kind)).toContain('summary')
    f.store.close()

    // A fresh runner: the database file as the cache carries it, opened by a new store.
    const moved = join(base, `moved-${n}.db`)
    copyFileSync(f.dbPath, moved)
    const g = { ...f, dbPath: moved, store: openStore(moved, { warn: () => {} }).store }
    const mark = server.requests.length
    const second = await attempt(g, await modelFor('openai-compatible', 'scripted', server.url), 2, { window: 24_000 })
    expect(second.outcome, second.error).toBe('completed')
    expect(second.steps).toBe(5)
    expect(ledger(f)).toEqual(range(0, 40))
    const resumed = server.requests.slice(mark)
    expect(resumed.every((r) => r.status === 200 && r.inputTokens <= 24_000)).toBe(true)
    // Its first request already starts from the summary and carries the pruned outputs.
    const firstBody = JSON.stringify(resumed[0]!.body)
    expect(firstBody).toContain('was compacted')
    expect(firstBody).toContain('The previous attempt (attempt 1) of this job was interrupted')
    g.store.close()
  })

  it('compacts a restored session that is already over budget before its first call', async () => {
    const f = fixture(20, 6_000)
    const server = await chatServer(f, 20, 200_000)
    const model = await modelFor('openai-compatible', 'scripted', server.url)
    const first = await attempt(f, model, 1, { window: 200_000, maxSteps: 15 })
    expect(first).toMatchObject({ outcome: 'max-steps', compactions: 0 })
    expect(Math.max(...server.requests.map((r) => r.inputTokens))).toBeGreaterThan(20_000)

    const mark = server.requests.length
    const second = await attempt(f, model, 2, { window: 16_000 })
    expect(second.outcome, second.error).toBe('completed')
    expect(f.store.listCompactions(f.sessionId)[0]).toMatchObject({ attempt: 2, step: 1, reason: 'budget' })
    expect(server.requests.slice(mark).every((r) => r.inputTokens <= 16_000)).toBe(true)
    expect(ledger(f)).toEqual(range(0, 20))
  })
})

describe('a provider that refuses the prompt as too long', () => {
  it('gets one compaction and one retry of the same step, then the smaller window is kept', async () => {
    const f = fixture(20, 6_000)
    const server = await chatServer(f, 20, 20_000)
    // The action believes the window is larger than the server's.
    const result = await attempt(f, await modelFor('openai-compatible', 'scripted', server.url), 1, { window: 48_000 })
    expect(result.outcome, result.error).toBe('completed')
    const refused = server.requests.filter((r) => r.status === 400)
    expect(refused).toHaveLength(1)
    expect(refused[0]!.error).toContain("This model's maximum context length is 20000 tokens")
    const retry = server.requests[server.requests.indexOf(refused[0]!) + 1]!
    expect(retry.status).toBe(200)
    expect(f.store.listCompactions(f.sessionId).map((c) => c.reason)).toContain('overflow')
    expect(ledger(f)).toEqual(range(0, 20))
  })
})

describe('Anthropic prompt caching', () => {
  it('reads each step’s history from the cache: billed-equivalent input ≤ 0.35 × uncached on 30 steps', async () => {
    const f = fixture(30, 2_000)
    const server: ProviderServer = await startAnthropicServer({ script: script(f, 30), apiKey: 'sk-ant-test' })
    servers.push(server)
    const result = await attempt(f, await modelFor('anthropic', 'claude-sonnet-4-5', server.url), 1, {
      window: 0,
      provider: 'anthropic',
      id: 'claude-sonnet-4-5',
    })
    expect(result.outcome, result.error).toBe('completed')
    expect(result.compactions).toBe(0)
    const usage = server.requests.map((r) => (r.response as { usage: Record<string, number> }).usage)
    const read = usage.reduce((s, u) => s + u.cache_read_input_tokens!, 0)
    const write = usage.reduce((s, u) => s + u.cache_creation_input_tokens!, 0)
    const plain = usage.reduce((s, u) => s + u.input_tokens!, 0)
    const uncached = plain + read + write
    const billed = plain + 1.25 * write + 0.1 * read
    expect(billed / uncached).toBeLessThanOrEqual(0.35)
    // Honest figures: what the provider reported, as the AI SDK hands it over.
    expect(result).toMatchObject({ tokensIn: uncached, tokensCacheRead: read, tokensCacheWrite: write })
    const a = f.store.getAttempt(f.sessionId, 1)!
    expect([a.tokensIn, a.tokensCacheRead, a.tokensCacheWrite]).toEqual([uncached, read, write])
    // No more than Anthropic's four breakpoints in any request.
    for (const r of server.requests) expect(JSON.stringify(r.body).split('"cache_control"').length - 1).toBeLessThanOrEqual(4)
  })
})

describe('what a new user found (issue 12 trial)', () => {
  it('a summary covers every older step, also when the calls themselves are large', async () => {
    const f = fixture(1, 10)
    // Each step writes 6 KB (the call's input stays in the conversation) and logs its run.
    const turns: ScriptTurn[] = [
      ...Array.from({ length: 24 }, (_, i) => ({
        toolCalls: [
          { name: 'write_file', args: { path: `out/w${i}.txt`, content: `${i} `.padEnd(6_000, 'w') } },
          { name: 'bash', args: { command: `echo ${i} >> '${f.ledger}'` } },
        ],
      })),
      { text: 'Wrote 24 files.' },
    ]
    const server = await startModelServer({ script: turns, contextWindow: 32_768 })
    servers.push(server)
    const result = await attempt(f, await modelFor('openai-compatible', 'scripted', server.url), 1, { window: 0 })
    expect(result.outcome, result.error).toBe('completed')
    expect(f.store.listCompactions(f.sessionId).map((c) => c.kind)).toContain('summary')
    // The scripted model counts finished steps from the summary: a step left out would be redone.
    expect(ledger(f)).toEqual(range(0, 24))
    expect(server.requests.every((r) => r.status === 200 && r.inputTokens <= 32_768)).toBe(true)
  })

  it('an output too large for the window is shortened, not removed, and its tool runs once', async () => {
    const f = fixture(12, 20_000)
    const server = await startModelServer({ script: script(f, 12), contextWindow: 8_192 })
    servers.push(server)
    const result = await attempt(f, await modelFor('openai-compatible', 'scripted', server.url), 1, { window: 8_192 })
    expect(result.outcome, result.error).toBe('completed')
    expect(ledger(f)).toEqual(range(0, 12))
    const seen = server.requests.filter((r) => !r.summary).map((r) => JSON.stringify(r.body))
    expect(seen.some((b) => b.includes("characters cut here to fit the model's context window"))).toBe(true)
    // Every step's own output reached the model in part: its first line is there.
    for (let i = 0; i < 12; i++) expect(seen.some((b) => b.includes(`file ${i}: the quick`))).toBe(true)
  })

  it('a refusal that names no size lowers the budget below the refused request, and the next attempt keeps it', async () => {
    const f = fixture(20, 6_000)
    const turns = script(f, 20).map((t) => ({ ...t, toolCalls: t.toolCalls?.map((c) => ({ name: c.name, args: c.args })) }))
    const server: ProviderServer = await startOpenAIResponsesServer({ script: turns, apiKey: 'sk-test-openai', contextWindow: 20_000 })
    servers.push(server)
    const model = await modelFor('openai', 'gpt-5', server.url)
    const first = await attempt(f, model, 1, { window: 200_000, provider: 'openai', id: 'gpt-5', maxSteps: 15 })
    expect(first.outcome, first.error).toBe('max-steps')
    expect(server.requests.filter((r) => r.status === 400)).toHaveLength(1)
    const mark = server.requests.length
    const second = await attempt(f, model, 2, { window: 200_000, provider: 'openai', id: 'gpt-5' })
    expect(second.outcome, second.error).toBe('completed')
    // The lower limit came along: no second refusal.
    expect(server.requests.slice(mark).every((r) => r.status === 200)).toBe(true)
    expect(ledger(f)).toEqual(range(0, 20))
  })
})

it('stubs say what was dropped and how to get it again', () => {
  expect(PRUNED_MARKER).toBe('[Output removed')
})
