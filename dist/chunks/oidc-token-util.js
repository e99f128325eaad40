import { createRequire as __arCreateRequire } from 'node:module'; const require = __arCreateRequire(import.meta.url);
import {
  require_token_util
} from "./main+oidc-token+oidc-token-util.js";
import "./shared.js";
export default require_token_util();
