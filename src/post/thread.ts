// The thread after main was killed, cancelled without a report, or lost its way: the progress
// comment still says "⏳ Working" and 👀 is still on the request. The post step (which runs
// anyway, post-if: always()) says the attempt was interrupted, with the step it reached and what
// a re-run does, and removes 👀. Bounded by a short deadline: the post step stays fast, and a
// GitHub problem is a warning, never a failed job (docs/design.md §4, §10).
import { Inputs, type InputName } from '../constants.js'
import { errorMessage, type Log } from '../log.js'
import { PROGRESS_COMMENT_ID_KEY, ProgressComment } from '../github/progress-comment.js'
import type { GitHubPorts } from '../github/ports.js'
import { readRunInfo, type RepoRef } from '../run-context.js'
import type { PostState } from '../state.js'

/** The longest the post step spends on the thread. */
export const THREAD_DEADLINE_MS = 15_000

export interface ThreadDeps {
  log: Pick<Log, 'info' | 'warning'>
  env: NodeJS.ProcessEnv
  getInput: (name: InputName) => string
  /** GitHub ports whose calls give up when `signal` aborts. */
  github: (token: string, repo: RepoRef, signal: AbortSignal) => GitHubPorts
}

/**
 * Tells the thread an attempt ended without a report. `afterStep`: the steps the attempt
 * finished (from the session store). Does nothing when main reported, or kept no thread.
 */
export async function reportInterruption(deps: ThreadDeps, state: PostState, afterStep: number): Promise<void> {
  const thread = state.thread
  if (state.reported || !thread) return
  const token = deps.getInput(Inputs.GithubToken)
  if (token === '') return
  const run = { ...readRunInfo(deps.env), attempt: state.attempt }
  const deadline = AbortSignal.timeout(THREAD_DEADLINE_MS)
  const ports = deps.github(token, run.repo, deadline)
  const warn = (err: unknown, during: string) => deps.log.warning(`The thread was not updated (${during}): ${errorMessage(err)}`)
  const resumable = state.cacheEnabled && state.cacheAccess !== 'read-only'
  const progress = new ProgressComment({
    port: ports,
    kv: { get: (key) => (key === PROGRESS_COMMENT_ID_KEY ? String(thread.commentId) : undefined), set: () => {} },
    issueNumber: thread.issueNumber,
    run,
    sessionKey: state.sessionKey,
    onError: warn,
  })
  if (await progress.attach()) {
    if (await progress.stopped('interrupted', afterStep, resumable)) deps.log.info('The progress comment says the attempt was interrupted.')
  }
  if (thread.reaction) {
    try {
      await ports.removeReaction(thread.reaction.target, thread.reaction.id)
    } catch (err) {
      warn(err, 'removing the 👀 reaction')
    }
  }
}
