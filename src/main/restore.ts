// The restore stage of main: the session database from the cache, within `cache-timeout` (and
// what is left of max-minutes). An entry that is not our database is set aside here, so an older
// one can be tried (docs/design.md §3); the store's own check then finds a good file or none.
import { statSync } from 'node:fs'
import type { CacheClient } from '../cache/client.js'
import { fingerprint, restoreSessionDb, type SessionRestore } from '../cache/session-db.js'
import type { Settings } from '../inputs.js'
import type { Log } from '../log.js'
import type { RunContext } from '../run-context.js'
import type { MainState } from '../state.js'
import type { Driver } from '../store/db.js'
import { processDriver } from '../store/driver.js'
import { inspectDbFile, quarantineDbFile } from '../store/open.js'

export interface RestoreDeps {
  cache: CacheClient
  log: Log
  now: () => number
}

/**
 * Why a restored file is not a session to resume, or undefined. Unlike a DB file found on disk
 * (where an empty file is a database not created yet), a saved session is never empty: an
 * empty one would quietly start the session over.
 */
export function inspectRestored(path: string, driver: Driver): string | undefined {
  if (statSync(path).size === 0) return 'the saved file is empty'
  return inspectDbFile(path, driver)
}

/** The restored session, or undefined when caching is off. Never throws for a cache problem. */
export async function restoreStage(
  deps: RestoreDeps,
  settings: Settings,
  ctx: RunContext,
  o: { state: MainState; signal: AbortSignal; startedAt: number },
): Promise<SessionRestore | undefined> {
  if (!settings.cache) {
    deps.log.info("The 'cache' input is false: the session is kept for this attempt only.")
    return undefined
  }
  const driver = processDriver()
  const left = o.startedAt + settings.maxMinutes * 60_000 - deps.now()
  const restored = await restoreSessionDb(
    {
      cache: deps.cache,
      log: deps.log,
      now: deps.now,
      signal: o.signal,
      inspect: (path) => inspectRestored(path, driver),
      setAside: (path, why) => void quarantineDbFile(path, why, new Date(deps.now())),
    },
    {
      dbPath: ctx.dbPath,
      runId: ctx.run.runId,
      sessionKey: ctx.sessionKey,
      attempt: ctx.run.attempt,
      timeoutMs: Math.max(1_000, Math.min(settings.cacheTimeoutSeconds * 1000, left)),
    },
  )
  o.state.restored(fingerprint(ctx.dbPath))
  return restored
}
