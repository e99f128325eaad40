// A workspace reached through a symlinked parent, as every temp path is on macOS (os.tmpdir() is
// /var/folders/…, and /var is a symlink to /private/var) and as a self-hosted runner's work
// directory may be (issue 16). Emulated on Linux with the same layout: the file tools take either
// spelling and nothing outside, the .git refusal holds in both, and a snapshot excludes and
// restores by either spelling.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createToolbox, openWorkspace, resolveInside, ToolError } from '../src/agent/tools/index.js'
import { resolveWritable } from '../src/agent/tools/paths.js'
import { restoreWorkspace } from '../src/workspace/restore.js'
import { snapshotWorkspace } from '../src/workspace/snapshot.js'
import { tempDir } from './support/temp.js'

const top = tempDir('ar-symroot-')
mkdirSync(join(top, 'private', 'var', 'folders', 'T'), { recursive: true })
symlinkSync(join(top, 'private', 'var'), join(top, 'var'))
const real = (...p: string[]) => join(top, 'private', 'var', 'folders', 'T', ...p)
const linked = (...p: string[]) => join(top, 'var', 'folders', 'T', ...p)
const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' }
const author = ['-c', 'user.name=t', '-c', 'user.email=t@example.com']
const git = (cwd: string, ...args: string[]) => execFileSync('git', [...author, ...args], { cwd, env, encoding: 'utf8' }).trim()

mkdirSync(real('repo', 'src'), { recursive: true })
mkdirSync(real('other'))
writeFileSync(real('other', 'secret.txt'), 'secret')
writeFileSync(real('repo', 'src', 'a.txt'), 'a\n')
git(real('repo'), 'init', '-q', '-b', 'main')
git(real('repo'), 'add', '-A')
git(real('repo'), 'commit', '-q', '-m', 'base')

describe('a workspace under a symlinked temp dir (macOS /var → /private/var)', () => {
  const ws = openWorkspace(linked('repo'))

  it('is opened by the spelling given and checked against its real location', () => {
    expect(ws.root).toBe(linked('repo'))
    expect(ws.realRoot).toBe(real('repo'))
  })

  it('takes relative paths and absolute ones in either spelling, and nothing outside in either', () => {
    for (const path of [
      'src/a.txt',
      linked('repo', 'src', 'a.txt'),
      real('repo', 'src', 'a.txt'),
      linked('repo', 'src', '..', 'src', 'a.txt'),
    ]) {
      expect(resolveInside(ws, path), path).toBe(real('repo', 'src', 'a.txt'))
    }
    for (const bad of [
      '../other/secret.txt',
      linked('other', 'secret.txt'),
      real('other', 'secret.txt'),
      '../../../../private/var/folders/T/other',
    ]) {
      expect(() => resolveInside(ws, bad), bad).toThrow(ToolError)
    }
  })

  it('refuses .git in either spelling', () => {
    for (const path of ['.git/config', linked('repo', '.git', 'config'), real('repo', '.GIT', 'hooks', 'x')]) {
      expect(() => resolveWritable(ws, path), path).toThrow(/is inside \.git\//)
    }
  })

  it('writes through the tools by the linked spelling into the real directory, and shows paths relative to it', async () => {
    const tools = createToolbox({ workspaceRoot: linked('repo'), bashTimeoutSeconds: 10, env: { PATH: process.env.PATH } })
    const write = await tools.execute({
      toolCallId: 'w',
      toolName: 'write_file',
      input: { path: linked('repo', 'src', 'b.txt'), content: 'b\n' },
    })
    expect(write.text).toBe('Wrote 2 bytes to src/b.txt.')
    expect(readFileSync(real('repo', 'src', 'b.txt'), 'utf8')).toBe('b\n')
    const list = await tools.execute({ toolCallId: 'l', toolName: 'list', input: { pattern: '*.txt' } })
    expect(list.text).toBe('src/a.txt\nsrc/b.txt')
    const pwd = await tools.execute({ toolCallId: 'p', toolName: 'bash', input: { command: 'pwd -P' } })
    expect(pwd.text).toBe(`${real('repo')}\n[exit code 0]`)
  })

  it('snapshots by the linked spelling, leaving out an excluded file named in either, and restores', async () => {
    writeFileSync(real('repo', 'session.db'), 'db')
    writeFileSync(real('repo', 'session.db-wal'), 'wal')
    writeFileSync(real('repo', 'src', 'a.txt'), 'a changed\n')
    const snap = await snapshotWorkspace({ cwd: linked('repo'), exclude: [linked('repo', 'session.db'), real('repo', 'session.db-wal')] })
    expect(snap.files.map((f) => f.path).sort()).toEqual(['src/a.txt', 'src/b.txt'])
    git(top, 'clone', '-q', real('repo'), real('again'))
    const report = await restoreWorkspace({ cwd: linked('again'), snapshot: snap })
    expect(report.mode).toBe('exact')
    expect(readFileSync(real('again', 'src', 'a.txt'), 'utf8')).toBe('a changed\n')
    expect(readFileSync(real('again', 'src', 'b.txt'), 'utf8')).toBe('b\n')
  })
})
