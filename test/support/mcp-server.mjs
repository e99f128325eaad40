// A small real stdio MCP server for the tests (the official SDK's server). Its tools:
//   append  – appends `line` to the ledger file (argv[2]) and says so: a re-run shows twice
//   hang    – appends `hang-start`, waits while its `gate` file exists (forever without one), then `hang-end`
//   secret  – the value of TEST_TOKEN (from its env)
//   env     – the names of the environment variables it was started with
//   picture – one text part and one image part
// It exits when its stdin closes (its client is gone), so a killed main leaves no server behind.
import { appendFileSync, existsSync } from 'node:fs'
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js'
import { z } from 'zod'

const ledger = process.argv[2]
const record = (line) => {
  if (ledger) appendFileSync(ledger, `${line}\n`)
}
record(`started ${process.pid}`)

const server = new McpServer({ name: 'test-mcp', version: '1.0.0' })
server.registerTool('append', { description: 'Append a line to the ledger.', inputSchema: { line: z.string() } }, async ({ line }) => {
  record(line)
  return { content: [{ type: 'text', text: `appended ${line}` }] }
})
server.registerTool(
  'hang',
  { description: 'Waits while `gate` exists.', inputSchema: { gate: z.string().optional() } },
  async ({ gate }) => {
    record('hang-start')
    while (gate === undefined || existsSync(gate)) await new Promise((resolve) => setTimeout(resolve, 50))
    record('hang-end')
    return { content: [{ type: 'text', text: 'the gate is gone' }] }
  },
)
server.registerTool('secret', { description: 'The value of TEST_TOKEN.', inputSchema: {} }, async () => ({
  content: [{ type: 'text', text: `token: ${process.env.TEST_TOKEN ?? '(none)'}` }],
}))
server.registerTool('env', { description: 'Names of the environment variables.', inputSchema: {} }, async () => ({
  content: [{ type: 'text', text: Object.keys(process.env).sort().join(',') }],
}))
server.registerTool('picture', { description: 'A text and an image.', inputSchema: {} }, async () => ({
  content: [
    { type: 'text', text: 'a picture:' },
    { type: 'image', data: Buffer.from('not really a png').toString('base64'), mimeType: 'image/png' },
  ],
}))
server.registerTool('fail', { description: 'Fails.', inputSchema: {} }, async () => ({
  content: [{ type: 'text', text: 'it broke' }],
  isError: true,
}))

process.stdin.on('end', () => process.exit(0))
process.stdin.on('close', () => process.exit(0))
await server.connect(new StdioServerTransport())
