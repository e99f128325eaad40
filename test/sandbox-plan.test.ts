// The pure choice of a sandbox and the command line that sets it up (src/agent/sandbox/plan.ts).
import { describe, expect, it } from 'vitest'
import {
  chooseSandbox,
  describeSandbox,
  protectedPaths,
  sandboxCommand,
  SandboxError,
  type SandboxFacts,
} from '../src/agent/sandbox/plan.js'

const facts = (over: Partial<SandboxFacts> = {}): SandboxFacts => ({
  platform: 'linux',
  helper: '/a/dist/sandbox/agent-sandbox-linux-x64',
  uid: 1001,
  gid: 118,
  landlockAbi: 4,
  sudo: true,
  ...over,
})
const protect = { dirs: ['/home/runner/work/_temp'], files: ['/srv/db/session.db'] }
const request = (network: 'on' | 'off' = 'on') => ({ network, workspace: '/home/runner/work/r/r', protect, readonly: ['/a'], binds: [] })

describe('chooseSandbox', () => {
  it('uses namespaces through sudo on a hosted runner, and directly as root', () => {
    const hosted = chooseSandbox(facts(), request())
    expect(hosted).toMatchObject({ kind: 'namespaces', via: 'sudo', hide: ['/home/runner/work/_temp', '/srv/db/session.db'] })
    expect(chooseSandbox(facts({ uid: 0, sudo: false }), request())).toMatchObject({ kind: 'namespaces', via: 'root' })
    // uid 0 owns every root-owned file: all but the workspace, /tmp and HOME read-only.
    expect(chooseSandbox(facts({ uid: 0 }), { ...request(), home: '/root' }).writable).toEqual([
      '/home/runner/work/r/r',
      '/tmp',
      '/var/tmp',
      '/root',
    ])
    expect(hosted.writable).toEqual([])
  })

  it('with the network off, hides /run and gives the attempt its own /tmp', () => {
    const plan = chooseSandbox(facts(), { ...request('off'), privateTmp: '/home/runner/work/_temp/agent-resume-tmp-1' })
    expect(plan.hide).toContain('/run')
    expect(plan.binds).toEqual([{ source: '/home/runner/work/_temp/agent-resume-tmp-1', target: '/tmp' }])
    expect(describeSandbox(plan)).toContain('network: loopback only, no host sockets in /run or /tmp')
    // A workspace under /tmp keeps the shared /tmp: binding over it would hide the workspace.
    const inTmp = chooseSandbox(facts(), { ...request('off'), workspace: '/tmp/w/repo', privateTmp: '/x/tmp-1' })
    expect(inTmp.binds).toEqual([])
    expect(describeSandbox(chooseSandbox(facts({ sudo: false, landlockAbi: 1 }), request('off')))).toContain('no sockets at all')
  })

  it('falls back to Landlock without sudo, hiding directories only', () => {
    const plan = chooseSandbox(facts({ sudo: false }), request())
    expect(plan).toMatchObject({ kind: 'landlock', hide: ['/home/runner/work/_temp'] })
    expect(describeSandbox(plan)).toContain('visible to ps')
  })

  it('runs without a sandbox where none is possible, and says why', () => {
    expect(chooseSandbox(facts({ platform: 'darwin' }), request())).toMatchObject({
      kind: 'none',
      reason: 'darwin has no sandbox for commands yet',
    })
    expect(chooseSandbox(facts({ helper: undefined }), request()).kind).toBe('none')
    const bare = chooseSandbox(facts({ sudo: false, landlockAbi: 0 }), request())
    expect(describeSandbox(bare)).toMatch(/^none \(no root, no passwordless sudo, and the kernel has no Landlock\)/)
  })

  it("refuses network 'off' where it cannot be enforced, naming the input", () => {
    expect(() => chooseSandbox(facts({ platform: 'win32' }), request('off'))).toThrow(SandboxError)
    expect(() => chooseSandbox(facts({ platform: 'win32' }), request('off'))).toThrow(/^Input 'network': 'off' needs the Linux sandbox/)
    expect(() => chooseSandbox(facts({ sudo: false, landlockAbi: 0 }), request('off'))).toThrow(
      /^Input 'network': 'off' needs the Linux sandbox/,
    )
    expect(chooseSandbox(facts({ sudo: false, landlockAbi: 1 }), request('off')).kind).toBe('landlock')
  })
})

describe('sandboxCommand', () => {
  it('passes the scrubbed environment through sudo as env -i arguments', () => {
    const spec = sandboxCommand(chooseSandbox(facts(), request('off')), 'make test', { PATH: '/usr/bin', HOME: '/home/runner' })
    expect(spec.file).toBe('sudo')
    expect(spec.env).toEqual({ PATH: '/usr/bin' })
    expect(spec.args.slice(0, 6)).toEqual(['-n', '--', '/usr/bin/env', '-i', 'PATH=/usr/bin', 'HOME=/home/runner'])
    expect(spec.args).toEqual(
      expect.arrayContaining([
        '--mode=ns',
        '--net-off',
        '--uid=1001',
        '--gid=118',
        '--hide=/home/runner/work/_temp',
        '--cwd=/home/runner/work/r/r',
      ]),
    )
    expect(spec.args.slice(-6)).toEqual(['--', 'bash', '--norc', '--noprofile', '-c', 'make test'])
  })

  it('runs the helper directly as root and under Landlock', () => {
    const env = { PATH: '/usr/bin' }
    const root = sandboxCommand(chooseSandbox(facts({ uid: 0 }), request()), 'ls', env)
    expect(root.file).toBe('/a/dist/sandbox/agent-sandbox-linux-x64')
    expect(root.env).toBe(env)
    const ll = sandboxCommand(chooseSandbox(facts({ sudo: false }), request()), 'ls', env)
    expect(ll.args[0]).toBe('--mode=landlock')
    expect(ll.args.some((a) => a.startsWith('--uid='))).toBe(false)
  })
})

describe('protectedPaths', () => {
  it('hides RUNNER_TEMP whole, and what lies outside it one by one', () => {
    expect(
      protectedPaths({
        workspace: '/home/runner/work/r/r',
        runnerTemp: '/home/runner/work/_temp',
        fileCommands: ['/home/runner/work/_temp/_runner_file_commands/set_env_1', '/elsewhere/files/state'],
        dbPath: '/home/runner/work/_temp/agent-resume/k/session.db',
      }),
    ).toEqual({ dirs: ['/home/runner/work/_temp'], files: ['/elsewhere/files/state'] })
    expect(protectedPaths({ workspace: '/w', runnerTemp: undefined, fileCommands: [], dbPath: '/srv/s.db' }).files).toEqual([
      '/srv/s.db',
      '/srv/s.db-journal',
      '/srv/s.db-shm',
      '/srv/s.db-wal',
    ])
  })

  it('never hides the workspace or a directory holding it', () => {
    const p = protectedPaths({ workspace: '/t/ws', runnerTemp: '/t', fileCommands: ['/t/ws/.env', '/t/files/env'], dbPath: '/t/db/s.db' })
    expect(p.dirs).toEqual([])
    // A file-command file inside the workspace is hidden alone (/dev/null over it).
    expect(p.files).toEqual(expect.arrayContaining(['/t/files/env', '/t/db/s.db', '/t/ws/.env']))
  })
})
