// The workflows in .github/workflows cannot run here, so their promises are checked statically
// (shape, least permissions, pinned actions, the exact test command, inputs and outputs that
// action.yml declares), and the e2e workflow's scenario is replayed through the bundled action
// on a simulated runner: its own `with:` values, model script and checks, attempt 1 then 2.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseDocument } from 'yaml'
import { describe, expect, it } from 'vitest'
import { ROOT, SimulatedJob } from './support/action-harness.mjs'
import { startCacheService } from './support/cache-server.mjs'
import { startModelServer } from './support/model-server.mjs'
import type { Script, ScriptTurn } from './support/model-server.mjs'
import { freshClone, makeOrigin } from './support/repo.mjs'
import { tempDir } from './support/temp.js'

interface Step {
  id?: string
  name?: string
  if?: string
  uses?: string
  run?: string
  with?: Record<string, unknown>
  env?: Record<string, unknown>
}
interface Job {
  uses?: string
  needs?: string | string[]
  permissions?: unknown
  env?: Record<string, unknown>
  steps?: Step[]
}
interface Workflow {
  name?: unknown
  on?: unknown
  permissions?: unknown
  env?: Record<string, unknown>
  jobs?: Record<string, Job>
}

const WORKFLOWS_DIR = join(ROOT, '.github', 'workflows')
const action = parseDocument(readFileSync(join(ROOT, 'action.yml'), 'utf8')).toJS() as {
  inputs: Record<string, unknown>
  outputs: Record<string, unknown>
  runs: { using: string }
}
const INPUTS = Object.keys(action.inputs)
const OUTPUTS = Object.keys(action.outputs)

const files = readdirSync(WORKFLOWS_DIR)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort()
const text = (file: string) => readFileSync(join(WORKFLOWS_DIR, file), 'utf8')
const load = (file: string) => parseDocument(text(file)).toJS() as Workflow
const jobsOf = (w: Workflow) => Object.values(w.jobs ?? {})
const stepsOf = (w: Workflow) => jobsOf(w).flatMap((j) => j.steps ?? [])
/** Every `uses:` in a workflow: steps' actions and jobs' reusable workflows. */
const usesOf = (w: Workflow) => [...jobsOf(w).map((j) => j.uses), ...stepsOf(w).map((s) => s.uses)].filter((u) => u !== undefined)
/** The event names a workflow triggers on (`on:` as a string, a list or a mapping). */
const eventsOf = (w: Workflow): string[] =>
  typeof w.on === 'string' ? [w.on] : Array.isArray(w.on) ? w.on.map(String) : Object.keys(w.on ?? {})

/** A remote action is pinned when its ref is a version tag (v6, v6.0, v6.0.3) or a full commit SHA. */
function isPinned(uses: string): boolean {
  if (uses.startsWith('./')) return true // this repository, at the commit being run
  if (uses.startsWith('docker://')) return /@sha256:[0-9a-f]{64}$/.test(uses)
  return /^[\w.-]+\/[\w.-]+(\/[^@\s]+)?@(v\d+(\.\d+){0,2}|[0-9a-f]{40})$/.test(uses)
}

