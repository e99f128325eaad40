// Line endings in workspace patches (issue 16). Windows runners check out with CRLF work-tree
// files (Git for Windows sets core.autocrlf=true in its system config); the action's own git reads
// no system or global config (src/workspace/git-env.ts). A file the agent edited must come back
// byte for byte on a re-run, and the patch must hold what the user's own git would commit (the
// delivery commits it), whichever place decided the line endings: the repository's config,
// .gitattributes, or the system or global config only the checkout's git read.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createToolbox } from '../src/agent/tools/index.js'
import { restoreWorkspace } from '../src/workspace/restore.js'
import { lineEndingArgs, snapshotWorkspace } from '../src/workspace/snapshot.js'
import { Git } from '../src/workspace/git.js'
import { tempDir } from './support/temp.js'

const root = tempDir('ws-eol-')
const userGitConfig = join(root, 'system-gitconfig')
writeFileSync(userGitConfig, '[core]\n\tautocrlf = true\n')
const home = join(root, 'home')
mkdirSync(home)
writeFileSync(join(home, '.gitconfig'), '[core]\n\tautocrlf = true\n')

/** The runner's environment: no system or global config unless a case adds one. */
const clean = { PATH: process.env.PATH ?? '', HOME: join(root, 'nohome'), GIT_CONFIG_NOSYSTEM: '1' }
const author = { GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' }
const git = (cwd: string, env: NodeJS.ProcessEnv, ...args: string[]): string =>
  execFileSync('git', args, { cwd, env: { ...env, ...author }, encoding: 'utf8' }).trim()

const LF = 'one\ntwo\nthree\nfour\nfive\n'
const CRLF = LF.replaceAll('\n', '\r\n')

interface Case {
  name: string
  /** The environment of the checkout's git, and of the action (so of the config it may read). */
  env: NodeJS.ProcessEnv
  cloneArgs: string[]
  attributes?: string
}

const cases: Case[] = [
  { name: 'core.autocrlf=true in the repository config', env: clean, cloneArgs: ['-c', 'core.autocrlf=true'] },
  { name: '.gitattributes text=auto eol=crlf', env: clean, cloneArgs: [], attributes: '* text=auto eol=crlf\n' },
  {
    name: 'core.autocrlf=true in the system config (the Windows runner default), which the action reads no other setting from',
    env: { ...clean, GIT_CONFIG_NOSYSTEM: '', GIT_CONFIG_SYSTEM: userGitConfig },
    cloneArgs: [],
  },
  { name: 'core.autocrlf=true in the global config', env: { ...clean, HOME: home }, cloneArgs: [] },
]

let n = 0
function origin(attributes: string | undefined): string {
  const dir = join(root, `origin${++n}`)
  mkdirSync(dir)
  git(dir, clean, 'init', '-q', '-b', 'main')
  writeFileSync(join(dir, 'edited.txt'), LF)
  writeFileSync(join(dir, 'touched.txt'), LF)
  writeFileSync(join(dir, 'deleted.txt'), LF)
  writeFileSync(join(dir, 'binary.bin'), Buffer.from([0, 13, 10, 1, 10, 13]))
  if (attributes) writeFileSync(join(dir, '.gitattributes'), attributes)
  git(dir, clean, 'add', '-A')
  git(dir, clean, 'commit', '-q', '-m', 'base')
  return dir
}

describe.each(cases)('workspace patches with CRLF checkouts: $name', (c) => {
  it('snapshot → restore on a fresh clone gives the same bytes, and the patch holds what git would commit', async () => {
    const from = origin(c.attributes)
    const first = join(root, `first${n}`)
    git(root, c.env, 'clone', '-q', ...c.cloneArgs, from, first)
    expect(readFileSync(join(first, 'edited.txt'), 'utf8')).toBe(CRLF) // the checkout converted
    const base = git(first, c.env, 'rev-parse', 'HEAD')

    const tools = createToolbox({ workspaceRoot: first, bashTimeoutSeconds: 10, env: {} })
    const edit = await tools.execute({
      toolCallId: 'e',
      toolName: 'edit_file',
      input: { path: 'edited.txt', old_string: 'three\nfour', new_string: 'THREE\nand a half\nfour' },
    })
    expect(edit.isError).toBe(false)
    writeFileSync(join(first, 'new-crlf.txt'), 'new\r\nfile\r\n')
    const write = await tools.execute({ toolCallId: 'w', toolName: 'write_file', input: { path: 'new-lf.txt', content: 'a\nb\n' } })
    expect(write.isError).toBe(false)
    writeFileSync(join(first, 'binary.bin'), Buffer.from([0, 13, 10, 2, 10, 13, 10]))
    execFileSync('rm', [join(first, 'deleted.txt')])
    // Same content, newer time: git looks at the bytes again, and they must still count as unchanged.
    const later = new Date(Date.now() + 5_000)
    utimesSync(join(first, 'touched.txt'), later, later)
    const expected = readFileSync(join(first, 'edited.txt'))
    expect(expected.toString('utf8')).toBe('one\r\ntwo\r\nTHREE\r\nand a half\r\nfour\r\nfive\r\n')

    const snap = await snapshotWorkspace({ cwd: first, env: c.env })
    expect(snap.base).toBe(base)
    expect(snap.files.map((f) => `${f.status} ${f.path}`).sort()).toEqual([
      'added new-crlf.txt',
      'added new-lf.txt',
      'deleted deleted.txt',
      'modified binary.bin',
      'modified edited.txt',
    ])
    // Repository form, as `git add` on the runner would store it: LF, only the edited lines.
    const text = snap.patch.toString('latin1')
    expect(text).toContain('-three\n+THREE\n+and a half\n')
    expect(text).not.toContain('\r\n+')

    const second = join(root, `second${n}`)
    git(root, c.env, 'clone', '-q', ...c.cloneArgs, from, second)
    const report = await restoreWorkspace({ cwd: second, snapshot: snap, env: c.env })
    expect(report.mode).toBe('exact')
    expect(report.failed).toEqual([])
    for (const name of ['edited.txt', 'new-crlf.txt', 'binary.bin', 'touched.txt', '.gitattributes']) {
      if (name === '.gitattributes' && !c.attributes) continue
      expect(readFileSync(join(second, name)), name).toEqual(readFileSync(join(first, name)))
    }
    expect(() => readFileSync(join(second, 'deleted.txt'))).toThrow()
    // The one change: a file whose bytes git's conversion does not keep (LF in a CRLF checkout)
    // comes back as a checkout of the committed file has it.
    expect(readFileSync(join(second, 'new-lf.txt'), 'utf8')).toBe('a\r\nb\r\n')
    // Nothing left for the checkout's own git to see as changed beyond the agent's work.
    const status = execFileSync('git', ['status', '--porcelain'], { cwd: second, env: c.env, encoding: 'utf8' })
    expect(status.split('\n').filter(Boolean).sort()).toEqual([
      ' D deleted.txt',
      ' M binary.bin',
      ' M edited.txt',
      '?? new-crlf.txt',
      '?? new-lf.txt',
    ])
  })
})

describe('lineEndingArgs', () => {
  const system = join(root, 'system-both')
  writeFileSync(system, '[core]\n\tautocrlf = true\n\teol = crlf\n')
  const inputHome = join(root, 'home-input')
  mkdirSync(inputHome)
  writeFileSync(join(inputHome, '.gitconfig'), '[core]\n\tautocrlf = input\n\teol = "lf; touch /tmp/x"\n')

  it('takes core.autocrlf and core.eol from system and global config, the global one winning, and leaves out bad values', async () => {
    const repo = origin(undefined)
    const env = { PATH: process.env.PATH, HOME: inputHome, GIT_CONFIG_SYSTEM: system }
    expect(await lineEndingArgs(new Git(repo), env)).toEqual(['-c', 'core.autocrlf=input', '-c', 'core.eol=crlf'])
    expect(await lineEndingArgs(new Git(repo), { ...env, GIT_CONFIG_NOSYSTEM: '1' })).toEqual(['-c', 'core.autocrlf=input'])
    expect(await lineEndingArgs(new Git(repo), clean)).toEqual([])
  })

  it("leaves a key the repository's config sets to that config", async () => {
    const repo = origin(undefined)
    git(repo, clean, 'config', 'core.autocrlf', 'false')
    expect(await lineEndingArgs(new Git(repo), { PATH: process.env.PATH, GIT_CONFIG_SYSTEM: system })).toEqual(['-c', 'core.eol=crlf'])
  })
})
