// Whether a path lies inside a directory: the one check every confinement in the action makes
// (file tools, the sandbox's protected paths, the path inputs, trusted executables, includes);
// and a path with its symlinks resolved where it exists.
import { realpathSync } from 'node:fs'
import * as nodePath from 'node:path'

/** The parts of node:path the check uses: the platform's own, or path.win32 / path.posix in tests. */
export type PathFlavor = Pick<nodePath.PlatformPath, 'relative' | 'isAbsolute' | 'sep'>

/**
 * True when `path` is `dir` or below it (both absolute, already resolved; no file system access).
 * With path.win32, case is ignored, as NTFS does by default.
 */
export function isWithin(path: string, dir: string, p: PathFlavor = nodePath): boolean {
  const rel = p.relative(dir, path)
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${p.sep}`) && !p.isAbsolute(rel))
}

/** The real path (symlinks resolved), or `path` itself where it cannot be resolved (not there yet). */
export function realOrSame(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    return path
  }
}
