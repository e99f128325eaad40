// The file tools never write inside .git (issue 15): config, hooks and attributes there would
// make the action's own git run programs. Reading stays allowed; .gitignore, .gitattributes and
// .github/ are ordinary files.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createToolbox, openWorkspace, type Toolbox } from '../src/agent/tools/index.js'
import { resolveWritable } from '../src/agent/tools/paths.js'
import { tempDir } from './support/temp.js'

const base = tempDir('ar-tools-git-')
const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' }
let n = 0
function repo(...initArgs: string[]): { root: string; tools: Toolbox } {
  const root = join(base, `r${++n}`)
  mkdirSync(root)
  execFileSync('git', ['init', '-q', ...initArgs, root], { env })
  writeFileSync(join(root, 'ok.txt'), 'ok\n')
  return { root, tools: createToolbox({ workspaceRoot: root, bashTimeoutSeconds: 10, env: {} }) }
}
const run = (tools: Toolbox, toolName: string, input: unknown) => tools.execute({ toolCallId: 'c', toolName, input })
const REFUSED = /is inside \.git\/; the action manages git — use bash to run git commands/

describe('writing inside .git', () => {
  it('is refused for write_file and edit_file, however the path is spelled', async () => {
    const { root, tools } = repo()
    const config = readFileSync(join(root, '.git', 'config'), 'utf8')
    mkdirSync(join(root, 'sub'))
    symlinkSync(join(root, '.git', 'hooks'), join(root, 'hooks-link'))
    symlinkSync(join(root, '.git', 'config'), join(root, 'config-link'))
    for (const path of [
      '.git/config',
      '.GIT/config',
      '.Git/hooks/pre-commit',
      './sub/../.git/hooks/x',
      join(root, '.git', 'hooks', 'post-index-change'),
      '.git',
      '.git./config',
      'sub/.git/config',
      'hooks-link/post-index-change',
      'config-link',
    ]) {
      const r = await run(tools, 'write_file', { path, content: '[core]\n\tfsmonitor = /tmp/x\n' })
      expect(r.isError, path).toBe(true)
      expect(r.text, path).toMatch(REFUSED)
    }
    const edit = await run(tools, 'edit_file', { path: '.git/config', old_string: '[core]', new_string: '[core]\n\tfsmonitor = /x' })
    expect(edit.isError).toBe(true)
    expect(edit.text).toMatch(REFUSED)
    expect(readFileSync(join(root, '.git', 'config'), 'utf8')).toBe(config)
  })

  it('is refused in a git dir that is not called .git (a .git file pointing to it)', async () => {
    const root = join(base, 'separate')
    mkdirSync(root)
    execFileSync('git', ['init', '-q', '--separate-git-dir', join(root, 'meta'), root], { env })
    const tools = createToolbox({ workspaceRoot: root, bashTimeoutSeconds: 10, env: {} })
    const r = await run(tools, 'write_file', { path: 'meta/config', content: 'x' })
    expect(r.text).toMatch(REFUSED)
    expect(() => resolveWritable(openWorkspace(root), 'meta/hooks/x')).toThrow(REFUSED)
  })

  it('leaves reading .git, and writing .gitignore, .gitattributes and .github/, allowed', async () => {
    const { root, tools } = repo()
    const read = await run(tools, 'read_file', { path: '.git/HEAD' })
    expect(read.isError).toBe(false)
    expect(read.text).toContain('ref: refs/heads/')
    for (const path of ['.gitignore', '.gitattributes', '.github/workflows/ci.yml', 'docs/.git-notes', 'a.git/x', '.gitmodules']) {
      const r = await run(tools, 'write_file', { path, content: 'x\n' })
      expect(r.isError, `${path}: ${r.text}`).toBe(false)
      expect(readFileSync(join(root, path), 'utf8')).toBe('x\n')
    }
    const edit = await run(tools, 'edit_file', { path: 'ok.txt', old_string: 'ok', new_string: 'fine' })
    expect(edit.isError).toBe(false)
  })
})
