import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { Inputs, Outputs } from '../src/constants.js'
import { inputSchema, InputError, readSettings } from '../src/inputs.js'
import { inputDefaults, ROOT } from './support/action-harness.mjs'

interface ActionYml {
  inputs: Record<string, { description: string; default?: string }>
  outputs: Record<string, { description: string }>
  runs: Record<string, string>
}
const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYml

function settingsWith(overrides: Record<string, string>) {
  const values = { ...inputDefaults({ 'github.token': 'ghs_x' }), ...overrides }
  return readSettings((name) => values[name] ?? '')
}

function errorOf(overrides: Record<string, string>): string {
  try {
    settingsWith(overrides)
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return (error as Error).message
  }
  throw new Error('expected an InputError')
}

describe('action.yml and the input schema agree', () => {
  it('declares the same inputs, each described', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.keys(inputSchema.shape).sort())
    expect(Object.values(Inputs).sort()).toEqual(Object.keys(action.inputs).sort())
    for (const [name, spec] of Object.entries(action.inputs)) expect(spec.description, name).toBeTruthy()
  })

  it('declares every output the code sets', () => {
    expect(Object.keys(action.outputs).sort()).toEqual(Object.values(Outputs).sort())
  })

  it('runs on node20 with an always() post step', () => {
    expect(action.runs).toEqual({ using: 'node20', main: 'dist/main.js', post: 'dist/post.js', 'post-if': 'always()' })
  })

  it('parses the defaults into settings', () => {
    const s = settingsWith({})
    expect(s.model).toEqual({ provider: 'anthropic', id: 'claude-sonnet-4-5', name: 'anthropic/claude-sonnet-4-5' })
    expect(s).toMatchObject({
      maxSteps: 30,
      maxMinutes: 30,
      cache: true,
      checkpoint: { kind: 'steps', every: 5 },
      handoff: 'none',
      trigger: '/agent',
    })
  })
})

describe('bad input values fail with one message naming the input', () => {
  it.each([
    [
      { 'max-steps': 'lots' },
      'Input \'max-steps\' is invalid: expected the most agent steps in one attempt: a whole number from 1 to 1000; got "lots".',
    ],
    [{ 'max-steps': '0' }, "Input 'max-steps' is invalid"],
    [{ model: 'gpt-4o' }, "Input 'model' is invalid: expected 'provider/model-id'"],
    [{ model: 'acme/model' }, 'provider one of: anthropic, openai, google, openai-compatible'],
    [{ cache: 'yes' }, "Input 'cache' is invalid: expected 'true' or 'false'; got \"yes\"."],
    [{ 'checkpoint-every': '5m' }, "Input 'checkpoint-every' is invalid"],
    [{ handoff: 'maybe' }, "Input 'handoff' is invalid: expected 'none' or 'dispatch'"],
    [{ 'base-url': 'ftp://x' }, "Input 'base-url' is invalid"],
    [{ 'session-key': 'k'.repeat(257) }, "Input 'session-key' is invalid: expected at most 256 characters"],
    [{ deliver: 'sometimes' }, "Input 'deliver' is invalid: expected one of: auto, pull-request, push, none"],
    [{ 'branch-prefix': 'my agent/' }, "Input 'branch-prefix' is invalid: expected the start of a git branch name"],
    [{ 'branch-prefix': 'a..b/' }, "Input 'branch-prefix' is invalid"],
    [{ 'branch-prefix': 'refs/heads/' }, "Input 'branch-prefix' is invalid"],
    [{ 'branch-prefix': 'x'.repeat(101) }, "Input 'branch-prefix' is invalid"],
    [{ 'commit-author': 'bot@example.com' }, "Input 'commit-author' is invalid: expected 'Name <email>'"],
    [{ 'session-key': 'half \uD83D' }, "Input 'session-key' is invalid: expected text without a lone UTF-16 surrogate"],
  ])('%o', (overrides, expected) => {
    expect(errorOf(overrides)).toContain(expected)
  })

  it('names every bad input at once and never echoes a secret', () => {
    const message = errorOf({ 'max-steps': 'x', 'bash-timeout': '-1', 'github-token': ' ' })
    expect(message.split('\n')).toHaveLength(2)
    expect(message).toContain("'max-steps'")
    expect(message).toContain("'bash-timeout'")
  })

  it('takes any session key users pass, up to 256 characters', () => {
    for (const key of ['build/pkg@1.2', 'a, b', 'has space', 'π-ключ-🚀', 'x'.repeat(256), '🚀'.repeat(256)]) {
      expect(settingsWith({ 'session-key': key }).sessionKey).toBe(key)
    }
  })

  it('reads the delivery inputs: the mode, a branch prefix, an author', () => {
    expect(
      settingsWith({ deliver: 'Pull-Request', 'branch-prefix': 'bots/agent-', 'commit-author': 'Release Bot <bot@example.com>' }),
    ).toMatchObject({
      deliver: 'pull-request',
      branchPrefix: 'bots/agent-',
      commitAuthor: { name: 'Release Bot', email: 'bot@example.com' },
    })
    expect(settingsWith({}).commitAuthor).toEqual({
      name: 'github-actions[bot]',
      email: '41898282+github-actions[bot]@users.noreply.github.com',
    })
  })

  it('reads checkpoint policies and lists', () => {
    expect(settingsWith({ 'checkpoint-every': '90s' }).checkpoint).toEqual({ kind: 'seconds', every: 90 })
    expect(settingsWith({ 'checkpoint-every': '0' }).checkpoint).toEqual({ kind: 'off' })
    expect(settingsWith({ 'allowed-users': 'alice, bob\ncarol' }).allowedUsers).toEqual(['alice', 'bob', 'carol'])
  })
})

describe('on-finished', () => {
  it("is 'reuse' by default, takes 'continue', and names itself when wrong", () => {
    expect(settingsWith({}).onFinished).toBe('reuse')
    expect(settingsWith({ [Inputs.OnFinished]: 'Continue' }).onFinished).toBe('continue')
    expect(errorOf({ [Inputs.OnFinished]: 'again' })).toContain("Input 'on-finished' is invalid: expected 'reuse' or 'continue'")
  })
})
