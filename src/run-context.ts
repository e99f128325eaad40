// Facts about this run that come from the runner's environment, read once at the edge: the
// workflow run (id, attempt, repository, links), the session key, the event, and the paths the
// action works with. Pure given the environment the caller passes (process.env in production).
import { readFileSync } from 'node:fs'
import { isAbsolute, join, resolve } from 'node:path'
import type { Settings } from './inputs.js'
import { encodeSegment } from './text.js'

export interface RepoRef {
  owner: string
  repo: string
}

export interface RunInfo {
  serverUrl: string
  repo: RepoRef
  runId: string
  attempt: number
  /** GITHUB_WORKFLOW_REF: "owner/repo/.github/workflows/agent.yml@refs/heads/main". */
  workflowRef: string
}

export interface RunContext {
  run: RunInfo
  sessionKey: string
  eventName: string
  eventPayload: unknown
  actor: string
  /** The repository the agent works in. */
  workspaceRoot: string
  dbPath: string
  runUrl: string
}

/** The run this process belongs to. Throws when GITHUB_REPOSITORY or GITHUB_RUN_ID is missing. */
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

/**
 * The default session key: the job id, so the common case reads plainly ('agent'). Two uses of
 * the action in one job stay apart: the runner names unnamed steps `__owner_repo`,
 * `__owner_repo_2`, … (the suffix is kept) and a step with an `id` by that id. Matrix legs share
 * a job id: they set `session-key` themselves (README).
 */
export function deriveSessionKey(
  input: string,
  env: Readonly<Record<string, string | undefined>>,
  leg?: { index: number; total: number },
): string {
  if (input !== '') return input
  const job = env['GITHUB_JOB'] ?? 'job'
  const step = env['GITHUB_ACTION'] ?? ''
  const suffix = step.startsWith('__') ? (/_(\d+)$/.exec(step)?.[1] ?? '') : step
  const raw = suffix === '' ? job : `${job}.${suffix}`
  // Matrix legs share a job id; without their index they would share (and race for) one session.
  const legged = leg && leg.total > 1 ? `${raw}.leg${leg.index}` : raw
  return legged.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 64)
}

function readEvent(path: string | undefined): unknown {
  if (!path) return {}
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown
  } catch {
    return {}
  }
}

/** GITHUB_WORKSPACE: what `working-directory` and a relative `db-path` are resolved against. */
export function runnerWorkspace(env: NodeJS.ProcessEnv): string {
  return env.GITHUB_WORKSPACE ?? process.cwd()
}

/** Everything main needs from the environment. Throws like readRunInfo. */
export function readRunContext(settings: Settings, env: NodeJS.ProcessEnv): RunContext {
  const run = readRunInfo(env)
  const workspace = runnerWorkspace(env)
  const sessionKey = deriveSessionKey(settings.sessionKey, env, settings.matrixLeg)
  const temp = env.RUNNER_TEMP ?? join(workspace, '..', '_temp')
  // The default path depends only on RUNNER_TEMP and the session key; it need not be the same
  // on every runner: the cache carries the file under a fixed name (docs/design.md §3).
  // The key is encoded: any text is a key, and a '/' or '..' in it must not leave the directory.
  const dbPath = settings.dbPath === '' ? join(temp, 'agent-resume', encodeSegment(sessionKey), 'session.db') : settings.dbPath
  return {
    run,
    sessionKey,
    eventName: env.GITHUB_EVENT_NAME ?? '',
    eventPayload: readEvent(env.GITHUB_EVENT_PATH),
    actor: env.GITHUB_ACTOR ?? '',
    workspaceRoot: resolve(workspace, settings.workingDirectory),
    dbPath: isAbsolute(dbPath) ? dbPath : resolve(workspace, dbPath),
    runUrl: attemptUrl(run),
  }
}
