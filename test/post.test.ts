// The post step in-process, with plain ports: the main→post state contract, the save decision
// (an unchanged database is not saved again), and the guard that keeps post from failing a job.
import { EventEmitter } from 'node:events'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fingerprint } from '../src/cache/session-db.js'
import { State, type InputName } from '../src/constants.js'
import type { Log } from '../src/log.js'
import { guardPost, run } from '../src/post/run.js'
import { MainState, readHandover, type StatePort } from '../src/state.js'
import { openStore } from '../src/store/index.js'
import { tokenlessPorts } from '../src/github/connect.js'
import { inputDefaults } from './support/action-harness.mjs'
import { recordingCache } from './support/ports.js'
import { tempDir } from './support/temp.js'

const dir = tempDir('ar-post-')

function memoryState(): StatePort & { values: Map<string, string> } {
  const values = new Map<string, string>()
  return { values, save: (name, value) => void values.set(name, value), get: (name) => values.get(name) ?? '' }
}

function collectingLog(): Log & { lines: string[] } {
  const lines: string[] = []
  return {
    lines,
    info: (m) => lines.push(m),
    warning: (m) => lines.push(`warning: ${m}`),
    notice: (m) => lines.push(`notice: ${m}`),
    error: (m) => lines.push(`error: ${m}`),
    debug: () => {},
    group: (_name, fn) => fn(),
  }
}

/** A runner for run 77, attempt 2: its workspace and RUNNER_TEMP, and the DB path post derives from them. */
function runner(name: string) {
  const root = join(dir, name)
  const env = {
    GITHUB_REPOSITORY: 'octo/repo',
    GITHUB_RUN_ID: '77',
    GITHUB_RUN_ATTEMPT: '2',
    GITHUB_JOB: 'agent',
    GITHUB_WORKSPACE: join(root, 'workspace'),
    RUNNER_TEMP: join(root, 'temp'),
  }
  mkdirSync(env.GITHUB_WORKSPACE, { recursive: true })
  mkdirSync(env.RUNNER_TEMP, { recursive: true })
  const inputs = inputDefaults({ 'github.token': '' })
  const getInput = (n: InputName) => inputs[n] ?? ''
  return { env, getInput, dbPath: join(env.RUNNER_TEMP, 'agent-resume', 'agent', 'session.db') }
}

function sessionDb(dbPath: string): string {
  const { store } = openStore(dbPath, { warn: () => {} })
  const { id } = store.createSession({ runId: '77', sessionKey: 'agent' })
  store.checkpoint()
  store.close()
  return id
}

const SESSION = 'ses_0123abcd-0000-4000-8000-0123456789ab'
const BASE = 'deadbeef'.repeat(5)

describe('main → post state', () => {
  it('reads back what only main knows', () => {
    const port = memoryState()
    const main = new MainState(port)
    main.begin('/tmp/x/session.db')
    main.restored('ab'.repeat(32))
    main.session(SESSION)
    main.workspace(BASE)
    expect(readHandover(port)).toMatchObject({ thread: undefined, reported: false })
    const reaction = { target: { kind: 'issue_comment' as const, commentId: 2001 }, id: 77 }
    main.thread({ issueNumber: 42, commentId: 9001, reaction })
    main.reported()
    expect(readHandover(port)).toEqual({
      dbPath: '/tmp/x/session.db',
      dbFingerprint: 'ab'.repeat(32),
      sessionId: SESSION,
      workspaceBase: BASE,
      thread: { issueNumber: 42, commentId: 9001, reaction },
      reported: true,
      rejected: [],
    })
    expect([...port.values.keys()].every((k) => (Object.values(State) as string[]).includes(k))).toBe(true)
  })

  it('is undefined when main stopped before it chose a database, and tolerates partial state', () => {
    expect(readHandover(memoryState())).toBeUndefined()
    const port = memoryState()
    new MainState(port).begin('/d.db')
    expect(readHandover(port)).toEqual({ dbPath: '/d.db', dbFingerprint: '', reported: false, rejected: [] })
  })

  it('drops, and names, every value that is not of the shape main writes', () => {
    const port = memoryState()
    new MainState(port).begin('/d.db')
    const forged: Record<string, string> = {
      [State.SessionId]: "ses_x'; DROP TABLE sessions; --",
      [State.WorkspaceBase]: 'HEAD~3',
      [State.DbFingerprint]: 'abc',
      [State.Reported]: 'yes',
      [State.ThreadIssue]: '42',
      [State.ThreadComment]: '9001',
      [State.ThreadReaction]: '{"target":{"kind":"pull","commentId":1},"id":5}',
    }
    for (const [k, v] of Object.entries(forged)) port.values.set(k, v)
    const h = readHandover(port)!
    expect(h).toMatchObject({ sessionId: undefined, workspaceBase: undefined, dbFingerprint: '', reported: false })
    expect(h.thread).toEqual({ issueNumber: 42, commentId: 9001, reaction: undefined })
    expect(h.rejected.sort()).toEqual(
      [State.SessionId, State.WorkspaceBase, State.Reported, State.DbFingerprint, State.ThreadReaction].sort(),
    )
    port.values.set(State.ThreadComment, '-1')
    expect(readHandover(port)!.thread).toBeUndefined()
  })
})

