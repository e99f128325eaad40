// The delivery stage with real parts: a real bare repository as origin (pushes, a pre-receive
// hook), real clones as workspaces (a fresh clone stands for a re-run's fresh runner), a real
// SQLite session, and the pull request API of the GitHub fake through Octokit.
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { deliver, DELIVERY_KEY, type DeliverInput, type DeliveryResult } from '../src/deliver/deliver.js'
import { classify } from '../src/deliver/git-remote.js'
import { deliveryBranch, planDelivery, type DeliveryPlan, type PlanInput } from '../src/deliver/plan.js'
import { createOctokit } from '../src/github/octokit.js'
import { createPullRequestPort } from '../src/github/pulls.js'
import { GITHUB_ACTIONS_BOT } from '../src/inputs.js'
import { openStore, type SessionStore } from '../src/store/index.js'
import { startGitHubFake, type GitHubFake } from './support/github-fake.mjs'
import { freshClone, git, makeOrigin } from './support/repo.mjs'
import { tempDir } from './support/temp.js'

const root = tempDir('ar-deliver-')
const repo = { owner: 'octo-org', repo: 'hello-world' }
let fake: GitHubFake
beforeAll(async () => {
  fake = await startGitHubFake(repo)
})
afterAll(async () => fake.close())

let n = 0
interface World {
  origin: string
  store: SessionStore
  sessionId: string
  dbPath: string
  clone: () => { root: string; base: string }
}

/** A bare origin with one commit on main, a session, and fresh clones of the origin on demand. */
function world(): World {
  const dir = join(root, `w${++n}`)
  const seed = makeOrigin(join(dir, 'seed'), { 'README.md': 'Hello\n', 'src/a.js': 'export const a = 1\n' })
  const origin = join(dir, 'origin.git')
  git(dir, 'clone', '-q', '--bare', seed, origin)
  const dbPath = join(dir, 'session.db')
  const store = openStore(dbPath, { warn: () => {}, secrets: ['sk-secret-value-123'] }).store
  const sessionId = store.createSession({ runId: '900', sessionKey: 'agent' }).id
  let clones = 0
  return {
    origin,
    store,
    sessionId,
    dbPath,
    clone: () => {
      const ws = freshClone(origin, join(dir, `runner${++clones}`, 'work'))
      return { root: ws, base: git(ws, 'rev-parse', 'HEAD') }
    },
  }
}

/** The agent's work: one modified, one added, one deleted file. */
function work(ws: string): void {
  writeFileSync(join(ws, 'README.md'), 'Hello, world\n')
  mkdirSync(join(ws, 'docs'), { recursive: true })
  writeFileSync(join(ws, 'docs', 'new.md'), 'new\n')
  rmSync(join(ws, 'src', 'a.js'))
}

const ISSUE_PLAN: DeliveryPlan = { kind: 'pull-request', branch: 'agent/issue-42-run-900', base: 'main', parent: 'checkout' }

function input(w: World, ws: { root: string; base: string }, plan: DeliveryPlan, extra: Partial<DeliverInput> = {}): DeliverInput {
  return {
    plan,
    store: w.store,
    sessionId: w.sessionId,
    dbPath: w.dbPath,
    workspace: ws,
    pushUrl: w.origin,
    auth: { serverUrl: 'https://github.com', token: 'ghs_deliveryToken0123456789' },
    pulls: createPullRequestPort(createOctokit('ghs_deliveryToken0123456789', fake.url), repo),
    repoUrl: 'https://github.com/octo-org/hello-world',
    commit: { message: 'Fix the greeting\n\nRequested by @alice in #42.\n', author: GITHUB_ACTIONS_BOT },
    pullRequest: { title: 'Fix the greeting', body: 'Summary' },
    now: () => 1_780_000_000_000,
    log: { info: () => {}, warning: () => {} },
    ...extra,
  }
}

const remoteBranches = (w: World) => git(w.origin, 'for-each-ref', '--format=%(refname:short) %(objectname)', 'refs/heads').split('\n')
const delivered = (r: DeliveryResult) => (r.kind === 'delivered' ? r : expect.unreachable(`expected a delivery, got ${JSON.stringify(r)}`))

