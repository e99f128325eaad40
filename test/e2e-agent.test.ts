// Exact resume through the bundled action (dist/main.js, then dist/post.js) on Node 20 and 24:
// a scripted six-call task is broken at step k — main SIGKILLed while the next call hangs, the
// model failing (retries included), main SIGKILLed while a bash tool runs — then post runs on
// the same runner and a re-run lands on a fresh runner with a fresh clone. The re-run must
// complete with exactly the model calls an uninterrupted run still had ahead of it, run no
// finished tool twice, and leave the workspace an uninterrupted run leaves.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { commands, killGroup, RUNTIMES, SimulatedJob, type StageResult } from './support/action-harness.mjs'
import { startCacheService, type CacheService } from './support/cache-server.mjs'
import { startModelServer, type Fault, type ModelServer, type RecordedRequest, type ScriptTurn } from './support/model-server.mjs'
import { freshClone, makeOrigin, workspaceFiles } from './support/repo.mjs'
import { tempDir } from './support/temp.js'
import { aliveWith, until } from './support/process.js'

const root = tempDir('ar-e2e-agent-')
let svc: CacheService
let model: ModelServer
let origin: string
beforeAll(async () => {
  ;[svc, model] = await Promise.all([startCacheService(), startModelServer()])
  origin = makeOrigin(join(root, 'origin'), { 'README.md': '# Demo\n', 'src/app.js': "export const greeting = 'hello'\n" })
})
afterAll(async () => {
  await model?.close()
  await svc?.stop()
})

/** Files outside the workspace: what the bash steps did, across attempts and runners. */
interface Side {
  ledger: string
  /** While it exists, step 4's bash sleeps 30 s (the kill lands then). */
  gate: string
  pid: string
}

const q = (path: string) => `'${path}'`

/** Six model calls: five tool steps (one with two tools), then the final answer. */
function script(s: Side): ScriptTurn[] {
  const log = (line: string) => `echo ${line} >> ${q(s.ledger)}`
  return [
    { toolCalls: [{ name: 'write_file', args: { path: 'notes.md', content: 'one\n' } }] },
    { toolCalls: [{ name: 'bash', args: { command: `${log('start-2')}; echo x >> counter.txt; ${log('end-2')}` } }] },
    // Not idempotent: applied twice, notes.md would read 'one two two'.
    { toolCalls: [{ name: 'edit_file', args: { path: 'notes.md', old_string: 'one', new_string: 'one two' } }] },
    {
      toolCalls: [
        {
          name: 'bash',
          args: {
            command: `${log('start-4')}; echo $$ > ${q(s.pid)}; if [ -f ${q(s.gate)} ]; then sleep 30; fi; echo y >> counter.txt; ${log('end-4')}`,
          },
        },
      ],
    },
    {
      toolCalls: [
        { name: 'write_file', args: { path: 'src/done.txt', content: 'done\n' } },
        { name: 'bash', args: { command: `${log('start-5')}; cat notes.md >> counter.txt; ${log('end-5')}` } },
      ],
    },
    { text: 'Done: notes.md, counter.txt and src/done.txt.' },
  ]
}
const N = 6
/** What each turn's step group names. */
const NAMES = ['write_file', 'bash', 'edit_file', 'bash', 'write_file, bash', 'answer']
/** The script turn whose bash the tool scenario interrupts (step 4). */
const TOOL_TURN = 3

type Scenario =
  /** SIGKILL main (its process group) while the call after step `after` hangs. */
  | { kind: 'kill'; after: number }
  /** The call after step `after` fails on every try (3: maxRetries 2), so main fails. */
  | { kind: 'model'; after: number; fault: 'status' | 'drop' }
  /** SIGKILL main while step 4's bash (`sleep 30`) runs. */
  | { kind: 'tool' }

let runs = 0
function newJob(runner: string, runId: string, attempt: number, node: string): SimulatedJob {
  const job = new SimulatedJob({
    dir: join(root, runner),
    runId,
    attempt,
    node,
    inputs: { model: 'openai-compatible/scripted', 'base-url': model.url, prompt: 'Do the task.', 'github-token': '' },
    env: svc.env,
  })
  freshClone(origin, job.workspace)
  return job
}

