// The permission gate against the GitHub fake's collaborator-permission endpoint, over HTTP.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { checkActor, parseList } from '../src/github/gate.js'
import { createOctokit, createOctokitPorts } from '../src/github/octokit.js'
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
  port = createOctokitPorts(createOctokit('ghs_test', fake.url), repo)
})
afterAll(async () => fake.close())
beforeEach(() => {
  fake.state.requests.length = 0
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

  it('fails closed when the permission cannot be read', async () => {
    fake.failNext('GET', /\/collaborators\/writer\/permission$/, 500, 'Server Error')
    expect(await checkActor('writer', none, port, repo)).toMatchObject({
      allowed: false,
      message: expect.stringContaining("Could not check @writer's permission"),
    })
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
