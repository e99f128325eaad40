import { describe, expect, it } from 'vitest'
import { CACHE_KEY_PREFIX } from '../src/constants.js'
import { checkpointKey, encodeKeySegment, parseMatchedKey, primaryKey, restoreKeys, restorePrefix } from '../src/cache/keys.js'

const parts = { runId: '123456789', sessionKey: 'pr-42', attempt: 3 }

describe('cache keys', () => {
  it('builds save, checkpoint and restore keys with trailing terminators', () => {
    expect(restorePrefix(parts)).toBe(`${CACHE_KEY_PREFIX}-123456789-pr_42-`)
    expect(primaryKey(parts)).toBe(`${CACHE_KEY_PREFIX}-123456789-pr_42-3-`)
    expect(checkpointKey(parts, 7)).toBe(`${CACHE_KEY_PREFIX}-123456789-pr_42-3-c7-`)
    expect(restoreKeys(parts)).toEqual({ primaryKey: primaryKey(parts), restoreKeys: [restorePrefix(parts)] })
  })

  it('never lets attempt 1 prefix-match attempt 10', () => {
    const one = primaryKey({ ...parts, attempt: 1 })
    const ten = primaryKey({ ...parts, attempt: 10 })
    expect(ten.startsWith(one)).toBe(false)
    expect(checkpointKey({ ...parts, attempt: 10 }, 1).startsWith(one)).toBe(false)
  })

  it('keeps a checkpoint off the final key of its attempt', () => {
    const finalKey = primaryKey(parts)
    for (const seq of [1, 2, 10]) expect(checkpointKey(parts, seq)).not.toBe(finalKey)
  })

  it('never lets one session key prefix-match another', () => {
    const a = restorePrefix({ runId: '1', sessionKey: 'a' })
    for (const other of ['a-b', 'a-1', 'ab', 'a_', 'a.']) {
      expect(primaryKey({ runId: '1', sessionKey: other, attempt: 1 }).startsWith(a)).toBe(false)
    }
  })

  it('encodes segments injectively and without commas or dashes', () => {
    const inputs = ['a-b', 'a_b', 'a%2Db', 'a%5Fb', 'a,b', 'a b', 'ü', '', '%', 'plain.Key9']
    const encoded = inputs.map(encodeKeySegment)
    expect(new Set(encoded).size).toBe(inputs.length)
    for (const e of encoded) expect(e).not.toMatch(/[-,]/)
    expect(encodeKeySegment('plain.Key9')).toBe('plain.Key9')
    expect(encodeKeySegment('issue-7')).toBe('issue_7')
  })

  it('bounds long session keys and keeps them distinct', () => {
    const long1 = 'x'.repeat(600)
    const long2 = `${'x'.repeat(599)}y`
    const k1 = primaryKey({ runId: '1', sessionKey: long1, attempt: 99 })
    expect(k1.length).toBeLessThanOrEqual(512)
    expect(encodeKeySegment(long1)).not.toBe(encodeKeySegment(long2))
  })

  it('parses the attempt and checkpoint back from a matched key', () => {
    expect(parseMatchedKey(primaryKey({ ...parts, attempt: 10 }), parts)).toEqual({ attempt: 10 })
    expect(parseMatchedKey(checkpointKey({ ...parts, attempt: 2 }, 5), parts)).toEqual({ attempt: 2, checkpoint: 5 })
    expect(parseMatchedKey(primaryKey({ ...parts, sessionKey: 'other' }), parts)).toBeUndefined()
    expect(parseMatchedKey(`${restorePrefix(parts)}x-`, parts)).toBeUndefined()
    expect(parseMatchedKey(`${restorePrefix(parts)}1`, parts)).toBeUndefined()
  })

  it('rejects attempts and checkpoint numbers below 1', () => {
    expect(() => primaryKey({ ...parts, attempt: 0 })).toThrow(RangeError)
    expect(() => checkpointKey(parts, 0)).toThrow(RangeError)
    expect(() => primaryKey({ ...parts, attempt: 1.5 })).toThrow(RangeError)
  })
})
