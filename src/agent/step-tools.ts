// Runs one step's tool calls in order and builds the tool message that answers them. A call
// cut off by cancellation or the time budget (or never started) is answered as interrupted,
// exactly like one a killed attempt left behind, so a re-run tells the model and never takes
// partial output for a result.
import type { ModelMessage, ToolResultPart } from 'ai'
import { errorMessage, type Log } from '../log.js'
import { headChars } from '../text.js'
import { interruptedResult } from './history.js'
import type { Toolbox } from './tools/index.js'

export interface StepToolsInput {
  calls: ReadonlyArray<{ toolCallId: string; toolName: string; input: unknown }>
  /** The SDK's parsed calls: those marked invalid are answered with the parse error, not run. */
  invalid: ReadonlyArray<{ toolCallId: string; invalid?: boolean; error?: unknown }>
  tools: Toolbox
  /** Cancellation or the time budget. */
  signal: AbortSignal
  /** The time budget alone (to say which one stopped a tool). */
  timeUp: AbortSignal
  log: Pick<Log, 'info'>
  /** Called with each result the moment it is known (the loop stores it then); `ran`: the tool ran to its end. */
  onResult?: (part: ToolResultPart, ran: boolean) => void
}

export interface StepToolsResult {
  message: ModelMessage
  /** Tools that ran to completion (invalid calls and interrupted ones are not counted). */
  executed: number
  summary: StepToolCall[]
}

/** One tool call of a step, for the progress comment: the tool, its arguments, how it ended. */
export interface StepToolCall {
  toolName: string
  isError: boolean
  input: unknown
  /** The tool's short status (bash: 'exit 1', 'timed out'), when it gives one. */
  status?: string | undefined
}

/** A one-line preview of a value for the log. */
export function preview(value: unknown, max = 300): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? '')
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > max ? `${headChars(flat, max)}…` : flat
}

export async function runStepTools(input: StepToolsInput): Promise<StepToolsResult> {
  const { signal, log } = input
  const invalid = new Map(input.invalid.flatMap((c) => (c.invalid === true ? [[c.toolCallId, errorMessage(c.error)] as const] : [])))
  const parts: ToolResultPart[] = []
  const summary: StepToolsResult['summary'] = []
  let executed = 0
  for (const call of input.calls) {
    const add = (part: ToolResultPart, ran: boolean): void => {
      parts.push(part)
      input.onResult?.(part, ran)
    }
    if (signal.aborted) {
      add(interruptedResult(call.toolCallId, call.toolName), false)
      continue
    }
    log.info(`→ ${call.toolName} ${preview(call.input)}`)
    const problem = invalid.get(call.toolCallId)
    const outcome =
      problem !== undefined
        ? { text: `Invalid tool call, not run: ${problem}`, isError: true, status: undefined }
        : await input.tools.execute(call, { signal })
    if (signal.aborted && problem === undefined) {
      log.info(`← stopped: ${input.timeUp.aborted ? 'the time budget is spent' : 'the job was cancelled'}`)
      add(interruptedResult(call.toolCallId, call.toolName), false)
      continue
    }
    if (problem === undefined) executed++
    log.info(`← ${outcome.isError ? 'error: ' : ''}${preview(outcome.text)}`)
    summary.push({ toolName: call.toolName, isError: outcome.isError, input: call.input, status: outcome.status })
    add(
      {
        type: 'tool-result',
        toolCallId: call.toolCallId,
        toolName: call.toolName,
        output: { type: outcome.isError ? 'error-text' : 'text', value: outcome.text },
      },
      problem === undefined,
    )
  }
  return { message: { role: 'tool', content: parts }, executed, summary }
}
