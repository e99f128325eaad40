// The post step (post-if: always()), in the order data flows: inputs and state (the DB path, the
// workspace and the run derived from the inputs and the run context as main derived them; from
// the state file only what main alone knows, each value checked) → snapshot (the agent's
// workspace changes into the DB, the WAL folded in, integrity checked) → save (the DB file to the
// cache) → the thread (when main was killed before it reported). It runs after a failed,
// cancelled or killed main too — exactly when the save matters — so it never fails the job: every
// problem is a warning, and anything unexpected is caught by the guard below (docs/design.md §4).
import * as core from '@actions/core'
import { existsSync } from 'node:fs'
import type { CacheClient } from '../cache/client.js'
import { cacheAccess } from '../cache/token.js'
import { createWorkerCacheClient } from '../cache/worker-client.js'
import { dirname, join } from 'node:path'
import { fingerprint } from '../cache/session-db.js'
import type { InputName } from '../constants.js'
import { checkInputPaths } from '../input-paths.js'
import { readSettings } from '../inputs.js'
import { coreLog, errorMessage, type Log } from '../log.js'
import { readRunContext } from '../run-context.js'
import { secretsToProtect } from '../secrets.js'
import { mcpSecrets } from '../input-mcp.js'
import { captureWorkspace, saveDb, type PersistTarget } from '../session/checkpoint.js'
import { connectGitHub } from '../github/connect.js'
import { coreState, readHandover, type Handover, type PostState, type StatePort } from '../state.js'
import { reportInterruption, type ThreadDeps } from './thread.js'
import { openStore, type SessionStore } from '../store/index.js'
import { EMPTY_TREE, Git } from '../workspace/git.js'

export interface PostDeps {
  log: Log
  env: NodeJS.ProcessEnv
  state: StatePort
  getInput: (name: InputName) => string
  cache: CacheClient
  /** Where the guard listens: node's `process` in production. */
  process: ProcessEvents
  /** GitHub for the thread update, its calls bounded by `signal`. */
  github: ThreadDeps['github']
}

/** The process events a guard listens to (node's `process` in production). */
export interface ProcessEvents {
  on(event: 'uncaughtException' | 'unhandledRejection', listener: (reason: unknown) => void): unknown
}

/**
 * Turns anything thrown outside the awaited chain (a stray rejection in a library, an error in
 * a callback) into a warning, as actions/cache's save step does: post never fails a job.
 */
export function guardPost(proc: ProcessEvents, log: Pick<Log, 'warning'>): void {
  const warn = (reason: unknown) => log.warning(`The post step hit an unexpected error and carried on: ${errorMessage(reason)}`)
  proc.on('uncaughtException', warn)
  proc.on('unhandledRejection', warn)
}

export async function run(deps: PostDeps = defaultDeps()): Promise<void> {
  guardPost(deps.process, deps.log)
  // A cancel reaching the post step stops its upload (the worker is killed) and it ends with a
  // warning and exit 0, instead of dying on the signal.
  const cancel = new AbortController()
  const onSignal = () => cancel.abort(new Error('the job was cancelled'))
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal)
  try {
    await runPost(deps, cancel.signal)
  } finally {
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal)
  }
}

async function runPost(deps: PostDeps, signal: AbortSignal): Promise<void> {
  const handover = readHandover(deps.state)
  if (!handover) {
    deps.log.info('Main stopped before it opened a session database: nothing to save.')
    return
  }
  let post: Derived
  try {
    post = derive(deps, handover)
  } catch (error) {
    // The checks main ran on the same inputs: post acts on nothing they refuse.
    deps.log.warning(`The post step did nothing: ${errorMessage(error)}`)
    return
  }
  const { state } = post
  let steps = 0
  try {
    steps = await deps.log.group('Save the session', () => savePost(deps, post, signal))
  } catch (error) {
    deps.log.warning(`The session was not saved: ${errorMessage(error)}`)
  }
  if (state.thread && !state.reported) {
    try {
      await deps.log.group('Update the thread', () => reportInterruption(deps, state, steps))
    } catch (error) {
      deps.log.warning(`The thread was not updated: ${errorMessage(error)}`)
    }
  }
}

interface Derived {
  state: PostState
  secrets: string[]
  /** `cache-timeout` in ms: the final save has the same budget as every cache operation. */
  timeoutMs: number
}

/**
 * What post works on, derived as main derived it: the DB path, the workspace, the run and the
 * session key from the inputs and the run context (validated the same way), never from the
 * state file, which the agent's commands could append to. Throws an InputError like main.
 */
