// The bash tool. Under a sandbox (src/agent/sandbox, docs/design.md §11) the helper runs the
// command: closing its stdin (a timeout, the action ending or dying) kills every process of the
// command, daemons included. Without one, each command runs in its own process group (so a
// timeout kills everything it started, not just the shell) under a small wrapper that also kills
// that group when the action's process goes away: the wrapper holds the read end of a pipe whose
// only writer is this process, so when the action exits or is SIGKILLed the pipe reaches EOF and
// the watchdog kills the group. A command left running after the action died would keep changing
// the workspace behind the session's back. Windows has neither process groups nor that watchdog:
// Git Bash runs the command directly and taskkill stops its process tree (bash-host.ts).
import { spawn } from 'node:child_process'
import { sandboxCommand, type SandboxPlan } from '../sandbox/plan.js'
import { z } from 'zod'
import { findBash, NO_BASH_ON_WINDOWS, realHost, trackWindowsCommand, type ShellHost } from './bash-host.js'
import { BoundedCollector, MAX_TOOL_OUTPUT_CHARS } from './cap.js'
import { ToolError } from './errors.js'
import type { Workspace } from './paths.js'

export const bashInput = z.object({
  command: z.string().describe('The bash command to run, in the workspace root.'),
  timeout_seconds: z.number().int().min(1).optional().describe('Seconds before the command is killed; at most the configured limit.'),
})

// fd 3 is the pipe from the action; background jobs would get /dev/null as stdin, so the
// watchdog reads fd 3 explicitly. `kill -KILL 0` signals the whole process group. The pipe
// is a socket (node's stdio), which makes bash source ~/.bashrc as if run by sshd: --norc.
const WRAPPER = [
  'exec 3<&0 </dev/null',
  '{ read -r _ <&3; kill -KILL 0; } >/dev/null 2>&1 &',
  'bash -c "$1" 3<&-',
  'status=$?',
  'exit $status',
].join('\n')

export interface BashOptions {
  timeoutSeconds: number
  env: Record<string, string>
  signal?: AbortSignal
  /** Characters of output kept in memory (head and tail); the dispatcher caps again. */
  maxOutputChars?: number
  /** The boundary commands run in; none (or kind 'none'): the process-group wrapper alone. */
  sandbox?: SandboxPlan
  /** The machine commands run on: which bash, and Windows' taskkill (tests hand in a Windows one). Default: this one. */
  host?: ShellHost
  /** The bash to run without a sandbox; default: findBash (`bash` from PATH; Git Bash on Windows). */
  shell?: string
}

/**
 * How long output may keep coming after the command ended or was killed: a process that escaped
 * the kill (only possible without a sandbox: a `setsid` daemon) and holds the output pipe open
 * must not hold the step; its further output is dropped.
 */
const CLOSE_GRACE_MS = 2_000

export interface BashResult {
  output: string
  exitCode: number | null
  signal: string | null
  timedOut: boolean
  aborted: boolean
}

export function runBash(ws: Workspace, command: string, options: BashOptions): Promise<BashResult> {
  // Room for the cut note and the status line: the dispatcher's cap then leaves it whole (one note, the true size).
  const collector = new BoundedCollector(Math.floor(((options.maxOutputChars ?? MAX_TOOL_OUTPUT_CHARS) - 400) / 2))
  const host = options.host ?? realHost
  const sandboxed = options.sandbox !== undefined && options.sandbox.kind !== 'none'
  const windows = !sandboxed && host.platform === 'win32'
  const shell = options.shell ?? findBash(host)
  if (shell === undefined) return Promise.reject(new ToolError(NO_BASH_ON_WINDOWS))
  const spec = sandboxed
    ? sandboxCommand(options.sandbox!, command, options.env)
    : windows
      ? { file: shell, args: ['--norc', '--noprofile', '-c', command], env: options.env }
      : { file: shell, args: ['--norc', '--noprofile', '-c', WRAPPER, 'agent-bash', command], env: options.env }
  const child = spawn(spec.file, spec.args, {
    cwd: ws.realRoot,
    env: spec.env,
    detached: !windows, // a new process group, led by the wrapper or the helper
    windowsHide: true,
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  const tree = windows && child.pid !== undefined ? trackWindowsCommand(child.pid, host) : undefined
  if (windows) child.stdin.end() // no watchdog reads it: the command's stdin is empty, as on POSIX
  let timedOut = false
  let aborted = false
  let graceTimer: NodeJS.Timeout | undefined
  let settle: () => void = () => undefined
  const dropOutputSoon = () => {
    // 'close' never comes while an escaped process holds the pipe: stop reading and finish.
    graceTimer ??= setTimeout(() => {
      child.stdout.destroy()
      child.stderr.destroy()
      settle()
    }, CLOSE_GRACE_MS)
  }
  const killGroup = () => {
    child.stdin.end() // the helper's control channel: EOF kills the whole sandbox
    dropOutputSoon()
    if (child.pid === undefined) return
    try {
      // The helper runs as root through sudo, which this process cannot SIGKILL; SIGTERM is
      // relayed by sudo, and the helper kills the sandbox on it.
      if (tree) tree.kill()
      else process.kill(-child.pid, sandboxed ? 'SIGTERM' : 'SIGKILL')
    } catch {
      // already gone
    }
  }
  child.stdout.setEncoding('utf8').on('data', (c: string) => collector.push(c))
  child.stderr.setEncoding('utf8').on('data', (c: string) => collector.push(c))
  child.stdin.on('error', () => undefined) // EPIPE once the watchdog is gone
  const timer = setTimeout(() => {
    timedOut = true
    killGroup()
  }, options.timeoutSeconds * 1000)
  const onAbort = () => {
    aborted = true
    killGroup()
  }
  options.signal?.addEventListener('abort', onAbort, { once: true })
  if (options.signal?.aborted) onAbort()

  return new Promise((resolve, reject) => {
    let exit: { code: number | null; signal: string | null } | undefined
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('exit', (code, signal) => {
      exit = { code, signal }
      tree?.exited()
      // The command is done: closing our end fires the watchdog, which kills anything the
      // command left running in the background (it would hold the output pipes open).
      child.stdin.end()
      dropOutputSoon()
    })
    let settled = false
    settle = () => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      clearTimeout(graceTimer)
      options.signal?.removeEventListener('abort', onAbort)
      resolve({ output: collector.text(), exitCode: exit?.code ?? null, signal: exit?.signal ?? null, timedOut, aborted })
    }
    child.on('close', () => settle())
  })
}

/** The text the model reads: output, then how the command ended. */
export function describeBash(result: BashResult, timeoutSeconds: number): string {
  const status = result.timedOut
    ? `[killed after the ${timeoutSeconds}s timeout, with every process it started]`
    : result.aborted
      ? '[killed: the agent ran out of time]'
      : result.signal
        ? `[terminated by ${result.signal}]`
        : `[exit code ${result.exitCode ?? 'unknown'}]`
  const body = result.output.length === 0 ? '(no output)' : result.output.replace(/\n$/, '')
  return `${body}\n${status}`
}
