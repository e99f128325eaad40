// A person whose request the gate refused hears back once: one short reply on the thread, so
// they know why nothing happened. Only for requests a person writes (a comment, a review): an
// issue or pull request event with a preset prompt was not a request of its author's. It says only what GitHub already shows them (who may run the
// agent), not their permission. Bots stay silent (a reply could start a loop with another bot).
// A re-run of the same refused run finds its reply by a hidden marker and posts no second one.
import type { CommentPort } from './ports.js'
import type { RunnableSource } from './types.js'

export interface RefusalReply {
  issueNumber: number
  actor: string
  /** What was refused, e.g. `comment=123`: the marker names it, so one reply per request. */
  about: string
}

/** Where the reply goes, or undefined (a bot, no thread, no actor). */
export function refusalReplyFor(source: RunnableSource, actor: string, isBot: boolean): RefusalReply | undefined {
  if (isBot || actor.trim() === '') return undefined
  switch (source.kind) {
    case 'issue_comment':
      return { issueNumber: source.issue.number, actor, about: `comment=${source.comment.id}` }
    case 'review_comment':
      return { issueNumber: source.pull.number, actor, about: `review-comment=${source.comment.id}` }
    case 'review':
      return { issueNumber: source.pull.number, actor, about: `review=${source.review.id}` }
    case 'issue':
    case 'pull_request':
    case 'manual':
      return undefined
  }
}

/** The hidden first line of a reply; it starts like every marker of ours, so it never triggers a run. */
export function refusalMarker(about: string): string {
  return `<!-- agent-resume: refused ${about} -->`
}

export function refusalText(actor: string): string {
  return `@${actor} only people with write access to this repository can ask the agent to work here, so nothing was run.`
}

/** Posts the reply unless one for the same request is already there. Errors go to `onError`. */
export async function replyToRefused(
  port: CommentPort,
  reply: RefusalReply,
  onError: (err: unknown, during: string) => void,
): Promise<void> {
  const marker = refusalMarker(reply.about)
  try {
    const comments = await port.listAllComments(reply.issueNumber)
    if (comments.some((c) => c.body.includes(marker))) return
    await port.createComment(reply.issueNumber, `${marker}\n${refusalText(reply.actor)}`)
  } catch (err) {
    onError(err, 'replying to the refused request')
  }
}
