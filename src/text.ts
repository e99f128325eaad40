// Clipping text without breaking characters. JavaScript strings count UTF-16 code units, so a
// plain slice can cut an astral character (an emoji, 🚀) in half and leave a lone surrogate:
// providers answer 400 to a request holding one, and a stored prompt would then fail on every
// re-run. Byte limits (GitHub's summary, cache keys) cut UTF-8 between whole code points too.
// Every place that clips text goes through these.

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff

/** The first at most `max` UTF-16 code units of `text`, never ending between the halves of a surrogate pair. */
export function headChars(text: string, max: number): string {
  if (text.length <= max) return text
  const end = Math.max(0, max)
  return end > 0 && isHigh(text.charCodeAt(end - 1)) && isLow(text.charCodeAt(end)) ? text.slice(0, end - 1) : text.slice(0, end)
}

/** The last at most `max` UTF-16 code units of `text`, never starting between the halves of a surrogate pair. */
export function tailChars(text: string, max: number): string {
  if (text.length <= max) return text
  const start = text.length - Math.max(0, max)
  return start < text.length && isLow(text.charCodeAt(start)) && isHigh(text.charCodeAt(start - 1))
    ? text.slice(start + 1)
    : text.slice(start)
}

/** `text` cut to `max` code units with `…` as the last one when it was longer. */
export function ellipsize(text: string, max: number): string {
  return text.length <= max ? text : `${headChars(text, max - 1)}…`
}

/** The longest prefix of `text` whose UTF-8 encoding is at most `maxBytes` bytes, cut between whole code points. */
export function headBytes(text: string, maxBytes: number): string {
  const bytes = Buffer.from(text, 'utf8')
  if (bytes.length <= maxBytes) return text
  let end = Math.max(0, maxBytes)
  // Back up over continuation bytes (10xxxxxx) to the start of the cut character.
  while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end--
  return bytes.subarray(0, end).toString('utf8')
}

/**
 * An injective encoding of any well-formed string into [A-Za-z0-9._%]: letters, digits and '.'
 * pass through, '-' becomes '_' (so `pr-42` reads `pr_42`), and every other byte of the UTF-8
 * form, '_' included, becomes %XX. Safe in a cache key segment (no '-' terminator, no ','), an
 * HTML comment (no '--', no '>') and a file name ('.' and '..' are escaped). Two different
 * strings never give the same result. Throws for a string with a lone surrogate (it has no
 * UTF-8 form, so two such strings could collide).
 */
export function encodeSegment(value: string): string {
  if (!isWellFormed(value)) throw new Error('the value contains half of a UTF-16 surrogate pair, which has no UTF-8 form')
  if (value === '') return '%'
  let out = ''
  for (const byte of Buffer.from(value, 'utf8')) {
    const ch = String.fromCharCode(byte)
    if (/[A-Za-z0-9.]/.test(ch)) out += ch
    else if (ch === '-') out += '_'
    else out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`
  }
  return /^\.{1,2}$/.test(out) ? out.replace(/\./g, '%2E') : out
}

/** True when every surrogate in `text` is half of a pair (String.prototype.isWellFormed, Node ≥ 20). */
export function isWellFormed(text: string): boolean {
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text)
}
