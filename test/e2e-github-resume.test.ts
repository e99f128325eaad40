// A comment-triggered run across two attempts, through the bundled action under Node 20 and
// Node 24: attempt 1 fails (a model error, or the step is SIGKILLed and only post runs), attempt
// 2 on a fresh runner resumes. One progress comment follows both; the resumed attempt's outputs
// and job summary account for what resuming saved.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { killGroup, RUNTIMES } from './support/action-harness.mjs'
import { loadEvent } from './support/github-fake.seed.js'
import type { ScriptTurn } from './support/model-server.mjs'
import { botComments, log, newJob, progressComments, runJob, useServices, userPrompt, type Services } from './e2e-github-env.js'

const services = useServices()
const ISSUE = 42
const FIXED = 'export const last = (n) => n\n'
const ANSWER = 'Fixed: `last` no longer drops the final page.'
const script = (delayMs?: number): ScriptTurn[] => [
  { toolCalls: [{ name: 'write_file', args: { path: 'src/paginate.js', content: FIXED } }] },
  { text: ANSWER, ...(delayMs ? { delayMs } : {}) },
]

function job(s: Services, node: string, dir: string, runId: string, attempt: number) {
  return newJob(s, { dir, runId, attempt, node, eventName: 'issue_comment', payload: loadEvent('issue_comment.issue') })
}

/** Attempt 2 on a fresh runner: resumes, finishes, and one progress comment tells the story. */
async function resumeAndCheck(s: Services, node: string, dir: string, runId: string, firstPrompt: string) {
  const before = s.model.requests.length
  const second = job(s, node, dir, runId, 2)
  const { main, post } = await runJob(second)
  expect(main.code, log(main)).toBe(0)
  expect(post.code, log(post)).toBe(0)
  expect(main.outputs['outcome']).toBe('completed')

  // Only the unfinished step was asked for, on top of the stored conversation.
  const requests = s.model.requests.slice(before)
  expect(requests.map((r) => r.turn)).toEqual([1])
  expect(userPrompt(requests[0])).toBe(firstPrompt)
  expect(readFileSync(join(second.workspace, 'src/paginate.js'), 'utf8')).toBe(FIXED)

  // The same comment, rewritten: never a second one.
  expect(s.github.requestsTo('POST', new RegExp(`/issues/${ISSUE}/comments$`))).toHaveLength(1)
  expect(botComments(s.github, ISSUE)).toHaveLength(1)
  const [comment] = progressComments(s.github, ISSUE, runId)
  expect(comment?.body).toContain('**✅ Done** · attempt 2 — resumed after step 1')
  expect(comment?.body).toContain(ANSWER)
  expect(comment?.body).toContain(`[run ${runId}, attempt 2](https://github.com/octo-org/hello-world/actions/runs/${runId}/attempts/2)`)
  expect(comment?.body).toContain(`- Attempt 2 of run ${runId}: ✅ done (answered without tool steps)`)
  // 👀 came back for attempt 2 and is gone again.
  expect(s.github.state.reactions).toEqual([])
  return { main, comment: comment?.body ?? '' }
}

