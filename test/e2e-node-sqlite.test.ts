// The bundled action with no better-sqlite3 binary (docs/design.md §2): a copy of dist/ without
// dist/native/*.node, run on Node 24, must pick node:sqlite, say so in the log, and resume exactly:
// attempt 1 is SIGKILLed while the call after step 2 hangs, its post step saves the session, and
// attempt 2 on a fresh runner with a fresh clone makes only the calls that were left.
import { execFileSync } from 'node:child_process'
import { cpSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { commands, killGroup, NODE20, NODE24, ROOT, SimulatedJob, type StageResult } from './support/action-harness.mjs'
import { startCacheService, type CacheService } from './support/cache-server.mjs'
import { startModelServer, type ModelServer, type ScriptTurn } from './support/model-server.mjs'
import { freshClone, makeOrigin, workspaceFiles } from './support/repo.mjs'
import { tempDir } from './support/temp.js'
import { until } from './support/process.js'

const root = tempDir('ar-e2e-node-sqlite-')
/** dist/ as shipped, less the better-sqlite3 binaries. */
const distDir = join(root, 'action', 'dist')
let svc: CacheService
let model: ModelServer
let origin: string
beforeAll(async () => {
  cpSync(join(ROOT, 'dist'), distDir, { recursive: true, filter: (src) => !src.endsWith('.node') })
  ;[svc, model] = await Promise.all([startCacheService(), startModelServer()])
  origin = makeOrigin(join(root, 'origin'), { 'README.md': '# Demo\n', 'src/app.js': "export const greeting = 'hello'\n" })
})
afterAll(async () => {
  await model?.close()
  await svc?.stop()
})

const SCRIPT: ScriptTurn[] = [
  { toolCalls: [{ name: 'write_file', args: { path: 'one.txt', content: 'one\n' } }] },
  { toolCalls: [{ name: 'edit_file', args: { path: 'README.md', old_string: '# Demo', new_string: '# Demo, edited' } }] },
  { toolCalls: [{ name: 'write_file', args: { path: 'three.txt', content: 'three\n' } }] },
  { text: 'Wrote the files.' },
]

const runId = `${process.pid}001`
function newJob(attempt: number, node = NODE24): SimulatedJob {
  const job = new SimulatedJob({
    dir: join(root, 'runner'),
    runId,
    attempt,
    node,
    distDir,
    inputs: { model: 'openai-compatible/scripted', 'base-url': model.url, prompt: 'Write the files.', 'github-token': '' },
    env: svc.env,
  })
  freshClone(origin, job.workspace)
  return job
}

const logOf = (r: StageResult) => `${r.stdout}\n--- stderr ---\n${r.stderr}`
const SQLITE_LINE = /^SQLite: node:sqlite \(Node 24\.\d+\.\d+, SQLite 3\.\d+\.\d+\)$/m

describe('dist without the better-sqlite3 binaries, on Node 24', () => {
  it('ships no binary in the copy', () => {
    expect(readdirSync(join(distDir, 'native'))).toEqual([])
  })

  it('runs on node:sqlite, names it in the log, and resumes exactly', async () => {
    model.setScript(SCRIPT)
    model.setFaults([{ kind: 'hang', turn: 2 }])
    const job1 = newJob(1)
    const { child, done } = job1.start('main')
    let early: StageResult | undefined
    void done.then((r) => (early = r))
    await until(() => early !== undefined || model.requests.some((r) => r.fault === 'hang'), 30_000, 'the hanging call')
    expect(early, early && logOf(early)).toBeUndefined()
    killGroup(child)
    const main1 = await done
    expect(main1.signal, logOf(main1)).toBe('SIGKILL')
    expect(main1.stdout).toMatch(SQLITE_LINE)
    const post1 = await job1.run('post')
    expect(post1.code, logOf(post1)).toBe(0)
    expect(post1.stdout).toMatch(SQLITE_LINE)
    expect(post1.stdout).toContain(`Session DB saved to the cache as agent-resume-${runId}-agent-1-`)
    expect(commands(post1.stdout, 'warning'), logOf(post1)).toEqual([])

    model.setFaults([])
    const mark = model.requests.length
    const job2 = newJob(2)
    const main2 = await job2.run('main')
    expect(main2.code, logOf(main2)).toBe(0)
    expect(main2.stdout).toMatch(SQLITE_LINE)
    // Exactly the calls an uninterrupted run still had ahead of it: turns 2 and 3.
    expect(model.requests.slice(mark).map((r) => r.turn)).toEqual([2, 3])
    expect(main2.outputs).toMatchObject({
      outcome: 'completed',
      resumed: 'true',
      'cache-hit': 'true',
      'restored-from-attempt': '1',
      steps: '2',
      'avoided-model-calls': '2',
      response: 'Wrote the files.',
    })
    const read = (file: string) => readFileSync(join(job2.workspace, file), 'utf8')
    expect([read('README.md'), read('one.txt'), read('three.txt')]).toEqual(['# Demo, edited\n', 'one\n', 'three\n'])
    expect(Object.keys(workspaceFiles(job2.workspace)).sort()).toEqual(['README.md', 'one.txt', 'src/app.js', 'three.txt'])
    const post2 = await job2.run('post')
    expect(post2.code, logOf(post2)).toBe(0)
    expect(post2.stdout).toMatch(SQLITE_LINE)
    for (const r of [main1, post1, main2, post2]) expect(`${r.stdout}${r.stderr}`).not.toMatch(/better-sqlite3|ExperimentalWarning/)
  })

  const node20 = execFileSync(NODE20, ['-p', 'process.version'], { encoding: 'utf8' }).trim()
  it.runIf(node20.startsWith('v20.'))('on Node 20, which has no node:sqlite, fails naming the runtime and what is supported', async () => {
    const main = await newJob(1, NODE20).run('main')
    expect(main.code, logOf(main)).toBe(1)
    const error = commands(main.stdout, 'error').join('\n')
    expect(error).toContain(`No SQLite binary for Node ${node20} (ABI 115) on linux-x64 (the SQLite binary for Node 20`)
    expect(error).toContain("run 'npm run build:native'), and no node:sqlite, which Node 22.13 and later have built in")
    expect(error).toContain('This action ships better-sqlite3 for: Node 20 (ABI 115) on linux-x64')
  })
})
