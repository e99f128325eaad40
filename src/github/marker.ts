// The hidden HTML comment that marks the action's own progress comment. One marker per run and
// session key, so a re-run (same run id) finds its comment and a new run posts its own.

import { encodeSegment } from '../text.js'

const PREFIX = '<!-- agent-resume:'

export function progressMarker(runId: string, sessionKey: string): string {
  // Keys are user input: encoded, they cannot end the HTML comment (no `--`, no `>`), and two
  // keys never share a marker.
  return `${PREFIX} run=${runId} key=${encodeSegment(sessionKey)} -->`
}

/** True for any comment this action wrote (whatever run), so it never triggers or feeds itself. */
export function hasAnyMarker(body: string): boolean {
  return body.includes(PREFIX)
}
