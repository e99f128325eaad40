// Whether a path lies inside a directory: the one check every confinement in the action makes
// (file tools, the sandbox's protected paths, the path inputs, trusted executables, includes).
import { isAbsolute, relative, sep } from 'node:path'

/** True when `path` is `dir` or below it (both absolute, already resolved; no file system access). */
export function isWithin(path: string, dir: string): boolean {
  const rel = relative(dir, path)
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel))
}
