// The GitHub front of main, in the order that spends nothing on a run that won't happen:
// trigger and permission gate → (read-only cache: hand off to a workflow_dispatch run) →
// the request for the agent, and the progress comment and reaction to keep the thread informed.
import { Outputs } from './constants.js'
import type { RunContext } from './context.js'
import { logError } from './drive.js'
import { ProgressComment, type KeyValuePort } from './github/comment.js'
import { canHandOff, defaultBranchOf, handOff, shouldHandOff } from './github/dispatch.js'
import type { GitHubPorts } from './github/ports.js'
import { buildRequest } from './github/request.js'
import { resolveTrigger } from './github/trigger.js'
import type { ReactionTarget, RepoRef } from './github/types.js'
import type { Settings } from './inputs.js'
import type { Log } from './log.js'
import type { ReportPorts } from './report/report.js'
import { readOnlyCacheNote } from './report/summary.js'

export interface FrontDeps {
  log: Log
  report: ReportPorts
  github: (token: string, repo: RepoRef) => GitHubPorts
}

export type Front =
  | { kind: 'stop' }
  | {
      kind: 'run'
      prompt: string
      ports: GitHubPorts
      reactionTarget: ReactionTarget | undefined
      readOnlyNote: string
      /** The progress comment, when the request came from an issue or PR; its id is kept in `kv`. */
      progress: (kv: KeyValuePort) => ProgressComment | undefined
    }

async function stop(deps: FrontDeps, outcome: 'skipped' | 'refused' | 'handed-off', markdown: string): Promise<Front> {
  deps.report.outputs.setOutput(Outputs.Outcome, outcome)
  deps.report.outputs.setOutput(Outputs.Steps, '0')
  try {
    await deps.report.summary.write(`### Agent Resume: ${outcome}\n\n${markdown}\n`)
  } catch (error) {
    deps.report.onError?.(error)
  }
  return { kind: 'stop' }
}

export async function startFront(deps: FrontDeps, settings: Settings, ctx: RunContext, cacheWritable: boolean): Promise<Front> {
  const { log } = deps
  const repo = ctx.run.repo
  const ports = deps.github(settings.githubToken, repo)
  const readOnlyNote = readOnlyCacheNote(ctx.eventName, settings.handoff)
  const trigger = await resolveTrigger({
    eventName: ctx.eventName,
    payload: ctx.eventPayload,
    actor: ctx.actor,
    repo,
    settings: {
      trigger: settings.trigger,
      prompt: settings.prompt,
      allowedUsers: settings.allowedUsers,
      allowedBots: settings.allowedBots,
    },
    port: ports,
  })
  switch (trigger.kind) {
    case 'skip':
      log.info(`Nothing to do: ${trigger.reason}`)
      return stop(deps, 'skipped', trigger.reason)
    case 'refused':
      log.warning(trigger.message)
      return stop(deps, 'refused', trigger.message)
    case 'error':
      throw new Error(trigger.message)
    case 'run':
      log.info(`Allowed: ${trigger.gateReason}.`)
  }
  const onError = logError(log, 'progress comment')
  const progressFor = (issueNumber: number | undefined, kv: KeyValuePort) =>
    issueNumber === undefined
      ? undefined
      : new ProgressComment({
          port: ports,
          kv,
          issueNumber,
          run: ctx.run,
          sessionKey: ctx.sessionKey,
          adoptCommentId: trigger.adoptCommentId,
          onError,
        })

  if (!cacheWritable) {
    if (shouldHandOff(settings.handoff, cacheWritable, trigger.source, trigger.viaHandoff) && canHandOff(trigger.source)) {
      const issueNumber = trigger.source.kind === 'review_comment' ? trigger.source.pull.number : trigger.source.issue.number
      const kept = new Map<string, string>()
      const progress = progressFor(issueNumber, { get: (k) => kept.get(k), set: (k, v) => void kept.set(k, v) })
      await progress?.start()
      const result = await handOff({
        port: ports,
        run: ctx.run,
        defaultBranch: defaultBranchOf(ctx.eventPayload) ?? 'main',
        source: trigger.source,
        progress,
      })
      if (result.kind === 'failed') throw new Error(result.message)
      log.info(result.message)
      return stop(deps, 'handed-off', result.message)
    }
    log.warning(readOnlyNote)
  }

  const request = await buildRequest(trigger.source, { repo, prompt: settings.prompt }, ports)
  log.info(`Request: ${request.summary}`)
  return {
    kind: 'run',
    prompt: request.prompt,
    ports,
    reactionTarget: request.reactionTarget,
    readOnlyNote,
    progress: (kv) => progressFor(request.issueNumber, kv),
  }
}
