// The agent's tools: their definitions for the model (schemas and descriptions, but no
// `execute`, so the AI SDK hands the calls back and the loop runs them itself, exactly once,
// between two commits) and one dispatcher that runs a call and caps what it returns.
import { jsonSchema, tool, type FlexibleSchema, type ToolSet } from 'ai'
import type { z } from 'zod'
import { runBash, bashInput, describeBash } from './bash.js'
import { capText, MAX_TOOL_OUTPUT_CHARS } from './cap.js'
import { scrubEnv } from './env.js'
import { ToolError } from './errors.js'
import { editFileInput, editFileTool, fileToolDescriptions, readFileInput, readFileTool, writeFileInput, writeFileTool } from './files.js'
import inputJsonSchemas from './input-schemas.json' with { type: 'json' }
import { openWorkspace, type Workspace } from './paths.js'
import { grepInput, grepTool, listInput, listTool } from './search.js'
import { TOOL_NAMES, type ToolName } from '../../constants.js'
import { errorMessage } from '../../log.js'
import type { SandboxPlan } from '../sandbox/plan.js'

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
  /** A short outcome for the progress comment, e.g. 'exit 1' for bash. */
  status?: string
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
  /** The boundary bash commands run in (src/agent/sandbox); absent: the process-group wrapper alone. */
  sandbox?: SandboxPlan
  /** The `tools` input: the only tools offered and run (default all); any other call is refused as unknown. */
  tools?: readonly ToolName[]
}

export { TOOL_NAMES, type ToolName }

/**
 * A tool's input for the AI SDK: the zod schema checks the model's arguments, as zodSchema()
 * would, and the JSON Schema the model is shown is the one zodSchema() makes of it, made ahead
 * of time (input-schemas.json), so no model call converts six schemas again, nor the first one
 * loads zod's converter. test/tools-schemas.test.ts fails when the file is stale and rewrites it
 * with UPDATE_TOOL_SCHEMAS=1.
 */
function inputSchema<T>(schema: z.ZodType<T>, json: object): FlexibleSchema<T> {
  return jsonSchema<T>(json, {
    validate: async (value) => {
      const result = await schema.safeParseAsync(value)
      return result.success ? { success: true, value: result.data } : { success: false, error: result.error }
    },
  })
}

/** The zod schema of each tool's input; input-schemas.json holds their JSON Schemas. */
export const TOOL_INPUTS = {
  read_file: readFileInput,
  write_file: writeFileInput,
  edit_file: editFileInput,
  list: listInput,
  grep: grepInput,
  bash: bashInput,
} satisfies Record<ToolName, z.ZodType>

const inputSchemas = {
  read_file: inputSchema(TOOL_INPUTS.read_file, inputJsonSchemas.read_file),
  write_file: inputSchema(TOOL_INPUTS.write_file, inputJsonSchemas.write_file),
  edit_file: inputSchema(TOOL_INPUTS.edit_file, inputJsonSchemas.edit_file),
  list: inputSchema(TOOL_INPUTS.list, inputJsonSchemas.list),
  grep: inputSchema(TOOL_INPUTS.grep, inputJsonSchemas.grep),
  bash: inputSchema(TOOL_INPUTS.bash, inputJsonSchemas.bash),
}

export function toolDefinitions(bashTimeoutSeconds: number): ToolSet {
  return {
    read_file: tool({
      description: fileToolDescriptions.read_file,
      inputSchema: inputSchemas.read_file,
    }),
    write_file: tool({ description: fileToolDescriptions.write_file, inputSchema: inputSchemas.write_file }),
    edit_file: tool({
      description: fileToolDescriptions.edit_file,
      inputSchema: inputSchemas.edit_file,
    }),
    list: tool({ description: 'List a directory, or find files by glob pattern.', inputSchema: inputSchemas.list }),
    grep: tool({ description: 'Search file contents with a regular expression; prints path:line: text.', inputSchema: inputSchemas.grep }),
    bash: tool({
      description: `Run a bash command in the workspace root (non-interactive; stdin is empty). Killed after ${bashTimeoutSeconds}s with everything it started. Output is combined stdout+stderr, capped.`,
      inputSchema: inputSchemas.bash,
    }),
  }
}

/** A runner's answer: the text the model reads, with a short status for bash. */
type Ran = string | { text: string; status: string }
type Runner = (input: unknown, signal: AbortSignal | undefined) => Promise<Ran>

function parsed<S extends z.ZodType>(schema: S, run: (input: z.infer<S>, signal: AbortSignal | undefined) => Ran | Promise<Ran>): Runner {
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
      const result = await runBash(ws, i.command, {
        timeoutSeconds: timeout,
        env,
        maxOutputChars: limit,
        ...(options.sandbox ? { sandbox: options.sandbox } : {}),
        ...(signal ? { signal } : {}),
      })
      const status = result.timedOut
        ? 'timed out'
        : result.aborted
          ? 'stopped'
          : result.signal
            ? result.signal
            : `exit ${result.exitCode ?? '?'}`
      return { text: describeBash(result, timeout), status }
    }),
  }
  // Only the tools given are offered and run: a call to another one is refused like an unknown name.
  const given: readonly ToolName[] = TOOL_NAMES.filter((name) => (options.tools ?? TOOL_NAMES).includes(name))
  const all = toolDefinitions(options.bashTimeoutSeconds)
  const definitions: ToolSet = Object.fromEntries(given.map((name) => [name, all[name]!]))
  return {
    definitions,
    async execute(call, opts = {}) {
      const runner = given.includes(call.toolName as ToolName) ? runners[call.toolName as ToolName] : undefined
      if (!runner) return { text: `Unknown tool ${JSON.stringify(call.toolName)}; available: ${given.join(', ')}.`, isError: true }
      try {
        const ran = await runner(call.input, opts.signal)
        if (typeof ran === 'string') return { text: capText(ran, limit), isError: false }
        return { text: capText(ran.text, limit), isError: false, status: ran.status }
      } catch (error) {
        // ToolErrors are the model's to fix; anything else (EACCES, ENOSPC…) is reported too,
        // because a tool failure must not end the session.
        const message = error instanceof ToolError ? error.message : `${call.toolName} failed: ${errorMessage(error)}`
        return { text: capText(message, limit), isError: true }
      }
    },
  }
}
