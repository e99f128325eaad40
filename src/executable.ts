// Which `git` (and `sudo`) the action itself runs. The agent's commands can write the runner
// user's home, and hosted runners put ~/.local/bin early on PATH: a `git` planted there would run
// in the post step with the action's environment. So the action takes the first match on PATH
// that the agent could not have planted (docs/design.md §11).
import { accessSync, constants } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, isAbsolute, join } from 'node:path'
import { isWithin, realOrSame } from './path-within.js'

function can(path: string, mode: number): boolean {
  try {
    accessSync(path, mode)
    return true
  } catch {
    return false
  }
}

/** PATH directories the agent's commands cannot have written to (see trustedExecutable). */
function trustedDirs(env: NodeJS.ProcessEnv, strictOnly: boolean): string[] {
  // Compared as real paths: on macOS /tmp is /private/tmp and tmpdir() lies under /private/var.
  const untrusted = [env.HOME, env.GITHUB_WORKSPACE, env.RUNNER_TEMP, tmpdir(), '/tmp']
    .filter((d): d is string => d !== undefined && d !== '' && isAbsolute(d))
    .map(realOrSame)
    .filter((d) => d !== '/')
  const outside = (env.PATH ?? '').split(delimiter).filter((d) => isAbsolute(d) && !untrusted.some((u) => isWithin(realOrSame(d), u)))
  const root = process.getuid?.() === 0
  return strictOnly ? outside.filter((d) => root || !can(d, constants.W_OK)) : outside
}

/**
 * The PATH for the action's own child processes (git, and tar/zstd that @actions/cache runs in
 * the cache worker): only the directories trustedExecutable accepts. The agent's commands keep
 * the full PATH. Windows: unchanged.
 */
export function trustedPath(env: NodeJS.ProcessEnv = process.env): string {
  if (process.platform === 'win32') return env.PATH ?? ''
  const dirs = trustedDirs(env, true)
  return dirs.length > 0 ? dirs.join(delimiter) : '/usr/local/bin:/usr/bin:/bin'
}

/**
 * The absolute path of `name` from a PATH directory outside the places the agent can write
 * (HOME, GITHUB_WORKSPACE, RUNNER_TEMP, the temp dir) and, for a non-root user, not writable by
 * it; failing that, from any PATH directory outside those places; failing that, `name` itself
 * (plain PATH lookup). Windows: `name` (no sandbox there, docs/design.md §11).
 */
export function trustedExecutable(name: string, env: NodeJS.ProcessEnv = process.env): string {
  if (process.platform === 'win32') return name
  const found = (dir: string) => can(join(dir, name), constants.X_OK)
  const loose = trustedDirs(env, true).find(found) ?? trustedDirs(env, false).find(found)
  return loose ? join(loose, name) : name
}

const cache = new Map<string, string>()

/** trustedExecutable(name), resolved once per process: before the agent ran, in main. */
export function executable(name: string): string {
  let path = cache.get(name)
  if (path === undefined) {
    path = trustedExecutable(name)
    cache.set(name, path)
  }
  return path
}
