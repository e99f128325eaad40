// The words of a delivery: the commit message, the pull request's title and body, and the
// author. Pure: deliver.ts writes them.
import { ellipsize, headChars } from '../text.js'

export interface Asker {
  login: string
  /** The numeric user id, when the event says (it makes the noreply address GitHub attributes). */
  id?: number | undefined
}

export interface DeliveryWords {
  /** One line naming the task, e.g. the issue's title or the request's first line. */
  task: string
  asker: Asker
  /** The issue or pull request the request came from. */
  thread?: { number: number; isPullRequest: boolean } | undefined
  /** The agent's final answer. */
  answer: string
  runUrl: string
}

const TITLE_CHARS = 72
const BODY_ANSWER_CHARS = 20_000

/** GitHub's noreply address for a user: ID+login for accounts that have an id, else login. */
export function noreplyEmail(asker: Asker): string {
  return `${asker.id !== undefined ? `${asker.id}+` : ''}${asker.login}@users.noreply.github.com`
}

export function deliveryTitle(w: Pick<DeliveryWords, 'task' | 'thread'>): string {
  const task = w.task.replace(/\s+/g, ' ').trim() || 'Changes by the agent'
  return ellipsize(task, TITLE_CHARS)
}

/** Title, what was asked where, and a Co-authored-by trailer for the person who asked (bots excluded). */
export function commitMessage(w: DeliveryWords): string {
  const where = w.thread ? ` in #${w.thread.number}` : ''
  const lines = [deliveryTitle(w), '', `Requested by @${w.asker.login}${where}; made by the agent in ${w.runUrl}.`]
  if (!w.asker.login.endsWith('[bot]')) lines.push('', `Co-authored-by: ${w.asker.login} <${noreplyEmail(w.asker)}>`)
  return `${lines.join('\n')}\n`
}

export function pullRequestBody(w: DeliveryWords): string {
  const where = w.thread ? ` in ${w.thread.isPullRequest ? 'pull request' : 'issue'} #${w.thread.number}` : ''
  const answer = w.answer.trim()
  const shown = headChars(answer, BODY_ANSWER_CHARS)
  return [
    `@${w.asker.login} asked the agent${where}; this pull request holds its changes ([run](${w.runUrl})).`,
    '',
    '### Summary',
    '',
    (shown || '(The agent gave no summary.)') + (shown.length < answer.length ? '\n\n[…]' : ''),
  ].join('\n')
}
