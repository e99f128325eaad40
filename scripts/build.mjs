// Bundles src/main.ts and src/post.ts into dist/ (ESM, Node 20 target), with the third-party
// notices of everything bundled in dist/licenses.txt.
//
//   node scripts/build.mjs [outdir] [--metafile <file>]
//
// Building elsewhere is how test/dist.test.ts proves the committed dist/ is a fresh build;
// --metafile also writes esbuild's metafile (test/notices.test.ts checks the notices with it).
//
// Code splitting: shared code lands in dist/chunks/ so the post step loads only what it needs,
// and each model provider is its own chunk, loaded only when chosen. File names carry no
// content hash (a one-line change must not delete and re-add a 2 MB chunk in review): esbuild
// makes one chunk per set of entry points (main, post and every dynamic import()) whose static
// import closure contains it, so that set, spelled out, names the chunk, e.g.
// chunks/main+post.js (chunks/shared.js is the one that every entry loads). The dynamic entries
// are named after their module, e.g. chunks/anthropic.js.
import { build } from 'esbuild'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { NOTICES_FILE, thirdPartyNotices } from './notices.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
/**
 * A plugin's own (non-file) module path, relative to the repository: esbuild prints it in a
 * comment in the bundle, and an absolute path would make dist/ differ between checkouts.
 */
const fromRoot = (path) => relative(root, path).split(sep).join('/')
const require = createRequire(join(root, 'package.json'))
const CHUNKS = 'chunks'
const ENTRIES = { main: 'src/main.ts', post: 'src/post.ts', 'cache-worker': 'src/cache-worker.ts' }

// ---------- trims: code the action never runs, left out of the bundle without changing behaviour

/**
 * zod 4 bundles error messages in ~50 languages (`z.locales`, ~360 kB) and uses English unless
 * a program calls z.config(z.locales.xx()). Neither src/ nor any bundled package does, so only
 * `en` is kept: zod's locales index (`export { default as xx } from "./xx.js"` for each) is
 * replaced by one that re-exports en.js and, for every other name, a function that throws
 * saying the locale was left out, so such a call fails loudly instead of changing a message.
 * zod's default (classic/schemas.js imports ../locales/en.js directly) is untouched, so every
 * message the action can show reads the same (test/notices.test.ts compares them).
 */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /[\\/]locales[\\/]index\.js$/ }, (args) => {
      const path = resolve(args.resolveDir, args.path)
      if (!path.includes(`${sep}node_modules${sep}zod${sep}`)) return undefined
      return { path: fromRoot(path), namespace: 'zod-english-only' }
    })
    b.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, (args) => {
      const lines = readFileSync(resolve(root, args.path), 'utf8').trim().split('\n')
      const names = lines.map((l) => /^export \{ default as (\w+) \} from "\.\/[\w-]+\.js";$/.exec(l)?.[1])
      if (names.some((n) => n === undefined) || !names.includes('en'))
        throw new Error(`zod-english-only: ${args.path} is no longer a plain list of locales`)
      const omitted = names.filter((n) => n !== 'en').map((n) => `export const ${n} = () => omitted(${JSON.stringify(n)})`)
      return {
        contents: [
          'export { default as en } from "./en.js"',
          'function omitted(name) {',
          "  throw new Error(`zod locale '${name}' is not in this bundle: scripts/build.mjs keeps only 'en'`)",
          '}',
          ...omitted,
          '',
        ].join('\n'),
        resolveDir: dirname(resolve(root, args.path)),
        loader: 'js',
      }
    })
  },
}

/**
 * @ai-sdk/provider-utils imports one thing from zod/v3, the ZodFirstPartyTypeKind name table
 * (string constants its zod-3-to-JSON-schema converter compares `_def.typeName` with), which
 * pulls in all of zod 3 (~115 kB; this action's schemas are zod 4). The table is re-created
 * from zod/v3 itself at build time, so the converter works exactly as before. If provider-utils
 * ever imports anything else from zod/v3 the build fails ("No matching export") instead of
 * changing behaviour; other packages' imports of zod/v3 are left alone.
 */
