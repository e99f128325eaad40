// Seeds the GitHub fake with the repository state the event fixtures refer to (issue #42 and its
// thread, pull request #57 with files and a review comment, issues #43 and #44), and loads the
// fixtures themselves.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { GitHubFake } from './github-fake.mjs'

export function loadEvent(name: string): Record<string, unknown> {
  const path = fileURLToPath(new URL(`../fixtures/events/${name}.json`, import.meta.url))
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>
}

export function seedFixtureRepo(fake: GitHubFake): void {
  fake.setPermission('alice', 'write', 'write')
  fake.setPermission('bob-contrib', 'read', 'read')
  fake.addIssue({
    number: 42,
    title: 'Pagination drops the last page',
    body: 'Listing 101 items returns only 100.\n\nSteps: call `paginate()` with per_page=100.',
    user: 'bob-contrib',
  })
  fake.addComment(42, { user: 'bob-contrib', body: 'Still happens on v2.3, see the attached log.', createdAt: '2026-07-01T09:40:00Z' })
  fake.addComment(42, {
    id: 2001,
    user: 'alice',
    body: '/agent please fix the off-by-one in `paginate()` and add a test',
    createdAt: '2026-07-01T10:15:00Z',
  })
  fake.addIssue({
    number: 43,
    title: 'Crash on empty config',
    body: '/agent The CLI crashes when `config.json` is empty. Make it fall back to defaults.',
    user: 'alice',
  })
  fake.addIssue({
    number: 44,
    title: 'Document the cache key format',
    body: 'The README should explain the cache key layout.',
    user: 'bob-contrib',
    labels: ['agent'],
  })
  fake.addIssue({
    number: 57,
    title: 'Add --dry-run flag',
    body: 'Adds a `--dry-run` flag to the CLI.',
    user: 'bob-contrib',
    pull: { headRef: 'feature/dry-run', baseRef: 'main' },
    files: [
      { filename: 'src/cli.ts', status: 'modified', additions: 3, deletions: 0 },
      { filename: 'test/cli.test.ts', status: 'added', additions: 30, deletions: 0 },
      { filename: 'docs/flags.md', status: 'renamed', previous_filename: 'docs/options.md', additions: 9, deletions: 7 },
    ],
  })
  fake.addComment(57, { id: 2002, user: 'alice', body: '/agent add tests for the new flag', createdAt: '2026-07-01T10:15:00Z' })
  // Review 8001 (pull_request_review.submitted.json) holds comment 3001 and 3002.
  fake.addReview(57, 8001)
  fake.addReviewComment(57, {
    id: 3001,
    reviewId: 8001,
    user: 'alice',
    body: '/agent handle `--dry-run=false` here too',
    path: 'src/cli.ts',
    line: 13,
    diffHunk:
      "@@ -10,6 +10,9 @@ export function parseArgs(argv: string[]) {\n   const opts = defaults()\n+  if (argv.includes('--dry-run')) {\n+    opts.dryRun = true\n+  }",
  })
  fake.addReviewComment(57, {
    id: 3002,
    reviewId: 8001,
    user: 'alice',
    body: 'Please call it `dryRun` everywhere.',
    path: 'docs/flags.md',
    line: 4,
    diffHunk: '@@ -1,4 +1,4 @@\n-## --dry\n+## --dry-run',
  })
}
