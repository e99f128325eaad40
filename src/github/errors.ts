import { errorMessage, type Log } from '../log.js'
import { headChars } from '../text.js'

// Octokit's RequestError carries the HTTP status; checked structurally so decisions don't import
// Octokit (and tests can throw plain objects shaped the same way).
export function hasStatus(err: unknown, status: number): boolean {
  return typeof err === 'object' && err !== null && 'status' in err && err.status === status
}

/** The HTTP status GitHub answered with, if the error carries one. */
export function statusOf(err: unknown): number | undefined {
  if (typeof err !== 'object' || err === null || !('status' in err)) return undefined
  return typeof err.status === 'number' ? err.status : undefined
}

const MAX_CAUSE = 300

/**
 * One line saying what a failed GitHub call got: "GitHub answered 502 (Bad Gateway)", or "GitHub did
 * not answer (…)". Octokit reports a network error as status 500 with no response, and a 5xx
 * from a proxy or load balancer can carry a whole HTML page as its message: that is left out.
 */
export function describeGitHubError(err: unknown): string {
  const status = statusOf(err)
  const response = typeof err === 'object' && err !== null && 'response' in err ? err.response : undefined
  const raw = typeof err === 'object' && err !== null && 'message' in err && typeof err.message === 'string' ? err.message : String(err)
  let message = raw.replace(/\s+-\s+https:\/\/docs\.github\.com\/\S*$/, '')
  if (/^\s*</.test(message)) message = ''
  message = (message.split('\n').find((l) => l.trim() !== '') ?? '').trim()
  if (message.length > MAX_CAUSE) message = `${headChars(message, MAX_CAUSE)}…`
  if (status === undefined) return message || 'an unknown error'
  if (status === 500 && response === undefined) return `GitHub did not answer${message ? ` (${message})` : ''}`
  return message ? `GitHub answered ${status} (${message})` : `GitHub answered ${status}`
}

/**
 * An error handler for a GitHub call that must not stop the run (a comment, a reaction): it
 * logs a warning naming what failed. `what` overrides `during` for one call.
 */
export function warnOnError(log: Pick<Log, 'warning'>, during: string) {
  return (error: unknown, what: string = during): void => log.warning(`GitHub: ${what} failed: ${errorMessage(error)}`)
}
