// The store's port to SQLite: the part of better-sqlite3's API the store uses, which both drivers
// implement (better-sqlite3 where a shipped binary fits the runtime, Node's built-in node:sqlite
// elsewhere; docs/design.md §2). Both hand rows back as objects keyed by column, integers and reals
// as numbers, text as strings and BLOBs as Buffers.

/** What a write reports. */
export interface RunResult {
  changes: number | bigint
  lastInsertRowid: number | bigint
}

/**
 * A prepared statement. Parameters are positional (`?`), or one object whose keys name the
 * `@name` / `:name` / `$name` parameters without their prefix (one prefix per name).
 */
export interface Statement {
  run(...params: unknown[]): RunResult
  /** The first row, or undefined. */
  get(...params: unknown[]): unknown
  all(...params: unknown[]): unknown[]
  iterate(...params: unknown[]): IterableIterator<unknown>
  /** From now on get/all/iterate give each row's first column instead of the row. */
  pluck(): Statement
}

export interface Db {
  /** False once closed. */
  readonly open: boolean
  prepare(sql: string): Statement
  /** Runs one or more statements with no parameters and no result. */
  exec(sql: string): void
  /**
   * Runs `PRAGMA <source>`: every row, or with `simple` the first column of the first row
   * (undefined when there is none).
   */
  pragma(source: string, options?: { simple?: boolean }): unknown
  /**
   * `fn` as a transaction (BEGIN IMMEDIATE … COMMIT, ROLLBACK when it throws); called inside
   * another one it is a savepoint, undone alone when it throws.
   */
  transaction<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R
  close(): void
}

export type DriverName = 'better-sqlite3' | 'node:sqlite'

export interface DriverInfo {
  name: DriverName
  /** The driver's version: better-sqlite3's package version, or Node's for node:sqlite. */
  version: string
  /** The SQLite library's version (sqlite_version()). */
  sqlite: string
}

export interface Driver extends DriverInfo {
  /** `fileMustExist`: fail rather than create the file. */
  open(path: string, options?: { fileMustExist?: boolean }): Db
}

/** One line for the log: "better-sqlite3 12.11.1 (SQLite 3.53.2)", "node:sqlite (Node 24.19.0, SQLite 3.53.3)". */
export function describeDriver(d: DriverInfo): string {
  return d.name === 'node:sqlite' ? `node:sqlite (Node ${d.version}, SQLite ${d.sqlite})` : `${d.name} ${d.version} (SQLite ${d.sqlite})`
}
