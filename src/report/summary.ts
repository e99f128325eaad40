// The job summary as markdown, rendered from a RunReport. Pure: writing it is write.ts's job.
import type { RestoredFiles } from '../workspace/restore.js'
import { headBytes } from '../text.js'
import { renderDelivery } from './delivery.js'
import { cell, code } from './markdown.js'
import type { AttemptRow, RunReport } from './types.js'

/** The answer shown in the summary; GitHub takes at most 1 MiB of summary per step. */
const MAX_RESPONSE_BYTES = 64 * 1024

const n = (value: number): string => value.toLocaleString('en-US')

// The outcome vocabulary of action.yml's `outcome` output, plus a few generic words.
const OUTCOME_ICON: Record<string, string> = {
  completed: '✅',
  success: '✅',
  failed: '❌',
  failure: '❌',
  'max-steps': '⏸️',
  timeout: '⏱️',
  cancelled: '⏹️',
  interrupted: '💥',
  refused: '🚫',
  'handed-off': '↪️',
}
const icon = (outcome: string): string => OUTCOME_ICON[outcome] ?? '•'

function attemptsTable(rows: readonly AttemptRow[], current: number): string[] {
  const out = [
    '| Attempt | Outcome | Steps | Tokens in | Cached | Tokens out | Model calls | Tool runs | Compactions |',
    '|---:|---|---:|---:|---:|---:|---:|---:|---:|',
  ]
  const total = { steps: 0, tokensIn: 0, tokensCacheRead: 0, tokensOut: 0, modelCalls: 0, toolRuns: 0, compactions: 0 }
  const row = (label: string, outcome: string, r: typeof total): string =>
    `| ${label} |${outcome === '' ? '' : ` ${outcome}`} | ${n(r.steps)} | ${n(r.tokensIn)} | ${n(r.tokensCacheRead)} | ${n(r.tokensOut)} | ${n(r.modelCalls)} | ${n(r.toolRuns)} | ${n(r.compactions)} |`
  for (const r of rows) {
    const label = r.attempt === current ? `**${r.attempt}** (this)` : String(r.attempt)
    out.push(row(label, `${icon(r.outcome)} ${cell(r.outcome)}`, r))
    for (const key of Object.keys(total) as Array<keyof typeof total>) total[key] += r[key]
  }
  if (rows.length > 1) out.push(row('**Total**', '', total))
  return out
}

function fileList(files: readonly string[], errors?: Readonly<Record<string, string>>): string {
  const shown = files.slice(0, 20).map((f) => (errors?.[f] ? `${code(f)} (${cell(errors[f])})` : code(f)))
  return shown.join(', ') + (files.length > shown.length ? `, … ${files.length - shown.length} more` : '')
}

function workspaceSection(w: RestoredFiles): string[] {
  const total = w.restored.length + w.failed.length + (w.conflicts?.length ?? 0) + (w.alreadyPresent?.length ?? 0)
  if (total === 0) return []
  const out = ['', '### Workspace restore', '']
  if (w.restored.length) out.push(`- Restored ${w.restored.length}: ${fileList(w.restored)}`)
  if (w.alreadyPresent?.length) out.push(`- Already present ${w.alreadyPresent.length}: ${fileList(w.alreadyPresent)}`)
  if (w.conflicts?.length) out.push(`- Merged with conflict markers ${w.conflicts.length}: ${fileList(w.conflicts)}`)
  if (w.failed.length) out.push(`- **Not restored ${w.failed.length}**: ${fileList(w.failed, w.errors)}`)
  return out
}

export function renderSummary(r: RunReport): string {
  const how = r.resumed ? `resumed from attempt ${r.restoredFromAttempt ?? '?'}` : 'fresh start'
  const out = [`## ${icon(r.outcome)} Agent — attempt ${r.attempt}, ${how}: ${cell(r.outcome)}`, '']
  out.push('| | |', '|---|---|')
  out.push(`| Session | ${code(r.sessionId)} |`)
  out.push(`| Attempt | ${r.attempt}${r.resumed ? ` (restored from attempt ${r.restoredFromAttempt ?? '?'})` : ''} |`)
  if (r.reason) out.push(`| Reason | ${cell(r.reason)} |`)
  if (r.alreadyCompletedIn !== undefined)
    out.push(`| Agent | already completed in attempt ${r.alreadyCompletedIn}: no model call (\`on-finished: reuse\`) |`)
  out.push(`| Steps this attempt | ${n(r.steps)} |`)
  const cached =
    r.tokensCacheRead || r.tokensCacheWrite ? ` (${n(r.tokensCacheRead)} read from the prompt cache, ${n(r.tokensCacheWrite)} written)` : ''
  out.push(`| Tokens this attempt | ${n(r.tokensIn)} in${cached} · ${n(r.tokensOut)} out |`)
  if (r.compactions > 0) {
    out.push(`| Context | compacted ${r.compactions} time${r.compactions === 1 ? '' : 's'} to stay inside the model's context window |`)
  }
  out.push(
    `| Cache | ${r.cacheHit ? `restored a saved session${r.restoredFrom ? ` from ${r.restoredFrom}` : ''}` : 'no saved session'} · ${r.persisted ? 'the post step saves the session for a re-run (its log says whether it did)' : '**session not saved**'} |`,
  )
  if (r.sandbox) out.push(`| Sandbox | ${cell(r.sandbox)} |`)
  if (r.thread) out.push(`| Conversation | turn ${r.thread.turn}: ${cell(r.thread.text)} |`)
  if (r.runUrl) out.push(`| Logs | [this attempt](${r.runUrl}) |`)

  if (r.attempts.length) out.push('', '### Attempts', '', ...attemptsTable(r.attempts, r.attempt))

  if (r.resumed && r.avoided) {
    const a = r.avoided
    out.push(
      '',
      '### What resuming saved',
      '',
      `Resuming kept the finished steps instead of redoing them: **${n(a.modelCalls)} model calls**, ` +
        `**${n(a.tokensIn)} input tokens** and **${n(a.toolRuns)} tool runs** avoided.`,
    )
  }

  const delivery = renderDelivery(r.delivery, r.repoUrl ?? '')
  if (delivery) out.push('', '### Delivery', '', delivery)

  if (r.workspace) out.push(...workspaceSection(r.workspace))

  if (r.readOnlyCache) {
    out.push('', '> [!WARNING]', `> ${r.readOnlyCache.trim().replace(/\n/g, '\n> ')}`)
  }

  if (r.response?.trim()) {
    const text = r.response.trim()
    const shown = headBytes(text, MAX_RESPONSE_BYTES)
    const note =
      shown.length < text.length
        ? `\n\n[… cut here: the answer is ${n(Buffer.byteLength(text))} bytes; the \`response\` output has more]`
        : ''
    out.push('', '<details><summary>Final response</summary>', '', shown + note, '', '</details>')
  }
  return out.join('\n') + '\n'
}
