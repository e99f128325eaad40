/** A failure the model should read and can act on (bad path, no match…), not a crash. */
export class ToolError extends Error {
  override name = 'ToolError'
}
