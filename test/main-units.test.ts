// The small decisions of the main step, with plain ports: when to checkpoint, where the DB
// lives, what a failed attempt says.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { CacheClient } from '../src/cache/client.js'
import { readRunContext } from '../src/run-context.js'
import { failureMessage, failureReason } from '../src/report/failure.js'
import { readSettings } from '../src/inputs.js'
import { silentLog, type Log } from '../src/log.js'
import { Checkpointer, type PersistTarget } from '../src/session/checkpoint.js'
import { openStore } from '../src/store/index.js'
import { inputDefaults } from './support/action-harness.mjs'
import { recordingCache } from './support/ports.js'
import { tempDir } from './support/temp.js'

const dir = tempDir('ar-main-units-')
const quiet: Log = silentLog

function settings(overrides: Record<string, string> = {}) {
  const values = { ...inputDefaults(), ...overrides }
  return readSettings((name) => values[name] ?? '')
}

function target(name: string, cache: CacheClient | undefined): PersistTarget {
  const dbPath = join(dir, `${name}.db`)
  const { store } = openStore(dbPath, { warn: () => {} })
  return { store, dbPath, runId: '42', sessionKey: 'agent', attempt: 3, cache, log: quiet }
}

describe('Checkpointer', () => {
  it('saves every N steps under checkpoint keys of this attempt', async () => {
    const cache = recordingCache()
    const c = new Checkpointer({ kind: 'steps', every: 2 }, target('steps', cache))
    for (let step = 1; step <= 5; step++) await c.afterStep(step)
    expect(cache.keys).toEqual(['agent-resume-42-agent-3-c1-', 'agent-resume-42-agent-3-c2-'])
  })

  it('saves when the interval has passed, on the injected clock', async () => {
    const cache = recordingCache()
    let now = 0
    const c = new Checkpointer({ kind: 'seconds', every: 60 }, target('seconds', cache), () => now)
    now = 30_000
    await c.afterStep(1)
    now = 61_000
    await c.afterStep(2)
    now = 100_000
    await c.afterStep(3)
    now = 122_000
    await c.afterStep(4)
    expect(cache.keys).toEqual(['agent-resume-42-agent-3-c1-', 'agent-resume-42-agent-3-c2-'])
  })

  it('never saves when off, or when the cache cannot be written', async () => {
    const cache = recordingCache()
    const off = new Checkpointer({ kind: 'off' }, target('off', cache))
    const readOnly = new Checkpointer({ kind: 'steps', every: 1 }, target('ro', undefined))
    for (let step = 1; step <= 3; step++) {
      await off.afterStep(step)
      await readOnly.afterStep(step)
    }
    expect(cache.keys).toEqual([])
  })
})

describe('readRunContext', () => {
  const env = {
    GITHUB_RUN_ID: '123',
    GITHUB_RUN_ATTEMPT: '2',
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_JOB: 'agent',
    GITHUB_ACTION: '__o_agent-resume-action',
    GITHUB_WORKSPACE: '/home/runner/work/r/r',
    RUNNER_TEMP: '/home/runner/work/_temp',
  }

  it('puts the DB under RUNNER_TEMP by session key: the same path string on every attempt', () => {
    const ctx = readRunContext(settings(), env)
    expect(ctx).toMatchObject({
      sessionKey: 'agent',
      dbPath: '/home/runner/work/_temp/agent-resume/agent/session.db',
      workspaceRoot: '/home/runner/work/r/r',
    })
    expect(ctx.run).toMatchObject({ runId: '123', attempt: 2 })
    expect(ctx.runUrl).toBe('https://github.com/o/r/actions/runs/123/attempts/2')
  })

  it('resolves db-path and working-directory against the workspace', () => {
    const ctx = readRunContext(settings({ 'db-path': '.agent/s.db', 'working-directory': 'packages/api', 'session-key': 'leg-1' }), env)
    expect(ctx).toMatchObject({
      sessionKey: 'leg-1',
      dbPath: '/home/runner/work/r/r/.agent/s.db',
      workspaceRoot: '/home/runner/work/r/r/packages/api',
    })
  })
})

describe('failure messages', () => {
  const result = {
    outcome: 'max-steps' as const,
    steps: 30,
    modelCalls: 30,
    toolRuns: 41,
    tokensIn: 1,
    tokensOut: 1,
    response: '',
    repairs: [],
    firstMessageAdded: true,
  }

  it('say what stopped the agent and whether a re-run resumes', () => {
    expect(failureMessage(result, true)).toBe(
      'Stopped after 30 step(s): the agent used all its steps (30) before finishing. Re-run the failed job to resume the session where it stopped.',
    )
    expect(failureMessage({ ...result, outcome: 'failed', error: 'model call failed at step 4: 503' }, false)).toBe(
      "Stopped after 30 step(s): the agent failed: model call failed at step 4: 503. This run's session could not be saved, so a re-run starts over.",
    )
    expect(failureReason({ ...result, outcome: 'timeout' })).toMatch(/ran out of time/)
  })
})
