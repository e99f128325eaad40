// The scripted model servers keep the providers' rules about the context window, prompt caching
// and compaction, so the agent loop's budgeting can be proven against them: a request over the
// window is refused with the provider's own status and body; Anthropic's cache reads and writes
// follow its breakpoint rules (at most 4, a minimum size, a 20-block lookback, a TTL); OpenAI's
// automatic prefix cache reports cached_tokens; a summary request is answered with a summary
// whose marker lets the conversation rebuilt from it continue at the right scripted turn.
// Driven over real HTTP, by fetch and through the AI SDK's provider packages.
import { createAnthropic } from '@ai-sdk/anthropic'
import { createOpenAICompatible } from '@ai-sdk/openai-compatible'
import { APICallError, generateText, streamText } from 'ai'
import { afterEach, describe, expect, it } from 'vitest'
import { SUMMARY_REQUEST_PREFIX, startModelServer, type ModelServer, type ScriptTurn } from './support/model-server.mjs'
import {
  SUMMARY_REQUEST_PREFIX as PROVIDER_SUMMARY_PREFIX,
  startAnthropicServer,
  startGeminiServer,
  startOpenAIResponsesServer,
  type AnthropicServerOptions,
  type ProviderServer,
} from './support/provider-servers.mjs'

const closers: Array<() => Promise<void>> = []
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()))
})
async function track<T extends { close(): Promise<void> }>(server: Promise<T>): Promise<T> {
  const s = await server
  closers.push(() => s.close())
  return s
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: unknown }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })
  return { status: res.status, json: await res.json() }
}

async function refusal(call: Promise<unknown>): Promise<APICallError> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(APICallError.isInstance(error)).toBe(true)
  return error as APICallError
}

/** Characters two strings share from the start. */
function commonPrefix(a: string, b: string): number {
  let i = 0
  while (i < Math.min(a.length, b.length) && a[i] === b[i]) i++
  return i
}

const tokensOf = (value: unknown) => Math.ceil((typeof value === 'string' ? value : JSON.stringify(value)).length / 4)
const SUMMARIZE = `${SUMMARY_REQUEST_PREFIX}: what was done, what is left, the files touched.`
const TOOL_NAMES = ['read_file', 'list', 'write_file', 'bash', 'read_file', 'list']
const TOOLS = [{ type: 'function', function: { name: 'list', description: 'List files.', parameters: { type: 'object', properties: {} } } }]

// ── OpenAI chat completions (model-server.mjs) ──────────────────────────────────────────────

interface ChatMessage {
  role: string
  content: string | null
  tool_calls?: Array<{ id: string; type: string; function: { name: string; arguments: string } }>
  tool_call_id?: string
}
interface ChatReply {
  choices: Array<{ message: ChatMessage; finish_reason: string }>
  usage: { prompt_tokens: number; completion_tokens: number; total_tokens: number; prompt_tokens_details?: { cached_tokens: number } }
}

const chat = async (server: ModelServer, body: Record<string, unknown>) => post(`${server.url}/chat/completions`, { model: 'm-1', ...body })
const reply = (json: unknown) => (json as ChatReply).choices[0]!.message

/** One agent step: ask, then answer the tool calls (or, with `interrupted`, record them as interrupted). */
async function chatStep(server: ModelServer, messages: ChatMessage[], interrupted = false): Promise<ChatMessage> {
  const { status, json } = await chat(server, { messages, tools: TOOLS })
  expect(status).toBe(200)
  const message = reply(json)
  messages.push(message)
  for (const c of message.tool_calls ?? []) {
    const content = interrupted ? 'Tool call interrupted: the runner stopped.' : `result of ${c.function.name} ${c.id}`
    messages.push({ role: 'tool', tool_call_id: c.id, content })
  }
  return message
}

const SCRIPT: ScriptTurn[] = TOOL_NAMES.map((name, i) => ({ toolCalls: [{ name, args: { step: i } }] }))

