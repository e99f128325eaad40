// The path inputs checked on disk (src/input-paths.ts), on real directories, links and SQLite
// files: each refusal is one line naming the input, and a file that is not ours is left as it is.
// The `network` input is checked by the schema; its cases are here too.
import { chmodSync, copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkInputPaths, notOurDatabase } from '../src/input-paths.js'
import { InputError, readSettings } from '../src/inputs.js'
import { readRunContext } from '../src/run-context.js'
import { openStore } from '../src/store/index.js'
import { processDriver } from '../src/store/driver.js'
import { inputDefaults } from './support/action-harness.mjs'
import { tempDir } from './support/temp.js'

const dir = tempDir('ar-input-paths-')
let n = 0

/** A runner: GITHUB_WORKSPACE (with a sub-directory) and RUNNER_TEMP side by side. */
function runner() {
  const root = join(dir, `r${++n}`)
  const env = {
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_RUN_ID: '1',
    GITHUB_JOB: 'agent',
    GITHUB_WORKSPACE: join(root, 'ws'),
    RUNNER_TEMP: join(root, 'temp'),
  }
  mkdirSync(join(env.GITHUB_WORKSPACE, 'packages', 'api'), { recursive: true })
  mkdirSync(env.RUNNER_TEMP, { recursive: true })
  return { root, env }
}

/** The error checkInputPaths throws for these inputs, or '' when they pass. */
function check(r: ReturnType<typeof runner>, inputs: Record<string, string>): string {
  const values = { ...inputDefaults({ 'github.token': '' }), ...inputs }
  const settings = readSettings((name) => values[name] ?? '')
  try {
    checkInputPaths(settings, readRunContext(settings, r.env), r.env)
    return ''
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return (error as Error).message
  }
}

describe("'working-directory'", () => {
  it('takes the workspace and directories inside it', () => {
    const r = runner()
    expect(check(r, { 'working-directory': '.' })).toBe('')
    expect(check(r, { 'working-directory': 'packages/api' })).toBe('')
    expect(check(r, { 'working-directory': 'packages/../packages/api/' })).toBe('')
  })

  it('refuses a directory outside the workspace, one that is missing, and a file', () => {
    const r = runner()
    mkdirSync(join(r.root, 'outside'))
    writeFileSync(join(r.env.GITHUB_WORKSPACE, 'file.txt'), 'x')
    const ws = r.env.GITHUB_WORKSPACE
    expect(check(r, { 'working-directory': '../outside' })).toBe(
      `Input 'working-directory' is invalid: expected an existing directory inside GITHUB_WORKSPACE (${ws}), but ${join(r.root, 'outside')} is outside it; got "../outside".`,
    )
    expect(check(r, { 'working-directory': 'nope' })).toBe(
      `Input 'working-directory' is invalid: expected an existing directory inside GITHUB_WORKSPACE (${ws}), but ${join(ws, 'nope')} does not exist; got "nope".`,
    )
    expect(check(r, { 'working-directory': 'file.txt' })).toMatch(
      /^Input 'working-directory' is invalid: .* is not a directory; got "file.txt"\.$/,
    )
    expect(check(r, { 'working-directory': '/' })).toMatch(/^Input 'working-directory' is invalid: .*, but \/ is outside it/)
  })

  it('refuses a link inside the workspace that leads out of it', () => {
    const r = runner()
    mkdirSync(join(r.root, 'secret'))
    symlinkSync(join(r.root, 'secret'), join(r.env.GITHUB_WORKSPACE, 'escape'))
    symlinkSync(join(r.env.GITHUB_WORKSPACE, 'packages'), join(r.env.GITHUB_WORKSPACE, 'pk'))
    expect(check(r, { 'working-directory': 'escape' })).toContain(`is a link to ${join(r.root, 'secret')}, outside it; got "escape".`)
    expect(check(r, { 'working-directory': 'pk/api' })).toBe('')
  })
})

