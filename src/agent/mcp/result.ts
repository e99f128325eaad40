// An MCP tool's result as the text our own tools return: text content as it is, everything else
// (images, audio, binary resources, links) as a one-line note, structured content as JSON.
import { capText } from '../tools/cap.js'

interface Content {
  type?: unknown
  text?: unknown
  mimeType?: unknown
  data?: unknown
  uri?: unknown
  name?: unknown
  resource?: { uri?: unknown; mimeType?: unknown; text?: unknown; blob?: unknown }
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '')
const size = (base64: unknown): string => `${Math.floor((str(base64).length * 3) / 4).toLocaleString('en-US')} bytes`

function describe(c: Content): string {
  switch (c.type) {
    case 'text':
      return str(c.text)
    case 'image':
    case 'audio':
      return `[${c.type} (${str(c.mimeType) || 'unknown type'}, ${size(c.data)}) not shown: only text reaches the model]`
    case 'resource': {
      const r = c.resource ?? {}
      if (typeof r.text === 'string') return r.text
      return `[resource ${str(r.uri)} (${str(r.mimeType) || 'binary'}, ${size(r.blob)}) not shown]`
    }
    case 'resource_link':
      return `[resource link: ${str(c.uri)}${c.name ? ` (${str(c.name)})` : ''}]`
    default:
      return `[${str(c.type) || 'unknown'} content not shown]`
  }
}

/** The text the model reads (capped) and whether the server said the call failed. */
export function mcpResultText(result: unknown, limit: number): { text: string; isError: boolean } {
  const r = (typeof result === 'object' && result !== null ? result : {}) as Record<string, unknown>
  const isError = r.isError === true
  const content = Array.isArray(r.content) ? (r.content as Content[]) : []
  let text = content.map(describe).join('\n')
  if (text.trim() === '' && r.structuredContent !== undefined) text = JSON.stringify(r.structuredContent, null, 2)
  if (text.trim() === '' && r.toolResult !== undefined) text = JSON.stringify(r.toolResult, null, 2)
  if (text.trim() === '') text = isError ? '(the tool failed and said nothing)' : '(no output)'
  return { text: capText(text, limit), isError }
}
