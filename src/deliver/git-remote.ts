// The git side of a delivery, done in a clean temporary bare repository that borrows the
// workspace's objects (objects/info/alternates): the commit is built there from the agent's patch
// and pushed from there. Nothing the agent could have written into the workspace's .git (config
// with url.insteadOf or core.fsmonitor, hooks) takes part, the token is given to the one git
// command that needs it (-c http.<server>/.extraheader, never written to a config file), and the
// user's branch, index and config are left as they were (docs/design.md §8).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Git, type GitResult } from '../workspace/git.js'
import { remoteAuthArgs, type RemoteAuth } from '../workspace/remote-auth.js'

export type { RemoteAuth } from '../workspace/remote-auth.js'

export interface CommitSpec {
  parent: string
  /** The agent's changes as a binary patch against the commit the agent started from. */
  patch: Buffer
  message: string
  author: { name: string; email: string }
  /** Seconds since the epoch, fixed at the first attempt: a re-run then recreates the same commit id. */
  time: number
}

export interface FileStat {
  path: string
  status: 'added' | 'modified' | 'deleted' | 'renamed' | 'type-changed'
  additions: number
  deletions: number
}

/** Why a push failed, for a message that says what to fix. */
export type PushFailure = 'permission' | 'rejected-by-hook' | 'not-fast-forward' | 'auth' | 'other'

export class PushError extends Error {
  constructor(
    readonly reason: PushFailure,
    readonly detail: string,
  ) {
    super(detail)
    this.name = 'PushError'
  }
}

const STATUS: Record<string, FileStat['status']> = { A: 'added', M: 'modified', D: 'deleted', R: 'renamed', T: 'type-changed' }

export class DeliveryRepo {
  private constructor(
    private readonly dir: string,
    private readonly git: Git,
  ) {}

