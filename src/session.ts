// The resume decisions of opencode PR #32584 (DESIGN.md §1), as pure functions.
import { GITHUB_RUN_METADATA_KEY, SESSION_KEY_METADATA_KEY } from './constants.js'

export { GITHUB_RUN_METADATA_KEY } from './constants.js'

export interface SessionCandidate {
  id: string
  createdAt: number
  forkedFrom: string | null
  metadata: Record<string, unknown>
}

/**
 * The session a new attempt of run `runId` should continue: the earliest-created session
 * stamped with this run id and session key. A fork copies its source's metadata, so it
 * matches too; it resolves back to the original it was forked from. Ties on creation time
 * are broken by id so every attempt picks the same one.
 */
export function findResumableSession<T extends SessionCandidate>(
  candidates: readonly T[],
  runId: string,
  sessionKey: string,
): T | undefined {
  const matching = candidates.filter(
    (s) => s.metadata[GITHUB_RUN_METADATA_KEY] === runId && s.metadata[SESSION_KEY_METADATA_KEY] === sessionKey,
  )
  const byId = new Map(matching.map((s) => [s.id, s]))
  const roots = new Set<T>()
  for (const session of matching) {
    let root = session
    const seen = new Set<string>([root.id])
    // Follow fork links back while the source is one of this run's sessions (guarding cycles).
    while (root.forkedFrom !== null) {
      const source = byId.get(root.forkedFrom)
      if (!source || seen.has(source.id)) break
      seen.add(source.id)
      root = source
    }
    roots.add(root)
  }
  return [...roots].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))[0]
}

/**
 * A prior session with stored messages gets the short continuation nudge; otherwise (none,
 * or the prior attempt died during setup before anything was written) the full prompt.
 */
export function shouldSendContinuation(prior: { messageCount: number } | undefined): boolean {
  return prior !== undefined && prior.messageCount > 0
}

/**
 * The default session key: the job id, so the common case reads plainly ('agent'). Two uses of
 * the action in one job stay apart: the runner names unnamed steps `__owner_repo`,
 * `__owner_repo_2`, … (the suffix is kept) and a step with an `id` by that id. Matrix legs share
 * a job id: they set `session-key` themselves (README).
 */
export function deriveSessionKey(input: string, env: Readonly<Record<string, string | undefined>>): string {
  if (input !== '') return input
  const job = env['GITHUB_JOB'] ?? 'job'
  const step = env['GITHUB_ACTION'] ?? ''
  const suffix = step.startsWith('__') ? (/_(\d+)$/.exec(step)?.[1] ?? '') : step
  const raw = suffix === '' ? job : `${job}.${suffix}`
  return raw.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 64)
}
