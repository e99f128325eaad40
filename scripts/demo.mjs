// `npm run demo`: watch a re-run resume instead of starting over, locally, without an API key.
//
// Starts a local cache service (the actions/cache v2 protocol, Azurite as blob store) and a
// scripted OpenAI-compatible model, makes a throwaway git repository with a small task, and
// runs the bundled action (dist/main.js then dist/post.js, as the runner does):
//   attempt 1  the main step is killed after step 5 of 8 (SIGKILL to its process group);
//              the post step saves the session
//   attempt 2  "Re-run failed jobs": a fresh runner and a fresh clone; the action restores the
//              session and the agent's file changes and finishes only what was left
// and, for comparison, a fresh retry that starts over (a new run, the full prompt).
//
//   node scripts/demo.mjs [--verbose] [--model provider/id [--base-url URL]] [--kill-after N]
//
// --model uses a real model (its key from the usual environment variable, e.g.
// ANTHROPIC_API_KEY); the fresh-retry column is then the action's own estimate, not a rerun.
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { SimulatedJob } from '../test/support/action-harness.mjs'
import { startCacheService } from '../test/support/cache-server.mjs'
import { startModelServer } from '../test/support/model-server.mjs'
import { freshClone, git, makeBareOrigin, workspaceFiles } from '../test/support/repo.mjs'
import { actionLog, killRunningStages, num, restoredFiles, runStage, toolLines } from './demo/flow.mjs'
import { REPO_FILES, TASK, TASK_TITLE, TURNS } from './demo/task.mjs'

const KEY_ENV = { anthropic: 'ANTHROPIC_API_KEY', openai: 'OPENAI_API_KEY', google: 'GOOGLE_GENERATIVE_AI_API_KEY' }

class DemoError extends Error {}
let interrupted = false

function options() {
  let values
  try {
    ;({ values } = parseArgs({
      options: {
        verbose: { type: 'boolean', short: 'v', default: false },
        model: { type: 'string' },
        'base-url': { type: 'string', default: '' },
        'kill-after': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }))
  } catch (error) {
    throw new DemoError(`${error.message}. Try --help.`)
  }
  if (values.help) {
    process.stdout.write(
      'Usage: npm run demo -- [--verbose] [--model provider/id [--base-url URL]] [--kill-after N]\n' +
        "  --verbose        stream the action's own log (default: written to a log file)\n" +
        '  --model p/id     use a real model; its key comes from the environment (e.g. ANTHROPIC_API_KEY)\n' +
        '  --kill-after N   interrupt attempt 1 after step N (default 5; 2 with --model)\n',
    )
    process.exit(0)
  }
  // A real model may batch several tool calls per step and finish in a few: interrupt it early.
  const killAfter = Number(values['kill-after'] ?? (values.model === undefined ? 5 : 2))
  if (!Number.isInteger(killAfter) || killAfter < 1)
    throw new DemoError(`--kill-after must be a positive whole number, not '${values['kill-after']}'`)
  if (values.model !== undefined) {
    const provider = values.model.split('/')[0]
    if (!values.model.includes('/'))
      throw new DemoError(`--model expects 'provider/model-id' (e.g. anthropic/claude-sonnet-4-5), not '${values.model}'`)
    const keyEnv = KEY_ENV[provider]
    if (keyEnv && !process.env[keyEnv]) throw new DemoError(`--model ${values.model} needs ${keyEnv} in the environment.`)
    if (provider === 'openai-compatible' && values['base-url'] === '') throw new DemoError('--model openai-compatible/… needs --base-url.')
  } else if (killAfter >= TURNS.length) {
    throw new DemoError(`--kill-after must be below ${TURNS.length} with the scripted model (it takes ${TURNS.length} steps).`)
  }
  const keyEnv = values.model === undefined ? undefined : KEY_ENV[values.model.split('/')[0]]
  return { verbose: values.verbose, model: values.model, baseUrl: values['base-url'], killAfter, keyEnv }
}

// `npm run demo | head` closes the pipe early: not a failure; the demo finishes quietly.
let stdoutOpen = true
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error
  stdoutOpen = false
})
const out = (text) => {
  if (stdoutOpen) process.stdout.write(text)
}
const say = (line = '') => out(`${line}\n`)

