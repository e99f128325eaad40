// The Octokit the action builds (src/github/octokit.ts) against the GitHub fake over HTTP: which
// failures @octokit/plugin-retry tries again, how often, and that an abort signal also ends a
// wait between retries.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createOctokit, createOctokitPorts, GITHUB_RETRY } from '../src/github/octokit.js'
import type { GitHubPorts } from '../src/github/ports.js'
import { startGitHubFake, type GitHubFake } from './support/github-fake.mjs'
import { seedFixtureRepo } from './support/github-fake.seed.js'

let fake: GitHubFake
let port: GitHubPorts
const repo = { owner: 'octo-org', repo: 'hello-world' }

beforeAll(async () => {
  fake = await startGitHubFake(repo)
  seedFixtureRepo(fake)
  port = createOctokitPorts(createOctokit('ghs_test', fake.url, { retryBaseMs: 1 }), repo)
})
afterAll(async () => fake.close())
beforeEach(() => {
  for (const f of [...fake.state.failures]) f.stop()
  fake.state.requests.length = 0
})

describe('retries', () => {
  it('wait n² × 0.7 s before the n-th of 3 retries: under 10 s in all, within an Actions step', () => {
    const waits = Array.from({ length: GITHUB_RETRY.retries }, (_, i) => (i + 1) ** 2 * GITHUB_RETRY.baseMs)
    expect(waits).toEqual([700, 2800, 6300])
    expect(waits.reduce((a, b) => a + b)).toBeLessThan(10_000)
  })

  it.each([500, 502, 503, 504])('a %i is tried again on reads and idempotent writes', async (status) => {
    const read = fake.fail({ method: 'GET', path: '/repos/octo-org/hello-world/issues/42', status, times: 2 })
    expect((await port.getIssue(42)).title).toBe('Pagination drops the last page')
    expect(read.attempts).toBe(2)
    const update = fake.fail({ method: 'PATCH', path: /\/issues\/comments\/\d+$/, status, times: 1 })
    const { id } = await port.createComment(43, 'hello')
    await port.updateComment(id, 'hello again')
    expect(update.attempts).toBe(1)
    expect(fake.commentsOn(43).map((c) => c.body)).toEqual(['hello again'])
    fake.state.comments = fake.state.comments.filter((c) => c.issueNumber !== 43)
  })

  it('a comment or a dispatch is tried once: a 5xx may hide one that happened, and a retry would make two', async () => {
    const post = fake.fail({ method: 'POST', path: /\/issues\/43\/comments$/, status: 502, times: 1 })
    await expect(port.createComment(43, 'hello')).rejects.toMatchObject({ status: 502 })
    expect(post.attempts).toBe(1)
    const dispatch = fake.fail({ method: 'POST', path: /\/dispatches$/, status: 502, times: 1 })
    await expect(port.dispatchWorkflow('agent.yml', 'main', { 'agent-actor': 'alice' })).rejects.toMatchObject({ status: 502 })
    expect(dispatch.attempts).toBe(1)
    expect(fake.state.dispatches).toEqual([])
  })

  it('a dropped connection is tried again', async () => {
    const reset = fake.fail({ method: 'GET', path: '/repos/octo-org/hello-world/issues/42', status: 'reset', times: 3 })
    expect((await port.getIssue(42)).number).toBe(42)
    expect(reset.attempts).toBe(3)
  })

  it.each([400, 401, 403, 404, 410, 422, 429, 451])('a %i is an answer: not tried again', async (status) => {
    const failure = fake.fail({ method: 'GET', path: '/repos/octo-org/hello-world/issues/42', status, message: 'No' })
    await expect(port.getIssue(42)).rejects.toMatchObject({ status })
    expect(failure.attempts).toBe(1)
  })

  it('give up after 3 retries with the last answer', async () => {
    const failure = fake.fail({ method: 'GET', path: '/repos/octo-org/hello-world/issues/42', status: 502 })
    await expect(port.getIssue(42)).rejects.toMatchObject({ status: 502, message: expect.stringContaining('Bad Gateway') })
    expect(failure.attempts).toBe(1 + GITHUB_RETRY.retries)
  })

  it('retries: 0 turns them off', async () => {
    const once = createOctokitPorts(createOctokit('ghs_test', fake.url, { retries: 0 }), repo)
    const failure = fake.fail({ method: 'GET', path: '/repos/octo-org/hello-world/issues/42', status: 502 })
    await expect(once.getIssue(42)).rejects.toMatchObject({ status: 502 })
    expect(failure.attempts).toBe(1)
  })
})

describe('an abort signal', () => {
  it('ends a call while it waits to retry, not after the wait', async () => {
    const failure = fake.fail({ method: 'GET', path: '/repos/octo-org/hello-world/issues/42', status: 502 })
    const bounded = createOctokitPorts(createOctokit('ghs_test', fake.url, { retryBaseMs: 2_000, signal: AbortSignal.timeout(150) }), repo)
    const started = Date.now()
    await expect(bounded.getIssue(42)).rejects.toMatchObject({ name: 'TimeoutError' })
    expect(Date.now() - started).toBeLessThan(1_500)
    expect(failure.attempts).toBe(1)
  })

  it('stops calls once it has aborted, and leaves calls alone before', async () => {
    const controller = new AbortController()
    const ports = createOctokitPorts(createOctokit('ghs_test', fake.url, { signal: controller.signal }), repo)
    expect((await ports.getIssue(42)).number).toBe(42)
    controller.abort(new Error('the post step ran out of time'))
    const before = fake.state.requests.length
    await expect(ports.getIssue(42)).rejects.toThrow('the post step ran out of time')
    expect(fake.state.requests.length).toBe(before)
  })
})
