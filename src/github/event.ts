// Should this event run the agent? A pure decision over the normalised source (payload.ts) and
// the `trigger` / `prompt` inputs. Comment events need the trigger phrase; issue and pull request
// events run when the workflow gave a `prompt` or the author asked with the phrase; manual events
// (workflow_dispatch, schedule, push, …) carry no request of their own, so `prompt` is required.
import { Inputs } from '../constants.js'
import { containsTrigger } from './address.js'
import { hasAnyMarker } from './marker.js'
import type { RunnableSource, TriggerSource } from './types.js'

export interface TriggerSettings {
  /** The phrase that summons the agent in a comment, e.g. "/agent". Empty: every comment does. */
  trigger: string
  /** The `prompt` input; when set it replaces the request derived from the event. */
  prompt?: string | undefined
  /** Logins whose comments never trigger (the token's own identity). */
  selfLogins?: readonly string[]
}

export type RunDecision =
  | { kind: 'run'; source: RunnableSource; actor: string }
  /** `notice`: worth an annotation (an event the workflow sends but the action does not handle). */
  | { kind: 'skip'; reason: string; notice?: boolean }
  | { kind: 'error'; message: string }

/** GITHUB_TOKEN writes as this bot; its comments are the action's own. */
export const DEFAULT_SELF_LOGINS = ['github-actions[bot]'] as const

const ISSUE_ACTIONS_WITHOUT_PHRASE = new Set(['assigned', 'labeled'])
const ISSUE_ACTIONS = new Set(['opened', 'reopened', 'assigned', 'labeled'])
const PULL_ACTIONS = new Set(['opened', 'reopened', 'synchronize', 'ready_for_review'])

const hasPrompt = (s: TriggerSettings): boolean => (s.prompt ?? '').trim() !== ''

export function decideRun(source: TriggerSource, settings: TriggerSettings): RunDecision {
  const selfLogins = new Set((settings.selfLogins ?? DEFAULT_SELF_LOGINS).map((l) => l.toLowerCase()))
  const phrase = settings.trigger.trim()
  switch (source.kind) {
    case 'handoff':
      return { kind: 'error', message: 'internal: a hand-off source must be resolved (resolveHandoff) before deciding.' }
    case 'issue_comment':
    case 'review_comment': {
      const { comment } = source
      if (source.action !== 'created') return { kind: 'skip', reason: `comment was ${source.action || 'changed'}, not created` }
      if (selfLogins.has(comment.author.toLowerCase()) || hasAnyMarker(comment.body)) {
        return { kind: 'skip', reason: `comment ${comment.id} was written by this action (@${comment.author})` }
      }
      if (!containsTrigger(comment.body, phrase)) {
        return { kind: 'skip', reason: `comment ${comment.id} does not contain the trigger phrase "${phrase}"` }
      }
      return { kind: 'run', source, actor: source.actor }
    }
    case 'review': {
      const { review, pull } = source
      // A review is "submitted" once; edits and dismissals are not new requests.
      if (source.action !== 'submitted') return { kind: 'skip', reason: `review was ${source.action || 'changed'}, not submitted` }
      if (selfLogins.has(review.author.toLowerCase()) || hasAnyMarker(review.body)) {
        return { kind: 'skip', reason: `review ${review.id} was written by this action (@${review.author})` }
      }
      if (!containsTrigger(review.body, phrase)) {
        return {
          kind: 'skip',
          reason: `review ${review.id} on pull request #${pull.number} does not contain the trigger phrase "${phrase}"`,
        }
      }
      return { kind: 'run', source, actor: source.actor }
    }
    case 'unsupported':
      return { kind: 'skip', reason: source.reason, notice: true }
    case 'issue': {
      const { issue, action } = source
      if (!ISSUE_ACTIONS.has(action))
        return { kind: 'skip', reason: `issues.${action} is not handled (opened, reopened, assigned, labeled are)` }
      if (hasPrompt(settings) || ISSUE_ACTIONS_WITHOUT_PHRASE.has(action)) return { kind: 'run', source, actor: source.actor }
      if (containsTrigger(`${issue.title}\n${issue.body}`, phrase)) return { kind: 'run', source, actor: source.actor }
      return {
        kind: 'skip',
        reason: `issue #${issue.number} does not contain the trigger phrase "${phrase}" and no "${Inputs.Prompt}" input was given`,
      }
    }
    case 'pull_request': {
      const { pull, action } = source
      if (!PULL_ACTIONS.has(action))
        return { kind: 'skip', reason: `pull_request.${action} is not handled (opened, reopened, synchronize, ready_for_review are)` }
      if (hasPrompt(settings) || containsTrigger(`${pull.title}\n${pull.body}`, phrase)) return { kind: 'run', source, actor: source.actor }
      return {
        kind: 'skip',
        reason: `pull request #${pull.number} has no "${Inputs.Prompt}" input and no trigger phrase "${phrase}" in its description`,
      }
    }
    case 'manual':
      if (hasPrompt(settings)) return { kind: 'run', source, actor: source.actor }
      return {
        kind: 'error',
        message: `Input "${Inputs.Prompt}" is required for ${source.eventName} events: there is no issue or comment to take the request from.`,
      }
  }
}
