// The report: outputs and the job summary, rendered and written through @actions/core's real
// file commands (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY) into temporary files.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Outputs } from '../src/constants.js'
import { coreOutputs, coreSummary, reportOutputs, writeReport, type OutputPort } from '../src/report/write.js'
import { readOnlyCacheNote } from '../src/github/handoff.js'
import { renderSummary } from '../src/report/summary.js'
import type { RunReport } from '../src/report/types.js'

const resumed: RunReport = {
  sessionId: 'ses_01J2ABC',
  resumed: true,
  attempt: 2,
  restoredFromAttempt: 1,
  outcome: 'completed',
  response: 'Fixed the off-by-one in `paginate()`.',
  steps: 5,
  tokensIn: 18_200,
  tokensOut: 2_100,
  tokensCacheRead: 12_000,
  tokensCacheWrite: 2_000,
  compactions: 0,
  persisted: true,
  cacheHit: true,
  attempts: [
    {
      attempt: 1,
      outcome: 'failed',
      steps: 7,
      tokensIn: 45_678,
      tokensOut: 3_456,
      tokensCacheRead: 30_000,
      tokensCacheWrite: 4_000,
      compactions: 1,
      modelCalls: 7,
      toolRuns: 12,
    },
    {
      attempt: 2,
      outcome: 'completed',
      steps: 5,
      tokensIn: 18_200,
      tokensOut: 2_100,
      tokensCacheRead: 12_000,
      tokensCacheWrite: 2_000,
      compactions: 0,
      modelCalls: 5,
      toolRuns: 6,
    },
  ],
  avoided: { modelCalls: 7, tokensIn: 45_678, toolRuns: 12 },
  workspace: {
    restored: ['src/paginate.ts', 'test/paginate.test.ts'],
    failed: ['package-lock.json'],
    errors: { 'package-lock.json': 'patch does not apply' },
  },
  runUrl: 'https://github.com/octo-org/hello-world/actions/runs/9876543210/attempts/2',
}

describe('renderSummary', () => {
  const md = renderSummary(resumed)

  it('has the attempts table with a row per attempt and a total', () => {
    expect(md).toContain('### Attempts')
    expect(md).toContain('| Attempt | Outcome | Steps | Tokens in | Cached | Tokens out | Model calls | Tool runs | Compactions |')
    expect(md).toContain('| 1 | ❌ failed | 7 | 45,678 | 30,000 | 3,456 | 7 | 12 | 1 |')
    expect(md).toContain('| **2** (this) | ✅ completed | 5 | 18,200 | 12,000 | 2,100 | 5 | 6 | 0 |')
    expect(md).toContain('| **Total** | | 12 | 63,878 | 42,000 | 5,556 | 12 | 18 | 1 |')
  })

  it('shows the prompt cache figures of this attempt', () => {
    expect(md).toContain('| Tokens this attempt | 18,200 in (12,000 read from the prompt cache, 2,000 written) · 2,100 out |')
  })

  it('says what resuming saved', () => {
    expect(md).toContain('### What resuming saved')
    expect(md).toContain('**7 model calls**, **45,678 input tokens** and **12 tool runs** avoided.')
  })

  it('heads with the attempt and how it started, and lists the session facts', () => {
    expect(md.startsWith('## ✅ Agent — attempt 2, resumed from attempt 1: completed\n')).toBe(true)
    expect(md).toContain('| Session | `ses_01J2ABC` |')
    expect(md).toContain(
      '| Cache | restored a saved session · the post step saves the session for a re-run (its log says whether it did) |',
    )
    expect(md).toContain('| Logs | [this attempt](https://github.com/octo-org/hello-world/actions/runs/9876543210/attempts/2) |')
  })

  it('reports the workspace restore, with why a file failed', () => {
    expect(md).toContain('- Restored 2: `src/paginate.ts`, `test/paginate.test.ts`')
    expect(md).toContain('- **Not restored 1**: `package-lock.json` (patch does not apply)')
  })

  it('a fresh start has no savings section; a read-only cache is a warning', () => {
    const fresh = renderSummary({
      ...resumed,
      resumed: false,
      restoredFromAttempt: null,
      attempt: 1,
      outcome: 'failed',
      persisted: false,
      cacheHit: false,
      attempts: [resumed.attempts[0]!],
      avoided: undefined,
      workspace: undefined,
      readOnlyCache: readOnlyCacheNote('issue_comment', 'none'),
    })
    expect(fresh).not.toContain('What resuming saved')
    expect(fresh).not.toContain('**Total**')
    expect(fresh).toContain('| Cache | no saved session · **session not saved** |')
    expect(fresh).toContain("> [!WARNING]\n> This run's cache token is read-only: GitHub gives issue_comment runs")
    expect(fresh).toContain('Set "handoff: dispatch"')
  })

  it('keeps table rows intact when free text has pipes or newlines', () => {
    const odd = renderSummary({ ...resumed, attempts: [{ ...resumed.attempts[0]!, outcome: 'oops | exit\n1' }] })
    expect(odd).toContain('| 1 | • oops \\| exit 1 | 7 |')
  })
})

