// The progress comment across attempts of one run, and the 👀 reaction, against the GitHub fake
// over HTTP. "Attempts" are separate ProgressComment instances, as on separate runners.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { PROGRESS_COMMENT_ID_KEY, ProgressComment, type KeyValuePort } from '../src/github/progress-comment.js'
import { createOctokit, createOctokitPorts } from '../src/github/octokit.js'
import type { GitHubPorts } from '../src/github/ports.js'
import { WorkingReaction } from '../src/github/reaction.js'
import type { RunInfo } from '../src/run-context.js'
import { startGitHubFake, type GitHubFake } from './support/github-fake.mjs'

let fake: GitHubFake
let port: GitHubPorts
const repo = { owner: 'octo-org', repo: 'hello-world' }

class MapKv implements KeyValuePort {
  readonly map = new Map<string, string>()
  get(key: string): string | undefined {
    return this.map.get(key)
  }
  set(key: string, value: string): void {
    this.map.set(key, value)
  }
}

const run = (attempt: number, runId = '9876543210'): RunInfo => ({
  serverUrl: 'https://github.com',
  repo,
  runId,
  attempt,
  workflowRef: 'octo-org/hello-world/.github/workflows/agent.yml@refs/heads/main',
})

function progress(
  attempt: number,
  kv: KeyValuePort,
  extra: Partial<ConstructorParameters<typeof ProgressComment>[0]> = {},
): ProgressComment {
  return new ProgressComment({ port, kv, issueNumber: 42, run: run(attempt), sessionKey: 'agent', ...extra })
}

const ours = (): { id: number; body: string }[] =>
  fake.commentsOn(42).filter((c) => c.body.includes('<!-- agent-resume: run=9876543210 key=agent -->'))

beforeEach(async () => {
  fake = await startGitHubFake(repo)
  fake.addIssue({ number: 42, title: 'Pagination drops the last page' })
  fake.addComment(42, { id: 2001, user: 'alice', body: '/agent fix it' })
  port = createOctokitPorts(createOctokit('ghs_test', fake.url, { retryBaseMs: 1 }), repo)
})
afterEach(async () => fake.close())

