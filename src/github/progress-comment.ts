// One progress comment per run and session key. The first attempt creates it; every later
// attempt (a "Re-run failed jobs") finds it again — by the id kept in the session's key/value
// table, else by the hidden marker among the issue's comments — and rewrites it, never adding a
// second one. Writes to GitHub are best effort: a failed update is reported through `onError`
// and never stops the agent, because the comment is a view of the run, not part of it.
import {
  attemptLabel,
  briefReason,
  historyPrefix,
  parseProgressBody,
  renderProgressBody,
  type ProgressStatus,
  type ProgressView,
} from './comment-body.js'
import { progressMarker } from './marker.js'
import type { CommentPort } from './ports.js'
import { attemptUrl, type RunInfo } from '../run-context.js'

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
  private resumedAfterStep: number | undefined
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

  /** Finds or creates the comment and shows this attempt as working. Returns its id. */
  async start(start: AttemptStart = {}): Promise<number | undefined> {
    this.resumedAfterStep = start.resumedAfterStep
    const attempt = this.opts.run.attempt
    try {
      const existing = await this.find()
      if (existing) {
        const prior = parseProgressBody(existing.body)
        this.history = prior.history
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

  /** The answer, and `delivery` (markdown: where the work went) under it. */
  async finish(answer: string, steps?: number, delivery = ''): Promise<boolean> {
    const after = steps !== undefined && steps > 0 ? ` after ${steps} step${steps === 1 ? '' : 's'}` : ''
    this.pushHistory(`✅ done${after}`)
    const text = answer.trim() || '(The agent finished without a final message.)'
    return this.write('done', delivery.trim() ? `${text}\n\n${delivery.trim()}` : text, 'posting the answer')
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
  async handedOff(text: string, summary: string = briefReason(text, 200)): Promise<boolean> {
    this.pushHistory(`↪️ ${summary}`)
    return this.write('handed-off', text, 'acknowledging the hand-off')
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
      text,
      history: this.history,
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
