// The file tools change only the bytes the model asked to change: a table of encodings and
// line-ending styles with the exact bytes after each operation, then mixed endings, BOMs,
// bytes that are not UTF-8, and the refusals (which leave the file as it was).
import { mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createToolbox, type Toolbox } from '../src/agent/tools/index.js'
import { tempDir } from './support/temp.js'

const base = tempDir('ar-tools-enc-')
let n = 0
/** A real workspace holding `bytes` as f.txt; `bytesOf()` reads it back. */
function fileWith(bytes: Buffer | string): { tools: Toolbox; path: string; bytesOf: () => Buffer } {
  const root = join(base, `ws${++n}`)
  mkdirSync(root, { recursive: true })
  const path = join(root, 'f.txt')
  writeFileSync(path, bytes)
  return { tools: createToolbox({ workspaceRoot: root, bashTimeoutSeconds: 10, env: {} }), path, bytesOf: () => readFileSync(path) }
}
const run = (tools: Toolbox, toolName: string, input: Record<string, unknown>) =>
  tools.execute({ toolCallId: 'c', toolName, input: { path: 'f.txt', ...input } })
const hex = (b: Buffer) => b.toString('hex')
const latin1 = (s: string) => Buffer.from(s, 'latin1')
const utf8 = (s: string) => Buffer.from(s, 'utf8')

interface Encoding {
  name: string
  encode: (text: string) => Buffer
  /** What read_file says about the file, beyond the line endings. */
  note?: RegExp
  /** Not valid UTF-8: é and ï are undecodable bytes. */
  legacy?: boolean
}
const ENCODINGS: Encoding[] = [
  { name: 'UTF-8', encode: utf8 },
  {
    name: 'UTF-8 with BOM',
    encode: (s) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(s)]),
    note: /UTF-8 with a byte order mark/,
  },
  {
    name: 'Latin-1 (not valid UTF-8)',
    encode: latin1,
    note: /not valid UTF-8: 2 byte\(s\) are shown as \uFFFD, the first on line 1/,
    legacy: true,
  },
  { name: 'UTF-16LE with BOM', encode: (s) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]), note: /UTF-16LE/ },
  {
    name: 'UTF-16BE with BOM',
    encode: (s) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(s, 'utf16le').swap16()]),
    note: /UTF-16BE/,
  },
]
const ENDINGS = [
  { name: 'LF', eol: '\n', note: undefined },
  { name: 'CRLF', eol: '\r\n', note: /CRLF line endings \(\\r not shown\)/ },
  { name: 'CR', eol: '\r', note: /CR line endings/ },
]
const LINES = ['// café naïve', 'alpha', 'x = 1', 'beta', 'x = 1', 'end']
const CASES = ENCODINGS.flatMap((enc) => ENDINGS.map((end) => ({ ...enc, ending: end.name, eol: end.eol, endingNote: end.note })))

