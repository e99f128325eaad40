// read_file, write_file and edit_file: the agent's file operations, confined to the workspace.
// They never change a byte the model did not ask to change. The model sees and writes text
// with '\n' line breaks; files have CRLF endings, byte order marks, UTF-16 or bytes that are
// not UTF-8 at all. So text is decoded only to be shown and matched: an edit splices new bytes
// into the original ones (text-file.ts), and anything it cannot write faithfully is refused.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { z } from 'zod'
import { ToolError } from './errors.js'
import { display, resolveInside, resolveWritable, type Workspace } from './paths.js'
import {
  byteIndex,
  decodeBody,
  decodeFile,
  encodeText,
  lineOf,
  lineView,
  lowerBound,
  normalizeBreaks,
  predominantBreak,
  toText,
  unencodable,
  withBreaks,
  type LineView,
  type TextFile,
} from './text-file.js'
import { MAX_TOOL_OUTPUT_CHARS } from './cap.js'
import { headChars } from '../../text.js'

/** Longest line shown by read_file; minified files would otherwise fill the output cap. */
const MAX_LINE_CHARS = 2_000
const DEFAULT_READ_LINES = 2_000
/** Larger files are not loaded at all (read_file and edit_file hold the whole file); write_file replaces them as new files. */
const MAX_FILE_BYTES = 20_000_000

/** What the model is told about each tool (index.ts may use these as the tool descriptions). */
export const fileToolDescriptions = {
  read_file:
    'Read a text file, with line numbers. Long files are read in pages (offset/limit). Lines are shown without their line-break characters; a note after them says when the file has CRLF or mixed line endings, a byte order mark, UTF-16, or bytes that are not valid UTF-8 (shown as \uFFFD).',
  write_file:
    "Create a file or replace its whole content. Over an existing file its encoding and byte order mark are kept (a leading U+FEFF in content is taken as that mark, not doubled), and content whose line breaks are all \\n is written with the file's line endings (CRLF in a CRLF file); content containing \\r is written as given. New files are written as given, in UTF-8.",
  edit_file:
    'Replace an exact piece of text in a file. old_string must match exactly once (or set replace_all). Line breaks match whatever style the file uses, and the ones you write take the style of the lines they replace (\\n becomes \\r\\n in a CRLF file); every other byte stays as it was. In a file that is not valid UTF-8, old_string must not cover bytes shown as \uFFFD and new_string must be ASCII.',
}

export const readFileInput = z.object({
  path: z.string().describe('File path, relative to the workspace root.'),
  offset: z.number().int().min(1).optional().describe('First line to read (1-based). Default 1.'),
  limit: z.number().int().min(1).max(10_000).optional().describe(`Most lines to read. Default ${DEFAULT_READ_LINES}.`),
})

export const writeFileInput = z.object({
  path: z.string().describe('File path, relative to the workspace root. Parent directories are created.'),
  content: z
    .string()
    .describe("The complete new content of the file. Over an existing file, \\n line breaks take the file's style and its BOM is kept."),
})

export const editFileInput = z.object({
  path: z.string().describe('File path, relative to the workspace root.'),
  old_string: z
    .string()
    .describe('Exact text to replace, including whitespace; must occur exactly once unless replace_all. \\n matches any line ending.'),
  new_string: z.string().describe("Replacement text; its line breaks are written in the file's style."),
  replace_all: z.boolean().optional().describe('Replace every occurrence instead of requiring exactly one.'),
})

const LONE_SURROGATE = /\p{Cs}/u
const LONE_SURROGATES = /\p{Cs}/gu

interface Loaded {
  real: string
  shown: string
  file: TextFile
  lines: LineView
}

function load(ws: Workspace, path: string, write = false): Loaded {
  const real = write ? resolveWritable(ws, path) : resolveInside(ws, path)
  const shown = display(ws, real)
  const stat = statSync(real, { throwIfNoEntry: false })
  if (!stat) throw new ToolError(`${shown} does not exist`)
  if (stat.isDirectory()) throw new ToolError(`${shown} is a directory; use the list tool`)
  if (stat.size > MAX_FILE_BYTES) {
    throw new ToolError(`${shown} is ${stat.size} bytes, too large to read whole; use bash (head, sed -n, grep) on it`)
  }
  const bytes = readFileSync(real)
  const file = decodeFile(bytes)
  if (!file) throw new ToolError(`${shown} is a binary file (${bytes.length} bytes)`)
  return { real, shown, file, lines: lineView(file.text) }
}

