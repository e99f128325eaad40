import { createRequire as __arCreateRequire } from 'node:module'; const require = __arCreateRequire(import.meta.url);
import {
  Inputs,
  PROGRESS_COMMENT_ID_KEY,
  ProgressComment,
  captureWorkspace,
  connectGitHub,
  coreState,
  fingerprint,
  openStore,
  readPostState,
  readRunInfo,
  saveDb,
  secretsToProtect
} from "./chunks/main+post.js";
import {
  createWorkerCacheClient
} from "./chunks/main+post+cache-worker.js";
import "./chunks/main+post+github-octokit.js";
import {
  coreLog,
  errorMessage
} from "./chunks/main+post+cache-worker+cache-client+github-octokit.js";
import {
  getInput
} from "./chunks/main+post+cache-worker+cache-client+github-octokit+glob.js";
import "./chunks/shared.js";

// src/post/run.ts
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

// src/post/thread.ts
var THREAD_DEADLINE_MS = 15e3;
async function reportInterruption(deps, state, afterStep) {
  const thread = state.thread;
  if (state.reported || !thread) return;
  const token = deps.getInput(Inputs.GithubToken);
  if (token === "") return;
  const run2 = { ...readRunInfo(deps.env), attempt: state.attempt };
  const deadline = AbortSignal.timeout(THREAD_DEADLINE_MS);
  const ports = deps.github(token, run2.repo, deadline);
  const warn = (err, during) => deps.log.warning(`The thread was not updated (${during}): ${errorMessage(err)}`);
  const resumable = state.cacheEnabled && state.cacheAccess !== "read-only";
  const progress = new ProgressComment({
    port: ports,
    kv: { get: (key) => key === PROGRESS_COMMENT_ID_KEY ? String(thread.commentId) : void 0, set: () => {
    } },
    issueNumber: thread.issueNumber,
    run: run2,
    sessionKey: state.sessionKey,
    onError: warn
  });
  if (await progress.attach()) {
    if (await progress.stopped("interrupted", afterStep, resumable)) deps.log.info("The progress comment says the attempt was interrupted.");
  }
  if (thread.reaction) {
    try {
      await ports.removeReaction(thread.reaction.target, thread.reaction.id);
    } catch (err) {
      warn(err, "removing the \u{1F440} reaction");
    }
  }
}

// src/post/run.ts
function guardPost(proc, log) {
  const warn = (reason) => log.warning(`The post step hit an unexpected error and carried on: ${errorMessage(reason)}`);
  proc.on("uncaughtException", warn);
  proc.on("unhandledRejection", warn);
}
async function run(deps = defaultDeps()) {
  guardPost(deps.process, deps.log);
  const cancel = new AbortController();
  const onSignal = () => cancel.abort(new Error("the job was cancelled"));
  process.once("SIGINT", onSignal).once("SIGTERM", onSignal);
  try {
    await runPost(deps, cancel.signal);
  } finally {
    process.off("SIGINT", onSignal).off("SIGTERM", onSignal);
  }
}
async function runPost(deps, signal) {
  const state = readPostState(deps.state);
  let steps = 0;
  try {
    steps = await deps.log.group("Save the session", () => savePost(deps, state, signal));
  } catch (error) {
    deps.log.warning(`The session was not saved: ${errorMessage(error)}`);
  }
  if (state?.thread && !state.reported) {
    try {
      await deps.log.group("Update the thread", () => reportInterruption(deps, state, steps));
    } catch (error) {
      deps.log.warning(`The thread was not updated: ${errorMessage(error)}`);
    }
  }
}
function defaultDeps() {
  return {
    log: coreLog,
    env: process.env,
    state: coreState,
    getInput: (name) => getInput(name),
    cache: createWorkerCacheClient({ workerPath: join(dirname(process.argv[1] ?? "."), "cache-worker.js"), timeoutMs: 6e4 }),
    process,
    github: (token, repo, signal) => connectGitHub(token, repo, { signal, retries: 1 })
  };
}
function cacheTimeoutMs(raw) {
  const seconds = Number(raw.trim());
  return Number.isInteger(seconds) && seconds >= 1 && seconds <= 3600 ? seconds * 1e3 : 6e4;
}
async function savePost(deps, state, signal) {
  const { log, env } = deps;
  if (!state) {
    log.info("Main stopped before it opened a session database: nothing to save.");
    return 0;
  }
  const { dbPath } = state;
  if (!existsSync(dbPath)) {
    log.info(`No session database at ${dbPath}: nothing to save.`);
    return 0;
  }
  const secrets = secretsToProtect([deps.getInput(Inputs.ApiKey), deps.getInput(Inputs.GithubToken)], env);
  const { store, quarantined } = openStore(dbPath, { warn: (m) => log.warning(m), secrets });
  try {
    if (quarantined) return 0;
    const steps = state.sessionId ? store.getAttempt(state.sessionId, state.attempt)?.steps ?? 0 : 0;
    const target = {
      store,
      dbPath,
      runId: state.runId,
      sessionKey: state.sessionKey,
      attempt: state.attempt,
      cache: deps.cache,
      log,
      // The post step ends on its own: the final save has the same budget as every cache operation.
      timeoutMs: cacheTimeoutMs(deps.getInput(Inputs.CacheTimeout)),
      signal,
      ...state.sessionId && state.workspace ? { workspace: { sessionId: state.sessionId, ...state.workspace } } : {}
    };
    await captureWorkspace(target, null);
    store.checkpoint();
    const check = store.db.pragma("quick_check", { simple: true });
    if (check !== "ok") {
      log.warning(`The session database failed its integrity check (${String(check)}); it was not saved.`);
      return steps;
    }
    store.close();
    if (!state.cacheEnabled || state.cacheAccess === "read-only") {
      log.info(
        state.cacheEnabled ? "Not saved: this run's cache is read-only, so a re-run cannot resume this session (see the job summary)." : "Not saved: the 'cache' input is false."
      );
      return steps;
    }
    if (fingerprint(dbPath) === state.dbFingerprint) {
      log.info("The session database is unchanged since it was restored: nothing new to save.");
      return steps;
    }
    await saveDb(target);
    return steps;
  } finally {
    store.close();
  }
}

// src/post.ts
await run();
process.exit();
