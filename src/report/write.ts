// Writes a RunReport as step outputs and a job summary, through two small ports so tests and the
// demo can capture both. The real ports are @actions/core's setOutput and summary.
import * as core from '@actions/core'
import { Outputs, type OutputName } from '../constants.js'
import { headBytes } from '../text.js'
import { deliveryOutputs } from './delivery.js'
import { renderSummary } from './summary.js'
import type { RunReport } from './types.js'

export interface OutputPort {
  setOutput(name: OutputName, value: string): void
}

export interface SummaryPort {
  write(markdown: string): Promise<void>
}

export const coreOutputs: OutputPort = {
  setOutput: (name, value) => core.setOutput(name, value),
}

export const coreSummary: SummaryPort = {
  async write(markdown) {
    // Outside a runner (local runs) there is no summary file; core.summary would throw.
    if (!process.env.GITHUB_STEP_SUMMARY) return
    await core.summary.addRaw(markdown, true).write()
  },
}

/** GitHub keeps at most 1 MB of outputs per job: the answer takes half of that at most. */
export const MAX_RESPONSE_OUTPUT_BYTES = 512 * 1024

/** Every output this action sets, as strings (outputs are strings on the runner). */
export function reportOutputs(r: RunReport): Record<OutputName, string> {
  const delivery = deliveryOutputs(r.delivery)
  return {
    [Outputs.SessionId]: r.sessionId,
    [Outputs.Resumed]: String(r.resumed),
    [Outputs.Attempt]: String(r.attempt),
    [Outputs.RestoredFromAttempt]: r.restoredFromAttempt ? String(r.restoredFromAttempt) : '',
    [Outputs.Response]: headBytes(r.response ?? '', MAX_RESPONSE_OUTPUT_BYTES),
    [Outputs.Outcome]: r.outcome,
    [Outputs.Steps]: String(r.steps),
    [Outputs.CacheHit]: String(r.cacheHit),
    [Outputs.Persisted]: String(r.persisted),
    [Outputs.TokensInput]: String(r.tokensIn),
    [Outputs.TokensOutput]: String(r.tokensOut),
    [Outputs.TokensCached]: String(r.tokensCacheRead),
    [Outputs.AvoidedModelCalls]: String(r.avoided?.modelCalls ?? 0),
    [Outputs.AvoidedTokensInput]: String(r.avoided?.tokensIn ?? 0),
    [Outputs.Branch]: delivery.branch,
    [Outputs.Commit]: delivery.commit,
    [Outputs.PullRequestNumber]: delivery.number,
    [Outputs.PullRequestUrl]: delivery.url,
    [Outputs.ChangedFiles]: delivery.files,
    [Outputs.ThreadTurn]: r.thread ? String(r.thread.turn) : '',
    [Outputs.ThreadSessionId]: r.thread?.sessionId ?? '',
  }
}

export interface ReportPorts {
  outputs: OutputPort
  summary: SummaryPort
  /** A summary that cannot be written is worth a warning, not a failed job. */
  onError?: (err: unknown) => void
}

/**
 * The same ports with every output value and every summary passed through `redact` (the
 * run's Redactor: known secrets and credential-shaped values) before they leave the step.
 */
export function redactedReportPorts(ports: ReportPorts, redact: (text: string) => string): ReportPorts {
  return {
    outputs: { setOutput: (name, value) => ports.outputs.setOutput(name, redact(value)) },
    summary: { write: (markdown) => ports.summary.write(redact(markdown)) },
    ...(ports.onError ? { onError: ports.onError } : {}),
  }
}

/** Outputs and a short summary for a run that stopped before the agent (skipped, refused, handed off, a failed hand-off). */
export async function writeStopReport(
  outcome: 'skipped' | 'refused' | 'handed-off' | 'failed',
  markdown: string,
  ports: ReportPorts,
): Promise<void> {
  ports.outputs.setOutput(Outputs.Outcome, outcome)
  ports.outputs.setOutput(Outputs.Steps, '0')
  try {
    await ports.summary.write(`### Agent Resume: ${outcome}\n\n${markdown}\n`)
  } catch (error) {
    ports.onError?.(error)
  }
}

/** Every output, then the job summary; a summary that cannot be written goes to `onError`. */
export async function writeReport(r: RunReport, ports: ReportPorts): Promise<void> {
  for (const [name, value] of Object.entries(reportOutputs(r)) as [OutputName, string][]) {
    ports.outputs.setOutput(name, value)
  }
  try {
    await ports.summary.write(renderSummary(r))
  } catch (err) {
    ports.onError?.(err)
  }
}
