// Which bash the bash tool runs without a sandbox, and how a command's processes are stopped on
// Windows, as pure functions of the platform, its environment and its file system (tests hand in
// a Windows host on Linux and record the commands built).
//
// Windows has no process groups, and Git Bash has neither the fd-3 watchdog nor `kill -KILL 0`
// the POSIX wrapper in bash.ts relies on. There a command runs under Git Bash directly, and its
// process tree is stopped with `taskkill /T /F /PID <pid>` at the timeout, on an abort, and when
// the action's process exits while a command still runs. What this cannot reach (README, Limits):
// a process whose parent already ended (Windows does not re-parent, so /T no longer finds it) — a
// command's background job outlives the command, to the end of the job — and nothing runs when the
// action's process is killed outright.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { win32 } from 'node:path'

export interface Command {
  file: string
  args: string[]
}

/** The machine the bash tool runs on; tests hand in another. */
export interface ShellHost {
  platform: NodeJS.Platform
  /** The action's environment: PATH, SystemRoot, ProgramFiles. */
  env: NodeJS.ProcessEnv
  exists(path: string): boolean
  /** Runs `command` (taskkill) for its effect; `wait`: to its end, as an 'exit' handler must. */
  run(command: Command, wait: boolean): void
}

export const realHost: ShellHost = {
  platform: process.platform,
  env: process.env,
  exists: existsSync,
  run(command, wait) {
    const options = { stdio: 'ignore', windowsHide: true } as const
    if (wait) spawnSync(command.file, command.args, { ...options, timeout: 10_000 })
    else spawn(command.file, command.args, options).on('error', () => undefined)
  },
}

/** A variable by name, ignoring case as Windows does (Path, SystemRoot). */
function variable(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const key = Object.keys(env).find((k) => k.toUpperCase() === name.toUpperCase())
  return key === undefined ? undefined : env[key]
}

const systemRoot = (env: NodeJS.ProcessEnv) => variable(env, 'SystemRoot') || 'C:\\Windows'

/**
 * The bash to run commands with, or undefined when there is none. POSIX: `bash` from PATH. Windows:
 * the first `bash.exe` in an absolute PATH directory (hosted runners put Git Bash's there), skipping
 * WSL's launcher (System32, and its WindowsApps alias), whose commands would run in a Linux VM
 * outside the workspace; then Git for Windows in Program Files. Always an absolute path there:
 * a bare `bash` would be looked up in the command's working directory first, the repository.
 */
export function findBash(host: Pick<ShellHost, 'platform' | 'env' | 'exists'>): string | undefined {
  if (host.platform !== 'win32') return 'bash'
  const root = systemRoot(host.env)
  const wsl = [win32.join(root, 'System32'), win32.join(root, 'Sysnative')].map((d) => d.toLowerCase())
  const dirs = (variable(host.env, 'PATH') ?? '')
    .split(';')
    .map((d) => d.trim().replace(/^"(.*)"$/, '$1'))
    .filter((d) => /^[a-z]:[\\/]/i.test(d))
  for (const dir of dirs) {
    const folded = win32.resolve(dir).toLowerCase()
    if (wsl.includes(folded) || folded.endsWith('\\windowsapps')) continue
    const candidate = win32.join(dir, 'bash.exe')
    if (host.exists(candidate)) return candidate
  }
  const programs = ['ProgramFiles', 'ProgramW6432', 'ProgramFiles(x86)'].map((n) => variable(host.env, n))
  for (const dir of [...programs, 'C:\\Program Files']) {
    const candidate = dir ? win32.join(dir, 'Git', 'bin', 'bash.exe') : undefined
    if (candidate && host.exists(candidate)) return candidate
  }
  return undefined
}

export const NO_BASH_ON_WINDOWS =
  'bash was not found on this Windows runner: the bash tool runs Git Bash (Git for Windows), which GitHub-hosted Windows runners have; install Git for Windows, or put its bin directory on PATH'

/** `taskkill /T /F /PID <pid>`: the process and every descendant, by the absolute path of taskkill. */
export function killTreeCommand(pid: number, env: NodeJS.ProcessEnv): Command {
  return { file: win32.join(systemRoot(env), 'System32', 'taskkill.exe'), args: ['/T', '/F', '/PID', String(pid)] }
}

/** Windows commands still running, stopped when the action's process exits. */
const running = new Map<number, ShellHost>()
let exitHandler = false

/** Stops every command still running (the 'exit' handler; tests call it). */
export function stopRunningCommands(): void {
  for (const [pid, host] of running) host.run(killTreeCommand(pid, host.env), true)
  running.clear()
}

/** Tracks a Windows command until it exits; returns the function that stops its tree now. */
export function trackWindowsCommand(pid: number, host: ShellHost): { kill: () => void; exited: () => void } {
  running.set(pid, host)
  if (!exitHandler) {
    exitHandler = true
    process.on('exit', stopRunningCommands)
  }
  return {
    kill: () => host.run(killTreeCommand(pid, host.env), false),
    exited: () => running.delete(pid),
  }
}
