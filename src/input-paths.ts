// The inputs that name paths, checked on disk once the run context resolved them (the schema in
// inputs.ts checks their text): `working-directory` is an existing directory inside
// GITHUB_WORKSPACE, symbolic links followed; `db-path` is a file outside it whose directory can
// be created, and a file already there is a database of this action. The store moves a bad
// database aside (src/store/open.ts); these checks keep that to files that are ours or that the
// cache restored: a file of the user's or the runner's is never renamed. Main and post both run
// them, so a value main refused is never used by post either.
import { accessSync, closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, statSync, type Stats } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { isWithin } from './path-within.js'
import { DB_APPLICATION_ID, Inputs } from './constants.js'
import { InputError, type Settings } from './inputs.js'
import { runnerWorkspace, type RunContext } from './run-context.js'

/** Throws one InputError naming each path input that is not usable, and why. */
export function checkInputPaths(
  settings: Pick<Settings, 'workingDirectory' | 'dbPath'>,
  ctx: Pick<RunContext, 'workspaceRoot' | 'dbPath'>,
  env: NodeJS.ProcessEnv,
): void {
  const workspace = realish(runnerWorkspace(env))
  const lines: string[] = []
  const wd = workingDirectoryProblem(ctx.workspaceRoot, workspace)
  if (wd) lines.push(`Input '${Inputs.WorkingDirectory}' is invalid: ${wd}; got ${JSON.stringify(settings.workingDirectory)}.`)
  const db = dbPathProblem(ctx.dbPath, workspace)
  if (db) {
    const shown = settings.dbPath === '' ? `"" (the default, ${ctx.dbPath})` : JSON.stringify(settings.dbPath)
    lines.push(`Input '${Inputs.DbPath}' is invalid: ${db}; got ${shown}.`)
  }
  if (lines.length > 0) throw new InputError(lines.join('\n'))
}

function workingDirectoryProblem(root: string, workspace: string): string | undefined {
  const expected = `expected an existing directory inside GITHUB_WORKSPACE (${workspace})`
  let real: string
  try {
    real = realpathSync(root)
  } catch {
    return `${expected}, but ${root} does not exist`
  }
  if (!statSync(real).isDirectory()) return `${expected}, but ${root} is not a directory`
  if (!inside(real, workspace)) return `${expected}, but ${root} is ${real === root ? '' : `a link to ${real}, `}outside it`
  return undefined
}

function dbPathProblem(path: string, workspace: string): string | undefined {
  const real = realish(path)
  if (inside(real, workspace)) {
    return `expected a path outside GITHUB_WORKSPACE (${workspace}), where the agent's tools cannot reach the database, but ${path} ${real === path ? 'is' : `leads to ${real},`} inside it`
  }
  const link = lstatOf(path)
  const target = statOf(path)
  if (link && !target) return `expected a file, but ${path} is a symbolic link to nothing`
  if (target?.isDirectory()) return `expected a file, but ${path} is a directory`
  if (target && !target.isFile()) return `expected a regular file, but ${path} is not one`
  const dir = nearestExisting(dirname(path))
  if (!dir.stats?.isDirectory()) return `expected a file whose directory can be created, but ${dir.path} is not a directory`
  try {
    accessSync(dir.path, constants.W_OK | constants.X_OK)
  } catch {
    return `expected a file whose directory can be created, but ${dir.path} is not writable`
  }
  const foreign = target && target.size > 0 ? notOurDatabase(path) : undefined
  if (foreign) return `expected a new file or a database of this action, but ${path} is ${foreign}; it is left as it is`
  return undefined
}

const SQLITE_HEADER = 'SQLite format 3\0'

/**
 * Why a non-empty file is not one of our databases, from its header alone (it is not opened):
 * our application id, or none in a file that has no tables yet (a new database, or ours before
 * its first checkpoint, whose tables and id are still in the WAL, which is read too). A file of
 * ours that is damaged further in passes: the store quarantines it, as it always has.
 */