describe.each(CASES)('$name, $ending endings', ({ encode, eol, note, endingNote, legacy }) => {
  const file = (lines: string[]) => encode(lines.map((l) => l + eol).join(''))

  it('read_file shows each line without its line break, and says what it does not show', async () => {
    const { tools } = fileWith(file(LINES))
    const out = (await run(tools, 'read_file', {})).text.split('\n')
    const shown = LINES.map((l, i) => `${i + 1}\t${legacy ? l.replace(/[éï]/g, '\uFFFD') : l}`)
    expect(out.slice(0, LINES.length)).toEqual(shown)
    const notes = out.slice(LINES.length).join('\n')
    for (const expected of [note, endingNote]) if (expected) expect(notes).toMatch(expected)
    if (!note && !endingNote) expect(notes).toBe('')
  })

  it('grep reads the file as read_file does: same line numbers, no line-break characters', async () => {
    const { tools } = fileWith(file(LINES))
    const out = (await run(tools, 'grep', { pattern: 'x = 1', path: undefined })).text
    expect(out.split('\n').slice(0, 2)).toEqual(['f.txt:3: x = 1', 'f.txt:5: x = 1'])
  })

  it('edit_file matches \\n across the style and writes the new lines in it, every other byte as it was', async () => {
    const { tools, bytesOf } = fileWith(file(LINES))
    const r = await run(tools, 'edit_file', { old_string: 'alpha\nx = 1\nbeta', new_string: 'alpha\nx = 2\nadded\nbeta' })
    expect(r).toEqual({ text: 'Edited f.txt: replaced 1 occurrence.', isError: false })
    expect(hex(bytesOf())).toBe(hex(file(['// café naïve', 'alpha', 'x = 2', 'added', 'beta', 'x = 1', 'end'])))
  })

  it('replace_all replaces each occurrence, a new line break in the style of its line', async () => {
    const { tools, bytesOf } = fileWith(file(LINES))
    const r = await run(tools, 'edit_file', { old_string: 'x = 1', new_string: 'x = 3\n$& = 0', replace_all: true })
    expect(r.text).toBe('Edited f.txt: replaced 2 occurrences.')
    expect(hex(bytesOf())).toBe(hex(file(['// café naïve', 'alpha', 'x = 3', '$& = 0', 'beta', 'x = 3', '$& = 0', 'end'])))
  })

  it('refuses an ambiguous or missing old_string and leaves the bytes', async () => {
    const { tools, bytesOf } = fileWith(file(LINES))
    expect((await run(tools, 'edit_file', { old_string: 'x = 1', new_string: 'x = 2' })).text).toMatch(/occurs 2 times/)
    expect((await run(tools, 'edit_file', { old_string: 'nope', new_string: 'x' })).text).toMatch(/not found/)
    expect(hex(bytesOf())).toBe(hex(file(LINES)))
  })

  it('write_file over the file keeps its encoding, byte order mark and line endings', async () => {
    const { tools, bytesOf } = fileWith(file(LINES))
    const r = await run(tools, 'write_file', { content: 'one\ntwo\n' })
    expect(r.isError).toBe(false)
    expect(hex(bytesOf())).toBe(hex(file(['one', 'two'])))
    expect(r.text.startsWith(`Wrote ${bytesOf().length} bytes to f.txt`)).toBe(true)
  })
})

describe('exact bytes, written out', () => {
  it('CRLF: edits across lines, new lines in CRLF, `$&` literal; read_file shows no \\r', async () => {
    const { tools, bytesOf } = fileWith('a\r\nb\r\n')
    expect((await run(tools, 'read_file', {})).text).toBe(
      '1\ta\n2\tb\n[f.txt: CRLF line endings (\\r not shown). edit_file and write_file keep this.]',
    )
    expect((await run(tools, 'edit_file', { old_string: 'a\nb', new_string: 'A\n$&\nB' })).isError).toBe(false)
    expect(hex(bytesOf())).toBe(hex(utf8('A\r\n$&\r\nB\r\n')))
    const same = await run(tools, 'edit_file', { old_string: 'A\r\n$&', new_string: 'A\n$&' })
    expect(same.text).toMatch(/differ only in line endings/)
  })

  it('Latin-1 + CRLF: the bytes nobody touched stay E9 and EF, never EF BF BD', async () => {
    const { tools, bytesOf } = fileWith(latin1('// caf\xE9 na\xEFve\r\nx = 1\r\n'))
    expect((await run(tools, 'edit_file', { old_string: 'x = 1\n', new_string: 'x = 2\ny = 3\n' })).isError).toBe(false)
    expect(hex(bytesOf())).toBe('2f2f20636166e9206e61ef76650d0a78203d20320d0a79203d20330d0a')
  })

  it('a lone CR in an LF file is an ordinary character, not a line break', async () => {
    const { tools, bytesOf } = fileWith('a\rb\nc\n')
    expect((await run(tools, 'read_file', {})).text).toBe('1\ta\rb\n2\tc')
    expect((await run(tools, 'edit_file', { old_string: 'a\nb', new_string: 'x' })).text).toMatch(/not found/)
    expect((await run(tools, 'edit_file', { old_string: 'a\rb\n', new_string: 'ab\n' })).isError).toBe(false)
    expect(bytesOf().toString()).toBe('ab\nc\n')
  })
})

