// The progress comment at the start and the end of main's agent stage. A session whose agent
// already finished (a "Re-run all jobs" after a later job failed) leaves the comment as it is,
// unless this attempt delivered something new or its delivery failed (issue 17, item 4).
import type { AgentRunResult } from '../agent/loop.js'
import type { DeliveryResult } from '../deliver/deliver.js'
import type { ProgressComment } from '../github/progress-comment.js'
import { failureReason } from '../report/failure.js'
import { renderDelivery } from '../report/delivery.js'

/** Shows this attempt as working; for a reused finished session only finds the comment. */
export async function startProgress(progress: ProgressComment | undefined, reused: boolean, resumedAfterStep?: number): Promise<void> {
  if (reused) await progress?.attach()
  else await progress?.start({ resumedAfterStep })
}

export interface ProgressEnd {
  reused: boolean
  result: AgentRunResult
  /** The redacted answer. */
  answer: string
  delivery: DeliveryResult | undefined
  persisted: boolean
  repoUrl: string
}

/** Writes the attempt's outcome, or nothing when a reused finished session changed nothing. */
export async function endProgress(progress: ProgressComment | undefined, e: ProgressEnd): Promise<void> {
  const { result, delivery } = e
  if (delivery?.kind === 'failed') {
    await progress?.fail(`the agent finished, but its work was not delivered: ${delivery.message}`, {
      resumable: e.persisted,
      next: 'Use **Re-run failed jobs** to finish the delivery: the agent is not run again.',
    })
  } else if (e.reused && !(delivery?.kind === 'delivered' && !delivery.reused)) {
    return // the comment already shows the finished work
  } else if (result.outcome === 'completed') await progress?.finish(e.answer, result.steps, renderDelivery(delivery, e.repoUrl))
  else if (result.outcome === 'cancelled') await progress?.stopped('cancelled', result.steps, e.persisted)
  // The comment adds the step, the re-run advice and the logs link itself: give it the reason only.
  else await progress?.fail(failureReason(result), { resumable: e.persisted, failedAfterStep: result.steps })
}
