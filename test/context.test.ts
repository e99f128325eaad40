// The context budget's pure parts: the window table, request estimates, the overflow wordings of
// each provider, which tool outputs are pruned, where the kept recent steps start, the cache
// breakpoints, and the store's compaction (one transaction, originals kept for the transcript).
import { join } from 'node:path'
import { APICallError, RetryError, type ModelMessage } from 'ai'
import { describe, expect, it } from 'vitest'
import { withCacheBreakpoints, cachedSystem, callProviderOptions } from '../src/agent/context/caching.js'
import {
  mechanicalSummary,
  PRUNED_MARKER,
  pruneToolResults,
  recentStart,
  SUMMARY_REQUEST,
  SUMMARY_REQUEST_PREFIX,
  summaryMessage,
} from '../src/agent/context/compaction.js'
import { estimateMessages, estimateTokens, TokenMeter } from '../src/agent/context/estimate.js'
import { contextOverflow } from '../src/agent/context/overflow.js'
import { capLimit, contextBudget, DEFAULT_CONTEXT_WINDOW, shrinkBudget } from '../src/agent/context/window.js'
import { INTERRUPTED_TEXT } from '../src/agent/history.js'
import { processDriver } from '../src/store/driver.js'
import { MIGRATIONS } from '../src/store/schema.js'
import { openStore } from '../src/store/index.js'
import { SUMMARY_REQUEST_PREFIX as SERVER_SUMMARY_PREFIX } from './support/model-server.mjs'
import { tempDir } from './support/temp.js'

const call = (id: string, toolName = 'read_file', input: unknown = { path: 'a.txt' }) => ({
  type: 'tool-call' as const,
  toolCallId: id,
  toolName,
  input,
})
const result = (id: string, value: string, toolName = 'read_file') => ({
  type: 'tool-result' as const,
  toolCallId: id,
  toolName,
  output: { type: 'text' as const, value },
})

/** A conversation of `steps` steps, each reading `chars` characters. */
function session(steps: number, chars: number): ModelMessage[] {
  const out: ModelMessage[] = [{ role: 'user', content: 'Read every file.' }]
  for (let i = 0; i < steps; i++) {
    out.push({ role: 'assistant', content: [call(`c${i}`)] })
    out.push({ role: 'tool', content: [result(`c${i}`, `${i}:`.padEnd(chars, 'x'))] })
  }
  return out
}

function overflowError(status: number, body: unknown, message = 'Bad Request'): APICallError {
  return new APICallError({
    message,
    url: 'http://x/v1',
    requestBodyValues: {},
    statusCode: status,
    responseBody: JSON.stringify(body),
    isRetryable: false,
  })
}

