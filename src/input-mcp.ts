// The `mcp-servers` input: the MCP servers whose tools the agent gets beside its own, in the
// shape users already write for other agents (claude-code, Cursor): `{"mcpServers": {name:
// server}}` or the inner object alone. A stdio server is `command` (+ `args`, `env`, `cwd`),
// an HTTP one `url` (+ `headers`). Every env and header value is a secret (mcpSecrets).
import { z } from 'zod'

export type McpServer =
  | { name: string; kind: 'stdio'; command: string; args: string[]; env: Record<string, string> }
  | { name: string; kind: 'http'; url: string; headers: Record<string, string> }

const strings = z.record(z.string(), z.string())

const stdio = z.strictObject({
  type: z.literal('stdio').optional(),
  command: z.string().trim().min(1, { error: 'expected a non-empty command' }),
  args: z.array(z.string()).default([]),
  env: strings.default({}),
})

const http = z.strictObject({
  type: z.enum(['http', 'streamable-http']).optional(),
  url: z.string().regex(/^https?:\/\/\S+$/, { error: 'expected an http(s) URL' }),
  headers: strings.default({}),
})

const server = z.union([stdio, http], { error: "expected a stdio server ('command', 'args', 'env') or an HTTP one ('url', 'headers')" })

const NAME = /^[A-Za-z0-9_.-]{1,40}$/

/** Parses the input's text ('' → no servers); throws an Error whose message names each bad server. */
export function parseMcpServers(text: string): McpServer[] {
  if (text.trim() === '') return []
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new Error(`expected JSON (${error instanceof Error ? error.message : String(error)})`, { cause: error })
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('expected a JSON object of servers by name')
  const wrapped = (value as Record<string, unknown>).mcpServers
  const servers = wrapped === undefined ? (value as Record<string, unknown>) : wrapped
  if (typeof servers !== 'object' || servers === null || Array.isArray(servers))
    throw new Error("expected 'mcpServers' to be an object of servers by name")
  const problems: string[] = []
  const parsed: McpServer[] = []
  for (const [name, raw] of Object.entries(servers)) {
    if (!NAME.test(name)) {
      problems.push(`server ${JSON.stringify(name)}: expected a name of 1 to 40 letters, digits, '_', '-' or '.'`)
      continue
    }
    const result = server.safeParse(raw)
    if (!result.success) {
      const issues = result.error.issues.map((i) => `${i.path.length > 0 ? `${i.path.join('.')}: ` : ''}${i.message}`)
      problems.push(`server '${name}': ${issues.join('; ')}`)
      continue
    }
    const s = result.data
    parsed.push(
      'command' in s
        ? { name, kind: 'stdio', command: s.command, args: s.args, env: s.env }
        : { name, kind: 'http', url: s.url, headers: s.headers },
    )
  }
  if (problems.length > 0) throw new Error(problems.join('; '))
  return parsed
}

/**
 * The values to mask and keep out of the store: every env and header value of 8 characters or
 * more (shorter ones would mask ordinary words), and the credential of an `Authorization:
 * Bearer …` header on its own.
 */
export function mcpSecrets(servers: readonly McpServer[]): string[] {
  const values = servers.flatMap((s) => Object.values(s.kind === 'stdio' ? s.env : s.headers))
  const parts = values.flatMap((v) => [v, v.replace(/^\s*[A-Za-z]+\s+/, '')]).map((v) => v.trim())
  return [...new Set(parts.filter((v) => v.length >= 8))]
}

/** The input's schema entry: the servers, or one issue saying what is wrong (never the value). */
export const mcpServersInput = z.string().transform((v, ctx): McpServer[] => {
  try {
    return parseMcpServers(v)
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: error instanceof Error ? error.message : String(error) })
    return z.NEVER
  }
})
