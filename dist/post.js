import { createRequire as __arCreateRequire } from 'node:module'; const require = __arCreateRequire(import.meta.url);
import {
  Inputs,
  State,
  captureWorkspace,
  coreLog,
  createActionsCacheClient,
  credentialValues,
  errorMessage,
  fingerprint,
  getInput,
  getState,
  openStore,
  saveDb
} from "./chunks-G2W4U62C.js";
import "./chunks-OAVGOA7V.js";

// src/post-run.ts
import { existsSync } from "node:fs";
async function run(deps = defaultDeps()) {
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
    getState: (name) => getState(name),
    getInput: (name) => getInput(name),
    cache: createActionsCacheClient()
  };
}
async function savePost(deps) {
  const { log, env, getState: getState2 } = deps;
  const dbPath = getState2(State.DbPath);
  if (dbPath === "") {
    log.info("Main stopped before it opened a session database: nothing to save.");
    return;
  }
  if (!existsSync(dbPath)) {
    log.info(`No session database at ${dbPath}: nothing to save.`);
    return;
  }
  const secrets = [deps.getInput(Inputs.ApiKey), deps.getInput(Inputs.GithubToken), ...credentialValues(env)].filter((s) => s !== "");
  const { store, quarantined } = openStore(dbPath, { warn: (m) => log.warning(m), secrets });
  try {
    if (quarantined) return;
    const sessionId = getState2(State.SessionId);
    const root = getState2(State.WorkspaceRoot);
    const base = getState2(State.WorkspaceBase);
    const cacheUsable = getState2(State.CacheEnabled) === "true" && getState2(State.CacheAccess) !== "read-only";
    const target = {
      store,
      dbPath,
      runId: env.GITHUB_RUN_ID ?? "",
      sessionKey: getState2(State.SessionKey),
      attempt: Number(env.GITHUB_RUN_ATTEMPT ?? "1"),
      cache: deps.cache,
      log,
      ...sessionId && root && base ? { workspace: { sessionId, root, base } } : {}
    };
    await captureWorkspace(target, null);
    store.checkpoint();
    const check = store.db.pragma("quick_check", { simple: true });
    if (check !== "ok") {
      log.warning(`The session database failed its integrity check (${String(check)}); it was not saved.`);
      return;
    }
    store.close();
    if (!cacheUsable) {
      log.info(
        getState2(State.CacheEnabled) === "true" ? "Not saved: this run's cache is read-only, so a re-run cannot resume this session (see the job summary)." : "Not saved: the 'cache' input is false."
      );
      return;
    }
    if (fingerprint(dbPath) === getState2(State.DbFingerprint)) {
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
