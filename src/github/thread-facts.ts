// What changed on an issue or pull request since a conversation's previous turn, read over REST
// for the next turn's request (follow-up.ts): new comments, new review comments, and the checks
// on the commit the turn starts from. Loaded with Octokit on its first call, as pulls.ts is.
import type { Octokit } from './octokit.js'
import type { CommentInfo, RepoRef, ReviewCommentInfo } from './types.js'

/** One check run on a commit, as the checks API reports it. */
export interface CheckRunInfo {
  name: string
  /** queued, in_progress or completed. */
  status: string
  /** success, failure, neutral, cancelled, skipped, timed_out, action_required; null until completed. */
  conclusion: string | null
}

export interface ThreadFactsPort {
  /** Comments on the issue or pull request created or edited at or after `since` (ISO 8601), oldest first; at most `max` (the newest). */
  commentsSince(issueNumber: number, since: string, max: number): Promise<CommentInfo[]>
  /** Review comments on the pull request created or edited at or after `since`, oldest first; at most `max` (the newest). */
  reviewCommentsSince(pullNumber: number, since: string, max: number): Promise<ReviewCommentInfo[]>
  /** The latest check runs on `ref` (a commit id or a branch); at most `max`. Needs `checks: read`. */
  checkRuns(ref: string, max: number): Promise<{ total: number; runs: CheckRunInfo[] }>
}

const MAX_PAGES = 10
const login = (u: { login?: string } | null | undefined) => u?.login ?? 'ghost'

export function createThreadFactsPort(octokit: Octokit, repo: RepoRef): ThreadFactsPort {
  const base = { owner: repo.owner, repo: repo.repo }
  /** The newest `max` items of a paginated list, oldest first. */
  async function newest<T, R>(list: AsyncIterable<{ data: T[] }>, max: number, map: (item: T) => R): Promise<R[]> {
    const kept: R[] = []
    let pages = 0
    for await (const page of list) {
      for (const item of page.data) {
        kept.push(map(item))
        if (kept.length > max) kept.shift()
      }
      if (++pages >= MAX_PAGES) break
    }
    return kept
  }
  return {
    commentsSince(issueNumber, since, max) {
      const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
        ...base,
        issue_number: issueNumber,
        since,
        per_page: 100,
      })
      return newest(pages, max, (c) => ({ id: c.id, body: c.body ?? '', author: login(c.user), createdAt: c.created_at }))
    },
    reviewCommentsSince(pullNumber, since, max) {
      const pages = octokit.paginate.iterator(octokit.rest.pulls.listReviewComments, {
        ...base,
        pull_number: pullNumber,
        since,
        sort: 'created',
        direction: 'asc',
        per_page: 100,
      })
      return newest(pages, max, (c) => ({
        id: c.id,
        body: c.body,
        author: login(c.user),
        createdAt: c.created_at,
        path: c.path,
        diffHunk: c.diff_hunk,
        line: c.line ?? null,
        pullNumber,
      }))
    },
    async checkRuns(ref, max) {
      const { data } = await octokit.rest.checks.listForRef({ ...base, ref, per_page: Math.min(100, Math.max(1, max)) })
      return {
        total: data.total_count,
        runs: data.check_runs.slice(0, max).map((r) => ({ name: r.name, status: r.status, conclusion: r.conclusion ?? null })),
      }
    },
  }
}

/** The port for a token, loading Octokit on its first call; undefined without a token. */
export function connectThreadFacts(token: string, repo: RepoRef): ThreadFactsPort | undefined {
  if (token === '') return undefined
  let loaded: Promise<ThreadFactsPort> | undefined
  const load = () => (loaded ??= import('./octokit.js').then((m) => createThreadFactsPort(m.createOctokit(token), repo)))
  return {
    commentsSince: async (...a) => (await load()).commentsSince(...a),
    reviewCommentsSince: async (...a) => (await load()).reviewCommentsSince(...a),
    checkRuns: async (...a) => (await load()).checkRuns(...a),
  }
}
