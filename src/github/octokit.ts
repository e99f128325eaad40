// The GitHub ports over REST with the Octokit that @actions/github builds. Each method maps one
// REST answer into the plain shapes of types.ts; nothing here decides anything. A run loads this
// module (and @actions/github) only on its first API call: src/github/connect.ts.
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { hasStatus } from './errors.js'
import type { GitHubPorts } from './ports.js'
import type { ChangedFile, CommentInfo, IssueInfo, ReactionTarget, RepoRef, ReviewCommentInfo } from './types.js'

export type Octokit = ReturnType<typeof getOctokit>

/**
 * How a failed GitHub call is retried (@octokit/plugin-retry): an answer of 400 or more that is
 * not in `doNotRetry`, and a network error (Octokit reports it as status 500), is tried again up
 * to `retries` times; the n-th retry waits n² × `baseMs` (0.7 s, 2.8 s, 6.3 s: under 10 s in
 * all). The plugin ignores Retry-After, so a rate limit (429; a secondary limit is a 403) is not
 * retried: another request at once would only prolong it. A cancel (AbortError) is never retried.
 */
export const GITHUB_RETRY = {
  retries: 3,
  baseMs: 700,
  doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
} as const

/**
 * For tests only: the retry base in milliseconds, so the end-to-end tests through dist/ do not
 * wait seconds for a failing fake. It can only shorten the waits (0 to GITHUB_RETRY.baseMs).
 */
export const TEST_RETRY_BASE_ENV = 'AGENT_RESUME_TEST_GITHUB_RETRY_MS'

export interface OctokitOptions {
  /** Retries after the first try (default GITHUB_RETRY.retries; 0 turns retrying off). */
  retries?: number
  /** The base of the retry waits (default GITHUB_RETRY.baseMs); tests pass a few ms. */
  retryBaseMs?: number
  /** Every call gives up when this aborts, also while it waits to retry (it rejects with the signal's reason). */
  signal?: AbortSignal | undefined
  /** The most milliseconds one call may take, its retries included (default GITHUB_CALL_TIMEOUT_MS). */
  callTimeoutMs?: number
}

/** The budget of one GitHub API call, retries included: room for the three retry waits (9.8 s) and slow answers. */
export const GITHUB_CALL_TIMEOUT_MS = 30_000

/** For tests only, like TEST_RETRY_BASE_ENV: a shorter call budget (it can only shorten it). */
export const TEST_CALL_TIMEOUT_ENV = 'AGENT_RESUME_TEST_GITHUB_CALL_MS'

function testCallTimeout(env: NodeJS.ProcessEnv): number | undefined {
  const raw = env[TEST_CALL_TIMEOUT_ENV]?.trim()
  if (!raw || !/^\d+$/.test(raw)) return undefined
  return Math.min(Number(raw), GITHUB_CALL_TIMEOUT_MS)
}

function testRetryBase(env: NodeJS.ProcessEnv): number | undefined {
  const raw = env[TEST_RETRY_BASE_ENV]?.trim()
  if (!raw || !/^\d+$/.test(raw)) return undefined
  return Math.min(Number(raw), GITHUB_RETRY.baseMs)
}

