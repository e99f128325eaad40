// A small git runner, and the scratch area (temporary index and object directory) that lets the
// workspace snapshot and restore stage files without touching the user's repository state.

import { spawn } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, utimesSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { isAbsolute, join, resolve } from 'node:path'

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

export class Git {
  constructor(
    readonly cwd: string,
    private readonly baseEnv: NodeJS.ProcessEnv = process.env,
  ) {}

  run(args: string[], opts: GitOptions = {}): Promise<GitResult> {
    return new Promise((resolvePromise, reject) => {
      const child = spawn('git', [...PINNED, ...args], {
        cwd: this.cwd,
        env: { ...this.baseEnv, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...opts.env },
        stdio: ['pipe', 'pipe', 'pipe'],
      })
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
    const inherited = process.env['GIT_ALTERNATE_OBJECT_DIRECTORIES']
    const env: NodeJS.ProcessEnv = {
      GIT_INDEX_FILE: index,
      GIT_OBJECT_DIRECTORY: objects,
      GIT_ALTERNATE_OBJECT_DIRECTORIES: inherited ? `${realObjects}:${inherited}` : realObjects,
    }
    return new Scratch(dir, env)
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true })
  }
}
