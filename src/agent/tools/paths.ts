// Every path a tool touches is confined to the workspace root: the model's text decides the
// path, so `..`, absolute paths and symlinks must not reach the runner's home, the action's
// own files or the session database.
import { lstatSync, readFileSync, realpathSync, statSync } from 'node:fs'
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { isWithin } from '../../path-within.js'
import { ToolError } from './errors.js'

export interface Workspace {
  /** The workspace root as given (resolved). */
  root: string
  /** The root with symlinks resolved: the one every check compares against. */
  realRoot: string
  /** The repository's git dir and common dir, as device:inode (writes there are refused). */
  gitDirs: Set<string>
}

export function openWorkspace(root: string): Workspace {
  const resolved = resolve(root)
  const realRoot = realpathSync(resolved)
  return {
    root: resolved,
    realRoot,
    gitDirs: new Set(
      gitDirsOf(realRoot)
        .map(identity)
        .filter((id) => id !== undefined),
    ),
  }
}

export function isInside(parent: string, child: string): boolean {
  return isWithin(child, parent)
}

/**
 * The real absolute path for `input` (relative to the root, or absolute inside it), or a
 * ToolError when it leaves the workspace, directly or through a symlink. The path need not
 * exist (write_file creates it): its nearest existing ancestor is resolved instead.
 */
export function resolveInside(ws: Workspace, input: string): string {
  if (input.includes('\0')) throw new ToolError(`invalid path ${JSON.stringify(input)}`)
  const given = input.trim() === '' ? '.' : input
  // An absolute path may be spelled through the root as given or its real location.
  const base = isAbsolute(given) && isInside(ws.realRoot, resolve(given)) ? ws.realRoot : ws.root
  const abs = resolve(base, given)
  if (!isInside(ws.root, abs) && !isInside(ws.realRoot, abs)) {
    throw new ToolError(`path ${JSON.stringify(input)} is outside the workspace (${ws.root}); use a path inside it`)
  }
  const within = isInside(ws.realRoot, abs) ? abs : join(ws.realRoot, relative(ws.root, abs))
  // Walk up to the nearest existing entry (lstat: a dangling symlink exists too) and resolve it.
  const rest: string[] = []
  let probe = within
  while (lstatSync(probe, { throwIfNoEntry: false }) === undefined) {
    rest.unshift(basename(probe))
    const up = dirname(probe)
    if (up === probe) break
    probe = up
  }
  let real: string
  try {
    real = join(realpathSync(probe), ...rest)
  } catch {
    throw new ToolError(`path ${JSON.stringify(input)} goes through a symlink that points nowhere`)
  }
  if (!isInside(ws.realRoot, real)) {
    throw new ToolError(`path ${JSON.stringify(input)} resolves outside the workspace through a symlink`)
  }
  return real
}

/** How a path is shown to the model: relative to the root, `.` for the root itself. */
export function display(ws: Workspace, real: string): string {
  const rel = relative(ws.realRoot, real)
  return rel === '' ? '.' : rel.split(sep).join('/')
}

/**
 * The real path for `input` that the file tools may write: resolveInside, and not inside .git
 * (git config, hooks and attributes there would run programs in the action's own git,
 * src/workspace/git-env.ts). Refused: a `.git` component in any case (macOS and Windows file
 * systems ignore case; Windows also drops trailing dots and spaces), and a path whose real
 * location (after symlinks) is the repository's git dir or common dir, found by device and
 * inode so that any other spelling of it is caught too. `.gitignore`, `.github/` are fine.
 */
export function resolveWritable(ws: Workspace, input: string): string {
  const real = resolveInside(ws, input)
  const parts = relative(ws.realRoot, real).split(sep)
  let inGit = parts.some((p) => p.toLowerCase().replace(/[. ]+$/, '') === '.git')
  for (let p = real; !inGit && isInside(ws.realRoot, p) && p !== ws.realRoot; p = dirname(p)) {
    const id = identity(p)
    if (id !== undefined && ws.gitDirs.has(id)) inGit = true
  }
  if (inGit) {
    throw new ToolError(`${display(ws, real)} is inside .git/; the action manages git — use bash to run git commands`)
  }
  return real
}

function identity(path: string): string | undefined {
  try {
    const st = statSync(path, { throwIfNoEntry: false })
    return st ? `${st.dev}:${st.ino}` : undefined
  } catch {
    return undefined
  }
}

/** The git dir (a `.git` directory, or where a `.git` file points) and common dir at or above `dir`. */
function gitDirsOf(dir: string): string[] {
  for (let at = dir; ; at = dirname(at)) {
    const dotgit = join(at, '.git')
    const st = identity(dotgit) === undefined ? undefined : statSync(dotgit)
    if (st?.isDirectory()) return withCommon(dotgit)
    const target = st?.isFile() ? /^gitdir: (.+)$/m.exec(readText(dotgit) ?? '')?.[1]?.trim() : undefined
    if (target) return withCommon(resolve(at, target))
    if (st || dirname(at) === at) return []
  }
}

/** `gitDir` and, for a linked worktree, the common dir its `commondir` file names. */
function withCommon(gitDir: string): string[] {
  const common = readText(join(gitDir, 'commondir'))?.trim()
  return common ? [gitDir, resolve(gitDir, common)] : [gitDir]
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return undefined
  }
}
