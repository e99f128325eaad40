// The environment a bash command sees. The agent's commands are chosen by a model reading
// untrusted text (issues, comments, files), so nothing that grants access may reach them:
// the job token, the runner's cache/results credentials, every action input (INPUT_* holds
// api-key and github-token), anything named like a key/token/secret, and any variable whose
// value contains one of the secrets the action knows (whatever its name).

const DROP_EXACT = new Set([
  'GITHUB_TOKEN',
  'GH_TOKEN',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_URL',
])
const DROP_PATTERNS: readonly RegExp[] = [
  /^ACTIONS_/i,
  /^INPUT_/i,
  /(^|_)API_?KEY$/i,
  /(^|_)TOKEN$/i,
  /SECRET/i,
  /PASSWORD/i,
  /(^|_)PRIVATE_KEY$/i,
]

/** Names removed because of their name alone. */
export function isSensitiveName(name: string): boolean {
  return DROP_EXACT.has(name.toUpperCase()) || DROP_PATTERNS.some((re) => re.test(name))
}

/** Names whose value is itself a credential (ACTIONS_STEP_DEBUG=true is sensitive, not a credential). */
const CREDENTIAL_PATTERNS: readonly RegExp[] = [/(^|_)API_?KEY$/i, /(^|_)TOKEN$/i, /SECRET/i, /PASSWORD/i, /(^|_)PRIVATE_KEY$/i]

/**
 * Values in the environment that are credentials by their name (GITHUB_TOKEN, *_API_KEY,
 * ACTIONS_RUNTIME_TOKEN, …): the action redacts them from everything it stores, whether or not
 * they were passed as inputs. INPUT_* is left out: its values are settings like the prompt.
 */
export function credentialValues(env: NodeJS.ProcessEnv): string[] {
  return Object.entries(env)
    .filter(
      ([name, value]) =>
        value !== undefined && value.length >= 8 && !/^INPUT_/i.test(name) && CREDENTIAL_PATTERNS.some((re) => re.test(name)),
    )
    .map(([, value]) => value as string)
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