function side(name: string): Side {
  const dir = join(root, 'side', name)
  mkdirSync(dir, { recursive: true })
  return { ledger: join(dir, 'ledger.log'), gate: join(dir, 'gate'), pid: join(dir, 'bash.pid') }
}

function ledger(s: Side): string[] {
  return existsSync(s.ledger) ? readFileSync(s.ledger, 'utf8').trim().split('\n') : []
}

function logOf(r: StageResult): string {
  return `${r.stdout}\n--- stderr ---\n${r.stderr}`
}

/**
 * The step group headers, after checking that groups never nest (each step is its own group;
 * a killed main may leave the last one open).
 */
function stepHeaders(stdout: string): string[] {
  const marks = stdout.split('\n').filter((l) => l.startsWith('::group::') || l.startsWith('::endgroup::'))
  expect(marks.filter((m, i) => m.startsWith('::group::') !== (i % 2 === 0))).toEqual([])
  return marks.filter((m) => m.startsWith('::group::Step ')).map((m) => m.slice('::group::'.length))
}

/** The headers the loop must print for these answered calls: tools and exact token usage. */
function expectedHeaders(answered: readonly RecordedRequest[]): string[] {
  return answered.map(
    (r, i) =>
      `Step ${i + 1}: ${NAMES[r.turn]} · ${r.promptTokens} in${r.cachedTokens ? ` (${r.cachedTokens} cached)` : ''} / ${r.completionTokens} out tokens`,
  )
}

const answeredOf = (requests: readonly RecordedRequest[]) => requests.filter((r) => r.fault === undefined)
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i)

/** An uninterrupted run on `node`: the workspace every scenario must end with. */
async function reference(label: string, node: string): Promise<Record<string, string>> {
  const s = side(`${label}-reference`)
  model.setScript(script(s))
  model.setFaults([])
  const mark = model.requests.length
  const job = newJob(`${label}-reference`, `${process.pid}${String(++runs).padStart(3, '0')}`, 1, node)
  const main = await job.run('main')
  expect(main.code, logOf(main)).toBe(0)
  const requests = model.requests.slice(mark)
  expect(requests.map((r) => r.turn)).toEqual(range(0, N))
  expect(stepHeaders(main.stdout)).toEqual(expectedHeaders(requests))
  expect(main.outputs).toMatchObject({ outcome: 'completed', steps: String(N), resumed: 'false', 'avoided-model-calls': '0' })
  expect(ledger(s)).toEqual(['start-2', 'end-2', 'start-4', 'end-4', 'start-5', 'end-5'])
  const files = workspaceFiles(job.workspace)
  expect(readFileSync(join(job.workspace, 'notes.md'), 'utf8')).toBe('one two\n')
  expect(readFileSync(join(job.workspace, 'counter.txt'), 'utf8')).toBe('x\ny\none two\n')
  return files
}

function describeScenario(s: Scenario): string {
  if (s.kind === 'kill') return `SIGKILL after step ${s.after}`
  if (s.kind === 'model') return `model ${s.fault} at the call after step ${s.after}`
  return `SIGKILL while step ${TOOL_TURN + 1}'s bash runs`
}

