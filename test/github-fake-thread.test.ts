// The GitHub fake's endpoints for a follow-up request, through the Octokit the action builds
// (src/github/octokit.ts) over HTTP: issue comments since a time (by updated_at), all review
// comments of a pull request (sort, direction, since, pagination), and the check runs of a commit
// by SHA or branch name.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createOctokit, type Octokit } from '../src/github/octokit.js'
import { startGitHubFake, type GitHubFake } from './support/github-fake.mjs'

let fake: GitHubFake
let octokit: Octokit
const repo = { owner: 'octo-org', repo: 'hello-world' }
const SHA_A = 'a1'.repeat(20)
const SHA_B = 'b2'.repeat(20)
const SHA_PR = 'c3'.repeat(20)

beforeAll(async () => {
  fake = await startGitHubFake(repo)
  octokit = createOctokit('ghs_test', fake.url, { retryBaseMs: 1 })
  fake.addIssue({ number: 70, title: 'A thread' })
  fake.addComment(70, { id: 7001, body: 'old', createdAt: '2026-06-01T08:00:00Z' })
  fake.addComment(70, { id: 7002, body: 'edited later', createdAt: '2026-06-02T08:00:00Z', updatedAt: '2026-06-26T08:00:00Z' })
  fake.addComment(70, { id: 7003, body: 'middle', createdAt: '2026-06-20T08:00:00Z' })
  fake.addComment(70, { id: 7004, body: 'new', createdAt: '2026-06-28T08:00:00Z' })

  fake.addIssue({ number: 71, title: 'A pull request', pull: { headRef: 'feature/thread', headSha: SHA_PR } })
  fake.addIssue({ number: 72, title: 'Another pull request', pull: { headRef: 'other' } })
  const hunk = '@@ -1,2 +1,2 @@\n-a\n+b'
  fake.addReviewComment(71, {
    id: 7101,
    reviewId: 8001,
    user: 'alice',
    body: 'first',
    path: 'src/a.ts',
    line: 2,
    diffHunk: hunk,
    createdAt: '2026-06-10T00:00:00Z',
  })
  fake.addReviewComment(71, {
    id: 7102,
    reviewId: 8002,
    user: 'bob',
    body: 'reply',
    path: 'src/a.ts',
    line: 2,
    diffHunk: hunk,
    createdAt: '2026-06-11T00:00:00Z',
    inReplyTo: 7101,
  })
  fake.addReviewComment(71, {
    id: 7103,
    user: 'alice',
    body: 'edited',
    path: 'src/b.ts',
    diffHunk: hunk,
    createdAt: '2026-06-05T00:00:00Z',
    updatedAt: '2026-06-27T00:00:00Z',
  })
  fake.addReviewComment(71, {
    id: 7104,
    user: 'carol',
    body: 'latest',
    path: 'src/b.ts',
    line: 9,
    diffHunk: hunk,
    createdAt: '2026-06-20T00:00:00Z',
  })
  fake.addReviewComment(71, {
    id: 7105,
    user: 'alice',
    body: 'fifth',
    path: 'src/c.ts',
    line: 1,
    diffHunk: hunk,
    createdAt: '2026-06-15T00:00:00Z',
  })
  fake.addReviewComment(72, {
    id: 7201,
    user: 'alice',
    body: 'elsewhere',
    path: 'x.ts',
    line: 1,
    diffHunk: hunk,
    createdAt: '2026-06-25T00:00:00Z',
  })
})
afterAll(async () => fake.close())
beforeEach(() => {
  fake.state.requests.length = 0
})

