// The post step (post-if: always()): open the DB main left, capture the workspace, checkpoint
// the WAL, check integrity and save it to the cache. It runs after a failed, cancelled or
// killed main too — exactly when the save matters — so it never fails the job: every problem
// is a warning (DESIGN.md §4).
import * as core from '@actions/core'
import { existsSync } from 'node:fs'
import { createActionsCacheClient, type CacheClient } from './cache/client.js'
import { credentialValues } from './agent/tools/env.js'
import { Inputs, State, type InputName } from './constants.js'
import { coreLog, errorMessage, type Log } from './log.js'
import { captureWorkspace, fingerprint, saveDb } from './persist.js'
import { openStore } from './store/index.js'

export interface PostDeps {
  log: Log
  env: NodeJS.ProcessEnv
  getState: (name: string) => string
  getInput: (name: InputName) => string
  cache: CacheClient
}

export async function run(deps: PostDeps = defaultDeps()): Promise<void> {
  try {
    await deps.log.group('Save the session', () => savePost(deps))
  } catch (error) {
    deps.log.warning(`The session was not saved: ${errorMessage(error)}`)
  }
}

function defaultDeps(): PostDeps {
  return {
    log: coreLog,
    env: process.env,
    getState: (name) => core.getState(name),
    getInput: (name) => core.getInput(name),
    cache: createActionsCacheClient(),
  }
}

async function savePost(deps: PostDeps): Promise<void> {
  const { log, env, getState } = deps
  const dbPath = getState(State.DbPath)
  if (dbPath === '') {
    log.info('Main stopped before it opened a session database: nothing to save.')
    return
  }
  if (!existsSync(dbPath)) {
    log.info(`No session database at ${dbPath}: nothing to save.`)
    return
  }
  // The same secrets main redacted: they must not reach the workspace snapshot either.
  const secrets = [deps.getInput(Inputs.ApiKey), deps.getInput(Inputs.GithubToken), ...credentialValues(env)].filter((s) => s !== '')
  const { store, quarantined } = openStore(dbPath, { warn: (m) => log.warning(m), secrets })
  try {
    if (quarantined) return // a DB of ours became unusable: never save a fresh empty one over progress
    const sessionId = getState(State.SessionId)
    const root = getState(State.WorkspaceRoot)
    const base = getState(State.WorkspaceBase)
    const cacheUsable = getState(State.CacheEnabled) === 'true' && getState(State.CacheAccess) !== 'read-only'
    const target = {
      store,
      dbPath,
      runId: env.GITHUB_RUN_ID ?? '',
      sessionKey: getState(State.SessionKey),
      attempt: Number(env.GITHUB_RUN_ATTEMPT ?? '1'),
      cache: deps.cache,
      log,
      ...(sessionId && root && base ? { workspace: { sessionId, root, base } } : {}),
    }
    await captureWorkspace(target, null)
    // One file must hold everything: the cache carries only the main DB file.
    store.checkpoint()
    const check = store.db.pragma('quick_check', { simple: true })
    if (check !== 'ok') {
      log.warning(`The session database failed its integrity check (${String(check)}); it was not saved.`)
      return
    }
    store.close()
    if (!cacheUsable) {
      log.info(
        getState(State.CacheEnabled) === 'true'
          ? "Not saved: this run's cache is read-only, so a re-run cannot resume this session (see the job summary)."
          : "Not saved: the 'cache' input is false.",
      )
      return
    }
    if (fingerprint(dbPath) === getState(State.DbFingerprint)) {
      log.info('The session database is unchanged since it was restored: nothing new to save.')
      return
    }
    await saveDb(target)
  } finally {
    store.close()
  }
}
