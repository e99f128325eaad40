// Opens the session database and refuses to trust a bad one. A file from the cache can be
// anything: not SQLite, truncated, corrupt, someone else's, or from a newer version of this
// action. Each is moved aside (kept, renamed) and replaced by a fresh database, with a
// warning: never a crash, never a wrong resume.
import { closeSync, existsSync, mkdirSync, openSync, readSync, renameSync, statSync } from 'node:fs'
import { dirname } from 'node:path'
import { DB_APPLICATION_ID } from '../constants.js'
import { MIGRATIONS, SCHEMA_VERSION } from './schema.js'
import { errorMessage } from '../log.js'
import type { Db, Driver } from './db.js'

export type { Db } from './db.js'

export interface OpenOptions {
  driver: Driver
  warn: (message: string) => void
  now?: () => Date
}

export interface Quarantine {
  reason: string
  movedTo: string
}

export interface OpenedDb {
  db: Db
  /** Set when the file found was unusable and was moved aside. */
  quarantined?: Quarantine
  /** True when the database was created by this call. */
  created: boolean
}

const SQLITE_HEADER = 'SQLite format 3\0'

/** Why an existing file at `path` cannot be used, or undefined when it is a healthy DB of ours. */
export function inspectDbFile(path: string, driver: Driver): string | undefined {
  const size = statSync(path).size
  if (size === 0) return undefined // an empty file is a new database, not a bad one
  const header = Buffer.alloc(100)
  const fd = openSync(path, 'r')
  let read: number
  try {
    read = readSync(fd, header, 0, 100, 0)
  } finally {
    closeSync(fd)
  }
  if (read < 16 || header.toString('latin1', 0, 16) !== SQLITE_HEADER) return 'not a SQLite database'
  if (read < 100) return 'truncated (shorter than the SQLite header)'
  // Page size sits at offset 16 (1 means 65536); a whole database is a whole number of pages.
  const rawPage = header.readUInt16BE(16)
  const pageSize = rawPage === 1 ? 65536 : rawPage
  if (pageSize < 512 || size % pageSize !== 0) return `truncated (${size} bytes is not a whole number of ${pageSize}-byte pages)`

  let db: Db | undefined
  try {
    db = driver.open(path, { fileMustExist: true })
    const check = db.pragma('quick_check', { simple: true })
    if (check !== 'ok') return `corrupt (quick_check: ${String(check)})`
    const appId = Number(db.pragma('application_id', { simple: true }))
    const version = Number(db.pragma('user_version', { simple: true }))
    const tables = Number(db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table'").pluck().get())
    if (appId !== DB_APPLICATION_ID && !(appId === 0 && version === 0 && tables === 0)) {
      return `not an agent-resume database (application_id ${appId})`
    }
    if (version > SCHEMA_VERSION) {
      return `written by a newer version of this action (schema ${version}, this version reads up to ${SCHEMA_VERSION})`
    }
    return undefined
  } catch (error) {
    return `corrupt (${errorMessage(error)})`
  } finally {
    db?.close()
  }
}

/** Moves a bad database and its WAL/SHM companions aside; returns the new main path. */
export function quarantineDbFile(path: string, reason: string, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-')
  const slug =
    reason
      .split(/[^a-z]+/i)
      .filter(Boolean)
      .slice(0, 3)
      .join('-')
      .toLowerCase() || 'bad'
  const movedTo = `${path}.quarantined-${stamp}-${slug}`
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(path + suffix)) renameSync(path + suffix, movedTo + suffix)
  }
  return movedTo
}

function configure(db: Db): void {
  db.pragma('journal_mode = WAL')
  db.pragma('busy_timeout = 5000')
  db.pragma('foreign_keys = ON')
  // WAL + NORMAL survives a killed process (only power loss can drop the last commits).
  db.pragma('synchronous = NORMAL')
}

/** Applies every migration above the file's version, each in its own transaction. */
export function migrate(db: Db): void {
  const from = Number(db.pragma('user_version', { simple: true }))
  for (let version = from; version < SCHEMA_VERSION; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version]!)
      db.pragma(`application_id = ${DB_APPLICATION_ID}`)
      db.pragma(`user_version = ${version + 1}`)
    })()
  }
}

export function openSessionDb(path: string, options: OpenOptions): OpenedDb {
  const now = options.now ?? (() => new Date())
  mkdirSync(dirname(path), { recursive: true })
  let quarantined: Quarantine | undefined
  const existed = existsSync(path) && statSync(path).size > 0
  if (existed) {
    const problem = inspectDbFile(path, options.driver)
    if (problem) {
      const movedTo = quarantineDbFile(path, problem, now())
      quarantined = { reason: problem, movedTo }
      options.warn(
        `The session database at ${path} is unusable: ${problem}. It was moved to ${movedTo} and a fresh ` +
          'database was created; this attempt starts a new session.',
      )
    }
  }
  const db = options.driver.open(path)
  configure(db)
  migrate(db)
  return { db, created: !existed || quarantined !== undefined, ...(quarantined ? { quarantined } : {}) }
}
