// Real git repositories for end-to-end tests and the demo: an origin with some files, and
// fresh clones of it (what actions/checkout gives each runner).
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { dirname, join, relative } from 'node:path'

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
}

export function git(cwd, ...args) {
  return execFileSync('git', args, { cwd, env: GIT_ENV, encoding: 'utf8' }).trim()
}

/**
 * A repository with one commit holding `files` (path → string or Buffer). Returns its path.
 * @param {string} dir
 * @param {Record<string, string | Buffer>} files
 */
export function makeOrigin(dir, files) {
  mkdirSync(dir, { recursive: true })
  git(dir, 'init', '-q', '-b', 'main')
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), content)
  }
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '-m', 'initial')
  return dir
}

/**
 * A bare repository (what GitHub holds) whose main branch has one commit with `files`; pushes go
 * here. Returns its path.
 * @param {string} dir
 * @param {Record<string, string | Buffer>} files
 */
export function makeBareOrigin(dir, files) {
  const seed = makeOrigin(`${dir}-seed`, files)
  execFileSync('git', ['clone', '-q', '--bare', seed, dir], { env: GIT_ENV })
  return dir
}

/** A fresh clone of `origin` at `dest` (which must not exist or be empty). */
export function freshClone(origin, dest) {
  mkdirSync(dirname(dest), { recursive: true })
  execFileSync('git', ['clone', '-q', origin, dest], { env: GIT_ENV })
  return dest
}

/** path → sha256 of every file in the work tree outside .git, for comparing workspaces. */
export function workspaceFiles(root) {
  const out = {}
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      if (name === '.git') continue
      const full = join(dir, name)
      if (statSync(full).isDirectory()) walk(full)
      else out[relative(root, full)] = createHash('sha256').update(readFileSync(full)).digest('hex')
    }
  }
  walk(root)
  return out
}
