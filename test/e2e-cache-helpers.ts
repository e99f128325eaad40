// Shared set-up for the e2e-cache*.test.ts files: one cache service (Twirp + Azurite) and one
// scripted model server per file, an origin repository, and a job factory that gives each
// attempt a fresh runner directory (same path, as hosted runners have) and a fresh clone.
import { join } from 'node:path'
import { afterAll, beforeAll } from 'vitest'
import { SimulatedJob, type StageResult } from './support/action-harness.mjs'
import { startCacheService, type CacheService } from './support/cache-server.mjs'
import { startModelServer, type ModelServer } from './support/model-server.mjs'
import { freshClone, makeOrigin } from './support/repo.mjs'
import { tempDir } from './support/temp.js'

export interface World {
  svc: CacheService
  model: ModelServer
  origin: string
  root: string
}

export const ORIGIN_FILES: Record<string, string | Buffer> = {
  'README.md': '# Demo\n',
  'src/app.js': "export const greeting = 'hello'\n",
  'src/old.js': '// to be deleted\n',
  'docs/notes.txt': 'line one\nline two\n',
}

/** Starts the services once for the file; the returned object is filled in by beforeAll. */
export function useWorld(prefix: string): World {
  const root = tempDir(prefix)
  const world = { root } as World
  beforeAll(async () => {
    world.svc = await startCacheService()
    world.model = await startModelServer()
    world.origin = makeOrigin(join(root, 'origin'), ORIGIN_FILES)
  })
  afterAll(async () => {
    await world.model?.close()
    await world.svc?.stop()
  })
  return world
}

export interface JobSpec {
  /** A name for the runner directory; the same name on every attempt = the same paths. */
  runner: string
  /** GITHUB_WORKSPACE, when not <runner dir>/workspace. */
  workspace?: string
  runId: string
  attempt: number
  node: string
  inputs?: Record<string, string>
  env?: Record<string, string>
}

/** A fresh runner with a fresh clone of the origin, wired to the world's services. */
export function newJob(w: World, spec: JobSpec): SimulatedJob {
  const job = new SimulatedJob({
    dir: join(w.root, spec.runner),
    ...(spec.workspace ? { workspace: spec.workspace } : {}),
    runId: spec.runId,
    attempt: spec.attempt,
    node: spec.node,
    inputs: {
      model: 'openai-compatible/scripted',
      'base-url': w.model.url,
      prompt: 'Make the changes.',
      'github-token': '',
      ...spec.inputs,
    },
    env: { ...w.svc.env, ...spec.env },
  })
  freshClone(w.origin, job.workspace)
  return job
}

/** Main then post, as the runner runs them; both results. */
export async function runBoth(job: SimulatedJob): Promise<{ main: StageResult; post: StageResult }> {
  const main = await job.run('main')
  const post = await job.run('post')
  return { main, post }
}

/** Everything a stage printed, for readable failure messages. */
export function logOf(r: StageResult): string {
  return `${r.stdout}\n--- stderr ---\n${r.stderr}`
}

let runs = 0
/** A run id no other test of this file uses (each file has its own cache service). */
export function nextRunId(): string {
  return `${process.pid}${String(++runs).padStart(3, '0')}`
}
