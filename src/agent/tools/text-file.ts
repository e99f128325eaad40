// Text files as bytes and as text for the file tools: the encoding and byte order mark a file
// has, its text with line breaks in one style for matching and showing, and where each piece
// of that text sits in the bytes. Edits splice new bytes into the original ones at those
// offsets, so every byte outside a replaced span stays exactly as it was, whatever the file's
// encoding or line-ending style.
import { isUtf8 } from 'node:buffer'

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be'
export type LineBreak = '\n' | '\r\n' | '\r'

export interface TextFile {
  encoding: Encoding
  /** The byte order mark the file starts with (empty when it has none); writes keep it. */
  bom: Buffer
  /** The bytes after the BOM. */
  body: Buffer
  /** The body decoded, line breaks as they are; each byte that is not valid UTF-8 is one U+FFFD. */
  text: string
  /** Ascending indices into `text` of the U+FFFD that stand for undecodable bytes, not for a real U+FFFD. */
  invalid: number[]
  /** False for UTF-16 with an odd number of bytes: its text does not encode back to its bytes. */
  faithful: boolean
}

export interface LineView {
  /** `text` with every line break as '\n': what read_file shows and old_string is matched in. */
  view: string
  /** The file's only line breaks are lone CRs (classic Mac); elsewhere a lone CR is an ordinary character. */
  crOnly: boolean
  /** Ascending indices into `view` of the '\n' that stand for a CRLF (two characters of `text`). */
  crlfAt: number[]
  counts: { lf: number; crlf: number; cr: number }
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf])
/** Bytes (or UTF-16 code units) looked at for a NUL, the sign of a binary file. */
const BINARY_PROBE = 8_000

/** Index of the first element of ascending `list` that is >= `value` (= how many are smaller). */
export function lowerBound(list: readonly number[], value: number): number {
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((list[mid] ?? 0) < value) lo = mid + 1
    else hi = mid
  }
  return lo
}

const inRange = (b: number | undefined, lo: number, hi: number) => b !== undefined && b >= lo && b <= hi

/** Length of the well-formed UTF-8 sequence at `i` (RFC 3629: no overlongs, surrogates or > U+10FFFF), 0 when there is none. */
function sequenceLength(b: Buffer, i: number): number {
  const b0 = b[i] ?? 0
  if (b0 < 0x80) return 1
  if (b0 >= 0xc2 && b0 <= 0xdf) return inRange(b[i + 1], 0x80, 0xbf) ? 2 : 0
  if (b0 >= 0xe0 && b0 <= 0xef) {
    const ok = inRange(b[i + 1], b0 === 0xe0 ? 0xa0 : 0x80, b0 === 0xed ? 0x9f : 0xbf) && inRange(b[i + 2], 0x80, 0xbf)
    return ok ? 3 : 0
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    const ok =
      inRange(b[i + 1], b0 === 0xf0 ? 0x90 : 0x80, b0 === 0xf4 ? 0x8f : 0xbf) &&
      inRange(b[i + 2], 0x80, 0xbf) &&
      inRange(b[i + 3], 0x80, 0xbf)
    return ok ? 4 : 0
  }
  return 0
}

/** UTF-8 where it is valid, one U+FFFD per byte where it is not (recorded in `invalid`). */
function decodeUtf8(body: Buffer): { text: string; invalid: number[] } {
  if (isUtf8(body)) return { text: body.toString('utf8'), invalid: [] }
  const parts: string[] = []
  const invalid: number[] = []
  let length = 0
  let run = 0
  for (let i = 0; i < body.length;) {
    const n = sequenceLength(body, i)
    if (n > 0) {
      i += n
      continue
    }
    if (run < i) {
      const valid = body.toString('utf8', run, i)
      parts.push(valid)
      length += valid.length
    }
    invalid.push(length++)
    parts.push('\uFFFD')
    run = ++i
  }
  if (run < body.length) parts.push(body.toString('utf8', run))
  return { text: parts.join(''), invalid }
}

