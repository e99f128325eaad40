import { createRequire as __arCreateRequire } from 'node:module'; const require = __arCreateRequire(import.meta.url);
import {
  createActionsCacheClient
} from "./cache-worker+cache-client.js";
import "./main+post+cache-worker+cache-client+github-octokit.js";
import "./main+post+cache-worker+cache-client+github-octokit+glob.js";
import "./shared.js";
export {
  createActionsCacheClient
};
