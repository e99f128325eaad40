// A scripted, OpenAI-compatible chat-completions server on 127.0.0.1 for tests, the demo and
// the bench. Plain ESM JavaScript (types in model-server.d.mts) so TypeScript tests and plain
// node scripts can both start it; also a CLI:
//
//   node test/support/model-server.mjs --script script.json [--port 0] [--host 127.0.0.1] [--context-window N]
//
// prints `MODEL_SERVER_URL=http://127.0.0.1:<port>/v1` on stdout and serves until SIGTERM/SIGINT.
//
// THE RULE (why it is deterministic across processes): the server keeps no conversation state.
// Each response is chosen from the conversation in the request alone:
//
//   turn = (assistant messages in the request) − (assistant messages whose tool calls got a
//          result starting with the interrupted marker, "Tool call interrupted")
//
// and the answer is `script.turns[turn]` (past the end: a plain final text). An interrupted
// tool call therefore does not count as a finished turn, so the next request after a resume
// re-issues that same tool call, as a careful model would; a completed step is never asked
// for again. A resumed attempt in a new process, talking to this server or to a restarted one,
// gets exactly the remaining turns. Tool call ids are `call_<turn>_<index>_<assistantCount>`:
// derived from the conversation too, and unique even when a turn is re-issued.
//
// COMPACTION keeps the rule. A request whose last message is a user message starting with
// SUMMARY_REQUEST_PREFIX ("Summarize the work so far") is answered with text only (never tool
// calls, not counted as a turn): `Summary of the work so far (scripted). [turns done: N]`, N
// being the turn the request would otherwise have been answered with (`script.summaryText`
// replaces the first sentence; the marker is always appended). When user messages of a request
// hold `[turns done: N]` (the agent continues from a conversation starting with the summary),
// the count starts at the last of them:
//
//   turn = N + (assistant messages after the last user message holding the marker)
//            − (those of them whose tool calls got an interrupted result)
//
// So a summary request holds the steps it replaces; steps kept verbatim after the summary are
// counted on top of N.
//
// Context window (`contextWindow`, tokens): a request counts ceil(JSON(messages)/4) +
// ceil(JSON(tools)/4) tokens (the prompt_tokens reported); one over the window, or whose
// max_tokens (max_completion_tokens) does not fit in what is left, is refused with OpenAI's 400
// context_length_exceeded body.
//
// Prompt caching, as OpenAI's automatic one: usage.prompt_tokens_details.cached_tokens is the
// longest prefix the request's serialized messages share with those of a request this process
// answered before (characters / 4), in 128-token steps from 1024 (absent when 0).
// `promptCaching: false` turns it off.
//
// Fault injection: `faults: [{ kind, call?, turn?, times?, status?, afterMs? }]`. `call` is the
// 1-based count of requests this server process has received; `turn` is the script index above
// (0-based; summary requests match no turn) and fires at most `times` times (default 1) in this
// process. kinds: 'status' (HTTP `status`, default 500), 'hang' (never answer; the socket stays
// open until close()), 'drop' (destroy the connection without an answer).
import { createServer } from 'node:http'
import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'

export const INTERRUPTED_MARKER = 'Tool call interrupted'
/** First words of the loop's request for a final answer after an empty one (src/agent/loop.ts). */
export const ASK_FOR_ANSWER_PREFIX = 'Your last reply was empty.'
/** First words of the agent's request to summarize the conversation it compacts. */
export const SUMMARY_REQUEST_PREFIX = 'Summarize the work so far'
/** The first sentence of a scripted summary (before its `[turns done: N]` marker). */
export const DEFAULT_SUMMARY_TEXT = 'Summary of the work so far (scripted).'

/** The marker a summary ends with: how many turns the summarized conversation had completed. */
export function turnsDoneMarker(/** @type {number} */ n) {
  return `[turns done: ${n}]`
}

/** The text of a scripted summary answering a request that would have been answered with `turn`. */
export function summaryTextFor(/** @type {number} */ turn, /** @type {string | undefined} */ text) {
  return `${text ?? DEFAULT_SUMMARY_TEXT} ${turnsDoneMarker(turn)}`
}

/** An escaped high surrogate not followed by a low one, or a low one not after a high one (an escaped backslash before `u` is text). */
const LONE_SURROGATE =
  /(?<!\\)(?:\\\\)*(?:\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2})/

/** @param {unknown} content */
function textOf(content) {
  if (typeof content === 'string') return content
  if (Array.isArray(content)) return content.map((p) => (p && typeof p === 'object' && 'text' in p ? String(p.text) : '')).join('')
  return ''
}

