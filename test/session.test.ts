import { describe, expect, it } from 'vitest'
import { GITHUB_RUN_METADATA_KEY, SESSION_KEY_METADATA_KEY } from '../src/constants.js'
import { deriveSessionKey } from '../src/run-context.js'
import { findResumableSession, shouldSendContinuation, type SessionCandidate } from '../src/session/lookup.js'

function s(id: string, createdAt: number, runId: string, key = 'job', forkedFrom: string | null = null): SessionCandidate {
  return { id, createdAt, forkedFrom, metadata: { [GITHUB_RUN_METADATA_KEY]: runId, [SESSION_KEY_METADATA_KEY]: key } }
}

describe('findResumableSession', () => {
  it('picks the earliest-created session of the run and key', () => {
    const found = findResumableSession([s('b', 20, '7'), s('a', 10, '7'), s('c', 5, '8')], '7', 'job')
    expect(found?.id).toBe('a')
  })

  it('returns undefined when nothing matches the run id or the key', () => {
    expect(findResumableSession([s('a', 1, '8'), s('b', 2, '7', 'other')], '7', 'job')).toBeUndefined()
    expect(findResumableSession([], '7', 'job')).toBeUndefined()
  })

  it('never matches a run id that only shares a prefix', () => {
    expect(findResumableSession([s('a', 1, '70'), s('b', 2, '17')], '7', 'job')).toBeUndefined()
  })

  it('resolves a fork back to its original, even if the fork looks older', () => {
    // Clock skew: the fork's timestamp is earlier than its source's.
    const original = s('orig', 50, '7')
    const fork = s('fork', 10, '7', 'job', 'orig')
    const forkOfFork = s('fork2', 5, '7', 'job', 'fork')
    expect(findResumableSession([fork, forkOfFork, original], '7', 'job')?.id).toBe('orig')
  })

  it('breaks ties on creation time by id, whatever the input order', () => {
    const a = s('ses_a', 10, '7')
    const b = s('ses_b', 10, '7')
    expect(findResumableSession([b, a], '7', 'job')?.id).toBe('ses_a')
    expect(findResumableSession([a, b], '7', 'job')?.id).toBe('ses_a')
  })

  it('survives a fork cycle in corrupt metadata', () => {
    const x = s('x', 10, '7', 'job', 'y')
    const y = s('y', 20, '7', 'job', 'x')
    expect(findResumableSession([x, y], '7', 'job')?.id).toBeDefined()
  })
})

describe('shouldSendContinuation', () => {
  it('nudges only a found session that has messages', () => {
    expect(shouldSendContinuation({ messageCount: 3 })).toBe(true)
    expect(shouldSendContinuation({ messageCount: 0 })).toBe(false)
    expect(shouldSendContinuation(undefined)).toBe(false)
  })
})

describe('deriveSessionKey', () => {
  it('uses the input when given', () => {
    expect(deriveSessionKey('leg-1', { GITHUB_JOB: 'agent' })).toBe('leg-1')
  })
  it('separates two uses of the action in one job by the step action id', () => {
    const first = deriveSessionKey('', { GITHUB_JOB: 'agent', GITHUB_ACTION: '__org_agent-resume-action' })
    const second = deriveSessionKey('', { GITHUB_JOB: 'agent', GITHUB_ACTION: '__org_agent-resume-action_2' })
    expect(first).toBe('agent')
    expect(second).toBe('agent.2')
    expect(deriveSessionKey('', { GITHUB_JOB: 'agent', GITHUB_ACTION: 'review' })).toBe('agent.review')
    // Matrix legs (strategy.job-index of job-total) never share a default key; one leg adds nothing.
    expect(deriveSessionKey('', { GITHUB_JOB: 'agent' }, { index: 2, total: 3 })).toBe('agent.leg2')
    expect(deriveSessionKey('', { GITHUB_JOB: 'agent' }, { index: 0, total: 1 })).toBe('agent')
    expect(deriveSessionKey('mine', { GITHUB_JOB: 'agent' }, { index: 2, total: 3 })).toBe('mine')
  })
})
