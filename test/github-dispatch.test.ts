// `handoff: dispatch` end to end against the GitHub fake: a comment-triggered run with a
// read-only cache dispatches the workflow; the dispatched run rebuilds the same request from
// the inputs and takes over the same progress comment.
import { readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { ProgressComment, type KeyValuePort } from '../src/github/progress-comment.js'
import { canHandOff, handOff, resolveHandoff, shouldHandOff, defaultBranchOf } from '../src/github/handoff.js'
import { decideRun } from '../src/github/event.js'
import { createOctokit, createOctokitPorts } from '../src/github/octokit.js'
import { HandoffInputNames, readHandoffInputs, readSource } from '../src/github/payload.js'
import type { GitHubPorts } from '../src/github/ports.js'
import { buildRequest } from '../src/github/prompt.js'
import type { RunInfo } from '../src/run-context.js'
import { workflowFileFromRef } from '../src/run-context.js'
import type { ResolvedSource } from '../src/github/types.js'
import { startGitHubFake, type GitHubFake } from './support/github-fake.mjs'
import { loadEvent, seedFixtureRepo } from './support/github-fake.seed.js'

let fake: GitHubFake
let port: GitHubPorts
const repo = { owner: 'octo-org', repo: 'hello-world' }
const kv = (): KeyValuePort => {
  const m = new Map<string, string>()
  return { get: (k) => m.get(k), set: (k, v) => void m.set(k, v) }
}
const runInfo = (runId: string): RunInfo => ({
  serverUrl: 'https://github.com',
  repo,
  runId,
  attempt: 1,
  workflowRef: 'octo-org/hello-world/.github/workflows/agent.yml@refs/heads/main',
})

/** The workflow_dispatch inputs docs/handoff.md declares — GitHub rejects any others. */
function documentedInputs(): string[] {
  const doc = readFileSync(new URL('../docs/handoff.md', import.meta.url), 'utf8')
  const yaml = /```yaml\n([\s\S]*?)```/.exec(doc)?.[1] ?? ''
  const workflow = parse(yaml) as { on: { workflow_dispatch: { inputs: Record<string, unknown> } }; permissions: Record<string, string> }
  expect(workflow.permissions.actions).toBe('write')
  return Object.keys(workflow.on.workflow_dispatch.inputs)
}

function decided(eventName: string, payload: unknown): ResolvedSource {
  const d = decideRun(readSource(eventName, payload, 'x'), { trigger: '/agent' })
  if (d.kind !== 'run') throw new Error(JSON.stringify(d))
  return d.source
}

beforeEach(async () => {
  fake = await startGitHubFake(repo)
  seedFixtureRepo(fake)
  fake.declareWorkflow('agent.yml', documentedInputs())
  port = createOctokitPorts(createOctokit('ghs_test', fake.url), repo)
})
afterEach(async () => fake.close())

describe('when to hand off', () => {
  it('only comment/issue triggers with a read-only cache and handoff: dispatch', () => {
    const comment = decided('issue_comment', loadEvent('issue_comment.issue'))
    expect(shouldHandOff('dispatch', false, comment)).toBe(true)
    expect(shouldHandOff('dispatch', true, comment)).toBe(false)
    expect(shouldHandOff('none', false, comment)).toBe(false)
    expect(shouldHandOff('dispatch', false, decided('pull_request', loadEvent('pull_request.opened')))).toBe(false)
    expect(shouldHandOff('dispatch', false, { kind: 'manual', eventName: 'schedule', actor: 'a' })).toBe(false)
  })
})

describe('hand-off and the dispatched run', () => {
  it.each([
    ['issue_comment', 'issue_comment.issue', { 'agent-event': 'issue_comment', 'agent-issue': '42', 'agent-comment-id': '2001' }],
    [
      'pull_request_review_comment',
      'pull_request_review_comment',
      { 'agent-event': 'pull_request_review_comment', 'agent-issue': '57', 'agent-comment-id': '3001' },
    ],
    ['issues', 'issues.labeled', { 'agent-event': 'issues.labeled', 'agent-issue': '44' }],
  ])('%s: dispatches with the event ids, and the dispatched run rebuilds the same request', async (eventName, fixture, ids) => {
    const payload = loadEvent(fixture)
    const source = decided(eventName, payload)
    if (!canHandOff(source)) throw new Error('expected a hand-off source')
    const original = await buildRequest(source, { repo }, port)

    // First run (read-only cache): progress comment, then dispatch, then acknowledge.
    const progress = new ProgressComment({
      port,
      kv: kv(),
      issueNumber: original.issueNumber ?? 0,
      run: runInfo('100'),
      sessionKey: 'agent',
    })
    const commentId = await progress.start()
    const result = await handOff({ port, run: runInfo('100'), defaultBranch: defaultBranchOf(payload) ?? '', source, progress })

    expect(result.kind).toBe('handed-off')
    expect(fake.state.dispatches).toHaveLength(1)
    const dispatched = fake.state.dispatches[0]
    expect(dispatched).toMatchObject({ workflow: 'agent.yml', ref: 'main' })
    expect(dispatched?.inputs).toEqual({ ...ids, 'agent-actor': 'alice', 'agent-progress-comment-id': String(commentId) })
    const ack = fake.state.comments.find((c) => c.id === commentId)?.body ?? ''
    expect(ack).toContain('**↪️ Handed off**')
    expect(ack).toContain(`Continuing in [a separate run](https://github.com/octo-org/hello-world/actions/runs/${dispatched?.runId})`)

    // The dispatched run: a workflow_dispatch payload carrying those inputs.
    const dispatchPayload = { ...loadEvent('workflow_dispatch.handoff'), inputs: dispatched?.inputs }
    const handoffSource = readSource('workflow_dispatch', dispatchPayload, 'github-actions[bot]')
    expect(handoffSource.kind).toBe('handoff')
    const rebuilt = await resolveHandoff(handoffSource, port)
    const decision = decideRun(rebuilt, { trigger: '/agent' })
    if (decision.kind !== 'run') throw new Error(JSON.stringify(decision))
    expect(decision.actor).toBe('alice')
    const again = await buildRequest(decision.source, { repo }, port)
    expect(again).toEqual(original)

    // It adopts the same comment: still exactly one progress comment, now marked with its run.
    const inputs = readHandoffInputs(dispatched?.inputs)
    const follow = new ProgressComment({
      port,
      kv: kv(),
      issueNumber: again.issueNumber ?? 0,
      run: runInfo(String(dispatched?.runId)),
      sessionKey: 'agent',
      adoptCommentId: inputs?.progressCommentId,
    })
    expect(await follow.start()).toBe(commentId)
    await follow.finish('Done in the dispatched run.')
    const marked = fake.state.comments.filter((c) => c.body.includes('<!-- agent-resume:'))
    expect(marked).toHaveLength(1)
    expect(marked[0]?.body).toContain(`<!-- agent-resume: run=${dispatched?.runId} key=agent -->`)
    expect(marked[0]?.body).toContain('- Attempt 1 of run 100: ↪️ handed off to [a separate run](')
  })

  it('dispatch request body is what the REST API expects', async () => {
    const source = decided('issue_comment', loadEvent('issue_comment.issue'))
    if (!canHandOff(source)) throw new Error('expected a hand-off source')
    await handOff({ port, run: runInfo('100'), defaultBranch: 'main', source })
    const [req] = fake.requestsTo('POST', /\/actions\/workflows\/agent\.yml\/dispatches$/)
    expect(req?.body).toEqual({
      ref: 'main',
      inputs: { 'agent-actor': 'alice', 'agent-event': 'issue_comment', 'agent-issue': '42', 'agent-comment-id': '2001' },
      return_run_details: true,
    })
  })
})

describe('hand-off failures are explained', () => {
  const source = (): Parameters<typeof handOff>[0]['source'] => {
    const s = decided('issue_comment', loadEvent('issue_comment.issue'))
    if (!canHandOff(s)) throw new Error('expected a hand-off source')
    return s
  }

  it('403: the token may not dispatch', async () => {
    fake.failNext('POST', /\/dispatches$/, 403, 'Resource not accessible by integration')
    const progress = new ProgressComment({ port, kv: kv(), issueNumber: 42, run: runInfo('100'), sessionKey: 'agent' })
    await progress.start()
    const result = await handOff({ port, run: runInfo('100'), defaultBranch: 'main', source: source(), progress })
    expect(result).toMatchObject({ kind: 'failed', message: expect.stringContaining('"permissions: actions: write"') })
    const body = fake.commentsOn(42).find((c) => c.id === progress.id)?.body
    expect(body).toContain('**❌ Failed**')
    // Not about a session: the advice is to fix the workflow, not that a re-run starts over.
    expect(body).toContain('Nothing was started; fix the workflow and re-run the job to hand off again.')
    expect(body).not.toContain('session could not be saved')
  })

  it('422: the workflow does not declare the inputs', async () => {
    fake.declareWorkflow('agent.yml', ['prompt'])
    const result = await handOff({ port, run: runInfo('100'), defaultBranch: 'main', source: source() })
    expect(result).toMatchObject({
      kind: 'failed',
      message: expect.stringContaining('must declare the agent-* inputs shown in docs/handoff.md'),
    })
  })

  it('a workflow ref that is not this repository’s workflow file', async () => {
    const run = { ...runInfo('100'), workflowRef: 'other/repo/.github/workflows/reusable.yml@refs/heads/main' }
    expect(await handOff({ port, run, defaultBranch: 'main', source: source() })).toMatchObject({
      kind: 'failed',
      message: expect.stringContaining('cannot dispatch it'),
    })
    expect(fake.state.dispatches).toHaveLength(0)
  })
})

describe('hand-off inputs', () => {
  it('names match the documented workflow', () => {
    expect(
      documentedInputs()
        .filter((n) => n.startsWith('agent-'))
        .sort(),
    ).toEqual(Object.values(HandoffInputNames).sort())
  })

  it('a plain workflow_dispatch is not a hand-off; a broken one says which input is wrong', () => {
    expect(readHandoffInputs({ prompt: 'x', 'agent-event': '' })).toBeUndefined()
    expect(() => readHandoffInputs({ 'agent-event': 'push', 'agent-issue': '1', 'agent-actor': 'a' })).toThrow('"agent-event" is "push"')
    expect(() => readHandoffInputs({ 'agent-event': 'issue_comment', 'agent-issue': '1', 'agent-actor': 'a' })).toThrow(
      '"agent-comment-id" must be a comment id',
    )
    expect(() => readHandoffInputs({ 'agent-event': 'issues.opened', 'agent-issue': 'x', 'agent-actor': 'a' })).toThrow(
      '"agent-issue" must be',
    )
  })

  it('refuses a hand-off naming someone else’s comment', async () => {
    const source = readSource(
      'workflow_dispatch',
      { inputs: { 'agent-event': 'issue_comment', 'agent-issue': '42', 'agent-comment-id': '2001', 'agent-actor': 'mallory' } },
      'x',
    )
    await expect(resolveHandoff(source, port)).rejects.toThrow('Hand-off names @mallory, but comment 2001 was written by @alice.')
  })

  it('workflow file from GITHUB_WORKFLOW_REF', () => {
    expect(workflowFileFromRef('octo-org/hello-world/.github/workflows/agent.yml@refs/heads/main', repo)).toBe('agent.yml')
    expect(workflowFileFromRef('Octo-Org/Hello-World/.github/workflows/a.yaml@refs/pull/5/merge', repo)).toBe('a.yaml')
  })
})
