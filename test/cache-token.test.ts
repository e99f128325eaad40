import { describe, expect, it } from 'vitest'
import { cacheAccess, decodeJwtPayload, readCacheScopes } from '../src/cache/token.js'
import { makeRuntimeToken } from './support/cache-server.mjs'

const b64 = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url')
const jwt = (payload: unknown): string => `${b64({ alg: 'RS256' })}.${b64(payload)}.sig`
const ac = (list: unknown): string => jwt({ ac: JSON.stringify(list) })

describe('runtime token cache access', () => {
  it('reads a read-write token as writable', () => {
    const r = cacheAccess(makeRuntimeToken({ permission: 3 }))
    expect(r.access).toBe('writable')
    expect(r.scopes).toEqual([{ scope: 'refs/heads/main', permission: 3 }])
  })

  it('reads a read-only token as read-only', () => {
    expect(cacheAccess(makeRuntimeToken({ permission: 1 })).access).toBe('read-only')
    expect(cacheAccess(ac([])).access).toBe('read-only')
  })

  it('decides by the current ref when it is listed', () => {
    const token = ac([
      { Scope: 'refs/pull/7/merge', Permission: 3 },
      { Scope: 'refs/heads/main', Permission: 1 },
    ])
    expect(cacheAccess(token, 'refs/pull/7/merge').access).toBe('writable')
    expect(cacheAccess(token, 'refs/heads/main').access).toBe('read-only')
    expect(cacheAccess(token, 'refs/heads/other').access).toBe('writable')
    expect(cacheAccess(token).access).toBe('writable')
  })

  it('says unknown rather than guessing', () => {
    expect(cacheAccess(undefined).access).toBe('unknown')
    expect(cacheAccess('not-a-jwt').access).toBe('unknown')
    expect(cacheAccess('a.%%%.c').access).toBe('unknown')
    expect(cacheAccess(jwt({ sub: 'x' })).access).toBe('unknown')
    expect(cacheAccess(jwt({ ac: '{not json' })).access).toBe('unknown')
    expect(cacheAccess(ac([{ Scope: 'x', Permission: '3' }])).access).toBe('unknown')
    expect(cacheAccess(ac({ Scope: 'x', Permission: 3 })).access).toBe('unknown')
  })

  it('accepts an already-parsed ac array', () => {
    const payload = decodeJwtPayload(jwt({ ac: [{ Scope: 's', Permission: 2 }] }))
    expect(payload && readCacheScopes(payload)).toEqual([{ scope: 's', permission: 2 }])
  })
})
