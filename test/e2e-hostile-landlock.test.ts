// GitHub issue 15, item 7, as a self-hosted runner's user without sudo (`ar-nosudo`, made by
// scripts/sandbox-users.mjs): the sandbox is Landlock. Its documented weaker guarantees are
// checked as documented (the action's processes stay visible to ps, .git/config stays readable);
// the rest holds as under namespaces. The attacks and what is checked: e2e-hostile-helpers.ts.
import { existsSync } from 'node:fs'
import { describe, it } from 'vitest'
import { ensureSandboxUsers, WITHOUT_SUDO } from '../scripts/sandbox-users.mjs'
import { RUNTIMES } from './support/action-harness.mjs'
import { useServices } from './e2e-github-env.js'
import { hostileRun, renameEscapeRun, useListener, type Actor } from './e2e-hostile-helpers.js'

const users =
  process.platform === 'linux' && process.arch === 'x64' ? ensureSandboxUsers() : { ok: false as const, reason: 'not linux-x64' }
if (!users.ok) console.log(`e2e-hostile (${WITHOUT_SUDO}): skipped: ${users.reason}`)
const ids = users.ok ? users.users[WITHOUT_SUDO] : undefined
const home = `/home/${WITHOUT_SUDO}`
const ACTOR: Actor = { label: WITHOUT_SUDO, kind: 'landlock', ...(ids ? { runAs: { ...ids, ...(existsSync(home) ? { home } : {}) } } : {}) }

const services = useServices()
const listener = useListener()

describe.skipIf(!ids)(`a hostile agent, the action as ${WITHOUT_SUDO} (no sudo: Landlock)`, () => {
  for (const runtime of RUNTIMES) {
    const runId = runtime.label === 'node20' ? '8301' : '8302'
    it(
      `leaks no secret and leaves nothing behind on ${runtime.label}`,
      () => hostileRun(services(), listener(), ACTOR, runtime, runId),
      45_000,
    )
  }
  it(
    'cannot move RUNNER_TEMP out from under its name; network: on reaches the listener',
    () => renameEscapeRun(services(), listener(), ACTOR, RUNTIMES.at(-1)!, '8309'),
    30_000,
  )
})
