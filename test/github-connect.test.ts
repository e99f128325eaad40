// Which GitHub ports a run gets: none without a token, and REST through an Octokit that is
// loaded on the first call (src/github/connect.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectGitHub, lazyPorts, tokenlessPorts } from '../src/github/connect.js'
import type { GitHubPorts } from '../src/github/ports.js'
import { startGitHubFake, type GitHubFake } from './support/github-fake.mjs'

const repo = { owner: 'octo-org', repo: 'hello-world' }
const NO_TOKEN = "This event needs the GitHub API, but the 'github-token' input is empty (its default is ${{ github.token }})."

describe('without a token', () => {
  it('every port fails at once with one message', () => {
    const ports = connectGitHub('', repo)
    expect(() => ports.getPermission('alice')).toThrow(NO_TOKEN)
    expect(() => ports.createComment(1, 'x')).toThrow(NO_TOKEN)
    expect(Object.keys(ports).sort()).toEqual(Object.keys(tokenlessPorts()).sort())
  })
})

describe('lazyPorts', () => {
  it('loads on the first call, once, and hands each call its arguments and answer', async () => {
    let loads = 0
    const calls: unknown[][] = []
    const real = {
      ...tokenlessPorts(),
      getPermission: async (login: string) => {
        calls.push(['getPermission', login])
        return { permission: 'write', roleName: 'maintain' }
      },
      listIssueComments: async (issue: number, max: number) => {
        calls.push(['listIssueComments', issue, max])
        return []
      },
    } satisfies GitHubPorts
    const ports = lazyPorts(async () => {
      loads++
      return real
    })
    expect(loads).toBe(0)
    expect(Object.keys(ports).sort()).toEqual(Object.keys(real).sort())
    const [permission, comments] = await Promise.all([ports.getPermission('alice'), ports.listIssueComments(7, 3)])
    expect(permission).toEqual({ permission: 'write', roleName: 'maintain' })
    expect(comments).toEqual([])
    expect(calls).toEqual([
      ['getPermission', 'alice'],
      ['listIssueComments', 7, 3],
    ])
    expect(loads).toBe(1)
    // A port that throws still does, as a rejection (every port is async to its callers).
    await expect(ports.getIssue(1)).rejects.toThrow(NO_TOKEN)
    expect(loads).toBe(1)
  })

  it('rejects every call when loading fails', async () => {
    const ports = lazyPorts(() => Promise.reject(new Error('no Octokit here')))
    await expect(ports.getPull(1)).rejects.toThrow('no Octokit here')
    await expect(ports.addReaction({ kind: 'issue', issueNumber: 1 }, 'eyes')).rejects.toThrow('no Octokit here')
  })
})

describe('with a token', () => {
  let fake: GitHubFake
  const apiUrl = process.env.GITHUB_API_URL
  beforeAll(async () => {
    fake = await startGitHubFake(repo)
    fake.setPermission('writer', 'write', 'write')
    // @actions/github reads it when it loads: on the first call below, not at import.
    process.env.GITHUB_API_URL = fake.url
  })
  afterAll(async () => {
    if (apiUrl === undefined) delete process.env.GITHUB_API_URL
    else process.env.GITHUB_API_URL = apiUrl
    await fake.close()
  })

  it('reaches the REST API through Octokit', async () => {
    const ports = connectGitHub('ghs_test', repo)
    expect(fake.requestsTo('GET', /\/permission$/)).toHaveLength(0)
    expect(await ports.getPermission('writer')).toMatchObject({ permission: 'write' })
    expect(await ports.getPermission('writer')).toMatchObject({ permission: 'write' })
    expect(fake.requestsTo('GET', /\/collaborators\/writer\/permission$/)).toHaveLength(2)
  })
})
