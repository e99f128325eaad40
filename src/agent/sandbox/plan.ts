// Which boundary the agent's bash commands run in, and the command line that puts one there.
// Pure: the facts come from src/agent/sandbox/prepare.ts. The kinds, strongest first
// (docs/design.md §11):
// - namespaces: the helper runs as root (the runner is root, or `sudo -n` works, as on GitHub's
//   hosted Linux runners) and gives each command its own PID, mount, IPC and UTS namespaces, a
//   fresh /proc, the protected paths hidden, and then drops to the runner's uid and gid with no
//   supplementary group, no capability and no_new_privs; `network: off` adds a network namespace
//   with only loopback.
// - landlock: no root and no sudo (a self-hosted runner): no_new_privs and a Landlock domain that
//   denies the protected paths and any ptrace of the action (so /proc/<pid>/environ of the action
//   is refused); the action's processes stay visible to `ps`; `network: off` denies TCP.
// - none: macOS, Windows, or a Linux kernel without Landlock: commands run as before.
import { isAbsolute } from 'node:path'
import { isWithin } from '../../path-within.js'

export type SandboxKind = 'namespaces' | 'landlock' | 'none'
export type Network = 'on' | 'off'

/** What the runner offers, as prepare.ts found it. */
export interface SandboxFacts {
  platform: NodeJS.Platform
  /** The shipped helper for this platform and arch, or undefined (none is shipped for it). */
  helper: string | undefined
  /** The action's own uid and gid (the runner's user). */
  uid: number
  gid: number
  /** The Landlock ABI the kernel offers (0: none), from `agent-sandbox --probe`. */
  landlockAbi: number
  /** `sudo -n true` succeeded (passwordless sudo, as on hosted runners). */
  sudo: boolean
  /** Absolute paths of sudo and env (trustedExecutable): never one the agent could plant. */
  sudoPath?: string
  envPath?: string
}

export interface SandboxRequest {
  network: Network
  workspace: string
  /** What the commands must neither read nor write (protectedPaths()). */
  protect: Protected
  /** What the commands may read but not change: code the action and later steps run (readonlyPaths()). */
  readonly: string[]
  /** Files bound over others inside the namespace: the credential-free copy of .git/config. */
  binds: Array<{ source: string; target: string }>
  /** The attempt's own directory bound over /tmp when the network is off (namespaces). */
  privateTmp?: string | undefined
  /** HOME, writable for a uid-0 command. */
  home?: string | undefined
}

export interface SandboxPlan {
  kind: SandboxKind
  /** How the helper gets root for namespaces. */
  via?: 'root' | 'sudo'
  sudoPath?: string
  envPath?: string
  network: Network
  /** Why this kind and not a stronger one (for the log and the summary). */
  reason: string
  helper?: string
  uid: number
  gid: number
  workspace: string
  hide: string[]
  readonly: string[]
  /** Set for uid 0: all but these trees read-only (rootWritable). */
  writable: string[]
  binds: Array<{ source: string; target: string }>
  landlockAbi: number
}

/** A sandbox the inputs ask for cannot be had on this runner; the message names the input. */
export class SandboxError extends Error {
  override name = 'SandboxError'
}

/**
 * The only trees left writable for a command that keeps uid 0 (a runner that runs jobs as
 * root): without capabilities uid 0 still owns every root-owned file, and a changed
 * /etc/ld.so.preload, /usr/bin/git or /proc/sys/kernel/core_pattern would run code outside the
 * sandbox. Everything else is read-only, and /dev holds only the harmless devices.
 */
function rootWritable(workspace: string, home: string | undefined): string[] {
  return [workspace, '/tmp', '/var/tmp', ...(home && home !== '/' ? [home] : [])]
}

/**
 * The strongest sandbox `facts` allow for `request`.
 * @throws SandboxError when `network: off` is asked for and cannot be enforced.
 */
export function chooseSandbox(facts: SandboxFacts, request: SandboxRequest): SandboxPlan {
  const base = { network: request.network, uid: facts.uid, gid: facts.gid, workspace: request.workspace, landlockAbi: facts.landlockAbi }
  const none = (reason: string): SandboxPlan => {
    if (request.network === 'off')
      throw new SandboxError(
        `Input 'network': 'off' needs the Linux sandbox, which is not available here (${reason}). Use 'on', or a Linux runner with sudo.`,
      )
    return { ...base, kind: 'none', reason, hide: [], readonly: [], writable: [], binds: [] }
  }
  if (facts.platform !== 'linux') return none(`${facts.platform} has no sandbox for commands yet`)
  if (!facts.helper) return none('no sandbox helper is shipped for this architecture')
  const helper = facts.helper
  const root = facts.uid === 0
  const offline = request.network === 'off'
  if (root || facts.sudo) {
    return {
      ...base,
      kind: 'namespaces',
      via: root ? 'root' : 'sudo',
      ...(facts.sudoPath ? { sudoPath: facts.sudoPath } : {}),
      ...(facts.envPath ? { envPath: facts.envPath } : {}),
      reason: root ? 'the runner runs as root' : 'passwordless sudo',
      helper,
      // With no network, neither the host's sockets in /run (D-Bus, resolved, docker) nor those
      // in a shared /tmp: /run is hidden and /tmp is the attempt's own (request.privateTmp).
      // (Neither when the workspace itself lies there: the commands need it.)
      hide: [...request.protect.dirs, ...request.protect.files, ...(offline && !isWithin(request.workspace, '/run') ? ['/run'] : [])],
      readonly: request.readonly,
      writable: root ? rootWritable(request.workspace, request.home) : [],
      binds: [
        ...request.binds,
        ...(offline && request.privateTmp && !isWithin(request.workspace, '/tmp') ? [{ source: request.privateTmp, target: '/tmp' }] : []),
      ],
    }
  }
  if (facts.landlockAbi < 1) return none('no root, no passwordless sudo, and the kernel has no Landlock')
  return {
    ...base,
    kind: 'landlock',
    reason: 'no root and no passwordless sudo',
    helper,
    hide: request.protect.dirs,
    readonly: request.readonly,
    writable: [],
    binds: [],
  }
}

