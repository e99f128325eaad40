// The file tools' confinement as Windows would read paths (issue 16): the text-only part of the
// check (confine, confineWritable, inGitDir) with path.win32, on any platform. The part that asks
// the file system (symlinks, junctions, the git dir's identity) runs on the real platform only:
// test/tools.test.ts and test/tools-git-dir.test.ts, on Linux here.
import { posix, win32 } from 'node:path'
import { describe, expect, it } from 'vitest'
import { confine, confineWritable, inGitDir, windowsPathProblem } from '../src/agent/tools/paths.js'
import { ToolError } from '../src/agent/tools/errors.js'
import { globToRegExp } from '../src/agent/tools/glob.js'
import { isWithin } from '../src/path-within.js'

const ws = { root: 'C:\\repo', realRoot: 'C:\\repo' }
const refused = (input: string, message: RegExp, at = ws) => {
  expect(() => confine(at, input, win32), input).toThrow(ToolError)
  expect(() => confine(at, input, win32), input).toThrow(message)
}

describe('confine with path.win32', () => {
  it('takes paths inside the root with either separator, relative or absolute, in any case', () => {
    expect(confine(ws, 'sub\\file.txt', win32)).toBe('C:\\repo\\sub\\file.txt')
    expect(confine(ws, 'sub/file.txt', win32)).toBe('C:\\repo\\sub\\file.txt')
    expect(confine(ws, 'sub/dir\\..\\file.txt', win32)).toBe('C:\\repo\\sub\\file.txt')
    expect(confine(ws, 'C:\\repo\\sub\\file.txt', win32)).toBe('C:\\repo\\sub\\file.txt')
    expect(confine(ws, 'C:/repo/sub/file.txt', win32)).toBe('C:\\repo\\sub\\file.txt')
    expect(confine(ws, 'c:\\REPO\\sub', win32)).toBe('c:\\REPO\\sub') // NTFS ignores case: the same directory
    expect(confine(ws, '\\repo\\sub', win32)).toBe('C:\\repo\\sub') // rooted: the root's drive
    expect(confine(ws, '', win32)).toBe('C:\\repo')
    expect(confine(ws, '..foo', win32)).toBe('C:\\repo\\..foo')
    expect(confine(ws, 'console.log', win32)).toBe('C:\\repo\\console.log')
  })

  it('refuses what leaves the root: .., other directories and drives, mixed separators', () => {
    for (const bad of [
      '..\\..\\x',
      '..',
      'sub\\..\\..\\x',
      'sub/..\\..\\x',
      'C:\\other',
      'C:\\repo2\\x',
      'D:\\repo\\x',
      '\\other',
      'c:/',
    ]) {
      refused(bad, /is outside the workspace \(C:\\repo\)/)
    }
  })

  it('refuses drive-relative, UNC and device paths', () => {
    for (const bad of ['D:x', 'C:x', 'C:', 'C:..\\x']) refused(bad, /relative to a drive's current directory/)
    for (const bad of [
      '\\\\server\\share\\x',
      '//server/share/x',
      '\\\\?\\C:\\x',
      '\\\\?\\C:\\repo\\x',
      '\\\\.\\C:\\repo',
      '\\\\.\\pipe\\x',
      '/\\?\\C:\\x',
    ]) {
      refused(bad, /is a UNC or device path/)
    }
  })

  it('refuses alternate data streams, device names, names Windows changes, and characters it forbids', () => {
    for (const bad of ['file.txt:stream', 'sub\\file.txt::$DATA', '.git::$INDEX_ALLOCATION\\config', 'C:\\repo\\a:b'])
      refused(bad, /alternate data stream/)
    for (const bad of ['CON', 'con', 'nul.txt', 'sub\\NUL', 'Aux.c', 'COM1', 'lpt9.log', 'COM¹', 'CONIN$', 'nul .txt', 'C:\\repo\\prn']) {
      refused(bad, /names the Windows device/)
    }
    for (const bad of ['file.', 'sub.\\x', 'name ', '.git.\\config', '...']) refused(bad, /ending in a dot or a space/)
    for (const bad of ['a<b', 'a>b', 'a"b', 'a|b', 'a?b', 'a*b', 'a\tb']) refused(bad, /does not allow/)
    expect(windowsPathProblem('sub\\con-fig.txt')).toBeUndefined()
    expect(windowsPathProblem('company\\lpt.txt')).toBeUndefined()
  })

  it('accepts the real location of the root too, and only paths inside one of the two', () => {
    const linked = { root: 'C:\\link', realRoot: 'D:\\real\\repo' }
    expect(confine(linked, 'D:\\real\\repo\\x', win32)).toBe('D:\\real\\repo\\x')
    expect(confine(linked, 'C:\\link\\x', win32)).toBe('C:\\link\\x')
    expect(confine(linked, 'x', win32)).toBe('C:\\link\\x')
    refused('D:\\real\\x', /outside the workspace/, linked)
    refused('..\\real\\repo\\x', /outside the workspace/, linked)
  })
})

describe('.git with path.win32', () => {
  it('refuses writes to .git in any spelling Windows folds to it', () => {
    for (const bad of [
      '.git\\config',
      '.GIT\\config',
      '.Git/hooks/pre-commit',
      'sub\\..\\.git\\x',
      'C:\\repo\\.git\\config',
      'GIT~1\\config',
      'git~2\\hooks\\x',
      'sub\\.git\\config',
      '.g\u200cit\\config',
    ]) {
      expect(() => confineWritable(ws, bad, win32), bad).toThrow(/is inside \.git\/; the action manages git/)
    }
    expect(() => confineWritable(ws, '.GIT\\config', win32)).toThrow(/^\.GIT\/config is inside/)
  })

  it('leaves .gitignore, .github\\ and look-alikes writable', () => {
    for (const ok of [
      '.gitignore',
      '.github\\workflows\\ci.yml',
      'docs\\.git-notes',
      'a.git\\x',
      '.gitmodules',
      'git~1x',
      'sub\\file.txt',
    ]) {
      expect(confineWritable(ws, ok, win32)).toBe(win32.resolve('C:\\repo', ok))
    }
  })

  it('knows which spellings are which file system', () => {
    expect(inGitDir('GIT~1\\config', win32)).toBe(true)
    expect(inGitDir('GIT~1/config', posix)).toBe(false) // an ordinary name outside NTFS
    expect(inGitDir('a\\.git', posix)).toBe(false) // one file name on Linux
    expect(inGitDir('.GIT/config', posix)).toBe(true) // case-insensitive macOS volumes
    expect(inGitDir('.git. /x', posix)).toBe(true)
    expect(inGitDir('.g\u200dit/x', posix)).toBe(true) // HFS+ ignores the joiner
  })
})

describe('isWithin with path.win32', () => {
  it('compares without case and never across drives', () => {
    expect(isWithin('c:\\Repo\\x', 'C:\\repo', win32)).toBe(true)
    expect(isWithin('C:\\repo', 'C:\\repo\\', win32)).toBe(true)
    expect(isWithin('C:\\repo2', 'C:\\repo', win32)).toBe(false)
    expect(isWithin('D:\\repo\\x', 'C:\\repo', win32)).toBe(false)
    expect(isWithin('C:\\repo\\..x', 'C:\\repo', win32)).toBe(true)
  })
})

describe('globs on Windows', () => {
  it('read a backslash as a separator there, and literally elsewhere', () => {
    expect(globToRegExp('src\\*.ts', true).test('src/a.ts')).toBe(true)
    expect(globToRegExp('src\\**\\*.ts', true).test('src/a/b/c.ts')).toBe(true)
    expect(globToRegExp('src\\*.ts', false).test('src/a.ts')).toBe(false)
  })
})