describe('mixed line endings', () => {
  const edit = async (before: string, old_string: string, new_string: string) => {
    const { tools, bytesOf } = fileWith(before)
    const r = await run(tools, 'edit_file', { old_string, new_string })
    expect(r.isError, r.text).toBe(false)
    return bytesOf().toString('latin1')
  }

  it('untouched lines keep their endings; replaced lines keep theirs, paired in order', async () => {
    expect(await edit('x\r\ny\nz\r\nw\n', 'x\ny\nz', 'X\ny\nZ')).toBe('X\r\ny\nZ\r\nw\n')
  })

  it('an inserted or deleted line does not shift the endings of unchanged lines', async () => {
    expect(await edit('a\r\nb\nc\r\nd\n', 'a\nb\nc\nd', 'a\nc\nd')).toBe('a\r\nc\r\nd\n')
    expect(await edit('a\r\nb\nc\r\n', 'a\nb\nc', 'a\nb\nnew\nc')).toBe('a\r\nb\nnew\nc\r\n')
    expect(await edit('a\n\r\nb\r\n', 'a\n\nb', 'a\nmid\n\nb')).toBe('a\nmid\n\r\nb\r\n')
  })

  it('a break added inside one line takes that line’s ending, else the one before, else LF', async () => {
    expect(await edit('p\r\nq\nr\r\n', 'q', 'q1\nq2')).toBe('p\r\nq1\nq2\nr\r\n')
    expect(await edit('p\r\nq\n', 'p', 'p1\np2')).toBe('p1\r\np2\r\nq\n')
    expect(await edit('p\nq\r\nlast', 'last', 'l1\nl2')).toBe('p\nq\r\nl1\r\nl2')
    expect(await edit('abc', 'b', 'b\nb')).toBe('ab\nbc')
  })

  it('read_file counts them; write_file takes the most common style, LF on a tie', async () => {
    const { tools, bytesOf } = fileWith('a\r\nb\r\nc\n')
    expect((await run(tools, 'read_file', {})).text).toMatch(/mixed line endings \(2 CRLF, 1 LF; \\r not shown\)/)
    expect((await run(tools, 'write_file', { content: 'x\ny\n' })).text).toBe('Wrote 6 bytes to f.txt (kept its CRLF line endings).')
    expect(bytesOf().toString()).toBe('x\r\ny\r\n')
    const tie = fileWith('a\r\nb\n')
    await run(tie.tools, 'write_file', { content: 'x\ny\n' })
    expect(tie.bytesOf().toString()).toBe('x\ny\n')
  })
})

describe('write_file: byte order marks and chosen line endings', () => {
  const BOM = 'efbbbf'
  it('keeps a UTF-8 BOM whether or not content starts with U+FEFF, and never doubles it', async () => {
    const { tools, bytesOf } = fileWith(utf8('\uFEFFold\n'))
    expect((await run(tools, 'read_file', {})).text).toMatch(/^1\told\n/)
    expect((await run(tools, 'write_file', { content: 'new\n' })).text).toBe('Wrote 7 bytes to f.txt (kept its UTF-8 byte order mark).')
    expect(hex(bytesOf())).toBe(BOM + hex(utf8('new\n')))
    await run(tools, 'write_file', { content: '\uFEFFnewer\n' })
    expect(hex(bytesOf())).toBe(BOM + hex(utf8('newer\n')))
  })

  it('writes a BOM the content asks for, and content with \\r as given', async () => {
    const plain = fileWith('old\n')
    await run(plain.tools, 'write_file', { content: '\uFEFFnew\r\n' })
    expect(hex(plain.bytesOf())).toBe(`${BOM}${hex(utf8('new\r\n'))}`)
    const crlf = fileWith('a\r\nb\r\n')
    await run(crlf.tools, 'write_file', { content: 'x\r\ny\nz' })
    expect(crlf.bytesOf().toString()).toBe('x\r\ny\nz')
  })

  it('a UTF-16 file stays UTF-16 with one BOM', async () => {
    const { tools, bytesOf } = fileWith(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('old\r\n', 'utf16le').swap16()]))
    const r = await run(tools, 'write_file', { content: '\uFEFFé€😀\n' })
    expect(r.text).toBe('Wrote 14 bytes to f.txt (kept its UTF-16BE encoding and CRLF line endings).')
    expect(hex(bytesOf())).toBe(`feff${hex(Buffer.from('é€😀\r\n', 'utf16le').swap16())}`)
  })
})

