// Every cache operation in a process of its own, with a time budget (docs/design.md §3). The
// toolkit bounds neither its lookups (5 tries of up to 180 s each) nor its uploads
// (actions/cache#958, #227), and a promise given up on in-process would keep its sockets — and
// could still extract an old database over the new one minutes later. A worker process (dist/
// cache-worker.js) runs one operation; at the deadline, or on a cancel, its process group is
// killed: the hung request, tar and zstd stop with it, at once.
import { spawn } from 'node:child_process'
import type { CacheClient, RestoreOptions, RestoreResult, SaveOptions, SaveResult } from './client.js'

/** What the worker reads on stdin. */
export type WorkerRequest =
  | { op: 'restore'; paths: string[]; primaryKey: string; restoreKeys: string[]; lookupOnly?: boolean; timeoutMs?: number }
  | { op: 'save'; paths: string[]; key: string }

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
}

type Outcome<T> = { kind: 'done'; value: T } | { kind: 'timeout' | 'cancelled' | 'crashed'; detail: string }

type Child = ReturnType<typeof spawn>

function spawnWorker(o: WorkerClientOptions): Child {
  return spawn(o.node ?? process.execPath, [o.workerPath], {
    env: o.env ?? process.env,
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

/** A CacheClient whose every operation runs in a worker process and ends within its budget. */
export interface WorkerCacheClient extends CacheClient {
  /**
   * Starts the next operation's worker now, so node and the toolkit load while main does other
   * work (the intake): the restore then starts at once. The worker does nothing until it is given
   * a request; an unused one is killed by dispose() and ends on its own when this process exits.
   */
  prewarm(): void
  dispose(): void
}

export function createWorkerCacheClient(o: WorkerClientOptions): WorkerCacheClient {
  let spare: Child | undefined
  const take = (): Child => {
    const child = spare
    spare = undefined
    if (!child || child.exitCode !== null || child.signalCode !== null) return spawnWorker(o)
    // In use now: it must hold this process until it answers.
    child.ref()
    for (const stream of [child.stdin, child.stdout, child.stderr]) (stream as unknown as { ref?: () => void } | null)?.ref?.()
    return child
  }
  return {
    prewarm() {
      if (spare) return
      spare = spawnWorker(o)
      // A spare must never keep this process alive: its pipes and handle are unreferenced.
      spare.unref()
      for (const stream of [spare.stdin, spare.stdout, spare.stderr]) (stream as unknown as { unref?: () => void } | null)?.unref?.()
      spare.on('error', () => undefined)
    },
    dispose() {
      spare?.kill('SIGKILL')
      spare = undefined
    },
    async restore(paths, primaryKey, restoreKeys, options: RestoreOptions = {}): Promise<RestoreResult> {
      const timeoutMs = options.timeoutMs ?? o.timeoutMs
      const request: WorkerRequest = { op: 'restore', paths, primaryKey, restoreKeys, lookupOnly: options.lookupOnly, timeoutMs }
      const r = await runWorker<RestoreResult>(o, take(), request, timeoutMs, options.signal)
      if (r.kind === 'done') return r.value
      return { hit: false, reason: r.kind === 'crashed' ? 'error' : r.kind, detail: r.detail }
    },
    async save(paths, key, options: SaveOptions = {}): Promise<SaveResult> {
      const r = await runWorker<SaveResult>(o, take(), { op: 'save', paths, key }, options.timeoutMs ?? o.timeoutMs, options.signal)
      if (r.kind === 'done') return r.value
      return { saved: false, reason: r.kind === 'crashed' ? 'error' : r.kind, detail: r.detail }
    },
  }
}
