// The conversation stage of main (README "Conversations", docs/design.md §12). Before the
// session is created: does this request continue its issue's or pull request's conversation?
// If so, the newest finished turn is restored from the cache into a file of its own, and the new
// session is seeded with that turn's conversation and the new request (with what changed since);
// the work tree is moved to the branch that holds the conversation's work. (After the delivery,
// turn-save.ts saves the finished turn for the next request.) A turn that cannot be had (none
// yet, evicted, a fork, `--fresh`, `thread: off`) is a new conversation with a notice, never a failure.
import { randomUUID } from 'node:crypto'
import { rmSync } from 'node:fs'
import type { CacheClient } from '../cache/client.js'
import { restoreThreadDb } from '../cache/thread-db.js'
import type { ThreadRef } from '../cache/thread-keys.js'
import { seedConversation } from '../agent/thread-seed.js'
import { DELIVERY_KEY, type DeliveryRecord } from '../deliver/deliver.js'
import { originPushUrl, refBranch } from '../deliver/stage.js'
import { asksForFreshStart, buildFollowUp, isThreadSource, threadOf, type FollowUpFacts } from '../github/follow-up.js'
import { parseProgressBody } from '../github/comment-body.js'
import { progressMarker } from '../github/marker.js'
import { PROGRESS_COMMENT_ID_KEY } from '../github/progress-comment.js'
import type { CommentPort } from '../github/ports.js'
import type { PullRequestPort } from '../github/pulls.js'
import type { ThreadFactsPort } from '../github/thread-facts.js'
import type { RunnableSource } from '../github/types.js'
import type { Settings } from '../inputs.js'
import { errorMessage, type Log } from '../log.js'
import type { RunContext } from '../run-context.js'
import { findRunSession, type SessionSeed } from '../session/lookup.js'
import { findPreviousTurn, readThreadMeta, restartsFromSummary, threadMetadata, type ThreadMeta } from '../session/thread.js'
import { openStore, type SessionStore } from '../store/index.js'
import { processDriver } from '../store/driver.js'
import { quarantineDbFile } from '../store/open.js'
import { Git } from '../workspace/git.js'
import { checkoutThreadHead } from '../workspace/thread-checkout.js'
import { inspectRestored } from './restore.js'

export interface ThreadDeps {
  settings: Settings
  ctx: RunContext
  store: SessionStore
  source: RunnableSource
  comments: Pick<CommentPort, 'listAllComments'>
  pulls: PullRequestPort | undefined
  facts: ThreadFactsPort | undefined
  cache: CacheClient
  env: NodeJS.ProcessEnv
  log: Log
  now: () => number
  signal: AbortSignal
}

export interface ThreadStart {
  /** This run's place in a conversation; undefined when it belongs to none. */
  meta: ThreadMeta | undefined
  /** What a new session starts with (undefined when this run's session exists already). */
  seed: SessionSeed | undefined
  /** The line under the progress comment's headline. */
  line: string | undefined
}

const NONE: ThreadStart = { meta: undefined, seed: undefined, line: undefined }

/** `https://github.com/o/r/issues/42#issuecomment-7`: GitHub redirects it for a pull request. */
function commentUrl(ctx: RunContext, number: number, commentId: number): string {
  return `${ctx.run.serverUrl}/${ctx.run.repo.owner}/${ctx.run.repo.repo}/issues/${number}#issuecomment-${commentId}`
}

/** The line a turn's progress comment shows under its headline. */
export function threadLine(ctx: RunContext, meta: ThreadMeta, maxTurns: number): string | undefined {
  if (meta.turn === 1) return meta.freshBecause ? `Starting a new conversation: ${meta.freshBecause}.` : undefined
  const prev = meta.previous
  const from = prev?.commentId ? ` from [turn ${meta.turn - 1}](${commentUrl(ctx, meta.number, prev.commentId)})` : ''
  const restarted = meta.since === meta.turn ? ` The earlier turns were summarized (\`thread-max-turns: ${maxTurns}\`).` : ''
  return `Continuing the conversation${from} (turn ${meta.turn}).${restarted}`
}

/**
 * Decides this run's place in a conversation and, for a new session, what it starts with. Moves
 * the work tree to the conversation's branch (again on a later attempt, to the same commit).
 */
