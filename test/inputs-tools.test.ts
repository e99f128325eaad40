// The `tools` and `instructions` inputs: which tools the agent gets, extra system prompt text.
import { describe, expect, it } from 'vitest'
import { TOOL_NAMES } from '../src/constants.js'
import { InputError, readSettings } from '../src/inputs.js'
import { inputDefaults } from './support/action-harness.mjs'

function settingsWith(overrides: Record<string, string>) {
  const values = { ...inputDefaults({ 'github.token': 'ghs_x' }), ...overrides }
  return readSettings((name) => values[name] ?? '')
}

function errorOf(overrides: Record<string, string>): string {
  try {
    settingsWith(overrides)
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return (error as Error).message
  }
  throw new Error('expected an InputError')
}

describe('the tools input', () => {
  it('defaults to every tool', () => {
    expect(settingsWith({}).tools).toEqual([...TOOL_NAMES])
    expect(settingsWith({ tools: ' \n ' }).tools).toEqual([...TOOL_NAMES])
  })

  it('takes comma or newline separated names, in the built-in order, once each', () => {
    expect(settingsWith({ tools: 'grep, read_file,list' }).tools).toEqual(['read_file', 'list', 'grep'])
    expect(settingsWith({ tools: 'bash\nread_file\n\nbash' }).tools).toEqual(['read_file', 'bash'])
  })

  it('names the input, the unknown names and the valid ones', () => {
    const message = errorOf({ tools: 'read_file, shell, Grep' })
    expect(message).toBe(
      `Input 'tools' is invalid: unknown tools "shell", "Grep": expected tool names from: ${TOOL_NAMES.join(', ')} ` +
        `(comma or newline separated), or empty for all; got "read_file, shell, Grep".`,
    )
    expect(errorOf({ tools: 'web' })).toContain(`unknown tool "web": expected tool names from: read_file, write_file,`)
  })
})

describe('the instructions input', () => {
  it('is kept as written (empty by default)', () => {
    expect(settingsWith({}).instructions).toBe('')
    expect(settingsWith({ instructions: 'Use pnpm.\nNever touch CHANGELOG.md.\n' }).instructions).toBe(
      'Use pnpm.\nNever touch CHANGELOG.md.\n',
    )
  })
})
