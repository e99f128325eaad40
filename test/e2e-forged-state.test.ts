// Issue 15 through the bundled dist on Node 20 and 24: the agent's commands can append to the
// GITHUB_STATE file, and the attack sweep did (`db-path=<a runner file>`): the post step renamed
// that file as a "corrupt database" and saved nothing. Post now derives the DB path and the
// workspace from its inputs and the run context: the named file is untouched, the real session is
// saved, and the re-run resumes it.
import { appendFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { commands, RUNTIMES } from './support/action-harness.mjs'
import { makeOrigin } from './support/repo.mjs'
import { logOf, newJob, nextRunId, runBoth, useWorld } from './e2e-cache-helpers.js'

const w = useWorld('ar-e2e-forged-')

describe.each(RUNTIMES)('a forged GITHUB_STATE under $label', ({ label, node }) => {
  it('post leaves the file a forged db-path names alone and saves the real session', async () => {
    w.model.setScript([
      { toolCalls: [{ name: 'write_file', args: { path: 'one.txt', content: 'one\n' } }] },
      { toolCalls: [{ name: 'write_file', args: { path: 'two.txt', content: 'two\n' } }] },
      { text: 'Wrote two files.' },
    ])
    const runId = nextRunId()
    const spec = { runner: `forged-${label}`, runId, node }
    const a1 = newJob(w, { ...spec, attempt: 1, inputs: { 'max-steps': '1' } })
    const main = await a1.run('main')
    expect(main.outputs.outcome, logOf(main)).toBe('max-steps')
    const realDb = a1.state()['db-path']!

    // What the hostile command appended: a runner file as the database, another repository as the workspace.
    const victim = join(a1.dir, 'temp', '_runner_file_commands', 'set_output_4f1e')
    mkdirSync(dirname(victim), { recursive: true })
    writeFileSync(victim, 'result<<ghadelimiter_7\nvalue\nghadelimiter_7\n')
    const elsewhere = makeOrigin(join(a1.dir, 'elsewhere'), { 'private.txt': 'runner data\n' })
    writeFileSync(join(elsewhere, 'private.txt'), 'changed runner data\n')
    appendFileSync(a1.files.state, `db-path=${victim}\nworkspace-root=${elsewhere}\n`)
    expect(a1.state()['db-path']).toBe(victim)

    const post = await a1.run('post')
    expect(post.code, logOf(post)).toBe(0)
    expect(readFileSync(victim, 'utf8')).toBe('result<<ghadelimiter_7\nvalue\nghadelimiter_7\n')
    expect(readdirSync(dirname(victim)).filter((f) => f.startsWith('set_output_4f1e'))).toEqual(['set_output_4f1e'])
    expect(commands(post.stdout, 'warning').join('\n')).toContain(
      `The state names another database ("${victim}"); ignored: the inputs give ${realDb}.`,
    )
    expect(post.stdout).toContain(`Session DB saved to the cache as agent-resume-${runId}-agent-1-`)

    const a2 = newJob(w, { ...spec, attempt: 2 })
    const r2 = await runBoth(a2)
    expect(r2.main.code, logOf(r2.main)).toBe(0)
    expect(r2.main.outputs).toMatchObject({ resumed: 'true', 'restored-from-attempt': '1', 'session-id': main.outputs['session-id'] })
    expect(readFileSync(join(a2.workspace, 'one.txt'), 'utf8')).toBe('one\n')
    expect(r2.main.stdout).not.toContain('private.txt')
  })

  it('main refuses a db-path naming a file that is not its database, and leaves the file as it is', async () => {
    const job = newJob(w, { runner: `foreign-db-${label}`, runId: nextRunId(), attempt: 1, node })
    const mine = join(job.dir, 'notes.txt')
    writeFileSync(mine, 'my own notes\n')
    job.inputs['db-path'] = mine
    const before = w.model.requests.length
    const { main, post } = await runBoth(job)
    expect(main.code, logOf(main)).toBe(1)
    expect(commands(main.stdout, 'error').join('\n')).toContain(
      `Input 'db-path' is invalid: expected a new file or a database of this action, but ${mine} is not a SQLite database; it is left as it is`,
    )
    expect(w.model.requests.length).toBe(before)
    expect(post.code, logOf(post)).toBe(0)
    expect(post.stdout).toContain('nothing to save')
    expect(readFileSync(mine, 'utf8')).toBe('my own notes\n')
    expect(readdirSync(job.dir).filter((f) => f.startsWith('notes.txt'))).toEqual(['notes.txt'])
  })
})
