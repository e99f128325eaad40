// The continuation nudge and the system prompt.
import { describe, expect, it } from 'vitest'
import { continuationPrompt, describeRestore, systemPrompt } from '../src/agent/prompts.js'
import type { WorkspaceRestoreReport as ModuleReport } from '../src/workspace/restore.js'

// Compile-time: the workspace module's report is accepted as it is.
export const acceptsModuleReport = (report: ModuleReport): string => continuationPrompt({ restore: report })

describe('continuation nudge', () => {
  it('says the attempt was interrupted, to continue, and not to redo finished work', () => {
    const text = continuationPrompt({ previousAttempt: 2, restore: { restored: ['src/a.ts', 'README.md'], failed: [] } })
    expect(text).toMatch(/previous attempt \(attempt 2\) of this job was interrupted/)
    expect(text).toMatch(/Continue the task from where it stopped/)
    expect(text).toMatch(/don't redo work that is already finished/)
    expect(text).toContain('- src/a.ts\n- README.md')
    expect(text).not.toMatch(/could NOT be restored/)
  })

  it('names files that could not be restored, with the reason', () => {
    const text = describeRestore({
      restored: [],
      failed: ['bin/tool', 'src/x.ts', 'y'],
      errors: { 'src/x.ts': 'patch did not apply', y: 'EACCES\nmore detail' },
      note: 'Base commit differs from the snapshot.',
    })
    expect(text).toBe(
      'Base commit differs from the snapshot.\n\n' +
        'These files could NOT be restored; their content is not what you left (redo those changes if they are still needed):\n' +
        '- bin/tool\n- src/x.ts (patch did not apply)\n- y (EACCES)',
    )
  })

  it('takes the workspace module report as it is: already-present files count, conflicts are named', () => {
    const text = describeRestore({ restored: ['a'], alreadyPresent: ['b'], conflicts: ['c'], failed: [], errors: {}, note: '' })
    expect(text).toBe(
      'Your changes to these files are in the workspace again:\n- a\n- b\n\n' +
        'These files were merged with conflict markers left in them; resolve them first:\n- c',
    )
    expect(describeRestore({ restored: [], failed: [] })).toBe('There were no file changes to restore.')
  })

  it('caps long file lists and warns when there was no restore at all', () => {
    const many = Array.from({ length: 45 }, (_, i) => `f${i}`)
    expect(describeRestore({ restored: many, failed: [] })).toMatch(/- f39\n- … and 5 more$/)
    expect(describeRestore(undefined)).toMatch(/could not be restored/)
  })

  it('uses continue-prompt instead of the default wording, keeping the workspace facts', () => {
    const text = continuationPrompt({ continuePrompt: '  Keep going.  ', restore: { restored: ['a'], failed: [] } })
    expect(text).toBe('Keep going.\n\nYour changes to these files are in the workspace again:\n- a')
  })
})

describe('system prompt', () => {
  it('names the working directory, the tools and the limits', () => {
    const text = systemPrompt({
      workspaceRoot: '/w/repo',
      toolNames: ['read_file', 'bash'],
      bashTimeoutSeconds: 120,
      maxSteps: 30,
      repository: 'o/r',
    })
    expect(text).toContain('/w/repo, a checkout of o/r')
    expect(text).toContain('Tools: read_file, bash.')
    expect(text).toContain('killed after 120 seconds')
    expect(text).toContain('at most 30 steps')
    expect(text).toMatch(/Be concise/)
  })
})
