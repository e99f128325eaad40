import { createRequire as __arCreateRequire } from 'node:module'; const require = __arCreateRequire(import.meta.url);
import {
  AISDKError,
  EventSourceParserStream,
  asSchema,
  dynamicTool,
  fetchWithValidatedEndpoint,
  fetchWithValidatedRedirects,
  getRuntimeEnvironmentUserAgent,
  jsonSchema,
  parseJSON,
  retryWithExponentialBackoff,
  safeParseJSON,
  safeValidateTypes,
  tool,
  validateDownloadUrl,
  withUserAgentSuffix
} from "./main+agent-mcp-connect+anthropic+google+openai+openai-compatible.js";
import {
  NEVER,
  ZodIssueCode,
  any,
  array,
  base64,
  boolean,
  literal,
  looseObject,
  number,
  object,
  optional,
  record,
  string,
  union,
  unknown
} from "./main+post+agent-mcp-connect+anthropic+google+openai+openai-compatible.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./shared.js";

// node_modules/cross-spawn/node_modules/isexe/windows.js
var require_windows = __commonJS({
  "node_modules/cross-spawn/node_modules/isexe/windows.js"(exports, module) {
    module.exports = isexe;
    isexe.sync = sync;
    var fs = __require("fs");
    function checkPathExt(path, options) {
      var pathext = options.pathExt !== void 0 ? options.pathExt : process.env.PATHEXT;
      if (!pathext) {
        return true;
      }
      pathext = pathext.split(";");
      if (pathext.indexOf("") !== -1) {
        return true;
      }
      for (var i = 0; i < pathext.length; i++) {
        var p = pathext[i].toLowerCase();
        if (p && path.substr(-p.length).toLowerCase() === p) {
          return true;
        }
      }
      return false;
    }
    function checkStat(stat, path, options) {
      if (!stat.isSymbolicLink() && !stat.isFile()) {
        return false;
      }
      return checkPathExt(path, options);
    }
    function isexe(path, options, cb) {
      fs.stat(path, function(er, stat) {
        cb(er, er ? false : checkStat(stat, path, options));
      });
    }
    function sync(path, options) {
      return checkStat(fs.statSync(path), path, options);
    }
  }
});

// node_modules/cross-spawn/node_modules/isexe/mode.js
var require_mode = __commonJS({
  "node_modules/cross-spawn/node_modules/isexe/mode.js"(exports, module) {
    module.exports = isexe;
    isexe.sync = sync;
    var fs = __require("fs");
    function isexe(path, options, cb) {
      fs.stat(path, function(er, stat) {
        cb(er, er ? false : checkStat(stat, options));
      });
    }
    function sync(path, options) {
      return checkStat(fs.statSync(path), options);
    }
    function checkStat(stat, options) {
      return stat.isFile() && checkMode(stat, options);
    }
    function checkMode(stat, options) {
      var mod = stat.mode;
      var uid = stat.uid;
      var gid = stat.gid;
      var myUid = options.uid !== void 0 ? options.uid : process.getuid && process.getuid();
      var myGid = options.gid !== void 0 ? options.gid : process.getgid && process.getgid();
      var u = parseInt("100", 8);
      var g = parseInt("010", 8);
      var o = parseInt("001", 8);
      var ug = u | g;
      var ret = mod & o || mod & g && gid === myGid || mod & u && uid === myUid || mod & ug && myUid === 0;
      return ret;
    }
  }
});

// node_modules/cross-spawn/node_modules/isexe/index.js
var require_isexe = __commonJS({
  "node_modules/cross-spawn/node_modules/isexe/index.js"(exports, module) {
    var fs = __require("fs");
    var core;
    if (process.platform === "win32" || global.TESTING_WINDOWS) {
      core = require_windows();
    } else {
      core = require_mode();
    }
    module.exports = isexe;
    isexe.sync = sync;
    function isexe(path, options, cb) {
      if (typeof options === "function") {
        cb = options;
        options = {};
      }
      if (!cb) {
        if (typeof Promise !== "function") {
          throw new TypeError("callback not provided");
        }
        return new Promise(function(resolve, reject) {
          isexe(path, options || {}, function(er, is) {
            if (er) {
              reject(er);
            } else {
              resolve(is);
            }
          });
        });
      }
      core(path, options || {}, function(er, is) {
        if (er) {
          if (er.code === "EACCES" || options && options.ignoreErrors) {
            er = null;
            is = false;
          }
        }
        cb(er, is);
      });
    }
    function sync(path, options) {
      try {
        return core.sync(path, options || {});
      } catch (er) {
        if (options && options.ignoreErrors || er.code === "EACCES") {
          return false;
        } else {
          throw er;
        }
      }
    }
  }
});

// node_modules/cross-spawn/node_modules/which/which.js
var require_which = __commonJS({
  "node_modules/cross-spawn/node_modules/which/which.js"(exports, module) {
    var isWindows = process.platform === "win32" || process.env.OSTYPE === "cygwin" || process.env.OSTYPE === "msys";
    var path = __require("path");
    var COLON = isWindows ? ";" : ":";
    var isexe = require_isexe();
    var getNotFoundError = (cmd) => Object.assign(new Error(`not found: ${cmd}`), { code: "ENOENT" });
    var getPathInfo = (cmd, opt) => {
      const colon = opt.colon || COLON;
      const pathEnv = cmd.match(/\//) || isWindows && cmd.match(/\\/) ? [""] : [
        // windows always checks the cwd first
        ...isWindows ? [process.cwd()] : [],
        ...(opt.path || process.env.PATH || /* istanbul ignore next: very unusual */
        "").split(colon)
      ];
      const pathExtExe = isWindows ? opt.pathExt || process.env.PATHEXT || ".EXE;.CMD;.BAT;.COM" : "";
      const pathExt = isWindows ? pathExtExe.split(colon) : [""];
      if (isWindows) {
        if (cmd.indexOf(".") !== -1 && pathExt[0] !== "")
          pathExt.unshift("");
      }
      return {
        pathEnv,
        pathExt,
        pathExtExe
      };
    };
    var which = (cmd, opt, cb) => {
      if (typeof opt === "function") {
        cb = opt;
        opt = {};
      }
      if (!opt)
        opt = {};
      const { pathEnv, pathExt, pathExtExe } = getPathInfo(cmd, opt);
      const found = [];
      const step = (i) => new Promise((resolve, reject) => {
        if (i === pathEnv.length)
          return opt.all && found.length ? resolve(found) : reject(getNotFoundError(cmd));
        const ppRaw = pathEnv[i];
        const pathPart = /^".*"$/.test(ppRaw) ? ppRaw.slice(1, -1) : ppRaw;
        const pCmd = path.join(pathPart, cmd);
        const p = !pathPart && /^\.[\\\/]/.test(cmd) ? cmd.slice(0, 2) + pCmd : pCmd;
        resolve(subStep(p, i, 0));
      });
      const subStep = (p, i, ii) => new Promise((resolve, reject) => {
        if (ii === pathExt.length)
          return resolve(step(i + 1));
        const ext = pathExt[ii];
        isexe(p + ext, { pathExt: pathExtExe }, (er, is) => {
          if (!er && is) {
            if (opt.all)
              found.push(p + ext);
            else
              return resolve(p + ext);
          }
          return resolve(subStep(p, i, ii + 1));
        });
      });
      return cb ? step(0).then((res) => cb(null, res), cb) : step(0);
    };
    var whichSync = (cmd, opt) => {
      opt = opt || {};
      const { pathEnv, pathExt, pathExtExe } = getPathInfo(cmd, opt);
      const found = [];
      for (let i = 0; i < pathEnv.length; i++) {
        const ppRaw = pathEnv[i];
        const pathPart = /^".*"$/.test(ppRaw) ? ppRaw.slice(1, -1) : ppRaw;
        const pCmd = path.join(pathPart, cmd);
        const p = !pathPart && /^\.[\\\/]/.test(cmd) ? cmd.slice(0, 2) + pCmd : pCmd;
        for (let j = 0; j < pathExt.length; j++) {
          const cur = p + pathExt[j];
          try {
            const is = isexe.sync(cur, { pathExt: pathExtExe });
            if (is) {
              if (opt.all)
                found.push(cur);
              else
                return cur;
            }
          } catch (ex) {
          }
        }
      }
      if (opt.all && found.length)
        return found;
      if (opt.nothrow)
        return null;
      throw getNotFoundError(cmd);
    };
    module.exports = which;
    which.sync = whichSync;
  }
});

// node_modules/path-key/index.js
var require_path_key = __commonJS({
  "node_modules/path-key/index.js"(exports, module) {
    "use strict";
    var pathKey = (options = {}) => {
      const environment = options.env || process.env;
      const platform = options.platform || process.platform;
      if (platform !== "win32") {
        return "PATH";
      }
      return Object.keys(environment).reverse().find((key) => key.toUpperCase() === "PATH") || "Path";
    };
    module.exports = pathKey;
    module.exports.default = pathKey;
  }
});

// node_modules/cross-spawn/lib/util/resolveCommand.js
var require_resolveCommand = __commonJS({
  "node_modules/cross-spawn/lib/util/resolveCommand.js"(exports, module) {
    "use strict";
    var path = __require("path");
    var which = require_which();
    var getPathKey = require_path_key();
    function resolveCommandAttempt(parsed, withoutPathExt) {
      const env = parsed.options.env || process.env;
      const cwd = process.cwd();
      const hasCustomCwd = parsed.options.cwd != null;
      const shouldSwitchCwd = hasCustomCwd && process.chdir !== void 0 && !process.chdir.disabled;
      if (shouldSwitchCwd) {
        try {
          process.chdir(parsed.options.cwd);
        } catch (err) {
        }
      }
      let resolved;
      try {
        resolved = which.sync(parsed.command, {
          path: env[getPathKey({ env })],
          pathExt: withoutPathExt ? path.delimiter : void 0
        });
      } catch (e) {
      } finally {
        if (shouldSwitchCwd) {
          process.chdir(cwd);
        }
      }
      if (resolved) {
        resolved = path.resolve(hasCustomCwd ? parsed.options.cwd : "", resolved);
      }
      return resolved;
    }
    function resolveCommand(parsed) {
      return resolveCommandAttempt(parsed) || resolveCommandAttempt(parsed, true);
    }
    module.exports = resolveCommand;
  }
});

