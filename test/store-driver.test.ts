// The store's two SQLite drivers (docs/design.md §2): which one is picked for a runtime, the error
// where neither fits, and that both behave the same behind the port. The store's own tests run on
// both: on Node 20 with better-sqlite3, and on Node 24 with node:sqlite (vitest.node-sqlite.config.ts).
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BETTER_SQLITE3_VERSION, betterSqlite3Driver } from '../src/store/better-sqlite3.js'
import { describeDriver, type Driver, type DriverName } from '../src/store/db.js'
import { processDriver, selectDriver, TEST_DRIVER_ENV, type DriverChoice } from '../src/store/driver.js'
import { binaryFileName, currentRuntime, selectNativeBinding, UnsupportedRuntimeError, type Runtime } from '../src/store/native.js'
import { loadNodeSqlite, nodeSqliteDriver } from '../src/store/node-sqlite.js'
import { openSessionDb } from '../src/store/open.js'
import { SessionStore } from '../src/store/session-store.js'
import { ROOT } from './support/action-harness.mjs'
import { tempDir } from './support/temp.js'

const nativeDir = join(ROOT, 'dist', 'native')
const dir = tempDir('ar-driver-')

const fake = (name: DriverName): Driver => ({
  name,
  version: 'test',
  sqlite: '3.0.0',
  open: () => {
    throw new Error('a fake driver opens nothing')
  },
})
const linux24: Runtime = { platform: 'linux', arch: 'x64', abi: '137', nodeVersion: 'v24.19.0' }
const mac20: Runtime = { platform: 'darwin', arch: 'arm64', abi: '115', nodeVersion: 'v20.20.2' }
const mac24: Runtime = { ...mac20, abi: '137', nodeVersion: 'v24.19.0' }

/** selectDriver with fakes: better-sqlite3 loads, node:sqlite exists from 22.13. */
function pick(runtime: Runtime, o: Partial<DriverChoice> = {}): { driver: Driver; loaded: string[] } {
  const loaded: string[] = []
  const driver = selectDriver({
    runtime,
    nativeDir,
    env: {},
    loadBetterSqlite3: (binding) => (loaded.push(binding), fake('better-sqlite3')),
    loadNodeSqlite: (version) => (Number(version.split('.')[0]) >= 23 ? fake('node:sqlite') : undefined),
    ...o,
  })
  return { driver, loaded }
}

