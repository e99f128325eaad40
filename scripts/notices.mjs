// The third-party notices of dist/: every npm package whose code is in the bundle (an input of
// esbuild's metafile that lands in an output with at least one byte), by name@version, with
// its licence id and the full text of the licence files it ships. scripts/build.mjs writes it
// to dist/licenses.txt; test/notices.test.ts checks it against the metafile.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve, sep } from 'node:path'

export const NOTICES_FILE = 'licenses.txt'

/** Licence-bearing files, as npm packages name them: LICENSE, LICENCE.md, COPYING, NOTICE, LICENSE-MIT… */
const LICENCE_FILE = /^(licen[cs]e|copying|notice)([-._].*)?$/i

/** The root directory of the npm package a bundled file belongs to, or undefined for our own code. */
export function packageDir(file) {
  const parts = file.split(sep)
  const at = parts.lastIndexOf('node_modules')
  if (at < 0 || at + 1 >= parts.length) return undefined
  return parts.slice(0, at + (parts[at + 1].startsWith('@') ? 3 : 2)).join(sep)
}

/** A metafile input path (relative to root, perhaps `namespace:`-prefixed by a plugin) as a file path. */
export function inputFile(input, root) {
  const path = input.replace(/^[a-z0-9-]+:(?=[/\\]|[A-Za-z]:)/i, '')
  return resolve(root, path)
}

/** name@version → package directory, for every package with code in some output. */
export function bundledPackages(metafile, root) {
  const found = new Map()
  for (const out of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(out.inputs)) {
      if (bytesInOutput === 0) continue
      const dir = packageDir(inputFile(input, root))
      if (!dir) continue
      const { name, version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
      found.set(`${name}@${version}`, dir)
    }
  }
  return new Map([...found].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

function licenceId(pkg) {
  if (typeof pkg.license === 'string') return pkg.license
  if (pkg.license?.type) return pkg.license.type
  if (Array.isArray(pkg.licenses)) return pkg.licenses.map((l) => l.type ?? l).join(' OR ')
  return 'UNKNOWN'
}

/** The licence files a package ships (sorted by name), as [file name, text]. */
export function licenceTexts(dir) {
  return readdirSync(dir)
    .filter((f) => LICENCE_FILE.test(f) && statSync(join(dir, f)).isFile())
    .sort()
    .map((f) => [f, readFileSync(join(dir, f), 'utf8').replace(/\r\n?/g, '\n').trimEnd()])
}

export const NO_TEXT = 'No licence file is shipped in this package; the licence named above is from its package.json.'

export function thirdPartyNotices(metafile, root) {
  const packages = bundledPackages(metafile, root)
  const rule = '='.repeat(80)
  const lines = [
    'Third-party software in this action',
    '',
    'dist/main.js, dist/post.js and dist/chunks/ bundle the npm packages listed below, each under',
    'its own licence, reproduced here. dist/native/ holds better-sqlite3 (listed below) compiled',
    'with the SQLite library it ships, which is in the public domain. The action itself is under',
    'the MIT licence in LICENSE. This file is written by scripts/build.mjs; do not edit it.',
    '',
    `${packages.size} packages:`,
  ]
  const sections = []
  for (const [id, dir] of packages) {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
    const licence = licenceId(pkg)
    lines.push(`  ${id}: ${licence}`)
    const texts = licenceTexts(dir)
    sections.push('', rule, id, `License: ${licence}`)
    const home = typeof pkg.repository === 'string' ? pkg.repository : (pkg.repository?.url ?? pkg.homepage)
    if (home) sections.push(`Source: ${home}`)
    sections.push(rule)
    if (texts.length === 0) sections.push('', NO_TEXT)
    for (const [file, text] of texts) sections.push('', `--- ${file} ---`, '', text)
  }
  return [...lines, ...sections, ''].join('\n')
}