describe('GET /issues/{n}/comments?since', () => {
  it('keeps the comments updated at or after since, by updated_at rather than created_at', async () => {
    const { data } = await octokit.rest.issues.listComments({ ...repo, issue_number: 70, since: '2026-06-20T08:00:00Z' })
    expect(data.map((c) => [c.id, c.body, c.created_at, c.updated_at])).toEqual([
      [7002, 'edited later', '2026-06-02T08:00:00Z', '2026-06-26T08:00:00Z'],
      [7003, 'middle', '2026-06-20T08:00:00Z', '2026-06-20T08:00:00Z'],
      [7004, 'new', '2026-06-28T08:00:00Z', '2026-06-28T08:00:00Z'],
    ])
    expect(fake.state.requests.map((r) => r.query)).toEqual([{ since: '2026-06-20T08:00:00Z' }])
  })

  it('an old comment edited through the API shows up after since, with its new updated_at', async () => {
    const since = '2026-06-27T00:00:00Z'
    const before = await octokit.rest.issues.listComments({ ...repo, issue_number: 70, since })
    expect(before.data.map((c) => c.id)).toEqual([7004])
    const { data: edited } = await octokit.rest.issues.updateComment({ ...repo, comment_id: 7001, body: 'old, edited' })
    expect(edited.created_at).toBe('2026-06-01T08:00:00Z')
    expect(edited.updated_at).toMatch(/^2026-07-01T12:00:\d\d\.000Z$/)
    const after = await octokit.rest.issues.listComments({ ...repo, issue_number: 70, since })
    expect(after.data.map((c) => [c.id, c.body, c.updated_at])).toEqual([
      [7001, 'old, edited', edited.updated_at],
      [7004, 'new', '2026-06-28T08:00:00Z'],
    ])
    // Without since: every comment, in id order.
    const all = await octokit.rest.issues.listComments({ ...repo, issue_number: 70 })
    expect(all.data.map((c) => c.id)).toEqual([7001, 7002, 7003, 7004])
  })

  it('pages the filtered list with Link headers', async () => {
    const first = await octokit.rest.issues.listComments({ ...repo, issue_number: 70, since: '2026-06-20T00:00:00Z', per_page: 2 })
    expect(first.data.map((c) => c.id)).toEqual([7001, 7002])
    expect(first.headers.link).toContain('rel="next"')
    expect(first.headers.link).toContain('since=2026-06-20T00%3A00%3A00Z')
    const all = await octokit.paginate(octokit.rest.issues.listComments, {
      ...repo,
      issue_number: 70,
      since: '2026-06-20T00:00:00Z',
      per_page: 2,
    })
    expect(all.map((c) => c.id)).toEqual([7001, 7002, 7003, 7004])
    const noEdit = await octokit.paginate(octokit.rest.issues.listComments, {
      ...repo,
      issue_number: 70,
      since: '2026-06-21T00:00:00Z',
      per_page: 1,
    })
    expect(noEdit.map((c) => c.id)).toEqual([7001, 7002, 7004])
    expect(fake.requestsTo('GET', /\/issues\/70\/comments$/).map((r) => r.query.page ?? '1')).toEqual(['1', '1', '2', '1', '2', '3'])
  })

  it('answers 422 for a since that is no timestamp', async () => {
    await expect(octokit.rest.issues.listComments({ ...repo, issue_number: 70, since: 'yesterday' })).rejects.toMatchObject({ status: 422 })
  })
})

