// The bash tool's Windows path, on Linux (issue 16): which bash it picks from a Windows PATH and
// file system, the taskkill command that stops a command's process tree, and when runBash runs
// it, with a Windows host whose taskkill is recorded (and acted out with a signal). Not covered
// here: Git Bash itself, and taskkill on a real Windows process tree (README, Runners).
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findBash, killTreeCommand, stopRunningCommands, type Command, type ShellHost } from '../src/agent/tools/bash-host.js'
import { runBash } from '../src/agent/tools/bash.js'
import { ToolError } from '../src/agent/tools/errors.js'
import { openWorkspace } from '../src/agent/tools/paths.js'
import { tempDir } from './support/temp.js'

const GIT_BASH = 'C:\\Program Files\\Git\\bin\\bash.exe'
const WSL_BASH = 'C:\\Windows\\System32\\bash.exe'
/** PATH as on a GitHub-hosted Windows runner: System32 (with WSL's bash.exe) before Git's bin. */
const RUNNER_PATH = ['C:\\Windows\\system32', 'C:\\Windows', 'C:\\Program Files\\Git\\bin', 'C:\\Program Files\\Git\\usr\\bin'].join(';')

const windows = (env: NodeJS.ProcessEnv, files: string[]) => ({
  platform: 'win32' as const,
  env,
  exists: (p: string) => files.some((f) => f.toLowerCase() === p.toLowerCase()),
})

describe('findBash', () => {
  it('is bash from PATH on Linux and macOS', () => {
    expect(findBash({ platform: 'linux', env: {}, exists: () => false })).toBe('bash')
    expect(findBash({ platform: 'darwin', env: {}, exists: () => false })).toBe('bash')
  })

  it("takes Git Bash from a hosted runner's PATH, not WSL's launcher in System32", () => {
    const env = { Path: RUNNER_PATH, SystemRoot: 'C:\\Windows' }
    expect(findBash(windows(env, [WSL_BASH, GIT_BASH, 'C:\\Program Files\\Git\\usr\\bin\\bash.exe']))).toBe(GIT_BASH)
    expect(findBash(windows({ PATH: RUNNER_PATH, SYSTEMROOT: 'C:\\WINDOWS' }, [WSL_BASH, GIT_BASH]))).toBe(GIT_BASH)
  })

  it("skips WindowsApps (WSL's alias), Sysnative and relative PATH entries; reads quoted ones", () => {
    const apps = 'C:\\Users\\runneradmin\\AppData\\Local\\Microsoft\\WindowsApps'
    const env = { PATH: `.;tools;${apps};C:\\Windows\\Sysnative;"C:\\Program Files\\Git\\bin"` }
    const files = ['.\\bash.exe', 'tools\\bash.exe', `${apps}\\bash.exe`, 'C:\\Windows\\Sysnative\\bash.exe', GIT_BASH]
    expect(findBash(windows(env, files))).toBe(GIT_BASH)
  })

  it('takes the first other bash on PATH (MSYS2, Cygwin), as `shell: bash` would', () => {
    expect(findBash(windows({ PATH: `C:\\msys64\\usr\\bin;${RUNNER_PATH}` }, ['C:\\msys64\\usr\\bin\\bash.exe', GIT_BASH]))).toBe(
      'C:\\msys64\\usr\\bin\\bash.exe',
    )
  })

  it('falls back to Git for Windows in Program Files, and finds nothing when there is none', () => {
    expect(findBash(windows({ PATH: 'C:\\Windows\\system32', ProgramFiles: 'D:\\Apps' }, ['D:\\Apps\\Git\\bin\\bash.exe']))).toBe(
      'D:\\Apps\\Git\\bin\\bash.exe',
    )
    expect(findBash(windows({ PATH: 'C:\\Windows\\system32' }, [GIT_BASH]))).toBe(GIT_BASH)
    expect(findBash(windows({ PATH: 'C:\\Windows\\system32' }, [WSL_BASH]))).toBeUndefined()
  })
})

