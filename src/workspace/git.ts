// A small git runner, inert to what the agent can write into the repository (git-env.ts), and
// the scratch area (temporary index and object directory) that lets the workspace snapshot and
// restore stage files without touching the user's repository state.

import { spawn } from 'node:child_process'
import { executable } from '../executable.js'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, utimesSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { isAbsolute, join, resolve } from 'node:path'
import { configEnv, findWorkTree, gitEnv, overridesFor } from './git-env.js'

/** `git hash-object -t tree /dev/null`: the base of a repository that has no commit yet. */
export const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904'

export interface GitResult {
  code: number
  stdout: Buffer
  stderr: string
}

export interface GitOptions {
  env?: NodeJS.ProcessEnv
  input?: Buffer
  timeoutMs?: number
}

export class GitError extends Error {
  constructor(
    readonly args: string[],
    readonly result: GitResult,
  ) {
    super(`git ${args.join(' ')} exited with ${result.code}: ${result.stderr.trim()}`)
    this.name = 'GitError'
  }
}

// User settings that would change a patch's text or make `git apply` refuse one (e.g.
// apply.whitespace=error rejects trailing spaces the agent wrote). Passed with -c, so the user's
// config files are read, never written.
const PINNED = [
  '-c',
  'core.quotepath=off',
  '-c',
  'color.ui=false',
  '-c',
  'diff.noprefix=false',
  '-c',
  'diff.mnemonicPrefix=false',
  '-c',
  'apply.whitespace=nowarn',
  '-c',
  'core.safecrlf=false',
]

export interface GitSetup {
  /** Set for every command, e.g. GIT_DIR for a bare repository (which then has no work tree). */
  env?: NodeJS.ProcessEnv
  /** Whether git may reach a remote: only the delivery's own clean repository may (git-env.ts). */
  network?: boolean
}

type Prepared = { env: Record<string, string> } | { failed: GitResult }

// Commands that never look into a submodule's work tree. Any other (`add`, `reset`, a diff of
// the work tree…) may run `git status` inside each checked-out submodule, with that submodule's
// own config (diff-lib.c is_submodule_modified): its drivers must be overridden too (configKeys).
const NO_SUBMODULES = new Set(
  ['rev-parse', 'config', 'remote', 'cat-file', 'ls-files', 'ls-remote', 'diff-tree', 'read-tree'].concat([
    'write-tree',
    'commit-tree',
    'merge-base',
    'init',
    'apply',
    'fetch',
    'push',
    'hash-object',
  ]),
)

/**
 * Runs git in the scrubbed environment with the repository's dangerous config overridden
 * (git-env.ts). The overrides are worked out once per instance, at its first command.
 */
export class Git {
  private readonly workTree: string | undefined
  private ownConfig: Promise<Prepared> | undefined
  private withSubmodules: Promise<Prepared> | undefined

  constructor(
    readonly cwd: string,
    private readonly setup: GitSetup = {},
  ) {
    this.workTree = setup.env?.GIT_DIR ? undefined : findWorkTree(cwd)
  }

  async run(args: string[], opts: GitOptions = {}): Promise<GitResult> {
    const command = args.find((a, i) => !a.startsWith('-') && args[i - 1] !== '-c') ?? ''
    const cached = command === 'diff-index' && args.includes('--cached')
    const prepared = await this.prepare(!NO_SUBMODULES.has(command) && !cached)
    if ('failed' in prepared) return prepared.failed
    return spawnGit(this.cwd, args, { ...prepared.env, ...opts.env }, opts)
  }

  /** Run and require exit 0; returns stdout as text without the final newline. */
  async ok(args: string[], opts: GitOptions = {}): Promise<string> {
    const r = await this.run(args, opts)
    if (r.code !== 0) throw new GitError(args, r)
    return r.stdout.toString('utf8').replace(/\n$/, '')
  }

