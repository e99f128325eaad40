// A resume depends on nothing the provider keeps (docs/design.md §7). Each provider's rules about
// reasoning sent back are kept by a scripted server (test/support/provider-servers.mjs) that
// verifies it as the provider does: OpenAI's Responses API keeping no items (store: false, zero
// data retention), Anthropic's signed thinking blocks, Gemini's thought signatures. Attempt 1
// reasons, calls a tool and stops at max-steps; the database file is copied (as the cache
// carries it to a fresh runner) and reopened, and attempt 2 resumes through runAgent with the
// real AI SDK. The assertions are on what attempt 2 sent: the provider's own bytes, from the
// session database alone.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { APICallError, generateText, type LanguageModel, type ModelMessage } from 'ai'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resolveModel } from '../src/agent/model.js'
import { callProviderOptions } from '../src/agent/context/caching.js'
import { contextBudget } from '../src/agent/context/window.js'
import { runAgent, type AgentRunResult } from '../src/agent/loop.js'
import { continuationPrompt, systemPrompt } from '../src/agent/prompts.js'
import { createToolbox, TOOL_NAMES, type Toolbox } from '../src/agent/tools/index.js'
import type { Provider } from '../src/inputs.js'
import { openStore, type SessionStore } from '../src/store/index.js'
import {
  SKIP_THOUGHT_SIGNATURE,
  startAnthropicServer,
  startGeminiServer,
  startOpenAIResponsesServer,
  type ProviderRequest,
  type ProviderScriptTurn,
  type ProviderServer,
} from './support/provider-servers.mjs'
import { tempDir } from './support/temp.js'

const base = tempDir('ar-provider-state-')
const PROMPT = 'What does notes.txt say? Check which text files there are, then answer.'
const NOTES = 'resume me\n'

// Three model calls: a tool step in attempt 1, a tool step and the answer in attempt 2.
const TURNS: ProviderScriptTurn[] = [
  {
    reasoning: 'The user asks what notes.txt says: read it first.',
    redactedThinking: true,
    toolCalls: [{ name: 'read_file', args: { path: 'notes.txt' } }],
  },
  { reasoning: 'Now list the text files.', toolCalls: [{ name: 'list', args: { pattern: '*.txt' } }] },
  { text: 'notes.txt says "resume me"; it is the only text file.' },
]

let openai: ProviderServer
let anthropic: ProviderServer
let gemini: ProviderServer
beforeAll(async () => {
  openai = await startOpenAIResponsesServer({ script: TURNS, apiKey: 'sk-test-openai' })
  // claude-opus-5-5 always thinks (the AI SDK will not even send thinking: disabled for it), so
  // the loop's requests, which set no thinking options, get signed thinking back.
  anthropic = await startAnthropicServer({ script: TURNS, apiKey: 'sk-ant-test', thinkingByDefault: true })
  gemini = await startGeminiServer({ script: TURNS, apiKey: 'google-test-key' })
})
afterAll(async () => {
  await Promise.all([openai.close(), anthropic.close(), gemini.close()])
})

interface Target {
  provider: Provider
  id: string
  apiKey: string
  server: () => ProviderServer
}
const OPENAI: Target = { provider: 'openai', id: 'gpt-5', apiKey: 'sk-test-openai', server: () => openai }
const ANTHROPIC: Target = { provider: 'anthropic', id: 'claude-opus-5-5', apiKey: 'sk-ant-test', server: () => anthropic }
const GEMINI: Target = { provider: 'google', id: 'gemini-3-pro-preview', apiKey: 'google-test-key', server: () => gemini }

/** A new provider instance, as a new process builds it from the settings. */
async function modelFor(t: Target): Promise<LanguageModel> {
  const { model } = await resolveModel({
    model: { provider: t.provider, id: t.id, name: `${t.provider}/${t.id}` },
    apiKey: t.apiKey,
    baseUrl: t.server().url,
  })
  return model
}

let n = 0
interface Fixture {
  root: string
  dbPath: string
  sessionId: string
  store: SessionStore
  secrets: string[]
}

