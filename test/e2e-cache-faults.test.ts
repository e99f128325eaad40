// Issue "Persist the session across attempts", the failure half, through the bundled dist on
// Node 20 and 24: a read-only cache, a main step killed outright (with and without its post
// step), and a cache service that fails. The post step must never fail the job.
import { readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { commands, killGroup, RUNTIMES, type SimulatedJob, type StageResult } from './support/action-harness.mjs'
import { startGitHubFake, type GitHubFake } from './support/github-fake.mjs'
import { seedFixtureRepo } from './support/github-fake.seed.js'
import type { ScriptTurn } from './support/model-server.mjs'
import { workspaceFiles } from './support/repo.mjs'
import { logOf, newJob, nextRunId, runBoth, useWorld } from './e2e-cache-helpers.js'

const w = useWorld('ar-e2e-cache-faults-')
// Read-only cache tokens come with untrusted triggers (docs/design.md §3): a comment, so a GitHub API.
let github: GitHubFake
beforeAll(async () => {
  github = await startGitHubFake()
  seedFixtureRepo(github)
})
afterAll(() => github?.close())

/** Two committed steps, then a model call that answers after `delayMs` (0: at once). */
function twoStepsThenSlow(delayMs: number): ScriptTurn[] {
  return [
    { toolCalls: [{ name: 'write_file', args: { path: 'a.txt', content: 'a\n' } }] },
    { toolCalls: [{ name: 'write_file', args: { path: 'b.txt', content: 'b\n' } }] },
    { text: 'Both files written.', ...(delayMs > 0 ? { delayMs } : {}) },
  ]
}

/** Starts main and SIGKILLs its process group (a lost runner) once `ready` holds. */
async function killMainWhen(job: SimulatedJob, ready: (stdout: string) => boolean): Promise<StageResult> {
  let out = ''
  const stage = job.start('main', { timeoutMs: 30_000, onStdout: (c) => (out += c) })
  let exited = false
  void stage.done.then(() => (exited = true))
  const deadline = Date.now() + 20_000
  while (!ready(out) && !exited && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25))
  killGroup(stage.child, 'SIGKILL')
  const result = await stage.done
  expect(ready(out), logOf(result)).toBe(true)
  expect(result.signal).toBe('SIGKILL')
  return result
}

/** A URL on which nothing listens: a cache service that is down. */
async function closedUrl(): Promise<string> {
  const server = createServer()
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  await new Promise((r) => server.close(r))
  return `http://127.0.0.1:${port}/`
}

