// Bad configuration fails the bundled step before any work, with one message naming the input,
// and the post step then has nothing to do (and does not fail the job).
import { describe, expect, it } from 'vitest'
import { commands, RUNTIMES } from './support/action-harness.mjs'
import { logOf, newJob, nextRunId, useWorld } from './e2e-cache-helpers.js'

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