describe('files that are not valid UTF-8', () => {
  const LEGACY = latin1('// caf\xE9 na\xEFve\nx = 1\n')

  it('edits around the undecodable bytes; refuses to cover them or to write non-ASCII, changing nothing', async () => {
    const { tools, bytesOf } = fileWith(LEGACY)
    const cover = await run(tools, 'edit_file', { old_string: 'caf\uFFFD', new_string: 'cafe' })
    expect(cover.text).toMatch(/covers bytes that are not valid UTF-8 \(shown as \uFFFD, line 1\); no change made/)
    const accent = await run(tools, 'edit_file', { old_string: 'x = 1', new_string: 'x = "é"' })
    expect(accent.text).toMatch(/new_string cannot be written into f\.txt: it is not ASCII \("é"\).*iconv/)
    expect(hex(bytesOf())).toBe(hex(LEGACY))
    expect((await run(tools, 'edit_file', { old_string: 'x = 1', new_string: 'x = 2' })).isError).toBe(false)
    expect(hex(bytesOf())).toBe(hex(latin1('// caf\xE9 na\xEFve\nx = 2\n')))
  })

  it('matches valid UTF-8 between undecodable bytes', async () => {
    const { tools, bytesOf } = fileWith(Buffer.concat([utf8('ü = 1 '), Buffer.from([0xff]), utf8(' ü\n')]))
    expect((await run(tools, 'edit_file', { old_string: 'ü = 1', new_string: 'u = 1' })).isError).toBe(false)
    expect(hex(bytesOf())).toBe(hex(Buffer.concat([utf8('u = 1 '), Buffer.from([0xff]), utf8(' ü\n')])))
  })

  it('write_file refuses non-ASCII content (and so \uFFFD read back) but writes ASCII', async () => {
    const { tools, bytesOf } = fileWith(LEGACY)
    expect((await run(tools, 'write_file', { content: '// caf\uFFFD\n' })).text).toMatch(/not ASCII.*no change made/)
    expect(hex(bytesOf())).toBe(hex(LEGACY))
    expect((await run(tools, 'write_file', { content: 'x = 9\n' })).isError).toBe(false)
    expect(bytesOf().toString()).toBe('x = 9\n')
  })
})

describe('what read_file hands the model is well-formed', () => {
  it('a long line is cut between characters, and a UTF-16 half character shows as U+FFFD but stays in the file', async () => {
    const long = fileWith(`${'a'.repeat(1_999)}😀tail\n`)
    const cut = (await run(long.tools, 'read_file', {})).text
    expect(cut).toBe(`1\t${'a'.repeat(1_999)}… [line cut, 2005 characters]`)
    const half = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('x\uD800y\nz\n', 'utf16le')])
    const { tools, bytesOf } = fileWith(half)
    expect((await run(tools, 'read_file', {})).text).toMatch(/^1\tx\uFFFDy\n2\tz\n.*1 unpaired UTF-16 surrogate/s)
    expect((await run(tools, 'edit_file', { old_string: 'z', new_string: 'w' })).isError).toBe(false)
    expect(hex(bytesOf())).toBe(hex(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('x\uD800y\nw\n', 'utf16le')])))
  })
})

describe('refusals', () => {
  it('UTF-16 with an odd byte count is read with a note and never edited', async () => {
    const odd = Buffer.from([0xff, 0xfe, 0x61, 0x00, 0x62])
    const { tools, bytesOf } = fileWith(odd)
    expect((await run(tools, 'read_file', {})).text).toMatch(/^1\ta\uFFFD\n.*odd number of bytes/s)
    expect((await run(tools, 'edit_file', { old_string: 'a', new_string: 'b' })).text).toMatch(/odd number of bytes.*no change made/)
    expect(hex(bytesOf())).toBe(hex(odd))
  })

  it('binary files, UTF-16 without a BOM and files over the size limit are refused', async () => {
    for (const bytes of [Buffer.from([0x61, 0x00, 0x62]), Buffer.from('ab\n', 'utf16le'), Buffer.from('\uFEFF\0x', 'utf16le')]) {
      const { tools, bytesOf } = fileWith(bytes)
      expect((await run(tools, 'read_file', {})).text).toMatch(/is a binary file/)
      expect((await run(tools, 'edit_file', { old_string: 'a', new_string: 'b' })).text).toMatch(/is a binary file/)
      expect(hex(bytesOf())).toBe(hex(bytes))
    }
    const big = fileWith('x')
    truncateSync(big.path, 20_000_001)
    expect((await run(big.tools, 'edit_file', { old_string: 'x', new_string: 'y' })).text).toMatch(/too large to read whole/)
  })

  it('an unpaired surrogate is not written into UTF-8', async () => {
    const { tools, bytesOf } = fileWith('a\n')
    expect((await run(tools, 'edit_file', { old_string: 'a', new_string: '\uD800' })).text).toMatch(/unpaired surrogate/)
    expect((await run(tools, 'write_file', { content: 'b\uDC00' })).text).toMatch(/unpaired surrogate/)
    expect(bytesOf().toString()).toBe('a\n')
  })
})
