// Does a comment address the agent? Only the author's own prose does. A phrase inside quoted
// text (a reply quoting an earlier request), fenced, indented or inline code, an HTML comment,
// or a path or URL is a mention, not an address: "> /agent fix it" quoted in a thank-you reply
// must not start a run. The README's "Triggers" section states this rule; keep them together.

/** The text of a GitHub-flavoured Markdown body with quotes, code and HTML comments removed (one line per source line). */
export function addressedText(markdown: string): string {
  const withoutComments = markdown.replace(/<!--[\s\S]*?(?:-->|$)/g, (m) => m.replace(/[^\n]/g, ''))
  const out: string[] = []
  let fence: string | undefined
  let previousBlank = true
  let inIndentedCode = false
  for (const line of withoutComments.split(/\r?\n/)) {
    if (fence !== undefined) {
      // A fence closes with at least as many of the same character, and nothing else.
      if (new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`).test(line)) fence = undefined
      out.push('')
      continue
    }
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(line)
    if (open) {
      fence = open[1]
      out.push('')
      continue
    }
    const blank = line.trim() === ''
    // Indented code starts after a blank line and goes on while lines stay indented (or blank).
    inIndentedCode = /^( {4}|\t)/.test(line) && (previousBlank || inIndentedCode) && !blank ? true : blank ? inIndentedCode : false
    previousBlank = blank
    if (inIndentedCode || /^ {0,3}>/.test(line)) {
      out.push('')
      continue
    }
    out.push(withoutInlineCode(line))
  }
  return out.join('\n')
}

/** A line without its inline code spans (a run of backticks up to the next run of the same length). */
function withoutInlineCode(line: string): string {
  return line.replace(/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, ' ')
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * Whether `text` addresses the agent with `trigger`: the phrase as a word of its own in the
 * author's prose. "/agent fix it" and "hey /agent," match; "/agents", "x/agent", a path like
 * "/agent/run.ts" or "docs/agent.md", a URL, and any quoted or code text don't. Case-insensitive,
 * because people type "/Agent" on phones. An empty trigger matches everything.
 */
export function containsTrigger(text: string, trigger: string): boolean {
  const phrase = trigger.trim()
  if (!phrase) return true
  // Not after a word character, '/', '-', '.', ':' or '@' (a path, a URL, a domain, a mention);
  // not before a word character or '-', nor a '/' or '.' that continues a path or file name.
  return new RegExp(`(^|[^\\w/\\-.:@])${escapeRegExp(phrase)}(?![\\w-]|[/.][^\\s])`, 'i').test(addressedText(text))
}
