// The `mcp-servers` input (src/input-mcp.ts) and the MCP tools (src/agent/mcp): parsing and
// validation, tool names, results as text, and a real stdio server (test/support/mcp-server.mjs)
// started, called, isolated from the action's environment and closed.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { mcpSecrets, parseMcpServers } from '../src/input-mcp.js'
import { readSettings } from '../src/inputs.js'
import { startMcpServers, type McpTools } from '../src/agent/mcp/client.js'
import { mcpToolName, TOOL_NAME_PATTERN } from '../src/agent/mcp/names.js'
import { mcpResultText } from '../src/agent/mcp/result.js'
import type { Toolbox } from '../src/agent/tools/index.js'
import { inputDefaults } from './support/action-harness.mjs'
import { tempDir } from './support/temp.js'
import { alive, until } from './support/process.js'

const SERVER = fileURLToPath(new URL('./support/mcp-server.mjs', import.meta.url))

describe('parseMcpServers', () => {
  it('reads the claude-code/Cursor shape, with and without the mcpServers wrapper', () => {
    const inner = {
      docs: { command: 'npx', args: ['-y', 'x'], env: { TOKEN: 'abcdefgh12' } },
      web: { url: 'https://mcp.example.com/mcp', headers: { Authorization: 'Bearer s3cr3t-token' } },
      bare: { command: 'srv' },
    }
    const expected = [
      { name: 'docs', kind: 'stdio', command: 'npx', args: ['-y', 'x'], env: { TOKEN: 'abcdefgh12' } },
      { name: 'web', kind: 'http', url: 'https://mcp.example.com/mcp', headers: { Authorization: 'Bearer s3cr3t-token' } },
      { name: 'bare', kind: 'stdio', command: 'srv', args: [], env: {} },
    ]
    expect(parseMcpServers(JSON.stringify({ mcpServers: inner }))).toEqual(expected)
    expect(parseMcpServers(JSON.stringify(inner))).toEqual(expected)
    expect(parseMcpServers(' ')).toEqual([])
    expect(parseMcpServers('{"mcpServers": {}}')).toEqual([])
    expect(parseMcpServers('{"a": {"type": "stdio", "command": "x"}, "b": {"type": "http", "url": "http://h/"}}')).toHaveLength(2)
  })

  it('names the bad server and what is wrong', () => {
    expect(() => parseMcpServers('{')).toThrow(/expected JSON/)
    expect(() => parseMcpServers('[]')).toThrow(/object of servers/)
    expect(() => parseMcpServers('{"mcpServers": []}')).toThrow(/'mcpServers' to be an object/)
    expect(() => parseMcpServers('{"ok": {"command": "x"}, "web": {"url": "ftp://x"}}')).toThrow(/server 'web'/)
    expect(() => parseMcpServers('{"s": {"command": "x", "env": {"A": 1}}}')).toThrow(/server 's': .*env/)
    expect(() => parseMcpServers('{"s": {"command": "x", "url": "http://h"}}')).toThrow(/server 's'/)
    expect(() => parseMcpServers('{"bad name": {"command": "x"}}')).toThrow(/server "bad name"/)
  })

  it('fails the input naming mcp-servers, never showing its value', () => {
    const raw: Record<string, string> = {
      ...inputDefaults(),
      model: 'openai/gpt-4o',
      'mcp-servers': '{"s": {"command": "", "env": {"TOKEN": "hunter2hunter2"}}}',
    }
    let message = ''
    try {
      readSettings((name) => raw[name] ?? '')
    } catch (error) {
      message = String(error)
    }
    expect(message).toContain("Input 'mcp-servers' is invalid: server 's'")
    expect(message).toContain('(hidden)')
    expect(message).not.toContain('hunter2')
    const good: Record<string, string> = { ...raw, 'mcp-servers': '{"s": {"command": "x"}}' }
    const ok = readSettings((name) => good[name] ?? '')
    expect(ok.mcpServers).toEqual([{ name: 's', kind: 'stdio', command: 'x', args: [], env: {} }])
  })

  it('takes every env and header value of 8 characters or more as a secret, and a bearer token alone', () => {
    const servers = parseMcpServers(
      JSON.stringify({
        a: { command: 'x', env: { T: 'abcdefgh12', DEBUG: '1' } },
        b: { url: 'http://h/', headers: { Authorization: 'Bearer tok-123456' } },
      }),
    )
    expect(mcpSecrets(servers).sort()).toEqual(['Bearer tok-123456', 'abcdefgh12', 'tok-123456'])
  })
})

describe('MCP tool names', () => {
  it('are <server>__<tool> within the providers pattern, stable and distinct', () => {
    expect(mcpToolName('docs', 'search')).toBe('docs__search')
    expect(mcpToolName('my.server', 'get file')).toBe('my_server__get_file')
    const long = mcpToolName('s'.repeat(40), 't'.repeat(60))
    expect(long).toMatch(TOOL_NAME_PATTERN)
    expect(long).toHaveLength(64)
    expect(mcpToolName('s'.repeat(40), 't'.repeat(60))).toBe(long)
    const taken = new Set(['a_b__c'])
    const other = mcpToolName('a.b', 'c', taken)
    expect(other).not.toBe('a_b__c')
    expect(other).toMatch(TOOL_NAME_PATTERN)
  })
})