describe("'db-path'", () => {
  it('takes the default, a new file outside the workspace, and an empty file', () => {
    const r = runner()
    expect(check(r, {})).toBe('')
    expect(check(r, { 'db-path': join(r.root, 'state', 'deep', 'session.db') })).toBe('')
    writeFileSync(join(r.root, 'empty.db'), '')
    expect(check(r, { 'db-path': join(r.root, 'empty.db') })).toBe('')
  })

  it('refuses a path inside the workspace, also through a link or a relative path', () => {
    const r = runner()
    const ws = r.env.GITHUB_WORKSPACE
    expect(check(r, { 'db-path': '.agent/session.db' })).toBe(
      `Input 'db-path' is invalid: expected a path outside GITHUB_WORKSPACE (${ws}), where the agent's tools cannot reach the database, but ${join(ws, '.agent', 'session.db')} is inside it; got ".agent/session.db".`,
    )
    symlinkSync(join(ws, 'packages'), join(r.root, 'link'))
    expect(check(r, { 'db-path': join(r.root, 'link', 'session.db') })).toContain(
      `leads to ${join(ws, 'packages', 'session.db')}, inside it`,
    )
    expect(check(r, { 'db-path': join(r.root, 'link', 'api', '..', 'session.db') })).toContain('inside it')
  })

  it('refuses a directory, a missing link target, a parent that is a file, and a device', () => {
    const r = runner()
    mkdirSync(join(r.root, 'adir'))
    expect(check(r, { 'db-path': join(r.root, 'adir') })).toBe(
      `Input 'db-path' is invalid: expected a file, but ${join(r.root, 'adir')} is a directory; got "${join(r.root, 'adir')}".`,
    )
    symlinkSync(join(r.root, 'missing'), join(r.root, 'dangling.db'))
    expect(check(r, { 'db-path': join(r.root, 'dangling.db') })).toContain('is a symbolic link to nothing')
    writeFileSync(join(r.root, 'plain'), 'x')
    expect(check(r, { 'db-path': join(r.root, 'plain', 'sub', 'session.db') })).toContain(
      `expected a file whose directory can be created, but ${join(r.root, 'plain')} is not a directory`,
    )
    expect(check(r, { 'db-path': '/dev/null' })).toContain('expected a regular file, but /dev/null is not one')
  })

  it.skipIf(process.getuid?.() === 0)('refuses a directory it cannot write to', () => {
    const r = runner()
    mkdirSync(join(r.root, 'ro'))
    chmodSync(join(r.root, 'ro'), 0o555)
    expect(check(r, { 'db-path': join(r.root, 'ro', 'sub', 'session.db') })).toContain(`but ${join(r.root, 'ro')} is not writable`)
    chmodSync(join(r.root, 'ro'), 0o755)
  })

  it('refuses an existing file that is not a database of this action, and leaves it as it is', () => {
    const r = runner()
    const text = join(r.root, '.bashrc')
    writeFileSync(text, 'export PATH=$HOME/bin:$PATH\n')
    expect(check(r, { 'db-path': text })).toBe(
      `Input 'db-path' is invalid: expected a new file or a database of this action, but ${text} is not a SQLite database; it is left as it is; got "${text}".`,
    )
    const foreign = join(r.root, 'other.db')
    const db = processDriver().open(foreign)
    db.exec('CREATE TABLE t (x)')
    db.close()
    expect(check(r, { 'db-path': foreign })).toContain(`but ${foreign} is a SQLite database of another application (application_id 0)`)
    const tagged = processDriver().open(foreign)
    tagged.pragma('application_id = 1234')
    tagged.close()
    expect(check(r, { 'db-path': foreign })).toContain('(application_id 1234)')
    expect(readFileSync(text, 'utf8')).toBe('export PATH=$HOME/bin:$PATH\n')
  })

  it('names the default path when the default is refused', () => {
    const r = runner()
    const dbPath = join(r.env.RUNNER_TEMP, 'agent-resume', 'agent', 'session.db')
    mkdirSync(dbPath, { recursive: true })
    expect(check(r, {})).toBe(`Input 'db-path' is invalid: expected a file, but ${dbPath} is a directory; got "" (the default, ${dbPath}).`)
  })

  it('names both inputs at once', () => {
    const r = runner()
    const message = check(r, { 'working-directory': 'nope', 'db-path': 'in-ws.db' })
    expect(message.split('\n').map((l) => l.slice(0, 26))).toEqual(["Input 'working-directory' ", "Input 'db-path' is invalid"])
  })
})

describe('which existing files are ours', () => {
  it('a database of ours, healthy or damaged, and ours before its first checkpoint (all in the WAL)', () => {
    const r = runner()
    const path = join(r.root, 'ours.db')
    const { store } = openStore(path, { warn: () => {} })
    store.createSession({ runId: '1', sessionKey: 'agent' })
    // Still open: the header says nothing yet, the WAL holds the tables and our id.
    const header = readFileSync(path)
    expect(header.readUInt32BE(68)).toBe(0)
    expect(notOurDatabase(path)).toBeUndefined()
    expect(check(r, { 'db-path': path })).toBe('')
    store.close()
    expect(readFileSync(path).readUInt32BE(68)).not.toBe(0)
    expect(notOurDatabase(path)).toBeUndefined()
    // Damaged past the header: ours, so the store may quarantine it as before.
    const damaged = join(r.root, 'damaged.db')
    copyFileSync(path, damaged)
    const bytes = readFileSync(damaged)
    bytes.fill(0xa5, 4096, 4096 + 64)
    writeFileSync(damaged, bytes)
    expect(check(r, { 'db-path': damaged })).toBe('')
  })

  it("another application's database before its first checkpoint is not ours", () => {
    const r = runner()
    const path = join(r.root, 'theirs.db')
    const db = processDriver().open(path)
    db.pragma('journal_mode = WAL')
    db.exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('keep me')")
    expect(readFileSync(path).readUInt32BE(40)).toBe(0) // no schema in the main file yet
    expect(notOurDatabase(path)).toBe('a SQLite database of another application (application_id 0)')
    db.close()
  })

  it('a file cut inside the SQLite header is not ours', () => {
    const r = runner()
    const path = join(r.root, 'short.db')
    writeFileSync(path, 'SQLite format 3\0abc')
    expect(notOurDatabase(path)).toBe('not a database of this action (shorter than a SQLite header)')
  })
})

describe("'network' (checked by the schema)", () => {
  const settingsWith = (network: string) => {
    const values: Record<string, string> = { ...inputDefaults({ 'github.token': '' }), network }
    return readSettings((name) => values[name] ?? '')
  }

  it("is 'on' by default and reads 'on' or 'off' in any case", () => {
    expect(readSettings((name) => inputDefaults({ 'github.token': '' })[name] ?? '').network).toBe('on')
    expect(settingsWith('OFF').network).toBe('off')
    expect(settingsWith(' on ').network).toBe('on')
  })

  it('refuses anything else, naming the input', () => {
    expect(() => settingsWith('false')).toThrow(`Input 'network' is invalid: expected 'on' or 'off'; got "false".`)
  })
})
