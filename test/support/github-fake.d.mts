// Types for github-fake.mjs (a local GitHub REST API fake for tests and the demo script).

export interface FakeOptions {
  owner?: string
  repo?: string
  defaultBranch?: string
  /** Login the fake attributes to writes made with any token (GITHUB_TOKEN's identity by default). */
  tokenLogin?: string
}

export interface FakeIssue {
  number: number
  title: string
  body: string | null
  user: string
  state: 'open' | 'closed'
  labels: string[]
  assignees: string[]
  pull?: { headRef: string; baseRef: string; headSha: string; headRepo?: string | undefined }
}

export interface FakeComment {
  id: number
  issueNumber: number
  body: string
  user: string
  createdAt: string
  /** created_at until an edit (PATCH /issues/comments/{id}) sets it to the fake's clock; `since` filters on it. */
  updatedAt: string
}

export interface FakeReviewComment {
  id: number
  pullNumber: number
  body: string
  user: string
  path: string
  diffHunk: string
  line: number | null
  createdAt: string
  /** Defaults to createdAt; `since` and sort=updated of GET /pulls/{n}/comments use it. */
  updatedAt: string
  /** The review this comment belongs to (pull_request_review_id); null for a lone comment. */
  reviewId: number | null
  /** The comment this one answers (in_reply_to_id, sent only when set); null for a thread's first comment. */
  inReplyTo: number | null
}

export type FakeCheckRunStatus = 'queued' | 'in_progress' | 'completed'
export type FakeCheckRunConclusion = 'success' | 'failure' | 'neutral' | 'cancelled' | 'skipped' | 'timed_out' | 'action_required'

/** A check run on a commit (GET /commits/{ref}/check-runs). A token without `checks: read` is not modelled. */
export interface FakeCheckRun {
  id: number
  name: string
  /** 40 lowercase hex digits. */
  headSha: string
  status: FakeCheckRunStatus
  /** Null unless status is completed. */
  conclusion: FakeCheckRunConclusion | null
  startedAt: string
  /** Null unless status is completed. */
  completedAt: string | null
  detailsUrl: string
  app: { slug: string; name: string }
  /** output.title and output.summary. */
  title: string | null
  summary: string | null
}

export interface CheckRunSeed {
  name: string
  /** Default: completed when a conclusion is given, else queued. */
  status?: FakeCheckRunStatus
  /** Required exactly when status is completed (addCheckRun throws otherwise). */
  conclusion?: FakeCheckRunConclusion
  id?: number
  startedAt?: string
  /** Default startedAt (completed runs only). */
  completedAt?: string
  detailsUrl?: string
  /** An app slug (used as its name too), or both; default github-actions / GitHub Actions. */
  app?: string | { slug: string; name: string }
  title?: string
  summary?: string
}

export interface FakeReaction {
  id: number
  kind: 'issue' | 'comment' | 'review_comment'
  targetId: number
  content: string
  user: string
}

export interface FakeDispatch {
  workflow: string
  ref: string
  inputs: Record<string, unknown>
  runId: number
}

export interface FakePullFile {
  filename: string
  status?: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged'
  additions?: number
  deletions?: number
  changes?: number
  patch?: string
  previous_filename?: string
}

export interface RecordedRequest {
  method: string
  path: string
  query: Record<string, string>
  body: unknown
  authorization: string | undefined
  /** Set when a failure rule (fail/failNext) answered this request instead of the endpoint. */
  failed?: number | 'reset' | 'hang'
}

export interface FailureSpec {
  method: string
  /** The exact path (e.g. /repos/o/r/issues/1), or a pattern for it. */
  path: string | RegExp
  /** The HTTP status to answer with, or 'reset': drop the connection without an answer (a network error). */
  status: number | 'reset' | 'hang'
  /** The error body's message (default after the status: Bad Gateway, Service Unavailable, Server Error). */
  message?: string
  /** How many matching requests fail (default: every one until stop()). */
  times?: number
}