describe('GET /pulls/{n}/comments', () => {
  it("lists only this pull request's review comments, ascending by id, in GitHub's shape", async () => {
    const { data } = await octokit.rest.pulls.listReviewComments({ ...repo, pull_number: 71 })
    expect(data.map((c) => c.id)).toEqual([7101, 7102, 7103, 7104, 7105])
    const reply = data[1]
    expect(reply).toMatchObject({
      id: 7102,
      body: 'reply',
      user: { login: 'bob', type: 'User' },
      path: 'src/a.ts',
      line: 2,
      original_line: 2,
      side: 'RIGHT',
      diff_hunk: '@@ -1,2 +1,2 @@\n-a\n+b',
      pull_request_review_id: 8002,
      in_reply_to_id: 7101,
      created_at: '2026-06-11T00:00:00Z',
      updated_at: '2026-06-11T00:00:00Z',
      html_url: 'https://github.com/octo-org/hello-world/pull/71#discussion_r7102',
      commit_id: 'c'.repeat(40),
    })
    // in_reply_to_id only on a reply; a lone comment has no review.
    expect(data[0]).not.toHaveProperty('in_reply_to_id')
    expect(data[2]).toMatchObject({ id: 7103, line: null, pull_request_review_id: null, updated_at: '2026-06-27T00:00:00Z' })
    // The same comment as the single-comment route answers it.
    const single = await octokit.rest.pulls.getReviewComment({ ...repo, comment_id: 7102 })
    expect(single.data).toEqual(reply)
    const other = await octokit.rest.pulls.listReviewComments({ ...repo, pull_number: 72 })
    expect(other.data.map((c) => [c.id, c.body])).toEqual([[7201, 'elsewhere']])
  })

  it('honours since (updated_at), sort and direction', async () => {
    const since = await octokit.rest.pulls.listReviewComments({ ...repo, pull_number: 71, since: '2026-06-15T00:00:00Z' })
    expect(since.data.map((c) => c.id)).toEqual([7103, 7104, 7105])
    const created = await octokit.rest.pulls.listReviewComments({ ...repo, pull_number: 71, sort: 'created' })
    expect(created.data.map((c) => c.id)).toEqual([7104, 7105, 7102, 7101, 7103])
    const createdAsc = await octokit.rest.pulls.listReviewComments({ ...repo, pull_number: 71, sort: 'created', direction: 'asc' })
    expect(createdAsc.data.map((c) => c.id)).toEqual([7103, 7101, 7102, 7105, 7104])
    const updated = await octokit.rest.pulls.listReviewComments({ ...repo, pull_number: 71, sort: 'updated', direction: 'desc' })
    expect(updated.data.map((c) => c.id)).toEqual([7103, 7104, 7105, 7102, 7101])
    // direction is ignored without sort: ascending id.
    const noSort = await octokit.rest.pulls.listReviewComments({ ...repo, pull_number: 71, direction: 'desc' })
    expect(noSort.data.map((c) => c.id)).toEqual([7101, 7102, 7103, 7104, 7105])
  })

  it('pages with Link headers that octokit.paginate follows, since kept', async () => {
    const first = await octokit.rest.pulls.listReviewComments({ ...repo, pull_number: 71, per_page: 2 })
    expect(first.data.map((c) => c.id)).toEqual([7101, 7102])
    expect(first.headers.link).toMatch(/[?&]page=2[^>]*>; rel="next", <[^>]*[?&]page=3[^>]*>; rel="last"/)
    const all = await octokit.paginate(octokit.rest.pulls.listReviewComments, { ...repo, pull_number: 71, per_page: 2 })
    expect(all.map((c) => c.id)).toEqual([7101, 7102, 7103, 7104, 7105])
    const recent = await octokit.paginate(octokit.rest.pulls.listReviewComments, {
      ...repo,
      pull_number: 71,
      per_page: 1,
      since: '2026-06-11T00:00:00Z',
    })
    expect(recent.map((c) => c.id)).toEqual([7102, 7103, 7104, 7105])
    const pages = fake.requestsTo('GET', /\/pulls\/71\/comments$/).map((r) => [r.query.page ?? '1', r.query.since ?? ''])
    expect(pages).toEqual([
      ['1', ''],
      ['1', ''],
      ['2', ''],
      ['3', ''],
      ['1', '2026-06-11T00:00:00Z'],
      ['2', '2026-06-11T00:00:00Z'],
      ['3', '2026-06-11T00:00:00Z'],
      ['4', '2026-06-11T00:00:00Z'],
    ])
  })

  it('answers 404 for an issue that is not a pull request or one that does not exist', async () => {
    await expect(octokit.rest.pulls.listReviewComments({ ...repo, pull_number: 70 })).rejects.toMatchObject({ status: 404 })
    await expect(octokit.rest.pulls.listReviewComments({ ...repo, pull_number: 999 })).rejects.toMatchObject({ status: 404 })
  })
})

