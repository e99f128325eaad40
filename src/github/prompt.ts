// Builds the agent's request from a decided trigger: the asker's words (or the `prompt` input)
// as the instruction, and everything else GitHub holds about the thread as fenced, untrusted
// context. Extra context (comments, changed files, branches) is fetched through ContextPort;
// failing to fetch it is noted in the context rather than failing the run. Outside the fence the
// instruction holds only the asker's own words, the `prompt` input, numbers, the repository name
// and logins checked to be logins: a title, a label, a branch or a file name (a review comment's
// path) is someone's text and goes inside, whoever wrote it.
import { DEFAULT_SELF_LOGINS } from './event.js'
import { clip, fenceUntrusted } from './fence.js'
import { hasAnyMarker } from './marker.js'
import type { ContextPort } from './ports.js'
import type { CommentInfo, IssueInfo, ReactionTarget, RepoRef, ReviewCommentInfo, RunnableSource } from './types.js'
import { errorMessage } from '../log.js'

export interface RequestSettings {
  repo: RepoRef
  prompt?: string | undefined
  selfLogins?: readonly string[]
  /** Newest comments to include (default 10). */
  maxComments?: number
  /** Changed files to list for a pull request (default 100). */
  maxFiles?: number
  /** Per-item character caps for bodies and comments (defaults 8000 / 3000). */
  maxBodyChars?: number
  maxCommentChars?: number
}

export interface AgentRequest {
  /** The full first message for the agent. */
  prompt: string
  /** Who asked; the gate checks this login. */
  actor: string
  /** One line for logs and the summary, e.g. "comment on octo-org/hello-world#42 by @alice". */
  summary: string
  /** The issue or pull request the progress comment goes to, if any. */
  issueNumber?: number
  /** Whether that thread is a pull request. */
  isPullRequest?: boolean
  /** One line naming the task (the thread's title, or the prompt's first line): a delivery's commit and pull request title. */
  title: string
  /** Where the 👀 reaction goes, if anywhere. */
  reactionTarget?: ReactionTarget
}

interface Limits {
  comments: number
  files: number
  body: number
  comment: number
}

export const describeThread = (issue: IssueInfo): string => `${issue.isPullRequest ? 'pull request' : 'issue'} #${issue.number}`

// A GitHub login: letters, digits and hyphens (underscores for managed users), a `[bot]` suffix
// for apps. Payload senders always are; a hand-off's `agent-actor` input is free text.
const LOGIN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,38}(\[bot\])?$/
// A webhook action (opened, labeled, …); a hand-off's `agent-event` input carries it as free text.
const ACTION = /^[a-z_]{1,40}$/

/** `@login` for the instruction; anything not shaped like a login is not written there. */
const mention = (login: string): string => (LOGIN.test(login) ? `@${login}` : 'someone (their login is not a valid GitHub login)')

// Control characters and the Unicode line and paragraph separators: what can break a line.
const BREAKING = /[\p{Cc}\p{Zl}\p{Zp}]/gu

