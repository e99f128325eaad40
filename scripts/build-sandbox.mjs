// Builds the sandbox helper shipped in dist/sandbox (src/agent/sandbox/agent-sandbox.c,
// docs/design.md §11): one static binary per Linux arch, so it runs on any distribution and libc
// (glibc or musl images on self-hosted runners) and needs nothing installed: x64 with the host's
// gcc, arm64 with Debian's gcc-aarch64-linux-gnu (scripts/install-arm64-deps.mjs installs it).
// Reproducible: no build id, no build path in the binary; test/sandbox-helper.test.ts rebuilds
// each and compares.
import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureArm64Deps, which } from './install-arm64-deps.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const source = 'src/agent/sandbox/agent-sandbox.c'

/** Compiler per target arch (Node's names); the host's gcc for its own arch, a cross gcc for the others. */
export const TARGETS = { x64: 'gcc', arm64: 'aarch64-linux-gnu-gcc' }

/** Compiles the helper for `arch` into `outFile`. */
export function buildSandbox(arch, outFile) {
  const cc = TARGETS[arch]
  if (!cc) throw new Error(`no compiler configured for linux-${arch}`)
  if (!which(cc)) throw new Error(`${cc} is not installed: run node scripts/install-arm64-deps.mjs (as root)`)
  mkdirSync(dirname(outFile), { recursive: true })
  const flags = ['-std=gnu11', '-Os', '-s', '-static', '-Wall', '-Wextra', '-Werror', `-ffile-prefix-map=${root}=.`, '-Wl,--build-id=none']
  execFileSync(cc, [...flags, '-o', outFile, source], { cwd: root, stdio: 'inherit' })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.platform !== 'linux' || process.arch !== 'x64') throw new Error('build-sandbox runs on linux-x64')
  const arches = process.argv.slice(2).length > 0 ? process.argv.slice(2) : Object.keys(TARGETS)
  if (arches.some((arch) => arch !== 'x64' && !which(TARGETS[arch] ?? ''))) {
    const deps = ensureArm64Deps()
    if (!deps.ok) throw new Error(`the arm64 helper needs gcc-aarch64-linux-gnu: ${deps.reason}`)
  }
  for (const arch of arches) {
    const out = join(root, 'dist', 'sandbox', `agent-sandbox-linux-${arch}`)
    buildSandbox(arch, out)
    console.log(`built ${out}`)
  }
}
