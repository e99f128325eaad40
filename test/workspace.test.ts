// Workspace snapshot and restore on real git repositories.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { restoreWorkspace, splitPatch } from '../src/workspace/restore.js'
import { snapshotWorkspace, type WorkspaceSnapshot } from '../src/workspace/snapshot.js'
import { tempDir } from './support/temp.js'

const root = tempDir('ws-')
const env = {
  ...process.env,
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
}
const git = (cwd: string, ...args: string[]): string => execFileSync('git', args, { cwd, env, encoding: 'utf8' }).trim()

const BINARY = Buffer.from([0, 1, 2, 3, 255, 254, 0, 10, 13, 0, 128])
const BINARY2 = Buffer.concat([BINARY, Buffer.from([7, 0, 7])])
const lines = (n: number, edit: Record<number, string> = {}): string =>
  Array.from({ length: n }, (_, i) => edit[i + 1] ?? `line ${i + 1}`).join('\n') + '\n'

/** Files and git state that must not change when we snapshot or restore. */
function fingerprint(repo: string): { index: string; config: string; objects: string[] } {
  const objectsDir = join(repo, '.git', 'objects')
  const objects = readdirSync(objectsDir).flatMap((d) =>
    /^[0-9a-f]{2}$/.test(d) ? readdirSync(join(objectsDir, d)).map((f) => d + f) : [],
  )
  return {
    index: readFileSync(join(repo, '.git', 'index')).toString('base64'),
    config: readFileSync(join(repo, '.git', 'config'), 'utf8'),
    objects: objects.sort(),
  }
}

let origin: string
let base: string
let snap: WorkspaceSnapshot

function clone(name: string): string {
  const dest = join(root, name)
  git(root, 'clone', '-q', origin, dest)
  return dest
}

beforeAll(async () => {
  origin = join(root, 'origin')
  mkdirSync(join(origin, 'src'), { recursive: true })
  git(origin, 'init', '-q', '-b', 'main')
  writeFileSync(join(origin, 'src', 'app.txt'), lines(12))
  writeFileSync(join(origin, 'README.md'), 'readme\n')
  writeFileSync(join(origin, 'gone.txt'), 'to be deleted\n')
  writeFileSync(join(origin, 'logo.bin'), BINARY)
  writeFileSync(join(origin, '.gitignore'), 'build/\n*.log\n')
  git(origin, 'add', '-A')
  git(origin, 'commit', '-q', '-m', 'base')
  base = git(origin, 'rev-parse', 'HEAD')

  // The agent's work, in a clone (the "runner"): edits, a new file, a deletion, binaries, ignored files.
  const work = clone('work')
  writeFileSync(join(work, 'src', 'app.txt'), lines(12, { 6: 'agent changed line 6' }))
  writeFileSync(join(work, 'src', 'new file.txt'), 'brand new\n')
  rmSync(join(work, 'gone.txt'))
  writeFileSync(join(work, 'logo.bin'), BINARY2)
  writeFileSync(join(work, 'new.bin'), BINARY)
  mkdirSync(join(work, 'build'))
  writeFileSync(join(work, 'build', 'out.js'), 'ignored\n')
  writeFileSync(join(work, 'debug.log'), 'ignored\n')
  git(work, 'add', 'README.md') // something already in the user's index must stay as is
  const before = fingerprint(work)
  snap = await snapshotWorkspace({ cwd: join(work, 'src') })
  expect(fingerprint(work)).toEqual(before)
})