describe('across two attempts', () => {
  it('is created once, found again by its stored id, and updated — never duplicated', async () => {
    const kv = new MapKv()
    const first = progress(1, kv)
    const id = await first.start()
    expect(ours()).toHaveLength(1)
    expect(kv.get(PROGRESS_COMMENT_ID_KEY)).toBe(String(id))
    expect(ours()[0]?.body).toContain(
      '**⏳ Working** · attempt 1 · [run 9876543210, attempt 1](https://github.com/octo-org/hello-world/actions/runs/9876543210/attempts/1)',
    )

    await first.fail('Error: model API answered 529 Overloaded\n    at call (agent.ts:10)', { resumable: true, failedAfterStep: 7 })
    const failed = ours()[0]?.body ?? ''
    expect(failed).toContain('**❌ Failed**')
    expect(failed).toContain(
      'Attempt 1 failed after step 7: Error: model API answered 529 Overloaded\n\nUse **Re-run failed jobs** to resume from step 7; finished steps are not repeated. See the [run logs](https://github.com/octo-org/hello-world/actions/runs/9876543210/attempts/1).',
    )
    expect(failed).not.toContain('at call (agent.ts:10)')

    // Attempt 2 on a fresh runner, with the session (and so the kv) restored from the cache.
    fake.state.requests.length = 0
    const second = progress(2, kv)
    expect(await second.start({ resumedAfterStep: 7 })).toBe(id)
    expect(fake.requestsTo('GET', /\/issues\/42\/comments$/)).toHaveLength(0) // found by id, no search
    expect(fake.requestsTo('POST', /\/issues\/42\/comments$/)).toHaveLength(0)
    const working = ours()[0]?.body ?? ''
    expect(working).toContain(
      '**⏳ Working** · attempt 2 — resumed after step 7 · [run 9876543210, attempt 2](https://github.com/octo-org/hello-world/actions/runs/9876543210/attempts/2)',
    )
    expect(working).toContain(
      '- Attempt 1 of run 9876543210: ❌ failed after step 7: Error: model API answered 529 Overloaded ([logs](https://github.com/octo-org/hello-world/actions/runs/9876543210/attempts/1))',
    )

    await second.finish('Fixed the off-by-one; added `paginate.test.ts`.', 12)
    expect(ours()).toHaveLength(1)
    const done = ours()[0]?.body ?? ''
    expect(done).toContain('**✅ Done** · attempt 2 — resumed after step 7')
    expect(done).toContain('Fixed the off-by-one; added `paginate.test.ts`.')
    expect(done).toContain('- Attempt 2 of run 9876543210: ✅ done after 11 tool steps and the answer')
    expect(done.indexOf('- Attempt 1 of run')).toBeLessThan(done.indexOf('- Attempt 2 of run'))
  })

  it('is found by its marker when the stored id was lost (session not saved)', async () => {
    await progress(1, new MapKv()).start()
    fake.addComment(42, { user: 'bob', body: 'any news?' })
    const kv = new MapKv()
    const second = progress(2, kv)
    const id = await second.start()
    expect(fake.requestsTo('GET', /\/issues\/42\/comments$/).length).toBeGreaterThan(0)
    expect(ours()).toHaveLength(1)
    expect(ours()[0]?.id).toBe(id)
    expect(kv.get(PROGRESS_COMMENT_ID_KEY)).toBe(String(id))
    // Attempt 1 never reported an end (runner lost): the history says so.
    expect(ours()[0]?.body).toContain('- Attempt 1 of run 9876543210: ⚠️ ended without a report (cancelled, timed out or runner lost)')
    expect(ours()[0]?.body).toContain('attempt 2 — starting over')
  })

  it('is recreated when someone deleted it between attempts', async () => {
    const kv = new MapKv()
    const id = await progress(1, kv).start()
    fake.state.comments = fake.state.comments.filter((c) => c.id !== id)
    const again = await progress(2, kv).start()
    expect(again).not.toBe(id)
    expect(ours()).toHaveLength(1)
  })

  it('a different run gets its own comment', async () => {
    await progress(1, new MapKv()).start()
    await new ProgressComment({ port, kv: new MapKv(), issueNumber: 42, run: run(1, '1111'), sessionKey: 'agent' }).start()
    expect(fake.commentsOn(42).filter((c) => c.body.includes('<!-- agent-resume:'))).toHaveLength(2)
  })
})

describe('progress updates', () => {
  it('are throttled by the injected clock; finish always writes', async () => {
    let now = 1_000_000
    const comment = progress(1, new MapKv(), { now: () => now, minIntervalMs: 10_000 })
    await comment.start()
    const patches = (): number => fake.requestsTo('PATCH', /\/issues\/comments\/\d+$/).length
    expect(await comment.progress('step 1: reading files')).toBe(false)
    now += 4_000
    expect(await comment.progress('step 2: running tests')).toBe(false)
    expect(patches()).toBe(0)
    now += 6_000
    expect(await comment.progress('step 3: editing src/paginate.ts')).toBe(true)
    expect(patches()).toBe(1)
    expect(ours()[0]?.body).toContain('step 3: editing src/paginate.ts')
    now += 1_000
    expect(await comment.progress('step 4: tests pass')).toBe(false)
    expect(await comment.flush()).toBe(true)
    expect(ours()[0]?.body).toContain('step 4: tests pass')
    expect(await comment.finish('All done.')).toBe(true)
    expect(patches()).toBe(3)
  })

  it('a failed write is reported, not thrown', async () => {
    const errors: string[] = []
    const comment = progress(1, new MapKv(), { onError: (_e, during) => errors.push(during) })
    await comment.start()
    // A 502 is retried: it fails every try here (the port retries after 1 ms, not 700).
    const failure = fake.fail({ method: 'PATCH', path: /\/issues\/comments\/\d+$/, status: 502, message: 'Bad Gateway' })
    expect(await comment.finish('answer')).toBe(false)
    failure.stop()
    expect(errors).toEqual(['posting the answer'])
  })

  it('says the session was not saved when a re-run cannot resume', async () => {
    const comment = progress(1, new MapKv())
    await comment.start()
    await comment.fail('cache write denied', { resumable: false })
    expect(ours()[0]?.body).toContain('Attempt 1 failed: cache write denied\n\nThe session could not be saved, so a re-run starts over.')
  })
})

