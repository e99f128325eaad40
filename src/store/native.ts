// Chooses the better-sqlite3 binary for this runtime (src/store/driver.ts falls back to node:sqlite
// where there is none). Native addons are per ABI
// (docs/design.md §2): hosted runners run node20 actions on Node 24 now, so dist/native ships one
// binary per supported ABI and the right one is loaded with `nativeBinding`.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'

export interface Runtime {
  /** process.versions.modules: the NODE_MODULE_VERSION (ABI). */
  abi: string
  platform: string
  arch: string
  nodeVersion: string
}

export const SUPPORTED_BINARIES: ReadonlyArray<{ platform: string; arch: string; abi: string; node: string }> = [
  { platform: 'linux', arch: 'x64', abi: '115', node: 'Node 20' },
  { platform: 'linux', arch: 'x64', abi: '137', node: 'Node 24' },
  { platform: 'linux', arch: 'arm64', abi: '115', node: 'Node 20' },
  { platform: 'linux', arch: 'arm64', abi: '137', node: 'Node 24' },
]

export function currentRuntime(): Runtime {
  return {
    abi: process.versions.modules,
    platform: process.platform,
    arch: process.arch,
    nodeVersion: process.version,
  }
}

export function binaryFileName(platform: string, arch: string, abi: string): string {
  return `better_sqlite3-${platform}-${arch}-abi${abi}.node`
}

export class UnsupportedRuntimeError extends Error {
  override name = 'UnsupportedRuntimeError'
}

/**
 * The binary for `runtime` inside `nativeDir`, or an error naming the runtime found and what
 * is supported (never a cryptic dlopen failure).
 */
export function selectNativeBinding(runtime: Runtime, nativeDir: string, exists = existsSync): string {
  const supported = SUPPORTED_BINARIES.find((b) => b.platform === runtime.platform && b.arch === runtime.arch && b.abi === runtime.abi)
  const list = SUPPORTED_BINARIES.map((b) => `${b.node} (ABI ${b.abi}) on ${b.platform}-${b.arch}`).join(', ')
  if (!supported) {
    throw new UnsupportedRuntimeError(
      `No SQLite binary for Node ${runtime.nodeVersion} (ABI ${runtime.abi}) on ${runtime.platform}-${runtime.arch}. ` +
        `This action ships better-sqlite3 for: ${list}. Use a Linux x64 or arm64 runner (ubuntu-22.04 or later), or Node 22.13 or later (node:sqlite).`,
    )
  }
  const file = join(nativeDir, binaryFileName(runtime.platform, runtime.arch, runtime.abi))
  if (!exists(file)) {
    throw new UnsupportedRuntimeError(
      `The SQLite binary for ${supported.node} (ABI ${runtime.abi}) is missing at ${file}; run 'npm run build:native'.`,
    )
  }
  return file
}

/**
 * dist/native beside the bundle when running from dist/; from the sources (tests) the
 * committed dist/native of the repository.
 */
export function defaultNativeDir(): string {
  const candidates = [new URL('./native/', import.meta.url), new URL('../../dist/native/', import.meta.url)]
  const found = candidates.find((u) => existsSync(u))
  return fileURLToPath(found ?? candidates[0]!)
}
