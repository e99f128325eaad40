// `npm run bench`: what resuming saves, and what the machinery costs. Prints one table.
//
//   node bench/run.mjs [--quick] [--json] [--only a,b,c,d]
//
//   a  retry cost: a session of N scripted steps fails at step k; attempt 2 resumes it, and for
//      comparison a fresh retry (new run id, full prompt) starts over. Model calls, input
//      tokens, tool executions and wall time (main + post), resumed / fresh.
//   b  cold start: dist/main.js process start → first model request (inputs, cache lookup,
//      permission gate, store, workspace), on Node 20 and Node 24.
//   c  run-id lookup: SessionStore.sessionsForRun + findResumableSession among 100,000
//      sessions, in-process.
//   d  post-step save: dist/post.js saving a ~10 MB session DB through the local cache
//      service (actions/cache v2 protocol, Azurite blobs).
//
// Everything runs on loopback: the local cache service, a scripted OpenAI-compatible model and
// the bundled action run the way the runner runs it (test/support/action-harness.mjs). Times
// are Node's own (performance.now, process.hrtime), medians of repeated runs. Progress goes to
// stderr; stdout holds only the table (or, with --json, one JSON document).
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { appendFileSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { NODE20, NODE24, SimulatedJob } from '../test/support/action-harness.mjs'
import { startCacheService } from '../test/support/cache-server.mjs'
import { startModelServer } from '../test/support/model-server.mjs'
import { freshClone, makeOrigin } from '../test/support/repo.mjs'
import { actionLog, killRunningStages, runStage, toolLines } from '../scripts/demo/flow.mjs'
import { benchTurns, REPO_FILES } from '../scripts/demo/task.mjs'
import { loadStore } from './store-bundle.mjs'

const FULL = { n: 20, k: 15, retryReps: 3, coldReps: 7, sessions: 100_000, lookups: 2_000, dbMB: 10, saveReps: 5 }
const QUICK = { n: 6, k: 4, retryReps: 1, coldReps: 1, sessions: 1_000, lookups: 200, dbMB: 1, saveReps: 1 }

class BenchError extends Error {}

const progress = (line) => process.stderr.write(`bench: ${line}\n`)

// ---------- statistics and formatting

function median(xs) {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]
const int = (n) => Math.round(n).toLocaleString('en-US')
const ms = (n) => (n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${Math.round(n)} ms`)
const ratio = (a, b) => (b > 0 ? Number((a / b).toFixed(2)) : null)

// ---------- shared setup

function inputsFor(model, prompt) {
  return { prompt, 'github-token': '', model: 'openai-compatible/scripted', 'base-url': model.url, 'max-steps': '50' }
}

let runSeq = 0
const nextRunId = () => String(700_000_000 + process.pid * 100 + ++runSeq)

function newJob(dir, origin, o) {
  const job = new SimulatedJob({ dir, ...o })
  freshClone(origin, job.workspace)
  return job
}

/** Runs main then post; the wall time of both, and the figures read from the model server and outputs. */
async function attempt(job, model, log, label) {
  const from = model.requests.length
  const t0 = performance.now()
  const main = await runStage(job, 'main', { log, label })
  const post = await runStage(job, 'post', { log, label })
  const wall = performance.now() - t0
  if (main.outputs.outcome !== 'completed')
    throw new BenchError(`${label}: outcome '${main.outputs.outcome}' (code ${main.code}); see ${log.path}`)
  if (post.code !== 0) throw new BenchError(`${label}: post step exited ${post.code}; see ${log.path}`)
  return {
    modelCalls: model.requests.slice(from).filter((r) => !r.fault).length,
    tokensIn: Number(main.outputs['tokens-input']),
    toolRuns: toolLines(main.stdout).length,
    wallMs: wall,
    resumed: main.outputs.resumed === 'true',
  }
}

// ---------- (a) retry cost

async function retryCost(ctx, cfg) {
  const { model, cache, origin, dir, log } = ctx
  model.setScript({ turns: benchTurns(cfg.n) })
  const inputs = inputsFor(model, `Work through the ${cfg.n - 1} numbered steps of the maintenance checklist.`)
  const runs = { resumed: [], fresh: [] }
  for (let rep = 0; rep < cfg.retryReps; rep++) {
    progress(`retry cost ${rep + 1}/${cfg.retryReps}: attempt 1 fails at step ${cfg.k} of ${cfg.n}`)
    const runId = nextRunId()
    // Attempt 1: the call after step k never answers, and the main step is killed there.
    model.setFaults([{ kind: 'hang', turn: cfg.k, times: 1 }])
    const j1 = newJob(join(dir, 'runner'), origin, { runId, attempt: 1, inputs, env: cache.env })
    const m1 = await runStage(j1, 'main', { log, label: `retry ${rep + 1}: attempt 1`, killAfterStep: cfg.k })
    await runStage(j1, 'post', { log, label: `retry ${rep + 1}: attempt 1` })
    model.setFaults([])
    if (!m1.killed) throw new BenchError(`attempt 1 was not interrupted at step ${cfg.k}; see ${log.path}`)

    const resumed = () =>
      attempt(newJob(join(dir, 'runner'), origin, { runId, attempt: 2, inputs, env: cache.env }), model, log, `retry ${rep + 1}: resumed`)
    const fresh = () =>
      attempt(
        newJob(join(dir, 'fresh'), origin, { runId: nextRunId(), attempt: 1, inputs, env: cache.env }),
        model,
        log,
        `retry ${rep + 1}: fresh`,
      )
    // Alternate the order, so neither side always runs on a warmer machine.
    const order =
      rep % 2 === 0
        ? [
            ['resumed', resumed],
            ['fresh', fresh],
          ]
        : [
            ['fresh', fresh],
            ['resumed', resumed],
          ]
    for (const [name, run] of order) runs[name].push(await run())
    if (!runs.resumed.at(-1).resumed) throw new BenchError(`attempt 2 did not resume; see ${log.path}`)
  }
  const r = runs.resumed[0]
  const f = runs.fresh[0]
  const wr = median(runs.resumed.map((x) => x.wallMs))
  const wf = median(runs.fresh.map((x) => x.wallMs))
  const what = `N=${cfg.n} steps, failed at k=${cfg.k}`
  return [
    {
      id: 'retry.modelCalls',
      measure: 'Retry cost: model calls, resumed / fresh',
      value: ratio(r.modelCalls, f.modelCalls),
      unit: 'ratio',
      detail: `${int(r.modelCalls)} vs ${int(f.modelCalls)} (${what})`,
      resumed: r.modelCalls,
      fresh: f.modelCalls,
    },
    {
      id: 'retry.tokensIn',
      measure: 'Retry cost: input tokens, resumed / fresh',
      value: ratio(r.tokensIn, f.tokensIn),
      unit: 'ratio',
      detail: `${int(r.tokensIn)} vs ${int(f.tokensIn)}`,
      resumed: r.tokensIn,
      fresh: f.tokensIn,
    },
    {
      id: 'retry.toolRuns',
      measure: 'Retry cost: tool executions, resumed / fresh',
      value: ratio(r.toolRuns, f.toolRuns),
      unit: 'ratio',
      detail: `${int(r.toolRuns)} vs ${int(f.toolRuns)}`,
      resumed: r.toolRuns,
      fresh: f.toolRuns,
    },
    {
      id: 'retry.wall',
      measure: 'Retry cost: wall time (main + post), resumed / fresh',
      value: ratio(wr, wf),
      unit: 'ratio',
      detail: `${ms(wr)} vs ${ms(wf)} (median of ${cfg.retryReps})`,
      resumed: wr,
      fresh: wf,
      samples: { resumed: runs.resumed.map((x) => x.wallMs), fresh: runs.fresh.map((x) => x.wallMs) },
    },
  ]
}

// ---------- (b) cold start

async function coldStart(ctx, cfg, runtimes) {
  const { model, cache, origin, dir, log } = ctx
  model.setScript({ turns: [{ text: 'Nothing to do.' }] })
  model.setFaults([])
  // The first request's arrival, taken when the model server records it (body parsed).
  let firstAt
  const push = model.requests.push.bind(model.requests)
  model.requests.push = (...items) => {
    firstAt ??= performance.now()
    return push(...items)
  }
  const samples = new Map(runtimes.map((r) => [r.label, []]))
  try {
    for (let rep = 0; rep < cfg.coldReps; rep++) {
      progress(`cold start ${rep + 1}/${cfg.coldReps}`)
      for (const rt of rep % 2 === 0 ? runtimes : [...runtimes].reverse()) {
        const job = newJob(join(dir, 'cold'), origin, {
          runId: nextRunId(),
          attempt: 1,
          node: rt.node,
          inputs: inputsFor(model, 'Say hello.'),
          env: cache.env,
        })
        firstAt = undefined
        const t0 = performance.now()
        const main = await runStage(job, 'main', { log, label: `cold start ${rt.label}` })
        if (firstAt === undefined || main.code !== 0)
          throw new BenchError(`cold start on ${rt.label}: no model request (code ${main.code}); see ${log.path}`)
        samples.get(rt.label).push(firstAt - t0)
      }
    }
  } finally {
    model.requests.push = push
  }
  return runtimes.map((rt) => {
    const xs = samples.get(rt.label)
    return {
      id: `coldStart.${rt.label}`,
      measure: `Cold start to first model request, Node ${rt.version.replace(/^v/, '')}`,
      value: Math.round(median(xs)),
      unit: 'ms',
      detail: `median of ${xs.length}, range ${ms(Math.min(...xs))}–${ms(Math.max(...xs))}`,
      samples: xs,
    }
  })
}

// ---------- (c) run-id lookup

function lookupLatency(ctx, cfg) {
  const { store: mod, dir } = ctx
  progress(`lookup: building a DB of ${int(cfg.sessions)} sessions`)
  const { store } = mod.openStore(join(dir, 'lookup.db'), { warn: () => {}, nativeDir: mod.nativeDir })
  try {
    // The bulk insert of test/store.test.ts: unrelated runs, one session each.
    const insert = store.db.prepare('INSERT INTO sessions (id, created_at, updated_at, metadata) VALUES (?, ?, ?, ?)')
    store.db.transaction(() => {
      for (let i = 0; i < cfg.sessions; i++) {
        insert.run(`ses_${i}`, i, i, JSON.stringify({ github_run_id: String(1_000_000 + i), session_key: 'agent' }))
      }
    })()
    const lookup = (runId) => mod.findResumableSession(store.sessionsForRun(runId, 'agent'), runId, 'agent')
    for (let i = 0; i < 200; i++) lookup(String(1_000_000 + ((i * 7919) % cfg.sessions))) // warm-up
    const xs = []
    for (let i = 0; i < cfg.lookups; i++) {
      const target = Math.floor(Math.random() * cfg.sessions)
      const runId = String(1_000_000 + target)
      const t0 = process.hrtime.bigint()
      const found = lookup(runId)
      xs.push(Number(process.hrtime.bigint() - t0) / 1000)
      if (found?.id !== `ses_${target}`) throw new BenchError(`lookup of run ${runId} found ${found?.id}`)
    }
    return [
      {
        id: 'lookup',
        measure: `Run-id lookup among ${int(cfg.sessions)} sessions (in-process)`,
        value: Number(median(xs).toFixed(1)),
        unit: 'µs',
        detail: `median of ${int(cfg.lookups)}, p99 ${quantile(xs, 0.99).toFixed(1)} µs (Node ${process.versions.node})`,
      },
    ]
  } finally {
    store.close()
  }
}

// ---------- (d) post-step save

async function postSave(ctx, cfg) {
  const { model, cache, origin, dir, log, store: mod } = ctx
  model.setScript({ turns: [{ text: 'Nothing to do.' }] })
  model.setFaults([])
  const runId = nextRunId()
  const job = newJob(join(dir, 'save'), origin, { runId, attempt: 1, inputs: inputsFor(model, 'Say hello.'), env: cache.env })
  const main = await runStage(job, 'main', { log, label: 'save: main' })
  if (main.code !== 0) throw new BenchError(`save: main exited ${main.code}; see ${log.path}`)
  const dbPath = job.state()['db-path']

  // Grow the session DB to the target size with random text (tool output is text; random
  // text compresses about as badly as text gets).
  progress(`post save: growing the session DB to ${cfg.dbMB} MB`)
  const { store } = mod.openStore(dbPath, { warn: () => {}, nativeDir: mod.nativeDir })
  store.db.exec('CREATE TABLE IF NOT EXISTS bench_padding (id INTEGER PRIMARY KEY, body TEXT NOT NULL)')
  const add = store.db.prepare('INSERT INTO bench_padding (body) VALUES (?)')
  store.db.transaction(() => {
    for (let i = 0; i < cfg.dbMB * 16; i++) add.run(randomBytes(48 * 1024).toString('base64'))
  })()
  store.checkpoint()
  store.close()
  const size = statSync(dbPath).size

  const xs = []
  const archives = []
  for (let rep = 0; rep < cfg.saveReps; rep++) {
    progress(`post save ${rep + 1}/${cfg.saveReps}`)
    // Each save is a new attempt key (keys are immutable, docs/design.md §3). Post takes the
    // attempt from the state main handed over (src/state.ts), so it is set there too.
    job.attempt = rep + 2
    appendFileSync(job.files.state, `attempt=${job.attempt}\n`)
    const t0 = performance.now()
    const post = await runStage(job, 'post', { log, label: `save ${rep + 1}` })
    xs.push(performance.now() - t0)
    const entry = cache.entries().find((e) => e.finalized && e.key === `agent-resume-${runId}-agent-${job.attempt}-`)
    if (post.code !== 0 || !entry) throw new BenchError(`save ${rep + 1}: no cache entry was saved (code ${post.code}); see ${log.path}`)
    archives.push(entry.sizeBytes)
  }
  const mb = (b) => `${(b / 1024 / 1024).toFixed(1)} MB`
  return [
    {
      id: 'postSave',
      measure: `Post-step save of a ${mb(size)} session DB`,
      value: Math.round(median(xs)),
      unit: 'ms',
      detail: `median of ${xs.length}, range ${ms(Math.min(...xs))}–${ms(Math.max(...xs))}; ${mb(median(archives))} archive uploaded`,
      samples: xs,
      dbBytes: size,
    },
  ]
}

// ---------- output

function environment(runtimes) {
  const cpu = cpus()[0]?.model?.trim() ?? 'unknown CPU'
  return {
    date: new Date().toISOString(),
    node: { bench: process.version, runtimes: runtimes.map((r) => ({ label: r.label, version: r.version, path: r.node })) },
    cpu: { model: cpu, cores: availableParallelism?.() ?? cpus().length },
    loadavg: loadavg()[0],
    platform: `${process.platform}-${process.arch}`,
  }
}

function renderTable(env, rows, quick) {
  const head = ['Measure', 'Value', 'Detail']
  const body = rows.map((r) => [
    r.measure,
    r.unit === 'ratio'
      ? r.value === null
        ? 'n/a'
        : `${r.value.toFixed(2)}×`
      : `${typeof r.value === 'number' ? r.value.toLocaleString('en-US') : r.value} ${r.unit}`,
    r.detail,
  ])
  const w = head.map((_, c) => Math.max(head[c].length, ...body.map((b) => b[c].length)))
  const line = (cells) => `| ${cells[0].padEnd(w[0])} | ${cells[1].padStart(w[1])} | ${cells[2].padEnd(w[2])} |`
  return [
    `agent-resume-action bench${quick ? ' (--quick: tiny sizes, not for quoting)' : ''} — ${env.date}`,
    `Node ${env.node.runtimes.map((r) => r.version).join(' / ')} (bench on ${env.node.bench}) · ${env.cpu.model} · ${env.cpu.cores} cores · ${env.platform} · load ${env.loadavg.toFixed(2)}`,
    '',
    line(head),
    `|${'-'.repeat(w[0] + 2)}|${'-'.repeat(w[1] + 1)}:|${'-'.repeat(w[2] + 2)}|`,
    ...body.map(line),
    '',
    'Ratios: resumed / fresh retry, lower is better. The scripted model answers at once, so wall time here is the',
    "action's own overhead; with a real model the per-step latency dominates. Tokens: the model server's count (request JSON / 4).",
  ].join('\n')
}

// ---------- main

async function main() {
  let values
  try {
    ;({ values } = parseArgs({
      options: {
        quick: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        only: { type: 'string', default: 'a,b,c,d' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }))
  } catch (error) {
    throw new BenchError(`${error.message}. Usage: node bench/run.mjs [--quick] [--json] [--only a,b,c,d]`)
  }
  if (values.help) {
    process.stdout.write('Usage: npm run bench [-- --quick] [-- --json] [-- --only a,b,c,d]\n')
    return
  }
  const only = new Set(values.only.split(',').map((s) => s.trim()))
  for (const s of only) if (!['a', 'b', 'c', 'd'].includes(s)) throw new BenchError(`--only takes a, b, c, d; not '${s}'`)
  const cfg = values.quick ? QUICK : FULL

  const version = (node) => execFileSync(node, ['--version'], { encoding: 'utf8' }).trim()
  const runtimes = []
  for (const [label, node] of [
    ['node20', NODE20],
    ['node24', NODE24],
  ]) {
    try {
      const v = version(node)
      if (!runtimes.some((r) => r.version === v)) runtimes.push({ label, node, version: v })
    } catch {
      progress(`${label}: ${node} not found, skipped`)
    }
  }

  const dir = mkdtempSync(join(tmpdir(), 'ar-bench-'))
  const log = actionLog(join(dir, 'action.log'))
  const cleanup = [() => rmSync(dir, { recursive: true, force: true })]
  const stopAll = async () => {
    for (const stop of cleanup.splice(0).reverse())
      await Promise.resolve()
        .then(stop)
        .catch(() => {})
  }
  process.once('SIGINT', () => {
    killRunningStages()
    process.exitCode = 130
  })
  try {
    progress('starting the local cache service, Azurite and the scripted model')
    const [cache, model, store] = await Promise.all([startCacheService(), startModelServer({ script: [] }), loadStore()])
    cleanup.push(
      () => cache.stop(),
      () => model.close(),
      async () => store.dispose(),
    )
    const origin = makeOrigin(join(dir, 'origin'), REPO_FILES)
    const ctx = { cache, model, store, origin, dir, log }

    const rows = []
    if (only.has('a')) rows.push(...(await retryCost(ctx, cfg)))
    if (only.has('b')) rows.push(...(await coldStart(ctx, cfg, runtimes)))
    if (only.has('c')) rows.push(...lookupLatency(ctx, cfg))
    if (only.has('d')) rows.push(...(await postSave(ctx, cfg)))

    const env = environment(runtimes)
    if (values.json) process.stdout.write(`${JSON.stringify({ ...env, quick: values.quick, config: cfg, results: rows }, null, 2)}\n`)
    else process.stdout.write(`${renderTable(env, rows, values.quick)}\n`)
  } catch (error) {
    // Keep the action log of a failed bench for a look.
    cleanup.shift()
    throw error
  } finally {
    await stopAll()
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error) => {
    process.stderr.write(`\nbench failed: ${error instanceof BenchError ? error.message : (error?.stack ?? String(error))}\n`)
    process.exit(1)
  },
)
