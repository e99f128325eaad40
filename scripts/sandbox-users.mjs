// What the sandbox tests need on a Linux machine where they run as root (as CI does here): the
// `sudo` package (Debian's) and two users that stand for self-hosted and hosted runners' users —
// `ar-runner`, with passwordless sudo like GitHub's `runner`, and `ar-nosudo`, without it. The
// tests call ensureSandboxUsers(); `node scripts/sandbox-users.mjs` does the same by hand.
// Idempotent. Returns why not, instead of throwing, where it cannot (not root, not Linux, no apt).
import { execFileSync } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const WITH_SUDO = 'ar-runner'
export const WITHOUT_SUDO = 'ar-nosudo'

function sh(file, args) {
  return execFileSync(file, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim()
}

function userIds(name) {
  try {
    return { uid: Number(sh('id', ['-u', name])), gid: Number(sh('id', ['-g', name])) }
  } catch {
    return undefined
  }
}

/**
 * @returns {{ ok: true, users: Record<string, { uid: number, gid: number }> } | { ok: false, reason: string }}
 */
export function ensureSandboxUsers() {
  if (process.platform !== 'linux') return { ok: false, reason: `the sandbox is Linux-only (this is ${process.platform})` }
  if (process.getuid?.() !== 0) return { ok: false, reason: 'creating test users needs root' }
  try {
    if (!existsSync('/usr/bin/sudo')) {
      if (!existsSync('/usr/bin/apt-get')) return { ok: false, reason: 'sudo is missing and apt-get is not available to install it' }
      const apt = (args) => execFileSync('apt-get', args, { stdio: 'pipe', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
      try {
        apt(['install', '-y', '--no-install-recommends', 'sudo'])
      } catch {
        apt(['update']) // a fresh machine may have no package lists yet
        apt(['install', '-y', '--no-install-recommends', 'sudo'])
      }
    }
    for (const name of [WITH_SUDO, WITHOUT_SUDO]) {
      if (!userIds(name)) sh('useradd', ['--create-home', '--shell', '/bin/bash', name])
    }
    writeFileSync(`/etc/sudoers.d/${WITH_SUDO}`, `${WITH_SUDO} ALL=(ALL) NOPASSWD:ALL\n`, { mode: 0o440 })
    return { ok: true, users: { [WITH_SUDO]: userIds(WITH_SUDO), [WITHOUT_SUDO]: userIds(WITHOUT_SUDO) } }
  } catch (error) {
    return { ok: false, reason: `could not prepare the test users: ${error instanceof Error ? error.message : String(error)}` }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = ensureSandboxUsers()
  console.log(result.ok ? `ready: ${JSON.stringify(result.users)}` : `not ready: ${result.reason}`)
  process.exitCode = result.ok ? 0 : 1
}
