// The GitHub ports over REST with the Octokit that @actions/github builds. Each method maps one
// REST answer into the plain shapes of types.ts; nothing here decides anything. A run loads this
// module (and @actions/github) only on its first API call: src/github/connect.ts.
import { getOctokit } from '@actions/github'
import { hasStatus } from './errors.js'
import type { GitHubPorts } from './ports.js'
import type { ChangedFile, CommentInfo, IssueInfo, ReactionTarget, RepoRef, ReviewCommentInfo } from './types.js'

export type Octokit = ReturnType<typeof getOctokit>

/** `baseUrl` defaults to GITHUB_API_URL (read by @actions/github), so GHES works unchanged. */
export function createOctokit(token: string, baseUrl?: string): Octokit {
  return getOctokit(token, baseUrl ? { baseUrl } : {})
}

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
      const { data } = await octokit.rest.issues.createComment({ ...base, issue_number: issueNumber, body })
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
      })
      const data: unknown = res.data
      if (typeof data === 'object' && data !== null && 'html_url' in data && typeof data.html_url === 'string') {
        return { runUrl: data.html_url }
      }
      return {}
    },
  }
}
