// Where the agent's finished work goes: a pure decision over the `deliver` input, the thread the
// request came from and the run's branch. The stage that carries it out is deliver.ts.
import type { PullHead, PullRequestRef } from '../github/pulls.js'
import type { DeliverMode } from '../inputs.js'
import { encodeSegment } from '../text.js'

export interface PlanInput {
  mode: DeliverMode
  /** `owner/name` of this repository. */
  repository: string
  /** The issue or pull request the request came from; undefined for manual events. */
  thread: { number: number; isPullRequest: boolean } | undefined
  /** Set when the thread is a pull request (looked up before planning). */
  pull: PullHead | undefined
  /** The branch the run started from: GITHUB_HEAD_REF on pull_request events, else GITHUB_REF_NAME when GITHUB_REF is a branch. */
  runBranch: string | undefined
  branchPrefix: string
  runId: string
  sessionKey: string
  /** A pull request needs the API; without a token only a push is possible. */
  hasToken: boolean
  /**
   * An issue conversation's earlier turns went to this branch and its open pull request
   * (src/main/thread.ts): a new turn adds its commit there instead of opening another.
   */
  conversation?: { branch: string; pullRequest: PullRequestRef | undefined } | undefined
}

export type DeliveryPlan =
  /** Commit onto `parent`, push to a new `branch`, open a pull request against `base`. */
  | { kind: 'pull-request'; branch: string; base: string; parent: 'checkout' | { sha: string } }
  /** Commit onto `parent` and push to the existing `branch` (fast-forward only); a conversation's pull request is named. */
  | { kind: 'push'; branch: string; parent: 'checkout' | { sha: string }; pullRequest?: PullRequestRef | undefined }
  /** Deliver nothing; `warn` when the user would expect a delivery. */
  | { kind: 'skip'; reason: string; warn: boolean }

/**
 * The new branch's name: deterministic for the run and session key, so every attempt of the run
 * (and a re-run after a failed delivery) finds the same branch. E.g. `agent/issue-42-run-7100`.
 */
export function deliveryBranch(i: Pick<PlanInput, 'branchPrefix' | 'thread' | 'runId' | 'sessionKey'>): string {
  const thread = i.thread ? `${i.thread.isPullRequest ? 'pr' : 'issue'}-${i.thread.number}-` : ''
  // The default key of a single use ('agent', the usual job id) adds nothing worth reading.
  const key = i.sessionKey === 'agent' ? '' : `-${encodeSegment(i.sessionKey)}`
  return `${i.branchPrefix}${thread}run-${i.runId}${key}`
}

/**
 * Whether a run with this mode can push at all: not `none`, and not `auto` without a token (auto
 * delivers through GitHub; a run without a token, a local run, keeps the work tree as it is).
 * Main reads origin's push URL only then.
 */
export function mayPush(mode: DeliverMode, hasToken: boolean): boolean {
  return mode !== 'none' && (mode !== 'auto' || hasToken)
}

export function planDelivery(i: PlanInput): DeliveryPlan {
  if (i.mode === 'none') return { kind: 'skip', reason: "the 'deliver' input is none: the changes stay in the work tree", warn: false }
  if (!mayPush(i.mode, i.hasToken)) {
    return { kind: 'skip', reason: "there is no 'github-token', so nothing is pushed: the changes stay in the work tree", warn: false }
  }
  const pull = i.thread?.isPullRequest ? i.pull : undefined
  if (i.thread?.isPullRequest && !pull) {
    return { kind: 'skip', reason: `pull request #${i.thread.number} could not be looked up, so there is nowhere to push`, warn: true }
  }
  if (pull && pull.headRepo.toLowerCase() !== i.repository.toLowerCase()) {
    return {
      kind: 'skip',
      reason: `pull request #${pull.number} comes from a fork (${pull.headRepo}); this run's token cannot push there, so nothing was pushed`,
      warn: true,
    }
  }
  const wantsPullRequest = i.mode === 'pull-request' || (i.mode === 'auto' && !pull)
  // A conversation on an issue: one pull request for all its turns, each turn a new commit on it.
  if (wantsPullRequest && !i.thread?.isPullRequest && i.conversation && i.hasToken) {
    const c = i.conversation
    return { kind: 'push', branch: c.branch, parent: { sha: 'remote' }, ...(c.pullRequest ? { pullRequest: c.pullRequest } : {}) }
  }
  if (wantsPullRequest) {
    if (!i.hasToken) {
      return {
        kind: 'skip',
        reason: "there is no 'github-token', so no pull request can be opened: the changes stay in the work tree",
        warn: true,
      }
    }
    const base = pull ? pull.headRef : i.runBranch
    if (!base) return { kind: 'skip', reason: 'the run did not start from a branch, so there is no base for a pull request', warn: true }
    return { kind: 'pull-request', branch: deliveryBranch(i), base, parent: pull ? { sha: pull.headSha } : 'checkout' }
  }
  // auto on a same-repository pull request, or push.
  if (pull) return { kind: 'push', branch: pull.headRef, parent: { sha: pull.headSha } }
  if (!i.runBranch) return { kind: 'skip', reason: 'the run did not start from a branch, so there is nothing to push onto', warn: true }
  return { kind: 'push', branch: i.runBranch, parent: 'checkout' }
}
