// `npm run demo` end to end: the newcomer's first command must work and say what happened.
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from './support/action-harness.mjs'
import { runNode } from './support/process.js'

const DEMO = join(ROOT, 'scripts', 'demo.mjs')

describe('npm run demo', () => {
  it('interrupts attempt 1, resumes attempt 2 on a fresh runner, and prints the before/after', { timeout: 120_000 }, async () => {
    const run = await runNode([DEMO])
    const out = run.stdout
    expect(run.status, `${out}\n${run.stderr}`).toBe(0)
    expect(out).toMatch(/attempt 1 +✗ interrupted: main step SIGKILLed after step 5 of 8 \(5 tool runs\); the post step saved the session/)
    expect(out).toMatch(/attempt 2 +✓ resumed on a fresh runner after step 5 \(cache hit from attempt 1\) → completed in 3 steps/)
    expect(out).toMatch(
      /delivered +✓ commit [0-9a-f]{7} pushed to main of the throwaway origin \(3 files: README\.md, src\/parse\.js, test\/parse-validation\.test\.js\)/,
    )
    expect(out).toMatch(/model calls +3 +8 +63% less/)
    expect(out).toMatch(/input tokens +[\d,]+ +[\d,]+ +\d+% less/)
    expect(out).toMatch(/tools re-run +0 +5 +5 not redone/)
    expect(out).toMatch(/files restored +2 +0 +src\/parse\.js, test\/parse-validation\.test\.js/)
    expect(out).toContain('outcome completed · tests pass in the resumed workspace · files identical to an uninterrupted run')

    // Resumed input tokens are fewer than a fresh retry's.
    const [resumed, fresh] = /input tokens +([\d,]+) +([\d,]+)/
      .exec(out)!
      .slice(1)
      .map((s) => Number(s.replace(/,/g, '')))
    expect(resumed!).toBeLessThan(fresh!)

    // The kept files exist: attempt 2's job summary and the action's log.
    const summary = /job summary \(attempt 2\): (\S+)/.exec(out)![1]!
    const log = /action log: +(\S+)/.exec(out)![1]!
    const kept = /kept in: +(\S+)/.exec(out)![1]!
    expect(readFileSync(summary, 'utf8')).toContain('resumed from attempt 1: completed')
    expect(readFileSync(log, 'utf8')).toContain('SIGKILL')
    // Quiet by default: the action's own log is not on the terminal.
    expect(out).not.toContain('::group::')
    expect(existsSync(kept)).toBe(true)
    rmSync(kept, { recursive: true, force: true })
  })

  it('fails with a clear message, and no stack, on a bad option', async () => {
    const run = await runNode([DEMO, '--kill-after', 'x'])
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('demo failed: --kill-after must be a positive whole number')
    expect(run.stderr).not.toContain('    at ')
  })

  it('asks for the key when --model names a provider whose key is not set', async () => {
    const run = await runNode([DEMO, '--model', 'anthropic/claude-sonnet-4-5'], { ...process.env, ANTHROPIC_API_KEY: '' })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('needs ANTHROPIC_API_KEY in the environment')
  })
})
