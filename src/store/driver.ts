// Picks the SQLite driver at run time (docs/design.md §2): better-sqlite3 where a shipped binary
// matches the platform, arch and ABI and loads; else Node's built-in node:sqlite (Node 22.13 or
// later); else an error that names the runtime found and what is supported.
import { betterSqlite3Driver } from './better-sqlite3.js'
import type { Driver, DriverName } from './db.js'
import {
  currentRuntime,
  defaultNativeDir,
  selectNativeBinding,
  SUPPORTED_BINARIES,
  UnsupportedRuntimeError,
  type Runtime,
} from './native.js'
import { loadNodeSqlite, nodeSqliteDriver } from './node-sqlite.js'
import { errorMessage } from '../log.js'

/**
 * For tests only: 'better-sqlite3' or 'node:sqlite' takes that driver or fails (the test suite
 * runs the store on each). Unset, the driver is picked as above.
 */
export const TEST_DRIVER_ENV = 'AGENT_RESUME_TEST_SQLITE_DRIVER'

/** The Node.js release from which node:sqlite needs no flag. */
export const NODE_SQLITE_SINCE = '22.13'

export interface DriverChoice {
  runtime?: Runtime
  nativeDir?: string
  env?: NodeJS.ProcessEnv
  /** Loads better-sqlite3 with this binary (tests pass fakes). */
  loadBetterSqlite3?: (nativeBinding: string) => Driver
  /** node:sqlite for this runtime, or undefined when it has none. */
  loadNodeSqlite?: (nodeVersion: string) => Driver | undefined
}

function forcedDriver(env: NodeJS.ProcessEnv): DriverName | undefined {
  const raw = env[TEST_DRIVER_ENV]?.trim()
  if (!raw) return undefined
  if (raw === 'better-sqlite3') return raw
  if (raw === 'node:sqlite' || raw === 'node-sqlite') return 'node:sqlite'
  throw new Error(`${TEST_DRIVER_ENV} is '${raw}': use 'better-sqlite3' or 'node:sqlite'`)
}

const builtIn = (nodeVersion: string): Driver | undefined => {
  const sqlite = loadNodeSqlite(nodeVersion)
  return sqlite && nodeSqliteDriver(sqlite)
}

export function selectDriver(choice: DriverChoice = {}): Driver {
  const runtime = choice.runtime ?? currentRuntime()
  const forced = forcedDriver(choice.env ?? process.env)
  let problem = ''
  if (forced !== 'node:sqlite') {
    try {
      const binding = selectNativeBinding(runtime, choice.nativeDir ?? defaultNativeDir())
      try {
        return (choice.loadBetterSqlite3 ?? betterSqlite3Driver)(binding)
      } catch (error) {
        problem = `the better-sqlite3 binary ${binding} did not load: ${errorMessage(error)}`
      }
    } catch (error) {
      if (!(error instanceof UnsupportedRuntimeError)) throw error
      problem = error.message
    }
    if (forced) throw new UnsupportedRuntimeError(`${TEST_DRIVER_ENV} asks for better-sqlite3, but ${problem}`)
  }
  const nodeVersion = runtime.nodeVersion.replace(/^v/, '')
  const node = (choice.loadNodeSqlite ?? builtIn)(nodeVersion)
  if (node) return node
  if (forced) throw new UnsupportedRuntimeError(`${TEST_DRIVER_ENV} asks for node:sqlite, which Node ${nodeVersion} does not have`)
  const binaries = SUPPORTED_BINARIES.map((b) => `${b.node} (ABI ${b.abi}) on ${b.platform}-${b.arch}`).join(', ')
  // A binary that ships for this runtime but is missing or does not load is named too.
  const shipped = SUPPORTED_BINARIES.some((b) => b.platform === runtime.platform && b.arch === runtime.arch && b.abi === runtime.abi)
  const why = shipped ? ` (${problem.charAt(0).toLowerCase()}${problem.slice(1).replace(/\.$/, '')})` : ''
  throw new UnsupportedRuntimeError(
    `No SQLite binary for Node ${runtime.nodeVersion} (ABI ${runtime.abi}) on ${runtime.platform}-${runtime.arch}${why}, ` +
      `and no node:sqlite, which Node ${NODE_SQLITE_SINCE} and later have built in. This action ships better-sqlite3 for: ` +
      `${binaries}; anywhere else it needs Node ${NODE_SQLITE_SINCE} or later. Use a runner with one of those binaries ` +
      `(ubuntu-22.04 or later), or one that runs the action on Node ${NODE_SQLITE_SINCE} or later (GitHub-hosted runners use Node 24).`,
  )
}

const chosen = new Map<string, Driver>()

/** The driver for this process (picked once per native directory). */
export function processDriver(nativeDir = defaultNativeDir()): Driver {
  const key = `${nativeDir}\0${process.env[TEST_DRIVER_ENV] ?? ''}`
  let driver = chosen.get(key)
  if (!driver) {
    driver = selectDriver({ nativeDir })
    chosen.set(key, driver)
  }
  return driver
}
