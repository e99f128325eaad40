// Who hears back after a refusal, and which runs GitHub gives no secrets (pure decisions).
import { describe, expect, it } from 'vitest'
import { secretsWithheld } from '../src/github/payload.js'
import { refusalMarker, refusalReplyFor } from '../src/github/refusal.js'
import { hasAnyMarker } from '../src/github/marker.js'
import type { IssueInfo } from '../src/github/types.js'

const issue: IssueInfo = { number: 42, title: 't', body: '', author: 'bob', isPullRequest: false, state: 'open', labels: [] }
const comment = { id: 7, body: '/agent', author: 'bob', createdAt: '' }

describe('refusalReplyFor', () => {
  it('answers a person who asked in a comment or a review, never a bot or an automatic event', () => {
    expect(refusalReplyFor({ kind: 'issue_comment', action: 'created', issue, comment, actor: 'bob' }, 'bob', false)).toEqual({
      issueNumber: 42,
      actor: 'bob',
      about: 'comment=7',
    })
    expect(refusalReplyFor({ kind: 'issue_comment', action: 'created', issue, comment, actor: 'x[bot]' }, 'x[bot]', true)).toBeUndefined()
    expect(refusalReplyFor({ kind: 'pull_request', action: 'opened', pull: issue, actor: 'bob' }, 'bob', false)).toBeUndefined()
    expect(refusalReplyFor({ kind: 'issue', action: 'opened', issue, actor: 'bob' }, 'bob', false)).toBeUndefined()
  })

  it('marks the reply as ours, so it never triggers a run and a re-run finds it', () => {
    expect(hasAnyMarker(refusalMarker('comment=7'))).toBe(true)
  })
})

describe('secretsWithheld', () => {
  const pr = (head: string | null, sender = 'mallory') => ({
    sender: { login: sender },
    repository: { full_name: 'octo-org/hello-world' },
    pull_request: { head: { repo: head === null ? null : { full_name: head } }, base: { repo: { full_name: 'octo-org/hello-world' } } },
  })
  it('names Dependabot runs and fork pull requests, and nothing else', () => {
    expect(secretsWithheld('pull_request', pr('octo-org/hello-world', 'dependabot[bot]'), 'dependabot[bot]')).toContain('Dependabot')
    expect(secretsWithheld('push', {}, 'dependabot[bot]')).toContain('Dependabot')
    expect(secretsWithheld('pull_request', pr('mallory/hello-world'), 'mallory')).toContain('from a fork')
    expect(secretsWithheld('pull_request_review_comment', pr(null), 'mallory')).toContain('from a fork')
    expect(secretsWithheld('pull_request', pr('Octo-Org/Hello-World', 'alice'), 'alice')).toBeUndefined()
    // pull_request_target and comments run in the base repository, with its secrets.
    expect(secretsWithheld('pull_request_target', pr('mallory/hello-world'), 'mallory')).toBeUndefined()
    expect(secretsWithheld('issue_comment', { sender: { login: 'mallory' } }, 'mallory')).toBeUndefined()
  })
})
