// Issue 16, item 3, through the bundled dist: a re-run on another runner of a self-hosted pool,
// whose workspace and RUNNER_TEMP have other absolute paths (and another shape) than the runner
// of the attempt that saved, resumes exactly. The cache version hashes a fixed relative path,
// not the database's location (docs/design.md §3).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { killGroup, NODE24, RUNTIMES, type SimulatedJob, type StageResult } from './support/action-harness.mjs'
import { workspaceFiles } from './support/repo.mjs'
import { logOf, newJob, nextRunId, runBoth, useWorld } from './e2e-cache-helpers.js'

const w = useWorld('ar-e2e-paths-')

/** Three tool steps, then an answer: four model calls for the whole session. */
const THREE_WRITES = [
  { toolCalls: [{ name: 'write_file', args: { path: 'one.txt', content: 'one\n' } }] },
  { toolCalls: [{ name: 'write_file', args: { path: 'two.txt', content: 'two\n' } }] },
  { toolCalls: [{ name: 'write_file', args: { path: 'three.txt', content: 'three\n' } }] },
  { text: 'Wrote three files.' },
]

/** Two runners of one pool: other directories, other depths, the workspace outside the runner's own directory. */
function runners(name: string): [{ runner: string }, { runner: string; workspace: string }] {
  return [{ runner: `${name}-a` }, { runner: `pool/host-2/${name}-b`, workspace: join(w.root, 'pool', 'work', name, 'repo', 'repo') }]
}

describe.each(RUNTIMES)('a re-run on a runner with other paths resumes ($label)', ({ label, node }) => {
  it('attempt 2, with other absolute workspace and RUNNER_TEMP paths, asks the model only for the remaining steps', async () => {
    w.model.setScript(THREE_WRITES)
    const runId = nextRunId()
    const [first, second] = runners(`paths-${label}`)
    // Attempt 1 fails after step 2 (max-steps), and its post step saves.
    const a1 = newJob(w, { ...first, runId, node, attempt: 1, inputs: { 'max-steps': '2' } })
    const calls0 = w.model.requests.length
    const r1 = await runBoth(a1)
    const calls1 = w.model.requests.length - calls0
    expect(r1.main.outputs, logOf(r1.main)).toMatchObject({ outcome: 'max-steps', steps: '2' })
    expect(r1.post.stdout, logOf(r1.post)).toContain(`Session DB saved to the cache as agent-resume-${runId}-agent-1-`)

    const a2 = newJob(w, { ...second, runId, node, attempt: 2 })
    expect(a2.workspace).not.toBe(a1.workspace)
    expect(a2.env('main').RUNNER_TEMP).not.toBe(a1.env('main').RUNNER_TEMP)
    const calls2Before = w.model.requests.length
    const r2 = await runBoth(a2)
    const calls2 = w.model.requests.slice(calls2Before)
    expect(r2.main.code, logOf(r2.main)).toBe(0)
    expect(r2.main.stdout).toContain(`Session DB restored from attempt 1 (agent-resume-${runId}-agent-1-)`)
    expect(r2.main.stdout).not.toContain('No saved session for this run')
    expect(r2.main.outputs).toMatchObject({
      'session-id': r1.main.outputs['session-id'],
      resumed: 'true',
      'cache-hit': 'true',
      'restored-from-attempt': '1',
      'avoided-model-calls': '2',
      outcome: 'completed',
      response: 'Wrote three files.',
    })
    // 2 + 2 model calls for a 4-call session: attempt 2 starts at turn 2, nothing is asked twice.
    expect([calls1, calls2.length]).toEqual([2, 2])
    expect(calls2.map((r) => r.turn)).toEqual([2, 3])
    expect(Object.keys(workspaceFiles(a2.workspace))).toEqual(expect.arrayContaining(['one.txt', 'two.txt', 'three.txt']))
    expect(readFileSync(join(a2.workspace, 'one.txt'), 'utf8')).toBe('one\n')
    expect(r2.post.code, logOf(r2.post)).toBe(0)
  })
})

/** Starts main and SIGKILLs its process group (a lost runner) once `ready` holds. */
async function killMainWhen(job: SimulatedJob, ready: (stdout: string) => boolean): Promise<StageResult> {
  let out = ''
  const stage = job.start('main', { timeoutMs: 30_000, onStdout: (c) => (out += c) })
  let exited = false
  void stage.done.then(() => (exited = true))
  const deadline = Date.now() + 20_000
  while (!ready(out) && !exited && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25))
  killGroup(stage.child, 'SIGKILL')
  const result = await stage.done
  expect(ready(out), logOf(result)).toBe(true)
  return result
}

describe('a lost runner, then a runner with other paths and another db-path', () => {
  it("resumes from attempt 1's checkpoint, though neither the paths nor db-path match", async () => {
    w.model.setScript([...THREE_WRITES.slice(0, 2), { ...THREE_WRITES[2]!, delayMs: 20_000 }, THREE_WRITES[3]!])
    const runId = nextRunId()
    const [first, second] = runners('lost')
    const a1 = newJob(w, { ...first, runId, node: NODE24, attempt: 1, inputs: { 'checkpoint-every': '1' } })
    // Killed while the model answers the third call: no post step, only checkpoint 2 survives.
    await killMainWhen(a1, (out) => out.includes(`Checkpoint 2 saved to the cache as agent-resume-${runId}-agent-1-c2-`))

    w.model.setScript(THREE_WRITES)
    const dbPath = join(w.root, 'pool', 'host-2', 'elsewhere', 'agent.db')
    const a2 = newJob(w, { ...second, runId, node: NODE24, attempt: 2, inputs: { 'db-path': dbPath } })
    const before = w.model.requests.length
    const { main, post } = await runBoth(a2)
    expect(main.code, logOf(main)).toBe(0)
    expect(main.stdout).toContain(`Session DB restored from checkpoint 2 of attempt 1 (agent-resume-${runId}-agent-1-c2-)`)
    expect(main.outputs).toMatchObject({ resumed: 'true', 'cache-hit': 'true', 'session-id': a1.state()['session-id'] })
    expect(w.model.requests.slice(before).map((r) => r.turn)).toEqual([2, 3])
    expect(readFileSync(join(a2.workspace, 'two.txt'), 'utf8')).toBe('two\n')
    expect(post.code, logOf(post)).toBe(0)
  })
})