describe('MCP results', () => {
  it('turn content into the capped text our tools return', () => {
    const r = mcpResultText(
      {
        content: [
          { type: 'text', text: 'hello' },
          { type: 'image', data: 'AAAA', mimeType: 'image/png' },
          { type: 'resource', resource: { uri: 'file:///a', text: 'inside' } },
          { type: 'resource_link', uri: 'file:///b', name: 'b' },
        ],
      },
      1000,
    )
    expect(r).toEqual({
      text: 'hello\n[image (image/png, 3 bytes) not shown: only text reaches the model]\ninside\n[resource link: file:///b (b)]',
      isError: false,
    })
    expect(mcpResultText({ content: [], structuredContent: { a: 1 } }, 1000).text).toBe('{\n  "a": 1\n}')
    expect(mcpResultText({ content: [], isError: true }, 1000)).toEqual({ text: '(the tool failed and said nothing)', isError: true })
    expect(mcpResultText({ content: [{ type: 'text', text: 'x'.repeat(5000) }] }, 200).text.length).toBeLessThan(400)
  })
})

const base: Toolbox = { definitions: {}, execute: async (call) => ({ text: `base ran ${call.toolName}`, isError: false }) }
const quiet = () => {
  const lines: string[] = []
  return { lines, log: { info: (m: string) => lines.push(`info ${m}`), warning: (m: string) => lines.push(`warning ${m}`) } }
}

describe('a real stdio MCP server', () => {
  let mcp: McpTools | undefined
  afterEach(async () => {
    await mcp?.close()
    mcp = undefined
  })

  it('offers its tools as <server>__<tool>, runs them, and keeps the action environment from it', async () => {
    const dir = tempDir('ar-mcp-')
    const ledger = join(dir, 'ledger.log')
    process.env.AR_MCP_TEST_SECRET_TOKEN = 'not-for-servers'
    const { lines, log } = quiet()
    mcp = await startMcpServers(
      [
        { name: 'test', kind: 'stdio', command: process.execPath, args: [SERVER, ledger], env: { MY_TOKEN: 'given-to-server' } },
        { name: 'ghost', kind: 'stdio', command: join(dir, 'no-such-command'), args: [], env: {} },
      ],
      { cwd: dir, log, callTimeoutSeconds: 5 },
    )
    delete process.env.AR_MCP_TEST_SECRET_TOKEN
    expect(lines.filter((l) => l.startsWith('warning'))).toEqual([expect.stringMatching(/^warning MCP server 'ghost' did not start/)])
    expect([...mcp.names].sort()).toEqual(['test__append', 'test__env', 'test__fail', 'test__hang', 'test__picture', 'test__secret'])
    const tools = mcp.extend(base)
    expect(Object.keys(tools.definitions)).toContain('test__append')
    const call = (toolName: string, input: unknown = {}) => tools.execute({ toolCallId: 'c1', toolName, input })

    expect(await call('test__append', { line: 'one' })).toEqual({ text: 'appended one', isError: false })
    expect(readFileSync(ledger, 'utf8')).toMatch(/^started \d+\none\n$/)
    expect(await call('read_file')).toEqual({ text: 'base ran read_file', isError: false })
    const env = (await call('test__env')).text.split(',')
    expect(env).toContain('MY_TOKEN')
    expect(env).toContain('PATH')
    expect(env).not.toContain('AR_MCP_TEST_SECRET_TOKEN')
    expect(await call('test__picture')).toEqual({ text: expect.stringMatching(/^a picture:\n\[image \(image\/png/), isError: false })
    expect(await call('test__fail')).toEqual({ text: 'it broke', isError: true })

    // A hung call ends with the signal (the loop's cancellation or time budget).
    const stop = new AbortController()
    const hung = tools.execute({ toolCallId: 'c2', toolName: 'test__hang', input: {} }, { signal: stop.signal })
    await until(() => readFileSync(ledger, 'utf8').includes('hang-start'), 5_000, 'the hang tool to start')
    stop.abort()
    expect((await hung).isError).toBe(true)

    const pid = Number(/^started (\d+)/.exec(readFileSync(ledger, 'utf8'))![1])
    await mcp.close()
    await until(() => !alive(pid), 5_000, 'the server to end')
  })

  it('stops a call at the call timeout', async () => {
    const dir = tempDir('ar-mcp-')
    mcp = await startMcpServers([{ name: 's', kind: 'stdio', command: process.execPath, args: [SERVER, join(dir, 'l')], env: {} }], {
      cwd: dir,
      log: quiet().log,
      callTimeoutSeconds: 1,
    })
    const r = await mcp.extend(base).execute({ toolCallId: 'c', toolName: 's__hang', input: {} })
    expect(r).toEqual({ text: expect.stringContaining('no answer within 1s'), isError: true })
  })

  it('starts nothing and changes nothing without servers', async () => {
    mcp = await startMcpServers([], { cwd: '.', log: quiet().log, callTimeoutSeconds: 1 })
    expect(mcp.extend(base)).toBe(base)
    expect(existsSync('.')).toBe(true)
  })
})
