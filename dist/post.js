import { createRequire as __arCreateRequire } from 'node:module'; const require = __arCreateRequire(import.meta.url);
import {
  Inputs,
  captureWorkspace,
  coreState,
  createActionsCacheClient,
  fingerprint,
  openStore,
  readPostState,
  saveDb,
  secretsToProtect
} from "./chunks/main+post.js";
import {
  coreLog,
  errorMessage
} from "./chunks/main+post+github-octokit.js";
import {
  getInput
} from "./chunks/main+post+github-octokit+glob.js";
import "./chunks/shared.js";

// src/post/run.ts
import { existsSync } from "node:fs";
function guardPost(proc, log) {
  const warn = (reason) => log.warning(`The post step hit an unexpected error and carried on: ${errorMessage(reason)}`);
  proc.on("uncaughtException", warn);
  proc.on("unhandledRejection", warn);
}
async function run(deps = defaultDeps()) {
  guardPost(deps.process, deps.log);
  try {
    await deps.log.group("Save the session", () => savePost(deps));
  } catch (error) {
    deps.log.warning(`The session was not saved: ${errorMessage(error)}`);
  }
}
function defaultDeps() {
  return {
    log: coreLog,
    env: process.env,
    state: coreState,
    getInput: (name) => getInput(name),
    cache: createActionsCacheClient(),
    process
  };
}
async function savePost(deps) {
  const { log, env } = deps;
  const state = readPostState(deps.state);
  if (!state) {
    log.info("Main stopped before it opened a session database: nothing to save.");
    return;
  }
  const { dbPath } = state;
  if (!existsSync(dbPath)) {
    log.info(`No session database at ${dbPath}: nothing to save.`);
    return;
  }
  const secrets = secretsToProtect([deps.getInput(Inputs.ApiKey), deps.getInput(Inputs.GithubToken)], env);
  const { store, quarantined } = openStore(dbPath, { warn: (m) => log.warning(m), secrets });
  try {
    if (quarantined) return;
    const target = {
      store,
      dbPath,
      runId: state.runId,
      sessionKey: state.sessionKey,
      attempt: state.attempt,
      cache: deps.cache,
      log,
      ...state.sessionId && state.workspace ? { workspace: { sessionId: state.sessionId, ...state.workspace } } : {}
    };
    await captureWorkspace(target, null);
    store.checkpoint();
    const check = store.db.pragma("quick_check", { simple: true });
    if (check !== "ok") {
      log.warning(`The session database failed its integrity check (${String(check)}); it was not saved.`);
      return;
    }
    store.close();
    if (!state.cacheEnabled || state.cacheAccess === "read-only") {
      log.info(
        state.cacheEnabled ? "Not saved: this run's cache is read-only, so a re-run cannot resume this session (see the job summary)." : "Not saved: the 'cache' input is false."
      );
      return;
    }
    if (fingerprint(dbPath) === state.dbFingerprint) {
      log.info("The session database is unchanged since it was restored: nothing new to save.");
      return;
    }
    await saveDb(target);
  } finally {
    store.close();
  }
}

// src/post.ts
await run();
