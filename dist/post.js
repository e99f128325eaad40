import { createRequire as __arCreateRequire } from 'node:module'; const require = __arCreateRequire(import.meta.url);
import {
  EMPTY_TREE,
  Git,
  Inputs,
  PROGRESS_COMMENT_ID_KEY,
  ProgressComment,
  cacheAccess,
  captureWorkspace,
  checkInputPaths,
  connectGitHub,
  coreState,
  fingerprint,
  mcpSecrets,
  openStore,
  readHandover,
  readRunContext,
  readRunInfo,
  readSettings,
  saveDb,
  secretsToProtect
} from "./chunks/main+post.js";
import "./chunks/main+post+github-octokit.js";
import {
  createWorkerCacheClient
} from "./chunks/main+post+cache-worker.js";
import {
  coreLog,
  errorMessage
} from "./chunks/main+post+cache-worker+cache-client+github-octokit.js";
import {
  getInput
} from "./chunks/main+post+cache-worker+cache-client+github-octokit+glob.js";
import "./chunks/main+post+agent-mcp-connect+anthropic+google+openai+openai-compatible.js";
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
  const handover = readHandover(deps.state);
  if (!handover) {
    deps.log.info("Main stopped before it opened a session database: nothing to save.");
    return;
  }
  let post;
  try {
    post = derive(deps, handover);
  } catch (error) {
    deps.log.warning(`The post step did nothing: ${errorMessage(error)}`);
    return;
  }
  const { state } = post;
  let steps = 0;
  try {
    steps = await deps.log.group("Save the session", () => savePost(deps, post, signal));
  } catch (error) {
    deps.log.warning(`The session was not saved: ${errorMessage(error)}`);
  }
  if (state.thread && !state.reported) {
    try {
      await deps.log.group("Update the thread", () => reportInterruption(deps, state, steps));
    } catch (error) {
      deps.log.warning(`The thread was not updated: ${errorMessage(error)}`);
    }
  }
}
function derive(deps, h) {
  const { env, log } = deps;
  const settings = readSettings(deps.getInput);
  const ctx = readRunContext(settings, env);
  checkInputPaths(settings, ctx, env);
  if (h.rejected.length > 0) log.warning(`Ignored state values main does not write: ${h.rejected.join(", ")}.`);
  if (h.dbPath !== ctx.dbPath) {
    log.warning(`The state names another database (${JSON.stringify(h.dbPath.slice(0, 200))}); ignored: the inputs give ${ctx.dbPath}.`);
  }
  const state = {
    dbPath: ctx.dbPath,
    runId: ctx.run.runId,
    attempt: ctx.run.attempt,
    sessionKey: ctx.sessionKey,
    cacheEnabled: settings.cache,
    cacheAccess: cacheAccess(env.ACTIONS_RUNTIME_TOKEN, env.GITHUB_REF).access,
    dbFingerprint: h.dbFingerprint,
    sessionId: h.sessionId,
    workspace: h.workspaceBase ? { root: ctx.workspaceRoot, base: h.workspaceBase } : void 0,
    thread: h.thread,
    reported: h.reported
  };
  const secrets = secretsToProtect([settings.apiKey, settings.githubToken, ...mcpSecrets(settings.mcpServers)], env);
  return { state, secrets, timeoutMs: settings.cacheTimeoutSeconds * 1e3 };
}
function verifiedSession(store, state, log) {
  const id = state.sessionId;
  if (id === void 0) return void 0;
  if (store.sessionsForRun(state.runId, state.sessionKey).some((s) => s.id === id)) return id;
  log.warning(`The state names session ${id}, which ${state.dbPath} does not hold for this run: ignored.`);
  return void 0;
}
async function verifiedWorkspace(state, log) {
  const ws = state.workspace;
  if (!ws || ws.base === EMPTY_TREE) return ws;
  const r = await new Git(ws.root).run(["rev-parse", "--verify", "--quiet", `${ws.base}^{commit}`]).catch(() => void 0);
  if (r?.code === 0) return ws;
  log.warning(`The state names base commit ${ws.base}, which is not a commit in ${ws.root}: the workspace changes are not captured.`);
  return void 0;
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
async function savePost(deps, post, signal) {
  const { log } = deps;
  const { state, secrets } = post;
  const { dbPath } = state;
  if (!existsSync(dbPath)) {
    log.info(`No session database at ${dbPath}: nothing to save.`);
    return 0;
  }
  const { store, quarantined } = openStore(dbPath, { warn: (m) => log.warning(m), info: (m) => log.info(m), secrets });
  try {
    if (quarantined) return 0;
    const sessionId = verifiedSession(store, state, log);
    const workspace = sessionId ? await verifiedWorkspace(state, log) : void 0;
    const steps = sessionId ? store.getAttempt(sessionId, state.attempt)?.steps ?? 0 : 0;
    const target = {
      store,
      dbPath,
      runId: state.runId,
      sessionKey: state.sessionKey,
      attempt: state.attempt,
      cache: deps.cache,
      log,
      timeoutMs: post.timeoutMs,
      signal,
      ...sessionId && workspace ? { workspace: { sessionId, ...workspace } } : {}
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
