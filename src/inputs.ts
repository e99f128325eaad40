// Inputs are parsed once, by one zod schema, into a typed Settings object built at the edge
// (the actions/checkout way). A bad value fails with one message naming the input.
import { z } from 'zod'
import { Inputs, TOOL_NAMES, type InputName, type ToolName } from './constants.js'
import { isWellFormed } from './text.js'
import { mcpServersInput, type McpServer } from './input-mcp.js'

/** Reads one raw input; the real one is @actions/core getInput, tests pass a plain map. */
export type InputReader = (name: InputName) => string

const PROVIDERS = ['anthropic', 'openai', 'google', 'openai-compatible'] as const

const DELIVER_MODES = ['auto', 'pull-request', 'push', 'none'] as const
/** The `deliver` input: where the agent's finished work goes (src/deliver/plan.ts). */
export type DeliverMode = (typeof DELIVER_MODES)[number]
export type Provider = (typeof PROVIDERS)[number]

const text = z.string().trim()

function wholeNumber(min: number, max: number, what: string) {
  return text
    .refine((v) => /^\d+$/.test(v) && Number(v) >= min && Number(v) <= max, {
      error: `expected ${what}: a whole number from ${min} to ${max}`,
    })
    .transform(Number)
}

const bool = text
  .toLowerCase()
  .refine((v) => ['true', 'false'].includes(v), {
    error: "expected 'true' or 'false'",
  })
  .transform((v) => v === 'true')

const list = text.transform((v) =>
  v
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0),
)

/** `checkpoint-every`: `5` (steps), `90s` (seconds) or `0` (only the post step saves). */
export type CheckpointPolicy = { kind: 'off' } | { kind: 'steps'; every: number } | { kind: 'seconds'; every: number }

const checkpoint = text
  .toLowerCase()
  .refine((v) => /^\d+s?$/.test(v), {
    error: "expected a number of steps (e.g. '5'), of seconds (e.g. '120s'), or '0' to checkpoint only in the post step",
  })
  .transform((v): CheckpointPolicy => {
    const n = Number.parseInt(v, 10)
    if (n === 0) return { kind: 'off' }
    return v.endsWith('s') ? { kind: 'seconds', every: n } : { kind: 'steps', every: n }
  })

const model = text
  .refine(
    (v) => {
      const slash = v.indexOf('/')
      return slash > 0 && slash < v.length - 1 && (PROVIDERS as readonly string[]).includes(v.slice(0, slash))
    },
    { error: `expected 'provider/model-id' with provider one of: ${PROVIDERS.join(', ')} (e.g. 'anthropic/claude-sonnet-4-5')` },
  )
  .transform((v) => ({ provider: v.slice(0, v.indexOf('/')) as Provider, id: v.slice(v.indexOf('/') + 1), name: v }))

const baseUrl = text.refine((v) => v === '' || /^https?:\/\/[^\s]+$/.test(v), {
  error: 'expected an http(s) URL, or empty for the provider default',
})

/** One of a few words, case-insensitive; the message lists them. */
function choice<const T extends readonly string[]>(...words: T) {
  return text
    .toLowerCase()
    .refine((v) => words.includes(v), { error: `expected ${words.map((w) => `'${w}'`).join(' or ')}` })
    .transform((v) => v as T[number])
}

/** `tools`: which tools the agent gets, in TOOL_NAMES order; empty: all of them. */
const tools = list
  .check((ctx) => {
    const unknown = ctx.value.filter((name) => !(TOOL_NAMES as readonly string[]).includes(name))
    if (unknown.length > 0) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: `unknown tool${unknown.length === 1 ? '' : 's'} ${unknown.map((n) => JSON.stringify(n)).join(', ')}: expected tool names from: ${TOOL_NAMES.join(', ')} (comma or newline separated), or empty for all`,
      })
    }
  })
  .transform((names): ToolName[] => (names.length === 0 ? [...TOOL_NAMES] : TOOL_NAMES.filter((n) => names.includes(n))))

/** Most characters in a session key; any text is encoded for cache keys, paths and markers (src/text.ts). */
export const MAX_SESSION_KEY_CHARS = 256

const sessionKey = text
  .refine((v) => [...v].length <= MAX_SESSION_KEY_CHARS, { error: `expected at most ${MAX_SESSION_KEY_CHARS} characters` })
  .refine((v) => isWellFormed(v), { error: 'expected text without a lone UTF-16 surrogate (half a character cannot be encoded)' })

const deliverMode = text
  .toLowerCase()
  .refine((v) => (DELIVER_MODES as readonly string[]).includes(v), {
    error: `expected one of: ${['auto', 'pull-request', 'push', 'none'].join(', ')}`,
  })
  .transform((v): DeliverMode => v as DeliverMode)

