// resolveTrigger: event → (hand-off fetch) → decision → gate, against the GitHub fake.
import { afterAll, beforeAll, expect, it } from 'vitest'
import { shouldHandOff } from '../src/github/handoff.js'
import { createOctokit, createOctokitPorts } from '../src/github/octokit.js'
import type { GitHubPorts } from '../src/github/ports.js'
import { resolveTrigger, type TriggerInput } from '../src/github/intake.js'
import { startGitHubFake, type GitHubFake } from './support/github-fake.mjs'
import { loadEvent, seedFixtureRepo } from './support/github-fake.seed.js'

let fake: GitHubFake
let port: GitHubPorts
const repo = { owner: 'octo-org', repo: 'hello-world' }
const settings = { trigger: '/agent', prompt: '', allowedUsers: [], allowedBots: [] }
const input = (eventName: string, payload: unknown, extra: Partial<TriggerInput['settings']> = {}): TriggerInput => ({
  eventName,
  payload,
  actor: 'env-actor',
  repo,
  settings: { ...settings, ...extra },
  port,
})

beforeAll(async () => {
  fake = await startGitHubFake(repo)
  seedFixtureRepo(fake)
  port = createOctokitPorts(createOctokit('ghs_test', fake.url), repo)
})
afterAll(async () => fake.close())

it('runs for a permitted commenter', async () => {
  const out = await resolveTrigger(input('issue_comment', loadEvent('issue_comment.issue')))
  expect(out).toMatchObject({
    kind: 'run',
    actor: 'alice',
    gateReason: '@alice has write permission on octo-org/hello-world',
    viaHandoff: false,
  })
})

it('refuses a commenter without write access, before any context is fetched', async () => {
  const payload = loadEvent('issue_comment.issue')
  const from = { ...payload, sender: { login: 'bob-contrib' }, comment: { ...(payload.comment as object), user: { login: 'bob-contrib' } } }
  fake.state.requests.length = 0
  const out = await resolveTrigger(input('issue_comment', from))
  expect(out).toMatchObject({ kind: 'refused', actor: 'bob-contrib', message: expect.stringContaining('@bob-contrib has read permission') })
  expect(fake.state.requests.map((r) => r.path)).toEqual(['/repos/octo-org/hello-world/collaborators/bob-contrib/permission'])
})

it('skips without a gate call when the phrase is absent', async () => {
  const payload = loadEvent('issue_comment.issue')
  fake.state.requests.length = 0
  const out = await resolveTrigger(input('issue_comment', { ...payload, comment: { ...(payload.comment as object), body: 'thanks!' } }))
  expect(out.kind).toBe('skip')
  expect(fake.state.requests).toHaveLength(0)
})

it('errors when a schedule run has no prompt', async () => {
  expect(await resolveTrigger(input('schedule', loadEvent('schedule')))).toMatchObject({
    kind: 'error',
    message: expect.stringContaining('Input "prompt" is required for schedule events'),
  })
})

it('a dispatched hand-off run resolves to the original request, gated on the original asker', async () => {
  const progress = fake.addComment(42, { user: 'github-actions[bot]', body: '<!-- agent-resume: run=100 key=agent -->' })
  const payload = {
    ...loadEvent('workflow_dispatch.handoff'),
    inputs: {
      'agent-event': 'issue_comment',
      'agent-issue': '42',
      'agent-comment-id': '2001',
      'agent-actor': 'alice',
      'agent-progress-comment-id': String(progress.id),
    },
  }
  const out = await resolveTrigger(input('workflow_dispatch', payload))
  expect(out).toMatchObject({
    kind: 'run',
    actor: 'alice',
    viaHandoff: true,
    adoptCommentId: progress.id,
    source: { kind: 'issue_comment', comment: { id: 2001 } },
  })
  if (out.kind !== 'run') throw new Error('expected run')
  // Even with a read-only cache, a hand-off run does not hand off again.
  expect(shouldHandOff('dispatch', false, out.source, out.viaHandoff)).toBe(false)
})

it('a hand-off naming a missing comment is an error', async () => {
  const payload = { inputs: { 'agent-event': 'issue_comment', 'agent-issue': '42', 'agent-comment-id': '999999', 'agent-actor': 'alice' } }
  expect(await resolveTrigger(input('workflow_dispatch', payload))).toMatchObject({
    kind: 'error',
    message: expect.stringContaining('Not Found'),
  })
})