describe('contextBudget', () => {
  it('never asks for more output than the model gives, and holds GPT-5 under its most input', () => {
    expect(contextBudget({ provider: 'anthropic', id: 'claude-3-5-haiku-latest' }).reserve).toBe(8_192)
    expect(contextBudget({ provider: 'openai', id: 'gpt-4o' }).reserve).toBe(16_384)
    expect(contextBudget({ provider: 'openai-compatible', id: 'gpt-4o' }).reserve).toBe(16_384)
    expect(contextBudget({ provider: 'google', id: 'gemini-2.0-flash' }).reserve).toBe(8_192)
    expect(contextBudget({ provider: 'anthropic', id: 'claude-opus-4-1' }).reserve).toBe(32_000)
    expect(contextBudget({ provider: 'openai', id: 'gpt-5' })).toMatchObject({ window: 400_000, limit: 272_000 })
    // The input sets the window; the model's most output still caps the answer.
    expect(contextBudget({ provider: 'anthropic', id: 'claude-3-5-haiku-latest' }, 100_000).reserve).toBe(8_192)
    expect(capLimit(contextBudget({ provider: 'openai', id: 'gpt-5' }), 100_000).limit).toBe(100_000)
  })

  it('knows the common models, keeps a reserve for the answer, and defaults conservatively', () => {
    expect(contextBudget({ provider: 'anthropic', id: 'claude-sonnet-4-5' })).toEqual({
      window: 200_000,
      source: 'table',
      reserve: 32_000,
      limit: 168_000,
    })
    expect(contextBudget({ provider: 'openai', id: 'gpt-5-mini' }).window).toBe(400_000)
    expect(contextBudget({ provider: 'openai', id: 'gpt-5-chat-latest' }).window).toBe(128_000)
    expect(contextBudget({ provider: 'google', id: 'gemini-2.5-pro' }).window).toBe(1_048_576)
    expect(contextBudget({ provider: 'openai-compatible', id: 'anthropic/claude-opus-4-1' }).window).toBe(200_000)
    expect(contextBudget({ provider: 'openai-compatible', id: 'llama-3.3-70b' })).toMatchObject({
      window: DEFAULT_CONTEXT_WINDOW,
      source: 'default',
    })
    expect(contextBudget({ provider: 'anthropic', id: 'claude-sonnet-4-5' }, 24_000)).toEqual({
      window: 24_000,
      source: 'input',
      reserve: 6_000,
      limit: 18_000,
    })
  })

  it('shrinks to a window the provider named, never grows', () => {
    const b = contextBudget({ provider: 'anthropic', id: 'claude-sonnet-4-5' })
    expect(shrinkBudget(b, 100_000)).toMatchObject({ window: 100_000, limit: 75_000 })
    expect(shrinkBudget(b, 300_000)).toBe(b)
  })
})

describe('contextOverflow', () => {
  it('reads each provider’s wording and its numbers', () => {
    const anthropic = {
      type: 'error',
      error: { type: 'invalid_request_error', message: 'prompt is too long: 210432 tokens > 200000 maximum' },
    }
    expect(contextOverflow(overflowError(400, anthropic, 'prompt is too long: 210432 tokens > 200000 maximum'))).toEqual({
      tokens: 210_432,
      window: 200_000,
    })
    const maxTokens =
      'input length and `max_tokens` exceed context limit: 190000 + 32000 > 200000, decrease input length or `max_tokens` and try again'
    expect(contextOverflow(overflowError(400, {}, maxTokens))).toEqual({ tokens: 190_000, window: 200_000 })
    const openai = {
      error: {
        message:
          "This model's maximum context length is 24000 tokens. However, your messages resulted in 30001 tokens. Please reduce the length of the messages.",
        type: 'invalid_request_error',
        param: 'messages',
        code: 'context_length_exceeded',
      },
    }
    expect(contextOverflow(overflowError(400, openai))).toEqual({ tokens: 30_001, window: 24_000 })
    const requested = {
      error: {
        message:
          "This model's maximum context length is 12000 tokens. However, you requested 13421 tokens (1421 in the messages, 12000 in the completion). Please reduce the length of the messages or completion.",
        code: 'context_length_exceeded',
      },
    }
    expect(contextOverflow(overflowError(400, requested))).toEqual({ tokens: 1_421, window: 12_000 })
    const responses = {
      error: {
        message: 'Your input exceeds the context window of this model. Please adjust your input and try again.',
        code: 'context_length_exceeded',
      },
    }
    expect(contextOverflow(overflowError(400, responses))).toEqual({})
    const google = {
      error: {
        code: 400,
        message: 'The input token count (1200000) exceeds the maximum number of tokens allowed (1048576).',
        status: 'INVALID_ARGUMENT',
      },
    }
    expect(contextOverflow(overflowError(400, google))).toEqual({ tokens: 1_200_000, window: 1_048_576 })
  })

  it('is not fooled by other errors, and looks inside a RetryError', () => {
    expect(contextOverflow(overflowError(400, { error: { message: 'Invalid `signature` in `thinking` block' } }))).toBeUndefined()
    expect(contextOverflow(overflowError(500, { error: { message: 'prompt is too long: 3 tokens > 2 maximum' } }))).toBeUndefined()
    expect(contextOverflow(new Error('prompt is too long: 3 tokens > 2 maximum'))).toBeUndefined()
    const inner = overflowError(400, {}, 'prompt is too long: 30 tokens > 20 maximum')
    expect(contextOverflow(new RetryError({ message: 'failed', reason: 'errorNotRetryable', errors: [inner] }))).toEqual({
      tokens: 30,
      window: 20,
    })
  })
})

