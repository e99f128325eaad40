// How a failed attempt is explained: in the progress comment (the reason) and in the message
// the job fails with (the reason plus what a re-run will do).

/** The part of an agent result a failure is explained from. */
export interface FailedResult {
  outcome: string
  steps: number
  error?: string | undefined
}

/** Why an attempt stopped, in a few words (the progress comment adds the step and what next). */
export function failureReason(result: FailedResult): string {
  return result.outcome === 'max-steps'
    ? `the agent used all its steps (${result.steps}) before finishing`
    : result.outcome === 'timeout'
      ? 'the agent ran out of time (max-minutes) before finishing'
      : result.outcome === 'cancelled'
        ? 'the job was cancelled'
        : `the agent failed: ${result.error ?? 'unknown error'}`
}

/** The message a failed job ends with: what happened and that a re-run resumes. */
export function failureMessage(result: FailedResult, persisted: boolean): string {
  const why = failureReason(result)
  const next = persisted
    ? 'Re-run the failed job to resume the session where it stopped.'
    : "This run's session could not be saved, so a re-run starts over."
  return `Stopped after ${result.steps} step(s): ${why}. ${next}`
}
