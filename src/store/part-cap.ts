// One stored part larger than the model should get whole is cut as it is loaded. A restored
// database is not trusted (a model driving bash could have grown one row to 40 MB before the
// save), and what is loaded is sent on every later call. The cut keeps the head and the tail and
// says how much was left out, as tool output is capped (src/agent/tools/cap.ts); the bulk of a
// text or a text tool result is cut inside SQLite, so it never reaches JavaScript whole.
import { headChars, tailChars } from '../text.js'
import type { Db } from './open.js'

/** Most characters one stored part (a text, a tool result) hands the model when it is loaded. */
export const MAX_LOADED_PART_CHARS = 200_000

/** Where a part keeps its bulk as one string: a text's (or reasoning's) text, a tool result's text output. */
const BULK_PATHS = ['$.text', '$.output.value'] as const

const note = (length: number, cut: number, limit: number) =>
  `\n\n[… ${cut} characters cut: this part of the saved session was ${length} characters, limit ${limit} …]\n\n`

/** Head and tail lengths that fit `limit` with the note: 40% head, the rest tail (errors come last). */
function room(length: number, limit: number): { head: number; tail: number } {
  const left = Math.max(0, limit - note(length, length, limit).length)
  const head = Math.ceil(left * 0.4)
  return { head, tail: left - head }
}

/** `text` within `limit`: its head and tail around a note saying how much was cut. */
export function cutPartText(text: string, limit = MAX_LOADED_PART_CHARS): string {
  if (text.length <= limit) return text
  const r = room(text.length, limit)
  const kept = { head: headChars(text, r.head), tail: tailChars(text, r.tail) }
  return kept.head + note(text.length, text.length - kept.head.length - kept.tail.length, limit) + kept.tail
}

/**
 * A part whose stored JSON is longer than `limit` (parts.rowid `rowid`), cut to fit. Its bulk
 * string is cut by SQLite; a part that keeps its bulk elsewhere (a JSON tool output, a tool call's
 * input) is loaded and then cut: a tool result becomes its text, any other long string is cut.
 */
export function loadLongPart(db: Db, rowid: number, limit = MAX_LOADED_PART_CHARS): unknown {
  for (const path of BULK_PATHS) {
    const found = db
      .prepare(
        `SELECT json_remove(content, @path) AS rest, length(json_extract(content, @path)) AS length FROM parts
         WHERE rowid = @rowid AND json_type(content, @path) = 'text'`,
      )
      .get({ path, rowid }) as { rest: string; length: number } | undefined
    if (!found || found.length <= limit) continue
    const r = room(found.length, limit)
    const kept = db
      .prepare(
        `SELECT substr(json_extract(content, @path), 1, @head) AS head, substr(json_extract(content, @path), @from) AS tail
         FROM parts WHERE rowid = @rowid`,
      )
      .get({ path, head: r.head, from: found.length - r.tail + 1, rowid }) as { head: string; tail: string }
    const part = capStrings(JSON.parse(found.rest), limit) as Record<string, unknown>
    const text = kept.head + note(found.length, found.length - r.head - r.tail, limit) + kept.tail
    if (path === '$.text') part.text = text
    else part.output = { ...(part.output as Record<string, unknown>), value: text }
    return part
  }
  const whole = JSON.parse(String(db.prepare('SELECT content FROM parts WHERE rowid = ?').pluck().get(rowid))) as unknown
  if (isRecord(whole) && whole.type === 'tool-result' && isRecord(whole.output)) {
    const { type, value } = whole.output
    const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? '')
    if (text.length > limit) {
      const kind = typeof type === 'string' && type.startsWith('error') ? 'error-text' : 'text'
      return { ...whole, output: { type: kind, value: cutPartText(text, limit) } }
    }
  }
  return capStrings(whole, limit)
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** `value` with every string longer than `limit` cut. */
function capStrings(value: unknown, limit: number): unknown {
  if (typeof value === 'string') return cutPartText(value, limit)
  if (Array.isArray(value)) return value.map((v) => capStrings(v, limit))
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, capStrings(v, limit)]))
  return value
}
