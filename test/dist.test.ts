import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, posix } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT } from './support/action-harness.mjs'

const fresh = mkdtempSync(join(tmpdir(), 'ar-dist-'))
afterAll(() => rmSync(fresh, { recursive: true, force: true }))
beforeAll(() => {
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), fresh], { cwd: ROOT, stdio: 'pipe' })
})

/** What the build writes: every .js file below dir (dist/native holds none) and the notices. */
function built(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split('\\').join('/'))
    .filter((f) => f.endsWith('.js') || f === 'licenses.txt')
    .sort()
}

/** The files an entry loads before its first line runs: its static imports, transitively. */
function staticClosure(dir: string, entry: string): string[] {
  const seen = new Set([entry])
  const queue = [entry]
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    const text = readFileSync(join(dir, file), 'utf8')
    for (const m of text.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s*"(\.\.?\/[^"]+)"|^import\s*"(\.\.?\/[^"]+)"/gm)) {
      const target = posix.normalize(posix.join(posix.dirname(file), m[1] ?? m[2]!))
      if (seen.has(target)) continue
      seen.add(target)
      queue.push(target)
    }
  }
  return [...seen].sort()
}

describe('dist/', () => {
  it('holds no path of the machine that built it (a fresh clone elsewhere builds the same bytes)', () => {
    for (const file of built(join(ROOT, 'dist'))) {
      expect(readFileSync(join(ROOT, 'dist', file), 'utf8').includes(ROOT), `dist/${file} mentions ${ROOT}`).toBe(false)
    }
  })

  it('equals a fresh build of src/ (run `npm run build` and commit dist/)', () => {
    const committed = join(ROOT, 'dist')
    expect(built(committed)).toEqual(built(fresh))
    for (const file of built(fresh)) {
      const same = readFileSync(join(committed, file)).equals(readFileSync(join(fresh, file)))
      expect(same, `dist/${file} differs from a fresh build`).toBe(true)
    }
  })

  it('names files after the module graph, not their content', () => {
    for (const file of built(fresh)) expect(file, 'no content hash in a file name').not.toMatch(/[A-Z0-9]{8}\.js$/)
    expect(built(fresh)).toEqual(expect.arrayContaining(['main.js', 'post.js', 'licenses.txt', 'chunks/main+post.js', 'chunks/shared.js']))
  })

  it('loads each model provider only when it is chosen, and the post step none of them', () => {
    const providers = ['createAnthropic', 'createOpenAI', 'createGoogleGenerativeAI', 'createOpenAICompatible']
    const defines = (file: string, fn: string) =>
      new RegExp(`^(?:async )?function ${fn}\\(`, 'm').test(readFileSync(join(fresh, file), 'utf8'))
    for (const entry of ['main.js', 'post.js']) {
      const closure = staticClosure(fresh, entry)
      expect(closure).toContain('chunks/shared.js')
      for (const fn of providers)
        expect(
          closure.filter((f) => defines(f, fn)),
          `${fn} in ${entry}'s static imports`,
        ).toEqual([])
    }
    for (const fn of providers) expect(built(fresh).filter((f) => f.startsWith('chunks/') && defines(f, fn)).length, fn).toBe(1)
    expect(staticClosure(fresh, 'post.js')).not.toContain('main.js')
  })

  it('loads the MCP client only when mcp-servers names a server', () => {
    const defines = (file: string) => /^(?:async )?function createMCPClient\(/m.test(readFileSync(join(fresh, file), 'utf8'))
    for (const entry of ['main.js', 'post.js']) expect(staticClosure(fresh, entry).filter(defines), entry).toEqual([])
    expect(built(fresh).filter((f) => f.startsWith('chunks/') && defines(f))).toEqual(['chunks/agent-mcp-connect.js'])
  })

  it('has thin entry points with no import-time work besides calling run()', () => {
    for (const entry of ['main', 'post']) {
      const source = readFileSync(join(ROOT, 'src', `${entry}.ts`), 'utf8')
      const code = source.split('\n').filter((l) => l.trim() !== '' && !l.trim().startsWith('//'))
      expect(code.length, `src/${entry}.ts`).toBeLessThanOrEqual(3)
    }
  })
})
