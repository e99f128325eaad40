// GitHub issue 15, item 7, as GitHub's hosted `runner` user: an unprivileged user with
// passwordless sudo (`ar-runner`, made by scripts/sandbox-users.mjs); the action enters the
// namespaces through `sudo -n`. The attacks and what is checked: e2e-hostile-helpers.ts.
import { existsSync } from 'node:fs'
import { describe, it } from 'vitest'
import { ensureSandboxUsers, WITH_SUDO } from '../scripts/sandbox-users.mjs'
import { RUNTIMES } from './support/action-harness.mjs'
import { useServices } from './e2e-github-env.js'
import { hostileRun, renameEscapeRun, useListener, type Actor } from './e2e-hostile-helpers.js'

const users =
  process.platform === 'linux' && process.arch === 'x64' ? ensureSandboxUsers() : { ok: false as const, reason: 'not linux-x64' }
if (!users.ok) console.log(`e2e-hostile (${WITH_SUDO}): skipped: ${users.reason}`)
const ids = users.ok ? users.users[WITH_SUDO] : undefined
const home = `/home/${WITH_SUDO}`
const ACTOR: Actor = { label: WITH_SUDO, kind: 'namespaces', ...(ids ? { runAs: { ...ids, ...(existsSync(home) ? { home } : {}) } } : {}) }

const services = useServices()
const listener = useListener()

describe.skipIf(!ids)(`a hostile agent, the action as ${WITH_SUDO} (passwordless sudo: namespaces)`, () => {
  for (const runtime of RUNTIMES) {
    const runId = runtime.label === 'node20' ? '8201' : '8202'
    it(
      `leaks no secret and leaves nothing behind on ${runtime.label}`,
      () => hostileRun(services(), listener(), ACTOR, runtime, runId),
      45_000,
    )
  }
  it(
    'cannot move a hidden path out from under its name (.git, RUNNER_TEMP); network: on reaches the listener',
    () => renameEscapeRun(services(), listener(), ACTOR, RUNTIMES.at(-1)!, '8209'),
    30_000,
  )
})