function derive(deps: PostDeps, h: Handover): Derived {
  const { env, log } = deps
  const settings = readSettings(deps.getInput)
  const ctx = readRunContext(settings, env)
  checkInputPaths(settings, ctx, env)
  if (h.rejected.length > 0) log.warning(`Ignored state values main does not write: ${h.rejected.join(', ')}.`)
  if (h.dbPath !== ctx.dbPath) {
    log.warning(`The state names another database (${JSON.stringify(h.dbPath.slice(0, 200))}); ignored: the inputs give ${ctx.dbPath}.`)
  }
  const state: PostState = {
    dbPath: ctx.dbPath,
    runId: ctx.run.runId,
    attempt: ctx.run.attempt,
    sessionKey: ctx.sessionKey,
    cacheEnabled: settings.cache,
    cacheAccess: cacheAccess(env.ACTIONS_RUNTIME_TOKEN, env.GITHUB_REF).access,
    dbFingerprint: h.dbFingerprint,
    sessionId: h.sessionId,
    workspace: h.workspaceBase ? { root: ctx.workspaceRoot, base: h.workspaceBase } : undefined,
    thread: h.thread,
    reported: h.reported,
  }
  // The same secrets main redacted: they must not reach the workspace snapshot either.
  const secrets = secretsToProtect([settings.apiKey, settings.githubToken, ...mcpSecrets(settings.mcpServers)], env)
  return { state, secrets, timeoutMs: settings.cacheTimeoutSeconds * 1000 }
}

/** The session id main handed over, when the DB post opened holds it as a session of this run. */
function verifiedSession(store: SessionStore, state: PostState, log: Pick<Log, 'warning'>): string | undefined {
  const id = state.sessionId
  if (id === undefined) return undefined
  if (store.sessionsForRun(state.runId, state.sessionKey).some((s) => s.id === id)) return id
  log.warning(`The state names session ${id}, which ${state.dbPath} does not hold for this run: ignored.`)
  return undefined
}

/** The base commit main handed over, when it is one of the repository's commits (or the empty tree). */
async function verifiedWorkspace(state: PostState, log: Pick<Log, 'warning'>): Promise<PostState['workspace']> {
  const ws = state.workspace
  if (!ws || ws.base === EMPTY_TREE) return ws
  const r = await new Git(ws.root).run(['rev-parse', '--verify', '--quiet', `${ws.base}^{commit}`]).catch(() => undefined)
  if (r?.code === 0) return ws
  log.warning(`The state names base commit ${ws.base}, which is not a commit in ${ws.root}: the workspace changes are not captured.`)
  return undefined
}

function defaultDeps(): PostDeps {
  return {
    log: coreLog,
    env: process.env,
    state: coreState,
    getInput: (name) => core.getInput(name),
    cache: createWorkerCacheClient({ workerPath: join(dirname(process.argv[1] ?? '.'), 'cache-worker.js'), timeoutMs: 60_000 }),
    process,
    github: (token, repo, signal) => connectGitHub(token, repo, { signal, retries: 1 }),
  }
}

/** Snapshots and saves the session; returns the steps this attempt finished (0 when unknown). */
async function savePost(deps: PostDeps, post: Derived, signal: AbortSignal): Promise<number> {
  const { log } = deps
  const { state, secrets } = post
  const { dbPath } = state
  if (!existsSync(dbPath)) {
    log.info(`No session database at ${dbPath}: nothing to save.`)
    return 0
  }
  const { store, quarantined } = openStore(dbPath, { warn: (m) => log.warning(m), info: (m) => log.info(m), secrets })
  try {
    if (quarantined) return 0 // a DB of ours became unusable: never save a fresh empty one over progress
    const sessionId = verifiedSession(store, state, log)
    const workspace = sessionId ? await verifiedWorkspace(state, log) : undefined
    const steps = sessionId ? (store.getAttempt(sessionId, state.attempt)?.steps ?? 0) : 0
    const target: PersistTarget = {
      store,
      dbPath,
      runId: state.runId,
      sessionKey: state.sessionKey,
      attempt: state.attempt,
      cache: deps.cache,
      log,
      timeoutMs: post.timeoutMs,
      signal,
      ...(sessionId && workspace ? { workspace: { sessionId, ...workspace } } : {}),
    }
    await captureWorkspace(target, null)
    // One file must hold everything: the cache carries only the main DB file.
    store.checkpoint()
    const check = store.db.pragma('quick_check', { simple: true })
    if (check !== 'ok') {
      log.warning(`The session database failed its integrity check (${String(check)}); it was not saved.`)
      return steps
    }
    store.close()
    if (!state.cacheEnabled || state.cacheAccess === 'read-only') {
      log.info(
        state.cacheEnabled
          ? "Not saved: this run's cache is read-only, so a re-run cannot resume this session (see the job summary)."
          : "Not saved: the 'cache' input is false.",
      )
      return steps
    }
    if (fingerprint(dbPath) === state.dbFingerprint) {
      log.info('The session database is unchanged since it was restored: nothing new to save.')
      return steps
    }
    await saveDb(target)
    return steps
  } finally {
    store.close()
  }
}
