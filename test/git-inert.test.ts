// The action's own git runs nothing the repository's config names (issue 15): an fsmonitor
// hook, clean/smudge filters (one named so that `-c` could not override it), a hooksPath and
// .git/hooks, textconv and external diff drivers, a merge driver, config pulled in by
// include.path, a submodule's own filter, an `ext::` transport, and a core.worktree pointing
// elsewhere. Real repositories; every program writes a marker file that must never appear.
import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { originPushUrl } from '../src/deliver/stage.js'
import { gitEnv, overridesFor } from '../src/workspace/git-env.js'
import { Git } from '../src/workspace/git.js'
import { restoreWorkspace } from '../src/workspace/restore.js'
import { snapshotWorkspace } from '../src/workspace/snapshot.js'
import { tempDir } from './support/temp.js'

const root = tempDir('ar-git-inert-')
const env = {
  ...process.env,
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
}
const git = (cwd: string, ...args: string[]): string => execFileSync('git', args, { cwd, env, encoding: 'utf8' }).trim()
const marker = join(root, 'MARKER')
const script = join(root, 'evil.sh')
// Records that it ran, with its environment, and passes its input through (a working filter).
writeFileSync(script, `#!/bin/sh\n{ echo "ran $0 $*"; env; } >> '${marker}'\ncat\n`)
chmodSync(script, 0o755)

/** Everything an attacker with write access to .git and the work tree could arm. */
function arm(repo: string): void {
  const hooks = join(root, 'hooks')
  mkdirSync(hooks, { recursive: true })
  for (const name of ['post-index-change', 'pre-commit', 'reference-transaction', 'pre-auto-gc']) {
    writeFileSync(join(hooks, name), `#!/bin/sh\n${script}\n`, { mode: 0o755 })
    writeFileSync(join(repo, '.git', 'hooks', name), `#!/bin/sh\n${script}\n`, { mode: 0o755 })
  }
  const included = join(root, `included-${repo.split('/').pop()}.config`)
  writeFileSync(included, `[filter "inc"]\n\tclean = ${script}\n\tsmudge = ${script}\n\trequired = true\n`)
  const config = [
    `[core]\n\tfsmonitor = ${script}\n\thooksPath = ${hooks}\n\tpager = ${script}\n\tuntrackedCache = true`,
    `[filter "evil"]\n\tclean = ${script}\n\tsmudge = ${script}\n\trequired = true`,
    `[filter "x=y"]\n\tclean = ${script}\n\tprocess = ${script}`,
    `[diff "tc"]\n\ttextconv = ${script}\n\tcommand = ${script}`,
    `[diff]\n\texternal = ${script}`,
    `[merge "mm"]\n\tdriver = ${script} %A %O %B`,
    `[merge]\n\tdefault = mm`,
    `[protocol "ext"]\n\tallow = always`,
    `[include]\n\tpath = ${included}`,
  ]
  writeFileSync(join(repo, '.git', 'config'), `${readFileSync(join(repo, '.git', 'config'), 'utf8')}${config.join('\n')}\n`)
  writeFileSync(join(repo, '.gitattributes'), '*.txt filter=evil diff=tc merge=mm\n*.md filter=x=y\n*.cfg filter=inc\n')
}

let origin: string
beforeAll(() => {
  origin = join(root, 'origin')
  mkdirSync(origin)
  git(origin, 'init', '-q', '-b', 'main')
  writeFileSync(join(origin, 'a.txt'), 'one\ntwo\nthree\nfour\nfive\n')
  writeFileSync(join(origin, 'b.md'), 'bee\n')
  git(origin, 'add', '-A')
  git(origin, 'commit', '-q', '-m', 'base')
})

function clone(name: string): string {
  const dest = join(root, name)
  git(root, 'clone', '-q', origin, dest)
  return dest
}

