// Scripted model servers on 127.0.0.1 that keep the rules of the real providers about the
// state a conversation carries: OpenAI's Responses API (run as with `store: false` or zero data
// retention: it keeps no items), Anthropic's Messages API (signed thinking blocks) and Google's
// Gemini API (thought signatures). Plain ESM JavaScript (types in provider-servers.d.mts).
//
// Like the real providers, none of them keeps conversation state: what a model said is
// verified from the request alone, against a key only the server holds. Reasoning the server
// issues is sealed (AES-256-GCM, like OpenAI's encrypted_content and Anthropic's redacted
// thinking) or signed (HMAC, like thinking signatures and thought signatures), so a request
// that sends back anything but the exact bytes issued is refused with the provider's own
// status and error body. Pass the same `secret` to two server processes and they verify each
// other's output, as two machines of one provider do.
//
// THE TURN RULE (as model-server.mjs): the answer is script.turns[turn], where turn is the
// number of model turns in the request (OpenAI: runs of consecutive model items; Anthropic:
// assistant messages; Gemini: model contents); past the end, a final text.
import { createServer } from 'node:http'
import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

// ── shared ──────────────────────────────────────────────────────────────────────────────────

/** The sentinel Google documents for function calls that have no signature of their own. */
export const SKIP_THOUGHT_SIGNATURE = 'skip_thought_signature_validator'

/** @param {string | undefined} secret */
function keyOf(secret) {
  return secret === undefined ? randomBytes(32) : createHash('sha256').update(secret).digest()
}

/** AES-256-GCM of a JSON value, base64 (standard alphabet, as the providers' blobs). */
function seal(/** @type {Buffer} */ key, /** @type {unknown} */ value) {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()])
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')
}

/** The value sealed in `blob`, or undefined when it was not sealed with `key` or was altered. */
function unseal(/** @type {Buffer} */ key, /** @type {unknown} */ blob) {
  if (typeof blob !== 'string') return undefined
  try {
    const raw = Buffer.from(blob, 'base64')
    if (raw.toString('base64') !== blob || raw.length < 29) return undefined
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12))
    decipher.setAuthTag(raw.subarray(12, 28))
    return JSON.parse(Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8'))
  } catch {
    return undefined
  }
}

/** A signature binding `content`: base64(nonce ‖ HMAC-SHA256(key, nonce ‖ content)). */
function sign(/** @type {Buffer} */ key, /** @type {string} */ content) {
  const nonce = randomBytes(16)
  const mac = createHmac('sha256', key).update(nonce).update(content, 'utf8').digest()
  return Buffer.concat([nonce, mac]).toString('base64')
}

function verify(/** @type {Buffer} */ key, /** @type {unknown} */ signature, /** @type {string} */ content) {
  if (typeof signature !== 'string') return false
  const raw = Buffer.from(signature, 'base64')
  if (raw.length !== 48 || raw.toString('base64') !== signature) return false
  const mac = createHmac('sha256', key).update(raw.subarray(0, 16)).update(content, 'utf8').digest()
  return timingSafeEqual(mac, raw.subarray(16))
}

function hex(/** @type {number} */ bytes) {
  return randomBytes(bytes).toString('hex')
}

/** Roughly what a tokenizer makes of a JSON value. */
function tokens(/** @type {unknown} */ value) {
  return Math.ceil((typeof value === 'string' ? value : (JSON.stringify(value) ?? '')).length / 4)
}

/** Characters two strings share from the start. */
function commonPrefix(/** @type {string} */ a, /** @type {string} */ b) {
  const n = Math.min(a.length, b.length)
  let i = 0
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++
  return i
}

/** @param {import('./provider-servers.d.mts').ProviderScriptInput | undefined} input */
function normalizeScript(input) {
  if (input === undefined) return { turns: [], finalText: 'All done.' }
  if (Array.isArray(input)) return { turns: input, finalText: 'All done.' }
  return { turns: input.turns ?? [], finalText: input.finalText ?? 'All done.' }
}

class Refusal extends Error {
  /** @param {number} status @param {unknown} body */
  constructor(status, body) {
    super(`refused with ${status}`)
    this.status = status
    this.body = body
  }
}

