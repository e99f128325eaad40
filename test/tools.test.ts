// The file and search tools on real temp directories: confinement, exact edits, caps.
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { capText, createToolbox, resolveInside, openWorkspace, ToolError, type Toolbox } from '../src/agent/tools/index.js'
import { globToRegExp } from '../src/agent/tools/glob.js'
import { tempDir } from './support/temp.js'

const base = tempDir('ar-tools-')
let n = 0
function workspace(files: Record<string, string> = {}): { root: string; tools: Toolbox } {
  const root = join(base, `ws${++n}`)
  mkdirSync(root, { recursive: true })
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true })
    writeFileSync(join(root, path), content)
  }
  return { root, tools: createToolbox({ workspaceRoot: root, bashTimeoutSeconds: 10, env: {} }) }
}
const run = (tools: Toolbox, toolName: string, input: unknown) => tools.execute({ toolCallId: 'c', toolName, input })

describe('path confinement', () => {
  const outside = join(base, 'outside')
  mkdirSync(outside, { recursive: true })
  writeFileSync(join(outside, 'secret.txt'), 'top secret')

  it('accepts paths inside the root, relative or absolute, existing or not', () => {
    const { root } = workspace({ 'a/b.txt': 'x' })
    const ws = openWorkspace(root)
    expect(resolveInside(ws, 'a/b.txt')).toBe(join(ws.realRoot, 'a/b.txt'))
    expect(resolveInside(ws, join(root, 'a/new/c.txt'))).toBe(join(ws.realRoot, 'a/new/c.txt'))
    expect(resolveInside(ws, 'a/../a/b.txt')).toBe(join(ws.realRoot, 'a/b.txt'))
    expect(resolveInside(ws, '..foo')).toBe(join(ws.realRoot, '..foo'))
  })

  it('rejects .. escapes, absolute paths outside and symlinks that lead out', async () => {
    const { root, tools } = workspace({ 'ok.txt': 'ok' })
    symlinkSync(outside, join(root, 'link-dir'))
    symlinkSync(join(outside, 'secret.txt'), join(root, 'link-file'))
    symlinkSync(join(outside, 'missing'), join(root, 'dangling'))
    const ws = openWorkspace(root)
    for (const bad of [
      '../outside/secret.txt',
      join(outside, 'secret.txt'),
      '/etc/passwd',
      'link-dir/secret.txt',
      'link-file',
      'link-dir/new.txt',
      'dangling',
    ]) {
      expect(() => resolveInside(ws, bad), bad).toThrow(ToolError)
    }
    const read = await run(tools, 'read_file', { path: 'link-file' })
    expect(read.isError).toBe(true)
    expect(read.text).toMatch(/outside the workspace/)
    const write = await run(tools, 'write_file', { path: 'link-dir/evil.txt', content: 'x' })
    expect(write.isError).toBe(true)
    const viaDangling = await run(tools, 'write_file', { path: 'dangling', content: 'x' })
    expect(viaDangling.isError).toBe(true)
    const grep = await run(tools, 'grep', { pattern: 'secret' })
    expect(grep.text).not.toContain('top secret')
  })

  it('allows symlinks that stay inside', async () => {
    const { root, tools } = workspace({ 'real/file.txt': 'inside\n' })
    symlinkSync(join(root, 'real'), join(root, 'alias'))
    expect((await run(tools, 'read_file', { path: 'alias/file.txt' })).text).toContain('inside')
  })
})

describe('read_file, write_file, edit_file', () => {
  it('a page too long for the output cap ends where it fits, and says where to read on', async () => {
    const { tools } = workspace({ 'wide.txt': Array.from({ length: 3000 }, (_, i) => `${i + 1} ${'x'.repeat(100)}`).join('\n') + '\n' })
    const page = await run(tools, 'read_file', { path: 'wide.txt' })
    expect(page.text).not.toContain('characters cut')
    const last = Number(/\[showing lines 1-(\d+) of 3000; read on with offset (\d+)\]/.exec(page.text)?.[1])
    expect(last).toBeGreaterThan(200)
    expect(last).toBeLessThan(2000)
    expect(page.text).toContain(`${last}\t${last} x`)
    expect(page.text).not.toContain(`${last + 1}\t${last + 1} x`)
  })

  it('reads with line numbers and pages long files', async () => {
    const { tools } = workspace({ 'f.txt': Array.from({ length: 30 }, (_, i) => `line ${i + 1}`).join('\n') + '\n' })
    const page = await run(tools, 'read_file', { path: 'f.txt', offset: 5, limit: 3 })
    expect(page.text).toBe('5\tline 5\n6\tline 6\n7\tline 7\n[showing lines 5-7 of 30; read on with offset 8]')
    expect((await run(tools, 'read_file', { path: 'nope.txt' })).text).toMatch(/does not exist/)
    expect((await run(tools, 'read_file', { path: '.' })).text).toMatch(/is a directory/)
  })

  it('writes files, creating parent directories', async () => {
    const { root, tools } = workspace()
    const result = await run(tools, 'write_file', { path: 'deep/er/new.ts', content: 'export const x = 1\n' })
    expect(result).toEqual({ text: 'Wrote 19 bytes to deep/er/new.ts.', isError: false })
    expect(readFileSync(join(root, 'deep/er/new.ts'), 'utf8')).toBe('export const x = 1\n')
  })

  it('replaces exactly one occurrence, literally', async () => {
    const { root, tools } = workspace({ 'a.js': 'const a = 1\nconst b = 2\n' })
    const ok = await run(tools, 'edit_file', { path: 'a.js', old_string: 'const b = 2', new_string: "const b = '$&'" })
    expect(ok).toEqual({ text: 'Edited a.js: replaced 1 occurrence.', isError: false })
    expect(readFileSync(join(root, 'a.js'), 'utf8')).toBe("const a = 1\nconst b = '$&'\n")
  })

  it('refuses no match and several matches with a clear error, changing nothing', async () => {
    const { root, tools } = workspace({ 'a.txt': 'x\nx\ny\n' })
    const none = await run(tools, 'edit_file', { path: 'a.txt', old_string: 'zzz', new_string: 'q' })
    expect(none.isError).toBe(true)
    expect(none.text).toMatch(/not found in a\.txt; no change made/)
    const many = await run(tools, 'edit_file', { path: 'a.txt', old_string: 'x', new_string: 'q' })
    expect(many.isError).toBe(true)
    expect(many.text).toMatch(/occurs 2 times in a\.txt; no change made/)
    expect(readFileSync(join(root, 'a.txt'), 'utf8')).toBe('x\nx\ny\n')
    const all = await run(tools, 'edit_file', { path: 'a.txt', old_string: 'x', new_string: 'q', replace_all: true })
    expect(all.text).toBe('Edited a.txt: replaced 2 occurrences.')
    expect(readFileSync(join(root, 'a.txt'), 'utf8')).toBe('q\nq\ny\n')
  })

  it('reports invalid arguments and unknown tools as errors for the model', async () => {
    const { tools } = workspace()
    expect(await run(tools, 'write_file', { path: 'x' })).toMatchObject({
      isError: true,
      text: expect.stringMatching(/invalid arguments: content/),
    })
    expect(await run(tools, 'rm_rf', {})).toMatchObject({ isError: true, text: expect.stringMatching(/Unknown tool "rm_rf"/) })
  })
})

