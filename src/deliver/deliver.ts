// The delivery stage: after the agent completed, commit its changes, push them, and open the pull
// request, exactly once however many attempts the run takes. Each step is recorded in the session
// (store key `delivery`) as soon as it succeeded, and every step checks the world before it acts,
// so a re-run redoes only what is missing: a pushed branch is not pushed again, an open pull
// request is found (by its head branch) instead of opened twice. The commit's time and message
// are fixed at the first try, so a re-run on a fresh runner rebuilds the very same commit id.
import { CreatePullError, type PullRequestPort, type PullRequestRef } from '../github/pulls.js'
import { errorMessage, type Log } from '../log.js'
import { ellipsize } from '../text.js'
import { leftOutWarnings, workspacePatch } from '../session/checkpoint.js'
import type { SessionStore } from '../store/index.js'
import { DeliveryRepo, PushError, type FileStat, type RemoteAuth } from './git-remote.js'
import type { DeliveryPlan } from './plan.js'

/** What the session remembers of its delivery (JSON under DELIVERY_KEY). */
export interface DeliveryRecord {
  kind: 'pull-request' | 'push'
  branch: string
  base?: string | undefined
  /** The commit the delivery goes on; '' until chosen again after the remote branch moved. */
  parent: string
  /** 'remote': build on the remote branch's head (a same-repository pull request, or after it moved). */
  onto?: 'checkout' | 'remote' | undefined
  /** Commit time, seconds since the epoch. */
  time: number
  message: string
  commit?: string | undefined
  files?: FileStat[] | undefined
  pushed?: boolean | undefined
  pullRequest?: PullRequestRef | undefined
  done?: boolean | undefined
}

export const DELIVERY_KEY = 'delivery'

export type DeliveryResult =
  | { kind: 'skipped'; reason: string; warn: boolean }
  | { kind: 'nothing'; reason: string }
  | {
      kind: 'delivered'
      branch: string
      commit: string
      files: FileStat[]
      pullRequest?: PullRequestRef | undefined
      /** True when an earlier attempt had delivered it all: nothing was written this time. */
      reused: boolean
    }
  | { kind: 'failed'; message: string; branch?: string | undefined; commit?: string | undefined; files?: FileStat[] | undefined }

export interface DeliverInput {
  plan: DeliveryPlan
  store: SessionStore
  sessionId: string
  dbPath: string
  /** The repository and the commit the agent started from. */
  workspace: { root: string; base: string }
  /** Where to push: the origin URL as it was before the agent ran. */
  pushUrl: string
  auth: RemoteAuth
  pulls: PullRequestPort | undefined
  /** `https://github.com/owner/repo`, for compare links. */
  repoUrl: string
  commit: { message: string; author: { name: string; email: string } }
  pullRequest: { title: string; body: string }
  now: () => number
  log: Pick<Log, 'info' | 'warning'>
}

/**
 * Forgets a delivery that never reached the remote: called when the agent worked again in this
 * attempt, so its new changes are committed afresh (on the checkout they were made on).
 */
export function forgetUnpushedDelivery(store: SessionStore, sessionId: string): void {
  const record = load(store, sessionId)
  if (record && !record.pushed) store.setState(sessionId, DELIVERY_KEY, '')
}

function load(store: SessionStore, sessionId: string): DeliveryRecord | undefined {
  const raw = store.getState(sessionId, DELIVERY_KEY)
  return raw ? (JSON.parse(raw) as DeliveryRecord) : undefined
}

