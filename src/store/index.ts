// Opening the store: pick the SQLite driver for this runtime, open (or quarantine and recreate)
// the database file, and wrap it.
import { describeDriver, type DriverInfo } from './db.js'
import { processDriver } from './driver.js'
import { openSessionDb, type Quarantine } from './open.js'
import { Redactor } from './redact.js'
import { SessionStore } from './session-store.js'

export { SessionStore } from './session-store.js'
export type {
  AttemptDelta,
  AttemptRecord,
  AttemptUpdate,
  CompactionRecord,
  SessionRecord,
  StepUsage,
  WorkspaceSnapshotRecord,
} from './records.js'
export type { CompactionInput } from './messages.js'
export { Redactor } from './redact.js'
export { describeDriver, type Db, type DriverInfo } from './db.js'
export { processDriver } from './driver.js'

export interface OpenStoreOptions {
  warn: (message: string) => void
  /** Told which SQLite driver opened the file ("SQLite: node:sqlite (…)"), before it is opened. */
  info?: (message: string) => void
  secrets?: Iterable<string>
  nativeDir?: string
  now?: () => number
}

export interface OpenedStore {
  store: SessionStore
  created: boolean
  quarantined?: Quarantine
  /** The SQLite driver in use, for the log (describeDriver). */
  driver: DriverInfo
}

export function openStore(path: string, options: OpenStoreOptions): OpenedStore {
  const driver = processDriver(options.nativeDir)
  options.info?.(`SQLite: ${describeDriver(driver)}`)
  const now = options.now ?? Date.now
  const opened = openSessionDb(path, { driver, warn: options.warn, now: () => new Date(now()) })
  const store = new SessionStore(opened.db, now, new Redactor(options.secrets ?? []))
  return { store, created: opened.created, ...(opened.quarantined ? { quarantined: opened.quarantined } : {}), driver }
}
