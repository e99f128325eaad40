// What the agent is told: the system prompt on every call, and the continuation nudge a
// resumed attempt adds after the restored conversation.
import type { RestoredFiles } from '../workspace/restore.js'

/** Most paths named per list; the rest are counted (the nudge is sent on every later call). */
const MAX_PATHS = 40

function listPaths(paths: readonly string[]): string {
  const shown = paths.slice(0, MAX_PATHS).map((p) => `- ${p}`)
  if (paths.length > MAX_PATHS) shown.push(`- … and ${paths.length - MAX_PATHS} more`)
  return shown.join('\n')
}

/** The workspace paragraph of the nudge: what the model can trust on disk, and what not. */
export function describeRestore(report: RestoredFiles | undefined): string {
  if (!report) {
    return 'The workspace could not be restored from the previous attempt: files you changed before may be missing. Check the files you rely on before continuing.'
  }
  const parts: string[] = []
  if (report.note !== undefined && report.note.trim() !== '') parts.push(report.note.trim())
  const restored = [...report.restored, ...(report.alreadyPresent ?? [])]
  if (restored.length > 0) {
    parts.push(`Your changes to these files are in the workspace again:\n${listPaths(restored)}`)
  } else if (report.failed.length === 0 && (report.conflicts ?? []).length === 0) {
    parts.push('There were no file changes to restore.')
  }
  if ((report.conflicts ?? []).length > 0) {
    parts.push(`These files were merged with conflict markers left in them; resolve them first:\n${listPaths(report.conflicts ?? [])}`)
  }
  if (report.failed.length > 0) {
    const failed = report.failed.map((path) => {
      const why = report.errors?.[path]
      return why ? `${path} (${why.split('\n')[0]})` : path
    })
    parts.push(
      `These files could NOT be restored; their content is not what you left (redo those changes if they are still needed):\n${listPaths(failed)}`,
    )
  }
  return parts.join('\n\n')
}

export interface ContinuationOptions {
  /** The `continue-prompt` input; replaces the default wording when not empty. */
  continuePrompt?: string
  restore?: RestoredFiles | undefined
  /** The attempt that was interrupted, when known (named in the message). */
  previousAttempt?: number | undefined
}

/**
 * The nudge for a resumed session. The workspace report is always appended, also to a
 * custom `continue-prompt`: it is a fact about the disk the model cannot see otherwise.
 */
export function continuationPrompt(options: ContinuationOptions = {}): string {
  const custom = options.continuePrompt?.trim() ?? ''
  const which = options.previousAttempt !== undefined ? ` (attempt ${options.previousAttempt})` : ''
  const head =
    custom !== ''
      ? custom
      : `The previous attempt${which} of this job was interrupted before you finished, and this is a new attempt on a fresh machine. ` +
        'The conversation above is everything that happened so far. Continue the task from where it stopped: ' +
        "don't redo work that is already finished, and check the state of anything that was in progress. " +
        'A tool call marked as interrupted did not complete; run it again only if it is still needed.'
  return `${head}\n\n${describeRestore(options.restore)}`
}

export interface SystemPromptOptions {
  workspaceRoot: string
  toolNames: readonly string[]
  bashTimeoutSeconds: number
  maxSteps: number
  /** `owner/name`, when known. */
  repository?: string | undefined
  /** The action delivers the work tree's changes when the agent finishes (the `deliver` input is not none). */
  delivers?: boolean
  /** The repository's instructions, fenced (src/agent/instructions.ts); '' or absent: none. */
  repositoryInstructions?: string
  /** The `instructions` input: the workflow author's own text, appended last. */
  instructions?: string
}

/** What the tools paragraph says: only the tools the agent has, and the rules that concern them. */
function describeTools(names: readonly string[], bashTimeoutSeconds: number): string {
  const has = (name: string) => names.includes(name)
  const lines = [names.length > 0 ? `Tools: ${names.join(', ')}.` : 'You have no tools: answer from what you are told.']
  if (has('edit_file')) lines.push('Read a file before editing it; edit_file needs the exact current text.')
  if (has('bash')) {
    lines.push(`bash commands run in the workspace root, non-interactively, and are killed after ${bashTimeoutSeconds} seconds.`)
  }
  if (!has('write_file') && !has('edit_file') && !has('bash')) lines.push('You cannot change files in this job: report what you find.')
  return lines.join(' ')
}

export function systemPrompt(options: SystemPromptOptions): string {
  return [
    'You are a coding agent running non-interactively in a GitHub Actions job. Nobody can answer questions: make reasonable decisions and finish the task.',
    `Working directory (the workspace root): ${options.workspaceRoot}${options.repository ? `, a checkout of ${options.repository}` : ''}. All file paths are relative to it; you cannot reach files outside it.`,
    describeTools(options.toolNames, options.bashTimeoutSeconds),
    `You have at most ${options.maxSteps} steps (model calls) in this attempt, so work efficiently: prefer a few well-aimed tool calls, and call several independent tools in one step.`,
    options.delivers
      ? 'Do not commit, push or open pull requests yourself: when you finish, the action commits the changes you leave in the work tree and delivers them (a pull request or a push), so leave only changes that belong there. Never print or write secrets.'
      : 'Do not commit, push or open pull requests unless the task asks for it. Never print or write secrets.',
    'Be concise. When the task is done, reply with a short summary of what you changed and anything left undone; that reply ends the session.',
    ...(options.repositoryInstructions ? [options.repositoryInstructions] : []),
    ...(options.instructions?.trim() ? [`Instructions from the workflow that runs you:\n\n${options.instructions.trim()}`] : []),
  ].join('\n\n')
}
