// The real @actions/cache toolkit in this test process against the local cache service (and
// Azurite): the service is started before a file's tests, the toolkit's environment set on
// process.env and put back afterwards, and @actions/core's ::debug:: lines dropped from stdout so
// the test log stays readable (CACHE_TEST_VERBOSE=1 keeps them).
import { afterAll, beforeAll } from 'vitest'
import { startCacheService, type CacheService } from './cache-server.mjs'
import { tempDir } from './temp.js'

export interface ToolkitCache {
  /** The running service (after beforeAll). */
  service: () => CacheService
  /** Sets (undefined: deletes) variables on process.env until the file's tests end. */
  useEnv: (env: Record<string, string | undefined>) => void
  /** GITHUB_WORKSPACE for the toolkit: paths are archived relative to it. */
  dir: string
}

export function useToolkitCache(prefix: string): ToolkitCache {
  let svc: CacheService | undefined
  const saved: Record<string, string | undefined> = {}
  const dir = tempDir(prefix)
  const useEnv = (env: Record<string, string | undefined>): void => {
    for (const [k, v] of Object.entries(env)) {
      if (!(k in saved)) saved[k] = process.env[k]
      if (v === undefined) delete process.env[k]
      else process.env[k] = v
    }
  }
  const originalWrite = process.stdout.write.bind(process.stdout)
  beforeAll(async () => {
    if (!process.env['CACHE_TEST_VERBOSE']) {
      const write = originalWrite as (...args: unknown[]) => boolean
      process.stdout.write = (chunk: unknown, ...rest: unknown[]): boolean =>
        typeof chunk === 'string' && /^::(debug|add-mask)::/.test(chunk) ? true : write(chunk, ...rest)
    }
    svc = await startCacheService()
    useEnv({ ...svc.env, GITHUB_WORKSPACE: dir, ACTIONS_CACHE_MODE: undefined })
  })
  afterAll(async () => {
    process.stdout.write = originalWrite
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k]
      else process.env[k] = v
    }
    await svc?.stop()
  })
  return {
    service: () => {
      if (!svc) throw new Error('the cache service is not started')
      return svc
    },
    useEnv,
    dir,
  }
}