export async function threadStage(d: ThreadDeps): Promise<ThreadStart> {
  const { settings, ctx, log } = d
  if (!isThreadSource(d.source)) {
    log.info(`A ${ctx.eventName} run belongs to no conversation: it starts a new session.`)
    return NONE
  }
  if (settings.thread === 'off') {
    log.info("The 'thread' input is off: this request starts a new conversation, and its turn is not kept for the next.")
    return NONE
  }
  const existing = findRunSession(d.store, ctx)
  if (existing) {
    const meta = readThreadMeta(existing.metadata)
    if (meta?.head !== undefined) await moveTo(d, meta.pullRequest ? await pullBranch(d, meta.number) : meta.branch, meta.head)
    return meta ? { meta, seed: undefined, line: threadLine(ctx, meta, settings.threadMaxTurns) } : NONE
  }
  const id = `ses_${randomUUID()}`
  const where = threadOf(d.source)
  const fresh = (freshBecause?: string): ThreadStart => {
    const meta: ThreadMeta = { ...where, turn: 1, root: id, since: 1, freshBecause }
    if (freshBecause) log.notice(`Starting a new conversation on #${where.number}: ${freshBecause}.`)
    return { meta, seed: { id, metadata: threadMetadata(meta), messages: [] }, line: threadLine(ctx, meta, settings.threadMaxTurns) }
  }
  if (asksForFreshStart(d.source, settings.trigger)) return fresh('the request asked for one (`--fresh`)')
  if (!settings.cache) return fresh("the 'cache' input is false, so earlier turns are not kept")
  let pullHead: string | undefined
  if (where.pullRequest) {
    const pull = await d.pulls?.getPullHead(where.number).catch(() => undefined)
    const repository = `${ctx.run.repo.owner}/${ctx.run.repo.repo}`
    // A fork's workflow could have saved entries this run would read (docs/design.md §12): a pull
    // request that cannot be looked up cannot be told apart from a fork's, so it starts fresh too.
    if (!pull) return fresh(`pull request #${where.number} could not be looked up, so it cannot be told apart from a fork's`)
    if (pull.headRepo.toLowerCase() !== repository.toLowerCase())
      return fresh(`pull request #${where.number} comes from a fork (${pull.headRepo}), whose runs could have written the cache`)
    pullHead = pull.headRef
  }

  const path = `${ctx.dbPath}.thread`
  const ref: ThreadRef = { number: where.number, sessionKey: ctx.sessionKey }
  const restored = await restoreThreadDb(
    {
      cache: d.cache,
      log,
      now: d.now,
      signal: d.signal,
      inspect: (p) => inspectRestored(p, processDriver()),
      setAside: (p, why) => void quarantineDbFile(p, why, new Date(d.now())),
    },
    { path, thread: ref, timeoutMs: settings.cacheTimeoutSeconds * 1000 },
  )
  if (!restored.hit) {
    if (restored.reason === 'miss') {
      if (await earlierTurnShown(d, where.number))
        return fresh(
          'no earlier turn is in the cache this run can read: evicted (entries unused for 7 days go), never saved (its run had a read-only cache), or saved under another ref',
        )
      log.info(`No earlier turn of the conversation on #${where.number}: this is its first.`)
      return fresh()
    }
    return fresh(`the earlier turns could not be restored (${restored.reason}: ${restored.detail})`)
  }
  const { store: saved } = openStore(path, { warn: (m) => log.warning(m), now: d.now })
  try {
    const prev = findPreviousTurn(saved.listSessions(), ref)
    const repository = `${ctx.run.repo.owner}/${ctx.run.repo.repo}`
    if (!prev || prev.session.metadata['repository'] !== repository)
      return fresh(`the restored entry ${restored.key} holds no finished turn of this conversation`)
    log.info(`Continuing turn ${prev.meta.turn} (session ${prev.session.id}, run ${restored.runId}) from ${restored.key}.`)
    const commentId = Number(saved.getState(prev.session.id, PROGRESS_COMMENT_ID_KEY))
    // An issue's work goes on its pull request's branch while that pull request is open; a pull request's, on its head.
    const target = where.pullRequest ? { branch: pullHead } : await issueTarget(d, saved, prev.session.id, prev.meta)
    const head = await moveTo(d, target.branch)
    const branch = head === undefined ? undefined : target.branch
    const turn = prev.meta.turn + 1
    const restart = restartsFromSummary(prev.meta, settings.threadMaxTurns)
    const previous = {
      session: prev.session.id,
      run: restored.runId,
      key: restored.key,
      // When it began: comments written while it worked are news too (it read the thread at its start).
      finishedAt: prev.session.createdAt,
      commentId: Number.isSafeInteger(commentId) && commentId > 0 ? commentId : undefined,
    }
    const meta: ThreadMeta = {
      ...where,
      turn,
      root: prev.meta.root,
      since: restart ? turn : prev.meta.since,
      previous,
      ...(where.pullRequest || branch === undefined ? {} : { branch, pullNumber: target.pullNumber }),
      head,
    }
    const facts = {
      turn,
      since: new Date(previous.finishedAt).toISOString(),
      restarted: restart,
      checkout: await startingPoint(d, branch, head),
    }
    const prompt = await buildFollowUp(d.source, ctx.run.repo, facts, d.facts, settings.prompt)
    const messages = seedConversation(saved.loadMessages(prev.session.id), prompt, restart)
    return { meta, seed: { id, metadata: threadMetadata(meta), messages }, line: threadLine(ctx, meta, settings.threadMaxTurns) }
  } finally {
    saved.close()
    rmSync(path, { force: true })
  }
}

