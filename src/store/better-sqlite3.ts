// The better-sqlite3 driver: the port is better-sqlite3's own API, so this only loads the native
// binary chosen for the runtime (`nativeBinding`, docs/design.md §2) and makes every transaction
// BEGIN IMMEDIATE, as the node:sqlite driver's are.
import Database from 'better-sqlite3'
import type { Db, Driver, Statement } from './db.js'

/** The version package.json pins (test/store-driver.test.ts compares), for the log. */
export const BETTER_SQLITE3_VERSION = '12.11.1'

class BetterSqliteDb implements Db {
  constructor(private readonly db: Database.Database) {}

  get open(): boolean {
    return this.db.open
  }

  prepare(sql: string): Statement {
    return this.db.prepare(sql)
  }

  exec(sql: string): void {
    this.db.exec(sql)
  }

  pragma(source: string, options?: { simple?: boolean }): unknown {
    return this.db.pragma(source, options)
  }

  transaction<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
    const t = this.db.transaction(fn)
    return (...args: A) => t.immediate(...args)
  }

  close(): void {
    this.db.close()
  }
}

/**
 * The driver for the binary at `nativeBinding`, after loading it (a binary that matches the
 * platform, arch and ABI can still fail to load, e.g. on an older C library): throws then.
 */
export function betterSqlite3Driver(nativeBinding: string): Driver {
  const probe = new Database(':memory:', { nativeBinding })
  let sqlite: string
  try {
    sqlite = String(probe.prepare('SELECT sqlite_version()').pluck().get())
  } finally {
    probe.close()
  }
  return {
    name: 'better-sqlite3',
    version: BETTER_SQLITE3_VERSION,
    sqlite,
    open: (path, options = {}) => new BetterSqliteDb(new Database(path, { nativeBinding, fileMustExist: options.fileMustExist === true })),
  }
}
