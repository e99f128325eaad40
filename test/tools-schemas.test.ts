// The tools' input schemas as the model sees them: src/agent/tools/input-schemas.json must be what
// the AI SDK's zodSchema() makes of the zod schemas, and the definitions must check arguments
// as zodSchema() does. UPDATE_TOOL_SCHEMAS=1 rewrites the file after a schema changed.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { asSchema, zodSchema } from 'ai'
import { format, resolveConfig } from 'prettier'
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { TOOL_INPUTS, TOOL_NAMES, toolDefinitions } from '../src/agent/tools/index.js'
import { ROOT } from './support/action-harness.mjs'

const FILE = join(ROOT, 'src', 'agent', 'tools', 'input-schemas.json')

async function madeBySdk(): Promise<Record<string, unknown>> {
  const entries = await Promise.all(
    TOOL_NAMES.map(async (name) => [name, await zodSchema(TOOL_INPUTS[name] as z.ZodType).jsonSchema] as const),
  )
  return Object.fromEntries(entries)
}

describe('tool input schemas', () => {
  it('input-schemas.json is what zodSchema() makes of each zod schema', async () => {
    const made = await madeBySdk()
    if (process.env.UPDATE_TOOL_SCHEMAS) {
      writeFileSync(FILE, await format(JSON.stringify(made), { ...(await resolveConfig(FILE)), filepath: FILE }))
    }
    expect(JSON.parse(readFileSync(FILE, 'utf8')), 'stale: rerun with UPDATE_TOOL_SCHEMAS=1').toEqual(made)
  })

  it('shows the model those schemas, for every tool', async () => {
    const made = await madeBySdk()
    const definitions = toolDefinitions(30)
    expect(Object.keys(definitions)).toEqual([...TOOL_NAMES])
    for (const name of TOOL_NAMES) expect(await asSchema(definitions[name]!.inputSchema).jsonSchema, name).toEqual(made[name])
  })

  it('checks arguments as zodSchema() does', async () => {
    const definitions = toolDefinitions(30)
    const inputs: [string, unknown][] = [
      ['read_file', { path: 'a.txt' }],
      ['read_file', { path: 'a.txt', offset: 0 }],
      ['read_file', { path: 7 }],
      ['write_file', { path: 'a.txt', content: 'x' }],
      ['write_file', { path: 'a.txt' }],
      ['edit_file', { path: 'a.txt', old_string: 'a', new_string: 'b' }],
      ['edit_file', { path: 'a.txt', old_string: 'a', new_string: 'b', extra: true }],
      ['list', { pattern: '*.ts' }],
      ['list', {}],
      ['grep', { pattern: 'x' }],
      ['grep', null],
      ['bash', { command: 'ls', timeout_seconds: 5 }],
      ['bash', { command: 'ls', timeout_seconds: -1 }],
      ['bash', 'ls'],
    ]
    for (const [name, input] of inputs) {
      const ours = await asSchema(definitions[name]!.inputSchema).validate!(input)
      const sdk = await zodSchema(TOOL_INPUTS[name as keyof typeof TOOL_INPUTS] as z.ZodType).validate!(input)
      expect(ours.success, `${name} ${JSON.stringify(input)}`).toBe(sdk.success)
      if (ours.success && sdk.success) expect(ours.value).toEqual(sdk.value)
      if (!ours.success && !sdk.success) expect(String(ours.error)).toBe(String(sdk.error))
    }
  })
})
