import { errorMessage, type Log } from '../log.js'

// Octokit's RequestError carries the HTTP status; checked structurally so decisions don't import
// Octokit (and tests can throw plain objects shaped the same way).
export function hasStatus(err: unknown, status: number): boolean {
  return typeof err === 'object' && err !== null && 'status' in err && err.status === status
}

/**
 * An error handler for a GitHub call that must not stop the run (a comment, a reaction): it
 * logs a warning naming what failed. `what` overrides `during` for one call.
 */
export function warnOnError(log: Pick<Log, 'warning'>, during: string) {
  return (error: unknown, what: string = during): void => log.warning(`GitHub: ${what} failed: ${errorMessage(error)}`)
}
