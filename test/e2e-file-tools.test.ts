// The file tools through the bundled action (dist/main.js) on Node 20 and 24, in a real git
// clone: a scripted model reads and edits a Latin-1 file with CRLF endings and rewrites a
// UTF-8 file with a BOM. Every byte the model did not ask to change must be as it was, which
// git confirms too: its diff holds exactly the replaced lines.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RUNTIMES, SimulatedJob, type StageResult } from './support/action-harness.mjs'
import { startCacheService, type CacheService } from './support/cache-server.mjs'
import { startModelServer, type ModelServer, type ScriptTurn } from './support/model-server.mjs'
import { freshClone, git, makeOrigin } from './support/repo.mjs'
import { tempDir } from './support/temp.js'

const root = tempDir('ar-e2e-file-tools-')
const LEGACY = Buffer.from('// caf\xE9 na\xEFve\r\nx = 1\r\ny = 1\r\n// fin \xA9\r\n', 'latin1')
const LEGACY_AFTER = Buffer.from('// caf\xE9 na\xEFve\r\nx = 2\r\ny = 2\r\nz = 3\r\n// fin \xA9\r\n', 'latin1')
const BOM = Buffer.from([0xef, 0xbb, 0xbf])
const SCRIPT: ScriptTurn[] = [
  { toolCalls: [{ name: 'read_file', args: { path: 'src/legacy.c' } }] },
  { toolCalls: [{ name: 'edit_file', args: { path: 'src/legacy.c', old_string: 'x = 1\ny = 1\n', new_string: 'x = 2\ny = 2\nz = 3\n' } }] },
  // What a model would write after reading the file: \n breaks, no BOM, and é as text.
  { toolCalls: [{ name: 'write_file', args: { path: 'Program.cs', content: 'class Café {\n}\n' } }] },
  { text: 'Done.' },
]

let svc: CacheService
let model: ModelServer
let origin: string
beforeAll(async () => {
  ;[svc, model] = await Promise.all([startCacheService(), startModelServer({ script: SCRIPT })])
  origin = makeOrigin(join(root, 'origin'), {
    'src/legacy.c': LEGACY,
    'Program.cs': Buffer.concat([BOM, Buffer.from('class A {\r\n}\r\n')]),
  })
})
afterAll(async () => {
  await model?.close()
  await svc?.stop()
})

const logOf = (r: StageResult) => `${r.stdout}\n--- stderr ---\n${r.stderr}`

/** The text of every tool result the model was sent in the requests from `mark` on. */
function toolResults(mark: number): string[] {
  const out = new Set<string>()
  for (const request of model.requests.slice(mark)) {
    const messages = (request.body.messages ?? []) as Array<{ role?: string; content?: unknown }>
    for (const m of messages) if (m.role === 'tool' && typeof m.content === 'string') out.add(m.content)
  }
  return [...out]
}

describe.each(RUNTIMES)('file tools through dist on $label', ({ label, node }) => {
  it('an edit of a Latin-1 CRLF file and a write over a BOM file change only what was asked', async () => {
    const mark = model.requests.length
    const job = new SimulatedJob({
      dir: join(root, label),
      runId: `${process.pid}${label === 'node20' ? 1 : 2}`,
      attempt: 1,
      node,
      inputs: { model: 'openai-compatible/scripted', 'base-url': model.url, prompt: 'Edit the files.', 'github-token': '' },
      env: svc.env,
    })
    freshClone(origin, job.workspace)
    const main = await job.run('main')
    expect(main.code, logOf(main)).toBe(0)
    expect(main.outputs).toMatchObject({ outcome: 'completed', steps: String(SCRIPT.length) })

    const results = toolResults(mark)
    expect(results).toContain(
      [
        '1\t// caf\uFFFD na\uFFFDve',
        '2\tx = 1',
        '3\ty = 1',
        '4\t// fin \uFFFD',
        '[src/legacy.c: CRLF line endings (\\r not shown). edit_file and write_file keep this.]',
        '[src/legacy.c is not valid UTF-8: 3 byte(s) are shown as \uFFFD, the first on line 1. edit_file keeps them but will not replace text that covers them, and writes only ASCII into this file.]',
      ].join('\n'),
    )
    expect(results).toContain('Edited src/legacy.c: replaced 1 occurrence.')
    expect(results).toContain('Wrote 21 bytes to Program.cs (kept its UTF-8 byte order mark and CRLF line endings).')

    expect(readFileSync(join(job.workspace, 'src/legacy.c')).toString('hex')).toBe(LEGACY_AFTER.toString('hex'))
    expect(readFileSync(join(job.workspace, 'Program.cs')).toString('hex')).toBe(
      Buffer.concat([BOM, Buffer.from('class Café {\r\n}\r\n', 'utf8')]).toString('hex'),
    )
    // git compares bytes: the untouched lines (the accented ones included) are not in the diff.
    expect(git(job.workspace, '-c', 'core.autocrlf=false', 'diff', '--numstat', '--', 'src/legacy.c')).toBe('3\t2\tsrc/legacy.c')
  })
})
