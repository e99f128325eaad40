// MCP tools through the bundled action (dist/main.js, then dist/post.js) on Node 20 and 24, with
// a real stdio MCP server (test/support/mcp-server.mjs): the scripted model calls
// `test__append`, then `test__hang`; main is SIGKILLed while that call runs. The re-run resumes:
// the finished call is not run again (the server's ledger has it once), the cut-off one is
// answered as interrupted and the model issues it again. A server whose command does not exist
// is a warning naming it, and the job completes; the server's env value is masked and never stored.
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { commands, killGroup, RUNTIMES, SimulatedJob, type StageResult } from './support/action-harness.mjs'
import { startCacheService, type CacheService } from './support/cache-server.mjs'
import { INTERRUPTED_MARKER, startModelServer, type ModelServer, type ScriptTurn } from './support/model-server.mjs'
import { freshClone, makeOrigin } from './support/repo.mjs'
import { tempDir } from './support/temp.js'
import { until } from './support/process.js'

const SERVER = fileURLToPath(new URL('./support/mcp-server.mjs', import.meta.url))
const SECRET = 'mcp-env-secret-4f9a1c'
const root = tempDir('ar-e2e-mcp-')
let svc: CacheService
let model: ModelServer
let origin: string
beforeAll(async () => {
  ;[svc, model] = await Promise.all([startCacheService(), startModelServer()])
  origin = makeOrigin(join(root, 'origin'), { 'README.md': '# Demo\n' })
})
afterAll(async () => {
  await model?.close()
  await svc?.stop()
})

const logOf = (r: StageResult) => `${r.stdout}\n--- stderr ---\n${r.stderr}`
const lines = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n') : [])

/** Every file under dir (the runner's temp: the session DB and its checkpoints). */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

let runs = 0
describe.each(RUNTIMES)('MCP tools through dist on $label', ({ label, node }) => {
  it('a finished MCP call is not run again after a SIGKILL; the cut-off one is reported interrupted', async () => {
    const name = `${label}-kill`
    const ledger = join(root, `${name}.ledger`)
    const gate = join(root, `${name}.gate`)
    writeFileSync(gate, '')
    const script: ScriptTurn[] = [
      { toolCalls: [{ name: 'test__append', args: { line: 'one' } }] },
      { toolCalls: [{ name: 'test__hang', args: { gate } }] },
      { toolCalls: [{ name: 'test__secret', args: {} }] },
      { toolCalls: [{ name: 'test__append', args: { line: 'two' } }] },
      { text: 'Done with the MCP tools.' },
    ]
    model.setScript(script)
    model.setFaults([])
    const servers = {
      mcpServers: {
        test: { command: node, args: [SERVER, ledger], env: { TEST_TOKEN: SECRET } },
        ghost: { command: join(root, 'no-such-mcp-server') },
      },
    }
    const runId = `${process.pid}${String(++runs).padStart(3, '0')}`
    const job = (attempt: number) => {
      const j = new SimulatedJob({
        dir: join(root, `${name}-${attempt}`),
        runId,
        attempt,
        node,
        inputs: {
          model: 'openai-compatible/scripted',
          'base-url': model.url,
          prompt: 'Use the MCP tools.',
          'github-token': '',
          'mcp-servers': JSON.stringify(servers),
        },
        env: svc.env,
      })
      freshClone(origin, j.workspace)
      return j
    }

    // Attempt 1: killed while test__hang runs (test__append 'one' is committed by then).
    const job1 = job(1)
    const { child, done } = job1.start('main')
    let early: StageResult | undefined
    void done.then((r) => (early = r))
    await until(() => early !== undefined || lines(ledger).includes('hang-start'), 60_000, 'the hang call')
    expect(early, early ? logOf(early) : '').toBeUndefined()
    killGroup(child)
    const main1 = await done
    expect(main1.signal, logOf(main1)).toBe('SIGKILL')
    expect(commands(main1.stdout, 'warning').join('\n')).toContain("MCP server 'ghost' did not start")
    rmSync(gate)
    const post1 = await job1.run('post')
    expect(post1.code, logOf(post1)).toBe(0)

    // Attempt 2: a fresh runner resumes.
    const mark = model.requests.length
    const job2 = job(2)
    const main2 = await job2.run('main')
    expect(main2.code, logOf(main2)).toBe(0)
    expect(main2.outputs).toMatchObject({ outcome: 'completed', resumed: 'true', attempt: '2' })
    expect(commands(main2.stdout, 'warning').join('\n')).toContain("MCP server 'ghost' did not start")
    const requests = model.requests.slice(mark)
    // The model is asked again from the interrupted call on: turns 1 (again), 2, 3, 4.
    expect(requests.map((r) => r.turn)).toEqual([1, 2, 3, 4])
    const first = JSON.stringify(requests[0]!.body)
    expect(first).toContain(INTERRUPTED_MARKER)
    expect(first).toContain('appended one')
    const tools = (requests[0]!.body.tools as Array<{ function: { name: string } }>).map((t) => t.function.name)
    expect(tools).toEqual(expect.arrayContaining(['bash', 'test__append', 'test__hang']))

    // Exactly once: 'one' ran in attempt 1 only; the cut-off hang started twice and ended once.
    const done_ = lines(ledger).filter((l) => !l.startsWith('started '))
    expect(done_).toEqual(['one', 'hang-start', 'hang-start', 'hang-end', 'two'])
    // Each attempt started its server once, and closed it: no server outlives main.
    expect(lines(ledger).filter((l) => l.startsWith('started '))).toHaveLength(2)

    // The server's env value reached the model (it asked for it) but never the log or the store.
    // (The runner masks what follows an ::add-mask::, as the harness does not: a tool result's log line may show it.)
    for (const r of [main1, main2]) {
      const out = r.stdout.split('\n')
      const mask = out.indexOf(`::add-mask::${SECRET}`)
      expect(mask, logOf(r)).toBeGreaterThanOrEqual(0)
      expect(out.slice(0, mask).filter((l) => l.includes(SECRET))).toEqual([])
      expect(r.stderr).not.toContain(SECRET)
    }
    expect(post1.stdout + post1.stderr).not.toContain(SECRET)
    const dbs = [...filesUnder(job1.dir), ...filesUnder(job2.dir)].filter((f) => /\.db$/.test(f))
    expect(dbs.length).toBeGreaterThan(0)
    for (const file of dbs) {
      expect(readFileSync(file).includes(SECRET), file).toBe(false)
    }
  })
})
