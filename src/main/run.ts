// The main step, in the order data flows: inputs → intake (trigger, gate) → restore the session
// DB → find or create the session and begin the attempt → restore the workspace → drive the
// agent → deliver its finished work → report (outputs, summary, progress comment). Each stage is
// one module; this file only wires them and hands the post step what it needs (src/state.ts).
import * as core from '@actions/core'
import { driveAgent, finishedResult } from '../agent/drive.js'
import { apiKeyAvailable, resolveModel, type ModelDeps, type ResolvedModel } from '../agent/model.js'
import type { CacheClient } from '../cache/client.js'
import type { CacheAccess } from '../cache/token.js'
import { createWorkerCacheClient } from '../cache/worker-client.js'
import { cacheAccess } from '../cache/token.js'
import { connectGitHub } from '../github/connect.js'
import { forgetUnpushedDelivery } from '../deliver/deliver.js'
import { mayPush } from '../deliver/plan.js'
import { originPushUrl } from '../deliver/stage.js'
import { warnOnError } from '../github/errors.js'
import { Outputs } from '../constants.js'
import { admit, HandoffError, prepare, type Intake, type IntakeDeps } from '../github/intake.js'
import { connectPulls, type PullRequestPort } from '../github/pulls.js'
import { redactedComments } from '../github/ports.js'
import { WorkingReaction } from '../github/reaction.js'
import { readSettings, type InputReader, type Settings } from '../inputs.js'
import { checkInputPaths } from '../input-paths.js'
import { coreLog, errorMessage, type Log } from '../log.js'
import { coreOutputs, coreSummary, redactedReportPorts, writeStopReport, type ReportPorts } from '../report/write.js'
import { readRunContext, type RepoRef, type RunContext } from '../run-context.js'
import { secretsToProtect } from '../secrets.js'
import { mcpSecrets } from '../input-mcp.js'
import { Attempt } from '../session/attempt.js'
import { FINISHED_CHECKPOINT, persist, type PersistTarget } from '../session/checkpoint.js'
import { findOrCreateSession } from '../session/lookup.js'
import { restoreStage } from './restore.js'
import { threadStage } from './thread.js'
import { finishAttempt } from './finish.js'
import { connectThreadFacts, type ThreadFactsPort } from '../github/thread-facts.js'
import { sandboxStage } from './sandbox.js'
import { startProgress } from './progress.js'
import { coreState, MainState, type StatePort } from '../state.js'
import { openStore, Redactor } from '../store/index.js'
import { dirname, join } from 'node:path'

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
  /** The pull request API for the delivery (undefined without a token). */
  pulls: (token: string, repo: RepoRef) => PullRequestPort | undefined
  /** What changed on a conversation's thread since its last turn (undefined without a token). */
  threadFacts: (token: string, repo: RepoRef) => ThreadFactsPort | undefined
  modelDeps?: ModelDeps
  now: () => number
}

export async function run(deps: MainDeps = defaultDeps()): Promise<void> {
  try {
    await runMain(deps)
  } catch (error) {
    // A step that stops early (a bad input, a missing key, a check GitHub did not answer) still says how it ended.
    deps.report.outputs.setOutput(Outputs.Outcome, 'failed')
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
    cache: createWorkerCacheClient({
      workerPath: join(dirname(process.argv[1] ?? '.'), 'cache-worker.js'),
      timeoutMs: 60_000,
      lookups: async () => (await import('../cache/client.js')).createActionsCacheClient(),
    }),
    report: { outputs: coreOutputs, summary: coreSummary, onError: (e) => core.warning(`Job summary not written: ${String(e)}`) },
    github: connectGitHub,
    pulls: connectPulls,
    threadFacts: connectThreadFacts,
    now: Date.now,
  }
}

