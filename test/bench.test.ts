// `npm run bench` smoke test: tiny sizes, the shape of the table and of --json. No timing
// assertions: the numbers depend on the machine.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from './support/action-harness.mjs'
import { runNode } from './support/process.js'

const bench = (...args: string[]) => runNode([join(ROOT, 'bench', 'run.mjs'), '--quick', ...args])

const RATIOS = [
  /^Retry cost: model calls, resumed \/ fresh$/,
  /^Retry cost: input tokens, resumed \/ fresh$/,
  /^Retry cost: billed-equivalent input, resumed \/ fresh$/,
  /^Retry cost: tool executions, resumed \/ fresh$/,
  /^Retry cost: wall time \(main \+ post\), resumed \/ fresh$/,
]
const RATIO = /^\d+\.\d\d×$/

describe('npm run bench', () => {
  it('prints one table, ratios first, with the environment above it', { timeout: 120_000 }, async () => {
    const run = await bench()
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0)
    const lines = run.stdout.trimEnd().split('\n')
    expect(lines[0]).toMatch(/^agent-resume-action bench \(--quick.*\) — \d{4}-\d\d-\d\dT/)
    expect(lines[1]).toMatch(/^Node v\d+\.\S+( \/ v\d+\.\S+)? \(bench on v\d+\.\S+\) · .+ · \d+ cores · /)
    const rows = lines
      .filter((l) => l.startsWith('| '))
      .map((l) =>
        l
          .split('|')
          .slice(1, -1)
          .map((c) => c.trim()),
      )
    expect(rows[0]).toEqual(['Measure', 'Value', 'Detail'])
    const body = rows.slice(1)
    // Ratios first …
    RATIOS.forEach((re, i) => {
      expect(body[i]![0]).toMatch(re)
      expect(body[i]![1]).toMatch(RATIO)
    })
    // … then cold start per distinct runtime (Node 20 and 24 here; one row if they are the same) …
    const cold = body.slice(RATIOS.length, -7)
    expect(cold.length).toBeGreaterThanOrEqual(1)
    expect(cold.length).toBeLessThanOrEqual(2)
    for (const row of cold) {
      expect(row[0]).toMatch(/^Cold start to first model request, Node \d+\.\d+\.\d+$/)
      expect(row[1]).toMatch(/^[\d,]+ ms$/)
    }
    // … the lookup and the post-step save, with each SQLite driver on Node 24 …
    const [lookupBetter, lookupNode, saveBetter, saveNode, peak, billed, compactions] = body.slice(-7)
    expect(lookupBetter![0]).toBe('Run-id lookup among 1,000 sessions, better-sqlite3')
    expect(lookupNode![0]).toBe('Run-id lookup among 1,000 sessions, node:sqlite')
    for (const lookup of [lookupBetter, lookupNode]) {
      expect(lookup![1]).toMatch(/^[\d.]+ µs$/)
      expect(lookup![2]).toMatch(/\(Node 24\.\d+\.\d+, SQLite 3\.\d+\.\d+\)$/)
    }
    expect(saveBetter![0]).toMatch(/^Post-step save of a [\d.]+ MB session DB, better-sqlite3$/)
    expect(saveNode![0]).toMatch(/^Post-step save of a [\d.]+ MB session DB, node:sqlite$/)
    for (const save of [saveBetter, saveNode]) expect(save![1]).toMatch(/^[\d,]+ ms$/)
    // … and the long session, which stays inside its window and is compacted at least once.
    expect(peak![0]).toBe('Long session: peak request ÷ window')
    expect(peak![1]).toMatch(RATIO)
    expect(Number.parseFloat(peak![1]!)).toBeLessThan(1)
    expect(peak![2]).toMatch(/^[\d,]+ vs 12,000 tokens \(15 steps, [\d,]+ model calls\)$/)
    expect(billed![0]).toBe('Long session: billed-equivalent ÷ uncached input')
    expect(billed![1]).toMatch(RATIO)
    expect(billed![2]).toMatch(/^[\d,]+ vs [\d,]+ \(Anthropic pricing/)
    expect(compactions![0]).toBe('Long session: compactions')
    expect(compactions![1]).toMatch(/^\d+$/)
    expect(Number(compactions![1])).toBeGreaterThanOrEqual(1)
    expect(compactions![2]).toMatch(/^\d+ of them by a model-written summary/)
    // The counted figures are exact with the scripted model: N=6, failure at k=4.
    expect(body[0]![2]).toContain('2 vs 6')
    expect(body[2]![2]).toContain('(OpenAI pricing: cached input at 0.1×)')
    expect(body[3]![2]).toContain('1 vs 5')
    // Only the table on stdout: progress goes to stderr.
    expect(run.stdout).not.toContain('bench:')
    expect(run.stderr).toContain('bench: retry cost')
    expect(run.stderr).toContain('bench: long session')
  })

  it('--json gives the same measures as numbers', { timeout: 120_000 }, async () => {
    const run = await bench('--json', '--only', 'a,c')
    expect(run.status, run.stderr).toBe(0)
    const doc = JSON.parse(run.stdout) as {
      date: string
      node: { bench: string; runtimes: Array<{ version: string }> }
      cpu: { model: string; cores: number }
      results: Array<{ id: string; value: number; unit: string }>
    }
    expect(Date.parse(doc.date)).not.toBeNaN()
    expect(doc.cpu.cores).toBeGreaterThan(0)
    expect(doc.results.map((r) => r.id)).toEqual([
      'retry.modelCalls',
      'retry.tokensIn',
      'retry.billedIn',
      'retry.toolRuns',
      'retry.wall',
      'lookup.betterSqlite3',
      'lookup.nodeSqlite',
    ])
    for (const r of doc.results) expect(typeof r.value).toBe('number')
    expect(doc.results[0]).toMatchObject({ unit: 'ratio', value: 0.33, resumed: 2, fresh: 6 })
  })

  it('rejects an unknown section', async () => {
    const run = await bench('--only', 'z')
    expect(run.status).toBe(1)
    expect(run.stderr).toContain("--only takes a, b, c, d, e; not 'z'")
  })
})
