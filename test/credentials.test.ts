// Credentials actions/checkout persists in the repository's git config (v4/v5: an extraheader in
// .git/config; v6+: the same in $RUNNER_TEMP/git-credentials-<uuid>.config, pulled in by
// includeIf.gitdir), found and described without their values, and a sanitized copy of the
// config that leaves the user's own file byte for byte as it was.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  credentialsWarning,
  findCredentials,
  hidePasswords,
  parseConfigList,
  persistedCredentials,
  sanitizeEdits,
  writeSanitizedConfig,
} from '../src/workspace/credentials.js'
import { tempDir } from './support/temp.js'

const root = tempDir('ar-credentials-')
const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' }
const git = (cwd: string, ...args: string[]): string => execFileSync('git', args, { cwd, env, encoding: 'utf8' }).trim()
const TOKEN = 'ghs_S3cr3tT0kenValue0123456789abcd'
const BASIC = Buffer.from(`x-access-token:${TOKEN}`).toString('base64')
const HEADER = `AUTHORIZATION: basic ${BASIC}`

let n = 0
function repo(): string {
  const dir = join(root, `r${++n}`)
  mkdirSync(dir)
  git(dir, 'init', '-q')
  git(dir, 'remote', 'add', 'origin', 'https://github.com/octo/repo')
  return dir
}

describe('persisted credentials', () => {
  it('finds the v4/v5 extraheader in .git/config', async () => {
    const dir = repo()
    git(dir, 'config', 'http.https://github.com/.extraheader', HEADER)
    const found = await persistedCredentials(dir)
    expect(found).toEqual([{ key: 'http.https://github.com/.extraheader', file: '.git/config', kind: 'auth-header' }])
    const warning = credentialsWarning(found)!
    expect(warning).toMatch(/^actions\/checkout persisted the job token in \.git\/config/)
    expect(warning).toContain('`persist-credentials: false`')
    expect(warning).not.toContain(BASIC)
  })

  it('finds the v6 form: a credentials file in RUNNER_TEMP included through includeIf.gitdir', async () => {
    const dir = repo()
    const temp = join(root, '_temp')
    mkdirSync(temp, { recursive: true })
    const file = join(temp, 'git-credentials-1b2c.config')
    writeFileSync(file, `[http "https://github.com/"]\n\textraheader = ${HEADER}\n`)
    git(dir, 'config', `includeIf.gitdir:${join(dir, '.git')}.path`, file)
    git(dir, 'config', `includeIf.gitdir:/github/workspace/.git.path`, '/github/runner_temp/git-credentials-1b2c.config')
    const found = await persistedCredentials(dir)
    expect(found).toEqual([{ key: 'http.https://github.com/.extraheader', file, kind: 'auth-header' }])
    expect(credentialsWarning(found)).toContain(file)
  })

  it('finds a password in a URL, and hides it when naming the key', () => {
    const entries = parseConfigList(
      [
        'file:.git/config',
        `remote.origin.url\nhttps://x-access-token:${TOKEN}@github.com/o/r`,
        'file:.git/config',
        `url.https://u:${TOKEN}@github.com/.insteadof\nhttps://github.com/`,
        'file:.git/config',
        'core.bare\nfalse',
        'file:.git/config',
        'http.https://example.com/.extraheader\nX-Custom: 1',
        '',
      ].join('\0'),
    )
    const found = findCredentials(entries)
    expect(found.map((f) => f.kind)).toEqual(['url-password', 'url-password'])
    expect(JSON.stringify(found)).not.toContain(TOKEN)
    expect(credentialsWarning(found)).toMatch(/^The repository's git config holds a password/)
    expect(credentialsWarning([])).toBeUndefined()
    expect(hidePasswords(`https://a:${TOKEN}@h/x and ssh://b:c@d`)).toBe('https://a:***@h/x and ssh://b:***@d')
  })

  it('is nothing for a clean clone or a directory outside any repository', async () => {
    expect(await persistedCredentials(repo())).toEqual([])
    const plain = join(root, 'plain')
    mkdirSync(plain)
    expect(await persistedCredentials(plain)).toEqual([])
  })
})

describe('sanitized copy of the config', () => {
  it('drops extraheaders, includes that lead outside and URL passwords, and leaves .git/config untouched', async () => {
    const dir = repo()
    const outside = join(root, 'outside.config')
    writeFileSync(outside, `[http]\n\textraheader = ${HEADER}\n`)
    writeFileSync(join(dir, '.git', 'inside.config'), '[user]\n\tname = inside\n')
    git(dir, 'config', 'http.https://github.com/.extraheader', HEADER)
    git(dir, 'config', `includeIf.gitdir:${join(dir, '.git')}.path`, outside)
    git(dir, 'config', '--add', 'include.path', 'inside.config')
    git(dir, 'config', '--add', 'include.path', '~/.gitconfig-extra')
    git(dir, 'config', 'remote.origin.pushurl', `https://x-access-token:${TOKEN}@github.com/octo/repo`)
    git(dir, 'config', `url.https://u:${TOKEN}@github.com/.insteadOf`, 'https://github.com/')
    git(dir, 'config', 'core.editor', 'vim')
    const before = readFileSync(join(dir, '.git', 'config'))

    const dest = join(root, 'sanitized.config')
    const removed = await writeSanitizedConfig(dir, dest)
    expect(readFileSync(join(dir, '.git', 'config')).equals(before)).toBe(true)
    const copy = readFileSync(dest, 'utf8')
    expect(copy).not.toContain(TOKEN)
    expect(copy).not.toContain(BASIC)
    expect(copy).not.toContain(outside)
    expect(copy).not.toContain('gitconfig-extra')
    expect(copy).toContain('path = inside.config')
    expect(copy).toContain('pushurl = https://x-access-token@github.com/octo/repo')
    expect(copy).toContain('url = https://github.com/octo/repo')
    expect(copy).toContain('editor = vim')
    expect(removed).toEqual(
      expect.arrayContaining([
        'http.https://github.com/.extraheader',
        `includeif.gitdir:${join(dir, '.git')}.path`,
        'remote.origin.pushurl',
        'url.https://u:***@github.com/',
      ]),
    )
    expect(JSON.stringify(removed)).not.toContain(TOKEN)
    // git reads the copy: nothing credential-like is left in it, includes followed.
    const listed = git(dir, 'config', '--file', dest, '--includes', '--list')
    expect(listed).not.toMatch(/extraheader|x-access-token:/i)
  })

  it('plans the edits as a pure function', () => {
    const edits = sanitizeEdits(
      [
        { key: 'include.path', value: '../../elsewhere' },
        { key: 'include.path', value: 'local.inc' },
        { key: 'http.extraheader', value: 'AUTHORIZATION: bearer x' },
      ],
      '/repo/.git',
      (p) => p.startsWith('/repo/'),
    )
    expect(edits).toEqual([
      { op: 'unset', key: 'include.path', value: '../../elsewhere' },
      { op: 'unset', key: 'http.extraheader', value: 'AUTHORIZATION: bearer x' },
    ])
  })
})