describe.each(RUNTIMES)('a resumed comment run on $label', ({ label, node }) => {
  it('attempt 1 fails on a model error and says why; attempt 2 resumes into the same comment', async () => {
    const s = services()
    s.model.setScript(script())
    // Step 2's model call is rejected once (400 is not retried): attempt 1 ends 'failed'.
    s.model.setFaults([{ kind: 'status', status: 400, turn: 1, times: 1 }])
    const runId = label === 'node20' ? '7300' : '7400'
    const dir = `fault-${label}`
    const before = s.model.requests.length

    const first = await runJob(job(s, node, dir, runId, 1))
    expect(first.main.code, log(first.main)).toBe(1)
    expect(first.post.code, log(first.post)).toBe(0)
    expect(first.main.outputs['outcome']).toBe('failed')
    expect(first.main.stdout).toMatch(/::error::Stopped after 1 step\(s\): the agent failed: model call failed at step 2/)
    expect(first.post.stdout).toContain('Session DB saved to the cache')
    const firstPrompt = userPrompt(s.model.requests[before])
    expect(firstPrompt).toContain('Request from @alice')

    // Attempt 1's comment: failed, why in a line, a link to that attempt's logs, how to resume.
    const [failed] = progressComments(s.github, ISSUE, runId)
    const failedBody = failed?.body ?? ''
    expect(failedBody).toContain('**❌ Failed** · attempt 1')
    const why = 'the agent failed: model call failed at step 2: scripted failure at call'
    expect(failedBody).toContain(`Attempt 1 failed after step 1: ${why}`)
    // Said once, briefly: the job's own failure text (with its re-run advice) is not pasted in.
    expect(failedBody).not.toContain('Stopped after')
    expect(failedBody).toContain(`([logs](https://github.com/octo-org/hello-world/actions/runs/${runId}/attempts/1))`)
    expect(failedBody).toContain('Use **Re-run failed jobs** to resume from step 1')
    expect(failedBody.length).toBeLessThan(2000)
    expect(s.github.state.reactions).toEqual([])

    const { main, comment } = await resumeAndCheck(s, node, dir, runId, firstPrompt)
    expect(comment).toMatch(
      new RegExp(
        `- Attempt 1 of run ${runId}: ❌ failed after step 1: the agent failed: model call failed at step 2: [^\\n]{0,80} \\(\\[logs\\]`,
      ),
    )
    expect(comment).toContain(`/actions/runs/${runId}/attempts/1))`)

    // Outputs of the resumed attempt.
    const out = main.outputs
    expect(out['session-id']).toMatch(/^ses_/)
    expect(out['session-id']).toBe(first.main.outputs['session-id'])
    expect(out['resumed']).toBe('true')
    expect(out['attempt']).toBe('2')
    expect(out['restored-from-attempt']).toBe('1')
    expect(out['cache-hit']).toBe('true')
    expect(out['persisted']).toBe('true')
    expect(out['steps']).toBe('1')
    expect(out['response']).toBe(ANSWER)
    expect(Number(out['tokens-input'])).toBeGreaterThan(0)
    expect(Number(out['tokens-output'])).toBeGreaterThan(0)
    // What attempt 1 finished (one model call and its input tokens) was not paid for again.
    expect(out['avoided-model-calls']).toBe('1')
    // Its input tokens, less the continuation note this attempt's one call carried (JSON / 4).
    const firstCallTokens = s.model.requests[before]?.promptTokens ?? 0
    const messages = (s.model.requests.at(-1)?.body.messages ?? []) as Array<{ role: string; content: unknown }>
    const nudge = messages.find((m) => m.role === 'user' && String(m.content).includes('The previous attempt'))
    expect(nudge).toBeDefined()
    const honest = firstCallTokens - (JSON.stringify(nudge).length + 1) / 4
    expect(Math.abs(Number(out['avoided-tokens-input']) - honest)).toBeLessThanOrEqual(Math.max(10, honest * 0.1))

    // The job summary: how this attempt started, the attempts table, and the avoided figures.
    const summary = main.summary
    expect(summary).toContain('## ✅ Agent — attempt 2, resumed from attempt 1: completed')
    expect(summary).toContain('### Attempts')
    expect(summary).toContain('| Attempt | Outcome | Steps | Tokens in | Cached | Tokens out | Model calls | Tool runs | Compactions |')
    expect(summary).toMatch(
      new RegExp(`\\| 1 \\| ❌ failed \\| 1 \\| ${firstCallTokens.toLocaleString('en-US')} \\| [\\d,]+ \\| \\d+ \\| 1 \\| 1 \\| 0 \\|`),
    )
    expect(summary).toMatch(/\| \*\*2\*\* \(this\) \| ✅ completed \| 1 \| [\d,]+ \| [\d,]+ \| \d+ \| 1 \| 0 \| 0 \|/)
    expect(summary).toMatch(/\| \*\*Total\*\* \| \| 2 \|/)
    expect(summary).toContain('### What resuming saved')
    expect(summary).toContain(
      `**1 model calls**, **${Number(out['avoided-tokens-input']).toLocaleString('en-US')} input tokens** and **1 tool runs** avoided`,
    )
    expect(summary).toContain(
      'restored a saved session from attempt 1 · the post step saves the session for a re-run (its log says whether it did)',
    )
  })

  it('attempt 1 is killed mid-run (post still saves); attempt 2 resumes and notes the lost attempt', async () => {
    const s = services()
    // Step 2's answer never comes in time: the step is killed while waiting for it.
    s.model.setScript(script(30_000))
    s.model.setFaults([])
    const runId = label === 'node20' ? '7301' : '7401'
    const dir = `kill-${label}`
    const before = s.model.requests.length

    const first = job(s, node, dir, runId, 1)
    const { child, done } = first.start('main')
    const deadline = Date.now() + 20_000
    while (s.model.requests.length < before + 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25))
    expect(s.model.requests.length - before).toBe(2)
    killGroup(child, 'SIGKILL')
    const main = await done
    expect(main.signal).toBe('SIGKILL')
    const post = await first.run('post')
    expect(post.code, log(post)).toBe(0)
    expect(post.stdout).toContain('Session DB saved to the cache')

    // Main could not say so: the post step did. The comment says interrupted, 👀 is gone.
    const [interrupted] = progressComments(s.github, ISSUE, runId)
    expect(interrupted?.body).toContain('**⏸ Interrupted** · attempt 1')
    expect(interrupted?.body).toContain('Use **Re-run failed jobs** to resume from step 1')
    expect(s.github.state.reactions).toEqual([])

    s.model.setScript(script())
    const { comment } = await resumeAndCheck(s, node, dir, runId, userPrompt(s.model.requests[before]))
    expect(comment).toContain(`- Attempt 1 of run ${runId}: ⏸ interrupted after step 1`)
  })
})
