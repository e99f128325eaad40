// Opening the store: pick the native binary for this runtime, open (or quarantine and
// recreate) the database file, and wrap it.
import { openSessionDb, type Quarantine } from './open.js'
import { currentRuntime, defaultNativeDir, selectNativeBinding } from './native.js'
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

export interface OpenStoreOptions {
  warn: (message: string) => void
  secrets?: Iterable<string>
  nativeDir?: string
  now?: () => number
}

export interface OpenedStore {
  store: SessionStore
  created: boolean
  quarantined?: Quarantine
}

export function openStore(path: string, options: OpenStoreOptions): OpenedStore {
  const nativeBinding = selectNativeBinding(currentRuntime(), options.nativeDir ?? defaultNativeDir())
  const now = options.now ?? Date.now
  const opened = openSessionDb(path, { nativeBinding, warn: options.warn, now: () => new Date(now()) })
  const store = new SessionStore(opened.db, now, new Redactor(options.secrets ?? []))
  return { store, created: opened.created, ...(opened.quarantined ? { quarantined: opened.quarantined } : {}) }
}