/** The note read_file adds about what the lines shown do not reveal, or '' for plain UTF-8 with LF endings. */
function fileNote({ shown, file, lines }: Loaded): string {
  const facts: string[] = []
  if (file.encoding !== 'utf-8') facts.push(`${file.encoding.toUpperCase()} with a byte order mark`)
  else if (file.bom.length > 0) facts.push('UTF-8 with a byte order mark (not shown)')
  const { lf, crlf, cr } = lines.counts
  if (crlf > 0 && lf > 0) facts.push(`mixed line endings (${crlf} CRLF, ${lf} LF; \\r not shown)`)
  else if (crlf > 0) facts.push('CRLF line endings (\\r not shown)')
  else if (cr > 0) facts.push('CR line endings (shown as line breaks)')
  const notes =
    facts.length > 0 ? [`[${shown}: ${facts.join('; ')}. edit_file and write_file keep ${facts.length > 1 ? 'these' : 'this'}.]`] : []
  const halves = file.encoding === 'utf-8' ? 0 : (file.text.match(LONE_SURROGATES)?.length ?? 0)
  if (halves > 0) notes.push(`[${shown} holds ${halves} unpaired UTF-16 surrogate(s), shown as \uFFFD; edit_file keeps them.]`)
  const first = file.invalid[0]
  if (!file.faithful) notes.push(`[${shown} has an odd number of bytes for UTF-16; the last is shown as \uFFFD. edit_file refuses it.]`)
  else if (first !== undefined) {
    notes.push(
      `[${shown} is not valid UTF-8: ${file.invalid.length} byte(s) are shown as \uFFFD, the first on line ${lineOf(file.text, lines, first)}. edit_file keeps them but will not replace text that covers them, and writes only ASCII into this file.]`,
    )
  }
  return notes.join('\n')
}

export function readFileTool(ws: Workspace, input: z.infer<typeof readFileInput>): string {
  const loaded = load(ws, input.path)
  const { shown: name, file } = loaded
  const note = fileNote(loaded)
  if (file.text.length === 0) return [`${name} is empty.`, note].filter(Boolean).join('\n')
  const lines = loaded.lines.view.split('\n')
  if (lines[lines.length - 1] === '') lines.pop()
  const start = (input.offset ?? 1) - 1
  if (start >= lines.length) throw new ToolError(`${name} has ${lines.length} lines; offset ${start + 1} is past the end`)
  const asked = Math.min(lines.length, start + (input.limit ?? DEFAULT_READ_LINES))
  const width = String(asked).length
  // A page ends where the output cap would cut it: the footer must name the lines really shown,
  // or the model reads on past lines it never saw (the dispatcher's cap cuts the middle).
  const room = MAX_TOOL_OUTPUT_CHARS - note.length - 200
  const shown: string[] = []
  let used = 0
  for (let i = start; i < asked; i++) {
    // UTF-16 can hold half a character, which no provider accepts in a request.
    const whole = file.encoding === 'utf-8' ? lines[i]! : lines[i]!.replace(LONE_SURROGATES, '\uFFFD')
    const cut = whole.length > MAX_LINE_CHARS ? `${headChars(whole, MAX_LINE_CHARS)}… [line cut, ${whole.length} characters]` : whole
    const line = `${String(i + 1).padStart(width)}\t${cut}`
    if (shown.length > 0 && used + line.length + 1 > room) break
    shown.push(line)
    used += line.length + 1
  }
  const end = start + shown.length
  const more = end < lines.length ? `[showing lines ${start + 1}-${end} of ${lines.length}; read on with offset ${end + 1}]` : ''
  return [shown.join('\n'), note, more].filter(Boolean).join('\n')
}

/**
 * `content` as the bytes to write over `file`: its BOM and encoding kept, and '\n'-only line
 * breaks in its predominant style. `kept` names what was kept, for the model.
 */
function inStyleOf(file: TextFile, content: string, shown: string): { bytes: Buffer; kept: string[] } {
  const kept: string[] = []
  let text = content
  if (file.bom.length > 0) {
    if (text.startsWith('\uFEFF')) text = text.slice(1)
    kept.push(file.encoding === 'utf-8' ? 'UTF-8 byte order mark' : `${file.encoding.toUpperCase()} encoding`)
  }
  const style = predominantBreak(lineView(file.text))
  if (style !== '\n' && text.includes('\n') && !text.includes('\r')) {
    text = text.replaceAll('\n', style)
    kept.push(`${style === '\r\n' ? 'CRLF' : 'CR'} line endings`)
  }
  const why = unencodable(file, text)
  if (why) {
    throw new ToolError(
      `content cannot be written into ${shown}: ${why}; no change made. Write ASCII only, or remove the file first (bash: rm) to write it anew as UTF-8.`,
    )
  }
  return { bytes: Buffer.concat([file.bom, encodeText(file.encoding, text)]), kept }
}

/**
 * Writes `content` whole. Over an existing text file: its encoding and BOM are kept (a leading
 * U+FEFF in content is that BOM, not a second one), and content without any CR gets the file's
 * most common line break; content with a CR is written as given. New, binary and oversized
 * files get content as given, in UTF-8. ToolError: a directory, a lone surrogate, non-ASCII
 * content over a file that is not valid UTF-8 (nothing is written then).
 */
