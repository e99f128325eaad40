// What the progress comment says about a step (describeStep), and the tools input's effect on
// the toolbox and the system prompt: only the tools given are offered, run and named.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { codeSpan, describeStep } from '../src/agent/drive.js'
import { noTotals, type StepInfo } from '../src/agent/loop.js'
import { systemPrompt } from '../src/agent/prompts.js'
import { createToolbox } from '../src/agent/tools/index.js'
import { tempDir } from './support/temp.js'

function step(n: number, toolCalls: StepInfo['toolCalls']): StepInfo {
  return { attempt: 1, step: n, toolCalls, tokensIn: 1, tokensOut: 1, totals: noTotals(), text: '', final: toolCalls.length === 0 }
}
const call = (toolName: string, input: unknown, more: { isError?: boolean; status?: string } = {}) => ({
  toolName,
  input,
  isError: more.isError ?? false,
  status: more.status,
})

describe('describeStep', () => {
  it('names each tool with its target', () => {
    expect(describeStep(step(3, [call('edit_file', { path: 'src/parse.ts', old_string: 'a', new_string: 'b' })]))).toBe(
      'Step 3: edit_file `src/parse.ts`',
    )
    expect(describeStep(step(4, [call('bash', { command: 'npm test' }, { status: 'exit 1' })]))).toBe('Step 4: bash `npm test` → exit 1')
    expect(describeStep(step(5, [call('read_file', { path: 'a.ts' }), call('grep', { pattern: 'TODO' })]))).toBe(
      'Step 5: read_file `a.ts`, grep `TODO`',
    )
    expect(
      describeStep(step(6, [call('grep', { pattern: 'x+', path: 'src' }), call('list', {}), call('list', { pattern: '**/*.ts' })])),
    ).toBe('Step 6: grep `x+` in `src`, list `.`, list `.` `**/*.ts`')
  })

  it('marks errors, and names a tool without a usable target alone', () => {
    expect(describeStep(step(2, [call('write_file', { path: 'x' }, { isError: true }), call('web', { q: 1 }, { isError: true })]))).toBe(
      'Step 2: write_file `x` (error), web (error)',
    )
    expect(describeStep(step(2, [call('bash', { command: 'sleep 99' }, { status: 'timed out' })]))).toBe(
      'Step 2: bash `sleep 99` → timed out',
    )
  })

  it('shortens a long or multi-line command to one line of 60 characters', () => {
    const line = describeStep(step(1, [call('bash', { command: `set -e\n  npm ci\n${'x'.repeat(100)}` }, { status: 'exit 0' })]))
    expect(line).toBe(`Step 1: bash \`set -e npm ci ${'x'.repeat(45)}…\` → exit 0`)
  })

  it('names at most five calls', () => {
    const calls = Array.from({ length: 7 }, (_, i) => call('read_file', { path: `f${i}` }))
    expect(describeStep(step(1, calls))).toBe(
      'Step 1: read_file `f0`, read_file `f1`, read_file `f2`, read_file `f3`, read_file `f4` and 2 more',
    )
  })

  it('counts the tool steps before the answer', () => {
    expect(describeStep(step(5, []))).toBe('Step 5: answered, after 4 tool steps in this attempt')
    expect(describeStep(step(2, []))).toBe('Step 2: answered, after 1 tool step in this attempt')
    expect(describeStep(step(1, []))).toBe('Step 1: answered')
  })
})

describe('codeSpan', () => {
  it('keeps markdown, mentions and backticks inert', () => {
    expect(codeSpan('echo `date` @alice *x*')).toBe('``echo `date` @alice *x*``')
    expect(codeSpan('`a`')).toBe('`` `a` ``')
    expect(codeSpan('cat <!-- agent-resume-history -->')).toBe('`cat <!-\u200b- agent-resume-history -->`')
  })
})

describe('the tools input in the toolbox and the prompt', () => {
  const root = join(tempDir('ar-step-line-'), 'ws')
  mkdirSync(root, { recursive: true })
  writeFileSync(join(root, 'a.txt'), 'hello\n')

  it('offers and runs only the tools given; any other is refused as unknown', async () => {
    const tools = createToolbox({ workspaceRoot: root, bashTimeoutSeconds: 5, env: {}, tools: ['read_file', 'list', 'grep'] })
    expect(Object.keys(tools.definitions)).toEqual(['read_file', 'list', 'grep'])
    const read = await tools.execute({ toolCallId: 'c1', toolName: 'read_file', input: { path: 'a.txt' } })
    expect(read.isError).toBe(false)
    for (const toolName of ['bash', 'write_file', 'edit_file']) {
      const refused = await tools.execute({ toolCallId: 'c2', toolName, input: { command: 'touch b', path: 'b', content: '' } })
      expect(refused).toEqual({ text: `Unknown tool "${toolName}"; available: read_file, list, grep.`, isError: true })
    }
  })

  it('gives bash a status', async () => {
    const tools = createToolbox({ workspaceRoot: root, bashTimeoutSeconds: 5, env: { PATH: process.env['PATH'] ?? '' } })
    expect(Object.keys(tools.definitions)).toEqual(['read_file', 'write_file', 'edit_file', 'list', 'grep', 'bash'])
    const ran = await tools.execute({ toolCallId: 'c', toolName: 'bash', input: { command: 'exit 3' } })
    expect(ran.status).toBe('exit 3')
  })

  it('names only the tools given in the system prompt, with only their rules', () => {
    const prompt = systemPrompt({ workspaceRoot: '/w', toolNames: ['read_file', 'list', 'grep'], bashTimeoutSeconds: 9, maxSteps: 3 })
    expect(prompt).toContain('Tools: read_file, list, grep. You cannot change files in this job: report what you find.')
    expect(prompt).not.toMatch(/bash|edit_file/)
    const all = systemPrompt({ workspaceRoot: '/w', toolNames: ['edit_file', 'bash'], bashTimeoutSeconds: 9, maxSteps: 3 })
    expect(all).toContain(
      'Tools: edit_file, bash. Read a file before editing it; edit_file needs the exact current text. bash commands run',
    )
  })
})