/** git's rules for a branch name (git check-ref-format), for the prefix and what follows it. */
const hasControl = (v: string) => [...v].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)
const branchPrefix = text.refine(
  (v) =>
    v === '' ||
    (v.length <= 100 &&
      !v.startsWith('refs/') &&
      !hasControl(v) &&
      !/[\s~^:?*[\\]|\.\.|@\{|\/\/|^[/.-]|\.lock\/|\/\./.test(v) &&
      !v.endsWith('.')),
  {
    error:
      "expected the start of a git branch name of at most 100 characters, e.g. 'agent/' (not 'refs/…'; no spaces, '..', '~', '^', ':', '?', '*', '[' or '\\')",
  },
)

export interface Author {
  name: string
  email: string
}

/** GITHUB_TOKEN's identity, the default commit author (what actions/checkout users configure by hand). */
export const GITHUB_ACTIONS_BOT: Author = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' }

/** `Name <email>` → Author, or undefined when it is not that shape. */
export function parseAuthor(text: string): Author | undefined {
  const m = /^([^<>\n]+?)\s*<([^<>\s@]+@[^<>\s@]+)>$/.exec(text.trim())
  return m?.[1] && m[2] ? { name: m[1].trim(), email: m[2] } : undefined
}

const commitAuthor = text
  .refine((v) => v === '' || parseAuthor(v) !== undefined, { error: "expected 'Name <email>', e.g. 'Release Bot <bot@example.com>'" })
  .transform((v): Author => parseAuthor(v) ?? GITHUB_ACTIONS_BOT)

/** The one schema: keys are the input names exactly as action.yml declares them. */
export const inputSchema = z.object({
  [Inputs.Model]: model,
  [Inputs.ApiKey]: text,
  [Inputs.BaseUrl]: baseUrl,
  [Inputs.Prompt]: z.string(),
  [Inputs.ContinuePrompt]: z.string(),
  [Inputs.Instructions]: z.string(),
  [Inputs.SessionKey]: sessionKey,
  // `${{ strategy.job-index }}/${{ strategy.job-total }}` (action.yml); '/' or empty outside a runner.
  [Inputs.MatrixLeg]: text
    .refine((v) => /^(\d+\/\d+|\/?)$/.test(v), { error: "expected 'index/total' (its default, from the strategy context)" })
    .transform((v) => {
      const m = /^(\d+)\/(\d+)$/.exec(v)
      return m ? { index: Number(m[1]), total: Number(m[2]) } : undefined
    }),
  [Inputs.MaxSteps]: wholeNumber(1, 1000, 'the most agent steps in one attempt'),
  [Inputs.MaxMinutes]: wholeNumber(1, 1440, 'the most minutes the agent may work in one attempt'),
  [Inputs.ContextWindow]: text
    .refine((v) => v === '' || v === '0' || (/^\d+$/.test(v) && Number(v) >= 4096 && Number(v) <= 10_000_000), {
      error: "expected the model's context window in tokens, from 4096 to 10000000 (e.g. '200000'), or empty for the built-in table",
    })
    .transform((v) => (v === '' ? 0 : Number(v))),
  [Inputs.GithubToken]: text,
  [Inputs.Cache]: bool,
  [Inputs.DbPath]: text,
  [Inputs.CheckpointEvery]: checkpoint,
  [Inputs.CacheTimeout]: wholeNumber(1, 3600, 'the most seconds one cache restore or save may take'),
  [Inputs.WorkingDirectory]: text,
  [Inputs.BashTimeout]: wholeNumber(1, 3600, 'seconds one bash command may run'),
  [Inputs.Tools]: tools,
  [Inputs.Network]: choice('on', 'off'),
  [Inputs.OnFinished]: choice('reuse', 'continue'),
  [Inputs.Trigger]: text.refine((v) => v.length > 0, { error: 'expected a non-empty phrase, e.g. /agent' }),
  [Inputs.AllowedUsers]: list,
  [Inputs.AllowedBots]: list,
  [Inputs.Handoff]: choice('none', 'dispatch'),
  [Inputs.Deliver]: deliverMode,
  [Inputs.BranchPrefix]: branchPrefix,
  [Inputs.CommitAuthor]: commitAuthor,
  [Inputs.McpServers]: mcpServersInput,
  [Inputs.Thread]: choice('auto', 'off'),
  [Inputs.ThreadMaxTurns]: wholeNumber(1, 1000, 'the most turns a conversation carries before it restarts from a summary'),
})

type Parsed = z.output<typeof inputSchema>

export interface Settings {
  model: { provider: Provider; id: string; name: string }
  apiKey: string
  baseUrl: string
  prompt: string
  continuePrompt: string
  /** The `instructions` input: appended to the system prompt (src/agent/prompts.ts). */
  instructions: string
  /** Empty: derive from the job (see run-context.ts `deriveSessionKey`). */
  sessionKey: string
  /** This job's matrix leg (strategy.job-index of job-total), when the runner said. */
  matrixLeg: { index: number; total: number } | undefined
  maxSteps: number
  maxMinutes: number
  /** The `context-window` input in tokens; 0: the built-in table (src/agent/context/window.ts). */
  contextWindow: number
  githubToken: string
  cache: boolean
  /** Empty: `<RUNNER_TEMP>/agent-resume/<session-key>/session.db`. */
  dbPath: string
  checkpoint: CheckpointPolicy
  /** The `cache-timeout` input: the most seconds a restore (fall-backs included) or one save may take. */
  cacheTimeoutSeconds: number
  workingDirectory: string
  bashTimeoutSeconds: number
  /** The `tools` input: the tools the agent is offered, in TOOL_NAMES order (all when empty). */
  tools: ToolName[]
  /** The `network` input: 'off' cuts the agent's bash commands off the network (src/agent/sandbox/plan.ts). */
  network: 'on' | 'off'
  /** The `on-finished` input: what a new attempt of a session whose agent already finished does. */
  onFinished: 'reuse' | 'continue'
  trigger: string
  allowedUsers: string[]
  allowedBots: string[]
  handoff: 'none' | 'dispatch'
  deliver: DeliverMode
  branchPrefix: string
  /** The `commit-author` input; empty: the github-actions[bot] identity. */
  commitAuthor: Author
  /** The `mcp-servers` input (src/input-mcp.ts): servers whose tools the agent gets beside its own. */
  mcpServers: McpServer[]
  /** The `thread` input: 'auto' continues the conversation of the issue or pull request a request came from (src/main/thread.ts). */
  thread: 'auto' | 'off'
  /** The `thread-max-turns` input: turns carried in full before a conversation restarts from a summary. */
  threadMaxTurns: number
}

export class InputError extends Error {
  override name = 'InputError'
}

/** Parses every input; throws one InputError naming each bad input and what it allows. */
export function readSettings(read: InputReader): Settings {
  const raw: Record<string, string> = {}
  for (const name of Object.values(Inputs)) raw[name] = read(name)
  const result = inputSchema.safeParse(raw)
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? '?')
      const value = raw[name] ?? ''
      const shown = name === Inputs.ApiKey || name === Inputs.GithubToken || name === Inputs.McpServers ? '(hidden)' : JSON.stringify(value)
      return `Input '${name}' is invalid: ${issue.message}; got ${shown}.`
    })
    throw new InputError(lines.join('\n'))
  }
  return toSettings(result.data)
}

