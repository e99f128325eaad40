// Redaction of credential-shaped values (GitHub issue 15, item 4): every pattern of
// src/store/redact.ts, the ordinary text it must leave alone, JSON that stays JSON, the
// workspace-patch check, and the wrappers through which main's comments, outputs and summary leave.
// Token-shaped test values are built at run time, so no scanner takes this file for a leak.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Outputs } from '../src/constants.js'
import { redactedComments } from '../src/github/ports.js'
import { PROGRESS_COMMENT_ID_KEY, ProgressComment } from '../src/github/progress-comment.js'
import type { CommentPort } from '../src/github/ports.js'
import { redactedReportPorts, writeReport, writeStopReport, type ReportPorts } from '../src/report/write.js'
import type { RunReport } from '../src/report/types.js'
import { credentialValues, secretsToProtect } from '../src/secrets.js'
import { withoutSecretFiles } from '../src/session/checkpoint.js'
import { CREDENTIAL_PATTERNS, REDACTED } from '../src/store/redact.js'
import { openStore, Redactor } from '../src/store/index.js'
import { tempDir } from './support/temp.js'

const rep = (s: string, n: number) => s.repeat(n)
const GHP = `ghp_${rep('aB3d', 9)}` // 36 after the prefix
const GHS = `ghs_${rep('Zx9Q', 10)}`
const GHO = `gho_${rep('k7Lm', 9)}`
const GHU = `ghu_${rep('P0oi', 9)}`
const GHR = `ghr_${rep('uY6t', 9)}`
const FINE_PAT = `github_pat_11ABCDEFG0${rep('aZ9_', 6)}${rep('Qw3e', 14)}`
const SK_OPENAI = `sk-${rep('T3stK3y', 7)}`
const SK_PROJ = `sk-proj-${rep('Ab1_-cD2', 12)}`
const SK_ANT = `sk-ant-api03-${rep('xY7-zW8_', 11)}AA`
const SLACK = `xoxb-123456789012-1234567890123-${rep('AbCd', 6)}`
const SLACK_USER = `xoxp-${rep('9876543210', 2)}-${rep('aBcD', 5)}`
const AWS = `AKIA${rep('Q7ZX', 4)}`
const AWS_TEMP = `ASIA${rep('2B4D', 4)}`
const GOOGLE = `AIza${rep('Sy-9_', 7)}`
const GITLAB = `glpat-${rep('x1Y2z3', 4)}`
const NPM = `npm_${rep('Ab3dE', 7)}q`
const JWT = `eyJ${rep('hbGciOi', 3)}.eyJ${rep('zdWIiOi', 4)}.${rep('Sf_lKx-9', 5)}`
const PEM_BODY = [
  rep('MIIEowIBAAKCAQEA0Z3VS5JJcds3xfn/ygWyF8PbnGy0AHB7MhgHcTz6sE2I2yPB', 1),
  rep('aFDrBz9vFqU4yB0Qy4A8hVDs0ZXK5lJk3b5h1K1mPqW6E3F5XJ0Z', 1),
  'Qw==',
]
const PEM = ['-----BEGIN RSA PRIVATE KEY-----', ...PEM_BODY, '-----END RSA PRIVATE KEY-----'].join('\n')
const OPENSSH = [
  '-----BEGIN OPENSSH PRIVATE KEY-----',
  rep('b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAAB', 1),
  '-----END OPENSSH PRIVATE KEY-----',
].join('\n')

const TOKENS = { GHP, GHS, GHO, GHU, GHR, FINE_PAT, SK_OPENAI, SK_PROJ, SK_ANT, SLACK, SLACK_USER, AWS, AWS_TEMP, GOOGLE, GITLAB, NPM, JWT }

