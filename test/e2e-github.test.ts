// GitHub integration through the bundled action (dist/main.js + dist/post.js) under Node 20 and
// Node 24: a "/agent" comment by a writer runs the agent with the issue as fenced context, under
// a 👀 reaction and one progress comment; a reader's comment is refused before any model call.
import { describe, expect, it } from 'vitest'
import { commands, RUNTIMES } from './support/action-harness.mjs'
import { loadEvent } from './support/github-fake.seed.js'
import { botComments, commentPayload, log, newJob, progressComments, runJob, TOKEN, useServices, userPrompt } from './e2e-github-env.js'

const services = useServices()
const ISSUE = 42
const TITLE = 'Pagination drops the last page'
const BODY = 'Listing 101 items returns only 100.'
const EARLIER = 'Still happens on v2.3, see the attached log.'
const REQUEST = '/agent please fix the off-by-one in `paginate()` and add a test'
const ANSWER = 'Fixed the off-by-one in `paginate()`; the last page is returned now.'

describe.each(RUNTIMES)('GitHub integration on $label', ({ label, node }) => {
  it('a writer\'s "/agent" comment runs the agent on the issue, with 👀 and one progress comment', async () => {
    const s = services()
    s.model.setFaults([])
    s.model.setScript([{ toolCalls: [{ name: 'read_file', args: { path: 'src/paginate.js' } }] }, { text: ANSWER }])
    const before = s.model.requests.length
    const runId = label === 'node20' ? '7100' : '7200'
    const job = newJob(s, {
      dir: `comment-${label}`,
      runId,
      attempt: 1,
      node,
      eventName: 'issue_comment',
      payload: loadEvent('issue_comment.issue'),
    })

    const { main, post } = await runJob(job)
    expect(main.code, log(main)).toBe(0)
    expect(post.code, log(post)).toBe(0)
    expect(main.outputs['outcome']).toBe('completed')
    expect(main.outputs['response']).toBe(ANSWER)

    // The model saw the request as the instruction and the thread as fenced, untrusted data.
    const requests = s.model.requests.slice(before)
    expect(requests).toHaveLength(2)
    const prompt = userPrompt(requests[0])
    expect(prompt.startsWith(`Request from @alice (a comment on issue #${ISSUE} in octo-org/hello-world):\n\n${REQUEST}`)).toBe(true)
    const fence = /<<<(UNTRUSTED-[0-9a-f]{16}) BEGIN\n([\s\S]*)\n<<<\1 END/.exec(prompt)
    expect(fence, prompt).not.toBeNull()
    const fenced = fence?.[2] ?? ''
    expect(fenced).toContain(`Issue #${ISSUE}: ${TITLE}`)
    expect(fenced).toContain(BODY)
    expect(fenced).toContain(EARLIER)
    // The triggering comment is the instruction, not repeated as data.
    expect(fenced).not.toContain(REQUEST)
    // The token went to GitHub, never to the model server.
    expect(requests.every((r) => r.authorization === null || !r.authorization.includes(TOKEN))).toBe(true)
    expect(s.github.state.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true)

    // 👀 on the triggering comment while working, removed at the end.
    const added = s.github.requestsTo('POST', /\/issues\/comments\/2001\/reactions$/)
    expect(added.map((r) => r.body)).toEqual([{ content: 'eyes' }])
    expect(s.github.requestsTo('DELETE', /\/issues\/comments\/2001\/reactions\/\d+$/)).toHaveLength(1)
    expect(s.github.state.reactions).toEqual([])

    // One progress comment: created with the marker while working, then rewritten with the answer.
    expect(botComments(s.github, ISSUE)).toHaveLength(1)
    const [progress] = progressComments(s.github, ISSUE, runId)
    expect(s.github.requestsTo('POST', new RegExp(`/issues/${ISSUE}/comments$`))).toHaveLength(1)
    const created = s.github.requestsTo('POST', new RegExp(`/issues/${ISSUE}/comments$`))[0]?.body as { body: string }
    expect(created.body).toContain(`<!-- agent-resume: run=${runId} key=agent -->`)
    expect(created.body).toContain('**⏳ Working** · attempt 1')
    expect(progress?.body).toContain('**✅ Done** · attempt 1')
    expect(progress?.body).toContain(ANSWER)
    expect(progress?.body).toContain(`https://github.com/octo-org/hello-world/actions/runs/${runId}/attempts/1`)
    expect(progress?.body).toContain(`- Attempt 1 of run ${runId}: ✅ done after 1 tool step and the answer`)

    // The summary reports a fresh, completed attempt whose session is saved.
    expect(main.summary).toContain('Agent — attempt 1, fresh start: completed')
    expect(main.summary).toContain('the post step saves the session for a re-run (its log says whether it did)')
    expect(post.stdout).not.toContain('::warning::')
  })

  it('a reader\'s "/agent" comment is refused: no model call, one short reply, the job passes', async () => {
    const s = services()
    const before = s.model.requests.length
    const comment = s.github.addComment(ISSUE, { user: 'bob-contrib', body: '/agent please rewrite the whole pagination module' })
    const payload = commentPayload(loadEvent('issue_comment.issue'), { id: comment.id, body: comment.body, login: 'bob-contrib' })
    const job = newJob(s, {
      dir: `refused-${label}`,
      runId: label === 'node20' ? '7101' : '7201',
      attempt: 1,
      node,
      eventName: 'issue_comment',
      payload,
      env: { GITHUB_ACTOR: 'bob-contrib' },
    })

    const { main, post } = await runJob(job)
    expect(main.code, log(main)).toBe(0)
    expect(post.code, log(post)).toBe(0)
    expect(s.model.requests.length - before).toBe(0)
    expect(main.outputs['outcome']).toBe('refused')
    expect(main.outputs['steps']).toBe('0')

    // Asked GitHub who bob is; then only the reply (no reaction, no progress comment).
    expect(s.github.requestsTo('GET', /\/collaborators\/bob-contrib\/permission$/)).toHaveLength(1)
    expect(s.github.state.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`)).toEqual([
      `POST /repos/octo-org/hello-world/issues/${ISSUE}/comments`,
    ])
    const [reply] = botComments(s.github, ISSUE)
    expect(reply?.body).toContain(`<!-- agent-resume: refused comment=${comment.id} -->`)
    expect(reply?.body).toContain('@bob-contrib only people with write access to this repository can ask the agent to work here')
    expect(reply?.body).not.toContain('read permission')

    const why = '@bob-contrib has read permission on octo-org/hello-world; running the agent needs write, maintain or admin.'
    expect(commands(main.stdout, 'warning').some((w) => w.includes(why))).toBe(true)
    expect(main.summary).toContain('### Agent Resume: refused')
    expect(main.summary).toContain(why)
    expect(main.summary).toContain('allowed-users')
  })

  it('a review comment: the diff hunk is context, 👀 goes on the review comment, progress on the PR', async () => {
    const s = services()
    s.model.setFaults([])
    s.model.setScript([{ text: 'Handled `--dry-run=false`.' }])
    const before = s.model.requests.length
    const runId = label === 'node20' ? '7102' : '7202'
    const job = newJob(s, {
      dir: `review-${label}`,
      runId,
      attempt: 1,
      node,
      eventName: 'pull_request_review_comment',
      payload: loadEvent('pull_request_review_comment'),
    })

    const { main } = await runJob(job)
    expect(main.code, log(main)).toBe(0)
    expect(main.outputs['outcome']).toBe('completed')
    const prompt = userPrompt(s.model.requests[before])
    expect(prompt).toContain('(a review comment in pull request #57 of octo-org/hello-world, on the file named in the context below)')
    expect(prompt).toContain('Review comment 3001 on src/cli.ts line 13:')
    expect(prompt).toContain("+  if (argv.includes('--dry-run')) {")
    expect(prompt).toContain('Branches: feature/dry-run → main')
    expect(s.github.requestsTo('POST', /\/pulls\/comments\/3001\/reactions$/).map((r) => r.body)).toEqual([{ content: 'eyes' }])
    expect(s.github.requestsTo('DELETE', /\/pulls\/comments\/3001\/reactions\/\d+$/)).toHaveLength(1)
    expect(progressComments(s.github, 57, runId).map((c) => c.body.includes('**✅ Done** · attempt 1'))).toEqual([true])
  })

  it('a comment without the phrase is skipped quietly; GitHub trouble never stops a real run', async () => {
    const s = services()
    s.model.setFaults([])
    s.model.setScript([{ text: ANSWER }])
    const before = s.model.requests.length
    const chatter = s.github.addComment(ISSUE, { user: 'alice', body: 'Thanks, looking at it.' })
    const payload = commentPayload(loadEvent('issue_comment.issue'), { id: chatter.id, body: chatter.body, login: 'alice' })
    const skipped = await runJob(
      newJob(s, {
        dir: `skip-${label}`,
        runId: label === 'node20' ? '7103' : '7203',
        attempt: 1,
        node,
        eventName: 'issue_comment',
        payload,
      }),
    )
    expect(skipped.main.code, log(skipped.main)).toBe(0)
    expect(skipped.main.outputs['outcome']).toBe('skipped')
    expect(skipped.main.stdout).not.toContain('::warning::')
    expect(s.model.requests.length - before).toBe(0)
    expect(s.github.state.requests).toEqual([])

    // The progress comment and the reaction cannot be written: warnings, and the agent still runs.
    // (A 500 is retried, so it fails every try; the retries wait 1 ms instead of 700.)
    s.github.fail({ method: 'POST', path: /\/issues\/42\/comments$/, status: 500, message: 'Server Error' })
    s.github.failNext('POST', /\/reactions$/, 403, 'Resource not accessible by integration', 5)
    const run = await runJob(
      newJob(s, {
        dir: `flaky-${label}`,
        runId: label === 'node20' ? '7104' : '7204',
        attempt: 1,
        node,
        eventName: 'issue_comment',
        payload: loadEvent('issue_comment.issue'),
        env: { AGENT_RESUME_TEST_GITHUB_RETRY_MS: '1' },
      }),
    )
    expect(run.main.code, log(run.main)).toBe(0)
    expect(run.main.outputs['outcome']).toBe('completed')
    expect(run.main.outputs['response']).toBe(ANSWER)
    const warnings = commands(run.main.stdout, 'warning').join('\n')
    expect(warnings).toContain('GitHub: creating the progress comment failed')
    expect(warnings).toContain('GitHub: adding the 👀 reaction failed')
    expect(botComments(s.github, ISSUE)).toEqual([])
  })
})
