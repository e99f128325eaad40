// Why this file exists: @actions/cache 6.x never hands its typed errors to the caller.
// saveCache/restoreCache catch ReserveCacheError, CacheWriteDeniedError, RateLimitError, HTTP 5xx
// and upload errors themselves, log them through @actions/core and return -1 / undefined
// (toolkit packages/cache/src/cache.ts, saveCacheV2 and restoreCacheV2 catch arms). The reason
// only survives in what @actions/core writes to stdout, including `::debug::` lines, which core
// always prints and the runner hides. So we listen to stdout for the duration of the call and
// classify the text. The lines still reach stdout unchanged.

export type SaveFailure =
  | 'exists' // 409: the key is taken (keys are immutable, docs/design.md §3)
  | 'write-denied' // read-only runtime token (docs/design.md §3)
  | 'rate-limited' // 429
  | 'quota' // storage quota hit
  | 'server-error' // 5xx
  | 'unreachable' // connection refused, DNS, timeout
  | 'cache-mode' // ACTIONS_CACHE_MODE forbids writes
  | 'unavailable' // no cache service configured (not on a runner)
  | 'missing-paths' // nothing to save
  | 'invalid' // key validation (commas, > 512 chars)
  | 'timeout' // the time budget was spent (src/cache/worker-client.ts)
  | 'cancelled' // the job was cancelled mid-operation
  | 'error' // anything else: see detail

export type RestoreFailure =
  | 'miss'
  | 'read-denied'
  | 'rate-limited'
  | 'server-error'
  | 'unreachable'
  | 'cache-mode'
  | 'unavailable'
  | 'invalid'
  | 'timeout'
  | 'cancelled'
  | 'error'

type Listener = (text: string) => void
type Write = typeof process.stdout.write

const listeners = new Set<Listener>()
let original: Write | undefined

function install(): void {
  if (original) return
  // Kept as is (not bound): uninstall puts this very function back. It is called with the stream as `this`.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const orig = process.stdout.write
  original = orig
  const tapped = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]): boolean {
    const text = typeof chunk === 'string' ? chunk : chunk instanceof Uint8Array ? Buffer.from(chunk).toString('utf8') : ''
    for (const l of listeners) l(text)
    return (orig as (...args: unknown[]) => boolean).call(this, chunk, ...rest)
  }
  process.stdout.write = tapped
}

function uninstall(): void {
  if (!original || listeners.size > 0) return
  process.stdout.write = original
  original = undefined
}

/**
 * Run `fn` while collecting everything written to stdout. Overlapping taps each see all output
 * written while they are active (the action runs cache calls one at a time, so this is enough).
 */
export async function captureStdout<T>(fn: () => Promise<T>): Promise<{ value: T; text: string }> {
  let text = ''
  const listener: Listener = (t) => {
    text += t
  }
  install()
  listeners.add(listener)
  try {
    const value = await fn()
    return { value, text }
  } finally {
    listeners.delete(listener)
    uninstall()
  }
}

/** @actions/core escapes command text (%0A, %25); undo that, keeping one message on one line. */
const unescape = (s: string): string =>
  s
    .replace(/%0D%0A|%0A|%0D/g, ' ')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%')

/** The most telling line of a failed save or restore, for the log. */
export function failureDetail(text: string): string {
  const lines = text.split(/\r?\n/).map((l) => unescape(l.replace(/^::[a-z-]+(?: [^:]*)?::/, '')))
  const pick = (re: RegExp): string | undefined => [...lines].reverse().find((l) => re.test(l))
  return (
    pick(/Failed to reserve cache:/) ??
    pick(/Failed to (save|restore):/) ??
    pick(/Cache (save|restore) skipped/) ??
    pick(/error/i) ??
    ''
  ).trim()
}

function common(text: string): 'rate-limited' | 'server-error' | 'unreachable' | undefined {
  if (/Rate limited:|Failed request: \(429\)/.test(text)) return 'rate-limited'
  if (/Failed request: \(5\d\d\)/.test(text)) return 'server-error'
  if (/Unable to make request: (ECONNRESET|ENOTFOUND|ETIMEDOUT|ECONNREFUSED|EHOSTUNREACH)/.test(text)) {
    return 'unreachable'
  }
  return undefined
}

/** Why saveCache returned -1, from what it logged. */
export function classifySaveFailure(text: string): SaveFailure {
  if (/cache write denied:/.test(text)) return 'write-denied'
  if (/Cache storage quota has been hit|insufficient usage/.test(text)) return 'quota'
  if (/Cache save skipped: the effective cache-mode/.test(text)) return 'cache-mode'
  if (/Failed request: \(409\)|already exists/.test(text)) return 'exists'
  return common(text) ?? 'error'
}

/** Why restoreCache returned undefined, from what it logged: a plain miss logs no failure. */
export function classifyRestoreFailure(text: string): RestoreFailure {
  if (/cache read denied:/.test(text)) return 'read-denied'
  if (/Cache restore skipped: the effective cache-mode/.test(text)) return 'cache-mode'
  if (!/Failed to restore:/.test(text)) return 'miss'
  return common(text) ?? 'error'
}
