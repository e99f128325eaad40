// The values the action must never store, cache, show or hand to the agent's tools: the
// credentials passed as inputs and those the environment holds. Main and post both collect
// them here, from the same rule, so the snapshot post takes is redacted as main's store is.

/** Names whose value is itself a credential (ACTIONS_STEP_DEBUG=true is sensitive, not a credential). */
export const CREDENTIAL_NAME_PATTERNS: readonly RegExp[] = [/(^|_)API_?KEY$/i, /(^|_)TOKEN$/i, /SECRET/i, /PASSWORD/i, /(^|_)PRIVATE_KEY$/i]

/**
 * Values in the environment that are credentials by their name (GITHUB_TOKEN, *_API_KEY,
 * ACTIONS_RUNTIME_TOKEN, …): the action redacts them from everything it stores, whether or not
 * they were passed as inputs. INPUT_* is left out: its values are settings like the prompt.
 * Values shorter than 8 characters are left out too (they would redact ordinary words).
 */
export function credentialValues(env: NodeJS.ProcessEnv): string[] {
  return Object.entries(env)
    .filter(
      ([name, value]) =>
        value !== undefined && value.length >= 8 && !/^INPUT_/i.test(name) && CREDENTIAL_NAME_PATTERNS.some((re) => re.test(name)),
    )
    .map(([, value]) => value as string)
}

/** The known secrets (inputs, a model key from the environment) plus the environment's credentials; unique, non-empty. */
export function secretsToProtect(known: Iterable<string>, env: NodeJS.ProcessEnv): string[] {
  return [...new Set([...known, ...credentialValues(env)])].filter((s) => s !== '')
}
