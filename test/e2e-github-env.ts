// Shared set-up for the e2e-github*.test.ts files: the bundled action (dist/main.js then
// dist/post.js, as the runner runs them) against a GitHub REST fake, a scripted model server and
// the local cache service, all over real HTTP on 127.0.0.1. Nothing is mocked.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import { SimulatedJob, type StageResult } from './support/action-harness.mjs'
import { startCacheService, type CacheService } from './support/cache-server.mjs'
import { startGitHubFake, type FakeComment, type GitHubFake } from './support/github-fake.mjs'
import { seedFixtureRepo } from './support/github-fake.seed.js'
import { startModelServer, type ModelServer, type RecordedRequest } from './support/model-server.mjs'
import { freshClone, makeBareOrigin } from './support/repo.mjs'
import { tempDir } from './support/temp.js'

export const OWNER = 'octo-org'
export const REPO = 'hello-world'
export const TOKEN = 'ghs_e2eGitHubToken0123456789'
export const WORKFLOW_FILE = 'agent.yml'
export const HANDOFF_INPUTS = ['agent-event', 'agent-issue', 'agent-comment-id', 'agent-actor', 'agent-progress-comment-id', 'prompt']

export interface Services {
  github: GitHubFake
  model: ModelServer
  cache: CacheService
  /** A git repository the agent's workspace is cloned from (what actions/checkout gives). */
  origin: string
  /** Temp root for runner directories. */
  root: string
}

export interface JobSpec {
  /** Runner directory name under the temp root; reuse it for a re-run (same RUNNER_TEMP path). */
  dir: string
  runId: string
  attempt: number
  node: string
  eventName: string
  payload: Record<string, unknown>
  inputs?: Record<string, string>
  env?: Record<string, string>
}

/**
 * Starts the model server and the cache service once per file, and a freshly seeded GitHub fake
 * (issue #42 with alice's "/agent" comment 2001, …) and an empty cache for every test. Call at the
 * top of a file.
 */
export function useServices(): () => Services {
  const root = tempDir('ar-e2e-gh-')
  let shared: Omit<Services, 'github'> | undefined
  let github: GitHubFake | undefined
  beforeAll(async () => {
    const [model, cache] = await Promise.all([startModelServer(), startCacheService()])
    const origin = makeBareOrigin(join(root, 'origin.git'), {
      'README.md': '# hello-world\n',
      'src/paginate.js': 'export const last = (n) => n - 1\n',
    })
    shared = { model, cache, origin, root }
  })
  afterAll(async () => {
    await Promise.all([shared?.model.close(), shared?.cache.stop()])
  })
  beforeEach(async () => {
    // A fresh repository per test has an empty cache too: the fake's run ids repeat across tests,
    // and the cache version no longer tells runners apart (docs/design.md §3).
    shared?.cache.clear()
    github = await startGitHubFake({ owner: OWNER, repo: REPO })
    seedFixtureRepo(github)
    github.declareWorkflow(WORKFLOW_FILE, HANDOFF_INPUTS)
  })
  afterEach(async () => {
    await github?.close()
    github = undefined
  })
  return () => {
    if (!shared || !github) throw new Error('services are not started')
    return { ...shared, github }
  }
}

/** A job on a fresh runner: empty dir, a fresh clone, the event payload, services wired in. */
export function newJob(s: Services, spec: JobSpec): SimulatedJob {
  const dir = join(s.root, spec.dir)
  const eventPath = join(s.root, `${spec.dir}-event-${spec.attempt}.json`)
  writeFileSync(eventPath, JSON.stringify(spec.payload))
  const job = new SimulatedJob({
    dir,
    runId: spec.runId,
    attempt: spec.attempt,
    node: spec.node,
    inputs: { model: 'openai-compatible/scripted', 'base-url': s.model.url, ...spec.inputs },
    env: {
      ...s.cache.env,
      GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
      GITHUB_REPOSITORY_OWNER: OWNER,
      GITHUB_WORKFLOW_REF: `${OWNER}/${REPO}/.github/workflows/${WORKFLOW_FILE}@refs/heads/main`,
      GITHUB_API_URL: s.github.url,
      GITHUB_TOKEN: TOKEN,
      GITHUB_EVENT_NAME: spec.eventName,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_ACTOR: 'alice',
      ...spec.env,
    },
  })
  freshClone(s.origin, job.workspace)
  return job
}

export interface JobRun {
  main: StageResult
  post: StageResult
}

/** main, then post (post-if: always()), as the runner runs a step. */
export async function runJob(job: SimulatedJob): Promise<JobRun> {
  const main = await job.run('main')
  const post = await job.run('post')
  return { main, post }
}

/** The agent-resume progress comments for one run on one issue. */
export function progressComments(github: GitHubFake, issue: number, runId: string): FakeComment[] {
  return github.commentsOn(issue).filter((c) => c.body.includes(`<!-- agent-resume: run=${runId} `))
}

/** Every comment the action's token wrote on an issue. */
export function botComments(github: GitHubFake, issue: number): FakeComment[] {
  return github.commentsOn(issue).filter((c) => c.user === github.tokenLogin)
}

/** The first user message of a chat-completions request: the prompt the agent was given. */
export function userPrompt(request: RecordedRequest | undefined): string {
  const messages = request?.body['messages']
  if (!Array.isArray(messages)) return ''
  for (const m of messages as unknown[]) {
    if (typeof m !== 'object' || m === null) continue
    const { role, content } = m as { role?: unknown; content?: unknown }
    if (role !== 'user') continue
    if (typeof content === 'string') return content
    if (Array.isArray(content)) {
      return content.map((p: unknown) => (typeof p === 'object' && p !== null && 'text' in p ? String(p.text) : '')).join('')
    }
  }
  return ''
}

/** An issue_comment.created payload for issue `issue`, comment `comment`, by `login`. */
export function commentPayload(
  base: Record<string, unknown>,
  comment: { id: number; body: string; login: string },
): Record<string, unknown> {
  const user = { login: comment.login, id: comment.login.length * 7919, type: 'User' }
  const original = base['comment'] as Record<string, unknown>
  return { ...base, comment: { ...original, id: comment.id, body: comment.body, user }, sender: user }
}

/** The job log with the runner's command prefix kept (::warning:: …), for message checks. */
export function log(run: StageResult): string {
  return `${run.stdout}\n${run.stderr}`
}
