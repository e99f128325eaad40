// Tool output is capped twice: each tool trims what it knows how to trim (lines, matches),
// and the dispatcher caps whatever reaches the model, because that text is sent on every
// later call and stored in the session database that travels through the cache.
import { headChars, tailChars } from '../../text.js'

/** Most characters one tool result may hand the model. */
export const MAX_TOOL_OUTPUT_CHARS = 30_000

/**
 * Keeps the head and the tail (errors tend to be at the end of command output) and says in
 * the middle how much was cut, so the model knows the output is partial.
 */
export function capText(text: string, limit = MAX_TOOL_OUTPUT_CHARS): string {
  if (text.length <= limit) return text
  const note = (cut: number) => `\n\n[… ${cut} characters cut: output was ${text.length} characters, limit ${limit} …]\n\n`
  const room = Math.max(0, limit - note(text.length).length)
  const head = Math.ceil(room * 0.4)
  const tail = room - head
  const kept = { head: headChars(text, head), tail: tailChars(text, tail) }
  return kept.head + note(text.length - kept.head.length - kept.tail.length) + kept.tail
}

/**
 * Collects a stream's text up to a bound in memory, keeping the first and the last part,
 * and counts what was dropped in between (a runaway command must not exhaust memory).
 */
export class BoundedCollector {
  private head = ''
  private tail = ''
  private dropped = 0

  constructor(private readonly half: number) {}

  push(chunk: string): void {
    if (this.head.length < this.half) {
      const take = this.half - this.head.length
      const taken = headChars(chunk, take)
      this.head += taken
      chunk = chunk.slice(taken.length)
    }
    if (chunk.length === 0) return
    this.tail += chunk
    if (this.tail.length > this.half) {
      const kept = tailChars(this.tail, this.half)
      this.dropped += this.tail.length - kept.length
      this.tail = kept
    }
  }

  get totalLength(): number {
    return this.head.length + this.dropped + this.tail.length
  }

  text(): string {
    if (this.dropped === 0) return this.head + this.tail
    return `${this.head}\n\n[… ${this.dropped} characters cut: output was ${this.totalLength} characters …]\n\n${this.tail}`
  }
}
