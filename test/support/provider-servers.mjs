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
// THE TURN RULE (model-server.mjs's, countTurns there): the answer is script.turns[turn], where
// turn is the number of model turns in the request (OpenAI: runs of consecutive model items;
// Anthropic: assistant messages; Gemini: model contents), less those whose tool calls got a
// result starting with "Tool call interrupted"; past the end, a final text. Its compaction part
// too: a request whose last user message starts with "Summarize the work so far" is answered
// with text only, `Summary of the work so far (scripted). [turns done: N]`, and a request whose
// user messages hold `[turns done: N]` counts from N after the last of them.
//
// Context window (`contextWindow`, tokens): a request over it is refused with the provider's
// own 400 (Anthropic also when max_tokens does not fit in what is left). Every recorded
// request carries its token count (`inputTokens`) and whether it was a summary request.
//
// Prompt caching: Anthropic's by its rules (cache_control breakpoints, minimum sizes, the
// 20-block lookback, a TTL; see startAnthropicServer); OpenAI's and Gemini's automatic one as
// the prefix shared with the previous request.
import { createHash } from 'node:crypto'
import { commonPrefix, hex, keyOf, normalizeScript, Refusal, seal, serveJson, sign, tokens, unseal, verify } from './provider-common.mjs'
import { countTurns, INTERRUPTED_MARKER, SUMMARY_REQUEST_PREFIX, summaryTextFor } from './model-server.mjs'

export { SUMMARY_REQUEST_PREFIX }

/** The sentinel Google documents for function calls that have no signature of their own. */
export const SKIP_THOUGHT_SIGNATURE = 'skip_thought_signature_validator'

/** The text of a message content: a string, or the text of its parts. */
function textOf(/** @type {unknown} */ content) {
  return textsOf(content).join('')
}

/** The text parts of a message content (a string is one). @returns {string[]} */
function textsOf(/** @type {unknown} */ content) {
  if (typeof content === 'string') return [content]
  if (!Array.isArray(content)) return []
  return content.flatMap((p) => (typeof p?.text === 'string' ? [p.text] : []))
}

/**
 * The step a request is answered with: the summary for a summary request, else the script's.
 * @param {ReturnType<typeof normalizeScript>} script @param {{ turn: number; summary: boolean }} count
 * @returns {import('./provider-servers.d.mts').ProviderScriptTurn}
 */
