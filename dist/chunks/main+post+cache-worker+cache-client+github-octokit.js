import { createRequire as __arCreateRequire } from 'node:module'; const require = __arCreateRequire(import.meta.url);
import {
  debug,
  error,
  group,
  info,
  notice,
  warning
} from "./main+post+cache-worker+cache-client+github-octokit+glob.js";

// src/log.ts
var coreLog = {
  info: (m) => info(m),
  warning: (m) => warning(m),
  notice: (m) => notice(m),
  error: (m) => error(m),
  debug: (m) => debug(m),
  group: (name, fn) => group(name, fn)
};
var silentLog = {
  info: () => void 0,
  warning: () => void 0,
  notice: () => void 0,
  error: () => void 0,
  debug: () => void 0,
  group: (_name, fn) => fn()
};
function errorMessage(error2) {
  return error2 instanceof Error ? error2.message : String(error2);
}

export {
  coreLog,
  silentLog,
  errorMessage
};
