// The demo's throwaway project and the scripted agent that works on it: a tiny size parser
// without input validation, and eight steps that add validation, a test, run the tests and
// document the change. Plain data, so the demo, its test and the bench share it.

export const TASK =
  'Add input validation to parseSize in src/parse.js: throw a TypeError for non-string input and a ' +
  'RangeError for empty, negative or unknown-unit sizes. Add a test for it and make sure the tests pass.'

const PARSE_JS = `// Parses human-readable sizes such as "10 KB" or "1.5MB" into bytes.
const UNITS = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 }

export function parseSize(text) {
  const match = /^\\s*([\\d.]+)\\s*([a-z]*)\\s*$/i.exec(text)
  const value = Number(match[1])
  const unit = (match[2] || 'B').toUpperCase()
  return Math.round(value * UNITS[unit])
}
`

const PARSE_TEST_JS = `import { test } from 'node:test'
import assert from 'node:assert/strict'
import { parseSize } from '../src/parse.js'

test('parses plain bytes and units', () => {
  assert.equal(parseSize('512'), 512)
  assert.equal(parseSize('10 KB'), 10240)
  assert.equal(parseSize('1.5MB'), 1572864)
})
`

/** The task in a few words, for the demo's header. */
export const TASK_TITLE = 'add input validation to parseSize in src/parse.js, with a test'

/** The origin repository's files (path → content). */
export const REPO_FILES = {
  'package.json': `${JSON.stringify({ name: 'tiny-sizes', version: '1.0.0', type: 'module', scripts: { test: 'node --test test/' } }, null, 2)}\n`,
  'README.md': "# tiny-sizes\n\nParses human-readable sizes into bytes.\n\n```js\nparseSize('10 KB') // 10240\n```\n",
  'src/parse.js': PARSE_JS,
  'test/parse.test.js': PARSE_TEST_JS,
}

const OLD_BODY = `  const match = /^\\s*([\\d.]+)\\s*([a-z]*)\\s*$/i.exec(text)
  const value = Number(match[1])
  const unit = (match[2] || 'B').toUpperCase()
  return Math.round(value * UNITS[unit])`

const NEW_BODY = `  if (typeof text !== 'string') throw new TypeError(\`parseSize expects a string, got \${typeof text}\`)
  const match = /^\\s*(-?[\\d.]+)\\s*([a-z]*)\\s*$/i.exec(text)
  if (!match) throw new RangeError(\`not a size: "\${text}"\`)
  const value = Number(match[1])
  const unit = (match[2] || 'B').toUpperCase()
  if (!Number.isFinite(value) || value < 0) throw new RangeError(\`size must be a non-negative number: "\${text}"\`)
  if (!(unit in UNITS)) throw new RangeError(\`unknown unit "\${match[2]}" (use \${Object.keys(UNITS).join(', ')})\`)
  return Math.round(value * UNITS[unit])`

const VALIDATION_TEST_JS = `import { test } from 'node:test'
import assert from 'node:assert/strict'
import { parseSize } from '../src/parse.js'

test('rejects what is not a size', () => {
  assert.throws(() => parseSize(42), TypeError)
  assert.throws(() => parseSize(''), RangeError)
  assert.throws(() => parseSize('-5 KB'), RangeError)
  assert.throws(() => parseSize('3 parsecs'), RangeError)
})
`

/** What the scripted model does, one model call per entry (see test/support/model-server.mjs). */
export const TURNS = [
  { text: "I'll look at the project first.", toolCalls: [{ name: 'list', args: { pattern: '**/*.js' } }] },
  { toolCalls: [{ name: 'read_file', args: { path: 'src/parse.js' } }] },
  { toolCalls: [{ name: 'read_file', args: { path: 'test/parse.test.js' } }] },
  {
    text: 'parseSize trusts its input. Adding type, format, sign and unit checks.',
    toolCalls: [{ name: 'edit_file', args: { path: 'src/parse.js', old_string: OLD_BODY, new_string: NEW_BODY } }],
  },
  { toolCalls: [{ name: 'write_file', args: { path: 'test/parse-validation.test.js', content: VALIDATION_TEST_JS } }] },
  { text: 'Running the tests.', toolCalls: [{ name: 'bash', args: { command: 'node --test test/ 2>&1 | tail -n 8' } }] },
  {
    toolCalls: [
      {
        name: 'edit_file',
        args: {
          path: 'README.md',
          old_string: "parseSize('10 KB') // 10240\n```\n",
          new_string:
            "parseSize('10 KB') // 10240\n```\n\nInvalid input throws: a `TypeError` for non-strings, a `RangeError` for empty, negative or unknown-unit sizes.\n",
        },
      },
    ],
  },
  {
    text:
      'Done. parseSize now rejects non-strings (TypeError) and empty, negative or unknown-unit sizes (RangeError); ' +
      'test/parse-validation.test.js covers it, the tests pass, and the README documents it.',
  },
]

