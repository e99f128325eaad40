// `handoff: dispatch`. Comment- and issue-triggered runs get a read-only cache token when the
// cache scope is the default branch (docs/design.md §3): they could run the agent but never save the
// session, so a re-run could not resume. Instead they start this same workflow through
// workflow_dispatch — which GITHUB_TOKEN may do, and whose cache is read-write — passing the
// event's identifiers, acknowledge on the progress comment, and end successfully. The
// dispatched run fetches the issue and comment by id (resolveHandoff) and proceeds as if the
// original event had started it. docs/handoff.md shows the workflow YAML this needs.
import { Inputs } from '../constants.js'
import type { ProgressComment } from './progress-comment.js'
import { hasStatus } from './errors.js'
import { HandoffInputNames } from './payload.js'
import type { ContextPort, DispatchPort } from './ports.js'
import { workflowFileFromRef, type RunInfo } from '../run-context.js'
import type { HandoffInputs, ResolvedSource, TriggerSource } from './types.js'
import { errorMessage } from '../log.js'

export type HandoffMode = 'none' | 'dispatch'

/** Only sources a dispatched run can rebuild from ids; the others have no read-only problem. */
export function canHandOff(
  source: TriggerSource,
): source is Extract<ResolvedSource, { kind: 'issue_comment' | 'review_comment' | 'issue' }> {
  return source.kind === 'issue_comment' || source.kind === 'review_comment' || source.kind === 'issue'
}

/**
 * `viaHandoff`: this run is itself a dispatched hand-off. It never hands off again — if even it
 * cannot save, another dispatch would only loop.
 */
export function shouldHandOff(mode: HandoffMode, cacheWritable: boolean, source: TriggerSource, viaHandoff = false): boolean {
  return mode === 'dispatch' && !cacheWritable && !viaHandoff && canHandOff(source)
}

/** The workflow_dispatch inputs that identify the event (all strings, as the API requires). */
export function handoffInputsFor(
  source: Extract<ResolvedSource, { kind: 'issue_comment' | 'review_comment' | 'issue' }>,
  progressCommentId?: number,
): Record<string, string> {
  const inputs: Record<string, string> = { [HandoffInputNames.Actor]: source.actor }
  if (source.kind === 'issue_comment') {
    inputs[HandoffInputNames.Event] = 'issue_comment'
    inputs[HandoffInputNames.Issue] = String(source.issue.number)
    inputs[HandoffInputNames.CommentId] = String(source.comment.id)
  } else if (source.kind === 'review_comment') {
    inputs[HandoffInputNames.Event] = 'pull_request_review_comment'
    inputs[HandoffInputNames.Issue] = String(source.pull.number)
    inputs[HandoffInputNames.CommentId] = String(source.comment.id)
  } else {
    inputs[HandoffInputNames.Event] = `issues.${source.action}`
    inputs[HandoffInputNames.Issue] = String(source.issue.number)
  }
  if (progressCommentId !== undefined) inputs[HandoffInputNames.ProgressCommentId] = String(progressCommentId)
  return inputs
}

export interface HandOffOptions {
  port: DispatchPort
  run: RunInfo
  /** The repository's default branch (payload.repository.default_branch). */
  defaultBranch: string
  source: Extract<ResolvedSource, { kind: 'issue_comment' | 'review_comment' | 'issue' }>
  /** Started progress comment: its id goes along so the dispatched run updates the same one. */
  progress?: ProgressComment | undefined
}

export type HandOffResult =
  | { kind: 'handed-off'; workflow: string; ref: string; inputs: Record<string, string>; runUrl?: string | undefined; message: string }
  | { kind: 'failed'; message: string }

function explain(err: unknown, workflow: string): string {
  const detail = errorMessage(err)
  if (hasStatus(err, 403)) {
    return `Could not dispatch ${workflow}: the token may not start workflows (${detail}). Give the job "permissions: actions: write" or set "${Inputs.Handoff}: none".`
  }
  if (hasStatus(err, 422)) {
    return `Could not dispatch ${workflow}: GitHub rejected the inputs (${detail}). The workflow's "on: workflow_dispatch" must declare the agent-* inputs shown in docs/handoff.md, on the default branch.`
  }
  if (hasStatus(err, 404)) {
    return `Could not dispatch ${workflow}: the workflow was not found on the default branch or has no "on: workflow_dispatch" trigger (${detail}).`
  }
  return `Could not dispatch ${workflow}: ${detail}`
}

const NOT_DISPATCHED = 'Nothing was started; fix the workflow and re-run the job to hand off again.'