function stepFor(script, count) {
  if (count.summary) return { text: summaryTextFor(count.turn, script.summaryText), reasoning: 'Summarizing the work so far.' }
  return script.turns[count.turn] ?? { text: script.finalText }
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

/** THE TURN RULE over Responses input items: a run of model items is one model turn. */
function responsesTurn(/** @type {any[]} */ input) {
  const interrupted = new Set(
    input.flatMap((item) =>
      item?.type === 'function_call_output' && textOf(item.output).startsWith(INTERRUPTED_MARKER) ? [item.call_id] : [],
    ),
  )
  /** @type {import('./model-server.d.mts').ConversationEntry[]} */
  const entries = []
  for (const [i, item] of input.entries()) {
    if (item?.role === 'user' && (item.type === undefined || item.type === 'message'))
      entries.push({ role: 'user', texts: textsOf(item.content) })
    if (!isModelItem(item)) continue
    if (!isModelItem(input[i - 1])) entries.push({ role: 'assistant', interrupted: false })
    const run = entries.at(-1)
    if (run?.role === 'assistant' && item.type === 'function_call' && interrupted.has(item.call_id)) run.interrupted = true
  }
  return countTurns(entries)
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
    ({ path, headers, body, call, record }) => {
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
      const inputText = JSON.stringify([body.instructions ?? null, body.tools ?? null, input])
      record.inputTokens = tokens(inputText)
      validate(input)
      const count = responsesTurn(input)
      Object.assign(record, { turn: count.turn, summary: count.summary })
      if (options.contextWindow !== undefined && record.inputTokens > options.contextWindow) {
        throw openaiError(
          400,
          'Your input exceeds the context window of this model. Please adjust your input and try again.',
          'input',
          'context_length_exceeded',
        )
      }
      const step = stepFor(script, count)
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
      const shared = Math.floor(commonPrefix(previousInput, inputText) / 4)
      previousInput = inputText
      const inputTokens = step.usage?.input ?? record.inputTokens
      const cachedTokens = step.usage?.cached ?? (shared >= 1024 ? Math.min(inputTokens, shared - (shared % 128)) : 0)
      record.cacheRead = cachedTokens
      const outputTokens = step.usage?.output ?? reasoningTokens + tokens(output.filter((o) => o.type !== 'reasoning'))
      return {
        status: 200,
        model,
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

/** THE TURN RULE over Anthropic messages: tool results are tool_result blocks of user messages. */
function anthropicTurn(/** @type {any[]} */ messages) {
  const interrupted = new Set(
    messages.flatMap((m) =>
      m?.role !== 'user'
        ? []
        : blocksOf(m.content).flatMap((b) =>
            b?.type === 'tool_result' && textOf(b.content).startsWith(INTERRUPTED_MARKER) ? [b.tool_use_id] : [],
          ),
    ),
  )
  /** @type {import('./model-server.d.mts').ConversationEntry[]} */
  const entries = []
  for (const m of messages) {
    const blocks = blocksOf(m?.content)
    if (m?.role === 'user') entries.push({ role: 'user', texts: blocks.flatMap((b) => (b?.type === 'text' ? textsOf([b]) : [])) })
    if (m?.role === 'assistant') {
      entries.push({ role: 'assistant', interrupted: blocks.some((b) => b?.type === 'tool_use' && interrupted.has(b.id)) })
    }
  }
  return countTurns(entries)
}

/**
 * The prompt as Anthropic caches it: each tool definition, then the system blocks, then the
 * messages' content blocks, one block each. Per block: the hash of the prompt up to it and its
 * tokens (cache_control left out of both, as it does not change the cache key), and whether it
 * carries a breakpoint.
 * @param {any} body
 */
function measurePrompt(body) {
  const parts = [
    ...(Array.isArray(body.tools) ? body.tools : []).map((block) => ({ where: 'tools', block })),
    ...blocksOf(body.system).map((block) => ({ where: 'system', block })),
    ...(Array.isArray(body.messages) ? body.messages : []).flatMap((m, i) =>
      blocksOf(m?.content).map((block) => ({ where: `messages.${i}.${m?.role}`, block })),
    ),
  ]
  let hash = createHash('sha256')
    .update(`model\n${String(body.model ?? '')}`)
    .digest('hex')
  let total = 0
  /** @type {Array<{ hash: string; tokens: number }>} */
  const blocks = []
  /** @type {number[]} */
  const breakpoints = []
  for (const { where, block } of parts) {
    const { cache_control: cacheControl, ...rest } = block !== null && typeof block === 'object' ? block : { value: block }
    const text = JSON.stringify(rest)
    hash = createHash('sha256').update(`${hash}\n${where}\n${text}`).digest('hex')
    total += tokens(text)
    if (cacheControl != null) breakpoints.push(blocks.length)
    blocks.push({ hash, tokens: total })
  }
  return { blocks, breakpoints, total }
}

/**
 * Anthropic's prompt cache. A breakpoint writes the prompt up to it when that is at least the
 * model's minimum; each breakpoint reads the longest prefix written before that ends at it or
 * at one of the 20 blocks before it; the longest read over all breakpoints counts. An entry
 * lives `ttlMs` from when it was last written or read.
 * @param {{ ttlMs: number; now: () => number }} options
 */
function promptCache({ ttlMs, now }) {
  /** prefix hash → when last written or read */
  const entries = new Map()
  return {
    /** @param {ReturnType<typeof measurePrompt>} prompt @param {number} minTokens */
    use(prompt, minTokens) {
      const t = now()
      const live = (/** @type {string} */ hash) => {
        const at = entries.get(hash)
        if (at !== undefined && t - at >= ttlMs) entries.delete(hash)
        return at !== undefined && t - at < ttlMs
      }
      let hit = -1
      for (const at of prompt.breakpoints) {
        for (let j = at; j >= Math.max(0, at - 20); j--) {
          if (!live(prompt.blocks[j].hash)) continue
          hit = Math.max(hit, j)
          break
        }
      }
      const read = hit >= 0 ? prompt.blocks[hit].tokens : 0
      const last = prompt.breakpoints.at(-1)
      const upToLast = last === undefined ? 0 : prompt.blocks[last].tokens
      const write = upToLast >= minTokens ? Math.max(0, upToLast - read) : 0
      if (hit >= 0) entries.set(prompt.blocks[hit].hash, t)
      for (const at of prompt.breakpoints) if (prompt.blocks[at].tokens >= minTokens) entries.set(prompt.blocks[at].hash, t)
      return { read, write }
    },
  }
}

/**
 * POST /v1/messages, non-streaming. Thinks when the request enables thinking (enabled,
 * adaptive, between_tools) or, with `thinkingByDefault`, when it sets none (models that always
 * think). Every thinking block sent back must carry the signature issued with exactly its text,
 * every redacted_thinking block exactly the data issued; while thinking, the last assistant
 * message with tool_use must start with its thinking block. Refusals are Anthropic's 400
 * invalid_request_error bodies. The input is counted per prompt block (see measurePrompt);
 * usage splits it into cache reads, cache writes and the rest by Anthropic's caching rules
 * (promptCache; at most 4 cache_control blocks; minimum 1024 tokens, 2048 for haiku models).
 * @param {import('./provider-servers.d.mts').AnthropicServerOptions} [options]
 */
export async function startAnthropicServer(options = {}) {
  let script = normalizeScript(options.script)
  const key = keyOf(options.secret)
  const cache = promptCache({ ttlMs: options.cacheTtlMs ?? 300_000, now: options.now ?? Date.now })

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

  /** Anthropic's 400s for a request that does not fit the context window. */
  function checkContext(/** @type {number} */ input, /** @type {unknown} */ maxTokens) {
    const window = options.contextWindow
    if (window === undefined) return
    if (input > window) throw anthropicError(400, 'invalid_request_error', `prompt is too long: ${input} tokens > ${window} maximum`)
    const max = typeof maxTokens === 'number' ? maxTokens : 0
    if (input + max > window) {
      throw anthropicError(
        400,
        'invalid_request_error',
        `input length and \`max_tokens\` exceed context limit: ${input} + ${max} > ${window}, decrease input length or \`max_tokens\` and try again`,
      )
    }
  }

  const served = await serveJson(
    options,
    ({ path, headers, body, record }) => {
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
      const prompt = measurePrompt(body)
      record.inputTokens = prompt.total
      if (prompt.breakpoints.length > 4) {
        throw anthropicError(
          400,
          'invalid_request_error',
          `A maximum of 4 blocks with cache_control may be provided. Found ${prompt.breakpoints.length}.`,
        )
      }
      validate(messages, thinking)

      const count = anthropicTurn(messages)
      Object.assign(record, { turn: count.turn, summary: count.summary })
      checkContext(prompt.total, body.max_tokens)
      const step = stepFor(script, count)
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
      const cached = cache.use(prompt, options.minCacheTokens ?? (model.includes('haiku') ? 2048 : 1024))
      const all = step.usage?.input ?? prompt.total
      const cacheRead = step.usage?.cacheRead ?? cached.read
      const cacheWrite = step.usage?.cacheWrite ?? cached.write
      Object.assign(record, { cacheRead, cacheWrite })
      const output = step.usage?.output ?? tokens(content)
      return {
        status: 200,
        model,
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
            // Anthropic's input figure leaves out what was read from or written to the cache.
            input_tokens: Math.max(0, all - cacheRead - cacheWrite),
            cache_creation_input_tokens: cacheWrite,
            cache_read_input_tokens: cacheRead,
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

/** THE TURN RULE over Gemini contents: a model content's calls are answered by the next content. */
function geminiTurn(/** @type {any[]} */ contents) {
  const responseText = (/** @type {any} */ r) => [r?.content, r?.output, r?.result].find((x) => typeof x === 'string') ?? ''
  /** @type {import('./model-server.d.mts').ConversationEntry[]} */
  const entries = []
  for (const [i, content] of contents.entries()) {
    const parts = Array.isArray(content?.parts) ? content.parts : []
    if (content?.role === 'user') entries.push({ role: 'user', texts: parts.flatMap((p) => (typeof p?.text === 'string' ? [p.text] : [])) })
    if (content?.role !== 'model') continue
    const next = contents[i + 1]
    const answers = next?.role === 'user' && Array.isArray(next.parts) ? next.parts : []
    const interrupted =
      parts.some((p) => p?.functionCall != null) &&
      answers.some((p) => p?.functionResponse != null && responseText(p.functionResponse.response).startsWith(INTERRUPTED_MARKER))
    entries.push({ role: 'assistant', interrupted })
  }
  return countTurns(entries)
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
    ({ path, headers, body, record }) => {
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
      const text = JSON.stringify([body.systemInstruction ?? null, body.tools ?? null, contents])
      record.inputTokens = tokens(text)
      const skipped = validate(contents, strict)

      const count = geminiTurn(contents)
      Object.assign(record, { turn: count.turn, summary: count.summary })
      if (options.contextWindow !== undefined && record.inputTokens > options.contextWindow) {
        throw googleError(
          400,
          'INVALID_ARGUMENT',
          `The input token count (${record.inputTokens}) exceeds the maximum number of tokens allowed (${options.contextWindow}).`,
        )
      }
      const step = stepFor(script, count)
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
      const shared = Math.floor(commonPrefix(previousContents, text) / 4)
      previousContents = text
      const promptTokens = step.usage?.input ?? record.inputTokens
      const cachedTokens = step.usage?.cached ?? (shared >= 1024 ? Math.min(promptTokens, shared) : 0)
      record.cacheRead = cachedTokens
      const thoughtsTokens = step.usage?.reasoning ?? 48 + tokens(thought)
      const candidatesTokens = step.usage?.output ?? tokens(parts.filter((p) => p.thought !== true))
      return {
        status: 200,
        model,
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
