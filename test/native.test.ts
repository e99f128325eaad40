import { execFileSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { binaryFileName, selectNativeBinding, SUPPORTED_BINARIES, UnsupportedRuntimeError } from '../src/store/native.js'
import { ROOT, RUNTIMES } from './support/action-harness.mjs'

const nativeDir = join(ROOT, 'dist', 'native')

describe('native SQLite binary selection', () => {
  it('picks the binary for each supported ABI', () => {
    for (const abi of ['115', '137']) {
      const file = selectNativeBinding({ abi, platform: 'linux', arch: 'x64', nodeVersion: 'v' }, nativeDir)
      expect(file).toBe(join(nativeDir, binaryFileName('linux', 'x64', abi)))
    }
  })

  it.each([
    [{ abi: '127', platform: 'linux', arch: 'x64', nodeVersion: 'v22.1.0' }, 'No SQLite binary for Node v22.1.0 (ABI 127) on linux-x64'],
    [{ abi: '137', platform: 'darwin', arch: 'arm64', nodeVersion: 'v24.19.0' }, 'on darwin-arm64'],
  ])('names the runtime and what is supported: %o', (runtime, expected) => {
    const attempt = () => selectNativeBinding(runtime, nativeDir)
    expect(attempt).toThrow(UnsupportedRuntimeError)
    expect(attempt).toThrow(expected)
    expect(attempt).toThrow('Node 20 (ABI 115) on linux-x64, Node 24 (ABI 137) on linux-x64')
  })

  it('says how to rebuild when a supported binary is missing', () => {
    expect(() => selectNativeBinding({ abi: '115', platform: 'linux', arch: 'x64', nodeVersion: 'v20' }, '/nonexistent')).toThrow(
      "run 'npm run build:native'",
    )
  })
})

describe('shipped binaries', () => {
  it('ships exactly the supported binaries', () => {
    expect(readdirSync(nativeDir).sort()).toEqual(SUPPORTED_BINARIES.map((b) => binaryFileName(b.platform, b.arch, b.abi)).sort())
  })

  it.each(SUPPORTED_BINARIES.map((b) => binaryFileName(b.platform, b.arch, b.abi)))(
    '%s needs no newer than GLIBC_2.35 (ubuntu-22.04)',
    (file) => {
      const symbols = execFileSync('objdump', ['-T', join(nativeDir, file)], { encoding: 'utf8' })
      const versions = [...symbols.matchAll(/\bGLIBC_(\d+)\.(\d+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const)
      expect(versions.length).toBeGreaterThan(0)
      for (const [major, minor] of versions) expect(major * 1000 + minor, `GLIBC_${major}.${minor}`).toBeLessThanOrEqual(2035)
      const cxx = [...symbols.matchAll(/\bGLIBCXX_3\.4\.(\d+)/g)].map((m) => Number(m[1]))
      // ubuntu-22.04 ships libstdc++ up to GLIBCXX_3.4.30.
      for (const v of cxx) expect(v, `GLIBCXX_3.4.${v}`).toBeLessThanOrEqual(30)
    },
  )

  it.each(RUNTIMES)('the binary chosen at run time loads under $label', ({ node }) => {
    const script = `
      const { createRequire } = require('node:module');
      const D = require(${JSON.stringify(join(ROOT, 'node_modules', 'better-sqlite3'))});
      const abi = process.versions.modules;
      const db = new D(':memory:', { nativeBinding: ${JSON.stringify(nativeDir)} + '/better_sqlite3-linux-x64-abi' + abi + '.node' });
      process.stdout.write(abi + ' ' + db.prepare('select sqlite_version() v').get().v);`
    const out = execFileSync(node, ['-e', script], { encoding: 'utf8' })
    expect(out).toMatch(/^(115|137) 3\.\d+\.\d+$/)
  })
  it.each(RUNTIMES)('a garbage-collected statement does not abort the process under $label', ({ node }) => {
    // Node 24.19's ObjectWrap header made GC of any better-sqlite3 object abort the process;
    // build-native.mjs compiles against headers without that hook (see the comment there).
    const script = `
      const D = require(${JSON.stringify(join(ROOT, 'node_modules', 'better-sqlite3'))});
      const db = new D(':memory:', { nativeBinding: ${JSON.stringify(nativeDir)} + '/better_sqlite3-linux-x64-abi' + process.versions.modules + '.node' });
      db.exec('create table t (x)');
      for (let i = 0; i < 2000; i++) db.prepare('insert into t values (?)').run(i);
      globalThis.gc();
      new D(':memory:', { nativeBinding: ${JSON.stringify(nativeDir)} + '/better_sqlite3-linux-x64-abi' + process.versions.modules + '.node' }).close();
      globalThis.gc();
      process.stdout.write(String(db.prepare('select count(*) n from t').get().n));`
    expect(execFileSync(node, ['--expose-gc', '-e', script], { encoding: 'utf8' })).toBe('2000')
  })
})
