// What the bundled steps load before their first line runs (start-up time, bench b), and that
// the code moved out of that path still works where it is loaded: scripts/build.mjs (lazy-undici,
// lazy-glob, ai-gateway-left-out, zod-tree-shaking) and src/github/connect.ts.
import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import { join, posix } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT } from './support/action-harness.mjs'

const fresh = mkdtempSync(join(tmpdir(), 'ar-dist-startup-'))
afterAll(() => rmSync(fresh, { recursive: true, force: true }))
beforeAll(() => {
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), fresh], { cwd: ROOT, stdio: 'pipe' })
})

const read = (file: string): string => readFileSync(join(fresh, file), 'utf8')
const chunks = (): string[] => readdirSync(join(fresh, 'chunks')).map((f) => `chunks/${f}`)

/** An entry's static imports, transitively (as test/dist.test.ts reads them). */
function staticClosure(entry: string): string[] {
  const seen = new Set([entry])
  const queue = [entry]
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const m of read(file).matchAll(/^(?:import|export)\b[^;]*?\bfrom\s*"(\.\.?\/[^"]+)"|^import\s*"(\.\.?\/[^"]+)"/gm)) {
      const target = posix.normalize(posix.join(posix.dirname(file), m[1] ?? m[2]!))
      if (seen.has(target)) continue
      seen.add(target)
      queue.push(target)
    }
  }
  return [...seen]
}

/** The packages whose code a bundled file holds (esbuild heads each module with its path). */
const packagesIn = (file: string): Set<string> =>
  new Set([...read(file).matchAll(/^\/\/ (?:[a-z0-9-]+:)?(?:\S*\/)?node_modules\/((?:@[^/]+\/)?[^/]+)\//gm)].map((m) => m[1]!))

const LATE = [
  'undici',
  '@actions/github',
  '@octokit/core',
  '@octokit/plugin-rest-endpoint-methods',
  '@actions/glob',
  'minimatch',
  '@vercel/oidc',
]

describe('start-up', () => {
  it.each(['main.js', 'post.js'])('%s loads no undici, Octokit, glob or AI Gateway before its first line', (entry) => {
    const loaded = new Set(staticClosure(entry).flatMap((f) => [...packagesIn(f)]))
    expect(LATE.filter((p) => loaded.has(p))).toEqual([])
    expect(loaded.has('@actions/core')).toBe(true) // the closure is read right
    // The cache toolkit runs only in the worker process main and post start (src/cache/worker-client.ts).
    expect(loaded.has('@actions/cache')).toBe(false)
  })

  it('the cache worker holds the cache toolkit', () => {
    expect(new Set(staticClosure('cache-worker.js').flatMap((f) => [...packagesIn(f)])).has('@actions/cache')).toBe(true)
  })

  it('bundles only the parts of zod that are used', () => {
    // Nothing calls z.fromJSONSchema: with zod's `z` namespace kept whole (an import scripts/build.mjs
    // does not rewrite) this module is back, with everything else zod has.
    const all = ['main.js', 'post.js', ...chunks()].map(read).join('\n')
    expect(all).toContain('// node_modules/zod/v4/classic/schemas.js')
    expect(all).not.toContain('// node_modules/zod/v4/classic/from-json-schema.js')
  })

  it('keeps undici and Octokit in the chunk the first GitHub API call imports, and glob in its own', () => {
    const holding = (pkg: string) => chunks().filter((f) => packagesIn(f).has(pkg))
    expect(holding('undici')).toEqual(['chunks/github-octokit.js'])
    expect(holding('@actions/github')).toEqual(['chunks/github-octokit.js'])
    expect(holding('@actions/glob')).toEqual(['chunks/glob.js'])
    // The lazy import lives in connect.ts, which main and post (the thread update) share.
    expect(read('chunks/main+post.js')).toContain('await import("./github-octokit.js")')
  })

  it("keeps what 'ai' checks of the AI Gateway's errors", async () => {
    const { GatewayError, GatewayAuthenticationError, GatewayInternalServerError } = await import('@ai-sdk/gateway')
    const code = read('main.js')
    const from = code.indexOf('// ai-gateway-left-out:')
    expect(from).toBeGreaterThan(0)
    // The bundled stand-in, as its own module.
    const file = join(fresh, 'gateway-left-out.mjs')
    writeFileSync(
      file,
      `${code.slice(from, code.indexOf('\n// ', from + 1))}\nexport { GatewayError, GatewayAuthenticationError, gateway }\n`,
    )
    const left = (await import(pathToFileURL(file).href)) as {
      GatewayError: { isInstance(e: unknown): boolean }
      GatewayAuthenticationError: { isInstance(e: unknown): boolean }
      gateway: { languageModel(id: string): unknown }
    }
    const errors = [
      new GatewayInternalServerError({ message: 'x' }),
      new GatewayAuthenticationError(),
      new Error('plain'),
      Object.assign(new Error('other marker'), { [Symbol.for('vercel.ai.gateway.error')]: false }),
      null,
      'text',
    ]
    for (const e of errors) {
      expect(left.GatewayError.isInstance(e)).toBe(GatewayError.isInstance(e))
      expect(left.GatewayAuthenticationError.isInstance(e)).toBe(GatewayAuthenticationError.isInstance(e))
    }
    expect(() => left.gateway.languageModel('openai/gpt-5')).toThrow(/@ai-sdk\/gateway is not in this bundle/)
  })
})

describe("Octokit's proxy support, handed undici's ProxyAgent by @actions/github", () => {
  let proxy: Server
  const seen: string[] = []
  beforeAll(async () => {
    proxy = createServer((socket) => {
      socket.once('data', (chunk) => {
        seen.push(chunk.toString('latin1').split('\r\n')[0]!)
        socket.end('HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n')
      })
    })
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve))
  })
  afterAll(() => new Promise<void>((resolve) => proxy.close(() => resolve())))

  it('sends the API requests through HTTPS_PROXY', async () => {
    const port = (proxy.address() as { port: number }).port
    const script = `
      const { createOctokit, createOctokitPorts } = await import(${JSON.stringify(pathToFileURL(join(fresh, 'chunks', 'github-octokit.js')).href)})
      const ports = createOctokitPorts(createOctokit('ghs_test', undefined, { retries: 0 }), { owner: 'octo-org', repo: 'hello-world' })
      await ports.getIssue(1).then(() => console.log('answered'), (e) => console.log('failed: ' + e.message))
    `
    const env = { PATH: process.env.PATH, HTTPS_PROXY: `http://127.0.0.1:${port}`, GITHUB_API_URL: 'https://api.github.invalid' }
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    child.stdout.on('data', (c) => (out += c))
    child.stderr.on('data', (c) => (out += c))
    const code = await new Promise((resolve) => child.on('close', resolve))
    expect(out).toMatch(/^failed: /)
    expect(code).toBe(0)
    expect(seen).toEqual(['CONNECT api.github.invalid:443 HTTP/1.1'])
  })
})