export async function deliver(input: DeliverInput): Promise<DeliveryResult> {
  const { plan, store, sessionId, log } = input
  if (plan.kind === 'skip') return { kind: 'skipped', reason: plan.reason, warn: plan.warn }
  const save = (r: DeliveryRecord) => store.setState(sessionId, DELIVERY_KEY, JSON.stringify(r))
  let record = load(store, sessionId)
  if (record?.done && record.commit) return reuse(record, input)

  const repo = await DeliveryRepo.open(input.workspace.root)
  try {
    if (!record?.pushed) {
      const snap = await workspacePatch({ store, dbPath: input.dbPath }, input.workspace)
      for (const warning of leftOutWarnings(snap, 'committed')) log.warning(warning)
      if (snap.patch.length === 0 && !record?.commit) return nothingChanged(store, sessionId)
      // The parent is fixed once chosen (a re-run rebuilds the same commit); a remote parent is
      // fetched again each time, since a fresh runner does not have it.
      const fromRemote = plan.parent !== 'checkout' || record?.onto === 'remote'
      const fetched = fromRemote ? await repo.fetch(input.pushUrl, plan.branch, input.auth) : undefined
      const parent = record?.parent || fetched || input.workspace.base
      record = {
        kind: plan.kind,
        branch: plan.branch,
        ...(plan.kind === 'pull-request' ? { base: plan.base } : {}),
        parent,
        onto: fromRemote ? 'remote' : 'checkout',
        ...(plan.kind === 'push' && plan.pullRequest ? { pullRequest: plan.pullRequest } : {}),
        time: record?.time ?? Math.floor(input.now() / 1000),
        message: record?.message ?? input.commit.message,
      }
      save(record) // before the commit exists: a re-run rebuilds it with the same time and message
      const built = await repo.commit({
        parent,
        patch: snap.patch,
        message: record.message,
        author: input.commit.author,
        time: record.time,
      })
      if (!built) return nothingChanged(store, sessionId)
      record = { ...record, commit: built.sha, files: built.files }
      save(record)
      log.info(`Committed ${built.files.length} file(s) as ${built.sha.slice(0, 12)} on ${parent.slice(0, 12)}.`)

      const remote = await repo.remoteHead(input.pushUrl, plan.branch, input.auth)
      if (remote === built.sha) log.info(`${plan.branch} already has ${built.sha.slice(0, 12)}: not pushed again.`)
      else if (remote && plan.kind === 'pull-request' && (await sameFiles(repo, input, plan.branch, built.sha))) {
        // The delivery's own branch already holds these very files (an attempt whose record was
        // lost pushed them): that is the delivery, not a conflict.
        log.info(`${plan.branch} already holds these changes (${remote.slice(0, 12)}): not pushed again.`)
        record = { ...record, commit: remote, files: await repo.files(parent, remote).catch(() => built.files) }
      } else {
        try {
          await repo.push(input.pushUrl, built.sha, plan.branch, input.auth)
        } catch (error) {
          // The branch moved on: a re-run builds the same changes onto its new head instead.
          if (error instanceof PushError && error.reason === 'not-fast-forward')
            save({ ...record, commit: undefined, parent: '', onto: 'remote' })
          return { kind: 'failed', message: pushMessage(error, plan.branch), branch: plan.branch, commit: built.sha, files: built.files }
        }
        log.info(`Pushed ${built.sha.slice(0, 12)} to ${plan.branch}.`)
      }
      record = { ...record, pushed: true }
      save(record)
    }
    const { commit, files = [] } = record
    if (!commit) return { kind: 'failed', message: 'internal: the delivery record has no commit' }

    if (record.kind === 'pull-request' && !record.pullRequest) {
      const opened = await openPullRequest(input, record)
      if ('failed' in opened) return { kind: 'failed', message: opened.failed, branch: record.branch, commit, files }
      record = { ...record, pullRequest: opened.pull }
      save(record)
    }
    save({ ...record, done: true })
    return { kind: 'delivered', branch: record.branch, commit, files, pullRequest: record.pullRequest, reused: false }
  } catch (error) {
    return { kind: 'failed', message: `The delivery failed: ${errorMessage(error)}`, branch: record?.branch, commit: record?.commit }
  } finally {
    repo.dispose()
  }
}

/** Whether the remote branch's head holds the same files as `sha`. */
async function sameFiles(repo: DeliveryRepo, input: DeliverInput, branch: string, sha: string): Promise<boolean> {
  try {
    return await repo.sameTree(await repo.fetch(input.pushUrl, branch, input.auth), sha)
  } catch {
    return false
  }
}

