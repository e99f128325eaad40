// Secrets (API keys, GITHUB_TOKEN, masked values) must never reach the database or the cache.
// Every text the store writes passes through here.

const MIN_SECRET_LENGTH = 4 // shorter values would blank ordinary words

export const REDACTED = '***'

export class Redactor {
  private secrets: string[] = []

  constructor(secrets: Iterable<string> = []) {
    this.add(...secrets)
  }

  add(...values: string[]): void {
    for (const value of values) {
      if (value.length < MIN_SECRET_LENGTH) continue
      // A secret can appear raw, or escaped inside JSON text.
      for (const form of [value, JSON.stringify(value).slice(1, -1)]) {
        if (!this.secrets.includes(form)) this.secrets.push(form)
      }
    }
    // Longest first, so a secret that contains another is replaced whole.
    this.secrets.sort((a, b) => b.length - a.length)
  }

  get size(): number {
    return this.secrets.length
  }

  text(value: string): string {
    let out = value
    for (const secret of this.secrets) out = out.split(secret).join(REDACTED)
    return out
  }

  /** Whether any secret appears in `data` (text or bytes, e.g. a workspace patch). */
  foundIn(data: string | Buffer): boolean {
    return this.secrets.some((secret) => data.includes(secret))
  }

  json(value: unknown): string {
    return this.text(JSON.stringify(value))
  }
}
