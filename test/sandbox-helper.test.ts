// The sandbox helper itself (src/agent/sandbox/agent-sandbox.c, shipped in dist/sandbox), run for
// real: as root (namespaces, as when the runner is root), through sudo as a user with passwordless
// sudo (as GitHub's hosted `runner`), and as a user without sudo (Landlock, as a self-hosted
// runner). The users are created by scripts/sandbox-users.mjs; where that is impossible (not root)
// the tests that need them are skipped with the reason printed.
import { execFileSync, spawn } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sandboxCommand, type SandboxPlan } from '../src/agent/sandbox/plan.js'
import { findHelper } from '../src/agent/sandbox/prepare.js'
import { ensureSandboxUsers, WITH_SUDO, WITHOUT_SUDO } from '../scripts/sandbox-users.mjs'
import { ROOT } from './support/action-harness.mjs'

const helper = findHelper('linux', 'x64')
const linux = process.platform === 'linux' && process.arch === 'x64' && helper !== undefined
const users = linux ? ensureSandboxUsers() : { ok: false as const, reason: 'not linux-x64' }
if (!users.ok) console.log(`sandbox-helper: tests needing root and test users are skipped: ${users.reason}`)
const ids = users.ok ? users.users : {}

const SECRET = 'ar-sandbox-secret-5f1e9c'
let dir: string
let work: string
let hidden: string
let hiddenFile: string
let listener: Server
let port: number

beforeAll(async () => {
  // Something of ours a command could look for: this process's environment holds the secret.
  process.env.AR_SANDBOX_TEST_SECRET = SECRET
  dir = mkdtempSync(join(tmpdir(), 'ar-sandbox-'))
  chmodSync(dir, 0o755)
  work = join(dir, 'work')
  hidden = join(dir, 'runner-temp')
  hiddenFile = join(dir, 'files', 'github_env')
  for (const d of [work, hidden, join(dir, 'files')]) mkdirSync(d, { recursive: true })
  writeFileSync(join(hidden, 'credentials'), SECRET)
  writeFileSync(hiddenFile, `TOKEN=${SECRET}\n`)
  for (const d of [work, hidden, join(dir, 'files'), hiddenFile]) chmodSync(d, 0o777)
  listener = createServer((socket) => socket.end('hello from outside\n'))
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve))
  port = (listener.address() as { port: number }).port
})
afterAll(() => {
  delete process.env.AR_SANDBOX_TEST_SECRET
  listener?.close()
  rmSync(dir, { recursive: true, force: true })
})

function plan(kind: 'namespaces' | 'landlock', user: { uid: number; gid: number }, extra: Partial<SandboxPlan> = {}): SandboxPlan {
  return {
    kind,
    via: 'root',
    network: 'on',
    reason: 'test',
    helper: helper!,
    uid: user.uid,
    gid: user.gid,
    workspace: work,
    hide: kind === 'namespaces' ? [hidden, hiddenFile] : [hidden, join(dir, 'files')],
    readonly: [],
    binds: [],
    landlockAbi: 0,
    ...extra,
  }
}

interface Ran {
  code: number | null
  signal: string | null
  out: string
  ms: number
}

/** Spawns as `runAs` (root by default) what the bash tool would, closing the control channel after `closeAfterMs`. */
function run(p: SandboxPlan, command: string, opts: { runAs?: { uid: number; gid: number }; closeAfterMs?: number } = {}): Promise<Ran> {
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: work, LANG: 'C.UTF-8' }
  const spec = sandboxCommand(p, command, env)
  const started = Date.now()
  const child = spawn(spec.file, spec.args, {
    cwd: work,
    env: spec.env,
    stdio: ['pipe', 'pipe', 'pipe'],
    ...(opts.runAs ? { uid: opts.runAs.uid, gid: opts.runAs.gid } : {}),
  })
  let out = ''
  child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c))
  child.stderr.setEncoding('utf8').on('data', (c: string) => (out += c))
  const timer = setTimeout(() => child.stdin.end(), opts.closeAfterMs ?? 20_000)
  return new Promise((resolve) =>
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      resolve({ code, signal, out, ms: Date.now() - started })
    }),
  )
}

const attacks = () =>
  [
    // The action's environment through /proc: the parent, and every process there is.
    'P=$(awk \'{print $4}\' /proc/$PPID/stat); tr "\\0" "\\n" < /proc/$P/environ 2>&1 | head -c 300',
    'cat /proc/[0-9]*/environ 2>/dev/null | tr "\\0" "\\n" | grep -c AR_SANDBOX_TEST_SECRET || true',
    `cat ${JSON.stringify(join(hidden, 'credentials'))} 2>&1`,
    `cat ${JSON.stringify(hiddenFile)} 2>&1 | head -c 200`,
  ].join('; echo; ')

function pgrep(marker: string): string {
  try {
    return execFileSync('pgrep', ['-af', marker], { encoding: 'utf8' }).trim()
  } catch {
    return ''
  }
}