describe('TokenMeter', () => {
  it('adds an estimate of what was added to the reported size of the last request', () => {
    const meter = new TokenMeter(100)
    const conv = session(2, 300)
    expect(meter.estimate(conv)).toBe(100 + estimateMessages(conv))
    meter.observe(conv, 5_000, 1, 40)
    const more = [
      ...conv,
      { role: 'assistant', content: [call('n')] },
      { role: 'tool', content: [result('n', 'y'.repeat(900))] },
    ] as ModelMessage[]
    expect(meter.estimate(more)).toBe(5_040 + estimateMessages(more.slice(conv.length + 1)))
    meter.reset()
    expect(meter.estimate(more)).toBe(100 + estimateMessages(more)) // the provider counted more than we did: no change
    meter.observe(conv, Math.round((100 + estimateMessages(conv)) * 0.75), 1, 40)
    meter.reset()
    // It counted less: a conversation not sent yet is estimated in its measure.
    expect(meter.fresh(more)).toBe(Math.ceil(0.75 * (100 + estimateMessages(more))) + 1)
  })

  it('leans high (bytes / 3, non-ASCII counted by its bytes)', () => {
    expect(estimateTokens('abc')).toBe(1)
    expect(estimateTokens('€€€')).toBe(3) // 9 bytes
    expect(estimateTokens({ a: 1 })).toBe(3) // {"a":1}
  })

  it('grows its estimates after a refusal only by the provider’s own count; never runs away without one', () => {
    const meter = new TokenMeter(0)
    const conv = session(1, 3000)
    const before = meter.estimate(conv)
    meter.refused(before, { tokens: before * 2 })
    expect(meter.estimate(conv)).toBeGreaterThanOrEqual(before * 2)
    const other = new TokenMeter(0)
    for (let i = 0; i < 5; i++) other.refused(before, {}) // the budget is lowered instead (loop.ts)
    expect(other.estimate(conv)).toBe(before)
  })
})

describe('compaction choices', () => {
  it('keeps the latest steps that fit, and always the last one', () => {
    const conv = session(10, 3000)
    const oneStep = estimateMessages(conv.slice(-2))
    expect(recentStart(conv, oneStep * 3)).toBe(conv.length - 6)
    expect(recentStart(conv, 10)).toBe(conv.length - 2)
    expect(conv[recentStart(conv, oneStep * 3)]!.role).toBe('assistant')
    expect(recentStart([{ role: 'user', content: 'hi' }], 100)).toBe(1)
  })

  it('stubs old outputs oldest first until enough is freed, keeping short and interrupted ones', () => {
    const conv = session(6, 3000)
    conv[4] = { role: 'tool', content: [{ ...result('c1', ''), output: { type: 'error-text', value: INTERRUPTED_TEXT } }] }
    conv[6] = { role: 'tool', content: [result('c2', 'short')] }
    const copy = structuredClone(conv)
    const { messages, pruned, freed } = pruneToolResults(conv, 9, 1_500)
    expect(conv).toEqual(copy) // pure
    expect(pruned).is.greaterThan(0)
    expect(freed).toBeGreaterThanOrEqual(1_500)
    const text = (i: number) => (messages[i] as { content: Array<{ output: { value: string } }> }).content[0]!.output.value
    expect(text(2).startsWith(PRUNED_MARKER)).toBe(true)
    expect(text(2)).toContain('3,000 characters of read_file output')
    expect(text(4)).toBe(INTERRUPTED_TEXT)
    expect(text(6)).toBe('short')
    expect(text(10).startsWith('4:')).toBe(true) // after `before`
    // the calls stay, and every call keeps its result
    expect(messages.filter((m) => m.role === 'assistant')).toEqual(conv.filter((m) => m.role === 'assistant'))
  })

  it('frees no more than asked, and never re-stubs a stub', () => {
    const conv = session(6, 3000)
    const once = pruneToolResults(conv, conv.length, 1)
    expect(once.pruned).toBe(1)
    const all = pruneToolResults(once.messages, once.messages.length, Number.POSITIVE_INFINITY)
    expect(all.pruned).toBe(5)
  })

  it('puts the request and the summary first, and has a fallback that lists the steps', () => {
    const m = summaryMessage('Fix the bug in a.ts', 'Read a.ts; the bug is on line 3.')
    expect(m.content).toContain('<original-request>\nFix the bug in a.ts\n</original-request>')
    expect(m.content).toContain('<summary>\nRead a.ts; the bug is on line 3.\n</summary>')
    expect(summaryMessage('x'.repeat(20_000), 's').content.length).toBeLessThan(13_000)
    expect(mechanicalSummary(session(2, 10))).toContain('- called read_file {"path":"a.txt"}')
    expect(SUMMARY_REQUEST.startsWith(SUMMARY_REQUEST_PREFIX)).toBe(true)
    expect(SERVER_SUMMARY_PREFIX).toBe(SUMMARY_REQUEST_PREFIX)
  })
})

