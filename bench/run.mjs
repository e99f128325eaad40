// `npm run bench`: what resuming saves, and what the machinery costs. Prints one table.
//
//   node bench/run.mjs [--quick] [--json] [--only a,b,c,d,e]
//
//   a  retry cost: a session of N scripted steps fails at step k; attempt 2 resumes it, and for
//      comparison a fresh retry (new run id, full prompt) starts over. Model calls, input
//      tokens, tool executions, billed-equivalent input (prompt caching priced in) and wall time
//      (main + post), resumed / fresh.
//   b  cold start: dist/main.js process start → first model request (inputs, cache lookup,
//      permission gate, store, workspace), on Node 20 and Node 24.
//   c  run-id lookup: SessionStore.sessionsForRun + findResumableSession among 100,000
//      sessions, in a process of its own, once per SQLite driver (better-sqlite3, node:sqlite)
//      on the same Node (24), side by side.
//   d  post-step save: dist/post.js saving a ~10 MB session DB through the local cache
//      service (actions/cache v2 protocol, Azurite blobs), once per SQLite driver on Node 24.
//   e  long session: a session of many steps, each printing a ~6 KB file, against a scripted
//      Anthropic model with a small context window (the action's `context-window` set to it):
//      the peak request against the window, what prompt caching makes of the input bill, and
//      how often the conversation was compacted.
//
// Everything runs on loopback: the local cache service, scripted models (OpenAI-compatible chat
// completions for a–d, Anthropic Messages with its prompt-caching rules for e) and the bundled
// action run the way the runner runs it (test/support/action-harness.mjs). Times are Node's own
// (performance.now, process.hrtime), medians of repeated runs. Progress goes to stderr; stdout
// holds only the table (or, with --json, one JSON document).
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { appendFileSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { NODE20, NODE24, SimulatedJob } from '../test/support/action-harness.mjs'
import { startCacheService } from '../test/support/cache-server.mjs'
import { startModelServer } from '../test/support/model-server.mjs'
import { startAnthropicServer } from '../test/support/provider-servers.mjs'
import { freshClone, makeOrigin } from '../test/support/repo.mjs'
import { actionLog, killRunningStages, runStage, toolLines } from '../scripts/demo/flow.mjs'
import { benchTurns, longSessionFiles, longSessionTurns, REPO_FILES } from '../scripts/demo/task.mjs'
import { loadStore } from './store-bundle.mjs'

const BENCH = dirname(fileURLToPath(import.meta.url))

const FULL = {
  n: 20,
  k: 15,
  retryReps: 3,
  coldReps: 7,
  sessions: 100_000,
  lookups: 2_000,
  dbMB: 10,
  saveReps: 5,
  longSteps: 60,
  longWindow: 24_000,
}
const QUICK = {
  n: 6,
  k: 4,
  retryReps: 1,
  coldReps: 1,
  sessions: 1_000,
  lookups: 200,
  dbMB: 1,
  saveReps: 1,
  longSteps: 15,
  longWindow: 12_000,
}
const SECTIONS = ['a', 'b', 'c', 'd', 'e']

class BenchError extends Error {}

/** The key the scripted Anthropic server accepts (and the action masks in its log). */
const ANTHROPIC_KEY = 'sk-ant-test'

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

// ---------- pricing: input tokens weighted by what the provider bills for them, in units of an
// uncached input token (Anthropic's and OpenAI's published multipliers)

/** OpenAI's automatic caching: cached input at a tenth of the price, nothing extra for writes. */
function openaiBilled(requests) {
  let billed = 0
  let uncached = 0
  for (const r of requests) {
    billed += r.promptTokens - r.cachedTokens + 0.1 * r.cachedTokens
    uncached += r.promptTokens
  }
  return { billed, uncached }
}

/** Anthropic's: input_tokens at 1×, cache writes (5-minute TTL) at 1.25×, cache reads at 0.1×. */
function anthropicBilled(requests) {
  let input = 0
  let write = 0
  let read = 0
  for (const r of requests) {
    const u = r.response.usage
    input += u.input_tokens
    write += u.cache_creation_input_tokens ?? 0
    read += u.cache_read_input_tokens ?? 0
  }
  return { billed: input + 1.25 * write + 0.1 * read, uncached: input + write + read, input, write, read }
}

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
  const answered = model.requests.slice(from).filter((r) => !r.fault)
  const bad = answered.find((r) => r.status !== 200)
  if (bad) throw new BenchError(`${label}: the model server answered ${bad.status} (${bad.error ?? 'no message'}); see ${log.path}`)
  return {
    modelCalls: answered.length,
    tokensIn: Number(main.outputs['tokens-input']),
    billed: openaiBilled(answered).billed,
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
      id: 'retry.billedIn',
      measure: 'Retry cost: billed-equivalent input, resumed / fresh',
      value: ratio(r.billed, f.billed),
      unit: 'ratio',
      detail: `${int(r.billed)} vs ${int(f.billed)} (OpenAI pricing: cached input at 0.1×)`,
      resumed: r.billed,
      fresh: f.billed,
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

// ---------- the two SQLite drivers (docs/design.md §2), measured side by side

const DRIVER_ENV = 'AGENT_RESUME_TEST_SQLITE_DRIVER'
const DRIVERS = ['better-sqlite3', 'node:sqlite']
const hasNodeSqlite = (version) => {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number)
  return major > 22 || (major === 22 && minor >= 13)
}

/**
 * Each driver with the runtime it is measured on: one Node for both (the newest, which has
 * node:sqlite), so only the driver differs. Without such a Node, better-sqlite3 alone.
 */
function driverRuntimes(runtimes) {
  const rt = [...runtimes].reverse().find((r) => hasNodeSqlite(r.version))
  if (rt) return DRIVERS.map((driver) => ({ driver, rt }))
  progress('no Node 22.13 or later: the node:sqlite rows are left out')
  return [{ driver: 'better-sqlite3', rt: runtimes[0] }]
}

// ---------- (c) run-id lookup

function lookupLatency(ctx, cfg, runtimes) {
  const { store: mod, dir } = ctx
  return driverRuntimes(runtimes).map(({ driver, rt }) => {
    progress(`lookup (${driver}, Node ${rt.version}): building a DB of ${int(cfg.sessions)} sessions`)
    const dbPath = join(dir, `lookup-${driver.replace(':', '-')}.db`)
    const args = [join(BENCH, 'store-lookup.mjs'), mod.path, dbPath, mod.nativeDir, String(cfg.sessions), String(cfg.lookups)]
    let out
    try {
      out = execFileSync(rt.node, args, { encoding: 'utf8', env: { ...process.env, [DRIVER_ENV]: driver }, maxBuffer: 64 << 20 })
    } catch (error) {
      throw new BenchError(`lookup (${driver}): ${error.stderr || error.message}`)
    }
    const { samples: xs, driver: used } = JSON.parse(out)
    if (used.name !== driver) throw new BenchError(`lookup: asked for ${driver}, the store used ${used.name}`)
    return {
      id: `lookup.${driver === 'node:sqlite' ? 'nodeSqlite' : 'betterSqlite3'}`,
      measure: `Run-id lookup among ${int(cfg.sessions)} sessions, ${driver}`,
      value: Number(median(xs).toFixed(1)),
      unit: 'µs',
      detail: `median of ${int(cfg.lookups)}, p99 ${quantile(xs, 0.99).toFixed(1)} µs (Node ${rt.version.replace(/^v/, '')}, SQLite ${used.sqlite})`,
    }
  })
}

// ---------- (d) post-step save

async function postSave(ctx, cfg, runtimes) {
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

  // One post step per driver per round, alternating which goes first; each save is a new attempt
  // key (keys are immutable, docs/design.md §3). Post takes the attempt from the state main
  // handed over (src/state.ts), so it is set there too.
  const legs = driverRuntimes(runtimes)
  const xs = new Map(legs.map((l) => [l.driver, []]))
  const archives = []
  let next = 2
  for (let rep = 0; rep < cfg.saveReps; rep++) {
    for (const { driver, rt } of rep % 2 === 0 ? legs : [...legs].reverse()) {
      progress(`post save ${rep + 1}/${cfg.saveReps} (${driver})`)
      job.attempt = next++
      job.node = rt.node
      job.extraEnv = { ...cache.env, [DRIVER_ENV]: driver }
      appendFileSync(job.files.state, `attempt=${job.attempt}\n`)
      const t0 = performance.now()
      const post = await runStage(job, 'post', { log, label: `save ${rep + 1} ${driver}` })
      xs.get(driver).push(performance.now() - t0)
      const entry = cache.entries().find((e) => e.finalized && e.key === `agent-resume-${runId}-agent-${job.attempt}-`)
      if (post.code !== 0 || !entry)
        throw new BenchError(`save ${rep + 1} (${driver}): no cache entry was saved (code ${post.code}); see ${log.path}`)
      if (!post.stdout.includes(`SQLite: ${driver}`))
        throw new BenchError(`save ${rep + 1}: the post step did not use ${driver}; see ${log.path}`)
      archives.push(entry.sizeBytes)
    }
  }
  const mb = (b) => `${(b / 1024 / 1024).toFixed(1)} MB`
  return legs.map(({ driver, rt }) => {
    const samples = xs.get(driver)
    return {
      id: `postSave.${driver === 'node:sqlite' ? 'nodeSqlite' : 'betterSqlite3'}`,
      measure: `Post-step save of a ${mb(size)} session DB, ${driver}`,
      value: Math.round(median(samples)),
      unit: 'ms',
      detail: `median of ${samples.length}, range ${ms(Math.min(...samples))}–${ms(Math.max(...samples))}; ${mb(median(archives))} archive uploaded (Node ${rt.version.replace(/^v/, '')})`,
      samples,
      dbBytes: size,
    }
  })
}

// ---------- (e) long session

async function longSession(ctx, cfg) {
  const { anthropic: model, cache, dir, log } = ctx
  const window = cfg.longWindow
  const files = longSessionFiles()
  const origin = makeOrigin(join(dir, 'origin-long'), { ...REPO_FILES, ...files })
  model.setScript({ turns: longSessionTurns(cfg.longSteps, Object.keys(files)) })
  const inputs = {
    prompt: `Check parseSize against the cases in the notes under docs/, one notes file per step, ${cfg.longSteps - 1} steps.`,
    'github-token': '',
    model: 'anthropic/claude-sonnet-4-5',
    'base-url': model.url,
    'api-key': ANTHROPIC_KEY,
    'max-steps': String(cfg.longSteps + 10),
    'context-window': String(window),
  }
  progress(`long session: ${cfg.longSteps} steps, context window ${int(window)} tokens`)
  const job = newJob(join(dir, 'long'), origin, { runId: nextRunId(), attempt: 1, inputs, env: cache.env })
  const from = model.requests.length
  const label = 'long session'
  const main = await runStage(job, 'main', { log, label, timeoutMs: 600_000 })
  const post = await runStage(job, 'post', { log, label })
  const requests = model.requests.slice(from)
  const refused = requests.find((r) => r.status !== 200)
  if (refused)
    throw new BenchError(`${label}: the model server answered ${refused.status} (${refused.error ?? 'no message'}); see ${log.path}`)
  if (main.outputs.outcome !== 'completed')
    throw new BenchError(`${label}: outcome '${main.outputs.outcome}' (code ${main.code}); see ${log.path}`)
  if (post.code !== 0) throw new BenchError(`${label}: post step exited ${post.code}; see ${log.path}`)
  const steps = Number(main.outputs.steps)
  if (steps !== cfg.longSteps) throw new BenchError(`${label}: ${steps} steps, not ${cfg.longSteps}; see ${log.path}`)

  // Compactions: the attempts table's last column for this attempt, and the "compacted N times" line.
  const row = main.summary.split('\n').find((l) => l.startsWith('| **1** (this) |'))
  const column = row === undefined ? undefined : Number(row.split('|').at(-2)?.trim().replace(/,/g, ''))
  const line = /compacted (\d+) times?/.exec(main.summary)
  const compactions = column ?? 0
  if (row === undefined || !Number.isInteger(column) || (line ? Number(line[1]) : 0) !== column)
    throw new BenchError(`${label}: no consistent compaction count in the job summary; see ${log.path}`)
  if (compactions < 1) throw new BenchError(`${label}: the conversation was never compacted (window ${int(window)}); see ${log.path}`)
  const summaries = requests.filter((r) => r.summary).length

  const peak = Math.max(...requests.map((r) => r.inputTokens))
  const { billed, uncached, input, write, read } = anthropicBilled(requests)
  return [
    {
      id: 'long.peak',
      measure: 'Long session: peak request ÷ window',
      value: ratio(peak, window),
      unit: 'ratio',
      detail: `${int(peak)} vs ${int(window)} tokens (${int(steps)} steps, ${int(requests.length)} model calls)`,
      peak,
      window,
      steps,
    },
    {
      id: 'long.billedIn',
      measure: 'Long session: billed-equivalent ÷ uncached input',
      value: ratio(billed, uncached),
      unit: 'ratio',
      detail: `${int(billed)} vs ${int(uncached)} (Anthropic pricing: writes 1.25×, reads 0.1×)`,
      billed,
      uncached,
      input,
      cacheWrite: write,
      cacheRead: read,
    },
    {
      id: 'long.compactions',
      measure: 'Long session: compactions',
      value: compactions,
      unit: 'count',
      detail: `${int(summaries)} of them by a model-written summary, the rest by stubbing old tool outputs`,
      summaries,
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
      : `${typeof r.value === 'number' ? r.value.toLocaleString('en-US') : r.value}${r.unit === 'count' ? '' : ` ${r.unit}`}`,
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
    'Retry cost: resumed / fresh retry, lower is better. The scripted model answers at once, so wall time here is the',
    "action's own overhead; with a real model the per-step latency dominates. Tokens: the model servers' count (request",
    'JSON / 4). Billed-equivalent: input tokens weighted as the provider bills them (cache reads 0.1×, Anthropic cache',
    'writes 1.25×). Long session: requests must stay under the window (below 1.00×); a quarter of it is kept for the answer.',
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
        only: { type: 'string', default: SECTIONS.join(',') },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }))
  } catch (error) {
    throw new BenchError(`${error.message}. Usage: node bench/run.mjs [--quick] [--json] [--only ${SECTIONS.join(',')}]`)
  }
  if (values.help) {
    process.stdout.write(`Usage: npm run bench [-- --quick] [-- --json] [-- --only ${SECTIONS.join(',')}]\n`)
    return
  }
  const only = new Set(values.only.split(',').map((s) => s.trim()))
  for (const s of only) if (!SECTIONS.includes(s)) throw new BenchError(`--only takes ${SECTIONS.join(', ')}; not '${s}'`)
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
    progress('starting the local cache service, Azurite and the scripted models')
    const [cache, model, anthropic, store] = await Promise.all([
      startCacheService(),
      startModelServer({ script: [] }),
      only.has('e') ? startAnthropicServer({ contextWindow: cfg.longWindow, apiKey: ANTHROPIC_KEY }) : undefined,
      loadStore(),
    ])
    cleanup.push(
      () => cache.stop(),
      () => model.close(),
      () => anthropic?.close(),
      async () => store.dispose(),
    )
    const origin = makeOrigin(join(dir, 'origin'), REPO_FILES)
    const ctx = { cache, model, anthropic, store, origin, dir, log }

    const rows = []
    if (only.has('a')) rows.push(...(await retryCost(ctx, cfg)))
    if (only.has('b')) rows.push(...(await coldStart(ctx, cfg, runtimes)))
    if (only.has('c')) rows.push(...lookupLatency(ctx, cfg, runtimes))
    if (only.has('d')) rows.push(...(await postSave(ctx, cfg, runtimes)))
    if (only.has('e')) rows.push(...(await longSession(ctx, cfg)))

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
