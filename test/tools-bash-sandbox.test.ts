// The bash tool through the sandbox the runner allows (here root: namespaces), with real
// processes: exit status and signals come through, timeouts and the output cap still hold, a
// daemon or a pipe holder neither survives nor stretches the command's time. Without a sandbox
// (macOS, Windows) an escaped pipe holder cannot hold the step either.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { SandboxPlan } from '../src/agent/sandbox/plan.js'
import { prepareSandbox } from '../src/agent/sandbox/prepare.js'
import { createToolbox } from '../src/agent/tools/index.js'
import { tempDir } from './support/temp.js'

const base = tempDir('ar-bash-sandbox-')
const linux = process.platform === 'linux'
let n = 0
const markers: string[] = []

function pgrep(marker: string): string {
  try {
    return execFileSync('pgrep', ['-af', marker], { encoding: 'utf8' }).trim()
  } catch {
    return ''
  }
}

afterAll(() => {
  // Only the unsandboxed test can leave one (its escaped daemon is the weakness it shows).
  for (const m of markers) spawnSync('pkill', ['-KILL', '-f', m], { stdio: 'ignore' })
})

async function box(sandbox: 'probe' | 'none', timeout = 10, max?: number) {
  const root = join(base, `ws${++n}`)
  mkdirSync(root, { recursive: true })
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: root }
  const plan: SandboxPlan | undefined =
    sandbox === 'probe' ? await prepareSandbox({ network: 'on', workspace: root, dbPath: join(base, 'db', 'session.db'), env }) : undefined
  const tools = createToolbox({
    workspaceRoot: root,
    bashTimeoutSeconds: timeout,
    env,
    ...(plan ? { sandbox: plan } : {}),
    ...(max ? { maxOutputChars: max } : {}),
  })
  return {
    plan,
    bash: async (command: string, signal?: AbortSignal) => {
      const started = Date.now()
      const r = await tools.execute({ toolCallId: 'c', toolName: 'bash', input: { command } }, signal ? { signal } : {})
      return { ...r, ms: Date.now() - started }
    },
  }
}

function marker(): string {
  const m = `ar-sbx-${process.pid}-${++n}-${Date.now()}`
  markers.push(m)
  return m
}

describe.skipIf(!linux)('bash tool in the sandbox', () => {
  it('is sandboxed here, and reports output, exit codes and signals', async () => {
    const { plan, bash } = await box('probe')
    expect(plan?.kind).not.toBe('none')
    expect((await bash('echo out; echo err >&2; exit 3')).text).toBe('out\nerr\n[exit code 3]')
    expect((await bash('kill -TERM $$')).text).toMatch(/\[terminated by SIGTERM\]$/)
    expect((await bash('read x; echo "read:[$x]"')).text).toContain('read:[]')
  })

  it('kills the whole command at the timeout, daemons and pipe holders included', async () => {
    const { bash } = await box('probe', 2)
    const m = marker()
    const r = await bash(`setsid bash -c 'exec -a ${m}-d sleep 300' & (exec -a ${m}-p sleep 300) & sleep 300`)
    expect(r.text).toContain('[killed after the 2s timeout, with every process it started]')
    expect(r.ms).toBeLessThan(6_000)
    expect(pgrep(m)).toBe('')
  })

  it('a command that ends leaves nothing running, and a pipe holder does not hold it', async () => {
    const { bash } = await box('probe', 30)
    const m = marker()
    const r = await bash(`setsid bash -c 'exec -a ${m} sleep 300' & echo started`)
    expect(r.text).toBe('started\n[exit code 0]')
    expect(r.ms).toBeLessThan(5_000)
    expect(pgrep(m)).toBe('')
  })

  it('stops when the agent runs out of time (abort)', async () => {
    const { bash } = await box('probe', 60)
    const m = marker()
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 300)
    const r = await bash(`(exec -a ${m} sleep 300) & sleep 300`, controller.signal)
    expect(r.text).toContain('[killed: the agent ran out of time]')
    expect(r.ms).toBeLessThan(5_000)
    expect(pgrep(m)).toBe('')
  })

  it('caps the output', async () => {
    const { bash } = await box('probe', 30, 5_000)
    const r = await bash("head -c 300000 /dev/zero | tr '\\0' a; echo; echo tail-line")
    expect(r.text.length).toBeLessThanOrEqual(5_000)
    expect(r.text).toContain('tail-line')
  })
})

describe.skipIf(!linux)('bash tool without a sandbox', () => {
  it('an escaped process holding the output pipe cannot hold the step past its timeout', async () => {
    const { bash } = await box('none', 2)
    const m = marker()
    const r = await bash(`setsid bash -c 'exec -a ${m} sleep 300' & sleep 300`)
    expect(r.text).toContain('killed after the 2s timeout')
    expect(r.ms).toBeLessThan(2_000 + 2_000 + 1_500) // the timeout, the grace for the pipe, slack
  })
})