describe('planDelivery', () => {
  const base: PlanInput = {
    mode: 'auto',
    repository: 'octo-org/hello-world',
    thread: { number: 42, isPullRequest: false },
    pull: undefined,
    runBranch: 'main',
    branchPrefix: 'agent/',
    runId: '900',
    sessionKey: 'agent',
    hasToken: true,
  }
  const pull = { number: 57, headRef: 'feature/x', headRepo: 'octo-org/hello-world', headSha: 'c'.repeat(40), baseRef: 'main' }

  it.each<[string, Partial<PlanInput>, DeliveryPlan | { kind: 'skip'; warn: boolean }]>([
    ['an issue: a new branch and a pull request against the run branch', {}, ISSUE_PLAN],
    ['a manual run', { thread: undefined }, { kind: 'pull-request', branch: 'agent/run-900', base: 'main', parent: 'checkout' }],
    [
      'a same-repository pull request: onto its head',
      { thread: { number: 57, isPullRequest: true }, pull },
      { kind: 'push', branch: 'feature/x', parent: { sha: pull.headSha } },
    ],
    [
      'a fork: nothing, with a warning',
      { thread: { number: 57, isPullRequest: true }, pull: { ...pull, headRepo: 'mallory/fork' } },
      { kind: 'skip', warn: true },
    ],
    ['none', { mode: 'none' }, { kind: 'skip', warn: false }],
    ['auto without a token keeps the work tree', { hasToken: false }, { kind: 'skip', warn: false }],
    ['pull-request without a token warns', { mode: 'pull-request', hasToken: false }, { kind: 'skip', warn: true }],
    ['push onto the run branch', { mode: 'push' }, { kind: 'push', branch: 'main', parent: 'checkout' }],
    ['push without a token still pushes', { mode: 'push', hasToken: false }, { kind: 'push', branch: 'main', parent: 'checkout' }],
    ['a key of its own names the branch', { sessionKey: 'build/pkg' }, { ...ISSUE_PLAN, branch: 'agent/issue-42-run-900-build%2Fpkg' }],
  ])('%s', (_, over, expected) => {
    expect(planDelivery({ ...base, ...over })).toMatchObject(expected)
  })

  it('names the branch the same way on every attempt', () => {
    expect(deliveryBranch(base)).toBe(deliveryBranch({ ...base }))
  })
})

describe('push failures', () => {
  it.each([
    [
      "remote: Permission to octo-org/hello-world.git denied to github-actions[bot].\nfatal: unable to access '…': The requested URL returned error: 403",
      'permission',
    ],
    ["fatal: unable to access '…': The requested URL returned error: 401", 'auth'],
    ['remote: error: GH006: Protected branch update failed', 'permission'],
    [' ! [remote rejected] abc -> agent/x (pre-receive hook declined)', 'rejected-by-hook'],
    [' ! [rejected] abc -> main (fetch first)', 'not-fast-forward'],
    // Digits of a run id or a commit id are not an HTTP status.
    ["error: cannot lock ref 'refs/heads/main/issue-42-run-4011': 'refs/heads/main' exists", 'other'],
    ['error: failed to push some refs (7403a1)', 'other'],
  ])('%s → %s', (stderr, reason) => {
    expect(classify(stderr)).toBe(reason)
  })
})