/**
 * Where an issue conversation's work goes next: the branch (and pull request) its last delivery
 * went to, else the one it carried on — while that pull request is open; else nowhere yet (the
 * turn starts from the checkout and its delivery opens a new pull request).
 */
async function issueTarget(
  d: ThreadDeps,
  saved: SessionStore,
  sessionId: string,
  prev: ThreadMeta,
): Promise<Pick<ThreadMeta, 'branch' | 'pullNumber'>> {
  let record: DeliveryRecord | undefined
  try {
    record = JSON.parse(saved.getState(sessionId, DELIVERY_KEY) || 'null') as DeliveryRecord | undefined
  } catch {
    record = undefined
  }
  // Only a branch a pull request was opened from (a push onto the run's own branch is not one).
  const delivered = record?.pushed && typeof record.branch === 'string' && record.pullRequest !== undefined
  const branch = delivered ? record?.branch : prev.branch
  if (branch === undefined || branch === refBranch(d.env.GITHUB_REF) || !branch.startsWith(d.settings.branchPrefix)) return {}
  // GitHub, not the restored file, says which pull request the branch is the head of.
  const pull = await d.pulls?.findByHead(branch).catch(() => undefined)
  if (!pull || pull.state !== 'open') {
    d.log.info(
      pull
        ? `Pull request #${pull.number} of this conversation is ${pull.state}: this turn starts from the checkout and opens a new one.`
        : `No open pull request has ${branch} as its head: this turn starts from the checkout and opens a new one.`,
    )
    return {}
  }
  return { branch, pullNumber: pull.number }
}

/** The commit the turn starts from, and the conversation's branch when the work tree was moved there. */
async function startingPoint(d: ThreadDeps, branch: string | undefined, head: string | undefined): Promise<FollowUpFacts['checkout']> {
  const commit = head ?? (await new Git(d.ctx.workspaceRoot).head().catch(() => undefined))
  return commit === undefined ? undefined : { branch: head === undefined ? undefined : branch, commit }
}

async function pullBranch(d: ThreadDeps, number: number): Promise<string | undefined> {
  return (await d.pulls?.getPullHead(number).catch(() => undefined))?.headRef
}

/** Moves the work tree to `branch` (at `commit` when given); the commit it is at, or undefined when left alone (with a warning). */
async function moveTo(d: ThreadDeps, branch: string | undefined, commit?: string): Promise<string | undefined> {
  if (branch === undefined) return undefined
  const at = await checkoutThreadHead(d.ctx.workspaceRoot, {
    url: await originPushUrl(d.ctx.workspaceRoot),
    branch,
    commit,
    auth: { serverUrl: d.ctx.run.serverUrl, token: d.settings.githubToken },
  })
  if (at.kind === 'skipped') {
    d.log.warning(`The work tree stays where the checkout put it, not on the conversation's branch ${branch}: ${at.reason}.`)
    return undefined
  }
  d.log.info(
    at.moved
      ? `The work tree is now at ${at.commit.slice(0, 12)}, the head of ${branch}.`
      : `The work tree is already at ${branch} (${at.commit.slice(0, 12)}).`,
  )
  return at.commit
}

/** Whether an earlier run of this session key finished a turn on the thread (its progress comment says done). */
async function earlierTurnShown(d: ThreadDeps, number: number): Promise<boolean> {
  try {
    return (await d.comments.listAllComments(number)).some((c) => {
      const p = parseProgressBody(c.body)
      return (
        p.status === 'done' &&
        p.runId !== undefined &&
        p.runId !== d.ctx.run.runId &&
        c.body.includes(progressMarker(p.runId, d.ctx.sessionKey))
      )
    })
  } catch (error) {
    d.log.info(`Could not read the thread's comments: ${errorMessage(error)}`)
    return false
  }
}
