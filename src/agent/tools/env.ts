// The environment a bash command sees. The agent's commands are chosen by a model reading
// untrusted text (issues, comments, files), so nothing that grants access may reach them:
// the job token, the runner's cache/results credentials, every action input (INPUT_* holds
// api-key and github-token), anything named like a key/token/secret, and any variable whose
// value contains one of the secrets the action knows (whatever its name).
import { CREDENTIAL_NAME_PATTERNS } from '../../secrets.js'

const DROP_EXACT = new Set([
  'GITHUB_TOKEN',
  'GH_TOKEN',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_URL',
])
const DROP_PATTERNS: readonly RegExp[] = [/^ACTIONS_/i, /^INPUT_/i, ...CREDENTIAL_NAME_PATTERNS]

/** Names removed because of their name alone. */
export function isSensitiveName(name: string): boolean {
  return DROP_EXACT.has(name.toUpperCase()) || DROP_PATTERNS.some((re) => re.test(name))
}

export function scrubEnv(env: NodeJS.ProcessEnv, secrets: Iterable<string> = []): Record<string, string> {
  const values = [...secrets].filter((s) => s.length >= 4)
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined || isSensitiveName(name)) continue
    if (values.some((secret) => value.includes(secret))) continue
    out[name] = value
  }
  // A command must never wait on a credential prompt: it would hang until the timeout.
  out.GIT_TERMINAL_PROMPT = '0'
  return out
}