describe("the action's git with an armed repository", () => {
  it('snapshots and restores the raw bytes, and runs none of the programs', async () => {
    const work = clone('work')
    arm(work)
    writeFileSync(join(work, 'a.txt'), 'one\ntwo\nthree\nfour\nFIVE raw\n')
    writeFileSync(join(work, 'b.md'), 'bee raw\n')
    writeFileSync(join(work, 'c.cfg'), 'key = raw\n')
    rmSync(marker, { force: true })
    const snap = await snapshotWorkspace({ cwd: work })
    expect(existsSync(marker), existsSync(marker) ? readFileSync(marker, 'utf8') : '').toBe(false)
    expect(snap.files.map((f) => f.path).sort()).toEqual(['.gitattributes', 'a.txt', 'b.md', 'c.cfg'])
    const patch = snap.patch.toString('utf8')
    for (const line of ['+FIVE raw', '+bee raw', '+key = raw']) expect(patch).toContain(line)

    // Restore onto a clone whose HEAD moved (a 3-way merge, with merge.default and the driver armed).
    const moved = clone('moved')
    writeFileSync(join(moved, 'a.txt'), 'ONE\ntwo\nthree\nfour\nfive\n')
    git(moved, 'commit', '-q', '-am', 'moved')
    arm(moved)
    rmSync(join(moved, '.gitattributes'))
    const report = await restoreWorkspace({ cwd: moved, snapshot: snap })
    expect(existsSync(marker), existsSync(marker) ? readFileSync(marker, 'utf8') : '').toBe(false)
    expect(report.failed).toEqual([])
    expect(readFileSync(join(moved, 'a.txt'), 'utf8')).toBe('ONE\ntwo\nthree\nfour\nFIVE raw\n')
    expect(readFileSync(join(moved, 'c.cfg'), 'utf8')).toBe('key = raw\n')
  })

  it('overrides a submodule’s own drivers, which `git add` reaches through `git status` in it', async () => {
    const sub = join(root, 'sub-origin')
    mkdirSync(sub)
    git(sub, 'init', '-q', '-b', 'main')
    writeFileSync(join(sub, 's.txt'), 'sub\n')
    git(sub, 'add', '-A')
    git(sub, 'commit', '-q', '-m', 'sub')
    const work = clone('with-sub')
    git(work, '-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', sub, 'sub')
    git(work, 'commit', '-q', '-m', 'add sub')
    const subGit = join(work, '.git', 'modules', 'sub')
    writeFileSync(join(subGit, 'config'), `${readFileSync(join(subGit, 'config'), 'utf8')}[filter "deep"]\n\tclean = ${script}\n`)
    writeFileSync(join(subGit, 'info', 'attributes'), '*.txt filter=deep\n')
    execFileSync('touch', ['-d', '2001-01-01', join(work, 'sub', 's.txt')]) // stat-dirty: status hashes it
    writeFileSync(join(work, 'top.txt'), 'top\n')
    rmSync(marker, { force: true })
    const snap = await snapshotWorkspace({ cwd: work })
    expect(existsSync(marker), existsSync(marker) ? readFileSync(marker, 'utf8') : '').toBe(false)
    expect(snap.files).toEqual([{ path: 'top.txt', status: 'added' }])
  })

  it('keeps the work tree it was given when core.worktree points elsewhere', async () => {
    const work = clone('worktree-moved')
    const elsewhere = join(root, 'elsewhere')
    mkdirSync(elsewhere, { recursive: true })
    writeFileSync(join(elsewhere, 'loot.txt'), 'not the workspace\n')
    git(work, 'config', 'core.worktree', elsewhere)
    writeFileSync(join(work, 'mine.txt'), 'mine\n')
    const snap = await snapshotWorkspace({ cwd: work })
    expect(snap.files).toEqual([{ path: 'mine.txt', status: 'added' }])
  })

  it('reaches no remote and runs no transport from the workspace', async () => {
    const work = clone('ext')
    arm(work)
    rmSync(marker, { force: true })
    const r = await new Git(work).run(['ls-remote', `ext::sh -c ${script}% >&2`])
    expect(r.code).not.toBe(0)
    expect(r.stderr).toMatch(/not allowed/)
    expect(existsSync(marker)).toBe(false)
  })

  it('gives git a minimal environment: no tokens, inputs or runner variables', async () => {
    const work = clone('env')
    const saved = { ...process.env }
    Object.assign(process.env, { INPUT_API_KEY: 'sk-in', GITHUB_TOKEN: 'ghs_x', ACTIONS_RUNTIME_TOKEN: 'rt', MY_SECRET: 's' })
    try {
      // An alias that starts with "!" runs a shell: it shows what git's children inherit.
      const out = await new Git(work).ok(['-c', 'alias.showenv=!env', 'showenv'])
      const names = out.split('\n').map((l) => l.slice(0, l.indexOf('=')))
      for (const name of ['INPUT_API_KEY', 'GITHUB_TOKEN', 'ACTIONS_RUNTIME_TOKEN', 'MY_SECRET']) expect(names).not.toContain(name)
      expect(out).toContain('GIT_CONFIG_NOSYSTEM=1')
      expect(out).toContain('HOME=/dev/null')
      expect(out).toMatch(/^GIT_CONFIG_KEY_\d+=core\.fsmonitor$/m)
    } finally {
      process.env = saved
    }
    expect(Object.keys(gitEnv(false, { PATH: '/bin', GITHUB_TOKEN: 'x', INPUT_X: 'y', HOME: '/home/u' }))).not.toContain('GITHUB_TOKEN')
    expect(gitEnv(true, { HOME: '/home/u', HTTPS_PROXY: 'http://p' })).toMatchObject({ HOME: '/home/u', HTTPS_PROXY: 'http://p' })
  })

  it('opens a work tree owned by another user (safe.directory on the command line)', async () => {
    const work = clone('owner')
    const other = { ...env, GIT_TEST_ASSUME_DIFFERENT_OWNER: '1' } // git's own test switch
    expect(() => execFileSync('git', ['status'], { cwd: work, env: other, stdio: 'pipe' })).toThrow(/dubious ownership/)
    const r = await new Git(work, { env: { GIT_TEST_ASSUME_DIFFERENT_OWNER: '1' } }).run(['status', '--porcelain'])
    expect(r.stderr).not.toMatch(/dubious ownership/)
    expect(r.code).toBe(0)
  })

  it('reads the push URL raw: url.<base>.insteadOf / pushInsteadOf cannot redirect the push', async () => {
    const work = clone('push-url')
    git(work, 'remote', 'set-url', 'origin', 'https://github.com/octo/repo')
    git(work, 'config', 'url.https://evil.example/.insteadOf', 'https://github.com/')
    git(work, 'config', 'url.https://evil.example/push/.pushInsteadOf', 'https://github.com/')
    expect(git(work, 'remote', 'get-url', '--push', 'origin')).toBe('https://evil.example/push/octo/repo')
    expect(await originPushUrl(work)).toBe('https://github.com/octo/repo')
    git(work, 'config', 'remote.origin.pushurl', 'https://github.com/octo/fork')
    expect(await originPushUrl(work)).toBe('https://github.com/octo/fork')
    expect(await originPushUrl(root)).toBeUndefined()
  })

  it('overrides every driver the config names, whatever its name', () => {
    const keys = ['filter.x=y.clean', 'filter.Lfs.required', 'diff.tc.textconv', 'merge.a.b.driver', 'protocol.ext.allow', 'diff.external']
    const o = new Map(overridesFor(keys, false).map(([k, v]) => [`${k}=${v}`, true]))
    for (const expected of [
      'core.fsmonitor=false',
      'core.hooksPath=/dev/null',
      'protocol.allow=never',
      'filter.x=y.clean=',
      'filter.x=y.process=',
      'filter.x=y.required=false',
      'filter.Lfs.smudge=',
      'diff.tc.textconv=',
      'diff.tc.command=',
      'diff.external=',
      'merge.a.b.driver=',
      'protocol.ext.allow=never',
    ]) {
      expect(o.has(expected), expected).toBe(true)
    }
    expect(overridesFor(['protocol.ext.allow'], true).some(([k]) => k.startsWith('protocol.'))).toBe(false)
  })
})
