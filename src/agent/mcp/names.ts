// The names MCP tools are offered under: `<server>__<tool>`, within what every provider accepts
// for a tool name (^[a-zA-Z0-9_-]{1,64}$). The same servers and tools give the same names on every
// attempt, so a resumed conversation's calls still name the tools they called.
import { createHash } from 'node:crypto'

/** What the providers (Anthropic, OpenAI, Google) allow as a tool name. */
export const TOOL_NAME_PATTERN = /^[a-zA-Z0-9_-]{1,64}$/

const MAX = 64

/**
 * `<server>__<tool>` with every other character replaced by `_`; too long, or taken already (two
 * names that differ only in replaced characters), it keeps its first 55 characters and ends with
 * 8 hex digits of a hash of the server and tool names.
 */
export function mcpToolName(server: string, tool: string, taken: ReadonlySet<string> = new Set()): string {
  const plain = `${server}__${tool}`.replace(/[^a-zA-Z0-9_-]/g, '_')
  if (plain.length <= MAX && !taken.has(plain)) return plain
  for (let salt = 0; ; salt++) {
    const hash = createHash('sha256').update(`${server}\0${tool}\0${salt}`).digest('hex').slice(0, 8)
    const name = `${plain.slice(0, MAX - 9)}_${hash}`
    if (!taken.has(name)) return name
  }
}