function nothingChanged(store: SessionStore, sessionId: string): DeliveryResult {
  store.setState(sessionId, DELIVERY_KEY, '')
  return { kind: 'nothing', reason: 'the agent changed no files' }
}

/** A delivery an earlier attempt finished: report it, refreshing the pull request's state when the API answers. */
async function reuse(record: DeliveryRecord, input: DeliverInput): Promise<DeliveryResult> {
  let pullRequest = record.pullRequest
  if (record.kind === 'pull-request' && input.pulls)
    pullRequest = (await input.pulls.findByHead(record.branch).catch(() => undefined)) ?? pullRequest
  input.log.info(
    `Already delivered by an earlier attempt: ${record.branch} at ${record.commit?.slice(0, 12) ?? '?'}${pullRequest ? `, pull request #${pullRequest.number}` : ''}.`,
  )
  return { kind: 'delivered', branch: record.branch, commit: record.commit ?? '', files: record.files ?? [], pullRequest, reused: true }
}

async function openPullRequest(input: DeliverInput, record: DeliveryRecord): Promise<{ pull: PullRequestRef } | { failed: string }> {
  // Branch names keep their '/': GitHub's compare view takes them as they are.
  const ref = (name: string) => encodeURIComponent(name).replace(/%2F/g, '/')
  const compare = `${input.repoUrl}/compare/${ref(record.base ?? '')}...${ref(record.branch)}?expand=1`
  const pushed = `The changes were pushed to ${record.branch}, but`
  if (!input.pulls) return { failed: `${pushed} there is no 'github-token' to open the pull request: open it yourself: ${compare}` }
  // An earlier attempt may have opened it and died before recording it.
  const existing = await input.pulls.findByHead(record.branch).catch(() => undefined)
  if (existing?.state === 'open') return { pull: existing }
  try {
    return { pull: await input.pulls.create({ head: record.branch, base: record.base ?? '', ...input.pullRequest }) }
  } catch (error) {
    if (error instanceof CreatePullError && error.reason === 'exists') {
      const found = await input.pulls.findByHead(record.branch).catch(() => undefined)
      if (found) return { pull: found }
    }
    const why =
      error instanceof CreatePullError && error.reason === 'not-permitted'
        ? 'GitHub Actions is not permitted to create pull requests in this repository: enable "Allow GitHub Actions to create and approve pull requests" (Settings → Actions → General) and give the workflow `pull-requests: write`'
        : error instanceof CreatePullError && error.reason === 'forbidden'
          ? `the token may not open pull requests: give the workflow \`pull-requests: write\` (${errorMessage(error)})`
          : `GitHub did not open the pull request (${errorMessage(error)})`
    return { failed: `${pushed} ${why}. Re-run the failed job to open it, or open it yourself: ${compare}` }
  }
}

function pushMessage(error: unknown, branch: string): string {
  if (!(error instanceof PushError)) return `The push to ${branch} failed: ${errorMessage(error)}`
  // What the server said (remote: lines, where hooks and rules explain themselves) and git's verdict.
  const lines = error.detail.split('\n').map((l) => l.trim())
  const said = lines
    .filter((l) => /^remote:/.test(l))
    .map((l) => l.replace(/^remote:\s*/, ''))
    .filter((l) => l !== '')
  const verdict = lines.filter((l) => /^!|^error:|^fatal:/.test(l))
  const detail = ellipsize([...said, ...verdict].join(' ') || error.detail.trim(), 600)
  switch (error.reason) {
    case 'permission':
      return `The push to ${branch} was refused: the workflow's token needs \`contents: write\` (and the branch must accept pushes from GitHub Actions). ${detail}`
    case 'auth':
      return `The push to ${branch} could not authenticate: check the 'github-token' input. ${detail}`
    case 'rejected-by-hook':
      return `The repository rejected the push to ${branch} (a pre-receive hook or rule): ${detail}`
    case 'not-fast-forward':
      return `${branch} moved on while the agent worked; nothing was force-pushed. Re-run the failed job to commit onto the new head. ${detail}`
    default:
      return `The push to ${branch} failed: ${detail}`
  }
}
