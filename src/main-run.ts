// The main step: inputs → restore the session DB → trigger and permission gate → find or
// create the session → restore the workspace → drive the agent → outputs and summary.
import * as core from '@actions/core'
import type { AgentLog } from './agent/loop.js'
import { resolveModel, type ModelDeps } from './agent/model.js'
import { credentialValues } from './agent/tools/env.js'
import { cacheAccess } from './cache/token.js'
import { createActionsCacheClient, type CacheClient } from './cache/client.js'
import { restoreSessionDb } from './cache/session-cache.js'
import { State } from './constants.js'
import { readRunContext } from './context.js'
import { driveAgent, failureMessage, failureReason, logError } from './drive.js'
import { startFront, type FrontDeps } from './front.js'
import { createOctokit, createOctokitPorts, tokenlessPorts } from './github/octokit.js'
import { WorkingReaction } from './github/reaction.js'
import { readSettings, type InputReader } from './inputs.js'
import { coreLog, errorMessage, type Log } from './log.js'
import { fingerprint, type PersistTarget } from './persist.js'
import { buildReport } from './report/build.js'
import { coreOutputs, coreSummary, writeReport, type ReportPorts } from './report/report.js'
import { findOrCreateSession, restoreSessionWorkspace, workspaceBase } from './resume.js'
import { openStore } from './store/index.js'

export interface MainDeps extends FrontDeps {
  log: Log
  agentLog: AgentLog
  env: NodeJS.ProcessEnv
  getInput: InputReader
  setSecret: (value: string) => void
  saveState: (name: string, value: string) => void
  setFailed: (message: string) => void
  cache: CacheClient
  report: ReportPorts
  modelDeps?: ModelDeps
  now: () => number
}

export async function run(deps: MainDeps = defaultDeps()): Promise<void> {
  try {
    await runMain(deps)
  } catch (error) {
    deps.setFailed(errorMessage(error))
  }
}

function defaultDeps(): MainDeps {
  return {
    log: coreLog,
    agentLog: core,
    env: process.env,
    getInput: (name) => core.getInput(name),
    setSecret: (value) => core.setSecret(value),
    saveState: (name, value) => core.saveState(name, value),
    setFailed: (message) => core.setFailed(message),
    cache: createActionsCacheClient(),
    report: { outputs: coreOutputs, summary: coreSummary, onError: (e) => core.warning(`Job summary not written: ${String(e)}`) },
    github: (token, repo) => (token === '' ? tokenlessPorts() : createOctokitPorts(createOctokit(token), repo)),
    now: Date.now,
  }
}

