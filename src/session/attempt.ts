// One attempt's life in its session: begin it after the earlier ones, bring back the agent's
// workspace changes a resumed session left, and record how it ended. The agent stage drives it
// in between (src/agent/drive.ts).
import { errorMessage, type Log } from '../log.js'
import type { SessionStore } from '../store/index.js'
import { EMPTY_TREE, Git } from '../workspace/git.js'
import { restoreWorkspace, type WorkspaceRestoreReport } from '../workspace/restore.js'
import type { OpenedSession } from './lookup.js'

/** How an attempt ended, as the store records it. */
export interface AttemptEnd {
  /** completed, max-steps, timeout or failed (the agent's outcome vocabulary). */
  outcome: string
  error?: string | undefined
  /** How many repairs the stored conversation needed before this attempt's first call. */
  repairs: number
}

export interface WorkspaceStart {
  /** What the restore did; undefined for a new session or when nothing was stored. */
  report: WorkspaceRestoreReport | undefined
  /** The commit snapshots are taken against; undefined when the root is not a git work tree. */
  base: string | undefined
}

export class Attempt {
  private constructor(
    readonly store: SessionStore,
    readonly opened: OpenedSession,
    /** GITHUB_RUN_ATTEMPT. */
    readonly number: number,
    /** The latest earlier attempt of this session, if any (named in the continuation note). */
    readonly previous: number | undefined,
    private readonly now: () => number,
  ) {}

  get sessionId(): string {
    return this.opened.session.id
  }

  /** Records the attempt as running; `restoredFromAttempt` is the attempt whose cache entry was restored. */
  static begin(
    store: SessionStore,
    opened: OpenedSession,
    number: number,
    restoredFromAttempt: number | null,
    now: () => number = Date.now,
  ): Attempt {
    const previous = store
      .listAttempts(opened.session.id)
      .filter((a) => a.number < number)
      .pop()?.number
    store.beginAttempt(opened.session.id, number, { resumed: opened.continuation || opened.finished, restoredFromAttempt })
    return new Attempt(store, opened, number, previous, now)
  }

  /**
   * Re-applies the changes an earlier attempt stored (only when the session was found), then
   * takes HEAD as the base for this attempt's snapshots. Failures are logged, never thrown.
   */
  async restoreWorkspace(root: string, log: Pick<Log, 'info' | 'warning'>): Promise<WorkspaceStart> {
    const report = this.opened.found ? await this.restoreStored(root, log) : undefined
    const base = await workspaceBase(root)
    if (base === undefined) log.warning(`${root} is not a git work tree: the agent's file changes will not be kept for a re-run.`)
    return { report, base }
  }

  private async restoreStored(root: string, log: Pick<Log, 'info' | 'warning'>): Promise<WorkspaceRestoreReport | undefined> {
    const snap = this.store.loadWorkspaceSnapshot(this.sessionId)
    if (!snap || snap.snapshot.length === 0) {
      log.info('No workspace changes were stored for this session.')
      return undefined
    }
    try {
      const report = await restoreWorkspace({ cwd: root, snapshot: { base: snap.baseCommit, patch: snap.snapshot } })
      log.info(report.note)
      if (report.failed.length > 0 || report.conflicts.length > 0) log.warning(report.note)
      return report
    } catch (error) {
      log.warning(`Could not restore the workspace changes: ${errorMessage(error)}`)
      return undefined
    }
  }

  /** Stores the outcome; a completed attempt completes the session, anything else leaves it resumable. */
  end(result: AttemptEnd): void {
    this.store.updateAttempt(this.sessionId, this.number, {
      outcome: result.outcome,
      endedAt: this.now(),
      detail: { ...(result.error ? { error: result.error } : {}), repairs: result.repairs },
    })
    this.store.setStatus(this.sessionId, result.outcome === 'completed' ? 'completed' : 'active')
  }
}

/**
 * The commit workspace snapshots are taken against: HEAD when the agent starts (after any
 * restore, since nothing is ever committed), the empty tree on an unborn branch, undefined
 * when the workspace is not a git work tree (then nothing is captured).
 * One git process answers both (start-up time): rev-parse prints the work tree's top level
 * (or fails printing nothing outside one), then HEAD's commit last, or exits 1 without it on an
 * unborn branch.
 */
export async function workspaceBase(root: string): Promise<string | undefined> {
  try {
    const r = await new Git(root).run(['rev-parse', '--show-toplevel', '--verify', '--quiet', 'HEAD^{commit}'])
    const lines = r.stdout
      .toString('utf8')
      .split('\n')
      .filter((l) => l !== '')
    if (lines.length === 0) return undefined
    return r.code === 0 && lines.length > 1 ? lines.at(-1) : EMPTY_TREE
  } catch {
    return undefined
  }
}