export function writeFileTool(ws: Workspace, input: z.infer<typeof writeFileInput>): string {
  const real = resolveWritable(ws, input.path)
  const shown = display(ws, real)
  const stat = statSync(real, { throwIfNoEntry: false })
  if (stat?.isDirectory()) throw new ToolError(`${shown} is a directory`)
  // A binary or oversized file is replaced as a new one: there is no text style to keep.
  const existing = stat?.isFile() && stat.size <= MAX_FILE_BYTES ? decodeFile(readFileSync(real)) : undefined
  let out: { bytes: Buffer; kept: string[] }
  if (existing) out = inStyleOf(existing, input.content, shown)
  else if (LONE_SURROGATE.test(input.content))
    throw new ToolError('content contains an unpaired surrogate, which UTF-8 cannot hold; no change made')
  else out = { bytes: Buffer.from(input.content, 'utf8'), kept: [] }
  mkdirSync(dirname(real), { recursive: true })
  writeFileSync(real, out.bytes)
  return `Wrote ${out.bytes.length} bytes to ${shown}${out.kept.length > 0 ? ` (kept its ${out.kept.join(' and ')})` : ''}.`
}

/** View indices where `needle` starts, left to right, not overlapping. */
function findAll(view: string, needle: string): number[] {
  const found: number[] = []
  for (let at = view.indexOf(needle); at !== -1; at = view.indexOf(needle, at + needle.length)) found.push(at)
  return found
}

/**
 * Replaces old_string (once, or every occurrence with replace_all) by splicing bytes: line
 * breaks match in any style and new ones follow `withBreaks`; all other bytes are copied.
 * ToolError, with the file unchanged: no or several matches, a binary, oversized or odd-length
 * UTF-16 file, a match covering undecodable bytes, new_string the file cannot hold.
 */
export function editFileTool(ws: Workspace, input: z.infer<typeof editFileInput>): string {
  if (input.old_string === '') throw new ToolError('old_string is empty; to create or overwrite a file use write_file')
  if (input.old_string === input.new_string) throw new ToolError('old_string and new_string are the same; nothing to change')
  const { real, shown, file, lines } = load(ws, input.path, true)
  const oldText = normalizeBreaks(input.old_string, lines)
  const newText = normalizeBreaks(input.new_string, lines)
  if (oldText === newText)
    throw new ToolError('old_string and new_string differ only in line endings, which follow the file; nothing to change')
  if (!file.faithful) {
    throw new ToolError(`${shown} is UTF-16 with an odd number of bytes and cannot be edited byte-exactly; no change made. Use bash on it.`)
  }
  // In UTF-8 text every surrogate is paired: a lone one could only match half a character.
  const found = file.encoding === 'utf-8' && LONE_SURROGATE.test(oldText) ? [] : findAll(lines.view, oldText)
  if (found.length === 0) {
    throw new ToolError(
      `old_string was not found in ${shown}; no change made. Read the file and copy the exact text, including whitespace.`,
    )
  }
  if (found.length > 1 && input.replace_all !== true) {
    throw new ToolError(
      `old_string occurs ${found.length} times in ${shown}; no change made. Include more surrounding text to make it unique, or set replace_all.`,
    )
  }
  const why = unencodable(file, newText)
  if (why) {
    const hint = file.invalid.length > 0 ? ' Keep new_string ASCII, or convert the file to UTF-8 first (bash: iconv).' : ''
    throw new ToolError(`new_string cannot be written into ${shown}: ${why}; no change made.${hint}`)
  }
  const spans = found.map((vs) => ({ vs, ve: vs + oldText.length, ts: toText(lines, vs), te: toText(lines, vs + oldText.length) }))
  for (const { ts, te } of spans) {
    const bad = file.invalid[lowerBound(file.invalid, ts)]
    if (bad !== undefined && bad < te) {
      throw new ToolError(
        `old_string in ${shown} covers bytes that are not valid UTF-8 (shown as \uFFFD, line ${lineOf(file.text, lines, bad)}); no change made. Choose old_string so that it leaves them out, or change them with bash.`,
      )
    }
  }
  // Splice: the original bytes between matches are copied, never re-encoded.
  const parts: Buffer[] = [file.bom]
  let from = { t: 0, b: 0 }
  for (const { vs, ve, ts, te } of spans) {
    const bs = byteIndex(file, ts, from)
    const be = byteIndex(file, te, { t: ts, b: bs })
    if (decodeBody(file.encoding, file.body.subarray(bs, be)).text !== file.text.slice(ts, te)) {
      throw new Error(`bytes ${bs}-${be} of ${shown} do not hold the matched text (a bug); no change made`)
    }
    parts.push(file.body.subarray(from.b, bs), encodeText(file.encoding, withBreaks(file.text, lines, vs, ve, newText)))
    from = { t: te, b: be }
  }
  parts.push(file.body.subarray(from.b))
  writeFileSync(real, Buffer.concat(parts))
  return `Edited ${shown}: replaced ${found.length} occurrence${found.length === 1 ? '' : 's'}.`
}
