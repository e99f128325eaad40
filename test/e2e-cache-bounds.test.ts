// Issue 14 through the bundled action on Node 20 and 24: the cache service misbehaves (a lookup
// that never answers, an upload that never finishes, a rate limit, a damaged newest entry) and
// the job does not: each cache operation ends within `cache-timeout` with a warning that says what
// was given up, a cancel is honoured at once mid-upload, and a bad newest entry costs only the
// steps after the next good one.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createActionsCacheClient } from '../src/cache/client.js'
import { SESSION_CACHE_PATH, sessionCachePaths } from '../src/cache/stage.js'
import { commands, killGroup, RUNTIMES } from './support/action-harness.mjs'
import type { ScriptTurn } from './support/model-server.mjs'
import { until } from './support/process.js'
import { logOf, newJob, nextRunId, runBoth, useWorld } from './e2e-cache-helpers.js'

const w = useWorld('ar-e2e-cache-bounds-')
const BUDGET = { 'cache-timeout': '3' }

/** `n` steps, each appending its number to a ledger outside the workspace, then the answer. */
function steps(ledger: string, n: number): ScriptTurn[] {
  return [
    ...Array.from({ length: n }, (_, i) => ({ toolCalls: [{ name: 'bash', args: { command: `echo ${i} >> '${ledger}'` } }] })),
    { text: `Did ${n} steps.` },
  ]
}
const lines = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8').trim().split('\n') : [])
const warnings = (stdout: string) => commands(stdout, 'warning').join('\n')

