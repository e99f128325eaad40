// Issue 17 through the bundled action on Node 20 and 24, against the GitHub fake and the scripted
// model server: the repository's AGENTS.md / CLAUDE.md and the `instructions` input reach the
// model's system prompt (fenced as repository text); `tools: read_file,list,grep` offers the model
// only those three and refuses any other call; the progress comment names each tool's target.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { RUNTIMES } from './support/action-harness.mjs'
import { loadEvent } from './support/github-fake.seed.js'
import type { RecordedRequest } from './support/model-server.mjs'
import { log, newJob, runJob, useServices } from './e2e-github-env.js'

const services = useServices()
const ANSWER = 'Reviewed: `last` is off by one.'

function systemOf(request: RecordedRequest | undefined): string {
  const messages = (request?.body['messages'] ?? []) as Array<{ role: string; content: unknown }>
  const system = messages.find((m) => m.role === 'system')
  return typeof system?.content === 'string' ? system.content : JSON.stringify(system?.content ?? '')
}

function toolsOf(request: RecordedRequest | undefined): string[] {
  const tools = (request?.body['tools'] ?? []) as Array<{ function?: { name?: string } }>
  return tools.map((t) => t.function?.name ?? '?')
}

describe.each(RUNTIMES)('instructions, tools and progress lines on $label', ({ label, node }) => {
  it('sends AGENTS.md and the instructions input, offers only the tools given, and names targets in the comment', async () => {
    const s = services()
    s.model.setFaults([])
    // The first answer takes longer than the comment's 10 s throttle, so step 1's line is written.
    s.model.setScript([
      {
        delayMs: 10_500,
        toolCalls: [
          { name: 'read_file', args: { path: 'src/paginate.js' } },
          { name: 'grep', args: { pattern: 'last', path: 'src' } },
          { name: 'bash', args: { command: 'touch pwned' } },
        ],
      },
      { text: ANSWER },
    ])
    const before = s.model.requests.length
    const runId = label === 'node20' ? '7700' : '7800'
    const job = newJob(s, {
      dir: `instructions-${label}`,
      runId,
      attempt: 1,
      node,
      eventName: 'issue_comment',
      payload: loadEvent('issue_comment.issue'),
      inputs: { tools: 'read_file, list\ngrep', instructions: 'Answer in one sentence.', deliver: 'none' },
    })
    writeFileSync(join(job.workspace, 'AGENTS.md'), '# Conventions\n\nRun `npm test` before answering.\n')
    mkdirSync(join(job.workspace, 'src'), { recursive: true })
    writeFileSync(join(job.workspace, 'src', 'CLAUDE.md'), 'Source files use two-space indentation.\n')

    const { main, post } = await runJob(job)
    expect(main.code, log(main)).toBe(0)
    expect(post.code, log(post)).toBe(0)
    expect(main.outputs['outcome']).toBe('completed')
    expect(main.stdout).toContain('Instructions: AGENTS.md (47 bytes), src/CLAUDE.md (39 bytes)')
    expect(main.stdout).toContain("Instructions: the 'instructions' input (23 bytes)")

    const requests = s.model.requests.slice(before)
    expect(requests).toHaveLength(2)
    const system = systemOf(requests[0])
    const fence = /<<<(REPOSITORY-[0-9a-f]{16}) BEGIN\n([\s\S]*)\n<<<\1 END/.exec(system)
    expect(fence, system).not.toBeNull()
    expect(fence?.[2]).toContain('# AGENTS.md (instructions for the whole repository)\n\n# Conventions\n\nRun `npm test` before answering.')
    expect(fence?.[2]).toContain('# src/CLAUDE.md (instructions for files under src/)\n\nSource files use two-space indentation.')
    expect(system).toContain('the one in the nearest (deepest) directory wins')
    expect(system.endsWith('Instructions from the workflow that runs you:\n\nAnswer in one sentence.')).toBe(true)
    expect(system).toContain('Tools: read_file, list, grep.')
    expect(system).not.toContain('bash')
    // The same system prompt and tools on every step (the prompt cache's prefix).
    expect(systemOf(requests[1])).toBe(system)
    for (const r of requests) expect(toolsOf(r)).toEqual(['read_file', 'list', 'grep'])
    // The call to a tool not given ran nothing.
    expect(JSON.stringify(requests[1]?.body['messages'])).toMatch(/bash/)
    expect(existsSync(join(job.workspace, 'pwned'))).toBe(false)

    const patches = s.github.requestsTo('PATCH', /\/issues\/comments\/\d+$/).map((r) => (r.body as { body: string }).body)
    const line = 'Step 1: read_file `src/paginate.js`, grep `last` in `src`, bash `touch pwned` (error)'
    expect(
      patches.some((b) => b.includes(line)),
      patches.join('\n----\n'),
    ).toBe(true)
    expect(patches.at(-1)).toContain('✅ done after 1 tool step and the answer')
  })

  it('a re-run sends the system prompt of the first attempt, byte for byte, though AGENTS.md changed', async () => {
    const s = services()
    s.model.setScript([{ toolCalls: [{ name: 'read_file', args: { path: 'AGENTS.md' } }] }, { text: ANSWER }])
    // Step 2's call is refused once (a 400 is not retried): attempt 1 fails, attempt 2 resumes.
    s.model.setFaults([{ kind: 'status', status: 400, turn: 1, times: 1 }])
    const runId = label === 'node20' ? '7701' : '7801'
    const attempt = (n: number, rules: string) => {
      const job = newJob(s, {
        dir: `instructions-resume-${label}`,
        runId,
        attempt: n,
        node,
        eventName: 'issue_comment',
        payload: loadEvent('issue_comment.issue'),
        inputs: { deliver: 'none' },
      })
      writeFileSync(join(job.workspace, 'AGENTS.md'), rules)
      return runJob(job)
    }
    const before = s.model.requests.length
    const first = await attempt(1, 'Rules of attempt one.\n')
    expect(first.main.outputs['outcome'], log(first.main)).toBe('failed')
    const between = s.model.requests.length
    const second = await attempt(2, 'Rules changed before the re-run.\n')
    expect(second.main.code, log(second.main)).toBe(0)
    expect(second.main.outputs['outcome']).toBe('completed')
    expect(second.main.stdout).toContain("Instructions: AGENTS.md (21 bytes) (as gathered at the session's first attempt)")

    const system = systemOf(s.model.requests[before])
    expect(system).toContain('Rules of attempt one.')
    const resumed = s.model.requests.slice(between)
    expect(resumed.length).toBeGreaterThan(0)
    for (const r of resumed) expect(systemOf(r)).toBe(system)
  })
})