const zod3NameTableOnly = {
  name: 'zod3-name-table-only',
  setup(b) {
    b.onResolve({ filter: /^zod\/v3$/ }, (args) =>
      args.importer.includes(`${sep}@ai-sdk${sep}provider-utils${sep}`)
        ? { path: fromRoot(require.resolve('zod/v3')), namespace: 'zod3-name-table-only' }
        : undefined,
    )
    b.onLoad({ filter: /.*/, namespace: 'zod3-name-table-only' }, async (args) => {
      const { ZodFirstPartyTypeKind } = await import(pathToFileURL(resolve(root, args.path)).href)
      const table = Object.fromEntries(Object.entries(ZodFirstPartyTypeKind))
      if (Object.values(table).some((v) => typeof v !== 'string')) throw new Error('zod/v3 ZodFirstPartyTypeKind is no longer a name table')
      return { contents: `export const ZodFirstPartyTypeKind = ${JSON.stringify(table, null, 2)}\n`, loader: 'js' }
    })
  },
}

/**
 * A trim by tree-shaking: every module here imports zod as the `z` namespace (`import { z } from
 * 'zod'`, `import { z as z3 } from 'zod/v4'`, `import * as z4 from 'zod/v4'`) and uses it only
 * as `z.object(…)`, `z.string(…)`. Through zod's index files that namespace is a value esbuild
 * must keep whole (~390 kB, all of it parsed at start-up); imported straight from the module
 * that defines it (zod/v4/classic/external.js, which is what those indexes re-export as `z`),
 * esbuild keeps only what is used (zod marks its files free of side effects). The same functions
 * run; the rewrite only changes where the import points. An import of another shape is left as
 * it is (and then zod is kept whole again: test/dist-startup.test.ts notices).
 */
