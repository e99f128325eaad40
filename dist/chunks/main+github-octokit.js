import { createRequire as __arCreateRequire } from 'node:module'; const require = __arCreateRequire(import.meta.url);
import {
  errorMessage
} from "./main+post+github-octokit.js";

// src/github/errors.ts
function hasStatus(err, status) {
  return typeof err === "object" && err !== null && "status" in err && err.status === status;
}
function warnOnError(log, during) {
  return (error, what = during) => log.warning(`GitHub: ${what} failed: ${errorMessage(error)}`);
}

export {
  hasStatus,
  warnOnError
};
