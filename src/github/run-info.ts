// The workflow run this process belongs to, read once from the runner's environment, and the
// links derived from it. Pure: the caller passes the environment (process.env in production).
import type { RepoRef } from './types.js'

export interface RunInfo {
  serverUrl: string
  repo: RepoRef
  runId: string
  attempt: number
  /** GITHUB_WORKFLOW_REF: "owner/repo/.github/workflows/agent.yml@refs/heads/main". */
  workflowRef: string
}

export function readRunInfo(env: Readonly<Record<string, string | undefined>>): RunInfo {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/')
  if (!owner || !repo) throw new Error('GITHUB_REPOSITORY must be set to "owner/repo" (it is on every Actions runner).')
  const runId = (env.GITHUB_RUN_ID ?? '').trim()
  if (!/^\d+$/.test(runId)) throw new Error('GITHUB_RUN_ID must be set to the numeric run id (it is on every Actions runner).')
  const attempt = Number.parseInt(env.GITHUB_RUN_ATTEMPT ?? '1', 10)
  return {
    serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
    repo: { owner, repo },
    runId,
    attempt: Number.isFinite(attempt) && attempt > 0 ? attempt : 1,
    workflowRef: env.GITHUB_WORKFLOW_REF ?? '',
  }
}

/** The page of one attempt: a re-run gets its own, so a failure links to the logs that show it. */
export function attemptUrl(run: RunInfo, attempt = run.attempt): string {
  return `${run.serverUrl}/${run.repo.owner}/${run.repo.repo}/actions/runs/${run.runId}/attempts/${attempt}`
}

/**
 * The workflow file name from GITHUB_WORKFLOW_REF, as createWorkflowDispatch takes it
 * ("agent.yml"). Throws when the ref is not a repository workflow file (e.g. a reusable
 * workflow path from another repository), because dispatching would start the wrong one.
 */
export function workflowFileFromRef(workflowRef: string, repo: RepoRef): string {
  const prefix = `${repo.owner}/${repo.repo}/.github/workflows/`
  const at = workflowRef.lastIndexOf('@')
  const path = at >= 0 ? workflowRef.slice(0, at) : workflowRef
  if (!path.toLowerCase().startsWith(prefix.toLowerCase()) || path.length === prefix.length) {
    throw new Error(`GITHUB_WORKFLOW_REF "${workflowRef}" does not name a workflow file of ${repo.owner}/${repo.repo}; cannot dispatch it.`)
  }
  return path.slice(prefix.length)
}