const zodTreeShaking = {
  name: 'zod-tree-shaking',
  setup(b) {
    const forms = [/^import \{ z(?: as (\w+))? \} from ["']zod(?:\/v4)?["'];?$/gm, /^import \* as (\w+) from ["']zod\/v4["'];?$/gm]
    b.onLoad({ filter: /\.(m?js|ts)$/ }, (args) => {
      const own = !args.path.includes(`${sep}node_modules${sep}`)
      if (own ? !args.path.startsWith(join(root, 'src') + sep) : !/\.m?js$/.test(args.path)) return undefined
      const text = readFileSync(args.path, 'utf8')
      if (!/ from ["']zod(?:\/v4)?["']/.test(text)) return undefined
      const external = join(dirname(createRequire(args.path).resolve('zod/package.json')), 'v4', 'classic', 'external.js')
      let contents = text
      for (const form of forms)
        contents = contents.replace(form, (_, name) => `import * as ${name ?? 'z'} from ${JSON.stringify(external)};`)
      return { contents, loader: own ? 'ts' : 'js' }
    })
  },
}

/**
 * A trim: `ai` imports @ai-sdk/gateway (the Vercel AI Gateway, with @vercel/oidc: ~120 kB) as
 * the provider of a model named by a plain string. src/agent/model.ts always hands `ai` a
 * provider's model object, so the gateway is never called; all else `ai` uses of it is two
 * checks on errors, GatewayError.isInstance and GatewayAuthenticationError.isInstance, which
 * look for a Symbol.for marker on the error. For `ai` the package is replaced by those two
 * checks, the same code, and a `gateway` and `createGateway` that throw saying the gateway was
 * left out. The build fails if `ai` imports anything else from it ("No matching export") or if
 * the checks in @ai-sdk/gateway read differently.
 */
const aiGatewayLeftOut = {
  name: 'ai-gateway-left-out',
  setup(b) {
    b.onResolve({ filter: /^@ai-sdk\/gateway$/ }, (args) => {
      if (!args.importer.includes(`${sep}node_modules${sep}ai${sep}`)) return undefined
      return { path: fromRoot(createRequire(args.importer).resolve('@ai-sdk/gateway')), namespace: 'ai-gateway-left-out' }
    })
    b.onLoad({ filter: /.*/, namespace: 'ai-gateway-left-out' }, (args) => {
      const text = readFileSync(resolve(root, args.path), 'utf8')
      const checks = [
        'var marker = "vercel.ai.gateway.error";\nvar symbol = Symbol.for(marker);',
        '  static isInstance(error) {\n    return _GatewayError.hasMarker(error);\n  }\n  static hasMarker(error) {\n    return typeof error === "object" && error !== null && symbol in error && error[symbol] === true;\n  }',
        'var name = "GatewayAuthenticationError";\nvar marker2 = `vercel.ai.gateway.error.${name}`;\nvar symbol2 = Symbol.for(marker2);',
        'var GatewayAuthenticationError = class _GatewayAuthenticationError extends (_b2 = GatewayError, _a2 = symbol2, _b2) {',
        '  static isInstance(error) {\n    return GatewayError.hasMarker(error) && symbol2 in error;\n  }',
      ]
      const missing = checks.find((c) => text.split(c).length !== 2)
      if (missing !== undefined)
        throw new Error(`ai-gateway-left-out: ${args.path} no longer has ${JSON.stringify(missing.split('\n')[0])}; review the trim`)
      return {
        contents: [
          "const symbol = Symbol.for('vercel.ai.gateway.error')",
          "const authenticationSymbol = Symbol.for('vercel.ai.gateway.error.GatewayAuthenticationError')",
          "const hasMarker = (error) => typeof error === 'object' && error !== null && symbol in error && error[symbol] === true",
          'export const GatewayError = { isInstance: hasMarker, hasMarker }',
          'export const GatewayAuthenticationError = { isInstance: (error) => hasMarker(error) && authenticationSymbol in error }',
          'function leftOut() {',
          "  throw new Error(\"@ai-sdk/gateway is not in this bundle (scripts/build.mjs): give 'ai' a provider's model, not a model id string\")",
          '}',
          'export const createGateway = leftOut',
          'export const gateway = new Proxy({}, { get: () => leftOut })',
          '',
        ].join('\n'),
        loader: 'js',
      }
    })
  },
}

/**
 * Not a trim but the same idea for start-up time: @actions/cache imports @azure/storage-blob
 * (with its @azure/core-* and XML libraries, ~1.2 MB) at the top of two modules, yet calls it
 * only inside downloadCacheStorageSDK (a cache hit) and uploadCacheArchiveSDK (a save). Those
 * two imports become `yield import(...)` at the first line of those (async, generator-based)
 * functions, so the SDK is parsed only when a blob is actually moved; the calls and their error
 * handling are unchanged. The patch matches exact text and fails the build if @actions/cache
 * changes, rather than shipping an unpatched or half-patched copy.
 */
const lazyAzureStorage = {
  name: 'lazy-azure-storage',
  setup(b) {
    const sites = {
      'downloadUtils.js': ['BlockBlobClient', 'const client = new BlockBlobClient('],
      'uploadUtils.js': ['BlobClient', 'const blobClient = new BlobClient('],
    }
    b.onLoad({ filter: /[\\/]@actions[\\/]cache[\\/]lib[\\/]internal[\\/](download|upload)Utils\.js$/ }, (args) => {
      const [name, firstUse] = sites[basename(args.path)]
      const declaration = `import { ${name} } from '@azure/storage-blob';\n`
      const text = readFileSync(args.path, 'utf8')
      if (text.split(declaration).length !== 2 || text.split(firstUse).length !== 2 || text.split(`new ${name}(`).length !== 2) {
        throw new Error(`lazy-azure-storage: ${args.path} no longer matches the patch; review it`)
      }
      const patched = text
        .replace(declaration, '')
        .replace(firstUse, `const { ${name} } = yield import('@azure/storage-blob');\n        ${firstUse}`)
      return { contents: patched, loader: 'js' }
    })
  },
}

/**
 * Start-up time again: @actions/http-client (loaded at start by @actions/core and @actions/cache)
 * imports undici (~770 kB) at its top for one class, the ProxyAgent that getAgentDispatcher
 * builds when a proxy is set, and only @actions/github calls that method. @actions/github
 * imports undici itself (for its fetch) and is loaded on the first GitHub API call
 * (src/github/connect.ts), so it hands http-client the ProxyAgent: the import becomes a variable
 * that @actions/github sets at the top of the module that calls getAgentDispatcher (unset, it
 * throws saying so), and undici moves to @actions/github's chunk. The patches match exact text
 * and fail the build when either package changes; so does any other bundled module that
 * mentions getAgentDispatcher, so no other caller can meet the unset variable.
 * Loading undici also makes its Agent the process-wide dispatcher of Node's fetch, unless one is
 * set already: that now happens with the first GitHub API call, so the model's requests go
 * through undici's Agent after one and through Node's own (its bundled undici) in a run that
 * calls the model first. Both speak the same dispatcher interface; the e2e tests run both orders
 * (e2e-agent: no token; e2e-github: the API first), and test/dist-startup.test.ts sends Octokit
 * through a proxy.
 */
const lazyUndici = {
  name: 'lazy-undici',
  setup(b) {
    const owners = {
      'http-client': join('@actions', 'http-client', 'lib', 'index.js'),
      github: join('@actions', 'github', 'lib', 'internal', 'utils.js'),
    }
    const ownerOf = (path) => Object.keys(owners).find((k) => path.endsWith(`${sep}node_modules${sep}${owners[k]}`))
    const patch = (path, text, from, to) => {
      if (text.split(from).length !== 2) throw new Error(`lazy-undici: ${path} no longer matches the patch; review it`)
      return text.replace(from, to)
    }
    b.onLoad({ filter: /[\\/]node_modules[\\/].+\.[cm]?js$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8')
      const owner = ownerOf(args.path)
      if (!owner) {
        if (/AgentDispatcher\b/.test(text))
          throw new Error(`lazy-undici: ${args.path} uses http-client's getAgentDispatcher; review the patch`)
        return undefined
      }
      if (owner === 'http-client') {
        if (text.split('new ProxyAgent(').length !== 2) throw new Error(`lazy-undici: ${args.path} no longer matches the patch; review it`)
        const contents = patch(
          args.path,
          text,
          "import { ProxyAgent } from 'undici';\n",
          [
            '// lazy-undici (scripts/build.mjs): set by @actions/github, the one caller of getAgentDispatcher.',
            'let ProxyAgent = function ProxyAgent() {',
            "    throw new Error('lazy-undici: undici ProxyAgent used before @actions/github provided it (scripts/build.mjs)');",
            '};',
            'export function provideUndiciProxyAgent(agent) {',
            '    ProxyAgent = agent;',
            '}',
            '',
          ].join('\n'),
        )
        return { contents, loader: 'js' }
      }
      const contents = patch(
        args.path,
        text,
        "import { fetch } from 'undici';\n",
        "import { fetch, ProxyAgent } from 'undici';\nhttpClient.provideUndiciProxyAgent(ProxyAgent); // lazy-undici (scripts/build.mjs)\n",
      )
      if (!/^import \* as httpClient from '@actions\/http-client';$/m.test(contents))
        throw new Error(`lazy-undici: ${args.path} no longer matches the patch; review it`)
      return { contents, loader: 'js' }
    })
  },
}

/**
 * The same as lazy-azure-storage for @actions/glob (with minimatch, ~85 kB): @actions/cache
 * imports it at the top of cacheUtils.js but calls it only in resolvePaths, which a save runs and
 * a restore never does. The import moves to the first line that uses it, inside that (async,
 * generator-based) function, matched exactly.
 */
const lazyGlob = {
  name: 'lazy-glob',
  setup(b) {
    b.onLoad({ filter: /[\\/]@actions[\\/]cache[\\/]lib[\\/]internal[\\/]cacheUtils\.js$/ }, (args) => {
      const declaration = "import * as glob from '@actions/glob';\n"
      const firstUse = 'const globber = yield glob.create('
      const text = readFileSync(args.path, 'utf8')
      if (text.split(declaration).length !== 2 || text.split(firstUse).length !== 2 || text.match(/\bglob\./g)?.length !== 1) {
        throw new Error(`lazy-glob: ${args.path} no longer matches the patch; review it`)
      }
      const patched = text.replace(declaration, '').replace(firstUse, `const glob = yield import('@actions/glob');\n        ${firstUse}`)
      return { contents: patched, loader: 'js' }
    })
  },
}

/**
 * Start-up time: @actions/cache imports all of semver (~70 kB of CommonJS, run at load, when it
 * builds its regular expressions) for one call, semver.clean, whose answer it only prints in a
 * debug line. For @actions/cache, `semver` is a module with just that function, the file that
 * semver's own index exports as `clean`. The build fails if @actions/cache uses more of it.
 */
const semverCleanOnly = {
  name: 'semver-clean-only',
  setup(b) {
    b.onResolve({ filter: /^semver$/ }, (args) => {
      if (!args.importer.includes(`${sep}node_modules${sep}@actions${sep}cache${sep}`)) return undefined
      const uses = [...readFileSync(args.importer, 'utf8').matchAll(/\bsemver\.(\w+)/g)].map((m) => m[1])
      if (uses.some((name) => name !== 'clean'))
        throw new Error(`semver-clean-only: ${args.importer} uses semver.${uses.join(', semver.')}; review the trim`)
      const clean = join(dirname(createRequire(args.importer).resolve('semver/package.json')), 'functions', 'clean.js')
      return { path: fromRoot(clean), namespace: 'semver-clean-only' }
    })
    b.onLoad({ filter: /.*/, namespace: 'semver-clean-only' }, (args) => ({
      contents: `export { default as clean } from ${JSON.stringify(resolve(root, args.path))}\n`,
      resolveDir: dirname(resolve(root, args.path)),
      loader: 'js',
    }))
  },
}

/**
 * Start-up time: @protobuf-ts/runtime and runtime-rpc (the cache service's Twirp messages) ship
 * the same compiled code twice, as CommonJS (package.json "main") and as ES modules ("module",
 * marked free of side effects). esbuild takes "main" for Node, and all of both (~160 kB) runs at
 * load; from the ES modules it keeps only what @actions/cache uses. The build fails if a
 * package stops shipping that build.
 */
const protobufEsModules = {
  name: 'protobuf-es-modules',
  setup(b) {
    b.onResolve({ filter: /^@protobuf-ts\/runtime(-rpc)?$/ }, (args) => {
      const pkgFile = createRequire(args.importer || join(root, 'package.json')).resolve(`${args.path}/package.json`)
      const pkg = JSON.parse(readFileSync(pkgFile, 'utf8'))
      if (typeof pkg.module !== 'string' || pkg.sideEffects !== false || pkg.exports !== undefined)
        throw new Error(`protobuf-es-modules: ${pkgFile} no longer has a side-effect-free "module" build; review the patch`)
      return { path: join(dirname(pkgFile), pkg.module) }
    })
  },
}

/** Everything scripts/build.mjs does to the module graph; test/notices.test.ts bundles with it too. */
// lazy-undici comes first: its check reads every bundled file before another plugin loads it.
export const plugins = [
  lazyUndici,
  zodEnglishOnly,
  zod3NameTableOnly,
  zodTreeShaking,
  aiGatewayLeftOut,
  lazyAzureStorage,
  lazyGlob,
  semverCleanOnly,
  protobufEsModules,
]

// Two more trims live in package.json "overrides", one copy each where npm had several:
// - @ai-sdk/provider-utils 4.0.66 for all (~165 kB): google pinned 4.0.64, ai/anthropic/
//   openai-compatible/gateway 4.0.65, openai 4.0.66. These are patch releases of one 4.0 line
//   with the same API and dependencies; the changelog of 4.0.65-66 has only hardening
//   (HTTPS-to-HTTP redirects refused in validated downloads, a pinned fetch for MCP OAuth).
// - @actions/http-client 4.0.1 for @actions/github too (~29 kB): it asked for ^3.0.2, and 4.0
//   is the same code as an ES module (the same functions with the same bodies; only the
//   import/export syntax differs), which @actions/cache and @actions/core already use.
// Tests and dist then run the same copies.

// ---------- stable chunk names

/** The name of the package a file in node_modules belongs to, and the file's path inside it. */
function packageOf(file) {
  const parts = file.split(sep)
  const at = parts.lastIndexOf('node_modules')
  if (at < 0) return undefined
  const scoped = parts[at + 1].startsWith('@')
  const name = parts.slice(at + 1, at + (scoped ? 3 : 2)).join('/')
  return { name, inner: parts.slice(at + (scoped ? 3 : 2)).join('/') }
}

/**
 * A file-name-safe name for a dynamic import's entry module: the package name without its
 * scope (plus the file's name when it is neither index nor that name), e.g. `anthropic` for
 * @ai-sdk/anthropic, `oidc-token` for @vercel/oidc/dist/token.js; the scoped form
 * (`ai-sdk-anthropic`) where two short names would clash; for our own modules the path in src/.
 */
function dynamicEntryNames(entryPoints) {
  const stem = (p) => basename(p, extname(p))
  const forms = entryPoints.map((entryPoint) => {
    const file = resolve(root, entryPoint)
    const pkg = packageOf(file)
    if (!pkg) {
      const own = relative(join(root, 'src'), file)
        .replace(/\.[^.]+$/, '')
        .split(sep)
        .join('-')
      return { short: own, long: own }
    }
    const short = pkg.name.replace(/^@[^/]+\//, '')
    // A package's main file named after the package (lib/glob.js of @actions/glob) adds nothing.
    const file_ = [short, 'index'].includes(stem(pkg.inner)) ? '' : `-${stem(pkg.inner)}`
    return { short: `${short}${file_}`, long: `${pkg.name.replace(/^@/, '').replace('/', '-')}${file_}` }
  })
  const clashes = (name) => forms.filter((f) => f.short === name).length > 1
  return new Map(entryPoints.map((e, i) => [e, clashes(forms[i].short) ? forms[i].long : forms[i].short]))
}

/**
 * Maps each output of the build (paths relative to root, as in the metafile) to its final
 * path: entries keep theirs, dynamic entries and chunks get names that depend only on the
 * module graph, never on the content.
 */
function stableNames(metafile, outdir) {
  const outputs = Object.fromEntries(Object.entries(metafile.outputs).filter(([p]) => p.endsWith('.js')))
  const staticEntry = (out) => Object.keys(ENTRIES).find((name) => ENTRIES[name] === out.entryPoint)
  const dynamic = dynamicEntryNames(
    Object.values(outputs)
      .filter((out) => out.entryPoint && !staticEntry(out))
      .map((out) => out.entryPoint),
  )
  const entryOf = new Map() // output path -> entry name
  for (const [path, out] of Object.entries(outputs)) {
    if (out.entryPoint) entryOf.set(path, staticEntry(out) ?? dynamic.get(out.entryPoint))
  }
  const order = (a, b) => {
    const rank = (n) => (n in ENTRIES ? Object.keys(ENTRIES).indexOf(n) : Infinity)
    return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0)
  }
  const reaches = new Map() // chunk output path -> entry names whose static closure contains it
  for (const [entryPath, name] of entryOf) {
    const seen = new Set()
    const visit = (p) => {
      for (const imp of outputs[p].imports) {
        if (imp.kind !== 'import-statement' || !(imp.path in outputs) || seen.has(imp.path)) continue
        seen.add(imp.path)
        visit(imp.path)
      }
    }
    visit(entryPath)
    for (const p of seen) if (!entryOf.has(p)) reaches.set(p, [...(reaches.get(p) ?? []), name])
  }
  const rel = (p) => relative(root, join(outdir, p))
  const names = new Map()
  for (const [path, name] of entryOf) names.set(path, rel(name in ENTRIES ? `${name}.js` : `${CHUNKS}/${name}.js`))
  for (const path of Object.keys(outputs)) {
    if (entryOf.has(path)) continue
    const set = reaches.get(path)
    if (!set) throw new Error(`build: chunk ${path} is reached by no entry point`)
    // The one chunk every entry loads (esbuild's helpers) would spell out the whole list.
    const name = set.length === entryOf.size ? 'shared' : set.sort(order).join('+')
    names.set(path, rel(`${CHUNKS}/${name}.js`))
  }
  const taken = new Map()
  for (const [path, name] of names) {
    if (taken.has(name)) throw new Error(`build: ${path} and ${taken.get(name)} would both be ${name}`)
    taken.set(name, path)
  }
  return names
}

/** Rewrites the relative import specifiers of one output after the renames. */
function rewriteImports(text, from, to, names) {
  const byOld = new Map([...names].map(([o, n]) => [resolve(root, o), resolve(root, n)]))
  let count = 0
  const rewritten = text.replace(/(\bfrom\s*|\bimport\s*\(\s*|\bimport\s*)(["'])(\.\.?\/[^"'\n]+?\.js)\2/g, (all, lead, q, spec) => {
    const target = byOld.get(resolve(dirname(resolve(root, from)), spec))
    if (!target) return all
    count++
    let next = relative(dirname(resolve(root, to)), target)
      .split(sep)
      .join('/')
    if (!next.startsWith('.')) next = `./${next}`
    return `${lead}${q}${next}${q}`
  })
  return { text: rewritten, count }
}

// ---------- the build

export async function buildAction(outdir) {
  const result = await build({
    absWorkingDir: root,
    entryPoints: ENTRIES,
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    entryNames: '[name]',
    chunkNames: `${CHUNKS}/[hash]`,
    minify: false,
    legalComments: 'none', // the licences are in the notices file instead
    logLevel: 'warning',
    metafile: true,
    write: false,
    plugins,
    // Bundled CommonJS dependencies call require(); ESM has none, so provide one.
    banner: {
      js: "import { createRequire as __arCreateRequire } from 'node:module'; const require = __arCreateRequire(import.meta.url);",
    },
  })
  const { metafile } = result
  const names = stableNames(metafile, outdir)
  const files = new Map() // final absolute path -> contents
  for (const file of result.outputFiles) {
    const from = relative(root, file.path)
    const to = names.get(from)
    if (!to) throw new Error(`build: unexpected output ${from}`)
    const { text, count } = rewriteImports(file.text, from, to, names)
    const expected = metafile.outputs[from].imports.filter((i) => i.path in metafile.outputs && !i.external).length
    if (count !== expected) throw new Error(`build: rewrote ${count} of the ${expected} chunk imports in ${from}`)
    files.set(resolve(root, to), text)
  }
  files.set(join(outdir, NOTICES_FILE), thirdPartyNotices(metafile, root))
  return { files, metafile: renameMetafile(metafile, names) }
}

function renameMetafile(metafile, names) {
  const rename = (p) => names.get(p) ?? p
  const outputs = {}
  for (const [p, out] of Object.entries(metafile.outputs)) {
    outputs[rename(p)] = { ...out, imports: out.imports.map((i) => ({ ...i, path: rename(i.path) })) }
  }
  return { ...metafile, outputs }
}

function writeDist(outdir, files) {
  for (const [path, text] of files) {
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, text)
  }
  // Only now remove bundles of earlier builds (keeping dist/native, built by build:native), so
  // an action started while this runs never finds its entry file missing.
  for (const dir of [outdir, join(outdir, CHUNKS)]) {
    if (!existsSync(dir)) continue
    for (const name of readdirSync(dir)) {
      const path = join(dir, name)
      if ((name.endsWith('.js') || name.endsWith('.js.map')) && !files.has(path)) rmSync(path)
    }
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values, positionals } = parseArgs({ options: { metafile: { type: 'string' } }, allowPositionals: true })
  const outdir = resolve(positionals[0] ?? join(root, 'dist'))
  const { files, metafile } = await buildAction(outdir)
  writeDist(outdir, files)
  if (values.metafile) writeFileSync(values.metafile, JSON.stringify(metafile, null, 1))
}
