import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SCHEMA_VERSION } from '../src/store/schema.js'
import { openStore } from '../src/store/index.js'
import { processDriver } from '../src/store/driver.js'
import { tempDir } from './support/temp.js'

const dir = tempDir('ar-baddb-')
let n = 0

/** A healthy database of ours with one session and a few messages. */
function goodDb(): string {
  const path = join(dir, `good${++n}.db`)
  const { store } = openStore(path, { warn: () => {} })
  const { id } = store.createSession({ runId: '5', sessionKey: 'agent' })
  for (let i = 0; i < 200; i++) store.appendMessages(id, 1, i, [{ role: 'user', content: `message ${i} `.repeat(20) }])
  store.checkpoint()
  store.close()
  return path
}

function openBad(path: string) {
  const warnings: string[] = []
  const original = readFileSync(path)
  const opened = openStore(path, { warn: (m) => warnings.push(m) })
  // A fresh, usable store that has no session of the bad file's run.
  expect(opened.created).toBe(true)
  expect(opened.store.sessionsForRun('5', 'agent')).toEqual([])
  opened.store.createSession({ runId: '5', sessionKey: 'agent' })
  opened.store.close()
  expect(warnings).toHaveLength(1)
  // The bad file is kept, renamed, byte for byte.
  const moved = opened.quarantined!.movedTo
  expect(readFileSync(moved).equals(original)).toBe(true)
  expect(warnings[0]).toContain(moved)
  return { warning: warnings[0]!, reason: opened.quarantined!.reason }
}

describe('a bad database from the cache is quarantined and replaced', () => {
  it('not a SQLite file', () => {
    const path = join(dir, 'text.db')
    writeFileSync(path, 'this is a tarball, not a database\n'.repeat(100))
    expect(openBad(path).reason).toBe('not a SQLite database')
  })

  it('truncated', () => {
    const path = goodDb()
    const bytes = readFileSync(path)
    writeFileSync(path, bytes.subarray(0, Math.floor(bytes.length / 2) + 100))
    expect(openBad(path).reason).toMatch(/^truncated/)
  })

  it('corrupt pages (quick_check fails)', () => {
    const path = goodDb()
    const bytes = readFileSync(path)
    const pageSize = bytes.readUInt16BE(16)
    // Scribble over every page after the first: headers and cells become garbage.
    for (let off = pageSize; off < bytes.length; off += pageSize) bytes.fill(0xa5, off, off + 64)
    writeFileSync(path, bytes)
    expect(openBad(path).reason).toMatch(/^corrupt/)
  })

  it('a SQLite database that is not ours', () => {
    const path = join(dir, 'foreign.db')
    const db = processDriver().open(path)
    db.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('hi')")
    db.close()
    expect(openBad(path).reason).toMatch(/^not an agent-resume database/)
  })

  it('a database written by a newer schema version', () => {
    const path = goodDb()
    const db = processDriver().open(path)
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`)
    db.close()
    expect(openBad(path).reason).toMatch(/newer version of this action/)
  })

  it('moves the WAL and SHM companions along with the bad file', () => {
    const path = join(dir, 'walbad.db')
    writeFileSync(path, Buffer.alloc(8192, 1))
    writeFileSync(`${path}-wal`, 'stale wal')
    const warnings: string[] = []
    const opened = openStore(path, { warn: (m) => warnings.push(m) })
    opened.store.close()
    expect(existsSync(`${opened.quarantined!.movedTo}-wal`)).toBe(true)
    expect(readFileSync(`${opened.quarantined!.movedTo}-wal`, 'utf8')).toBe('stale wal')
  })

  it('leaves a healthy database alone, and an empty file counts as new', () => {
    const path = goodDb()
    const copy = join(dir, 'copy.db')
    copyFileSync(path, copy)
    const warnings: string[] = []
    const opened = openStore(copy, { warn: (m) => warnings.push(m) })
    expect(opened.created).toBe(false)
    expect(opened.store.sessionsForRun('5', 'agent')).toHaveLength(1)
    opened.store.close()
    const empty = join(dir, 'empty.db')
    writeFileSync(empty, '')
    const e = openStore(empty, { warn: (m) => warnings.push(m) })
    e.store.close()
    expect(warnings).toEqual([])
    expect(readdirSync(dir).filter((f) => f.startsWith('copy.db.quarantined') || f.startsWith('empty.db.quarantined'))).toEqual([])
    expect(statSync(empty).size).toBeGreaterThan(0)
  })
})
