// Who may spend the repository's model budget: people with write, maintain or admin on the
// repository (the collaborator permission API), widened by `allowed-users` and `allowed-bots`.
// Bots are never looked up: GitHub Apps are not users (the API answers 404), so a bot runs the
// agent only when named in `allowed-bots` (or `*`). The gate runs before any model call. A
// lookup that gets no answer (after the Octokit retries) throws: the step fails, re-runnably.
import { Inputs } from '../constants.js'
import { describeGitHubError, statusOf } from './errors.js'
import type { PermissionPort } from './ports.js'
import type { RepoRef } from './types.js'

export interface GateSettings {
  /** `allowed-users`: logins (comma or newline separated), `*` for anyone. */
  allowedUsers: string | readonly string[]
  /** `allowed-bots`: bot logins with or without the `[bot]` suffix, `*` for any bot. */
  allowedBots: string | readonly string[]
}

export type GateResult = { allowed: true; reason: string } | { allowed: false; message: string }

const WRITE_PERMISSIONS = new Set(['admin', 'write'])
// `permission` folds maintain into write; role_name keeps it (and custom roles keep their name).
const WRITE_ROLES = new Set(['admin', 'maintain', 'write'])

/** "a, @b\nc" → ["a", "b", "c"]; lower-cased, since logins are case-insensitive. */
export function parseList(value: string | readonly string[]): string[] {
  const items = typeof value === 'string' ? value.split(/[,\n]/) : value
  return items.map((v) => v.trim().replace(/^@/, '').toLowerCase()).filter((v) => v !== '')
}

export function isBotLogin(login: string): boolean {
  return /\[bot\]$/i.test(login)
}

const stripBot = (login: string): string => login.replace(/\[bot\]$/i, '')

/** The failed step's message: who, where, what GitHub said, and what to do. */
function permissionCheckFailed(login: string, where: string, err: unknown): string {
  const status = statusOf(err)
  const what = `Could not check @${login}'s permission on ${where}: ${describeGitHubError(err)}.`
  if (status === 401 || status === 403) {
    const limited = status === 403 && /rate limit/i.test(describeGitHubError(err))
    if (!limited) {
      return `${what} The agent was not run. GitHub refused the token: check the "${Inputs.GithubToken}" input (its default is the job's GITHUB_TOKEN), then re-run the job.`
    }
  }
  return `${what} The agent was not run; re-run the job to try again.`
}

export async function checkActor(actor: string, settings: GateSettings, port: PermissionPort, repo: RepoRef): Promise<GateResult> {
  const login = actor.trim()
  const where = `${repo.owner}/${repo.repo}`
  if (!login) return { allowed: false, message: 'The triggering actor is unknown, so the agent was not run.' }

  if (isBotLogin(login)) {
    const bots = parseList(settings.allowedBots)
    if (bots.includes('*') || bots.some((b) => stripBot(b) === stripBot(login).toLowerCase())) {
      return { allowed: true, reason: `@${login} is listed in ${Inputs.AllowedBots}` }
    }
    return {
      allowed: false,
      message: `@${login} is a bot and is not listed in "${Inputs.AllowedBots}", so the agent was not run. Add it there to let it trigger the agent.`,
    }
  }

  const users = parseList(settings.allowedUsers)
  if (users.includes('*')) return { allowed: true, reason: `"${Inputs.AllowedUsers}" allows everyone` }
  if (users.includes(login.toLowerCase())) return { allowed: true, reason: `@${login} is listed in ${Inputs.AllowedUsers}` }

  let found: { permission: string; roleName: string } | undefined
  try {
    found = await port.getPermission(login)
  } catch (err) {
    // Only a definite answer refuses (a permission, or 404: not a user). Anything else (a 5xx or
    // a network error that outlived the retries, a token GitHub refuses) proves nothing about
    // the actor: the step fails, and a re-run asks again. The agent is not run either way.
    throw new Error(permissionCheckFailed(login, where, err), { cause: err })
  }
  if (found && (WRITE_PERMISSIONS.has(found.permission) || WRITE_ROLES.has(found.roleName))) {
    return { allowed: true, reason: `@${login} has ${found.roleName || found.permission} permission on ${where}` }
  }
  const has = found ? `has ${found.roleName || found.permission} permission` : 'is not a collaborator'
  return {
    allowed: false,
    message: `@${login} ${has} on ${where}; running the agent needs write, maintain or admin. A maintainer can add the login to "${Inputs.AllowedUsers}".`,
  }
}