function toSettings(p: Parsed): Settings {
  return {
    model: p[Inputs.Model],
    apiKey: p[Inputs.ApiKey],
    baseUrl: p[Inputs.BaseUrl],
    prompt: p[Inputs.Prompt],
    continuePrompt: p[Inputs.ContinuePrompt],
    instructions: p[Inputs.Instructions],
    sessionKey: p[Inputs.SessionKey],
    matrixLeg: p[Inputs.MatrixLeg],
    maxSteps: p[Inputs.MaxSteps],
    maxMinutes: p[Inputs.MaxMinutes],
    contextWindow: p[Inputs.ContextWindow],
    githubToken: p[Inputs.GithubToken],
    cache: p[Inputs.Cache],
    dbPath: p[Inputs.DbPath],
    checkpoint: p[Inputs.CheckpointEvery],
    cacheTimeoutSeconds: p[Inputs.CacheTimeout],
    workingDirectory: p[Inputs.WorkingDirectory],
    bashTimeoutSeconds: p[Inputs.BashTimeout],
    tools: p[Inputs.Tools],
    network: p[Inputs.Network],
    onFinished: p[Inputs.OnFinished],
    trigger: p[Inputs.Trigger],
    allowedUsers: p[Inputs.AllowedUsers],
    allowedBots: p[Inputs.AllowedBots],
    handoff: p[Inputs.Handoff],
    deliver: p[Inputs.Deliver],
    branchPrefix: p[Inputs.BranchPrefix],
    commitAuthor: p[Inputs.CommitAuthor],
    mcpServers: p[Inputs.McpServers],
    thread: p[Inputs.Thread],
    threadMaxTurns: p[Inputs.ThreadMaxTurns],
  }
}