/** The text parts of a message's content (a string is one part). @param {unknown} content @returns {string[]} */
function partsOf(content) {
  if (typeof content === 'string') return [content]
  if (!Array.isArray(content)) return []
  return content.flatMap((p) => (p && typeof p === 'object' && typeof p.text === 'string' ? [p.text] : []))
}

/**
 * THE RULE (and its compaction part, see above) over a provider-neutral view of a request's
 * conversation: its user messages (their text parts) and its model turns (whether their tool
 * calls got an interrupted result), in order. Every scripted server counts turns with this.
 * @param {import('./model-server.d.mts').ConversationEntry[]} entries
 * @returns {{ turn: number; assistants: number; summary: boolean }}
 */
export function countTurns(entries) {
  let from = 0
  let done = 0
  for (const [i, e] of entries.entries()) {
    if (e.role !== 'user') continue
    for (const text of e.texts) {
      for (const m of text.matchAll(/\[turns done: (\d+)\]/g)) {
        from = i + 1
        done = Number(m[1])
      }
    }
  }
  let turn = done
  for (const e of entries.slice(from)) if (e.role === 'assistant' && !e.interrupted) turn++
  const last = entries.at(-1)
  return {
    turn,
    assistants: entries.filter((e) => e.role === 'assistant').length,
    summary: last?.role === 'user' && last.texts.some((t) => t.startsWith(SUMMARY_REQUEST_PREFIX)),
  }
}

/**
 * The script index a chat-completions request is answered with (see THE RULE above), and
 * whether it is a summary request.
 * @param {Array<Record<string, any>>} messages
 * @param {string} marker
 */
export function turnOf(messages, marker = INTERRUPTED_MARKER) {
  const interruptedIds = new Set(
    messages.filter((m) => m.role === 'tool' && textOf(m.content).startsWith(marker)).map((m) => m.tool_call_id),
  )
  /** @type {import('./model-server.d.mts').ConversationEntry[]} */
  const entries = []
  for (const m of messages) {
    if (m.role === 'user') entries.push({ role: 'user', texts: partsOf(m.content) })
    if (m.role !== 'assistant') continue
    const calls = Array.isArray(m.tool_calls) ? m.tool_calls : []
    entries.push({ role: 'assistant', interrupted: calls.some((c) => interruptedIds.has(c.id)) })
  }
  return countTurns(entries)
}

/** Characters two strings share from the start. */
function commonPrefix(/** @type {string} */ a, /** @type {string} */ b) {
  const n = Math.min(a.length, b.length)
  let i = 0
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++
  return i
}

/** @param {import('./model-server.d.mts').ScriptInput} input */
function normalizeScript(input) {
  if (Array.isArray(input)) return { turns: input, faults: [] }
  return { turns: input.turns ?? [], faults: input.faults ?? [], finalText: input.finalText, summaryText: input.summaryText }
}

/**
 * OpenAI's 400 for a request over the context window, or undefined when it fits.
 * @param {any} body @param {number} inputTokens @param {number | undefined} window
 */
function contextRefusal(body, inputTokens, window) {
  if (window === undefined) return undefined
  const max = body.max_completion_tokens ?? body.max_tokens
  const reserved = typeof max === 'number' ? max : 0
  let message
  if (inputTokens > window) {
    message = `This model's maximum context length is ${window} tokens. However, your messages resulted in ${inputTokens} tokens. Please reduce the length of the messages.`
  } else if (inputTokens + reserved > window) {
    message = `This model's maximum context length is ${window} tokens. However, you requested ${inputTokens + reserved} tokens (${inputTokens} in the messages, ${reserved} in the completion). Please reduce the length of the messages or completion.`
  } else return undefined
  return { error: { message, type: 'invalid_request_error', param: 'messages', code: 'context_length_exceeded' } }
}

