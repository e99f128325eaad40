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

/** What post needs to capture and save the session main worked on. */
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

/** Main's side: each call saves one stage's facts as soon as they are known. */
export class MainState {
  constructor(private readonly port: StatePort = coreState) {}

  /** Saved first, before any download, so post finds the DB even if main is killed a moment later. */
  begin(s: Pick<PostState, 'dbPath' | 'runId' | 'attempt' | 'sessionKey' | 'cacheEnabled' | 'cacheAccess'>): void {
    this.port.save(State.DbPath, s.dbPath)
    this.port.save(State.RunId, s.runId)
    this.port.save(State.Attempt, String(s.attempt))
    this.port.save(State.SessionKey, s.sessionKey)
    this.port.save(State.CacheEnabled, String(s.cacheEnabled))
    this.port.save(State.CacheAccess, s.cacheAccess)
  }

  restored(dbFingerprint: string | undefined): void {
    this.port.save(State.DbFingerprint, dbFingerprint ?? '')
  }

  session(sessionId: string): void {
    this.port.save(State.SessionId, sessionId)
  }

  workspace(root: string, base: string): void {
    this.port.save(State.WorkspaceRoot, root)
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

const ACCESS: readonly CacheAccess[] = ['writable', 'read-only', 'unknown']

/** Post's side: what main saved, or undefined when main stopped before it chose a database. */
export function readPostState(port: StatePort = coreState): PostState | undefined {
  const dbPath = port.get(State.DbPath)
  if (dbPath === '') return undefined
  const access = port.get(State.CacheAccess) as CacheAccess
  const attempt = Number.parseInt(port.get(State.Attempt), 10)
  const sessionId = port.get(State.SessionId)
  const root = port.get(State.WorkspaceRoot)
  const base = port.get(State.WorkspaceBase)
  return {
    dbPath,
    runId: port.get(State.RunId),
    attempt: Number.isFinite(attempt) && attempt > 0 ? attempt : 1,
    sessionKey: port.get(State.SessionKey),
    cacheEnabled: port.get(State.CacheEnabled) === 'true',
    cacheAccess: ACCESS.includes(access) ? access : 'unknown',
    dbFingerprint: port.get(State.DbFingerprint),
    sessionId: sessionId === '' ? undefined : sessionId,
    workspace: root !== '' && base !== '' ? { root, base } : undefined,
    thread: readThread(port),
    reported: port.get(State.Reported) === 'true',
  }
}

function readThread(port: StatePort): ThreadState | undefined {
  const issueNumber = Number(port.get(State.ThreadIssue))
  const commentId = Number(port.get(State.ThreadComment))
  if (!Number.isInteger(issueNumber) || issueNumber <= 0 || !Number.isInteger(commentId) || commentId <= 0) return undefined
  let reaction: ThreadState['reaction']
  try {
    const raw = port.get(State.ThreadReaction)
    reaction = raw === '' ? undefined : (JSON.parse(raw) as ThreadState['reaction'])
  } catch {
    reaction = undefined
  }
  return { issueNumber, commentId, reaction }
}
