// Bundles src/main.ts and src/post.ts into dist/ (ESM, Node 20 target). Shared code lands in
// chunks so the post step loads only what it needs. `node scripts/build.mjs <outdir>` builds
// elsewhere; test/dist.test.ts uses that to prove the committed dist/ is a fresh build.
import { build } from 'esbuild'
import { mkdirSync, readdirSync, rmSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const outdir = resolve(process.argv[2] ?? join(root, 'dist'))

mkdirSync(outdir, { recursive: true })
const result = await build({
  absWorkingDir: root,
  entryPoints: { main: 'src/main.ts', post: 'src/post.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks-[hash]',
  minify: false,
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
  // Bundled CommonJS dependencies call require(); ESM has none, so provide one.
  banner: {
    js: "import { createRequire as __arCreateRequire } from 'node:module'; const require = __arCreateRequire(import.meta.url);",
  },
})

// Only now remove bundles of earlier builds (keeping dist/native, built by build:native), so
// an action started while this runs never finds its entry file missing.
const written = new Set(Object.keys(result.metafile.outputs).map((p) => basename(p)))
for (const name of readdirSync(outdir)) {
  if ((name.endsWith('.js') || name.endsWith('.js.map')) && !written.has(name)) rmSync(join(outdir, name))
}