function decodeUtf16(body: Buffer, encoding: 'utf-16le' | 'utf-16be'): { text: string; invalid: number[] } {
  const even = Buffer.from(body.subarray(0, body.length - (body.length % 2)))
  const text = (encoding === 'utf-16be' ? even.swap16() : even).toString('utf16le')
  return body.length % 2 === 0 ? { text, invalid: [] } : { text: `${text}\uFFFD`, invalid: [text.length] }
}

/** Decodes a span of a file's body the way the whole body is decoded. */
export function decodeBody(encoding: Encoding, body: Buffer): { text: string; invalid: number[] } {
  return encoding === 'utf-8' ? decodeUtf8(body) : decodeUtf16(body, encoding)
}

/**
 * A file's bytes as text, or undefined for a binary file: a NUL among the first bytes, or
 * (after a UTF-16 BOM) among the first code units. UTF-16 without a BOM counts as binary (its
 * ASCII characters have NUL bytes): without the mark there is no telling its byte order.
 */
export function decodeFile(bytes: Buffer): TextFile | undefined {
  const encoding: Encoding =
    bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8'
  const bomLength = encoding !== 'utf-8' ? 2 : bytes.subarray(0, 3).equals(UTF8_BOM) ? 3 : 0
  const body = bytes.subarray(bomLength)
  if (encoding === 'utf-8' && body.subarray(0, BINARY_PROBE).includes(0)) return undefined
  const { text, invalid } = decodeBody(encoding, body)
  if (encoding !== 'utf-8' && text.slice(0, BINARY_PROBE).includes('\0')) return undefined
  return { encoding, bom: bytes.subarray(0, bomLength), body, text, invalid, faithful: encoding === 'utf-8' || body.length % 2 === 0 }
}

/** `text` in the file's encoding (without the BOM). Callers check `unencodable` first. */
export function encodeText(encoding: Encoding, text: string): Buffer {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8')
  const bytes = Buffer.from(text, 'utf16le')
  return encoding === 'utf-16be' ? bytes.swap16() : bytes
}

/**
 * Why `text` cannot be written into `file` byte-for-byte as meant, or undefined when it can.
 * A file that is not valid UTF-8 is in some unknown encoding (Latin-1, Windows-1252, Shift
 * JIS…), where only ASCII is known to mean the same; a lone surrogate has no UTF-8 form.
 */
export function unencodable(file: Pick<TextFile, 'encoding' | 'invalid'>, text: string): string | undefined {
  const lone = /\p{Cs}/u.exec(text)
  if (lone && file.encoding === 'utf-8') return `it contains an unpaired surrogate (\\u${lone[0].charCodeAt(0).toString(16)})`
  if (file.encoding !== 'utf-8' || file.invalid.length === 0) return undefined
  const foreign = /[\u0080-\u{10ffff}]/u.exec(text)
  return foreign ? `it is not ASCII (${JSON.stringify(foreign[0])}) and the file is not valid UTF-8` : undefined
}

/** Byte offset in `file.body` of text index `t`, counted on from a known pair `from` (t must lie on a character boundary). */
export function byteIndex(file: TextFile, t: number, from = { t: 0, b: 0 }): number {
  if (file.encoding !== 'utf-8') return 2 * t
  const bad = lowerBound(file.invalid, t) - lowerBound(file.invalid, from.t)
  // A U+FFFD is 3 bytes in UTF-8, but one that stands for an undecodable byte is that 1 byte.
  return from.b + Buffer.byteLength(file.text.slice(from.t, t), 'utf8') - 2 * bad
}

function countOf(text: string, needle: string): number {
  let count = 0
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) count++
  return count
}

export function lineView(text: string): LineView {
  if (!text.includes('\n') && text.includes('\r')) {
    return { view: text.replaceAll('\r', '\n'), crOnly: true, crlfAt: [], counts: { lf: 0, crlf: 0, cr: countOf(text, '\r') } }
  }
  const crlfAt: number[] = []
  for (let at = text.indexOf('\r\n'); at !== -1; at = text.indexOf('\r\n', at + 2)) crlfAt.push(at - crlfAt.length)
  const view = crlfAt.length === 0 ? text : text.replaceAll('\r\n', '\n')
  return { view, crOnly: false, crlfAt, counts: { lf: countOf(view, '\n') - crlfAt.length, crlf: crlfAt.length, cr: 0 } }
}