/** A file name on one line: one with a line break or another control character is quoted, as git does. */
export function fileName(path: string): string {
  if (!path.match(BREAKING)) return path
  // JSON.stringify escapes C0 controls but leaves DEL, C1 controls and U+2028/2029 as they are.
  return JSON.stringify(path).replace(BREAKING, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

export const onLine = (line: number | null): string => (line !== null ? ` line ${line}` : '')

export function issueSection(issue: IssueInfo, limits: Pick<Limits, 'body'>, includeBody: boolean): string[] {
  const lines = [
    `${issue.isPullRequest ? 'Pull request' : 'Issue'} #${issue.number}: ${issue.title}`,
    `State: ${issue.state} · Author: @${issue.author}${issue.labels.length ? ` · Labels: ${issue.labels.join(', ')}` : ''}`,
  ]
  if (includeBody) lines.push('', 'Description:', issue.body.trim() ? clip(issue.body, limits.body) : '(empty)')
  return lines
}

async function commentsSection(
  port: ContextPort,
  issue: IssueInfo,
  skipId: number | undefined,
  self: Set<string>,
  limits: Limits,
): Promise<string[]> {
  if (limits.comments <= 0) return []
  let comments: CommentInfo[]
  try {
    // Ask for a few extra: our own progress comments and the trigger are dropped below.
    comments = await port.listIssueComments(issue.number, limits.comments + 5)
  } catch (err) {
    return ['', `Comments: could not be loaded (${errorMessage(err)}).`]
  }
  const kept = comments.filter((c) => c.id !== skipId && !hasAnyMarker(c.body) && !self.has(c.author.toLowerCase())).slice(-limits.comments)
  if (kept.length === 0) return ['', 'Comments: none.']
  const out = ['', `Comments (the ${kept.length} newest, oldest first):`]
  for (const c of kept) out.push('', `--- @${c.author} at ${c.createdAt} (comment ${c.id})`, clip(c.body, limits.comment))
  return out
}

async function pullSection(port: ContextPort, pullNumber: number, limits: Limits): Promise<string[]> {
  try {
    const pull = await port.getPull(pullNumber)
    const files = await port.listPullFiles(pullNumber, limits.files)
    const out = ['', `Branches: ${pull.headRef} → ${pull.baseRef}`, `Changed files (${files.length} of ${pull.changedFiles}):`]
    for (const f of files) {
      const renamed = f.previousFilename ? ` (from ${fileName(f.previousFilename)})` : ''
      out.push(`  ${f.status} ${fileName(f.filename)}${renamed} (+${f.additions} −${f.deletions})`)
    }
    return out
  } catch (err) {
    return ['', `Pull request details: could not be loaded (${errorMessage(err)}).`]
  }
}

/** The inline comments of one review, each with its file, line and diff hunk. */
async function reviewSection(port: ContextPort, pullNumber: number, reviewId: number, limits: Limits): Promise<string[]> {
  let comments: ReviewCommentInfo[]
  try {
    comments = await port.listReviewComments(pullNumber, reviewId, limits.comments)
  } catch (err) {
    return ['', `Review comments: could not be loaded (${errorMessage(err)}).`]
  }
  if (comments.length === 0) return []
  const out = ['', `The review's ${comments.length} inline comment${comments.length === 1 ? '' : 's'}:`]
  for (const c of comments) {
    out.push('', `--- @${c.author} on ${fileName(c.path)}${onLine(c.line)} (comment ${c.id})`, clip(c.body, limits.comment))
    if (c.diffHunk !== '') out.push('Diff hunk:', clip(c.diffHunk, limits.comment))
  }
  return out
}

/**
 * A request written in a comment or review: its words are the instruction, or, with the `prompt`
 * input, the prompt is, and the comment is quoted in the context.
 */
function asked(actor: string, where: string, body: string, custom: string | undefined): { instruction: string; bodyIsRequest: boolean } {
  if (custom)
    return {
      instruction: `${custom}\n\n(${mention(actor)} started this run with ${where}; it is quoted in the context below.)`,
      bodyIsRequest: false,
    }
  return { instruction: `Request from ${mention(actor)} (${where}):\n\n${body.trim()}`, bodyIsRequest: false }
}

/** The instruction part plus the body shown as data, per source kind. */
export function instructionFor(
  source: RunnableSource,
  repo: string,
  prompt: string | undefined,
): { instruction: string; bodyIsRequest: boolean } {
  const custom = prompt?.trim()
  switch (source.kind) {
    case 'issue_comment':
      return asked(source.actor, `a comment on ${describeThread(source.issue)} in ${repo}`, source.comment.body, custom)
    case 'review_comment':
      // The file's name is the pull request author's text: it is named in the context, not here.
      return asked(
        source.actor,
        `a review comment in pull request #${source.pull.number} of ${repo}, on the file named in the context below`,
        source.comment.body,
        custom,
      )
    case 'review':
      return asked(source.actor, `a review of pull request #${source.pull.number} in ${repo}`, source.review.body, custom)
    case 'issue':
    case 'pull_request': {
      const thread = source.kind === 'issue' ? source.issue : source.pull
      if (custom) return { instruction: custom, bodyIsRequest: false }
      // The author's own words are the request; someone else's text stays data (assigned/labeled).
      if (thread.author.toLowerCase() === source.actor.toLowerCase()) {
        return {
          instruction: `Request from ${mention(source.actor)} (${describeThread(thread)} in ${repo}):\n\n${thread.title}\n\n${thread.body.trim()}`,
          bodyIsRequest: true,
        }
      }
      // Only the action, not the label or assignee: a hand-off run rebuilds this from ids alone.
      const how =
        source.action === 'labeled' || source.action === 'assigned'
          ? `${source.action} it`
          : ACTION.test(source.action)
            ? `triggered it (${source.kind}.${source.action})`
            : `triggered it (${source.kind})`
      return {
        instruction: `Work on ${describeThread(thread)} in ${repo}, described in the context below. ${mention(source.actor)} ${how}.`,
        bodyIsRequest: false,
      }
    }
    case 'manual':
      return { instruction: custom ?? '', bodyIsRequest: false }
  }
}

export async function buildRequest(source: RunnableSource, settings: RequestSettings, port: ContextPort): Promise<AgentRequest> {
  const repo = `${settings.repo.owner}/${settings.repo.repo}`
  const limits: Limits = {
    comments: settings.maxComments ?? 10,
    files: settings.maxFiles ?? 100,
    body: settings.maxBodyChars ?? 8000,
    comment: settings.maxCommentChars ?? 3000,
  }
  const self = new Set((settings.selfLogins ?? DEFAULT_SELF_LOGINS).map((l) => l.toLowerCase()))
  const { instruction, bodyIsRequest } = instructionFor(source, repo, settings.prompt)
  const custom = (settings.prompt ?? '').trim() !== ''

  let data: string[] = []
  let what = ''
  const request: Omit<AgentRequest, 'prompt'> = {
    actor: source.actor,
    summary: '',
    title: (settings.prompt ?? '').trim().split('\n')[0] ?? '',
  }
  const about = (thread: IssueInfo) => {
    request.issueNumber = thread.number
    request.isPullRequest = thread.isPullRequest
    request.title = thread.title
  }
  switch (source.kind) {
    case 'issue_comment': {
      const { issue, comment } = source
      what = describeThread(issue)
      data = issueSection(issue, limits, true)
      if (issue.isPullRequest) data.push(...(await pullSection(port, issue.number, limits)))
      data.push(...(await commentsSection(port, issue, comment.id, self, limits)))
      if (custom) data.push('', `Triggering comment by @${comment.author} (comment ${comment.id}):`, clip(comment.body, limits.comment))
      about(issue)
      request.reactionTarget = { kind: 'issue_comment', commentId: comment.id }
      request.summary = `comment ${comment.id} on ${repo}#${issue.number} by @${source.actor}`
      break
    }
    case 'review_comment': {
      const { pull, comment } = source
      what = `pull request #${pull.number} and the reviewed code`
      data = issueSection(pull, limits, true)
      data.push(...(await pullSection(port, pull.number, limits)))
      data.push(...(await commentsSection(port, pull, undefined, self, limits)))
      data.push(
        '',
        `Review comment ${comment.id} on ${fileName(comment.path)}${onLine(comment.line)}:`,
        'Diff hunk:',
        clip(comment.diffHunk, limits.body),
      )
      if (custom) data.push('', `Comment by @${comment.author}:`, clip(comment.body, limits.comment))
      about(pull)
      request.reactionTarget = { kind: 'review_comment', commentId: comment.id }
      request.summary = `review comment ${comment.id} on ${repo}#${pull.number} by @${source.actor}`
      break
    }
    case 'review': {
      const { pull, review } = source
      what = `pull request #${pull.number} and the review's comments`
      data = issueSection(pull, limits, true)
      data.push(...(await pullSection(port, pull.number, limits)))
      data.push(...(await commentsSection(port, pull, undefined, self, limits)))
      data.push(...(await reviewSection(port, pull.number, review.id, limits)))
      if (custom) data.push('', `Review by @${review.author} (${review.state}):`, clip(review.body, limits.comment))
      about(pull)
      // Reviews take no reactions (the API has none for them): the 👀 goes on the pull request.
      request.reactionTarget = { kind: 'issue', issueNumber: pull.number }
      request.summary = `review ${review.id} on ${repo}#${pull.number} by @${source.actor}`
      break
    }
    case 'issue':
    case 'pull_request': {
      const thread = source.kind === 'issue' ? source.issue : source.pull
      what = describeThread(thread)
      data = issueSection(thread, limits, !bodyIsRequest)
      if (thread.isPullRequest) data.push(...(await pullSection(port, thread.number, limits)))
      data.push(...(await commentsSection(port, thread, undefined, self, limits)))
      about(thread)
      request.reactionTarget = { kind: 'issue', issueNumber: thread.number }
      request.summary = `${source.kind === 'issue' ? 'issues' : 'pull_request'}.${source.action} on ${repo}#${thread.number} by @${source.actor}`
      break
    }
    case 'manual':
      request.summary = `${source.eventName} on ${repo} by @${source.actor}`
      break
  }

  const parts = [instruction.trim()]
  if (data.length) parts.push(fenceUntrusted(data.join('\n'), what).text)
  return { ...request, prompt: parts.join('\n\n---\n\n') }
}
