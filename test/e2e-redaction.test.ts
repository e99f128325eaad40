// Redaction everywhere the action writes (GitHub issue 15, item 4), through the bundled action
// under Node 20 and Node 24 against the GitHub fake, the scripted model and the cache service:
// the model's final answer echoes the api key, a GitHub token, a database URL with a password
// and a PEM private key, and a tool output carries a DATABASE_URL from the environment (a value
// the action cannot know by its name). None of them reaches the `response` output, the job
// summary, the progress comment, the pull request or the session DB the cache carries.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { RUNTIMES } from './support/action-harness.mjs'
import { loadEvent } from './support/github-fake.seed.js'
import { log, newJob, progressComments, runJob, useServices } from './e2e-github-env.js'

const services = useServices()
const ISSUE = 42
const API_KEY = 'sk-test-4f9a1c0e7b2d48c6a5e3'
// Built at run time, so no secret scanner takes this file for a leak.
const GHP = `ghp_${'R3dactM3'.repeat(5)}`
const DB_PASSWORD = 'Sup3r-S3cret-pw'
const DB_URL = `postgres://app:${DB_PASSWORD}@db.internal:5432/app`
const ENV_DB_PASSWORD = 'env-0nly-Pa55word'
const ENV_DB_URL = `postgres://svc:${ENV_DB_PASSWORD}@db.internal:5432/svc`
const PEM_LINE = 'MIIEowIBAAKCAQEA0Z3VS5JJcds3xfn/ygWyF8PbnGy0AHB7MhgHcTz6sE2I2yPB'
const PEM = [
  '-----BEGIN RSA PRIVATE KEY-----',
  PEM_LINE,
  'aFDrBz9vFqU4yB0Qy4A8hVDs0ZXK5lJk3b5h1K1mPqW6E3F5XJ0Z',
  '-----END RSA PRIVATE KEY-----',
].join('\n')
const ANSWER = [
  'Fixed the off-by-one.',
  `The key you gave me is ${API_KEY}, the deploy token is ${GHP},`,
  `the database is ${DB_URL}, and the server key is:`,
  '',
  PEM,
].join('\n')
/** What must appear nowhere the action writes. */
const LEAKS = [API_KEY, GHP, DB_PASSWORD, ENV_DB_PASSWORD, PEM_LINE]
const leaksIn = (text: string) => LEAKS.filter((secret) => text.includes(secret) || text.includes(JSON.stringify(secret).slice(1, -1)))

describe.each(RUNTIMES)('redaction on $label', ({ label, node }) => {
  it('the answer and tool outputs leave the runner only redacted: output, summary, comment, pull request, DB', async () => {
    const s = services()
    s.model.setFaults([])
    s.model.setScript([
      // DATABASE_URL is not a credential by its name: bash sees it, so the tool output holds it.
      { toolCalls: [{ name: 'bash', args: { command: 'env | grep ^DATABASE_URL=' } }] },
      { toolCalls: [{ name: 'write_file', args: { path: 'src/paginate.js', content: 'export const last = (n) => n\n' } }] },
      { text: ANSWER },
    ])
    const runId = label === 'node20' ? '7500' : '7600'
    const job = newJob(s, {
      dir: `redaction-${label}`,
      runId,
      attempt: 1,
      node,
      eventName: 'issue_comment',
      payload: loadEvent('issue_comment.issue'),
      inputs: { 'api-key': API_KEY },
      env: { DATABASE_URL: ENV_DB_URL },
    })

    const { main, post } = await runJob(job)
    expect(main.code, log(main)).toBe(0)
    expect(post.code, log(post)).toBe(0)
    expect(main.outputs['outcome']).toBe('completed')
    // The bash step did see the URL: it is what the store has to redact.
    const toolOutputs = JSON.stringify(s.model.requests.map((r) => r.body))
    expect(toolOutputs).toContain(ENV_DB_PASSWORD)

    // The `response` output: redacted, the rest of the answer kept (scheme, user and host too).
    const response = main.outputs['response'] ?? ''
    expect(response).toContain('Fixed the off-by-one.')
    expect(response).toContain('The key you gave me is ***, the deploy token is ***,')
    expect(response).toContain('the database is postgres://app:***@db.internal:5432/app, and the server key is:')
    expect(leaksIn(response)).toEqual([])
    expect(leaksIn(JSON.stringify(main.outputs))).toEqual([])

    // The job summary.
    expect(main.summary).toContain('postgres://app:***@db.internal:5432/app')
    expect(leaksIn(main.summary)).toEqual([])

    // The progress comment, and every request the action sent to GitHub (the pull request too).
    const [comment] = progressComments(s.github, ISSUE, runId)
    expect(comment?.body).toContain('**✅ Done** · attempt 1')
    expect(comment?.body).toContain('the deploy token is ***,')
    expect(leaksIn(comment?.body ?? '')).toEqual([])
    const pull = s.github.requestsTo('POST', /\/pulls$/)
    expect(pull).toHaveLength(1)
    expect(JSON.stringify(pull[0]?.body)).toContain('the deploy token is ***,')
    expect(leaksIn(JSON.stringify(s.github.state.requests.map((r) => r.body)))).toEqual([])

    // The session DB the cache carries (post folded the WAL into it): the answer and the
    // DATABASE_URL of the bash output are there, redacted.
    const db = readFileSync(job.state()['db-path']!).toString('latin1')
    expect(db).toContain('Fixed the off-by-one.')
    expect(db).toContain('postgres://svc:***@db.internal:5432/svc')
    expect(leaksIn(db)).toEqual([])
  })
})
