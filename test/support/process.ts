// Small process helpers shared by tests that spawn scripts or watch processes die.
import { spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { ROOT } from './action-harness.mjs'

/** Runs a node script to the end (async: a long spawnSync would stall the test worker). */
export function runNode(
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
  timeoutMs = 110_000,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c))
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c))
    // SIGINT: the scripts stop their servers and running stages on it.
    const timer = setTimeout(() => child.kill('SIGINT'), timeoutMs)
    child.on('error', reject)
    child.on('close', (status) => {
      clearTimeout(timer)
      resolve({ status, stdout, stderr })
    })
  })
}

/** Polls `check` until it holds, or throws after `ms`. */
export async function until(check: () => boolean, ms: number, what = 'a condition'): Promise<void> {
  const stop = Date.now() + ms
  while (!check()) {
    if (Date.now() > stop) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 25))
  }
}

/** Whether `pid` is a live process (a zombie counts as dead). */
export function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return !stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z')
  } catch {
    return false
  }
}

/**
 * Whether a live process's command line contains `marker`. Pids are no use for the agent's
 * commands: in the sandbox they run in their own PID namespace (docs/design.md §11).
 */
export function aliveWith(marker: string): boolean {
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(marker) && alive(Number(pid))) return true
    } catch {
      // gone meanwhile
    }
  }
  return false
}
