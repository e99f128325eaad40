// Issue 15 through the bundled action on Node 20 and 24: the agent tries to make the action's
// own git run its program. write_file on .git/config is refused; bash (which can) appends an
// fsmonitor hook and a clean filter to .git/config. Main's checkpoints and the post step's
// snapshot then run git: the program never runs (so no secret in git's environment is ever
// captured), and the snapshot holds the agent's bytes. A token actions/checkout persisted in
// .git/config is warned about once.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { RUNTIMES, commands } from './support/action-harness.mjs'
import { openStore } from '../src/store/index.js'
import { logOf, newJob, runBoth, useWorld } from './e2e-cache-helpers.js'

const API_KEY = 'sk-test-9d1e4c7a2b5f48e3a6c0'
const GITHUB_TOKEN = 'ghs_Git1nertT0kenQ7wE2rT9yU4iO1pA'
const w = useWorld('ar-e2e-git-inert-')

describe.each(RUNTIMES)('git stays inert under $label', ({ label, node }) => {
  it('refuses write_file in .git, and runs nothing bash wrote into .git/config', async () => {
    const job = newJob(w, {
      runner: `inert-${label}`,
      runId: label === 'node20' ? '7301' : '7302',
      attempt: 1,
      node,
      inputs: { 'api-key': API_KEY, 'github-token': '' },
      env: { GITHUB_TOKEN, OPENAI_API_KEY: API_KEY },
    })
    const marker = join(job.dir, 'MARKER')
    const evil = join(job.dir, 'evil.sh')
    const arm = [
      `printf '#!/bin/sh\\n{ echo "ran $0"; env; } >> %s\\ncat\\n' '${marker}' > '${evil}'`,
      `chmod +x '${evil}'`,
      `printf '[core]\\n\\tfsmonitor = %s\\n[filter "evil"]\\n\\tclean = %s\\n\\trequired = true\\n' '${evil}' '${evil}' >> .git/config`,
      `echo '*.txt filter=evil' > .gitattributes`,
      `echo 'line three' >> docs/notes.txt`,
    ].join(' && ')
    w.model.setScript([
      { toolCalls: [{ name: 'write_file', args: { path: '.git/config', content: `[core]\n\tfsmonitor = ${evil}\n` } }] },
      { toolCalls: [{ name: 'bash', args: { command: arm } }] },
      { text: 'Done.' },
    ])
    const { main, post } = await runBoth(job)
    expect(main.code, logOf(main)).toBe(0)
    expect(post.code, logOf(post)).toBe(0)
    expect(main.outputs).toMatchObject({ outcome: 'completed' })
    expect(existsSync(marker), existsSync(marker) ? readFileSync(marker, 'utf8') : '').toBe(false)

    const sent = JSON.stringify(w.model.requests.map((r) => r.body))
    expect(sent).toContain('.git/config is inside .git/; the action manages git — use bash to run git commands')

    // The snapshot post stored: the agent's bytes, unfiltered.
    const { store } = openStore(job.state()['db-path']!, { warn: () => {} })
    try {
      const patch = store.loadWorkspaceSnapshot(job.state()['session-id']!)?.snapshot.toString('utf8') ?? ''
      expect(patch).toContain('+line three')
      expect(patch).toContain('+*.txt filter=evil')
    } finally {
      store.close()
    }
    // The arming was real: a plain `git status` runs the hook with whatever environment it has.
    execFileSync('git', ['status', '--short'], {
      cwd: job.workspace,
      env: { ...process.env, PROBE_SECRET: 'probe' },
      stdio: 'pipe',
    })
    expect(readFileSync(marker, 'utf8')).toContain('PROBE_SECRET=probe')
  })

  it('keeps persisted checkout credentials from the commands, warns once, and leaves .git/config as it was', async () => {
    const job = newJob(w, {
      runner: `creds-${label}`,
      runId: label === 'node20' ? '7303' : '7304',
      attempt: 1,
      node,
      inputs: { 'api-key': API_KEY, 'github-token': '' },
      env: { GITHUB_TOKEN, OPENAI_API_KEY: API_KEY },
    })
    // What actions/checkout (v4/v5, persist-credentials: true) leaves in .git/config.
    const basic = Buffer.from(`x-access-token:${GITHUB_TOKEN}`).toString('base64')
    execFileSync('git', ['config', 'http.https://github.com/.extraheader', `AUTHORIZATION: basic ${basic}`], { cwd: job.workspace })
    const before = readFileSync(join(job.workspace, '.git', 'config'))
    w.model.setScript([
      { toolCalls: [{ name: 'bash', args: { command: 'cat .git/config; git config core.fsmonitor /bin/false; echo rc=$?' } }] },
      { text: 'Done.' },
    ])
    const { main, post } = await runBoth(job)
    expect(main.code, logOf(main)).toBe(0)
    expect(post.code, logOf(post)).toBe(0)
    const warnings = commands(main.stdout, 'warning').filter((l) => l.includes('persist-credentials: false'))
    expect(warnings, main.stdout).toHaveLength(1)
    expect(warnings[0]).toContain('actions/checkout persisted the job token in .git/config')
    expect(warnings[0]).not.toContain(basic)
    const sent = JSON.stringify(w.model.requests.map((r) => r.body))
    expect(sent).toContain('[remote \\"origin\\"]') // the command read a config …
    expect(sent).not.toContain(basic) // … without the token
    expect(readFileSync(join(job.workspace, '.git', 'config')).equals(before)).toBe(true)
  })
})
