// list and grep: finding files and text in the workspace without a shell.
import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { ToolError } from './errors.js'
import { globToRegExp, walkFiles } from './glob.js'
import { display, resolveInside, type Workspace } from './paths.js'
import { errorMessage } from '../../log.js'
import { headChars } from '../../text.js'
import { decodeFile, lineView } from './text-file.js'

const MAX_LIST_RESULTS = 1_000
const MAX_GREP_MATCHES = 200
const MAX_GREP_LINE_CHARS = 300
const MAX_GREP_FILE_BYTES = 2_000_000

export const listInput = z.object({
  path: z.string().optional().describe('Directory to list or search, relative to the workspace root. Default: the root.'),
  pattern: z
    .string()
    .optional()
    .describe(
      "Glob for files under the directory, e.g. '**/*.ts' or 'src/*.json'; a pattern without '/' matches file names at any depth. Without a pattern: the directory's own entries.",
    ),
})

export const grepInput = z.object({
  pattern: z.string().describe('Regular expression (JavaScript syntax) to search file contents for.'),
  path: z.string().optional().describe('Directory or file to search, relative to the workspace root. Default: the root.'),
  include: z.string().optional().describe("Only search files matching this glob, e.g. '*.ts'."),
  ignore_case: z.boolean().optional().describe('Case-insensitive search.'),
})

export function listTool(ws: Workspace, input: z.infer<typeof listInput>): string {
  const dir = resolveInside(ws, input.path ?? '.')
  const stat = statSync(dir, { throwIfNoEntry: false })
  if (!stat) throw new ToolError(`${display(ws, dir)} does not exist`)
  if (!stat.isDirectory()) throw new ToolError(`${display(ws, dir)} is a file; use read_file`)
  if (input.pattern === undefined || input.pattern === '') {
    const entries = readdirSync(dir, { withFileTypes: true })
      .map((e) => (e.isDirectory() ? `${e.name}/` : e.name))
      .sort()
    if (entries.length === 0) return `${display(ws, dir)} is empty.`
    const shown = entries.slice(0, MAX_LIST_RESULTS)
    const more = entries.length > shown.length ? `\n[${entries.length - shown.length} more entries not shown]` : ''
    return shown.join('\n') + more
  }
  const re = globToRegExp(input.pattern)
  const walk = walkFiles(dir, { includeNodeModules: input.pattern.includes('node_modules') })
  const matches = walk.files.filter((f) => re.test(f))
  if (matches.length === 0) return `No files match ${JSON.stringify(input.pattern)} under ${display(ws, dir)}.`
  const prefix = display(ws, dir) === '.' ? '' : `${display(ws, dir)}/`
  const shown = matches.slice(0, MAX_LIST_RESULTS).map((f) => prefix + f)
  const notes = [
    matches.length > shown.length ? `[${matches.length - shown.length} more files not shown; narrow the pattern]` : '',
    walk.truncated ? '[the tree is very large; the search stopped early]' : '',
  ].filter(Boolean)
  return [...shown, ...notes].join('\n')
}

export function grepTool(ws: Workspace, input: z.infer<typeof grepInput>): string {
  let re: RegExp
  try {
    re = new RegExp(input.pattern, input.ignore_case === true ? 'i' : '')
  } catch (error) {
    throw new ToolError(`invalid regular expression: ${errorMessage(error)}`)
  }
  const start = resolveInside(ws, input.path ?? '.')
  const stat = statSync(start, { throwIfNoEntry: false })
  if (!stat) throw new ToolError(`${display(ws, start)} does not exist`)
  const include = input.include ? globToRegExp(input.include) : undefined
  const candidates = stat.isDirectory()
    ? walkFiles(start)
        .files.filter((f) => !include || include.test(f))
        .map((f) => join(start, f))
    : [start]
  const out: string[] = []
  let total = 0
  for (const file of candidates) {
    let real: string
    try {
      // A symlink inside the tree may point outside: it is searched only if it stays inside.
      real = lstatSync(file).isSymbolicLink() ? resolveInside(ws, file) : file
    } catch {
      continue
    }
    const info = statSync(real, { throwIfNoEntry: false })
    if (!info?.isFile() || info.size > MAX_GREP_FILE_BYTES) continue
    // Decoded and split as read_file does (UTF-16, CRLF, CR-only), so line numbers agree.
    const decoded = decodeFile(readFileSync(real))
    if (!decoded) continue
    const lines = lineView(decoded.text).view.split('\n')
    for (const [i, line] of lines.entries()) {
      if (!re.test(line)) continue
      total++
      if (out.length < MAX_GREP_MATCHES) {
        const text = line.length > MAX_GREP_LINE_CHARS ? `${headChars(line, MAX_GREP_LINE_CHARS)}…` : line
        out.push(`${display(ws, file)}:${i + 1}: ${text}`)
      }
    }
  }
  if (total === 0) return `No matches for ${JSON.stringify(input.pattern)}.`
  const more = total > out.length ? `\n[${total - out.length} more matches not shown; narrow the search]` : ''
  return out.join('\n') + more
}
