// Clipping never leaves half a character: a table of astral characters at each limit, through
// the helper and through every place that clips (request bodies, tool output, comment text,
// the summary and the response output).
import { describe, expect, it } from 'vitest'
import { BoundedCollector, capText } from '../src/agent/tools/cap.js'
import { briefReason } from '../src/github/comment-body.js'
import { clip } from '../src/github/fence.js'
import { renderSummary } from '../src/report/summary.js'
import { MAX_RESPONSE_OUTPUT_BYTES, reportOutputs } from '../src/report/write.js'
import type { RunReport } from '../src/report/types.js'
import { progressMarker } from '../src/github/marker.js'
import { readSettings } from '../src/inputs.js'
import { readRunContext } from '../src/run-context.js'
import { ellipsize, encodeSegment, headBytes, headChars, tailChars } from '../src/text.js'
import { inputDefaults } from './support/action-harness.mjs'

/** True when every surrogate in `s` is half of a well-formed pair. */
const wellFormed = (s: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s)

const ROCKET = '🚀' // U+1F680: 2 UTF-16 code units, 4 UTF-8 bytes
const SAMPLES = ['a'.repeat(7_999) + ROCKET, ROCKET.repeat(10), `x${ROCKET}y${ROCKET}z`, 'é'.repeat(20), `${ROCKET}é中${ROCKET}`]

describe('headChars / tailChars / ellipsize', () => {
  it.each(SAMPLES.map((s) => [s.slice(0, 12) + (s.length > 12 ? '…' : ''), s]))('%s: every limit gives whole characters', (_, s) => {
    for (let max = 0; max <= Math.min(s.length + 1, 8_010); max += max < 20 || max > 7_990 ? 1 : 97) {
      const head = headChars(s, max)
      const tail = tailChars(s, max)
      expect(wellFormed(head) && wellFormed(tail) && wellFormed(ellipsize(s, Math.max(1, max)))).toBe(true)
      expect(head.length).toBeLessThanOrEqual(max)
      expect(max - head.length).toBeLessThanOrEqual(s.length > max ? 1 : max - s.length)
      expect(s.startsWith(head) && s.endsWith(tail)).toBe(true)
      expect(tail.length).toBeLessThanOrEqual(max)
    }
  })

  it('cuts 7,999 ASCII characters and a rocket at 8,000 before the rocket', () => {
    expect(headChars('a'.repeat(7_999) + ROCKET, 8_000)).toBe('a'.repeat(7_999))
    expect(headChars('a'.repeat(7_998) + ROCKET, 8_000)).toBe('a'.repeat(7_998) + ROCKET)
    expect(tailChars(ROCKET + 'b', 2)).toBe('b')
  })
})

describe('headBytes', () => {
  it.each([
    ['ascii', 'abcdef', 4, 'abcd'],
    ['é is 2 bytes', 'aé', 2, 'a'],
    ['中 is 3 bytes', '中中', 5, '中'],
    ['🚀 is 4 bytes', `a${ROCKET}`, 4, 'a'],
    ['🚀 fits at 5', `a${ROCKET}`, 5, `a${ROCKET}`],
    ['zero', ROCKET, 0, ''],
  ])('%s', (_, text, max, expected) => {
    expect(headBytes(text, max)).toBe(expected)
    expect(Buffer.byteLength(headBytes(text, max))).toBeLessThanOrEqual(max)
  })
})

describe('every place that clips', () => {
  it('request bodies and diff hunks (fence clip) cut before a rocket at the limit', () => {
    const out = clip('a'.repeat(7_999) + ROCKET + 'tail', 8_000)
    expect(wellFormed(out)).toBe(true)
    expect(out).toBe(`${'a'.repeat(7_999)}\n[… 6 more characters not shown]`)
  })

  it('tool output caps keep whole characters at both ends', () => {
    for (let limit = 180; limit < 260; limit++) expect(wellFormed(capText(ROCKET.repeat(200), limit))).toBe(true)
    for (let half = 1; half < 12; half++) {
      const c = new BoundedCollector(half)
      for (const chunk of [ROCKET, `a${ROCKET}`, ROCKET.repeat(5), 'bc', ROCKET]) c.push(chunk)
      expect(wellFormed(c.text()), `half ${half}`).toBe(true)
    }
  })

  it('a failure reason in the progress comment is cut whole', () => {
    for (let max = 2; max < 12; max++) expect(wellFormed(briefReason(ROCKET.repeat(20), max))).toBe(true)
  })

  it('the summary and the response output cut long answers between whole characters', () => {
    const response = ROCKET.repeat(200_000) // 800,000 bytes
    const report: RunReport = {
      sessionId: 's',
      resumed: false,
      attempt: 1,
      outcome: 'completed',
      response,
      steps: 1,
      tokensIn: 1,
      tokensOut: 1,
      tokensCacheRead: 0,
      tokensCacheWrite: 0,
      compactions: 0,
      persisted: true,
      cacheHit: false,
      attempts: [],
    }
    const summary = renderSummary(report)
    expect(wellFormed(summary)).toBe(true)
    expect(summary).toMatch(/cut here: the answer is 800,000 bytes/)
    expect(Buffer.byteLength(summary)).toBeLessThan(70 * 1024)
    const output = reportOutputs(report).response
    expect(wellFormed(output)).toBe(true)
    expect(Buffer.byteLength(output)).toBe(MAX_RESPONSE_OUTPUT_BYTES)
  })
})

describe('session keys as users pass them', () => {
  const KEYS = [
    'agent',
    'pr-42',
    'pr_42',
    'a--b',
    'a-b',
    'build/pkg@1.2',
    'a, b',
    'has space',
    '..',
    '.',
    '../../etc',
    '-->',
    'π-ключ-🚀',
    '%41',
    'A',
  ]

  it('encode injectively into [A-Za-z0-9._%], never "." or "..", never "--" or ">"', () => {
    const encoded = KEYS.map(encodeSegment)
    expect(new Set(encoded).size).toBe(KEYS.length)
    for (const e of encoded) {
      expect(e).toMatch(/^[A-Za-z0-9._%]+$/)
      expect(['.', '..']).not.toContain(e)
    }
    expect(encodeSegment('build/pkg@1.2')).toBe('build%2Fpkg%401.2')
    expect(() => encodeSegment('half \uD83D')).toThrow(/surrogate/)
  })

  it('keep the database inside RUNNER_TEMP/agent-resume, one directory per key', () => {
    const paths = KEYS.map((key) => {
      const values: Record<string, string> = { ...inputDefaults(), 'session-key': key }
      const settings = readSettings((name) => values[name] ?? '')
      const env = { GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '1', RUNNER_TEMP: '/runner/_temp', GITHUB_WORKSPACE: '/w' }
      return readRunContext(settings, env).dbPath
    })
    expect(new Set(paths).size).toBe(KEYS.length)
    for (const p of paths) expect(p).toMatch(/^\/runner\/_temp\/agent-resume\/[A-Za-z0-9._%]+\/session\.db$/)
  })

  it('give each key its own progress-comment marker that stays one HTML comment', () => {
    const markers = KEYS.map((k) => progressMarker('9', k))
    expect(new Set(markers).size).toBe(KEYS.length)
    for (const m of markers) expect(m.slice(4, -3)).not.toMatch(/--|>/)
  })
})