// node_modules/cross-spawn/lib/util/escape.js
var require_escape = __commonJS({
  "node_modules/cross-spawn/lib/util/escape.js"(exports, module) {
    "use strict";
    var metaCharsRegExp = /([()\][%!^"`<>&|;, *?])/g;
    function escapeCommand(arg) {
      arg = arg.replace(metaCharsRegExp, "^$1");
      return arg;
    }
    function escapeArgument(arg, doubleEscapeMetaChars) {
      arg = `${arg}`;
      arg = arg.replace(/(?=(\\+?)?)\1"/g, '$1$1\\"');
      arg = arg.replace(/(?=(\\+?)?)\1$/, "$1$1");
      arg = `"${arg}"`;
      arg = arg.replace(metaCharsRegExp, "^$1");
      if (doubleEscapeMetaChars) {
        arg = arg.replace(metaCharsRegExp, "^$1");
      }
      return arg;
    }
    module.exports.command = escapeCommand;
    module.exports.argument = escapeArgument;
  }
});

// node_modules/shebang-regex/index.js
var require_shebang_regex = __commonJS({
  "node_modules/shebang-regex/index.js"(exports, module) {
    "use strict";
    module.exports = /^#!(.*)/;
  }
});

// node_modules/shebang-command/index.js
var require_shebang_command = __commonJS({
  "node_modules/shebang-command/index.js"(exports, module) {
    "use strict";
    var shebangRegex = require_shebang_regex();
    module.exports = (string2 = "") => {
      const match = string2.match(shebangRegex);
      if (!match) {
        return null;
      }
      const [path, argument] = match[0].replace(/#! ?/, "").split(" ");
      const binary = path.split("/").pop();
      if (binary === "env") {
        return argument;
      }
      return argument ? `${binary} ${argument}` : binary;
    };
  }
});

// node_modules/cross-spawn/lib/util/readShebang.js
var require_readShebang = __commonJS({
  "node_modules/cross-spawn/lib/util/readShebang.js"(exports, module) {
    "use strict";
    var fs = __require("fs");
    var shebangCommand = require_shebang_command();
    function readShebang(command) {
      const size = 150;
      const buffer = Buffer.alloc(size);
      let fd;
      try {
        fd = fs.openSync(command, "r");
        fs.readSync(fd, buffer, 0, size, 0);
        fs.closeSync(fd);
      } catch (e) {
      }
      return shebangCommand(buffer.toString());
    }
    module.exports = readShebang;
  }
});

// node_modules/cross-spawn/lib/parse.js
var require_parse = __commonJS({
  "node_modules/cross-spawn/lib/parse.js"(exports, module) {
    "use strict";
    var path = __require("path");
    var resolveCommand = require_resolveCommand();
    var escape = require_escape();
    var readShebang = require_readShebang();
    var isWin = process.platform === "win32";
    var isExecutableRegExp = /\.(?:com|exe)$/i;
    var isCmdShimRegExp = /node_modules[\\/].bin[\\/][^\\/]+\.cmd$/i;
    function detectShebang(parsed) {
      parsed.file = resolveCommand(parsed);
      const shebang = parsed.file && readShebang(parsed.file);
      if (shebang) {
        parsed.args.unshift(parsed.file);
        parsed.command = shebang;
        return resolveCommand(parsed);
      }
      return parsed.file;
    }
    function parseNonShell(parsed) {
      if (!isWin) {
        return parsed;
      }
      const commandFile = detectShebang(parsed);
      const needsShell = !isExecutableRegExp.test(commandFile);
      if (parsed.options.forceShell || needsShell) {
        const needsDoubleEscapeMetaChars = isCmdShimRegExp.test(commandFile);
        parsed.command = path.normalize(parsed.command);
        parsed.command = escape.command(parsed.command);
        parsed.args = parsed.args.map((arg) => escape.argument(arg, needsDoubleEscapeMetaChars));
        const shellCommand = [parsed.command].concat(parsed.args).join(" ");
        parsed.args = ["/d", "/s", "/c", `"${shellCommand}"`];
        parsed.command = process.env.comspec || "cmd.exe";
        parsed.options.windowsVerbatimArguments = true;
      }
      return parsed;
    }
    function parse(command, args, options) {
      if (args && !Array.isArray(args)) {
        options = args;
        args = null;
      }
      args = args ? args.slice(0) : [];
      options = Object.assign({}, options);
      const parsed = {
        command,
        args,
        options,
        file: void 0,
        original: {
          command,
          args
        }
      };
      return options.shell ? parsed : parseNonShell(parsed);
    }
    module.exports = parse;
  }
});

// node_modules/cross-spawn/lib/enoent.js
var require_enoent = __commonJS({
  "node_modules/cross-spawn/lib/enoent.js"(exports, module) {
    "use strict";
    var isWin = process.platform === "win32";
    function notFoundError(original, syscall) {
      return Object.assign(new Error(`${syscall} ${original.command} ENOENT`), {
        code: "ENOENT",
        errno: "ENOENT",
        syscall: `${syscall} ${original.command}`,
        path: original.command,
        spawnargs: original.args
      });
    }
    function hookChildProcess(cp, parsed) {
      if (!isWin) {
        return;
      }
      const originalEmit = cp.emit;
      cp.emit = function(name4, arg1) {
        if (name4 === "exit") {
          const err = verifyENOENT(arg1, parsed);
          if (err) {
            return originalEmit.call(cp, "error", err);
          }
        }
        return originalEmit.apply(cp, arguments);
      };
    }
    function verifyENOENT(status, parsed) {
      if (isWin && status === 1 && !parsed.file) {
        return notFoundError(parsed.original, "spawn");
      }
      return null;
    }
    function verifyENOENTSync(status, parsed) {
      if (isWin && status === 1 && !parsed.file) {
        return notFoundError(parsed.original, "spawnSync");
      }
      return null;
    }
    module.exports = {
      hookChildProcess,
      verifyENOENT,
      verifyENOENTSync,
      notFoundError
    };
  }
});

// node_modules/cross-spawn/index.js
var require_cross_spawn = __commonJS({
  "node_modules/cross-spawn/index.js"(exports, module) {
    "use strict";
    var cp = __require("child_process");
    var parse = require_parse();
    var enoent = require_enoent();
    function spawn2(command, args, options) {
      const parsed = parse(command, args, options);
      const spawned = cp.spawn(parsed.command, parsed.args, parsed.options);
      enoent.hookChildProcess(spawned, parsed);
      return spawned;
    }
    function spawnSync(command, args, options) {
      const parsed = parse(command, args, options);
      const result = cp.spawnSync(parsed.command, parsed.args, parsed.options);
      result.error = result.error || enoent.verifyENOENTSync(result.status, parsed);
      return result;
    }
    module.exports = spawn2;
    module.exports.spawn = spawn2;
    module.exports.sync = spawnSync;
    module.exports._parse = parse;
    module.exports._enoent = enoent;
  }
});

// node_modules/pkce-challenge/dist/index.node.js
var crypto;
crypto = globalThis.crypto?.webcrypto ?? // Node.js [18-16] REPL
globalThis.crypto ?? // Node.js >18
import("node:crypto").then((m) => m.webcrypto);
async function getRandomValues(size) {
  return (await crypto).getRandomValues(new Uint8Array(size));
}
async function random(size) {
  const mask = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~";
  const evenDistCutoff = Math.pow(2, 8) - Math.pow(2, 8) % mask.length;
  let result = "";
  while (result.length < size) {
    const randomBytes = await getRandomValues(size - result.length);
    for (const randomByte of randomBytes) {
      if (randomByte < evenDistCutoff) {
        result += mask[randomByte % mask.length];
      }
    }
  }
  return result;
}
async function generateVerifier(length) {
  return await random(length);
}
async function generateChallenge(code_verifier) {
  const buffer = await (await crypto).subtle.digest("SHA-256", new TextEncoder().encode(code_verifier));
  return btoa(String.fromCharCode(...new Uint8Array(buffer))).replace(/\//g, "_").replace(/\+/g, "-").replace(/=/g, "");
}
async function pkceChallenge(length) {
  if (!length)
    length = 43;
  if (length < 43 || length > 128) {
    throw `Expected a length between 43 and 128. Received ${length}.`;
  }
  const verifier = await generateVerifier(length);
  const challenge = await generateChallenge(verifier);
  return {
    code_verifier: verifier,
    code_challenge: challenge
  };
}

// node_modules/@ai-sdk/mcp/dist/index.mjs
var LATEST_PROTOCOL_VERSION = "2025-11-25";
var SUPPORTED_PROTOCOL_VERSIONS = [
  LATEST_PROTOCOL_VERSION,
  "2025-06-18",
  "2025-03-26",
  "2024-11-05"
];
var ToolMetaSchema = optional(record(string(), unknown()));
var ClientOrServerImplementationSchema = looseObject({
  name: string(),
  version: string(),
  title: optional(string())
});
var BaseParamsSchema = looseObject({
  _meta: optional(object({}).loose())
});
var ResultSchema = BaseParamsSchema;
var RequestSchema = object({
  method: string(),
  params: optional(BaseParamsSchema)
});
var ElicitationCapabilitySchema = object({
  applyDefaults: optional(boolean())
}).loose();
var ServerCapabilitiesSchema = looseObject({
  experimental: optional(object({}).loose()),
  logging: optional(object({}).loose()),
  completions: optional(object({}).loose()),
  prompts: optional(
    looseObject({
      listChanged: optional(boolean())
    })
  ),
  resources: optional(
    looseObject({
      subscribe: optional(boolean()),
      listChanged: optional(boolean())
    })
  ),
  tools: optional(
    looseObject({
      listChanged: optional(boolean())
    })
  ),
  elicitation: optional(ElicitationCapabilitySchema)
});
var ClientCapabilitiesSchema = object({
  elicitation: optional(ElicitationCapabilitySchema)
}).loose();
var InitializeResultSchema = ResultSchema.extend({
  protocolVersion: string(),
  capabilities: ServerCapabilitiesSchema,
  serverInfo: ClientOrServerImplementationSchema,
  instructions: optional(string())
});
var PaginatedResultSchema = ResultSchema.extend({
  nextCursor: optional(string())
});
var ToolSchema = object({
  name: string(),
  /**
   * @see https://modelcontextprotocol.io/specification/2025-11-25/server/tools#tool
   */
  title: optional(string()),
  description: optional(string()),
  inputSchema: object({
    type: literal("object"),
    properties: optional(object({}).loose())
  }).loose(),
  /**
   * @see https://modelcontextprotocol.io/specification/2025-06-18/server/tools#output-schema
   */
  outputSchema: optional(object({}).loose()),
  annotations: optional(
    object({
      title: optional(string()),
      readOnlyHint: optional(boolean()),
      destructiveHint: optional(boolean()),
      idempotentHint: optional(boolean()),
      openWorldHint: optional(boolean())
    }).loose()
  ),
  _meta: ToolMetaSchema
}).loose();
var ListToolsResultSchema = PaginatedResultSchema.extend({
  tools: array(ToolSchema)
});
var TextContentSchema = object({
  type: literal("text"),
  text: string()
}).loose();
var ImageContentSchema = object({
  type: literal("image"),
  data: base64(),
  mimeType: string()
}).loose();
var ResourceSchema = object({
  uri: string(),
  name: string(),
  title: optional(string()),
  description: optional(string()),
  mimeType: optional(string()),
  size: optional(number())
}).loose();
var ListResourcesResultSchema = PaginatedResultSchema.extend({
  resources: array(ResourceSchema)
});
var ResourceContentsSchema = object({
  /**
   * The URI of this resource.
   */
  uri: string(),
  /**
   * Optional display name of the resource content.
   */
  name: optional(string()),
  /**
   * Optional human readable title.
   */
  title: optional(string()),
  /**
   * The MIME type of this resource, if known.
   */
  mimeType: optional(string())
}).loose();
var TextResourceContentsSchema = ResourceContentsSchema.extend({
  text: string()
});
var BlobResourceContentsSchema = ResourceContentsSchema.extend({
  blob: base64()
});
var EmbeddedResourceSchema = object({
  type: literal("resource"),
  resource: union([TextResourceContentsSchema, BlobResourceContentsSchema])
}).loose();
var ResourceLinkContentSchema = object({
  type: literal("resource_link"),
  uri: string(),
  name: string(),
  description: optional(string()),
  mimeType: optional(string())
}).loose();
var CallToolResultSchema = ResultSchema.extend({
  content: array(
    union([
      TextContentSchema,
      ImageContentSchema,
      EmbeddedResourceSchema,
      ResourceLinkContentSchema
    ])
  ),
  /**
   * @see https://modelcontextprotocol.io/specification/2025-06-18/server/tools#structured-content
   */
  structuredContent: optional(unknown()),
  isError: boolean().default(false).optional()
}).or(
  ResultSchema.extend({
    toolResult: unknown()
  })
);
var ResourceTemplateSchema = object({
  uriTemplate: string(),
  name: string(),
  title: optional(string()),
  description: optional(string()),
  mimeType: optional(string())
}).loose();
var ListResourceTemplatesResultSchema = ResultSchema.extend({
  resourceTemplates: array(ResourceTemplateSchema)
});
var ReadResourceResultSchema = ResultSchema.extend({
  contents: array(
    union([TextResourceContentsSchema, BlobResourceContentsSchema])
  )
});
var PromptReferenceSchema = object({
  type: literal("ref/prompt"),
  name: string()
}).loose();
var ResourceReferenceSchema = object({
  type: literal("ref/resource"),
  uri: string()
}).loose();
var CompletionArgumentSchema = object({
  name: string(),
  value: string()
}).loose();
var CompleteRequestParamsSchema = BaseParamsSchema.extend({
  ref: union([PromptReferenceSchema, ResourceReferenceSchema]),
  argument: CompletionArgumentSchema,
  context: optional(
    object({
      arguments: record(string(), string())
    }).loose()
  )
});
var CompleteResultSchema = ResultSchema.extend({
  completion: object({
    values: array(string()).max(100),
    total: optional(number().int()),
    hasMore: optional(boolean())
  }).loose()
});
var PromptArgumentSchema = object({
  name: string(),
  description: optional(string()),
  required: optional(boolean())
}).loose();
var PromptSchema = object({
  name: string(),
  title: optional(string()),
  description: optional(string()),
  arguments: optional(array(PromptArgumentSchema))
}).loose();
var ListPromptsResultSchema = PaginatedResultSchema.extend({
  prompts: array(PromptSchema)
});
var PromptMessageSchema = object({
  role: union([literal("user"), literal("assistant")]),
  content: union([
    TextContentSchema,
    ImageContentSchema,
    EmbeddedResourceSchema,
    ResourceLinkContentSchema
  ])
}).loose();
var GetPromptResultSchema = ResultSchema.extend({
  description: optional(string()),
  messages: array(PromptMessageSchema)
});
var ElicitationRequestParamsSchema = BaseParamsSchema.extend({
  message: string(),
  requestedSchema: unknown()
});
var ElicitationRequestSchema = RequestSchema.extend({
  method: literal("elicitation/create"),
  params: ElicitationRequestParamsSchema
});
var ElicitResultSchema = ResultSchema.extend({
  action: union([
    literal("accept"),
    literal("decline"),
    literal("cancel")
  ]),
  content: optional(record(string(), unknown()))
});
var JSONRPC_VERSION = "2.0";
var JSONRPCRequestSchema = object({
  jsonrpc: literal(JSONRPC_VERSION),
  id: union([string(), number().int()])
}).merge(RequestSchema).strict();
var JSONRPCResponseSchema = object({
  jsonrpc: literal(JSONRPC_VERSION),
  id: union([string(), number().int()]),
  result: ResultSchema
}).strict();
var JSONRPCErrorSchema = object({
  jsonrpc: literal(JSONRPC_VERSION),
  id: union([string(), number().int()]),
  error: object({
    code: number().int(),
    message: string(),
    data: optional(unknown())
  })
}).strict();
var JSONRPCNotificationSchema = object({
  jsonrpc: literal(JSONRPC_VERSION)
}).merge(
  object({
    method: string(),
    params: optional(BaseParamsSchema)
  })
).strict();
var JSONRPCMessageSchema = union([
  JSONRPCRequestSchema,
  JSONRPCNotificationSchema,
  JSONRPCResponseSchema,
  JSONRPCErrorSchema
]);
function validateJSONRPCMessage(message) {
  return JSONRPCMessageSchema.parse(message);
}
async function parseJSONRPCMessage(text) {
  return validateJSONRPCMessage(await parseJSON({ text }));
}
var name = "AI_MCPClientError";
var marker = `vercel.ai.error.${name}`;
var symbol = Symbol.for(marker);
var _a;
var _b;
var MCPClientError = class extends (_b = AISDKError, _a = symbol, _b) {
  constructor({
    name: name32 = "MCPClientError",
    message,
    cause,
    data,
    code,
    statusCode,
    url,
    responseBody
  }) {
    super({ name: name32, message, cause });
    this[_a] = true;
    this.data = data;
    this.code = code;
    this.statusCode = statusCode;
    this.url = url;
    this.responseBody = responseBody;
  }
  static isInstance(error) {
    return AISDKError.hasMarker(error, marker);
  }
};
var VERSION = typeof __PACKAGE_VERSION__ !== "undefined" ? __PACKAGE_VERSION__ : "0.0.0-test";
var SafeUrlSchema = string().url().superRefine((val, ctx) => {
  if (!URL.canParse(val)) {
    ctx.addIssue({
      code: ZodIssueCode.custom,
      message: "URL must be parseable",
      fatal: true
    });
    return NEVER;
  }
}).refine(
  (url) => {
    const u = new URL(url);
    return u.protocol !== "javascript:" && u.protocol !== "data:" && u.protocol !== "vbscript:";
  },
  { message: "URL cannot use javascript:, data:, or vbscript: scheme" }
);
var OAuthTokensSchema = object({
  access_token: string(),
  id_token: string().optional(),
  // Optional for OAuth 2.1, but necessary in OpenID Connect
  token_type: string(),
  expires_in: number().optional(),
  scope: string().optional(),
  refresh_token: string().optional(),
  authorization_server: SafeUrlSchema.optional(),
  token_endpoint: SafeUrlSchema.optional()
}).strip();
var OAuthProtectedResourceMetadataSchema = object({
  resource: string().url(),
  authorization_servers: array(SafeUrlSchema).optional(),
  jwks_uri: string().url().optional(),
  scopes_supported: array(string()).optional(),
  bearer_methods_supported: array(string()).optional(),
  resource_signing_alg_values_supported: array(string()).optional(),
  resource_name: string().optional(),
  resource_documentation: string().optional(),
  resource_policy_uri: string().url().optional(),
  resource_tos_uri: string().url().optional(),
  tls_client_certificate_bound_access_tokens: boolean().optional(),
  authorization_details_types_supported: array(string()).optional(),
  dpop_signing_alg_values_supported: array(string()).optional(),
  dpop_bound_access_tokens_required: boolean().optional()
}).passthrough();
var OAuthMetadataSchema = object({
  issuer: string(),
  authorization_endpoint: SafeUrlSchema,
  token_endpoint: SafeUrlSchema,
  registration_endpoint: SafeUrlSchema.optional(),
  scopes_supported: array(string()).optional(),
  response_types_supported: array(string()),
  grant_types_supported: array(string()).optional(),
  code_challenge_methods_supported: array(string()).optional(),
  token_endpoint_auth_methods_supported: array(string()).optional(),
  token_endpoint_auth_signing_alg_values_supported: array(string()).optional()
}).passthrough();
var OpenIdProviderMetadataSchema = object({
  issuer: string(),
  authorization_endpoint: SafeUrlSchema,
  token_endpoint: SafeUrlSchema,
  userinfo_endpoint: SafeUrlSchema.optional(),
  jwks_uri: SafeUrlSchema,
  registration_endpoint: SafeUrlSchema.optional(),
  scopes_supported: array(string()).optional(),
  response_types_supported: array(string()),
  grant_types_supported: array(string()).optional(),
  subject_types_supported: array(string()),
  id_token_signing_alg_values_supported: array(string()),
  claims_supported: array(string()).optional(),
  token_endpoint_auth_methods_supported: array(string()).optional()
}).passthrough();
var OpenIdProviderDiscoveryMetadataSchema = OpenIdProviderMetadataSchema.merge(
  OAuthMetadataSchema.pick({
    code_challenge_methods_supported: true
  })
);
var OAuthClientInformationSchema = object({
  client_id: string(),
  client_secret: string().optional(),
  client_id_issued_at: number().optional(),
  client_secret_expires_at: number().optional(),
  issuer: SafeUrlSchema.optional(),
  authorization_server: SafeUrlSchema.optional(),
  token_endpoint: SafeUrlSchema.optional()
}).strip();
var OAuthClientMetadataSchema = object({
  redirect_uris: array(SafeUrlSchema),
  token_endpoint_auth_method: string().optional(),
  grant_types: array(string()).optional(),
  response_types: array(string()).optional(),
  client_name: string().optional(),
  client_uri: SafeUrlSchema.optional(),
  logo_uri: SafeUrlSchema.optional(),
  scope: string().optional(),
  contacts: array(string()).optional(),
  tos_uri: SafeUrlSchema.optional(),
  policy_uri: string().optional(),
  jwks_uri: SafeUrlSchema.optional(),
  jwks: any().optional(),
  software_id: string().optional(),
  software_version: string().optional(),
  software_statement: string().optional()
}).strip();
var OAuthErrorResponseSchema = object({
  error: string(),
  error_description: string().optional(),
  error_uri: string().optional()
});
var OAuthClientInformationFullSchema = OAuthClientMetadataSchema.merge(
  OAuthClientInformationSchema
);
var name2 = "AI_MCPClientOAuthError";
var marker2 = `vercel.ai.error.${name2}`;
var symbol2 = Symbol.for(marker2);
var _a2;
var _b2;
var MCPClientOAuthError = class extends (_b2 = AISDKError, _a2 = symbol2, _b2) {
  constructor({
    name: name32 = "MCPClientOAuthError",
    message,
    cause
  }) {
    super({ name: name32, message, cause });
    this[_a2] = true;
  }
  static isInstance(error) {
    return AISDKError.hasMarker(error, marker2);
  }
};
var ServerError = class extends MCPClientOAuthError {
};
ServerError.errorCode = "server_error";
var InvalidClientError = class extends MCPClientOAuthError {
};
InvalidClientError.errorCode = "invalid_client";
var InvalidGrantError = class extends MCPClientOAuthError {
};
InvalidGrantError.errorCode = "invalid_grant";
var UnauthorizedClientError = class extends MCPClientOAuthError {
};
UnauthorizedClientError.errorCode = "unauthorized_client";
var OAUTH_ERRORS = {
  [ServerError.errorCode]: ServerError,
  [InvalidClientError.errorCode]: InvalidClientError,
  [InvalidGrantError.errorCode]: InvalidGrantError,
  [UnauthorizedClientError.errorCode]: UnauthorizedClientError
};
function resourceUrlFromServerUrl(url) {
  const resourceURL = typeof url === "string" ? new URL(url) : new URL(url.href);
  resourceURL.hash = "";
  return resourceURL;
}
function resourceUrlStripSlash(resource) {
  const href = resource.href;
  if (resource.pathname === "/" && href.endsWith("/")) {
    return href.slice(0, -1);
  }
  return href;
}
function checkResourceAllowed({
  requestedResource,
  configuredResource
}) {
  const requested = typeof requestedResource === "string" ? new URL(requestedResource) : new URL(requestedResource.href);
  const configured = typeof configuredResource === "string" ? new URL(configuredResource) : new URL(configuredResource.href);
  if (requested.origin !== configured.origin) {
    return false;
  }
  if (requested.pathname.length < configured.pathname.length) {
    return false;
  }
  const requestedPath = requested.pathname.endsWith("/") ? requested.pathname : requested.pathname + "/";
  const configuredPath = configured.pathname.endsWith("/") ? configured.pathname : configured.pathname + "/";
  return requestedPath.startsWith(configuredPath);
}
var UnauthorizedError = class extends Error {
  constructor(message = "Unauthorized") {
    super(message);
    this.name = "UnauthorizedError";
  }
};
function normalizeUrl(url) {
  return new URL(url).href;
}
function isOAuthLoopbackHost(hostname) {
  const normalized = hostname.toLowerCase().replace(/\.+$/, "");
  return normalized === "localhost" || normalized.endsWith(".localhost") || normalized === "127.0.0.1" || normalized === "[::1]" || normalized === "::1";
}
function assertSafeOAuthEndpoint(endpointUrl, { allowLoopback = false } = {}) {
  if (allowLoopback && (endpointUrl.protocol === "http:" || endpointUrl.protocol === "https:") && isOAuthLoopbackHost(endpointUrl.hostname)) {
    return;
  }
  try {
    validateDownloadUrl(endpointUrl.href);
  } catch (error) {
    throw new MCPClientOAuthError({
      message: `OAuth endpoint URL is not allowed: ${endpointUrl.href}`,
      cause: error
    });
  }
}
function getTrustedLoopbackOrigin(authorizationServerUrl) {
  const url = new URL(authorizationServerUrl);
  return isOAuthLoopbackHost(url.hostname) ? url.origin : void 0;
}
function createAuthorizationServerInformation(authorizationServerUrl, metadata) {
  return {
    authorizationServerUrl: normalizeUrl(authorizationServerUrl),
    tokenEndpoint: normalizeUrl(
      (metadata == null ? void 0 : metadata.token_endpoint) ? new URL(metadata.token_endpoint) : new URL("/token", authorizationServerUrl)
    )
  };
}
function addAuthorizationServerInformationToTokens(tokens, authorizationServerInformation) {
  return {
    ...tokens,
    authorization_server: authorizationServerInformation.authorizationServerUrl,
    token_endpoint: authorizationServerInformation.tokenEndpoint
  };
}
function addAuthorizationServerInformationToClientInformation(clientInformation, authorizationServerInformation) {
  return {
    ...clientInformation,
    authorization_server: authorizationServerInformation.authorizationServerUrl,
    token_endpoint: authorizationServerInformation.tokenEndpoint
  };
}
function getAuthorizationServerInformationFromCredentials(credentials) {
  if (!(credentials == null ? void 0 : credentials.authorization_server) || !credentials.token_endpoint) {
    return void 0;
  }
  return {
    authorizationServerUrl: normalizeUrl(credentials.authorization_server),
    tokenEndpoint: normalizeUrl(credentials.token_endpoint)
  };
}
async function getStoredAuthorizationServerInformation({
  provider,
  clientInformation,
  tokens
}) {
  var _a32;
  const tokenAuthorizationServerInformation = getAuthorizationServerInformationFromCredentials(tokens);
  if (tokenAuthorizationServerInformation) {
    return tokenAuthorizationServerInformation;
  }
  const providerAuthorizationServerInformation = await ((_a32 = provider.authorizationServerInformation) == null ? void 0 : _a32.call(provider));
  if (providerAuthorizationServerInformation) {
    return {
      authorizationServerUrl: normalizeUrl(
        providerAuthorizationServerInformation.authorizationServerUrl
      ),
      tokenEndpoint: normalizeUrl(
        providerAuthorizationServerInformation.tokenEndpoint
      )
    };
  }
  return getAuthorizationServerInformationFromCredentials(clientInformation);
}
async function saveAuthorizationServerInformation({
  provider,
  clientInformation,
  authorizationServerInformation
}) {
  if (provider.saveAuthorizationServerInformation) {
    await provider.saveAuthorizationServerInformation(
      authorizationServerInformation
    );
    return true;
  }
  if (provider.saveClientInformation) {
    await provider.saveClientInformation(
      addAuthorizationServerInformationToClientInformation(
        clientInformation,
        authorizationServerInformation
      )
    );
    return true;
  }
  return false;
}
function assertResourceMetadataUrlSameOrigin(serverUrl, resourceMetadataUrl) {
  if (!resourceMetadataUrl) {
    return;
  }
  const expectedOrigin = new URL(serverUrl).origin;
  if (resourceMetadataUrl.origin !== expectedOrigin) {
    throw new MCPClientOAuthError({
      message: `OAuth protected resource metadata URL ${resourceMetadataUrl.href} must have the same origin as the MCP server URL ${expectedOrigin}`
    });
  }
}
function assertAuthorizationServerInformationMatches({
  storedAuthorizationServerInformation,
  currentAuthorizationServerInformation
}) {
  if (storedAuthorizationServerInformation.authorizationServerUrl !== currentAuthorizationServerInformation.authorizationServerUrl || storedAuthorizationServerInformation.tokenEndpoint !== currentAuthorizationServerInformation.tokenEndpoint) {
    throw new MCPClientOAuthError({
      message: "OAuth authorization server metadata does not match the metadata that issued the stored credentials"
    });
  }
}
function extractWWWAuthenticateParams(response) {
  var _a32, _b32;
  const header = (_a32 = response.headers.get("www-authenticate")) != null ? _a32 : response.headers.get("WWW-Authenticate");
  if (!header) {
    return {};
  }
  const [type, scheme] = header.split(" ");
  if (type.replace(/,$/, "").toLowerCase() !== "bearer" || !scheme) {
    return {};
  }
  const resourceMetadataMatch = header.match(
    /(?:^|[,\s])resource_metadata="([^"]*)"/i
  );
  const scope = (_b32 = header.match(/(?:^|[,\s])scope="([^"]*)"/i)) == null ? void 0 : _b32[1];
  let resourceMetadataUrl;
  try {
    resourceMetadataUrl = resourceMetadataMatch ? new URL(resourceMetadataMatch[1]) : void 0;
  } catch (e) {
  }
  return { resourceMetadataUrl, scope };
}
function selectScope({
  scope,
  resourceMetadata,
  clientMetadata
}) {
  var _a32;
  if (scope) {
    return scope;
  }
  const resourceScopes = (_a32 = resourceMetadata == null ? void 0 : resourceMetadata.scopes_supported) == null ? void 0 : _a32.join(" ");
  if (resourceScopes) {
    return resourceScopes;
  }
  return clientMetadata.scope;
}
function buildWellKnownPath(wellKnownPrefix, pathname = "", options = {}) {
  if (pathname.endsWith("/")) {
    pathname = pathname.slice(0, -1);
  }
  return options.prependPathname ? `${pathname}/.well-known/${wellKnownPrefix}` : `/.well-known/${wellKnownPrefix}${pathname}`;
}
async function fetchWithCorsRetry(url, headers, fetchFn = fetch, trustedOrigin) {
  try {
    return await fetchWithValidatedRedirects({
      url: url.href,
      fetch: async (input, init) => fetchWithValidatedEndpoint({
        url: input,
        init: {
          ...init,
          headers: new Headers(init == null ? void 0 : init.headers).has("MCP-Protocol-Version") ? headers : void 0
        },
        fetch: fetchFn,
        trustedOrigin,
        redirect: "manual"
      }),
      headers,
      trustedOrigin
    });
  } catch (error) {
    if (error instanceof TypeError) {
      if (headers) {
        return fetchWithCorsRetry(url, void 0, fetchFn, trustedOrigin);
      } else {
        return void 0;
      }
    }
    throw error;
  }
}
async function tryMetadataDiscovery(url, protocolVersion, fetchFn = fetch, trustedOrigin) {
  const headers = {
    "MCP-Protocol-Version": protocolVersion
  };
  return await fetchWithCorsRetry(url, headers, fetchFn, trustedOrigin);
}
function shouldAttemptFallback(response, pathname) {
  return !response || response.status >= 400 && response.status < 500 && pathname !== "/";
}
async function discoverMetadataWithFallback(serverUrl, wellKnownType, fetchFn, opts) {
  var _a32, _b32;
  const issuer = new URL(serverUrl);
  const protocolVersion = (_a32 = opts == null ? void 0 : opts.protocolVersion) != null ? _a32 : LATEST_PROTOCOL_VERSION;
  let url;
  if (opts == null ? void 0 : opts.metadataUrl) {
    url = new URL(opts.metadataUrl);
  } else {
    const wellKnownPath = buildWellKnownPath(wellKnownType, issuer.pathname);
    url = new URL(wellKnownPath, (_b32 = opts == null ? void 0 : opts.metadataServerUrl) != null ? _b32 : issuer);
    url.search = issuer.search;
  }
  let response = await tryMetadataDiscovery(
    url,
    protocolVersion,
    fetchFn,
    opts == null ? void 0 : opts.trustedOrigin
  );
  if (!(opts == null ? void 0 : opts.metadataUrl) && shouldAttemptFallback(response, issuer.pathname)) {
    const rootUrl = new URL(`/.well-known/${wellKnownType}`, issuer);
    response = await tryMetadataDiscovery(
      rootUrl,
      protocolVersion,
      fetchFn,
      opts == null ? void 0 : opts.trustedOrigin
    );
  }
  return response;
}
async function discoverOAuthProtectedResourceMetadata(serverUrl, opts, fetchFn = fetch) {
  const response = await discoverMetadataWithFallback(
    serverUrl,
    "oauth-protected-resource",
    fetchFn,
    {
      protocolVersion: opts == null ? void 0 : opts.protocolVersion,
      metadataUrl: opts == null ? void 0 : opts.resourceMetadataUrl,
      // The configured MCP server is trusted as a request target. Redirects
      // crossing its origin are still validated before they are followed.
      trustedOrigin: new URL(serverUrl).origin
    }
  );
  if (!response || response.status === 404) {
    throw new Error(
      `Resource server does not implement OAuth 2.0 Protected Resource Metadata.`
    );
  }
  if (!response.ok) {
    throw new Error(
      `HTTP ${response.status} trying to load well-known OAuth protected resource metadata.`
    );
  }
  return OAuthProtectedResourceMetadataSchema.parse(await response.json());
}
function buildDiscoveryUrls(authorizationServerUrl) {
  const url = typeof authorizationServerUrl === "string" ? new URL(authorizationServerUrl) : authorizationServerUrl;
  const hasPath = url.pathname !== "/";
  const rootIssuer = url.origin;
  const urlsToTry = [];
  if (!hasPath) {
    urlsToTry.push({
      url: new URL("/.well-known/oauth-authorization-server", url.origin),
      type: "oauth",
      expectedIssuer: rootIssuer
    });
    urlsToTry.push({
      url: new URL("/.well-known/openid-configuration", url.origin),
      type: "oidc",
      expectedIssuer: rootIssuer
    });
    return urlsToTry;
  }
  let pathname = url.pathname;
  if (pathname.endsWith("/")) {
    pathname = pathname.slice(0, -1);
  }
  const pathIssuer = `${url.origin}${pathname}`;
  urlsToTry.push({
    url: new URL(
      `/.well-known/oauth-authorization-server${pathname}`,
      url.origin
    ),
    type: "oauth",
    expectedIssuer: pathIssuer
  });
  urlsToTry.push({
    url: new URL("/.well-known/oauth-authorization-server", url.origin),
    type: "oauth",
    expectedIssuer: rootIssuer
  });
  urlsToTry.push({
    url: new URL(`/.well-known/openid-configuration${pathname}`, url.origin),
    type: "oidc",
    expectedIssuer: pathIssuer
  });
  const oidcDiscoveryUrl = new URL(url.origin);
  oidcDiscoveryUrl.pathname = `${pathname}/.well-known/openid-configuration`;
  urlsToTry.push({
    url: oidcDiscoveryUrl,
    type: "oidc",
    expectedIssuer: pathIssuer
  });
  return urlsToTry;
}
function assertMetadataIssuerMatches(metadata, expectedIssuer) {
  const issuerMatches = metadata.issuer === expectedIssuer || expectedIssuer === new URL(expectedIssuer).origin && metadata.issuer === `${expectedIssuer}/`;
  if (!issuerMatches) {
    throw new MCPClientOAuthError({
      message: `OAuth authorization server metadata issuer ${metadata.issuer} does not match expected issuer ${expectedIssuer}`
    });
  }
}
async function discoverAuthorizationServerMetadata(authorizationServerUrl, {
  fetchFn = fetch,
  protocolVersion = LATEST_PROTOCOL_VERSION,
  trustedOrigin
} = {}) {
  var _a32;
  const headers = { "MCP-Protocol-Version": protocolVersion };
  const authorizationServerOrigin = new URL(authorizationServerUrl).origin;
  const urlsToTry = buildDiscoveryUrls(authorizationServerUrl);
  if (urlsToTry.some(({ url }) => url.origin !== authorizationServerOrigin)) {
    throw new MCPClientOAuthError({
      message: "OAuth discovery URL changed authorization-server origin"
    });
  }
  for (const { url: endpointUrl, type, expectedIssuer } of urlsToTry) {
    const response = await fetchWithCorsRetry(
      endpointUrl,
      headers,
      fetchFn,
      trustedOrigin
    );
    if (!response) {
      continue;
    }
    if (!response.ok) {
      if (response.status >= 400 && response.status < 500) {
        continue;
      }
      throw new Error(
        `HTTP ${response.status} trying to load ${type === "oauth" ? "OAuth" : "OpenID provider"} metadata from ${endpointUrl}`
      );
    }
    if (type === "oauth") {
      const metadata = OAuthMetadataSchema.parse(await response.json());
      assertMetadataIssuerMatches(metadata, expectedIssuer);
      return metadata;
    } else {
      const metadata = OpenIdProviderDiscoveryMetadataSchema.parse(
        await response.json()
      );
      assertMetadataIssuerMatches(metadata, expectedIssuer);
      if (!((_a32 = metadata.code_challenge_methods_supported) == null ? void 0 : _a32.includes("S256"))) {
        throw new Error(
          `Incompatible OIDC provider at ${endpointUrl}: does not support S256 code challenge method required by MCP specification`
        );
      }
      return metadata;
    }
  }
  return void 0;
}
async function startAuthorization(authorizationServerUrl, {
  metadata,
  clientInformation,
  redirectUrl,
  scope,
  state,
  resource
}) {
  const responseType = "code";
  const codeChallengeMethod = "S256";
  let authorizationUrl;
  if (metadata) {
    authorizationUrl = new URL(metadata.authorization_endpoint);
    if (!metadata.response_types_supported.includes(responseType)) {
      throw new Error(
        `Incompatible auth server: does not support response type ${responseType}`
      );
    }
    if (!metadata.code_challenge_methods_supported || !metadata.code_challenge_methods_supported.includes(codeChallengeMethod)) {
      throw new Error(
        `Incompatible auth server: does not support code challenge method ${codeChallengeMethod}`
      );
    }
  } else {
    authorizationUrl = new URL("/authorize", authorizationServerUrl);
  }
  const challenge = await pkceChallenge();
  const codeVerifier = challenge.code_verifier;
  const codeChallenge = challenge.code_challenge;
  authorizationUrl.searchParams.set("response_type", responseType);
  authorizationUrl.searchParams.set("client_id", clientInformation.client_id);
  authorizationUrl.searchParams.set("code_challenge", codeChallenge);
  authorizationUrl.searchParams.set(
    "code_challenge_method",
    codeChallengeMethod
  );
  authorizationUrl.searchParams.set("redirect_uri", String(redirectUrl));
  if (state) {
    authorizationUrl.searchParams.set("state", state);
  }
  if (scope) {
    authorizationUrl.searchParams.set("scope", scope);
  }
  if (scope == null ? void 0 : scope.includes("offline_access")) {
    authorizationUrl.searchParams.append("prompt", "consent");
  }
  if (resource) {
    authorizationUrl.searchParams.set(
      "resource",
      resourceUrlStripSlash(resource)
    );
  }
  return { authorizationUrl, codeVerifier };
}
function selectClientAuthMethod(clientInformation, supportedMethods) {
  const hasClientSecret = clientInformation.client_secret !== void 0;
  if (supportedMethods.length === 0) {
    return hasClientSecret ? "client_secret_post" : "none";
  }
  if (hasClientSecret && supportedMethods.includes("client_secret_basic")) {
    return "client_secret_basic";
  }
  if (hasClientSecret && supportedMethods.includes("client_secret_post")) {
    return "client_secret_post";
  }
  if (supportedMethods.includes("none")) {
    return "none";
  }
  return hasClientSecret ? "client_secret_post" : "none";
}
function applyClientAuthentication(method, clientInformation, headers, params) {
  const { client_id, client_secret } = clientInformation;
  switch (method) {
    case "client_secret_basic":
      applyBasicAuth(client_id, client_secret, headers);
      return;
    case "client_secret_post":
      applyPostAuth(client_id, client_secret, params);
      return;
    case "none":
      applyPublicAuth(client_id, params);
      return;
    default:
      throw new Error(`Unsupported client authentication method: ${method}`);
  }
}
function applyBasicAuth(clientId, clientSecret, headers) {
  if (!clientSecret) {
    throw new Error(
      "client_secret_basic authentication requires a client_secret"
    );
  }
  const credentials = btoa(`${clientId}:${clientSecret}`);
  headers.set("Authorization", `Basic ${credentials}`);
}
function applyPostAuth(clientId, clientSecret, params) {
  params.set("client_id", clientId);
  if (clientSecret) {
    params.set("client_secret", clientSecret);
  }
}
function applyPublicAuth(clientId, params) {
  params.set("client_id", clientId);
}
async function parseErrorResponse(input) {
  const statusCode = input instanceof Response ? input.status : void 0;
  const body = input instanceof Response ? await input.text() : input;
  try {
    const result = OAuthErrorResponseSchema.parse(
      await parseJSON({ text: body })
    );
    const { error, error_description, error_uri } = result;
    const errorClass = OAUTH_ERRORS[error] || ServerError;
    return new errorClass({
      message: error_description || "",
      cause: error_uri
    });
  } catch (error) {
    const errorMessage = `${statusCode ? `HTTP ${statusCode}: ` : ""}Invalid OAuth error response: ${error}. Raw body: ${body}`;
    return new ServerError({ message: errorMessage });
  }
}
async function exchangeAuthorization(authorizationServerUrl, {
  metadata,
  clientInformation,
  authorizationCode,
  codeVerifier,
  redirectUri,
  resource,
  addClientAuthentication,
  fetchFn
}) {
  var _a32;
  const grantType = "authorization_code";
  const tokenUrl = (metadata == null ? void 0 : metadata.token_endpoint) ? new URL(metadata.token_endpoint) : new URL("/token", authorizationServerUrl);
  const trustedOrigin = getTrustedLoopbackOrigin(authorizationServerUrl);
  assertSafeOAuthEndpoint(tokenUrl, {
    allowLoopback: tokenUrl.origin === trustedOrigin
  });
  if ((metadata == null ? void 0 : metadata.grant_types_supported) && !metadata.grant_types_supported.includes(grantType)) {
    throw new Error(
      `Incompatible auth server: does not support grant type ${grantType}`
    );
  }
  const headers = new Headers({
    "Content-Type": "application/x-www-form-urlencoded",
    Accept: "application/json"
  });
  const params = new URLSearchParams({
    grant_type: grantType,
    code: authorizationCode,
    code_verifier: codeVerifier,
    redirect_uri: String(redirectUri)
  });
  if (addClientAuthentication) {
    await addClientAuthentication(
      headers,
      params,
      authorizationServerUrl,
      metadata
    );
  } else {
    const supportedMethods = (_a32 = metadata == null ? void 0 : metadata.token_endpoint_auth_methods_supported) != null ? _a32 : [];
    const authMethod = selectClientAuthMethod(
      clientInformation,
      supportedMethods
    );
    applyClientAuthentication(authMethod, clientInformation, headers, params);
  }
  if (resource) {
    params.set("resource", resourceUrlStripSlash(resource));
  }
  const response = await fetchWithValidatedEndpoint({
    url: tokenUrl,
    init: {
      method: "POST",
      headers,
      body: params
    },
    fetch: fetchFn,
    trustedOrigin
  });
  if (!response.ok) {
    throw await parseErrorResponse(response);
  }
  return OAuthTokensSchema.parse(await response.json());
}
async function refreshAuthorization(authorizationServerUrl, {
  metadata,
  clientInformation,
  refreshToken,
  resource,
  addClientAuthentication,
  fetchFn
}) {
  var _a32;
  const grantType = "refresh_token";
  let tokenUrl;
  if (metadata) {
    tokenUrl = new URL(metadata.token_endpoint);
    if (metadata.grant_types_supported && !metadata.grant_types_supported.includes(grantType)) {
      throw new Error(
        `Incompatible auth server: does not support grant type ${grantType}`
      );
    }
  } else {
    tokenUrl = new URL("/token", authorizationServerUrl);
  }
  const trustedOrigin = getTrustedLoopbackOrigin(authorizationServerUrl);
  assertSafeOAuthEndpoint(tokenUrl, {
    allowLoopback: tokenUrl.origin === trustedOrigin
  });
  const headers = new Headers({
    "Content-Type": "application/x-www-form-urlencoded",
    Accept: "application/json"
  });
  const params = new URLSearchParams({
    grant_type: grantType,
    refresh_token: refreshToken
  });
  if (addClientAuthentication) {
    await addClientAuthentication(
      headers,
      params,
      authorizationServerUrl,
      metadata
    );
  } else {
    const supportedMethods = (_a32 = metadata == null ? void 0 : metadata.token_endpoint_auth_methods_supported) != null ? _a32 : [];
    const authMethod = selectClientAuthMethod(
      clientInformation,
      supportedMethods
    );
    applyClientAuthentication(authMethod, clientInformation, headers, params);
  }
  if (resource) {
    params.set("resource", resourceUrlStripSlash(resource));
  }
  const response = await fetchWithValidatedEndpoint({
    url: tokenUrl,
    init: {
      method: "POST",
      headers,
      body: params
    },
    fetch: fetchFn,
    trustedOrigin
  });
  if (!response.ok) {
    throw await parseErrorResponse(response);
  }
  return OAuthTokensSchema.parse({
    refresh_token: refreshToken,
    ...await response.json()
  });
}
async function registerClient(authorizationServerUrl, {
  metadata,
  clientMetadata,
  fetchFn
}) {
  let registrationUrl;
  if (metadata) {
    if (!metadata.registration_endpoint) {
      throw new Error(
        "Incompatible auth server: does not support dynamic client registration"
      );
    }
    registrationUrl = new URL(metadata.registration_endpoint);
  } else {
    registrationUrl = new URL("/register", authorizationServerUrl);
  }
  const trustedOrigin = getTrustedLoopbackOrigin(authorizationServerUrl);
  assertSafeOAuthEndpoint(registrationUrl, {
    allowLoopback: registrationUrl.origin === trustedOrigin
  });
  const response = await fetchWithValidatedEndpoint({
    url: registrationUrl,
    init: {
      method: "POST",
      headers: {
        "Content-Type": "application/json"
      },
      body: JSON.stringify(clientMetadata)
    },
    fetch: fetchFn,
    trustedOrigin
  });
  if (!response.ok) {
    throw await parseErrorResponse(response);
  }
  return OAuthClientInformationFullSchema.parse(await response.json());
}
async function auth(provider, options) {
  var _a32, _b32, _c;
  const refreshAttempt = {};
  try {
    return await authInternal(provider, options, refreshAttempt);
  } catch (error) {
    if (error instanceof InvalidClientError || error instanceof UnauthorizedClientError) {
      if (options.authorizationCode !== void 0 || !await ((_a32 = provider.isClientInformationDynamicallyRegistered) == null ? void 0 : _a32.call(provider))) {
        throw error;
      }
      await ((_b32 = provider.invalidateCredentials) == null ? void 0 : _b32.call(provider, "all"));
      return await authInternal(provider, options);
    } else if (error instanceof InvalidGrantError && refreshAttempt.tokens) {
      const retryAuthorizationServerInformation = getAuthorizationServerInformationFromCredentials(refreshAttempt.tokens);
      await ((_c = provider.invalidateCredentials) == null ? void 0 : _c.call(provider, "tokens", {
        tokens: refreshAttempt.tokens
      }));
      return await authInternal(
        provider,
        options,
        void 0,
        retryAuthorizationServerInformation
      );
    }
    throw error;
  }
}
async function selectResourceURL(serverUrl, provider, resourceMetadata) {
  const defaultResource = resourceUrlFromServerUrl(serverUrl);
  if (provider.validateResourceURL) {
    return await provider.validateResourceURL(
      defaultResource,
      resourceMetadata == null ? void 0 : resourceMetadata.resource
    );
  }
  if (!resourceMetadata) {
    return void 0;
  }
  if (!checkResourceAllowed({
    requestedResource: defaultResource,
    configuredResource: resourceMetadata.resource
  })) {
    throw new Error(
      `Protected resource ${resourceMetadata.resource} does not match expected ${defaultResource} (or origin)`
    );
  }
  return new URL(resourceMetadata.resource);
}
async function authInternal(provider, {
  serverUrl,
  authorizationCode,
  callbackState,
  scope,
  resourceMetadataUrl,
  fetchFn
}, refreshAttempt, retryAuthorizationServerInformation) {
  var _a32, _b32, _c, _d, _e;
  let resourceMetadata;
  let authorizationServerUrl;
  let clientInformation;
  let callbackAuthorizationServerInformation;
  assertResourceMetadataUrlSameOrigin(serverUrl, resourceMetadataUrl);
  try {
    resourceMetadata = await discoverOAuthProtectedResourceMetadata(
      serverUrl,
      { resourceMetadataUrl },
      fetchFn
    );
    if (resourceMetadata.authorization_servers && resourceMetadata.authorization_servers.length > 0) {
      authorizationServerUrl = resourceMetadata.authorization_servers[0];
    }
  } catch (e) {
  }
  if (authorizationCode !== void 0) {
    clientInformation = await Promise.resolve(provider.clientInformation());
    if (clientInformation) {
      callbackAuthorizationServerInformation = await getStoredAuthorizationServerInformation({
        provider,
        clientInformation
      });
    }
  }
  if (!authorizationServerUrl) {
    authorizationServerUrl = (_a32 = callbackAuthorizationServerInformation == null ? void 0 : callbackAuthorizationServerInformation.authorizationServerUrl) != null ? _a32 : serverUrl;
  }
  const parsedServerUrl = new URL(serverUrl);
  const parsedAuthorizationServerUrl = new URL(authorizationServerUrl);
  const serverOrigin = parsedServerUrl.origin;
  const authorizationServerOrigin = parsedAuthorizationServerUrl.origin;
  const trustedAuthorizationServerOrigin = authorizationServerOrigin === serverOrigin || isOAuthLoopbackHost(parsedServerUrl.hostname) && isOAuthLoopbackHost(parsedAuthorizationServerUrl.hostname) ? authorizationServerOrigin : void 0;
  if (!trustedAuthorizationServerOrigin) {
    assertSafeOAuthEndpoint(new URL(authorizationServerUrl));
  }
  const resource = await selectResourceURL(
    serverUrl,
    provider,
    resourceMetadata
  );
  await ((_b32 = provider.validateAuthorizationServerURL) == null ? void 0 : _b32.call(
    provider,
    serverUrl,
    authorizationServerUrl
  ));
  const metadata = await discoverAuthorizationServerMetadata(
    authorizationServerUrl,
    {
      fetchFn,
      trustedOrigin: trustedAuthorizationServerOrigin
    }
  );
  const currentAuthorizationServerInformation = createAuthorizationServerInformation(authorizationServerUrl, metadata);
  if (retryAuthorizationServerInformation) {
    assertAuthorizationServerInformationMatches({
      storedAuthorizationServerInformation: retryAuthorizationServerInformation,
      currentAuthorizationServerInformation
    });
  }
  const clientMetadata = provider.clientMetadata;
  const selectedScope = selectScope({
    scope,
    resourceMetadata,
    clientMetadata
  });
  if (authorizationCode === void 0) {
    clientInformation = await Promise.resolve(provider.clientInformation());
  }
  const tokens = authorizationCode === void 0 ? await provider.tokens() : void 0;
  if (clientInformation) {
    if (clientInformation.issuer != null && clientInformation.issuer !== ((_c = metadata == null ? void 0 : metadata.issuer) != null ? _c : authorizationServerUrl.toString())) {
      throw new MCPClientOAuthError({
        message: "OAuth authorization server does not match the issuer of the client credentials"
      });
    }
    const clientAuthorizationServerInformation = getAuthorizationServerInformationFromCredentials(clientInformation);
    if (clientAuthorizationServerInformation) {
      assertAuthorizationServerInformationMatches({
        storedAuthorizationServerInformation: clientAuthorizationServerInformation,
        currentAuthorizationServerInformation
      });
    }
    const storedAuthorizationServerInformation = (_d = callbackAuthorizationServerInformation != null ? callbackAuthorizationServerInformation : await getStoredAuthorizationServerInformation({
      provider,
      clientInformation,
      tokens
    })) != null ? _d : retryAuthorizationServerInformation;
    if (storedAuthorizationServerInformation) {
      assertAuthorizationServerInformationMatches({
        storedAuthorizationServerInformation,
        currentAuthorizationServerInformation
      });
    }
    if ((clientInformation.client_secret != null || provider.addClientAuthentication) && clientInformation.issuer == null && !storedAuthorizationServerInformation) {
      throw new MCPClientOAuthError({
        message: "OAuth client credentials must be bound to an authorization server: configure their issuer or store authorization server information"
      });
    }
  }
  if (!clientInformation) {
    if (authorizationCode !== void 0) {
      throw new Error(
        "Existing OAuth client information is required when exchanging an authorization code"
      );
    }
    if (!provider.saveClientInformation) {
      throw new Error(
        "OAuth client information must be saveable for dynamic registration"
      );
    }
    const fullInformation = await registerClient(authorizationServerUrl, {
      metadata,
      clientMetadata: {
        ...clientMetadata,
        scope: selectedScope
      },
      fetchFn
    });
    clientInformation = addAuthorizationServerInformationToClientInformation(
      fullInformation,
      currentAuthorizationServerInformation
    );
    await provider.saveClientInformation(clientInformation);
  }
  if (authorizationCode !== void 0) {
    if (provider.storedState) {
      const expectedState = await provider.storedState();
      if (expectedState !== void 0 && expectedState !== callbackState) {
        throw new Error(
          "OAuth state parameter mismatch - possible CSRF attack"
        );
      }
    }
    const storedAuthorizationServerInformation = callbackAuthorizationServerInformation != null ? callbackAuthorizationServerInformation : await getStoredAuthorizationServerInformation({
      provider,
      clientInformation
    });
    if (!storedAuthorizationServerInformation) {
      throw new MCPClientOAuthError({
        message: "Stored OAuth authorization server metadata is required when exchanging an authorization code"
      });
    }
    assertAuthorizationServerInformationMatches({
      storedAuthorizationServerInformation,
      currentAuthorizationServerInformation
    });
    const codeVerifier2 = await provider.codeVerifier();
    const tokens2 = await exchangeAuthorization(authorizationServerUrl, {
      metadata,
      clientInformation,
      authorizationCode,
      codeVerifier: codeVerifier2,
      redirectUri: provider.redirectUrl,
      resource,
      addClientAuthentication: provider.addClientAuthentication,
      fetchFn
    });
    await provider.saveTokens(
      addAuthorizationServerInformationToTokens(
        tokens2,
        currentAuthorizationServerInformation
      )
    );
    return "AUTHORIZED";
  }
  if (tokens == null ? void 0 : tokens.refresh_token) {
    const storedAuthorizationServerInformation = await getStoredAuthorizationServerInformation({
      provider,
      clientInformation,
      tokens
    });
    if (storedAuthorizationServerInformation) {
      assertAuthorizationServerInformationMatches({
        storedAuthorizationServerInformation,
        currentAuthorizationServerInformation
      });
    } else {
      await ((_e = provider.invalidateCredentials) == null ? void 0 : _e.call(provider, "tokens", {
        tokens: { ...tokens }
      }));
    }
    try {
      if (storedAuthorizationServerInformation) {
        if (refreshAttempt) {
          refreshAttempt.tokens = { ...tokens };
        }
        const newTokens = await refreshAuthorization(authorizationServerUrl, {
          metadata,
          clientInformation,
          refreshToken: tokens.refresh_token,
          resource,
          addClientAuthentication: provider.addClientAuthentication,
          fetchFn
        });
        await provider.saveTokens(
          addAuthorizationServerInformationToTokens(
            newTokens,
            currentAuthorizationServerInformation
          )
        );
        return "AUTHORIZED";
      }
    } catch (error) {
      if (
        // If this is a ServerError, or an unknown type, log it out and try to continue. Otherwise, escalate so we can fix things and retry.
        !(error instanceof MCPClientOAuthError) || error instanceof ServerError
      ) {
      } else {
        throw error;
      }
    }
  }
  const state = provider.state ? await provider.state() : void 0;
  if (state && provider.saveState) {
    await provider.saveState(state);
  }
  const { authorizationUrl, codeVerifier } = await startAuthorization(
    authorizationServerUrl,
    {
      metadata,
      clientInformation,
      state,
      redirectUrl: provider.redirectUrl,
      scope: selectedScope,
      resource
    }
  );
  const savedAuthorizationServerInformation = await saveAuthorizationServerInformation({
    provider,
    clientInformation,
    authorizationServerInformation: currentAuthorizationServerInformation
  });
  if (!savedAuthorizationServerInformation) {
    throw new MCPClientOAuthError({
      message: "OAuth authorization server metadata must be saveable before starting authorization"
    });
  }
  await provider.saveCodeVerifier(codeVerifier);
  await provider.redirectToAuthorization(authorizationUrl);
  return "REDIRECT";
}
function isMessageEvent(event) {
  return event === void 0 || event === "message";
}
var SseMCPTransport = class {
  constructor({
    url,
    headers,
    authProvider,
    redirect = "follow",
    fetch: fetchFn
  }) {
    this.connected = false;
    this.url = new URL(url);
    this.headers = headers;
    this.authProvider = authProvider;
    this.redirectMode = redirect;
    this.fetchFn = fetchFn != null ? fetchFn : globalThis.fetch;
  }
  setProtocolVersion(version) {
    this.protocolVersion = version;
  }
  async commonHeaders(base) {
    var _a32;
    const headers = {
      ...this.headers,
      ...base,
      "mcp-protocol-version": (_a32 = this.protocolVersion) != null ? _a32 : LATEST_PROTOCOL_VERSION
    };
    if (this.authProvider) {
      const tokens = await this.authProvider.tokens();
      if (tokens == null ? void 0 : tokens.access_token) {
        headers["Authorization"] = `Bearer ${tokens.access_token}`;
      }
    }
    return withUserAgentSuffix(
      headers,
      `ai-sdk/${VERSION}`,
      getRuntimeEnvironmentUserAgent()
    );
  }
  /**
   * Runs a single OAuth recovery flow for concurrent 401 responses.
   */
  authorizeOnce(resourceMetadataUrl, scope) {
    if (!this.authProvider) {
      return Promise.resolve("REDIRECT");
    }
    if (!this.authPromise) {
      this.authPromise = auth(this.authProvider, {
        serverUrl: this.url,
        resourceMetadataUrl,
        scope,
        fetchFn: this.fetchFn
      }).finally(() => {
        this.authPromise = void 0;
      });
    }
    return this.authPromise;
  }
  async accessTokenChanged(requestAuthorization) {
    var _a32, _b32;
    const accessToken = (_b32 = await ((_a32 = this.authProvider) == null ? void 0 : _a32.tokens())) == null ? void 0 : _b32.access_token;
    return accessToken != null && requestAuthorization !== `Bearer ${accessToken}`;
  }
  async start() {
    return new Promise((resolve, reject) => {
      if (this.connected) {
        return resolve();
      }
      this.abortController = new AbortController();
      const establishConnection = async (triedAuth = false) => {
        var _a32, _b32, _c, _d, _e;
        try {
          const headers = await this.commonHeaders({
            Accept: "text/event-stream"
          });
          const response = await this.fetchFn(this.url.href, {
            headers,
            signal: (_a32 = this.abortController) == null ? void 0 : _a32.signal,
            redirect: this.redirectMode
          });
          if (response.status === 401 && this.authProvider && !triedAuth) {
            const { resourceMetadataUrl, scope } = extractWWWAuthenticateParams(response);
            this.resourceMetadataUrl = resourceMetadataUrl;
            try {
              const result = await this.authorizeOnce(
                this.resourceMetadataUrl,
                scope
              );
              if (result !== "AUTHORIZED") {
                const error = new UnauthorizedError();
                (_b32 = this.onerror) == null ? void 0 : _b32.call(this, error);
                return reject(error);
              }
            } catch (error) {
              (_c = this.onerror) == null ? void 0 : _c.call(this, error);
              return reject(error);
            }
            return establishConnection(true);
          }
          if (!response.ok || !response.body) {
            let errorMessage = `MCP SSE Transport Error: ${response.status} ${response.statusText}`;
            if (response.status === 405) {
              errorMessage += ". This server does not support SSE transport. Try using `http` transport instead";
            }
            const error = new MCPClientError({
              message: errorMessage
            });
            (_d = this.onerror) == null ? void 0 : _d.call(this, error);
            return reject(error);
          }
          const stream = response.body.pipeThrough(new TextDecoderStream()).pipeThrough(new EventSourceParserStream());
          const reader = stream.getReader();
          const processEvents = async () => {
            var _a4, _b4, _c2, _d2, _e2;
            try {
              while (true) {
                const { done, value } = await reader.read();
                if (done) {
                  if (this.connected) {
                    this.connected = false;
                    throw new MCPClientError({
                      message: "MCP SSE Transport Error: Connection closed unexpectedly"
                    });
                  }
                  return;
                }
                const { event, data } = value;
                if (event === "endpoint") {
                  if (this.endpoint) {
                    continue;
                  }
                  const endpoint = new URL(data, this.url);
                  if (endpoint.origin !== this.url.origin) {
                    this.connected = false;
                    this.endpoint = void 0;
                    (_a4 = this.sseConnection) == null ? void 0 : _a4.close();
                    (_b4 = this.abortController) == null ? void 0 : _b4.abort();
                    throw new MCPClientError({
                      message: `MCP SSE Transport Error: Endpoint origin does not match connection origin: ${endpoint.origin}`
                    });
                  }
                  this.endpoint = endpoint;
                  this.connected = true;
                  resolve();
                } else if (isMessageEvent(event)) {
                  try {
                    const message = await parseJSONRPCMessage(data);
                    (_c2 = this.onmessage) == null ? void 0 : _c2.call(this, message);
                  } catch (error) {
                    const e = new MCPClientError({
                      message: "MCP SSE Transport Error: Failed to parse message",
                      cause: error
                    });
                    (_d2 = this.onerror) == null ? void 0 : _d2.call(this, e);
                  }
                }
              }
            } catch (error) {
              if (error instanceof Error && error.name === "AbortError") {
                return;
              }
              (_e2 = this.onerror) == null ? void 0 : _e2.call(this, error);
              reject(error);
            }
          };
          this.sseConnection = {
            close: () => reader.cancel()
          };
          processEvents();
        } catch (error) {
          if (error instanceof Error && error.name === "AbortError") {
            return;
          }
          (_e = this.onerror) == null ? void 0 : _e.call(this, error);
          reject(error);
        }
      };
      void establishConnection();
    });
  }
  async close() {
    var _a32, _b32, _c;
    this.connected = false;
    this.endpoint = void 0;
    (_a32 = this.sseConnection) == null ? void 0 : _a32.close();
    (_b32 = this.abortController) == null ? void 0 : _b32.abort();
    (_c = this.onclose) == null ? void 0 : _c.call(this);
  }
  async send(message, options) {
    var _a32, _b32;
    (_a32 = options == null ? void 0 : options.signal) == null ? void 0 : _a32.throwIfAborted();
    if (!this.endpoint || !this.connected) {
      throw new MCPClientError({
        message: "MCP SSE Transport Error: Not connected"
      });
    }
    const endpoint = this.endpoint;
    const transportSignal = (_b32 = this.abortController) == null ? void 0 : _b32.signal;
    const requestSignal = (options == null ? void 0 : options.signal) == null ? transportSignal : transportSignal == null ? options.signal : AbortSignal.any([transportSignal, options.signal]);
    const attempt = async (triedAuth = false) => {
      var _a4, _b4, _c;
      try {
        const headers = await this.commonHeaders({
          "Content-Type": "application/json"
        });
        const init = {
          method: "POST",
          headers,
          body: JSON.stringify(message),
          signal: requestSignal,
          redirect: this.redirectMode
        };
        const response = await this.fetchFn(endpoint.href, init);
        if (response.status === 401 && this.authProvider && !triedAuth) {
          if (await this.accessTokenChanged(
            (_a4 = new Headers(headers).get("authorization")) != null ? _a4 : void 0
          )) {
            return attempt(true);
          }
          const { resourceMetadataUrl, scope } = extractWWWAuthenticateParams(response);
          this.resourceMetadataUrl = resourceMetadataUrl;
          const result = await this.authorizeOnce(
            this.resourceMetadataUrl,
            scope
          );
          if (result !== "AUTHORIZED") {
            throw new UnauthorizedError();
          }
          return attempt(true);
        }
        if (!response.ok) {
          const text = await response.text().catch(() => null);
          const error = new MCPClientError({
            message: `MCP SSE Transport Error: POSTing to endpoint (HTTP ${response.status}): ${text}`,
            statusCode: response.status,
            url: endpoint.href,
            responseBody: text != null ? text : void 0
          });
          throw error;
        }
      } catch (error) {
        if ((_b4 = options == null ? void 0 : options.signal) == null ? void 0 : _b4.aborted) {
          throw error;
        }
        (_c = this.onerror) == null ? void 0 : _c.call(this, error);
        throw error;
      }
    };
    await attempt();
  }
};
function isMessageEvent2(event) {
  return event === void 0 || event === "message";
}
var HttpMCPTransport = class {
  constructor({
    url,
    headers,
    authProvider,
    redirect = "error",
    fetch: fetchFn
  }) {
    this.inboundReconnectAttempts = 0;
    this.reconnectionOptions = {
      initialReconnectionDelay: 1e3,
      maxReconnectionDelay: 3e4,
      reconnectionDelayGrowFactor: 1.5,
      maxRetries: 2
    };
    this.url = new URL(url);
    this.headers = headers;
    this.authProvider = authProvider;
    this.redirectMode = redirect;
    this.fetchFn = fetchFn != null ? fetchFn : globalThis.fetch;
  }
  setProtocolVersion(version) {
    this.protocolVersion = version;
  }
  async commonHeaders(base) {
    var _a32;
    const headers = {
      ...this.headers,
      ...base,
      "mcp-protocol-version": (_a32 = this.protocolVersion) != null ? _a32 : LATEST_PROTOCOL_VERSION
    };
    if (this.sessionId) {
      headers["mcp-session-id"] = this.sessionId;
    }
    if (this.authProvider) {
      const tokens = await this.authProvider.tokens();
      if (tokens == null ? void 0 : tokens.access_token) {
        headers["Authorization"] = `Bearer ${tokens.access_token}`;
      }
    }
    return withUserAgentSuffix(
      headers,
      `ai-sdk/${VERSION}`,
      getRuntimeEnvironmentUserAgent()
    );
  }
  /**
   * Runs a single OAuth recovery flow for concurrent 401 responses.
   */
  authorizeOnce(resourceMetadataUrl, scope) {
    if (!this.authProvider) {
      return Promise.resolve("REDIRECT");
    }
    if (!this.authPromise) {
      this.authPromise = auth(this.authProvider, {
        serverUrl: this.url,
        resourceMetadataUrl,
        scope,
        fetchFn: this.fetchFn
      }).finally(() => {
        this.authPromise = void 0;
      });
    }
    return this.authPromise;
  }
  async start() {
    if (this.abortController) {
      throw new MCPClientError({
        message: "MCP HTTP Transport Error: Transport already started. Note: client.connect() calls start() automatically."
      });
    }
    this.abortController = new AbortController();
    this.startInboundSse();
  }
  async close(options) {
    var _a32, _b32, _c, _d, _e;
    (_a32 = this.inboundSseConnection) == null ? void 0 : _a32.close();
    (_b32 = this.abortController) == null ? void 0 : _b32.abort();
    try {
      if (this.sessionId && this.abortController) {
        (_c = options == null ? void 0 : options.signal) == null ? void 0 : _c.throwIfAborted();
        const headers = await this.commonHeaders({});
        (_d = options == null ? void 0 : options.signal) == null ? void 0 : _d.throwIfAborted();
        await this.fetchFn(this.url.href, {
          method: "DELETE",
          headers,
          signal: options == null ? void 0 : options.signal,
          redirect: this.redirectMode
        }).catch(() => void 0);
      }
    } catch (e) {
    }
    (_e = this.onclose) == null ? void 0 : _e.call(this);
  }
  async send(message, options) {
    var _a32, _b32;
    (_a32 = options == null ? void 0 : options.signal) == null ? void 0 : _a32.throwIfAborted();
    const transportSignal = (_b32 = this.abortController) == null ? void 0 : _b32.signal;
    const requestSignal = (options == null ? void 0 : options.signal) == null ? transportSignal : transportSignal == null ? options.signal : AbortSignal.any([transportSignal, options.signal]);
    const attempt = async (triedAuth = false) => {
      var _a4, _b4, _c, _d, _e, _f, _g;
      try {
        const headers = await this.commonHeaders({
          "Content-Type": "application/json",
          Accept: "application/json, text/event-stream"
        });
        const init = {
          method: "POST",
          headers,
          body: JSON.stringify(message),
          signal: requestSignal,
          redirect: this.redirectMode
        };
        const response = await this.fetchFn(this.url.href, init);
        const sessionId = response.headers.get("mcp-session-id");
        if (sessionId) {
          this.sessionId = sessionId;
        }
        if (response.status === 401 && this.authProvider && !triedAuth) {
          const { resourceMetadataUrl, scope } = extractWWWAuthenticateParams(response);
          this.resourceMetadataUrl = resourceMetadataUrl;
          try {
            const result = await this.authorizeOnce(
              this.resourceMetadataUrl,
              scope
            );
            if (result !== "AUTHORIZED") {
              const error2 = new UnauthorizedError();
              throw error2;
            }
          } catch (error2) {
            (_a4 = this.onerror) == null ? void 0 : _a4.call(this, error2);
            throw error2;
          }
          return attempt(true);
        }
        if (response.status === 202) {
          if (!this.inboundSseConnection) {
            this.startInboundSse();
          }
          return;
        }
        if (!response.ok) {
          const text = await response.text().catch(() => null);
          let errorMessage = `MCP HTTP Transport Error: POSTing to endpoint (HTTP ${response.status}): ${text}`;
          if (response.status === 404) {
            errorMessage += ". This server does not support HTTP transport. Try using `sse` transport instead";
          }
          const error2 = new MCPClientError({
            message: errorMessage,
            statusCode: response.status,
            url: this.url.href,
            responseBody: text != null ? text : void 0
          });
          (_b4 = this.onerror) == null ? void 0 : _b4.call(this, error2);
          throw error2;
        }
        const isNotification = !("id" in message);
        if (isNotification) {
          return;
        }
        const contentType = response.headers.get("content-type") || "";
        if (contentType.includes("application/json")) {
          const data = await response.json();
          const messages = Array.isArray(data) ? data.map((message2) => validateJSONRPCMessage(message2)) : [validateJSONRPCMessage(data)];
          for (const jsonRpcMessage of messages) {
            (_c = this.onmessage) == null ? void 0 : _c.call(this, jsonRpcMessage);
          }
          return;
        }
        if (contentType.includes("text/event-stream")) {
          if (!response.body) {
            const error2 = new MCPClientError({
              message: "MCP HTTP Transport Error: text/event-stream response without body",
              statusCode: response.status,
              url: this.url.href
            });
            (_d = this.onerror) == null ? void 0 : _d.call(this, error2);
            throw error2;
          }
          const stream = response.body.pipeThrough(new TextDecoderStream()).pipeThrough(new EventSourceParserStream());
          const reader = stream.getReader();
          const processEvents = async () => {
            var _a5, _b5, _c2, _d2;
            try {
              while (true) {
                const { done, value } = await reader.read();
                if (done) return;
                const { event, data } = value;
                if (isMessageEvent2(event)) {
                  try {
                    const msg = await parseJSONRPCMessage(data);
                    (_a5 = this.onmessage) == null ? void 0 : _a5.call(this, msg);
                  } catch (error2) {
                    const e = new MCPClientError({
                      message: "MCP HTTP Transport Error: Failed to parse message",
                      cause: error2
                    });
                    (_b5 = this.onerror) == null ? void 0 : _b5.call(this, e);
                  }
                }
              }
            } catch (error2) {
              if (((_c2 = options == null ? void 0 : options.signal) == null ? void 0 : _c2.aborted) || error2 instanceof Error && error2.name === "AbortError") {
                return;
              }
              (_d2 = this.onerror) == null ? void 0 : _d2.call(this, error2);
            }
          };
          void processEvents().catch((error2) => {
            var _a5, _b5;
            if (((_a5 = options == null ? void 0 : options.signal) == null ? void 0 : _a5.aborted) || error2 instanceof Error && error2.name === "AbortError") {
              return;
            }
            (_b5 = this.onerror) == null ? void 0 : _b5.call(this, error2);
          });
          return;
        }
        const error = new MCPClientError({
          message: `MCP HTTP Transport Error: Unexpected content type: ${contentType}`,
          statusCode: response.status,
          url: this.url.href
        });
        (_e = this.onerror) == null ? void 0 : _e.call(this, error);
        throw error;
      } catch (error) {
        if ((_f = options == null ? void 0 : options.signal) == null ? void 0 : _f.aborted) {
          throw error;
        }
        (_g = this.onerror) == null ? void 0 : _g.call(this, error);
        throw error;
      }
    };
    await attempt();
  }
  getNextReconnectionDelay(attempt) {
    const {
      initialReconnectionDelay,
      reconnectionDelayGrowFactor,
      maxReconnectionDelay
    } = this.reconnectionOptions;
    return Math.min(
      initialReconnectionDelay * Math.pow(reconnectionDelayGrowFactor, attempt),
      maxReconnectionDelay
    );
  }
  scheduleInboundSseReconnection() {
    var _a32;
    const { maxRetries } = this.reconnectionOptions;
    if (maxRetries > 0 && this.inboundReconnectAttempts >= maxRetries) {
      (_a32 = this.onerror) == null ? void 0 : _a32.call(
        this,
        new MCPClientError({
          message: `MCP HTTP Transport Error: Maximum reconnection attempts (${maxRetries}) exceeded.`
        })
      );
      return;
    }
    const delay = this.getNextReconnectionDelay(this.inboundReconnectAttempts);
    this.inboundReconnectAttempts += 1;
    setTimeout(() => {
      var _a4;
      if ((_a4 = this.abortController) == null ? void 0 : _a4.signal.aborted) return;
      this.startInboundSse(false, this.lastInboundEventId);
    }, delay);
  }
  startInboundSse(triedAuth = false, resumeToken) {
    void this.openInboundSse(triedAuth, resumeToken).catch((error) => {
      var _a32;
      if (error instanceof Error && error.name === "AbortError") {
        return;
      }
      (_a32 = this.onerror) == null ? void 0 : _a32.call(this, error);
    });
  }
  // Open optional inbound SSE stream; best-effort and resumable
  async openInboundSse(triedAuth = false, resumeToken) {
    var _a32, _b32, _c, _d, _e, _f;
    try {
      const headers = await this.commonHeaders({
        Accept: "text/event-stream"
      });
      if (resumeToken) {
        headers["last-event-id"] = resumeToken;
      }
      const response = await this.fetchFn(this.url.href, {
        method: "GET",
        headers,
        signal: (_a32 = this.abortController) == null ? void 0 : _a32.signal,
        redirect: this.redirectMode
      });
      const sessionId = response.headers.get("mcp-session-id");
      if (sessionId) {
        this.sessionId = sessionId;
      }
      if (response.status === 401 && this.authProvider && !triedAuth) {
        const { resourceMetadataUrl, scope } = extractWWWAuthenticateParams(response);
        this.resourceMetadataUrl = resourceMetadataUrl;
        try {
          const result = await this.authorizeOnce(
            this.resourceMetadataUrl,
            scope
          );
          if (result !== "AUTHORIZED") {
            const error = new UnauthorizedError();
            (_b32 = this.onerror) == null ? void 0 : _b32.call(this, error);
            return;
          }
        } catch (error) {
          (_c = this.onerror) == null ? void 0 : _c.call(this, error);
          return;
        }
        return this.openInboundSse(true, resumeToken);
      }
      if (response.status === 405) {
        return;
      }
      if (!response.ok || !response.body) {
        const error = new MCPClientError({
          message: `MCP HTTP Transport Error: GET SSE failed: ${response.status} ${response.statusText}`,
          statusCode: response.status,
          url: this.url.href
        });
        (_d = this.onerror) == null ? void 0 : _d.call(this, error);
        return;
      }
      const stream = response.body.pipeThrough(new TextDecoderStream()).pipeThrough(new EventSourceParserStream());
      const reader = stream.getReader();
      const processEvents = async () => {
        var _a4, _b4, _c2, _d2;
        try {
          while (true) {
            const { done, value } = await reader.read();
            if (done) return;
            const { event, data, id } = value;
            if (id) {
              this.lastInboundEventId = id;
            }
            if (isMessageEvent2(event)) {
              try {
                const msg = await parseJSONRPCMessage(data);
                (_a4 = this.onmessage) == null ? void 0 : _a4.call(this, msg);
              } catch (error) {
                const e = new MCPClientError({
                  message: "MCP HTTP Transport Error: Failed to parse message",
                  cause: error
                });
                (_b4 = this.onerror) == null ? void 0 : _b4.call(this, e);
              }
            }
          }
        } catch (error) {
          if (error instanceof Error && error.name === "AbortError") {
            return;
          }
          (_c2 = this.onerror) == null ? void 0 : _c2.call(this, error);
          if (!((_d2 = this.abortController) == null ? void 0 : _d2.signal.aborted)) {
            this.scheduleInboundSseReconnection();
          }
        }
      };
      this.inboundSseConnection = {
        close: () => {
          void reader.cancel().catch((error) => {
            var _a4;
            if (error instanceof Error && error.name === "AbortError") {
              return;
            }
            (_a4 = this.onerror) == null ? void 0 : _a4.call(this, error);
          });
        }
      };
      this.inboundReconnectAttempts = 0;
      void processEvents().catch((error) => {
        var _a4, _b4;
        if (error instanceof Error && error.name === "AbortError") {
          return;
        }
        (_a4 = this.onerror) == null ? void 0 : _a4.call(this, error);
        if (!((_b4 = this.abortController) == null ? void 0 : _b4.signal.aborted)) {
          this.scheduleInboundSseReconnection();
        }
      });
    } catch (error) {
      if (error instanceof Error && error.name === "AbortError") {
        return;
      }
      (_e = this.onerror) == null ? void 0 : _e.call(this, error);
      if (!((_f = this.abortController) == null ? void 0 : _f.signal.aborted)) {
        this.scheduleInboundSseReconnection();
      }
    }
  }
};
function createMcpTransport(config) {
  switch (config.type) {
    case "sse":
      return new SseMCPTransport(config);
    case "http":
      return new HttpMCPTransport(config);
    default:
      throw new MCPClientError({
        message: "Unsupported or invalid transport configuration. If you are using a custom transport, make sure it implements the MCPTransport interface."
      });
  }
}
function isCustomMcpTransport(transport) {
  return "start" in transport && typeof transport.start === "function" && "send" in transport && typeof transport.send === "function" && "close" in transport && typeof transport.close === "function";
}
var CLIENT_VERSION = "1.0.0";
var DEFAULT_MAX_TOOL_CALL_RETRIES = 0;
var DEFAULT_RETRY_ERROR_CODES = [
  "ConnectionRefused",
  "ConnectionClosed",
  "FailedToOpenSocket",
  "ECONNRESET",
  "ECONNREFUSED",
  "ETIMEDOUT",
  "EPIPE"
];
function getErrorStatusCode(error) {
  if (error != null && typeof error === "object" && "statusCode" in error && typeof error.statusCode === "number") {
    return error.statusCode;
  }
  return void 0;
}
function getStringErrorCode(error) {
  if (error != null && typeof error === "object" && "code" in error && typeof error.code === "string") {
    return error.code;
  }
  return void 0;
}
function isRetryableMCPToolCallError(error) {
  const statusCode = getErrorStatusCode(error);
  if (statusCode != null) {
    return statusCode === 408 || statusCode === 409 || statusCode === 429 || statusCode >= 500;
  }
  if (MCPClientError.isInstance(error) && error.code != null) {
    return false;
  }
  const errorCode = getStringErrorCode(error);
  return errorCode != null && DEFAULT_RETRY_ERROR_CODES.includes(errorCode);
}
function prepareMaxRetries(maxRetries) {
  if (maxRetries == null) {
    return DEFAULT_MAX_TOOL_CALL_RETRIES;
  }
  if (!Number.isInteger(maxRetries)) {
    throw new MCPClientError({
      message: "maxRetries must be an integer"
    });
  }
  if (maxRetries < 0) {
    throw new MCPClientError({
      message: "maxRetries must be >= 0"
    });
  }
  return maxRetries;
}
function getEffectiveTimeout({
  timeout,
  maxTotalTimeout
}) {
  if (timeout == null) {
    return maxTotalTimeout;
  }
  if (maxTotalTimeout == null) {
    return timeout;
  }
  return Math.min(timeout, maxTotalTimeout);
}
function waitForAbort(promise, signal) {
  if (signal == null) {
    return promise;
  }
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      signal.removeEventListener("abort", onAbort);
    };
    const onAbort = () => {
      cleanup();
      reject(signal.reason);
    };
    if (signal.aborted) {
      onAbort();
      return;
    }
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then((value) => {
      cleanup();
      resolve(value);
    }).catch((error) => {
      cleanup();
      reject(error);
    });
  });
}
function mcpToModelOutput({
  output
}) {
  const result = output;
  if (!("content" in result) || !Array.isArray(result.content)) {
    return { type: "json", value: result };
  }
  const convertedContent = result.content.map(
    (part) => {
      if (part.type === "text" && "text" in part) {
        return { type: "text", text: part.text };
      }
      if (part.type === "image" && "data" in part && "mimeType" in part) {
        return {
          type: "image-data",
          data: part.data,
          mediaType: part.mimeType
        };
      }
      return { type: "text", text: JSON.stringify(part) };
    }
  );
  return { type: "content", value: convertedContent };
}
async function createMCPClient(config) {
  const client = new DefaultMCPClient(config);
  await client.init();
  return client;
}
var DefaultMCPClient = class {
  constructor({
    transport: transportConfig,
    name: name32,
    clientName = name32 != null ? name32 : "ai-sdk-mcp-client",
    version = CLIENT_VERSION,
    onUncaughtError,
    maxRetries,
    capabilities,
    initializationOptions
  }) {
    this.requestMessageId = 0;
    this.responseHandlers = /* @__PURE__ */ new Map();
    this.serverCapabilities = {};
    this._serverInfo = { name: "", version: "" };
    this.isClosed = true;
    this.onUncaughtError = onUncaughtError;
    this.maxRetries = prepareMaxRetries(maxRetries);
    this.clientCapabilities = capabilities != null ? capabilities : {};
    this.initializationOptions = initializationOptions;
    if (isCustomMcpTransport(transportConfig)) {
      this.transport = transportConfig;
    } else {
      this.transport = createMcpTransport(transportConfig);
    }
    this.transport.onclose = () => this.onClose();
    this.transport.onerror = (error) => this.onError(error);
    this.transport.onmessage = (message) => {
      if ("method" in message) {
        if ("id" in message) {
          this.onRequestMessage(message);
        } else {
          this.onError(
            new MCPClientError({
              message: "Unsupported message type"
            })
          );
        }
        return;
      }
      this.onResponse(message);
    };
    this.clientInfo = {
      name: clientName,
      version
    };
  }
  get serverInfo() {
    return this._serverInfo;
  }
  get instructions() {
    return this._serverInstructions;
  }
  async init() {
    var _a32;
    const externalSignal = (_a32 = this.initializationOptions) == null ? void 0 : _a32.signal;
    const timeout = this.initializationOptions ? getEffectiveTimeout(this.initializationOptions) : void 0;
    const timeoutController = timeout == null ? void 0 : new AbortController();
    const signal = externalSignal == null ? timeoutController == null ? void 0 : timeoutController.signal : timeoutController == null ? externalSignal : AbortSignal.any([externalSignal, timeoutController.signal]);
    let timeoutId;
    let timeoutError;
    if (timeout != null) {
      timeoutId = setTimeout(() => {
        timeoutError = new MCPClientError({
          message: `MCP client initialization timed out after ${timeout}ms`
        });
        timeoutController == null ? void 0 : timeoutController.abort(timeoutError);
      }, timeout);
    }
    try {
      this.isClosed = false;
      signal == null ? void 0 : signal.throwIfAborted();
      await waitForAbort(this.transport.start(), signal);
      const result = await this.request({
        request: {
          method: "initialize",
          params: {
            protocolVersion: LATEST_PROTOCOL_VERSION,
            capabilities: this.clientCapabilities,
            clientInfo: this.clientInfo
          }
        },
        resultSchema: InitializeResultSchema,
        options: { signal }
      });
      if (result === void 0) {
        throw new MCPClientError({
          message: "Server sent invalid initialize result"
        });
      }
      if (!SUPPORTED_PROTOCOL_VERSIONS.includes(result.protocolVersion)) {
        throw new MCPClientError({
          message: `Server's protocol version is not supported: ${result.protocolVersion}`
        });
      }
      this.serverCapabilities = result.capabilities;
      this._serverInfo = result.serverInfo;
      if (this.transport.setProtocolVersion) {
        this.transport.setProtocolVersion(result.protocolVersion);
      } else {
        this.transport.protocolVersion = result.protocolVersion;
      }
      this._serverInstructions = result.instructions;
      await this.notification(
        {
          method: "notifications/initialized"
        },
        { signal }
      );
      return this;
    } catch (error) {
      try {
        await waitForAbort(this.transport.close({ signal }), signal);
      } catch (e) {
      }
      this.onClose();
      if (timeoutError != null) {
        throw timeoutError;
      }
      if (externalSignal == null ? void 0 : externalSignal.aborted) {
        throw new MCPClientError({
          message: "MCP client initialization was aborted",
          cause: externalSignal.reason
        });
      }
      throw error;
    } finally {
      if (timeoutId != null) {
        clearTimeout(timeoutId);
      }
    }
  }
  async close() {
    var _a32;
    if (this.isClosed) return;
    await ((_a32 = this.transport) == null ? void 0 : _a32.close());
    this.onClose();
  }
  send(message, signal) {
    return this.transport.send(
      message,
      signal == null ? void 0 : { signal }
    );
  }
  assertCapability(method) {
    switch (method) {
      case "initialize":
        break;
      case "completion/complete":
        if (!this.serverCapabilities.completions) {
          throw new MCPClientError({
            message: `Server does not support completions`
          });
        }
        break;
      case "tools/list":
      case "tools/call":
        if (!this.serverCapabilities.tools) {
          throw new MCPClientError({
            message: `Server does not support tools`
          });
        }
        break;
      case "resources/list":
      case "resources/read":
      case "resources/templates/list":
        if (!this.serverCapabilities.resources) {
          throw new MCPClientError({
            message: `Server does not support resources`
          });
        }
        break;
      case "prompts/list":
      case "prompts/get":
        if (!this.serverCapabilities.prompts) {
          throw new MCPClientError({
            message: `Server does not support prompts`
          });
        }
        break;
      default:
        throw new MCPClientError({
          message: `Unsupported method: ${method}`
        });
    }
  }
  async request({
    request,
    resultSchema,
    options
  }) {
    return new Promise((resolve, reject) => {
      if (this.isClosed) {
        return reject(
          new MCPClientError({
            message: "Attempted to send a request from a closed client"
          })
        );
      }
      this.assertCapability(request.method);
      const signal = options == null ? void 0 : options.signal;
      signal == null ? void 0 : signal.throwIfAborted();
      const timeout = options == null ? void 0 : getEffectiveTimeout(options);
      const timeoutController = timeout == null ? void 0 : new AbortController();
      const transportSignal = signal == null ? timeoutController == null ? void 0 : timeoutController.signal : timeoutController == null ? signal : AbortSignal.any([signal, timeoutController.signal]);
      let timeoutId;
      const messageId = this.requestMessageId++;
      const jsonrpcRequest = {
        ...request,
        jsonrpc: "2.0",
        id: messageId
      };
      const rejectWithAbortError = () => {
        reject(
          new MCPClientError({
            message: "Request was aborted",
            cause: signal == null ? void 0 : signal.reason
          })
        );
      };
      const cleanup = () => {
        this.responseHandlers.delete(messageId);
        signal == null ? void 0 : signal.removeEventListener("abort", onAbort);
        if (timeoutId != null) {
          clearTimeout(timeoutId);
        }
      };
      const rejectAndCleanup = (error) => {
        cleanup();
        reject(error);
      };
      const onAbort = () => {
        cleanup();
        rejectWithAbortError();
      };
      const onTimeout = () => {
        const error = new MCPClientError({
          message: `Request timed out after ${timeout}ms`
        });
        timeoutController == null ? void 0 : timeoutController.abort(error);
        rejectAndCleanup(error);
      };
      this.responseHandlers.set(messageId, (response) => {
        if (signal == null ? void 0 : signal.aborted) {
          cleanup();
          return rejectWithAbortError();
        }
        if (response instanceof Error) {
          return rejectAndCleanup(response);
        }
        try {
          const result = resultSchema.parse(response.result);
          cleanup();
          resolve(result);
        } catch (error) {
          const parseError = new MCPClientError({
            message: "Failed to parse server response",
            cause: error
          });
          rejectAndCleanup(parseError);
        }
      });
      signal == null ? void 0 : signal.addEventListener("abort", onAbort, { once: true });
      if (timeout != null) {
        timeoutId = setTimeout(onTimeout, timeout);
      }
      const sendPromise = transportSignal == null ? this.transport.send(jsonrpcRequest) : this.send(jsonrpcRequest, transportSignal);
      sendPromise.catch((error) => {
        rejectAndCleanup(error);
      });
    });
  }
  async listTools({
    params,
    options
  } = {}) {
    return this.request({
      request: { method: "tools/list", params },
      resultSchema: ListToolsResultSchema,
      options
    });
  }
  async callToolWithRetry({
    options,
    execute
  }) {
    if (this.maxRetries === 0) {
      return execute();
    }
    return retryWithExponentialBackoff({
      maxRetries: this.maxRetries,
      abortSignal: options == null ? void 0 : options.abortSignal,
      shouldRetry: isRetryableMCPToolCallError,
      createRetryError: ({ message, errors }) => new MCPClientError({
        message,
        cause: errors[errors.length - 1]
      })
    })(execute);
  }
  async callTool({
    name: name32,
    args,
    options
  }) {
    return this.callToolWithRetry({
      options,
      execute: () => this.request({
        request: {
          method: "tools/call",
          params: { name: name32, arguments: args }
        },
        resultSchema: CallToolResultSchema,
        options: {
          signal: options == null ? void 0 : options.abortSignal
        }
      })
    });
  }
  async listResourcesInternal({
    params,
    options
  } = {}) {
    return this.request({
      request: { method: "resources/list", params },
      resultSchema: ListResourcesResultSchema,
      options
    });
  }
  async readResourceInternal({
    uri,
    options
  }) {
    return this.request({
      request: { method: "resources/read", params: { uri } },
      resultSchema: ReadResourceResultSchema,
      options
    });
  }
  async listResourceTemplatesInternal({
    options
  } = {}) {
    return this.request({
      request: { method: "resources/templates/list" },
      resultSchema: ListResourceTemplatesResultSchema,
      options
    });
  }
  async listPromptsInternal({
    params,
    options
  } = {}) {
    return this.request({
      request: { method: "prompts/list", params },
      resultSchema: ListPromptsResultSchema,
      options
    });
  }
  async getPromptInternal({
    name: name32,
    args,
    options
  }) {
    return this.request({
      request: { method: "prompts/get", params: { name: name32, arguments: args } },
      resultSchema: GetPromptResultSchema,
      options
    });
  }
  async completeInternal({
    options,
    ...params
  }) {
    return this.request({
      request: { method: "completion/complete", params },
      resultSchema: CompleteResultSchema,
      options
    });
  }
  async notification(notification, options) {
    const jsonrpcNotification = {
      ...notification,
      jsonrpc: "2.0"
    };
    await waitForAbort(
      this.send(jsonrpcNotification, options == null ? void 0 : options.signal),
      options == null ? void 0 : options.signal
    );
  }
  /**
   * Returns a set of AI SDK tools from the MCP server.
   * This fetches tool definitions and wraps them with execute functions.
   * @returns A record of tool names to their implementations
   */
  async tools({
    schemas = "automatic"
  } = {}) {
    let definitions = await this.listTools();
    const tools = [...definitions.tools];
    while (definitions.nextCursor != null) {
      definitions = await this.listTools({
        params: { cursor: definitions.nextCursor }
      });
      tools.push(...definitions.tools);
    }
    return this.toolsFromDefinitions({ ...definitions, tools }, {
      schemas
    });
  }
  /**
   * Creates AI SDK tools from tool definitions without fetching from the server.
   */
  toolsFromDefinitions(definitions, { schemas = "automatic" } = {}) {
    var _a32, _b32;
    const tools = /* @__PURE__ */ Object.create(null);
    for (const {
      name: name32,
      title,
      description,
      inputSchema,
      annotations,
      _meta
    } of definitions.tools) {
      const resolvedTitle = title != null ? title : annotations == null ? void 0 : annotations.title;
      if (schemas !== "automatic" && !Object.prototype.hasOwnProperty.call(schemas, name32)) {
        continue;
      }
      const self = this;
      const outputSchema = schemas !== "automatic" ? (_a32 = schemas[name32]) == null ? void 0 : _a32.outputSchema : void 0;
      const metadata = {
        clientName: this.clientInfo.name,
        ...annotations != null ? {
          annotations: {
            ...annotations.title != null ? { title: annotations.title } : {},
            ...annotations.readOnlyHint != null ? { readOnlyHint: annotations.readOnlyHint } : {},
            ...annotations.destructiveHint != null ? { destructiveHint: annotations.destructiveHint } : {},
            ...annotations.idempotentHint != null ? { idempotentHint: annotations.idempotentHint } : {},
            ...annotations.openWorldHint != null ? { openWorldHint: annotations.openWorldHint } : {}
          }
        } : {}
      };
      const execute = async (args, options) => {
        var _a4;
        (_a4 = options == null ? void 0 : options.abortSignal) == null ? void 0 : _a4.throwIfAborted();
        const result = await self.callTool({ name: name32, args, options });
        if (result.isError) {
          return result;
        }
        if (outputSchema != null) {
          return self.extractStructuredContent(result, outputSchema, name32);
        }
        return result;
      };
      const toolWithExecute = schemas === "automatic" ? dynamicTool({
        description,
        title: resolvedTitle,
        metadata,
        inputSchema: jsonSchema({
          ...inputSchema,
          properties: (_b32 = inputSchema.properties) != null ? _b32 : {},
          additionalProperties: false
        }),
        execute,
        toModelOutput: mcpToModelOutput
      }) : tool({
        description,
        title: resolvedTitle,
        metadata,
        inputSchema: schemas[name32].inputSchema,
        ...outputSchema != null ? { outputSchema } : {},
        execute,
        toModelOutput: mcpToModelOutput
      });
      tools[name32] = { ...toolWithExecute, _meta };
    }
    return tools;
  }
  /**
   * Extracts and validates structuredContent from a tool result.
   */
  async extractStructuredContent(result, outputSchema, toolName) {
    if ("structuredContent" in result && result.structuredContent != null) {
      const validationResult = await safeValidateTypes({
        value: result.structuredContent,
        schema: asSchema(outputSchema)
      });
      if (!validationResult.success) {
        throw new MCPClientError({
          message: `Tool "${toolName}" returned structuredContent that does not match the expected outputSchema`,
          cause: validationResult.error
        });
      }
      return validationResult.value;
    }
    if ("content" in result && Array.isArray(result.content)) {
      const textContent = result.content.find((c) => c.type === "text");
      if (textContent && "text" in textContent) {
        const parseResult = await safeParseJSON({
          text: textContent.text,
          schema: outputSchema
        });
        if (!parseResult.success) {
          throw new MCPClientError({
            message: `Tool "${toolName}" returned content that does not match the expected outputSchema`,
            cause: parseResult.error
          });
        }
        return parseResult.value;
      }
    }
    throw new MCPClientError({
      message: `Tool "${toolName}" did not return structuredContent or parseable text content`
    });
  }
  listResources({
    params,
    options
  } = {}) {
    return this.listResourcesInternal({ params, options });
  }
  readResource({
    uri,
    options
  }) {
    return this.readResourceInternal({ uri, options });
  }
  listResourceTemplates({
    options
  } = {}) {
    return this.listResourceTemplatesInternal({ options });
  }
  experimental_listPrompts({
    params,
    options
  } = {}) {
    return this.listPromptsInternal({ params, options });
  }
  experimental_getPrompt({
    name: name32,
    arguments: args,
    options
  }) {
    return this.getPromptInternal({ name: name32, args, options });
  }
  complete(args) {
    return this.completeInternal(args);
  }
  onElicitationRequest(schema, handler) {
    if (schema !== ElicitationRequestSchema) {
      throw new MCPClientError({
        message: "Unsupported request schema. Only ElicitationRequestSchema is supported."
      });
    }
    this.elicitationRequestHandler = handler;
  }
  async onRequestMessage(request) {
    try {
      if (request.method === "ping") {
        await this.transport.send({
          jsonrpc: "2.0",
          id: request.id,
          result: {}
        });
        return;
      }
      if (request.method !== "elicitation/create") {
        await this.transport.send({
          jsonrpc: "2.0",
          id: request.id,
          error: {
            code: -32601,
            message: `Unsupported request method: ${request.method}`
          }
        });
        return;
      }
      if (!this.elicitationRequestHandler) {
        await this.transport.send({
          jsonrpc: "2.0",
          id: request.id,
          error: {
            code: -32601,
            message: "No elicitation handler registered on client"
          }
        });
        return;
      }
      const parsedRequest = ElicitationRequestSchema.safeParse({
        method: request.method,
        params: request.params
      });
      if (!parsedRequest.success) {
        await this.transport.send({
          jsonrpc: "2.0",
          id: request.id,
          error: {
            code: -32602,
            message: `Invalid elicitation request: ${parsedRequest.error.message}`,
            data: parsedRequest.error.issues
          }
        });
        return;
      }
      try {
        const result = await this.elicitationRequestHandler(parsedRequest.data);
        const validatedResult = ElicitResultSchema.parse(result);
        await this.transport.send({
          jsonrpc: "2.0",
          id: request.id,
          result: validatedResult
        });
      } catch (error) {
        await this.transport.send({
          jsonrpc: "2.0",
          id: request.id,
          error: {
            code: -32603,
            message: error instanceof Error ? error.message : "Failed to handle elicitation request"
          }
        });
        this.onError(error);
      }
    } catch (error) {
      this.onError(error);
    }
  }
  onClose() {
    if (this.isClosed) return;
    this.isClosed = true;
    const error = new MCPClientError({
      message: "Connection closed"
    });
    for (const handler of this.responseHandlers.values()) {
      handler(error);
    }
    this.responseHandlers.clear();
  }
  onError(error) {
    if (this.onUncaughtError) {
      this.onUncaughtError(error);
    }
  }
  onResponse(response) {
    const messageId = Number(response.id);
    const handler = this.responseHandlers.get(messageId);
    if (handler === void 0) {
      throw new MCPClientError({
        message: `Protocol error: Received a response for an unknown message ID: ${JSON.stringify(
          response
        )}`
      });
    }
    this.responseHandlers.delete(messageId);
    handler(
      "result" in response ? response : new MCPClientError({
        message: response.error.message,
        code: response.error.code,
        data: response.error.data,
        cause: response.error
      })
    );
  }
};