describe('GET /commits/{ref}/check-runs', () => {
  beforeAll(() => {
    fake.addCheckRun(SHA_A, {
      id: 9001,
      name: 'build',
      conclusion: 'failure',
      startedAt: '2026-06-30T10:00:00Z',
      completedAt: '2026-06-30T10:05:00Z',
    })
    fake.addCheckRun(SHA_A, {
      id: 9002,
      name: 'build',
      conclusion: 'success',
      startedAt: '2026-06-30T11:00:00Z',
      completedAt: '2026-06-30T11:04:00Z',
      title: 'Build passed',
      summary: 'All 12 steps passed.',
    })
    fake.addCheckRun(SHA_A, { id: 9003, name: 'lint', status: 'in_progress', startedAt: '2026-06-30T11:01:00Z', app: 'super-linter' })
    fake.addCheckRun(SHA_B, { id: 9004, name: 'build', status: 'queued' })
    fake.addCheckRun(SHA_PR, { id: 9005, name: 'test', conclusion: 'timed_out' })
    fake.setBranch('main', SHA_A)
    fake.setBranch('release/v1', SHA_B)
  })

  it('lists the latest run of each check on a SHA, newest first, with total_count', async () => {
    const { data } = await octokit.rest.checks.listForRef({ ...repo, ref: SHA_A })
    expect(data.total_count).toBe(2)
    expect(data.check_runs.map((r) => [r.id, r.name, r.status, r.conclusion])).toEqual([
      [9003, 'lint', 'in_progress', null],
      [9002, 'build', 'completed', 'success'],
    ])
    expect(data.check_runs[1]).toMatchObject({
      id: 9002,
      head_sha: SHA_A,
      started_at: '2026-06-30T11:00:00Z',
      completed_at: '2026-06-30T11:04:00Z',
      html_url: 'https://github.com/octo-org/hello-world/runs/9002',
      details_url: 'https://github.com/octo-org/hello-world/actions/runs/9002/job/9002',
      app: { slug: 'github-actions', name: 'GitHub Actions' },
      output: { title: 'Build passed', summary: 'All 12 steps passed.' },
    })
    expect(data.check_runs[0]).toMatchObject({
      completed_at: null,
      app: { slug: 'super-linter', name: 'super-linter' },
      output: { title: null, summary: null },
    })
  })

  it('filter=all keeps the re-run runs', async () => {
    const { data } = await octokit.rest.checks.listForRef({ ...repo, ref: SHA_A, filter: 'all' })
    expect(data.total_count).toBe(3)
    expect(data.check_runs.map((r) => [r.id, r.conclusion])).toEqual([
      [9003, null],
      [9002, 'success'],
      [9001, 'failure'],
    ])
    const named = await octokit.rest.checks.listForRef({ ...repo, ref: SHA_A, filter: 'all', check_name: 'build', status: 'completed' })
    expect(named.data.check_runs.map((r) => r.id)).toEqual([9002, 9001])
  })

  it('resolves a branch name (setBranch, heads/…, refs/heads/…) and a pull request head', async () => {
    const main = await octokit.rest.checks.listForRef({ ...repo, ref: 'main' })
    expect([main.data.total_count, main.data.check_runs.map((r) => r.id)]).toEqual([2, [9003, 9002]])
    const release = await octokit.rest.checks.listForRef({ ...repo, ref: 'release/v1' })
    expect(release.data.check_runs.map((r) => [r.id, r.head_sha, r.status, r.conclusion, r.completed_at])).toEqual([
      [9004, SHA_B, 'queued', null, null],
    ])
    expect(fake.state.requests.at(-1)?.path).toBe('/repos/octo-org/hello-world/commits/release%2Fv1/check-runs')
    const heads = await octokit.rest.checks.listForRef({ ...repo, ref: 'refs/heads/release/v1' })
    expect(heads.data.total_count).toBe(1)
    const pr = await octokit.rest.checks.listForRef({ ...repo, ref: 'heads/feature/thread' })
    expect(pr.data.check_runs.map((r) => [r.id, r.head_sha, r.conclusion])).toEqual([[9005, SHA_PR, 'timed_out']])
    const none = await octokit.rest.checks.listForRef({ ...repo, ref: 'f'.repeat(40) })
    expect(none.data).toEqual({ total_count: 0, check_runs: [] })
    await expect(octokit.rest.checks.listForRef({ ...repo, ref: 'no-such-branch' })).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining('No commit found for SHA: no-such-branch'),
    })
  })

  it('pages with per_page/page; total_count counts every run; octokit.paginate collects them', async () => {
    const first = await octokit.rest.checks.listForRef({ ...repo, ref: SHA_A, filter: 'all', per_page: 2 })
    expect(first.data.total_count).toBe(3)
    expect(first.data.check_runs.map((r) => r.id)).toEqual([9003, 9002])
    expect(first.headers.link).toContain('rel="next"')
    const second = await octokit.rest.checks.listForRef({ ...repo, ref: SHA_A, filter: 'all', per_page: 2, page: 2 })
    expect([second.data.total_count, second.data.check_runs.map((r) => r.id)]).toEqual([3, [9001]])
    const all = await octokit.paginate(octokit.rest.checks.listForRef, { ...repo, ref: 'main', filter: 'all', per_page: 1 })
    expect(all.map((r) => r.id)).toEqual([9003, 9002, 9001])
  })

  it('seeding refuses a status and conclusion GitHub would not report together', () => {
    expect(() => fake.addCheckRun(SHA_A, { name: 'x', status: 'completed' })).toThrow(/status completed with conclusion null/)
    expect(() => fake.addCheckRun(SHA_A, { name: 'x', status: 'queued', conclusion: 'success' })).toThrow(/status queued/)
    expect(() => fake.addCheckRun('main', { name: 'x', conclusion: 'success' })).toThrow(/40 hex/)
    expect(fake.state.checkRuns.map((r) => r.id)).toEqual([9001, 9002, 9003, 9004, 9005])
  })
})

describe('routes the fake does not have', () => {
  it('still answer 404', async () => {
    await expect(octokit.request('GET /repos/{owner}/{repo}/commits/{ref}/statuses', { ...repo, ref: SHA_A })).rejects.toMatchObject({
      status: 404,
    })
    await expect(octokit.request('GET /repos/{owner}/{repo}/pulls/comments', repo)).rejects.toMatchObject({ status: 404 })
    await expect(octokit.request('POST /repos/{owner}/{repo}/check-runs', { ...repo, name: 'x', head_sha: SHA_A })).rejects.toMatchObject({
      status: 404,
    })
    // Another repository's check runs.
    await expect(octokit.rest.checks.listForRef({ owner: 'octo-org', repo: 'other', ref: SHA_A })).rejects.toMatchObject({ status: 404 })
  })
})
