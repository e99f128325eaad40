// The source tree shows the flow. main: inputs → intake → restore → session → agent → deliver → report;
// post: state → snapshot → save. These tests keep it so: no module imports from a later stage,
// every module is reached from an entry point, files stay small, only src/state.ts touches the
// runner's state file, and every design note a comment cites exists.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from './support/action-harness.mjs'

const SRC = join(ROOT, 'src')

/** Stages in the order data flows; a module may import from its own stage or an earlier one. */
const STAGES: ReadonlyArray<readonly [string, RegExp]> = [
  ['foundation', /^(constants|log|secrets|text|path-within|executable)\.ts$/],
  ['inputs', /^(inputs|input-paths|input-mcp|run-context)\.ts$/],
  ['intake', /^github\//],
  ['restore', /^cache\//],
  ['session', /^(store|workspace|session)\//],
  ['agent', /^agent\//],
  ['deliver', /^deliver\//],
  ['report', /^report\//],
  ['entry', /^(main|post|state|cache-worker)(\.ts$|\/)/],
]

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : []
  })
}

const sources = files(SRC).map((p) => relative(SRC, p).split('\\').join('/'))

function stageOf(file: string): number {
  const index = STAGES.findIndex(([, re]) => re.test(file))
  if (index < 0) throw new Error(`src/${file} belongs to no stage: add it to STAGES in test/layout.test.ts`)
  return index
}

/** Relative imports (static, re-exports and dynamic) of one source file, as src-relative .ts paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(SRC, file), 'utf8')
  const specs = [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)'(\.{1,2}\/[^']+)'/g)].map((m) => m[1]!)
  return specs.map((spec) =>
    relative(SRC, resolve(join(SRC, dirname(file)), spec.replace(/\.js$/, '.ts')))
      .split('\\')
      .join('/'),
  )
}

describe('source layout', () => {
  it('assigns every module to a stage', () => {
    for (const file of sources) expect(() => stageOf(file), file).not.toThrow()
  })

  it('no module imports from a later stage', () => {
    const backwards: string[] = []
    for (const file of sources) {
      for (const target of importsOf(file)) {
        if (stageOf(target) > stageOf(file)) {
          backwards.push(`src/${file} (${STAGES[stageOf(file)]![0]}) imports src/${target} (${STAGES[stageOf(target)]![0]})`)
        }
      }
    }
    expect(backwards).toEqual([])
  })

  it('has no dead modules: each is reached from src/main.ts, src/post.ts or the cache worker they start', () => {
    const seen = new Set<string>()
    const visit = (file: string): void => {
      if (seen.has(file)) return
      seen.add(file)
      for (const target of importsOf(file)) visit(target)
    }
    visit('main.ts')
    visit('post.ts')
    visit('cache-worker.ts')
    expect(sources.filter((f) => !seen.has(f))).toEqual([])
  })

  it('keeps files under ~300 lines', () => {
    const long = sources.map((f) => [f, readFileSync(join(SRC, f), 'utf8').split('\n').length] as const).filter(([, lines]) => lines > 300)
    expect(long).toEqual([])
  })

  it('lets only src/state.ts read or write the state handed to the post step', () => {
    const touches =
      /core\.(saveState|getState)\b|\b(saveState|getState)\b[^}]*\}\s*from\s*'@actions\/core'|env(\.|\[')(GITHUB_STATE|STATE_)/
    const users = sources.filter((f) => touches.test(readFileSync(join(SRC, f), 'utf8')))
    expect(users).toEqual(['state.ts'])
    // The run id and attempt come through that contract, not from the post step's environment.
    const post = sources.filter((f) => f.startsWith('post'))
    for (const f of post) expect(readFileSync(join(SRC, f), 'utf8'), f).not.toMatch(/GITHUB_RUN_(ID|ATTEMPT)/)
  })

  it('cites only design notes that exist in docs/design.md', () => {
    const design = readFileSync(join(ROOT, 'docs', 'design.md'), 'utf8')
    const sections = new Set([...design.matchAll(/^## (\d+)\./gm)].map((m) => m[1]))
    const cited: string[] = []
    for (const file of sources) {
      const text = readFileSync(join(SRC, file), 'utf8')
      expect(text, `src/${file} cites DESIGN.md, which is not in the repository`).not.toMatch(/(?<!docs\/design\.md)DESIGN\.md/)
      for (const m of text.matchAll(/docs\/design\.md §(\d+)/g)) {
        cited.push(m[1]!)
        expect(sections.has(m[1]), `src/${file} cites docs/design.md §${m[1]}`).toBe(true)
      }
    }
    expect(cited.length).toBeGreaterThan(10)
  })
})