describe('picking the driver', () => {
  it('takes better-sqlite3 where a shipped binary matches the platform, arch and ABI', () => {
    const { driver, loaded } = pick(linux24)
    expect(driver.name).toBe('better-sqlite3')
    expect(loaded).toEqual([join(nativeDir, binaryFileName('linux', 'x64', '137'))])
  })

  it('takes node:sqlite where no binary matches, where it is missing, or where it does not load', () => {
    expect(pick(mac24).driver.name).toBe('node:sqlite')
    expect(pick(linux24, { nativeDir: join(dir, 'no-binaries') }).driver.name).toBe('node:sqlite')
    const broken = pick(linux24, {
      loadBetterSqlite3: () => {
        throw new Error('/lib/x86_64-linux-gnu/libc.so.6: version `GLIBC_2.34` not found')
      },
    })
    expect(broken.driver.name).toBe('node:sqlite')
  })

  it('fails where neither fits, naming the runtime and both options', () => {
    const attempt = () => pick(mac20)
    expect(attempt).toThrow(UnsupportedRuntimeError)
    expect(attempt).toThrow('No SQLite binary for Node v20.20.2 (ABI 115) on darwin-arm64, and no node:sqlite')
    expect(attempt).toThrow('better-sqlite3 for: Node 20 (ABI 115) on linux-x64, Node 24 (ABI 137) on linux-x64')
    expect(attempt).toThrow('Node 22.13 or later')
    // A binary that should have been there is named, with the way to rebuild it.
    const missing = () => pick({ ...linux24, abi: '115', nodeVersion: 'v20.20.2' }, { nativeDir: join(dir, 'none') })
    expect(missing).toThrow('is missing at')
    expect(missing).toThrow("run 'npm run build:native'")
  })

  it(`${TEST_DRIVER_ENV} (tests only) forces one driver or fails`, () => {
    expect(pick(linux24, { env: { [TEST_DRIVER_ENV]: 'node:sqlite' } }).driver.name).toBe('node:sqlite')
    expect(pick(linux24, { env: { [TEST_DRIVER_ENV]: 'better-sqlite3' } }).driver.name).toBe('better-sqlite3')
    expect(() => pick(mac24, { env: { [TEST_DRIVER_ENV]: 'better-sqlite3' } })).toThrow(/asks for better-sqlite3, but No SQLite binary/)
    expect(() => pick({ ...linux24, abi: '115', nodeVersion: 'v20.20.2' }, { env: { [TEST_DRIVER_ENV]: 'node-sqlite' } })).toThrow(
      'asks for node:sqlite, which Node 20.20.2 does not have',
    )
    expect(() => pick(linux24, { env: { [TEST_DRIVER_ENV]: 'sqlite3' } })).toThrow(`${TEST_DRIVER_ENV} is 'sqlite3'`)
  })

  it('looks for node:sqlite only from Node 22.13 on', () => {
    expect(loadNodeSqlite('20.20.2')).toBeUndefined()
    expect(loadNodeSqlite('22.12.0')).toBeUndefined()
    const [major = 0, minor = 0] = process.versions.node.split('.').map(Number)
    expect(loadNodeSqlite() !== undefined).toBe(major > 22 || (major === 22 && minor >= 13))
  })

  it('uses the driver this test run asks for, and names it for the log', () => {
    const driver = processDriver()
    const forced = process.env[TEST_DRIVER_ENV]
    expect(driver.name).toBe(forced === undefined ? 'better-sqlite3' : forced.replace('node-sqlite', 'node:sqlite'))
    expect(driver.sqlite).toMatch(/^3\.\d+\.\d+$/)
    expect(describeDriver(driver)).toMatch(/^(better-sqlite3 12\.\d+\.\d+|node:sqlite \(Node \d+\.\d+\.\d+,) .*SQLite 3\.\d+\.\d+\)$/)
    expect(BETTER_SQLITE3_VERSION).toBe(
      (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies[
        'better-sqlite3'
      ],
    )
  })
})

/** Every driver this runtime has: better-sqlite3 always (linux-x64), node:sqlite on Node 22.13 and later. */
const builtIn = loadNodeSqlite()
const drivers: Driver[] = [
  betterSqlite3Driver(selectNativeBinding(currentRuntime(), nativeDir)),
  ...(builtIn ? [nodeSqliteDriver(builtIn)] : []),
]
let n = 0

describe.each(drivers.map((driver) => ({ driver, name: driver.name })))('the port on $name', ({ driver }) => {
  const fresh = () => {
    const db = driver.open(join(dir, `${driver.name.replace(':', '-')}-${++n}.db`))
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT, data BLOB)')
    return db
  }

  it('binds positional and named parameters and reports what a write did', () => {
    const db = fresh()
    expect(db.prepare('INSERT INTO t (body, data) VALUES (?, ?)').run('one', Buffer.from('1'))).toEqual({ changes: 1, lastInsertRowid: 1 })
    const named = { at: 'named', colon: 'named', dollar: 'named' }
    expect(db.prepare('INSERT INTO t (body) VALUES (@at), (:colon), ($dollar)').run(named)).toMatchObject({ changes: 3 })
    expect(db.prepare('SELECT id, body FROM t WHERE body = @body ORDER BY id').all({ body: 'named' })).toEqual([
      { id: 2, body: 'named' },
      { id: 3, body: 'named' },
      { id: 4, body: 'named' },
    ])
    expect(db.prepare('SELECT body FROM t WHERE id = ?').get(99)).toBeUndefined()
    expect([...db.prepare('SELECT id FROM t WHERE id < ? ORDER BY id').iterate(3)]).toEqual([{ id: 1 }, { id: 2 }])
    db.close()
  })

  it('hands BLOBs back as Buffers, rows as objects and plucked columns as values', () => {
    const db = fresh()
    const bytes = Buffer.from([0, 1, 2, 250, 255])
    db.prepare('INSERT INTO t (body, data) VALUES (?, ?)').run('b', bytes)
    const row = db.prepare('SELECT data FROM t').get() as { data: Buffer }
    expect(Buffer.isBuffer(row.data)).toBe(true)
    expect(row.data.equals(bytes)).toBe(true)
    const plucked = db.prepare('SELECT data FROM t').pluck().get()
    expect(Buffer.isBuffer(plucked) && plucked.equals(bytes)).toBe(true)
    expect(db.prepare('SELECT count(*) FROM t').pluck().get()).toBe(1)
    // An integer past 2^53 (a crafted file) is read, rounded, not refused.
    expect(db.prepare('SELECT 9007199254740993 AS big, 1.5 AS real').get()).toEqual({ big: 9007199254740992, real: 1.5 })
    expect(db.prepare('SELECT body FROM t').pluck().all()).toEqual(['b'])
    db.close()
  })

  it('runs pragmas as better-sqlite3 does', () => {
    const db = fresh()
    expect(db.pragma('journal_mode = WAL', { simple: true })).toBe('wal')
    expect(db.pragma('user_version = 7')).toEqual([])
    expect(db.pragma('user_version', { simple: true })).toBe(7)
    expect(db.pragma('quick_check')).toEqual([{ quick_check: 'ok' }])
    expect(db.pragma('wal_checkpoint(TRUNCATE)')).toEqual([{ busy: 0, log: 0, checkpointed: 0 }])
    db.close()
  })

  it('commits a transaction, rolls it back when it throws, and nests as savepoints', () => {
    const db = fresh()
    const insert = db.prepare('INSERT INTO t (body) VALUES (?)')
    const bodies = () => db.prepare('SELECT body FROM t ORDER BY id').pluck().all()
    expect(db.transaction((a: string, b: string) => (insert.run(a), insert.run(b), 'done'))('a', 'b')).toBe('done')
    expect(() =>
      db.transaction(() => {
        insert.run('lost')
        throw new Error('boom')
      })(),
    ).toThrow('boom')
    expect(bodies()).toEqual(['a', 'b'])
    db.transaction(() => {
      insert.run('outer')
      expect(() =>
        db.transaction(() => {
          insert.run('inner')
          throw new Error('inner')
        })(),
      ).toThrow('inner')
      db.transaction(() => insert.run('kept'))()
    })()
    expect(bodies()).toEqual(['a', 'b', 'outer', 'kept'])
    // A failing statement inside ends the transaction cleanly: the connection is usable after.
    expect(() => db.transaction(() => db.exec('INSERT INTO nowhere VALUES (1)'))()).toThrow(/no such table/)
    db.transaction(() => insert.run('after'))()
    expect(bodies()).toEqual(['a', 'b', 'outer', 'kept', 'after'])
    db.close()
  })

  it('opens only an existing file when asked, and says when it is closed', () => {
    const path = join(dir, `${driver.name.replace(':', '-')}-missing.db`)
    expect(() => driver.open(path, { fileMustExist: true })).toThrow()
    expect(existsSync(path)).toBe(false)
    const db = driver.open(path)
    expect(db.open).toBe(true)
    db.close()
    expect(db.open).toBe(false)
    expect(driver.open(path, { fileMustExist: true }).pragma('user_version', { simple: true })).toBe(0)
  })
})

