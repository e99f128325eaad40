// Webhook payload → TriggerSource. Payloads arrive as untyped JSON (GITHUB_EVENT_PATH), so every
// field is checked on the way in; a missing field means "not the event we thought", not a crash.
import type { CommentInfo, HandoffInputs, IssueInfo, ReviewCommentInfo, ReviewInfo, TriggerSource } from './types.js'

type Json = Record<string, unknown>

function obj(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined
}
function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}
function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined
}
function loginOf(user: unknown): string {
  return str(obj(user)?.login) ?? 'ghost'
}

function issueFrom(raw: unknown, isPullRequest: boolean): IssueInfo | undefined {
  const i = obj(raw)
  const number = num(i?.number)
  if (!i || number === undefined) return undefined
  const labels = Array.isArray(i.labels) ? i.labels.map((l) => str(obj(l)?.name) ?? str(l) ?? '').filter((l) => l) : []
  return {
    number,
    title: str(i.title) ?? '',
    body: str(i.body) ?? '',
    author: loginOf(i.user),
    isPullRequest: isPullRequest || obj(i.pull_request) !== undefined,
    state: str(i.state) ?? 'open',
    labels,
  }
}

function commentFrom(raw: unknown): CommentInfo | undefined {
  const c = obj(raw)
  const id = num(c?.id)
  if (!c || id === undefined) return undefined
  return { id, body: str(c.body) ?? '', author: loginOf(c.user), createdAt: str(c.created_at) ?? '' }
}

function reviewCommentFrom(raw: unknown, pullNumber: number): ReviewCommentInfo | undefined {
  const base = commentFrom(raw)
  const c = obj(raw)
  if (!base || !c) return undefined
  return {
    ...base,
    path: str(c.path) ?? '',
    diffHunk: str(c.diff_hunk) ?? '',
    line: num(c.line) ?? num(c.original_line) ?? null,
    pullNumber,
  }
}

function reviewFrom(raw: unknown): ReviewInfo | undefined {
  const r = obj(raw)
  const id = num(r?.id)
  if (!r || id === undefined) return undefined
  return { id, body: str(r.body) ?? '', author: loginOf(r.user), state: str(r.state) ?? '', submittedAt: str(r.submitted_at) ?? '' }
}

/** Events that carry no request of their own and that only writers can cause: they run with `prompt`. */
export const MANUAL_EVENTS = new Set(['workflow_dispatch', 'schedule', 'push', 'repository_dispatch'])

/**
 * pull_request_target runs the base branch's workflow with the repository's secrets and a
 * writable token on behalf of a pull request that may come from a fork: an agent reading that
 * pull request's code and text there is an injection risk GitHub's own hardening guide warns
 * about. The action refuses it; use pull_request (no secrets for forks) or a comment trigger.
 */
export const PULL_REQUEST_TARGET_REASON =
  "pull_request_target is not supported: it runs with the repository's secrets on behalf of pull requests that may come from forks, " +
  'so an agent working on their code could be steered to leak them. Use pull_request, or an issue_comment trigger that only writers can drive.'

/** Input names of the workflow_dispatch hand-off; docs/handoff.md shows the matching YAML. */
export const HandoffInputNames = {
  Event: 'agent-event',
  Issue: 'agent-issue',
  CommentId: 'agent-comment-id',
  Actor: 'agent-actor',
  ProgressCommentId: 'agent-progress-comment-id',
} as const

const HANDOFF_EVENTS = new Set<HandoffInputs['event']>(['issue_comment', 'pull_request_review_comment', 'issues'])

function positiveInt(value: unknown): number | undefined {
  const s = str(value)?.trim()
  if (!s || !/^\d+$/.test(s)) return undefined
  const n = Number(s)
  return n > 0 ? n : undefined
}

/**
 * Reads the hand-off inputs of a workflow_dispatch payload. `undefined` when this dispatch is not
 * a hand-off (no `agent-event`); throws when it claims to be one but the inputs don't add up.
 */