/**
 * An HTTP server answering JSON POSTs with `handle`, recording every request.
 * @param {import('./provider-servers.d.mts').ProviderServerOptions} options
 * @param {(ctx: { path: string; headers: import('node:http').IncomingHttpHeaders; body: any; call: number }) =>
 *   { status: number; body: unknown; model?: string; turn?: number; error?: string; notes?: Record<string, unknown> }} handle
 * @param {(path: string) => unknown} badPath the body of a 404
 */
async function serveJson(options, handle, badPath) {
  /** @type {import('./provider-servers.d.mts').ProviderRequest[]} */
  const requests = []
  const sockets = new Set()
  const server = createServer((req, res) => {
    const chunks = []
    req.on('data', (c) => chunks.push(c))
    req.on('end', () => {
      const path = new URL(req.url ?? '/', 'http://x').pathname
      const send = (/** @type {number} */ status, /** @type {unknown} */ body) => {
        res.writeHead(status, { 'content-type': 'application/json' })
        res.end(JSON.stringify(body))
      }
      if (req.method !== 'POST') return send(404, badPath(path))
      /** @type {any} */
      let body
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'))
      } catch {
        return send(400, { error: { message: 'We could not parse the JSON body of your request.', type: 'invalid_request_error' } })
      }
      const call = requests.length + 1
      /** @type {ReturnType<typeof handle>} */
      let out
      try {
        out = handle({ path, headers: req.headers, body, call })
      } catch (error) {
        if (!(error instanceof Refusal)) throw error
        out = { status: error.status, body: error.body }
      }
      requests.push({
        call,
        path,
        model: out.model ?? String(body?.model ?? ''),
        turn: out.turn ?? -1,
        status: out.status,
        ...(out.status === 200 ? {} : { error: errorText(out.body) }),
        headers: {
          authorization: req.headers.authorization,
          'x-api-key': /** @type {string|undefined} */ (req.headers['x-api-key']),
          'anthropic-version': /** @type {string|undefined} */ (req.headers['anthropic-version']),
          'x-goog-api-key': /** @type {string|undefined} */ (req.headers['x-goog-api-key']),
        },
        body,
        response: out.body,
        notes: out.notes ?? {},
      })
      send(out.status, out.body)
    })
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  const host = options.host ?? '127.0.0.1'
  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => resolve(undefined))
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    origin: `http://${host}:${port}`,
    port,
    requests,
    async close() {
      for (const s of sockets) s.destroy()
      await new Promise((resolve) => server.close(() => resolve(undefined)))
    },
  }
}

/** The message of any of the three providers' error bodies. */
function errorText(/** @type {any} */ body) {
  return String(body?.error?.message ?? '')
}

// ── OpenAI Responses API ────────────────────────────────────────────────────────────────────

/** Models that reason, as OpenAI's: the o-series and gpt-5 (not gpt-5-chat). */
const OPENAI_REASONING = /^(o\d|gpt-5(?!-chat))/

function openaiError(/** @type {number} */ status, /** @type {string} */ message, /** @type {string|null} */ param, code = null) {
  return new Refusal(status, { error: { message, type: 'invalid_request_error', param, code } })
}

/** The items a model answer consists of (a run of them is one model turn). */
function isModelItem(/** @type {any} */ item) {
  return (
    item?.type === 'reasoning' ||
    item?.type === 'function_call' ||
    item?.type === 'item_reference' ||
    (item?.role === 'assistant' && (item.type === undefined || item.type === 'message'))
  )
}

/**
 * POST /v1/responses, non-streaming. Keeps no items (as `store: false` or zero data retention):
 * an `item_reference`, or a reasoning item sent by id without its encrypted_content, is answered
 * 400 "Item with id … not found"; a reasoning item whose encrypted_content is not exactly one
 * this server issued (for that item id) is answered 400 invalid_encrypted_content.
 * encrypted_content is issued only when the request's `include` asks for
 * 'reasoning.encrypted_content'; summaries only when `reasoning.summary` is set.
 * @param {import('./provider-servers.d.mts').ProviderServerOptions} [options]
 */