describe('credential-shaped values', () => {
  const r = new Redactor()

  it.each(Object.entries(TOKENS))('redacts %s wherever it stands, and only it', (_name, token) => {
    for (const [before, after] of [
      ['token ', ' end'],
      ['KEY=', '\n'],
      ['"', '"'],
      ['Authorization: Bearer ', ''],
      ['(', ').'],
      ['?key=', '&x=1'],
      ['%3D', ''],
    ] as const) {
      expect(r.text(`${before}${token}${after}`)).toBe(`${before}${REDACTED}${after}`)
    }
    expect(r.foundIn(`x ${token} y`)).toBe(true)
  })

  it('keeps the scheme, user and host of a URL and replaces only its password', () => {
    expect(r.text('DATABASE_URL=postgres://app:s3cr3t-Pa55@db.internal:5432/app?sslmode=require')).toBe(
      'DATABASE_URL=postgres://app:***@db.internal:5432/app?sslmode=require',
    )
    expect(r.text('redis://:hunter2hunter2@cache:6379/0')).toBe('redis://:***@cache:6379/0')
    expect(r.text('https://x-access-token:not-a-pattern-token@github.com/o/r.git')).toBe('https://x-access-token:***@github.com/o/r.git')
    // A raw @ in the password: the last @ before the host ends it.
    expect(r.text('mysql://root:p@ss:w0rd@10.0.0.5/db')).toBe('mysql://root:***@10.0.0.5/db')
    expect(r.text('amqp://guest:%40guest%2F@rabbit/vhost')).toBe('amqp://guest:***@rabbit/vhost')
    expect(r.text('see [the db](postgres://u:pw1@h/db).')).toBe('see [the db](postgres://u:***@h/db).')
  })

  it('redacts a PEM private key block whole, raw, JSON-escaped and as patch lines', () => {
    expect(r.text(`before\n${PEM}\nafter`)).toBe(`before\n${REDACTED}\nafter`)
    expect(r.text(OPENSSH)).toBe(REDACTED)
    const escaped = JSON.stringify(`key:\n${PEM}\n`)
    expect(r.text(escaped)).toBe(JSON.stringify(`key:\n${REDACTED}\n`))
    const twice = JSON.stringify(JSON.stringify({ private_key: PEM }))
    expect(r.text(twice)).not.toContain('MIIEowIBAAKCAQEA')
    const patchLines = PEM.split('\n')
      .map((l) => `+${l}`)
      .join('\n')
    expect(r.text(`@@ -0,0 +1,5 @@\n${patchLines}\n`)).not.toContain('MIIEowIBAAKCAQEA')
    // Cut off before its END (a clipped output): the header and the base64 lines under it go.
    const clipped = `cat key.pem\n${PEM.split('\n').slice(0, 3).join('\n')}\n[output cut]`
    expect(r.text(clipped)).toBe(`cat key.pem\n${REDACTED}\n[output cut]`)
  })

  it('leaves ordinary text and code alone', () => {
    const ordinary = [
      'the sk- prefix marks an OpenAI key',
      'sk-spinner-rotating-plane-animation', // kebab-case, no digit
      'task-1234567890abcdefghijklmnop-queue', // sk- inside a word
      'risk-assessment-2024-quarterly-report',
      'https://github.com/octo-org/hello-world/actions/runs/1/attempts/1',
      'http://localhost:3000/api/users',
      'https://example.com:443/a@b',
      'git@github.com:octo-org/hello-world.git',
      'ssh://git@github.com/octo-org/hello-world.git',
      'mailto:alice@example.com',
      'const url = `postgres://${user}:${password}@${host}/db`',
      'url = f"postgres://{user}:{password}@{host}/db"',
      'psql "postgres://app:$PGPASSWORD@db/app"',
      "'mysql://%s:%s@%s/db' % (user, pw, host)",
      'https://user:<token>@example.com',
      'postgres://app:***@db/app',
      "const HEADER = '-----BEGIN PRIVATE KEY-----'",
      "pem = '-----BEGIN PRIVATE KEY-----\\n' + body + '\\n-----END PRIVATE KEY-----'",
      'ghp_short',
      'xoxb-not-a-token',
      'AKIAlowercase0000000',
      `AKIA${rep('Q7ZX', 5)}`, // too long for an access key id
      'glpat-short',
      'a4f1c2e3b5d6a7f8e9d0c1b2a3f4e5d6c7b8a9f0', // a commit SHA
      'ghs_Q7wE2rT9yU4iO1pA6sD3fG8hJ5kL0z', // 30 after the prefix: shorter than a GitHub token
    ]
    for (const text of ordinary) {
      expect(r.text(text), text).toBe(text)
      expect(r.foundIn(text), text).toBe(false)
    }
  })

  it('catches a value an earlier step masked whose name says nothing (DATABASE_URL)', () => {
    const env = { DATABASE_URL: 'postgres://app:Tr0ub4dor-and-3@db.internal:5432/app', PATH: '/usr/bin' }
    expect(credentialValues(env)).toEqual([]) // not a credential by its name …
    const redactor = new Redactor(secretsToProtect(['sk-known-input-key'], env))
    const leaked = `$ env\nDATABASE_URL=${env.DATABASE_URL}\nPATH=/usr/bin`
    const out = redactor.text(leaked) // … but shaped like one
    expect(out).toBe('$ env\nDATABASE_URL=postgres://app:***@db.internal:5432/app\nPATH=/usr/bin')
    expect(redactor.foundIn(leaked)).toBe(true)
  })

  it('has one pattern per kind; the tokens only where a word may start', () => {
    expect(CREDENTIAL_PATTERNS.map((p) => p.name)).toEqual([
      'pem-private-key',
      'pem-private-key-start',
      'url-password',
      'authorization-header',
      'github-token',
      'github-fine-grained-pat',
      'sk-api-key',
      'slack-token',
      'aws-access-key-id',
      'google-api-key',
      'gitlab-pat',
      'npm-token',
      'jwt',
    ])
    expect(CREDENTIAL_PATTERNS.filter((p) => !p.token).map((p) => p.name)).toEqual([
      'pem-private-key',
      'pem-private-key-start',
      'url-password',
      'authorization-header',
    ])
  })

  it('redacts the credential of an Authorization header, as checkout persists it in .git/config', () => {
    const basic = Buffer.from('x-access-token:not-a-pattern-token-1234').toString('base64')
    expect(r.text(`\textraheader = AUTHORIZATION: basic ${basic}\n`)).toBe(`\textraheader = AUTHORIZATION: basic ${REDACTED}\n`)
    expect(r.text('> Authorization: Bearer abc.def-ghi_jkl')).toBe(`> Authorization: Bearer ${REDACTED}`)
    expect(JSON.parse(r.json({ out: `AUTHORIZATION: basic ${basic}` }))).toEqual({ out: `AUTHORIZATION: basic ${REDACTED}` })
    expect(r.text('the Authorization: header carries basic credentials')).toBe('the Authorization: header carries basic credentials')
  })
})

