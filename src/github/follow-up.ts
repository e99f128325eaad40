// The request of a conversation's next turn (README "Conversations"): the asker's words, as for a
// first turn, then what the model needs to pick the thread up — which turn this is, where the
// work tree is now, and, fenced as untrusted text like every other GitHub text (prompt.ts), what
// happened on the issue or pull request since the previous turn: new comments, new review
// comments, and the checks on the commit the turn starts from. A fact GitHub did not give is
// noted, never a failure. The previous turn's changes are not replayed: they were delivered.
import { DEFAULT_SELF_LOGINS } from './event.js'
import { clip, fenceUntrusted } from './fence.js'
import { hasAnyMarker } from './marker.js'
import { describeThread, fileName, instructionFor, issueSection, onLine } from './prompt.js'
import type { ThreadFactsPort } from './thread-facts.js'
import type { RepoRef, RunnableSource } from './types.js'
import { errorMessage } from '../log.js'

/** The sources that belong to a conversation: a comment, a review comment or a review. */
export type ThreadSource = Extract<RunnableSource, { kind: 'issue_comment' | 'review_comment' | 'review' }>

export function isThreadSource(source: RunnableSource): source is ThreadSource {
  return source.kind === 'issue_comment' || source.kind === 'review_comment' || source.kind === 'review'
}

/** The issue or pull request a thread source belongs to. */
export function threadOf(source: ThreadSource): { number: number; pullRequest: boolean } {
  const issue = source.kind === 'issue_comment' ? source.issue : source.pull
  return { number: issue.number, pullRequest: source.kind !== 'issue_comment' || issue.isPullRequest }
}

/** The words the asker wrote: the comment's or the review's body. */
function askerText(source: ThreadSource): string {
  return source.kind === 'review' ? source.review.body : source.comment.body
}

/** The phrase after the trigger that asks for a new conversation, e.g. `/agent --fresh …`. */
export const FRESH_FLAG = '--fresh'

/** Whether the asker wrote the trigger phrase followed by `--fresh` (any case, any spacing). */
export function asksForFreshStart(source: ThreadSource, trigger: string): boolean {
  const phrase = trigger.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  // The asker's own lines: a quoted `> /agent --fresh` is someone else's words.
  const own = askerText(source)
    .split('\n')
    .filter((line) => !/^\s*>/.test(line))
    .join('\n')
  return new RegExp(`${phrase}\\s+${FRESH_FLAG}(?![\\w-])`, 'i').test(own)
}

export interface FollowUpFacts {
  turn: number
  /** When the previous turn began (ISO 8601): what came after is news (it read the thread then). */
  since: string
  /** The conversation restarted from a summary at this turn (`thread-max-turns`). */
  restarted: boolean
  /** Where the work tree is: the commit, and the branch holding the conversation's work when it was moved there. */
  checkout: { branch?: string | undefined; commit: string } | undefined
}

const MAX_ITEMS = 20
const MAX_COMMENT_CHARS = 3000

/** The text of the new request of turn `facts.turn` (one user message). */
export async function buildFollowUp(
  source: ThreadSource,
  repo: RepoRef,
  facts: FollowUpFacts,
  port: ThreadFactsPort | undefined,
  prompt?: string,
): Promise<string> {
  const repository = `${repo.owner}/${repo.repo}`
  const { instruction } = instructionFor(source, repository, prompt)
  const issue = source.kind === 'issue_comment' ? source.issue : source.pull
  const where = !facts.checkout
    ? ''
    : facts.checkout.branch
      ? ` The work tree is at commit ${facts.checkout.commit}, the head of the branch named in the context below, which holds the work delivered so far.`
      : ` The work tree is at commit ${facts.checkout.commit}, as the workflow checked it out.`
  const note = [
    `This is turn ${facts.turn} of the conversation on ${describeThread(issue)}.`,
    facts.restarted
      ? 'The earlier turns are summarized above (the conversation was restarted from a summary to keep it short).'
      : 'Your earlier turns are above.',
    `Their changes were delivered; do not redo them.${where}`,
    'Files may have changed since: read them again before relying on what you remember.',
  ].join(' ')

  const triggerId = source.kind === 'review' ? undefined : source.comment.id
  const self = new Set(DEFAULT_SELF_LOGINS.map((l) => l.toLowerCase()))
  const data = [...issueSection(issue, { body: 0 }, false), '', `Since the previous turn (${facts.since}):`]
  if (facts.checkout?.branch) data.push(`Branch: ${facts.checkout.branch} at ${facts.checkout.commit}`)
  const fetch = async (what: string, load: () => Promise<string[]>) => {
    if (!port) return [`${what}: not available (no 'github-token').`]
    try {
      return await load()
    } catch (err) {
      return [`${what}: could not be loaded (${errorMessage(err)}).`]
    }
  }
  data.push(
    ...(await fetch('New comments', async () => {
      const all = await port!.commentsSince(issue.number, facts.since, MAX_ITEMS + 5)
      // Our own comments are left out by their author: a marker in a person's comment does not hide it.
      const kept = all.filter((c) => c.id !== triggerId && !(self.has(c.author.toLowerCase()) && hasAnyMarker(c.body))).slice(-MAX_ITEMS)
      if (kept.length === 0) return ['New comments: none.']
      return [
        `New comments (${kept.length}, oldest first):`,
        ...kept.flatMap((c) => ['', `--- @${c.author} at ${c.createdAt} (comment ${c.id})`, clip(c.body, MAX_COMMENT_CHARS)]),
      ]
    })),
  )
  if (threadOf(source).pullRequest) {
    data.push(
      '',
      ...(await fetch('New review comments', async () => {
        const all = (await port!.reviewCommentsSince(issue.number, facts.since, MAX_ITEMS + 5)).filter((c) => c.id !== triggerId)
        const kept = all.slice(-MAX_ITEMS)
        if (kept.length === 0) return ['New review comments: none.']
        return [
          `New review comments (${kept.length}, oldest first):`,
          ...kept.flatMap((c) => [
            '',
            `--- @${c.author} on ${fileName(c.path)}${onLine(c.line)} (comment ${c.id})`,
            clip(c.body, MAX_COMMENT_CHARS),
          ]),
        ]
      })),
    )
  }
  if (facts.checkout) {
    const commit = facts.checkout.commit
    data.push(
      '',
      ...(await fetch('Checks', async () => {
        const { total, runs } = await port!.checkRuns(commit, MAX_ITEMS)
        if (total === 0) return [`Checks on ${commit.slice(0, 12)}: none reported.`]
        return [
          `Checks on ${commit.slice(0, 12)} (${runs.length} of ${total}):`,
          ...runs.map((r) => `  ${r.name}: ${r.status === 'completed' ? (r.conclusion ?? 'completed') : r.status}`),
        ]
      })),
    )
  }
  return [instruction.trim(), note, fenceUntrusted(data.join('\n'), `what changed on ${describeThread(issue)}`).text].join('\n\n---\n\n')
}