export function readHandoffInputs(inputs: unknown): HandoffInputs | undefined {
  const i = obj(inputs)
  const raw = str(i?.[HandoffInputNames.Event])?.trim()
  if (!i || !raw) return undefined
  // "issues.labeled" carries the original action; comment events are always "created".
  const [event = '', action] = raw.split('.', 2)
  if (!HANDOFF_EVENTS.has(event as HandoffInputs['event'])) {
    throw new Error(
      `Hand-off input "${HandoffInputNames.Event}" is "${raw}"; expected issue_comment, pull_request_review_comment or issues.<action>.`,
    )
  }
  const issueNumber = positiveInt(i[HandoffInputNames.Issue])
  const commentId = positiveInt(i[HandoffInputNames.CommentId])
  const actor = str(i[HandoffInputNames.Actor])?.trim()
  const progressCommentId = positiveInt(i[HandoffInputNames.ProgressCommentId])
  if (issueNumber === undefined) throw new Error(`Hand-off input "${HandoffInputNames.Issue}" must be an issue or pull request number.`)
  if (event !== 'issues' && commentId === undefined) {
    throw new Error(`Hand-off input "${HandoffInputNames.CommentId}" must be a comment id for a ${event} hand-off.`)
  }
  if (!actor) throw new Error(`Hand-off input "${HandoffInputNames.Actor}" must name the user who asked.`)
  return {
    event: event as HandoffInputs['event'],
    ...(action ? { action } : {}),
    issueNumber,
    actor,
    ...(commentId !== undefined ? { commentId } : {}),
    ...(progressCommentId !== undefined ? { progressCommentId } : {}),
  }
}

/**
 * Normalises the triggering event. `actor` (GITHUB_ACTOR) is the fallback when the payload has no
 * sender; the sender is preferred because it names who caused *this* event even on a re-run.
 */
export function readSource(eventName: string, payload: unknown, actor: string): TriggerSource {
  const p = obj(payload) ?? {}
  const sender = str(obj(p.sender)?.login) ?? actor
  const action = str(p.action) ?? ''
  const manual: TriggerSource = { kind: 'manual', eventName, actor: sender }
  const unsupported = (reason: string): TriggerSource => ({ kind: 'unsupported', eventName, actor: sender, reason })
  const malformed = unsupported(`the ${eventName} payload lacks the fields this action reads`)

  switch (eventName) {
    case 'issue_comment': {
      const issue = issueFrom(p.issue, false)
      const comment = commentFrom(p.comment)
      if (!issue || !comment) return malformed
      return { kind: 'issue_comment', action, issue, comment, actor: sender }
    }
    case 'pull_request_review_comment': {
      const pull = issueFrom(p.pull_request, true)
      const comment = pull ? reviewCommentFrom(p.comment, pull.number) : undefined
      if (!pull || !comment) return malformed
      return { kind: 'review_comment', action, pull, comment, actor: sender }
    }
    case 'pull_request_review': {
      const pull = issueFrom(p.pull_request, true)
      const review = reviewFrom(p.review)
      if (!pull || !review) return malformed
      return { kind: 'review', action, pull, review, actor: sender }
    }
    case 'issues': {
      const issue = issueFrom(p.issue, false)
      if (!issue) return malformed
      return { kind: 'issue', action, issue, actor: sender }
    }
    case 'pull_request_target':
      return unsupported(PULL_REQUEST_TARGET_REASON)
    case 'pull_request': {
      const pull = issueFrom(p.pull_request, true)
      if (!pull) return malformed
      return { kind: 'pull_request', action, pull, actor: sender }
    }
    case 'workflow_dispatch': {
      const inputs = readHandoffInputs(p.inputs)
      return inputs ? { kind: 'handoff', inputs } : manual
    }
    default:
      return MANUAL_EVENTS.has(eventName)
        ? manual
        : unsupported(
            `${eventName || 'this event'} is not an event this action handles (issue_comment, pull_request_review_comment, pull_request_review, issues, pull_request, ${[...MANUAL_EVENTS].join(', ')})`,
          )
  }
}

/** Events whose runs for a fork's pull request get no Actions secrets (docs/design.md §6). */
const FORK_EVENTS = new Set(['pull_request', 'pull_request_review', 'pull_request_review_comment'])

/**
 * Why GitHub gave this run no Actions secrets, or undefined when it gives them: runs Dependabot
 * triggers get only Dependabot secrets, and pull_request runs (and their reviews and review
 * comments) for a fork's pull request get none. `actor` is GITHUB_ACTOR.
 */
export function secretsWithheld(eventName: string, payload: unknown, actor: string): string | undefined {
  const p = obj(payload) ?? {}
  const sender = str(obj(p.sender)?.login)
  if ([actor, sender].some((who) => who?.toLowerCase() === 'dependabot[bot]')) {
    return 'GitHub gives workflow runs that Dependabot triggers no Actions secrets (only Dependabot secrets)'
  }
  const pull = obj(p.pull_request)
  if (!FORK_EVENTS.has(eventName) || !pull) return undefined
  const head = str(obj(obj(pull.head)?.repo)?.full_name)
  const base = str(obj(p.repository)?.full_name) ?? str(obj(obj(pull.base)?.repo)?.full_name)
  if (head !== undefined && base !== undefined && head.toLowerCase() === base.toLowerCase()) return undefined
  return `GitHub gives ${eventName} runs for a pull request from a fork no secrets`
}
