// The post step (post-if: always()), in the order data flows: state (what main handed over) →
// snapshot (the agent's workspace changes into the DB, the WAL folded in, integrity checked) →
// save (the DB file to the cache) → the thread (when main was killed before it reported). It runs after a failed, cancelled or killed main too —
// exactly when the save matters — so it never fails the job: every problem is a warning, and
// anything unexpected is caught by the guard below (docs/design.md §4).
import * as core from '@actions/core'
import { existsSync } from 'node:fs'
import type { CacheClient } from '../cache/client.js'
import { createWorkerCacheClient } from '../cache/worker-client.js'
import { dirname, join } from 'node:path'
import { fingerprint } from '../cache/session-db.js'
import { Inputs, type InputName } from '../constants.js'
import { coreLog, errorMessage, type Log } from '../log.js'
import { secretsToProtect } from '../secrets.js'
import { captureWorkspace, saveDb, type PersistTarget } from '../session/checkpoint.js'
import { connectGitHub } from '../github/connect.js'
import { coreState, readPostState, type PostState, type StatePort } from '../state.js'
import { reportInterruption, type ThreadDeps } from './thread.js'
import { openStore } from '../store/index.js'

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
  const state = readPostState(deps.state)
  let steps = 0
  try {
    steps = await deps.log.group('Save the session', () => savePost(deps, state, signal))
  } catch (error) {
    deps.log.warning(`The session was not saved: ${errorMessage(error)}`)
  }
  if (state?.thread && !state.reported) {
    try {
      await deps.log.group('Update the thread', () => reportInterruption(deps, state, steps))
    } catch (error) {
      deps.log.warning(`The thread was not updated: ${errorMessage(error)}`)
    }
  }
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

/** The `cache-timeout` input in ms; post reads it raw (main validated it), 60 s when unreadable. */
function cacheTimeoutMs(raw: string): number {
  const seconds = Number(raw.trim())
  return Number.isInteger(seconds) && seconds >= 1 && seconds <= 3600 ? seconds * 1000 : 60_000
}

/** Snapshots and saves the session; returns the steps this attempt finished (0 when unknown). */
async function savePost(deps: PostDeps, state: PostState | undefined, signal: AbortSignal): Promise<number> {
  const { log, env } = deps
  if (!state) {
    log.info('Main stopped before it opened a session database: nothing to save.')
    return 0
  }
  const { dbPath } = state
  if (!existsSync(dbPath)) {
    log.info(`No session database at ${dbPath}: nothing to save.`)
    return 0
  }
  // The same secrets main redacted: they must not reach the workspace snapshot either.
  const secrets = secretsToProtect([deps.getInput(Inputs.ApiKey), deps.getInput(Inputs.GithubToken)], env)
  const { store, quarantined } = openStore(dbPath, { warn: (m) => log.warning(m), secrets })
  try {
    if (quarantined) return 0 // a DB of ours became unusable: never save a fresh empty one over progress
    const steps = state.sessionId ? (store.getAttempt(state.sessionId, state.attempt)?.steps ?? 0) : 0
    const target: PersistTarget = {
      store,
      dbPath,
      runId: state.runId,
      sessionKey: state.sessionKey,
      attempt: state.attempt,
      cache: deps.cache,
      log,
      // The post step ends on its own: the final save has the same budget as every cache operation.
      timeoutMs: cacheTimeoutMs(deps.getInput(Inputs.CacheTimeout)),
      signal,
      ...(state.sessionId && state.workspace ? { workspace: { sessionId: state.sessionId, ...state.workspace } } : {}),
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