describe('post step', () => {
  it('does not save a database that is unchanged since main restored it', async () => {
    const r = runner('same')
    sessionDb(r.dbPath)
    const state = memoryState()
    new MainState(state).begin(r.dbPath)
    new MainState(state).restored(fingerprint(r.dbPath))
    const cache = recordingCache()
    const log = collectingLog()
    await run({ log, env: r.env, state, getInput: r.getInput, cache, process: new EventEmitter(), github: tokenlessPorts })
    expect(cache.keys).toEqual([])
    expect(log.lines.join('\n')).toContain('unchanged since it was restored: nothing new to save')
  })

  it('saves a changed database under this attempt key, the run and attempt from the run context', async () => {
    const r = runner('changed')
    sessionDb(r.dbPath)
    const state = memoryState()
    new MainState(state).begin(r.dbPath)
    new MainState(state).restored('0'.repeat(64))
    const cache = recordingCache()
    const log = collectingLog()
    await run({ log, env: r.env, state, getInput: r.getInput, cache, process: new EventEmitter(), github: tokenlessPorts })
    expect(cache.keys).toEqual(['agent-resume-77-agent-2-'])
    expect(log.lines.filter((l) => l.startsWith('warning'))).toEqual([])
  })

  it('does nothing when main handed over no state (a skipped or refused event)', async () => {
    const cache = recordingCache()
    const log = collectingLog()
    await run({ log, env: {}, state: memoryState(), getInput: () => '', cache, process: new EventEmitter(), github: tokenlessPorts })
    expect(cache.keys).toEqual([])
    expect(log.lines).toEqual(['Main stopped before it opened a session database: nothing to save.'])
  })

  it('does nothing but warn when the inputs are invalid', async () => {
    const r = runner('bad-inputs')
    sessionDb(r.dbPath)
    const state = memoryState()
    new MainState(state).begin(r.dbPath)
    const cache = recordingCache()
    const log = collectingLog()
    const getInput = (n: InputName) => (n === 'working-directory' ? '../elsewhere' : r.getInput(n))
    await run({ log, env: r.env, state, getInput, cache, process: new EventEmitter(), github: tokenlessPorts })
    expect(cache.keys).toEqual([])
    expect(log.lines).toHaveLength(1)
    expect(log.lines[0]).toMatch(/^warning: The post step did nothing: Input 'working-directory' is invalid: /)
  })

  it('guard: an uncaught exception or unhandled rejection becomes a warning', () => {
    const proc = new EventEmitter()
    const log = collectingLog()
    guardPost(proc, log)
    proc.emit('uncaughtException', new Error('socket hang up'))
    proc.emit('unhandledRejection', 'late rejection')
    expect(log.lines).toEqual([
      'warning: The post step hit an unexpected error and carried on: socket hang up',
      'warning: The post step hit an unexpected error and carried on: late rejection',
    ])
  })
})