describe('model-server: context window', () => {
  it('refuses a request over the window with OpenAI’s 400, and one whose max_tokens does not fit', async () => {
    const server = await track(startModelServer({ script: SCRIPT, contextWindow: 300 }))
    const messages = [{ role: 'user', content: 'a'.repeat(1200) }]
    const n = tokensOf(messages) + tokensOf(TOOLS)
    expect(n).toBeGreaterThan(300)
    const over = await chat(server, { messages, tools: TOOLS })
    expect(over.status).toBe(400)
    expect(over.json).toEqual({
      error: {
        message: `This model's maximum context length is 300 tokens. However, your messages resulted in ${n} tokens. Please reduce the length of the messages.`,
        type: 'invalid_request_error',
        param: 'messages',
        code: 'context_length_exceeded',
      },
    })

    const short = [{ role: 'user', content: 'a'.repeat(400) }]
    const m = tokensOf(short) + tokensOf(TOOLS)
    expect(m).toBeLessThanOrEqual(300)
    const budget = await chat(server, { messages: short, tools: TOOLS, max_completion_tokens: 250 })
    expect(budget.status).toBe(400)
    expect((budget.json as { error: unknown }).error).toEqual({
      message: `This model's maximum context length is 300 tokens. However, you requested ${m + 250} tokens (${m} in the messages, 250 in the completion). Please reduce the length of the messages or completion.`,
      type: 'invalid_request_error',
      param: 'messages',
      code: 'context_length_exceeded',
    })

    const ok = await chat(server, { messages: short, tools: TOOLS, max_tokens: 300 - m })
    expect(ok.status).toBe(200)
    // One figure: what is checked against the window is the prompt_tokens reported.
    expect((ok.json as ChatReply).usage.prompt_tokens).toBe(m)
    expect(server.requests.map((r) => [r.status, r.inputTokens, r.promptTokens, r.turn])).toEqual([
      [400, n, 0, 0],
      [400, m, 0, 0],
      [200, m, m, 0],
    ])
    expect(server.requests[0]!.error).toMatch(/^This model's maximum context length is 300 tokens/)
    expect(server.requests.filter((r) => r.status === 200).every((r) => r.inputTokens <= 300)).toBe(true)
  })

  it('surfaces through the AI SDK openai-compatible provider as an APICallError 400 with OpenAI’s message', async () => {
    const server = await track(startModelServer({ script: [{ text: 'ok' }], contextWindow: 200 }))
    const model = createOpenAICompatible({ baseURL: server.url, name: 'scripted', includeUsage: true }).chatModel('m-1')
    const error = await refusal(generateText({ model, prompt: 'word '.repeat(400), maxRetries: 0 }))
    const sent = server.requests.at(-1)!
    expect(sent.inputTokens).toBe(tokensOf(sent.body.messages))
    expect(error.statusCode).toBe(400)
    expect(error.message).toBe(
      `This model's maximum context length is 200 tokens. However, your messages resulted in ${sent.inputTokens} tokens. Please reduce the length of the messages.`,
    )
    const fits = await generateText({ model, prompt: 'hello', maxOutputTokens: 100, maxRetries: 0 })
    expect(fits.text).toBe('ok')
    expect(fits.usage.inputTokens).toBe(server.requests.at(-1)!.inputTokens)
  })
})

describe('model-server: compaction summaries', () => {
  it('answers a summary request with text and the turns done, and continues the rebuilt conversation at the right turn', async () => {
    const server = await track(startModelServer({ script: { turns: SCRIPT, finalText: 'Finished.' } }))
    const task: ChatMessage = { role: 'user', content: 'Do the six steps.' }
    const messages = [task]
    for (let i = 0; i < 4; i++) expect((await chatStep(server, messages)).tool_calls![0]!.function.name).toBe(TOOL_NAMES[i])

    // Compaction: the two oldest steps are summarized, the two most recent kept verbatim.
    const dropped = messages.slice(0, 5)
    const kept = messages.slice(5)
    const summary = await chat(server, { messages: [...dropped, { role: 'user', content: SUMMARIZE }], tools: TOOLS })
    expect((summary.json as ChatReply).choices[0]).toEqual({
      index: 0,
      message: { role: 'assistant', content: 'Summary of the work so far (scripted). [turns done: 2]' },
      finish_reason: 'stop',
    })
    expect(server.requests.at(-1)).toMatchObject({ summary: true, turn: 2, toolCalls: [], status: 200 })

    const text = reply(summary.json).content!
    const rebuilt: ChatMessage[] = [{ role: 'user', content: `Do the six steps.\n\nThe work so far, summarized:\n${text}` }, ...kept]
    const next = await chatStep(server, rebuilt)
    expect(next.tool_calls!.map((c) => [c.function.name, c.function.arguments])).toEqual([['read_file', '{"step":4}']])
    expect(server.requests.at(-1)).toMatchObject({ summary: false, turn: 4 })
    expect((await chatStep(server, rebuilt)).tool_calls![0]!.function.name).toBe('list')
    expect(reply((await chat(server, { messages: rebuilt, tools: TOOLS })).json)).toEqual({ role: 'assistant', content: 'Finished.' })
    // Every tool call id the conversation holds is distinct.
    const ids = [...messages, ...rebuilt.slice(5)].flatMap((m) => m.tool_calls?.map((c) => c.id) ?? [])
    expect(new Set(ids).size).toBe(ids.length)

    // A second compaction counts from the first summary's marker.
    const again = await chat(server, { messages: [...rebuilt.slice(0, -2), { role: 'user', content: SUMMARIZE }] })
    expect(reply(again.json).content).toBe('Summary of the work so far (scripted). [turns done: 5]')
  })

  it('does not count a step after the summary whose tool call was interrupted; custom summary text; no turn faults', async () => {
    const server = await track(
      startModelServer({
        script: { turns: SCRIPT, summaryText: 'Read the config, listed src.' },
        faults: [{ kind: 'status', turn: 2, status: 503 }],
      }),
    )
    const messages: ChatMessage[] = [{ role: 'user', content: 'go' }]
    await chatStep(server, messages)
    await chatStep(server, messages)
    const summary = await chat(server, { messages: [...messages, { role: 'user', content: SUMMARIZE }] })
    expect(summary.status).toBe(200)
    expect(reply(summary.json).content).toBe('Read the config, listed src. [turns done: 2]')
    expect(server.requests.at(-1)!.fault).toBeUndefined()

    const rebuilt: ChatMessage[] = [{ role: 'user', content: reply(summary.json).content }]
    expect((await chat(server, { messages: rebuilt })).status).toBe(503) // turn 2's scripted fault, once
    const issued = await chatStep(server, rebuilt, true)
    expect(issued.tool_calls![0]!.function.name).toBe('write_file')
    // After a resume, the interrupted call does not count: turn 2 is asked for again.
    const reissued = await chatStep(server, rebuilt)
    expect(reissued.tool_calls![0]).toMatchObject({ id: 'call_2_0_1', function: { name: 'write_file' } })
    expect(server.requests.slice(-3).map((r) => r.turn)).toEqual([2, 2, 2])
  })
})

describe('model-server: automatic prefix caching', () => {
  const long = (seed: string) => `${seed} ${'lorem ipsum dolor sit amet '.repeat(240)}`

  it('reports cached_tokens for the prefix shared with an earlier request, in 128-token steps from 1024', async () => {
    const server = await track(startModelServer({ script: SCRIPT }))
    const messages: ChatMessage[] = [{ role: 'user', content: long('task') }]
    const first = await chat(server, { messages })
    expect((first.json as ChatReply).usage.prompt_tokens_details).toBeUndefined()
    messages.push(reply(first.json), { role: 'tool', tool_call_id: reply(first.json).tool_calls![0]!.id, content: 'a.ts' })
    const second = await chat(server, { messages })
    const usage = (second.json as ChatReply).usage
    const shared = Math.floor(commonPrefix(JSON.stringify(server.requests[0]!.body.messages), JSON.stringify(messages)) / 4)
    const expected = shared - (shared % 128)
    expect(expected).toBeGreaterThanOrEqual(1024)
    expect(usage.prompt_tokens_details).toEqual({ cached_tokens: expected })
    // prompt_tokens stays the whole prompt, cached tokens included.
    expect(usage.prompt_tokens).toBe(tokensOf(messages))
    expect(server.requests.map((r) => r.cachedTokens)).toEqual([0, expected])

    // A different start shares nothing; a prefix under 1024 tokens is not cached.
    const other = await chat(server, { messages: [{ role: 'user', content: long('other') }] })
    expect((other.json as ChatReply).usage.prompt_tokens_details).toBeUndefined()
    const small = await chat(server, { messages: [{ role: 'user', content: 'task' }] })
    expect((small.json as ChatReply).usage.prompt_tokens_details).toBeUndefined()
  })

  it('is reported through the AI SDK openai-compatible provider as cacheReadTokens, streamed or not; promptCaching: false turns it off', async () => {
    const server = await track(startModelServer({ script: [{ text: 'one' }, { text: 'two' }, { text: 'three' }] }))
    const model = createOpenAICompatible({ baseURL: server.url, name: 'scripted', includeUsage: true }).chatModel('m-1')
    const system = long('You are terse.')
    const first = await generateText({ model, system, prompt: 'first', maxRetries: 0 })
    expect(first.usage.inputTokenDetails.cacheReadTokens).toBe(0)
    const second = await generateText({
      model,
      system,
      messages: [
        { role: 'user', content: 'first' },
        { role: 'assistant', content: 'one' },
        { role: 'user', content: 'second' },
      ],
      maxRetries: 0,
    })
    const cached = server.requests[1]!.cachedTokens
    expect(cached).toBeGreaterThanOrEqual(1024)
    expect(second.usage.inputTokenDetails.cacheReadTokens).toBe(cached)
    expect(second.usage.inputTokens).toBe(server.requests[1]!.promptTokens)

    const streamed = streamText({
      model,
      system,
      messages: [
        { role: 'user', content: 'first' },
        { role: 'assistant', content: 'one' },
        { role: 'user', content: 'third' },
      ],
      maxRetries: 0,
    })
    expect(await streamed.text).toBe('two')
    expect(server.requests[2]).toMatchObject({ stream: true })
    expect((await streamed.usage).inputTokenDetails.cacheReadTokens).toBe(server.requests[2]!.cachedTokens)
    expect(server.requests[2]!.cachedTokens).toBeGreaterThanOrEqual(1024)

    const off = await track(startModelServer({ script: [{ text: 'a' }], promptCaching: false }))
    const offModel = createOpenAICompatible({ baseURL: off.url, name: 'scripted', includeUsage: true }).chatModel('m-1')
    await generateText({ model: offModel, system, prompt: 'first', maxRetries: 0 })
    const again = await generateText({ model: offModel, system, prompt: 'first', maxRetries: 0 })
    expect(again.usage.inputTokenDetails.cacheReadTokens).toBe(0)
    expect(off.requests.map((r) => r.cachedTokens)).toEqual([0, 0])
  })
})

// ── Anthropic Messages API ──────────────────────────────────────────────────────────────────

type Block = Record<string, unknown>
interface AnthropicMessage {
  role: 'user' | 'assistant'
  content: Block[]
}
interface AnthropicReply {
  content: Array<{ type: string; text?: string; id?: string; name?: string }>
  stop_reason: string
  usage: { input_tokens: number; cache_creation_input_tokens: number; cache_read_input_tokens: number; output_tokens: number }
}

const EPHEMERAL = { type: 'ephemeral' }
const BIG_SYSTEM = 'You are a careful coding agent. Read before you write; test what you change. '.repeat(80)
const ANTHROPIC_TOOLS = [{ name: 'list', description: 'List files.', input_schema: { type: 'object', properties: {} } }]

const anthropicPost = (server: ProviderServer, body: Record<string, unknown>) =>
  post(
    `${server.url}/messages`,
    { model: 'claude-sonnet-4-5', max_tokens: 1024, ...body },
    { 'x-api-key': 'k', 'anthropic-version': '2023-06-01' },
  )

/** The messages with a breakpoint on the last block of each of the last two, as an agent sends them. */
function lastTwoMarked(messages: AnthropicMessage[]): AnthropicMessage[] {
  return messages.map((m, i) =>
    i < messages.length - 2
      ? m
      : { ...m, content: m.content.map((b, j) => (j === m.content.length - 1 ? { ...b, cache_control: EPHEMERAL } : b)) },
  )
}

/** Tokens of a request as Anthropic's server counts them: per prompt block, cache_control left out. */
function blockTokens(body: { tools?: Block[]; system?: Block[]; messages: AnthropicMessage[] }): number {
  const blocks = [...(body.tools ?? []), ...(body.system ?? []), ...body.messages.flatMap((m) => m.content)]
  return blocks.reduce((sum, { cache_control: _c, ...rest }) => sum + tokensOf(rest), 0)
}

async function startAnthropic(options: AnthropicServerOptions = {}) {
  return track(startAnthropicServer({ script: SCRIPT, ...options }))
}

/** One agent step against the Anthropic server, with breakpoints on the system prompt and the last two messages. */
async function anthropicStep(server: ProviderServer, messages: AnthropicMessage[], extra: Record<string, unknown> = {}) {
  const { status, json } = await anthropicPost(server, {
    system: [{ type: 'text', text: BIG_SYSTEM, cache_control: EPHEMERAL }],
    tools: ANTHROPIC_TOOLS,
    messages: lastTwoMarked(messages),
    ...extra,
  })
  expect(status).toBe(200)
  const answer = json as AnthropicReply
  messages.push({ role: 'assistant', content: answer.content })
  const uses = answer.content.filter((b) => b.type === 'tool_use')
  if (uses.length > 0) {
    messages.push({
      role: 'user',
      content: uses.map((u) => ({ type: 'tool_result', tool_use_id: u.id, content: `result of ${u.name}: ${'x'.repeat(300)}` })),
    })
  }
  return answer
}

describe('Anthropic server: context window', () => {
  it('refuses a prompt over the window, then input + max_tokens over it, with Anthropic’s 400 bodies', async () => {
    const server = await startAnthropic({ contextWindow: 500 })
    const messages = [{ role: 'user' as const, content: [{ type: 'text', text: 'b'.repeat(2400) }] }]
    const n = blockTokens({ messages })
    const over = await anthropicPost(server, { messages })
    expect(over.status).toBe(400)
    expect(over.json).toMatchObject({
      type: 'error',
      error: { type: 'invalid_request_error', message: `prompt is too long: ${n} tokens > 500 maximum` },
      request_id: expect.stringMatching(/^req_/),
    })
    const short = [{ role: 'user' as const, content: [{ type: 'text', text: 'b'.repeat(1200) }] }]
    const m = blockTokens({ messages: short })
    const budget = await anthropicPost(server, { messages: short, max_tokens: 400 })
    expect(budget.status).toBe(400)
    expect((budget.json as { error: unknown }).error).toEqual({
      type: 'invalid_request_error',
      message: `input length and \`max_tokens\` exceed context limit: ${m} + 400 > 500, decrease input length or \`max_tokens\` and try again`,
    })
    const ok = await anthropicPost(server, { messages: short, max_tokens: 500 - m })
    expect(ok.status).toBe(200)
    expect((ok.json as AnthropicReply).usage.input_tokens).toBe(m)
    expect(server.requests.map((r) => [r.status, r.inputTokens])).toEqual([
      [400, n],
      [400, m],
      [200, m],
    ])
  })

  it('surfaces through the AI SDK anthropic provider as an APICallError 400 with Anthropic’s message', async () => {
    const server = await startAnthropic({ contextWindow: 400, script: [{ text: 'ok' }] })
    const model = createAnthropic({ baseURL: server.url, apiKey: 'sk-ant-test' })('claude-sonnet-4-5')
    const error = await refusal(generateText({ model, prompt: 'word '.repeat(400), maxOutputTokens: 50, maxRetries: 0 }))
    const sent = server.requests.at(-1)!
    expect(sent.inputTokens).toBeGreaterThan(400)
    expect(error.statusCode).toBe(400)
    expect(error.message).toBe(`prompt is too long: ${sent.inputTokens} tokens > 400 maximum`)

    const tight = await refusal(generateText({ model, prompt: 'hello there', maxOutputTokens: 398, maxRetries: 0 }))
    const n = server.requests.at(-1)!.inputTokens
    expect(n).toBeLessThanOrEqual(400)
    expect(tight.statusCode).toBe(400)
    expect(tight.message).toBe(
      `input length and \`max_tokens\` exceed context limit: ${n} + 398 > 400, decrease input length or \`max_tokens\` and try again`,
    )
    expect((await generateText({ model, prompt: 'hello there', maxOutputTokens: 100, maxRetries: 0 })).text).toBe('ok')
  })
})

describe('Anthropic server: compaction summaries', () => {
  it('summarizes as text, then continues the conversation rebuilt from the summary and the last two steps at the right turn', async () => {
    const server = await startAnthropic({ script: { turns: SCRIPT, finalText: 'Finished.' } })
    const messages: AnthropicMessage[] = [{ role: 'user', content: [{ type: 'text', text: 'Do the six steps.' }] }]
    for (let i = 0; i < 4; i++) expect((await anthropicStep(server, messages)).content.at(-1)!.name).toBe(TOOL_NAMES[i])

    // The summary request: the two oldest steps, the request in the user turn of the last tool results.
    const dropped = messages.slice(0, 5)
    const last = dropped.at(-1)!
    const request = [...dropped.slice(0, -1), { role: 'user' as const, content: [...last.content, { type: 'text', text: SUMMARIZE }] }]
    expect(PROVIDER_SUMMARY_PREFIX).toBe(SUMMARY_REQUEST_PREFIX)
    const summary = await anthropicPost(server, { messages: request, tools: ANTHROPIC_TOOLS })
    expect(summary.json).toMatchObject({
      content: [{ type: 'text', text: 'Summary of the work so far (scripted). [turns done: 2]' }],
      stop_reason: 'end_turn',
    })
    expect(server.requests.at(-1)).toMatchObject({ summary: true, turn: 2, status: 200 })

    const text = (summary.json as AnthropicReply).content[0]!.text!
    // The kept steps start with an assistant turn: the summary shares the first user message with the task.
    const rebuilt: AnthropicMessage[] = [
      {
        role: 'user',
        content: [
          { type: 'text', text: 'Do the six steps.' },
          { type: 'text', text: text },
        ],
      },
      ...messages.slice(5),
    ]
    expect((await anthropicStep(server, rebuilt)).content.at(-1)).toMatchObject({ type: 'tool_use', name: 'read_file', input: { step: 4 } })
    expect(server.requests.at(-1)).toMatchObject({ summary: false, turn: 4 })
    expect((await anthropicStep(server, rebuilt)).content.at(-1)!.name).toBe('list')
    expect((await anthropicStep(server, rebuilt)).content).toEqual([{ type: 'text', text: 'Finished.' }])
  })

  it('does not count an assistant turn whose tool_use got an interrupted tool_result, with or without a summary', async () => {
    const server = await startAnthropic()
    const interrupted = (id: string) => ({
      role: 'user' as const,
      content: [{ type: 'tool_result', tool_use_id: id, is_error: true, content: 'Tool call interrupted: the runner stopped.' }],
    })
    const use = (id: string, name: string) => ({ role: 'assistant' as const, content: [{ type: 'tool_use', id, name, input: {} }] })
    const plain = await anthropicPost(server, {
      messages: [{ role: 'user', content: 'go' }, use('toolu_a', 'read_file'), interrupted('toolu_a')],
    })
    expect((plain.json as AnthropicReply).content.at(-1)!.name).toBe('read_file')
    const blocks = await anthropicPost(server, {
      messages: [
        { role: 'user', content: 'go [turns done: 3]' },
        use('toolu_b', 'bash'),
        {
          role: 'user',
          content: [{ type: 'tool_result', tool_use_id: 'toolu_b', content: [{ type: 'text', text: 'Tool call interrupted' }] }],
        },
      ],
    })
    expect((blocks.json as AnthropicReply).content.at(-1)!.name).toBe('bash')
    expect(server.requests.map((r) => r.turn)).toEqual([0, 3])
  })
})

describe('Anthropic server: prompt caching by Anthropic’s rules', () => {
  it('an agent’s breakpoints (system, last two messages) read the previous request’s whole prompt and write the rest', async () => {
    const server = await startAnthropic({ script: { turns: SCRIPT.slice(0, 5), finalText: 'Finished.' } })
    const messages: AnthropicMessage[] = [{ role: 'user', content: [{ type: 'text', text: 'Do the steps.' }] }]
    const answers = []
    for (let i = 0; i < 6; i++) answers.push(await anthropicStep(server, messages))
    expect(answers.at(-1)!.content).toEqual([{ type: 'text', text: 'Finished.' }])

    const first = server.requests[0]!
    expect(first.inputTokens).toBe(blockTokens(first.body as never))
    expect(first.inputTokens).toBeGreaterThan(1024)
    expect(answers[0]!.usage).toMatchObject({ cache_read_input_tokens: 0, cache_creation_input_tokens: first.inputTokens, input_tokens: 0 })
    for (let i = 1; i < 6; i++) {
      const r = server.requests[i]!
      const usage = answers[i]!.usage
      expect(usage.cache_read_input_tokens).toBe(server.requests[i - 1]!.inputTokens)
      expect(usage.cache_creation_input_tokens).toBe(r.inputTokens - server.requests[i - 1]!.inputTokens)
      expect(usage.input_tokens).toBe(0)
      expect([r.cacheRead, r.cacheWrite]).toEqual([usage.cache_read_input_tokens, usage.cache_creation_input_tokens])
    }
  })

  it('reads only within 20 blocks before a breakpoint, and nothing once a block 25 back changed', async () => {
    const server = await startAnthropic()
    const say = (i: number, text = `message ${i}`): AnthropicMessage => ({
      role: i % 2 === 0 ? 'user' : 'assistant',
      content: [{ type: 'text', text }],
    })
    const conversation = (n: number) => Array.from({ length: n }, (_, i) => say(i))
    const markLast = (ms: AnthropicMessage[]) =>
      ms.map((m, i) => (i === ms.length - 1 ? { ...m, content: [{ ...m.content[0], cache_control: EPHEMERAL }] } : m))
    const send = async (ms: AnthropicMessage[]) =>
      ((await anthropicPost(server, { system: BIG_SYSTEM, messages: markLast(ms) })).json as AnthropicReply).usage

    const written = await send(conversation(31)) // writes the prompt up to message 30
    const total = server.requests[0]!.inputTokens
    expect(written).toMatchObject({ cache_read_input_tokens: 0, cache_creation_input_tokens: total })
    // 25 more blocks: the entry is beyond the lookback of the only breakpoint.
    expect((await send(conversation(56))).cache_read_input_tokens).toBe(0)
    // 20 more blocks: within it.
    expect((await send(conversation(51))).cache_read_input_tokens).toBe(total)
    // The same 31 blocks with block 25 before the breakpoint changed: no prefix matches.
    const changed = conversation(31)
    changed[5] = say(5, 'message 5, edited')
    expect(await send(changed)).toMatchObject({
      cache_read_input_tokens: 0,
      cache_creation_input_tokens: server.requests.at(-1)!.inputTokens,
    })
    expect((await send(conversation(31))).cache_read_input_tokens).toBe(total)
  })

  it('refuses more than 4 breakpoints; writes nothing under the minimum (2048 for haiku); minCacheTokens overrides', async () => {
    const server = await startAnthropic()
    const marked = (text: string) => ({ type: 'text', text, cache_control: EPHEMERAL })
    const five = await anthropicPost(server, {
      system: [marked('a'), marked('b')],
      messages: [{ role: 'user', content: [marked('c'), marked('d'), marked('e')] }],
    })
    expect(five.status).toBe(400)
    expect(five.json).toMatchObject({
      type: 'error',
      error: { type: 'invalid_request_error', message: 'A maximum of 4 blocks with cache_control may be provided. Found 5.' },
    })
    // ~1500 tokens: enough for Sonnet, not for Haiku.
    const body = { system: [marked(BIG_SYSTEM)], messages: [{ role: 'user', content: 'hi' }] }
    expect(
      ((await anthropicPost(server, { ...body, model: 'claude-haiku-4-5' })).json as AnthropicReply).usage.cache_creation_input_tokens,
    ).toBe(0)
    expect(
      ((await anthropicPost(server, { ...body, model: 'claude-haiku-4-5' })).json as AnthropicReply).usage.cache_read_input_tokens,
    ).toBe(0)
    const sonnet = ((await anthropicPost(server, body)).json as AnthropicReply).usage
    expect(sonnet.cache_creation_input_tokens).toBeGreaterThan(1024)
    const small = { system: [marked('Be brief.')], messages: [{ role: 'user', content: 'hi' }] }
    expect(((await anthropicPost(server, small)).json as AnthropicReply).usage.cache_creation_input_tokens).toBe(0)

    const low = await startAnthropic({ minCacheTokens: 1 })
    expect(((await anthropicPost(low, small)).json as AnthropicReply).usage.cache_creation_input_tokens).toBeGreaterThan(0)
    expect(((await anthropicPost(low, small)).json as AnthropicReply).usage.cache_read_input_tokens).toBeGreaterThan(0)
  })

  it('expires an entry cacheTtlMs after it was last written or read, on the injected clock; step.usage still overrides', async () => {
    let now = 1_000
    const server = await startAnthropic({ now: () => now, script: [{ text: 'a' }] })
    const body = { system: [{ type: 'text', text: BIG_SYSTEM, cache_control: EPHEMERAL }], messages: [{ role: 'user', content: 'hi' }] }
    const usage = async (s = server) => ((await anthropicPost(s, body)).json as AnthropicReply).usage
    const system = tokensOf({ type: 'text', text: BIG_SYSTEM })
    const rest = tokensOf({ type: 'text', text: 'hi' })
    expect(await usage()).toEqual(
      expect.objectContaining({ cache_creation_input_tokens: system, cache_read_input_tokens: 0, input_tokens: rest }),
    )
    now += 299_999
    expect(await usage()).toMatchObject({ cache_read_input_tokens: system, cache_creation_input_tokens: 0 }) // read: refreshed
    now += 299_999
    expect(await usage()).toMatchObject({ cache_read_input_tokens: system })
    now += 300_000
    expect(await usage()).toMatchObject({ cache_read_input_tokens: 0, cache_creation_input_tokens: system })
    expect(server.requests.map((r) => [r.cacheRead, r.cacheWrite])).toEqual([
      [0, system],
      [system, 0],
      [system, 0],
      [0, system],
    ])

    const scripted = await startAnthropic({ script: [{ text: 'e', usage: { input: 5000, cacheRead: 100, cacheWrite: 40 } }] })
    expect(await usage(scripted)).toMatchObject({ input_tokens: 4860, cache_read_input_tokens: 100, cache_creation_input_tokens: 40 })
  })

  it('cache reads reach the AI SDK anthropic provider as cacheReadTokens', async () => {
    const server = await startAnthropic({ script: [{ text: 'one' }, { text: 'two' }] })
    const model = createAnthropic({ baseURL: server.url, apiKey: 'sk-ant-test' })('claude-sonnet-4-5')
    const system = { role: 'system' as const, content: BIG_SYSTEM, providerOptions: { anthropic: { cacheControl: EPHEMERAL } } }
    const first = await generateText({ model, system, prompt: 'first', maxRetries: 0 })
    const second = await generateText({ model, system, prompt: 'second', maxRetries: 0 })
    expect(first.usage.inputTokenDetails.cacheWriteTokens).toBe(server.requests[0]!.cacheWrite)
    expect(second.usage.inputTokenDetails.cacheReadTokens).toBe(server.requests[1]!.cacheRead)
    expect(server.requests[1]!.cacheRead).toBeGreaterThan(1024)
  })
})

// ── OpenAI Responses and Gemini ─────────────────────────────────────────────────────────────

describe('OpenAI Responses and Gemini servers: context window and summaries', () => {
  it('Responses: refuses input over the window with OpenAI’s 400; summarizes and counts from the marker', async () => {
    const server = await track(startOpenAIResponsesServer({ script: SCRIPT, contextWindow: 400 }))
    const responses = (input: unknown) =>
      post(`${server.url}/responses`, { model: 'gpt-4.1', input }, { authorization: 'Bearer sk-test' }) as Promise<{
        status: number
        json: { output: Array<{ type: string; name?: string; content?: Array<{ text: string }> }> }
      }>
    const over = await responses('c'.repeat(2000))
    expect(over.status).toBe(400)
    expect(over.json).toEqual({
      error: {
        message: 'Your input exceeds the context window of this model. Please adjust your input and try again.',
        type: 'invalid_request_error',
        param: 'input',
        code: 'context_length_exceeded',
      },
    })
    expect(server.requests[0]).toMatchObject({ status: 400, inputTokens: expect.any(Number) })
    expect(server.requests[0]!.inputTokens).toBeGreaterThan(400)

    const steps = [
      { role: 'user', content: 'go' },
      { type: 'function_call', call_id: 'c1', name: 'read_file', arguments: '{}' },
      { type: 'function_call_output', call_id: 'c1', output: 'ok' },
    ]
    const summary = await responses([...steps, { role: 'user', content: SUMMARIZE }])
    expect(summary.json.output).toEqual([
      expect.objectContaining({
        type: 'message',
        content: [expect.objectContaining({ text: 'Summary of the work so far (scripted). [turns done: 1]' })],
      }),
    ])
    expect(server.requests.at(-1)).toMatchObject({ summary: true, turn: 1 })
    const next = await responses([{ role: 'user', content: [{ type: 'input_text', text: 'go. [turns done: 1]' }] }])
    expect(next.json.output.map((o) => o.name)).toEqual(['list'])
    const interrupted = await responses([steps[0], steps[1], { ...steps[2], output: 'Tool call interrupted: stopped.' }])
    expect(interrupted.json.output.map((o) => o.name)).toEqual(['read_file'])
  })

  it('Gemini: refuses input over the window with Google’s 400; summarizes and counts from the marker', async () => {
    const server = await track(startGeminiServer({ script: SCRIPT, contextWindow: 400 }))
    const generate = (contents: unknown) =>
      post(`${server.url}/models/gemini-2.5-flash:generateContent`, { contents }, { 'x-goog-api-key': 'g' }) as Promise<{
        status: number
        json: { candidates: Array<{ content: { parts: Array<{ text?: string; functionCall?: { name: string } }> } }> }
      }>
    const over = await generate([{ role: 'user', parts: [{ text: 'd'.repeat(2000) }] }])
    const n = server.requests[0]!.inputTokens
    expect(n).toBeGreaterThan(400)
    expect(over.status).toBe(400)
    expect(over.json).toEqual({
      error: {
        code: 400,
        message: `The input token count (${n}) exceeds the maximum number of tokens allowed (400).`,
        status: 'INVALID_ARGUMENT',
      },
    })

    const steps = [
      { role: 'user', parts: [{ text: 'go' }] },
      { role: 'model', parts: [{ functionCall: { name: 'read_file', args: {} } }] },
      { role: 'user', parts: [{ functionResponse: { name: 'read_file', response: { name: 'read_file', content: 'ok' } } }] },
    ]
    const summary = await generate([...steps, { role: 'user', parts: [{ text: SUMMARIZE }] }])
    expect(summary.json.candidates[0]!.content.parts.map((p) => p.text)).toEqual(['Summary of the work so far (scripted). [turns done: 1]'])
    expect(server.requests.at(-1)).toMatchObject({ summary: true, turn: 1 })
    const next = await generate([{ role: 'user', parts: [{ text: 'go. [turns done: 1]' }] }])
    expect(next.json.candidates[0]!.content.parts.map((p) => p.functionCall?.name)).toEqual(['list'])
    const cut = [
      steps[0],
      steps[1],
      {
        role: 'user',
        parts: [{ functionResponse: { name: 'read_file', response: { name: 'read_file', content: 'Tool call interrupted: stopped.' } } }],
      },
    ]
    expect((await generate(cut)).json.candidates[0]!.content.parts.map((p) => p.functionCall?.name)).toEqual(['read_file'])
  })
})