export interface SpawnSpec {
  file: string
  args: string[]
  /** The environment the spawned process (and so the command) gets. */
  env: Record<string, string>
}

/**
 * The process to spawn for one bash command under `plan`. Under a sandbox the helper keeps the
 * spawned process's stdin as its control channel (closing it kills the whole command) and gives
 * the command /dev/null instead. Through sudo the environment travels as `env -i` arguments
 * (sudo resets the environment); it holds no secret (the caller scrubbed it).
 */
export function sandboxCommand(plan: SandboxPlan, command: string, env: Record<string, string>): SpawnSpec {
  const bash = ['bash', '--norc', '--noprofile', '-c', command]
  if (plan.kind === 'none' || !plan.helper) throw new Error('sandboxCommand needs a sandbox plan with a helper')
  const options = [`--mode=${plan.kind === 'namespaces' ? 'ns' : 'landlock'}`, `--cwd=${plan.workspace}`]
  if (plan.network === 'off') options.push('--net-off')
  for (const path of plan.writable) options.push(`--writable=${path}`)
  for (const path of plan.readonly) options.push(`--readonly=${path}`)
  for (const path of plan.hide) options.push(`--hide=${path}`)
  if (plan.kind === 'namespaces') {
    options.push(`--uid=${plan.uid}`, `--gid=${plan.gid}`)
    for (const b of plan.binds) options.push(`--bind=${b.source}:${b.target}`)
  }
  const helperArgs = [...options, '--', ...bash]
  if (plan.via !== 'sudo') return { file: plan.helper, args: helperArgs, env }
  const assignments = Object.entries(env).map(([k, v]) => `${k}=${v}`)
  return {
    file: 'sudo',
    args: ['-n', '--', '/usr/bin/env', '-i', ...assignments, plan.helper, ...helperArgs],
    env: { PATH: env.PATH ?? '' },
  }
}

/** One line for the log and the job summary: what holds for the agent's commands. */
export function describeSandbox(plan: SandboxPlan): string {
  const net =
    plan.network === 'off'
      ? plan.kind === 'namespaces'
        ? 'network: loopback only, no host sockets in /run or /tmp'
        : 'network: no sockets at all (seccomp)'
      : 'network: on'
  switch (plan.kind) {
    case 'namespaces':
      return (
        `Linux namespaces (${plan.reason}): own PID namespace and /proc, no capabilities, no sudo (no_new_privs), ` +
        `no supplementary groups; runner files and the session database hidden, the action read-only` +
        `${plan.writable.length > 0 ? ', everything but the workspace, /tmp and HOME read-only (uid 0)' : ''}; ${net}`
      )
    case 'landlock':
      return (
        `Landlock ABI ${plan.landlockAbi} (${plan.reason}): the action's processes cannot be inspected, no sudo (no_new_privs); ` +
        `runner files and the session database unreachable; ${net}. Weaker than namespaces: other processes are visible to ps`
      )
    case 'none':
      return `none (${plan.reason}): commands run as the runner's user with a scrubbed environment, and could read the action's process`
  }
}

export interface ProtectInput {
  workspace: string
  /** RUNNER_TEMP: the runner's file-command files, checkout v6's credentials, the default DB. */
  runnerTemp: string | undefined
  /** GITHUB_ENV, GITHUB_PATH, GITHUB_STATE, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY. */
  fileCommands: string[]
  dbPath: string
}

/**
 * Code the action's own later processes run, which the commands could otherwise change as the
 * runner's user: the action's directory (its post step is dist/post.js), the Node.js that runs
 * it, and the runner's binaries. Never the workspace or a directory that holds it (an action
 * used from its own repository stays writable there).
 */
export function readonlyPaths(p: { workspace: string; candidates: string[] }): string[] {
  return [...new Set(p.candidates.filter((c) => isAbsolute(c) && !isWithin(p.workspace, c) && !isWithin(c, p.workspace)))].sort()
}

/** What the agent's commands must neither read nor write. */
export interface Protected {
  /** Hidden whole (namespaces: an empty read-only tmpfs; Landlock: no right below). */
  dirs: string[]
  /** Hidden one by one (namespaces: /dev/null bound over them). Landlock cannot deny a file in a directory that stays usable. */
  files: string[]
}

/**
 * RUNNER_TEMP whole (on a runner it holds the file-command files, checkout v6's credentials and
 * the default session database); a file-command file or the database elsewhere alone (with the
 * database's -wal, -shm and -journal). Never the workspace or a directory that holds it.
 */
export function protectedPaths(p: ProtectInput): Protected {
  const temp = p.runnerTemp && isAbsolute(p.runnerTemp) && !isWithin(p.workspace, p.runnerTemp) ? p.runnerTemp : undefined
  const dirs = temp ? [temp] : []
  const files = new Set<string>()
  const candidates = [...p.fileCommands, ...['', '-wal', '-shm', '-journal'].map((s) => `${p.dbPath}${s}`)]
  for (const file of candidates) {
    if (!isAbsolute(file) || isWithin(p.workspace, file) || (temp && isWithin(file, temp))) continue
    files.add(file)
  }
  return { dirs, files: [...files].sort() }
}
