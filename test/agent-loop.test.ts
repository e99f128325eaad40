// The agent loop in-process against the scripted model server (real HTTP through the AI SDK),
// a real SQLite store and a real git repository: exact persistence, outcomes and resume.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { LanguageModel, ModelMessage } from 'ai'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resolveModel } from '../src/agent/model.js'
import { runAgent, type AgentLog, type RunAgentOptions, type StepInfo } from '../src/agent/loop.js'
import { contextBudget } from '../src/agent/context/window.js'
import { continuationPrompt, systemPrompt } from '../src/agent/prompts.js'
import { createToolbox, TOOL_NAMES, type Toolbox } from '../src/agent/tools/index.js'
import { openStore, type SessionStore } from '../src/store/index.js'
import { startModelServer, type ModelServer, type ScriptTurn } from './support/model-server.mjs'
import { tempDir } from './support/temp.js'
import { INTERRUPTED_MARKER, repairHistory } from '../src/agent/history.js'

const base = tempDir('ar-loop-')
const PROMPT = 'The add() function in src/math.js subtracts. Fix it and note what you did in NOTES.md.'

// Five model calls: four tool steps, then the final answer.
const SCRIPT: ScriptTurn[] = [
  { toolCalls: [{ name: 'read_file', args: { path: 'src/math.js' } }] },
  { text: 'Found it.', toolCalls: [{ name: 'edit_file', args: { path: 'src/math.js', old_string: 'a - b', new_string: 'a + b' } }] },
  { toolCalls: [{ name: 'bash', args: { command: 'node -e "import(\'./src/math.js\').then(m => console.log(m.add(2, 3)))"' } }] },
  {
    toolCalls: [
      { name: 'write_file', args: { path: 'NOTES.md', content: 'add() now adds.\n' } },
      { name: 'list', args: { pattern: '*.md' } },
    ],
  },
  { text: 'Fixed add() and wrote NOTES.md.' },
]

let server: ModelServer
let model: LanguageModel
beforeAll(async () => {
  server = await startModelServer({ script: SCRIPT })
  ;({ model } = await resolveModel({
    model: { provider: 'openai-compatible', id: 'scripted', name: 'openai-compatible/scripted' },
    apiKey: '',
    baseUrl: server.url,
  }))
})
afterAll(async () => {
  await server.close()
})

let n = 0
interface Fixture {
  root: string
  dbPath: string
  sessionId: string
  executed: Array<{ attempt: number; id: string; toolName: string; input: unknown }>
  store: SessionStore
}

function fixture(): Fixture {
  const dir = join(base, `case${++n}`)
  const root = join(dir, 'repo')
  mkdirSync(join(root, 'src'), { recursive: true })
  writeFileSync(join(root, 'src/math.js'), 'export function add(a, b) {\n  return a - b\n}\n')
  writeFileSync(join(root, 'package.json'), '{"type":"module"}\n')
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: root,
      env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e' },
    })
  git('init', '-q')
  git('add', '-A')
  git('commit', '-qm', 'base')
  const dbPath = join(dir, 'session.db')
  const store = openStore(dbPath, { warn: () => {} }).store
  const sessionId = store.createSession({ runId: '100', sessionKey: 'agent' }).id
  return { root, dbPath, sessionId, executed: [], store }
}

/** The real toolbox, recording what it executes (a port wrapper, not a mock). */
function recording(f: Fixture, attempt: number, killAt?: { toolName: string }): Toolbox {
  const real = createToolbox({ workspaceRoot: f.root, bashTimeoutSeconds: 20 })
  return {
    definitions: real.definitions,
    async execute(call, options) {
      // Simulates the process dying while this tool runs: nothing after this point happens.
      if (killAt && call.toolName === killAt.toolName) throw new ProcessKilled()
      f.executed.push({ attempt, id: call.toolCallId, toolName: call.toolName, input: call.input })
      return real.execute(call, options)
    },
  }
}
class ProcessKilled extends Error {}

