// read_file, write_file and edit_file: the agent's file operations, confined to the workspace.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { z } from 'zod'
import { ToolError } from './errors.js'
import { display, resolveInside, type Workspace } from './paths.js'

/** Longest line shown by read_file; minified files would otherwise fill the output cap. */
const MAX_LINE_CHARS = 2_000
const DEFAULT_READ_LINES = 2_000
/** Larger files are not loaded at all (read_file and edit_file hold the whole file). */
const MAX_FILE_BYTES = 20_000_000

export const readFileInput = z.object({
  path: z.string().describe('File path, relative to the workspace root.'),
  offset: z.number().int().min(1).optional().describe('First line to read (1-based). Default 1.'),
  limit: z.number().int().min(1).max(10_000).optional().describe(`Most lines to read. Default ${DEFAULT_READ_LINES}.`),
})

export const writeFileInput = z.object({
  path: z.string().describe('File path, relative to the workspace root. Parent directories are created.'),
  content: z.string().describe('The complete new content of the file.'),
})

export const editFileInput = z.object({
  path: z.string().describe('File path, relative to the workspace root.'),
  old_string: z.string().describe('Exact text to replace, including whitespace; must occur exactly once unless replace_all.'),
  new_string: z.string().describe('Replacement text.'),
  replace_all: z.boolean().optional().describe('Replace every occurrence instead of requiring exactly one.'),
})

function readText(ws: Workspace, path: string): { real: string; text: string } {
  const real = resolveInside(ws, path)
  const stat = statSync(real, { throwIfNoEntry: false })
  if (!stat) throw new ToolError(`${display(ws, real)} does not exist`)
  if (stat.isDirectory()) throw new ToolError(`${display(ws, real)} is a directory; use the list tool`)
  if (stat.size > MAX_FILE_BYTES) {
    throw new ToolError(`${display(ws, real)} is ${stat.size} bytes, too large to read whole; use bash (head, sed -n, grep) on it`)
  }
  const buffer = readFileSync(real)
  if (buffer.subarray(0, 8_000).includes(0)) throw new ToolError(`${display(ws, real)} is a binary file (${buffer.length} bytes)`)
  return { real, text: buffer.toString('utf8') }
}

export function readFileTool(ws: Workspace, input: z.infer<typeof readFileInput>): string {
  const { real, text } = readText(ws, input.path)
  if (text.length === 0) return `${display(ws, real)} is empty.`
  const lines = text.split('\n')
  if (lines[lines.length - 1] === '') lines.pop()
  const start = (input.offset ?? 1) - 1
  if (start >= lines.length) throw new ToolError(`${display(ws, real)} has ${lines.length} lines; offset ${start + 1} is past the end`)
  const end = Math.min(lines.length, start + (input.limit ?? DEFAULT_READ_LINES))
  const width = String(end).length
  const shown = lines.slice(start, end).map((line, i) => {
    const cut = line.length > MAX_LINE_CHARS ? `${line.slice(0, MAX_LINE_CHARS)}… [line cut, ${line.length} characters]` : line
    return `${String(start + i + 1).padStart(width)}\t${cut}`
  })
  const more = end < lines.length ? `\n[showing lines ${start + 1}-${end} of ${lines.length}; read on with offset ${end + 1}]` : ''
  return shown.join('\n') + more
}

export function writeFileTool(ws: Workspace, input: z.infer<typeof writeFileInput>): string {
  const real = resolveInside(ws, input.path)
  if (statSync(real, { throwIfNoEntry: false })?.isDirectory()) throw new ToolError(`${display(ws, real)} is a directory`)
  mkdirSync(dirname(real), { recursive: true })
  writeFileSync(real, input.content)
  return `Wrote ${Buffer.byteLength(input.content)} bytes to ${display(ws, real)}.`
}

function countOccurrences(text: string, needle: string): number {
  let count = 0
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) count++
  return count
}

export function editFileTool(ws: Workspace, input: z.infer<typeof editFileInput>): string {
  if (input.old_string === '') throw new ToolError('old_string is empty; to create or overwrite a file use write_file')
  if (input.old_string === input.new_string) throw new ToolError('old_string and new_string are the same; nothing to change')
  const { real, text } = readText(ws, input.path)
  const shown = display(ws, real)
  const count = countOccurrences(text, input.old_string)
  if (count === 0) {
    throw new ToolError(
      `old_string was not found in ${shown}; no change made. Read the file and copy the exact text, including whitespace.`,
    )
  }
  if (count > 1 && input.replace_all !== true) {
    throw new ToolError(
      `old_string occurs ${count} times in ${shown}; no change made. Include more surrounding text to make it unique, or set replace_all.`,
    )
  }
  // split/join, not String.replace: `$&` and friends in new_string must stay literal.
  const next =
    input.replace_all === true
      ? text.split(input.old_string).join(input.new_string)
      : (() => {
          const at = text.indexOf(input.old_string)
          return text.slice(0, at) + input.new_string + text.slice(at + input.old_string.length)
        })()
  writeFileSync(real, next)
  return `Edited ${shown}: replaced ${count} occurrence${count === 1 ? '' : 's'}.`
}
