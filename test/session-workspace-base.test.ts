// The commit a session's workspace snapshots are taken against (src/session/attempt.ts), on
// real git directories of each kind.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { workspaceBase } from '../src/session/attempt.js'
import { EMPTY_TREE } from '../src/workspace/git.js'
import { git } from './support/repo.mjs'
import { tempDir } from './support/temp.js'

const root = tempDir('ws-base-')
const dir = (name: string): string => {
  const path = join(root, name)
  mkdirSync(path, { recursive: true })
  return path
}

describe('workspaceBase', () => {
  it('is HEAD in a work tree with a commit, from any directory in it', async () => {
    const repo = dir('repo')
    git(repo, 'init', '-q')
    git(repo, 'commit', '-q', '--allow-empty', '-m', 'first')
    const head = git(repo, 'rev-parse', 'HEAD')
    expect(await workspaceBase(repo)).toBe(head)
    expect(await workspaceBase(dir('repo/sub/dir'))).toBe(head)
  })

  it('is the empty tree on an unborn branch', async () => {
    const repo = dir('unborn')
    git(repo, 'init', '-q')
    expect(await workspaceBase(repo)).toBe(EMPTY_TREE)
  })

  it('is undefined outside a work tree: a plain directory, a bare repository, a .git directory', async () => {
    expect(await workspaceBase(dir('plain'))).toBeUndefined()
    const bare = dir('bare.git')
    git(bare, 'init', '-q', '--bare')
    expect(await workspaceBase(bare)).toBeUndefined()
    const repo = dir('other')
    git(repo, 'init', '-q')
    git(repo, 'commit', '-q', '--allow-empty', '-m', 'first')
    expect(await workspaceBase(join(repo, '.git'))).toBeUndefined()
  })

  it('is undefined when git cannot run there', async () => {
    expect(await workspaceBase(join(root, 'missing'))).toBeUndefined()
  })
})