describe('list and grep', () => {
  const files = {
    'src/a.ts': 'export const needle = 1\n',
    'src/deep/b.ts': 'const x = 2 // Needle\n',
    'src/c.json': '{"needle": true}\n',
    'README.md': '# readme\n',
    'node_modules/dep/index.ts': 'needle\n',
    '.git/config': 'needle\n',
  }

  it('lists a directory and globs files, skipping .git and node_modules', async () => {
    const { tools } = workspace(files)
    expect((await run(tools, 'list', {})).text).toBe('.git/\nREADME.md\nnode_modules/\nsrc/')
    expect((await run(tools, 'list', { pattern: '*.ts' })).text).toBe('src/a.ts\nsrc/deep/b.ts')
    expect((await run(tools, 'list', { pattern: 'src/*.{ts,json}' })).text).toBe('src/a.ts\nsrc/c.json')
    expect((await run(tools, 'list', { path: 'src', pattern: '**/*.ts' })).text).toBe('src/a.ts\nsrc/deep/b.ts')
    expect((await run(tools, 'list', { pattern: '*.py' })).text).toMatch(/No files match/)
  })

  it('greps with line numbers, include filter and case folding', async () => {
    const { tools } = workspace(files)
    expect((await run(tools, 'grep', { pattern: 'needle' })).text).toBe(
      'src/a.ts:1: export const needle = 1\nsrc/c.json:1: {"needle": true}',
    )
    expect((await run(tools, 'grep', { pattern: 'needle', include: '*.ts', ignore_case: true })).text).toBe(
      'src/a.ts:1: export const needle = 1\nsrc/deep/b.ts:1: const x = 2 // Needle',
    )
    expect((await run(tools, 'grep', { pattern: '(' })).text).toMatch(/invalid regular expression/)
  })

  it('matches globs the documented way', () => {
    expect(globToRegExp('**/*.ts').test('a.ts')).toBe(true)
    expect(globToRegExp('**/*.ts').test('x/y/a.ts')).toBe(true)
    expect(globToRegExp('src/*.ts').test('src/x/a.ts')).toBe(false)
    expect(globToRegExp('file?.[ch]').test('deep/file1.c')).toBe(true)
    expect(globToRegExp('a.b').test('aXb')).toBe(false)
  })
})

describe('output caps', () => {
  it('keeps head and tail and says how much was cut', () => {
    const text = 'H'.repeat(5000) + 'T'.repeat(5000)
    const capped = capText(text, 1000)
    expect(capped.length).toBeLessThanOrEqual(1000)
    expect(capped.startsWith('HHH')).toBe(true)
    expect(capped.endsWith('TTT')).toBe(true)
    expect(capped).toMatch(/\[… \d+ characters cut: output was 10000 characters, limit 1000 …\]/)
  })

  it('caps what any tool hands the model', async () => {
    const { tools } = workspace({ 'big.txt': 'word '.repeat(20_000) })
    const small = createToolbox({ workspaceRoot: join(base, `ws${n}`), bashTimeoutSeconds: 5, env: {}, maxOutputChars: 2_000 })
    const result = await small.execute({ toolCallId: 'c', toolName: 'read_file', input: { path: 'big.txt' } })
    expect(result.text.length).toBeLessThanOrEqual(2_000)
    expect(result.text).toMatch(/characters cut/)
    expect((await run(tools, 'read_file', { path: 'big.txt' })).text).toMatch(/line cut, 100000 characters/)
  })
})