/** `baseUrl` defaults to GITHUB_API_URL (read by @actions/github), so GHES works unchanged. */
export function createOctokit(token: string, baseUrl?: string, options: OctokitOptions = {}): Octokit {
  // Not `request`: @actions/github's defaults put its proxy-aware fetch there, and a caller's
  // `request` would replace them whole.
  const retryOptions = {
    retries: options.retries ?? GITHUB_RETRY.retries,
    retryAfterBaseValue: options.retryBaseMs ?? testRetryBase(process.env) ?? GITHUB_RETRY.baseMs,
    doNotRetry: [...GITHUB_RETRY.doNotRetry],
  }
  const octokit = getOctokit(token, { ...(baseUrl ? { baseUrl } : {}), retry: retryOptions }, retry)
  // Every call (its retries included) has a budget, and gives up at once on a cancel: a request
  // GitHub never answers must not hold the agent between steps, or the post step (issue 14).
  const budgetMs = options.callTimeoutMs ?? testCallTimeout(process.env) ?? GITHUB_CALL_TIMEOUT_MS
  // Registered after the plugins, so this wraps them all (before-after-hook: the last wrap is
  // the outermost): the signal reaches fetch, and an abort also ends a wait between retries.
  octokit.hook.wrap('request', async (request, endpoint) => {
    const signal = options.signal ? AbortSignal.any([options.signal, AbortSignal.timeout(budgetMs)]) : AbortSignal.timeout(budgetMs)
    signal.throwIfAborted()
    let onAbort: (() => void) | undefined
    const aborted = new Promise<never>((_, reject) => {
      onAbort = () => reject(signal.reason as Error)
      signal.addEventListener('abort', onAbort, { once: true })
    })
    try {
      return await Promise.race([request({ ...endpoint, request: { ...endpoint.request, signal } }), aborted])
    } finally {
      if (onAbort) signal.removeEventListener('abort', onAbort)
    }
  })
  return octokit
}

/** For writes that are not idempotent: one try (exactly once beats a second comment or run). */
const NO_RETRY = { retries: 0 }

interface RestUser {
  login: string
}
interface RestComment {
  id: number
  body?: string | null
  user: RestUser | null
  created_at: string
}
interface RestIssue {
  number: number
  title: string
  body?: string | null
  user: RestUser | null
  state: string
  labels: (string | { name?: string })[]
  pull_request?: unknown
}

const login = (u: RestUser | null): string => u?.login ?? 'ghost'

function toComment(c: RestComment): CommentInfo {
  return { id: c.id, body: c.body ?? '', author: login(c.user), createdAt: c.created_at }
}

function toIssue(i: RestIssue): IssueInfo {
  return {
    number: i.number,
    title: i.title,
    body: i.body ?? '',
    author: login(i.user),
    isPullRequest: i.pull_request !== undefined && i.pull_request !== null,
    state: i.state,
    labels: i.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter((l) => l !== ''),
  }
}

// Safety valve for pathological threads: 30 pages of 100 is far more than any prompt can use.
const MAX_PAGES = 30

