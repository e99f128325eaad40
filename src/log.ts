// The log port every stage writes through. The real one is @actions/core (annotations,
// groups); tests and the demo can collect lines instead.
import * as core from '@actions/core'

export interface Log {
  info(message: string): void
  warning(message: string): void
  /** An annotation that is neither a problem nor routine (e.g. an event the action skips). */
  notice(message: string): void
  error(message: string): void
  debug(message: string): void
  /** Runs `fn` inside a collapsible log group. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>
}

export const coreLog: Log = {
  info: (m) => core.info(m),
  warning: (m) => core.warning(m),
  notice: (m) => core.notice(m),
  error: (m) => core.error(m),
  debug: (m) => core.debug(m),
  group: (name, fn) => core.group(name, fn),
}

/** A Log that drops everything (the default where a caller gives none). */
export const silentLog: Log = {
  info: () => undefined,
  warning: () => undefined,
  notice: () => undefined,
  error: () => undefined,
  debug: () => undefined,
  group: (_name, fn) => fn(),
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
