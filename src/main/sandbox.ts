// The sandbox step of main's agent stage: what boundary the agent's bash commands get on this
// runner, chosen once per attempt and said once in the log (and in the job summary).
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describeSandbox, type SandboxPlan } from '../agent/sandbox/plan.js'
import { prepareSandbox } from '../agent/sandbox/prepare.js'
import type { Settings } from '../inputs.js'
import type { Log } from '../log.js'
import type { RunContext } from '../run-context.js'
import { credentialsWarning, persistedCredentials, writeSanitizedConfig } from '../workspace/credentials.js'
import { Git } from '../workspace/git.js'

/** The sandbox of one attempt, and the line the log and the job summary show for it. */
export interface AttemptSandbox {
  plan: SandboxPlan
  description: string
}

/**
 * Warns once when the checkout persisted credentials (anything the agent runs could read them),
 * then probes the runner and returns the plan bash commands run under. When the checkout persisted
 * credentials, a copy of .git/config without them is bound over it inside a namespaces sandbox
 * (the user's file stays as it was); it lives in RUNNER_TEMP, which the sandbox hides.
 * @throws SandboxError when `network: off` cannot be enforced here (the message names the input).
 */
export async function sandboxStage(settings: Settings, ctx: RunContext, env: NodeJS.ProcessEnv, log: Log): Promise<AttemptSandbox> {
  const binds: Array<{ source: string; target: string }> = []
  const credentials = await persistedCredentials(ctx.workspaceRoot)
  const warning = credentialsWarning(credentials)
  if (warning) log.warning(warning)
  if (process.platform === 'linux' && credentials.length > 0) {
    const dir = mkdtempSync(join(env.RUNNER_TEMP || tmpdir(), 'agent-resume-gitconfig-'))
    const copy = join(dir, 'config')
    await writeSanitizedConfig(ctx.workspaceRoot, copy)
    binds.push({ source: copy, target: await new Git(ctx.workspaceRoot).gitPath('config') })
  }
  const plan = await prepareSandbox({ network: settings.network, workspace: ctx.workspaceRoot, dbPath: ctx.dbPath, env, binds })
  if (binds.length > 0 && plan.kind === 'namespaces') log.info("The agent's commands see .git/config without the persisted credentials.")
  const description = describeSandbox(plan)
  const line = `Sandbox for the agent's commands: ${description}.`
  if (plan.kind === 'none') log.warning(line)
  else log.info(line)
  return { plan, description }
}
