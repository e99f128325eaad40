// The small interfaces through which GitHub is reached. octokit.ts implements all of them over
// REST; each consumer asks only for the slice it uses, so a test can hand in a plain object.
import type { ChangedFile, CommentInfo, IssueInfo, PullInfo, ReactionTarget, ReviewCommentInfo } from './types.js'

/** Reads that enrich a request with context (event.ts) or rebuild a hand-off (handoff.ts). */
export interface ContextPort {
  getIssue(issueNumber: number): Promise<IssueInfo>
  getIssueComment(commentId: number): Promise<CommentInfo>
  getReviewComment(commentId: number): Promise<ReviewCommentInfo>
  /** Oldest first, as the REST API lists them; at most `max` of the newest. */
  listIssueComments(issueNumber: number, max: number): Promise<CommentInfo[]>
  getPull(pullNumber: number): Promise<PullInfo>
  /** The inline comments of one pull request review, oldest first; at most `max`. */
  listReviewComments(pullNumber: number, reviewId: number, max: number): Promise<ReviewCommentInfo[]>
  /** The first `max` changed files (PullInfo.changedFiles has the total). */
  listPullFiles(pullNumber: number, max: number): Promise<ChangedFile[]>
}

export interface PermissionPort {
  /** `undefined` when GitHub says the login is not a user (404), e.g. most bots. */
  getPermission(login: string): Promise<{ permission: string; roleName: string } | undefined>
}

export interface CommentPort {
  createComment(issueNumber: number, body: string): Promise<{ id: number }>
  updateComment(commentId: number, body: string): Promise<void>
  /** `undefined` when the comment is gone (deleted by a person between attempts). */
  getComment(commentId: number): Promise<CommentInfo | undefined>
  /** Every comment on the issue, oldest first (used to find our marker). */
  listAllComments(issueNumber: number): Promise<CommentInfo[]>
}

export interface ReactionPort {
  /** Returns the reaction id (the existing one if this token already reacted so). */
  addReaction(target: ReactionTarget, content: 'eyes'): Promise<number>
  removeReaction(target: ReactionTarget, reactionId: number): Promise<void>
}

export interface DispatchPort {
  /** `workflow` is the file name (e.g. agent.yml). Returns the new run's page when GitHub says. */
  dispatchWorkflow(workflow: string, ref: string, inputs: Record<string, string>): Promise<{ runUrl?: string }>
}

export type GitHubPorts = ContextPort & PermissionPort & CommentPort & ReactionPort & DispatchPort

/**
 * The same ports, with every comment body this action writes (progress comment, refusal reply,
 * hand-off note) passed through `redact` (the run's Redactor) on its way to GitHub. Main wraps
 * its GitHub ports once, so no writer can skip it; the hidden markers hold nothing it changes.
 */
export function redactedComments<P extends CommentPort>(port: P, redact: (text: string) => string): P {
  return {
    ...port,
    createComment: (issueNumber: number, body: string) => port.createComment(issueNumber, redact(body)),
    updateComment: (commentId: number, body: string) => port.updateComment(commentId, redact(body)),
  }
}