describe.skipIf(!linux)('the sandbox helper binary', () => {
  it('is what `npm run build:native` builds from the committed source (reproducible)', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'ar-sandbox-build-')), 'agent-sandbox')
    execFileSync(
      process.execPath,
      [
        '-e',
        `import(${JSON.stringify(join(ROOT, 'scripts', 'build-sandbox.mjs'))}).then(m => m.buildSandbox('x64', ${JSON.stringify(out)}))`,
      ],
      {
        cwd: ROOT,
        stdio: 'pipe',
      },
    )
    expect(readFileSync(out).equals(readFileSync(helper!)), 'dist/sandbox differs: run npm run build:native and commit').toBe(true)
  })

  it('probes the kernel without privileges', () => {
    const probe = JSON.parse(execFileSync(helper!, ['--probe'], { encoding: 'utf8' })) as { uid: number; landlock: number }
    expect(probe.uid).toBe(process.getuid?.())
    expect(probe.landlock).toBeGreaterThanOrEqual(0)
  })
})

describe.skipIf(!users.ok)('namespaces (root, and through sudo as the hosted runner user)', () => {
  const runner = () => ids[WITH_SUDO]!

  it.each([
    ['as root', () => plan('namespaces', runner()), undefined],
    ['through sudo', () => plan('namespaces', runner(), { via: 'sudo' }), () => runner()],
  ] as const)('%s: nothing of the action is visible, hidden paths are empty, no sudo, no capabilities', async (_label, p, runAs) => {
    const r = await run(
      p(),
      `id -u; id -G; ps -e -o pid=,comm= | wc -l; grep CapEff /proc/self/status; ${attacks()}; echo; sudo -n true 2>&1; echo x > ${hidden}/new 2>&1; echo; ls -A ${hidden} | wc -l`,
      runAs ? { runAs: runAs() } : {},
    )
    expect(r.code, r.out).toBe(0)
    const lines = r.out.split('\n')
    expect(lines[0]).toBe(String(runner().uid))
    expect(lines[1]).toBe(String(runner().gid)) // no supplementary group (docker, adm …)
    expect(Number(lines[2])).toBeLessThanOrEqual(6) // the helper, bash, ps, wc: not the action, not vitest
    expect(lines[3]).toMatch(/^CapEff:\s+0+$/)
    expect(r.out).not.toContain(SECRET)
    expect(r.out).toContain('no new privileges')
    expect(r.out).toMatch(/Read-only file system/)
  })

  it('kills daemons and pipe holders when the command ends, and everything when the channel closes', async () => {
    const marker = `ar-daemon-${Date.now()}`
    const r = await run(
      plan('namespaces', runner()),
      `setsid bash -c 'exec -a ${marker} sleep 300' > /dev/null 2>&1 & (exec -a ${marker}-pipe sleep 300) & echo started`,
    )
    expect(r.out).toContain('started')
    expect(r.ms).toBeLessThan(5_000) // the pipe holder did not hold the command
    expect(pgrep(marker)).toBe('')
    const long = await run(plan('namespaces', runner()), `(exec -a ${marker}-long sleep 300) & sleep 300`, { closeAfterMs: 300 })
    expect(long.ms).toBeLessThan(5_000)
    expect(pgrep(marker)).toBe('')
  })

  it("with network off: loopback only, the runner's listener unreachable", async () => {
    const r = await run(
      plan('namespaces', runner(), { network: 'off' }),
      `cat /proc/net/dev | tail -n +3 | cut -d: -f1 | tr -d ' '; (exec 3<>/dev/tcp/127.0.0.1/${port} && cat <&3) 2>&1 | head -c 200`,
    )
    expect(r.out.split('\n')[0]).toBe('lo')
    expect(r.out).not.toContain('hello from outside')
    const on = await run(plan('namespaces', runner()), `(exec 3<>/dev/tcp/127.0.0.1/${port} && cat <&3)`)
    expect(on.out).toContain('hello from outside')
  })
})

describe.skipIf(!users.ok)('Landlock (a user without sudo)', () => {
  const user = () => ids[WITHOUT_SUDO]!
  const landlockAbi = linux ? (JSON.parse(execFileSync(helper, ['--probe'], { encoding: 'utf8' })) as { landlock: number }).landlock : 0

  it.skipIf(landlockAbi < 1)('denies the action, the hidden paths and sudo; the workspace stays writable', async () => {
    const r = await run(
      plan('landlock', user()),
      `${attacks()}; echo; sudo -n true 2>&1; echo kept > kept.txt && cat kept.txt; echo x >> ${hiddenFile} 2>&1`,
      { runAs: user() },
    )
    expect(r.code, r.out).not.toBe(125)
    expect(r.out).not.toContain(SECRET)
    expect(r.out).toContain('Permission denied')
    expect(r.out).toContain('no new privileges')
    expect(r.out).toContain('kept')
    expect(readFileSync(hiddenFile, 'utf8')).toBe(`TOKEN=${SECRET}\n`)
    expect(existsSync(join(work, 'kept.txt'))).toBe(true)
  })

  it.skipIf(landlockAbi < 1)('kills escaped daemons (it is their subreaper)', async () => {
    const marker = `ar-ll-daemon-${Date.now()}`
    const r = await run(plan('landlock', user()), `setsid bash -c 'exec -a ${marker} sleep 300' > /dev/null 2>&1 & echo started`, {
      runAs: user(),
    })
    expect(r.out).toContain('started')
    expect(pgrep(marker)).toBe('')
  })

  it.skipIf(landlockAbi < 4)('with network off: no TCP, not even to loopback', async () => {
    const r = await run(
      plan('landlock', user(), { network: 'off' }),
      `(exec 3<>/dev/tcp/127.0.0.1/${port} && cat <&3) 2>&1 | head -c 200`,
      { runAs: user() },
    )
    expect(r.out).not.toContain('hello from outside')
    expect(r.out).toContain('Permission denied')
  })
})
