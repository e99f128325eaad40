import { createRequire as __arCreateRequire } from 'node:module'; const require = __arCreateRequire(import.meta.url);
import {
  createActionsCacheClient
} from "./chunks/cache-worker+cache-client.js";
import {
  WORKER_RESULT
} from "./chunks/main+post+cache-worker.js";
import {
  errorMessage
} from "./chunks/main+post+cache-worker+cache-client+github-octokit.js";
import "./chunks/main+post+cache-worker+cache-client+github-octokit+glob.js";
import "./chunks/shared.js";

// src/cache-worker.ts
var chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
var result;
try {
  const request = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  const client = createActionsCacheClient();
  result = request.op === "restore" ? await client.restore(request.paths, request.primaryKey, request.restoreKeys, {
    ...request.lookupOnly ? { lookupOnly: true } : {},
    ...request.timeoutMs ? { timeoutMs: request.timeoutMs } : {},
    ...request.root ? { root: request.root } : {}
  }) : await client.save(request.paths, request.key, request.root ? { root: request.root } : {});
} catch (error) {
  result = { hit: false, saved: false, reason: "error", detail: errorMessage(error) };
}
process.stdout.write(`
${WORKER_RESULT}${JSON.stringify(result)}
`);
