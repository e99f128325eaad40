// Conversations that continue (README "Conversations"), through the bundled action on Node 20 and
// 24: a "/agent" comment hands off (its cache token is read-only on the default branch), the
// dispatched run works and delivers a pull request and saves the finished turn; a second comment
// on the same issue continues that conversation on the same branch and pull request. The cache
// service models GitHub's scopes: entries live under the ref that saved them, a read-only token
// cannot save. The scripted model answers by the number of finished turns in the conversation it
// is sent, so turn 2's script entries are reached only when turn 1's conversation came along.
import { describe, expect, it } from 'vitest'
import { killGroup, RUNTIMES } from './support/action-harness.mjs'
import { loadEvent } from './support/github-fake.seed.js'
import type { FakeDispatch } from './support/github-fake.mjs'
import type { RecordedRequest, ScriptTurn } from './support/model-server.mjs'
import { git } from './support/repo.mjs'
import {
  botComments,
  commentPayload,
  log,
  newJob,
  progressComments,
  runJob,
  useServices,
  type JobRun,
  type Services,
} from './e2e-github-env.js'

const services = useServices()
const ISSUE = 42
const FIXED = 'export const last = (n) => n\n'
const RENAMED = 'export const lastPage = (n) => n\n'
const ANSWER_1 = 'Fixed `last`: the final page is returned now.'
const ANSWER_2 = 'Renamed the helper to `lastPage`.'
/** Turns 0–1 answer the first request, 2–3 the follow-up (the model server counts finished turns). */
const SCRIPT: ScriptTurn[] = [
  { toolCalls: [{ name: 'write_file', args: { path: 'src/paginate.js', content: FIXED } }] },
  { text: ANSWER_1 },
  { toolCalls: [{ name: 'write_file', args: { path: 'src/paginate.js', content: RENAMED } }] },
  { text: ANSWER_2 },
]
const THREAD_PREFIX = 'agent-resume-thread-'

const branches = (s: Services): Record<string, string> =>
  Object.fromEntries(
    git(s.origin, 'for-each-ref', '--format=%(refname:short) %(objectname)', 'refs/heads')
      .split('\n')
      .map((l) => l.split(' ') as [string, string]),
  )

/** Every message of a chat-completions request as one string (roles and contents). */
const transcript = (r: RecordedRequest | undefined): string => JSON.stringify(r?.body['messages'] ?? [])

/** A new "/agent" comment by alice on `issue`, created now (what changed since a turn is dated). */
function comment(s: Services, issue: number, body: string): number {
  return s.github.addComment(issue, { body, user: 'alice', createdAt: new Date().toISOString() }).id
}

/** The comment-triggered run: issue_comment on the default branch, whose cache token may read but not save. */
function commentRun(s: Services, dir: string, node: string, runId: string, commentId: number, body: string): Promise<JobRun> {
  return runJob(
    newJob(s, {
      dir,
      runId,
      attempt: 1,
      node,
      eventName: 'issue_comment',
      payload: commentPayload(loadEvent('issue_comment.issue'), { id: commentId, body, login: 'alice' }),
      inputs: { handoff: 'dispatch' },
      env: { ACTIONS_RUNTIME_TOKEN: s.cache.tokenFor([{ scope: 'refs/heads/main', permission: 1 }]) },
    }),
  )
}

interface TurnSpec {
  dir: string
  runId: string
  attempt?: number
  issue?: number
  commentId: number
  progressCommentId?: number | undefined
  inputs?: Record<string, string>
  env?: Record<string, string>
}

/** The dispatched run (workflow_dispatch on main, a read-write cache) that does a request's work. */
function dispatched(s: Services, node: string, t: TurnSpec) {
  const inputs: Record<string, string> = {
    'agent-event': 'issue_comment',
    'agent-issue': String(t.issue ?? ISSUE),
    'agent-comment-id': String(t.commentId),
    'agent-actor': 'alice',
    ...(t.progressCommentId ? { 'agent-progress-comment-id': String(t.progressCommentId) } : {}),
  }
  return newJob(s, {
    dir: t.dir,
    runId: t.runId,
    attempt: t.attempt ?? 1,
    node,
    eventName: 'workflow_dispatch',
    payload: { ...loadEvent('workflow_dispatch.handoff'), inputs },
    inputs: { handoff: 'dispatch', ...t.inputs },
    env: {
      GITHUB_ACTOR: 'github-actions[bot]',
      ACTIONS_RUNTIME_TOKEN: s.cache.tokenFor([{ scope: 'refs/heads/main', permission: 3 }]),
      ...t.env,
    },
  })
}

