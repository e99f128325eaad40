// Plain port implementations shared by in-process tests (ports, not mocks: they record what the
// code under test asked for).
import type { CacheClient } from '../../src/cache/client.js'

/** A cache port that records the keys it is asked to save under and restores nothing. */
export function recordingCache(): CacheClient & { keys: string[] } {
  const keys: string[] = []
  return {
    keys,
    restore: async () => ({ hit: false, reason: 'miss', detail: '' }),
    save: async (_paths, key) => {
      keys.push(key)
      return { saved: true, cacheId: keys.length }
    },
  }
}
