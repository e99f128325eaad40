// The GitHub ports a run gets for its token. With one, REST through Octokit (octokit.ts), whose
// module is imported on the first API call rather than at start-up: @actions/github brings
// Octokit's endpoint tables and undici (~1 MB), and many runs (a dispatch, a schedule) make
// no call before the model's first answer, or none at all.
import type { GitHubPorts } from './ports.js'
import type { RepoRef } from './types.js'

/**
 * `signal`: every request gives up when it aborts; `retries`: tries after the first (default:
 * octokit.ts GITHUB_RETRY). The post step bounds its calls with both, so it stays fast.
 */
export function connectGitHub(token: string, repo: RepoRef, options: { signal?: AbortSignal; retries?: number } = {}): GitHubPorts {
  if (token === '') return tokenlessPorts()
  return lazyPorts(async () => {
    const { createOctokit, createOctokitPorts } = await import('./octokit.js')
    const octokitOptions = { signal: options.signal, ...(options.retries !== undefined ? { retries: options.retries } : {}) }
    return createOctokitPorts(createOctokit(token, undefined, octokitOptions), repo)
  })
}

/** Ports that `load` on the first call and then hand every call to what it gave. */
export function lazyPorts(load: () => Promise<GitHubPorts>): GitHubPorts {
  let loaded: Promise<GitHubPorts> | undefined
  const port = <K extends keyof GitHubPorts>(name: K): GitHubPorts[K] => {
    const call = async (...args: unknown[]): Promise<unknown> => {
      const ports = await (loaded ??= load())
      return (ports[name] as (...a: unknown[]) => Promise<unknown>)(...args)
    }
    return call as GitHubPorts[K]
  }
  return {
    getIssue: port('getIssue'),
    getIssueComment: port('getIssueComment'),
    getReviewComment: port('getReviewComment'),
    listReviewComments: port('listReviewComments'),
    listIssueComments: port('listIssueComments'),
    getPull: port('getPull'),
    listPullFiles: port('listPullFiles'),
    getPermission: port('getPermission'),
    createComment: port('createComment'),
    updateComment: port('updateComment'),
    getComment: port('getComment'),
    listAllComments: port('listAllComments'),
    addReaction: port('addReaction'),
    removeReaction: port('removeReaction'),
    dispatchWorkflow: port('dispatchWorkflow'),
  }
}

/**
 * Ports for a run without a token (local runs, `github-token: ''`). Events that need no API
 * call (workflow_dispatch, schedule) work; anything that does fails with one clear message.
 */
export function tokenlessPorts(): GitHubPorts {
  const fail = (): never => {
    throw new Error("This event needs the GitHub API, but the 'github-token' input is empty (its default is ${{ github.token }}).")
  }
  return {
    getIssue: fail,
    getIssueComment: fail,
    getReviewComment: fail,
    listReviewComments: fail,
    listIssueComments: fail,
    getPull: fail,
    listPullFiles: fail,
    getPermission: fail,
    createComment: fail,
    updateComment: fail,
    getComment: fail,
    listAllComments: fail,
    addReaction: fail,
    removeReaction: fail,
    dispatchWorkflow: fail,
  }
}
