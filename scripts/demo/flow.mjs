// Shared by the demo and the bench: run one stage of the bundled action the way the runner does
// (test/support/action-harness.mjs), with its output kept in a log file, optionally killed
// mid-run like a lost runner, and read back into the figures the demo and bench print.
import { appendFileSync, writeFileSync } from 'node:fs'
import { killGroup } from '../../test/support/action-harness.mjs'

/**
 * A log file the action's own output goes to; `echo` also streams it (--verbose). Written line
 * by line with secrets redacted: the action masks its API key with `::add-mask::<key>`, which a
 * runner swallows but a plain file would keep.
 * @param {string} path
 * @param {((text: string) => void) | undefined} [echo]
 * @param {string[]} [secrets]
 */
export function actionLog(path, echo = undefined, secrets = []) {
  writeFileSync(path, '')
  let partial = ''
  const redact = (line) => {
    if (line.startsWith('::add-mask::')) return '::add-mask::***'
    for (const s of secrets) if (s) line = line.split(s).join('***')
    return line
  }
  const emit = (text) => {
    appendFileSync(path, text)
    echo?.(text)
  }
  const flush = () => {
    if (partial !== '') emit(`${redact(partial)}\n`)
    partial = ''
  }
  return {
    path,
    section(title) {
      flush()
      emit(`\n===== ${title} =====\n`)
    },
    write(text) {
      const lines = (partial + text).split('\n')
      partial = lines.pop() ?? ''
      if (lines.length > 0) emit(lines.map((l) => `${redact(l)}\n`).join(''))
    },
    flush,
  }
}

const running = new Set()

/** Kills every stage still running (their process groups), e.g. on Ctrl-C. */
export function killRunningStages() {
  for (const child of running) killGroup(child, 'SIGKILL')
}

/**
 * Runs one stage. `killAfterStep`: SIGKILL the stage's whole process group once the agent has
 * committed that step (the log group `Step N: …` closed), as a lost runner or an OOM kill would.
 * @param {import('../../test/support/action-harness.mjs').SimulatedJob} job
 * @param {'main'|'post'} stage
 * @param {{ log?: ReturnType<typeof actionLog>, label?: string, killAfterStep?: number, timeoutMs?: number }} [o]
 */
export async function runStage(job, stage, o = {}) {
  o.log?.section(`${o.label ?? `attempt ${job.attempt}`} — ${stage} (node ${job.node})`)
  const started = performance.now()
  let seen = ''
  let killed = false
  let stepOpen = false
  const { child, done } = job.start(stage, {
    timeoutMs: o.timeoutMs ?? 120_000,
    onStdout: (chunk) => {
      o.log?.write(chunk)
      if (o.killAfterStep === undefined || killed) return
      seen += chunk
      // Watch whole lines: `::group::Step N: …` opens step N, the next `::endgroup::` ends it
      // (after its results were committed and its checkpoint saved).
      let nl
      while ((nl = seen.indexOf('\n')) >= 0) {
        const line = seen.slice(0, nl)
        seen = seen.slice(nl + 1)
        if (line.startsWith(`::group::Step ${o.killAfterStep}:`)) stepOpen = true
        else if (stepOpen && line.startsWith('::endgroup::')) {
          killed = true
          killGroup(child, 'SIGKILL')
          o.log?.write(`\n[demo] SIGKILL to the ${stage} step's process group after step ${o.killAfterStep}\n`)
          return
        }
      }
    },
  })
  running.add(child)
  const result = await done.finally(() => running.delete(child))
  o.log?.flush()
  if (result.stderr) o.log?.write(`[stderr]\n${result.stderr}\n`)
  o.log?.write(`\n[${stage} exited: code ${result.code}${result.signal ? `, signal ${result.signal}` : ''}]\n`)
  return { ...result, killed, ms: performance.now() - started }
}

/** Tool executions in a main step's log: the loop logs `→ <tool> <input>` for each. */
export function toolLines(stdout) {
  return stdout.split('\n').filter((l) => l.startsWith('→ '))
}

/** The restored files the job summary lists ("- Restored N: `a`, `b`"). */
export function restoredFiles(summary) {
  const line = summary.split('\n').find((l) => l.startsWith('- Restored '))
  if (!line) return []
  return [...line.matchAll(/`([^`]+)`/g)].map((m) => m[1])
}

export const num = (n) => Math.round(n).toLocaleString('en-US')
