// Snapshot the agent's changes in a git work tree as a binary patch against a base commit.
//
// The work tree is staged into a *temporary* index (see Scratch in git.ts) with `git add -A`,
// which picks up edits, new files and deletions and honours .gitignore, then diffed against the
// base with `--binary`. Nothing is committed and the user's index, objects and config are left
// as they were. The patch is a plain Buffer: the caller stores it (with `base`) in the session DB.
//
// Line endings: the patch is in repository form, as the user's own `git add` would store it (the
// delivery commits it), and a restore writes it back as their checkout would. The action's git
// reads no system or global config (git-env.ts), but those are where Windows runners turn on
// core.autocrlf (Git for Windows' system config), so their line-ending keys are read here and
// passed on (lineEndingArgs). A file whose bytes survive git's own conversion both ways (CRLF
// throughout in a CRLF checkout) comes back byte for byte; one that does not (mixed endings, or
// LF in a CRLF checkout) comes back as a checkout of the committed file would have it.

import { execFile } from 'node:child_process'
import { realpathSync, statSync } from 'node:fs'
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path'
import { executable, trustedPath } from '../executable.js'
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
  /** The environment the user's git ran in (whose system and global config set line endings); default process.env. */
  env?: NodeJS.ProcessEnv
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

  const eol = await lineEndingArgs(git, opts.env)
  const scratch = await Scratch.create(git, true)
  try {
    const env = { ...scratch.env, ...LITERAL }
    const nested = await addAll(git, scratch.env, eol)
    const excluded = (opts.exclude ?? [])
      .map((p) => relative(git.cwd, realDir(p)))
      .filter((p) => p !== '' && p.split(sep)[0] !== '..' && !isAbsolute(p))
    if (excluded.length > 0) await git.ok([...eol, 'reset', '-q', base, '--', ...excluded.map((p) => p.split(sep).join('/'))], { env })
    let files = await changedFiles(git, base, env, eol)

    const skipped: WorkspaceSnapshot['skipped'] = []
    for (const f of files) {
      if (f.status === 'deleted') continue
      const bytes = sizeOf(join(git.cwd, f.path))
      if (bytes > maxBytes) skipped.push({ path: f.path, bytes })
    }
    if (skipped.length > 0) {
      // Put those paths back to their base state in the temporary index, so the diff omits them.
      await git.ok([...eol, 'reset', '-q', base, '--', ...skipped.map((s) => s.path)], { env })
      files = await changedFiles(git, base, env, eol)
    }

    // The line-ending settings here too: git may read a stat-clean file from the work tree instead
    // of its blob (diff.c reuse_worktree_file), converting it as it would be added.
    const diff = await git.run(
      [
        ...eol,
        'diff-index',
        '--cached',
        '--patch',
        '--binary',
        '--full-index',
        '--no-renames',
        '--no-textconv',
        '--no-ext-diff',
        base,
        '--',
      ],
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
async function addAll(git: Git, env: NodeJS.ProcessEnv, eol: string[]): Promise<string[]> {
  const nested: string[] = []
  for (;;) {
    // Pathspec magic, so not GIT_LITERAL_PATHSPECS: '.' and the excluded paths are literal anyway.
    const excludes = nested.map((p) => `:(exclude,literal)${p}`)
    const added = await git.run([...eol, 'add', '--all', '--', '.', ...excludes], { env })
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

async function changedFiles(git: Git, base: string, env: NodeJS.ProcessEnv, eol: string[]): Promise<ChangedFile[]> {
  const out = await git.run([...eol, 'diff-index', '--cached', '--name-status', '--no-renames', '-z', base, '--'], { env })
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

/**
 * `path` with its directory's symlinks resolved, as git reports the repository root: macOS's temp
 * dir is /var/folders/…, really /private/var/folders/…; native, so Windows' 8.3 short names
 * (C:\Users\RUNNER~1) are expanded as git expands them.
 */
function realDir(path: string): string {
  try {
    return join(realpathSync.native(dirname(path)), basename(path))
  } catch {
    return path
  }
}

const EOL_KEYS = /^core\.(autocrlf|eol)$/
const EOL_VALUES: Record<string, RegExp> = { 'core.autocrlf': /^(true|false|input|yes|no|on|off|1|0)$/i, 'core.eol': /^(lf|crlf|native)$/i }
/** What git needs to find the user's system and global config (Git for Windows: USERPROFILE, PROGRAMDATA). */
const USER_CONFIG_ENV = ['HOME', 'XDG_CONFIG_HOME', 'USERPROFILE', 'HOMEDRIVE', 'HOMEPATH', 'PROGRAMDATA', 'SYSTEMROOT']
const USER_CONFIG_GIT = ['GIT_CONFIG_NOSYSTEM', 'GIT_CONFIG_SYSTEM', 'GIT_CONFIG_GLOBAL']

/**
 * `-c` arguments that give the action's git the core.autocrlf and core.eol the user's git has from
 * its system and global config, for the keys the repository's own config does not set (that one
 * the action's git reads itself, and `-c` would override it). Reading config runs nothing, so the
 * user's config files are read with git's usual lookup; only these two keys are taken, and only
 * values git knows. Empty when git cannot say.
 */
export async function lineEndingArgs(git: Git, env: NodeJS.ProcessEnv = process.env): Promise<string[]> {
  const local = await git.run(['config', '--get-regexp', EOL_KEYS.source])
  const own = new Set(
    local.stdout
      .toString('utf8')
      .split('\n')
      .map((l) => l.split(' ')[0]!.toLowerCase()),
  )
  // Names in any case: Windows spells them SystemRoot, ProgramData.
  const names = new Set([...USER_CONFIG_ENV, ...USER_CONFIG_GIT])
  const kept = Object.entries(env).filter(([name, value]) => value !== undefined && names.has(name.toUpperCase()))
  const userEnv = { ...Object.fromEntries(kept), PATH: trustedPath(env), LANG: 'C', LC_ALL: 'C' }
  const listed = await new Promise<string>((resolve) => {
    execFile(
      executable('git'),
      ['config', '--show-scope', '--get-regexp', EOL_KEYS.source],
      { cwd: git.cwd, env: userEnv, timeout: 30_000, windowsHide: true },
      (_error, stdout) => resolve(String(stdout ?? '')),
    )
  })
  const values = new Map<string, string>()
  for (const line of listed.split(/\r?\n/)) {
    const m = /^(system|global)\t(\S+) (.*)$/.exec(line)
    const key = m?.[2]?.toLowerCase()
    if (!m || !key || own.has(key) || !EOL_VALUES[key]?.test(m[3]!)) continue
    values.set(key, m[3]!) // later lines win: global after system, as git reads them
  }
  return [...values].flatMap(([key, value]) => ['-c', `${key}=${value}`])
}