export function createOctokitPorts(octokit: Octokit, repo: RepoRef): GitHubPorts {
  const { owner, repo: name } = repo
  const base = { owner, repo: name }

  async function eachComment(issueNumber: number, visit: (c: CommentInfo) => void): Promise<void> {
    let pages = 0
    const iterator = octokit.paginate.iterator(octokit.rest.issues.listComments, { ...base, issue_number: issueNumber, per_page: 100 })
    for await (const page of iterator) {
      for (const c of page.data) visit(toComment(c))
      if (++pages >= MAX_PAGES) break
    }
  }

  return {
    async getIssue(issueNumber) {
      const { data } = await octokit.rest.issues.get({ ...base, issue_number: issueNumber })
      return toIssue(data)
    },
    async getIssueComment(commentId) {
      const { data } = await octokit.rest.issues.getComment({ ...base, comment_id: commentId })
      return toComment(data)
    },
    async getReviewComment(commentId): Promise<ReviewCommentInfo> {
      const { data } = await octokit.rest.pulls.getReviewComment({ ...base, comment_id: commentId })
      const pullNumber = Number(data.pull_request_url.split('/').pop())
      return { ...toComment(data), path: data.path, diffHunk: data.diff_hunk, line: data.line ?? null, pullNumber }
    },
    async listReviewComments(pullNumber, reviewId, max): Promise<ReviewCommentInfo[]> {
      const { data } = await octokit.rest.pulls.listCommentsForReview({
        ...base,
        pull_number: pullNumber,
        review_id: reviewId,
        per_page: Math.min(100, Math.max(1, max)),
      })
      return data.slice(0, max).map((c) => ({ ...toComment(c), path: c.path, diffHunk: c.diff_hunk, line: c.line ?? null, pullNumber }))
    },
    async listIssueComments(issueNumber, max) {
      const newest: CommentInfo[] = []
      await eachComment(issueNumber, (c) => {
        newest.push(c)
        if (newest.length > max) newest.shift()
      })
      return newest
    },
    async getPull(pullNumber) {
      const { data } = await octokit.rest.pulls.get({ ...base, pull_number: pullNumber })
      return { headRef: data.head.ref, baseRef: data.base.ref, changedFiles: data.changed_files }
    },
    async listPullFiles(pullNumber, max) {
      const files: ChangedFile[] = []
      const iterator = octokit.paginate.iterator(octokit.rest.pulls.listFiles, {
        ...base,
        pull_number: pullNumber,
        per_page: Math.min(100, Math.max(1, max)),
      })
      for await (const page of iterator) {
        for (const f of page.data) {
          if (files.length >= max) break
          files.push({
            filename: f.filename,
            status: f.status,
            additions: f.additions,
            deletions: f.deletions,
            ...(f.previous_filename ? { previousFilename: f.previous_filename } : {}),
          })
        }
        if (files.length >= max) break
      }
      return files
    },
    async getPermission(user) {
      try {
        const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ ...base, username: user })
        return { permission: data.permission, roleName: data.role_name }
      } catch (err) {
        if (hasStatus(err, 404)) return undefined
        throw err
      }
    },
    async createComment(issueNumber, body) {
      // Not retried: a 5xx may hide a comment that was posted, and a retry would post a second.
      const { data } = await octokit.rest.issues.createComment({ ...base, issue_number: issueNumber, body, request: NO_RETRY })
      return { id: data.id }
    },
    async updateComment(commentId, body) {
      await octokit.rest.issues.updateComment({ ...base, comment_id: commentId, body })
    },
    async getComment(commentId) {
      try {
        const { data } = await octokit.rest.issues.getComment({ ...base, comment_id: commentId })
        return toComment(data)
      } catch (err) {
        if (hasStatus(err, 404)) return undefined
        throw err
      }
    },
    async listAllComments(issueNumber) {
      const all: CommentInfo[] = []
      await eachComment(issueNumber, (c) => all.push(c))
      return all
    },
    async addReaction(target: ReactionTarget, content) {
      const { data } =
        target.kind === 'issue'
          ? await octokit.rest.reactions.createForIssue({ ...base, issue_number: target.issueNumber, content })
          : target.kind === 'issue_comment'
            ? await octokit.rest.reactions.createForIssueComment({ ...base, comment_id: target.commentId, content })
            : await octokit.rest.reactions.createForPullRequestReviewComment({ ...base, comment_id: target.commentId, content })
      return data.id
    },
    async removeReaction(target: ReactionTarget, reactionId) {
      if (target.kind === 'issue') {
        await octokit.rest.reactions.deleteForIssue({ ...base, issue_number: target.issueNumber, reaction_id: reactionId })
      } else if (target.kind === 'issue_comment') {
        await octokit.rest.reactions.deleteForIssueComment({ ...base, comment_id: target.commentId, reaction_id: reactionId })
      } else {
        await octokit.rest.reactions.deleteForPullRequestComment({ ...base, comment_id: target.commentId, reaction_id: reactionId })
      }
    },
    async dispatchWorkflow(workflow, ref, inputs) {
      // return_run_details (2026 API) answers 200 with the new run's URL instead of an empty 204.
      const res = await octokit.rest.actions.createWorkflowDispatch({
        ...base,
        workflow_id: workflow,
        ref,
        inputs,
        return_run_details: true,
        // Not retried: a 5xx may hide a dispatch that started a run; a retry would start a second.
        request: NO_RETRY,
      })
      const data: unknown = res.data
      if (typeof data === 'object' && data !== null && 'html_url' in data && typeof data.html_url === 'string') {
        return { runUrl: data.html_url }
      }
      return {}
    },
  }
}
