// Octokit's RequestError carries the HTTP status; checked structurally so decisions don't import
// Octokit (and tests can throw plain objects shaped the same way).
export function hasStatus(err: unknown, status: number): boolean {
  return typeof err === 'object' && err !== null && 'status' in err && err.status === status
}
