// Snapshot the agent's changes in a git work tree as a binary patch against a base commit.
//
// The work tree is staged into a *temporary* index (see Scratch in git.ts) with `git add -A`,
// which picks up edits, new files and deletions and honours .gitignore, then diffed against the
// base with `--binary`. Nothing is committed and the user's index, objects and config are left
// as they were. The patch is a plain Buffer: the caller stores it (with `base`) in the session DB.

import { realpathSync, statSync } from 'node:fs'
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path'
import { EMPTY_TREE, Git, Scratch } from './git.js'

export type ChangeStatus = 'added' | 'modified' | 'deleted' | 'type-changed'

export interface ChangedFile {
  /** Path relative to the repository root, with '/' separators. */
  path: string
  status: ChangeStatus
}

export interface WorkspaceSnapshot {
  /** Commit the patch applies to (EMPTY_TREE for a repository without commits). */
  base: string
  /** `git diff --binary` from base to the work tree; empty when nothing changed. */
  patch: Buffer
  files: ChangedFile[]
  /** Files left out because they were larger than maxFileBytes. */
  skipped: { path: string; bytes: number }[]
  /**
   * Nested git repositories left out (e.g. made by `cargo new` or `git init` in a folder): git
   * stages them as a gitlink, or fails outright when they have no commit, so their files cannot
   * travel in a patch.
   */
  nested: string[]
}

export interface SnapshotOptions {
  /** Any directory inside the work tree. */
  cwd: string
  /** Commit to diff against; default HEAD (EMPTY_TREE when there is none). */
  base?: string
  /** Leave out files larger than this; default 5 MiB (they would bloat the cached DB). */
  maxFileBytes?: number
  /**
   * Absolute paths never captured: the session DB and its companions when `db-path` is inside
   * the work tree. Captured, a re-run would write an old copy over the DB it just restored.
   */
  exclude?: string[]
}

export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024

const STATUS: Record<string, ChangeStatus> = { A: 'added', M: 'modified', D: 'deleted', T: 'type-changed' }

// Pathspecs are literal file names here, never globs.
const LITERAL = { GIT_LITERAL_PATHSPECS: '1' }

export async function repoRoot(cwd: string): Promise<string> {
  return new Git(cwd).ok(['rev-parse', '--show-toplevel'])
}

export async function snapshotWorkspace(opts: SnapshotOptions): Promise<WorkspaceSnapshot> {
  const git = new Git(await repoRoot(opts.cwd))
  const base = opts.base ?? (await git.head()) ?? EMPTY_TREE
  if (base !== EMPTY_TREE) await git.ok(['rev-parse', '--verify', '--quiet', `${base}^{commit}`])
  const maxBytes = opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES

  const scratch = await Scratch.create(git, true)
  try {
    const env = { ...scratch.env, ...LITERAL }
    const nested = await addAll(git, scratch.env)
    const excluded = (opts.exclude ?? [])
      .map((p) => relative(git.cwd, realDir(p)))
      .filter((p) => p !== '' && p.split(sep)[0] !== '..' && !isAbsolute(p))
    if (excluded.length > 0) await git.ok(['reset', '-q', base, '--', ...excluded.map((p) => p.split(sep).join('/'))], { env })
    let files = await changedFiles(git, base, env)

    const skipped: WorkspaceSnapshot['skipped'] = []
    for (const f of files) {
      if (f.status === 'deleted') continue
      const bytes = sizeOf(join(git.cwd, f.path))
      if (bytes > maxBytes) skipped.push({ path: f.path, bytes })
    }
    if (skipped.length > 0) {
      // Put those paths back to their base state in the temporary index, so the diff omits them.
      await git.ok(['reset', '-q', base, '--', ...skipped.map((s) => s.path)], { env })
      files = await changedFiles(git, base, env)
    }

    const diff = await git.run(
      ['diff-index', '--cached', '--patch', '--binary', '--full-index', '--no-renames', '--no-textconv', '--no-ext-diff', base, '--'],
      { env },
    )
    if (diff.code !== 0) throw new Error(`git diff-index failed: ${diff.stderr.trim()}`)
    return { base, patch: diff.stdout, files, skipped, nested }
  } finally {
    scratch.dispose()
  }
}

/**
 * `git add --all` into the scratch index, leaving out nested repositories: one without a commit
 * makes git fail ("does not have a commit checked out"), one with commits becomes a gitlink.
 * Returns their paths.
 */
async function addAll(git: Git, env: NodeJS.ProcessEnv): Promise<string[]> {
  const nested: string[] = []
  for (;;) {
    // Pathspec magic, so not GIT_LITERAL_PATHSPECS: '.' and the excluded paths are literal anyway.
    const excludes = nested.map((p) => `:(exclude,literal)${p}`)
    const added = await git.run(['add', '--all', '--', '.', ...excludes], { env })
    const empty = /error: '(.+?)\/?' does not have a commit checked out/.exec(added.stderr)?.[1]
    if (added.code !== 0 && empty !== undefined && !nested.includes(empty) && nested.length < 50) {
      nested.push(empty)
      continue
    }
    if (added.code !== 0) throw new Error(`git add --all failed: ${added.stderr.trim()}`)
    break
  }
  // Nested repositories with commits were staged as gitlinks (mode 160000): take them out again.
  const staged = await git.ok(['ls-files', '--stage', '-z'], { env })
  const links = staged
    .split('\0')
    .filter((l) => l.startsWith('160000 '))
    .map((l) => l.slice(l.indexOf('\t') + 1))
  const tracked = new Set(
    (await git.ok(['ls-files', '--stage', '-z']))
      .split('\0')
      .filter((l) => l.startsWith('160000 '))
      .map((l) => l.slice(l.indexOf('\t') + 1)),
  )
  const added = links.filter((p) => !tracked.has(p))
  if (added.length > 0) await git.ok(['update-index', '--force-remove', '--', ...added], { env })
  return [...nested, ...added]
}

async function changedFiles(git: Git, base: string, env: NodeJS.ProcessEnv): Promise<ChangedFile[]> {
  const out = await git.run(['diff-index', '--cached', '--name-status', '--no-renames', '-z', base, '--'], { env })
  if (out.code !== 0) throw new Error(`git diff-index failed: ${out.stderr.trim()}`)
  const fields = out.stdout.toString('utf8').split('\0')
  const files: ChangedFile[] = []
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const code = fields[i] ?? ''
    const path = fields[i + 1] ?? ''
    files.push({ path, status: STATUS[code.charAt(0)] ?? 'modified' })
  }
  return files
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size
  } catch {
    return 0
  }
}

/** `path` with its directory's symlinks resolved, as git reports the repository root. */
function realDir(path: string): string {
  try {
    return join(realpathSync(dirname(path)), basename(path))
  } catch {
    return path
  }
}
