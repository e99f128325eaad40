// Pull requests for the delivery stage: look one up (the thread's head branch, or the delivery's
// own branch on a re-run) and open one. Maps GitHub's answers into plain shapes and a few named
// refusals (docs/design.md §8), so the delivery can say what permission or setting is missing.
import type { Octokit } from './octokit.js'
import { errorMessage } from '../log.js'
import { hasStatus } from './errors.js'
import type { RepoRef } from './types.js'

export interface PullRequestRef {
  number: number
  url: string
  state: string
}

/** The pull request a run works on: where its head lives. */
export interface PullHead {
  number: number
  headRef: string
  /** `owner/name` of the head repository (another one than the base's means a fork). */
  headRepo: string
  headSha: string
  baseRef: string
}

export type CreatePullFailure = 'exists' | 'not-permitted' | 'forbidden' | 'other'

export class CreatePullError extends Error {
  constructor(
    readonly reason: CreatePullFailure,
    readonly detail: string,
  ) {
    super(detail)
    this.name = 'CreatePullError'
  }
}

export interface PullRequestPort {
  getPullHead(pullNumber: number): Promise<PullHead>
  /** The newest pull request whose head is `branch` in this repository (any state), if any. */
  findByHead(branch: string): Promise<PullRequestRef | undefined>
  /** Throws CreatePullError: 'exists' (422), 'not-permitted' (403, the Actions setting), 'forbidden' (403/404 otherwise). */
  create(input: { head: string; base: string; title: string; body: string }): Promise<PullRequestRef>
}

export function createPullRequestPort(octokit: Octokit, repo: RepoRef): PullRequestPort {
  const base = { owner: repo.owner, repo: repo.repo }
  return {
    async getPullHead(pullNumber) {
      const { data } = await octokit.rest.pulls.get({ ...base, pull_number: pullNumber })
      return {
        number: data.number,
        headRef: data.head.ref,
        headRepo: data.head.repo?.full_name ?? '(a deleted fork)',
        headSha: data.head.sha,
        baseRef: data.base.ref,
      }
    },
    async findByHead(branch) {
      const { data } = await octokit.rest.pulls.list({ ...base, head: `${repo.owner}:${branch}`, state: 'all', per_page: 10 })
      const newest = [...data].sort((a, b) => b.number - a.number)[0]
      return newest ? { number: newest.number, url: newest.html_url, state: newest.state } : undefined
    },
    async create(input) {
      try {
        const { data } = await octokit.rest.pulls.create({ ...base, ...input })
        return { number: data.number, url: data.html_url, state: data.state }
      } catch (error) {
        const message = errorMessage(error)
        if (hasStatus(error, 422) && /already exists/i.test(message)) throw new CreatePullError('exists', message)
        if (hasStatus(error, 403) && /not permitted to create or approve pull requests/i.test(message))
          throw new CreatePullError('not-permitted', message)
        if (hasStatus(error, 403) || hasStatus(error, 404)) throw new CreatePullError('forbidden', message)
        throw new CreatePullError('other', message)
      }
    },
  }
}

/** The pull request port for a token, loading Octokit on its first call (as connect.ts does); undefined without a token. */
export function connectPulls(token: string, repo: RepoRef): PullRequestPort | undefined {
  if (token === '') return undefined
  let loaded: Promise<PullRequestPort> | undefined
  const load = () => (loaded ??= import('./octokit.js').then((m) => createPullRequestPort(m.createOctokit(token), repo)))
  return {
    getPullHead: async (pullNumber) => (await load()).getPullHead(pullNumber),
    findByHead: async (branch) => (await load()).findByHead(branch),
    create: async (input) => (await load()).create(input),
  }
}
