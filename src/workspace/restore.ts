// Re-apply a workspace snapshot (snapshot.ts) to a work tree, file by file, so one file that no
// longer fits does not stop the others. For each file, in order:
//   1. straight `git apply` to the work tree (the fresh-runner case: HEAD == base, clean tree);
//   2. if the change is already there (`git apply --reverse --check` passes), count it as such;
//   3. `git apply --3way` against a temporary index (Scratch in git.ts) seeded from the real
//      index plus `add -A`, so the index matches the work tree as --3way requires. Conflicts are
//      left in the file as conflict markers, for the model to resolve.
// The user's index, objects and config are never written. Line endings follow the user's git, as
// in the snapshot (lineEndingArgs in snapshot.ts): `git apply` reads a CRLF work-tree file in
// repository form and writes the result back as the checkout would.

import { EMPTY_TREE, Git, Scratch } from './git.js'
import { lineEndingArgs, repoRoot, type WorkspaceSnapshot } from './snapshot.js'

export interface WorkspaceRestoreReport {
  /** 'none': nothing to do; 'exact': every file applied straight; 'three-way': some needed a merge. */
  mode: 'none' | 'exact' | 'three-way'
  restored: string[]
  /** Files whose change was already in the work tree. */
  alreadyPresent: string[]
  /** Files merged with conflict markers left in them. */
  conflicts: string[]
  /** Files not restored at all; see errors. */
  failed: string[]
  errors: Record<string, string>
  /** HEAD when restoring (undefined on an unborn branch). */
  head: string | undefined
  base: string
  /** One paragraph for the log and the model's continuation message. */
  note: string
}

/**
 * The file lists of a restore, as the continuation note and the job summary show them: the
 * report with only the lists a reader needs required.
 */
export type RestoredFiles = Pick<WorkspaceRestoreReport, 'restored' | 'failed'> &
  Partial<Pick<WorkspaceRestoreReport, 'alreadyPresent' | 'conflicts' | 'errors' | 'note'>>

/** Split a `git diff` patch into one patch per file. Works on bytes: content may not be UTF-8. */
export function splitPatch(patch: Buffer): Buffer[] {
  // latin1 maps bytes 1:1 to code units, so offsets found in the string are byte offsets.
  const text = patch.toString('latin1')
  const starts: number[] = []
  const re = /^diff --git /gm
  for (let m = re.exec(text); m; m = re.exec(text)) starts.push(m.index)
  return starts.map((s, i) => patch.subarray(s, starts[i + 1] ?? patch.length))
}

/** Paths touched by each per-file patch, as git reads them (handles quoted names). */
async function patchPaths(git: Git, chunks: Buffer[]): Promise<string[]> {
  const paths: string[] = []
  for (const chunk of chunks) {
    const out = await git.run(['apply', '--numstat', '-z', '-'], { input: chunk })
    // "<added>\t<deleted>\t<path>\0"
    const first = out.stdout.toString('utf8').split('\0')[0] ?? ''
    paths.push(first.split('\t').slice(2).join('\t') || '(unreadable patch)')
  }
  return paths
}

export async function restoreWorkspace(opts: {
  cwd: string
  snapshot: Pick<WorkspaceSnapshot, 'base' | 'patch'>
  /** The environment the user's git ran in (its system and global config); default process.env. */
  env?: NodeJS.ProcessEnv
}): Promise<WorkspaceRestoreReport> {
  const git = new Git(await repoRoot(opts.cwd))
  const { base, patch } = opts.snapshot
  const head = await git.head()
  const report: WorkspaceRestoreReport = {
    mode: 'none',
    restored: [],
    alreadyPresent: [],
    conflicts: [],
    failed: [],
    errors: {},
    head,
    base,
    note: '',
  }
  const chunks = splitPatch(patch)
  if (chunks.length === 0) {
    report.note = 'No workspace changes were saved by the previous attempt.'
    return report
  }
  const paths = await patchPaths(git, chunks)
  const eol = await lineEndingArgs(git, opts.env)
  report.mode = 'exact'

  let scratch: Scratch | undefined
  try {
    for (const [i, chunk] of chunks.entries()) {
      const path = paths[i] ?? `(file ${i + 1})`
      const straight = await git.run([...eol, 'apply', '-'], { input: chunk })
      if (straight.code === 0) {
        report.restored.push(path)
        continue
      }
      const reverse = await git.run([...eol, 'apply', '--reverse', '--check', '-'], { input: chunk })
      if (reverse.code === 0) {
        report.alreadyPresent.push(path)
        continue
      }
      report.mode = 'three-way'
      if (!scratch) {
        scratch = await Scratch.create(git, true)
        await git.ok([...eol, 'add', '--all', '--', '.'], { env: scratch.env })
      }
      const merged = await git.run([...eol, 'apply', '--3way', '-'], { input: chunk, env: scratch.env })
      if (merged.code === 0) {
        report.restored.push(path)
      } else if (/with conflicts/.test(merged.stderr)) {
        report.conflicts.push(path)
      } else {
        report.failed.push(path)
        report.errors[path] = merged.stderr.trim() || straight.stderr.trim()
      }
    }
  } finally {
    scratch?.dispose()
  }
  report.note = await describe(git, report, chunks.length)
  return report
}

const short = (sha: string | undefined): string => (sha ? sha.slice(0, 12) : 'an unborn branch')

async function describe(git: Git, r: WorkspaceRestoreReport, total: number): Promise<string> {
  const sameBase = r.head === r.base || (r.head === undefined && r.base === EMPTY_TREE)
  const parts = [
    sameBase
      ? `Workspace restored onto base ${short(r.base)} (HEAD unchanged).`
      : `HEAD moved from the saved base ${short(r.base)} to ${short(r.head)}; changes were merged.`,
    `${r.restored.length + r.alreadyPresent.length} of ${total} changed files restored` +
      (r.alreadyPresent.length > 0 ? ` (${r.alreadyPresent.length} were already in place).` : '.'),
  ]
  if (r.conflicts.length > 0) {
    parts.push(`Conflict markers were left in: ${r.conflicts.join(', ')}. Resolve them before continuing.`)
  }
  if (r.failed.length > 0) {
    parts.push(`Could not restore: ${r.failed.join(', ')}; redo those changes.`)
    if (!sameBase && r.base !== EMPTY_TREE) {
      const present = await git.run(['cat-file', '-e', `${r.base}^{commit}`])
      if (present.code !== 0) parts.push(`(The base commit is not in this clone, so no 3-way merge was possible.)`)
    }
  }
  return parts.join(' ')
}
