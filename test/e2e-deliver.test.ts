// The agent's work reaches the user, exactly once, through the bundled action on Node 20 and 24:
// pushes go to a real bare repository (the checkout's origin), pull requests to the GitHub fake.
// A failed delivery fails the job, and the re-run delivers with zero model calls.
import { chmodSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { commands, killGroup, RUNTIMES } from './support/action-harness.mjs'
import { loadEvent } from './support/github-fake.seed.js'
import type { ScriptTurn } from './support/model-server.mjs'
import { freshClone, git } from './support/repo.mjs'
import { log, newJob, progressComments, runJob, useServices, type Services } from './e2e-github-env.js'

const services = useServices()
const FIXED = 'export const last = (n) => n\n'
const ANSWER = 'Fixed `last`: the final page is returned now.'
const WRITE_THEN_ANSWER: ScriptTurn[] = [
  { toolCalls: [{ name: 'write_file', args: { path: 'src/paginate.js', content: FIXED } }] },
  { text: ANSWER },
]

const branches = (s: Services) =>
  Object.fromEntries(
    git(s.origin, 'for-each-ref', '--format=%(refname:short) %(objectname)', 'refs/heads')
      .split('\n')
      .map((l) => l.split(' ') as [string, string]),
  )

function issueJob(s: Services, node: string, dir: string, runId: string, attempt: number, inputs: Record<string, string> = {}) {
  return newJob(s, { dir, runId, attempt, node, eventName: 'issue_comment', payload: loadEvent('issue_comment.issue'), inputs })
}

describe.each(RUNTIMES)('delivery on $label', ({ label, node }) => {
  const id = (n: number) => String((label === 'node20' ? 7500 : 7600) + n)

  it('a comment on an issue ends with one pull request, linked in the comment; re-running the finished job adds nothing', async () => {
    const s = services()
    s.model.setFaults([])
    s.model.setScript(WRITE_THEN_ANSWER)
    const runId = id(1)
    const { main, post } = await runJob(issueJob(s, node, `pr-${label}`, runId, 1))
    expect(main.code, log(main)).toBe(0)
    expect(post.code, log(post)).toBe(0)
    const branch = `agent/issue-42-run-${runId}`
    const pr = s.github.state.pulls.filter((p) => p.head === branch)
    expect(pr).toHaveLength(1)
    expect(pr[0]).toMatchObject({ base: 'main', title: 'Pagination drops the last page' })
    expect(main.outputs).toMatchObject({
      outcome: 'completed',
      branch,
      'pull-request-number': String(pr[0]?.number),
      'pull-request-url': `https://github.com/octo-org/hello-world/pull/${pr[0]?.number}`,
      'changed-files': 'src/paginate.js',
    })
    const commit = main.outputs['commit'] ?? ''
    expect(branches(s)[branch]).toBe(commit)
    expect(git(s.origin, 'show', `${commit}:src/paginate.js`)).toBe(FIXED.trimEnd())
    expect(git(s.origin, 'log', '-1', '--format=%an%n%B', commit)).toMatch(
      /^github-actions\[bot\]\nPagination drops the last page\n\nRequested by @alice in #42; [^\n]+\n\nCo-authored-by: alice <\d+\+alice@users\.noreply\.github\.com>/,
    )
    const [comment] = progressComments(s.github, 42, runId)
    expect(comment?.body).toContain(
      `Pull request [#${pr[0]?.number}](https://github.com/octo-org/hello-world/pull/${pr[0]?.number}) from \`${branch}\``,
    )
    expect(comment?.body).toContain('| `src/paginate.js` | modified | +1 −1 |')
    expect(main.summary).toContain('### Delivery')

    // "Re-run all jobs" after it all worked: no model call, no push, no second pull request, the
    // same outputs, and the progress comment left as it was (on-finished: reuse).
    const calls = s.model.requests.length
    const before = progressComments(s.github, 42, runId)[0]?.body
    const again = await runJob(issueJob(s, node, `pr-${label}`, runId, 2))
    expect(again.main.code, log(again.main)).toBe(0)
    expect(s.model.requests.length).toBe(calls)
    expect(again.main.outputs).toMatchObject({
      outcome: 'completed',
      resumed: 'true',
      commit,
      branch,
      'pull-request-number': String(pr[0]?.number),
    })
    expect(again.main.outputs['response']).toBe(main.outputs['response'])
    expect(again.main.outputs['session-id']).toBe(main.outputs['session-id'])
    expect(progressComments(s.github, 42, runId)[0]?.body).toBe(before)
    expect(again.main.summary).toContain('already completed in attempt 1: no model call')

    // on-finished: continue sends the agent the continuation note instead (one more model call).
    s.model.setScript([{ text: 'Nothing left to do.' }])
    const onward = await runJob(issueJob(s, node, `pr-${label}`, runId, 3, { 'on-finished': 'continue' }))
    expect(onward.main.code, log(onward.main)).toBe(0)
    expect(s.model.requests.length).toBe(calls + 1)
    expect(JSON.stringify(s.model.requests.at(-1)?.body)).toContain('interrupted')
    expect(s.github.state.pulls.filter((p) => p.head === branch)).toHaveLength(1)
    expect(branches(s)[branch]).toBe(commit)
  })

  it('a push the repository rejects fails the job; the re-run delivers with zero model calls and the same commit', async () => {
    const s = services()
    s.model.setFaults([])
    s.model.setScript(WRITE_THEN_ANSWER)
    const hook = join(s.origin, 'hooks', 'pre-receive')
    writeFileSync(hook, '#!/bin/sh\necho "pushes are frozen for the release" >&2\nexit 1\n')
    chmodSync(hook, 0o755)
    const runId = id(2)
    const branch = `agent/issue-42-run-${runId}`
    try {
      const first = await runJob(issueJob(s, node, `hook-${label}`, runId, 1))
      expect(first.main.code, log(first.main)).toBe(1)
      expect(first.main.outputs['outcome']).toBe('delivery-failed')
      expect(commands(first.main.stdout, 'error').join('\n')).toContain('pushes are frozen for the release')
      expect(branches(s)[branch]).toBeUndefined()
      expect(progressComments(s.github, 42, runId)[0]?.body).toContain('pushes are frozen for the release')
    } finally {
      rmSync(hook)
    }
    const calls = s.model.requests.length
    const second = await runJob(issueJob(s, node, `hook-${label}`, runId, 2))
    expect(second.main.code, log(second.main)).toBe(0)
    expect(s.model.requests.length).toBe(calls)
    expect(second.main.outputs['outcome']).toBe('completed')
    expect(branches(s)[branch]).toBe(second.main.outputs['commit'])
    expect(s.github.state.pulls.filter((p) => p.head === branch)).toHaveLength(1)
    expect(progressComments(s.github, 42, runId)[0]?.body).toContain('**✅ Done** · attempt 2')
  })

  it('GitHub refuses to open the pull request: the branch is pushed, the job fails naming the setting; the re-run opens it once', async () => {
    const s = services()
    s.model.setFaults([])
    s.model.setScript(WRITE_THEN_ANSWER)
    s.github.state.pullRequestsPermitted = false
    const runId = id(3)
    const branch = `agent/issue-42-run-${runId}`
    const first = await runJob(issueJob(s, node, `perm-${label}`, runId, 1))
    expect(first.main.code, log(first.main)).toBe(1)
    const error = commands(first.main.stdout, 'error').join('\n')
    expect(error).toContain('Allow GitHub Actions to create and approve pull requests')
    expect(error).toContain(`compare/main...${branch}?expand=1`)
    const pushed = branches(s)[branch]
    expect(pushed).toBeDefined()

    s.github.state.pullRequestsPermitted = true
    const calls = s.model.requests.length
    const second = await runJob(issueJob(s, node, `perm-${label}`, runId, 2))
    expect(second.main.code, log(second.main)).toBe(0)
    expect(s.model.requests.length).toBe(calls)
    expect(branches(s)[branch]).toBe(pushed)
    expect(s.github.state.pulls.filter((p) => p.head === branch)).toHaveLength(1)
  })

  it('a runner lost after the agent finished (no post step): the re-run makes no model call and delivers once', async () => {
    const s = services()
    s.model.setFaults([])
    s.model.setScript(WRITE_THEN_ANSWER)
    const runId = id(8)
    const branch = `agent/issue-42-run-${runId}`
    const first = issueJob(s, node, `lost-${label}`, runId, 1)
    const { child, done } = first.start('main')
    // The session is saved as finished before anything is delivered; the runner dies right after.
    const finished = `agent-resume-${runId}-agent-1-c1000000-`
    const deadline = Date.now() + 20_000
    while (!s.cache.entries().some((e) => e.key === finished && e.finalized) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 10))
    killGroup(child, 'SIGKILL')
    await done
    const calls = s.model.requests.length
    const second = await runJob(issueJob(s, node, `lost-${label}`, runId, 2))
    expect(second.main.code, log(second.main)).toBe(0)
    expect(s.model.requests.length).toBe(calls)
    expect(second.main.outputs).toMatchObject({ outcome: 'completed', branch, 'changed-files': 'src/paginate.js' })
    expect(branches(s)[branch]).toBe(second.main.outputs['commit'])
    expect(s.github.state.pulls.filter((p) => p.head === branch)).toHaveLength(1)
  })

  it('a comment on a pull request of this repository: the commit goes onto its head branch, no new pull request', async () => {
    const s = services()
    s.model.setFaults([])
    s.model.setScript(WRITE_THEN_ANSWER)
    // The pull request's head branch, as GitHub holds it.
    const seed = freshClone(s.origin, join(s.root, `head-${label}`))
    writeFileSync(join(seed, 'flag.js'), 'export const dryRun = true\n')
    git(seed, 'add', '-A')
    git(seed, 'commit', '-q', '-m', 'dry run flag')
    const headRef = `feature/dry-run-${label}`
    git(seed, 'push', '-q', 'origin', `HEAD:refs/heads/${headRef}`)
    const pull = s.github.state.issues.get(57)!.pull!
    pull.headRef = headRef
    pull.headSha = git(seed, 'rev-parse', 'HEAD')
    const before = s.github.state.pulls.length
    const { main } = await runJob(
      newJob(s, {
        dir: `head-${label}-run`,
        runId: id(4),
        attempt: 1,
        node,
        eventName: 'issue_comment',
        payload: loadEvent('issue_comment.pr'),
      }),
    )
    expect(main.code, log(main)).toBe(0)
    const commit = main.outputs['commit'] ?? ''
    expect(branches(s)[headRef]).toBe(commit)
    expect(git(s.origin, 'rev-parse', `${commit}^`)).toBe(pull.headSha)
    expect(main.outputs).toMatchObject({ branch: headRef, 'pull-request-number': '' })
    expect(s.github.state.pulls.length).toBe(before)
  })

  it('a pull request from a fork, deliver: none, and no change: nothing is pushed, and the summary says why', async () => {
    const s = services()
    s.model.setFaults([])
    s.model.setScript(WRITE_THEN_ANSWER)
    s.github.state.issues.get(57)!.pull!.headRepo = 'mallory/hello-world'
    const fork = await runJob(
      newJob(s, {
        dir: `fork-${label}`,
        runId: id(5),
        attempt: 1,
        node,
        eventName: 'issue_comment',
        payload: loadEvent('issue_comment.pr'),
      }),
    )
    expect(fork.main.code, log(fork.main)).toBe(0)
    expect(fork.main.summary).toContain('comes from a fork (mallory/hello-world)')
    expect(progressComments(s.github, 57, id(5))[0]?.body).toContain('comes from a fork')

    const none = await runJob(issueJob(s, node, `none-${label}`, id(6), 1, { deliver: 'none' }))
    expect(none.main.code, log(none.main)).toBe(0)
    expect(none.main.summary).toContain("Not delivered: the 'deliver' input is none")

    s.model.setScript([{ text: 'Nothing needed changing.' }])
    const nothing = await runJob(issueJob(s, node, `nothing-${label}`, id(7), 1))
    expect(nothing.main.code, log(nothing.main)).toBe(0)
    expect(nothing.main.summary).toContain('Nothing to deliver: the agent changed no files')
    expect(Object.keys(branches(s)).filter((b) => b.includes(id(5)) || b.includes(id(6)) || b.includes(id(7)))).toEqual([])
    expect(s.github.state.pulls).toEqual([])
  })
})
