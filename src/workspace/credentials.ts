// Credentials a checkout left in the repository's git config, where anything the agent runs can
// read them (docs/design.md §8). actions/checkout with `persist-credentials: true` (its default)
// writes the job token as `http.<server>/.extraheader = AUTHORIZATION: basic …`: v4/v5 into
// .git/config itself, v6+ into $RUNNER_TEMP/git-credentials-<uuid>.config, which .git/config
// pulls in with `includeIf.gitdir:<.git>.path` (actions/checkout src/git-auth-helper.ts). The
// action pushes with its own token (src/deliver/git-remote.ts), so it needs neither.
import { copyFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { isWithin } from '../path-within.js'
import { Git } from './git.js'

export interface ConfigEntry {
  /** The file the entry was read from (`git config --show-origin`, without `file:`). */
  origin: string
  key: string
  /** Undefined for a key written without `=`. */
  value: string | undefined
}

export interface PersistedCredential {
  /** The config key, any password in it hidden; never the value. */
  key: string
  file: string
  kind: 'auth-header' | 'url-password'
}

const AUTH_HEADER = /^http\.(.+\.)?extraheader$/i
// scheme://user:password@ — in a URL value, or in a URL-named subsection (url.<base>.insteadOf…).
const URL_PASSWORD = /([a-z][a-z0-9+.-]*:\/\/[^/@\s:]*):[^/@\s]*@/gi

/** Hides the password of every URL in `text`. */
export const hidePasswords = (text: string): string => text.replace(URL_PASSWORD, '$1:***@')
const hasPassword = (text: string | undefined): boolean => text !== undefined && hidePasswords(text) !== text

/** Parses `git config --list -z`: key LF value NUL (key NUL for a key without a value). */
export function parseConfigPairs(out: string): Pick<ConfigEntry, 'key' | 'value'>[] {
  return out
    .split('\0')
    .filter((pair) => pair !== '')
    .map((pair) => {
      const lf = pair.indexOf('\n')
      return lf < 0 ? { key: pair, value: undefined } : { key: pair.slice(0, lf), value: pair.slice(lf + 1) }
    })
}

/** Parses `git config --list --show-origin -z`: each pair preceded by its origin and a NUL. */
export function parseConfigList(out: string): ConfigEntry[] {
  const fields = out.split('\0')
  const entries: ConfigEntry[] = []
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const [pair] = parseConfigPairs(fields[i + 1] ?? '')
    if (pair) entries.push({ origin: (fields[i] ?? '').replace(/^file:/, ''), ...pair })
  }
  return entries
}

/** The entries that hold a credential: an Authorization extraheader, or a URL with a password. */
export function findCredentials(entries: ConfigEntry[]): PersistedCredential[] {
  return entries.flatMap((e): PersistedCredential[] => {
    const key = hidePasswords(e.key)
    if (AUTH_HEADER.test(e.key) && /^\s*authorization:/i.test(e.value ?? '')) return [{ key, file: e.origin, kind: 'auth-header' }]
    if (hasPassword(e.key) || hasPassword(e.value)) return [{ key, file: e.origin, kind: 'url-password' }]
    return []
  })
}

/** The warning main prints once, or undefined when nothing was found. */
export function credentialsWarning(found: PersistedCredential[]): string | undefined {
  if (found.length === 0) return undefined
  const where = [...new Set(found.map((c) => `${c.key} in ${c.file}`))].join('; ')
  const risk = "the agent's commands can read it and use it"
  return found.some((c) => c.kind === 'auth-header')
    ? `actions/checkout persisted the job token in .git/config (${where}): ${risk}. Set \`persist-credentials: false\` on actions/checkout; this action pushes with its own \`github-token\`.`
    : `The repository's git config holds a password (${where}): ${risk}. Remove it (actions/checkout: \`persist-credentials: false\`).`
}

/** The credentials in the config of the repository at `root`, its includes followed (read with the inert git). */
export async function persistedCredentials(root: string): Promise<PersistedCredential[]> {
  const r = await new Git(root).run(['config', '--list', '--includes', '--show-origin', '-z'])
  return r.code === 0 ? findCredentials(parseConfigList(r.stdout.toString('utf8'))) : []
}

export type ConfigEdit =
  | { op: 'unset'; key: string; value: string | undefined }
  | { op: 'remove-section'; section: string }
  | { op: 'replace'; key: string; value: string; next: string }

/**
 * What to change in a copy of a config file (entries from `git config --file … --list`) so no
 * credential is left: every extraheader; include/includeIf paths `inside` does not accept (a
 * relative path is relative to the file's directory `dir`, as git reads it; `~` is home); the
 * password of a URL value; and a whole section named by a URL with a password (unsetting its
 * last key would leave the header, password and all).
 */
export function sanitizeEdits(entries: Pick<ConfigEntry, 'key' | 'value'>[], dir: string, inside: (path: string) => boolean): ConfigEdit[] {
  const edits: ConfigEdit[] = []
  for (const { key, value } of entries) {
    const section = key.slice(0, key.lastIndexOf('.'))
    if (hasPassword(section)) {
      if (!edits.some((e) => e.op === 'remove-section' && e.section === section)) edits.push({ op: 'remove-section', section })
    } else if (AUTH_HEADER.test(key)) edits.push({ op: 'unset', key, value })
    else if (/^include(if\..*)?\.path$/is.test(key)) {
      const target = value === undefined || value.startsWith('~') ? undefined : resolve(dir, value)
      if (target === undefined || !inside(target)) edits.push({ op: 'unset', key, value })
    } else if (value !== undefined && hasPassword(value))
      edits.push({ op: 'replace', key, value, next: value.replace(URL_PASSWORD, '$1@') })
  }
  return edits
}

/**
 * Writes a copy of the repository's config file (its common dir's `config`) to `dest`, without
 * the credentials sanitizeEdits finds; includes are kept only when they point inside the work
 * tree or the git dir. The repository's file is only read. Returns the keys removed or changed
 * (passwords hidden).
 */
export async function writeSanitizedConfig(root: string, dest: string): Promise<string[]> {
  const git = new Git(root)
  const source = await git.gitPath('config')
  const top = await git.ok(['rev-parse', '--show-toplevel'])
  const within = (parent: string, path: string) => isWithin(path, parent)
  copyFileSync(source, dest)
  const entries = parseConfigPairs(await git.ok(['config', '--file', dest, '--no-includes', '--list', '-z']))
  const edits = sanitizeEdits(entries, dirname(source), (p) => within(top, p) || within(dirname(source), p))
  for (const e of edits) {
    const exact = (key: string, value: string | undefined) => (value === undefined ? [key] : ['--fixed-value', key, value])
    const args =
      e.op === 'remove-section'
        ? ['--remove-section', e.section]
        : e.op === 'unset'
          ? ['--unset-all', ...exact(e.key, e.value)]
          : ['--fixed-value', '--replace-all', e.key, e.next, e.value]
    await git.ok(['config', '--file', dest, ...args])
  }
  return edits.map((e) => hidePasswords(e.op === 'remove-section' ? e.section : e.key))
}