/** The one command .ci/run runs (the README's fresh-clone test command). */
function ciRunCommand(): string {
  const lines = readFileSync(join(ROOT, '.ci', 'run'), 'utf8').split('\n')
  const commands = lines.filter((l) => l.trim() !== '' && !/^(#|set |cd )/.test(l))
  expect(commands).toHaveLength(1)
  return commands[0]!.trim()
}

describe('.github/workflows', () => {
  it('holds the ci, check-dist, e2e and release workflows', () => {
    expect(files).toEqual(expect.arrayContaining(['ci.yml', 'check-dist.yml', 'e2e.yml', 'release.yml']))
  })

  it('tells pinned action refs from unpinned ones', () => {
    expect(isPinned('actions/checkout@v6')).toBe(true)
    expect(isPinned('actions/checkout@v6.0.3')).toBe(true)
    expect(isPinned('actions/checkout@08eba0b27e820071cde6df949e0beb9ba4906955')).toBe(true)
    expect(isPinned('./')).toBe(true)
    expect(isPinned('./.github/workflows/check-dist.yml')).toBe(true)
    expect(isPinned('actions/checkout@main')).toBe(false)
    expect(isPinned('actions/checkout@releases/v6')).toBe(false)
    expect(isPinned('actions/checkout@08eba0b')).toBe(false)
    expect(isPinned('actions/checkout')).toBe(false)
    expect(isPinned('docker://node:20')).toBe(false)
  })
})

describe.each(files)('%s', (file) => {
  it('is valid YAML', () => {
    const doc = parseDocument(text(file))
    expect(doc.errors.map((e) => e.message)).toEqual([])
    expect(doc.warnings.map((e) => e.message)).toEqual([])
  })

  it('has name, on, jobs and top-level permissions', () => {
    const w = load(file)
    expect(typeof w.name, 'name').toBe('string')
    expect(eventsOf(w).length, 'on').toBeGreaterThan(0)
    expect(Object.keys(w.jobs ?? {}).length, 'jobs').toBeGreaterThan(0)
    expect(w.permissions, 'top-level permissions').toBeTypeOf('object')
  })

  it('asks for least permissions: read at the top, write only where a job needs it', () => {
    const w = load(file)
    // Scopes a job may write, per workflow: release.yml creates a release and pushes a tag.
    const writable: Record<string, string[]> = { 'release.yml': ['contents'] }
    const grants = (p: unknown) => Object.entries((p ?? {}) as Record<string, string>)
    for (const [scope, level] of grants(w.permissions)) expect(level, `top-level permissions: ${scope}`).not.toBe('write')
    for (const [name, job] of Object.entries(w.jobs ?? {})) {
      if (job.permissions === undefined) continue
      expect(job.permissions, `jobs.${name}.permissions`).toBeTypeOf('object') // not write-all
      for (const [scope, level] of grants(job.permissions))
        if (level === 'write') expect(writable[file] ?? [], `jobs.${name} writes ${scope}`).toContain(scope)
    }
  })

  it('pins every remote action to a version tag or a full commit SHA', () => {
    const uses = usesOf(load(file))
    expect(uses.length).toBeGreaterThan(0)
    for (const u of uses) expect(isPinned(u), `uses: ${u}`).toBe(true)
  })
})

describe('ci.yml', () => {
  const w = load('ci.yml')

  it('runs on push and pull_request', () => {
    expect(eventsOf(w)).toEqual(expect.arrayContaining(['push', 'pull_request']))
  })

  it('runs exactly the README test command, the same as .ci/run', () => {
    const command = ciRunCommand()
    expect(command).toBe('npm ci && npm test')
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain(command)
    const runs = stepsOf(w).flatMap((s) => (s.run === undefined ? [] : [s.run.trim()]))
    expect(runs).toEqual([command])
  })

  it("sets up the Node version action.yml's runs.using names", () => {
    const major = /^node(\d+)$/.exec(action.runs.using)?.[1]
    const setup = stepsOf(w).find((s) => s.uses?.startsWith('actions/setup-node@'))
    expect(setup, 'an actions/setup-node step').toBeDefined()
    expect(String(setup?.with?.['node-version'])).toBe(major)
  })
})

describe('check-dist.yml', () => {
  const w = load('check-dist.yml')
  const runs = stepsOf(w)
    .map((s) => s.run ?? '')
    .join('\n')

  it('rebuilds dist and fails on a difference in the JavaScript bundles', () => {
    expect(runs).toContain('npm ci && npm run build')
    expect(runs).toMatch(/git diff --exit-code\b.*-- 'dist\/\*\.js'/)
  })

  it('uploads the expected dist when the check fails', () => {
    const upload = stepsOf(w).find((s) => s.uses?.startsWith('actions/upload-artifact@'))
    expect(upload?.if).toContain('failure()')
    expect(String(upload?.with?.path)).toContain('dist')
  })

  it('can be called by release.yml', () => {
    expect(eventsOf(w)).toContain('workflow_call')
  })
})

describe('release.yml', () => {
  const w = load('release.yml')
  const on = w.on as { push?: { tags?: string[]; branches?: string[] } }
  const runs = stepsOf(w)
    .map((s) => s.run ?? '')
    .join('\n')

  it('triggers on pushed vX.Y.Z tags only', () => {
    expect(eventsOf(w)).toEqual(['push'])
    expect(on.push?.tags).toContain('v*.*.*')
    expect(on.push?.branches).toBeUndefined()
  })

  it('checks dist before anything is published', () => {
    const check = Object.entries(w.jobs ?? {}).find(([, j]) => j.uses === './.github/workflows/check-dist.yml')
    expect(check, 'a job that calls check-dist.yml').toBeDefined()
    const publishing = Object.values(w.jobs ?? {}).filter((j) =>
      (j.steps ?? []).some((s) => /gh release create|git push/.test(s.run ?? '')),
    )
    for (const job of publishing) expect([job.needs].flat()).toContain(check![0])
  })

  it('creates a GitHub release with notes from CHANGELOG.md', () => {
    expect(runs).toMatch(/gh release create\b/)
    expect(runs).toContain('CHANGELOG.md')
    expect(runs).toContain('--notes-file')
  })

  it('moves the major tag to the released commit', () => {
    expect(runs).toMatch(/\$\{tag%%\.\*\}/) // v1.2.3 → v1
    expect(runs).toMatch(/git tag -fa "\$MAJOR"/)
    expect(runs).toMatch(/git push origin "\$MAJOR" --force/)
  })

  it("has a CHANGELOG with an Unreleased section and package.json's version", () => {
    const changelog = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8')
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version
    expect(changelog).toMatch(/^## \[Unreleased\]$/m)
    expect(changelog).toMatch(new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm'))
  })
})

// ---- e2e.yml ---------------------------------------------------------------------------------

const TOOL_NAMES = ['read_file', 'write_file', 'edit_file', 'list', 'grep', 'bash'] // src/agent/tools
const TURN_KEYS = ['text', 'toolCalls', 'usage', 'delayMs', 'whenAsked']
const FAULT_KINDS = ['status', 'hang', 'drop']

/** Problems with a model-server script (see test/support/model-server.d.mts); [] when valid. */
function scriptProblems(input: unknown): string[] {
  const problems: string[] = []
  const obj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
  const turns = Array.isArray(input) ? input : obj(input) ? input.turns : undefined
  if (!Array.isArray(turns) || turns.length === 0) return ['no turns']
  turns.forEach((turn: unknown, i) => {
    if (!obj(turn)) return problems.push(`turn ${i} is not an object`)
    for (const key of Object.keys(turn)) if (!TURN_KEYS.includes(key)) problems.push(`turn ${i}: unknown key ${key}`)
    if (turn.text !== undefined && typeof turn.text !== 'string') problems.push(`turn ${i}: text is not a string`)
    const calls = turn.toolCalls ?? []
    if (!Array.isArray(calls)) return problems.push(`turn ${i}: toolCalls is not a list`)
    calls.forEach((call: unknown, j) => {
      if (!obj(call) || !TOOL_NAMES.includes(String(call.name))) problems.push(`turn ${i} call ${j}: unknown tool ${JSON.stringify(call)}`)
      else if (call.args !== undefined && !obj(call.args)) problems.push(`turn ${i} call ${j}: args is not an object`)
    })
  })
  if (obj(input) && input.faults !== undefined) {
    const faults = Array.isArray(input.faults) ? input.faults : [undefined]
    for (const f of faults) if (!obj(f) || !FAULT_KINDS.includes(String(f.kind))) problems.push(`bad fault ${JSON.stringify(f)}`)
  }
  if (!obj(turns.at(-1)) || (turns.at(-1) as ScriptTurn).toolCalls?.length) problems.push('the last turn should be a final text')
  return problems
}

/**
 * Evaluates the `${{ }}` expressions e2e.yml uses in `with:`: string literals, ==, !=, &&, ||,
 * github.run_attempt and env.NAME. Anything else fails the test rather than being guessed.
 */
function evaluate(value: string, context: { attempt: number; env: Record<string, string> }): string {
  return value.replace(/\$\{\{\s*(.+?)\s*\}\}/g, (_, expr: string) => {
    // Tokens: operands become their string values; operators stay as they are.
    const tokens = [...expr.matchAll(/'([^']*)'|github\.run_attempt|env\.([A-Za-z_]\w*)|==|!=|&&|\|\||(\S)/g)].map((m) => {
      if (m[3] !== undefined) throw new Error(`unsupported expression in e2e.yml: \${{ ${expr} }}`)
      if (m[1] !== undefined) return { value: m[1] }
      if (m[0] === 'github.run_attempt') return { value: String(context.attempt) }
      if (m[2] !== undefined) return { value: context.env[m[2]] ?? '' }
      return { op: m[0] }
    })
    const split = <T extends { op?: string }>(list: T[], op: string): T[][] =>
      list.reduce<T[][]>((parts, t) => (t.op === op ? [...parts, []] : (parts.at(-1)!.push(t), parts)), [[]])
    const operand = (part: Array<{ op?: string; value?: string }>): string => {
      const [a, cmp, b, ...rest] = part
      if (a?.value === undefined || rest.length > 0) throw new Error(`unsupported expression in e2e.yml: \${{ ${expr} }}`)
      if (cmp === undefined) return a.value
      if (b?.value === undefined || (cmp.op !== '==' && cmp.op !== '!='))
        throw new Error(`unsupported expression in e2e.yml: \${{ ${expr} }}`)
      return String((a.value === b.value) === (cmp.op === '=='))
    }
    // GitHub's && and || return an operand, as JavaScript's do; 'false' and '' are falsy here.
    const truthy = (v: string) => v !== '' && v !== 'false'
    const and = (part: Array<{ op?: string; value?: string }>) =>
      split(part, '&&').reduce<string | undefined>((acc, p) => (acc !== undefined && !truthy(acc) ? acc : operand(p)), undefined) ?? ''
    return split(tokens, '||').reduce<string | undefined>((acc, p) => (acc !== undefined && truthy(acc) ? acc : and(p)), undefined) ?? ''
  })
}

describe('e2e.yml', () => {
  const w = load('e2e.yml')
  const [jobName, job] = Object.entries(w.jobs ?? {})[0]!
  const steps = job.steps ?? []
  const agent = steps.find((s) => s.uses === './')
  const runText = steps.map((s) => s.run ?? '').join('\n')
  const serverRun = steps.find((s) => /test\/support\/model-server\.mjs/.test(s.run ?? ''))?.run ?? ''
  const scriptPath = /--script\s+(\S+)/.exec(serverRun)?.[1]
  const port = /--port\s+(\d+)/.exec(serverRun)?.[1]
  const env = Object.fromEntries(Object.entries({ ...w.env, ...job.env }).map(([k, v]) => [k, String(v)]))
  /** The step the workflow checks attempt ≥ 2 with. */
  const check2 = steps.find((s) => /run_attempt != '1'/.test(s.if ?? ''))
  const dir = tempDir('ar-e2e-workflow-')

  it('is started by hand (a writable cache; attempt 1 fails on purpose, so not on every PR)', () => {
    expect(eventsOf(w)).toContain('workflow_dispatch')
    for (const event of ['issue_comment', 'issues', 'pull_request_target', 'pull_request'])
      expect(eventsOf(w), `${event} trigger`).not.toContain(event)
  })

  it('uses the action from this repository, with inputs action.yml declares', () => {
    expect(agent, 'a step with uses: ./').toBeDefined()
    expect(agent?.id, 'the step has an id, for its outputs').toBeTruthy()
    for (const key of Object.keys(agent?.with ?? {})) expect(INPUTS, `with: ${key}`).toContain(key)
  })

  it('reads only outputs action.yml declares, including the resume ones', () => {
    const refs = [...text('e2e.yml').matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)]
    expect(refs.length).toBeGreaterThan(0)
    for (const [ref, id, output] of refs) {
      expect(id, ref).toBe(agent?.id)
      expect(OUTPUTS, ref).toContain(output)
    }
    const read = new Set(refs.map((r) => r[2]))
    for (const output of ['resumed', 'restored-from-attempt', 'avoided-model-calls']) expect([...read]).toContain(output)
  })

  it('points the action at the scripted model server it starts', () => {
    expect(port, '--port').toBeDefined()
    expect(serverRun).toMatch(/&\s*$/m) // in the background, for the steps after it
    expect(agent?.with?.model).toMatch(/^openai-compatible\//)
    expect(agent?.with?.['base-url']).toBe(`http://127.0.0.1:${port}/v1`)
    expect(runText).toContain(`http://127.0.0.1:${port}/_requests`)
  })

  it("has a model script in the model server's format", () => {
    expect(scriptPath, '--script').toBeDefined()
    expect(existsSync(join(ROOT, scriptPath!)), scriptPath).toBe(true)
    expect(scriptProblems(JSON.parse(readFileSync(join(ROOT, scriptPath!), 'utf8')))).toEqual([])
    expect(scriptProblems({ turns: [{ toolCalls: [{ name: 'rm_rf' }] }, { text: 'x' }] })).not.toEqual([])
    expect(scriptProblems({ turns: [{ txt: 'typo' }] })).not.toEqual([])
  })

  it('makes attempt 1 stop early and checks both attempts', () => {
    expect(evaluate(String(agent?.with?.['max-steps']), { attempt: 1, env })).toBe(env.STOP_AFTER)
    expect(Number(evaluate(String(agent?.with?.['max-steps']), { attempt: 2, env }))).toBeGreaterThan(Number(env.STOP_AFTER))
    expect(steps.some((s) => /run_attempt == '1'/.test(s.if ?? ''))).toBe(true)
    expect(check2, `a step in ${jobName} that checks attempt 2`).toBeDefined()
  })

  it('evaluates its expressions, or refuses ones it does not know', () => {
    expect(evaluate("${{ github.run_attempt == '1' && env.N || '30' }}", { attempt: 1, env: { N: '3' } })).toBe('3')
    expect(evaluate("${{ github.run_attempt == '1' && env.N || '30' }}", { attempt: 2, env: { N: '3' } })).toBe('30')
    expect(() => evaluate('${{ secrets.KEY }}', { attempt: 1, env: {} })).toThrow(/unsupported/)
  })

  it('resumes on attempt 2 when replayed through the bundled action on a simulated runner', async () => {
    const script = JSON.parse(readFileSync(join(ROOT, scriptPath!), 'utf8')) as Script
    const stopAfter = Number(env.STOP_AFTER)
    // The checkout: a stand-in repository with the files the script reads.
    const origin = makeOrigin(join(dir, 'origin'), { 'action.yml': readFileSync(join(ROOT, 'action.yml'), 'utf8'), 'README.md': '# e2e\n' })
    const cache = await startCacheService()
    try {
      const attempt = async (n: number) => {
        // A fresh runner per attempt: a new model server on it, a fresh clone, the same paths.
        const model = await startModelServer({ script, port: 0 })
        try {
          const inputs = Object.fromEntries(Object.entries(agent!.with!).map(([k, v]) => [k, evaluate(String(v), { attempt: n, env })]))
          inputs['base-url'] = model.url // the workflow's fixed port, wherever this one listens
          const job = new SimulatedJob({ dir: join(dir, 'runner'), runId: '31337', attempt: n, env: cache.env, inputs })
          freshClone(origin, job.workspace)
          const main = await job.run('main')
          const post = await job.run('post')
          expect(post.code, `attempt ${n} post step:\n${post.stdout}`).toBe(0)
          return { main, turns: model.requests.map((r) => r.turn), workspace: job.workspace }
        } finally {
          await model.close()
        }
      }

      const one = await attempt(1)
      expect(one.main.code, 'attempt 1 fails the job').not.toBe(0)
      expect(one.main.outputs).toMatchObject({ outcome: 'max-steps', steps: String(stopAfter), persisted: 'true' })

      const two = await attempt(2)
      expect(two.main.code, two.main.stdout).toBe(0)
      expect(two.main.outputs).toMatchObject({ resumed: 'true', 'restored-from-attempt': '1', outcome: 'completed' })
      expect(Number(two.main.outputs['avoided-model-calls'])).toBeGreaterThanOrEqual(stopAfter)
      expect(Math.min(...two.turns)).toBeGreaterThanOrEqual(stopAfter)
      // The workflow's own file checks (grep -qx 'line' file) hold on attempt 2's workspace.
      const greps = [...(check2?.run ?? '').matchAll(/grep -qx '([^']*)' (\S+)/g)]
      expect(greps.length).toBeGreaterThan(0)
      for (const [, line, file] of greps) {
        const lines = readFileSync(join(two.workspace, file!), 'utf8').split('\n')
        expect(lines, `${file} has the line '${line}'`).toContain(line)
      }
    } finally {
      await cache.stop()
    }
  })
})
