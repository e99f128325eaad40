// The agent's tools: their definitions for the model (schemas and descriptions, but no
// `execute`, so the AI SDK hands the calls back and the loop runs them itself, exactly once,
// between two commits) and one dispatcher that runs a call and caps what it returns.
import { tool, type ToolSet } from 'ai'
import type { z } from 'zod'
import { runBash, bashInput, describeBash } from './bash.js'
import { capText, MAX_TOOL_OUTPUT_CHARS } from './cap.js'
import { scrubEnv } from './env.js'
import { ToolError } from './errors.js'
import { editFileInput, editFileTool, fileToolDescriptions, readFileInput, readFileTool, writeFileInput, writeFileTool } from './files.js'
import { openWorkspace, type Workspace } from './paths.js'
import { grepInput, grepTool, listInput, listTool } from './search.js'
import { errorMessage } from '../../log.js'

export { ToolError } from './errors.js'
export { capText, MAX_TOOL_OUTPUT_CHARS } from './cap.js'
export { scrubEnv, isSensitiveName } from './env.js'
export { resolveInside, openWorkspace, type Workspace } from './paths.js'

export interface ToolCallRequest {
  toolCallId: string
  toolName: string
  input: unknown
}

export interface ToolRunResult {
  /** What the model reads (already capped). */
  text: string
  isError: boolean
}

/** The port the loop runs tools through; tests may hand in their own. */
export interface Toolbox {
  readonly definitions: ToolSet
  execute(call: ToolCallRequest, options?: { signal?: AbortSignal }): Promise<ToolRunResult>
}

export interface ToolboxOptions {
  workspaceRoot: string
  bashTimeoutSeconds: number
  /** Secret values: variables containing them are kept from bash commands. */
  secrets?: Iterable<string>
  /** The environment bash commands start from (scrubbed); default process.env. */
  env?: NodeJS.ProcessEnv
  maxOutputChars?: number
}

export const TOOL_NAMES = ['read_file', 'write_file', 'edit_file', 'list', 'grep', 'bash'] as const
export type ToolName = (typeof TOOL_NAMES)[number]

export function toolDefinitions(bashTimeoutSeconds: number): ToolSet {
  return {
    read_file: tool({
      description: fileToolDescriptions.read_file,
      inputSchema: readFileInput,
    }),
    write_file: tool({ description: fileToolDescriptions.write_file, inputSchema: writeFileInput }),
    edit_file: tool({
      description: fileToolDescriptions.edit_file,
      inputSchema: editFileInput,
    }),
    list: tool({ description: 'List a directory, or find files by glob pattern.', inputSchema: listInput }),
    grep: tool({ description: 'Search file contents with a regular expression; prints path:line: text.', inputSchema: grepInput }),
    bash: tool({
      description: `Run a bash command in the workspace root (non-interactive; stdin is empty). Killed after ${bashTimeoutSeconds}s with everything it started. Output is combined stdout+stderr, capped.`,
      inputSchema: bashInput,
    }),
  }
}

type Runner = (input: unknown, signal: AbortSignal | undefined) => Promise<string>

function parsed<S extends z.ZodType>(
  schema: S,
  run: (input: z.infer<S>, signal: AbortSignal | undefined) => string | Promise<string>,
): Runner {
  return async (input, signal) => {
    const result = schema.safeParse(input)
    if (!result.success) {
      const issues = result.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ')
      throw new ToolError(`invalid arguments: ${issues}`)
    }
    return run(result.data, signal)
  }
}

export function createToolbox(options: ToolboxOptions): Toolbox {
  const ws: Workspace = openWorkspace(options.workspaceRoot)
  const limit = options.maxOutputChars ?? MAX_TOOL_OUTPUT_CHARS
  const env = scrubEnv(options.env ?? process.env, options.secrets ?? [])
  const runners: Record<ToolName, Runner> = {
    read_file: parsed(readFileInput, (i) => readFileTool(ws, i)),
    write_file: parsed(writeFileInput, (i) => writeFileTool(ws, i)),
    edit_file: parsed(editFileInput, (i) => editFileTool(ws, i)),
    list: parsed(listInput, (i) => listTool(ws, i)),
    grep: parsed(grepInput, (i) => grepTool(ws, i)),
    bash: parsed(bashInput, async (i, signal) => {
      const timeout = Math.min(i.timeout_seconds ?? options.bashTimeoutSeconds, options.bashTimeoutSeconds)
      const result = await runBash(ws, i.command, { timeoutSeconds: timeout, env, maxOutputChars: limit, ...(signal ? { signal } : {}) })
      return describeBash(result, timeout)
    }),
  }
  return {
    definitions: toolDefinitions(options.bashTimeoutSeconds),
    async execute(call, opts = {}) {
      const runner = (runners as Record<string, Runner | undefined>)[call.toolName]
      if (!runner) return { text: `Unknown tool ${JSON.stringify(call.toolName)}; available: ${TOOL_NAMES.join(', ')}.`, isError: true }
      try {
        return { text: capText(await runner(call.input, opts.signal), limit), isError: false }
      } catch (error) {
        // ToolErrors are the model's to fix; anything else (EACCES, ENOSPC…) is reported too,
        // because a tool failure must not end the session.
        const message = error instanceof ToolError ? error.message : `${call.toolName} failed: ${errorMessage(error)}`
        return { text: capText(message, limit), isError: true }
      }
    },
  }
}
