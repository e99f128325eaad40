// Secrets (API keys, GITHUB_TOKEN, masked values) must never reach the database or the cache,
// nor leave the runner in a comment, an output or the job summary. Every text the store writes
// passes through here, and main passes everything it writes outward through the same redaction.
// Two kinds of value are redacted: the secrets the action knows (exactly, raw or JSON-escaped),
// and values shaped like a credential (CREDENTIAL_PATTERNS) — e.g. a DATABASE_URL's password,
// which an earlier step may have masked but the action cannot know by its name.

const MIN_SECRET_LENGTH = 4 // shorter values would blank ordinary words

export const REDACTED = '***'

/**
 * Where a credential-shaped value may start: not inside a word (`task-…` holds no `sk-` key),
 * unless the "word" before it is an escape: a JSON escape (`\n`, `\t`, `\u0007`, … in JSON
 * text, where `\nghp_…` must still be caught), a percent-encoded byte (`%3Dghp_…`) or a
 * terminal colour (`ESC[01;31m`, raw or JSON-escaped: `grep --color` highlighting the token).
 */
const ESCAPE_BEFORE = String.raw`(?<=\\[nrtbf]|\\u[0-9A-Fa-f]{4}|%[0-9A-Fa-f]{2}|(?:\x1b|\\u001[bB])\[[0-9;]*m)`
const START = String.raw`(?:(?<![A-Za-z0-9_-])|${ESCAPE_BEFORE})`
/** Where a URL's scheme may start: as START, for the characters of a scheme. */
const SCHEME_START = String.raw`(?:(?<![A-Za-z0-9+.-])|${ESCAPE_BEFORE})`

/** A line break in a PEM block: raw, or JSON-escaped (`\n`, `\\n` when escaped twice). */
const PEM_BREAK = String.raw`(?:\r?\n|\\+r\\+n|\\+n)`

export interface CredentialPattern {
  name: string
  /** The regular expression, as source text. */
  source: string
  /** What replaces a match ($1… refer to the pattern's groups). */
  replacement: string
  /** A token (a prefix and its characters): matched only where a word may start (START). */
  token: boolean
}

const pattern = (name: string, source: string, replacement = REDACTED): CredentialPattern => ({ name, source, replacement, token: false })
const token = (name: string, source: string): CredentialPattern => ({ name, source, replacement: REDACTED, token: true })

/**
 * Values shaped like a credential, whoever holds them. Each pattern is safe inside JSON text:
 * no match includes a quote or starts or ends inside an escape, so redacting a JSON document
 * leaves it parseable. Ordered: a PEM block goes whole before anything inside it could match.
 */