describe('snapshotWorkspace', () => {
  it('records edits, new files, deletions and binaries against HEAD, not ignored files', () => {
    expect(snap.base).toBe(base)
    expect(snap.files).toEqual(
      expect.arrayContaining([
        { path: 'src/app.txt', status: 'modified' },
        { path: 'src/new file.txt', status: 'added' },
        { path: 'gone.txt', status: 'deleted' },
        { path: 'logo.bin', status: 'modified' },
        { path: 'new.bin', status: 'added' },
      ]),
    )
    expect(snap.files).toHaveLength(5)
    expect(snap.patch.toString('latin1')).toContain('GIT binary patch')
    expect(splitPatch(snap.patch)).toHaveLength(5)
  })

  it('returns an empty patch for a clean tree', async () => {
    const clean = clone('clean')
    const s = await snapshotWorkspace({ cwd: clean })
    expect(s.patch.length).toBe(0)
    expect(s.files).toEqual([])
  })

  it('sees an edit of the same size made in the same second as the checkout ("racy git")', async () => {
    const ws = clone('racy')
    // Git trusts a cached stat (size, mtime; ctime set aside here so the test needs no timing)
    // only for files older than the index file. Checkout, edit and the index all fall in one
    // second, 10 s ago: only the index's own mtime tells git to look at the content.
    git(ws, 'config', 'core.trustctime', 'false')
    const file = join(ws, 'README.md')
    const stamp = `@${Math.floor(Date.now() / 1000) - 10}`
    execFileSync('touch', ['-m', '-d', stamp, file])
    git(ws, 'update-index', '--refresh') // the index caches that mtime
    writeFileSync(file, Buffer.alloc(readFileSync(file).length, 0x78)) // same size, other bytes
    execFileSync('touch', ['-m', '-d', stamp, file, join(ws, '.git', 'index')])
    const s = await snapshotWorkspace({ cwd: ws })
    expect(s.files).toEqual([{ path: 'README.md', status: 'modified' }])
  })

  it('leaves out files over the size limit', async () => {
    const big = clone('big')
    writeFileSync(join(big, 'huge.dat'), Buffer.alloc(2048, 1))
    writeFileSync(join(big, 'README.md'), 'small edit\n')
    const s = await snapshotWorkspace({ cwd: big, maxFileBytes: 1024 })
    expect(s.skipped).toEqual([{ path: 'huge.dat', bytes: 2048 }])
    expect(s.files).toEqual([{ path: 'README.md', status: 'modified' }])
  })

  it('leaves out nested repositories (one without a commit, one with) and keeps everything else', async () => {
    const ws = clone('nested')
    writeFileSync(join(ws, 'README.md'), 'edited\n')
    // What `cargo new` or `git init` in a folder leaves: a repository inside the work tree.
    mkdirSync(join(ws, 'fresh', 'src'), { recursive: true })
    git(join(ws, 'fresh'), 'init', '-q')
    writeFileSync(join(ws, 'fresh', 'src', 'main.rs'), 'fn main() {}\n')
    mkdirSync(join(ws, 'tools', 'committed'), { recursive: true })
    git(join(ws, 'tools', 'committed'), 'init', '-q')
    writeFileSync(join(ws, 'tools', 'committed', 'x.txt'), 'x\n')
    git(join(ws, 'tools', 'committed'), 'add', '-A')
    git(join(ws, 'tools', 'committed'), 'commit', '-q', '-m', 'x')
    writeFileSync(join(ws, 'tools', 'other.txt'), 'other\n')
    const before = fingerprint(ws)
    const s = await snapshotWorkspace({ cwd: ws })
    expect(fingerprint(ws)).toEqual(before)
    expect(s.nested.sort()).toEqual(['fresh', 'tools/committed'])
    expect(s.files.map((f) => f.path).sort()).toEqual(['README.md', 'tools/other.txt'])
    expect(s.patch.toString('latin1')).not.toContain('Subproject commit')
  })
})

