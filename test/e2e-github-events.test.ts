// Which events run the agent, through the bundled action on Node 20 and 24: a quoted request is
// not an address, a pull request review is a request on the pull request, an event the action
// does not handle is skipped with a notice, and a body cut at the context limit keeps its
// characters whole (the scripted model answers 400 to half a character, as providers do).
import { describe, expect, it } from 'vitest'
import { commands, RUNTIMES } from './support/action-harness.mjs'
import { loadEvent } from './support/github-fake.seed.js'
import { botComments, commentPayload, log, newJob, progressComments, runJob, useServices, userPrompt } from './e2e-github-env.js'

const services = useServices()
const ROCKET = '🚀'
const wellFormed = (s: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s)

describe.each(RUNTIMES)('GitHub events on $label', ({ label, node }) => {
  const id = (n: number) => String((label === 'node20' ? 7300 : 7400) + n)

  it('an admin quoting an earlier request in a reply starts nothing: no model call, no GitHub write', async () => {
    const s = services()
    s.github.setPermission('alice', 'admin')
    const before = s.model.requests.length
    const body = '> /agent fix the spelling of "commit" in README.md\n\nThis was already fixed, thanks!'
    const reply = s.github.addComment(42, { user: 'alice', body })
    const payload = commentPayload(loadEvent('issue_comment.issue'), { id: reply.id, body, login: 'alice' })
    const { main, post } = await runJob(
      newJob(s, { dir: `quoted-${label}`, runId: id(1), attempt: 1, node, eventName: 'issue_comment', payload }),
    )
    expect(main.code, log(main)).toBe(0)
    expect(post.code, log(post)).toBe(0)
    expect(main.outputs['outcome']).toBe('skipped')
    expect(s.model.requests.length).toBe(before)
    expect(s.github.state.requests).toEqual([])
    expect(botComments(s.github, 42)).toEqual([])
  })

  it('a submitted review asking the agent: PR context with the review comments, progress and 👀 on the PR', async () => {
    const s = services()
    s.model.setFaults([])
    s.model.setScript([{ text: 'Addressed both review notes.' }])
    const before = s.model.requests.length
    const runId = id(2)
    const { main, post } = await runJob(
      newJob(s, {
        dir: `review-${label}`,
        runId,
        attempt: 1,
        node,
        eventName: 'pull_request_review',
        payload: loadEvent('pull_request_review.submitted'),
      }),
    )
    expect(main.code, log(main)).toBe(0)
    expect(post.code, log(post)).toBe(0)
    expect(main.outputs).toMatchObject({ outcome: 'completed', response: 'Addressed both review notes.' })
    const prompt = userPrompt(s.model.requests[before])
    expect(prompt.startsWith('Request from @alice (a review of pull request #57 in octo-org/hello-world):\n\n/agent please address')).toBe(
      true,
    )
    expect(prompt).toContain('Branches: feature/dry-run → main')
    expect(prompt).toContain('--- @alice on src/cli.ts line 13 (comment 3001)')
    expect(prompt).toContain('--- @alice on docs/flags.md line 4 (comment 3002)')
    expect(s.github.requestsTo('GET', /\/collaborators\/alice\/permission$/)).toHaveLength(1)
    expect(s.github.requestsTo('POST', /\/issues\/57\/reactions$/).map((r) => r.body)).toEqual([{ content: 'eyes' }])
    expect(s.github.requestsTo('DELETE', /\/issues\/57\/reactions\/\d+$/)).toHaveLength(1)
    expect(progressComments(s.github, 57, runId).map((c) => c.body.includes('**✅ Done** · attempt 1'))).toEqual([true])
  })

  it.each([
    ['release', { action: 'published' }, 'release is not an event this action handles'],
    ['pull_request_target', loadEvent('pull_request.opened'), "runs with the repository's secrets"],
  ])('%s with a prompt: exit 0, outcome skipped, a notice naming it, nothing else', async (eventName, payload, why) => {
    const s = services()
    const before = s.model.requests.length
    const { main, post } = await runJob(
      newJob(s, {
        dir: `unsupported-${eventName}-${label}`,
        runId: id(3),
        attempt: 1,
        node,
        eventName,
        payload,
        inputs: { prompt: 'Review it' },
      }),
    )
    expect(main.code, log(main)).toBe(0)
    expect(post.code, log(post)).toBe(0)
    expect(main.outputs['outcome']).toBe('skipped')
    const notices = commands(main.stdout, 'notice').join('\n')
    expect(notices).toContain(eventName)
    expect(notices).toContain(why)
    expect(commands(main.stdout, 'error')).toEqual([])
    expect(main.summary).toContain(why)
    expect(s.model.requests.length).toBe(before)
    expect(s.github.state.requests).toEqual([])
  })

  it('an issue body cut at the context limit keeps whole characters, so the provider takes the prompt', async () => {
    const s = services()
    s.model.setFaults([])
    s.model.setScript([{ text: 'Read it.' }])
    const before = s.model.requests.length
    const base = loadEvent('issue_comment.issue')
    const body = 'a'.repeat(7_999) + ROCKET + ' and more text after the limit'
    const payload = { ...base, issue: { ...(base['issue'] as object), body } }
    const { main } = await runJob(newJob(s, { dir: `clip-${label}`, runId: id(4), attempt: 1, node, eventName: 'issue_comment', payload }))
    expect(main.code, log(main)).toBe(0)
    expect(main.outputs['outcome']).toBe('completed')
    const prompt = userPrompt(s.model.requests[before])
    expect(wellFormed(prompt)).toBe(true)
    expect(prompt).toContain(`${'a'.repeat(7_999)}\n[… 32 more characters not shown]`)
  })
})