export async function startOpenAIResponsesServer(options = {}) {
  let script = normalizeScript(options.script)
  const key = keyOf(options.secret)
  let previousInput = ''

  /** @param {any} input */
  function validate(input) {
    const calls = new Set()
    for (const [i, item] of input.entries()) {
      if (item?.type === 'item_reference' || (item?.type === 'reasoning' && item.encrypted_content == null && item.id != null)) {
        throw openaiError(
          400,
          `Item with id '${item.id}' not found. Items are not persisted when \`store\` is set to false. Try again with \`store\` set to true, or remove this item from your input.`,
          'input',
        )
      }
      if (item?.type === 'reasoning') {
        if (item.encrypted_content == null) {
          throw openaiError(
            400,
            `Missing required parameter: 'input[${i}].encrypted_content'.`,
            `input[${i}].encrypted_content`,
            'missing_required_parameter',
          )
        }
        const sealed = unseal(key, item.encrypted_content)
        if (sealed === undefined || (item.id != null && sealed.id !== item.id)) {
          throw openaiError(
            400,
            `The encrypted content for item ${item.id ?? `input[${i}]`} could not be verified. Reason: Encrypted content could not be decrypted or parsed.`,
            null,
            'invalid_encrypted_content',
          )
        }
        const next = input[i + 1]
        if (!isModelItem(next) || next.type === 'reasoning') {
          throw openaiError(
            400,
            `Item '${item.id ?? `input[${i}]`}' of type 'reasoning' was provided without its required following item.`,
            'input',
          )
        }
      }
      if (item?.type === 'function_call') calls.add(item.call_id)
      if (item?.type === 'function_call_output' && !calls.has(item.call_id)) {
        throw openaiError(400, `No tool call found for function call output with call_id ${item.call_id}.`, 'input')
      }
    }
  }

  const served = await serveJson(
    options,
    ({ path, headers, body, call }) => {
      if (!path.endsWith('/responses')) throw openaiError(404, `Invalid URL (POST ${path})`, null)
      const auth = headers.authorization ?? ''
      if (!auth.startsWith('Bearer ') || auth.length <= 'Bearer '.length) {
        throw new Refusal(401, {
          error: {
            message:
              "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
            type: 'invalid_request_error',
            param: null,
            code: null,
          },
        })
      }
      if (options.apiKey !== undefined && auth !== `Bearer ${options.apiKey}`) {
        throw new Refusal(401, {
          error: { message: 'Incorrect API key provided.', type: 'invalid_request_error', param: null, code: 'invalid_api_key' },
        })
      }
      const model = String(body.model ?? '')
      const input = typeof body.input === 'string' ? [{ role: 'user', content: body.input }] : Array.isArray(body.input) ? body.input : []
      validate(input)

      let turn = 0
      for (const [i, item] of input.entries()) if (isModelItem(item) && !isModelItem(input[i - 1])) turn++
      const step = script.turns[turn] ?? { text: script.finalText }
      const reasons = OPENAI_REASONING.test(model)
      const include = Array.isArray(body.include) ? body.include : []
      const output = []
      let reasoningTokens = 0
      if (reasons) {
        const id = `rs_${hex(24)}`
        const thought = step.reasoning ?? 'Deciding the next step.'
        const summary = body.reasoning?.summary != null ? [{ type: 'summary_text', text: thought }] : []
        reasoningTokens = step.usage?.reasoning ?? 64 + tokens(thought)
        output.push({
          id,
          type: 'reasoning',
          summary,
          ...(include.includes('reasoning.encrypted_content') ? { encrypted_content: seal(key, { id, model, thought }) } : {}),
        })
      }
      if (step.text !== undefined && step.text !== '') {
        output.push({
          id: `msg_${hex(24)}`,
          type: 'message',
          status: 'completed',
          role: 'assistant',
          content: [{ type: 'output_text', text: step.text, annotations: [], logprobs: [] }],
        })
      }
      for (const c of step.toolCalls ?? []) {
        output.push({
          id: `fc_${hex(24)}`,
          type: 'function_call',
          status: 'completed',
          call_id: c.id ?? `call_${hex(12)}`,
          name: c.name,
          arguments: JSON.stringify(c.args ?? {}),
        })
      }

      // Prompt caching: the prefix shared with the previous request, in 128-token steps from 1024.
      const inputText = JSON.stringify([body.instructions ?? null, body.tools ?? null, input])
      const shared = Math.floor(commonPrefix(previousInput, inputText) / 4)
      previousInput = inputText
      const inputTokens = step.usage?.input ?? tokens(inputText)
      const cachedTokens = step.usage?.cached ?? (shared >= 1024 ? Math.min(inputTokens, shared - (shared % 128)) : 0)
      const outputTokens = step.usage?.output ?? reasoningTokens + tokens(output.filter((o) => o.type !== 'reasoning'))
      return {
        status: 200,
        model,
        turn,
        body: {
          id: `resp_${hex(24)}`,
          object: 'response',
          created_at: 1_700_000_000 + call,
          status: 'completed',
          error: null,
          incomplete_details: null,
          instructions: body.instructions ?? null,
          model,
          output,
          parallel_tool_calls: body.parallel_tool_calls ?? true,
          previous_response_id: null,
          reasoning: { effort: reasons ? (body.reasoning?.effort ?? 'medium') : null, summary: body.reasoning?.summary ?? null },
          store: body.store ?? true,
          tool_choice: body.tool_choice ?? 'auto',
          tools: body.tools ?? [],
          usage: {
            input_tokens: inputTokens,
            input_tokens_details: { cached_tokens: cachedTokens },
            output_tokens: outputTokens,
            output_tokens_details: { reasoning_tokens: reasoningTokens },
            total_tokens: inputTokens + outputTokens,
          },
        },
      }
    },
    (path) => ({ error: { message: `Invalid URL (GET ${path})`, type: 'invalid_request_error', param: null, code: null } }),
  )
  return {
    ...served,
    url: `${served.origin}/v1`,
    setScript(/** @type {import('./provider-servers.d.mts').ProviderScriptInput} */ next) {
      script = normalizeScript(next)
    },
  }
}

