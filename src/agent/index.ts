// The agent: what the orchestrator (src/main-run.ts) wires together.
export {
  runAgent,
  type AgentLog,
  type AgentOutcome,
  type AgentRunResult,
  type AttemptTotals,
  type RunAgentOptions,
  type StepInfo,
} from './loop.js'
export { resolveModel, ModelConfigError, API_KEY_ENV, type ResolvedModel } from './model.js'
export { continuationPrompt, describeRestore, systemPrompt, type WorkspaceRestoreReport } from './prompts.js'
export { repairHistory, endsWithUnansweredUser, INTERRUPTED_MARKER, INTERRUPTED_TEXT, type Repair } from './history.js'
export { createToolbox, TOOL_NAMES, type Toolbox, type ToolboxOptions } from './tools/index.js'
