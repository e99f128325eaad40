// The main step, in the order data flows: inputs → intake (trigger, gate) → restore the session
// DB → find or create the session and begin the attempt → restore the workspace → drive the
// agent → report (outputs, summary, progress comment). Each stage is one module; this file only
// wires them and hands the post step what it needs (src/state.ts).
import * as core from '@actions/core'
import { driveAgent } from '../agent/drive.js'
import { resolveModel, type ModelDeps } from '../agent/model.js'
import { createActionsCacheClient, type CacheClient } from '../cache/client.js'
import { fingerprint, restoreSessionDb } from '../cache/session-db.js'
import { cacheAccess } from '../cache/token.js'
import { warnOnError } from '../github/errors.js'
import { intake, type IntakeDeps } from '../github/intake.js'
import { createOctokit, createOctokitPorts, tokenlessPorts } from '../github/octokit.js'
import { WorkingReaction } from '../github/reaction.js'
import { readSettings, type InputReader } from '../inputs.js'
import { coreLog, errorMessage, type Log } from '../log.js'
import { buildReport } from '../report/build.js'
import { failureMessage, failureReason } from '../report/failure.js'
import { coreOutputs, coreSummary, writeReport, writeStopReport, type ReportPorts } from '../report/write.js'
import { readRunContext } from '../run-context.js'
import { secretsToProtect } from '../secrets.js'
import { Attempt } from '../session/attempt.js'
import type { PersistTarget } from '../session/checkpoint.js'
import { findOrCreateSession } from '../session/lookup.js'
import { coreState, MainState, type StatePort } from '../state.js'
import { openStore } from '../store/index.js'

export interface MainDeps extends IntakeDeps {
  log: Log
  env: NodeJS.ProcessEnv
  getInput: InputReader
  setSecret: (value: string) => void
  /** The hand-over to the post step. */
  state: StatePort
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
    env: process.env,
    getInput: (name) => core.getInput(name),
    setSecret: (value) => core.setSecret(value),
    state: coreState,
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
  const model = await resolveModel(settings, { env, ...deps.modelDeps })
  const secrets = secretsToProtect([settings.githubToken, settings.apiKey, ...model.secrets], env)
  for (const secret of secrets) deps.setSecret(secret)
  log.info(`Model ${model.name}; session key '${ctx.sessionKey}'; attempt ${ctx.run.attempt} of run ${ctx.run.runId}.`)

  // The token says whether saves will be denied (docs/design.md §3): intake hands off on that.
  const access = cacheAccess(env.ACTIONS_RUNTIME_TOKEN, env.GITHUB_REF).access
  const decided = await log.group('Trigger and permissions', () => intake(deps, settings, ctx, access !== 'read-only'))
  if (decided.kind === 'stop') return writeStopReport(decided.outcome, decided.markdown, deps.report)

  const state = new MainState(deps.state)
  state.begin({
    dbPath: ctx.dbPath,
    runId: ctx.run.runId,
    attempt: ctx.run.attempt,
    sessionKey: ctx.sessionKey,
    cacheEnabled: settings.cache,
    cacheAccess: access,
  })
  const keyParts = { dbPath: ctx.dbPath, runId: ctx.run.runId, sessionKey: ctx.sessionKey, attempt: ctx.run.attempt }
  const restore = await log.group('Restore the session', async () => {
    if (!settings.cache) {
      log.info("The 'cache' input is false: the session is kept for this attempt only.")
      return undefined
    }
    const restored = await restoreSessionDb({ cache: deps.cache, log }, keyParts)
    state.restored(fingerprint(ctx.dbPath))
    return restored
  })
  const persisted = settings.cache && access !== 'read-only'

  const { store } = openStore(ctx.dbPath, { warn: (m) => log.warning(m), secrets, now: deps.now })
  try {
    const opened = await log.group('Open the session', () => Promise.resolve(findOrCreateSession(store, ctx, log)))
    state.session(opened.session.id)
    const attempt = Attempt.begin(store, opened, ctx.run.attempt, restore?.restoredFromAttempt ?? null, deps.now)
    const workspace = await log.group('Restore the workspace', () => attempt.restoreWorkspace(ctx.workspaceRoot, log))
    if (workspace.base !== undefined) state.workspace(ctx.workspaceRoot, workspace.base)

    const target: PersistTarget = {
      store,
      dbPath: ctx.dbPath,
      runId: ctx.run.runId,
      sessionKey: ctx.sessionKey,
      attempt: ctx.run.attempt,
      cache: persisted ? deps.cache : undefined,
      log,
      ...(workspace.base ? { workspace: { sessionId: attempt.sessionId, root: ctx.workspaceRoot, base: workspace.base } } : {}),
    }
    const progress = decided.progress({
      get: (key) => store.getState(attempt.sessionId, key),
      set: (key, value) => store.setState(attempt.sessionId, key, value),
    })
    await progress?.start({ resumedAfterStep: opened.continuation ? opened.resumedAfterStep : undefined })
    const eyes = decided.reactionTarget
      ? new WorkingReaction(decided.ports, decided.reactionTarget, warnOnError(log, 'reaction'))
      : undefined
    await eyes?.add()

    const cancel = new AbortController()
    const onSignal = () => cancel.abort(new Error('the job was cancelled'))
    process.once('SIGINT', onSignal).once('SIGTERM', onSignal)
    const result = await driveAgent({
      settings,
      ctx,
      attempt,
      target,
      model,
      prompt: decided.prompt,
      restore: workspace.report,
      secrets,
      progress,
      log,
      env,
      now: deps.now,
      signal: cancel.signal,
    }).finally(() => process.off('SIGINT', onSignal).off('SIGTERM', onSignal))
    attempt.end({ outcome: result.outcome, error: result.error, repairs: result.repairs.length })

    if (result.outcome === 'completed') await progress?.finish(result.response, result.steps)
    // The comment adds the step, the re-run advice and the logs link itself: give it the reason only.
    else await progress?.fail(failureReason(result), { resumable: persisted, failedAfterStep: result.steps })
    await eyes?.remove()
    store.checkpoint()

    const report = buildReport({
      store,
      sessionId: attempt.sessionId,
      ctx,
      opened,
      result,
      restore,
      persisted,
      workspace: workspace.report,
      readOnly: access === 'read-only' ? decided.readOnlyNote : undefined,
    })
    await writeReport(report, deps.report)
    if (result.outcome !== 'completed') deps.setFailed(failureMessage(result, persisted))
  } finally {
    store.close()
  }
}
