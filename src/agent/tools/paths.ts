// Every path a tool touches is confined to the workspace root: the model's text decides the
// path, so `..`, absolute paths and symlinks must not reach the runner's home, the action's
// own files or the session database. The check has a pure part (confine, inGitDir: text only,
// for any path flavour, so path.win32 is unit-tested on Linux) and a part on the real file system
// of this platform (symlinks, the git dir's identity).
import { lstatSync, readFileSync, realpathSync, statSync } from 'node:fs'
import * as nodePath from 'node:path'
import { basename, dirname, join, relative, resolve, sep } from 'node:path'
import { isWithin } from '../../path-within.js'
import { ToolError } from './errors.js'

/** node:path of this platform, or path.win32 / path.posix (tests). */
export type PathFlavor = Pick<nodePath.PlatformPath, 'relative' | 'isAbsolute' | 'sep' | 'resolve'>

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

export function isInside(parent: string, child: string, p: PathFlavor = nodePath): boolean {
  return isWithin(child, parent, p)
}

/** Device names Windows opens whatever the directory or extension (`nul.txt` is NUL). */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$) *(\.|$)/i
// eslint-disable-next-line no-control-regex
const WINDOWS_BAD_CHARS = /[<>"|?*\x00-\x1f]/

/**
 * Why Windows would not take `input` as a plain path below a directory, or undefined. Refused:
 * UNC and device paths (`\\server\share`, `\\?\C:\`, `\\.\`), drive-relative paths (`D:x`
 * means "x in D:'s current directory"), any other `:` (an alternate data stream: `.git::$INDEX_ALLOCATION`
 * is the .git directory), device names (`CON`, `nul.txt`), names ending in a dot or a space
 * (Windows drops them: `.git.` is `.git`) and characters Windows does not allow in a name.
 */
export function windowsPathProblem(input: string): string | undefined {
  if (/^[\\/]{2}/.test(input)) return 'is a UNC or device path'
  if (/^[a-z]:(?![\\/])/i.test(input)) return "is relative to a drive's current directory"
  const rest = input.replace(/^[a-z]:/i, '')
  if (rest.includes(':')) return "has a ':' (an alternate data stream on Windows)"
  for (const part of rest.split(/[\\/]/)) {
    if (part === '' || part === '.' || part === '..') continue
    if (WINDOWS_DEVICE.test(part)) return `names the Windows device ${JSON.stringify(part.replace(/[ .].*$/, ''))}`
    if (/[. ]$/.test(part)) return `has a name ending in a dot or a space (${JSON.stringify(part)}), which Windows drops`
    if (WINDOWS_BAD_CHARS.test(part)) return 'has a character Windows does not allow in a file name'
  }
  return undefined
}

/**
 * The pure part of resolveInside: `input` (relative to the root, or absolute inside the root as
 * given or its real location) as an absolute path inside one of them, or a ToolError. No file
 * system access; `p` is the platform's path flavour (path.win32 adds windowsPathProblem's rules).
 */
export function confine(ws: Pick<Workspace, 'root' | 'realRoot'>, input: string, p: PathFlavor = nodePath): string {
  if (input.includes('\0')) throw new ToolError(`invalid path ${JSON.stringify(input)}`)
  const given = input.trim() === '' ? '.' : input
  const why = p.sep === '\\' ? windowsPathProblem(given) : undefined
  if (why) throw new ToolError(`path ${JSON.stringify(input)} ${why}; use a path relative to the workspace root`)
  // An absolute path may be spelled through the root as given or its real location.
  const viaReal = p.resolve(ws.realRoot, given)
  const abs = p.isAbsolute(given) && isInside(ws.realRoot, viaReal, p) ? viaReal : p.resolve(ws.root, given)
  if (!isInside(ws.root, abs, p) && !isInside(ws.realRoot, abs, p)) {
    throw new ToolError(`path ${JSON.stringify(input)} is outside the workspace (${ws.root}); use a path inside it`)
  }
  return abs
}

/**
 * The real absolute path for `input` (relative to the root, or absolute inside it), or a
 * ToolError when it leaves the workspace, directly or through a symlink. The path need not
 * exist (write_file creates it): its nearest existing ancestor is resolved instead.
 */
export function resolveInside(ws: Workspace, input: string): string {
  const abs = confine(ws, input)
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

// Code points HFS+ ignores in names (git's is_hfs_dotgit): `.g\u200cit` is `.git` there.
const HFS_IGNORED = /[\u200c-\u200f\u202a-\u202e\u206a-\u206f\ufeff]/g

/**
 * Whether `rel` (a path relative to the root, in flavour `p`) has a component that is `.git` on
 * some file system: in any case (macOS and Windows ignore case), with trailing dots and spaces
 * (Windows drops them), with code points HFS+ ignores, and on Windows as its 8.3 short name
 * (`GIT~1`). `.gitignore`, `.github/` are not.
 */
export function inGitDir(rel: string, p: Pick<PathFlavor, 'sep'> = nodePath): boolean {
  const parts = p.sep === '\\' ? rel.split(/[\\/]/) : rel.split(p.sep)
  return parts.some((part) => {
    const name = part
      .replace(HFS_IGNORED, '')
      .toLowerCase()
      .replace(/[. ]+$/, '')
    return name === '.git' || (p.sep === '\\' && /^git~\d+$/.test(name))
  })
}

const gitRefusal = (shown: string) => new ToolError(`${shown} is inside .git/; the action manages git — use bash to run git commands`)

/** The pure part of resolveWritable: confine, and refused when the path names .git however spelled (inGitDir). */
export function confineWritable(ws: Pick<Workspace, 'root' | 'realRoot'>, input: string, p: PathFlavor = nodePath): string {
  const abs = confine(ws, input, p)
  const rel = p.relative(isInside(ws.realRoot, abs, p) ? ws.realRoot : ws.root, abs)
  if (inGitDir(rel, p)) throw gitRefusal(rel.split(p.sep).join('/'))
  return abs
}

/**
 * The real path for `input` that the file tools may write: resolveInside, and not inside .git
 * (git config, hooks and attributes there would run programs in the action's own git,
 * src/workspace/git-env.ts). Refused: a `.git` component however spelled (inGitDir), in the path
 * as given (confineWritable) and in its real location, and a path whose real location (after
 * symlinks) is the repository's git dir or common dir, found by device and inode so that any
 * other spelling of it (a short name, a hard-to-see alias) is caught too.
 */
export function resolveWritable(ws: Workspace, input: string): string {
  confineWritable(ws, input)
  const real = resolveInside(ws, input)
  let inGit = inGitDir(relative(ws.realRoot, real))
  for (let p = real; !inGit && isInside(ws.realRoot, p) && p !== ws.realRoot; p = dirname(p)) {
    const id = identity(p)
    if (id !== undefined && ws.gitDirs.has(id)) inGit = true
  }
  if (inGit) throw gitRefusal(display(ws, real))
  return real
}

function identity(path: string): string | undefined {
  try {
    // bigint: NTFS file ids use all 64 bits, more than a number holds exactly.
    const st = statSync(path, { throwIfNoEntry: false, bigint: true })
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
