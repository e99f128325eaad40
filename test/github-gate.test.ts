// The permission gate against the GitHub fake's collaborator-permission endpoint, over HTTP,
// through the Octokit the action builds (with its retries, on a base of 1 ms instead of 700).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { describeGitHubError } from '../src/github/errors.js'
import { checkActor, parseList } from '../src/github/gate.js'
import { createOctokit, createOctokitPorts, GITHUB_RETRY } from '../src/github/octokit.js'
import type { PermissionPort } from '../src/github/ports.js'
import { startGitHubFake, type GitHubFake } from './support/github-fake.mjs'

let fake: GitHubFake
let port: PermissionPort
const repo = { owner: 'octo-org', repo: 'hello-world' }
const none = { allowedUsers: '', allowedBots: '' }
const permissionCalls = (): number => fake.requestsTo('GET', /\/collaborators\/[^/]+\/permission$/).length

beforeAll(async () => {
  fake = await startGitHubFake(repo)
  fake.setPermission('writer', 'write', 'write')
  fake.setPermission('maintainer', 'write', 'maintain')
  fake.setPermission('owner', 'admin', 'admin')
  fake.setPermission('triager', 'read', 'triage')
  fake.setPermission('reader', 'read', 'read')
  fake.setPermission('nobody', 'none', 'none')
  port = createOctokitPorts(createOctokit('ghs_test', fake.url, { retryBaseMs: 1 }), repo)
})
afterAll(async () => fake.close())
beforeEach(() => {
  fake.state.requests.length = 0
  for (const f of [...fake.state.failures]) f.stop()
})

describe('people', () => {
  it.each(['writer', 'maintainer', 'owner'])('%s may run the agent', async (login) => {
    const result = await checkActor(login, none, port, repo)
    expect(result).toMatchObject({ allowed: true, reason: expect.stringContaining(`@${login} has`) })
    expect(permissionCalls()).toBe(1)
  })

  it('triage is not enough, and the refusal says what is needed and how to widen it', async () => {
    expect(await checkActor('triager', none, port, repo)).toEqual({
      allowed: false,
      message:
        '@triager has triage permission on octo-org/hello-world; running the agent needs write, maintain or admin. A maintainer can add the login to "allowed-users".',
    })
  })

  it('read is refused', async () => {
    expect(await checkActor('reader', none, port, repo)).toMatchObject({
      allowed: false,
      message: expect.stringContaining('@reader has read permission'),
    })
  })

  it('allowed-users widens the gate without asking GitHub (case-insensitive, @ tolerated)', async () => {
    expect(await checkActor('Reader', { allowedUsers: 'someone,\n@reader', allowedBots: '' }, port, repo)).toMatchObject({ allowed: true })
    expect(await checkActor('stranger', { allowedUsers: ['*'], allowedBots: [] }, port, repo)).toMatchObject({ allowed: true })
    expect(permissionCalls()).toBe(0)
  })

  it('none, and a login GitHub does not know (404), are definite answers: refused', async () => {
    expect(await checkActor('nobody', none, port, repo)).toMatchObject({
      allowed: false,
      message: expect.stringContaining('@nobody has none'),
    })
    const gone = fake.fail({
      method: 'GET',
      path: '/repos/octo-org/hello-world/collaborators/ghost-user/permission',
      status: 404,
      message: 'Not Found',
    })
    expect(await checkActor('ghost-user', none, port, repo)).toMatchObject({
      allowed: false,
      message: expect.stringContaining('@ghost-user is not a collaborator on octo-org/hello-world'),
    })
    expect(gone.attempts).toBe(1)
  })
})