describe.each(RUNTIMES)('cache faults are bounded on $label', ({ label, node }) => {
  it('a restore lookup that never answers: given up after cache-timeout, a new session, the agent runs', async () => {
    const ledger = join(w.root, `${label}-lookup.ledger`)
    w.model.setScript(steps(ledger, 2))
    const hang = w.svc.fault({ method: 'GetCacheEntryDownloadURL', kind: 'hang' })
    try {
      const job = newJob(w, { runner: `lookup-${label}`, runId: nextRunId(), attempt: 1, node, inputs: BUDGET })
      const t0 = Date.now()
      const main = await job.run('main')
      expect(Date.now() - t0, logOf(main)).toBeLessThan(15_000)
      expect(main.code, logOf(main)).toBe(0)
      expect(main.outputs).toMatchObject({ outcome: 'completed', 'cache-hit': 'false' })
      expect(warnings(main.stdout)).toMatch(/Restoring the session took over 3 s .*: starting a new session\./)
      expect(lines(ledger)).toEqual(['0', '1'])
    } finally {
      hang.stop()
    }
  })

  it('uploads that never finish: checkpoints give up within their budget, then stop; post ends on its own; a cancel ends main at once', async () => {
    const ledger = join(w.root, `${label}-upload.ledger`)
    w.model.setScript(steps(ledger, 5))
    const hang = w.svc.blobFault({ op: 'upload', kind: 'hang' })
    try {
      const job = newJob(w, {
        runner: `upload-${label}`,
        runId: nextRunId(),
        attempt: 1,
        node,
        inputs: { ...BUDGET, 'checkpoint-every': '1' },
      })
      const t0 = Date.now()
      const { main, post } = await runBoth(job)
      expect(main.code, logOf(main)).toBe(0)
      expect(main.outputs.outcome).toBe('completed')
      // Two checkpoints time out (3 s each), then no more are tried; the finished-session save times out too.
      expect(warnings(main.stdout)).toMatch(/Checkpoint 1 not saved: the cache service did not finish within 3 s/)
      expect(warnings(main.stdout)).toContain('no more checkpoints in this attempt')
      expect(main.stdout).not.toContain('Checkpoint 3')
      expect(post.code, logOf(post)).toBe(0)
      expect(warnings(post.stdout)).toMatch(/Session DB not saved: the cache service did not finish within 3 s/)
      expect(Date.now() - t0).toBeLessThan(40_000)
      expect(lines(ledger)).toEqual(['0', '1', '2', '3', '4'])

      // The runner's cancel during a hung upload: main stops within a couple of seconds.
      w.model.setScript(steps(join(w.root, `${label}-cancel.ledger`), 3))
      const again = newJob(w, {
        runner: `upload2-${label}`,
        runId: nextRunId(),
        attempt: 1,
        node,
        inputs: { 'cache-timeout': '600', 'checkpoint-every': '1' },
      })
      const hitsBefore = hang.hits
      const stage = again.start('main', { timeoutMs: 60_000 })
      await until(() => hang.hits > hitsBefore, 30_000, 'the hung checkpoint upload')
      const sent = Date.now()
      stage.child.kill('SIGINT')
      const cancelled = await stage.done
      expect(Date.now() - sent, logOf(cancelled)).toBeLessThan(5_000)
      expect(cancelled.outputs.outcome).toBe('cancelled')
      expect(warnings(cancelled.stdout)).toContain('Checkpoint 1 not saved: the job was cancelled during the upload.')

      // Its post step, cancelled too during its hung upload: a warning and exit 0, not a death by signal.
      const postHits = hang.hits
      const postStage = again.start('post', { timeoutMs: 60_000 })
      await until(() => hang.hits > postHits, 30_000, "the post step's hung upload")
      postStage.child.kill('SIGINT')
      const post2 = await postStage.done
      expect(post2.code, logOf(post2)).toBe(0)
      expect(warnings(post2.stdout)).toContain('Session DB not saved: the job was cancelled during the upload.')
    } finally {
      hang.stop()
    }
  })

  it('a rate-limited final save is tried again after Retry-After and saved', async () => {
    w.model.setScript(steps(join(w.root, `${label}-429.ledger`), 1))
    const runId = nextRunId()
    const job = newJob(w, { runner: `429-${label}`, runId, attempt: 1, node, inputs: { 'cache-timeout': '20', 'checkpoint-every': '0' } })
    const main = await job.run('main')
    expect(main.code, logOf(main)).toBe(0)
    const limit = w.svc.fault({ method: 'CreateCacheEntry', kind: 'status', status: 429, retryAfter: 1, times: 1 })
    const post = await job.run('post')
    expect(post.code, logOf(post)).toBe(0)
    expect(limit.hits).toBe(1)
    expect(post.stdout).toContain('trying again in 1 s')
    expect(post.stdout).toContain(`Session DB saved to the cache as agent-resume-${runId}-agent-1-`)
  })

  it('a damaged newest entry: the previous checkpoint is restored, and only the steps after it are redone', async () => {
    const ledger = join(w.root, `${label}-bad.ledger`)
    w.model.setScript(steps(ledger, 5))
    const runId = nextRunId()
    const spec = { runner: `bad-${label}`, runId, node, inputs: { ...BUDGET, 'checkpoint-every': '1' } }
    // Attempt 1: killed (a lost runner: no post step) once checkpoint 3 is saved.
    const job1 = newJob(w, { ...spec, attempt: 1 })
    w.model.setFaults([{ kind: 'hang', turn: 3 }])
    let out = ''
    const stage = job1.start('main', { timeoutMs: 60_000, onStdout: (c) => (out += c) })
    await until(() => out.includes(`Checkpoint 3 saved to the cache as agent-resume-${runId}-agent-1-c3-`), 30_000, 'checkpoint 3')
    await until(() => w.model.requests.some((r) => r.fault === 'hang'), 10_000, 'the hanging call')
    killGroup(stage.child)
    await stage.done
    w.model.setFaults([])
    expect(lines(ledger)).toEqual(['0', '1', '2'])
    await w.svc.corruptEntry(`agent-resume-${runId}-agent-1-c3-`, { truncateTo: 100 })

    const job2 = newJob(w, { ...spec, attempt: 2 })
    const main2 = await job2.run('main')
    expect(main2.code, logOf(main2)).toBe(0)
    expect(warnings(main2.stdout)).toContain('The saved session checkpoint 3 of attempt 1')
    expect(main2.stdout).toContain('Session DB restored from checkpoint 2 of attempt 1 (the newest save was unusable)')
    expect(main2.outputs).toMatchObject({ outcome: 'completed', resumed: 'true', 'cache-hit': 'true' })
    expect(main2.summary).toContain('restored a saved session from attempt 1, checkpoint 2 (the newest save was unusable)')
    // Step 3 (index 2) is redone: it was only in the damaged entry; nothing before it is.
    expect(lines(ledger)).toEqual(['0', '1', '2', '2', '3', '4'])
  })

  it('a download cut once is tried again; a newest entry that is not our database is set aside for the one before', async () => {
    const ledger = join(w.root, `${label}-foreign.ledger`)
    w.model.setScript(steps(ledger, 4))
    const runId = nextRunId()
    const dbPath = join(w.root, `foreign-${label}`, 'session.db')
    const spec = { runner: `foreign-${label}`, runId, node, inputs: { ...BUDGET, 'db-path': dbPath } }
    const { main } = await runBoth(newJob(w, { ...spec, attempt: 1, inputs: { ...spec.inputs, 'max-steps': '2' } }))
    expect(main.outputs.outcome).toBe('max-steps')
    // Something else saved a file that is no session database under a newer key of this run.
    const foreign = `agent-resume-${runId}-agent-1-c5-`
    const saved = await withCacheEnv(async () => {
      // Saved the way the action saves (stage.ts): the one relative path, from a directory of its own.
      const root = mkdtempSync(join(w.root, 'foreign-stage-'))
      writeFileSync(join(root, SESSION_CACHE_PATH), 'not a database, just text saved under the same path\n')
      return createActionsCacheClient().save(sessionCachePaths(), foreign, { root })
    })
    expect(saved).toMatchObject({ saved: true })
    const cut = w.svc.blobFault({ op: 'download', kind: 'cut', afterBytes: 10, times: 1 })
    try {
      const main2 = await newJob(w, { ...spec, attempt: 2 }).run('main')
      expect(main2.code, logOf(main2)).toBe(0)
      expect(cut.hits).toBe(1)
      expect(warnings(main2.stdout)).toContain(`The saved session checkpoint 5 of attempt 1 (${foreign}) is unusable`)
      expect(main2.stdout).toContain('Session DB restored from attempt 1 (the newest save was unusable)')
      expect(main2.outputs).toMatchObject({ outcome: 'completed', resumed: 'true' })
      expect(lines(ledger)).toEqual(['0', '1', '2', '3'])
    } finally {
      cut.stop()
    }
  })
})

/** Runs `fn` with this process's environment pointed at the test cache service (the toolkit reads it at call time). */
async function withCacheEnv<T>(fn: () => Promise<T>): Promise<T> {
  const saved = { ...process.env }
  Object.assign(process.env, w.svc.env)
  try {
    return await fn()
  } finally {
    for (const key of Object.keys(w.svc.env)) {
      if (saved[key] === undefined) delete process.env[key]
      else process.env[key] = saved[key]
    }
  }
}
