// The deliver stage of main, wired: look up the pull request a run works on, plan where the
// finished work goes, word the commit and the pull request, and run the delivery. Only a
// completed agent is delivered (main calls this only then).
import type { PullRequestPort } from '../github/pulls.js'
import type { Settings } from '../inputs.js'
import { errorMessage, type Log } from '../log.js'
import type { RunContext } from '../run-context.js'
import type { SessionStore } from '../store/index.js'
import { Git } from '../workspace/git.js'
import { deliver, type DeliveryResult } from './deliver.js'
import { commitMessage, deliveryTitle, pullRequestBody, type DeliveryWords } from './message.js'
import { planDelivery } from './plan.js'

export interface StageInput {
  settings: Pick<Settings, 'deliver' | 'branchPrefix' | 'commitAuthor' | 'githubToken'>
  ctx: RunContext
  store: SessionStore
  sessionId: string
  request: { actor: string; title: string; thread: { number: number; isPullRequest: boolean } | undefined }
  answer: string
  pulls: PullRequestPort | undefined
  /** An issue conversation's branch and pull request (src/main/thread.ts): the turn's commit goes there. */
  conversation?: { branch: string; pullNumber?: number | undefined } | undefined
  now: () => number
  log: Pick<Log, 'info' | 'warning'>
}

/**
 * Origin's push URL, read before the agent runs: the agent could rewrite .git/config, and the
 * token must only ever go where the checkout came from. Undefined when there is no origin.
 * Read raw (the first remote.origin.pushurl, else the first remote.origin.url, as `git remote
 * get-url --push` picks), without url.<base>.insteadOf / pushInsteadOf: a rewrite left in the
 * config (a self-hosted runner keeps .git between runs) must not redirect the push. The push
 * itself runs in a clean repository with no rewrites, and the token's header is scoped to
 * GITHUB_SERVER_URL (git-remote.ts).
 */
export async function originPushUrl(root: string): Promise<string | undefined> {
  const git = new Git(root)
  for (const key of ['remote.origin.pushurl', 'remote.origin.url']) {
    const r = await git.run(['config', '--get-all', key])
    const first = r.code === 0 ? r.stdout.toString('utf8').split('\n')[0]?.trim() : undefined
    if (first) return first
  }
  return undefined
}

/** The branch GITHUB_REF names (refs/heads/<branch>), or undefined for a tag or a pull request merge ref. */
export function refBranch(ref: string | undefined): string | undefined {
  return ref?.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined
}

/** The numeric id of `login` when the event's sender is that user (for a Co-authored-by GitHub attributes). */
function senderId(payload: unknown, login: string): number | undefined {
  const sender = (payload as { sender?: { login?: unknown; id?: unknown } } | undefined)?.sender
  return sender?.login === login && typeof sender.id === 'number' ? sender.id : undefined
}

/**
 * Plans and runs the delivery; logs why when nothing is delivered. `workspace`: the repository,
 * the commit the agent started from, and origin's push URL read before the agent ran.
 */
export async function deliverStage(
  i: StageInput,
  workspace: { root: string; base: string; pushUrl: string | undefined },
  env: NodeJS.ProcessEnv,
): Promise<DeliveryResult> {
  const d = await deliverPlanned(i, workspace, env)
  if (d.kind === 'skipped') (d.warn ? i.log.warning : i.log.info)(`Not delivered: ${d.reason}.`)
  return d
}

async function deliverPlanned(
  i: StageInput,
  workspace: { root: string; base: string; pushUrl: string | undefined },
  env: NodeJS.ProcessEnv,
): Promise<DeliveryResult> {
  const { ctx, settings } = i
  const repository = `${ctx.run.repo.owner}/${ctx.run.repo.repo}`
  const thread = i.request.thread
  let pull
  if (thread?.isPullRequest && settings.deliver !== 'none' && i.pulls) {
    try {
      pull = await i.pulls.getPullHead(thread.number)
    } catch (error) {
      i.log.warning(`Could not look up pull request #${thread.number}: ${errorMessage(error)}`)
    }
  }
  const c = i.conversation
  const conversation = c && {
    branch: c.branch,
    pullRequest:
      (await i.pulls?.findByHead(c.branch).catch(() => undefined)) ??
      (c.pullNumber ? { number: c.pullNumber, url: `${ctx.run.serverUrl}/${repository}/pull/${c.pullNumber}`, state: 'open' } : undefined),
  }
  const plan = planDelivery({
    conversation,
    mode: settings.deliver,
    repository,
    thread,
    pull,
    runBranch: refBranch(env.GITHUB_REF),
    branchPrefix: settings.branchPrefix,
    runId: ctx.run.runId,
    sessionKey: ctx.sessionKey,
    hasToken: settings.githubToken !== '',
  })
  if (plan.kind !== 'skip' && !workspace.pushUrl) {
    return { kind: 'failed', message: `There is no 'origin' remote in ${ctx.workspaceRoot} to push to.` }
  }
  const words: DeliveryWords = {
    // The answer comes redacted; the title (the request's first line) is redacted here.
    task: i.store.redactor.text(i.request.title),
    asker: { login: i.request.actor, id: senderId(ctx.eventPayload, i.request.actor) },
    thread,
    answer: i.answer,
    runUrl: ctx.runUrl,
  }
  return deliver({
    plan,
    store: i.store,
    sessionId: i.sessionId,
    dbPath: ctx.dbPath,
    workspace: { root: workspace.root, base: workspace.base },
    pushUrl: workspace.pushUrl ?? '',
    auth: { serverUrl: ctx.run.serverUrl, token: settings.githubToken },
    pulls: i.pulls,
    repoUrl: `${ctx.run.serverUrl}/${repository}`,
    commit: { message: commitMessage(words), author: settings.commitAuthor },
    pullRequest: { title: deliveryTitle(words), body: pullRequestBody(words) },
    now: i.now,
    log: i.log,
  })
}
