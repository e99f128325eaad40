// The post step in-process, with plain ports: the main→post state contract, the save decision
// (an unchanged database is not saved again), and the guard that keeps post from failing a job.
import { EventEmitter } from 'node:events'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fingerprint } from '../src/cache/session-db.js'
import { State } from '../src/constants.js'
import type { Log } from '../src/log.js'
import { guardPost, run } from '../src/post/run.js'
import { MainState, readPostState, type StatePort } from '../src/state.js'
import { openStore } from '../src/store/index.js'
import { tokenlessPorts } from '../src/github/connect.js'
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

function sessionDb(name: string): string {
  const dbPath = join(dir, `${name}.db`)
  const { store } = openStore(dbPath, { warn: () => {} })
  store.createSession({ runId: '77', sessionKey: 'agent' })
  store.checkpoint()
  store.close()
  return dbPath
}

const begin = (dbPath: string) => ({
  dbPath,
  runId: '77',
  attempt: 2,
  sessionKey: 'agent',
  cacheEnabled: true,
  cacheAccess: 'writable' as const,
})

describe('main → post state', () => {
  it('reads back what main saved, run id and attempt included', () => {
    const port = memoryState()
    const main = new MainState(port)
    main.begin(begin('/tmp/x/session.db'))
    main.restored('abc')
    main.session('s-1')
    main.workspace('/w', 'deadbeef')
    expect(readPostState(port)).toMatchObject({ thread: undefined, reported: false })
    const reaction = { target: { kind: 'issue_comment' as const, commentId: 2001 }, id: 77 }
    main.thread({ issueNumber: 42, commentId: 9001, reaction })
    main.reported()
    expect(readPostState(port)).toEqual({
      ...begin('/tmp/x/session.db'),
      dbFingerprint: 'abc',
      sessionId: 's-1',
      workspace: { root: '/w', base: 'deadbeef' },
      thread: { issueNumber: 42, commentId: 9001, reaction },
      reported: true,
    })
    expect([...port.values.keys()].every((k) => (Object.values(State) as string[]).includes(k))).toBe(true)
  })

  it('is undefined when main stopped before it chose a database, and tolerates partial state', () => {
    expect(readPostState(memoryState())).toBeUndefined()
    const port = memoryState()
    new MainState(port).begin(begin('/d.db'))
    port.values.set(State.CacheAccess, 'something-new')
    expect(readPostState(port)).toMatchObject({ cacheAccess: 'unknown', dbFingerprint: '', sessionId: undefined, workspace: undefined })
  })
})

describe('post step', () => {
  it('does not save a database that is unchanged since main restored it', async () => {
    const dbPath = sessionDb('same')
    const state = memoryState()
    new MainState(state).begin(begin(dbPath))
    new MainState(state).restored(fingerprint(dbPath))
    const cache = recordingCache()
    const log = collectingLog()
    await run({ log, env: {}, state, getInput: () => '', cache, process: new EventEmitter(), github: tokenlessPorts })
    expect(cache.keys).toEqual([])
    expect(log.lines.join('\n')).toContain('unchanged since it was restored: nothing new to save')
  })

  it('saves a changed database under this attempt key', async () => {
    const dbPath = sessionDb('changed')
    const state = memoryState()
    new MainState(state).begin(begin(dbPath))
    new MainState(state).restored('0'.repeat(64))
    const cache = recordingCache()
    await run({ log: collectingLog(), env: {}, state, getInput: () => '', cache, process: new EventEmitter(), github: tokenlessPorts })
    expect(cache.keys).toEqual(['agent-resume-77-agent-2-'])
  })

  it('does nothing when main handed over no state (a skipped or refused event)', async () => {
    const cache = recordingCache()
    const log = collectingLog()
    await run({ log, env: {}, state: memoryState(), getInput: () => '', cache, process: new EventEmitter(), github: tokenlessPorts })
    expect(cache.keys).toEqual([])
    expect(log.lines).toEqual(['Main stopped before it opened a session database: nothing to save.'])
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
