// The post step trusts nothing the agent could write (issue 15): the agent's bash can append to
// the GITHUB_STATE file, so a forged `db-path`, `workspace-root`, session id or base commit must
// neither move a file nor change what is saved. Post derives the DB path, the workspace and the
// run from its inputs and the run context; real SQLite files, a real git work tree.
import { EventEmitter } from 'node:events'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { CacheClient } from '../src/cache/client.js'
import { State, type InputName } from '../src/constants.js'
import { tokenlessPorts } from '../src/github/connect.js'
import type { Log } from '../src/log.js'
import { run } from '../src/post/run.js'
import { MainState, type StatePort } from '../src/state.js'
import { openStore } from '../src/store/index.js'
import { processDriver } from '../src/store/driver.js'
import { inputDefaults } from './support/action-harness.mjs'
import { git, makeOrigin } from './support/repo.mjs'
import { tempDir } from './support/temp.js'

const dir = tempDir('ar-post-forged-')

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

const STAGED_FROM = '<the database in this directory>'

/**
 * A cache port that records, for each save, the key and the database the staged copy came from:
 * the stage is a directory next to the database (src/cache/stage.ts).
 */
function pathCache(): CacheClient & { saves: Array<{ paths: string[]; key: string }> } {
  const saves: Array<{ paths: string[]; key: string }> = []
  return {
    saves,
    restore: async () => ({ hit: false, reason: 'miss', detail: '' }),
    save: async (paths, key, options) => {
      const root = options?.root
      saves.push({ paths: paths.map((p) => (root ? join(dirname(root), STAGED_FROM) : p)), key })
      return { saved: true, cacheId: saves.length }
    },
  }
}

/** What main leaves behind for run 91, attempt 1: a work tree with the agent's change, the DB, the state. */
function afterMain(name: string) {
  const root = join(dir, name)
  const workspace = makeOrigin(join(root, 'workspace'), { 'README.md': '# r\n' })
  const base = git(workspace, 'rev-parse', 'HEAD')
  writeFileSync(join(workspace, 'agent.txt'), 'the agent wrote this\n')
  const env = {
    GITHUB_REPOSITORY: 'octo/repo',
    GITHUB_RUN_ID: '91',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'agent',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: join(root, 'temp'),
  }
  const dbPath = join(env.RUNNER_TEMP, 'agent-resume', 'agent', 'session.db')
  const { store } = openStore(dbPath, { warn: () => {} })
  const { id } = store.createSession({ runId: '91', sessionKey: 'agent' })
  store.beginAttempt(id, 1, { resumed: false, restoredFromAttempt: null })
  store.close()
  const state = memoryState()
  const main = new MainState(state)
  main.begin(dbPath)
  main.restored(undefined)
  main.session(id)
  main.workspace(base)
  const inputs = inputDefaults({ 'github.token': '' })
  const getInput = (n: InputName) => inputs[n] ?? ''
  return { root, env, dbPath, sessionId: id, base, state, getInput, workspace }
}

/** A file of the runner's the agent would like renamed: not a database. */
function runnerFile(root: string): { path: string; bytes: Buffer } {
  const path = join(root, 'temp', '_runner_file_commands', 'set_state_0b1c')
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, 'session-id<<ghadelimiter_1\nses_x\nghadelimiter_1\n')
  return { path, bytes: readFileSync(path) }
}

async function post(m: ReturnType<typeof afterMain>) {
  const cache = pathCache()
  const log = collectingLog()
  await run({ log, env: m.env, state: m.state, getInput: m.getInput, cache, process: new EventEmitter(), github: tokenlessPorts })
  return { cache, log }
}