/** A longer synthetic session for the bench: `n` steps of reads, edits and tiny commands. */
export function benchTurns(n) {
  const turns = []
  for (let i = 0; i < n - 1; i++) {
    const file = `notes/step-${String(i + 1).padStart(2, '0')}.md`
    switch (i % 4) {
      case 0:
        turns.push({ toolCalls: [{ name: 'read_file', args: { path: 'src/parse.js' } }] })
        break
      case 1:
        turns.push({ toolCalls: [{ name: 'write_file', args: { path: file, content: `Step ${i + 1}\n${'lorem ipsum '.repeat(40)}\n` } }] })
        break
      case 2:
        turns.push({ toolCalls: [{ name: 'list', args: { pattern: '**/*' } }] })
        break
      default:
        turns.push({ toolCalls: [{ name: 'bash', args: { command: `echo step ${i + 1} && ls | wc -l` } }] })
    }
  }
  turns.push({ text: `Finished all ${n - 1} steps.` })
  return turns
}

// ---------- the bench's long session (section e): not used by the demo

const TOPICS = ['units', 'rounding', 'whitespace', 'negative sizes', 'decimal points', 'unknown units', 'overflow', 'locales']

/**
 * Design notes for the bench's long session: `count` files of about `bytes` bytes each
 * (docs/notes-NN.md), deterministic text, added to REPO_FILES in the bench's own repository.
 * @returns {Record<string, string>}
 */
export function longSessionFiles(count = 12, bytes = 6 * 1024) {
  const files = {}
  for (let f = 1; f <= count; f++) {
    const name = `docs/notes-${String(f).padStart(2, '0')}.md`
    let body = `# Notes ${f}: parseSize and ${TOPICS[f % TOPICS.length]}\n\n`
    for (let line = 1; ; line++) {
      const topic = TOPICS[(f * 7 + line) % TOPICS.length]
      const next = `${line}. Case ${f}.${line} on ${topic}: parseSize('${(f * line) % 997} ${['B', 'KB', 'MB', 'GB'][line % 4]}') must give a whole number of bytes; check ${topic} before the unit lookup.\n`
      if (body.length + next.length > bytes) break
      body += next
    }
    files[name] = body
  }
  return files
}

const LONG_NOTES = [
  'The cases so far agree with the validation added to src/parse.js.',
  'A non-string input is a TypeError, and the message names the type it got.',
  'An empty string, a negative number or an unknown unit is a RangeError.',
  'Whole units round to whole bytes; fractions of a byte round half up.',
  'Whitespace around the number and between the number and the unit is allowed.',
  'Units are case-insensitive, and a missing unit means bytes.',
  'Nothing here needs a change to the parser; the tests already cover these cases.',
  'Sizes above Number.MAX_SAFE_INTEGER bytes lose precision, which the notes accept.',
  'Decimal points need a digit before them; ".5 KB" is not a size.',
  'The README example stays as it is; it shows the common case.',
  'Numbers with a leading plus sign are not sizes, as before the change.',
  'Exponent notation such as "1e3 B" is left to Number and accepted.',
  'The error messages quote the input, so a caller can tell which size was wrong.',
]

/**
 * The bench's long session: `n` steps, the first n − 1 each with about 1 KB of assistant text
 * and a bash call printing one of `files` (cycling through them), then a final answer.
 * @param {number} n @param {string[]} files
 */
export function longSessionTurns(n, files) {
  const turns = []
  for (let i = 0; i < n - 1; i++) {
    const file = files[i % files.length]
    let text = `Step ${i + 1} of ${n - 1}: reading ${file} to check the parser against its cases.`
    for (let j = 0; text.length < 1000; j++) text += ` ${LONG_NOTES[(i + j) % LONG_NOTES.length]}`
    turns.push({ text, toolCalls: [{ name: 'bash', args: { command: `cat ${file}` } }] })
  }
  turns.push({ text: `Checked all ${n - 1} steps of notes; parseSize agrees with every case.` })
  return turns
}
