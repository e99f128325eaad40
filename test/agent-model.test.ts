// Model resolution (provider, key, base URL) and the scripted model server itself: streaming,
// the CLI, and answers chosen from the conversation (the same from a restarted server).
import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { generateText, streamText } from 'ai'
import { describe, expect, it } from 'vitest'
import { ModelConfigError, resolveModel } from '../src/agent/model.js'
import { toolDefinitions } from '../src/agent/tools/index.js'
import type { Provider } from '../src/inputs.js'
import { startModelServer } from './support/model-server.mjs'
import { tempDir } from './support/temp.js'

const dir = tempDir('ar-model-')
const settings = (provider: Provider, apiKey = '', baseUrl = '') => ({
  model: { provider, id: 'm-1', name: `${provider}/m-1` },
  apiKey,
  baseUrl,
})

describe('resolveModel', () => {
  it('fails before any work when the key is missing, naming the input and the variable', async () => {
    const cases: Array<[Provider, string]> = [
      ['anthropic', 'ANTHROPIC_API_KEY'],
      ['openai', 'OPENAI_API_KEY'],
      ['google', 'GOOGLE_GENERATIVE_AI_API_KEY'],
    ]
    for (const [provider, envName] of cases) {
      const attempt = () => resolveModel(settings(provider), { env: {} })
      await expect(attempt()).rejects.toThrow(ModelConfigError)
      await expect(attempt()).rejects.toThrow(new RegExp(`'api-key' input .* or the ${envName} environment variable`))
    }
  })

  it('takes the key from the input, else the provider variable, and hands it back for masking', async () => {
    const fromInput = await resolveModel(settings('anthropic', 'sk-ant-input'), { env: { ANTHROPIC_API_KEY: 'sk-ant-env' } })
    expect(fromInput).toMatchObject({ keySource: 'input', secrets: ['sk-ant-input'], name: 'anthropic/m-1' })
    const fromEnv = await resolveModel(settings('google'), { env: { GOOGLE_GENERATIVE_AI_API_KEY: 'g-key' } })
    expect(fromEnv).toMatchObject({ keySource: 'env', secrets: ['g-key'] })
    const openai = await resolveModel(settings('openai', '', 'https://proxy.example/v1'), { env: { OPENAI_API_KEY: 'sk-oa' } })
    expect(openai.model).toMatchObject({ provider: expect.stringMatching(/^openai/), modelId: 'm-1' })
  })

  it('needs a base URL for openai-compatible, and may run without a key', async () => {
    await expect(resolveModel(settings('openai-compatible'), { env: {} })).rejects.toThrow(/'base-url' input/)
    const server = await startModelServer({ script: [{ text: 'hi' }] })
    try {
      const keyless = await resolveModel(settings('openai-compatible', '', server.url), { env: {} })
      expect(keyless).toMatchObject({ keySource: 'none', secrets: [] })
      expect((await generateText({ model: keyless.model, prompt: 'hello', maxRetries: 0 })).text).toBe('hi')
      expect(server.requests[0]!.authorization).toBeNull()
      const keyed = await resolveModel(settings('openai-compatible', 'local-key', server.url), { env: {} })
      await generateText({ model: keyed.model, prompt: 'hello', maxRetries: 0 })
      expect(server.requests[1]!.authorization).toBe('Bearer local-key')
    } finally {
      await server.close()
    }
  })
})

describe('scripted model server', () => {
  const script = [
    { toolCalls: [{ name: 'list', args: { pattern: '*.ts' } }], usage: { input: 11, output: 7 } },
    { text: 'Done here.', usage: { input: 20, output: 3 } },
  ]

  it('streams text, tool calls and usage over SSE', async () => {
    const server = await startModelServer({ script })
    try {
      const { model } = await resolveModel(settings('openai-compatible', '', server.url), { env: {} })
      const first = streamText({ model, prompt: 'go', tools: toolDefinitions(10), maxRetries: 0 })
      const calls = await first.toolCalls
      expect(calls.map((c): [string, unknown] => [c.toolName, c.input])).toEqual([['list', { pattern: '*.ts' }]])
      expect(await first.usage).toMatchObject({ inputTokens: 11, outputTokens: 7 })
      expect(server.requests[0]).toMatchObject({ stream: true, turn: 0 })
    } finally {
      await server.close()
    }
  })

  it('answers from the conversation alone, so a restarted server continues where the first stopped', async () => {
    const conversation = {
      model: 'x',
      messages: [
        { role: 'user', content: 'go' },
        {
          role: 'assistant',
          content: null,
          tool_calls: [{ id: 'call_0_0_0', type: 'function', function: { name: 'list', arguments: '{}' } }],
        },
        { role: 'tool', tool_call_id: 'call_0_0_0', content: 'a.ts' },
      ],
    }
    const interrupted = {
      ...conversation,
      messages: [...conversation.messages.slice(0, 2), { role: 'tool', tool_call_id: 'call_0_0_0', content: 'Tool call interrupted: …' }],
    }
    const answers: unknown[] = []
    for (let i = 0; i < 2; i++) {
      const server = await startModelServer({ script })
      const post = async (body: unknown) =>
        (await fetch(`${server.url}/chat/completions`, { method: 'POST', body: JSON.stringify(body) })).json() as Promise<{
          choices: Array<{ message: { content: string | null; tool_calls?: Array<{ id: string }> } }>
        }>
      const done = await post(conversation)
      const again = await post(interrupted)
      answers.push(done.choices[0]!.message, again.choices[0]!.message.tool_calls?.[0]?.id)
      await server.close()
    }
    expect(answers[0]).toEqual({ role: 'assistant', content: 'Done here.' })
    expect(answers[1]).toBe('call_0_0_1') // turn 0 re-issued, with a fresh id
    expect(answers.slice(2)).toEqual(answers.slice(0, 2))
  })

  it('runs as a CLI that prints its URL and records requests', async () => {
    const file = join(dir, 'script.json')
    writeFileSync(file, JSON.stringify({ turns: script, faults: [{ kind: 'status', status: 503, call: 1 }] }))
    const child = spawn(process.execPath, ['test/support/model-server.mjs', '--script', file, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    try {
      const line = await new Promise<string>((resolve) => createInterface({ input: child.stdout }).once('line', resolve))
      const url = /^MODEL_SERVER_URL=(http:\/\/127\.0\.0\.1:\d+\/v1)$/.exec(line)?.[1]
      expect(url).toBeDefined()
      const body = JSON.stringify({ model: 'x', messages: [{ role: 'user', content: 'go' }] })
      expect((await fetch(`${url}/chat/completions`, { method: 'POST', body })).status).toBe(503)
      const ok = (await (await fetch(`${url}/chat/completions`, { method: 'POST', body })).json()) as { usage: unknown }
      expect(ok.usage).toEqual({ prompt_tokens: 11, completion_tokens: 7, total_tokens: 18 })
      const recorded = (await (await fetch(`${url!.replace(/\/v1$/, '')}/_requests`)).json()) as Array<{ call: number; fault?: string }>
      expect(recorded.map((r) => [r.call, r.fault ?? null])).toEqual([
        [1, 'status'],
        [2, null],
      ])
    } finally {
      child.kill('SIGTERM')
    }
  })
})