describe('post ignores what the agent appended to GITHUB_STATE', () => {
  it('a forged db-path: the file it names is left alone, and the real database is saved', async () => {
    const m = afterMain('dbpath')
    const victim = runnerFile(m.root)
    m.state.values.set(State.DbPath, victim.path)
    const { cache, log } = await post(m)
    expect(readFileSync(victim.path).equals(victim.bytes)).toBe(true)
    expect(readdirSync(dirname(victim.path))).toEqual(['set_state_0b1c'])
    expect(cache.saves).toEqual([{ paths: [join(dirname(m.dbPath), STAGED_FROM)], key: 'agent-resume-91-agent-1-' }])
    expect(log.lines).toContain(
      `warning: The state names another database (${JSON.stringify(victim.path)}); ignored: the inputs give ${m.dbPath}.`,
    )
    // The agent's change was captured into the real session, against the real base.
    const { store } = openStore(m.dbPath, { warn: () => {} })
    const snap = store.loadWorkspaceSnapshot(m.sessionId)
    store.close()
    expect(snap?.baseCommit).toBe(m.base)
    expect(snap?.snapshot.toString('utf8')).toContain('the agent wrote this')
  })

  it('a forged db-path naming a foreign SQLite database: not renamed, not opened for writing', async () => {
    const m = afterMain('foreign')
    const foreign = join(m.root, 'runner-data.db')
    const db = processDriver().open(foreign)
    db.exec("CREATE TABLE jobs (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO jobs (name) VALUES ('build')")
    db.close()
    const bytes = readFileSync(foreign)
    m.state.values.set(State.DbPath, foreign)
    const { cache } = await post(m)
    expect(readFileSync(foreign).equals(bytes)).toBe(true)
    expect(readdirSync(m.root).filter((f) => f.startsWith('runner-data.db'))).toEqual(['runner-data.db'])
    expect(cache.saves.map((s) => s.paths)).toEqual([[join(dirname(m.dbPath), STAGED_FROM)]])
  })

  it('a forged workspace-root is not read: the snapshot comes from the workspace the inputs name', async () => {
    const m = afterMain('root')
    const elsewhere = makeOrigin(join(m.root, 'elsewhere'), { 'secret.txt': 'runner secret\n' })
    writeFileSync(join(elsewhere, 'secret.txt'), 'changed runner secret\n')
    m.state.values.set('workspace-root', elsewhere)
    const { cache } = await post(m)
    expect(cache.saves).toHaveLength(1)
    const { store } = openStore(m.dbPath, { warn: () => {} })
    const patch = store.loadWorkspaceSnapshot(m.sessionId)?.snapshot.toString('utf8') ?? ''
    store.close()
    expect(patch).toContain('agent.txt')
    expect(patch).not.toContain('secret')
  })

  it('a session id this run does not have, or of another shape, is ignored; the database is still saved', async () => {
    const m = afterMain('session')
    m.state.values.set(State.SessionId, 'ses_00000000-0000-4000-8000-000000000000')
    const first = await post(m)
    expect(first.cache.saves.map((s) => s.paths)).toEqual([[join(dirname(m.dbPath), STAGED_FROM)]])
    expect(first.log.lines).toContain(
      `warning: The state names session ses_00000000-0000-4000-8000-000000000000, which ${m.dbPath} does not hold for this run: ignored.`,
    )
    m.state.values.set(State.SessionId, '../../etc/passwd')
    const second = await post(m)
    expect(second.log.lines).toContain('warning: Ignored state values main does not write: session-id.')
    expect(second.cache.saves.map((s) => s.paths)).toEqual([[join(dirname(m.dbPath), STAGED_FROM)]])
  })

  it('a base commit that is not in the repository is treated as absent: nothing captured against it', async () => {
    const m = afterMain('base')
    m.state.values.set(State.WorkspaceBase, '1'.repeat(40))
    const { cache, log } = await post(m)
    expect(log.lines).toContain(
      `warning: The state names base commit ${'1'.repeat(40)}, which is not a commit in ${m.workspace}: the workspace changes are not captured.`,
    )
    expect(cache.saves).toHaveLength(1)
    const { store } = openStore(m.dbPath, { warn: () => {} })
    expect(store.loadWorkspaceSnapshot(m.sessionId)).toBeUndefined()
    store.close()
    expect(existsSync(m.dbPath)).toBe(true)
  })
})