/** @param {import('./model-server.d.mts').ModelServerOptions} [options] */
export async function startModelServer(options = {}) {
  let script = normalizeScript(options.script ?? [])
  /** @type {import('./model-server.d.mts').Fault[]} */
  let faults = [...(options.faults ?? []), ...script.faults]
  const marker = options.interruptedMarker ?? INTERRUPTED_MARKER
  /** @type {import('./model-server.d.mts').RecordedRequest[]} */
  const requests = []
  /** fault index → times fired in this process */
  const fired = new Map()
  const sockets = new Set()

  /** Serialized messages of the requests answered, for prompt caching. @type {Set<string>} */
  const served = new Set()

  /** @param {number} call @param {number | undefined} turn undefined for summary requests */
  function faultFor(call, turn) {
    for (const [i, f] of faults.entries()) {
      if (f.call !== undefined && f.call === call) return f
      if (turn !== undefined && f.turn !== undefined && f.turn === turn && (fired.get(i) ?? 0) < (f.times ?? 1)) {
        fired.set(i, (fired.get(i) ?? 0) + 1)
        return f
      }
    }
    return undefined
  }

  /** Tokens of the longest prefix `serialized` shares with a request answered before (OpenAI's rule). */
  function cachedTokensOf(/** @type {string} */ serialized) {
    if (options.promptCaching === false) return 0
    let longest = 0
    for (const s of served) longest = Math.max(longest, commonPrefix(s, serialized))
    const shared = Math.floor(longest / 4)
    return shared >= 1024 ? shared - (shared % 128) : 0
  }

  /** @param {any} body */
  function answer(body) {
    const messages = Array.isArray(body.messages) ? body.messages : []
    const { turn, assistants, summary } = turnOf(messages, marker)
    const scripted = script.turns[turn] ?? { text: script.finalText ?? 'All done.' }
    // The agent answers an empty final turn with a request for an answer (src/agent/loop.ts
    // ASK_FOR_ANSWER, keyed here on its first words): a turn's `whenAsked` is the reply to that.
    const last = messages.at(-1)
    const asked = last?.role === 'user' && textOf(last.content).startsWith(ASK_FOR_ANSWER_PREFIX)
    /** @type {import('./model-server.d.mts').ScriptTurn} */
    const step = summary ? { text: summaryTextFor(turn, script.summaryText) } : asked && scripted.whenAsked ? scripted.whenAsked : scripted
    const toolCalls = (step.toolCalls ?? []).map((c, j) => ({
      id: c.id ?? `call_${turn}_${j}_${assistants}`,
      type: 'function',
      function: { name: c.name, arguments: JSON.stringify(c.args ?? {}) },
    }))
    const message = {
      role: 'assistant',
      content: step.text ?? (toolCalls.length > 0 ? null : ''),
      ...(toolCalls.length > 0 ? { tool_calls: toolCalls } : {}),
    }
    // What the request counts against the context window, and its prompt_tokens by default:
    // it grows with the conversation, so resume-vs-restart comparisons are meaningful.
    const serialized = JSON.stringify(messages)
    const tools = Array.isArray(body.tools) && body.tools.length > 0 ? Math.ceil(JSON.stringify(body.tools).length / 4) : 0
    const inputTokens = Math.ceil(serialized.length / 4) + tools
    const promptTokens = step.usage?.input ?? inputTokens
    const completionTokens = step.usage?.output ?? Math.ceil(JSON.stringify(message).length / 4)
    return { turn, summary, step, message, toolCalls, serialized, inputTokens, promptTokens, completionTokens }
  }

  const server = createServer((req, res) => {
    const chunks = []
    req.on('data', (c) => chunks.push(c))
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x')
      if (req.method === 'GET' && url.pathname === '/_requests') {
        res.writeHead(200, { 'content-type': 'application/json' })
        res.end(JSON.stringify(requests.map(({ body: _body, ...rest }) => rest)))
        return
      }
      if (req.method !== 'POST' || !url.pathname.endsWith('/chat/completions')) {
        res.writeHead(404, { 'content-type': 'application/json' })
        res.end(JSON.stringify({ error: { message: `no route ${req.method} ${url.pathname}` } }))
        return
      }
      /** @type {any} */
      let body
      const raw = Buffer.concat(chunks).toString('utf8')
      // Providers refuse a body holding half a character (an escaped lone surrogate, as
      // JSON.stringify writes one): OpenAI answers 400 "not valid JSON", Anthropic 400 too.
      if (LONE_SURROGATE.test(raw)) {
        res.writeHead(400, { 'content-type': 'application/json' })
        res.end(
          JSON.stringify({
            error: { message: 'We could not parse the JSON body of your request: lone surrogate in string', type: 'invalid_request_error' },
          }),
        )
        return
      }
      try {
        body = JSON.parse(raw)
      } catch {
        res.writeHead(400, { 'content-type': 'application/json' })
        res.end(JSON.stringify({ error: { message: 'invalid JSON body' } }))
        return
      }
      const call = requests.length + 1
      const a = answer(body)
      const record = {
        call,
        turn: a.turn,
        summary: a.summary,
        stream: body.stream === true,
        messageCount: Array.isArray(body.messages) ? body.messages.length : 0,
        inputTokens: a.inputTokens,
      }
      const refusal = contextRefusal(body, a.inputTokens, options.contextWindow)
      if (refusal) {
        requests.push({
          ...record,
          status: 400,
          error: refusal.error.message,
          promptTokens: 0,
          completionTokens: 0,
          cachedTokens: 0,
          toolCalls: [],
          fault: undefined,
          authorization: req.headers.authorization ?? null,
          body,
        })
        res.writeHead(400, { 'content-type': 'application/json' })
        res.end(JSON.stringify(refusal))
        return
      }
      const fault = faultFor(call, a.summary ? undefined : a.turn)
      const cachedTokens = fault ? 0 : Math.min(a.promptTokens, a.step.usage?.cached ?? cachedTokensOf(a.serialized))
      if (!fault) served.add(a.serialized)
      requests.push({
        ...record,
        status: fault?.kind === 'status' ? (fault.status ?? 500) : fault ? null : 200,
        promptTokens: a.promptTokens,
        completionTokens: a.completionTokens,
        cachedTokens,
        toolCalls: a.toolCalls.map((c) => c.function.name),
        fault: fault?.kind,
        authorization: req.headers.authorization ?? null,
        body,
      })
      const respond = () => {
        if (fault?.kind === 'hang') return
        if (fault?.kind === 'drop') return req.socket.destroy()
        if (fault?.kind === 'status') {
          // Providers say when to retry; the AI SDK honours retry-after-ms, which keeps tests quick.
          res.writeHead(fault.status ?? 500, { 'content-type': 'application/json', 'retry-after-ms': String(fault.retryAfterMs ?? 100) })
          res.end(JSON.stringify({ error: { message: `scripted failure at call ${call}`, type: 'server_error' } }))
          return
        }
        const created = 1_700_000_000 + call
        const usage = {
          prompt_tokens: a.promptTokens,
          completion_tokens: a.completionTokens,
          total_tokens: a.promptTokens + a.completionTokens,
          // OpenAI's prompt_tokens include the cached ones; the details say how many were.
          ...(cachedTokens > 0 ? { prompt_tokens_details: { cached_tokens: cachedTokens } } : {}),
        }
        const finish = a.toolCalls.length > 0 ? 'tool_calls' : 'stop'
        const base = { id: `chatcmpl-${a.turn}-${call}`, created, model: body.model ?? 'scripted' }
        if (body.stream === true) {
          res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' })
          const send = (/** @type {unknown} */ data) => res.write(`data: ${JSON.stringify(data)}\n\n`)
          const chunk = (/** @type {unknown} */ delta, /** @type {string|null} */ finishReason) =>
            send({ ...base, object: 'chat.completion.chunk', choices: [{ index: 0, delta, finish_reason: finishReason }] })
          chunk({ role: 'assistant', content: '' }, null)
          if (a.message.content) chunk({ content: a.message.content }, null)
          a.toolCalls.forEach((c, index) => chunk({ tool_calls: [{ index, ...c }] }, null))
          chunk({}, finish)
          send({ ...base, object: 'chat.completion.chunk', choices: [], usage })
          res.end('data: [DONE]\n\n')
          return
        }
        res.writeHead(200, { 'content-type': 'application/json' })
        res.end(
          JSON.stringify({ ...base, object: 'chat.completion', choices: [{ index: 0, message: a.message, finish_reason: finish }], usage }),
        )
      }
      const delay = fault?.afterMs ?? a.step.delayMs ?? 0
      if (delay > 0) setTimeout(respond, delay)
      else respond()
    })
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve(undefined))
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  const origin = `http://${options.host ?? '127.0.0.1'}:${port}`
  return {
    url: `${origin}/v1`,
    origin,
    port,
    requests,
    setScript(/** @type {import('./model-server.d.mts').ScriptInput} */ next) {
      script = normalizeScript(next)
    },
    setFaults(/** @type {import('./model-server.d.mts').Fault[]} */ next) {
      faults = [...next]
      fired.clear()
    },
    async close() {
      for (const s of sockets) s.destroy()
      await new Promise((resolve) => server.close(() => resolve(undefined)))
    },
  }
}

/** @param {string[]} argv */
function parseArgs(argv) {
  /** @type {Record<string, string>} */
  const out = {}
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? ''
    if (a.startsWith('--')) out[a.slice(2)] = argv[++i] ?? ''
  }
  return out
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = parseArgs(process.argv.slice(2))
  const script = args.script ? JSON.parse(readFileSync(args.script, 'utf8')) : []
  const server = await startModelServer({
    script,
    port: Number(args.port ?? 0),
    host: args.host ?? '127.0.0.1',
    ...(args['context-window'] ? { contextWindow: Number(args['context-window']) } : {}),
  })
  process.stdout.write(`MODEL_SERVER_URL=${server.url}\n`)
  const stop = () => void server.close().then(() => process.exit(0))
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}
