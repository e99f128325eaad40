// Long sessions through the bundled action (dist/main.js, then dist/post.js) on Node 20 and 24:
// a session several times longer than the model's window completes with no request over it, is
// killed after a compaction and resumed on a fresh runner from the compacted conversation (no
// finished tool runs again), recovers from a provider's "prompt is too long", and reports the
// prompt cache's figures in its outputs and job summary.
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { killGroup, RUNTIMES, SimulatedJob, type StageResult } from './support/action-harness.mjs'
import { startCacheService, type CacheService } from './support/cache-server.mjs'
import { startModelServer, type ModelServer, type ScriptTurn } from './support/model-server.mjs'
import { startAnthropicServer, type ProviderServer } from './support/provider-servers.mjs'
import { freshClone, makeOrigin } from './support/repo.mjs'
import { tempDir } from './support/temp.js'
import { until } from './support/process.js'

const root = tempDir('ar-e2e-context-')
const FILES = 12
const WINDOW = 24_000
let svc: CacheService
let chat: ModelServer
let origin: string

beforeAll(async () => {
  ;[svc, chat] = await Promise.all([startCacheService(), startModelServer({ contextWindow: WINDOW })])
  const files: Record<string, string> = { 'README.md': '# Notes\n' }
  for (let i = 0; i < FILES; i++) {
    const line = `note ${i}: the quick brown fox jumps over the lazy dog ${'0123456789'.repeat(3)}\n`
    files[`docs/n${i}.md`] = line.repeat(Math.ceil(6_000 / line.length)).slice(0, 6_000)
  }
  origin = makeOrigin(join(root, 'origin'), files)
})
afterAll(async () => {
  await chat?.close()
  await svc?.stop()
})

/** ~900 bytes the model says at each step: they stay when old outputs are pruned, so summaries are needed too. */
const THINKING = `Next note. ${'I keep track of what each note holds so that the final summary is complete. '.repeat(11)}`

/** `steps` bash steps, each logging its run outside the workspace and printing a ~6 KB note. */
function script(ledger: string, steps: number): ScriptTurn[] {
  return [
    ...Array.from({ length: steps }, (_, i) => ({
      text: `${THINKING} (${i})`,
      toolCalls: [{ name: 'bash', args: { command: `echo ${i} >> '${ledger}'; cat docs/n${i % FILES}.md` } }],
    })),
    { text: `Read ${steps} notes.` },
  ]
}

let runs = 0
function newJob(dir: string, runId: string, attempt: number, node: string, inputs: Record<string, string>): SimulatedJob {
  const job = new SimulatedJob({
    dir,
    runId,
    attempt,
    node,
    inputs: { prompt: 'Read every note.', 'github-token': '', 'max-steps': '100', 'context-window': String(WINDOW), ...inputs },
    env: svc.env,
  })
  freshClone(origin, job.workspace)
  return job
}

const logOf = (r: StageResult) => `${r.stdout}\n--- stderr ---\n${r.stderr}`
const lines = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8').trim().split('\n') : [])
const range = (k: number, m: number) => Array.from({ length: m - k }, (_, i) => String(k + i))
const groups = (stdout: string, prefix: string) => stdout.split('\n').filter((l) => l.startsWith(`::group::${prefix}`))

