// What the thread and the check show in the cases users met (issue 13), through the bundled
// action on Node 20 and 24 against the GitHub API fake: runs GitHub gives no secrets end
// `skipped` (green) before any permission call; a refused person hears back once; re-running a
// comment run after its hand-off starts nothing new; a killed main leaves the comment saying
// "interrupted" (by the post step) with 👀 gone; a cancel is `cancelled`.
import { describe, expect, it } from 'vitest'
import { commands, RUNTIMES } from './support/action-harness.mjs'
import { loadEvent } from './support/github-fake.seed.js'
import { until } from './support/process.js'
import { botComments, commentPayload, log, newJob, progressComments, runJob, useServices, type Services } from './e2e-github-env.js'

const services = useServices()
const ISSUE = 42
const NO_KEY = { model: 'anthropic/claude-sonnet-4-5', 'api-key': '', prompt: 'Review this pull request.' }

/** pull_request.opened for PR 57, opened by `login`, its head in `headRepo`. */
function pullRequestPayload(login: string, headRepo: string): Record<string, unknown> {
  const base = loadEvent('pull_request.opened')
  const pull = base['pull_request'] as Record<string, unknown>
  const head = pull['head'] as Record<string, unknown>
  const user = { login, id: 49699333, type: login.endsWith('[bot]') ? 'Bot' : 'User' }
  return {
    ...base,
    sender: user,
    pull_request: { ...pull, user, head: { ...head, repo: { ...(head['repo'] as object), full_name: headRepo } } },
  }
}

let seq = 0
const runIdFor = (label: string) => `${label === 'node20' ? 81 : 82}${String(++seq).padStart(3, '0')}`

