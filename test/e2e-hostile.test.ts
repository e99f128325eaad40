// GitHub issue 15, item 7: a hostile agent against the bundled action run as root (this
// machine; a self-hosted runner whose service runs as root): the sandbox is Linux namespaces,
// entered directly. Every attack is in one scripted job per runtime (e2e-hostile-helpers.ts:
// the attacks and what is checked); one more job tries to move the hidden paths out from under
// their names, and shows that the network probe does reach the listener with `network: on`.
// The same runs as a user with passwordless sudo (e2e-hostile-sudo.test.ts) and as one without
// (e2e-hostile-landlock.test.ts).
import { describe, it } from 'vitest'
import { RUNTIMES } from './support/action-harness.mjs'
import { useServices } from './e2e-github-env.js'
import { hostileRun, renameEscapeRun, useListener, type Actor } from './e2e-hostile-helpers.js'

const skip =
  process.platform !== 'linux' || process.arch !== 'x64'
    ? `the sandbox is tested on linux-x64 (this is ${process.platform}-${process.arch})`
    : process.getuid?.() !== 0
      ? 'the action runs as root only when the tests do, and they do not'
      : undefined
if (skip) console.log(`e2e-hostile (root): skipped: ${skip}`)

const services = useServices()
const listener = useListener()
const ACTOR: Actor = { label: 'root', kind: 'namespaces' }

describe.skipIf(skip !== undefined)('a hostile agent, the action as root (namespaces)', () => {
  for (const runtime of RUNTIMES) {
    const runId = runtime.label === 'node20' ? '8101' : '8102'
    it(
      `leaks no secret and leaves nothing behind on ${runtime.label}`,
      () => hostileRun(services(), listener(), ACTOR, runtime, runId),
      45_000,
    )
  }
  it(
    'cannot move a hidden path out from under its name (.git, RUNNER_TEMP); network: on reaches the listener',
    () => renameEscapeRun(services(), listener(), ACTOR, RUNTIMES.at(-1)!, '8109'),
    30_000,
  )
})