function options(f: Fixture, attempt: number, firstMessage: string, extra: Partial<RunAgentOptions> = {}): RunAgentOptions {
  return {
    store: f.store,
    sessionId: f.sessionId,
    attempt,
    model,
    tools: recording(f, attempt),
    system: systemPrompt({ workspaceRoot: f.root, toolNames: TOOL_NAMES, bashTimeoutSeconds: 20, maxSteps: 50 }),
    firstMessage: { role: 'user', content: firstMessage },
    maxSteps: 50,
    budget: contextBudget({ provider: 'openai-compatible', id: 'scripted' }),
    deadline: Date.now() + 60_000,
    maxRetries: 0,
    ...extra,
  }
}

function begin(f: Fixture, attempt: number): void {
  f.store.beginAttempt(f.sessionId, attempt, { resumed: attempt > 1, restoredFromAttempt: attempt > 1 ? attempt - 1 : null })
}

/** Requests this test made (the server is shared by the file's tests, which run in order). */
function mark(): () => ModelServer['requests'] {
  const from = server.requests.length
  return () => server.requests.slice(from)
}

describe('agent loop', () => {
  it('completes a scripted task, committing every step as it goes', async () => {
    const f = fixture()
    begin(f, 1)
    const requests = mark()
    const seen: Array<{ step: number; messages: number; attempt: { steps: number; modelCalls: number } }> = []
    const groups: string[] = []
    const log: AgentLog = {
      info: () => {},
      warning: () => {},
      group: (name, fn) => {
        groups.push(name)
        return fn()
      },
    }
    // A second connection, as the checkpoint would read the file: each step is already committed.
    const reader = openStore(f.dbPath, { warn: () => {} }).store
    const onStepCommitted = (info: StepInfo) => {
      const attempt = reader.getAttempt(f.sessionId, 1)!
      seen.push({
        step: info.step,
        messages: reader.countMessages(f.sessionId),
        attempt: { steps: attempt.steps, modelCalls: attempt.modelCalls },
      })
    }
    const result = await runAgent(options(f, 1, PROMPT, { log, onStepCommitted }))
    reader.close()

    expect(result).toMatchObject({
      outcome: 'completed',
      steps: 5,
      modelCalls: 5,
      toolRuns: 5,
      response: 'Fixed add() and wrote NOTES.md.',
      firstMessageAdded: true,
    })
    expect(readFileSync(join(f.root, 'src/math.js'), 'utf8')).toContain('a + b')
    expect(readFileSync(join(f.root, 'NOTES.md'), 'utf8')).toBe('add() now adds.\n')
    expect(requests().map((r) => r.turn)).toEqual([0, 1, 2, 3, 4])
    expect(seen).toEqual(
      // Step 4 runs two tools: each result is its own row, stored as it finishes.
      [1, 2, 3, 4, 5].map((step) => ({
        step,
        messages: 1 + 2 * step - (step === 5 ? 1 : 0) + (step >= 4 ? 1 : 0),
        attempt: { steps: step, modelCalls: step },
      })),
    )
    expect(groups[0]).toMatch(/^Step 1: read_file · \d+ in \/ \d+ out tokens$/)
    expect(groups[3]).toMatch(/^Step 4: write_file, list · /)
    expect(groups[4]).toMatch(/^Step 5: answer · /)
    // The bash step really ran node in the repository.
    const tool3 = f.store.loadMessages(f.sessionId)[6]
    expect(JSON.stringify(tool3)).toContain('5\\n[exit code 0]')

    const tokensIn = requests().reduce((s, r) => s + r.promptTokens, 0)
    const tokensOut = requests().reduce((s, r) => s + r.completionTokens, 0)
    expect(result.tokensIn).toBe(tokensIn)
    expect(f.store.getAttempt(f.sessionId, 1)).toMatchObject({ steps: 5, modelCalls: 5, toolRuns: 5, tokensIn, tokensOut })
    const perStep = f.store.db
      .prepare('SELECT step, tokens_in FROM messages WHERE session_id = ? AND tokens_in IS NOT NULL ORDER BY seq')
      .all(f.sessionId)
    expect(perStep).toEqual(requests().map((r, i) => ({ step: i + 1, tokens_in: r.promptTokens })))
    f.store.close()
  })

  it('stops at max-steps with the steps taken committed', async () => {
    const f = fixture()
    begin(f, 1)
    const result = await runAgent(options(f, 1, PROMPT, { maxSteps: 2 }))
    expect(result).toMatchObject({ outcome: 'max-steps', steps: 2, modelCalls: 2, toolRuns: 2, response: 'Found it.' })
    expect(f.store.countMessages(f.sessionId)).toBe(5)
    f.store.close()
  })

  it('stops at the time budget, on the injected clock and on a hanging call', async () => {
    const f = fixture()
    begin(f, 1)
    let clock = 0
    const byClock = await runAgent(
      options(f, 1, PROMPT, { now: () => clock, deadline: 1_000, onStepCommitted: (i) => void (i.step === 2 && (clock = 1_000)) }),
    )
    expect(byClock).toMatchObject({ outcome: 'timeout', steps: 2, modelCalls: 2 })

    const g = fixture()
    begin(g, 1)
    server.setFaults([{ kind: 'hang', turn: 1 }])
    const started = Date.now()
    const hung = await runAgent(options(g, 1, PROMPT, { deadline: Date.now() + 1_500 }))
    server.setFaults([])
    expect(hung).toMatchObject({ outcome: 'timeout', steps: 1, modelCalls: 1 })
    expect(Date.now() - started).toBeLessThan(5_000)
    expect(g.store.countMessages(g.sessionId)).toBe(3)
    f.store.close()
    g.store.close()
  })

  it('a cancel while a tool runs: the tool is stored as interrupted and its step is not counted', async () => {
    const f = fixture()
    begin(f, 1)
    const cancel = new AbortController()
    const real = recording(f, 1)
    // The job is cancelled while the bash step (step 3) runs.
    const tools: Toolbox = {
      definitions: real.definitions,
      execute: (call, opts) => {
        if (call.toolName === 'bash') cancel.abort(new Error('cancelled'))
        return real.execute(call, opts)
      },
    }
    const result = await runAgent(options(f, 1, PROMPT, { tools, signal: cancel.signal }))
    expect(result).toMatchObject({ outcome: 'cancelled', error: 'the job was cancelled', steps: 2, modelCalls: 3, toolRuns: 2 })
    expect(f.store.getAttempt(f.sessionId, 1)).toMatchObject({ steps: 2, modelCalls: 3, toolRuns: 2 })
    const last = f.store.loadMessages(f.sessionId).at(-1)!
    expect(last.role).toBe('tool')
    expect(JSON.stringify(last.content)).toContain(INTERRUPTED_MARKER)
    f.store.close()
  })

  it('a model failure at call k leaves the prompt and k-1 steps; the resume makes exactly the remaining calls', async () => {
    const f = fixture()
    begin(f, 1)
    server.setFaults([{ kind: 'status', status: 500, turn: 2 }])
    const first = await runAgent(options(f, 1, PROMPT))
    server.setFaults([])
    expect(first.outcome).toBe('failed')
    expect(first.error).toMatch(/model call failed at step 3/)
    expect(f.store.countMessages(f.sessionId)).toBe(1 + 2 * 2)
    expect(f.store.getAttempt(f.sessionId, 1)).toMatchObject({ steps: 2, modelCalls: 2, toolRuns: 2 })
    f.store.close()

    // A new process: a new handle on the same file, the nudge, the same loop.
    f.store = openStore(f.dbPath, { warn: () => {} }).store
    begin(f, 2)
    const requests = mark()
    const nudge = continuationPrompt({ restore: { restored: ['src/math.js'], failed: [] }, previousAttempt: 1 })
    const second = await runAgent(options(f, 2, nudge))
    expect(second).toMatchObject({ outcome: 'completed', steps: 3, modelCalls: 3, toolRuns: 3, repairs: [], firstMessageAdded: true })
    expect(requests().map((r) => r.turn)).toEqual([2, 3, 4])
    const ids = f.executed.map((e) => e.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(f.executed.map((e) => `${e.attempt}:${e.toolName}`)).toEqual(['1:read_file', '1:edit_file', '2:bash', '2:write_file', '2:list'])
    // The model saw the nudge after the restored conversation.
    const lastBody = requests()[0]!.body as { messages: Array<{ role: string; content: string }> }
    expect(lastBody.messages.at(-1)).toMatchObject({ role: 'user', content: expect.stringContaining('src/math.js') })
    f.store.close()
  })

  it("a kill during the second of two tools keeps the first one's result: only the cut-off call is interrupted", async () => {
    const f = fixture()
    server.setScript([
      {
        toolCalls: [
          { name: 'write_file', args: { path: 'first.txt', content: 'done\n' } },
          { name: 'bash', args: { command: 'sleep 30' } },
        ],
      },
      { text: 'ok' },
    ])
    try {
      begin(f, 1)
      const killed = runAgent({ ...options(f, 1, PROMPT), tools: recording(f, 1, { toolName: 'bash' }) })
      await expect(killed).rejects.toBeInstanceOf(ProcessKilled)
      expect(f.store.getAttempt(f.sessionId, 1)).toMatchObject({ steps: 0, modelCalls: 1, toolRuns: 1 })
      const { messages, repairs } = repairHistory(f.store.loadMessages(f.sessionId))
      expect(repairs).toEqual([{ kind: 'interrupted-tool-call', toolCallId: expect.any(String), toolName: 'bash' }])
      const results = messages.at(-1)!.content as Array<{ toolName: string; output: { value: string } }>
      expect(results.map((r) => r.toolName)).toEqual(['write_file', 'bash'])
      expect(results[0]!.output.value).not.toContain(INTERRUPTED_MARKER)
      expect(results[1]!.output.value).toContain(INTERRUPTED_MARKER)
    } finally {
      server.setScript(SCRIPT)
    }
  })

  it('a kill during a tool: the call is marked interrupted, re-issued knowingly, and nothing finished runs twice', async () => {
    const f = fixture()
    begin(f, 1)
    const killed = runAgent({ ...options(f, 1, PROMPT), tools: recording(f, 1, { toolName: 'bash' }) })
    await expect(killed).rejects.toBeInstanceOf(ProcessKilled)
    // What a SIGKILL inside the bash tool leaves: the paid call is stored and counted, its step is not.
    expect(f.store.getAttempt(f.sessionId, 1)).toMatchObject({ steps: 2, modelCalls: 3, toolRuns: 2 })
    expect(f.store.loadMessages(f.sessionId).at(-1)).toMatchObject({
      role: 'assistant',
      content: [{ type: 'tool-call', toolName: 'bash' }],
    })
    f.store.close()

    f.store = openStore(f.dbPath, { warn: () => {} }).store
    begin(f, 2)
    const requests = mark()
    const second = await runAgent(options(f, 2, continuationPrompt({ restore: { restored: ['src/math.js'], failed: [] } })))
    expect(second).toMatchObject({ outcome: 'completed', steps: 3, modelCalls: 3, toolRuns: 3 })
    expect(second.repairs).toEqual([{ kind: 'interrupted-tool-call', toolCallId: expect.any(String), toolName: 'bash' }])
    // Turn 2 again (the interrupted bash, re-issued by the model), then the rest: N + 1 calls in all.
    expect(requests().map((r) => r.turn)).toEqual([2, 3, 4])
    expect(f.executed.map((e) => `${e.attempt}:${e.toolName}`)).toEqual(['1:read_file', '1:edit_file', '2:bash', '2:write_file', '2:list'])
    // The stored history is whole: the interrupted result was persisted before the nudge.
    const stored = f.store.loadMessages(f.sessionId)
    const roles = stored.map((m) => m.role).join(',')
    expect(roles).toBe('user,assistant,tool,assistant,tool,assistant,tool,user,assistant,tool,assistant,tool,assistant')
    expect(JSON.stringify(stored[6])).toContain('Tool call interrupted')
    f.store.close()
  })

  it('a failure of the very first call: the resume sends the stored prompt once, without a second message', async () => {
    const f = fixture()
    begin(f, 1)
    server.setFaults([{ kind: 'drop', turn: 0 }])
    const first = await runAgent(options(f, 1, PROMPT))
    server.setFaults([])
    expect(first.outcome).toBe('failed')
    expect(f.store.loadMessages(f.sessionId)).toEqual([{ role: 'user', content: PROMPT }])
    expect(f.store.getAttempt(f.sessionId, 1)).toMatchObject({ steps: 0, modelCalls: 0 })

    begin(f, 2)
    const requests = mark()
    const second = await runAgent(options(f, 2, continuationPrompt({ restore: { restored: [], failed: [] } })))
    expect(second).toMatchObject({ outcome: 'completed', steps: 5, firstMessageAdded: false })
    const firstBody = requests()[0]!.body as { messages: Array<{ role: string }> }
    expect(firstBody.messages.filter((m) => m.role === 'user')).toHaveLength(1)
    f.store.close()
  })

  it('answers unknown tools and invalid arguments with an error the model can read, running nothing', async () => {
    const f = fixture()
    begin(f, 1)
    server.setScript([
      {
        toolCalls: [
          { name: 'rm_rf', args: { path: '/' } },
          { name: 'read_file', args: { file: 'x' } },
        ],
      },
      { text: 'ok' },
    ])
    try {
      const result = await runAgent(options(f, 1, PROMPT))
      expect(result).toMatchObject({ outcome: 'completed', steps: 2, modelCalls: 2, toolRuns: 0 })
      expect(f.executed).toEqual([])
      const results = f.store.loadMessages(f.sessionId)[2]!.content as Array<{ output: { type: string; value: string } }>
      expect(results.map((r) => r.output.type)).toEqual(['error-text', 'error-text'])
      expect(results[0]!.output.value).toMatch(/^Invalid tool call, not run: .*rm_rf/)
      expect(results[1]!.output.value).toMatch(/^Invalid tool call, not run: /)
    } finally {
      server.setScript(SCRIPT)
      f.store.close()
    }
  })

  describe('an empty final turn is not an answer', () => {
    const read: ScriptTurn = { toolCalls: [{ name: 'read_file', args: { path: 'src/math.js' } }] }
    it.each([
      ['empty, then an answer when asked', [read, { text: '', whenAsked: { text: 'Read math.js; nothing to change.' } }], 'completed'],
      ['whitespace, then an answer', [read, { text: '  \n\t', whenAsked: { text: 'Done: nothing to change.' } }], 'completed'],
      ['empty twice', [read, { text: '' }], 'failed'],
      ['whitespace twice', [read, { text: ' \n', whenAsked: { text: '\n\n' } }], 'failed'],
    ] as const)('%s', async (_, turns, outcome) => {
      const f = fixture()
      begin(f, 1)
      server.setScript([...turns])
      const requests = mark()
      const warnings: string[] = []
      const log: AgentLog = { info: () => {}, warning: (m) => warnings.push(m), group: (_n, fn) => fn() }
      try {
        // max-steps 2: asking for the answer may go one call past it.
        const result = await runAgent(options(f, 1, PROMPT, { log, maxSteps: 2 }))
        expect(result.outcome).toBe(outcome)
        expect(result.modelCalls).toBe(3)
        expect(warnings).toEqual(['Step 2: the model ended without an answer (no text, no tool call); asking it once more for one.'])
        const asked = requests()[2]!.body as { messages: Array<{ role: string; content: unknown }> }
        // The empty turn is not sent back (providers reject empty assistant messages); the request is.
        expect(asked.messages.slice(-2).map((m) => m.role)).toEqual(['tool', 'user'])
        expect(String(asked.messages.at(-1)!.content)).toMatch(/^Your last reply was empty\. Reply now with your final answer/)
        if (outcome === 'completed') expect(result.response).toMatch(/nothing to change/)
        else {
          expect(result.error).toBe(
            'the model returned an empty answer (no text and no tool call), also when asked once more for its final answer',
          )
          expect(result.response).toBe('')
        }
        // Stored in order, so a re-run resumes exactly here.
        // (An empty turn is stored as the provider sent it: nothing, or blank text.)
        const blank = (m: ModelMessage) =>
          m.role === 'assistant' &&
          !/[^\s]/.test(typeof m.content === 'string' ? m.content : m.content.map((p) => ('text' in p ? p.text : p.type)).join(''))
        const kept = f.store.loadMessages(f.sessionId).filter((m) => !blank(m))
        expect(kept.map((m) => m.role)).toEqual(['user', 'assistant', 'tool', 'user', ...(outcome === 'completed' ? ['assistant'] : [])])
      } finally {
        server.setScript(SCRIPT)
        f.store.close()
      }
    })
  })
})
