// The MCP servers of the `mcp-servers` input, for one attempt of the agent: started (connected)
// when the agent stage starts, their tools offered beside ours as `<server>__<tool>`, and closed
// when it ends. Their calls go through the same Toolbox.execute path as ours, so the loop runs
// each between two commits (step-tools.ts, step-commit.ts): a call that completed before a kill
// is never run again, one cut off is answered "interrupted" on resume (history.ts).
//
// The client is the AI SDK's (@ai-sdk/mcp), loaded only when servers are configured. Stdio
// servers run outside the sandbox (the workflow's author configured them, not the model), in
// the workspace, with their own `env` on top of a minimal environment (HOME, LOGNAME, PATH,
// SHELL, TERM, USER), never the action's. A server that fails to start is a warning.
import { tool, type ToolSet } from 'ai'
import type { McpServer } from '../../input-mcp.js'
import { errorMessage, type Log } from '../../log.js'
import { capText, MAX_TOOL_OUTPUT_CHARS } from '../tools/cap.js'
import type { Toolbox, ToolCallRequest, ToolRunResult } from '../tools/index.js'
import { mcpToolName } from './names.js'
import { mcpResultText } from './result.js'

export interface McpOptions {
  /** Where stdio servers start: the workspace root. */
  cwd: string
  log: Pick<Log, 'info' | 'warning'>
  /** The most seconds one call may take (the bash timeout); the loop's signal stops it sooner. */
  callTimeoutSeconds: number
  /** The most seconds a server may take to start and answer `initialize` (default 30). */
  startTimeoutSeconds?: number
  maxOutputChars?: number
}

/** The servers' tools, and their lifecycle. */
export interface McpTools {
  readonly names: readonly string[]
  /** `base` with the servers' tools added (base unchanged when there are none). */
  extend(base: Toolbox): Toolbox
  /** Ends every server (idempotent). */
  close(): Promise<void>
}

type Entry = { server: string; tool: string; run: (input: unknown, call: ToolCallRequest, signal: AbortSignal) => Promise<unknown> }

const none: McpTools = { names: [], extend: (base) => base, close: async () => {} }

/** Connects every server at once; those that fail are warned about and left out. */
export async function startMcpServers(servers: readonly McpServer[], options: McpOptions): Promise<McpTools> {
  if (servers.length === 0) return none
  const limit = options.maxOutputChars ?? MAX_TOOL_OUTPUT_CHARS
  const closers: Array<() => Promise<void>> = []
  const entries = new Map<string, Entry>()
  const definitions: ToolSet = {}
  const started = await Promise.allSettled(
    servers.map(async (server) => {
      const timeout = AbortSignal.timeout((options.startTimeoutSeconds ?? 30) * 1000)
      const { connect } = await import('./connect.js')
      const client = await connect(server, options.cwd, timeout, closers)
      return { server, client, tools: await client.tools() }
    }),
  )
  // Kept in the input's order, so the names are the same on every attempt.
  started.forEach((outcome, i) => {
    const server = servers[i]!
    if (outcome.status === 'rejected') {
      options.log.warning(`MCP server '${server.name}' did not start, so its tools are not offered: ${errorMessage(outcome.reason)}`)
      return
    }
    const names: string[] = []
    for (const [toolName, t] of Object.entries(outcome.value.tools)) {
      const name = mcpToolName(server.name, toolName, new Set(entries.keys()))
      definitions[name] = tool({
        description: t.description ?? `The '${toolName}' tool of the MCP server '${server.name}'.`,
        inputSchema: t.inputSchema,
      })
      entries.set(name, {
        server: server.name,
        tool: toolName,
        run: async (input, call, signal) => await t.execute(input, { toolCallId: call.toolCallId, messages: [], abortSignal: signal }),
      })
      names.push(name)
    }
    options.log.info(`MCP server '${server.name}': ${names.length} tool(s)${names.length > 0 ? `: ${names.join(', ')}` : ''}.`)
  })

  // Children must not outlive the step, even when main exits without reaching close().
  let closed = false
  const close = async (): Promise<void> => {
    if (closed) return
    closed = true
    process.off('exit', onExit)
    await Promise.allSettled(closers.map((c) => c()))
  }
  const onExit = (): void => void close()
  process.on('exit', onExit)

  const execute = async (entry: Entry, call: ToolCallRequest, signal: AbortSignal | undefined): Promise<ToolRunResult> => {
    const timeout = AbortSignal.timeout(options.callTimeoutSeconds * 1000)
    try {
      return mcpResultText(await entry.run(call.input ?? {}, call, signal ? AbortSignal.any([signal, timeout]) : timeout), limit)
    } catch (error) {
      const why = timeout.aborted ? `no answer within ${options.callTimeoutSeconds}s` : errorMessage(error)
      return { text: capText(`${call.toolName} (MCP server '${entry.server}', tool '${entry.tool}') failed: ${why}`, limit), isError: true }
    }
  }

  return {
    names: [...entries.keys()],
    extend: (base) =>
      entries.size === 0
        ? base
        : {
            definitions: { ...base.definitions, ...definitions },
            execute: (call, opts = {}) => {
              const entry = entries.get(call.toolName)
              return entry ? execute(entry, call, opts.signal) : base.execute(call, opts)
            },
          },
    close,
  }
}