// ── Anthropic Messages API ──────────────────────────────────────────────────────────────────

function anthropicError(/** @type {number} */ status, /** @type {string} */ type, /** @type {string} */ message) {
  return new Refusal(status, { type: 'error', error: { type, message }, request_id: `req_011C${hex(12)}` })
}

/** @param {any} content */
function blocksOf(content) {
  return typeof content === 'string' ? [{ type: 'text', text: content }] : Array.isArray(content) ? content : []
}

/**
 * POST /v1/messages, non-streaming. Thinks when the request enables thinking (enabled,
 * adaptive, between_tools) or, with `thinkingByDefault`, when it sets none (models that always
 * think). Every thinking block sent back must carry the signature issued with exactly its text,
 * every redacted_thinking block exactly the data issued; while thinking, the last assistant
 * message with tool_use must start with its thinking block. Refusals are Anthropic's 400
 * invalid_request_error bodies.
 * @param {import('./provider-servers.d.mts').AnthropicServerOptions} [options]
 */
export async function startAnthropicServer(options = {}) {
  let script = normalizeScript(options.script)
  const key = keyOf(options.secret)
  /** prefix hash → true, for cache_control breakpoints written before */
  const cache = new Set()

  /** @param {any[]} messages @param {boolean} thinking */
  function validate(messages, thinking) {
    for (const [i, message] of messages.entries()) {
      const blocks = blocksOf(message?.content)
      for (const [j, block] of blocks.entries()) {
        if (block?.type === 'thinking' && !verify(key, block.signature, `thinking\n${block.thinking}`)) {
          throw anthropicError(400, 'invalid_request_error', `messages.${i}.content.${j}: Invalid \`signature\` in \`thinking\` block`)
        }
        if (block?.type === 'redacted_thinking' && unseal(key, block.data) === undefined) {
          throw anthropicError(400, 'invalid_request_error', `messages.${i}.content.${j}: Invalid \`data\` in \`redacted_thinking\` block`)
        }
      }
      const uses = message?.role === 'assistant' ? blocks.filter((b) => b?.type === 'tool_use').map((b) => String(b.id)) : []
      if (uses.length > 0) {
        const answered = new Set(
          blocksOf(messages[i + 1]?.role === 'user' ? messages[i + 1].content : []).flatMap((b) =>
            b?.type === 'tool_result' ? [b.tool_use_id] : [],
          ),
        )
        const missing = uses.filter((id) => !answered.has(id))
        if (missing.length > 0) {
          throw anthropicError(
            400,
            'invalid_request_error',
            `messages.${i + 1}: \`tool_use\` ids were found without \`tool_result\` blocks immediately after: ${missing.join(', ')}. Each \`tool_use\` block must have a corresponding \`tool_result\` block in the next message.`,
          )
        }
      }
    }
    const last = messages.findLastIndex((m) => m?.role === 'assistant')
    const lastBlocks = last >= 0 ? blocksOf(messages[last].content) : []
    if (thinking && lastBlocks.some((b) => b?.type === 'tool_use')) {
      const first = lastBlocks[0]?.type
      if (first !== 'thinking' && first !== 'redacted_thinking') {
        throw anthropicError(
          400,
          'invalid_request_error',
          `messages.${last}.content.0.type: Expected \`thinking\` or \`redacted_thinking\`, but found \`${first}\`. When \`thinking\` is enabled, a final \`assistant\` message must start with a thinking block (preceeding the lastmost set of \`tool_use\` and \`tool_result\` blocks). We recommend you include thinking blocks from previous turns. To avoid this requirement, disable \`thinking\`. Please consult our documentation at https://docs.claude.com/en/docs/build-with-claude/extended-thinking`,
        )
      }
    }
  }

  /** Tokens before the last cache_control breakpoint (system, then messages), or 0. */
  function cachedPrefix(/** @type {any} */ body) {
    const items = [
      ...blocksOf(body.system).map((b) => ({ where: 'system', b })),
      ...(body.messages ?? []).flatMap((m) => blocksOf(m.content).map((b) => ({ where: m.role, b }))),
    ]
    const at = items.findLastIndex((x) => x.b?.cache_control != null)
    if (at < 0) return { tokens: 0, seen: false }
    const prefix = JSON.stringify([body.tools ?? null, items.slice(0, at + 1)])
    const hash = createHash('sha256').update(prefix).digest('hex')
    const seen = cache.has(hash)
    cache.add(hash)
    return { tokens: tokens(prefix), seen }
  }

  const served = await serveJson(
    options,
    ({ path, headers, body }) => {
      if (!path.endsWith('/messages')) throw anthropicError(404, 'not_found_error', 'Not Found')
      const apiKey = headers['x-api-key']
      if (typeof apiKey !== 'string' || apiKey === '' || (options.apiKey !== undefined && apiKey !== options.apiKey)) {
        throw anthropicError(401, 'authentication_error', 'invalid x-api-key')
      }
      if (headers['anthropic-version'] === undefined)
        throw anthropicError(400, 'invalid_request_error', 'anthropic-version: header is required')
      const model = String(body.model ?? '')
      const messages = Array.isArray(body.messages) ? body.messages : []
      const mode = body.thinking?.type
      const thinking =
        mode === 'enabled' || mode === 'adaptive' || mode === 'between_tools' || (mode === undefined && options.thinkingByDefault === true)
      validate(messages, thinking)

      const turn = messages.filter((m) => m?.role === 'assistant').length
      const step = script.turns[turn] ?? { text: script.finalText }
      const content = []
      if (thinking) {
        const thought = step.reasoning ?? 'Deciding the next step.'
        content.push({ type: 'thinking', thinking: thought, signature: sign(key, `thinking\n${thought}`) })
        if (step.redactedThinking) content.push({ type: 'redacted_thinking', data: seal(key, { model, hidden: `${thought} (hidden)` }) })
      }
      if (step.text !== undefined && step.text !== '') content.push({ type: 'text', text: step.text })
      for (const c of step.toolCalls ?? []) {
        content.push({ type: 'tool_use', id: c.id ?? `toolu_01${hex(11)}`, name: c.name, input: c.args ?? {} })
      }
      const cached = cachedPrefix(body)
      const all = step.usage?.input ?? tokens([body.system ?? null, body.tools ?? null, messages])
      const output = step.usage?.output ?? tokens(content)
      return {
        status: 200,
        model,
        turn,
        notes: { thinking },
        body: {
          id: `msg_01${hex(12)}`,
          type: 'message',
          role: 'assistant',
          model,
          content,
          stop_reason: (step.toolCalls ?? []).length > 0 ? 'tool_use' : 'end_turn',
          stop_sequence: null,
          usage: {
            input_tokens: Math.max(0, all - cached.tokens),
            cache_creation_input_tokens: step.usage?.cacheWrite ?? (cached.seen ? 0 : cached.tokens),
            cache_read_input_tokens: step.usage?.cacheRead ?? (cached.seen ? cached.tokens : 0),
            output_tokens: output,
            service_tier: 'standard',
          },
        },
      }
    },
    () => ({ type: 'error', error: { type: 'not_found_error', message: 'Not Found' } }),
  )
  return {
    ...served,
    url: `${served.origin}/v1`,
    setScript(/** @type {import('./provider-servers.d.mts').ProviderScriptInput} */ next) {
      script = normalizeScript(next)
    },
  }
}