describe.each(RUNTIMES)('the session persists through failures ($label)', ({ label, node }) => {
  it('a read-only cache: a warning up front, persisted false, the summary says why, post exits 0', async () => {
    w.model.setScript(twoStepsThenSlow(0))
    const runId = nextRunId()
    const env = {
      ACTIONS_RUNTIME_TOKEN: w.svc.tokenWith(1),
      GITHUB_API_URL: github.url,
      GITHUB_REPOSITORY: `${github.owner}/${github.repo}`,
      GITHUB_EVENT_NAME: 'issue_comment',
      GITHUB_EVENT_PATH: join(import.meta.dirname, 'fixtures/events/issue_comment.issue.json'),
      GITHUB_ACTOR: 'alice',
    }
    w.svc.setReadOnly(true)
    try {
      const job = newJob(w, { runner: `ro-${label}`, runId, attempt: 1, node, env, inputs: { 'github-token': 'ghs_readonly_test' } })
      const { main, post } = await runBoth(job)
      expect(main.code, logOf(main)).toBe(0)
      expect(main.outputs).toMatchObject({ outcome: 'completed', persisted: 'false', 'cache-hit': 'false' })
      expect(commands(main.stdout, 'warning').join('\n'), logOf(main)).toMatch(/cache token is read-only: GitHub gives issue_comment runs/)
      // Why, and what to do about it.
      expect(main.summary).toContain('session not saved')
      expect(main.summary).toMatch(/read-only: GitHub gives issue_comment runs on the default branch/)
      expect(main.summary).toContain('handoff: dispatch')
      expect(post.code, logOf(post)).toBe(0)
      expect(post.stdout).toContain("Not saved: this run's cache is read-only")
    } finally {
      w.svc.setReadOnly(false)
    }
    expect(w.svc.entries().filter((e) => e.key.includes(`-${runId}-`))).toEqual([])
  })

  it('a write denied by the service although the token claims write: a warning, post exits 0', async () => {
    w.model.setScript(twoStepsThenSlow(0))
    const job = newJob(w, { runner: `denied-${label}`, runId: nextRunId(), attempt: 1, node, inputs: { 'checkpoint-every': '0' } })
    const main = await job.run('main')
    expect(main.outputs.persisted, logOf(main)).toBe('true')
    w.svc.setReadOnly(true)
    try {
      const post = await job.run('post')
      expect(post.code, logOf(post)).toBe(0)
      expect(commands(post.stdout, 'warning').join('\n')).toMatch(/Session DB not saved: this run's cache token is read-only/)
    } finally {
      w.svc.setReadOnly(false)
    }
  })

  it('post after main was SIGKILLed saves the committed steps, and the next attempt resumes them', async () => {
    w.model.setScript(twoStepsThenSlow(20_000))
    const runId = nextRunId()
    const spec = { runner: `kill-${label}`, runId, node, inputs: { 'checkpoint-every': '0' } }
    const a1 = newJob(w, { ...spec, attempt: 1 })
    const before = w.model.requests.length
    // Killed while the model is answering the third call: steps 1 and 2 are committed.
    const main = await killMainWhen(a1, () => w.model.requests.slice(before).some((r) => r.turn === 2))
    const post = await a1.run('post')
    expect(post.code, logOf(post)).toBe(0)
    expect(post.stdout, logOf(main)).toContain(`Session DB saved to the cache as agent-resume-${runId}-agent-1-`)

    w.model.setScript(twoStepsThenSlow(0))
    const a2 = newJob(w, { ...spec, attempt: 2 })
    const callsBefore = w.model.requests.length
    const r2 = await runBoth(a2)
    expect(r2.main.code, logOf(r2.main)).toBe(0)
    expect(r2.main.outputs).toMatchObject({
      resumed: 'true',
      'cache-hit': 'true',
      'restored-from-attempt': '1',
      steps: '1',
      response: 'Both files written.',
    })
    expect(r2.main.outputs['session-id']).toBe(a1.state()['session-id'])
    expect(w.model.requests[callsBefore]?.turn).toBe(2)
    expect(Object.keys(workspaceFiles(a2.workspace))).toEqual(expect.arrayContaining(['a.txt', 'b.txt']))
  })

  it('a lost runner (main SIGKILLed, no post) still leaves its checkpoint, and attempt 2 resumes from it', async () => {
    w.model.setScript(twoStepsThenSlow(20_000))
    const runId = nextRunId()
    const spec = { runner: `lost-${label}`, runId, node, inputs: { 'checkpoint-every': '1' } }
    const a1 = newJob(w, { ...spec, attempt: 1 })
    await killMainWhen(a1, (out) => out.includes(`Checkpoint 2 saved to the cache as agent-resume-${runId}-agent-1-c2-`))
    const sessionId = a1.state()['session-id']
    expect(sessionId).toMatch(/^ses_/)

    w.model.setScript(twoStepsThenSlow(0))
    const a2 = newJob(w, { ...spec, attempt: 2 })
    const callsBefore = w.model.requests.length
    const { main } = await runBoth(a2)
    expect(main.code, logOf(main)).toBe(0)
    expect(main.stdout).toContain('::group::Restore the session')
    expect(main.stdout).toContain(`Session DB restored from checkpoint 2 of attempt 1 (agent-resume-${runId}-agent-1-c2-)`)
    expect(main.outputs).toMatchObject({ resumed: 'true', 'cache-hit': 'true', 'restored-from-attempt': '1', steps: '1' })
    expect(main.outputs['session-id']).toBe(sessionId)
    expect(w.model.requests[callsBefore]?.turn).toBe(2)
    expect(readFileSync(join(a2.workspace, 'b.txt'), 'utf8')).toBe('b\n')
  })

  it('post exits 0 with a warning when the cache service fails the save', async () => {
    w.model.setScript(twoStepsThenSlow(0))
    const job = newJob(w, { runner: `fail-${label}`, runId: nextRunId(), attempt: 1, node, inputs: { 'checkpoint-every': '0' } })
    const main = await job.run('main')
    expect(main.code, logOf(main)).toBe(0)
    w.svc.failNext({ method: 'CreateCacheEntry', status: 501, message: 'not implemented today' })
    const post = await job.run('post')
    expect(post.code, logOf(post)).toBe(0)
    expect(commands(post.stdout, 'warning').join('\n'), logOf(post)).toMatch(/not saved/i)
  })

  it('a checkpoint the service refuses is a warning: the agent carries on and post saves', async () => {
    w.model.setScript(twoStepsThenSlow(0))
    const runId = nextRunId()
    const job = newJob(w, { runner: `cpfail-${label}`, runId, attempt: 1, node, inputs: { 'checkpoint-every': '1' } })
    w.svc.failNext({ method: 'CreateCacheEntry', status: 501 })
    const { main, post } = await runBoth(job)
    expect(main.code, logOf(main)).toBe(0)
    expect(main.outputs).toMatchObject({ outcome: 'completed', steps: '3' })
    expect(commands(main.stdout, 'warning').join('\n')).toMatch(/Checkpoint 1 not saved/)
    expect(main.stdout).toContain(`Checkpoint 2 saved to the cache as agent-resume-${runId}-agent-1-c2-`)
    expect(post.code, logOf(post)).toBe(0)
    expect(post.stdout).toContain(`Session DB saved to the cache as agent-resume-${runId}-agent-1-`)
  })

  it('main and post exit 0 with a warning when the cache service is down', async () => {
    w.model.setScript(twoStepsThenSlow(0))
    const down = await closedUrl()
    const job = newJob(w, { runner: `down-${label}`, runId: nextRunId(), attempt: 1, node, env: { ACTIONS_RESULTS_URL: down } })
    const { main, post } = await runBoth(job)
    expect(main.code, logOf(main)).toBe(0)
    expect(main.outputs).toMatchObject({ outcome: 'completed', 'cache-hit': 'false' })
    expect(post.code, logOf(post)).toBe(0)
    expect(commands(post.stdout, 'warning').join('\n'), logOf(post)).toMatch(/not saved/i)
  })

  it('a re-run whose event is skipped touches nothing: no cache call, no save (intake decides first)', async () => {
    w.model.setScript(twoStepsThenSlow(0))
    const runId = nextRunId()
    const spec = { runner: `same-${label}`, runId, node }
    const r1 = await runBoth(newJob(w, { ...spec, attempt: 1 }))
    expect(r1.post.code, logOf(r1.post)).toBe(0)
    // Attempt 2's event is one the action skips: main decides that before it restores anything.
    const a2 = newJob(w, { ...spec, attempt: 2 })
    const event = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/events/issues.opened.json'), 'utf8')) as Record<
      string,
      unknown
    >
    const eventPath = join(a2.dir, 'files', 'event.json')
    writeFileSync(eventPath, JSON.stringify({ ...event, action: 'closed' }))
    a2.extraEnv = { ...a2.extraEnv, GITHUB_EVENT_NAME: 'issues', GITHUB_EVENT_PATH: eventPath }
    const before = w.svc.requests().length
    const { main, post } = await runBoth(a2)
    expect(main.code, logOf(main)).toBe(0)
    expect(main.outputs.outcome).toBe('skipped')
    expect(main.stdout).not.toContain('Session DB restored')
    expect(w.svc.requests().slice(before)).toEqual([])
    expect(post.code, logOf(post)).toBe(0)
    expect(post.stdout).toContain('Main stopped before it opened a session database: nothing to save')
    expect(
      w.svc
        .entries()
        .filter((e) => e.key.includes(`-${runId}-`))
        .map((e) => e.key),
    ).toEqual([`agent-resume-${runId}-agent-1-c1000000-`, `agent-resume-${runId}-agent-1-`])
  })
})
