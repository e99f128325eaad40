import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { render } from '../scripts/docs.mjs'
import { ROOT } from './support/action-harness.mjs'

const actionYml = readFileSync(join(ROOT, 'action.yml'), 'utf8')
const action = parse(actionYml) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> }
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')

interface Step {
  uses?: string
  with?: Record<string, unknown>
}
interface Workflow {
  on: unknown
  jobs: Record<string, { steps: Step[] }>
}

describe('README agrees with action.yml', () => {
  it('has the inputs and outputs tables generated from action.yml (npm run docs)', () => {
    expect(render(readme, actionYml)).toBe(readme)
  })

  it('shows both fresh-clone commands', () => {
    expect(readme).toContain('npm ci && npm test')
    expect(readme).toContain('npm ci && npm run demo')
  })

  it('.ci/run runs exactly the README test command', () => {
    const ci = readFileSync(join(ROOT, '.ci', 'run'), 'utf8')
    const commands = ci.split('\n').filter((l) => l.trim() !== '' && !/^(#|set |cd )/.test(l))
    expect(commands).toEqual(['npm ci && npm test'])
  })
})

const docs = { 'README.md': readme, 'docs/handoff.md': readFileSync(join(ROOT, 'docs', 'handoff.md'), 'utf8') }
const workflows = [
  ...readdirSync(join(ROOT, 'examples')).map((f) => ({ name: `examples/${f}`, text: readFileSync(join(ROOT, 'examples', f), 'utf8') })),
  // The YAML blocks in the README and docs/handoff.md are workflows too.
  ...Object.entries(docs).flatMap(([file, doc]) =>
    [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m, i) => ({ name: `${file} yaml block ${i + 1}`, text: m[1]! })),
  ),
]

describe.each(workflows)('$name', ({ text }) => {
  // A block is a whole workflow, or a list of steps shown on its own.
  const parsed = parse(text) as Workflow | Step[]
  const steps = Array.isArray(parsed) ? parsed : Object.values(parsed.jobs).flatMap((job) => job.steps)
  const ours = steps.filter((s) => s.uses === 'org/agent-resume-action@v1' || s.uses === './')

  it('is a workflow (or steps) that uses the action', () => {
    if (!Array.isArray(parsed)) expect(parsed.on).toBeDefined()
    expect(ours.length).toBeGreaterThan(0)
  })

  it('passes only inputs that action.yml declares', () => {
    for (const step of ours) {
      for (const key of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs), `with: ${key}`).toContain(key)
    }
  })
})
