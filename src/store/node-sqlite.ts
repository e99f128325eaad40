// The node:sqlite driver: Node's built-in SQLite (DatabaseSync, unflagged since Node 22.13; hosted
// runners run this action on Node 24, docs/design.md §2) behind the store's port. What differs from
// better-sqlite3 is bridged here: no pragma() or transaction() helpers (PRAGMA statements, and
// BEGIN IMMEDIATE / SAVEPOINT by hand), no pluck() (arrays, first column), BLOBs read back as
// Uint8Array (made Buffers), integers past 2^53 refused (read as BigInt and made numbers, rounded
// as better-sqlite3 rounds them), no busy timeout, and no fileMustExist. The module is taken from
// the runtime only when chosen (process.getBuiltinModule, synchronous like the rest of the store),
// so Node 20 never asks for it and the bundle has no import of it for esbuild to resolve.
import { existsSync } from 'node:fs'
import type { Db, Driver, RunResult, Statement } from './db.js'

/** The part of node:sqlite's API used here (@types/node for Node 20 does not describe it). */
interface StatementSync {
  run(...params: unknown[]): RunResult
  get(...params: unknown[]): unknown
  all(...params: unknown[]): unknown[]
  iterate(...params: unknown[]): IterableIterator<unknown>
  setReadBigInts(enabled: boolean): void
  /** Node 22.16 / 24.0 and later. */
  setReturnArrays?(enabled: boolean): void
}
interface DatabaseSync {
  prepare(sql: string): StatementSync
  exec(sql: string): void
  close(): void
}
interface NodeSqlite {
  DatabaseSync: new (path: string) => DatabaseSync
}

/**
 * A value as better-sqlite3 hands it out: a BLOB (a Uint8Array here) as a Buffer, an integer (a
 * BigInt here, so one past 2^53 in a file from the cache is read, not refused) as a number.
 */
function fromSqlite(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value)
  return value instanceof Uint8Array && !Buffer.isBuffer(value) ? Buffer.from(value.buffer, value.byteOffset, value.byteLength) : value
}

function fromRow(row: unknown): unknown {
  if (typeof row !== 'object' || row === null) return row
  const r = row as Record<string, unknown>
  for (const key in r) {
    const value = r[key]
    if (typeof value === 'bigint' || value instanceof Uint8Array) r[key] = fromSqlite(value)
  }
  return r
}

/** A row's first column, in column order. */
function firstColumn(row: unknown): unknown {
  if (Array.isArray(row)) return fromSqlite(row[0])
  if (typeof row !== 'object' || row === null) return row
  // Rows keep their columns' order (a column named like an integer would come first; pluck is
  // only used on one-column queries).
  return fromSqlite(Object.values(row)[0])
}

class NodeSqliteStatement implements Statement {
  private plucked = false

  constructor(private readonly s: StatementSync) {
    s.setReadBigInts(true)
  }

  run(...params: unknown[]): RunResult {
    const { changes, lastInsertRowid } = this.s.run(...params)
    return { changes: Number(changes), lastInsertRowid: Number(lastInsertRowid) }
  }

  get(...params: unknown[]): unknown {
    const row = this.s.get(...params)
    return row === undefined ? undefined : this.plucked ? firstColumn(row) : fromRow(row)
  }

  all(...params: unknown[]): unknown[] {
    return this.s.all(...params).map((row) => (this.plucked ? firstColumn(row) : fromRow(row)))
  }

  *iterate(...params: unknown[]): IterableIterator<unknown> {
    for (const row of this.s.iterate(...params)) yield this.plucked ? firstColumn(row) : fromRow(row)
  }

  pluck(): Statement {
    this.plucked = true
    this.s.setReturnArrays?.(true)
    return this
  }
}

class NodeSqliteDb implements Db {
  /** Transactions open on this connection: 1 is BEGIN … COMMIT, more are savepoints inside it. */
  private depth = 0
  /** Kept here: DatabaseSync.isOpen is Node 22.15 and later. */
  private closed = false

  constructor(private readonly db: DatabaseSync) {
    // better-sqlite3 waits up to 5 s for a lock by default; node:sqlite does not wait.
    try {
      db.exec('PRAGMA busy_timeout = 5000')
    } catch (error) {
      db.close()
      throw error
    }
  }

  get open(): boolean {
    return !this.closed
  }

  prepare(sql: string): Statement {
    return new NodeSqliteStatement(this.db.prepare(sql))
  }

  exec(sql: string): void {
    this.db.exec(sql)
  }

  pragma(source: string, options: { simple?: boolean } = {}): unknown {
    const statement = this.prepare(`PRAGMA ${source}`)
    return options.simple ? statement.pluck().get() : statement.all()
  }

  transaction<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
    return (...args: A): R => {
      const savepoint = this.depth === 0 ? undefined : `agent_resume_${this.depth}`
      this.db.exec(savepoint ? `SAVEPOINT ${savepoint}` : 'BEGIN IMMEDIATE')
      this.depth++
      try {
        const result = fn(...args)
        this.db.exec(savepoint ? `RELEASE ${savepoint}` : 'COMMIT')
        return result
      } catch (error) {
        try {
          this.db.exec(savepoint ? `ROLLBACK TO ${savepoint}; RELEASE ${savepoint}` : 'ROLLBACK')
        } catch {
          // SQLite already rolled the transaction back itself (a full disk, an I/O error, a busy
          // COMMIT): the error that caused it is the one to report.
        }
        throw error
      } finally {
        this.depth--
      }
    }
  }

  close(): void {
    this.db.close()
    this.closed = true
  }
}

/** node:sqlite when this runtime has it unflagged (Node 22.13 or later), else undefined. */
export function loadNodeSqlite(nodeVersion = process.versions.node): NodeSqlite | undefined {
  const [major = 0, minor = 0] = nodeVersion.split('.').map(Number)
  if (major < 22 || (major === 22 && minor < 13)) return undefined
  return process.getBuiltinModule?.('node:sqlite') as NodeSqlite | undefined
}

export function nodeSqliteDriver(sqlite: NodeSqlite): Driver {
  const probe = new sqlite.DatabaseSync(':memory:')
  let version: string
  try {
    version = String(new NodeSqliteStatement(probe.prepare('SELECT sqlite_version()')).pluck().get())
  } finally {
    probe.close()
  }
  return {
    name: 'node:sqlite',
    version: process.versions.node,
    sqlite: version,
    open: (path, options = {}) => {
      if (options.fileMustExist && !existsSync(path)) throw new Error(`unable to open database file: ${path} does not exist`)
      return new NodeSqliteDb(new sqlite.DatabaseSync(path))
    },
  }
}