describe.each(RUNTIMES)('long sessions through dist on $label', ({ label, node }) => {
  it('a 40-step session in a 24k window: killed after a summary, resumed from it on a fresh runner', { timeout: 120_000 }, async () => {
    const name = `${label}-long`
    const ledger = join(root, `${name}.ledger`)
    mkdirSync(root, { recursive: true })
    const runId = `${process.pid}${String(++runs).padStart(3, '0')}`
    const STEPS = 40
    const HANG = 36
    chat.setScript(script(ledger, STEPS))
    chat.setFaults([{ kind: 'hang', turn: HANG }])
    const inputs = { model: 'openai-compatible/scripted', 'base-url': chat.url }

    const mark1 = chat.requests.length
    const job1 = newJob(join(root, name), runId, 1, node, inputs)
    const { child, done } = job1.start('main')
    let early: StageResult | undefined
    void done.then((r) => (early = r))
    await until(() => early !== undefined || chat.requests.slice(mark1).some((r) => r.fault === 'hang'), 60_000, 'the hanging call')
    expect(early, early && logOf(early)).toBeUndefined()
    killGroup(child)
    const main1 = await done
    const requests1 = chat.requests.slice(mark1)
    // It compacted, with both stages, before it was killed; nothing went over the window.
    expect(requests1.some((r) => r.summary)).toBe(true)
    expect(groups(main1.stdout, 'Compaction before step ').length).toBeGreaterThan(1)
    expect(main1.stdout).toContain('Stage 1: replaced')
    expect(main1.stdout).toContain('Stage 2: summarized')
    expect(main1.stdout).toContain(`Context window ${WINDOW.toLocaleString('en-US')} tokens (the 'context-window' input)`)
    expect(requests1.every((r) => r.inputTokens <= WINDOW && (r.status === 200 || r.fault === 'hang'))).toBe(true)
    expect(lines(ledger)).toEqual(range(0, HANG))
    const post1 = await job1.run('post')
    expect(post1.code, logOf(post1)).toBe(0)

    // Attempt 2: a fresh runner and clone.
    chat.setFaults([])
    const mark2 = chat.requests.length
    const job2 = newJob(join(root, name), runId, 2, node, inputs)
    const main2 = await job2.run('main')
    expect(main2.code, logOf(main2)).toBe(0)
    expect(main2.outputs).toMatchObject({ outcome: 'completed', resumed: 'true', steps: String(STEPS + 1 - HANG) })
    const requests2 = chat.requests.slice(mark2)
    expect(requests2.every((r) => r.status === 200 && r.inputTokens <= WINDOW)).toBe(true)
    // It went on from the compacted conversation: the summary first, then the note.
    const first = JSON.stringify(requests2[0]!.body)
    expect(first).toContain('was compacted')
    expect(first).toContain('The previous attempt (attempt 1) of this job was interrupted')
    // No finished tool ran again.
    expect(lines(ledger)).toEqual(range(0, STEPS))
    // The attempts table counts attempt 1's compactions.
    const row1 = main2.summary.split('\n').find((l) => l.startsWith('| 1 |'))!
    expect(Number(row1.split('|').at(-2)!.trim())).toBeGreaterThan(1)
  })

  it('Anthropic: cached reads in tokens-cached and the summary, a refusal as too long recovered', { timeout: 120_000 }, async () => {
    const name = `${label}-anthropic`
    const ledger = join(root, `${name}.ledger`)
    // The server's window is smaller than the action was told: the first refusal corrects it.
    const server: ProviderServer = await startAnthropicServer({ script: script(ledger, 20), apiKey: 'sk-ant-test', contextWindow: 16_000 })
    try {
      const job = newJob(join(root, name), `${process.pid}${String(++runs).padStart(3, '0')}`, 1, node, {
        model: 'anthropic/claude-sonnet-4-5',
        'base-url': server.url,
        'api-key': 'sk-ant-test',
        'context-window': '48000',
      })
      const main = await job.run('main')
      expect(main.code, logOf(main)).toBe(0)
      expect(main.outputs.outcome).toBe('completed')
      const refused = server.requests.filter((r) => r.status !== 200)
      expect(refused).toHaveLength(1)
      expect(refused[0]!.error).toMatch(/prompt is too long|exceed context limit/)
      expect(main.stdout).toContain('the provider refused the request as too long')
      expect(lines(ledger)).toEqual(range(0, 20))
      const read = server.requests.reduce((s, r) => s + (r.cacheRead ?? 0), 0)
      expect(read).toBeGreaterThan(0)
      expect(main.outputs['tokens-cached']).toBe(String(read))
      expect(main.summary).toContain(`${read.toLocaleString('en-US')} read from the prompt cache`)
      const total = server.requests.filter((r) => r.status === 200).reduce((s, r) => s + r.inputTokens, 0)
      expect(main.outputs['tokens-input']).toBe(String(total))
    } finally {
      await server.close()
    }
  })

  it(
    'Anthropic, 30 steps: each step reads the history from the cache, billed-equivalent input ≤ 0.35 × uncached',
    { timeout: 120_000 },
    async () => {
      const name = `${label}-billed`
      const ledger = join(root, `${name}.ledger`)
      const server: ProviderServer = await startAnthropicServer({ script: script(ledger, 30), apiKey: 'sk-ant-test' })
      try {
        const job = newJob(join(root, name), `${process.pid}${String(++runs).padStart(3, '0')}`, 1, node, {
          model: 'anthropic/claude-sonnet-4-5',
          'base-url': server.url,
          'api-key': 'sk-ant-test',
          'context-window': '',
        })
        const main = await job.run('main')
        expect(main.code, logOf(main)).toBe(0)
        expect(main.stdout).toContain('Context window 200,000 tokens (the known models table)')
        const usage = server.requests.map((r) => (r.response as { usage: Record<string, number> }).usage)
        const read = usage.reduce((s, u) => s + u.cache_read_input_tokens!, 0)
        const write = usage.reduce((s, u) => s + u.cache_creation_input_tokens!, 0)
        const plain = usage.reduce((s, u) => s + u.input_tokens!, 0)
        expect((plain + 1.25 * write + 0.1 * read) / (plain + write + read)).toBeLessThanOrEqual(0.35)
        expect(main.outputs).toMatchObject({ 'tokens-input': String(plain + write + read), 'tokens-cached': String(read) })
        expect(lines(ledger)).toEqual(range(0, 30))
      } finally {
        await server.close()
      }
    },
  )
})
