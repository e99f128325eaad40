// Where the session DB travels through the cache from (docs/design.md §3). The cache version is
// a hash of the `paths` strings, and the toolkit stores each file in the archive by its path
// relative to GITHUB_WORKSPACE, so a DB saved and restored at its own absolute path misses as
// soon as RUNNER_TEMP or the workspace is elsewhere (a self-hosted pool). Instead, the DB is
// copied into a staging directory and saved as one fixed relative name, with that directory as
// the toolkit's working directory (client.ts); a restore extracts into a staging directory of
// its own and the file is moved to the DB path. The version then hashes only SESSION_CACHE_PATH.
import { constants, copyFileSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'

/** The one path string saved and restored, on every runner: the cache version hashes it. */
export const SESSION_CACHE_PATH = 'agent-resume-session.db'

/** The `paths` argument for both restore and save (relative to a stage's root). */
export function sessionCachePaths(): string[] {
  return [SESSION_CACHE_PATH]
}

export interface Stage {
  /** The toolkit's working directory for the transfer (RestoreOptions.root, SaveOptions.root). */
  root: string
  /** The DB file inside it. */
  file: string
  /** Removes the directory and whatever is still in it. */
  dispose(): void
}

/**
 * A fresh, empty staging directory next to the DB file (so a restored file is moved in with one
 * rename, on one file system, and is as private as the DB's own directory).
 */
export function openStage(dbPath: string): Stage {
  const dir = dirname(dbPath)
  mkdirSync(dir, { recursive: true })
  const root = mkdtempSync(join(dir, '.agent-resume-cache-'))
  return { root, file: join(root, SESSION_CACHE_PATH), dispose: () => rmSync(root, { recursive: true, force: true }) }
}

/** A stage holding a copy of the DB file, to save from. */
export function stageForSave(dbPath: string): Stage {
  const stage = openStage(dbPath)
  try {
    // A copy (a reflink where the file system has them): the archive holds the file as it was
    // when the save began, whatever happens to the DB during the upload.
    copyFileSync(dbPath, stage.file, constants.COPYFILE_FICLONE)
    return stage
  } catch (e) {
    stage.dispose()
    throw e
  }
}

/** Moves a restored file from the stage to the DB path; false when the entry did not hold one. */
export function takeRestored(stage: Stage, dbPath: string): boolean {
  if (!existsSync(stage.file)) return false
  renameSync(stage.file, dbPath)
  return true
}