// node_modules/@ai-sdk/mcp/dist/mcp-stdio/index.mjs
var import_cross_spawn = __toESM(require_cross_spawn(), 1);
var ToolMetaSchema2 = optional(record(string(), unknown()));
var ClientOrServerImplementationSchema2 = looseObject({
  name: string(),
  version: string(),
  title: optional(string())
});
var BaseParamsSchema2 = looseObject({
  _meta: optional(object({}).loose())
});
var ResultSchema2 = BaseParamsSchema2;
var RequestSchema2 = object({
  method: string(),
  params: optional(BaseParamsSchema2)
});
var ElicitationCapabilitySchema2 = object({
  applyDefaults: optional(boolean())
}).loose();
var ServerCapabilitiesSchema2 = looseObject({
  experimental: optional(object({}).loose()),
  logging: optional(object({}).loose()),
  completions: optional(object({}).loose()),
  prompts: optional(
    looseObject({
      listChanged: optional(boolean())
    })
  ),
  resources: optional(
    looseObject({
      subscribe: optional(boolean()),
      listChanged: optional(boolean())
    })
  ),
  tools: optional(
    looseObject({
      listChanged: optional(boolean())
    })
  ),
  elicitation: optional(ElicitationCapabilitySchema2)
});
var ClientCapabilitiesSchema2 = object({
  elicitation: optional(ElicitationCapabilitySchema2)
}).loose();
var InitializeResultSchema2 = ResultSchema2.extend({
  protocolVersion: string(),
  capabilities: ServerCapabilitiesSchema2,
  serverInfo: ClientOrServerImplementationSchema2,
  instructions: optional(string())
});
var PaginatedResultSchema2 = ResultSchema2.extend({
  nextCursor: optional(string())
});
var ToolSchema2 = object({
  name: string(),
  /**
   * @see https://modelcontextprotocol.io/specification/2025-11-25/server/tools#tool
   */
  title: optional(string()),
  description: optional(string()),
  inputSchema: object({
    type: literal("object"),
    properties: optional(object({}).loose())
  }).loose(),
  /**
   * @see https://modelcontextprotocol.io/specification/2025-06-18/server/tools#output-schema
   */
  outputSchema: optional(object({}).loose()),
  annotations: optional(
    object({
      title: optional(string()),
      readOnlyHint: optional(boolean()),
      destructiveHint: optional(boolean()),
      idempotentHint: optional(boolean()),
      openWorldHint: optional(boolean())
    }).loose()
  ),
  _meta: ToolMetaSchema2
}).loose();
var ListToolsResultSchema2 = PaginatedResultSchema2.extend({
  tools: array(ToolSchema2)
});
var TextContentSchema2 = object({
  type: literal("text"),
  text: string()
}).loose();
var ImageContentSchema2 = object({
  type: literal("image"),
  data: base64(),
  mimeType: string()
}).loose();
var ResourceSchema2 = object({
  uri: string(),
  name: string(),
  title: optional(string()),
  description: optional(string()),
  mimeType: optional(string()),
  size: optional(number())
}).loose();
var ListResourcesResultSchema2 = PaginatedResultSchema2.extend({
  resources: array(ResourceSchema2)
});
var ResourceContentsSchema2 = object({
  /**
   * The URI of this resource.
   */
  uri: string(),
  /**
   * Optional display name of the resource content.
   */
  name: optional(string()),
  /**
   * Optional human readable title.
   */
  title: optional(string()),
  /**
   * The MIME type of this resource, if known.
   */
  mimeType: optional(string())
}).loose();
var TextResourceContentsSchema2 = ResourceContentsSchema2.extend({
  text: string()
});
var BlobResourceContentsSchema2 = ResourceContentsSchema2.extend({
  blob: base64()
});
var EmbeddedResourceSchema2 = object({
  type: literal("resource"),
  resource: union([TextResourceContentsSchema2, BlobResourceContentsSchema2])
}).loose();
var ResourceLinkContentSchema2 = object({
  type: literal("resource_link"),
  uri: string(),
  name: string(),
  description: optional(string()),
  mimeType: optional(string())
}).loose();
var CallToolResultSchema2 = ResultSchema2.extend({
  content: array(
    union([
      TextContentSchema2,
      ImageContentSchema2,
      EmbeddedResourceSchema2,
      ResourceLinkContentSchema2
    ])
  ),
  /**
   * @see https://modelcontextprotocol.io/specification/2025-06-18/server/tools#structured-content
   */
  structuredContent: optional(unknown()),
  isError: boolean().default(false).optional()
}).or(
  ResultSchema2.extend({
    toolResult: unknown()
  })
);
var ResourceTemplateSchema2 = object({
  uriTemplate: string(),
  name: string(),
  title: optional(string()),
  description: optional(string()),
  mimeType: optional(string())
}).loose();
var ListResourceTemplatesResultSchema2 = ResultSchema2.extend({
  resourceTemplates: array(ResourceTemplateSchema2)
});
var ReadResourceResultSchema2 = ResultSchema2.extend({
  contents: array(
    union([TextResourceContentsSchema2, BlobResourceContentsSchema2])
  )
});
var PromptReferenceSchema2 = object({
  type: literal("ref/prompt"),
  name: string()
}).loose();
var ResourceReferenceSchema2 = object({
  type: literal("ref/resource"),
  uri: string()
}).loose();
var CompletionArgumentSchema2 = object({
  name: string(),
  value: string()
}).loose();
var CompleteRequestParamsSchema2 = BaseParamsSchema2.extend({
  ref: union([PromptReferenceSchema2, ResourceReferenceSchema2]),
  argument: CompletionArgumentSchema2,
  context: optional(
    object({
      arguments: record(string(), string())
    }).loose()
  )
});
var CompleteResultSchema2 = ResultSchema2.extend({
  completion: object({
    values: array(string()).max(100),
    total: optional(number().int()),
    hasMore: optional(boolean())
  }).loose()
});
var PromptArgumentSchema2 = object({
  name: string(),
  description: optional(string()),
  required: optional(boolean())
}).loose();
var PromptSchema2 = object({
  name: string(),
  title: optional(string()),
  description: optional(string()),
  arguments: optional(array(PromptArgumentSchema2))
}).loose();
var ListPromptsResultSchema2 = PaginatedResultSchema2.extend({
  prompts: array(PromptSchema2)
});
var PromptMessageSchema2 = object({
  role: union([literal("user"), literal("assistant")]),
  content: union([
    TextContentSchema2,
    ImageContentSchema2,
    EmbeddedResourceSchema2,
    ResourceLinkContentSchema2
  ])
}).loose();
var GetPromptResultSchema2 = ResultSchema2.extend({
  description: optional(string()),
  messages: array(PromptMessageSchema2)
});
var ElicitationRequestParamsSchema2 = BaseParamsSchema2.extend({
  message: string(),
  requestedSchema: unknown()
});
var ElicitationRequestSchema2 = RequestSchema2.extend({
  method: literal("elicitation/create"),
  params: ElicitationRequestParamsSchema2
});
var ElicitResultSchema2 = ResultSchema2.extend({
  action: union([
    literal("accept"),
    literal("decline"),
    literal("cancel")
  ]),
  content: optional(record(string(), unknown()))
});
var JSONRPC_VERSION2 = "2.0";
var JSONRPCRequestSchema2 = object({
  jsonrpc: literal(JSONRPC_VERSION2),
  id: union([string(), number().int()])
}).merge(RequestSchema2).strict();
var JSONRPCResponseSchema2 = object({
  jsonrpc: literal(JSONRPC_VERSION2),
  id: union([string(), number().int()]),
  result: ResultSchema2
}).strict();
var JSONRPCErrorSchema2 = object({
  jsonrpc: literal(JSONRPC_VERSION2),
  id: union([string(), number().int()]),
  error: object({
    code: number().int(),
    message: string(),
    data: optional(unknown())
  })
}).strict();
var JSONRPCNotificationSchema2 = object({
  jsonrpc: literal(JSONRPC_VERSION2)
}).merge(
  object({
    method: string(),
    params: optional(BaseParamsSchema2)
  })
).strict();
var JSONRPCMessageSchema2 = union([
  JSONRPCRequestSchema2,
  JSONRPCNotificationSchema2,
  JSONRPCResponseSchema2,
  JSONRPCErrorSchema2
]);
function validateJSONRPCMessage2(message) {
  return JSONRPCMessageSchema2.parse(message);
}
async function parseJSONRPCMessage2(text) {
  return validateJSONRPCMessage2(await parseJSON({ text }));
}
var name3 = "AI_MCPClientError";
var marker3 = `vercel.ai.error.${name3}`;
var symbol3 = Symbol.for(marker3);
var _a3;
var _b3;
var MCPClientError2 = class extends (_b3 = AISDKError, _a3 = symbol3, _b3) {
  constructor({
    name: name22 = "MCPClientError",
    message,
    cause,
    data,
    code,
    statusCode,
    url,
    responseBody
  }) {
    super({ name: name22, message, cause });
    this[_a3] = true;
    this.data = data;
    this.code = code;
    this.statusCode = statusCode;
    this.url = url;
    this.responseBody = responseBody;
  }
  static isInstance(error) {
    return AISDKError.hasMarker(error, marker3);
  }
};
function getEnvironment(customEnv) {
  const isWindows = globalThis.process.platform === "win32";
  const DEFAULT_INHERITED_ENV_VARS = isWindows ? [
    "APPDATA",
    "HOMEDRIVE",
    "HOMEPATH",
    "LOCALAPPDATA",
    "PATH",
    "PROCESSOR_ARCHITECTURE",
    "SYSTEMDRIVE",
    "SYSTEMROOT",
    "TEMP",
    "USERNAME",
    "USERPROFILE"
  ] : ["HOME", "LOGNAME", "PATH", "SHELL", "TERM", "USER"];
  const env = customEnv ? { ...customEnv } : {};
  const customEnvKeys = new Set(
    Object.keys(env).map((key) => isWindows ? key.toUpperCase() : key)
  );
  for (const key of DEFAULT_INHERITED_ENV_VARS) {
    if (customEnvKeys.has(key)) {
      continue;
    }
    const value = globalThis.process.env[key];
    if (value === void 0) {
      continue;
    }
    if (value.startsWith("()")) {
      continue;
    }
    env[key] = value;
  }
  return env;
}
function createChildProcess(config, signal) {
  var _a22, _b22, _c;
  if (globalThis.process.platform === "win32" && [config.command, ...(_a22 = config.args) != null ? _a22 : []].some((value) => /[\r\n]/.test(value))) {
    throw new TypeError(
      "Stdio MCP commands and arguments must not contain line breaks on Windows."
    );
  }
  return (0, import_cross_spawn.default)(config.command, (_b22 = config.args) != null ? _b22 : [], {
    env: getEnvironment(config.env),
    stdio: ["pipe", "pipe", (_c = config.stderr) != null ? _c : "inherit"],
    shell: false,
    signal,
    windowsHide: globalThis.process.platform === "win32" && isElectron(),
    cwd: config.cwd
  });
}
function isElectron() {
  return "type" in globalThis.process;
}
var StdioMCPTransport = class {
  constructor(server) {
    this.abortController = new AbortController();
    this.readBuffer = new ReadBuffer();
    this.serverParams = server;
  }
  async start() {
    if (this.process) {
      throw new MCPClientError2({
        message: "StdioMCPTransport already started."
      });
    }
    return new Promise((resolve, reject) => {
      var _a22, _b22, _c, _d;
      try {
        const process2 = createChildProcess(
          this.serverParams,
          this.abortController.signal
        );
        this.process = process2;
        this.process.on("error", (error) => {
          var _a32, _b32;
          if (error.name === "AbortError") {
            (_a32 = this.onclose) == null ? void 0 : _a32.call(this);
            return;
          }
          reject(error);
          (_b32 = this.onerror) == null ? void 0 : _b32.call(this, error);
        });
        this.process.on("spawn", () => {
          resolve();
        });
        this.process.on("close", (_code) => {
          var _a32;
          this.process = void 0;
          (_a32 = this.onclose) == null ? void 0 : _a32.call(this);
        });
        (_a22 = this.process.stdin) == null ? void 0 : _a22.on("error", (error) => {
          var _a32;
          (_a32 = this.onerror) == null ? void 0 : _a32.call(this, error);
        });
        (_b22 = this.process.stdout) == null ? void 0 : _b22.on("data", (chunk) => {
          this.readBuffer.append(chunk);
          void this.processReadBuffer();
        });
        (_c = this.process.stdout) == null ? void 0 : _c.on("error", (error) => {
          var _a32;
          (_a32 = this.onerror) == null ? void 0 : _a32.call(this, error);
        });
      } catch (error) {
        reject(error);
        (_d = this.onerror) == null ? void 0 : _d.call(this, error);
      }
    });
  }
  async processReadBuffer() {
    var _a22, _b22;
    while (true) {
      const line = this.readBuffer.readLine();
      if (line === null) {
        break;
      }
      try {
        const message = await deserializeMessage(line);
        (_a22 = this.onmessage) == null ? void 0 : _a22.call(this, message);
      } catch (error) {
        (_b22 = this.onerror) == null ? void 0 : _b22.call(this, error);
      }
    }
  }
  async close() {
    this.abortController.abort();
    this.process = void 0;
    this.readBuffer.clear();
  }
  send(message) {
    return new Promise((resolve) => {
      var _a22;
      if (!((_a22 = this.process) == null ? void 0 : _a22.stdin)) {
        throw new MCPClientError2({
          message: "StdioClientTransport not connected"
        });
      }
      const json = serializeMessage(message);
      if (this.process.stdin.write(json)) {
        resolve();
      } else {
        this.process.stdin.once("drain", resolve);
      }
    });
  }
};
var ReadBuffer = class {
  append(chunk) {
    this.buffer = this.buffer ? Buffer.concat([this.buffer, chunk]) : chunk;
  }
  readLine() {
    if (!this.buffer) return null;
    const index = this.buffer.indexOf("\n");
    if (index === -1) {
      return null;
    }
    const line = this.buffer.toString("utf8", 0, index);
    this.buffer = this.buffer.subarray(index + 1);
    return line;
  }
  clear() {
    this.buffer = void 0;
  }
};
function serializeMessage(message) {
  return JSON.stringify(message) + "\n";
}
async function deserializeMessage(line) {
  return parseJSONRPCMessage2(line);
}

// src/agent/mcp/connect.ts
async function connect(server, cwd, signal, closers) {
  if (server.kind === "http") {
    const transport2 = { type: "http", url: server.url, headers: server.headers };
    const client = await createMCPClient({ transport: transport2, clientName: "agent-resume-action", initializationOptions: { signal } });
    closers.push(() => client.close());
    return client;
  }
  const transport = new StdioMCPTransport({
    command: server.command,
    args: server.args,
    env: server.env,
    cwd,
    stderr: "inherit"
  });
  closers.push(() => transport.close());
  return createMCPClient({ transport, clientName: "agent-resume-action", initializationOptions: { signal } });
}
export {
  connect
};