describe.each(RUNTIMES)('the thread and the check on $label', ({ label, node }) => {
  it('runs GitHub gives no secrets (Dependabot, a fork) end skipped, green, with nothing spent', async () => {
    const s = services()
    const before = s.model.requests.length
    for (const [who, head, actor, why] of [
      ['dependabot[bot]', 'octo-org/hello-world', 'dependabot[bot]', 'Dependabot'],
      ['mallory', 'mallory/hello-world', 'mallory', 'from a fork'],
    ] as const) {
      const job = newJob(s, {
        dir: `nokey-${label}-${seq}`,
        runId: runIdFor(label),
        attempt: 1,
        node,
        eventName: 'pull_request',
        payload: pullRequestPayload(who, head),
        inputs: { ...NO_KEY, 'allowed-bots': 'dependabot' },
        env: { GITHUB_ACTOR: actor },
      })
      const { main, post } = await runJob(job)
      expect(main.code, log(main)).toBe(0)
      expect(post.code, log(post)).toBe(0)
      expect(main.outputs['outcome']).toBe('skipped')
      expect(commands(main.stdout, 'notice').join('\n')).toContain(why)
      expect(commands(main.stdout, 'error')).toEqual([])
    }
    expect(s.model.requests.length).toBe(before)
    // Decided before the gate: no permission call, and no reply on the pull request.
    expect(s.github.requestsTo('GET', /\/permission$/)).toEqual([])
    expect(botComments(s.github, 57)).toEqual([])
  })

  it('a missing key on an ordinary run is still an error, named, after the gate', async () => {
    const s = services()
    const job = newJob(s, {
      dir: `key-${label}`,
      runId: runIdFor(label),
      attempt: 1,
      node,
      eventName: 'issue_comment',
      payload: loadEvent('issue_comment.issue'),
      inputs: { model: 'anthropic/claude-sonnet-4-5', 'api-key': '' },
    })
    const { main } = await runJob(job)
    expect(main.code, log(main)).toBe(1)
    expect(commands(main.stdout, 'error').join('\n')).toContain("No API key for model 'anthropic/claude-sonnet-4-5'")
    expect(s.github.requestsTo('GET', /\/collaborators\/alice\/permission$/)).toHaveLength(1)
  })

  it('a refused person hears back once, also across re-runs; a refused bot stays silent', async () => {
    const s = services()
    const before = s.model.requests.length
    const payload = commentPayload(loadEvent('issue_comment.issue'), { id: 3100, body: '/agent please fix this', login: 'bob-contrib' })
    const runId = runIdFor(label)
    for (const attempt of [1, 2]) {
      const job = newJob(s, { dir: `refused-${label}`, runId, attempt, node, eventName: 'issue_comment', payload })
      const { main } = await runJob(job)
      expect(main.code, log(main)).toBe(0)
      expect(main.outputs['outcome']).toBe('refused')
    }
    const replies = botComments(s.github, ISSUE)
    expect(replies).toHaveLength(1)
    expect(replies[0]!.body).toContain('@bob-contrib only people with write access to this repository can ask the agent')
    expect(replies[0]!.body).not.toMatch(/read|triage|permission/)
    const bot = commentPayload(loadEvent('issue_comment.issue'), { id: 3101, body: '/agent do it', login: 'renovate[bot]' })
    const { main } = await runJob(
      newJob(s, { dir: `refused-bot-${label}`, runId: runIdFor(label), attempt: 1, node, eventName: 'issue_comment', payload: bot }),
    )
    expect(main.outputs['outcome']).toBe('refused')
    expect(botComments(s.github, ISSUE)).toHaveLength(1)
    expect(s.model.requests.length).toBe(before)
  })

  it('main killed mid-step: the post step says interrupted after step k and removes 👀', async () => {
    const s = services()
    s.model.setFaults([])
    s.model.setScript([
      { toolCalls: [{ name: 'read_file', args: { path: 'src/paginate.js' } }] },
      { toolCalls: [{ name: 'bash', args: { command: 'sleep 60' } }] },
      { text: 'Done.' },
    ])
    const runId = runIdFor(label)
    const job = newJob(s, {
      dir: `killed-${label}`,
      runId,
      attempt: 1,
      node,
      eventName: 'issue_comment',
      payload: loadEvent('issue_comment.issue'),
    })
    let out = ''
    const stage = job.start('main', { timeoutMs: 60_000, onStdout: (c) => (out += c) })
    await until(() => out.includes('→ bash'), 30_000, 'the bash step')
    expect(s.github.state.reactions.map((r) => r.content)).toEqual(['eyes'])
    process.kill(-stage.child.pid!, 'SIGKILL')
    await stage.done
    expect(progressComments(s.github, ISSUE, runId)[0]?.body).toContain('**⏳ Working**')
    const post = await job.run('post')
    expect(post.code, log(post)).toBe(0)
    const [comment] = progressComments(s.github, ISSUE, runId)
    expect(comment?.body).toContain('**⏸ Interrupted**')
    expect(comment?.body).toContain('Attempt 1 was interrupted (cancelled, timed out or its runner lost) after step 1.')
    expect(comment?.body).toContain('Use **Re-run failed jobs** to resume from step 1')
    expect(s.github.state.reactions).toEqual([])
    expect(botComments(s.github, ISSUE)).toHaveLength(1)
  })

  it('a cancel is outcome cancelled, worded as a cancel; the post step leaves the comment alone', async () => {
    const s = services()
    s.model.setFaults([])
    s.model.setScript([{ toolCalls: [{ name: 'bash', args: { command: 'sleep 60' } }] }, { text: 'Done.' }])
    const runId = runIdFor(label)
    const job = newJob(s, {
      dir: `cancel-${label}`,
      runId,
      attempt: 1,
      node,
      eventName: 'issue_comment',
      payload: loadEvent('issue_comment.issue'),
    })
    let out = ''
    const stage = job.start('main', { timeoutMs: 60_000, onStdout: (c) => (out += c) })
    await until(() => out.includes('→ bash'), 30_000, 'the bash step')
    stage.child.kill('SIGINT')
    const main = await stage.done
    expect(main.outputs['outcome']).toBe('cancelled')
    const written = progressComments(s.github, ISSUE, runId)[0]?.body
    expect(written).toContain('**⏹ Cancelled**')
    expect(written).toContain('Attempt 1 was cancelled.')
    expect(written).not.toContain('❌')
    expect(s.github.state.reactions).toEqual([])
    const post = await job.run('post')
    expect(post.code, log(post)).toBe(0)
    expect(progressComments(s.github, ISSUE, runId)[0]?.body).toBe(written)
  })

  it('GitHub calls that never answer cost at most their budget: the agent finishes, main and post end on their own', async () => {
    const s = services()
    s.model.setFaults([])
    s.model.setScript([{ toolCalls: [{ name: 'read_file', args: { path: 'src/paginate.js' } }] }, { text: 'Done.' }])
    const hang = s.github.fail({ method: 'PATCH', path: /\/issues\/comments\/\d+$/, status: 'hang' })
    try {
      const runId = runIdFor(label)
      const job = newJob(s, {
        dir: `hang-${label}`,
        runId,
        attempt: 1,
        node,
        eventName: 'issue_comment',
        payload: loadEvent('issue_comment.issue'),
        env: { AGENT_RESUME_TEST_GITHUB_CALL_MS: '1500' },
      })
      const t0 = Date.now()
      const { main, post } = await runJob(job)
      expect(main.code, log(main)).toBe(0)
      expect(main.outputs['outcome']).toBe('completed')
      expect(commands(main.stdout, 'warning').join('\n')).toMatch(/GitHub: posting the answer failed: .*(abort|timeout)/i)
      expect(post.code, log(post)).toBe(0)
      expect(Date.now() - t0).toBeLessThan(30_000)
      expect(hang.attempts).toBeGreaterThan(0)
    } finally {
      hang.stop()
    }
  })
})

export type { Services }
