// The bash tool with real processes: timeouts kill the whole process group, leftovers die
// with the command, the command dies with the action's process, and secrets stay out.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'
import { createToolbox, scrubEnv } from '../src/agent/tools/index.js'
import { tempDir } from './support/temp.js'

const base = tempDir('ar-bash-')
let n = 0
function box(env: NodeJS.ProcessEnv = { PATH: process.env.PATH }, options: { timeout?: number; secrets?: string[]; max?: number } = {}) {
  const root = join(base, `ws${++n}`)
  mkdirSync(root, { recursive: true })
  const tools = createToolbox({
    workspaceRoot: root,
    bashTimeoutSeconds: options.timeout ?? 10,
    env,
    secrets: options.secrets ?? [],
    ...(options.max ? { maxOutputChars: options.max } : {}),
  })
  return { root, bash: (command: string) => tools.execute({ toolCallId: 'c', toolName: 'bash', input: { command } }) }
}

/** Gone, or a zombie waiting to be reaped: either way it runs nothing any more. */
function isDead(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z')
  } catch {
    return true
  }
}

async function until(check: () => boolean, ms: number): Promise<boolean> {
  const stop = Date.now() + ms
  while (Date.now() < stop) {
    if (check()) return true
    await new Promise((r) => setTimeout(r, 50))
  }
  return check()
}

const pidIn = (path: string) => Number(readFileSync(path, 'utf8').trim())

describe('bash tool', () => {
  it('runs in the workspace root and reports output and exit code', async () => {
    const { root, bash } = box()
    const result = await bash('pwd; echo to-stderr >&2; exit 3')
    expect(result.isError).toBe(false)
    expect(result.text).toContain(root.split('/').pop())
    expect(result.text).toContain('to-stderr')
    expect(result.text).toMatch(/\[exit code 3\]$/)
    expect((await bash('true')).text).toBe('(no output)\n[exit code 0]')
    expect((await bash('read x; echo "read:$x"')).text).toContain('read:')
  })

  it('kills the command and everything it started at the timeout', async () => {
    const { root, bash } = box(undefined, { timeout: 1 })
    const started = Date.now()
    const result = await bash('sleep 30 & echo $! > bg.pid; echo waiting; sleep 30')
    expect(Date.now() - started).toBeLessThan(5_000)
    expect(result.text).toContain('waiting')
    expect(result.text).toMatch(/killed after the 1s timeout/)
    expect(await until(() => isDead(pidIn(join(root, 'bg.pid'))), 2_000)).toBe(true)
  })

  it('does not leave background processes running after the command ends', async () => {
    const { root, bash } = box()
    const started = Date.now()
    const result = await bash('sleep 30 & echo $! > bg.pid; echo done')
    expect(Date.now() - started).toBeLessThan(5_000)
    expect(result.text).toBe('done\n[exit code 0]')
    expect(await until(() => isDead(pidIn(join(root, 'bg.pid'))), 2_000)).toBe(true)
  })

  it('caps output and says how much was cut', async () => {
    const { bash } = box(undefined, { max: 4_000 })
    const result = await bash('head -c 200000 /dev/zero | tr "\\0" a; echo; echo END')
    expect(result.text.length).toBeLessThanOrEqual(4_000)
    expect(result.text).toMatch(/characters cut/)
    expect(result.text).toMatch(/END\n\[exit code 0\]$/)
    // One note, with the true size of what the command printed (200,005 characters).
    expect(result.text.match(/characters cut/g)).toHaveLength(1)
    expect(result.text).toContain('output was 200005 characters')
  })

  it('scrubs tokens, runner credentials, inputs, keys and secret values from the environment', async () => {
    const env = {
      PATH: process.env.PATH,
      HOME: '/home/runner',
      GITHUB_TOKEN: 'ghs_abc123',
      GH_TOKEN: 'ghs_def',
      ACTIONS_RUNTIME_TOKEN: 'jwt',
      ACTIONS_RESULTS_URL: 'https://results',
      ACTIONS_CACHE_URL: 'https://cache',
      'INPUT_API-KEY': 'sk-input',
      INPUT_PROMPT: 'hello',
      OPENAI_API_KEY: 'sk-openai',
      NPM_TOKEN: 'npm_x',
      MY_SECRET_THING: 'shh',
      DB_PASSWORD: 'pw',
      INNOCENT_NAME: 'contains sk-live-12345 inside',
      GITHUB_REPOSITORY: 'o/r',
    }
    const scrubbed = scrubEnv(env, ['sk-live-12345'])
    expect(Object.keys(scrubbed).sort()).toEqual(['GITHUB_REPOSITORY', 'GIT_TERMINAL_PROMPT', 'HOME', 'PATH'])
    const { bash } = box(env, { secrets: ['sk-live-12345'] })
    const out = (await bash('env')).text
    for (const gone of ['ghs_abc123', 'jwt', 'https://results', 'sk-input', 'sk-openai', 'npm_x', 'shh', 'sk-live-12345', 'INPUT_PROMPT']) {
      expect(out).not.toContain(gone)
    }
    expect(out).toContain('GITHUB_REPOSITORY=o/r')
  })

  it('dies with the action process, even when that is SIGKILLed', async () => {
    const dir = join(base, 'killed')
    mkdirSync(dir, { recursive: true })
    const entry = join(dir, 'entry.ts')
    const tools = resolve('src/agent/tools/index.ts')
    writeFileSync(
      entry,
      `import { createToolbox } from ${JSON.stringify(tools)}\n` +
        `const t = createToolbox({ workspaceRoot: process.argv[2]!, bashTimeoutSeconds: 60 })\n` +
        `await t.execute({ toolCallId: 'c', toolName: 'bash', input: { command: 'sleep 60 & echo $! > bg.pid; echo $$ > sh.pid; sleep 60' } })\n`,
    )
    // Bundled next to the sources so the packages resolve from this repository's node_modules.
    const outfile = resolve('.tmp', `bash-kill-${process.pid}.mjs`)
    await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile, logLevel: 'silent' })
    const child = spawn(process.execPath, [outfile, dir], { stdio: 'ignore' })
    try {
      expect(await until(() => existsSync(join(dir, 'bg.pid')) && existsSync(join(dir, 'sh.pid')), 10_000)).toBe(true)
      const bg = pidIn(join(dir, 'bg.pid'))
      const sh = pidIn(join(dir, 'sh.pid'))
      expect(isDead(bg) || isDead(sh)).toBe(false)
      // Only the action's own pid: the command's group must be taken down by the watchdog.
      child.kill('SIGKILL')
      expect(await until(() => isDead(bg) && isDead(sh), 5_000)).toBe(true)
    } finally {
      child.kill('SIGKILL')
      rmSync(outfile, { force: true })
    }
  })
})
