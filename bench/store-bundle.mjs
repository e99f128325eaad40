// The session store from src/, bundled on the fly (esbuild, the same settings as dist/) so the
// bench can call SessionStore and findResumableSession in-process from plain node.
import { build } from 'esbuild'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { ROOT } from '../test/support/action-harness.mjs'

/** @returns {Promise<{ openStore: Function, findResumableSession: Function, nativeDir: string, path: string, dispose: () => void }>} */
export async function loadStore() {
  const dir = mkdtempSync(join(tmpdir(), 'ar-bench-store-'))
  const outfile = join(dir, 'store.mjs')
  await build({
    absWorkingDir: ROOT,
    stdin: {
      contents: "export { openStore } from './src/store/index.ts'\nexport { findResumableSession } from './src/session/lookup.ts'\n",
      resolveDir: ROOT,
      loader: 'ts',
    },
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
    banner: { js: "import { createRequire as __arCreateRequire } from 'node:module'; const require = __arCreateRequire(import.meta.url);" },
  })
  const mod = await import(pathToFileURL(outfile).href)
  return { ...mod, nativeDir: join(ROOT, 'dist', 'native'), path: outfile, dispose: () => rmSync(dir, { recursive: true, force: true }) }
}