  /** HEAD's commit, or undefined on an unborn branch. */
  async head(): Promise<string | undefined> {
    const r = await this.run(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'])
    return r.code === 0 ? r.stdout.toString('utf8').trim() : undefined
  }

  /** Absolute path of a file inside the git dir (handles worktrees). */
  async gitPath(name: string): Promise<string> {
    const p = await this.ok(['rev-parse', '--git-path', name])
    return isAbsolute(p) ? p : resolve(this.cwd, p)
  }

  private prepare(submodules: boolean): Promise<Prepared> {
    if (submodules && this.workTree !== undefined) return (this.withSubmodules ??= this.overrides(true))
    return (this.ownConfig ??= this.overrides(false))
  }

  private async overrides(submodules: boolean): Promise<Prepared> {
    const network = this.setup.network === true
    const base = { ...gitEnv(network), ...stringsOf(this.setup.env) }
    const found = await configKeys(this.cwd, this.workTree, base, network, submodules ? 3 : 0)
    if ('failed' in found) return found
    // A work tree owned by another user (self-hosted runners, containers) is refused without
    // safe.directory, which only protected config (command line included) may set.
    const safe = found.trees.map((t): [string, string] => ['safe.directory', t])
    const env = { ...base, ...configEnv([...overridesFor(found.keys, network), ...safe]) }
    return { env: this.workTree ? { ...env, GIT_WORK_TREE: this.workTree } : env }
  }
}

/**
 * The config keys of the repository at `cwd` (its includes followed), and with `depth` > 0 those
 * of every checked-out submodule below its work tree, recursively; `trees` are their work trees.
 */
async function configKeys(
  cwd: string,
  workTree: string | undefined,
  base: Record<string, string>,
  network: boolean,
  depth: number,
): Promise<{ keys: string[]; trees: string[] } | { failed: GitResult }> {
  const trees = workTree ? [workTree] : []
  const env = { ...base, ...(workTree ? { GIT_WORK_TREE: workTree } : {}) }
  const listing = configEnv([...overridesFor([], network), ...trees.map((t): [string, string] => ['safe.directory', t])])
  const listed = await spawnGit(cwd, ['config', '--list', '--includes', '--name-only', '-z'], { ...env, ...listing })
  // Broken config makes every command fail the same way: fail here, before running anything.
  if (listed.code !== 0) return { failed: listed }
  const keys = listed.stdout.toString('utf8').split('\0').filter(Boolean)
  if (depth === 0 || !workTree) return { keys, trees }
  const staged = await spawnGit(cwd, ['ls-files', '--stage', '-z'], { ...env, ...listing })
  if (staged.code !== 0) return { keys, trees }
  for (const entry of staged.stdout.toString('utf8').split('\0')) {
    if (!entry.startsWith('160000 ')) continue
    const path = join(workTree, entry.slice(entry.indexOf('\t') + 1))
    const sub = findWorkTree(path)
    if (sub !== path) continue // not checked out: git does not look inside
    const inner = await configKeys(path, sub, base, network, depth - 1)
    if ('failed' in inner) return inner
    keys.push(...inner.keys)
    trees.push(...inner.trees)
  }
  return { keys, trees }
}

function stringsOf(env: NodeJS.ProcessEnv | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(env ?? {}).filter((e): e is [string, string] => e[1] !== undefined))
}

function spawnGit(cwd: string, args: string[], env: NodeJS.ProcessEnv, opts: GitOptions = {}): Promise<GitResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(executable('git'), ['--no-pager', ...PINNED, ...args], { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] })
    const out: Buffer[] = []
    const err: Buffer[] = []
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 120_000)
    child.stdout.on('data', (c: Buffer) => out.push(c))
    child.stderr.on('data', (c: Buffer) => err.push(c))
    child.on('error', (e) => {
      clearTimeout(timer)
      reject(e)
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      resolvePromise({ code: code ?? -1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') })
    })
    child.stdin.on('error', () => undefined) // git may exit before reading all input
    child.stdin.end(opts.input ?? Buffer.alloc(0))
  })
}

/**
 * A temporary index plus a temporary object directory that falls back to the real one.
 * With GIT_INDEX_FILE and GIT_OBJECT_DIRECTORY pointed here, `git add` and `git apply --3way`
 * write their index and new blobs into the scratch area: the user's index, object store and
 * config stay exactly as they were, and dispose() removes every trace.
 */
export class Scratch {
  private constructor(
    private readonly dir: string,
    readonly env: NodeJS.ProcessEnv,
  ) {}

  /** @param seedIndex copy the real index first (keeps its stat cache, so `add -A` is fast). */
  static async create(git: Git, seedIndex: boolean): Promise<Scratch> {
    const dir = mkdtempSync(join(tmpdir(), 'agent-resume-ws-'))
    const objects = join(dir, 'objects')
    const index = join(dir, 'index')
    mkdirSync(objects)
    const realObjects = await git.gitPath('objects')
    const realIndex = await git.gitPath('index')
    if (seedIndex && existsSync(realIndex)) {
      copyFileSync(realIndex, index)
      // Keep the index's own mtime: git trusts a cached stat only for files older than the index
      // file ("racy git"); a copy stamped now would hide an edit of the same size made in the
      // same second as the checkout, and the snapshot would miss it.
      const { atime, mtime } = statSync(realIndex)
      utimesSync(index, atime, mtime)
    }
    const env: NodeJS.ProcessEnv = { GIT_INDEX_FILE: index, GIT_OBJECT_DIRECTORY: objects, GIT_ALTERNATE_OBJECT_DIRECTORIES: realObjects }
    return new Scratch(dir, env)
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true })
  }
}
