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
import { TARGETS } from '../scripts/build-sandbox.mjs'
import { ensureArm64Deps } from '../scripts/install-arm64-deps.mjs'
import { ensureSandboxUsers, WITH_SUDO, WITHOUT_SUDO } from '../scripts/sandbox-users.mjs'
import { ROOT } from './support/action-harness.mjs'
import { ELF_MACHINE, readElf } from './support/elf.js'

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
    writable: [],
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
/** `emulator`: the program that runs the helper (qemu-aarch64-static for the arm64 one). */
function run(
  p: SandboxPlan,
  command: string,
  opts: { runAs?: { uid: number; gid: number }; closeAfterMs?: number; emulator?: string } = {},
): Promise<Ran> {
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: work, LANG: 'C.UTF-8' }
  const spec = sandboxCommand(p, command, env)
  const started = Date.now()
  const child = spawn(opts.emulator ?? spec.file, opts.emulator ? [spec.file, ...spec.args] : spec.args, {
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

// The linux-arm64 helper is cross-compiled (gcc-aarch64-linux-gnu) and run under
// qemu-aarch64-static, which scripts/install-arm64-deps.mjs installs; skipped, with the reason
// printed, only where that is impossible.
const arm64 = linux ? ensureArm64Deps() : { ok: false as const, reason: 'not linux-x64' }
if (!arm64.ok) console.log(`sandbox-helper: the linux-arm64 helper is neither rebuilt nor run: ${arm64.reason}`)

describe.skipIf(!linux)('the sandbox helper binary', () => {
  for (const arch of Object.keys(TARGETS)) {
    it.skipIf(arch !== 'x64' && !arm64.ok)(
      `linux-${arch} is what \`npm run build:native\` builds from the committed source (reproducible)`,
      () => {
        const shipped = findHelper('linux', arch)
        expect(shipped, `dist/sandbox has no helper for linux-${arch}`).toBeDefined()
        const elf = readElf(shipped!)
        expect([elf.machine, elf.type, elf.dynamic, elf.buildId]).toEqual([ELF_MACHINE[arch], 2, false, false]) // static, no build id
        const out = join(mkdtempSync(join(tmpdir(), 'ar-sandbox-build-')), 'agent-sandbox')
        execFileSync(
          process.execPath,
          [
            '-e',
            `import(${JSON.stringify(join(ROOT, 'scripts', 'build-sandbox.mjs'))}).then(m => m.buildSandbox(${JSON.stringify(arch)}, ${JSON.stringify(out)}))`,
          ],
          {
            cwd: ROOT,
            stdio: 'pipe',
          },
        )
        expect(readFileSync(out).equals(readFileSync(shipped!)), 'dist/sandbox differs: run npm run build:native and commit').toBe(true)
      },
    )
  }

  it('probes the kernel without privileges', () => {
    const probe = JSON.parse(execFileSync(helper!, ['--probe'], { encoding: 'utf8' })) as { uid: number; landlock: number }
    expect(probe.uid).toBe(process.getuid?.())
    expect(probe.landlock).toBeGreaterThanOrEqual(0)
  })

  it.skipIf(!arm64.ok)('linux-arm64 probes under qemu-aarch64-static (which passes no Landlock syscall: ABI 0)', () => {
    const qemu = arm64.ok ? arm64.qemu : ''
    const probe = JSON.parse(execFileSync(qemu, [findHelper('linux', 'arm64')!, '--probe'], { encoding: 'utf8' })) as {
      uid: number
      landlock: number
    }
    expect(probe).toEqual({ uid: process.getuid?.(), landlock: 0 })
  })

  it.skipIf(!arm64.ok || !users.ok)(
    'linux-arm64 under qemu-aarch64-static: namespaces hide the action and the hidden paths, no capabilities',
    async () => {
      const p = plan('namespaces', ids[WITH_SUDO]!, { helper: findHelper('linux', 'arm64')! })
      const r = await run(p, `id -u; ps -e -o pid= | wc -l; grep CapEff /proc/self/status; ${attacks()}`, {
        emulator: arm64.ok ? arm64.qemu : '',
      })
      expect(r.code, r.out).toBe(0)
      const lines = r.out.split('\n')
      expect(lines[0]).toBe(String(ids[WITH_SUDO]!.uid))
      expect(Number(lines[1])).toBeLessThanOrEqual(6)
      expect(lines[2]).toMatch(/^CapEff:\s+0+$/)
      expect(r.out).not.toContain(SECRET)
    },
  )
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

describe.skipIf(!users.ok)('attacks a first trial found', () => {
  const runner = () => ids[WITH_SUDO]!
  const nosudo = () => ids[WITHOUT_SUDO]!

  it('a parent of a protected path cannot be moved aside (namespaces through sudo)', async () => {
    // The hosted layout: the runner user owns the directory that holds RUNNER_TEMP and the workspace.
    const home = join(dir, 'runner-home')
    const ws = join(home, 'work', 'repo')
    const temp = join(home, 'work', '_temp')
    for (const d of [ws, temp]) mkdirSync(d, { recursive: true })
    writeFileSync(join(temp, 'creds'), SECRET)
    execFileSync('chown', ['-R', `${runner().uid}:${runner().gid}`, home])
    const p = plan('namespaces', runner(), { via: 'sudo', workspace: ws, hide: [temp] })
    const moved = await run(p, `mv ${home}/work ${home}/work.x 2>&1; mv ${temp} ${temp}.x 2>&1; echo done`, { runAs: runner() })
    expect(moved.out).toMatch(/Device or resource busy/)
    expect(existsSync(temp)).toBe(true)
    const after = await run(p, `cat ${temp}/creds 2>&1`, { runAs: runner() })
    expect(after.out).not.toContain(SECRET)
  })

  it('uid 0 without capabilities changes nothing outside the workspace, /tmp and HOME, and has no raw devices', async () => {
    const p = plan('namespaces', { uid: 0, gid: 0 }, { writable: [work, '/tmp', '/var/tmp'] })
    const r = await run(
      p,
      [
        'echo x > /etc/ar-sandbox-test 2>&1',
        'echo core > /proc/sys/kernel/core_pattern 2>&1',
        'ls /dev',
        'echo ok > ./inside.txt && cat inside.txt',
        'echo ok > /tmp/ar-sandbox-root-test && rm /tmp/ar-sandbox-root-test && echo tmp-ok',
      ].join('; '),
    )
    expect(r.code, r.out).toBe(0)
    expect(existsSync('/etc/ar-sandbox-test')).toBe(false)
    expect(r.out).toMatch(/Read-only file system[\s\S]*Read-only file system/)
    expect(r.out).not.toMatch(/\b(sd|vd|nvme|loop)\w*\b/)
    expect(r.out).toContain('null')
    expect(r.out).toContain('tmp-ok')
  })

  it('hands the command no descriptor of the action beyond stdin, stdout and stderr', async () => {
    const spec = sandboxCommand(plan('namespaces', runner()), 'ls /proc/self/fd', { PATH: process.env.PATH ?? '' })
    // Two more pipes open in the spawning process, as a runner's might be.
    const child = spawn(spec.file, spec.args, { env: spec.env, cwd: work, stdio: ['pipe', 'pipe', 'pipe', 'pipe', 'pipe'] })
    let out = ''
    child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c))
    await new Promise((resolve) => child.on('close', resolve))
    child.stdin.end()
    expect(out.trim().split('\n').sort()).toEqual(['0', '1', '2', '3']) // 3: ls's own directory
  })

  it('with network off under Landlock, no socket at all: not TCP, MPTCP, UDP nor a unix socket', async () => {
    const sock = join(dir, 'host.sock')
    const unix = createServer((c) => c.end('unix reached\n'))
    await new Promise<void>((resolve) => unix.listen(sock, resolve))
    chmodSync(sock, 0o777)
    try {
      const py = [
        'import socket',
        'for fam, typ, proto, addr in [(2, 1, 262, ("127.0.0.1", ' +
          String(port) +
          ')), (2, 2, 0, ("127.0.0.1", 53)), (1, 1, 0, ' +
          JSON.stringify(sock) +
          ')]:',
        '    try:',
        '        s = socket.socket(fam, typ, proto); s.connect(addr); s.send(b"x"); print("reached", fam, typ, proto, s.recv(64))',
        '    except OSError as e:',
        '        print("refused", fam, typ, proto, e.errno)',
      ].join('\n')
      const r = await run(plan('landlock', nosudo(), { network: 'off' }), `python3 -c '${py}'`, { runAs: nosudo() })
      expect(r.out).not.toContain('reached')
      expect(r.out.match(/refused/g)?.length, r.out).toBe(3)
    } finally {
      unix.close()
    }
  })

  it('with network off in namespaces, host sockets in /tmp and /run are out of reach', async () => {
    const sock = join('/tmp', `ar-sandbox-host-${process.pid}.sock`)
    const unix = createServer((c) => c.end('unix reached\n'))
    await new Promise<void>((resolve) => unix.listen(sock, resolve))
    chmodSync(sock, 0o777)
    const privateTmp = mkdtempSync(join(dir, 'private-tmp-'))
    chmodSync(privateTmp, 0o1777)
    try {
      const p = plan('namespaces', runner(), { network: 'off', hide: [hidden, '/run'], binds: [{ source: privateTmp, target: '/tmp' }] })
      const r = await run(
        p,
        `ls /tmp /run | head; python3 -c 'import socket; s=socket.socket(1,1); s.connect(${JSON.stringify(sock)}); print(s.recv(64))' 2>&1 | tail -1`,
      )
      expect(r.out).not.toContain('unix reached')
      expect(r.out).toMatch(/No such file or directory/)
    } finally {
      unix.close()
    }
  })
})