async function runMain(given: MainDeps): Promise<void> {
  const { log, env } = given
  // max-minutes bounds the whole step: the restore's time comes out of the agent's.
  const startedAt = given.now()
  const settings = readSettings(given.getInput)
  const ctx = readRunContext(settings, env)
  checkInputPaths(settings, ctx, env)
  const secrets = secretsToProtect([settings.githubToken, settings.apiKey, ...mcpSecrets(settings.mcpServers)], env)
  for (const secret of secrets) given.setSecret(secret)
  // Every comment, output and summary leaves the step through the redaction the store applies.
  const redactor = new Redactor(secrets)
  const redact = (text: string) => redactor.text(text)
  const deps: MainDeps = {
    ...given,
    github: (token, repo) => redactedComments(given.github(token, repo), redact),
    report: redactedReportPorts(given.report, redact),
  }

  // The trigger and the gate first: a run that will not use the agent needs no model key (GitHub
  // gives Dependabot's runs and fork pull requests' runs no secrets, docs/design.md §6).
  const admitted = await log.group('Trigger and permissions', () => admit(deps, settings, ctx, apiKeyAvailable(settings, env)))
  if (admitted.kind === 'stop') return writeStopReport(admitted.outcome, admitted.markdown, deps.report)
  // A missing key here is a mistake (admit skipped the runs GitHub gives no secrets): it fails.
  const model = await resolveModel(settings, { env, ...deps.modelDeps })
  for (const secret of model.secrets.filter((s) => !secrets.includes(s))) {
    deps.setSecret(secret)
    secrets.push(secret)
    redactor.add(secret)
  }
  log.info(`Model ${model.name}; session key '${ctx.sessionKey}'; attempt ${ctx.run.attempt} of run ${ctx.run.runId}.`)

  // The token says whether saves will be denied (docs/design.md §3): a read-only run hands off.
  const access = cacheAccess(env.ACTIONS_RUNTIME_TOKEN, env.GITHUB_REF).access
  let decided: Intake
  try {
    decided = await log.group('The request', () => prepare(deps, settings, ctx, admitted, access !== 'read-only'))
  } catch (error) {
    if (error instanceof HandoffError) await writeStopReport('failed', `The hand-off failed: ${error.message}`, deps.report)
    throw error
  }
  if (decided.kind === 'stop') return writeStopReport(decided.outcome, decided.markdown, deps.report)

  // A cancel (SIGINT, then SIGTERM from the runner) stops a cache operation mid-transfer as well
  // as the agent (docs/design.md §4).
  const cancel = new AbortController()
  const onSignal = () => cancel.abort(new Error('the job was cancelled'))
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal)
  try {
    await afterIntake(deps, { settings, ctx, secrets, model, access, decided, startedAt, cancel })
  } finally {
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal)
  }
}

interface Admitted {
  settings: Settings
  ctx: RunContext
  secrets: string[]
  model: ResolvedModel
  access: CacheAccess
  decided: Extract<Intake, { kind: 'run' }>
  startedAt: number
  cancel: AbortController
}