describe.runIf(drivers.length === 2)('one file, both drivers', () => {
  it('a session written through one driver is read back whole through the other', () => {
    for (const [writer, reader] of [drivers, [...drivers].reverse()] as Array<[Driver, Driver]>) {
      const path = join(dir, `cross-${writer.name.replace(':', '-')}.db`)
      const a = new SessionStore(openSessionDb(path, { driver: writer, warn: (m) => expect.fail(m) }).db)
      const { id } = a.createSession({ runId: '9', sessionKey: 'agent' })
      a.appendMessages(id, 1, 1, [{ role: 'user', content: 'hello' }], { tokensIn: 3, tokensOut: 1 })
      a.saveWorkspaceSnapshot(id, { baseCommit: 'abc', attempt: 1, step: 1, snapshot: Buffer.from([1, 2, 3]) })
      a.checkpoint()
      a.close()
      const opened = openSessionDb(path, { driver: reader, warn: (m) => expect.fail(m) })
      expect(opened.created).toBe(false)
      const b = new SessionStore(opened.db)
      expect(b.sessionsForRun('9', 'agent').map((s) => s.id)).toEqual([id])
      expect(b.loadMessages(id)).toEqual([{ role: 'user', content: 'hello' }])
      expect(b.loadWorkspaceSnapshot(id)?.snapshot).toEqual(Buffer.from([1, 2, 3]))
      b.close()
    }
  })
})