// ── Google Gemini API ───────────────────────────────────────────────────────────────────────

function googleError(/** @type {number} */ code, /** @type {string} */ status, /** @type {string} */ message) {
  return new Refusal(code, { error: { code, message, status } })
}

/** What a thought signature is bound to: its part. */
function signedContent(/** @type {any} */ part) {
  if (part?.functionCall) return `functionCall\n${part.functionCall.name}\n${part.functionCall.id ?? ''}`
  return `text\n${part?.thought === true ? 'thought' : ''}\n${part?.text ?? ''}`
}

/** A user content that starts a turn (anything but function responses). */
function isStandardUser(/** @type {any} */ content) {
  return content?.role === 'user' && (content.parts ?? []).some((p) => p?.functionResponse == null)
}

/**
 * POST /v1beta/models/{model}:generateContent. Every thoughtSignature sent back must be one this
 * server issued for exactly that part (else 400 "Corrupted thought signature."), except Google's
 * documented skip_thought_signature_validator sentinel, which is accepted and counted in the
 * request's notes. For Gemini 3 models (or `requireSignatures`), the first functionCall part of
 * each model step of the current turn (after the last standard user message) must carry its
 * signature (else Google's 400 "Function call is missing a thought_signature …"). Thought
 * summaries (`thought: true` parts) are returned only when thinkingConfig.includeThoughts is set.
 * @param {import('./provider-servers.d.mts').GeminiServerOptions} [options]
 */
