// `handoff: dispatch` through the bundled action under Node 20 and Node 24: a "/agent" comment
// whose run has a read-only cache dispatches this workflow instead of calling the model, and the
// dispatched run (a writable cache) rebuilds the same request from the ids it was given and
// finishes on the same progress comment.
import { describe, expect, it } from 'vitest'
import { commands, RUNTIMES } from './support/action-harness.mjs'
import { loadEvent } from './support/github-fake.seed.js'
import type { FakeDispatch } from './support/github-fake.mjs'
import { botComments, log, newJob, runJob, useServices, userPrompt, type JobRun, type Services } from './e2e-github-env.js'

const services = useServices()
const ISSUE = 42
const ANSWER = 'The last page is no longer dropped.'
const SCRIPT = [{ toolCalls: [{ name: 'read_file', args: { path: 'src/paginate.js' } }] }, { text: ANSWER }]

/** The comment-triggered run, with a cache token that may read but not write. */
async function commentRunReadOnly(s: Services, dir: string, node: string, runId: string, attempt = 1): Promise<JobRun> {
  s.cache.setReadOnly(true)
  const job = newJob(s, {
    dir,
    runId,
    attempt,
    node,
    eventName: 'issue_comment',
    payload: loadEvent('issue_comment.issue'),
    inputs: { handoff: 'dispatch' },
    env: { ACTIONS_RUNTIME_TOKEN: s.cache.tokenWith(1) },
  })
  return runJob(job).finally(() => s.cache.setReadOnly(false))
}

/**
 * An attempt of the dispatched run: workflow_dispatch with the hand-off inputs, started by the
 * token's bot, a writable cache. Its run id is the fake's, the same in every test (the fake is
 * fresh), so the cache is emptied before each test (e2e-github-env.ts).
 */
function dispatchedRun(s: Services, dir: string, node: string, dispatch: FakeDispatch | undefined, attempt: number): Promise<JobRun> {
  const job = newJob(s, {
    dir,
    runId: String(dispatch?.runId),
    attempt,
    node,
    eventName: 'workflow_dispatch',
    payload: { ...loadEvent('workflow_dispatch.handoff'), inputs: dispatch?.inputs ?? {} },
    inputs: { handoff: 'dispatch' },
    env: { GITHUB_ACTOR: 'github-actions[bot]' },
  })
  return runJob(job)
}