export const CREDENTIAL_PATTERNS: readonly CredentialPattern[] = [
  // A PEM private key (RSA, EC, OPENSSH, ENCRYPTED, PGP … BLOCK), BEGIN to END, whole. The body
  // may hold only what a PEM body holds (base64, header lines, line breaks raw or escaped): a
  // parser's code that builds one from parts ('…-----\n' + body + '\n-----END …') is left alone.
  // It never runs past another BEGIN, so many BEGIN lines in one text cost linear time.
  pattern(
    'pem-private-key',
    String.raw`-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY( BLOCK)?-----(?:(?!-----BEGIN )[A-Za-z0-9+/=\s:,.-]|\\+[nrt]){0,16384}?-----END \1PRIVATE KEY\2-----`,
  ),
  // The start of a PEM private key whose END was cut off (a clipped tool output, `head key.pem`):
  // the header line and the base64 lines under it. A BEGIN line alone (a constant in a parser) is not one.
  pattern(
    'pem-private-key-start',
    String.raw`-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----(?:${PEM_BREAK}[ +-]?[A-Za-z-]+: ?[^\r\n"\\]*)*(?:${PEM_BREAK}[ +-]?[A-Za-z0-9+/=]{40,})+(?:${PEM_BREAK}[ +-]?[A-Za-z0-9+/=]+)?`,
  ),
  // The password of a URL's userinfo (postgres://user:PASSWORD@host/db): only the password goes,
  // the scheme, user and host stay. Not a host:port (no @ after it), not git@github.com:org/repo
  // (no ://), not a placeholder: ${PASSWORD}, $PGPASSWORD, {password}, <password>, %s, %(pw)s
  // or one masked already (***). The last @ before the host ends it (a raw @ in the password).
  // Scheme, user and password are bounded, so no text costs more than linear time.
  pattern(
    'url-password',
    String.raw`(${SCHEME_START}[A-Za-z][A-Za-z0-9+.-]{0,31}://[^\s:/?#@"'\\\x60]{0,256}:)(?!\$[A-Za-z_{(]|[{<]|%(?![0-9A-Fa-f]{2})|\*+@)[^\s/"'\\\x60]{1,256}(?=@[^\s/@"'\\])`,
    `$1${REDACTED}`,
  ),
  // The credential of an HTTP Authorization header (Basic/Bearer/token …), as curl -v prints it
  // and as actions/checkout persists it in .git/config (http.<url>.extraheader = AUTHORIZATION:
  // basic <base64 of x-access-token:TOKEN>): only the credential goes.
  pattern(
    'authorization-header',
    String.raw`(\b[Aa][Uu][Tt][Hh][Oo][Rr][Ii][Zz][Aa][Tt][Ii][Oo][Nn]:\s{0,8}(?:[Bb]asic|[Bb]earer|[Tt]oken)\s{1,8})(?!\*\*\*)[A-Za-z0-9+/=._~-]{8,}`,
    `$1${REDACTED}`,
  ),
  // GitHub tokens: classic and OAuth/user/server/refresh (ghp_, gho_, ghu_, ghs_, ghr_ + 36 base62 or more) …
  token('github-token', String.raw`gh[pousr]_[A-Za-z0-9]{36,}`),
  // … and fine-grained personal access tokens.
  token('github-fine-grained-pat', String.raw`github_pat_[A-Za-z0-9_]{22,}`),
  // OpenAI and Anthropic keys (sk-…, sk-proj-…, sk-ant-api03-…): 20+ characters with a digit
  // among them, so a kebab-case name (sk-spinner-rotating-plane) or "sk-" in prose is not one.
  token('sk-api-key', String.raw`sk-(?=[A-Za-z0-9_-]*[0-9])[A-Za-z0-9_-]{20,}`),
  // Slack tokens (xoxb-, xoxp-, xoxa-, xoxo-, xoxs-, xoxr-), with a digit (their numeric ids).
  token('slack-token', String.raw`xox[abposr]-(?=[A-Za-z0-9-]*[0-9])[A-Za-z0-9-]{10,}`),
  // AWS access key ids (long-term AKIA…, temporary ASIA…): exactly 16 more, not part of a longer word.
  token('aws-access-key-id', String.raw`(?:AKIA|ASIA)[0-9A-Z]{16}(?![0-9A-Za-z])`),
  // Google API keys: AIza + 35.
  token('google-api-key', String.raw`AIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])`),
  // GitLab personal access tokens (glpat-, 20+; newer ones carry dot-separated parts).
  token('gitlab-pat', String.raw`glpat-[0-9A-Za-z_-]{20,}(?:\.[0-9A-Za-z_-]+)*`),
  // npm access tokens: npm_ + 36 base62.
  token('npm-token', String.raw`npm_[A-Za-z0-9]{36}(?![A-Za-z0-9])`),
  // JSON Web Tokens (the runner's ACTIONS_RUNTIME_TOKEN, OIDC tokens, many API keys): a header
  // and a payload that are base64url JSON objects ({" → eyJ), and a signature.
  token('jwt', String.raw`eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}`),
]

/**
 * The patterns as they run: each of the others on its own, then every token in one expression,
 * so the text is scanned once for all of them (START, checked at each position, is the cost).
 */
const SCANS: ReadonlyArray<{ re: RegExp; replacement: string }> = [
  ...CREDENTIAL_PATTERNS.filter((p) => !p.token).map((p) => ({ re: new RegExp(p.source, 'g'), replacement: p.replacement })),
  {
    re: new RegExp(
      `${START}(?:${CREDENTIAL_PATTERNS.filter((p) => p.token)
        .map((p) => p.source)
        .join('|')})`,
      'g',
    ),
    replacement: REDACTED,
  },
]

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

  /** How many exact forms (raw and escaped) of the known secrets are redacted. */
  get size(): number {
    return this.secrets.length
  }

  /** `value` with every known secret and every credential-shaped value replaced by `***`. */
  text(value: string): string {
    let out = value
    for (const secret of this.secrets) out = out.split(secret).join(REDACTED)
    for (const { re, replacement } of SCANS) out = out.replace(re, replacement)
    return out
  }

  /** Whether any secret or credential-shaped value appears in `data` (text or bytes, e.g. a workspace patch). */
  foundIn(data: string | Buffer): boolean {
    if (this.secrets.some((secret) => data.includes(secret))) return true
    // latin1 keeps every byte as one character: the patterns are ASCII.
    const text = typeof data === 'string' ? data : data.toString('latin1')
    return SCANS.some(({ re }) => text.search(re) !== -1)
  }

  /**
   * `value` as JSON text, redacted: every string is redacted raw before it is escaped (so a
   * pattern sees the value, not its escapes), then the text once more (a secret in a key).
   */
  json(value: unknown): string {
    return this.text(JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' ? this.text(v) : v)))
  }
}