function fixture(secrets: string[] = []): Fixture {
  const dir = join(base, `case${++n}`)
  const root = join(dir, 'repo')
  mkdirSync(root, { recursive: true })
  writeFileSync(join(root, 'notes.txt'), NOTES)
  const dbPath = join(dir, 'session.db')
  const store = openStore(dbPath, { warn: () => {}, secrets }).store
  const sessionId = store.createSession({ runId: '200', sessionKey: 'agent' }).id
  return { root, dbPath, sessionId, store, secrets }
}

function toolbox(f: Fixture): Toolbox {
  return createToolbox({ workspaceRoot: f.root, bashTimeoutSeconds: 20 })
}

function system(f: Fixture): string {
  return systemPrompt({ workspaceRoot: f.root, toolNames: TOOL_NAMES, bashTimeoutSeconds: 20, maxSteps: 10 })
}

const NUDGE = continuationPrompt({ restore: { restored: [], failed: [] }, previousAttempt: 1 })

async function attempt(f: Fixture, t: Target, number: number, firstMessage: string, maxSteps: number): Promise<AgentRunResult> {
  f.store.beginAttempt(f.sessionId, number, { resumed: number > 1, restoredFromAttempt: number > 1 ? number - 1 : null })
  return runAgent({
    store: f.store,
    sessionId: f.sessionId,
    attempt: number,
    model: await modelFor(t),
    tools: toolbox(f),
    system: system(f),
    firstMessage: { role: 'user', content: firstMessage },
    maxSteps,
    budget: contextBudget({ provider: t.provider, id: 'model' }),
    deadline: Date.now() + 60_000,
    maxRetries: 0,
  })
}

/** What the cache does between two runners: the one database file, on another machine. */
function moveToFreshRunner(f: Fixture): void {
  f.store.checkpoint()
  f.store.close()
  const restored = join(f.dbPath, '..', 'restored.db')
  copyFileSync(f.dbPath, restored)
  f.dbPath = restored
  f.store = openStore(restored, { warn: () => {}, secrets: f.secrets }).store
}

interface Resumed {
  f: Fixture
  first: AgentRunResult
  second: AgentRunResult
  /** The one request of attempt 1, and attempt 2's requests. */
  issue: ProviderRequest
  resumed: ProviderRequest[]
}

/** Attempt 1 stops after one tool step; attempt 2 resumes from the copied file and finishes. */
async function stopAndResume(t: Target, secrets: string[] = []): Promise<Resumed> {
  const server = t.server()
  const f = fixture(secrets)
  const from = server.requests.length
  const first = await attempt(f, t, 1, PROMPT, 1)
  expect(first).toMatchObject({ outcome: 'max-steps', steps: 1, modelCalls: 1, toolRuns: 1 })
  moveToFreshRunner(f)
  const second = await attempt(f, t, 2, NUDGE, 10)
  const [issue, ...resumed] = server.requests.slice(from)
  return { f, first, second, issue: issue!, resumed }
}

type Part = Record<string, unknown> & { type: string }
function assistantParts(f: Fixture, index: number): Part[] {
  const message = f.store.loadMessages(f.sessionId).filter((m) => m.role === 'assistant')[index]!
  return message.content as Part[]
}

/** The stored history as the next call would send it (after attempt 1, with the nudge). */
function storedWithNudge(f: Fixture): ModelMessage[] {
  return [...f.store.loadMessages(f.sessionId), { role: 'user', content: NUDGE }]
}

/** One base64 character changed in the middle: same length, still base64. */
function flipped(blob: string): string {
  const i = Math.floor(blob.length / 2)
  return blob.slice(0, i) + (blob[i] === 'A' ? 'B' : 'A') + blob.slice(i + 1)
}

/** `messages` with `change` applied to the reasoning/tool-call parts' provider options. */
function editParts(messages: ModelMessage[], change: (part: Part) => Part): ModelMessage[] {
  return messages.map((m) =>
    m.role === 'assistant' && Array.isArray(m.content) ? { ...m, content: m.content.map((p) => change(p as Part)) } : m,
  ) as ModelMessage[]
}

async function refusal(call: Promise<unknown>): Promise<APICallError> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(APICallError.isInstance(error)).toBe(true)
  return error as APICallError
}

interface OpenAIItem {
  type?: string
  id?: string
  role?: string
  encrypted_content?: string
  [key: string]: unknown
}

