// Markdown pieces the summary and the delivery block share. Pure.

/** Table cells: a pipe or newline in free text (an outcome, a path) would break the row. */
export function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')
}

/** Inline code; a backtick inside would end it early, so it becomes a quote. */
export const code = (text: string): string => `\`${text.replace(/`/g, "'")}\``
