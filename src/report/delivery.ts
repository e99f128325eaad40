// The delivery as the asker sees it: one markdown block for the job summary and the progress
// comment (what went where, with links, and the changed files with line counts), and the
// values of the delivery outputs. Pure.
import type { DeliveryResult } from '../deliver/deliver.js'
import type { FileStat } from '../deliver/git-remote.js'
import { cell, code } from './markdown.js'

const MAX_FILES = 50
const SIGN: Record<FileStat['status'], string> = {
  added: 'added',
  modified: 'modified',
  deleted: 'deleted',
  renamed: 'renamed',
  'type-changed': 'type changed',
}

function fileTable(files: readonly FileStat[]): string[] {
  if (files.length === 0) return []
  const rows = files.slice(0, MAX_FILES).map((f) => `| ${cell(code(f.path))} | ${SIGN[f.status]} | +${f.additions} −${f.deletions} |`)
  if (files.length > MAX_FILES) rows.push(`| … ${files.length - MAX_FILES} more | | |`)
  return ['', '| File | Change | Lines |', '|---|---|---:|', ...rows]
}

/** Markdown for the summary and the progress comment; '' when there is nothing worth saying. */
export function renderDelivery(d: DeliveryResult | undefined, repoUrl: string): string {
  if (!d) return ''
  switch (d.kind) {
    case 'delivered': {
      const commit = `[${code(d.commit.slice(0, 7))}](${repoUrl}/commit/${d.commit})`
      const where = d.pullRequest
        ? `Pull request [#${d.pullRequest.number}](${d.pullRequest.url}) from ${code(d.branch)} (commit ${commit})`
        : `Pushed commit ${commit} to ${code(d.branch)}`
      const earlier = d.reused ? ' — delivered by an earlier attempt of this run' : ''
      return [`**📦 ${where}**${earlier}`, ...fileTable(d.files)].join('\n')
    }
    case 'failed':
      return [`**⚠️ Not delivered:** ${d.message}`, ...fileTable(d.files ?? [])].join('\n')
    case 'skipped':
      return d.warn ? `**⚠️ Not delivered:** ${d.reason}.` : `_Not delivered: ${d.reason}._`
    case 'nothing':
      return `_Nothing to deliver: ${d.reason}._`
  }
}

/** The delivery outputs: branch, commit, pull-request-number, pull-request-url, changed-files (one path a line). */
export function deliveryOutputs(d: DeliveryResult | undefined): {
  branch: string
  commit: string
  number: string
  url: string
  files: string
} {
  const delivered = d?.kind === 'delivered' ? d : undefined
  const files = d?.kind === 'delivered' || d?.kind === 'failed' ? (d.files ?? []) : []
  return {
    branch: delivered?.branch ?? '',
    commit: delivered?.commit ?? '',
    number: delivered?.pullRequest ? String(delivered.pullRequest.number) : '',
    url: delivered?.pullRequest?.url ?? '',
    files: files.map((f) => f.path).join('\n'),
  }
}