async function runMain(deps: MainDeps): Promise<void> {
  const { log, env } = deps
  const settings = readSettings(deps.getInput)
  const ctx = readRunContext(settings, env)
  // Before any work: a missing key or a bad model fails here, with nothing spent.
  const model = resolveModel(settings, { env, ...deps.modelDeps })
  const secrets = [...new Set([settings.githubToken, settings.apiKey, ...model.secrets, ...credentialValues(env)])].filter((s) => s !== '')
  for (const secret of secrets) deps.setSecret(secret)
  log.info(`Model ${model.name}; session key '${ctx.sessionKey}'; attempt ${ctx.run.attempt} of run ${ctx.run.runId}.`)

  // Saved first, so the post step finds the DB even if main is killed a moment later.
  deps.saveState(State.DbPath, ctx.dbPath)
  deps.saveState(State.SessionKey, ctx.sessionKey)
  deps.saveState(State.CacheEnabled, String(settings.cache))
  const access = cacheAccess(env.ACTIONS_RUNTIME_TOKEN, env.GITHUB_REF)
  deps.saveState(State.CacheAccess, access.access)
  const keyParts = { dbPath: ctx.dbPath, runId: ctx.run.runId, sessionKey: ctx.sessionKey, attempt: ctx.run.attempt }
  const restore = await log.group('Restore the session', async () => {
    if (!settings.cache) {
      log.info("The 'cache' input is false: the session is kept for this attempt only.")
      return undefined
    }
    const restored = await restoreSessionDb({ cache: deps.cache, log }, keyParts)
    deps.saveState(State.DbFingerprint, fingerprint(ctx.dbPath) ?? '')
    return restored
  })
  const persisted = settings.cache && access.access !== 'read-only'

  const front = await log.group('Trigger and permissions', () => startFront(deps, settings, ctx, access.access !== 'read-only'))
  if (front.kind === 'stop') return

  const { store } = openStore(ctx.dbPath, { warn: (m) => log.warning(m), secrets, now: deps.now })
  try {
    const opened = await log.group('Open the session', async () => findOrCreateSession(store, ctx, log))
    const sessionId = opened.session.id
    deps.saveState(State.SessionId, sessionId)
    const previous = store
      .listAttempts(sessionId)
      .filter((a) => a.number < ctx.run.attempt)
      .pop()
    store.beginAttempt(sessionId, ctx.run.attempt, {
      resumed: opened.continuation,
      restoredFromAttempt: restore?.restoredFromAttempt ?? null,
    })

    const workspace = await log.group('Restore the workspace', async () => {
      const report = opened.found ? await restoreSessionWorkspace(store, sessionId, ctx.workspaceRoot, log) : undefined
      const base = await workspaceBase(ctx.workspaceRoot)
      if (base === undefined)
        log.warning(`${ctx.workspaceRoot} is not a git work tree: the agent's file changes will not be kept for a re-run.`)
      else {
        deps.saveState(State.WorkspaceRoot, ctx.workspaceRoot)
        deps.saveState(State.WorkspaceBase, base)
      }
      return { report, base }
    })

    const target: PersistTarget = {
      store,
      dbPath: ctx.dbPath,
      runId: ctx.run.runId,
      sessionKey: ctx.sessionKey,
      attempt: ctx.run.attempt,
      cache: persisted ? deps.cache : undefined,
      log,
      ...(workspace.base ? { workspace: { sessionId, root: ctx.workspaceRoot, base: workspace.base } } : {}),
    }
    const progress = front.progress({
      get: (key) => store.getState(sessionId, key),
      set: (key, value) => store.setState(sessionId, key, value),
    })
    await progress?.start({ resumedAfterStep: opened.continuation ? opened.resumedAfterStep : undefined })
    const eyes = front.reactionTarget ? new WorkingReaction(front.ports, front.reactionTarget, logError(log, 'reaction')) : undefined
    await eyes?.add()

    const cancel = new AbortController()
    const onSignal = () => cancel.abort(new Error('the job was cancelled'))
    process.once('SIGINT', onSignal).once('SIGTERM', onSignal)
    const result = await driveAgent({
      settings,
      ctx,
      target,
      opened,
      model,
      prompt: front.prompt,
      restore: workspace.report,
      previousAttempt: previous?.number,
      secrets,
      progress,
      log,
      agentLog: deps.agentLog,
      env,
      now: deps.now,
      signal: cancel.signal,
    }).finally(() => process.off('SIGINT', onSignal).off('SIGTERM', onSignal))

    if (result.outcome === 'completed') await progress?.finish(result.response, result.steps)
    // The comment adds the step, the re-run advice and the logs link itself: give it the reason only.
    else await progress?.fail(failureReason(result), { resumable: persisted, failedAfterStep: result.steps })
    await eyes?.remove()
    store.checkpoint()

    const report = buildReport({
      store,
      sessionId,
      ctx,
      opened,
      result,
      restore,
      persisted,
      workspace: workspace.report,
      readOnly: access.access === 'read-only' ? front.readOnlyNote : undefined,
    })
    await writeReport(report, deps.report)
    if (result.outcome !== 'completed') deps.setFailed(failureMessage(result, persisted))
  } finally {
    store.close()
  }
}
