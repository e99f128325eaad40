// The one contract between main and the post step: what main hands over through GITHUB_STATE and
// post reads back as STATE_<name> (docs/design.md §4), typed in one place, as actions/checkout's
// state-helper.ts does. No other module calls saveState or getState.
import * as core from '@actions/core'
import type { CacheAccess } from './cache/token.js'
import { State } from './constants.js'
import type { ReactionTarget } from './github/types.js'

/** The runner's state file, behind a port: @actions/core in production, a Map in tests. */
export interface StatePort {
  save(name: string, value: string): void
  /** '' when main never saved the name. */
  get(name: string): string
}

export const coreState: StatePort = {
  save: (name, value) => core.saveState(name, value),
  get: (name) => core.getState(name),
}

/**
 * What post works with. The DB path, the run, the session key, the cache settings and the
 * workspace root are derived by post from its own inputs and the run context, exactly as main
 * derived them (src/post/run.ts): never read back from the state file, which the agent's commands
 * could write to. Only what main alone knows comes from the Handover.
 */
export interface PostState {
  dbPath: string
  runId: string
  attempt: number
  sessionKey: string
  /** The `cache` input. */
  cacheEnabled: boolean
  cacheAccess: CacheAccess
  /** sha256 of the DB as restored ('' when nothing was restored): an unchanged file is not saved again. */
  dbFingerprint: string
  /** Absent when main stopped before it opened the session. */
  sessionId?: string | undefined
  /** The repository and HEAD when the agent started; absent when it is not a git work tree. */
  workspace?: { root: string; base: string } | undefined
  /** The progress comment (and 👀) main was keeping up to date; absent without one. */
  thread?: ThreadState | undefined
  /** Main wrote the attempt's outcome to the thread (it was not killed before it could). */
  reported: boolean
}

export interface ThreadState {
  issueNumber: number
  commentId: number
  reaction?: { target: ReactionTarget; id: number } | undefined
}

/**
 * What only main can know, as read back: every value checked for the shape main writes and
 * dropped (named in `rejected`) when it has another. None of it names a file or a cache key.
 */
export interface Handover {
  /** The DB path main recorded: post derives its own and only compares the two. */
  dbPath: string
  /** '' or a sha256 in hex. */
  dbFingerprint: string
  /** `ses_<uuid>`; post still checks the DB it opened holds it for this run. */
  sessionId?: string | undefined
  /** A 40- or 64-hex object id; post still checks it is a commit of the repository. */
  workspaceBase?: string | undefined
  thread?: ThreadState | undefined
  reported: boolean
  /** State names whose value was not of the shape main writes, and was ignored. */
  rejected: string[]
}

/** Main's side: each call saves one stage's facts as soon as they are known. */
export class MainState {
  constructor(private readonly port: StatePort = coreState) {}

  /** Saved first, before any download: tells post that main began (post derives the path itself). */
  begin(dbPath: string): void {
    this.port.save(State.DbPath, dbPath)
  }

  restored(dbFingerprint: string | undefined): void {
    this.port.save(State.DbFingerprint, dbFingerprint ?? '')
  }

  session(sessionId: string): void {
    this.port.save(State.SessionId, sessionId)
  }

  workspace(base: string): void {
    this.port.save(State.WorkspaceBase, base)
  }

  thread(t: ThreadState): void {
    this.port.save(State.ThreadIssue, String(t.issueNumber))
    this.port.save(State.ThreadComment, String(t.commentId))
    this.port.save(State.ThreadReaction, t.reaction ? JSON.stringify(t.reaction) : '')
  }

  reported(): void {
    this.port.save(State.Reported, 'true')
  }
}

const SESSION_ID = /^ses_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
const OBJECT_ID = /^([0-9a-f]{40}|[0-9a-f]{64})$/
const SHA256 = /^[0-9a-f]{64}$/

/** Post's side: what main handed over, or undefined when main stopped before it chose a database. */
export function readHandover(port: StatePort = coreState): Handover | undefined {
  const dbPath = port.get(State.DbPath)
  if (dbPath === '') return undefined
  const rejected: string[] = []
  /** The value when it has the shape, '' when absent; a value of another shape is dropped and named. */
  const read = (name: string, ok: (v: string) => boolean): string => {
    const v = port.get(name)
    if (v === '' || ok(v)) return v
    rejected.push(name)
    return ''
  }
  const sessionId = read(State.SessionId, (v) => SESSION_ID.test(v))
  const base = read(State.WorkspaceBase, (v) => OBJECT_ID.test(v))
  const reported = read(State.Reported, (v) => v === 'true')
  return {
    dbPath,
    dbFingerprint: read(State.DbFingerprint, (v) => SHA256.test(v)),
    sessionId: sessionId === '' ? undefined : sessionId,
    workspaceBase: base === '' ? undefined : base,
    thread: readThread(port, rejected),
    reported: reported === 'true',
    rejected,
  }
}

const positive = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v > 0
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

function readThread(port: StatePort, rejected: string[]): ThreadState | undefined {
  const [issue, comment, rawReaction] = [port.get(State.ThreadIssue), port.get(State.ThreadComment), port.get(State.ThreadReaction)]
  if (issue === '' && comment === '' && rawReaction === '') return undefined
  const issueNumber = /^\d{1,15}$/.test(issue) ? Number(issue) : NaN
  const commentId = /^\d{1,15}$/.test(comment) ? Number(comment) : NaN
  if (!positive(issueNumber) || !positive(commentId)) {
    rejected.push(State.ThreadIssue, State.ThreadComment)
    return undefined
  }
  if (rawReaction === '') return { issueNumber, commentId }
  const reaction = parseReaction(rawReaction)
  if (!reaction) rejected.push(State.ThreadReaction)
  return { issueNumber, commentId, reaction }
}

/** The 👀 reaction as main wrote it: a known target kind with a positive number, and a positive id. */
function parseReaction(raw: string): ThreadState['reaction'] {
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    return undefined
  }
  if (!isRecord(value) || !positive(value.id) || !isRecord(value.target)) return undefined
  const t = value.target
  if (t.kind === 'issue' && positive(t.issueNumber)) return { target: { kind: 'issue', issueNumber: t.issueNumber }, id: value.id }
  if ((t.kind === 'issue_comment' || t.kind === 'review_comment') && positive(t.commentId)) {
    return { target: { kind: t.kind, commentId: t.commentId }, id: value.id }
  }
  return undefined
}
