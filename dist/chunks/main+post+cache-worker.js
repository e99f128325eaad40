import { createRequire as __arCreateRequire } from 'node:module'; const require = __arCreateRequire(import.meta.url);

// src/cache/worker-client.ts
import { spawn } from "node:child_process";

// src/executable.ts
import { accessSync, constants } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, isAbsolute, join } from "node:path";

// src/path-within.ts
import { realpathSync } from "node:fs";
import * as nodePath from "node:path";
function isWithin(path, dir, p = nodePath) {
  const rel = p.relative(dir, path);
  return rel === "" || rel !== ".." && !rel.startsWith(`..${p.sep}`) && !p.isAbsolute(rel);
}
function realOrSame(path) {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

// src/executable.ts
function can(path, mode) {
  try {
    accessSync(path, mode);
    return true;
  } catch {
    return false;
  }
}
function trustedDirs(env, strictOnly) {
  const untrusted = [env.HOME, env.GITHUB_WORKSPACE, env.RUNNER_TEMP, tmpdir(), "/tmp"].filter((d) => d !== void 0 && d !== "" && isAbsolute(d)).map(realOrSame).filter((d) => d !== "/");
  const outside = (env.PATH ?? "").split(delimiter).filter((d) => isAbsolute(d) && !untrusted.some((u) => isWithin(realOrSame(d), u)));
  const root = process.getuid?.() === 0;
  return strictOnly ? outside.filter((d) => root || !can(d, constants.W_OK)) : outside;
}
function trustedPath(env = process.env) {
  if (process.platform === "win32") return env.PATH ?? "";
  const dirs = trustedDirs(env, true);
  return dirs.length > 0 ? dirs.join(delimiter) : "/usr/local/bin:/usr/bin:/bin";
}
function trustedExecutable(name, env = process.env) {
  if (process.platform === "win32") return name;
  const found = (dir) => can(join(dir, name), constants.X_OK);
  const loose = trustedDirs(env, true).find(found) ?? trustedDirs(env, false).find(found);
  return loose ? join(loose, name) : name;
}
var cache = /* @__PURE__ */ new Map();
function executable(name) {
  let path = cache.get(name);
  if (path === void 0) {
    path = trustedExecutable(name);
    cache.set(name, path);
  }
  return path;
}

// src/cache/worker-client.ts
var WORKER_RESULT = "::agent-resume-cache-result::";
function spawnWorker(o) {
  return spawn(o.node ?? process.execPath, [o.workerPath], {
    // tar and zstd, which @actions/cache runs there, come from PATH: none the agent could have planted.
    env: o.env ?? { ...process.env, PATH: trustedPath() },
    stdio: ["pipe", "pipe", "pipe"],
    detached: true
    // its own process group: tar and zstd go with it
  });
}
function runWorker(o, child, request, timeoutMs, signal) {
  return new Promise((resolve) => {
    let out = "";
    let err = "";
    let settled = false;
    const kill = () => {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        child.kill("SIGKILL");
      }
    };
    const finish = (outcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      const lines = out.split("\n").filter((l) => l !== "" && !l.startsWith(WORKER_RESULT));
      if (lines.length > 0) (o.forward ?? ((t) => process.stdout.write(t)))(`${lines.join("\n")}
`);
      resolve(outcome);
    };
    const timer = setTimeout(() => {
      kill();
      finish({ kind: "timeout", detail: `gave up after ${Math.round(timeoutMs / 1e3)} s` });
    }, timeoutMs);
    const onAbort = () => {
      kill();
      finish({ kind: "cancelled", detail: "the job was cancelled" });
    };
    if (signal?.aborted) return onAbort();
    signal?.addEventListener("abort", onAbort, { once: true });
    child.stdout.on("data", (c) => out += c.toString("utf8"));
    child.stderr.on("data", (c) => err += c.toString("utf8"));
    child.on("error", (e) => finish({ kind: "crashed", detail: e.message }));
    child.on("close", (code) => {
      const line = out.split("\n").findLast((l) => l.startsWith(WORKER_RESULT));
      if (line) return finish({ kind: "done", value: JSON.parse(line.slice(WORKER_RESULT.length)) });
      finish({ kind: "crashed", detail: `the cache worker exited ${code ?? "on a signal"}: ${err.trim().split("\n").at(-1) ?? ""}` });
    });
    child.stdin.end(JSON.stringify(request));
  });
}
async function boundedLookup(client, paths, primaryKey, restoreKeys, timeoutMs, signal) {
  let timer;
  const stop = new Promise((resolve) => {
    timer = setTimeout(
      () => resolve({ hit: false, reason: "timeout", detail: `gave up after ${Math.round(timeoutMs / 1e3)} s` }),
      timeoutMs
    );
    timer.unref();
    signal?.addEventListener("abort", () => resolve({ hit: false, reason: "cancelled", detail: "the job was cancelled" }), { once: true });
  });
  try {
    return await Promise.race([client.restore(paths, primaryKey, restoreKeys, { lookupOnly: true }), stop]);
  } finally {
    clearTimeout(timer);
  }
}
function createWorkerCacheClient(o) {
  return {
    async restore(paths, primaryKey, restoreKeys, options = {}) {
      const timeoutMs = options.timeoutMs ?? o.timeoutMs;
      if (options.lookupOnly && o.lookups)
        return boundedLookup(await o.lookups(), paths, primaryKey, restoreKeys, timeoutMs, options.signal);
      const request = {
        op: "restore",
        paths,
        primaryKey,
        restoreKeys,
        lookupOnly: options.lookupOnly,
        timeoutMs,
        root: options.root
      };
      const r = await runWorker(o, spawnWorker(o), request, timeoutMs, options.signal);
      if (r.kind === "done") return r.value;
      return { hit: false, reason: r.kind === "crashed" ? "error" : r.kind, detail: r.detail };
    },
    async save(paths, key, options = {}) {
      const request = { op: "save", paths, key, root: options.root };
      const r = await runWorker(o, spawnWorker(o), request, options.timeoutMs ?? o.timeoutMs, options.signal);
      if (r.kind === "done") return r.value;
      return { saved: false, reason: r.kind === "crashed" ? "error" : r.kind, detail: r.detail };
    }
  };
}

export {
  isWithin,
  realOrSame,
  trustedPath,
  trustedExecutable,
  executable,
  WORKER_RESULT,
  createWorkerCacheClient
};