/** A failure rule as it runs: how often it answered, and how many answers it has left. */
export interface FakeFailure {
  readonly method: string
  readonly path: string | RegExp
  readonly status: number | 'reset' | 'hang'
  readonly message: string
  remaining: number
  /** Matching requests this rule answered with its failure (each retry counts). */
  attempts: number
  /** Ends the rule: later requests reach the endpoint. */
  stop(): void
}

export interface FakeState {
  defaultBranch: string
  permissions: Map<string, { permission: string; roleName: string }>
  issues: Map<number, FakeIssue>
  files: Map<number, FakePullFile[]>
  comments: FakeComment[]
  reviewComments: FakeReviewComment[]
  /** Review ids known to exist (reviews without inline comments included). */
  reviews: Set<number>
  /** Branch name → head SHA, for /commits/{ref}/… (setBranch); a same-repo pull head counts too. */
  branches: Map<string, string>
  checkRuns: FakeCheckRun[]
  /** Pull requests opened through the API, in order. */
  pulls: { number: number; head: string; base: string; title: string; body: string }[]
  /** False: POST /pulls answers 403 as when "Allow GitHub Actions to create and approve pull requests" is off. */
  pullRequestsPermitted: boolean
  reactions: FakeReaction[]
  dispatches: FakeDispatch[]
  /** Workflow file → declared workflow_dispatch input names; when any is declared, others 404. */
  workflows: Map<string, string[]>
  requests: RecordedRequest[]
  failures: FakeFailure[]
}

export interface IssueSeed {
  number: number
  title?: string
  body?: string | null
  user?: string
  state?: 'open' | 'closed'
  labels?: string[]
  assignees?: string[]
  /** Present for a pull request (PRs are issues too in the REST API). */
  pull?: { headRef?: string; baseRef?: string; headSha?: string; /** owner/name of a fork */ headRepo?: string }
  files?: FakePullFile[]
}

export interface GitHubFake {
  /** Base URL for getOctokit(token, { baseUrl }) or GITHUB_API_URL. */
  url: string
  owner: string
  repo: string
  tokenLogin: string
  state: FakeState
  setPermission(login: string, permission: 'admin' | 'write' | 'read' | 'none', roleName?: string): void
  addIssue(seed: IssueSeed): FakeIssue
  /** updatedAt defaults to createdAt, which defaults to the fake's clock. */
  addComment(issueNumber: number, seed: { body: string; user?: string; id?: number; createdAt?: string; updatedAt?: string }): FakeComment
  addReviewComment(
    pullNumber: number,
    seed: {
      body: string
      path: string
      diffHunk: string
      line?: number
      user?: string
      id?: number
      createdAt?: string
      /** Default createdAt. */
      updatedAt?: string
      reviewId?: number
      /** The id of a review comment on the same pull request this one replies to (throws otherwise). */
      inReplyTo?: number
    },
  ): FakeReviewComment
  /** Points a branch at a commit, for check runs listed by branch name. */
  setBranch(name: string, sha: string): void
  /** Adds a check run on commit `sha` (40 hex digits); throws on a status/conclusion pair GitHub would not report. */
  addCheckRun(sha: string, seed: CheckRunSeed): FakeCheckRun
  /** Declares a submitted review (its inline comments are added with addReviewComment and its id). */
  addReview(pullNumber: number, reviewId: number): void
  declareWorkflow(file: string, inputs: string[]): void
  /** Matching requests fail as `spec` says (each one recorded in `attempts`) until `times` are used up or stop(). */
  fail(spec: FailureSpec): FakeFailure
  /** The next `times` (default 1) matching requests fail with this status and message. */
  failNext(method: string, path: RegExp, status: number, message?: string, times?: number): void
  commentsOn(issueNumber: number): FakeComment[]
  requestsTo(method: string, path: RegExp): RecordedRequest[]
  close(): Promise<void>
}

export function startGitHubFake(options?: FakeOptions): Promise<GitHubFake>