async function runScenario(label: string, node: string, sc: Scenario, refFiles: Record<string, string>): Promise<void> {
  const name = `${label}-${sc.kind}-${sc.kind === 'tool' ? TOOL_TURN : sc.after}`
  const s = side(name)
  const runId = `${process.pid}${String(++runs).padStart(3, '0')}`
  model.setScript(script(s))
  const faults: Fault[] =
    sc.kind === 'kill' ? [{ kind: 'hang', turn: sc.after }] : sc.kind === 'model' ? [{ kind: sc.fault, turn: sc.after, times: 3 }] : []
  model.setFaults(faults)
  if (sc.kind === 'tool') writeFileSync(s.gate, '')

  // Attempt 1, broken.
  const mark1 = model.requests.length
  const job1 = newJob(name, runId, 1, node)
  const { child, done } = job1.start('main')
  let early: StageResult | undefined
  void done.then((r) => (early = r))
  const killWhen = async (ready: () => boolean, what: string) => {
    await until(() => early !== undefined || ready(), 30_000, what)
    expect(early, `main ended before ${what}:\n${early ? logOf(early) : ''}`).toBeUndefined()
    killGroup(child)
  }
  // The hanging request for step after+1 is sent only once step `after` is committed and its
  // checkpoint hook has returned: the loop is sequential.
  if (sc.kind === 'kill') await killWhen(() => model.requests.slice(mark1).some((r) => r.fault === 'hang'), 'the hanging call')
  if (sc.kind === 'tool')
    await killWhen(() => ledger(s).includes('start-4') && existsSync(s.pid) && readFileSync(s.pid, 'utf8').trim() !== '', 'the bash step')
  const main1 = await done
  // The command line holds the gate's path: unique to this scenario.
  const shell = sc.kind === 'tool' ? s.gate : undefined
  rmSync(s.gate, { force: true })
  const requests1 = model.requests.slice(mark1)
  const answered1 = answeredOf(requests1)
  // Calls attempt 1 paid for: up to step `after`, plus the bash call whose tool was cut short.
  const paid = sc.kind === 'tool' ? TOOL_TURN + 1 : sc.after
  expect(
    answered1.map((r) => r.turn),
    logOf(main1),
  ).toEqual(range(0, paid))
  expect(requests1.length, logOf(main1)).toBe(sc.kind === 'kill' ? paid + 1 : sc.kind === 'model' ? paid + 3 : paid)
  expect(stepHeaders(main1.stdout)).toEqual(expectedHeaders(answered1))
  if (sc.kind === 'model') {
    expect(main1.code, logOf(main1)).toBe(1)
    expect(main1.outputs).toMatchObject({ outcome: 'failed', steps: String(paid) })
    const errors = commands(main1.stdout, 'error')
    expect(errors.join('\n')).toContain(`Stopped after ${paid} step(s): the agent failed: model call failed at step ${paid + 1}`)
    expect(errors.join('\n')).toContain('Re-run the failed job to resume')
  } else {
    expect(main1.signal, logOf(main1)).toBe('SIGKILL')
  }
  if (shell !== undefined) {
    // The command was in its own process group; the watchdog ends it when main dies.
    await until(() => !aliveWith(shell), 5_000, 'the interrupted bash to die')
  }

  // Post on the same runner saves what main left.
  const post1 = await job1.run('post')
  expect(post1.code, logOf(post1)).toBe(0)
  expect(commands(post1.stdout, 'warning'), logOf(post1)).toEqual([])

  // Attempt 2: a fresh runner, a fresh clone, no faults.
  model.setFaults([])
  const mark2 = model.requests.length
  const job2 = newJob(name, runId, 2, node)
  const main2 = await job2.run('main')
  expect(main2.code, logOf(main2)).toBe(0)
  const requests2 = model.requests.slice(mark2)
  expect(answeredOf(requests2)).toEqual(requests2)
  // Exactly the calls an uninterrupted run still had ahead of it. After a kill during a tool
  // there is one more: the bash call was paid for in attempt 1 but its result was lost, so
  // history repair answers it "Tool call interrupted" and the model issues it again (turn 3
  // twice across the attempts: N + 1 calls in all).
  const remaining = N - paid + (sc.kind === 'tool' ? 1 : 0)
  expect(requests2.length).toBe(remaining)
  expect(requests2.map((r) => r.turn)).toEqual(sc.kind === 'tool' ? range(TOOL_TURN, N) : range(paid, N))
  expect(stepHeaders(main2.stdout)).toEqual(expectedHeaders(requests2))
  const firstBody = JSON.stringify(requests2[0]!.body)
  if (paid > 0) expect(firstBody).toContain('The previous attempt (attempt 1) of this job was interrupted')
  // Nothing answered yet: the stored prompt is sent again as it is, with no nudge on top.
  else expect(requests2[0]!.body.messages).toEqual(requests1[0]!.body.messages)
  if (sc.kind === 'tool') expect(firstBody).toContain('Tool call interrupted')

  // 'avoided' counts the calls whose step attempt 1 finished: the cut-short bash call was paid
  // for but its work was lost (the model issues it again), so it is not counted as saved.
  const kept = answered1.slice(0, paid - (sc.kind === 'tool' ? 1 : 0))
  expect(main2.outputs).toMatchObject({
    outcome: 'completed',
    resumed: 'true',
    attempt: '2',
    'cache-hit': 'true',
    'restored-from-attempt': '1',
    steps: String(remaining),
    'avoided-model-calls': String(kept.length),
  })
  // 'avoided-tokens-input' is what a fresh retry would have cost more: the kept calls' input,
  // less the continuation note every resumed call carried (the server counts JSON / 4).
  const keptTokens = kept.reduce((n, r) => n + r.promptTokens, 0)
  const messages2 = requests2[0]!.body.messages as Array<{ role: string; content: unknown }>
  const nudge = messages2.find((m) => m.role === 'user' && String(m.content).includes('The previous attempt'))
  const honest = keptTokens - (nudge ? ((JSON.stringify(nudge).length + 1) / 4) * requests2.length : 0)
  const avoidedTokens = Number(main2.outputs['avoided-tokens-input'])
  if (kept.length > 0)
    expect(Math.abs(avoidedTokens - honest), `${avoidedTokens} vs ${honest}`).toBeLessThanOrEqual(Math.max(10, honest * 0.1))
  else expect(avoidedTokens).toBe(0)
  expect(main2.summary).toContain('resumed from attempt 1')
  // Nothing saved (the attempt failed before its first answer): no "what resuming saved" section.
  if (kept.length > 0) expect(main2.summary).toContain(`**${kept.length} model calls**`)
  else expect(main2.summary).not.toContain('What resuming saved')
  // The attempts table: a killed attempt never recorded an end, so it shows as interrupted.
  const outcome1 = sc.kind === 'model' ? '❌ failed' : '💥 interrupted'
  expect(main2.summary).toContain(`| 1 | ${outcome1} | ${sc.kind === 'tool' ? TOOL_TURN : paid} |`)

  // No finished tool ran twice: each bash step ended once; only the interrupted one started twice.
  const lines = ledger(s)
  for (const step of [2, 4, 5]) {
    expect(lines.filter((l) => l === `end-${step}`)).toHaveLength(1)
    expect(lines.filter((l) => l === `start-${step}`)).toHaveLength(sc.kind === 'tool' && step === TOOL_TURN + 1 ? 2 : 1)
  }
  expect(workspaceFiles(job2.workspace)).toEqual(refFiles)
}

const PLAN: Record<(typeof RUNTIMES)[number]['label'], Scenario[]> = {
  node20: [
    { kind: 'model', after: 0, fault: 'status' },
    { kind: 'kill', after: 1 },
    { kind: 'model', after: 3, fault: 'status' },
    { kind: 'tool' },
    { kind: 'kill', after: 5 },
  ],
  node24: [
    { kind: 'kill', after: 0 },
    { kind: 'kill', after: 3 },
    { kind: 'model', after: 1, fault: 'drop' },
    { kind: 'tool' },
    { kind: 'model', after: 5, fault: 'status' },
  ],
}

describe.each(RUNTIMES)('exact resume through dist on $label', ({ label, node }) => {
  let refFiles: Record<string, string>
  it('an uninterrupted run: the reference workspace, six calls, one group per step', async () => {
    refFiles = await reference(label, node)
  })
  it.each(PLAN[label].map((sc) => ({ sc, title: describeScenario(sc) })))(
    '$title: the re-run finishes only what was left',
    async ({ sc }) => {
      expect(refFiles, 'the reference run must pass first').toBeDefined()
      await runScenario(label, node, sc, refFiles)
    },
  )
})
