// Finds out what this runner allows (the helper's probe, `sudo -n`), and chooses the sandbox the
// agent's bash commands run in for this attempt (plan.ts). Once per attempt, before the first
// command: the log and the job summary say which boundary holds (docs/design.md §11).
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, isAbsolute, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { trustedExecutable } from '../../executable.js'
import { realOrSame } from '../../path-within.js'
import { chooseSandbox, protectedPaths, readonlyPaths, type Network, type SandboxFacts, type SandboxPlan } from './plan.js'

const PROBE_TIMEOUT_MS = 5_000

/** The helper's file name for a platform and arch (built by `npm run build:native`). */
export function helperFileName(platform: string, arch: string): string {
  return `agent-sandbox-${platform}-${arch}`
}

/**
 * dist/sandbox/agent-sandbox-<platform>-<arch> beside the bundle (main.js or a chunk), or the
 * repository's dist/sandbox when running from the sources (tests); undefined when none is shipped.
 */
export function findHelper(platform: string = process.platform, arch: string = process.arch): string | undefined {
  const name = helperFileName(platform, arch)
  const candidates = [`./sandbox/${name}`, `../sandbox/${name}`, `../../../dist/sandbox/${name}`]
  for (const candidate of candidates) {
    const path = fileURLToPath(new URL(candidate, import.meta.url))
    if (existsSync(path)) return path
  }
  return undefined
}

function run(file: string, args: string[]): Promise<{ ok: boolean; stdout: string }> {
  return new Promise((resolve) => {
    // A closed stdin: a sudo that wants a password fails at once with -n instead of waiting.
    const child = execFile(file, args, { timeout: PROBE_TIMEOUT_MS, env: { PATH: process.env.PATH ?? '' } }, (error, stdout) =>
      resolve({ ok: error === null, stdout: String(stdout) }),
    )
    child.stdin?.end()
  })
}

/** Reads the runner's facts: the helper, the Landlock ABI it sees, and passwordless sudo. */
export async function probeFacts(helper = findHelper()): Promise<SandboxFacts> {
  const uid = process.getuid?.() ?? -1
  const gid = process.getgid?.() ?? -1
  const facts: SandboxFacts = { platform: process.platform, helper, uid, gid, landlockAbi: 0, sudo: false }
  if (process.platform !== 'linux' || !helper) return facts
  facts.sudoPath = trustedExecutable('sudo')
  facts.envPath = trustedExecutable('env')
  const [probe, sudo] = await Promise.all([run(helper, ['--probe']), uid === 0 ? { ok: false } : run(facts.sudoPath, ['-n', 'true'])])
  try {
    const parsed = JSON.parse(probe.stdout) as { landlock?: unknown }
    facts.landlockAbi = typeof parsed.landlock === 'number' ? parsed.landlock : 0
  } catch {
    facts.landlockAbi = 0
  }
  facts.sudo = sudo.ok
  return facts
}

/**
 * Where the code lives that runs after the agent's commands: the action (dist/sandbox/<helper>
 * is three levels below its root), the Node.js running it, and — when that Node.js is the
 * runner's (<runner>/externals/node20/bin/node) — the runner's bin and externals.
 */
function codeDirs(helper: string | undefined): string[] {
  const dirs = [dirname(dirname(process.execPath))]
  if (helper) dirs.push(dirname(dirname(dirname(helper))))
  const runner = /^(.*)[/\\]externals[/\\]node\d+[/\\]bin[/\\]node(\.exe)?$/.exec(process.execPath)?.[1]
  if (runner) dirs.push(join(runner, 'bin'), join(runner, 'externals'))
  return dirs
}

export interface SandboxInput {
  network: Network
  /** The workspace root the commands run in. */
  workspace: string
  dbPath: string
  env: NodeJS.ProcessEnv
  /** Files bound over others inside the namespace (the credential-free .git/config). */
  binds?: Array<{ source: string; target: string }>
  /** Tests hand in facts; production probes the runner. */
  facts?: SandboxFacts
}

/**
 * The sandbox for this attempt's commands.
 * @throws SandboxError when `network: off` cannot be enforced here.
 */
export async function prepareSandbox(input: SandboxInput): Promise<SandboxPlan> {
  const facts = input.facts ?? (await probeFacts())
  const { env } = input
  const fileCommands = ['GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STATE', 'GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY']
    .map((name) => env[name])
    .filter((v): v is string => v !== undefined && v !== '')
  // Real paths, as the helper compares them; one not there yet is hidden by its name.
  const protect = protectedPaths({
    workspace: realOrSame(input.workspace),
    runnerTemp: env.RUNNER_TEMP ? realOrSame(env.RUNNER_TEMP) : undefined,
    fileCommands: fileCommands.map(realOrSame),
    dbPath: realOrSame(input.dbPath),
  })
  const readonly = readonlyPaths({ workspace: realOrSame(input.workspace), candidates: codeDirs(facts.helper).map(realOrSame) })
  // The attempt's own /tmp when the network is off: in RUNNER_TEMP, which the sandbox hides.
  const privateTmp =
    input.network === 'off' && process.platform === 'linux'
      ? mkdtempSync(join(env.RUNNER_TEMP && isAbsolute(env.RUNNER_TEMP) ? env.RUNNER_TEMP : tmpdir(), 'agent-resume-tmp-'))
      : undefined
  return chooseSandbox(facts, {
    network: input.network,
    workspace: realOrSame(input.workspace),
    protect,
    readonly,
    binds: input.binds ?? [],
    privateTmp,
    home: env.HOME ? realOrSame(env.HOME) : undefined,
  })
}
