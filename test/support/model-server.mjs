// A scripted, OpenAI-compatible chat-completions server on 127.0.0.1 for tests, the demo and
// the bench. Plain ESM JavaScript (types in model-server.d.mts) so TypeScript tests and plain
// node scripts can both start it; also a CLI:
//
//   node test/support/model-server.mjs --script script.json [--port 0] [--host 127.0.0.1]
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
// Fault injection: `faults: [{ kind, call?, turn?, times?, status?, afterMs? }]`. `call` is the
// 1-based count of requests this server process has received; `turn` is the script index above
// (0-based) and fires at most `times` times (default 1) in this process. kinds: 'status' (HTTP
// `status`, default 500), 'hang' (never answer; the socket stays open until close()), 'drop'
// (destroy the connection without an answer).
import { createServer } from 'node:http'
import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'

export const INTERRUPTED_MARKER = 'Tool call interrupted'
/** First words of the loop's request for a final answer after an empty one (src/agent/loop.ts). */
export const ASK_FOR_ANSWER_PREFIX = 'Your last reply was empty.'

/** An escaped high surrogate not followed by a low one, or a low one not after a high one (an escaped backslash before `u` is text). */
const LONE_SURROGATE =
  /(?<!\\)(?:\\\\)*(?:\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2})/

/** @param {unknown} content */
function textOf(content) {
  if (typeof content === 'string') return content
  if (Array.isArray(content)) return content.map((p) => (p && typeof p === 'object' && 'text' in p ? String(p.text) : '')).join('')
  return ''
}

/**
 * The script index a request is answered with (see THE RULE above).
 * @param {Array<Record<string, any>>} messages
 * @param {string} marker
 */
export function turnOf(messages, marker = INTERRUPTED_MARKER) {
  const interruptedIds = new Set(
    messages.filter((m) => m.role === 'tool' && textOf(m.content).startsWith(marker)).map((m) => m.tool_call_id),
  )
  let assistants = 0
  let interrupted = 0
  for (const m of messages) {
    if (m.role !== 'assistant') continue
    assistants++
    const calls = Array.isArray(m.tool_calls) ? m.tool_calls : []
    if (calls.some((c) => interruptedIds.has(c.id))) interrupted++
  }
  return { turn: assistants - interrupted, assistants }
}

/** @param {import('./model-server.d.mts').ScriptInput} input */
function normalizeScript(input) {
  if (Array.isArray(input)) return { turns: input, faults: [] }
  return { turns: input.turns ?? [], faults: input.faults ?? [], finalText: input.finalText }
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

  /** @param {number} call @param {number} turn */
  function faultFor(call, turn) {
    for (const [i, f] of faults.entries()) {
      if (f.call !== undefined && f.call === call) return f
      if (f.turn !== undefined && f.turn === turn && (fired.get(i) ?? 0) < (f.times ?? 1)) {
        fired.set(i, (fired.get(i) ?? 0) + 1)
        return f
      }
    }
    return undefined
  }

  /** @param {any} body */
  function answer(body) {
    const messages = Array.isArray(body.messages) ? body.messages : []
    const { turn, assistants } = turnOf(messages, marker)
    const scripted = script.turns[turn] ?? { text: script.finalText ?? 'All done.' }
    // The agent answers an empty final turn with a request for an answer (src/agent/loop.ts
    // ASK_FOR_ANSWER, keyed here on its first words): a turn's `whenAsked` is the reply to that.
    const last = messages.at(-1)
    const asked = last?.role === 'user' && textOf(last.content).startsWith(ASK_FOR_ANSWER_PREFIX)
    const step = asked && scripted.whenAsked ? scripted.whenAsked : scripted
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
    // Default usage grows with the conversation, so resume-vs-restart comparisons are meaningful.
    const promptTokens = step.usage?.input ?? Math.ceil(JSON.stringify(messages).length / 4)
    const completionTokens = step.usage?.output ?? Math.ceil(JSON.stringify(message).length / 4)
    return { turn, step, message, toolCalls, promptTokens, completionTokens }
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
      const fault = faultFor(call, a.turn)
      requests.push({
        call,
        turn: a.turn,
        stream: body.stream === true,
        messageCount: Array.isArray(body.messages) ? body.messages.length : 0,
        promptTokens: a.promptTokens,
        completionTokens: a.completionTokens,
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
  const server = await startModelServer({ script, port: Number(args.port ?? 0), host: args.host ?? '127.0.0.1' })
  process.stdout.write(`MODEL_SERVER_URL=${server.url}\n`)
  const stop = () => void server.close().then(() => process.exit(0))
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}
