// One progress comment per run and session key. The first attempt creates it; every later
// attempt (a "Re-run failed jobs") finds it again — by the id kept in the session's key/value
// table, else by the hidden marker among the issue's comments — and rewrites it, never adding a
// second one. Writes to GitHub are best effort: a failed update is reported through `onError`
// and never stops the agent, because the comment is a view of the run, not part of it.
import {
  attemptLabel,
  briefReason,
  handoffRecord,
  handoffsIn,
  historyPrefix,
  keptLines,
  parseProgressBody,
  renderProgressBody,
  type ProgressStatus,
  type ProgressView,
} from './comment-body.js'
import { progressMarker } from './marker.js'
import type { CommentPort } from './ports.js'
import { attemptUrl, type RunInfo } from '../run-context.js'

/** What a re-run of a run that handed off finds: where the work went, and whether it failed there. */
export interface EarlierHandoff {
  message: string
  failed: boolean
}

/** Per-session key/value storage (the lead's store backs it with a table in the session DB). */
export interface KeyValuePort {
  get(key: string): string | undefined
  set(key: string, value: string): void
}

export const PROGRESS_COMMENT_ID_KEY = 'github.progress-comment-id'

export interface ProgressCommentOptions {
  port: CommentPort
  kv: KeyValuePort
  issueNumber: number
  run: RunInfo
  sessionKey: string
  /** Milliseconds clock; injectable so tests control throttling. */
  now?: () => number
  /** Least time between two progress updates (default 10 s); final writes are never throttled. */
  minIntervalMs?: number
  /** A comment another run already posted for this request (hand-off); adopted if no own one. */
  adoptCommentId?: number | undefined
  onError?: (err: unknown, during: string) => void
}

export interface AttemptStart {
  /** Last step the restored session had finished; absent or 0 when starting fresh. */
  resumedAfterStep?: number | undefined
}

export class ProgressComment {
  private commentId: number | undefined
  private history: string[] = []
  private kept: string[] = []
  private resumedAfterStep: number | undefined
  private context: string | undefined
  private lastWrite = Number.NEGATIVE_INFINITY
  private pending: string | undefined
  private readonly now: () => number
  private readonly minIntervalMs: number
  private readonly marker: string

  constructor(private readonly opts: ProgressCommentOptions) {
    this.now = opts.now ?? Date.now
    this.minIntervalMs = opts.minIntervalMs ?? 10_000
    this.marker = progressMarker(opts.run.runId, opts.sessionKey)
  }

  get id(): number | undefined {
    return this.commentId
  }

  get issueNumber(): number {
    return this.opts.issueNumber
  }

  /** A line under the headline on every write from now on, e.g. which turn of a conversation this is. */
  setContext(line: string | undefined): void {
    this.context = line
  }

  /** Finds or creates the comment and shows this attempt as working. Returns its id. */
  async start(start: AttemptStart = {}): Promise<number | undefined> {
    this.resumedAfterStep = start.resumedAfterStep
    const attempt = this.opts.run.attempt
    try {
      const existing = await this.find()
      if (existing) {
        const prior = parseProgressBody(existing.body)
        this.history = prior.history
        this.kept = keptLines(existing.body, this.marker)
        const priorKey = prior.runId !== undefined && prior.attempt !== undefined ? historyPrefix(prior.runId, prior.attempt) : undefined
        const isThisAttempt = priorKey === historyPrefix(this.opts.run.runId, attempt)
        if (priorKey && !isThisAttempt && prior.status === 'working' && !this.history.some((l) => l.startsWith(priorKey))) {
          this.history.push(`${priorKey} ⚠️ ended without a report (cancelled, timed out or runner lost)`)
        }
        this.commentId = existing.id
      }
      const text = `Working on it — ${attemptLabel(attempt, start.resumedAfterStep)}.`
      const body = this.render('working', text)
      if (this.commentId === undefined) {
        this.commentId = (await this.opts.port.createComment(this.opts.issueNumber, body)).id
      } else {
        await this.opts.port.updateComment(this.commentId, body)
      }
      this.opts.kv.set(PROGRESS_COMMENT_ID_KEY, String(this.commentId))
      this.lastWrite = this.now()
      return this.commentId
    } catch (err) {
      this.opts.onError?.(err, 'creating the progress comment')
      return this.commentId
    }
  }