describe('prompt caching', () => {
  it('marks the system prompt, the newest message and where the previous request ended', () => {
    const conv = session(3, 10)
    const marked = withCacheBreakpoints(conv)
    const flagged = marked.flatMap((m, i) => (m.providerOptions?.anthropic ? [i] : []))
    expect(flagged).toEqual([conv.length - 3, conv.length - 1])
    expect(conv.some((m) => m.providerOptions)).toBe(false) // what is stored never carries them
    expect(cachedSystem('s').providerOptions).toEqual({ anthropic: { cacheControl: { type: 'ephemeral' } } })
    expect(callProviderOptions('ses_1')).toEqual({ openai: { store: false, promptCacheKey: 'ses_1' } })
  })
})

describe('store compaction', () => {
  it('swaps the live conversation in one transaction and keeps the originals for the transcript', () => {
    const { store } = openStore(join(tempDir('ar-context-'), 's.db'), { warn: () => {} })
    const id = store.createSession({ runId: '1', sessionKey: 'k' }).id
    store.beginAttempt(id, 1, { resumed: false, restoredFromAttempt: null })
    const conv = session(3, 50)
    store.appendMessages(id, 1, 1, conv)
    const replacement: ModelMessage[] = [summaryMessage('Read every file.', 'read three'), ...conv.slice(-2)]
    store.compact(
      id,
      {
        attempt: 1,
        step: 4,
        kind: 'summary',
        reason: 'budget',
        tokensBefore: 900,
        tokensAfter: 200,
        prunedResults: 0,
        summarizedMessages: 5,
      },
      replacement,
    )
    expect(store.loadMessages(id)).toEqual(replacement)
    expect(store.loadMessages(id, { transcript: true })).toEqual([...conv, ...replacement])
    expect(store.listCompactions(id)).toMatchObject([{ kind: 'summary', step: 4, tokensBefore: 900, summarizedMessages: 5 }])
    expect(store.getAttempt(id, 1)!.compactions).toBe(1)
    // a kept copy of a step is not a second model call of that step
    expect(store.unfinishedCalls(id, 2, 'Tool call interrupted')).toEqual({ calls: 0, tokensIn: 0 })
    store.close()
  })

  it('migrates a database written before compaction existed', () => {
    const path = join(tempDir('ar-context-v1-'), 's.db')
    const old = processDriver().open(path)
    old.exec(MIGRATIONS[0]!)
    old.pragma('application_id = 1095909681')
    old.pragma('user_version = 1')
    old.prepare("INSERT INTO sessions (id, created_at, updated_at, metadata) VALUES ('s1', 1, 1, '{}')").run()
    old.close()
    const { store } = openStore(path, { warn: (m) => expect.fail(m) })
    expect(store.loadMessages('s1')).toEqual([])
    expect(store.listCompactions('s1')).toEqual([])
    store.close()
  })
})