async function afterIntake(deps: MainDeps, a: Admitted): Promise<void> {
  const { log, env } = deps
  const { settings, ctx, secrets, model, access, decided, startedAt, cancel } = a
  const state = new MainState(deps.state)
  state.begin(ctx.dbPath)
  const restore = await log.group('Restore the session', () =>
    restoreStage({ cache: deps.cache, log, now: deps.now }, settings, ctx, { state, signal: cancel.signal, startedAt }),
  )
  const persisted = settings.cache && access !== 'read-only'

  const { store } = openStore(ctx.dbPath, { warn: (m) => log.warning(m), info: (m) => log.info(m), secrets, now: deps.now })
  try {
    const pulls = deps.pulls(settings.githubToken, ctx.run.repo)
    const thread = await log.group('The conversation', () =>
      threadStage({
        ...{ settings, ctx, store, source: decided.source, comments: decided.ports, pulls, cache: deps.cache, log },
        ...{ facts: deps.threadFacts(settings.githubToken, ctx.run.repo), env, now: deps.now, signal: cancel.signal },
      }),
    )
    const opened = await log.group('Open the session', () => Promise.resolve(findOrCreateSession(store, ctx, log, thread.seed)))
    state.session(opened.session.id)
    const attempt = Attempt.begin(store, opened, ctx.run.attempt, restore?.restoredFromAttempt ?? null, deps.now)
    const workspace = await log.group('Restore the workspace', () => attempt.restoreWorkspace(ctx.workspaceRoot, log))
    if (workspace.base !== undefined) state.workspace(workspace.base)

    const target: PersistTarget = {
      store,
      dbPath: ctx.dbPath,
      runId: ctx.run.runId,
      sessionKey: ctx.sessionKey,
      attempt: ctx.run.attempt,
      cache: persisted ? deps.cache : undefined,
      log,
      timeoutMs: settings.cacheTimeoutSeconds * 1000,
      signal: cancel.signal,
      ...(workspace.base ? { workspace: { sessionId: attempt.sessionId, root: ctx.workspaceRoot, base: workspace.base } } : {}),
    }
    const progress = decided.progress({
      get: (key) => store.getState(attempt.sessionId, key),
      set: (key, value) => store.setState(attempt.sessionId, key, value),
    })
    // A finished session taken up again (to deliver) is a resume too, not a start over; with
    // on-finished: reuse its comment stays as it is unless something new happens.
    const reuse = opened.finished && settings.onFinished === 'reuse'
    const resumed = opened.continuation || opened.finished
    progress?.setContext(thread.line)
    await startProgress(progress, reuse, resumed ? opened.resumedAfterStep : undefined)
    const eyes =
      decided.reactionTarget && !reuse
        ? new WorkingReaction(decided.ports, decided.reactionTarget, warnOnError(log, 'reaction'))
        : undefined
    await eyes?.add()
    // If main is killed from here on, the post step tells the thread (docs/design.md §4).
    if (progress?.id !== undefined) state.thread({ issueNumber: progress.issueNumber, commentId: progress.id, reaction: eyes?.current })

    // Read before the agent runs: it could rewrite .git/config, and the token goes only where the checkout came from.
    // (Not read when no push can happen: deliver none, or auto without a token.)
    const pushUrl = mayPush(settings.deliver, settings.githubToken !== '') ? await originPushUrl(ctx.workspaceRoot) : undefined
    // A session whose agent already finished (its delivery failed, or "Re-run all jobs") makes no model call.
    // …unless its work did not come back cleanly (the branch moved: conflicts, or files that did
    // not apply): then the agent resumes to put it right, and only that is delivered.
    const troubled = workspace.report !== undefined && (workspace.report.conflicts.length > 0 || workspace.report.failed.length > 0)
    if (opened.finished && troubled)
      log.warning(
        'The finished work did not restore cleanly onto this checkout: the agent resumes to resolve it before anything is delivered.',
      )
    const finished = reuse && !troubled
    const sandbox = finished ? undefined : await log.group('Prepare the sandbox', () => sandboxStage(settings, ctx, env, log))
    const result = sandbox
      ? await driveAgent({
          settings,
          ctx,
          attempt,
          target,
          model,
          prompt: decided.prompt,
          restore: workspace.report,
          secrets,
          sandbox: sandbox.plan,
          progress,
          log,
          env,
          now: deps.now,
          deadline: startedAt + settings.maxMinutes * 60_000,
          signal: cancel.signal,
        })
      : finishedResult(attempt)
    attempt.end({ outcome: result.outcome, error: result.error, repairs: result.repairs.length })
    // A finished session is saved before anything is delivered: if the runner is lost now, the
    // re-run finds it finished and only delivers (no model call, the same commit).
    if (!finished) forgetUnpushedDelivery(store, attempt.sessionId)
    if (result.outcome === 'completed' && !finished && target.cache) {
      await log.group('Save the finished session', () => persist(target, result.steps, FINISHED_CHECKPOINT))
    }

    await finishAttempt(deps, {
      ...{ settings, ctx, access, decided, store, attempt, opened, result, restore, persisted, workspace, pulls, pushUrl },
      ...{ thread, progress, eyes, state, finished, sandbox: sandbox?.description, signal: cancel.signal },
    })
  } finally {
    store.close()
  }
}
