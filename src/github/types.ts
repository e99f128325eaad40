// Plain data shapes the GitHub side of the action works with. Webhook payloads and REST answers
// are both mapped into these, so the decisions (event.ts, gate.ts, …) never see raw JSON.

export type { RepoRef } from '../run-context.js'

export interface IssueInfo {
  number: number
  title: string
  body: string
  author: string
  isPullRequest: boolean
  state: string
  labels: string[]
}

export interface CommentInfo {
  id: number
  body: string
  author: string
  createdAt: string
}

export interface ReviewCommentInfo extends CommentInfo {
  path: string
  diffHunk: string
  line: number | null
  pullNumber: number
}

/** A submitted pull request review: its body is the request, its inline comments are context. */
export interface ReviewInfo {
  id: number
  body: string
  author: string
  /** approved, commented, changes_requested (the webhook's lower case). */
  state: string
  submittedAt: string
}

export interface PullInfo {
  headRef: string
  baseRef: string
  changedFiles: number
}

export interface ChangedFile {
  filename: string
  status: string
  additions: number
  deletions: number
  previousFilename?: string
}

/** Inputs a `handoff: dispatch` run passes to the workflow_dispatch run it starts (handoff.ts). */
export interface HandoffInputs {
  event: 'issue_comment' | 'pull_request_review_comment' | 'issues'
  /** The original event's action for `issues` (opened, labeled, …); comments are always created. */
  action?: string
  issueNumber: number
  commentId?: number
  /** The person who asked; the dispatched run's own actor is the token's bot. */
  actor: string
  /** The comment the first run already posted, so the dispatched run updates it. */
  progressCommentId?: number
}

/**
 * What started this run, normalised. `handoff` still needs its issue/comment fetched
 * (resolveHandoff in handoff.ts turns it into one of the other kinds).
 */
export type TriggerSource =
  | { kind: 'issue_comment'; action: string; issue: IssueInfo; comment: CommentInfo; actor: string }
  | { kind: 'review_comment'; action: string; pull: IssueInfo; comment: ReviewCommentInfo; actor: string }
  | { kind: 'review'; action: string; pull: IssueInfo; review: ReviewInfo; actor: string }
  | { kind: 'issue'; action: string; issue: IssueInfo; actor: string }
  | { kind: 'pull_request'; action: string; pull: IssueInfo; actor: string }
  | { kind: 'handoff'; inputs: HandoffInputs }
  | { kind: 'manual'; eventName: string; actor: string }
  /** An event the action does not handle: the run ends skipped, with a notice naming it. */
  | { kind: 'unsupported'; eventName: string; actor: string; reason: string }

/** A source with its identifiers fetched; everything except an unresolved hand-off. */
export type ResolvedSource = Exclude<TriggerSource, { kind: 'handoff' }>

/** A source the agent can run for (decideRun said 'run'). */
export type RunnableSource = Exclude<ResolvedSource, { kind: 'unsupported' }>

/** Where a 👀 reaction goes: the triggering comment, or the issue/PR itself. */
export type ReactionTarget =
  { kind: 'issue'; issueNumber: number } | { kind: 'issue_comment'; commentId: number } | { kind: 'review_comment'; commentId: number }
