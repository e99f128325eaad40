// Bad configuration fails the bundled step before any work, with one message naming the input,
// and the post step then has nothing to do (and does not fail the job).
import { describe, expect, it } from 'vitest'
import { commands, RUNTIMES } from './support/action-harness.mjs'
import { logOf, newJob, nextRunId, runBoth, useWorld } from './e2e-cache-helpers.js'

const w = useWorld('ar-e2e-inputs-')

describe.each(RUNTIMES)('bad inputs under $label', ({ label, node }) => {
  it.each([
    [
      { 'max-steps': 'lots' },
      'Input \'max-steps\' is invalid: expected the most agent steps in one attempt: a whole number from 1 to 1000; got "lots".',
    ],
    [
      { model: 'acme/model-1' },
      "Input 'model' is invalid: expected 'provider/model-id' with provider one of: anthropic, openai, google, openai-compatible",
    ],
    [
      { model: 'anthropic/claude-sonnet-4-5', 'base-url': '' },
      "No API key for model 'anthropic/claude-sonnet-4-5': set the 'api-key' input",
    ],
  ])('%o', async (inputs, message) => {
    const before = w.model.requests.length
    const job = newJob(w, { runner: `inputs-${label}`, runId: nextRunId(), attempt: 1, node, inputs, env: { ANTHROPIC_API_KEY: '' } })
    const main = await job.run('main')
    expect(main.code, logOf(main)).toBe(1)
    expect(commands(main.stdout, 'error').join('\n')).toContain(message)
    expect(w.model.requests.length).toBe(before)
    const post = await job.run('post')
    expect(post.code, logOf(post)).toBe(0)
    expect(post.stdout).toContain('nothing to save')
  })
})

describe.each(RUNTIMES)('session keys users pass, under $label', ({ label, node }) => {
  it("a key with '/', '@', ',' and spaces runs, is saved under its encoded form, and a re-run resumes it", async () => {
    w.model.setScript([
      { toolCalls: [{ name: 'write_file', args: { path: 'one.txt', content: 'one\n' } }] },
      { toolCalls: [{ name: 'write_file', args: { path: 'two.txt', content: 'two\n' } }] },
      { text: 'Wrote two files.' },
    ])
    const runId = nextRunId()
    const key = 'build/pkg@1.2, tools & ü'
    const spec = { runner: `key-${label}`, runId, node }
    const r1 = await runBoth(newJob(w, { ...spec, attempt: 1, inputs: { 'session-key': key, 'max-steps': '1' } }))
    expect(r1.main.code, logOf(r1.main)).toBe(1)
    expect(r1.main.outputs['outcome']).toBe('max-steps')
    const encoded = 'build%2Fpkg%401.2%2C%20tools%20%26%20%C3%BC'
    expect(r1.post.stdout).toContain(`Session DB saved to the cache as agent-resume-${runId}-${encoded}-1-`)
    const r2 = await runBoth(newJob(w, { ...spec, attempt: 2, inputs: { 'session-key': key } }))
    expect(r2.main.code, logOf(r2.main)).toBe(0)
    expect(r2.main.outputs).toMatchObject({ outcome: 'completed', resumed: 'true', 'restored-from-attempt': '1' })
    expect(r2.main.stdout).toContain(`key '${key}'`)
  })
})
