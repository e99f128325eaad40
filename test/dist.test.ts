import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ROOT } from './support/action-harness.mjs'

const fresh = mkdtempSync(join(tmpdir(), 'ar-dist-'))
afterAll(() => rmSync(fresh, { recursive: true, force: true }))

function bundles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .sort()
}

describe('dist/', () => {
  it('equals a fresh build of src/ (run `npm run build` and commit dist/)', () => {
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), fresh], { cwd: ROOT, stdio: 'pipe' })
    const committed = join(ROOT, 'dist')
    expect(bundles(committed)).toEqual(bundles(fresh))
    for (const file of bundles(fresh)) {
      const same = readFileSync(join(committed, file)).equals(readFileSync(join(fresh, file)))
      expect(same, `dist/${file} differs from a fresh build`).toBe(true)
    }
  })

  it('has thin entry points with no import-time work besides calling run()', () => {
    for (const entry of ['main', 'post']) {
      const source = readFileSync(join(ROOT, 'src', `${entry}.ts`), 'utf8')
      const code = source.split('\n').filter((l) => l.trim() !== '' && !l.trim().startsWith('//'))
      expect(code.length, `src/${entry}.ts`).toBeLessThanOrEqual(3)
    }
  })
})