/** A whole request the way GitHub runs it: the comment run hands off, then the dispatched run. */
async function request(
  s: Services,
  node: string,
  label: string,
  n: number,
  body: string,
): Promise<{ run: JobRun; dispatch: FakeDispatch }> {
  const id = comment(s, ISSUE, body)
  const first = await commentRun(s, `c${n}-${label}`, node, `${label === 'node20' ? 8100 : 8200}${n}`, id, body)
  expect(first.main.code, log(first.main)).toBe(0)
  expect(first.main.outputs['outcome']).toBe('handed-off')
  const dispatch = s.github.state.dispatches.at(-1)!
  // The run id is ours, not the fake's: the origin (and its branches) is shared by every test in the file.
  dispatch.runId = Number(`${label === 'node20' ? 8150 : 8250}${n}`)
  const run = await runJob(
    dispatched(s, node, {
      dir: `d${n}-${label}`,
      runId: String(dispatch.runId),
      commentId: id,
      progressCommentId: Number(dispatch.inputs['agent-progress-comment-id']),
    }),
  )
  return { run, dispatch }
}

describe.each(RUNTIMES)('conversations on $label', ({ label, node }) => {
  it('a second comment on the issue continues the first turn: its conversation, its branch and its pull request', async () => {
    const s = services()
    s.model.setFaults([])
    s.model.setScript(SCRIPT)
    const before = s.model.requests.length

    // Turn 1: hand-off, work, a pull request, and the finished turn saved by the dispatched run.
    const one = await request(s, node, label, 1, '/agent fix the pagination')
    expect(one.run.main.code, log(one.run.main)).toBe(0)
    expect(one.run.main.outputs).toMatchObject({ outcome: 'completed', 'thread-turn': '1', 'changed-files': 'src/paginate.js' })
    const sessionOne = one.run.main.outputs['session-id']
    expect(one.run.main.outputs['thread-session-id']).toBe(sessionOne)
    const branch = one.run.main.outputs['branch'] ?? ''
    const pulls = s.github.state.pulls.filter((p) => p.head === branch)
    expect(pulls).toHaveLength(1)
    const saved = s.cache.entries().filter((e) => e.key.startsWith(THREAD_PREFIX))
    expect(saved.map((e) => [e.key, e.scope])).toEqual([[`agent-resume-thread-${ISSUE}-agent-${one.dispatch.runId}-1-`, 'refs/heads/main']])
    expect(one.run.main.summary).toContain('| Conversation | turn 1: A new conversation. This turn was saved for the next request. |')
    const turnOneComment = Number(one.dispatch.inputs['agent-progress-comment-id'])
    expect(s.model.requests.length - before).toBe(2)

    // Turn 2: a follow-up comment. The first request carries turn 1's conversation and the new request.
    const two = await request(s, node, label, 2, '/agent also rename the helper you added')
    expect(two.run.main.code, log(two.run.main)).toBe(0)
    expect(two.run.post.code, log(two.run.post)).toBe(0)
    const requests = s.model.requests.slice(before + 2)
    expect(requests).toHaveLength(2)
    const opening = transcript(requests[0])
    expect(opening).toContain('fix the pagination')
    expect(opening).toContain(ANSWER_1)
    expect(opening).toContain('also rename the helper you added')
    expect(opening).toContain('This is turn 2 of the conversation on issue #42')
    expect(opening).toContain(`Branch: ${branch} at `)
    expect(requests[0]?.turn).toBe(2)
    expect(two.run.main.outputs).toMatchObject({
      outcome: 'completed',
      'thread-turn': '2',
      'thread-session-id': sessionOne,
      branch,
      'pull-request-number': String(pulls[0]?.number),
    })
    expect(two.run.main.outputs['session-id']).not.toBe(sessionOne)
    // The new commit sits on turn 1's, on the same branch; still one pull request.
    const commit = two.run.main.outputs['commit'] ?? ''
    expect(branches(s)[branch]).toBe(commit)
    expect(git(s.origin, 'rev-parse', `${commit}^`)).toBe(one.run.main.outputs['commit'])
    expect(git(s.origin, 'show', `${commit}:src/paginate.js`)).toBe(RENAMED.trimEnd())
    expect(s.github.state.pulls.filter((p) => p.head === branch)).toHaveLength(1)
    // The thread shows it: a link to turn 1's comment, the turn, and the summary row.
    const [progress] = progressComments(s.github, ISSUE, String(two.dispatch.runId))
    expect(progress?.body).toContain(
      `Continuing the conversation from [turn 1](https://github.com/octo-org/hello-world/issues/42#issuecomment-${turnOneComment}) (turn 2).`,
    )
    expect(two.run.main.summary).toContain('| Conversation | turn 2: Continuing the conversation from [turn 1]')
    expect(s.cache.entries().filter((e) => e.key.startsWith(THREAD_PREFIX))).toHaveLength(2)
  })

  it('another issue, `thread: off` and `--fresh` start new conversations', async () => {
    const s = services()
    s.model.setFaults([])
    s.model.setScript(SCRIPT)
    const base = label === 'node20' ? 8300 : 8400
    const first = await runJob(
      dispatched(s, node, { dir: `t1-${label}`, runId: `${base}1`, commentId: comment(s, ISSUE, '/agent fix it') }),
    )
    expect(first.main.outputs['thread-turn'], log(first.main)).toBe('1')

    // An issue of its own: a first turn (and the model's script starts again at its first entry).
    const other = s.github.addIssue({ number: 77, title: 'Another problem', body: 'It breaks.', user: 'alice' }).number
    const n = s.model.requests.length
    const elsewhere = await runJob(
      dispatched(s, node, { dir: `t2-${label}`, runId: `${base}2`, issue: other, commentId: comment(s, other, '/agent look') }),
    )
    expect(elsewhere.main.outputs['thread-turn'], log(elsewhere.main)).toBe('1')
    expect(s.model.requests[n]?.turn).toBe(0)
    expect(transcript(s.model.requests[n])).not.toContain(ANSWER_1)

    // thread: off on the first issue: no conversation at all.
    const m = s.model.requests.length
    const off = await runJob(
      dispatched(s, node, {
        dir: `t3-${label}`,
        runId: `${base}3`,
        commentId: comment(s, ISSUE, '/agent again'),
        inputs: { thread: 'off' },
      }),
    )
    expect(off.main.code, log(off.main)).toBe(0)
    expect(off.main.outputs['thread-turn']).toBe('')
    expect(s.model.requests[m]?.turn).toBe(0)

    // The commenter asks for a new conversation.
    const k = s.model.requests.length
    const fresh = await runJob(
      dispatched(s, node, { dir: `t4-${label}`, runId: `${base}4`, commentId: comment(s, ISSUE, '/agent --fresh start over') }),
    )
    expect(fresh.main.outputs['thread-turn'], log(fresh.main)).toBe('1')
    expect(s.model.requests[k]?.turn).toBe(0)
    expect(log(fresh.main)).toContain('Starting a new conversation on #42: the request asked for one (`--fresh`).')
  })

  it('an evicted turn starts a new conversation with a notice; a fork pull request never continues one', async () => {
    const s = services()
    s.model.setFaults([])
    s.model.setScript(SCRIPT)
    const base = label === 'node20' ? 8500 : 8600
    const first = await runJob(
      dispatched(s, node, { dir: `e1-${label}`, runId: `${base}1`, commentId: comment(s, ISSUE, '/agent fix it') }),
    )
    expect(first.main.outputs['thread-turn'], log(first.main)).toBe('1')
    expect(s.cache.evict((e) => e.key.startsWith(THREAD_PREFIX))).toBe(1)
    const n = s.model.requests.length
    const second = await runJob(dispatched(s, node, { dir: `e2-${label}`, runId: `${base}2`, commentId: comment(s, ISSUE, '/agent more') }))
    expect(second.main.code, log(second.main)).toBe(0)
    expect(second.main.outputs['thread-turn']).toBe('1')
    expect(s.model.requests[n]?.turn).toBe(0)
    expect(log(second.main)).toMatch(
      /::notice::Starting a new conversation on #42: no earlier turn is in the cache this run can read: evicted/,
    )
    const [progress] = progressComments(s.github, ISSUE, `${base}2`)
    expect(progress?.body).toContain('Starting a new conversation: no earlier turn is in the cache this run can read')

    // Pull request #57 from a fork: each request is a first turn, and says why.
    s.github.state.issues.get(57)!.pull!.headRepo = 'mallory/hello-world'
    for (const i of [3, 4]) {
      const k = s.model.requests.length
      const run = await runJob(
        dispatched(s, node, {
          dir: `e${i}-${label}`,
          runId: `${base}${i}`,
          issue: 57,
          commentId: comment(s, 57, '/agent review'),
          inputs: { deliver: 'none' },
        }),
      )
      expect(run.main.code, log(run.main)).toBe(0)
      expect(run.main.outputs['thread-turn']).toBe('1')
      expect(s.model.requests[k]?.turn).toBe(0)
      expect(log(run.main)).toContain('comes from a fork (mallory/hello-world)')
    }
  })

  it('turn 2 killed mid-step resumes turn 2 exactly on "Re-run failed jobs": no tool runs again, one model call', async () => {
    const s = services()
    s.model.setFaults([])
    s.model.setScript(SCRIPT)
    const base = label === 'node20' ? 8700 : 8800
    const first = await runJob(
      dispatched(s, node, { dir: `k1-${label}`, runId: `${base}1`, commentId: comment(s, ISSUE, '/agent fix it') }),
    )
    expect(first.main.outputs['thread-turn'], log(first.main)).toBe('1')

    // Turn 2's answer never comes in time: main is killed while it waits.
    s.model.setScript([...SCRIPT.slice(0, 3), { text: ANSWER_2, delayMs: 30_000 }])
    const runId = `${base}2`
    const commentId = comment(s, ISSUE, '/agent also rename the helper')
    const before = s.model.requests.length
    const job = dispatched(s, node, { dir: `k2-${label}`, runId, commentId })
    const { child, done } = job.start('main')
    const deadline = Date.now() + 20_000
    while (s.model.requests.length < before + 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25))
    expect(s.model.requests.length - before).toBe(2)
    killGroup(child, 'SIGKILL')
    expect((await done).signal).toBe('SIGKILL')
    const post = await job.run('post')
    expect(post.code, log(post)).toBe(0)
    expect(s.cache.entries().filter((e) => e.key.startsWith(THREAD_PREFIX))).toHaveLength(1)

    s.model.setScript(SCRIPT)
    const again = await runJob(dispatched(s, node, { dir: `k2-${label}`, runId, attempt: 2, commentId }))
    expect(again.main.code, log(again.main)).toBe(0)
    expect(s.model.requests.length - before).toBe(3)
    expect(s.model.requests.at(-1)?.turn).toBe(3)
    expect(again.main.outputs).toMatchObject({ outcome: 'completed', resumed: 'true', 'thread-turn': '2', response: ANSWER_2 })
    expect(again.main.outputs['thread-session-id']).toBe(first.main.outputs['session-id'])
    expect(again.main.summary).toMatch(/\| \*\*2\*\* \(this\) \| ✅ completed \| 1 \| [\d,]+ \| [\d,]+ \| \d+ \| 1 \| 0 \| 0 \|/)
    expect(git(s.origin, 'show', `${again.main.outputs['commit']}:src/paginate.js`)).toBe(RENAMED.trimEnd())
    expect(botComments(s.github, ISSUE).filter((c) => c.body.includes(`run=${runId} `))).toHaveLength(1)
  })

  it('thread-max-turns restarts from a summary; a turn saved meanwhile by another run is reported, and the last saved one continues', async () => {
    const s = services()
    s.model.setFaults([])
    s.model.setScript(SCRIPT)
    const base = label === 'node20' ? 8900 : 9000
    const first = await runJob(
      dispatched(s, node, { dir: `r1-${label}`, runId: `${base}1`, commentId: comment(s, ISSUE, '/agent fix it') }),
    )
    expect(first.main.outputs['thread-turn'], log(first.main)).toBe('1')

    // With a cap of 1 turn, turn 2 starts from one message: a digest of turn 1, then the request.
    const n = s.model.requests.length
    const capped = await runJob(
      dispatched(s, node, {
        dir: `r2-${label}`,
        runId: `${base}2`,
        commentId: comment(s, ISSUE, '/agent and now?'),
        inputs: { 'thread-max-turns': '1', deliver: 'none' },
      }),
    )
    expect(capped.main.code, log(capped.main)).toBe(0)
    expect(capped.main.outputs['thread-turn']).toBe('2')
    expect(s.model.requests[n]?.turn).toBe(0)
    expect(s.model.requests[n]?.messageCount).toBe(2) // the system prompt and one user message
    const restarted = transcript(s.model.requests[n])
    expect(restarted).toContain('This conversation was restarted to keep it short.')
    expect(restarted).toContain(ANSWER_1)
    expect(restarted).toContain('and now?')
    expect(progressComments(s.github, ISSUE, `${base}2`)[0]?.body).toContain('The earlier turns were summarized (`thread-max-turns: 1`).')

    // Two requests at once (no concurrency group): B restores turn 2 and waits for its answer
    // while A restores turn 2 too and finishes first. B, saved last, says it did not see A's turn.
    s.model.setScript([...SCRIPT.slice(0, 3), { text: ANSWER_2, delayMs: 12_000 }])
    const k = s.model.requests.length
    const b = dispatched(s, node, {
      dir: `rb-${label}`,
      runId: `${base}3`,
      commentId: comment(s, ISSUE, '/agent B'),
      inputs: { deliver: 'none' },
    })
    const running = b.start('main')
    const deadline = Date.now() + 20_000
    while (s.model.requests.length < k + 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25))
    s.model.setScript(SCRIPT)
    const a = await runJob(
      dispatched(s, node, { dir: `ra-${label}`, runId: `${base}4`, commentId: comment(s, ISSUE, '/agent A'), inputs: { deliver: 'none' } }),
    )
    expect(a.main.outputs['thread-turn'], log(a.main)).toBe('3')
    const bMain = await running.done
    expect(bMain.code, log(bMain)).toBe(0)
    expect(bMain.outputs['thread-turn']).toBe('3')
    expect(progressComments(s.github, ISSUE, `${base}3`)[0]?.body).toContain(
      'another request of this conversation finished while this one worked; this turn did not see it',
    )
    expect(progressComments(s.github, ISSUE, `${base}4`)[0]?.body).not.toContain('another request')
    // The next request continues from B's turn, the one saved last.
    const m = s.model.requests.length
    const next = await runJob(
      dispatched(s, node, { dir: `rc-${label}`, runId: `${base}5`, commentId: comment(s, ISSUE, '/agent C'), inputs: { deliver: 'none' } }),
    )
    expect(next.main.outputs['thread-turn'], log(next.main)).toBe('4')
    expect(transcript(s.model.requests[m])).toContain('/agent B')
    // A's request reaches C only as a comment written while B worked, not as a turn of its conversation.
    const asked = (words: string) =>
      JSON.stringify(`Request from @alice (a comment on issue #42 in octo-org/hello-world):\n\n${words}`).slice(1, -1)
    expect(transcript(s.model.requests[m])).toContain(asked('/agent B'))
    expect(transcript(s.model.requests[m])).not.toContain(asked('/agent A'))
  })

  it("a turn that pushed onto the run's branch gives the next turn no branch: it opens a pull request", async () => {
    const s = services()
    s.model.setFaults([])
    s.model.setScript(SCRIPT)
    const base = label === 'node20' ? 9100 : 9200
    // Turn 1 runs on another branch of the run (deliver: push commits onto it; the shared origin's main stays).
    const runBranch = `push-${label}`
    const pushed = await runJob(
      dispatched(s, node, {
        dir: `p1-${label}`,
        runId: `${base}1`,
        commentId: comment(s, ISSUE, '/agent fix it'),
        inputs: { deliver: 'push' },
        env: { GITHUB_REF: `refs/heads/${runBranch}`, GITHUB_REF_NAME: runBranch },
      }),
    )
    expect(pushed.main.outputs['branch'], log(pushed.main)).toBe(runBranch)
    const next = await runJob(
      dispatched(s, node, { dir: `p2-${label}`, runId: `${base}2`, commentId: comment(s, ISSUE, '/agent also rename') }),
    )
    expect(next.main.code, log(next.main)).toBe(0)
    expect(next.main.outputs['thread-turn']).toBe('2')
    expect(next.main.outputs['branch']).toBe(`agent/issue-42-run-${base}2`)
    expect(next.main.outputs['pull-request-number']).not.toBe('')
    expect(branches(s)[runBranch]).toBe(pushed.main.outputs['commit'])
  })
})