describe('killTreeCommand', () => {
  it('is taskkill /T /F by its absolute path', () => {
    expect(killTreeCommand(4321, { SystemRoot: 'D:\\Win' })).toEqual({
      file: 'D:\\Win\\System32\\taskkill.exe',
      args: ['/T', '/F', '/PID', '4321'],
    })
    expect(killTreeCommand(7, {}).file).toBe('C:\\Windows\\System32\\taskkill.exe')
  })
})

describe('runBash with a Windows host', () => {
  const base = tempDir('ar-bash-win-')
  let n = 0
  function setup() {
    const root = join(base, `ws${++n}`)
    mkdirSync(root)
    const calls: Array<{ command: Command; wait: boolean }> = []
    const host: ShellHost = {
      platform: 'win32',
      env: { SystemRoot: 'C:\\Windows' },
      exists: () => false,
      // taskkill, acted out: the command's shell is the whole tree here (exec).
      run: (command, wait) => {
        calls.push({ command, wait })
        try {
          process.kill(Number(command.args[3]), 'SIGKILL')
        } catch {
          // gone
        }
      },
    }
    const run = (command: string, extra: { timeoutSeconds?: number; signal?: AbortSignal } = {}) =>
      runBash(openWorkspace(root), command, {
        timeoutSeconds: 10,
        env: { PATH: process.env.PATH ?? '' },
        host,
        shell: '/bin/bash',
        ...extra,
      })
    const pid = () => Number(readFileSync(join(root, 'pid'), 'utf8'))
    return { root, calls, run, pid }
  }
  const taskkill = (pid: number, wait: boolean) => ({
    command: { file: 'C:\\Windows\\System32\\taskkill.exe', args: ['/T', '/F', '/PID', String(pid)] },
    wait,
  })

  it('runs the command without the POSIX wrapper, with empty stdin, and kills nothing after a normal exit', async () => {
    const { calls, run } = setup()
    const result = await run('echo "0=$0"; cat; echo done')
    expect(result.output).toBe('0=/bin/bash\ndone\n')
    expect(result.exitCode).toBe(0)
    expect(calls).toEqual([])
  })

  it('stops the tree with taskkill at the timeout', async () => {
    const { calls, run, pid } = setup()
    const result = await run('echo $$ > pid; exec sleep 30', { timeoutSeconds: 1 })
    expect(result.timedOut).toBe(true)
    expect(calls).toEqual([taskkill(pid(), false)])
  })

  it('stops the tree with taskkill on an abort', async () => {
    const { calls, run, pid } = setup()
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 300)
    const result = await run('echo $$ > pid; exec sleep 30', { signal: controller.signal })
    expect(result.aborted).toBe(true)
    expect(calls).toEqual([taskkill(pid(), false)])
  })

  it("stops a command still running when the action's process exits, waiting for taskkill", async () => {
    const { root, calls, run, pid } = setup()
    const running = run('echo $$ > pid; exec sleep 30')
    const until = Date.now() + 5_000
    while (Date.now() < until && !existsSync(join(root, 'pid'))) await new Promise((r) => setTimeout(r, 20))
    await new Promise((r) => setTimeout(r, 50))
    stopRunningCommands()
    const result = await running
    expect(result.signal).toBe('SIGKILL')
    expect(calls).toEqual([taskkill(pid(), true)])
    stopRunningCommands() // nothing left to stop
    expect(calls).toHaveLength(1)
  })

  it('is a tool error naming Git for Windows when there is no bash', async () => {
    const { root } = setup()
    const host = { platform: 'win32' as const, env: { PATH: 'C:\\Windows\\system32' }, exists: () => false, run: () => undefined }
    const failed = runBash(openWorkspace(root), 'echo hi', { timeoutSeconds: 5, env: {}, host })
    await expect(failed).rejects.toThrow(ToolError)
    await expect(failed).rejects.toThrow(/Git Bash \(Git for Windows\)/)
  })
})