/** --verbose: the action's log, indented, without the ::debug:: lines a runner also hides. */
function verboseEcho() {
  let partial = ''
  return (text) => {
    const lines = (partial + text).split('\n')
    partial = lines.pop() ?? ''
    const shown = lines.filter((l) => !l.startsWith('::debug::')).map((l) => `  │ ${l}\n`)
    if (shown.length > 0) out(shown.join(''))
  }
}

async function main() {
  const opts = options()
  const scripted = opts.model === undefined
  const t0 = performance.now()
  const dir = mkdtempSync(join(tmpdir(), 'agent-resume-demo-'))
  const log = actionLog(join(dir, 'action.log'), opts.verbose ? verboseEcho() : undefined, opts.keyEnv ? [process.env[opts.keyEnv]] : [])
  say(`agent-resume-action demo — ${scripted ? 'scripted model, no API key' : `real model ${opts.model}`}`)
  say(`  task       ${TASK_TITLE}${scripted ? ` (${TURNS.length} model steps uninterrupted)` : ''}`)

  const cleanup = []
  const stopAll = async () => {
    for (const stop of cleanup.splice(0).reverse()) await stop().catch(() => {})
  }
  // Ctrl-C: end the running stage; the flow then fails, and `finally` stops the servers.
  process.once('SIGINT', () => {
    interrupted = true
    killRunningStages()
  })
  try {
    // --- services: the cache (Azurite behind it) and, unless --model, the scripted model.
    const [cache, model] = await Promise.all([
      startCacheService(),
      scripted ? startModelServer({ script: { turns: TURNS } }) : Promise.resolve(undefined),
    ])
    cleanup.push(() => cache.stop())
    if (model) cleanup.push(() => model.close())
    // Attempt 1: the model call after the kill point never answers, so the kill lands between
    // steps every time (a real model keeps answering; the kill still follows step N).
    model?.setFaults([{ kind: 'hang', turn: opts.killAfter, times: 1 }])

    // A bare origin, as GitHub holds one: attempt 2 delivers its finished work there (deliver: push).
    const origin = makeBareOrigin(join(dir, 'origin.git'), REPO_FILES)
    const startedAt = git(origin, 'rev-parse', 'main')
    const inputs = {
      prompt: TASK,
      'github-token': '',
      'max-steps': '30',
      // No token here, so no pull request: the finished work is pushed onto the run's branch (main).
      deliver: 'push',
      ...(scripted ? { model: 'openai-compatible/scripted', 'base-url': model.url } : { model: opts.model, 'base-url': opts.baseUrl }),
    }
    // The runner gives the action only what the workflow passes: the cache variables, and the
    // provider's key (as a workflow would with env: or the api-key input).
    const env = { ...cache.env, ...(opts.keyEnv ? { [opts.keyEnv]: process.env[opts.keyEnv] } : {}) }
    const runId = String(900_000 + Math.floor(Math.random() * 99_999))
    // The same runner path on every attempt (the cache version hashes the DB path), emptied.
    const runnerDir = join(dir, 'runner')
    const job = (attempt, extra = {}) => {
      const j = new SimulatedJob({ dir: runnerDir, runId, attempt, inputs, env, ...extra })
      freshClone(origin, j.workspace)
      return j
    }

    // --- attempt 1: interrupted after step N; the post step runs and saves.
    const j1 = job(1)
    const timeoutMs = scripted ? 60_000 : 15 * 60_000
    const m1 = await runStage(j1, 'main', { log, killAfterStep: opts.killAfter, timeoutMs })
    const p1 = await runStage(j1, 'post', { log, timeoutMs })
    const tools1 = toolLines(m1.stdout)
    if (!m1.killed) {
      const error = m1.stdout
        .split('\n')
        .find((l) => l.startsWith('::error::'))
        ?.slice('::error::'.length)
      throw new DemoError(
        error
          ? `attempt 1 failed on its own before step ${opts.killAfter} ended: ${error}\nSee ${log.path}`
          : `attempt 1 finished (outcome '${m1.outputs.outcome ?? '?'}') before it could be interrupted after step ${opts.killAfter}` +
              `${scripted ? '' : '; try a smaller --kill-after'}. See ${log.path}`,
      )
    }
    if (p1.code !== 0) throw new DemoError(`attempt 1's post step failed (code ${p1.code}). See ${log.path}`)
    copyFileSync(j1.files.summary, join(dir, 'attempt-1-summary.md'))
    say(
      `  attempt 1  ✗ interrupted: main step SIGKILLed after step ${opts.killAfter}${scripted ? ` of ${TURNS.length}` : ''} (${tools1.length} tool runs); the post step saved the session`,
    )

    // The hang may or may not have been reached before the kill: either way it is over.
    model?.setFaults([])

    // --- attempt 2: "Re-run failed jobs" — fresh runner, fresh clone, same run id.
    const j2 = job(2)
    const calls1 = model?.requests.length ?? 0
    const m2 = await runStage(j2, 'main', { log, timeoutMs })
    if (m2.signal) throw new DemoError(`attempt 2's main step did not finish within ${timeoutMs / 1000} s. See ${log.path}`)
    const p2 = await runStage(j2, 'post', { log, timeoutMs })
    const out2 = m2.outputs
    const tools2 = toolLines(m2.stdout)
    const rerun2 = tools2.filter((t) => tools1.includes(t)).length
    const restored = restoredFiles(m2.summary)
    const secs = (ms) => `${(ms / 1000).toFixed(1)} s`
    if (out2.resumed !== 'true') throw new DemoError(`attempt 2 did not resume (outputs: ${JSON.stringify(out2)}). See ${log.path}`)
    if (out2.outcome !== 'completed' || m2.code !== 0)
      throw new DemoError(`attempt 2 ended '${out2.outcome}' (code ${m2.code}). See ${log.path}`)
    if (p2.code !== 0) throw new DemoError(`attempt 2's post step failed (code ${p2.code}). See ${log.path}`)
    say(
      `  attempt 2  ✓ resumed on a fresh runner after step ${opts.killAfter} (cache hit from attempt ${out2['restored-from-attempt']}) → ${out2.outcome} in ${out2.steps} steps, ${secs(m2.ms)}`,
    )
    // The delivery: one commit on the origin's main, holding the agent's changes.
    const delivered = git(origin, 'log', '-1', '--format=%H %s', 'main')
    if (!out2.commit || !delivered.startsWith(out2.commit))
      throw new DemoError(`attempt 2 did not deliver (commit '${out2.commit ?? ''}', origin main ${delivered}). See ${log.path}`)
    const changed = (out2['changed-files'] ?? '').split('\n').filter((f) => f !== '')
    say(
      `  delivered  ✓ commit ${out2.commit.slice(0, 7)} pushed to main of the throwaway origin (${changed.length} files: ${changed.join(', ')})`,
    )

    const resumedCost = { calls: Number(out2.steps), tokens: Number(out2['tokens-input']), rerun: rerun2 }
    let fresh
    let identical
    if (scripted) {
      // --- for comparison: a fresh retry — a new run id, the full prompt, from scratch.
      const calls2 = model.requests.length
      const jf = new SimulatedJob({
        dir: join(dir, 'fresh-retry-runner'),
        runId: String(Number(runId) + 1),
        attempt: 1,
        inputs: { ...inputs, cache: 'false', deliver: 'none' },
        env,
      })
      freshClone(origin, jf.workspace)
      // The comparison starts where attempt 1 did, before attempt 2 delivered onto main.
      git(jf.workspace, 'reset', '-q', '--hard', startedAt)
      const mf = await runStage(jf, 'main', { log, label: 'fresh retry (for comparison)', timeoutMs })
      if (mf.outputs.outcome !== 'completed') throw new DemoError(`the comparison run ended '${mf.outputs.outcome}'. See ${log.path}`)
      const toolsF = toolLines(mf.stdout)
      fresh = {
        calls: Number(mf.outputs.steps),
        tokens: Number(mf.outputs['tokens-input']),
        rerun: toolsF.filter((t) => tools1.includes(t)).length,
        estimated: false,
      }
      identical = JSON.stringify(workspaceFiles(j2.workspace)) === JSON.stringify(workspaceFiles(jf.workspace))
      // Cross-check the demo's figures against what the model server actually saw.
      const seen = (from, to) => model.requests.slice(from, to).filter((r) => !r.fault)
      if (seen(calls1, calls2).length !== resumedCost.calls || seen(calls2).length !== fresh.calls) {
        throw new DemoError(`model call counts disagree with the model server's record. See ${log.path}`)
      }
    } else {
      fresh = {
        calls: resumedCost.calls + Number(out2['avoided-model-calls'] ?? 0),
        tokens: resumedCost.tokens + Number(out2['avoided-tokens-input'] ?? 0),
        rerun: tools1.length,
        estimated: true,
      }
    }
    let testsPass = false
    try {
      execFileSync(process.execPath, ['--test', 'test/'], { cwd: j2.workspace, stdio: 'pipe' })
      testsPass = true
    } catch {
      // failing tests are reported below as "tests pass: no"
    }

    // --- the before/after.
    const pct = (a, b) => (b > 0 ? `${Math.round((1 - a / b) * 100)}% less` : '')
    const rows = [
      ['', 'resumed (attempt 2)', fresh.estimated ? 'fresh retry (est.)' : 'fresh retry', 'saved'],
      ['model calls', num(resumedCost.calls), num(fresh.calls), pct(resumedCost.calls, fresh.calls)],
      ['input tokens', num(resumedCost.tokens), num(fresh.tokens), pct(resumedCost.tokens, fresh.tokens)],
      ['tools re-run', num(resumedCost.rerun), num(fresh.rerun), `${num(fresh.rerun - resumedCost.rerun)} not redone`],
      ['files restored', num(restored.length), '0', restored.join(', ')],
    ]
    const w = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)))
    say()
    for (const r of rows) say(`  ${r[0].padEnd(w[0])}   ${r[1].padStart(w[1])}   ${r[2].padStart(w[2])}   ${r[3]}`)
    say()
    const checks = [`outcome ${out2.outcome}`, testsPass ? 'tests pass in the resumed workspace' : 'tests FAIL in the resumed workspace']
    if (identical !== undefined)
      checks.push(identical ? 'files identical to an uninterrupted run' : 'files DIFFER from an uninterrupted run')
    say(`  ${checks.join(' · ')}`)
    if (fresh.estimated) say('  (est.): attempt 2 plus what the action reports resuming avoided; no second paid run was made')
    say(`  job summary (attempt 2): ${j2.files.summary}`)
    say(`  action log:              ${log.path}`)
    say(`  kept in:                 ${dir}   (${secs(performance.now() - t0)})`)
    // The scripted agent must leave exactly the right files; a real model's work is its own.
    if (scripted && (!testsPass || identical === false)) throw new DemoError(`the resumed workspace is not right. See ${j2.workspace}`)
  } finally {
    await stopAll()
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    if (interrupted) {
      process.stderr.write('\ndemo interrupted (Ctrl-C); servers stopped.\n')
      process.exit(130)
    }
    process.stderr.write(`\ndemo failed: ${error instanceof DemoError ? error.message : (error?.stack ?? String(error))}\n`)
    process.exit(1)
  },
)
