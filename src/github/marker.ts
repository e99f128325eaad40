// The hidden HTML comment that marks the action's own progress comment. One marker per run and
// session key, so a re-run (same run id) finds its comment and a new run posts its own.

const PREFIX = '<!-- agent-resume:'

export function progressMarker(runId: string, sessionKey: string): string {
  // `--` would end the HTML comment early; keys are user input, so keep them inert.
  const safeKey = sessionKey.replace(/-{2,}/g, '-').replace(/>/g, '')
  return `${PREFIX} run=${runId} key=${safeKey} -->`
}

/** True for any comment this action wrote (whatever run), so it never triggers or feeds itself. */
export function hasAnyMarker(body: string): boolean {
  return body.includes(PREFIX)
}
