import { createRequire as __arCreateRequire } from 'node:module'; const require = __arCreateRequire(import.meta.url);
import {
  require_token_util
} from "./chunks-FZ667VD4.js";
import "./chunks-OAVGOA7V.js";
export default require_token_util();