/** The text index of view index `v`. */
export const toText = (lines: LineView, v: number): number => v + lowerBound(lines.crlfAt, v)

/** The line break at text index `t` (which must be one). */
export const breakAt = (text: string, t: number): LineBreak => (text.startsWith('\r\n', t) ? '\r\n' : text[t] === '\r' ? '\r' : '\n')

/** The model's text with its line breaks as '\n', as in `view` (a lone CR is one only in a CR-only file). */
export function normalizeBreaks(text: string, lines: Pick<LineView, 'crOnly'>): string {
  const lf = text.replaceAll('\r\n', '\n')
  return lines.crOnly ? lf.replaceAll('\r', '\n') : lf
}

/** The file's most common line break; ties go to LF, then CRLF; LF when it has none. */
export function predominantBreak({ counts }: LineView): LineBreak {
  if (counts.crlf > counts.lf && counts.crlf >= counts.cr) return '\r\n'
  if (counts.cr > counts.lf && counts.cr > counts.crlf) return '\r'
  return '\n'
}

/** The 1-based line of text index `t`. */
export function lineOf(text: string, lines: Pick<LineView, 'crOnly'>, t: number): number {
  return countOf(text.slice(0, t), lines.crOnly ? '\r' : '\n') + 1
}

const breakIndex = new WeakMap<LineView, number[]>()

/** View indices of every line break, ascending; built once per view, when first needed (a replace_all over one long line must not scan it per match). */
function breaksOf(lines: LineView): number[] {
  let all = breakIndex.get(lines)
  if (!all) {
    all = []
    for (let at = lines.view.indexOf('\n'); at !== -1; at = lines.view.indexOf('\n', at + 1)) all.push(at)
    breakIndex.set(lines, all)
  }
  return all
}

/**
 * `replacement` (line breaks as '\n') with each break in the style it takes in place of the
 * view span [vs, ve). The k-th break of the replacement corresponds to the k-th replaced break,
 * except that lines left unchanged at the start and the end of the span are paired with the
 * lines they were, so an inserted or deleted line does not shift the others; each break takes
 * its partner's style, and a surplus break the style of the replaced break before it. With no
 * break in the span: the break ending the match's line, else the one before it, else LF.
 */
export function withBreaks(text: string, lines: LineView, vs: number, ve: number, replacement: string): string {
  const fresh = replacement.split('\n')
  if (fresh.length === 1) return replacement
  const { view } = lines
  const old = view.slice(vs, ve).split('\n')
  const styles: LineBreak[] = []
  for (let i = 0, v = vs; i < old.length - 1; i++, v++) {
    v += old[i]?.length ?? 0
    styles.push(breakAt(text, toText(lines, v)))
  }
  const nOld = styles.length
  const nNew = fresh.length - 1
  let head = 0
  while (head < Math.min(nOld, nNew) && old[head] === fresh[head]) head++
  let tail = 0
  while (tail < Math.min(nOld, nNew) - head && old[nOld - 1 - tail] === fresh[nNew - 1 - tail]) tail++
  const ownLine = (): LineBreak => {
    const all = breaksOf(lines)
    const after = lowerBound(all, ve)
    const near = all[after] ?? all[after - 1]
    return near === undefined ? '\n' : breakAt(text, toText(lines, near))
  }
  const surplus = styles[nOld - tail - 1] ?? styles[nOld - tail] ?? ownLine()
  let out = fresh[0] ?? ''
  for (let j = 0; j < nNew; j++) {
    const partner = j < head ? j : j >= nNew - tail ? nOld - (nNew - j) : j < nOld - tail ? j : -1
    out += (styles[partner] ?? surplus) + (fresh[j + 1] ?? '')
  }
  return out
}