describe.each(RUNTIMES)('handoff: dispatch on $label', ({ label, node }) => {
  it('a read-only comment run hands off; the dispatched run does the work on the same comment', async () => {
    const s = services()
    s.model.setFaults([])
    s.model.setScript(SCRIPT)
    const runId = label === 'node20' ? '7500' : '7600'
    const before = s.model.requests.length

    // 1. The comment-triggered run: no model call, a dispatch, an acknowledgement.
    const first = await commentRunReadOnly(s, `handoff-${label}`, node, runId)
    expect(first.main.code, log(first.main)).toBe(0)
    expect(first.post.code, log(first.post)).toBe(0)
    expect(first.main.outputs['outcome']).toBe('handed-off')
    expect(first.main.outputs['steps']).toBe('0')
    expect(s.model.requests.length - before).toBe(0)
    expect(s.cache.entries().filter((e) => e.key.startsWith(`agent-resume-${runId}-`))).toEqual([])

    // The gate ran first, then one dispatch of this workflow on the default branch, carrying ids.
    expect(s.github.requestsTo('GET', /\/collaborators\/alice\/permission$/)).toHaveLength(1)
    const [ack] = botComments(s.github, ISSUE)
    expect(botComments(s.github, ISSUE)).toHaveLength(1)
    expect(s.github.state.dispatches).toHaveLength(1)
    const dispatch = s.github.state.dispatches[0]
    expect(dispatch?.workflow).toBe('agent.yml')
    expect(dispatch?.ref).toBe('main')
    expect(dispatch?.inputs).toEqual({
      'agent-event': 'issue_comment',
      'agent-issue': String(ISSUE),
      'agent-comment-id': '2001',
      'agent-actor': 'alice',
      'agent-progress-comment-id': String(ack?.id),
    })
    const dispatchedRunId = String(dispatch?.runId)

    // The comment acknowledges and links the run the work moved to.
    expect(ack?.body).toContain(`<!-- agent-resume: run=${runId} key=agent -->`)
    expect(ack?.body).toContain('**↪️ Handed off**')
    expect(ack?.body).toContain(`(https://github.com/octo-org/hello-world/actions/runs/${dispatchedRunId})`)
    expect(ack?.body).toContain('Continuing in [a separate run](')
    expect(ack?.body).not.toContain('cache')
    expect(first.main.summary).toContain('### Agent Resume: handed-off')
    expect(first.main.summary).toContain(`https://github.com/octo-org/hello-world/actions/runs/${dispatchedRunId}`)
    expect(first.main.stdout).toContain('Continuing in [a separate run]')

    // 2. The dispatched run rebuilds the request from the ids and does the work.
    const second = await dispatchedRun(s, `dispatched-${label}`, node, dispatch, 1)
    expect(second.main.code, log(second.main)).toBe(0)
    expect(second.post.code, log(second.post)).toBe(0)
    expect(second.main.outputs['outcome']).toBe('completed')
    expect(second.main.outputs['persisted']).toBe('true')
    expect(second.main.outputs['response']).toBe(ANSWER)
    expect(commands(second.main.stdout, 'warning')).toEqual([])
    expect(second.post.stdout).toContain(`Session DB saved to the cache as agent-resume-${dispatchedRunId}-agent-1-`)
    // The requester's permission is checked again, on the original comment's author.
    expect(s.github.requestsTo('GET', /\/collaborators\/alice\/permission$/)).toHaveLength(2)
    expect(s.github.requestsTo('GET', /\/issues\/comments\/2001$/).length).toBeGreaterThan(0)
    const requests = s.model.requests.slice(before)
    expect(requests).toHaveLength(2)
    const dispatchedPrompt = userPrompt(requests[0])
    expect(dispatchedPrompt).toContain('Request from @alice (a comment on issue #42 in octo-org/hello-world)')
    expect(dispatchedPrompt).toContain('Issue #42: Pagination drops the last page')

    // The same comment was taken over and finished; no second comment, 👀 on and off again.
    expect(s.github.requestsTo('POST', new RegExp(`/issues/${ISSUE}/comments$`))).toHaveLength(1)
    const [done] = botComments(s.github, ISSUE)
    expect(botComments(s.github, ISSUE)).toHaveLength(1)
    expect(done?.id).toBe(ack?.id)
    expect(done?.body).toContain(`<!-- agent-resume: run=${dispatchedRunId} key=agent -->`)
    expect(done?.body).toContain(`**✅ Done** · attempt 1 · [run ${dispatchedRunId}, attempt 1]`)
    expect(done?.body).toContain(ANSWER)
    // The history keeps the hand-off's link whole.
    const link = `[a separate run](https://github.com/octo-org/hello-world/actions/runs/${dispatchedRunId})`
    expect(done?.body).toContain(`- Attempt 1 of run ${runId}: ↪️ handed off to ${link}.\n`)
    expect(done?.body).toContain(`- Attempt 1 of run ${dispatchedRunId}: ✅ done after 1 tool step and the answer`)
    // The original run's marker stays, so a re-run of it finds this comment and its hand-off.
    expect(done?.body).toContain(`<!-- agent-resume: run=${runId} key=agent -->`)
    expect(s.github.requestsTo('POST', /\/issues\/comments\/2001\/reactions$/)).toHaveLength(1)
    expect(s.github.state.reactions).toEqual([])

    // 2b. "Re-run all jobs" of the comment run: it finds its hand-off and starts nothing new.
    const again = await commentRunReadOnly(s, `handoff-${label}`, node, runId, 2)
    expect(again.main.code, log(again.main)).toBe(0)
    expect(again.main.outputs['outcome']).toBe('handed-off')
    expect(again.main.stdout).toContain(
      `This request was already handed off: it continues in [the run it was handed off to](https://github.com/octo-org/hello-world/actions/runs/${dispatchedRunId})`,
    )
    expect(s.github.state.dispatches).toHaveLength(1)
    expect(botComments(s.github, ISSUE)).toHaveLength(1)
    expect(botComments(s.github, ISSUE)[0]?.body).toBe(done?.body)
    expect(s.model.requests.length - before).toBe(2)

    // 3. Control: the same comment run directly (a writable cache) sends the very same prompt.
    const direct = newJob(s, {
      dir: `direct-${label}`,
      runId: `${runId}1`,
      attempt: 1,
      node,
      eventName: 'issue_comment',
      payload: loadEvent('issue_comment.issue'),
    })
    const control = await runJob(direct)
    expect(control.main.code, log(control.main)).toBe(0)
    expect(userPrompt(s.model.requests[before + 2])).toBe(dispatchedPrompt)
  })

  it('a failed dispatched run resumes on "Re-run failed jobs", still on the handed-off comment', async () => {
    const s = services()
    s.model.setScript(SCRIPT)
    // The dispatched run's second model call is rejected once: its attempt 1 fails after step 1.
    s.model.setFaults([{ kind: 'status', status: 400, turn: 1, times: 1 }])
    const before = s.model.requests.length
    const runId = label === 'node20' ? '7501' : '7601'
    const first = await commentRunReadOnly(s, `rehandoff-${label}`, node, runId)
    expect(first.main.outputs['outcome']).toBe('handed-off')
    const dispatch = s.github.state.dispatches[0]
    const dispatchedRunId = String(dispatch?.runId)
    const [ack] = botComments(s.github, ISSUE)

    const failed = await dispatchedRun(s, `redispatched-${label}`, node, dispatch, 1)
    expect(failed.main.code, log(failed.main)).toBe(1)
    expect(failed.main.outputs['outcome']).toBe('failed')
    expect(failed.post.stdout).toContain(`Session DB saved to the cache as agent-resume-${dispatchedRunId}-agent-1-`)
    expect(botComments(s.github, ISSUE).map((c) => c.id)).toEqual([ack?.id])
    expect(botComments(s.github, ISSUE)[0]?.body).toContain(`**❌ Failed** · attempt 1 · [run ${dispatchedRunId}, attempt 1]`)

    // The re-run restores the dispatched run's session and finds its comment by the stored id.
    const rerun = await dispatchedRun(s, `redispatched-${label}`, node, dispatch, 2)
    expect(rerun.main.code, log(rerun.main)).toBe(0)
    expect(rerun.main.outputs['outcome']).toBe('completed')
    expect(rerun.main.outputs['resumed']).toBe('true')
    expect(rerun.main.outputs['restored-from-attempt']).toBe('1')
    expect(s.model.requests.slice(before).map((r) => r.turn)).toEqual([0, 1, 1])

    expect(s.github.requestsTo('POST', new RegExp(`/issues/${ISSUE}/comments$`))).toHaveLength(1)
    const [done] = botComments(s.github, ISSUE)
    expect(botComments(s.github, ISSUE)).toHaveLength(1)
    expect(done?.id).toBe(ack?.id)
    expect(done?.body).toContain(`**✅ Done** · attempt 2 — resumed after step 1 · [run ${dispatchedRunId}, attempt 2]`)
    const history = done?.body.split('\n').filter((l) => l.startsWith('- Attempt ')) ?? []
    expect(history.map((l) => /^- Attempt \d+ of run \d+: \S+/.exec(l)?.[0])).toEqual([
      `- Attempt 1 of run ${runId}: ↪️`,
      `- Attempt 1 of run ${dispatchedRunId}: ❌`,
      `- Attempt 2 of run ${dispatchedRunId}: ✅`,
    ])
    expect(s.github.state.reactions).toEqual([])
  })

  it('a refused dispatch fails the job with the fix; the re-run hands off on the same comment', async () => {
    const s = services()
    const before = s.model.requests.length
    const runId = label === 'node20' ? '7502' : '7602'
    s.github.failNext('POST', /\/actions\/workflows\/agent\.yml\/dispatches$/, 403, 'Resource not accessible by integration')

    const refused = await commentRunReadOnly(s, `refused-dispatch-${label}`, node, runId)
    expect(refused.main.code, log(refused.main)).toBe(1)
    expect(refused.post.code, log(refused.post)).toBe(0)
    const fix = 'Give the job "permissions: actions: write" or set "handoff: none".'
    expect(commands(refused.main.stdout, 'error').join('\n')).toContain(fix)
    const [failed] = botComments(s.github, ISSUE)
    expect(botComments(s.github, ISSUE)).toHaveLength(1)
    expect(failed?.body).toContain('**❌ Failed** · attempt 1')
    expect(failed?.body).toContain('Could not dispatch agent.yml: the token may not start workflows')
    expect(failed?.body).toContain(fix)
    expect(s.github.state.dispatches).toEqual([])

    // "Re-run failed jobs" once the permission is granted: the same comment, now handed off.
    const rerun = await commentRunReadOnly(s, `refused-dispatch-${label}`, node, runId, 2)
    expect(rerun.main.code, log(rerun.main)).toBe(0)
    expect(rerun.main.outputs['outcome']).toBe('handed-off')
    const [acked] = botComments(s.github, ISSUE)
    expect(botComments(s.github, ISSUE)).toHaveLength(1)
    expect(acked?.id).toBe(failed?.id)
    expect(acked?.body).toContain('**↪️ Handed off** · attempt 2 — starting over')
    expect(acked?.body).toContain(`- Attempt 1 of run ${runId}: ❌ failed: Could not dispatch agent.yml`)
    expect(s.github.state.dispatches.map((d) => d.inputs['agent-progress-comment-id'])).toEqual([String(failed?.id)])
    expect(s.model.requests.length - before).toBe(0)
  })
})
