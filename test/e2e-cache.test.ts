// Issue "Persist the session across attempts", through the bundled dist on Node 20 and 24: a
// re-run on a fresh runner (same paths, empty disk) with a fresh clone gets the session and the
// agent's file changes back from the cache. Fault cases are in e2e-cache-faults.test.ts.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { commands, RUNTIMES } from './support/action-harness.mjs'
import { workspaceFiles } from './support/repo.mjs'
import { logOf, newJob, nextRunId, runBoth, useWorld } from './e2e-cache-helpers.js'

const w = useWorld('ar-e2e-cache-')

/** Three committed tool steps, then an answer: lets an attempt stop part-way with max-steps. */
const THREE_WRITES = [
  { toolCalls: [{ name: 'write_file', args: { path: 'one.txt', content: 'one\n' } }] },
  { toolCalls: [{ name: 'write_file', args: { path: 'two.txt', content: 'two\n' } }] },
  { toolCalls: [{ name: 'write_file', args: { path: 'three.txt', content: 'three\n' } }] },
  { text: 'Wrote three files.' },
]

describe.each(RUNTIMES)('the session persists across attempts ($label)', ({ label, node }) => {
  it('attempt 2, on a fresh runner with a fresh clone, resumes the session attempt 1 saved', async () => {
    w.model.setScript(THREE_WRITES)
    const runId = nextRunId()
    const spec = { runner: `basic-${label}`, runId, node }
    // max-steps 1: attempt 1 fails after one step, the way a re-run of a failed job starts.
    const a1 = newJob(w, { ...spec, attempt: 1, inputs: { 'max-steps': '1' } })
    const r1 = await runBoth(a1)
    expect(r1.main.code, logOf(r1.main)).toBe(1)
    expect(r1.main.outputs).toMatchObject({ outcome: 'max-steps', 'cache-hit': 'false', resumed: 'false', 'restored-from-attempt': '' })
    expect(r1.main.stdout).toContain('::group::Restore the session')
    expect(r1.post.code, logOf(r1.post)).toBe(0)
    expect(r1.post.stdout).toContain(`Session DB saved to the cache as agent-resume-${runId}-agent-1-`)

    const a2 = newJob(w, { ...spec, attempt: 2 })
    expect(workspaceFiles(a2.workspace)).not.toHaveProperty(['one.txt'])
    const callsBefore = w.model.requests.length
    const r2 = await runBoth(a2)
    expect(r2.main.code, logOf(r2.main)).toBe(0)
    expect(r2.main.stdout).toContain('::group::Restore the session')
    expect(r2.main.stdout).toContain(`Session DB restored from attempt 1 (agent-resume-${runId}-agent-1-)`)
    expect(r2.main.outputs).toMatchObject({
      'session-id': r1.main.outputs['session-id'],
      resumed: 'true',
      'cache-hit': 'true',
      'restored-from-attempt': '1',
      attempt: '2',
      outcome: 'completed',
      response: 'Wrote three files.',
    })
    // The finished step is not asked for again: attempt 2 starts at script turn 1.
    expect(w.model.requests[callsBefore]?.turn).toBe(1)
    expect(readFileSync(join(a2.workspace, 'one.txt'), 'utf8')).toBe('one\n')
    expect(r2.post.code, logOf(r2.post)).toBe(0)
  })

  it("attempt 3 restores attempt 2's save, not attempt 1's", async () => {
    w.model.setScript(THREE_WRITES)
    const runId = nextRunId()
    const spec = { runner: `third-${label}`, runId, node, inputs: { 'max-steps': '1' } }
    const r1 = await runBoth(newJob(w, { ...spec, attempt: 1 }))
    const r2 = await runBoth(newJob(w, { ...spec, attempt: 2 }))
    expect(r2.main.outputs['restored-from-attempt'], logOf(r2.main)).toBe('1')
    expect([r1.post.code, r2.post.code]).toEqual([0, 0])

    const a3 = newJob(w, { ...spec, attempt: 3, inputs: {} })
    const callsBefore = w.model.requests.length
    const r3 = await runBoth(a3)
    expect(r3.main.code, logOf(r3.main)).toBe(0)
    expect(r3.main.stdout).toContain(`Session DB restored from attempt 2 (agent-resume-${runId}-agent-2-)`)
    expect(r3.main.outputs).toMatchObject({
      'session-id': r1.main.outputs['session-id'],
      resumed: 'true',
      'cache-hit': 'true',
      'restored-from-attempt': '2',
      'avoided-model-calls': '2',
    })
    // Attempt 2's step (two.txt) is there and is not redone.
    expect(w.model.requests[callsBefore]?.turn).toBe(2)
    expect(Object.keys(workspaceFiles(a3.workspace))).toEqual(expect.arrayContaining(['one.txt', 'two.txt', 'three.txt']))
    const keys = w.svc
      .entries()
      .filter((e) => e.key.includes(`-${runId}-`))
      .map((e) => e.key)
    // Attempt 3 finished: its session is saved as finished (c1000000) before the post step's save.
    expect(keys).toEqual(
      [1, 2]
        .map((n) => `agent-resume-${runId}-agent-${n}-`)
        .concat(`agent-resume-${runId}-agent-3-c1000000-`, `agent-resume-${runId}-agent-3-`),
    )
  })

  it('two session keys in one run stay apart, even with the same db-path', async () => {
    w.model.setScript(THREE_WRITES)
    const runId = nextRunId()
    // One runner path for both legs (hosted runners share paths) and one literal db-path, so
    // both entries have the same cache version: only the keys keep them apart. 'leg' is a
    // prefix of 'leg-2' as text; the key encoding must not let one restore the other.
    const runner = `keys-${label}`
    const dbPath = join(w.root, runner, 'temp', 'session.db')
    const leg = (key: string, attempt: number) =>
      newJob(w, { runner, runId, node, attempt, inputs: { 'session-key': key, 'db-path': dbPath, 'max-steps': '1' } })
    const a1 = await runBoth(leg('leg', 1))
    const b1 = await runBoth(leg('leg-2', 1))
    const idA = a1.main.outputs['session-id']
    const idB = b1.main.outputs['session-id']
    expect(idA).toMatch(/^ses_/)
    expect(idB).toMatch(/^ses_/)
    expect(idA).not.toBe(idB)
    expect(b1.main.outputs['cache-hit'], logOf(b1.main)).toBe('false')

    // Leg 'leg' re-runs after 'leg-2' saved a newer entry; it must still get its own.
    const a2 = await runBoth(leg('leg', 2))
    expect(a2.main.outputs, logOf(a2.main)).toMatchObject({
      'session-id': idA,
      resumed: 'true',
      'cache-hit': 'true',
      'restored-from-attempt': '1',
    })
    expect(a2.main.stdout).toContain(`(agent-resume-${runId}-leg-1-)`)
    const b2 = await runBoth(leg('leg-2', 2))
    expect(b2.main.outputs, logOf(b2.main)).toMatchObject({
      'session-id': idB,
      resumed: 'true',
      'cache-hit': 'true',
      'restored-from-attempt': '1',
    })
    expect(b2.main.stdout).toContain(`(agent-resume-${runId}-leg_2-1-)`)
  })

  it("the agent's edits, new files, deletions and binary files come back on a fresh clone", async () => {
    const binary = Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x0a, 0x0d, 0x7f])
    const printf = [...binary].map((b) => `\\x${b.toString(16).padStart(2, '0')}`).join('')
    w.model.setScript([
      { toolCalls: [{ name: 'write_file', args: { path: 'src/new.js', content: 'export const added = true\n' } }] },
      { toolCalls: [{ name: 'edit_file', args: { path: 'src/app.js', old_string: "'hello'", new_string: "'hi there'" } }] },
      { toolCalls: [{ name: 'bash', args: { command: `rm src/old.js && mkdir -p assets && printf '${printf}' > assets/blob.bin` } }] },
      { text: 'Changed the files.' },
    ])
    const runId = nextRunId()
    const spec = { runner: `files-${label}`, runId, node }
    const a1 = newJob(w, { ...spec, attempt: 1, inputs: { 'max-steps': '3' } })
    const r1 = await runBoth(a1)
    expect(r1.main.outputs.outcome, logOf(r1.main)).toBe('max-steps')
    const after1 = workspaceFiles(a1.workspace)
    expect(after1).not.toHaveProperty(['src/old.js'])
    expect(readFileSync(join(a1.workspace, 'assets/blob.bin')).equals(binary)).toBe(true)
    expect(r1.post.code, logOf(r1.post)).toBe(0)

    const a2 = newJob(w, { ...spec, attempt: 2 })
    expect(workspaceFiles(a2.workspace)).toHaveProperty(['src/old.js'])
    const r2 = await runBoth(a2)
    expect(r2.main.code, logOf(r2.main)).toBe(0)
    expect(r2.main.outputs).toMatchObject({ resumed: 'true', 'cache-hit': 'true', response: 'Changed the files.' })
    expect(workspaceFiles(a2.workspace)).toEqual(after1)
    expect(readFileSync(join(a2.workspace, 'assets/blob.bin')).equals(binary)).toBe(true)
    expect(readFileSync(join(a2.workspace, 'src/app.js'), 'utf8')).toBe("export const greeting = 'hi there'\n")
  })

  it('a db-path inside the work tree is refused: the agent could read and change the database there', async () => {
    const job = newJob(w, { runner: `indb-${label}`, runId: nextRunId(), node, attempt: 1, inputs: { 'db-path': '.agent/session.db' } })
    const { main, post } = await runBoth(job)
    expect(main.code, logOf(main)).toBe(1)
    expect(commands(main.stdout, 'error').join('\n')).toContain(
      `Input 'db-path' is invalid: expected a path outside GITHUB_WORKSPACE (${job.workspace}), where the agent's tools cannot reach the database`,
    )
    expect(post.code, logOf(post)).toBe(0)
    expect(post.stdout).toContain('nothing to save')
  })
})
