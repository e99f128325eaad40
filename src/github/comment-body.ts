// The progress comment's text, rendered from a plain view and read back on the next attempt.
// Two hidden lines carry what a later attempt needs: the run marker (to find the comment) and
// the state of the attempt that last wrote it (to tell "failed" from "vanished"). Earlier
// attempts' outcomes live in a history list between hidden delimiters, so they survive rewrites.
import { ellipsize } from '../text.js'
import { clip } from './fence.js'
import { progressMarker } from './marker.js'

export type ProgressStatus = 'working' | 'done' | 'failed' | 'handed-off' | 'interrupted' | 'cancelled'

export interface ProgressView {
  runId: string
  sessionKey: string
  attempt: number
  attemptUrl: string
  status: ProgressStatus
  /** Step the session resumed after; absent on a fresh start. */
  resumedAfterStep?: number | undefined
  /** One line under the headline about the conversation this run continues (src/main/thread.ts). */
  context?: string | undefined
  /** Main text: progress line, final answer, failure explanation. */
  text: string
  /** One line per attempt that ended (historyLine), oldest first; carried across attempts. */
  history: string[]
  /**
   * Hidden lines of other runs kept as they were: the marker of the run that handed off to this
   * one (so a re-run of it finds the comment) and the hand-off records.
   */
  kept?: readonly string[]
}

const STATE_RE = /<!-- agent-resume-state run=(\d+) attempt=(\d+) status=([a-z-]+) -->/
const HISTORY_START = '<!-- agent-resume-history -->'
const HISTORY_END = '<!-- /agent-resume-history -->'
// GitHub rejects comment bodies over 65,536 characters; leave room for the frame.
const MAX_TEXT = 60_000

const HEADLINE: Record<ProgressStatus, string> = {
  working: '⏳ Working',
  done: '✅ Done',
  failed: '❌ Failed',
  'handed-off': '↪️ Handed off',
  interrupted: '⏸ Interrupted',
  cancelled: '⏹ Cancelled',
}

const STATUSES = Object.keys(HEADLINE) as ProgressStatus[]

const HANDOFF_RE = /<!-- agent-resume-handoff from=(\d+) url=(\S*) -->/g
const MARKER_LINE_RE = /^<!-- agent-resume: run=\d+ key=\S+ -->$/
const HANDOFF_LINE_RE = /^<!-- agent-resume-handoff from=\d+ url=\S* -->$/

/** The hidden line that records a hand-off from run `from` to the run at `url` ('' when unknown). */
export function handoffRecord(from: string, url: string | undefined): string {
  return `<!-- agent-resume-handoff from=${from} url=${(url ?? '').replace(/\s|-->/g, '')} -->`
}

/** The hand-offs recorded in a body: from which run, to which URL ('' when unknown). */
export function handoffsIn(body: string): Array<{ from: string; url: string }> {
  return [...body.matchAll(HANDOFF_RE)].map((m) => ({ from: m[1]!, url: m[2]! }))
}

/** The hidden lines of a body a later writer keeps: run markers other than `own`, hand-off records. */
export function keptLines(body: string, own: string): string[] {
  return body.split('\n').filter((l) => (MARKER_LINE_RE.test(l) && l !== own) || HANDOFF_LINE_RE.test(l))
}

export function attemptLabel(attempt: number, resumedAfterStep: number | undefined): string {
  if (resumedAfterStep !== undefined && resumedAfterStep > 0) return `attempt ${attempt} — resumed after step ${resumedAfterStep}`
  if (attempt > 1) return `attempt ${attempt} — starting over`
  return `attempt ${attempt}`
}

export function renderProgressBody(view: ProgressView): string {
  const own = progressMarker(view.runId, view.sessionKey)
  const lines = [
    own,
    ...(view.kept ?? []).filter((l) => l !== own),
    `<!-- agent-resume-state run=${view.runId} attempt=${view.attempt} status=${view.status} -->`,
    `**${HEADLINE[view.status]}** · ${attemptLabel(view.attempt, view.resumedAfterStep)} · [run ${view.runId}, attempt ${view.attempt}](${view.attemptUrl})`,
    ...(view.context ? ['', view.context] : []),
    '',
    clip(view.text.trim(), MAX_TEXT),
  ]
  if (view.history.length) {
    lines.push('', '<details><summary>Attempt history</summary>', '', HISTORY_START, ...view.history, HISTORY_END, '', '</details>')
  }
  return lines.join('\n')
}

export interface ParsedBody {
  runId?: string
  attempt?: number
  status?: ProgressStatus
  history: string[]
}

export function parseProgressBody(body: string): ParsedBody {
  const state = STATE_RE.exec(body)
  const start = body.indexOf(HISTORY_START)
  const end = body.indexOf(HISTORY_END)
  const history =
    start >= 0 && end > start
      ? body
          .slice(start + HISTORY_START.length, end)
          .split('\n')
          .filter((l) => l.trim() !== '')
      : []
  const status = state?.[3]
  return {
    ...(state?.[1] ? { runId: state[1] } : {}),
    ...(state?.[2] ? { attempt: Number(state[2]) } : {}),
    ...(STATUSES.includes(status as ProgressStatus) ? { status: status as ProgressStatus } : {}),
    history,
  }
}

/** The history key of one attempt; the run id keeps a hand-off's lines apart from the next run's. */
export function historyPrefix(runId: string, attempt: number): string {
  return `- Attempt ${attempt} of run ${runId}:`
}

/** First line of an error, trimmed to one readable sentence's length. */
export function briefReason(reason: string, max = 300): string {
  const first =
    reason
      .split('\n')
      .find((l) => l.trim() !== '')
      ?.trim() ?? 'unknown error'
  return ellipsize(first, max)
}