/** Never throws: a failed hand-off is reported on the comment and returned for main to fail on. */
export async function handOff(opts: HandOffOptions): Promise<HandOffResult> {
  let workflow: string
  try {
    workflow = workflowFileFromRef(opts.run.workflowRef, opts.run.repo)
  } catch (err) {
    const message = errorMessage(err)
    await opts.progress?.fail(message, {
      resumable: false,
      next: NOT_DISPATCHED,
    })
    return { kind: 'failed', message }
  }
  const ref = opts.defaultBranch
  const inputs = handoffInputsFor(opts.source, opts.progress?.id)
  try {
    const { runUrl } = await opts.port.dispatchWorkflow(workflow, ref, inputs)
    const where = runUrl ? `[a separate run](${runUrl})` : `a separate run of ${workflow} on ${ref}`
    const message = `Continuing in ${where} that can be resumed if it fails; this comment will follow it.`
    await opts.progress?.handedOff(message, `handed off to ${where}.`, runUrl)
    return { kind: 'handed-off', workflow, ref, inputs, runUrl, message }
  } catch (err) {
    const message = explain(err, workflow)
    await opts.progress?.fail(message, {
      resumable: false,
      next: NOT_DISPATCHED,
    })
    return { kind: 'failed', message }
  }
}

/**
 * In the dispatched run: fetch what the original event carried, so the decision, the gate and
 * the request are built exactly as they would have been. Other sources pass through unchanged.
 */
export async function resolveHandoff(source: TriggerSource, port: ContextPort): Promise<ResolvedSource> {
  if (source.kind !== 'handoff') return source
  const h: HandoffInputs = source.inputs
  const commentId = (): number => {
    if (h.commentId === undefined) throw new Error(`Hand-off input "${HandoffInputNames.CommentId}" is missing.`)
    return h.commentId
  }
  const sameAuthor = (author: string, id: number): void => {
    // The requester's comment is the request; a hand-off naming someone else's comment is broken.
    if (author.toLowerCase() !== h.actor.toLowerCase()) {
      throw new Error(`Hand-off names @${h.actor}, but comment ${id} was written by @${author}.`)
    }
  }
  switch (h.event) {
    case 'issue_comment': {
      const [issue, comment] = await Promise.all([port.getIssue(h.issueNumber), port.getIssueComment(commentId())])
      sameAuthor(comment.author, comment.id)
      return { kind: 'issue_comment', action: 'created', issue, comment, actor: h.actor }
    }
    case 'pull_request_review_comment': {
      const comment = await port.getReviewComment(commentId())
      sameAuthor(comment.author, comment.id)
      const pull = await port.getIssue(comment.pullNumber)
      return { kind: 'review_comment', action: 'created', pull: { ...pull, isPullRequest: true }, comment, actor: h.actor }
    }
    case 'issues': {
      const issue = await port.getIssue(h.issueNumber)
      return { kind: 'issue', action: h.action ?? 'opened', issue, actor: h.actor }
    }
  }
}

/** payload.repository.default_branch, which every repository event carries. */
export function defaultBranchOf(payload: unknown): string | undefined {
  if (typeof payload !== 'object' || payload === null || !('repository' in payload)) return undefined
  const repo = payload.repository
  if (typeof repo !== 'object' || repo === null || !('default_branch' in repo)) return undefined
  return typeof repo.default_branch === 'string' && repo.default_branch ? repo.default_branch : undefined
}

/**
 * The explanation for a read-only cache (docs/design.md §3), for RunReport.readOnlyCache and the log.
 * `handoff` says whether the workflow could have avoided it.
 */
export function readOnlyCacheNote(eventName: string, handoff: 'none' | 'dispatch'): string {
  const untrusted = READ_ONLY_TRIGGERS.has(eventName)
  const why = untrusted
    ? `This run's cache token is read-only: GitHub gives ${eventName} runs on the default branch a cache they ` +
      'can restore from but not save to. The session was not saved, so a re-run of this attempt starts over.'
    : "This run's cache token is read-only (it grants no write access to this run's cache scope). " +
      'The session was not saved, so a re-run of this attempt starts over.'
  return handoff === 'none' && untrusted
    ? `${why} Set "handoff: dispatch" to continue such requests in a workflow_dispatch run, which can save (see docs/handoff.md).`
    : why
}

/** Triggers whose runs get a read-only cache on the default-branch scope (docs/design.md §3). */
const READ_ONLY_TRIGGERS = new Set(['issue_comment', 'issues', 'pull_request_review_comment', 'pull_request_target', 'workflow_run'])
