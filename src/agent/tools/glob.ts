// A small glob matcher and workspace walker. Node 20 has no fs.glob (22+), and the rules an
// agent needs are few: `**`, `*`, `?`, `{a,b}`, `[abc]`. A pattern without a `/` matches a
// file name at any depth (as ripgrep's --glob does), so `*.ts` finds every TypeScript file.
// Paths are matched with `/` separators on every platform; on Windows a `\` in a pattern is one.
import { readdirSync } from 'node:fs'
import { join } from 'node:path'

export function globToRegExp(glob: string, windows = process.platform === 'win32'): RegExp {
  const pattern = windows ? glob.replaceAll('\\', '/') : glob
  const anyDepth = !pattern.includes('/')
  let src = ''
  let inBraces = 0
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        const slash = pattern[i + 2] === '/'
        src += slash ? '(?:.*/)?' : '.*'
        i += slash ? 2 : 1
      } else src += '[^/]*'
    } else if (c === '?') src += '[^/]'
    else if (c === '{') {
      inBraces++
      src += '(?:'
    } else if (c === '}' && inBraces > 0) {
      inBraces--
      src += ')'
    } else if (c === ',' && inBraces > 0) src += '|'
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 2)
      if (end === -1) src += '\\['
      else {
        const body = pattern
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\')
        src += `[${body}]`
        i = end
      }
    } else src += c.replace(/[.+^$()|\\\]{}]/g, '\\$&')
  }
  return new RegExp(anyDepth ? `^(?:.*/)?${src}$` : `^${src}$`)
}

export interface WalkOptions {
  /** Stop after visiting this many entries (a huge tree must not stall a step). */
  maxEntries?: number
  /** Also descend into node_modules. */
  includeNodeModules?: boolean
}

export interface WalkResult {
  /** Paths relative to the start directory, `/`-separated, files only, sorted. */
  files: string[]
  truncated: boolean
}

/** Files under `dir`, skipping `.git` (and node_modules unless asked); symlinks are not followed. */
export function walkFiles(dir: string, options: WalkOptions = {}): WalkResult {
  const maxEntries = options.maxEntries ?? 50_000
  const files: string[] = []
  let visited = 0
  let truncated = false
  const stack: string[] = ['']
  while (stack.length > 0) {
    const rel = stack.pop()!
    let entries
    try {
      entries = readdirSync(join(dir, rel), { withFileTypes: true })
    } catch {
      continue // unreadable directory: skip, as `find` would report and go on
    }
    for (const entry of entries) {
      if (++visited > maxEntries) {
        truncated = true
        break
      }
      const path = rel === '' ? entry.name : `${rel}/${entry.name}`
      if (entry.isDirectory()) {
        if (entry.name === '.git' || (entry.name === 'node_modules' && !options.includeNodeModules)) continue
        stack.push(path)
      } else if (entry.isFile() || entry.isSymbolicLink()) files.push(path)
    }
    if (truncated) break
  }
  files.sort()
  return { files, truncated }
}
