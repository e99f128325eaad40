// What every git command the action runs starts from (issue 15): a minimal environment, and
// command-line config that switches off everything repository config could make git run. The
// agent can write .git/config (and the files it includes) and .gitattributes; the action's git
// runs with the step's secrets in its own environment and outside any time limit. System and
// global config are off (GIT_CONFIG_NOSYSTEM, GIT_CONFIG_GLOBAL); repository config cannot be
// switched off, so its keys are listed (reading config runs nothing) and the dangerous ones
// overridden. Command-line config is read last, so it wins; it is passed as GIT_CONFIG_COUNT /
// GIT_CONFIG_KEY_<n> / GIT_CONFIG_VALUE_<n> (git ≥ 2.31), not `-c`: git splits `-c` at the first
// '=', so `-c filter.x=y.clean=` would set filter.x, and a driver named "x=y" would escape. The
// environment form comes before -c (config.c git_config_from_parameters); children git starts
// (e.g. `git status` in a submodule) inherit both.
// Each override was checked in git 2.39.5's source (files named below); test/git-inert.test.ts
// arms a repository with each program and shows it never runs. Not overridden, because no
// command the action runs uses them: pager (--no-pager), gpg.* (commit-tree signs only with -S),
// core.sshCommand, core.gitProxy, remote.<name>.uploadpack/vcs (transports, forbidden below),
// and porcelain tools (difftool, mergetool, sequence.editor).
import { mkdtempSync, readFileSync, realpathSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { trustedPath } from '../executable.js'

/** Variables passed from the action's environment; nothing else (no tokens, INPUT_*, ACTIONS_*). */
const KEEP = ['PATH', 'TMPDIR', 'SystemRoot', 'SYSTEMROOT', 'windir'] // Windows: git's https needs SystemRoot

/**
 * A path under which nothing exists or can be created: /dev/null on POSIX. Git for Windows maps
 * only the exact string /dev/null to NUL (/dev/null/<hook> becomes <drive>:\dev\null\<hook>,
 * which the agent could create), so there an empty directory of the action's own stands in.
 */
function nowhere(): string {
  if (process.platform !== 'win32') return '/dev/null'
  nowhereDir ??= mkdtempSync(join(tmpdir(), 'agent-resume-nowhere-'))
  return nowhereDir
}
let nowhereDir: string | undefined
/** Also kept when git talks to a remote (delivery): proxies, CA bundles, the SSH agent and command the workflow set. */
const KEEP_NETWORK = [
  'HOME',
  'HTTPS_PROXY',
  'https_proxy',
  'HTTP_PROXY',
  'http_proxy',
  'ALL_PROXY',
  'all_proxy',
  'NO_PROXY',
  'no_proxy',
  'GIT_SSL_CAINFO',
  'GIT_SSL_CAPATH',
  'SSL_CERT_FILE',
  'SSL_CERT_DIR',
  'CURL_CA_BUNDLE',
  'SSH_AUTH_SOCK',
  'GIT_SSH',
  'GIT_SSH_COMMAND',
  'GIT_SSH_VARIANT',
]

export function gitEnv(network: boolean, from: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const env: Record<string, string> = {}
  for (const name of network ? [...KEEP, ...KEEP_NETWORK] : KEEP) {
    const value = from[name]
    if (value !== undefined) env[name] = value
  }
  // Not a PATH directory the agent could have planted a program in (a filter, ssh, …).
  env.PATH = trustedPath(from)
  return {
    // No $HOME/.config/git/{attributes,ignore} the agent's bash could write (git treats the
    // ENOTDIR under /dev/null as a missing file, silently).
    HOME: nowhere(),
    ...env,
    LANG: 'C',
    LC_ALL: 'C',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_ATTR_NOSYSTEM: '1',
    GIT_TERMINAL_PROMPT: '0',
    // Objects as they are: refs/replace the agent made cannot change what a snapshot diffs.
    GIT_NO_REPLACE_OBJECTS: '1',
    // A partial clone fetches missing objects from its promisor remote, whose URL, transport
    // and ssh command the agent can set (an `ext::` URL runs a command): no lazy fetch (git ≥
    // 2.39.4 / 2.40.2+; older git is stopped by protocol.allow=never below).
    ...(network ? {} : { GIT_NO_LAZY_FETCH: '1' }),
  }
}

/** Overrides for every repository. Values are command-line config, read after the repository's. */
const ALWAYS: Array<[string, string]> = [
  // "false" disables it (fsmonitor-settings.c: a boolean, not a hook path).
  ['core.fsmonitor', 'false'],
  // Hooks are looked up as <hooksPath>/<name>: under /dev/null nothing is executable
  // (hook.c find_hook; post-index-change runs on every index write, `git add` included).
  ['core.hooksPath', nowhere()],
  // An untracked cache in the (agent-writable) index could hide new files from `git add -A`;
  // false drops it when the index is read (repo-settings.c, read-cache.c tweak_untracked_cache).
  ['core.untrackedCache', 'false'],
  // Empty: no askpass program, not even SSH_ASKPASS (prompt.c); prompts are off above.
  ['core.askPass', ''],
  // ":" is "no editor" (editor.c).
  ['core.editor', ':'],
  // An empty helper clears the list, URL-specific helpers included (credential.c).
  ['credential.helper', ''],
  // No automatic gc/maintenance (builtin/gc.c, run-command.c) after a command.
  ['gc.auto', '0'],
  ['maintenance.auto', 'false'],
]

/**
 * The overrides for a repository whose config has `keys` (`git config --list --name-only`).
 * Drivers are named by the agent: each one found gets its programs emptied. An empty
 * clean/smudge/process means "no filter" (convert.c apply_filter), and required=false keeps git
 * from dying over it. An empty textconv, diff command or merge driver is run as "" and fails
 * ("cannot run"): nothing executes, and `git apply --3way` falls back to a direct application.
 * (The action's diffs are plumbing with --no-textconv --no-ext-diff anyway.) `network: false`
 * forbids every transport, repository-set protocol.<name>.allow included (transport.c checks
 * before any helper, ssh or ext command runs).
 */
export function overridesFor(keys: Iterable<string>, network: boolean): Array<[string, string]> {
  const out: Array<[string, string]> = [...ALWAYS]
  if (!network) out.push(['protocol.allow', 'never'])
  const seen = new Set<string>()
  for (const key of keys) {
    const first = key.indexOf('.')
    const last = key.lastIndexOf('.')
    const section = key.slice(0, first).toLowerCase()
    if (key === 'diff.external') out.push(['diff.external', ''])
    if (first === last) continue
    const sub = key.slice(first + 1, last)
    if (seen.has(`${section}.${sub}`)) continue
    seen.add(`${section}.${sub}`)
    const at = (name: string, value: string): [string, string] => [`${section}.${sub}.${name}`, value]
    if (section === 'filter') out.push(at('clean', ''), at('smudge', ''), at('process', ''), at('required', 'false'))
    else if (section === 'diff') out.push(at('textconv', ''), at('command', ''))
    else if (section === 'merge') out.push(at('driver', ''))
    else if (section === 'protocol' && !network) out.push(at('allow', 'never'))
  }
  return out
}

/** The environment form of command-line config (GIT_CONFIG_COUNT…). */
export function configEnv(pairs: Array<[string, string]>): Record<string, string> {
  const env: Record<string, string> = { GIT_CONFIG_COUNT: String(pairs.length) }
  pairs.forEach(([key, value], i) => {
    env[`GIT_CONFIG_KEY_${i}`] = key
    env[`GIT_CONFIG_VALUE_${i}`] = value
  })
  return env
}

/**
 * The work tree that holds `cwd`: the nearest directory with a `.git` repository or gitfile,
 * as git's own discovery finds it (undefined inside a git directory), in physical form (git
 * compares safe.directory with that). Passed as GIT_WORK_TREE: core.worktree is read straight
 * from the config file at start-up (setup.c), so `-c core.worktree` cannot pin it, and the agent
 * could point it elsewhere.
 */
export function findWorkTree(cwd: string): string | undefined {
  let dir: string
  try {
    dir = realpathSync(cwd)
  } catch {
    return undefined
  }
  for (;;) {
    if (isRepository(join(dir, '.git'))) return dir
    if (isGitDir(dir)) return undefined
    const up = dirname(dir)
    if (up === dir) return undefined
    dir = up
  }
}

/** A `.git` directory or a gitfile (`gitdir: …`, worktrees and submodules). */
function isRepository(dotgit: string): boolean {
  try {
    const stat = statSync(dotgit, { throwIfNoEntry: false })
    if (stat?.isDirectory()) return isGitDir(dotgit)
    return stat?.isFile() === true && readFileSync(dotgit, 'utf8').startsWith('gitdir:')
  } catch {
    return false
  }
}

/** What git's is_git_directory() looks for: HEAD, objects/ and refs/. */
function isGitDir(dir: string): boolean {
  try {
    return ['HEAD', 'objects', 'refs'].every((name) => statSync(join(dir, name), { throwIfNoEntry: false }) !== undefined)
  } catch {
    return false
  }
}
