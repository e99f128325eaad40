// Builds the sandbox helper shipped in dist/sandbox (src/agent/sandbox/agent-sandbox.c,
// docs/design.md §11): one static binary per Linux arch, so it runs on any distribution and libc
// (glibc or musl images on self-hosted runners) and needs nothing installed. Reproducible: no
// build id, no build path in the binary; test/sandbox-helper.test.ts rebuilds it and compares.
import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const source = 'src/agent/sandbox/agent-sandbox.c'

/** Compiler per target arch (Node's names); the host's gcc for its own arch. */
export const TARGETS = { x64: 'gcc' }

/** Compiles the helper for `arch` into `outFile`. */
export function buildSandbox(arch, outFile) {
  const cc = TARGETS[arch]
  if (!cc) throw new Error(`no compiler configured for linux-${arch}`)
  mkdirSync(dirname(outFile), { recursive: true })
  const flags = ['-std=gnu11', '-Os', '-s', '-static', '-Wall', '-Wextra', '-Werror', `-ffile-prefix-map=${root}=.`, '-Wl,--build-id=none']
  execFileSync(cc, [...flags, '-o', outFile, source], { cwd: root, stdio: 'inherit' })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.platform !== 'linux' || process.arch !== 'x64') throw new Error('build-sandbox runs on linux-x64')
  const arches = process.argv.slice(2).length > 0 ? process.argv.slice(2) : Object.keys(TARGETS)
  for (const arch of arches) {
    const out = join(root, 'dist', 'sandbox', `agent-sandbox-linux-${arch}`)
    buildSandbox(arch, out)
    console.log(`built ${out}`)
  }
}