export async function startGeminiServer(options = {}) {
  let script = normalizeScript(options.script)
  const key = keyOf(options.secret)
  let previousContents = ''

  /** @param {any[]} contents @param {boolean} strict @returns {number} sentinels seen */
  function validate(contents, strict) {
    let skipped = 0
    for (const content of contents) {
      for (const part of content?.parts ?? []) {
        if (part?.thoughtSignature === undefined) continue
        if (part.thoughtSignature === SKIP_THOUGHT_SIGNATURE) skipped++
        else if (!verify(key, part.thoughtSignature, signedContent(part)))
          throw googleError(400, 'INVALID_ARGUMENT', 'Corrupted thought signature.')
      }
    }
    for (const [i, content] of contents.entries()) {
      if (content?.role !== 'model') continue
      const calls = (content.parts ?? []).filter((p) => p?.functionCall != null).length
      const next = contents[i + 1]
      const responses = next?.role === 'user' ? (next.parts ?? []).filter((p) => p?.functionResponse != null).length : 0
      if (calls > 0 && next !== undefined && responses !== calls) {
        throw googleError(
          400,
          'INVALID_ARGUMENT',
          'Please ensure that the number of function response parts is equal to the number of function call parts of the function call turn.',
        )
      }
    }
    if (strict) {
      const start = contents.findLastIndex((c) => isStandardUser(c))
      for (let i = start + 1; i < contents.length; i++) {
        const content = contents[i]
        if (content?.role !== 'model') continue
        const first = (content.parts ?? []).find((p) => p?.functionCall != null)
        if (first && first.thoughtSignature === undefined) {
          throw googleError(
            400,
            'INVALID_ARGUMENT',
            `Function call is missing a thought_signature in functionCall parts. This is required for tools to work correctly, and missing thought_signature may lead to degraded model performance. Additional data, function call \`default_api:${first.functionCall.name}\` , position ${i + 1}. Please refer to https://ai.google.dev/gemini-api/docs/thought-signatures for more details.`,
          )
        }
      }
    }
    return skipped
  }

  const served = await serveJson(
    options,
    ({ path, headers, body }) => {
      const match = /\/v1beta\/models\/([^/:]+):generateContent$/.exec(path)
      if (!match) throw googleError(404, 'NOT_FOUND', `Method not found: POST ${path}`)
      const apiKey = headers['x-goog-api-key']
      if (typeof apiKey !== 'string' || apiKey === '') {
        throw googleError(
          403,
          'PERMISSION_DENIED',
          "Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.",
        )
      }
      if (options.apiKey !== undefined && apiKey !== options.apiKey) {
        throw googleError(400, 'INVALID_ARGUMENT', 'API key not valid. Please pass a valid API key.')
      }
      const model = decodeURIComponent(match[1] ?? '')
      const contents = Array.isArray(body.contents) ? body.contents : []
      const strict = options.requireSignatures ?? /(^|\/)gemini-3/.test(model)
      const skipped = validate(contents, strict)

      const turn = contents.filter((c) => c?.role === 'model').length
      const step = script.turns[turn] ?? { text: script.finalText }
      const thought = step.reasoning ?? 'Deciding the next step.'
      const parts = []
      if (body.generationConfig?.thinkingConfig?.includeThoughts === true) parts.push({ text: thought, thought: true })
      if (step.text !== undefined && step.text !== '') parts.push({ text: step.text })
      const calls = (step.toolCalls ?? []).map((c) => ({ functionCall: { id: c.id ?? hex(4), name: c.name, args: c.args ?? {} } }))
      parts.push(...calls)
      // Gemini 3 signs the first function call of a step, or else the last part.
      const signed = calls[0] ?? parts.at(-1)
      if (signed) Object.assign(signed, { thoughtSignature: sign(key, signedContent(signed)) })

      // Implicit caching: the prefix shared with the previous request, from 1024 tokens.
      const text = JSON.stringify([body.systemInstruction ?? null, body.tools ?? null, contents])
      const shared = Math.floor(commonPrefix(previousContents, text) / 4)
      previousContents = text
      const promptTokens = step.usage?.input ?? tokens(text)
      const cachedTokens = step.usage?.cached ?? (shared >= 1024 ? Math.min(promptTokens, shared) : 0)
      const thoughtsTokens = step.usage?.reasoning ?? 48 + tokens(thought)
      const candidatesTokens = step.usage?.output ?? tokens(parts.filter((p) => p.thought !== true))
      return {
        status: 200,
        model,
        turn,
        notes: { skippedSignatures: skipped },
        body: {
          candidates: [{ content: { role: 'model', parts }, finishReason: 'STOP', index: 0 }],
          usageMetadata: {
            promptTokenCount: promptTokens,
            candidatesTokenCount: candidatesTokens,
            totalTokenCount: promptTokens + candidatesTokens + thoughtsTokens,
            thoughtsTokenCount: thoughtsTokens,
            ...(cachedTokens > 0 ? { cachedContentTokenCount: cachedTokens } : {}),
            promptTokensDetails: [{ modality: 'TEXT', tokenCount: promptTokens }],
          },
          modelVersion: model,
          responseId: hex(12),
        },
      }
    },
    (path) => ({ error: { code: 404, message: `Method not found: ${path}`, status: 'NOT_FOUND' } }),
  )
  return {
    ...served,
    url: `${served.origin}/v1beta`,
    setScript(/** @type {import('./provider-servers.d.mts').ProviderScriptInput} */ next) {
      script = normalizeScript(next)
    },
  }
}