describe('outputs', () => {
  it('uses the names in constants.ts, as strings', () => {
    expect(reportOutputs(resumed)).toEqual({
      [Outputs.SessionId]: 'ses_01J2ABC',
      [Outputs.Resumed]: 'true',
      [Outputs.Attempt]: '2',
      [Outputs.RestoredFromAttempt]: '1',
      [Outputs.Response]: 'Fixed the off-by-one in `paginate()`.',
      [Outputs.Outcome]: 'completed',
      [Outputs.Steps]: '5',
      [Outputs.CacheHit]: 'true',
      [Outputs.Persisted]: 'true',
      [Outputs.TokensInput]: '18200',
      [Outputs.TokensOutput]: '2100',
      [Outputs.TokensCached]: '12000',
      [Outputs.AvoidedModelCalls]: '7',
      [Outputs.AvoidedTokensInput]: '45678',
      [Outputs.Branch]: '',
      [Outputs.Commit]: '',
      [Outputs.PullRequestNumber]: '',
      [Outputs.PullRequestUrl]: '',
      [Outputs.ChangedFiles]: '',
      [Outputs.ThreadTurn]: '',
      [Outputs.ThreadSessionId]: '',
    })
  })

  it('report a delivery: branch, commit, the pull request and the changed paths', () => {
    const files = [
      { path: 'README.md', status: 'modified' as const, additions: 1, deletions: 1 },
      { path: 'docs/new.md', status: 'added' as const, additions: 3, deletions: 0 },
    ]
    const pullRequest = { number: 12, url: 'https://github.com/o/r/pull/12', state: 'open' }
    const delivery = {
      kind: 'delivered' as const,
      branch: 'agent/issue-42-run-1',
      commit: 'c'.repeat(40),
      files,
      pullRequest,
      reused: false,
    }
    expect(reportOutputs({ ...resumed, delivery })).toMatchObject({
      [Outputs.Branch]: 'agent/issue-42-run-1',
      [Outputs.Commit]: 'c'.repeat(40),
      [Outputs.PullRequestNumber]: '12',
      [Outputs.PullRequestUrl]: 'https://github.com/o/r/pull/12',
      [Outputs.ChangedFiles]: 'README.md\ndocs/new.md',
    })
    const summary = renderSummary({ ...resumed, delivery, repoUrl: 'https://github.com/o/r' })
    expect(summary).toContain(
      '### Delivery\n\n**📦 Pull request [#12](https://github.com/o/r/pull/12) from `agent/issue-42-run-1` (commit [`ccccccc`](https://github.com/o/r/commit/cccccccccccccccccccccccccccccccccccccccc))**',
    )
    expect(summary).toContain('| `docs/new.md` | added | +3 −0 |')
  })
})

describe('writeReport through @actions/core', () => {
  let dir: string
  const saved = { out: process.env.GITHUB_OUTPUT, summary: process.env.GITHUB_STEP_SUMMARY }
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'report-'))
    process.env.GITHUB_OUTPUT = join(dir, 'output')
    process.env.GITHUB_STEP_SUMMARY = join(dir, 'summary')
    writeFileSync(process.env.GITHUB_OUTPUT, '')
    writeFileSync(process.env.GITHUB_STEP_SUMMARY, '')
  })
  afterEach(() => {
    for (const [k, v] of [
      ['GITHUB_OUTPUT', saved.out],
      ['GITHUB_STEP_SUMMARY', saved.summary],
    ] as const) {
      if (v === undefined) delete process.env[k]
      else process.env[k] = v
    }
    rmSync(dir, { recursive: true, force: true })
  })

  it('writes every output and the summary to the runner files', async () => {
    await writeReport(resumed, { outputs: coreOutputs, summary: coreSummary })
    const outputs = readFileSync(join(dir, 'output'), 'utf8')
    // core writes "name<<delimiter\nvalue\ndelimiter" blocks.
    expect(outputs).toMatch(/session-id<<ghadelimiter_[\w-]+\nses_01J2ABC\n/)
    expect(outputs).toMatch(/avoided-tokens-input<<ghadelimiter_[\w-]+\n45678\n/)
    expect(readFileSync(join(dir, 'summary'), 'utf8')).toBe(renderSummary(resumed) + '\n')
  })

  it('a summary that cannot be written is reported, and outputs are still set', async () => {
    const set: string[] = []
    const outputs: OutputPort = { setOutput: (name) => void set.push(name) }
    const errors: unknown[] = []
    await writeReport(resumed, {
      outputs,
      summary: { write: async () => Promise.reject(new Error('disk full')) },
      onError: (e) => errors.push(e),
    })
    expect(set).toContain(Outputs.Outcome)
    expect(errors).toHaveLength(1)
  })
})
