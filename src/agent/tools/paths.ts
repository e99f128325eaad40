// Every path a tool touches is confined to the workspace root: the model's text decides the
// path, so `..`, absolute paths and symlinks must not reach the runner's home, the action's
// own files or the session database.
import { lstatSync, realpathSync } from 'node:fs'
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { ToolError } from './errors.js'

export interface Workspace {
  /** The workspace root as given (resolved). */
  root: string
  /** The root with symlinks resolved: the one every check compares against. */
  realRoot: string
}

export function openWorkspace(root: string): Workspace {
  const resolved = resolve(root)
  return { root: resolved, realRoot: realpathSync(resolved) }
}

export function isInside(parent: string, child: string): boolean {
  const rel = relative(parent, child)
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel))
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
