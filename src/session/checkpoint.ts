// Persisting a session: capture the agent's workspace changes into the DB, fold the WAL into
// the one file the cache carries, and save it under a key of its own. Main does this at
// checkpoints (so a lost runner, which runs no post step, still leaves its progress) and post
// does it once more at the end.
import { readdirSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type { CacheClient } from '../cache/client.js'
import { saveSessionDb, type SessionSave } from '../cache/session-db.js'
import type { CheckpointPolicy } from '../inputs.js'
import { errorMessage, type Log } from '../log.js'
import type { Redactor, SessionStore } from '../store/index.js'
import { splitPatch } from '../workspace/restore.js'
import { snapshotWorkspace } from '../workspace/snapshot.js'

export interface PersistTarget {
  store: SessionStore
  dbPath: string
  runId: string
  sessionKey: string
  attempt: number
  /** Undefined when caching is off or known to be read-only: capture only. */
  cache: CacheClient | undefined
  log: Log
  /** The session whose workspace is captured, with the repository and its base commit. */
  workspace?: { sessionId: string; root: string; base: string }
  /** The most milliseconds one save may take (`cache-timeout`). */
  timeoutMs?: number
  /** A cancel stops a save mid-upload. */
  signal?: AbortSignal
}

export interface WorkspaceCapture {
  files: number
  skipped: string[]
}

/** The agent's changes that may leave the runner, as a binary patch against the base commit. */
export interface WorkspacePatch {
  base: string
  patch: Buffer
  /** Files left out because they contain a secret the action knows. */
  dropped: string[]
  /** Files left out because they are too large to keep, with their size in bytes. */
  skipped: string[]
  /** Nested git repositories left out (their files cannot travel in a patch). */
  nested: string[]
}

/**
 * The work tree's changes against `workspace.base`, without the session DB and without any file
 * that contains a secret: what a snapshot stores and a delivery commits. Throws on a git failure.
 */
export async function workspacePatch(
  t: Pick<PersistTarget, 'store' | 'dbPath'>,
  workspace: { root: string; base: string },
): Promise<WorkspacePatch> {
  const snap = await snapshotWorkspace({ cwd: workspace.root, base: workspace.base, exclude: dbFiles(t.dbPath) })
  // A patch is kept as bytes, not redacted text: a file holding a secret is left out whole.
  const { patch, dropped } = withoutSecretFiles(snap.patch, t.store.redactor)
  return { base: snap.base, patch, dropped, skipped: snap.skipped.map((s) => `${s.path} (${s.bytes} bytes)`), nested: snap.nested }
}

/** One warning per kind of file a patch left out, saying where it is missing (`missing`: "kept for a re-run", "committed"). */
export function leftOutWarnings(snap: WorkspacePatch, missing: string): string[] {
  return [
    ...(snap.dropped.length > 0 ? [`Files that contain a secret are not ${missing}: ${snap.dropped.join(', ')}`] : []),
    ...(snap.skipped.length > 0 ? [`Files too large to keep are not ${missing}: ${snap.skipped.join(', ')}`] : []),
    ...(snap.nested.length > 0
      ? [`Nested git repositories are not ${missing} (commit their files, or make them submodules): ${snap.nested.join(', ')}`]
      : []),
  ]
}

/** Stores the agent's changes against the base commit; a failure is a warning, not a crash. */
export async function captureWorkspace(t: PersistTarget, step: number | null): Promise<WorkspaceCapture | undefined> {
  if (!t.workspace) return undefined
  try {
    const snap = await workspacePatch(t, t.workspace)
    t.store.saveWorkspaceSnapshot(t.workspace.sessionId, { baseCommit: snap.base, attempt: t.attempt, step, snapshot: snap.patch })
    for (const warning of leftOutWarnings(snap, 'kept for a re-run')) t.log.warning(warning)
    return { files: splitPatch(snap.patch).length, skipped: snap.skipped }
  } catch (error) {
    t.log.warning(`Could not capture the workspace changes: ${errorMessage(error)}`)
    return undefined
  }
}

/** The patch without the per-file parts in which a secret appears, and those files' paths. */
export function withoutSecretFiles(patch: Buffer, redactor: Redactor): { patch: Buffer; dropped: string[] } {
  if (!redactor.foundIn(patch)) return { patch, dropped: [] }
  const kept: Buffer[] = []
  const dropped: string[] = []
  for (const chunk of splitPatch(patch)) {
    if (!redactor.foundIn(chunk)) kept.push(chunk)
    else dropped.push(/^diff --git a\/(.*?) b\//.exec(chunk.toString('utf8'))?.[1] ?? '(a file)')
  }
  return { patch: Buffer.concat(kept), dropped }
}

/** The DB file and the files named after it (-wal, -shm, -journal, quarantined copies). */
function dbFiles(dbPath: string): string[] {
  const dir = dirname(dbPath)
  const name = basename(dbPath)
  let names: string[] = []
  try {
    names = readdirSync(dir).filter((n) => n.startsWith(name))
  } catch {
    // no directory yet: only the DB path itself
  }
  return [...new Set([name, ...names])].map((n) => join(dir, n))
}

/** Saves the DB file as it is (the caller folded the WAL in); checkpoint key when `seq` is set. */
export async function saveDb(t: PersistTarget, seq?: number): Promise<SessionSave | undefined> {
  if (!t.cache) return undefined
  return saveSessionDb(
    { cache: t.cache, log: t.log, ...(t.signal ? { signal: t.signal } : {}) },
    {
      dbPath: t.dbPath,
      runId: t.runId,
      sessionKey: t.sessionKey,
      attempt: t.attempt,
      ...(t.timeoutMs !== undefined ? { timeoutMs: t.timeoutMs } : {}),
      ...(seq !== undefined ? { checkpoint: seq } : {}),
    },
  )
}

/** Captures the workspace, folds the WAL into the main file, and saves. */
export async function persist(t: PersistTarget, step: number | null, seq?: number): Promise<SessionSave | undefined> {
  await captureWorkspace(t, step)
  t.store.checkpoint()
  return saveDb(t, seq)
}

/**
 * The checkpoint number main saves under when the agent has finished, whatever the policy: above
 * any step checkpoint's (max-steps ≤ 1000), so it is this attempt's own key. A runner lost during
 * the delivery then leaves a finished session, and the re-run redoes only the delivery.
 */
export const FINISHED_CHECKPOINT = 1_000_000

/** Decides when main saves an intermediate checkpoint, per the `checkpoint-every` input. */
export class Checkpointer {
  private seq = 0
  private lastAt: number
  private stepsSince = 0
  /** Checkpoints that failed for the service's sake in a row: after two, the rest wait for the post step. */
  private failures = 0

  constructor(
    private readonly policy: CheckpointPolicy,
    private readonly target: PersistTarget,
    private readonly now: () => number = Date.now,
  ) {
    this.lastAt = now()
  }

  /** Whether a checkpoint is due after one more committed step. Pure given the clock. */
  due(): boolean {
    switch (this.policy.kind) {
      case 'off':
        return false
      case 'steps':
        return this.stepsSince >= this.policy.every
      case 'seconds':
        return this.now() - this.lastAt >= this.policy.every * 1000
    }
  }

  /** Saves a checkpoint when one is due; each is bounded by the target's timeout, so it never holds the agent longer. */
  async afterStep(step: number): Promise<SessionSave | undefined> {
    this.stepsSince++
    if (!this.due() || !this.target.cache || this.failures >= 2) return undefined
    this.stepsSince = 0
    this.lastAt = this.now()
    const saved = await persist(this.target, step, ++this.seq)
    // A service that hangs or fails costs each checkpoint its whole budget: stop asking it.
    const troubled = saved !== undefined && ['timeout', 'server-error', 'unreachable', 'rate-limited'].includes(saved.reason ?? '')
    this.failures = troubled ? this.failures + 1 : 0
    if (this.failures === 2) {
      this.target.log.warning(
        'Two checkpoints in a row could not be saved: no more checkpoints in this attempt; the post step saves at the end.',
      )
    }
    return saved
  }
}
