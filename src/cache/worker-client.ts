// Every cache operation in a process of its own, with a time budget (docs/design.md §3). The
// toolkit bounds neither its lookups (5 tries of up to 180 s each) nor its uploads
// (actions/cache#958, #227), and a promise given up on in-process would keep its sockets — and
// could still extract an old database over the new one minutes later. A worker process (dist/
// cache-worker.js) runs one download or upload; at the deadline, or on a cancel, its process group
// is killed: the hung request, tar and zstd stop with it, at once. Lookups, which transfer and
// extract nothing, may run in-process under a race (`lookups`): no worker start on a miss.
import { spawn } from 'node:child_process'
import type { CacheClient, RestoreOptions, RestoreResult, SaveOptions, SaveResult } from './client.js'
import { trustedPath } from '../executable.js'

/** What the worker reads on stdin. */
export type WorkerRequest =
  | { op: 'restore'; paths: string[]; primaryKey: string; restoreKeys: string[]; lookupOnly?: boolean; timeoutMs?: number; root?: string }
  | { op: 'save'; paths: string[]; key: string; root?: string }

/** The worker's last stdout line starts with this, then the result as JSON. */
export const WORKER_RESULT = '::agent-resume-cache-result::'

export interface WorkerClientOptions {
  /** dist/cache-worker.js. */
  workerPath: string
  /** The node binary (this process's). */
  node?: string
  /** Budget of an operation that names none, in ms. */
  timeoutMs: number
  env?: NodeJS.ProcessEnv
  /** Where the toolkit's own log lines go (the runner's log): stdout by default. */
  forward?: (text: string) => void
  /**
   * Lookups (lookupOnly) in this process, bounded by a race: a lookup transfers and extracts
   * nothing, so one given up on can do no harm, and main exits explicitly when it is done
   * (src/main.ts). Saves a worker's start on every run that finds nothing (a first attempt).
   */
  lookups?: () => Promise<CacheClient>
}

type Outcome<T> = { kind: 'done'; value: T } | { kind: 'timeout' | 'cancelled' | 'crashed'; detail: string }

type Child = ReturnType<typeof spawn>

function spawnWorker(o: WorkerClientOptions): Child {
  return spawn(o.node ?? process.execPath, [o.workerPath], {
    // tar and zstd, which @actions/cache runs there, come from PATH: none the agent could have planted.
    env: o.env ?? { ...process.env, PATH: trustedPath() },
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true, // its own process group: tar and zstd go with it
  })
}

function runWorker<T>(
  o: WorkerClientOptions,
  child: Child,
  request: WorkerRequest,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<Outcome<T>> {
  return new Promise((resolve) => {
    let out = ''
    let err = ''
    let settled = false
    const kill = (): void => {
      try {
        process.kill(-child.pid!, 'SIGKILL')
      } catch {
        child.kill('SIGKILL')
      }
    }
    const finish = (outcome: Outcome<T>): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      signal?.removeEventListener('abort', onAbort)
      // The toolkit's lines, as they would have appeared in-process.
      const lines = out.split('\n').filter((l) => l !== '' && !l.startsWith(WORKER_RESULT))
      if (lines.length > 0) (o.forward ?? ((t: string) => process.stdout.write(t)))(`${lines.join('\n')}\n`)
      resolve(outcome)
    }
    const timer = setTimeout(() => {
      kill()
      finish({ kind: 'timeout', detail: `gave up after ${Math.round(timeoutMs / 1000)} s` })
    }, timeoutMs)
    const onAbort = (): void => {
      kill()
      finish({ kind: 'cancelled', detail: 'the job was cancelled' })
    }
    if (signal?.aborted) return onAbort()
    signal?.addEventListener('abort', onAbort, { once: true })
    child.stdout!.on('data', (c: Buffer) => (out += c.toString('utf8')))
    child.stderr!.on('data', (c: Buffer) => (err += c.toString('utf8')))
    child.on('error', (e) => finish({ kind: 'crashed', detail: e.message }))
    child.on('close', (code) => {
      const line = out.split('\n').findLast((l) => l.startsWith(WORKER_RESULT))
      if (line) return finish({ kind: 'done', value: JSON.parse(line.slice(WORKER_RESULT.length)) as T })
      finish({ kind: 'crashed', detail: `the cache worker exited ${code ?? 'on a signal'}: ${err.trim().split('\n').at(-1) ?? ''}` })
    })
    child.stdin!.end(JSON.stringify(request))
  })
}

async function boundedLookup(
  client: CacheClient,
  paths: string[],
  primaryKey: string,
  restoreKeys: string[],
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<RestoreResult> {
  let timer: NodeJS.Timeout | undefined
  const stop = new Promise<RestoreResult>((resolve) => {
    timer = setTimeout(
      () => resolve({ hit: false, reason: 'timeout', detail: `gave up after ${Math.round(timeoutMs / 1000)} s` }),
      timeoutMs,
    )
    timer.unref()
    signal?.addEventListener('abort', () => resolve({ hit: false, reason: 'cancelled', detail: 'the job was cancelled' }), { once: true })
  })
  try {
    return await Promise.race([client.restore(paths, primaryKey, restoreKeys, { lookupOnly: true }), stop])
  } finally {
    clearTimeout(timer)
  }
}

/** A CacheClient whose every transfer runs in a worker process and ends within its budget. */
export function createWorkerCacheClient(o: WorkerClientOptions): CacheClient {
  return {
    async restore(paths, primaryKey, restoreKeys, options: RestoreOptions = {}): Promise<RestoreResult> {
      const timeoutMs = options.timeoutMs ?? o.timeoutMs
      if (options.lookupOnly && o.lookups)
        return boundedLookup(await o.lookups(), paths, primaryKey, restoreKeys, timeoutMs, options.signal)
      const request: WorkerRequest = {
        op: 'restore',
        paths,
        primaryKey,
        restoreKeys,
        lookupOnly: options.lookupOnly,
        timeoutMs,
        root: options.root,
      }
      const r = await runWorker<RestoreResult>(o, spawnWorker(o), request, timeoutMs, options.signal)
      if (r.kind === 'done') return r.value
      return { hit: false, reason: r.kind === 'crashed' ? 'error' : r.kind, detail: r.detail }
    },
    async save(paths, key, options: SaveOptions = {}): Promise<SaveResult> {
      const request: WorkerRequest = { op: 'save', paths, key, root: options.root }
      const r = await runWorker<SaveResult>(o, spawnWorker(o), request, options.timeoutMs ?? o.timeoutMs, options.signal)
      if (r.kind === 'done') return r.value
      return { saved: false, reason: r.kind === 'crashed' ? 'error' : r.kind, detail: r.detail }
    },
  }
}