describe('JSON stays JSON', () => {
  const KNOWN = 'my-known-secret-"quoted"\\slash'
  const r = new Redactor([KNOWN])
  const everything = [...Object.values(TOKENS), PEM, OPENSSH, 'postgres://u:pw-1x@h/db', KNOWN]
  const value = {
    text: `all of them:\n${everything.join('\n')}\n`,
    each: everything.map((t, i) => ({ [`k${i}`]: `\u001b[32m${t}\u001b[0m`, line: `\n${t}\t` })),
    nested: JSON.stringify({ config: { key: GHP, pem: PEM, url: 'https://u:pw-2x@h' } }),
    number: 42,
    nothing: null,
  }

  it('redactor.json() parses back, with every value gone and the rest kept', () => {
    const out = r.json(value)
    const parsed = JSON.parse(out) as typeof value
    expect(parsed.number).toBe(42)
    expect(parsed.text.startsWith('all of them:\n')).toBe(true)
    for (const secret of [...everything.filter((t) => !t.includes('://')), 'pw-1x', 'pw-2x', 'MIIEowIBAAKCAQEA', 'b3BlbnNzaC1rZXkt']) {
      expect(out).not.toContain(secret)
      expect(out).not.toContain(JSON.stringify(secret).slice(1, -1))
    }
    expect(parsed.text).toContain('postgres://u:***@h/db')
    expect(JSON.parse(parsed.nested)).toEqual({ config: { key: REDACTED, pem: REDACTED, url: 'https://u:***@h' } })
  })

  it('redacting JSON text directly (the escaped forms) never breaks it either', () => {
    const out = r.text(JSON.stringify(value))
    const parsed = JSON.parse(out) as typeof value
    for (const secret of [GHP, SK_PROJ, AWS, 'pw-1x', 'MIIEowIBAAKCAQEA', KNOWN]) {
      expect(JSON.stringify(parsed)).not.toContain(secret)
    }
    // Escaped twice (JSON in a JSON string) still parses, twice.
    const twice = r.text(JSON.stringify(JSON.stringify(value)))
    expect(() => JSON.parse(JSON.parse(twice) as string) as unknown).not.toThrow()
    expect(twice).not.toContain(GHP)
  })
})

describe('foundIn and the workspace snapshot', () => {
  const file = (path: string, line: string) =>
    [`diff --git a/${path} b/${path}`, 'new file mode 100644', '--- /dev/null', `+++ b/${path}`, '@@ -0,0 +1 @@', `+${line}`].join('\n')

  it('finds credential-shaped values in text and bytes with no known secret', () => {
    const r = new Redactor()
    expect(r.foundIn(Buffer.from(`x=${SK_ANT}`))).toBe(true)
    expect(r.foundIn(Buffer.from(PEM))).toBe(true)
    expect(r.foundIn('nothing to see here: sk- and ghp_ are prefixes')).toBe(false)
  })

  it('leaves out a changed file that holds a credential-shaped value', () => {
    const patch = Buffer.from(
      [
        file('keep.txt', 'harmless'),
        file('.env', 'DATABASE_URL=postgres://app:pw-9q@db/app'),
        file('ci.yml', `token: ${GHP}`),
        file('id_rsa', PEM.replace(/\n/g, '\n+')),
        '',
      ].join('\n'),
    )
    const { patch: kept, dropped } = withoutSecretFiles(patch, new Redactor())
    expect(dropped).toEqual(['.env', 'ci.yml', 'id_rsa'])
    expect(kept.toString()).toContain('+harmless')
  })
})

