import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Integration tests spawn the bundled action, Azurite and local servers; give them room.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // 2 cores: two workers keep the machine busy without starving spawned processes.
    maxWorkers: 2,
    reporters: ['default', './test/support/summary-reporter.ts'],
  },
})