describe('👀 reaction', () => {
  it('is added while working and removed at the end', async () => {
    const target = { kind: 'issue_comment', commentId: 2001 } as const
    const reaction = new WorkingReaction(port, target)
    expect(await reaction.add()).toBe(true)
    expect(fake.state.reactions).toEqual([expect.objectContaining({ kind: 'comment', targetId: 2001, content: 'eyes' })])
    // A re-run reacting again gets the same reaction back, so it can still remove it.
    const rerun = new WorkingReaction(port, target)
    expect(await rerun.add()).toBe(true)
    expect(fake.state.reactions).toHaveLength(1)
    expect(await rerun.remove()).toBe(true)
    expect(fake.state.reactions).toHaveLength(0)
  })

  it('goes on the issue itself for issue events, and does nothing without a target', async () => {
    expect(await new WorkingReaction(port, { kind: 'issue', issueNumber: 42 }).add()).toBe(true)
    expect(fake.state.reactions[0]).toMatchObject({ kind: 'issue', targetId: 42 })
    expect(await new WorkingReaction(port, undefined).add()).toBe(false)
  })
})

describe('after a hand-off', () => {
  const dispatched = (attempt: number) => run(attempt, '5550001')

  it('the dispatched run keeps the original marker and record, so a re-run of the original finds where the work went', async () => {
    const original = progress(1, new MapKv())
    await original.start()
    await original.handedOff(
      'Continuing in [a separate run](https://github.com/octo-org/hello-world/actions/runs/5550001) …',
      'handed off',
      'https://github.com/octo-org/hello-world/actions/runs/5550001',
    )
    const taker = new ProgressComment({
      port,
      kv: new MapKv(),
      issueNumber: 42,
      run: dispatched(1),
      sessionKey: 'agent',
      adoptCommentId: original.id,
    })
    await taker.start()
    await taker.fail('the model answered 500', { resumable: true, failedAfterStep: 3 })
    const body = fake.commentsOn(42).find((c) => c.id === original.id)!.body
    expect(body).toContain('<!-- agent-resume: run=9876543210 key=agent -->')
    expect(body).toContain('<!-- agent-resume: run=5550001 key=agent -->')
    expect(body).toContain('<!-- agent-resume-handoff from=9876543210 url=https://github.com/octo-org/hello-world/actions/runs/5550001 -->')

    // A re-run of the original (a fresh runner: no stored id) reads, writes nothing, and points to the failed run.
    const rerun = progress(2, new MapKv())
    const earlier = await rerun.earlierHandoff()
    expect(earlier).toEqual({
      failed: true,
      message:
        "This request was already handed off, and [the run it was handed off to](https://github.com/octo-org/hello-world/actions/runs/5550001) failed. Re-run that run's failed jobs to resume it; nothing new was started here.",
    })
    expect(fake.commentsOn(42).find((c) => c.id === original.id)!.body).toBe(body)
    // A run that never handed off finds nothing to report.
    expect(
      await new ProgressComment({ port, kv: new MapKv(), issueNumber: 42, run: run(1, '123'), sessionKey: 'agent' }).earlierHandoff(),
    ).toBeUndefined()
  })
})

describe('an attempt that ended without a report', () => {
  it('the post step attaches by id and says interrupted after step k; history kept', async () => {
    const kv = new MapKv()
    const main = progress(1, kv)
    await main.start()
    const post = progress(1, kv)
    expect(await post.attach()).toBe(true)
    expect(await post.stopped('interrupted', 4, true)).toBe(true)
    const body = ours()[0]!.body
    expect(body).toContain('**⏸ Interrupted** · attempt 1')
    expect(body).toContain('Attempt 1 was interrupted (cancelled, timed out or its runner lost) after step 4.')
    expect(body).toContain('- Attempt 1 of run 9876543210: ⏸ interrupted after step 4')
    expect(ours()).toHaveLength(1)
  })
})