  /**
   * Finds the comment and reads what it carries (history, other runs' lines) without writing:
   * for a writer that did not start it, e.g. the post step after main was killed. Returns
   * whether it was found.
   */
  async attach(): Promise<boolean> {
    try {
      const existing = await this.find()
      if (!existing) return false
      this.history = parseProgressBody(existing.body).history
      this.kept = keptLines(existing.body, this.marker)
      this.commentId = existing.id
      return true
    } catch (err) {
      this.opts.onError?.(err, 'reading the progress comment')
      return false
    }
  }

  /** Shows a progress line, at most once per interval; returns whether it was written now. */
  async progress(text: string): Promise<boolean> {
    if (this.now() - this.lastWrite < this.minIntervalMs) {
      this.pending = text
      return false
    }
    return this.write('working', text, 'updating progress')
  }

  /** Writes a throttled-away progress line, if any. */
  async flush(): Promise<boolean> {
    const text = this.pending
    return text === undefined ? false : this.write('working', text, 'updating progress')
  }

  /** The answer, and `delivery` (markdown: where the work went) under it. `steps` counts the answer too. */
  async finish(answer: string, steps?: number, delivery = ''): Promise<boolean> {
    const tools = steps !== undefined ? steps - 1 : 0
    const after =
      tools > 0 ? ` after ${tools} tool step${tools === 1 ? '' : 's'} and the answer` : steps === 1 ? ' (answered without tool steps)' : ''
    this.pushHistory(`✅ done${after}`)
    const text = answer.trim() || '(The agent finished without a final message.)'
    return this.write('done', delivery.trim() ? `${text}\n\n${delivery.trim()}` : text, 'posting the answer')
  }

  /**
   * The attempt stopped without finishing: `cancelled` by a person (or the job's timeout), or
   * `interrupted` (main killed or its runner lost; the post step writes this one).
   */
  async stopped(kind: 'cancelled' | 'interrupted', afterStep: number, resumable: boolean): Promise<boolean> {
    const after = afterStep > 0 ? ` after step ${afterStep}` : ''
    const url = attemptUrl(this.opts.run)
    const what = kind === 'cancelled' ? 'was cancelled' : 'was interrupted (cancelled, timed out or its runner lost)'
    this.pushHistory(`${kind === 'cancelled' ? '⏹ cancelled' : '⏸ interrupted'}${after} ([logs](${url}))`)
    const next = resumable
      ? `Use **Re-run failed jobs** to resume${afterStep > 0 ? ` from step ${afterStep}` : ''}; finished steps are not repeated.`
      : 'The session could not be saved, so a re-run starts over.'
    return this.write(
      kind,
      `Attempt ${this.opts.run.attempt} ${what}${after}.\n\n${next} See the [run logs](${url}).`,
      `reporting the ${kind} attempt`,
    )
  }

  /**
   * Says briefly why this attempt failed and what a re-run will do. `resumable` is false when the
   * session could not be saved (e.g. a read-only cache), so a re-run would start over.
   */
  /**
   * `resumable`: whether a re-run continues the session; `next` replaces that advice when the
   * failure is not about the session at all (e.g. a hand-off that could not be dispatched).
   */
  async fail(reason: string, opts: { resumable: boolean; failedAfterStep?: number | undefined; next?: string }): Promise<boolean> {
    const brief = briefReason(reason)
    const after = opts.failedAfterStep ? ` after step ${opts.failedAfterStep}` : ''
    const url = attemptUrl(this.opts.run)
    this.pushHistory(`❌ failed${after}: ${brief} ([logs](${url}))`)
    const next =
      opts.next ??
      (opts.resumable
        ? `Use **Re-run failed jobs** to resume${opts.failedAfterStep ? ` from step ${opts.failedAfterStep}` : ''}; finished steps are not repeated.`
        : 'The session could not be saved, so a re-run starts over.')
    return this.write(
      'failed',
      `Attempt ${this.opts.run.attempt} failed${after}: ${brief}\n\n${next} See the [run logs](${url}).`,
      'reporting the failure',
    )
  }

