// What the runtime token says about cache access (docs/design.md §3, "Read-only cache tokens"). Pure.
//
// ACTIONS_RUNTIME_TOKEN is a JWT; its `ac` claim is a JSON *string* listing [{Scope, Permission}]
// where Permission is a bit set (1 read, 2 write). Untrusted triggers on the default-branch scope
// get a read-only token, and saves then fail with "cache write denied". Reading the claim lets the
// action say so before it spends model tokens. The signature is not verified (we hold no key and
// only use the answer to warn early); the save error stays the authority, so anything unexpected
// in the token yields 'unknown', never a guess.

export const CachePermission = { Read: 1, Write: 2 } as const

export interface CacheScope {
  scope: string
  permission: number
}

export type CacheAccess = 'writable' | 'read-only' | 'unknown'

export interface CacheAccessReport {
  access: CacheAccess
  /** Scopes from the `ac` claim, in token order; empty when the claim could not be read. */
  scopes: CacheScope[]
  /** One sentence for the log. */
  reason: string
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null

/** The JWT payload as an object, or undefined if the token is not a readable JWT. */
export function decodeJwtPayload(token: string): Record<string, unknown> | undefined {
  const parts = token.trim().split('.')
  if (parts.length !== 3 || !parts[1]) return undefined
  try {
    const payload: unknown = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'))
    return isRecord(payload) ? payload : undefined
  } catch {
    return undefined
  }
}

/** Scopes from the `ac` claim, or undefined if the claim is absent or has another shape. */
export function readCacheScopes(payload: Record<string, unknown>): CacheScope[] | undefined {
  const ac = payload['ac']
  let list: unknown
  try {
    // The claim is a JSON string today; accept an already-parsed array too, should it change.
    list = typeof ac === 'string' ? JSON.parse(ac) : ac
  } catch {
    return undefined
  }
  if (!Array.isArray(list)) return undefined
  const scopes: CacheScope[] = []
  for (const item of list) {
    if (!isRecord(item)) return undefined
    const scope = item['Scope']
    const permission = item['Permission']
    if (typeof scope !== 'string' || typeof permission !== 'number' || !Number.isInteger(permission)) {
      return undefined
    }
    scopes.push({ scope, permission })
  }
  return scopes
}

/**
 * Decide whether this run can save to the cache.
 * @param token ACTIONS_RUNTIME_TOKEN (undefined when not on a runner)
 * @param ref the scope saves land in, e.g. GITHUB_REF (`refs/heads/main`, `refs/pull/7/merge`);
 *   if it is listed, its bits decide; otherwise any writable scope counts as writable.
 */
export function cacheAccess(token: string | undefined, ref?: string): CacheAccessReport {
  if (!token) return { access: 'unknown', scopes: [], reason: 'no runtime token' }
  const payload = decodeJwtPayload(token)
  if (!payload) return { access: 'unknown', scopes: [], reason: 'runtime token is not a readable JWT' }
  const scopes = readCacheScopes(payload)
  if (!scopes) return { access: 'unknown', scopes: [], reason: 'runtime token has no readable `ac` claim' }
  if (scopes.length === 0) return { access: 'read-only', scopes, reason: 'runtime token lists no cache scopes' }
  const own = ref ? scopes.find((s) => s.scope === ref) : undefined
  if (own) {
    const writable = (own.permission & CachePermission.Write) !== 0
    return {
      access: writable ? 'writable' : 'read-only',
      scopes,
      reason: `cache scope ${own.scope} has permission ${own.permission}`,
    }
  }
  const writable = scopes.find((s) => (s.permission & CachePermission.Write) !== 0)
  if (writable) {
    return { access: 'writable', scopes, reason: `cache scope ${writable.scope} is writable` }
  }
  return {
    access: 'read-only',
    scopes,
    reason: `no writable cache scope among ${scopes.map((s) => `${s.scope}=${s.permission}`).join(', ')}`,
  }
}
