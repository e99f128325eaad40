// The one module that loads the MCP client (the AI SDK's, @ai-sdk/mcp): client.ts imports it
// dynamically, so it and the client are bundled in their own chunk, loaded only when the
// `mcp-servers` input names a server.
import { createMCPClient, type MCPClient } from '@ai-sdk/mcp'
import { Experimental_StdioMCPTransport } from '@ai-sdk/mcp/mcp-stdio'
import type { McpServer } from '../../input-mcp.js'

/** `closers` gets the stdio child's killer before it is spawned, so not even a hung start outlives the step. */
export async function connect(
  server: McpServer,
  cwd: string,
  signal: AbortSignal,
  closers: Array<() => Promise<void>>,
): Promise<MCPClient> {
  if (server.kind === 'http') {
    const transport = { type: 'http' as const, url: server.url, headers: server.headers }
    const client = await createMCPClient({ transport, clientName: 'agent-resume-action', initializationOptions: { signal } })
    closers.push(() => client.close())
    return client
  }
  const transport = new Experimental_StdioMCPTransport({
    command: server.command,
    args: server.args,
    env: server.env,
    cwd,
    stderr: 'inherit',
  })
  closers.push(() => transport.close())
  return createMCPClient({ transport, clientName: 'agent-resume-action', initializationOptions: { signal } })
}