describe('restoreWorkspace', () => {
  it('re-applies exactly on a fresh clone at the base, without touching index or config', async () => {
    const fresh = clone('fresh')
    const before = fingerprint(fresh)
    const r = await restoreWorkspace({ cwd: fresh, snapshot: snap })
    expect(r).toMatchObject({ mode: 'exact', conflicts: [], failed: [] })
    expect(r.restored.sort()).toEqual(['gone.txt', 'logo.bin', 'new.bin', 'src/app.txt', 'src/new file.txt'])
    expect(readFileSync(join(fresh, 'src', 'app.txt'), 'utf8')).toBe(lines(12, { 6: 'agent changed line 6' }))
    expect(readFileSync(join(fresh, 'src', 'new file.txt'), 'utf8')).toBe('brand new\n')
    expect(existsSync(join(fresh, 'gone.txt'))).toBe(false)
    expect(readFileSync(join(fresh, 'logo.bin'))).toEqual(BINARY2)
    expect(readFileSync(join(fresh, 'new.bin'))).toEqual(BINARY)
    expect(existsSync(join(fresh, 'build'))).toBe(false)
    expect(fingerprint(fresh)).toEqual(before)
    expect(r.note).toMatch(/HEAD unchanged.*5 of 5/)

    // A second restore (e.g. main restarted on the same runner) finds everything in place.
    const again = await restoreWorkspace({ cwd: fresh, snapshot: snap })
    expect(again.alreadyPresent.sort()).toEqual(r.restored.sort())
    expect(again.failed).toEqual([])
  })

  it('merges cleanly when HEAD moved with a nearby, non-overlapping change', async () => {
    const moved = clone('moved')
    writeFileSync(join(moved, 'src', 'app.txt'), lines(12, { 3: 'upstream changed line 3' }))
    git(moved, 'commit', '-q', '-am', 'upstream')
    const before = fingerprint(moved)
    const r = await restoreWorkspace({ cwd: moved, snapshot: snap })
    expect(r).toMatchObject({ mode: 'three-way', conflicts: [], failed: [] })
    expect(r.restored).toContain('src/app.txt')
    expect(readFileSync(join(moved, 'src', 'app.txt'), 'utf8')).toBe(lines(12, { 3: 'upstream changed line 3', 6: 'agent changed line 6' }))
    const after = fingerprint(moved)
    expect(after.index).toBe(before.index)
    expect(after.config).toBe(before.config)
    expect(after.objects).toEqual(before.objects)
    expect(r.note).toMatch(/HEAD moved from the saved base/)
  })

  it('leaves conflict markers and reports the file when HEAD changed the same line', async () => {
    const conflicted = clone('conflicted')
    writeFileSync(join(conflicted, 'src', 'app.txt'), lines(12, { 6: 'upstream changed line 6' }))
    git(conflicted, 'commit', '-q', '-am', 'upstream')
    const before = fingerprint(conflicted)
    const r = await restoreWorkspace({ cwd: conflicted, snapshot: snap })
    expect(r.conflicts).toEqual(['src/app.txt'])
    expect(r.restored).toEqual(expect.arrayContaining(['src/new file.txt', 'gone.txt', 'logo.bin', 'new.bin']))
    const text = readFileSync(join(conflicted, 'src', 'app.txt'), 'utf8')
    expect(text).toContain('<<<<<<<')
    expect(text).toContain('agent changed line 6')
    expect(text).toContain('upstream changed line 6')
    expect(fingerprint(conflicted).index).toBe(before.index)
    expect(r.note).toMatch(/Conflict markers were left in: src\/app\.txt/)
  })

  it('reports files it cannot restore when the base commit is not in the clone', async () => {
    const other = join(root, 'unrelated')
    mkdirSync(join(other, 'src'), { recursive: true })
    git(other, 'init', '-q', '-b', 'main')
    writeFileSync(join(other, 'src', 'app.txt'), 'completely different\n')
    git(other, 'add', '-A')
    git(other, 'commit', '-q', '-m', 'other')
    const r = await restoreWorkspace({ cwd: other, snapshot: snap })
    expect(r.failed).toContain('src/app.txt')
    expect(r.errors['src/app.txt']).toBeTruthy()
    expect(r.restored).toContain('src/new file.txt')
    expect(r.note).toMatch(/base commit is not in this clone/)
  })

  it('does nothing for an empty snapshot', async () => {
    const r = await restoreWorkspace({ cwd: clone('empty'), snapshot: { base, patch: Buffer.alloc(0) } })
    expect(r).toMatchObject({ mode: 'none', restored: [] })
  })
})
