// Facts about this run that come from the runner's environment, read once at the edge.
import { readFileSync } from 'node:fs'
import { isAbsolute, join, resolve } from 'node:path'
import { attemptUrl, readRunInfo, type RunInfo } from './github/run-info.js'
import type { Settings } from './inputs.js'
import { deriveSessionKey } from './session.js'

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

function readEvent(path: string | undefined): unknown {
  if (!path) return {}
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown
  } catch {
    return {}
  }
}

export function readRunContext(settings: Settings, env: NodeJS.ProcessEnv): RunContext {
  const run = readRunInfo(env)
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd()
  const sessionKey = deriveSessionKey(settings.sessionKey, env)
  const temp = env.RUNNER_TEMP ?? join(workspace, '..', '_temp')
  // The default path depends only on RUNNER_TEMP and the session key, so it is the same
  // string in every attempt: cache versions hash the literal path (DESIGN.md §3).
  const dbPath = settings.dbPath === '' ? join(temp, 'agent-resume', sessionKey, 'session.db') : settings.dbPath
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
