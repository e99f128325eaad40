// "Cancel workflow": the runner sends SIGINT to the step (SIGTERM 7.5 s later, then kills;
// docs/design.md §4) and still runs the post step. Main must stop promptly, record the attempt as
// cancelled, and leave a session that post saves and a re-run resumes.
import { describe, expect, it } from 'vitest'
import { RUNTIMES } from './support/action-harness.mjs'
import { until } from './support/process.js'
import { logOf, newJob, nextRunId, useWorld } from './e2e-cache-helpers.js'

const w = useWorld('ar-e2e-cancel-')

describe.each(RUNTIMES)('cancel under $label', ({ label, node }) => {
  it('SIGINT stops main within seconds; post saves; the re-run resumes', async () => {
    w.model.setScript([
      { toolCalls: [{ name: 'write_file', args: { path: 'a.txt', content: 'a\n' } }] },
      { toolCalls: [{ name: 'bash', args: { command: 'sleep 60' } }] },
      { text: 'Done.' },
    ])
    const spec = { runner: `cancel-${label}`, runId: nextRunId(), node, inputs: { 'checkpoint-every': '0' } }
    const job = newJob(w, { ...spec, attempt: 1 })
    let out = ''
    const stage = job.start('main', { timeoutMs: 30_000, onStdout: (c) => (out += c) })
    await until(() => out.includes('→ bash'), 20_000, 'the bash step')
    const sent = Date.now()
    stage.child.kill('SIGINT')
    const main = await stage.done
    expect(Date.now() - sent, logOf(main)).toBeLessThan(5_000)
    expect(main.code, logOf(main)).toBe(1)
    expect(main.outputs.outcome).toBe('cancelled')
    expect(main.stdout).toMatch(/::error::Stopped after 1 step\(s\): the job was cancelled\./)
    expect(main.summary).toContain('| Reason | the job was cancelled |')
    const post = await job.run('post')
    expect(post.code, logOf(post)).toBe(0)
    expect(post.stdout).toContain('Session DB saved to the cache')

    // The re-run: the cut-off bash call is answered "interrupted"; the model runs it again.
    w.model.setScript([
      { toolCalls: [{ name: 'write_file', args: { path: 'a.txt', content: 'a\n' } }] },
      { toolCalls: [{ name: 'bash', args: { command: 'true' } }] },
      { text: 'Done.' },
    ])
    const rerun = newJob(w, { ...spec, attempt: 2 })
    const mark = w.model.requests.length
    const main2 = await rerun.run('main')
    expect(main2.code, logOf(main2)).toBe(0)
    // The stopped bash was stored as interrupted, not as a result: the model is told and runs it again.
    const first = JSON.stringify(w.model.requests[mark]!.body)
    expect(first).toContain('Tool call interrupted')
    expect(w.model.requests.slice(mark).map((r) => r.turn)).toEqual([1, 2])
    // Only the finished step counts as saved; the stopped call was paid but not kept.
    expect(main2.outputs).toMatchObject({ outcome: 'completed', resumed: 'true', 'restored-from-attempt': '1', 'avoided-model-calls': '1' })
    expect(main2.summary).toMatch(/\| 1 \| .*cancelled \| 1 \|/)
  })
})