describe('a permission lookup that gets no answer', () => {
  const path = /\/collaborators\/writer\/permission$/

  it('is retried: one 502 and the writer still runs the agent', async () => {
    const failure = fake.fail({ method: 'GET', path, status: 502, times: 1 })
    expect(await checkActor('writer', none, port, repo)).toMatchObject({ allowed: true })
    expect(failure.attempts).toBe(1)
    expect(permissionCalls()).toBe(2)
  })

  it.each([
    [502, 'GitHub answered 502 (Bad Gateway)'],
    [503, 'GitHub answered 503 (Service Unavailable)'],
    ['reset', 'GitHub did not answer ('],
  ] as const)('%s on every try: throws (the step fails), naming the actor, the repository and the cause', async (status, cause) => {
    const failure = fake.fail({ method: 'GET', path, status })
    const error = await checkActor('writer', none, port, repo).then(
      (r) => r,
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(Error)
    const message = (error as Error).message
    expect(message).toContain("Could not check @writer's permission on octo-org/hello-world: ")
    expect(message).toContain(cause)
    expect(message).toContain('The agent was not run; re-run the job to try again.')
    expect(failure.attempts).toBe(1 + GITHUB_RETRY.retries)
  })

  it('a token GitHub refuses (401) is not retried, and the message points at the token', async () => {
    const failure = fake.fail({ method: 'GET', path, status: 401, message: 'Bad credentials' })
    await expect(checkActor('writer', none, port, repo)).rejects.toThrow(
      'Could not check @writer\'s permission on octo-org/hello-world: GitHub answered 401 (Bad credentials). The agent was not run. GitHub refused the token: check the "github-token" input',
    )
    expect(failure.attempts).toBe(1)
  })

  it('a rate limit (429, or a 403 saying so) is not retried at once, and re-running is the advice', async () => {
    const limited = fake.fail({ method: 'GET', path, status: 403, message: 'API rate limit exceeded for installation ID 1.', times: 1 })
    await expect(checkActor('writer', none, port, repo)).rejects.toThrow(
      /GitHub answered 403 \(API rate limit exceeded.*re-run the job to try again\.$/,
    )
    expect(limited.attempts).toBe(1)
    const tooMany = fake.fail({ method: 'GET', path, status: 429, message: 'Too Many Requests', times: 1 })
    await expect(checkActor('writer', none, port, repo)).rejects.toThrow('GitHub answered 429 (Too Many Requests)')
    expect(tooMany.attempts).toBe(1)
  })

  it('a port that cannot ask at all (no token) fails the step too, saying why', async () => {
    const noToken: PermissionPort = {
      getPermission: () => Promise.reject(new Error("This event needs the GitHub API, but the 'github-token' input is empty.")),
    }
    await expect(checkActor('writer', none, noToken, repo)).rejects.toThrow(
      "Could not check @writer's permission on octo-org/hello-world: This event needs the GitHub API, but the 'github-token' input is empty.",
    )
  })

  it('an HTML error page from a proxy is not quoted', () => {
    const page = { status: 502, message: '<!DOCTYPE html>\n<html><body>Unicorn!</body></html>', response: { status: 502 } }
    expect(describeGitHubError(page)).toBe('GitHub answered 502')
    expect(describeGitHubError({ status: 500, message: 'connect ECONNREFUSED 127.0.0.1:9' })).toBe(
      'GitHub did not answer (connect ECONNREFUSED 127.0.0.1:9)',
    )
  })
})

describe('bots', () => {
  it('are refused unless listed, without a permission lookup', async () => {
    expect(await checkActor('renovate[bot]', none, port, repo)).toEqual({
      allowed: false,
      message:
        '@renovate[bot] is a bot and is not listed in "allowed-bots", so the agent was not run. Add it there to let it trigger the agent.',
    })
    expect(permissionCalls()).toBe(0)
  })

  it('are allowed by name (with or without [bot]) or by *', async () => {
    expect(await checkActor('renovate[bot]', { allowedUsers: '', allowedBots: 'renovate' }, port, repo)).toMatchObject({ allowed: true })
    expect(await checkActor('dependabot[bot]', { allowedUsers: '', allowedBots: 'dependabot[bot]' }, port, repo)).toMatchObject({
      allowed: true,
    })
    expect(await checkActor('any[bot]', { allowedUsers: '', allowedBots: '*' }, port, repo)).toMatchObject({ allowed: true })
    // allowed-users '*' is about people; it does not let bots in.
    expect(await checkActor('any[bot]', { allowedUsers: '*', allowedBots: '' }, port, repo)).toMatchObject({ allowed: false })
  })

  it('a login GitHub does not know as a user is "not a collaborator"', async () => {
    const result = await checkActor('ghost-user', none, { getPermission: async () => undefined }, repo)
    expect(result).toMatchObject({ allowed: false, message: expect.stringContaining('@ghost-user is not a collaborator') })
  })
})

it('parseList splits on commas and newlines', () => {
  expect(parseList(' a, @B \n\n c ,')).toEqual(['a', 'b', 'c'])
})
