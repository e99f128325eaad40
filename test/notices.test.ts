// dist/licenses.txt, the third-party notices scripts/build.mjs writes, checked against a fresh
// build's metafile: exactly the npm packages whose code is in the bundle, each with its licence
// and the licence files it ships. And the build's trims change no behaviour: zod still speaks
// English the same way, and zod-3 schemas still convert through @ai-sdk/provider-utils.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT } from './support/action-harness.mjs'

const dir = mkdtempSync(join(tmpdir(), 'ar-notices-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

interface Metafile {
  outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }>
}
let meta: Metafile
let notices: string
beforeAll(() => {
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), join(dir, 'dist'), '--metafile', join(dir, 'meta.json')], {
    cwd: ROOT,
    stdio: 'pipe',
  })
  meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as Metafile
  notices = readFileSync(join(dir, 'dist', 'licenses.txt'), 'utf8')
})

/** name@version → package directory, for every package with at least one byte in an output. */
function bundledPackages(): Map<string, string> {
  const found = new Map<string, string>()
  for (const out of Object.values(meta.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(out.inputs)) {
      // A plugin's module is `namespace:/absolute/path`; the rest are relative to the root.
      const file = resolve(ROOT, input.replace(/^[\w-]+:(?=\/)/, ''))
      const pkgDir = /^(.*[\\/]node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(file)?.[1]
      if (bytesInOutput === 0 || !pkgDir) continue
      const { name, version } = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { name: string; version: string }
      found.set(`${name}@${version}`, pkgDir)
    }
  }
  return found
}

/** The sections of the notices: a rule, name@version, `License: …`, optional `Source: …`, a rule, the texts. */
function sections(text: string): Map<string, { licence: string; body: string }> {
  const rule = '='.repeat(80)
  const parts = text.split(`\n${rule}\n`).slice(1)
  const out = new Map<string, { licence: string; body: string }>()
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const [id, licenceLine] = parts[i]!.split('\n')
    out.set(id!, { licence: licenceLine!.replace(/^License: /, ''), body: parts[i + 1]! })
  }
  return out
}

const LICENCE_FILE = /^(licen[cs]e|copying|notice)([-._].*)?$/i

describe('third-party notices', () => {
  it('name exactly the packages bundled, in the list and as sections', () => {
    const expected = [...bundledPackages().keys()].sort()
    expect(expected.length).toBeGreaterThan(30)
    expect(expected).toEqual(expect.arrayContaining(['zod@4.6.7', 'ai@6.0.325', '@actions/cache@6.3.0', 'better-sqlite3@12.11.1']))
    const list = notices
      .slice(notices.indexOf('packages:\n') + 'packages:\n'.length)
      .split('\n\n')[0]!
      .split('\n')
    expect(list.map((l) => l.trim().replace(/: .*$/, ''))).toEqual(expected)
    expect([...sections(notices).keys()]).toEqual(expected)
    // Nothing from the tooling: only what ships.
    for (const dev of ['vitest', 'esbuild', 'typescript', 'azurite', 'prettier']) {
      expect(expected.some((id) => id.startsWith(`${dev}@`))).toBe(false)
    }
  })

  it('give each package its licence and the full text of every licence file it ships', () => {
    const packages = bundledPackages()
    for (const [id, { licence, body }] of sections(notices)) {
      expect(licence, id).toMatch(/\S/)
      expect(licence, id).not.toBe('UNKNOWN')
      const pkgDir = packages.get(id)!
      const files = readdirSync(pkgDir).filter((f) => LICENCE_FILE.test(f) && statSync(join(pkgDir, f)).isFile())
      if (files.length === 0) expect(body, id).toContain('No licence file is shipped in this package')
      for (const f of files) {
        const text = readFileSync(join(pkgDir, f), 'utf8').replace(/\r\n?/g, '\n').trim()
        expect(body, `${id} ${f}`).toContain(`--- ${f} ---`)
        expect(body, `${id} ${f}`).toContain(text)
      }
    }
  })
})

interface Probe {
  real: unknown
  trimmed: unknown
  locales: string[]
  realLocales: string[]
  otherLocale: string
  zod3Bundled: boolean
}

describe("the build's trims", () => {
  /** Runs the same probe against real node_modules and against a bundle made with the build's plugins. */
  function probe(): Probe {
    const code = `
      import { build } from 'esbuild'
      import { pathToFileURL } from 'node:url'
      import { plugins } from './scripts/build.mjs'
      import * as realZod from 'zod'
      import * as realUtils from '@ai-sdk/provider-utils'
      import { z as z3 } from 'zod/v3'
      const outfile = ${JSON.stringify(join(dir, 'probe.mjs'))}
      await build({
        absWorkingDir: process.cwd(),
        stdin: { contents: "export { z } from 'zod'\\nexport { zodSchema } from '@ai-sdk/provider-utils'\\n", resolveDir: process.cwd(), loader: 'js' },
        bundle: true, format: 'esm', platform: 'node', target: 'node20', outfile, plugins, logLevel: 'error',
        banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
      })
      const trimmed = await import(pathToFileURL(outfile).href)
      async function run({ z, zodSchema }) {
        const failing = [
          [z.string().min(3), 'a'], [z.number().int().max(10), 11.5], [z.enum(['a', 'b']), 'c'],
          [z.object({ a: z.string(), b: z.boolean() }).strict(), { c: 1 }], [z.url(), 'not a url'],
          [z.array(z.string()).nonempty(), []], [z.literal('x'), 'y'], [z.union([z.number(), z.null()]), 'q'],
        ]
        const messages = failing.map(([schema, value]) => schema.safeParse(value).error.issues.map((i) => i.message))
        const pretty = z.prettifyError(z.object({ n: z.number() }).safeParse({ n: 'x' }).error)
        const v3 = await zodSchema(z3.object({ name: z3.string().min(1), tags: z3.array(z3.enum(['a', 'b'])).optional() })).jsonSchema
        return { messages, pretty, v3 }
      }
      console.log(JSON.stringify({
        real: await run({ z: realZod.z, zodSchema: realUtils.zodSchema }),
        trimmed: await run(trimmed),
        locales: Object.keys(trimmed.z.locales),
        realLocales: Object.keys(realZod.z.locales),
        otherLocale: (() => { try { trimmed.z.locales.de(); return 'no error' } catch (e) { return e.message } })(),
        zod3Bundled: (await import('node:fs')).readFileSync(outfile, 'utf8').includes('["ZodString"] = "ZodString"'),
      }))
    `
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8' })
    return JSON.parse(out) as Probe
  }

  it('keep every zod message and the zod-3 JSON schema conversion as they were', () => {
    const { real, trimmed, locales, realLocales, otherLocale, zod3Bundled } = probe()
    // The same names; any but English fails loudly instead of quietly speaking English.
    expect(locales).toEqual(realLocales)
    expect(otherLocale).toBe("zod locale 'de' is not in this bundle: scripts/build.mjs keeps only 'en'")
    expect(zod3Bundled, 'zod 3 itself left out').toBe(false)
    expect(trimmed).toEqual(real)
    expect(JSON.stringify(real)).toContain('Too small: expected string to have >=3 characters')
  })
})