  /** A temporary bare repository reading the objects of the repository at `workspace`. */
  static async open(workspace: string): Promise<DeliveryRepo> {
    const objects = await new Git(workspace).gitPath('objects')
    const dir = mkdtempSync(join(tmpdir(), 'agent-resume-deliver-'))
    // Git's scrubbed environment and overrides (src/workspace/git-env.ts), with transports
    // allowed: this repository's config is only what this module writes.
    const git = new Git(dir, { env: { GIT_DIR: dir }, network: true })
    await git.ok(['init', '--quiet', '--bare', '--template=', dir])
    writeFileSync(join(dir, 'objects', 'info', 'alternates'), `${objects}\n`)
    return new DeliveryRepo(dir, git)
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true })
  }

  /** The commit for `spec`, or undefined when the patch changes nothing on `parent`. Throws when it does not apply there. */
  async commit(spec: CommitSpec): Promise<{ sha: string; files: FileStat[] } | undefined> {
    const index = { GIT_INDEX_FILE: join(this.dir, 'delivery-index') }
    await this.git.ok(['read-tree', spec.parent], { env: index })
    if (spec.patch.length > 0) {
      const applied = await this.git.run(['apply', '--cached', '--binary', '--whitespace=nowarn', '-'], { env: index, input: spec.patch })
      if (applied.code !== 0) {
        throw new Error(`the agent's changes do not apply to ${spec.parent.slice(0, 12)}: ${applied.stderr.trim().split('\n')[0] ?? ''}`)
      }
    }
    const tree = await this.git.ok(['write-tree'], { env: index })
    if (tree === (await this.git.ok(['rev-parse', `${spec.parent}^{tree}`]))) return undefined
    const date = `${spec.time} +0000`
    const who = {
      GIT_AUTHOR_NAME: spec.author.name,
      GIT_AUTHOR_EMAIL: spec.author.email,
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_NAME: spec.author.name,
      GIT_COMMITTER_EMAIL: spec.author.email,
      GIT_COMMITTER_DATE: date,
    }
    const sha = await this.git.ok(['commit-tree', tree, '-p', spec.parent, '-F', '-'], {
      env: who,
      input: Buffer.from(spec.message, 'utf8'),
    })
    return { sha, files: await this.files(spec.parent, sha) }
  }

  /** Added/modified/deleted files between two commits, with line counts (0 for binary files). */
  async files(from: string, to: string): Promise<FileStat[]> {
    const status = (await this.git.ok(['diff-tree', '-r', '-z', '--no-renames', '--name-status', from, to])).split('\0')
    const numstat = (await this.git.ok(['diff-tree', '-r', '-z', '--no-renames', '--numstat', from, to])).split('\0')
    const counts = new Map<string, { additions: number; deletions: number }>()
    for (const field of numstat) {
      const [added = '-', deleted = '-', ...rest] = field.split('\t')
      if (rest.length === 0) continue
      counts.set(rest.join('\t'), { additions: Number(added) || 0, deletions: Number(deleted) || 0 })
    }
    const files: FileStat[] = []
    for (let i = 0; i + 1 < status.length; i += 2) {
      const path = status[i + 1] ?? ''
      if (path === '') continue
      files.push({
        path,
        status: STATUS[(status[i] ?? 'M').charAt(0)] ?? 'modified',
        ...(counts.get(path) ?? { additions: 0, deletions: 0 }),
      })
    }
    return files
  }

  /** The commit a remote branch points at, or undefined when it does not exist. */
  async remoteHead(url: string, branch: string, auth: RemoteAuth): Promise<string | undefined> {
    const out = await this.remote(['ls-remote', '--heads', url, `refs/heads/${branch}`], auth)
    if (out.code !== 0) throw new PushError(classify(out.stderr), `git ls-remote failed: ${out.stderr.trim()}`)
    return out.stdout.toString('utf8').split('\t')[0]?.trim() || undefined
  }

  /** Fetches a remote branch (its commits become available here); returns its commit. */
  async fetch(url: string, branch: string, auth: RemoteAuth): Promise<string> {
    const out = await this.remote(['fetch', '--quiet', '--no-tags', url, `+refs/heads/${branch}:refs/remotes/deliver/${branch}`], auth)
    if (out.code !== 0) throw new PushError(classify(out.stderr), `git fetch of ${branch} failed: ${out.stderr.trim()}`)
    return this.git.ok(['rev-parse', `refs/remotes/deliver/${branch}^{commit}`])
  }

  /** True when both commits hold the same files (both must be here). */
  async sameTree(a: string, b: string): Promise<boolean> {
    return (await this.git.ok(['rev-parse', `${a}^{tree}`])) === (await this.git.ok(['rev-parse', `${b}^{tree}`]))
  }

  /** True when `ancestor` is `descendant` or one of its ancestors (both must be here). */
  async contains(descendant: string, ancestor: string): Promise<boolean> {
    return (await this.git.run(['merge-base', '--is-ancestor', ancestor, descendant])).code === 0
  }

  /** Pushes `sha` to `branch` without force: a remote that moved on rejects it. Throws PushError. */
  async push(url: string, sha: string, branch: string, auth: RemoteAuth): Promise<void> {
    const out = await this.remote(['push', '--quiet', '--no-verify', url, `${sha}:refs/heads/${branch}`], auth)
    if (out.code !== 0) throw new PushError(classify(out.stderr), out.stderr.trim())
  }

  private remote(args: string[], auth: RemoteAuth): Promise<GitResult> {
    return this.git.run([...remoteAuthArgs(auth), ...args], { timeoutMs: 300_000 })
  }
}

/** What a failed remote command's stderr says went wrong (git's and GitHub's wording). */
export function classify(stderr: string): PushFailure {
  if (/pre-receive hook declined|hook declined/i.test(stderr)) return 'rejected-by-hook'
  if (/non-fast-forward|fetch first|\[rejected\]/i.test(stderr)) return 'not-fast-forward'
  // HTTP statuses only where git reports one ("The requested URL returned error: 403"): a run id or
  // a commit id in the output can hold the same digits.
  if (/Permission to .* denied|returned error: 403|not allowed to push|protected branch/i.test(stderr)) return 'permission'
  if (/Authentication failed|returned error: 401|could not read Username|terminal prompts disabled/i.test(stderr)) return 'auth'
  return 'other'
}