export function notOurDatabase(path: string): string | undefined {
  const head = readAt(path, 0, 100)
  if (!head || head.length < 16 || head.toString('latin1', 0, 16) !== SQLITE_HEADER) return 'not a SQLite database'
  if (head.length < 100) return 'not a database of this action (shorter than a SQLite header)'
  return pageOneProblem(head) ?? (emptySchema(head) ? pageOneProblem(walPageOne(`${path}-wal`)) : undefined)
}

/** Page 1's verdict: ours, new (no id, no tables), or another application's. */
function pageOneProblem(page: Buffer | undefined): string | undefined {
  if (!page) return undefined
  const appId = page.readUInt32BE(68)
  if (appId === DB_APPLICATION_ID) return undefined
  if (appId === 0 && emptySchema(page)) return undefined
  return `a SQLite database of another application (application_id ${appId})`
}

/** No id and a schema cookie of 0: no table was ever created in this copy of page 1. */
const emptySchema = (page: Buffer) => page.readUInt32BE(68) === 0 && page.readUInt32BE(40) === 0

const WAL_MAGIC = [0x377f0682, 0x377f0683]

/** The first 100 bytes of page 1 as of the WAL's last commit, or undefined when the WAL has none. */
function walPageOne(walPath: string): Buffer | undefined {
  let fd: number
  try {
    fd = openSync(walPath, 'r')
  } catch {
    return undefined
  }
  try {
    const header = Buffer.alloc(32)
    if (readSync(fd, header, 0, 32, 0) < 32 || !WAL_MAGIC.includes(header.readUInt32BE(0))) return undefined
    const pageSize = header.readUInt32BE(8)
    if (pageSize < 512 || pageSize > 65536) return undefined
    const size = fstatSync(fd).size
    const frame = Buffer.alloc(24)
    let pending: Buffer | undefined
    let committed: Buffer | undefined
    for (let at = 32; at + 24 + pageSize <= size; at += 24 + pageSize) {
      readSync(fd, frame, 0, 24, at)
      // A frame whose salts differ from the header's is left over from before a reset: the log ends there.
      if (frame.readUInt32BE(8) !== header.readUInt32BE(16) || frame.readUInt32BE(12) !== header.readUInt32BE(20)) break
      if (frame.readUInt32BE(0) === 1) {
        pending = Buffer.alloc(100)
        readSync(fd, pending, 0, 100, at + 24)
      }
      if (frame.readUInt32BE(4) !== 0) committed = pending
    }
    return committed
  } finally {
    closeSync(fd)
  }
}

function readAt(path: string, position: number, length: number): Buffer | undefined {
  let fd: number
  try {
    fd = openSync(path, 'r')
  } catch {
    return undefined
  }
  try {
    const buf = Buffer.alloc(length)
    return buf.subarray(0, readSync(fd, buf, 0, length, position))
  } finally {
    closeSync(fd)
  }
}

const inside = isWithin

/** The path with the links of its existing part resolved (as the OS will), the rest appended. */
function realish(path: string): string {
  const rest: string[] = []
  let at = path
  for (;;) {
    try {
      return join(realpathSync(at), ...rest)
    } catch {
      const up = dirname(at)
      if (up === at) return path
      rest.unshift(basename(at))
      at = up
    }
  }
}

/** The closest directory (or file) on the way up from `path` that exists. */
function nearestExisting(path: string): { path: string; stats: Stats | undefined } {
  let at = path
  for (;;) {
    const stats = statOf(at)
    const up = dirname(at)
    if (stats || up === at) return { path: at, stats }
    at = up
  }
}

function statOf(path: string): Stats | undefined {
  try {
    return statSync(path)
  } catch {
    return undefined
  }
}

function lstatOf(path: string): Stats | undefined {
  try {
    return lstatSync(path)
  } catch {
    return undefined
  }
}