describe('the store', () => {
  it('writes no credential-shaped value to the database', () => {
    const dir = tempDir('ar-redact-')
    const { store } = openStore(join(dir, 's.db'), { warn: () => {}, secrets: [] })
    const { id } = store.createSession({ runId: '1', sessionKey: 'k' })
    store.appendMessages(id, 1, 1, [
      { role: 'user', content: `connect with postgres://app:pw-7z@db/app and ${GHP}` },
      { role: 'assistant', content: [{ type: 'tool-call', toolCallId: 'c1', toolName: 'write_file', input: { content: PEM } }] },
    ])
    store.checkpoint()
    const all = JSON.stringify(store.db.prepare('SELECT content FROM parts').pluck().all())
    expect(all).not.toContain('pw-7z')
    expect(all).not.toContain(GHP)
    expect(all).not.toContain('MIIEowIBAAKCAQEA')
    expect(all).toContain('postgres://app:***@db/app')
    store.close()
  })
})

describe('what main writes outward', () => {
  const redactor = new Redactor(['the-known-api-key-1234'])
  const redact = (t: string) => redactor.text(t)
  const answer = `Done. Key the-known-api-key-1234, token ${GHP}, db postgres://u:pw-5k@h/db,\n${PEM}`
  const leaks = (text: string) => ['the-known-api-key-1234', GHP, 'pw-5k', 'MIIEowIBAAKCAQEA'].filter((s) => text.includes(s))

  function capture(): { ports: ReportPorts; outputs: Map<string, string>; summaries: string[] } {
    const outputs = new Map<string, string>()
    const summaries: string[] = []
    const ports: ReportPorts = {
      outputs: { setOutput: (name, value) => void outputs.set(name, value) },
      summary: { write: async (md) => void summaries.push(md) },
    }
    return { ports, outputs, summaries }
  }

  it('outputs and the job summary', async () => {
    const c = capture()
    const report: RunReport = {
      sessionId: 's',
      resumed: false,
      attempt: 1,
      outcome: 'failed',
      reason: `401 from https://u:pw-5k@api.example: ${GHP}`,
      response: answer,
      steps: 1,
      tokensIn: 0,
      tokensOut: 0,
      tokensCacheRead: 0,
      tokensCacheWrite: 0,
      compactions: 0,
      persisted: true,
      cacheHit: false,
      attempts: [],
    }
    await writeReport(report, redactedReportPorts(c.ports, redact))
    expect(c.outputs.get(Outputs.Response)).toContain('Done. Key ***, token ***, db postgres://u:***@h/db')
    expect(leaks([...c.outputs.values()].join('\n'))).toEqual([])
    expect(c.summaries).toHaveLength(1)
    expect(leaks(c.summaries.join('\n'))).toEqual([])
    await writeStopReport('refused', `echo ${GHP}`, redactedReportPorts(c.ports, redact))
    expect(leaks(c.summaries.join('\n'))).toEqual([])
  })

  it('every comment body, with its hidden marker intact', async () => {
    const bodies = new Map<number, string>()
    const port: CommentPort = {
      createComment: async (_issue, body) => {
        bodies.set(bodies.size + 1, body)
        return { id: bodies.size }
      },
      updateComment: async (id, body) => void bodies.set(id, body),
      getComment: async (id) => {
        const body = bodies.get(id)
        return body === undefined ? undefined : ({ id, body } as Awaited<ReturnType<CommentPort['getComment']>>)
      },
      listAllComments: async () => [],
    }
    const kv = new Map<string, string>()
    const run = {
      serverUrl: 'https://github.com',
      repo: { owner: 'o', repo: 'r' },
      runId: '55',
      attempt: 1,
      workflowRef: 'o/r/.github/workflows/a.yml@main',
    }
    const comment = new ProgressComment({
      port: redactedComments(port, redact),
      kv: { get: (k) => kv.get(k), set: (k, v) => void kv.set(k, v) },
      issueNumber: 7,
      run,
      sessionKey: 'agent',
    })
    await comment.start()
    await comment.fail(`401 for ${GHP}`, { resumable: true, failedAfterStep: 2 })
    expect(leaks(bodies.get(1) ?? '')).toEqual([])
    await comment.finish(answer, 3)
    const body = bodies.get(1) ?? ''
    expect(kv.get(PROGRESS_COMMENT_ID_KEY)).toBe('1')
    expect(body).toContain('<!-- agent-resume: run=55 key=agent -->')
    expect(body).toContain('**✅ Done**')
    expect(body).toContain('Done. Key ***, token ***, db postgres://u:***@h/db')
    expect(leaks(body)).toEqual([])
  })
})