describe('a resume depends on nothing the provider keeps', () => {
  describe('OpenAI Responses API (store: false)', () => {
    it('the resume replays the reasoning item in full, with exactly the encrypted content issued, and no item_reference', async () => {
      const { f, second, issue, resumed } = await stopAndResume(OPENAI)
      expect(second).toMatchObject({
        outcome: 'completed',
        steps: 2,
        modelCalls: 2,
        toolRuns: 1,
        response: expect.stringContaining('resume me'),
      })

      // Attempt 1 asked for the reasoning as encrypted content, as the SDK does for gpt-5 when store is false.
      expect(issue.body).toMatchObject({ model: 'gpt-5', store: false, include: ['reasoning.encrypted_content'] })
      const issued = (issue.response.output as OpenAIItem[]).find((i) => i.type === 'reasoning')!
      expect(issued.encrypted_content).toEqual(expect.any(String))

      expect(resumed.map((r) => r.status)).toEqual([200, 200])
      for (const r of resumed) {
        expect(r.body.store).toBe(false)
        expect(JSON.stringify(r.body)).not.toContain('item_reference')
      }
      const input = resumed[0]!.body.input as OpenAIItem[]
      expect(input.filter((i) => i.type === 'reasoning')).toEqual([
        { type: 'reasoning', id: issued.id, encrypted_content: issued.encrypted_content, summary: [] },
      ])
      // The reasoning item is followed by its function call, sent whole (no id to look up).
      const at = input.findIndex((i) => i.type === 'reasoning')
      expect(input[at + 1]).toEqual({
        type: 'function_call',
        call_id: expect.any(String),
        name: 'read_file',
        arguments: '{"path":"notes.txt"}',
      })
      expect(input.at(-1)).toMatchObject({ role: 'user', content: [{ type: 'input_text', text: NUDGE }] })

      // The session database holds it, byte for byte.
      expect(assistantParts(f, 0)[0]).toEqual({
        type: 'reasoning',
        text: '',
        providerOptions: { openai: { itemId: issued.id, reasoningEncryptedContent: issued.encrypted_content } },
      })
      // Usage as OpenAI reports it reaches the attempt's figures.
      const usage = resumed.map((r) => r.response.usage as { input_tokens: number; output_tokens: number })
      expect(f.store.getAttempt(f.sessionId, 2)).toMatchObject({
        tokensIn: usage.reduce((s, u) => s + u.input_tokens, 0),
        tokensOut: usage.reduce((s, u) => s + u.output_tokens, 0),
      })
      f.store.close()
    })

    it('refuses what store: true sends for the same history (item_reference), and reasoning changed by one byte', async () => {
      const f = fixture()
      expect(await attempt(f, OPENAI, 1, PROMPT, 1)).toMatchObject({ outcome: 'max-steps' })
      moveToFreshRunner(f)
      const issued = (openai.requests.at(-1)!.response.output as OpenAIItem[]).find((i) => i.type === 'reasoning')!
      const model = await modelFor(OPENAI)
      const call = (messages: ModelMessage[], providerOptions: ReturnType<typeof callProviderOptions> | { openai: { store: boolean } }) =>
        generateText({ model, system: system(f), messages, tools: toolbox(f).definitions, providerOptions, maxRetries: 0 })

      // Without the loop's stateless options the SDK refers back to the stored item: the provider no longer has it.
      const byReference = await refusal(call(storedWithNudge(f), { openai: { store: true } }))
      expect(byReference.statusCode).toBe(400)
      const refused = openai.requests.at(-1)!
      expect(refused.body.input).toContainEqual({ type: 'item_reference', id: issued.id })
      expect(refused.response).toEqual({
        error: {
          message: `Item with id '${issued.id}' not found. Items are not persisted when \`store\` is set to false. Try again with \`store\` set to true, or remove this item from your input.`,
          type: 'invalid_request_error',
          param: 'input',
          code: null,
        },
      })
      expect(byReference.message).toBe((refused.response.error as { message: string }).message)

      // The encrypted content must be the bytes issued.
      const tampered = editParts(storedWithNudge(f), (p) =>
        p.type === 'reasoning'
          ? { ...p, providerOptions: { openai: { itemId: issued.id, reasoningEncryptedContent: flipped(issued.encrypted_content!) } } }
          : p,
      )
      const byBytes = await refusal(call(tampered, callProviderOptions('ses_test')))
      expect(byBytes.statusCode).toBe(400)
      expect(openai.requests.at(-1)!.response).toEqual({
        error: {
          message: `The encrypted content for item ${issued.id} could not be verified. Reason: Encrypted content could not be decrypted or parsed.`,
          type: 'invalid_request_error',
          param: null,
          code: 'invalid_encrypted_content',
        },
      })

      // The stored history as it is, with the loop's options: accepted.
      const ok = await call(storedWithNudge(f), callProviderOptions('ses_test'))
      expect(ok.toolCalls.map((c) => c.toolName)).toEqual(['list'])
      expect(openai.requests.at(-1)!.status).toBe(200)
      f.store.close()
    })
  })

  describe('Anthropic Messages API (thinking)', () => {
    it('the resume replays the thinking block with its signature and the redacted thinking with its data, byte for byte', async () => {
      const { f, second, issue, resumed } = await stopAndResume(ANTHROPIC)
      expect(second).toMatchObject({ outcome: 'completed', steps: 2, modelCalls: 2, toolRuns: 1 })

      const [thinking, redacted, use] = issue.response.content as Array<Record<string, string>>
      expect(thinking).toMatchObject({ type: 'thinking', thinking: TURNS[0]!.reasoning, signature: expect.any(String) })
      expect(redacted).toMatchObject({ type: 'redacted_thinking', data: expect.any(String) })
      expect(use).toMatchObject({ type: 'tool_use', name: 'read_file' })

      expect(resumed.map((r) => [r.status, r.notes.thinking])).toEqual([
        [200, true],
        [200, true],
      ])
      const messages = resumed[0]!.body.messages as Array<{ role: string; content: Array<Record<string, unknown>> }>
      expect(messages.map((m) => m.role)).toEqual(['user', 'assistant', 'user'])
      expect(messages[1]!.content).toEqual([
        { type: 'thinking', thinking: thinking!.thinking, signature: thinking!.signature },
        { type: 'redacted_thinking', data: redacted!.data },
        { type: 'tool_use', id: use!.id, name: 'read_file', input: { path: 'notes.txt' } },
      ])
      // The tool result and the nudge share the user turn that follows.
      expect(messages[2]!.content.map((b) => b.type)).toEqual(['tool_result', 'text'])

      expect(assistantParts(f, 0).slice(0, 2)).toEqual([
        { type: 'reasoning', text: thinking!.thinking, providerOptions: { anthropic: { signature: thinking!.signature } } },
        { type: 'reasoning', text: '', providerOptions: { anthropic: { redactedData: redacted!.data } } },
      ])
      // Anthropic's input figure excludes the cache; the SDK adds cache reads and writes back in.
      const usage = resumed.map(
        (r) => r.response.usage as { input_tokens: number; cache_creation_input_tokens: number; cache_read_input_tokens: number },
      )
      expect(f.store.getAttempt(f.sessionId, 2)!.tokensIn).toBe(
        usage.reduce((s, u) => s + u.input_tokens + u.cache_creation_input_tokens + u.cache_read_input_tokens, 0),
      )
      f.store.close()
    })

    it('refuses the same history without its thinking, or with a signature or redacted data changed', async () => {
      const f = fixture()
      expect(await attempt(f, ANTHROPIC, 1, PROMPT, 1)).toMatchObject({ outcome: 'max-steps' })
      moveToFreshRunner(f)
      const model = await modelFor(ANTHROPIC)
      const call = (messages: ModelMessage[], providerOptions = {}) =>
        generateText({ model, system: system(f), messages, tools: toolbox(f).definitions, providerOptions, maxRetries: 0 })
      const lastError = () => anthropic.requests.at(-1)!.response

      // The SDK leaves thinking out when told not to send reasoning: the tool-use turn then starts with tool_use.
      expect((await refusal(call(storedWithNudge(f), { anthropic: { sendReasoning: false } }))).statusCode).toBe(400)
      expect(lastError()).toMatchObject({
        type: 'error',
        error: {
          type: 'invalid_request_error',
          message: expect.stringMatching(
            /^messages\.1\.content\.0\.type: Expected `thinking` or `redacted_thinking`, but found `tool_use`\. When `thinking` is enabled, a final `assistant` message must start with a thinking block/,
          ),
        },
        request_id: expect.stringMatching(/^req_/),
      })

      const signature = (p: Part) => (p.providerOptions as { anthropic: { signature?: string; redactedData?: string } }).anthropic
      const badSignature = editParts(storedWithNudge(f), (p) =>
        p.type === 'reasoning' && signature(p).signature
          ? { ...p, providerOptions: { anthropic: { signature: flipped(signature(p).signature!) } } }
          : p,
      )
      expect((await refusal(call(badSignature))).message).toBe('messages.1.content.0: Invalid `signature` in `thinking` block')
      // The text is what is signed: a changed word is a changed block.
      const badText = editParts(storedWithNudge(f), (p) =>
        p.type === 'reasoning' && signature(p).signature ? { ...p, text: `${String(p.text)} ` } : p,
      )
      expect((await refusal(call(badText))).message).toBe('messages.1.content.0: Invalid `signature` in `thinking` block')
      const badData = editParts(storedWithNudge(f), (p) =>
        p.type === 'reasoning' && signature(p).redactedData
          ? { ...p, providerOptions: { anthropic: { redactedData: flipped(signature(p).redactedData!) } } }
          : p,
      )
      expect((await refusal(call(badData))).message).toBe('messages.1.content.1: Invalid `data` in `redacted_thinking` block')

      // The stored history as it is: accepted.
      expect((await call(storedWithNudge(f))).toolCalls.map((c) => c.toolName)).toEqual(['list'])
      f.store.close()
    })
  })

  describe('Google Gemini API (thought signatures)', () => {
    it("the resume replays each function call's thought signature byte for byte, with no skip sentinel", async () => {
      const { f, second, issue, resumed } = await stopAndResume(GEMINI)
      expect(second).toMatchObject({ outcome: 'completed', steps: 2, modelCalls: 2, toolRuns: 1 })

      type Content = { role: string; parts: Array<Record<string, unknown>> }
      const issuedPart = (issue.response.candidates as Array<{ content: Content }>)[0]!.content.parts[0]!
      expect(issuedPart).toEqual({
        functionCall: { id: expect.any(String), name: 'read_file', args: { path: 'notes.txt' } },
        thoughtSignature: expect.any(String),
      })

      expect(resumed.map((r) => [r.status, r.notes.skippedSignatures])).toEqual([
        [200, 0],
        [200, 0],
      ])
      for (const r of resumed) expect(JSON.stringify(r.body)).not.toContain(SKIP_THOUGHT_SIGNATURE)
      const contents = resumed[0]!.body.contents as Content[]
      expect(contents.map((c) => c.role)).toEqual(['user', 'model', 'user', 'user'])
      expect(contents[1]!.parts).toEqual([issuedPart])
      // The second call of attempt 2 carries attempt 2's own call in the current turn, where
      // Gemini 3 insists on its signature: accepted above, so it was sent back too.
      const later = resumed[1]!.body.contents as Content[]
      expect(later.at(-2)!.parts[0]).toEqual((resumed[0]!.response.candidates as Array<{ content: Content }>)[0]!.content.parts[0])

      expect(assistantParts(f, 0)).toEqual([
        {
          type: 'tool-call',
          toolCallId: (issuedPart.functionCall as { id: string }).id,
          toolName: 'read_file',
          input: { path: 'notes.txt' },
          providerOptions: { google: { thoughtSignature: issuedPart.thoughtSignature } },
        },
      ])
      const usage = resumed.map((r) => r.response.usageMetadata as { promptTokenCount: number })
      expect(f.store.getAttempt(f.sessionId, 2)!.tokensIn).toBe(usage.reduce((s, u) => s + u.promptTokenCount, 0))
      f.store.close()
    })

    it('refuses a changed signature and, in the current turn, a missing one (which the SDK masks with the sentinel)', async () => {
      const f = fixture()
      expect(await attempt(f, GEMINI, 1, PROMPT, 1)).toMatchObject({ outcome: 'max-steps' })
      moveToFreshRunner(f)
      const model = await modelFor(GEMINI)
      const call = (messages: ModelMessage[]) =>
        generateText({
          model,
          system: system(f),
          messages,
          tools: toolbox(f).definitions,
          providerOptions: callProviderOptions('ses_test'),
          maxRetries: 0,
        })
      const google = (p: Part) => (p.providerOptions as { google?: { thoughtSignature?: string } } | undefined)?.google

      const changed = editParts(storedWithNudge(f), (p) =>
        google(p)?.thoughtSignature
          ? { ...p, providerOptions: { google: { thoughtSignature: flipped(google(p)!.thoughtSignature!) } } }
          : p,
      )
      const corrupted = await refusal(call(changed))
      expect(corrupted.statusCode).toBe(400)
      expect(gemini.requests.at(-1)!.response).toEqual({
        error: { code: 400, message: 'Corrupted thought signature.', status: 'INVALID_ARGUMENT' },
      })

      // Lost in the current turn (the history up to the tool result, before any new user text):
      // the AI SDK sends Google's skip sentinel for Gemini 3 rather than fail, so a lost signature
      // shows only in the bytes sent, which is why the resume test compares them.
      const lost = editParts(f.store.loadMessages(f.sessionId), (p) => (google(p) ? { ...p, providerOptions: {} } : p))
      const sdk = globalThis as { AI_SDK_LOG_WARNINGS?: unknown }
      const logging = sdk.AI_SDK_LOG_WARNINGS
      sdk.AI_SDK_LOG_WARNINGS = false // asserted below instead of printed
      const accepted = await call(lost).finally(() => (sdk.AI_SDK_LOG_WARNINGS = logging))
      expect(accepted.warnings).toContainEqual({ type: 'other', message: expect.stringContaining('skip_thought_signature_validator') })
      const masked = gemini.requests.at(-1)!
      expect([masked.status, masked.notes.skippedSignatures]).toEqual([200, 1])
      // Without the sentinel, as Gemini answers it.
      const body = structuredClone(masked.body) as { contents: Array<{ parts: Array<Record<string, unknown>> }> }
      delete body.contents[1]!.parts[0]!.thoughtSignature
      const response = await fetch(`${gemini.url}/models/gemini-3-pro-preview:generateContent`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-goog-api-key': GEMINI.apiKey },
        body: JSON.stringify(body),
      })
      expect(response.status).toBe(400)
      expect(await response.json()).toEqual({
        error: {
          code: 400,
          message:
            'Function call is missing a thought_signature in functionCall parts. This is required for tools to work correctly, and missing thought_signature may lead to degraded model performance. Additional data, function call `default_api:read_file` , position 2. Please refer to https://ai.google.dev/gemini-api/docs/thought-signatures for more details.',
          status: 'INVALID_ARGUMENT',
        },
      })
      f.store.close()
    })

    it('thought summaries (thought: true parts) are stored and sent back as they came', async () => {
      const f = fixture()
      const model = await modelFor(GEMINI)
      const tools = toolbox(f).definitions
      const providerOptions = { google: { thinkingConfig: { includeThoughts: true } } }
      const first = await generateText({ model, system: system(f), prompt: PROMPT, tools, providerOptions, maxRetries: 0 })
      const issued = (gemini.requests.at(-1)!.response.candidates as Array<{ content: { parts: unknown[] } }>)[0]!.content.parts
      expect(issued[0]).toEqual({ text: TURNS[0]!.reasoning, thought: true })
      f.store.beginAttempt(f.sessionId, 1, { resumed: false, restoredFromAttempt: null })
      f.store.appendMessages(f.sessionId, 1, 1, [{ role: 'user', content: PROMPT }, ...first.response.messages])
      const call = first.toolCalls[0]!
      f.store.appendMessages(f.sessionId, 1, 1, [
        {
          role: 'tool',
          content: [{ type: 'tool-result', toolCallId: call.toolCallId, toolName: call.toolName, output: { type: 'text', value: NOTES } }],
        },
      ])
      moveToFreshRunner(f)
      const messages = f.store.loadMessages(f.sessionId)
      expect(messages[1]).toEqual(JSON.parse(JSON.stringify(first.response.messages[0])))
      await generateText({ model, system: system(f), messages, tools, providerOptions, maxRetries: 0 })
      const sent = gemini.requests.at(-1)!
      expect(sent.status).toBe(200)
      expect((sent.body.contents as Array<{ parts: unknown[] }>)[1]!.parts).toEqual(issued)
      f.store.close()
    })
  })
})
