import { createRequire as __arCreateRequire } from 'node:module'; const require = __arCreateRequire(import.meta.url);
import {
  headChars
} from "./main+post+github-octokit.js";
import {
  errorMessage
} from "./main+post+cache-worker+cache-client+github-octokit.js";

// src/github/errors.ts
function hasStatus(err, status) {
  return typeof err === "object" && err !== null && "status" in err && err.status === status;
}
function statusOf(err) {
  if (typeof err !== "object" || err === null || !("status" in err)) return void 0;
  return typeof err.status === "number" ? err.status : void 0;
}
var MAX_CAUSE = 300;
function describeGitHubError(err) {
  const status = statusOf(err);
  const response = typeof err === "object" && err !== null && "response" in err ? err.response : void 0;
  const raw = typeof err === "object" && err !== null && "message" in err && typeof err.message === "string" ? err.message : String(err);
  let message = raw.replace(/\s+-\s+https:\/\/docs\.github\.com\/\S*$/, "");
  if (/^\s*</.test(message)) message = "";
  message = (message.split("\n").find((l) => l.trim() !== "") ?? "").trim();
  if (message.length > MAX_CAUSE) message = `${headChars(message, MAX_CAUSE)}\u2026`;
  if (status === void 0) return message || "an unknown error";
  if (status === 500 && response === void 0) return `GitHub did not answer${message ? ` (${message})` : ""}`;
  return message ? `GitHub answered ${status} (${message})` : `GitHub answered ${status}`;
}
function warnOnError(log, during) {
  return (error, what = during) => log.warning(`GitHub: ${what} failed: ${errorMessage(error)}`);
}

export {
  hasStatus,
  statusOf,
  describeGitHubError,
  warnOnError
};
