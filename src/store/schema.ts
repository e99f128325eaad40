// The session database schema, as forward-only migrations. `PRAGMA user_version` is the
// schema version; `PRAGMA application_id` marks the file as ours.

/** Each entry migrates from version i to i+1. Never edit a shipped entry: append one. */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE sessions (
    id          TEXT PRIMARY KEY,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    forked_from TEXT REFERENCES sessions(id),
    status      TEXT NOT NULL DEFAULT 'active',
    metadata    TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(metadata)),
    -- Lookup by run id is an indexed query on the metadata the seed PR stamps, never a scan
    -- of a bounded list (docs/design.md §1).
    run_id      TEXT GENERATED ALWAYS AS (json_extract(metadata, '$.github_run_id')) VIRTUAL,
    session_key TEXT GENERATED ALWAYS AS (json_extract(metadata, '$.session_key')) VIRTUAL
  );
  CREATE INDEX sessions_by_run ON sessions(run_id, session_key, created_at, id);

  CREATE TABLE messages (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    session_id  TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    role        TEXT NOT NULL CHECK (role IN ('system', 'user', 'assistant', 'tool')),
    attempt     INTEGER NOT NULL,
    step        INTEGER,
    created_at  INTEGER NOT NULL,
    tokens_in   INTEGER,
    tokens_out  INTEGER,
    UNIQUE (session_id, seq)
  );

  CREATE TABLE parts (
    message_id  INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
    idx         INTEGER NOT NULL,
    type        TEXT NOT NULL,
    content     TEXT NOT NULL CHECK (json_valid(content)),
    PRIMARY KEY (message_id, idx)
  );

  CREATE TABLE attempts (
    session_id            TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    number                INTEGER NOT NULL,
    started_at            INTEGER NOT NULL,
    ended_at              INTEGER,
    outcome               TEXT NOT NULL DEFAULT 'running',
    steps                 INTEGER NOT NULL DEFAULT 0,
    tokens_in             INTEGER NOT NULL DEFAULT 0,
    tokens_out            INTEGER NOT NULL DEFAULT 0,
    model_calls           INTEGER NOT NULL DEFAULT 0,
    tool_runs             INTEGER NOT NULL DEFAULT 0,
    resumed               INTEGER NOT NULL DEFAULT 0,
    restored_from_attempt INTEGER,
    detail                TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(detail)),
    PRIMARY KEY (session_id, number)
  );

  -- The agent's workspace changes against the commit it started from (latest per session).
  CREATE TABLE workspace_snapshots (
    session_id  TEXT PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
    base_commit TEXT NOT NULL,
    captured_at INTEGER NOT NULL,
    attempt     INTEGER NOT NULL,
    step        INTEGER,
    snapshot    BLOB NOT NULL
  );

  -- Small per-session facts other stages keep across attempts (e.g. the progress comment id).
  CREATE TABLE session_state (
    session_id  TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    key         TEXT NOT NULL,
    value       TEXT NOT NULL,
    PRIMARY KEY (session_id, key)
  );
  `,
  // 2: compaction (docs/design.md §9). A compaction takes every live message out of the
  // conversation (superseded_by) and appends what replaces it (compaction_id): the summary and
  // the copies of the recent steps, old tool outputs stubbed. The originals stay for the
  // transcript; the live conversation is the messages with superseded_by NULL, in seq order.
  // Prompt-cache figures per model call and per attempt (AI SDK inputTokenDetails).
  `
  CREATE TABLE compactions (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    session_id          TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    attempt             INTEGER NOT NULL,
    step                INTEGER NOT NULL,
    kind                TEXT NOT NULL CHECK (kind IN ('prune', 'summary')),
    reason              TEXT NOT NULL,
    created_at          INTEGER NOT NULL,
    tokens_before       INTEGER NOT NULL,
    tokens_after        INTEGER NOT NULL,
    pruned_results      INTEGER NOT NULL DEFAULT 0,
    summarized_messages INTEGER NOT NULL DEFAULT 0
  );
  ALTER TABLE messages ADD COLUMN superseded_by INTEGER REFERENCES compactions(id);
  ALTER TABLE messages ADD COLUMN compaction_id INTEGER REFERENCES compactions(id);
  ALTER TABLE messages ADD COLUMN tokens_cache_read INTEGER;
  ALTER TABLE messages ADD COLUMN tokens_cache_write INTEGER;
  CREATE INDEX messages_live ON messages(session_id, superseded_by, seq);
  ALTER TABLE attempts ADD COLUMN tokens_cache_read INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE attempts ADD COLUMN tokens_cache_write INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE attempts ADD COLUMN compactions INTEGER NOT NULL DEFAULT 0;
  `,
]

export const SCHEMA_VERSION = MIGRATIONS.length
