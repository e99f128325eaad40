// A conversation's next turn works where its work lives (README "Conversations"): the branch the
// earlier turns delivered to (an issue's pull request branch, or the pull request's head). The
// branch is fetched in a clean temporary repository that borrows the workspace's objects, as the
// delivery fetches (src/deliver/git-remote.ts: nothing in the workspace's .git takes part, the
// token is on that one command); its pack files are then added to the workspace's objects and the
// work tree is checked out at the commit, detached, so the user's branches are left as they were.
// Every attempt of the run checks out the same commit (the session keeps it), so a resumed
// attempt restores its changes onto the tree they were made on.
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { errorMessage } from '../log.js'
import { Git } from './git.js'
import { remoteAuthArgs, type RemoteAuth } from './remote-auth.js'

export type ThreadCheckout =
  | { kind: 'at'; commit: string; moved: boolean }
  /** Left as it was, and why (the turn goes on from the checkout as it is). */
  | { kind: 'skipped'; reason: string }

/** Fetches `branch` from `url` into the workspace's objects; returns the branch's commit. Throws on failure. */
async function fetchInto(root: string, url: string, branch: string, auth: RemoteAuth): Promise<string> {
  const objects = await new Git(root).gitPath('objects')
  const dir = mkdtempSync(join(tmpdir(), 'agent-resume-thread-'))
  try {
    const git = new Git(dir, { env: { GIT_DIR: dir }, network: true })
    await git.ok(['init', '--quiet', '--bare', '--template=', dir])
    writeFileSync(join(dir, 'objects', 'info', 'alternates'), `${objects}\n`)
    const out = await git.run([...remoteAuthArgs(auth), 'fetch', '--quiet', '--no-tags', url, `+refs/heads/${branch}:refs/thread`], {
      timeoutMs: 300_000,
    })
    if (out.code !== 0) throw new Error(`git fetch of ${branch} failed: ${out.stderr.trim().split('\n').slice(-1)[0] ?? ''}`)
    const commit = await git.ok(['rev-parse', 'refs/thread^{commit}'])
    // The fetched pack holds only what the workspace lacked (the rest is borrowed): add it as is.
    const packDir = join(dir, 'objects', 'pack')
    for (const name of readdirSync(packDir)) {
      if (/^pack-[0-9a-f]+\.(pack|idx|rev)$/.test(name)) copyFileSync(join(packDir, name), join(objects, 'pack', name))
    }
    return commit
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * Moves the work tree to `commit` (or, without one, to the head of `branch`), fetched from `url`.
 * Leaves it alone, saying why, when it has uncommitted changes or the branch cannot be fetched.
 * Never throws.
 */
export async function checkoutThreadHead(
  root: string,
  o: { url: string | undefined; branch: string; commit?: string | undefined; auth: RemoteAuth },
): Promise<ThreadCheckout> {
  try {
    const git = new Git(root)
    const head = await git.head()
    if (o.commit !== undefined && head === o.commit) return { kind: 'at', commit: head, moved: false }
    const status = await git.run(['status', '--porcelain', '--untracked-files=no'])
    if (status.code !== 0) return { kind: 'skipped', reason: `git status failed: ${status.stderr.trim()}` }
    if (status.stdout.length > 0) return { kind: 'skipped', reason: 'the work tree has uncommitted changes' }
    if (!o.url) return { kind: 'skipped', reason: "there is no 'origin' remote to fetch the branch from" }
    const tip = await fetchInto(root, o.url, o.branch, o.auth)
    const target = o.commit ?? tip
    if ((await git.run(['cat-file', '-e', `${target}^{commit}`])).code !== 0) {
      return { kind: 'skipped', reason: `commit ${target.slice(0, 12)} is no longer on ${o.branch}` }
    }
    if (head === target) return { kind: 'at', commit: target, moved: false }
    const out = await git.run(['checkout', '--quiet', '--detach', target])
    if (out.code !== 0) return { kind: 'skipped', reason: `git checkout failed: ${out.stderr.trim()}` }
    return { kind: 'at', commit: target, moved: true }
  } catch (error) {
    return { kind: 'skipped', reason: errorMessage(error) }
  }
}
