// Secrets never reach the session database (and so never the cache), and the bash tool never
// sees them: through the bundled action, with the secret showing up where it realistically
// could — in the prompt, in a file the agent reads, and in the environment bash starts from.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { RUNTIMES } from './support/action-harness.mjs'
import { logOf, newJob, runBoth, useWorld } from './e2e-cache-helpers.js'

const API_KEY = 'sk-test-4f9a1c0e7b2d48c6a5e3'
const GITHUB_TOKEN = 'ghs_Q7wE2rT9yU4iO1pA6sD3fG8hJ5kL0z'
const w = useWorld('ar-e2e-secrets-')

describe.each(RUNTIMES)('secrets under $label', ({ label, node }) => {
  it('are redacted from the session DB and scrubbed from bash', async () => {
    w.model.setScript([
      // A command that would leak the environment, and a file that happens to hold a secret.
      { toolCalls: [{ name: 'bash', args: { command: 'env | sort; printf "key=%s\\n" "$OPENAI_API_KEY" > leaked.txt' } }] },
      { toolCalls: [{ name: 'write_file', args: { path: 'notes.txt', content: `config mentions ${API_KEY}\n` } }] },
      { toolCalls: [{ name: 'read_file', args: { path: 'notes.txt' } }] },
      { text: 'Done.' },
    ])
    const job = newJob(w, {
      runner: `secrets-${label}`,
      runId: '7100',
      attempt: 1,
      node,
      inputs: { 'api-key': API_KEY, 'github-token': '', prompt: `Use the token ${GITHUB_TOKEN} carefully.` },
      env: { GITHUB_TOKEN, OPENAI_API_KEY: API_KEY },
    })
    const { main, post } = await runBoth(job)
    expect(main.code, logOf(main)).toBe(0)
    expect(post.code, logOf(post)).toBe(0)

    // The DB that the cache carries (post folded the WAL into it).
    const dbPath = job.state()['db-path']!
    const db = readFileSync(dbPath).toString('latin1')
    expect(db).toContain('carefully') // the prompt is there …
    expect(db).not.toContain(GITHUB_TOKEN) // … without the token in it
    expect(db).not.toContain(API_KEY)
    expect(db).not.toContain(w.svc.env.ACTIONS_RUNTIME_TOKEN.slice(0, 40))

    // bash never saw the key, the GitHub token or the runner's cache credentials.
    const leaked = readFileSync(`${job.workspace}/leaked.txt`, 'utf8')
    expect(leaked).toBe('key=\n')
    const sentToModel = JSON.stringify(w.model.requests.map((r) => r.body))
    expect(sentToModel).not.toContain(w.svc.env.ACTIONS_RUNTIME_TOKEN.slice(0, 40))
    expect(sentToModel).not.toContain('ACTIONS_RESULTS_URL=')
    expect(sentToModel).not.toContain(`GITHUB_TOKEN=${GITHUB_TOKEN}`)
    // The file holding the key is left out of the workspace snapshot, and the log says so.
    expect(post.stdout).toContain('Files that contain a secret are not kept for a re-run: notes.txt')
    // The log masks them too (core.setSecret registered both before any output).
    expect(main.stdout).toContain(`::add-mask::${API_KEY}`)
  })
})