  /**
   * Acknowledges a hand-off to another run; `text` says where the work continues. `summary` is
   * the history line: give one that keeps the link whole (clipping `text` could cut it).
   */
  async handedOff(text: string, summary: string = briefReason(text, 200), runUrl?: string): Promise<boolean> {
    this.pushHistory(`↪️ ${summary}`)
    this.kept = [...this.kept, handoffRecord(this.opts.run.runId, runUrl)]
    return this.write('handed-off', text, 'acknowledging the hand-off')
  }

  /**
   * For a re-run of a run that handed this request off: the comment records it (the dispatched
   * run keeps this run's marker and the record). Reads only; undefined when there was no
   * hand-off from this run, or the comment cannot be read.
   */
  async earlierHandoff(): Promise<EarlierHandoff | undefined> {
    let found: { id: number; body: string } | undefined
    try {
      found = await this.find()
    } catch (err) {
      this.opts.onError?.(err, 'reading the progress comment')
      return undefined
    }
    const record = found && handoffsIn(found.body).find((h) => h.from === this.opts.run.runId)
    if (!found || !record) return undefined
    const state = parseProgressBody(found.body)
    const { serverUrl, repo } = this.opts.run
    const taken = state.runId !== undefined && state.runId !== this.opts.run.runId
    const url = taken ? `${serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${state.runId}` : record.url
    const where = url !== '' ? `[the run it was handed off to](${url})` : 'the workflow_dispatch run it was handed off to'
    if (taken && state.status === 'failed') {
      return {
        failed: true,
        message: `This request was already handed off, and ${where} failed. Re-run that run's failed jobs to resume it; nothing new was started here.`,
      }
    }
    return { failed: false, message: `This request was already handed off: it continues in ${where}. Nothing new was started here.` }
  }

  private pushHistory(outcome: string): void {
    const prefix = historyPrefix(this.opts.run.runId, this.opts.run.attempt)
    this.history = this.history.filter((l) => !l.startsWith(prefix))
    this.history.push(`${prefix} ${outcome}`)
  }

  private render(status: ProgressStatus, text: string): string {
    const view: ProgressView = {
      runId: this.opts.run.runId,
      sessionKey: this.opts.sessionKey,
      attempt: this.opts.run.attempt,
      attemptUrl: attemptUrl(this.opts.run),
      status,
      resumedAfterStep: this.resumedAfterStep,
      context: this.context,
      text,
      history: this.history,
      kept: this.kept,
    }
    return renderProgressBody(view)
  }

  private async write(status: ProgressStatus, text: string, during: string): Promise<boolean> {
    if (this.commentId === undefined) return false
    try {
      await this.opts.port.updateComment(this.commentId, this.render(status, text))
      this.lastWrite = this.now()
      this.pending = undefined
      return true
    } catch (err) {
      this.opts.onError?.(err, during)
      return false
    }
  }

  private async find(): Promise<{ id: number; body: string } | undefined> {
    const { port, kv } = this.opts
    const stored = Number(kv.get(PROGRESS_COMMENT_ID_KEY))
    if (Number.isInteger(stored) && stored > 0) {
      const c = await port.getComment(stored)
      if (c?.body.includes(this.marker)) return c
    }
    if (this.opts.adoptCommentId !== undefined) {
      const c = await port.getComment(this.opts.adoptCommentId)
      if (c) return c
    }
    const all = await port.listAllComments(this.opts.issueNumber)
    return all.find((c) => c.body.includes(this.marker))
  }
}