describe('deliver', () => {
  it('an issue: one commit on a new branch, pushed, and one pull request; a second run writes nothing', async () => {
    const w = world()
    const ws = w.clone()
    work(ws.root)
    const first = delivered(await deliver(input(w, ws, ISSUE_PLAN)))
    expect(first.files.map((f) => `${f.status} ${f.path} +${f.additions} -${f.deletions}`)).toEqual([
      'modified README.md +1 -1',
      'added docs/new.md +1 -0',
      'deleted src/a.js +0 -1',
    ])
    expect(remoteBranches(w)).toContain(`agent/issue-42-run-900 ${first.commit}`)
    expect(git(w.origin, 'log', '-1', '--format=%an <%ae>%n%P%n%B', first.commit)).toBe(
      `github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>\n${ws.base}\nFix the greeting\n\nRequested by @alice in #42.`,
    )
    expect(first.pullRequest?.url).toMatch(/\/pull\/\d+$/)
    expect(fake.state.pulls.filter((p) => p.head === ISSUE_PLAN.branch)).toHaveLength(1)
    // The workspace's own branch, index and config are untouched; no token was written anywhere.
    expect(git(ws.root, 'rev-parse', 'HEAD')).toBe(ws.base)
    expect(git(ws.root, 'status', '--porcelain')).not.toBe('')
    expect(readFileSync(join(ws.root, '.git', 'config'), 'utf8')).not.toMatch(/ghs_|extraheader/i)

    const before = fake.state.requests.length
    const again = delivered(await deliver(input(w, w.clone(), ISSUE_PLAN)))
    expect(again).toMatchObject({ reused: true, commit: first.commit, pullRequest: { number: first.pullRequest?.number } })
    expect(fake.state.requests.slice(before).map((r) => r.method)).toEqual(['GET'])
    expect(fake.state.pulls.filter((p) => p.head === ISSUE_PLAN.branch)).toHaveLength(1)
  })

  it('a push the repository rejects fails with its reason; the re-run on a fresh clone pushes the very same commit', async () => {
    const w = world()
    const hook = join(w.origin, 'hooks', 'pre-receive')
    writeFileSync(hook, '#!/bin/sh\necho "refusing pushes today" >&2\nexit 1\n')
    chmodSync(hook, 0o755)
    const ws = w.clone()
    work(ws.root)
    const failed = await deliver(input(w, ws, ISSUE_PLAN))
    expect(failed).toMatchObject({ kind: 'failed', branch: ISSUE_PLAN.branch })
    expect(failed.kind === 'failed' && failed.message).toMatch(/rejected the push .*refusing pushes today/)
    expect(remoteBranches(w).join('\n')).not.toContain('agent/')
    const commit = failed.kind === 'failed' ? failed.commit : ''

    rmSync(hook)
    const fresh = w.clone()
    work(fresh.root) // what the workspace restore gives the re-run
    const second = delivered(await deliver(input(w, fresh, ISSUE_PLAN, { now: () => 1_790_000_000_000 })))
    expect(second.commit).toBe(commit)
    expect(remoteBranches(w)).toContain(`agent/issue-42-run-900 ${commit}`)
  })

  it('a pull request GitHub Actions may not open: the branch is pushed, the message names the setting and links the compare view', async () => {
    const w = world()
    const ws = w.clone()
    work(ws.root)
    fake.state.pullRequestsPermitted = false
    try {
      const r = await deliver(input(w, ws, { ...ISSUE_PLAN, branch: 'agent/issue-43-run-900' }))
      expect(r.kind).toBe('failed')
      const message = r.kind === 'failed' ? r.message : ''
      expect(message).toContain('The changes were pushed to agent/issue-43-run-900')
      expect(message).toContain('Allow GitHub Actions to create and approve pull requests')
      expect(message).toContain('https://github.com/octo-org/hello-world/compare/main...agent/issue-43-run-900?expand=1')
      expect(remoteBranches(w).some((b) => b.startsWith('agent/issue-43-run-900 '))).toBe(true)
    } finally {
      fake.state.pullRequestsPermitted = true
    }
    const pushesBefore = remoteBranches(w)
    const retry = delivered(await deliver(input(w, w.clone(), { ...ISSUE_PLAN, branch: 'agent/issue-43-run-900' })))
    expect(retry.pullRequest?.number).toBeGreaterThan(0)
    expect(remoteBranches(w)).toEqual(pushesBefore)
  })

  it('a same-repository pull request: the commit goes on its head branch, fast-forward', async () => {
    const w = world()
    const seed = w.clone()
    writeFileSync(join(seed.root, 'feature.txt'), 'feature\n')
    git(seed.root, 'add', '-A')
    git(seed.root, 'commit', '-q', '-m', 'feature')
    git(seed.root, 'push', '-q', 'origin', 'HEAD:refs/heads/feature/x')
    const head = git(seed.root, 'rev-parse', 'HEAD')
    const ws = w.clone() // checked out at main, as an issue_comment run on a pull request is
    work(ws.root)
    const r = delivered(await deliver(input(w, ws, { kind: 'push', branch: 'feature/x', parent: { sha: head } })))
    expect(git(w.origin, 'rev-parse', `${r.commit}^`)).toBe(head)
    expect(remoteBranches(w)).toContain(`feature/x ${r.commit}`)
    expect(r.pullRequest).toBeUndefined()
    expect(git(w.origin, 'show', `${r.commit}:feature.txt`)).toBe('feature')
  })

  it('nothing changed: no commit, no branch, no pull request', async () => {
    const w = world()
    const before = fake.state.pulls.length
    expect(await deliver(input(w, w.clone(), ISSUE_PLAN))).toEqual({ kind: 'nothing', reason: 'the agent changed no files' })
    expect(remoteBranches(w)).toEqual([expect.stringMatching(/^main /)])
    expect(fake.state.pulls.length).toBe(before)
    expect(w.store.getState(w.sessionId, DELIVERY_KEY)).toBe('')
  })

  it('a skip plan writes nothing', async () => {
    const w = world()
    const ws = w.clone()
    work(ws.root)
    expect(await deliver(input(w, ws, { kind: 'skip', reason: 'fork', warn: true }))).toEqual({
      kind: 'skipped',
      reason: 'fork',
      warn: true,
    })
    expect(remoteBranches(w)).toHaveLength(1)
  })

  it('never commits a file holding a secret or the session database, and ignores what the agent put in .git', async () => {
    const w = world()
    const ws = w.clone()
    work(ws.root)
    writeFileSync(join(ws.root, 'leak.txt'), 'token sk-secret-value-123\n')
    writeFileSync(join(ws.root, 'session.db'), 'not really a db')
    // A hook and a URL rewrite the agent could have written: neither may run or redirect the push.
    const marker = join(ws.root, '..', 'hook-ran')
    writeFileSync(join(ws.root, '.git', 'hooks', 'pre-push'), `#!/bin/sh\ntouch ${marker}\n`)
    chmodSync(join(ws.root, '.git', 'hooks', 'pre-push'), 0o755)
    git(ws.root, 'config', `url./nonexistent/elsewhere.insteadOf`, w.origin)
    const r = delivered(await deliver(input(w, ws, { ...ISSUE_PLAN, branch: 'agent/secret' }, { dbPath: join(ws.root, 'session.db') })))
    const tree = git(w.origin, 'ls-tree', '-r', '--name-only', r.commit).split('\n')
    expect(tree).not.toContain('leak.txt')
    expect(tree).not.toContain('session.db')
    expect(tree).toContain('docs/new.md')
    expect(existsSync(marker)).toBe(false)
  })
})
