// Every input, output and state name the action uses, in one place (as actions/cache does).

export const Inputs = {
  Model: 'model',
  ApiKey: 'api-key',
  BaseUrl: 'base-url',
  Prompt: 'prompt',
  ContinuePrompt: 'continue-prompt',
  Instructions: 'instructions',
  SessionKey: 'session-key',
  MatrixLeg: 'matrix-leg',
  MaxSteps: 'max-steps',
  MaxMinutes: 'max-minutes',
  ContextWindow: 'context-window',
  GithubToken: 'github-token',
  Cache: 'cache',
  DbPath: 'db-path',
  CheckpointEvery: 'checkpoint-every',
  CacheTimeout: 'cache-timeout',
  WorkingDirectory: 'working-directory',
  BashTimeout: 'bash-timeout',
  Tools: 'tools',
  Network: 'network',
  OnFinished: 'on-finished',
  Trigger: 'trigger',
  AllowedUsers: 'allowed-users',
  AllowedBots: 'allowed-bots',
  Handoff: 'handoff',
  Deliver: 'deliver',
  BranchPrefix: 'branch-prefix',
  CommitAuthor: 'commit-author',
  McpServers: 'mcp-servers',
  Thread: 'thread',
  ThreadMaxTurns: 'thread-max-turns',
} as const
export type InputName = (typeof Inputs)[keyof typeof Inputs]

/** The agent's built-in tools (src/agent/tools), here so the `tools` input can be checked against them. */
export const TOOL_NAMES = ['read_file', 'write_file', 'edit_file', 'list', 'grep', 'bash'] as const
export type ToolName = (typeof TOOL_NAMES)[number]

export const Outputs = {
  SessionId: 'session-id',
  Resumed: 'resumed',
  Attempt: 'attempt',
  RestoredFromAttempt: 'restored-from-attempt',
  Response: 'response',
  Outcome: 'outcome',
  Steps: 'steps',
  CacheHit: 'cache-hit',
  Persisted: 'persisted',
  TokensInput: 'tokens-input',
  TokensOutput: 'tokens-output',
  /** Input tokens read from the provider's prompt cache (part of tokens-input). */
  TokensCached: 'tokens-cached',
  /** What resuming saved versus redoing the finished steps (src/report). */
  AvoidedModelCalls: 'avoided-model-calls',
  AvoidedTokensInput: 'avoided-tokens-input',
  /** What the delivery stage did (src/deliver). */
  Branch: 'branch',
  Commit: 'commit',
  PullRequestNumber: 'pull-request-number',
  PullRequestUrl: 'pull-request-url',
  ChangedFiles: 'changed-files',
  /** Which turn of its issue's or pull request's conversation this run is (src/main/thread.ts). */
  ThreadTurn: 'thread-turn',
  /** The session that began that conversation: the same on every turn. */
  ThreadSessionId: 'thread-session-id',
} as const
export type OutputName = (typeof Outputs)[keyof typeof Outputs]

// Main → post hand-over through GITHUB_STATE (docs/design.md §4); written and read by src/state.ts only.
// Only what main alone knows travels here: post derives the DB path, the workspace, the run and
// the session key from its inputs and the run context, and validates every value read back.
export const State = {
  /** The DB path main chose: says main began. Post derives its own path and only compares. */
  DbPath: 'db-path',
  SessionId: 'session-id',
  /** sha256 of the DB file as restored: post skips the save when it is unchanged. */
  DbFingerprint: 'db-fingerprint',
  /** HEAD when the agent started: the commit workspace snapshots are taken against. */
  WorkspaceBase: 'workspace-base',
  /** The progress comment and the 👀 reaction: post updates them when main did not (src/post/thread.ts). */
  ThreadIssue: 'thread-issue',
  ThreadComment: 'thread-comment',
  ThreadReaction: 'thread-reaction',
  /** 'true' once main wrote the attempt's outcome to the thread. */
  Reported: 'reported',
} as const

/** Stamped into a session's metadata at creation; the seed PR's name for it (docs/design.md §1). */
export const GITHUB_RUN_METADATA_KEY = 'github_run_id'
/** Metadata key for the session key, which separates jobs and uses within one run. */
export const SESSION_KEY_METADATA_KEY = 'session_key'

/** Metadata key of a session's place in a conversation (src/session/thread.ts). */
export const THREAD_METADATA_KEY = 'thread'

/** Prefix of every cache key this action writes. */
export const CACHE_KEY_PREFIX = 'agent-resume'

/** Application id written to `PRAGMA application_id`, so a foreign SQLite file is recognised. */
export const DB_APPLICATION_ID = 0x41524131 // "ARA1"
