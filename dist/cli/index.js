#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 744:
/***/ ((module) => {

/**
 * Helpers.
 */

var s = 1000;
var m = s * 60;
var h = m * 60;
var d = h * 24;
var w = d * 7;
var y = d * 365.25;

/**
 * Parse or format the given `val`.
 *
 * Options:
 *
 *  - `long` verbose formatting [false]
 *
 * @param {String|Number} val
 * @param {Object} [options]
 * @throws {Error} throw an error if val is not a non-empty string or a number
 * @return {String|Number}
 * @api public
 */

module.exports = function (val, options) {
  options = options || {};
  var type = typeof val;
  if (type === 'string' && val.length > 0) {
    return parse(val);
  } else if (type === 'number' && isFinite(val)) {
    return options.long ? fmtLong(val) : fmtShort(val);
  }
  throw new Error(
    'val is not a non-empty string or a valid number. val=' +
      JSON.stringify(val)
  );
};

/**
 * Parse the given `str` and return milliseconds.
 *
 * @param {String} str
 * @return {Number}
 * @api private
 */

function parse(str) {
  str = String(str);
  if (str.length > 100) {
    return;
  }
  var match = /^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i.exec(
    str
  );
  if (!match) {
    return;
  }
  var n = parseFloat(match[1]);
  var type = (match[2] || 'ms').toLowerCase();
  switch (type) {
    case 'years':
    case 'year':
    case 'yrs':
    case 'yr':
    case 'y':
      return n * y;
    case 'weeks':
    case 'week':
    case 'w':
      return n * w;
    case 'days':
    case 'day':
    case 'd':
      return n * d;
    case 'hours':
    case 'hour':
    case 'hrs':
    case 'hr':
    case 'h':
      return n * h;
    case 'minutes':
    case 'minute':
    case 'mins':
    case 'min':
    case 'm':
      return n * m;
    case 'seconds':
    case 'second':
    case 'secs':
    case 'sec':
    case 's':
      return n * s;
    case 'milliseconds':
    case 'millisecond':
    case 'msecs':
    case 'msec':
    case 'ms':
      return n;
    default:
      return undefined;
  }
}

/**
 * Short format for `ms`.
 *
 * @param {Number} ms
 * @return {String}
 * @api private
 */

function fmtShort(ms) {
  var msAbs = Math.abs(ms);
  if (msAbs >= d) {
    return Math.round(ms / d) + 'd';
  }
  if (msAbs >= h) {
    return Math.round(ms / h) + 'h';
  }
  if (msAbs >= m) {
    return Math.round(ms / m) + 'm';
  }
  if (msAbs >= s) {
    return Math.round(ms / s) + 's';
  }
  return ms + 'ms';
}

/**
 * Long format for `ms`.
 *
 * @param {Number} ms
 * @return {String}
 * @api private
 */

function fmtLong(ms) {
  var msAbs = Math.abs(ms);
  if (msAbs >= d) {
    return plural(ms, msAbs, d, 'day');
  }
  if (msAbs >= h) {
    return plural(ms, msAbs, h, 'hour');
  }
  if (msAbs >= m) {
    return plural(ms, msAbs, m, 'minute');
  }
  if (msAbs >= s) {
    return plural(ms, msAbs, s, 'second');
  }
  return ms + ' ms';
}

/**
 * Pluralization helper.
 */

function plural(ms, msAbs, n, name) {
  var isPlural = msAbs >= n * 1.5;
  return Math.round(ms / n) + ' ' + name + (isPlural ? 's' : '');
}


/***/ }),

/***/ 770:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(218);


/***/ }),

/***/ 218:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var net = __nccwpck_require__(9278);
var tls = __nccwpck_require__(4756);
var http = __nccwpck_require__(8611);
var https = __nccwpck_require__(5692);
var events = __nccwpck_require__(4434);
var assert = __nccwpck_require__(2613);
var util = __nccwpck_require__(9023);


exports.httpOverHttp = httpOverHttp;
exports.httpsOverHttp = httpsOverHttp;
exports.httpOverHttps = httpOverHttps;
exports.httpsOverHttps = httpsOverHttps;


function httpOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  return agent;
}

function httpsOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}

function httpOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  return agent;
}

function httpsOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}


function TunnelingAgent(options) {
  var self = this;
  self.options = options || {};
  self.proxyOptions = self.options.proxy || {};
  self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
  self.requests = [];
  self.sockets = [];

  self.on('free', function onFree(socket, host, port, localAddress) {
    var options = toOptions(host, port, localAddress);
    for (var i = 0, len = self.requests.length; i < len; ++i) {
      var pending = self.requests[i];
      if (pending.host === options.host && pending.port === options.port) {
        // Detect the request to connect same origin server,
        // reuse the connection.
        self.requests.splice(i, 1);
        pending.request.onSocket(socket);
        return;
      }
    }
    socket.destroy();
    self.removeSocket(socket);
  });
}
util.inherits(TunnelingAgent, events.EventEmitter);

TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
  var self = this;
  var options = mergeOptions({request: req}, self.options, toOptions(host, port, localAddress));

  if (self.sockets.length >= this.maxSockets) {
    // We are over limit so we'll add it to the queue.
    self.requests.push(options);
    return;
  }

  // If we are under maxSockets create a new one.
  self.createSocket(options, function(socket) {
    socket.on('free', onFree);
    socket.on('close', onCloseOrRemove);
    socket.on('agentRemove', onCloseOrRemove);
    req.onSocket(socket);

    function onFree() {
      self.emit('free', socket, options);
    }

    function onCloseOrRemove(err) {
      self.removeSocket(socket);
      socket.removeListener('free', onFree);
      socket.removeListener('close', onCloseOrRemove);
      socket.removeListener('agentRemove', onCloseOrRemove);
    }
  });
};

TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
  var self = this;
  var placeholder = {};
  self.sockets.push(placeholder);

  var connectOptions = mergeOptions({}, self.proxyOptions, {
    method: 'CONNECT',
    path: options.host + ':' + options.port,
    agent: false,
    headers: {
      host: options.host + ':' + options.port
    }
  });
  if (options.localAddress) {
    connectOptions.localAddress = options.localAddress;
  }
  if (connectOptions.proxyAuth) {
    connectOptions.headers = connectOptions.headers || {};
    connectOptions.headers['Proxy-Authorization'] = 'Basic ' +
        new Buffer(connectOptions.proxyAuth).toString('base64');
  }

  debug('making CONNECT request');
  var connectReq = self.request(connectOptions);
  connectReq.useChunkedEncodingByDefault = false; // for v0.6
  connectReq.once('response', onResponse); // for v0.6
  connectReq.once('upgrade', onUpgrade);   // for v0.6
  connectReq.once('connect', onConnect);   // for v0.7 or later
  connectReq.once('error', onError);
  connectReq.end();

  function onResponse(res) {
    // Very hacky. This is necessary to avoid http-parser leaks.
    res.upgrade = true;
  }

  function onUpgrade(res, socket, head) {
    // Hacky.
    process.nextTick(function() {
      onConnect(res, socket, head);
    });
  }

  function onConnect(res, socket, head) {
    connectReq.removeAllListeners();
    socket.removeAllListeners();

    if (res.statusCode !== 200) {
      debug('tunneling socket could not be established, statusCode=%d',
        res.statusCode);
      socket.destroy();
      var error = new Error('tunneling socket could not be established, ' +
        'statusCode=' + res.statusCode);
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    if (head.length > 0) {
      debug('got illegal response body from proxy');
      socket.destroy();
      var error = new Error('got illegal response body from proxy');
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    debug('tunneling connection has established');
    self.sockets[self.sockets.indexOf(placeholder)] = socket;
    return cb(socket);
  }

  function onError(cause) {
    connectReq.removeAllListeners();

    debug('tunneling socket could not be established, cause=%s\n',
          cause.message, cause.stack);
    var error = new Error('tunneling socket could not be established, ' +
                          'cause=' + cause.message);
    error.code = 'ECONNRESET';
    options.request.emit('error', error);
    self.removeSocket(placeholder);
  }
};

TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
  var pos = this.sockets.indexOf(socket)
  if (pos === -1) {
    return;
  }
  this.sockets.splice(pos, 1);

  var pending = this.requests.shift();
  if (pending) {
    // If we have pending requests and a socket gets closed a new one
    // needs to be created to take over in the pool for the one that closed.
    this.createSocket(pending, function(socket) {
      pending.request.onSocket(socket);
    });
  }
};

function createSecureSocket(options, cb) {
  var self = this;
  TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
    var hostHeader = options.request.getHeader('host');
    var tlsOptions = mergeOptions({}, self.options, {
      socket: socket,
      servername: hostHeader ? hostHeader.replace(/:.*$/, '') : options.host
    });

    // 0 is dummy port for v0.6
    var secureSocket = tls.connect(0, tlsOptions);
    self.sockets[self.sockets.indexOf(socket)] = secureSocket;
    cb(secureSocket);
  });
}


function toOptions(host, port, localAddress) {
  if (typeof host === 'string') { // since v0.10
    return {
      host: host,
      port: port,
      localAddress: localAddress
    };
  }
  return host; // for v0.11 or later
}

function mergeOptions(target) {
  for (var i = 1, len = arguments.length; i < len; ++i) {
    var overrides = arguments[i];
    if (typeof overrides === 'object') {
      var keys = Object.keys(overrides);
      for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
        var k = keys[j];
        if (overrides[k] !== undefined) {
          target[k] = overrides[k];
        }
      }
    }
  }
  return target;
}


var debug;
if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
  debug = function() {
    var args = Array.prototype.slice.call(arguments);
    if (typeof args[0] === 'string') {
      args[0] = 'TUNNEL: ' + args[0];
    } else {
      args.unshift('TUNNEL:');
    }
    console.error.apply(console, args);
  }
} else {
  debug = function() {};
}
__webpack_unused_export__ = debug; // for test


/***/ }),

/***/ 2827:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4435);

const { code, cancelled } = await (0,_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .iW)(process.argv.slice(2));
// Requests cut off by a cancellation may still hold sockets open: do not wait for them.
if (cancelled)
    process.exit(code);
process.exitCode = code;

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4435:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  iW: () => (/* binding */ main)
});

// UNUSED EXPORTS: FLAGS, IMPORT_FLAGS, PATH_DEFAULT

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
var external_node_fs_default = /*#__PURE__*/__nccwpck_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
// EXTERNAL MODULE: ./package.json
var package_0 = __nccwpck_require__(8330);
// EXTERNAL MODULE: ./src/core/action-defaults.ts
var action_defaults = __nccwpck_require__(5764);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: ./src/platform/clock.ts + 1 modules
var clock = __nccwpck_require__(5960);
// EXTERNAL MODULE: ./src/core/flow.ts + 3 modules
var flow = __nccwpck_require__(3025);
// EXTERNAL MODULE: ./src/core/words.ts
var core_words = __nccwpck_require__(7522);
// EXTERNAL MODULE: ./src/export/settings.ts
var settings = __nccwpck_require__(977);
// EXTERNAL MODULE: ./src/shared/output-paths.ts
var output_paths = __nccwpck_require__(8133);
// EXTERNAL MODULE: ./src/shared/untrusted-text.ts
var untrusted_text = __nccwpck_require__(371);
;// CONCATENATED MODULE: ./src/cli/action-inputs.json
const action_inputs_namespaceObject = /*#__PURE__*/JSON.parse('{"zW":[{"name":"host","required":false,"default":"https://platform.kore.ai","summary":"Kore.ai platform URL. Must be https:// (http:// only for 127.0.0.1, localhost and ::1)."},{"name":"bot-id","required":true,"summary":"Bot ID / Stream ID of the bot to export (starts with \\"st-\\"; App Builder > General Settings)."},{"name":"client-id","required":false,"summary":"Client ID of a Kore.ai app with the Bot Export API scope (App Settings > Dev Tools)."},{"name":"client-secret","required":false,"summary":"Client Secret of the same app. Store it as a secret."},{"name":"jwt","required":false,"summary":"A ready-made JWT instead of client-id and client-secret."},{"name":"export-type","required":false,"default":"published","summary":"Which version of the bot to export, published or latest (the in-development version)."},{"name":"settings","required":false,"summary":"Settings to export, comma- or newline-separated, from botSettings, botVariables, ivrSettings, genAIandLLMSettings."},{"name":"tasks","required":false,"summary":"Tasks to export, from botTask, knowledgeGraph, smallTalk."},{"name":"nlp-data","required":false,"summary":"NLP data to export, from utterances, patterns, traits, rules, concepts, synonyms, standardResponses, nlpSettings."},{"name":"agent-ai","required":false,"summary":"Agent AI components to export, from rules, playbooks, widgetSettings, layoutSettings."},{"name":"dialogs","required":false,"summary":"Names of the dialog tasks to export (a partial export), comma- or newline-separated."},{"name":"alerts","required":false,"summary":"Names of the alert tasks to export. Sent as subTasks.alerts."},{"name":"actions","required":false,"summary":"Names of the action tasks to export. Sent as subTasks.actions."},{"name":"experience-flows","required":false,"summary":"Names of the experience flows to export. Sent as subTasks.experienceFlows."},{"name":"all-tasks","required":false,"default":"true","summary":"Include all tasks (allTasks). The platform ignores it when any of dialogs, alerts, actions or experience-flows is set."},{"name":"custom-dashboards","required":false,"default":"true","summary":"Include custom dashboards (customDashboards)."},{"name":"include-dependent-tasks","required":false,"default":"true","summary":"Include the tasks the exported tasks depend on (IncludeDependentTasks)."},{"name":"export-options","required":false,"summary":"A JSON object merged into the export request body last (objects merge, anything else replaces, null removes), for what the inputs do not model."},{"name":"wait","required":false,"default":"true","summary":"Wait for the export to finish and download it. false returns as soon as the export has started."},{"name":"timeout","required":false,"default":"10m","summary":"How long the step may spend on the platform (starting the export, waiting for it, retrying), e.g. 90 (seconds), 90s, 10m, 1h; at most 24h."},{"name":"poll-interval","required":false,"default":"5s","summary":"Time between status checks once the export has run a few seconds (the first checks come at 0, 1, 2 and 4 s), at least 3s (Kore.ai allows 60 status calls a minute and 1,800 an hour)."},{"name":"retries","required":false,"default":"5","summary":"How often each request is retried after a network error, a timeout, HTTP 429 or 5xx, or a rate-limit answer (0 to 20)."},{"name":"request-timeout","required":false,"summary":"The longest one request waits for its whole answer, and a download for its next bytes, before it is retried."},{"name":"path","required":false,"default":"kore-bot-export.zip","summary":"Where to write the export zip, inside the workspace or the runner\'s temporary folder (relative paths are taken from the workspace)."},{"name":"extract-to","required":false,"summary":"A folder inside the workspace (or the runner\'s temporary folder) to unpack the export into, for readable diffs in git."},{"name":"layout","required":false,"default":"split","summary":"How extract-to lays out the bot. split (the default) takes botDefinition.json apart into a tree that reads like source code (a folder per dialog, canvas positions apart from logic, scripts as .js files); plain keeps the zip\'s files as they are."},{"name":"variable-values","required":false,"default":"omit","summary":"omit (the default) leaves each bot variable\'s value out of config.json in extract-to (the zip, when kept, still has everything); keep writes them."},{"name":"replace-existing","required":false,"default":"false","summary":"true lets extract-to replace a non-empty folder that has no .kore-bot-export marker (a folder this action did not write, e.g. one you unpacked by hand before)."}],"EL":[{"name":"host","required":false,"default":"https://platform.kore.ai","summary":"Kore.ai platform URL. Must be https:// (http:// only for 127.0.0.1, localhost and ::1)."},{"name":"bot-id","required":true,"summary":"Bot ID of the bot to import into (starts with \\"st-\\"; App Builder > General Settings)."},{"name":"client-id","required":false,"summary":"Client ID of an Admin Console app (Admin Console > API Scopes) with the Bot Import scope, Bot Publish and Publish Status for publish, and Bot Export for verify and dry-run."},{"name":"client-secret","required":false,"summary":"Client Secret of the same app. Store it as a secret."},{"name":"jwt","required":false,"summary":"A ready-made JWT instead of client-id and client-secret."},{"name":"from","required":true,"summary":"What to import, relative to the workspace. A zip written by the export (its path), or a folder written by its extract-to (either layout), which is packed back into the exact export first."},{"name":"mode","required":false,"default":"incremental","summary":"incremental merges the chosen components into the target (what only the target has stays); full sends the import without importOptions, the form Kore.ai\'s own API tests call a full import (the target becomes the file; what it lacks is removed)."},{"name":"tasks","required":false,"summary":"Tasks to import (importOptions.tasks), from botTask, knowledgeGraph, smallTalk, forms."},{"name":"nlp-data","required":false,"summary":"NLP data to import (importOptions.nlpData), from nlpSettings, utterances, patterns, synonyms, concepts, standardResponses."},{"name":"settings","required":false,"summary":"Settings to import (importOptions.settings), from botSettings, botVariables, ivrSettings, genAIandLLMSettings."},{"name":"agent-assist","required":false,"summary":"Agent Assist components to import (importOptions.AgentAssist), from rules, playbooks."},{"name":"quality-ai","required":false,"summary":"Quality AI components to import (importOptions.qualityAI, XO 11), from taxonomy, connectors, autoQA."},{"name":"utterances","required":false,"default":"append","summary":"append adds the file\'s utterances to the target\'s; replace makes the target\'s utterances the file\'s (importOptions.options.utterances; never both)."},{"name":"patterns","required":false,"default":"append","summary":"append adds the file\'s patterns to the target\'s; replace makes the target\'s patterns the file\'s (importOptions.options.patterns, XO 11; never both)."},{"name":"import-options","required":false,"summary":"A JSON object merged into the import request body last (objects merge, anything else replaces, null removes), for what the inputs do not model."},{"name":"variables","required":false,"summary":"Values for the bot\'s environment variables, one NAME=value a line, from secrets (e.g. apiKey=${{ secrets.API_KEY }}, the name as config.json spells it)."},{"name":"keep-target-variables","required":false,"default":"false","summary":"true leaves the target\'s variable values as they are (importOptions.options.botVariables.ignore lists every variable)."},{"name":"wait","required":false,"default":"true","summary":"Wait for the import (and the publish) to finish. false returns once the import has started; publish and verify then need to be false."},{"name":"timeout","required":false,"default":"10m","summary":"How long the step may spend on the platform (exports for the comparison, uploads, the import, the publish, retries), e.g. 90 (seconds), 90s, 10m, 1h; at most 24h."},{"name":"poll-interval","required":false,"default":"5s","summary":"Time between status checks once a job has run a few seconds (the first checks come at 0, 1, 2 and 4 s), at least 3s (Kore.ai allows 60 status calls a minute and 1,800 an hour)."},{"name":"retries","required":false,"default":"5","summary":"How often each status read and export request is retried after a network error, a timeout, HTTP 429 or 5xx (0 to 20)."},{"name":"request-timeout","required":false,"summary":"The longest one request waits for its whole answer."},{"name":"publish","required":false,"default":"false","summary":"true publishes the bot after a successful (and verified) import and waits for the publish."},{"name":"version-comment","required":false,"summary":"The publish comment. Empty builds one from the workflow run (repository, commit, run link)."},{"name":"verify","required":false,"default":"true","summary":"After the import, export the target (latest) and check that everything sent is there as sent (dialogs, components, utterances, FAQs, variables, settings; compared by refId and name, ids the platform assigns aside)."},{"name":"dry-run","required":false,"default":"false","summary":"true exports the target, reports what the import would change (changes, job summary) and stops without uploading anything."},{"name":"pr-comment","required":false,"default":"false","summary":"On a pull request, true posts the job summary (with dry-run: true, the plan) as one comment per target bot, and updates that comment on later runs."},{"name":"github-token","required":false,"summary":"The token that posts the pr-comment: the job\'s GITHUB_TOKEN unless you give another."}]}');
;// CONCATENATED MODULE: ./src/cli/host.ts


/** Settings that come from the environment only: on a command line they would show in process lists. */
const ENVIRONMENT = {
    'client-secret': 'KORE_CLIENT_SECRET',
    jwt: 'KORE_JWT',
    variables: 'KORE_VARIABLES'
};
const TERMINAL_DIALECT = {
    setting: name => ENVIRONMENT[name] ?? `--${name}`,
    example: (name, value) => (ENVIRONMENT[name] ? `${ENVIRONMENT[name]}=${value}` : `--${name} ${value}`),
    secretExample: name => `${name === 'client-id' ? 'KORE_CLIENT_ID' : ENVIRONMENT[name]} from your CI system's secret store`,
    again: () => 'run it again'
};
function cliHost({ json, verbose }) {
    const secrets = new Set();
    const hidden = (text) => (0,untrusted_text/* withoutSecrets */.cT)(text, secrets);
    const words = (text) => (0,core_words/* render */.XX)(text, TERMINAL_DIALECT);
    const line = (stream, prefix, text) => {
        stream.write(`${prefix}${hidden(words(text))}\n`);
    };
    return {
        debug: text => verbose && line(process.stderr, 'debug: ', text),
        info: text => line(json ? process.stderr : process.stdout, '', text),
        warning: text => line(process.stderr, 'warning: ', text),
        error: text => line(process.stderr, 'error: ', text),
        mask: secret => {
            secrets.add(secret);
        },
        debugging: verbose,
        // The flow's result carries its outputs; --json prints them from there.
        setOutput: () => { },
        // A terminal has no job summary: the lines above say what happened.
        writeSummary: async () => { },
        render: text => hidden(words(text))
    };
}

;// CONCATENATED MODULE: ./src/cli/flags.ts
// The flags of `export` and `import`: one for each input of the action, named like it, with the
// start of its description from the action metadata (src/cli/action-inputs.json, which
// `npm run build` writes), and the few the CLI adds. `npm run docs` writes docs/cli.md from the
// same lists.



const EXPORT_INPUTS = action_inputs_namespaceObject.zW;
const IMPORT_INPUTS = action_inputs_namespaceObject.EL;
/**
 * Where a command line differs from a workflow (no workspace, no job summary, no workflow
 * run), the flag's own text instead of the start of the input's description.
 */
const CLI_TEXT = {
    path: 'Where to write the export zip, relative to the current folder. "" keeps no zip.',
    'extract-to': 'A folder to unpack the export into, relative to the current folder, for readable diffs in git.',
    'request-timeout': `The longest one request waits for its whole answer, and a download for its next bytes, before it is retried (default ${settings/* REQUEST_TIMEOUT_DEFAULT */.UF}).`,
    from: 'What to import, relative to the current folder: a zip the export wrote, or a folder its --extract-to wrote (either layout), packed back into the exact export first.',
    'dry-run': 'true exports the target, prints what the import would change and stops without uploading anything.',
    'version-comment': 'The publish comment. Empty: the repository, commit and run on GitHub Actions, else "Published by kore-bot-export <version>".'
};
/** Flags that, when not given, fall back to an environment variable. */
const FLAG_ENVIRONMENT = { 'client-id': 'KORE_CLIENT_ID' };
/** Inputs of a workflow's pull request, which a command line has none of: the CLI never comments. */
const ACTIONS_ONLY = new Set(['pr-comment', 'github-token']);
/** Whether an input is a CLI flag: not one the environment alone may give, nor a pull request's. */
function isFlag(name) {
    return !ENVIRONMENT[name] && !ACTIONS_ONLY.has(name);
}
/** The flags of the action's inputs: every input that is a flag (isFlag). */
function inputFlags(inputs) {
    return inputs
        .filter(input => isFlag(input.name))
        .map(input => {
        const fallback = FLAG_ENVIRONMENT[input.name];
        const note = input.required
            ? ' (required)'
            : fallback
                ? ` (default $${fallback})`
                : input.default !== undefined
                    ? ` (default ${input.default})`
                    : '';
        return { name: input.name, text: `${CLI_TEXT[input.name] ?? input.summary}${note}` };
    });
}
/** The flags `export` adds to its inputs'. */
const EXPORT_CLI_FLAGS = [
    { name: 'force', text: 'Let --extract-to replace edits git shows as not committed' },
    { name: 'json', text: 'Print the result as JSON on stdout (progress goes to stderr)' },
    { name: 'verbose', text: "Also print debug lines (each request's method, path, status, time)" },
    { name: 'version', text: 'Print the version' },
    { name: 'help', text: 'Show this help' }
];
/** The flags `import` adds to its inputs'. */
const IMPORT_CLI_FLAGS = [
    { name: 'json', text: 'Print the result as JSON on stdout (progress goes to stderr)' },
    { name: 'verbose', text: 'Also print debug lines' },
    { name: 'help', text: 'Show this help' }
];
const WIDTH = 100;
const COLUMN = 28;
/** `text` in lines of at most `width` characters, broken between words (and inside a longer word). */
function wrap(text, width) {
    const lines = [];
    let line = '';
    const words = text
        .split(/\s+/)
        .filter(Boolean)
        .flatMap(word => word.match(new RegExp(`.{1,${width}}`, 'gu')) ?? []);
    for (const word of words) {
        if (line && line.length + 1 + word.length > width) {
            lines.push(line);
            line = word;
        }
        else
            line = line ? `${line} ${word}` : word;
    }
    return [...lines, line];
}
/** The options of a --help: each flag, its text in a column of its own, within 100 columns. */
function optionLines(flags) {
    const indent = ' '.repeat(COLUMN);
    return flags
        .map(({ name, text }) => {
        const head = `  --${name}`;
        const [first, ...rest] = wrap(text, WIDTH - COLUMN);
        const opening = head.length < COLUMN ? `${head.padEnd(COLUMN)}${first}` : `${head}\n${indent}${first}`;
        return [opening, ...rest.map(line => `${indent}${line}`)].join('\n');
    })
        .join('\n');
}

;// CONCATENATED MODULE: ./src/cli/cli.ts
// `kore-bot-export`: the actions for other CI systems (Jenkins, GitLab, Azure DevOps) and a
// terminal. Flags are named like the inputs and become the same settings; the flows are the
// actions' own, under a host that prints plain lines.















/** The inputs a flag may set, with what --help says of each. The credentials come from the environment only. */
const FLAGS = Object.fromEntries(inputFlags(EXPORT_INPUTS).map(flag => [flag.name, flag.text]));
/** The import command's flags, named like import/action.yml's inputs. Variable values come from the environment only. */
const IMPORT_FLAGS = Object.fromEntries(inputFlags(IMPORT_INPUTS).map(flag => [flag.name, flag.text]));
/** The zip a CLI export writes when --path is not given: action.yml's default. */
const PATH_DEFAULT = action_defaults/* EXPORT_ACTION_DEFAULTS */.l.path;
const EXIT = { ok: 0, failed: 1, usage: 2 };
const HELP = `Usage: kore-bot-export [export] --bot-id st-… [options]
       kore-bot-export import --bot-id st-… --from <zip or folder> [options]
       kore-bot-export pack <folder> [--out export.zip] [--force] [--json]
       kore-bot-export diff <old> <new> [--exit-code] [--json]
       kore-bot-export unpack <zip> <folder> [--layout split] [--variable-values omit]

Each command answers --help with its own flags.

Exports a Kore.ai XO Platform bot: starts the export, waits for it, downloads the zip and
can unpack it into a folder for git. The same code as the GitHub Action kore-bot-export.

Credentials come from the environment, never from flags (they would show in process lists):
  KORE_CLIENT_ID, KORE_CLIENT_SECRET   a Kore.ai app with the Bot Export API scope
  KORE_JWT                             or a ready-made token instead

Options (named like the action's inputs):
${optionLines([...inputFlags(EXPORT_INPUTS), ...EXPORT_CLI_FLAGS])}

import carries an export into another bot (run kore-bot-export import --help for its flags):
uploads, imports, waits, verifies that the target holds what was sent, and can publish.

pack rebuilds the export from a folder that --extract-to wrote: every file byte for byte
as the platform wrote it (bot variable values left out come back empty), ready to import.

diff says what changed in the bot between two exports, each a zip or a folder that
--extract-to wrote, in words (--json for data). Values the platform regenerates on publish
do not count as changes; bot variables are named, never their values.

Example (KORE_CLIENT_ID and KORE_CLIENT_SECRET set in the environment):
  kore-bot-export export --bot-id st-… --extract-to bot --path ''

Exit codes: 0 done; 1 the export, the download, the pack or the diff failed; 2 bad flags or inputs.
`;
const IMPORT_HELP = `Usage: kore-bot-export import --bot-id st-… --from <zip or folder> [options]

Imports an export (a zip, or a folder --extract-to wrote) into a bot: uploads its files,
starts the import, waits for it, exports the target again to verify it holds what was sent,
and with --publish true publishes it. The same code as the GitHub Action kore-bot-export/import.

Credentials and variable values come from the environment, never from flags:
  KORE_CLIENT_ID, KORE_CLIENT_SECRET   an Admin Console app with Bot Import (and Bot Publish,
                                       Publish Status to publish)
  KORE_JWT                             or a ready-made token instead
  KORE_VARIABLES                       bot variable values, one NAME=value a line

Options (named like the import action's inputs):
${optionLines([...inputFlags(IMPORT_INPUTS), ...IMPORT_CLI_FLAGS])}

Exit codes: 0 done; 1 the import, the verification or the publish failed; 2 bad flags or inputs.
`;
const PACK_HELP = `Usage: kore-bot-export pack <folder> [--out export.zip] [--force] [--json]

Rebuilds the export from a folder that --extract-to (or unpack) wrote: every file byte for
byte as the platform wrote it (bot variable values left out come back empty), ready to import.

Options:
  --out, -o <file>          The zip to write (default: <folder>.zip beside the folder)
  --force                   Replace <folder>.zip if it exists (a file --out names is replaced)
  --json                    Print the result as JSON
  --help, -h                Show this help

Example:
  kore-bot-export pack bot --out release.zip

Exit codes: 0 packed; 1 the folder could not be packed; 2 bad flags, or the zip exists.
`;
const UNPACK_HELP = `Usage: kore-bot-export unpack <zip> <folder> [options]

Lays out an export zip (from the Kore.ai UI, a workflow artifact, a backup) in a folder for
git, as --extract-to does: the same layout, manifest, round-trip proof and checks. The folder
is replaced whole, and only if it is empty, new, or one the tool wrote.

Options:
  --layout <split|plain>    split (default): the bot definition as a tree of files; plain
  --variable-values <omit|keep>
                            omit (default): config.json without the bot variables' values
  --replace-existing true   Let it replace a folder the tool did not write (once)
  --json                    Print the result as JSON
  --help, -h                Show this help

Example:
  kore-bot-export unpack backup.zip bot

Exit codes: 0 unpacked; 1 the zip could not be unpacked; 2 bad flags, or a folder it may not replace.
`;
const DIFF_HELP = `Usage: kore-bot-export diff <old> <new> [--exit-code] [--json]

Says what changed in the bot between two exports, each a zip or a folder that --extract-to
wrote, in words. Values the platform regenerates on publish do not count as changes; bot
variables are named, never their values.

Options:
  --exit-code               Exit 1 when the bot changed and 0 when it did not, as git diff
                            --exit-code does (a failure is then 2)
  --json                    Print the changes as JSON
  --help, -h                Show this help

Example:
  kore-bot-export diff backup.zip bot --exit-code

Exit codes: 0 done (or, with --exit-code, nothing changed); 1 the diff failed (with
--exit-code: the bot changed); 2 bad flags (with --exit-code: any failure).
`;
async function main(argv) {
    if (argv[0] === 'pack')
        return pack(argv.slice(1));
    if (argv[0] === 'diff')
        return diff(argv.slice(1));
    if (argv[0] === 'unpack')
        return unpack(argv.slice(1));
    if (argv[0] === 'import') {
        return flowCommand(argv.slice(1), {
            name: 'import',
            flags: IMPORT_FLAGS,
            help: IMPORT_HELP,
            defaults: {},
            run: async (inputs, host) => (await __nccwpck_require__.e(/* import() */ 713).then(__nccwpck_require__.bind(__nccwpck_require__, 713))).runImport(inputs, host)
        });
    }
    // `export` is the default command: named or not, the same.
    const exportArgs = argv[0] === 'export' ? argv.slice(1) : argv;
    return flowCommand(exportArgs, {
        name: 'export',
        flags: FLAGS,
        help: HELP,
        defaults: { path: PATH_DEFAULT },
        run: async (inputs, host) => (await __nccwpck_require__.e(/* import() */ 144).then(__nccwpck_require__.bind(__nccwpck_require__, 1144))).runExport(inputs, host)
    });
}
/** Runs a flow with its settings from flags (and credentials from the environment), under the terminal's host. */
async function flowCommand(argv, { name, flags, help, defaults, run: runFlow }) {
    const json = argv.includes('--json');
    const fail = (message, code) => {
        if (json)
            process.stdout.write(`${JSON.stringify({ ok: false, command: name, error: message }, null, 2)}\n`);
        process.stderr.write(`kore-bot-export: ${message}\n`);
        return { code, cancelled: false };
    };
    let values;
    try {
        ;
        ({ values } = (0,external_node_util_namespaceObject.parseArgs)({
            args: argv,
            options: {
                ...Object.fromEntries(Object.keys(flags).map(name => [name, { type: 'string' }])),
                json: { type: 'boolean' },
                verbose: { type: 'boolean' },
                version: { type: 'boolean' },
                help: { type: 'boolean', short: 'h' },
                ...(name === 'export' ? { force: { type: 'boolean' } } : {})
            },
            strict: true,
            allowPositionals: false
        }));
    }
    catch (error) {
        const known = [...Object.keys(flags), 'json', 'verbose', 'version', 'help', ...(name === 'export' ? ['force'] : [])];
        return fail(describeFlagError(error, known), EXIT.usage);
    }
    if (values.help) {
        process.stdout.write(help);
        return { code: EXIT.ok, cancelled: false };
    }
    if (values.version) {
        process.stdout.write(`${package_0/* version */.rE}\n`);
        return { code: EXIT.ok, cancelled: false };
    }
    // On a developer's machine the folder may hold edits not yet committed: an export would
    // replace them, and then report the revert as a change in the bot. (A runner's checkout is
    // clean, so the action does not ask.)
    const extractTo = typeof values['extract-to'] === 'string' ? values['extract-to'] : '';
    if (name === 'export' && extractTo && !values.force) {
        const uncommitted = uncommittedIn(external_node_path_default().resolve(extractTo));
        if (uncommitted.length > 0) {
            const shown = uncommitted.slice(0, 10).map(file => (0,untrusted_text/* plain */.pj)(file, 200));
            const more = uncommitted.length > 10 ? ` and ${uncommitted.length - 10} more` : '';
            return fail(`--extract-to ${(0,untrusted_text/* plain */.pj)(extractTo, 200)}: git shows changes not committed in it (${shown.join(', ')}${more}), which the export would replace. Commit or stash them, or give --force to replace them.`, EXIT.usage);
        }
    }
    const host = cliHost({ json, verbose: Boolean(values.verbose) });
    const given = (name) => {
        const flag = values[name];
        if (typeof flag === 'string')
            return flag;
        const variable = FLAG_ENVIRONMENT[name] ?? ENVIRONMENT[name];
        return (variable ? process.env[variable] : undefined) ?? defaults[name];
    };
    const { outputs, error, cancelled } = await runFlow({ get: name => given(name) ?? '', mask: host.mask }, host);
    if (error)
        process.stderr.write(`kore-bot-export: ${host.render((0,errors/* wordsOf */.Z9)(error))}\n`);
    if (json) {
        const { 'download-url': _link, ...shown } = outputs;
        const printed = {
            ok: !error,
            command: name,
            ...typedOutputs(shown),
            ...(error ? { error: host.render((0,errors/* wordsOf */.Z9)(error)) } : {})
        };
        process.stdout.write(`${JSON.stringify(printed, null, 2)}\n`);
    }
    return {
        code: !error ? EXIT.ok : error instanceof errors/* CoreError */.am && error.kind === 'input' ? EXIT.usage : EXIT.failed,
        cancelled
    };
}
/**
 * The files under `folder` that git shows as modified, added, deleted or untracked; none when
 * the folder does not exist, is not in a repository, or git is not installed.
 */
function uncommittedIn(folder) {
    if (!external_node_fs_default().existsSync(folder))
        return [];
    const status = (0,external_node_child_process_namespaceObject.spawnSync)('git', ['status', '--porcelain', '-z', '--untracked-files=all', '--', '.'], {
        cwd: folder,
        encoding: 'utf8',
        timeout: 10_000
    });
    if (status.error || status.status !== 0)
        return [];
    // Each entry is "XY path"; a rename is followed by its old path as an entry of its own.
    return status.stdout
        .split('\0')
        .filter(entry => entry.length > 3 && entry[2] === ' ')
        .map(entry => entry.slice(3));
}
/**
 * Outputs as --json gives them, one schema for every command: what an output holds as text on
 * a runner (`changed: "true"`, `size: "1234"`) is a boolean or a number here.
 */
function typedOutputs(outputs) {
    const typed = {};
    for (const [key, value] of Object.entries(outputs)) {
        if ((key === 'changed' || key === 'verified') && (value === 'true' || value === 'false'))
            typed[key] = value === 'true';
        else if (key === 'size' && /^\d+$/.test(value))
            typed[key] = Number(value);
        else
            typed[key] = value;
    }
    return typed;
}
/** `kore-bot-export pack <folder> [--out file]`. */
async function pack(argv) {
    const json = argv.includes('--json');
    const finish = (result, code) => {
        if (json)
            process.stdout.write(`${JSON.stringify({ ok: result.ok, command: 'pack', ...result }, null, 2)}\n`);
        else if (result.ok)
            process.stdout.write(`Packed ${result.files} files from ${result.folder} into ${result.file} (${result.size} bytes, sha256 ${result.sha256})\n`);
        if (!result.ok)
            process.stderr.write(`kore-bot-export pack: ${result.error}\n`);
        return { code, cancelled: false };
    };
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({
            args: argv,
            options: {
                out: { type: 'string', short: 'o' },
                force: { type: 'boolean' },
                json: { type: 'boolean' },
                help: { type: 'boolean', short: 'h' }
            },
            strict: true,
            allowPositionals: true
        });
    }
    catch (error) {
        return finish({ ok: false, error: describeFlagError(error, ['out', 'force', 'json', 'help']) }, EXIT.usage);
    }
    if (parsed.values.help) {
        process.stdout.write(PACK_HELP);
        return { code: EXIT.ok, cancelled: false };
    }
    if (parsed.positionals.length !== 1) {
        return finish({ ok: false, error: 'give one folder: kore-bot-export pack <folder> [--out export.zip]. See --help.' }, EXIT.usage);
    }
    const folder = parsed.positionals[0];
    // Beside the folder, named after it; an existing file there may be the only copy of an
    // export (with its variable values), so it is replaced only when asked to.
    const out = parsed.values.out ?? `${external_node_path_default().resolve(folder)}.zip`;
    if (parsed.values.out === undefined && !parsed.values.force && external_node_fs_default().existsSync(out)) {
        return finish({
            ok: false,
            folder,
            error: `${out} already exists. Give --out with another file, or --force to replace it.`
        }, EXIT.usage);
    }
    try {
        // Each command loads what it uses: a command line starts once per run (start-up).
        const { packFolderCancellable, writeZip } = await Promise.all(/* import() */[__nccwpck_require__.e(663), __nccwpck_require__.e(44), __nccwpck_require__.e(24), __nccwpck_require__.e(616)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6616));
        const { files, size, sha256 } = await untilInterrupted(async (signal) => {
            const files = await packFolderCancellable(folder, signal);
            return { files, ...(await writeZip(files, out, signal)) };
        });
        return finish({ ok: true, folder, file: external_node_path_default().resolve(out), files: files.length, size, sha256 }, EXIT.ok);
    }
    catch (error) {
        const message = error instanceof clock/* CancelledError */.cc ? 'Cancelled: no zip was written.' : terminalWords(error);
        return finish({ ok: false, folder, error: message }, EXIT.failed);
    }
}
/** An error in the terminal's words (`--timeout 30m`, KORE_CLIENT_SECRET), as every command shows it. */
function terminalWords(error) {
    return (0,core_words/* render */.XX)((0,errors/* wordsOf */.Z9)(error), TERMINAL_DIALECT);
}
/**
 * `work` with a signal that Ctrl-C (SIGINT) or a CI system's SIGTERM aborts: the work stops at
 * its next check and removes what it had begun (a partial zip, a staging folder); a second
 * signal removes it at once (watchCancellation, as the flows do).
 */
async function untilInterrupted(work) {
    const { signal, stop } = (0,flow/* watchCancellation */.Z)({ error: text => process.stderr.write(`kore-bot-export: ${String(text)}\n`) }, 'nothing was written.');
    try {
        return await work(signal);
    }
    finally {
        stop();
    }
}
/** `kore-bot-export unpack <zip> <folder>`: any export zip laid out as --extract-to does. */
async function unpack(argv) {
    const json = argv.includes('--json');
    const finish = (result, code) => {
        if (json)
            process.stdout.write(`${JSON.stringify({ ok: result.ok, command: 'unpack', ...result }, null, 2)}\n`);
        else if (result.ok)
            process.stdout.write(`${result.message}\n`);
        if (!result.ok)
            process.stderr.write(`kore-bot-export unpack: ${result.error}\n`);
        return { code, cancelled: false };
    };
    const names = ['layout', 'variable-values', 'replace-existing', 'json', 'help'];
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({
            args: argv,
            options: {
                layout: { type: 'string' },
                'variable-values': { type: 'string' },
                'replace-existing': { type: 'string' },
                json: { type: 'boolean' },
                help: { type: 'boolean', short: 'h' }
            },
            strict: true,
            allowPositionals: true
        });
    }
    catch (error) {
        return finish({ ok: false, error: describeFlagError(error, names) }, EXIT.usage);
    }
    if (parsed.values.help) {
        process.stdout.write(UNPACK_HELP);
        return { code: EXIT.ok, cancelled: false };
    }
    if (parsed.positionals.length !== 2) {
        return finish({ ok: false, error: 'give a zip and a folder: kore-bot-export unpack <zip> <folder>. See --help.' }, EXIT.usage);
    }
    const [zip, given] = parsed.positionals;
    let target;
    try {
        const replaceExisting = (0,settings/* parseBoolean */.yG)('replace-existing', parsed.values['replace-existing'] ?? 'false');
        const options = {
            layout: (0,settings/* parseLayout */.U8)(parsed.values.layout ?? action_defaults/* EXPORT_ACTION_DEFAULTS */.l.layout),
            variableValues: (0,settings/* parseVariableValues */.qD)(parsed.values['variable-values'] ?? action_defaults/* EXPORT_ACTION_DEFAULTS */.l['variable-values'])
        };
        // Wherever the user names, as pack writes: but never the current folder or one holding it,
        // a .git folder, a repository, or a folder of files the tool did not write.
        const workspace = external_node_fs_default().realpathSync(process.cwd());
        const roots = { workspace, roots: [external_node_path_default().parse(workspace).root] };
        const folder = (0,output_paths/* checkExtractTo */.ft)(external_node_path_default().resolve(given), roots, replaceExisting);
        target = { folder, roots, replaceExisting, options };
    }
    catch (error) {
        return finish({ ok: false, error: terminalWords(error) }, EXIT.usage);
    }
    try {
        // Loaded only here: the zip reader and the layouts are most of the bundle.
        const { unpackExport } = await Promise.all(/* import() */[__nccwpck_require__.e(663), __nccwpck_require__.e(44), __nccwpck_require__.e(24), __nccwpck_require__.e(616), __nccwpck_require__.e(734), __nccwpck_require__.e(556)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1175));
        // Ctrl-C (or a CI system cancelling) stops the unpack, which removes its staging folder.
        const { files, written, omittedVariables } = await untilInterrupted(signal => unpackExport(external_node_path_default().resolve(zip), target, signal));
        const left = omittedVariables.length
            ? ` Left out the values of ${omittedVariables.length} bot variables; the zip keeps them (--variable-values keep writes them).`
            : '';
        return finish({
            ok: true,
            zip: external_node_path_default().resolve(zip),
            folder: target.folder,
            files: files.length,
            written,
            message: `Unpacked the export's ${files.length} files into ${target.folder}: ${written} files written.${left}`
        }, EXIT.ok);
    }
    catch (error) {
        return finish({ ok: false, error: terminalWords(error) }, EXIT.failed);
    }
}
/** `kore-bot-export diff <old> <new>`. */
async function diff(argv) {
    const json = argv.includes('--json');
    const fail = (error, code) => {
        if (json)
            process.stdout.write(`${JSON.stringify({ ok: false, command: 'diff', error }, null, 2)}\n`);
        process.stderr.write(`kore-bot-export diff: ${error}\n`);
        return { code, cancelled: false };
    };
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({
            args: argv,
            options: { json: { type: 'boolean' }, 'exit-code': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
            strict: true,
            allowPositionals: true
        });
    }
    catch (error) {
        return fail(describeFlagError(error, ['json', 'exit-code', 'help']), EXIT.usage);
    }
    if (parsed.values.help) {
        process.stdout.write(DIFF_HELP);
        return { code: EXIT.ok, cancelled: false };
    }
    const exitCode = parsed.values['exit-code'] === true;
    if (parsed.positionals.length !== 2)
        return fail('give two exports, each a zip or a folder: kore-bot-export diff <old> <new>. See --help.', EXIT.usage);
    const [oldSource, newSource] = parsed.positionals;
    const { readBot } = await Promise.all(/* import() */[__nccwpck_require__.e(663), __nccwpck_require__.e(44), __nccwpck_require__.e(24), __nccwpck_require__.e(616), __nccwpck_require__.e(222)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3222));
    const { diffBots, hasChanges } = await Promise.all(/* import() */[__nccwpck_require__.e(663), __nccwpck_require__.e(44), __nccwpck_require__.e(24), __nccwpck_require__.e(616), __nccwpck_require__.e(734)]).then(__nccwpck_require__.bind(__nccwpck_require__, 734));
    const { changeDetails, changesMarkdown, changesText } = await Promise.all(/* import() */[__nccwpck_require__.e(663), __nccwpck_require__.e(44), __nccwpck_require__.e(24), __nccwpck_require__.e(616), __nccwpck_require__.e(734), __nccwpck_require__.e(489)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1489));
    let records;
    try {
        records = await untilInterrupted(async (signal) => diffBots(await readBot(oldSource, signal), await readBot(newSource, signal), { signal }));
    }
    catch (error) {
        if (error instanceof clock/* CancelledError */.cc)
            return fail('Cancelled.', exitCode ? EXIT.usage : EXIT.failed);
        return fail(terminalWords(error), exitCode ? EXIT.usage : EXIT.failed);
    }
    const changed = hasChanges(records);
    if (json)
        process.stdout.write(`${JSON.stringify({ ok: true, command: 'diff', changed, changes: changesMarkdown(records).trimEnd(), details: changeDetails(records), records }, null, 2)}\n`);
    else
        process.stdout.write(changed
            ? changesText(records)
            : 'The bot has not changed (at most values the platform regenerates on publish differ).\n');
    return { code: exitCode && changed ? EXIT.failed : EXIT.ok, cancelled: false };
}
/** parseArgs' complaint, in the CLI's words, with the nearest flag for a typo. */
function describeFlagError(error, flags) {
    const unknown = /Unknown option '(-{1,2})([^']*)'/.exec(error.message);
    if (unknown) {
        const given = unknown[2];
        // An input the environment alone gives (host.ts ENVIRONMENT), or only a workflow has.
        if (ENVIRONMENT[given]) {
            if (given === 'variables')
                return `--variables is not a flag: values would show in process lists. Set ${ENVIRONMENT[given]} in the environment, one NAME=value a line. See --help.`;
            if (given === 'client-secret' || given === 'jwt')
                return `--${given} is not a flag: credentials would show in process lists. Set KORE_CLIENT_ID and ${ENVIRONMENT['client-secret']} (or ${ENVIRONMENT.jwt}) in the environment. See --help.`;
            return `--${given} is not a flag: set ${ENVIRONMENT[given]} in the environment. See --help.`;
        }
        if (ACTIONS_ONLY.has(given))
            return `--${given} is the GitHub Action's (a pull request's comment): a command line has none. See --help.`;
        const nearest = nearestFlag(given, flags);
        return `unknown flag ${unknown[1]}${given}.${nearest ? ` Did you mean --${nearest}?` : ''} See --help.`;
    }
    return `${error.message.replace(/\.$/, '')}. See --help.`;
}
function nearestFlag(given, names) {
    let best;
    for (const name of names) {
        const distance = editDistance(given.toLowerCase(), name);
        if (!best || distance < best.distance)
            best = { name, distance };
    }
    if (best && best.distance <= Math.max(2, Math.floor(given.length / 3)))
        return best.name;
    // --output for --out, --extract for --extract-to.
    return names.find(name => given.startsWith(name) || name.startsWith(given));
}
/** Levenshtein distance: insertions, deletions and substitutions. */
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}


/***/ }),

/***/ 5764:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ IMPORT_ACTION_DEFAULTS),
/* harmony export */   l: () => (/* binding */ EXPORT_ACTION_DEFAULTS)
/* harmony export */ });
// Generated by `npm run build` from action.yml and import/action.yml, where the defaults are
// declared: do not edit. What a runner passes for an input left alone.
const EXPORT_ACTION_DEFAULTS = {
    host: 'https://platform.kore.ai',
    'export-type': 'published',
    'all-tasks': 'true',
    'custom-dashboards': 'true',
    'include-dependent-tasks': 'true',
    wait: 'true',
    timeout: '10m',
    'poll-interval': '5s',
    retries: '5',
    path: 'kore-bot-export.zip',
    layout: 'split',
    'variable-values': 'omit',
    'replace-existing': 'false'
};
const IMPORT_ACTION_DEFAULTS = {
    host: 'https://platform.kore.ai',
    mode: 'incremental',
    utterances: 'append',
    patterns: 'append',
    'keep-target-variables': 'false',
    wait: 'true',
    timeout: '10m',
    'poll-interval': '5s',
    retries: '5',
    publish: 'false',
    verify: 'true',
    'dry-run': 'false',
    'pr-comment': 'false'
};


/***/ }),

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z9: () => (/* binding */ wordsOf),
/* harmony export */   am: () => (/* binding */ CoreError),
/* harmony export */   dz: () => (/* binding */ InputError)
/* harmony export */ });
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7522);
// Typed errors: a kind and its data (which input, which file, which platform answer), and the
// message as Words, which the adapter renders in its dialect. Error.message carries the
// action's rendering, so an error shown unrendered still reads right.

class CoreError extends Error {
    kind;
    data;
    words;
    constructor(kind, text, data = {}) {
        const words = typeof text === 'string' ? new _words_js__WEBPACK_IMPORTED_MODULE_0__/* .Words */ .UG([text]) : text;
        super(String(words));
        this.kind = kind;
        this.data = data;
        this.words = words;
        this.name = 'CoreError';
    }
}
/** Every bad input at once, found before any request. */
class InputError extends CoreError {
    problems;
    constructor(problems) {
        const list = problems.map(problem => typeof problem === 'string' || problem instanceof _words_js__WEBPACK_IMPORTED_MODULE_0__/* .Words */ .UG ? { words: wordsOf(problem) } : problem);
        super('input', list.length === 1
            ? list[0].words
            : new _words_js__WEBPACK_IMPORTED_MODULE_0__/* .Words */ .UG([
                `${list.length} inputs need fixing:`,
                ...list.flatMap(problem => ['\n- ', ...problem.words.parts])
            ]));
        this.problems = list;
        this.name = 'InputError';
    }
}
/** The words of any thrown value: a CoreError's own, or an Error's message. */
function wordsOf(error) {
    if (error instanceof CoreError)
        return error.words;
    if (error instanceof _words_js__WEBPACK_IMPORTED_MODULE_0__/* .Words */ .UG)
        return error;
    return new _words_js__WEBPACK_IMPORTED_MODULE_0__/* .Words */ .UG([error instanceof Error ? error.message : String(error)]);
}


/***/ }),

/***/ 3025:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  c: () => (/* binding */ runFlow),
  Z: () => (/* binding */ watchCancellation)
});

// EXTERNAL MODULE: ./src/shared/temporary-files.ts
var temporary_files = __nccwpck_require__(7168);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
var external_node_fs_default = /*#__PURE__*/__nccwpck_require__.n(external_node_fs_);
;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./src/shared/stack-trace.ts
// Stack traces that point into src/. The bundle ships its source map, but loading ncc's
// source-map-support register on every start costs 20 ms of wall time and 40 ms of CPU
// (measured through the bundles, issue 18 item 5: medians of 100 interleaved runs, the export
// action rejecting an input 77 ms, 97 ms with it; the CLI's --version 86 ms, 108 ms; 13 to
// 53 ms across runs on a shared machine), and would take the CLI past its +60 ms start-up
// budget (docs/benchmarks.md, "Stand-ins"); a stack is only ever printed on a failure, so it
// is mapped then, with Node's own SourceMap reader.



/** `stack` with every frame in a bundled file that has a `.map` beside it mapped to its source. */
function sourceStack(stack) {
    const maps = new Map();
    const mapOf = (file) => {
        if (!maps.has(file)) {
            try {
                const local = file.startsWith('file:') ? (0,external_node_url_namespaceObject.fileURLToPath)(file) : file;
                maps.set(file, new external_node_module_namespaceObject.SourceMap(JSON.parse(external_node_fs_default().readFileSync(`${local}.map`, 'utf8'))));
            }
            catch {
                maps.set(file, undefined);
            }
        }
        return maps.get(file);
    };
    return stack.replace(/((?:file:\/\/)?[^\s()]+\.[cm]?js):(\d+):(\d+)/g, (frame, file, line, column) => {
        const entry = mapOf(file)?.findEntry(Number(line) - 1, Number(column) - 1);
        if (!entry?.originalSource || entry.originalLine === undefined || entry.originalColumn === undefined)
            return frame;
        const source = entry.originalSource.replace(/^webpack:\/\/[^/]*\//, '').replace(/^(\.\.?\/)+/, '');
        return `${source}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
    });
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: ./src/core/words.ts
var words = __nccwpck_require__(7522);
;// CONCATENATED MODULE: ./src/core/flow.ts
// The one skeleton of every flow (export, import): watch for cancellation, do the work, and
// whatever happens, report it: outputs as they become known, the failure as a typed error,
// and the summary last. The adapter decides how a failure is shown (core.setFailed, stderr).
//
// A runner cancels a job with SIGINT, then SIGTERM 7.5 s later, then SIGKILL: the first
// signal stops the work, which cleans up on its way out; the second leaves no time for that,
// so the temporary files go at once, synchronously, and the process exits.




async function runFlow({ host, report, whenCancelled, onError }, work) {
    const { signal, stop } = watchCancellation(host, whenCancelled);
    try {
        await work(signal);
        return { outputs: report.outputs, cancelled: false };
    }
    catch (thrown) {
        const cancelled = signal.aborted || (thrown instanceof errors/* CoreError */.am && thrown.kind === 'cancelled');
        const error = cancelled
            ? new errors/* CoreError */.am('cancelled', (0,words/* say */.cv) `The run was cancelled. ${whenCancelled}`)
            : thrown instanceof Error
                ? thrown
                : new Error(String(thrown));
        onError?.(thrown);
        if (host.debugging && thrown instanceof Error && thrown.stack)
            host.debug(sourceStack(thrown.stack));
        report.failed((0,errors/* wordsOf */.Z9)(error));
        return { outputs: report.outputs, error, cancelled: signal.aborted };
    }
    finally {
        await report
            .writeSummary()
            .catch(error => host.warning(`Could not write the job summary: ${error.message}`));
        stop();
    }
}
/**
 * A signal that the first SIGINT or SIGTERM aborts (the work stops and cleans up on its way
 * out); a second removes the temporary files at once and exits. `stop` when the work is done.
 */
function watchCancellation(host, whatIsLeft) {
    const cancellation = new AbortController();
    const onSignal = () => {
        if (!cancellation.signal.aborted)
            return cancellation.abort();
        (0,temporary_files/* removeAllNow */.q6)();
        host.error(`Cancelled again before clean-up finished: temporary files were removed at once; ${whatIsLeft}`);
        process.exit(1);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    process.on('exit', temporary_files/* removeAllNow */.q6);
    return {
        signal: cancellation.signal,
        stop: () => {
            process.off('SIGINT', onSignal);
            process.off('SIGTERM', onSignal);
            process.off('exit', temporary_files/* removeAllNow */.q6);
        }
    };
}


/***/ }),

/***/ 7522:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fw: () => (/* binding */ example),
/* harmony export */   Pe: () => (/* binding */ setting),
/* harmony export */   Pj: () => (/* binding */ secretExample),
/* harmony export */   TG: () => (/* binding */ again),
/* harmony export */   UG: () => (/* binding */ Words),
/* harmony export */   XX: () => (/* binding */ render),
/* harmony export */   cv: () => (/* binding */ say),
/* harmony export */   oR: () => (/* binding */ joined)
/* harmony export */ });
/* unused harmony exports capitalized, WORKFLOW_DIALECT */
// Messages name the setting the user has to change, in the words of where they set it: an
// input in a workflow (`timeout: 30m`) or a flag on the command line (`--timeout 30m`). The
// core cannot know which, so it writes Words: text with references to settings, which each
// adapter renders in its own dialect. Nothing in the core switches wording.
class Words {
    parts;
    constructor(parts) {
        this.parts = parts;
    }
    /** The message in the action's words: what Error.message carries, and what tests read. */
    toString() {
        return render(this, WORKFLOW_DIALECT);
    }
}
function render(text, dialect) {
    if (typeof text === 'string')
        return text;
    return text.parts
        .map(part => {
        if (typeof part === 'string')
            return part;
        if ('secretOf' in part)
            return dialect.secretExample(part.secretOf);
        if ('again' in part)
            return part.capital ? capitalized(dialect.again()) : dialect.again();
        return part.value === undefined ? dialect.setting(part.setting) : dialect.example(part.setting, part.value);
    })
        .join('');
}
/** Words from a template: `say\`raise ${setting('timeout')}\``. Nested Words are flattened. */
function say(strings, ...values) {
    const parts = [];
    strings.forEach((text, index) => {
        if (text)
            parts.push(text);
        if (index < values.length)
            parts.push(...partsOf(values[index]));
    });
    return new Words(parts);
}
/** Items joined by a separator, each a Part or Words. */
function joined(items, separator) {
    const parts = [];
    items.forEach((item, index) => {
        if (index > 0)
            parts.push(separator);
        parts.push(...partsOf(item));
    });
    return new Words(parts);
}
function partsOf(value) {
    if (value instanceof Words)
        return [...value.parts];
    if (typeof value === 'number')
        return [String(value)];
    return [value];
}
/** The setting's name: `timeout: ` in a workflow, `--timeout` on the command line. */
function setting(name) {
    return { setting: name };
}
/** The setting with a value, as the user would write it: `timeout: 30m`, `--timeout 30m`. */
function example(name, value) {
    return { setting: name, value };
}
/** A credential from a secret store: the workflow's secrets, or the environment. */
function secretExample(name) {
    return { secretOf: name };
}
/** What to do to try again: "run the step again", "run it again". */
function again(capital = false) {
    return { again: true, capital };
}
/** The text with its first letter capitalised, to start a sentence. */
function capitalized(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
const SECRET_NAMES = { 'client-id': 'KORE_CLIENT_ID', 'client-secret': 'KORE_CLIENT_SECRET', jwt: 'KORE_JWT' };
/**
 * Settings as a workflow sets them: inputs of the step, credentials from its secrets. The
 * Actions adapter renders in it, and so does Error.message, so that an error shown unrendered
 * still reads right.
 */
const WORKFLOW_DIALECT = {
    setting: name => name,
    example: (name, value) => `${name}: ${value}`,
    secretExample: name => `${name}: \${{ secrets.${SECRET_NAMES[name]} }}`,
    again: () => 'run the step again'
};


/***/ }),

/***/ 6710:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ deepMerge),
/* harmony export */   $j: () => (/* binding */ COMPONENTS),
/* harmony export */   VY: () => (/* binding */ buildExportBody),
/* harmony export */   WE: () => (/* binding */ SUBTASK_KINDS),
/* harmony export */   l6: () => (/* binding */ EXPORT_TYPES)
/* harmony export */ });
/* harmony import */ var _platform_kore_client_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8868);
// The body of `POST /api/public/bot/{botId}/export`, as Kore.ai documents it.
// The component lists below are the documented ones; the platform accepts more (see
// kore-api.md), which users send through the `export-options` input.

const COMPONENTS = {
    settings: ['botSettings', 'botVariables', 'ivrSettings', 'genAIandLLMSettings'],
    tasks: ['botTask', 'knowledgeGraph', 'smallTalk'],
    nlpData: ['utterances', 'patterns', 'traits', 'rules', 'concepts', 'synonyms', 'standardResponses', 'nlpSettings'],
    AgentAI: ['rules', 'playbooks', 'widgetSettings', 'layoutSettings']
};
const SUBTASK_KINDS = ['dialogs', 'alerts', 'actions', 'experienceFlows'];
const EXPORT_TYPES = ['latest', 'published'];
function buildExportBody(choices) {
    const body = { exportType: choices.exportType };
    // An empty group means "everything", which is what the platform does when the key is absent.
    const exportOptions = Object.fromEntries(Object.entries(choices.components).filter(([, names]) => names.length > 0));
    if (Object.keys(exportOptions).length > 0)
        body.exportOptions = exportOptions;
    // The documented sample sends all four subTasks keys; a partial export sends the ones not
    // asked for as empty lists, so the platform never has to guess what a missing key means.
    if (Object.values(choices.subTasks).some(names => names.length > 0)) {
        body.subTasks = Object.fromEntries(SUBTASK_KINDS.map(kind => [kind, choices.subTasks[kind] ?? []]));
    }
    body.allTasks = choices.allTasks;
    body.customDashboards = choices.customDashboards;
    body.IncludeDependentTasks = choices.includeDependentTasks;
    return deepMerge(body, choices.extra);
}
/**
 * Objects merge key by key; anything else (arrays included) replaces what was there, and
 * `null` removes the key, so `export-options` can also take out what an input put in.
 */
function deepMerge(base, override) {
    const merged = { ...base };
    for (const [key, value] of Object.entries(override)) {
        if (value === null) {
            delete merged[key];
        }
        else if ((0,_platform_kore_client_js__WEBPACK_IMPORTED_MODULE_0__/* .isJsonObject */ .OW)(value) && (0,_platform_kore_client_js__WEBPACK_IMPORTED_MODULE_0__/* .isJsonObject */ .OW)(merged[key])) {
            merged[key] = deepMerge(merged[key], value);
        }
        else {
            merged[key] = value;
        }
    }
    return merged;
}


/***/ }),

/***/ 977:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $O: () => (/* binding */ readTiming),
/* harmony export */   Ad: () => (/* binding */ parseBotId),
/* harmony export */   IJ: () => (/* binding */ parseChoices),
/* harmony export */   L1: () => (/* binding */ readCredentials),
/* harmony export */   U8: () => (/* binding */ parseLayout),
/* harmony export */   UF: () => (/* binding */ REQUEST_TIMEOUT_DEFAULT),
/* harmony export */   dw: () => (/* binding */ parseJsonObject),
/* harmony export */   o6: () => (/* binding */ parseHost),
/* harmony export */   qD: () => (/* binding */ parseVariableValues),
/* harmony export */   sb: () => (/* binding */ readSettings),
/* harmony export */   w1: () => (/* binding */ checker),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
/* unused harmony exports DEFAULTS, parseList, parseRetries, parseDuration */
/* harmony import */ var ms__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(744);
/* harmony import */ var ms__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(ms__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _export_request_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6710);
/* harmony import */ var _platform_kore_client_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8868);
/* harmony import */ var _platform_http_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(3424);
/* harmony import */ var _platform_poll_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(7346);
/* harmony import */ var _shared_output_paths_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(8133);
/* harmony import */ var _shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_10__ = __nccwpck_require__(371);
/* harmony import */ var _core_action_defaults_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(5764);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(4296);
/* harmony import */ var _core_words_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(7522);
// Reads every input once, checks it, and hands the rest of the action one typed Settings
// object, so that a bad input fails the step before any request is made.











/** The longest a request waits, unless `timeout` is shorter. */
const REQUEST_TIMEOUT_DEFAULT = '30s';
/**
 * What an empty input means: action.yml's defaults (src/core/action-defaults.ts is made from
 * it), for a run that leaves unset inputs empty (the CLI, tests). `path` is left out on
 * purpose: empty means "no zip". `request-timeout` is not in action.yml, because its default
 * depends on `timeout` (see readTiming): a runner passes every default as if the user set it.
 */
const { path: _zipPath, ...EXPORT_DEFAULTS } = _core_action_defaults_js__WEBPACK_IMPORTED_MODULE_7__/* .EXPORT_ACTION_DEFAULTS */ .l;
const DEFAULTS = { ...EXPORT_DEFAULTS, 'request-timeout': REQUEST_TIMEOUT_DEFAULT };
/** Longer durations are refused: Node's timers hold at most 24.8 days, and no export takes a day. */
const MAX_DURATION_MS = 24 * 60 * 60 * 1000;
const COMPONENT_INPUTS = {
    settings: 'settings',
    tasks: 'tasks',
    nlpData: 'nlp-data',
    AgentAI: 'agent-ai'
};
const SUBTASK_INPUTS = {
    dialogs: 'dialogs',
    alerts: 'alerts',
    actions: 'actions',
    experienceFlows: 'experience-flows'
};
function readSettings(inputs) {
    const problems = [];
    const check = checker(problems);
    const input = (name) => inputs.get(name) || DEFAULTS[name] || '';
    const credentials = check(() => readCredentials(inputs, 'a Kore.ai app that has the Bot Export API scope (App Settings > Dev Tools)'), { kind: 'token', jwt: '' });
    const host = check(() => parseHost(input('host')), '');
    const botId = check(() => parseBotId(input('bot-id')), '');
    const exportType = check(() => parseExportType(input('export-type')), 'published');
    const components = {};
    for (const group of Object.keys(_export_request_js__WEBPACK_IMPORTED_MODULE_2__/* .COMPONENTS */ .$j)) {
        const name = COMPONENT_INPUTS[group];
        components[group] = check(() => parseComponents(name, group, input(name)), []);
    }
    const subTasks = {};
    for (const kind of _export_request_js__WEBPACK_IMPORTED_MODULE_2__/* .SUBTASK_KINDS */ .WE)
        subTasks[kind] = parseList(input(SUBTASK_INPUTS[kind]));
    const allTasks = check(() => parseBoolean('all-tasks', input('all-tasks')), true);
    const customDashboards = check(() => parseBoolean('custom-dashboards', input('custom-dashboards')), true);
    const includeDependentTasks = check(() => parseBoolean('include-dependent-tasks', input('include-dependent-tasks')), true);
    const extra = check(() => parseJsonObject('export-options', input('export-options'), '{"exportOptions": {"nlpData": ["training_data"]}}'), {});
    const { wait, timeoutMs, pollIntervalMs, retries, requestTimeoutMs } = readTiming(check, inputs, input, problems);
    const replaceExisting = check(() => parseBoolean('replace-existing', input('replace-existing')), false);
    const variableValues = check(() => parseVariableValues(input('variable-values')), 'omit');
    const layout = check(() => parseLayout(input('layout')), 'split');
    const workspace = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(process.env.GITHUB_WORKSPACE || process.cwd());
    const roots = (0,_shared_output_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .writeRoots */ .rX)(workspace);
    const inWorkspace = (name) => {
        const value = input(name).trim();
        return value ? node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace, value) : undefined;
    };
    const paths = checkPaths(inWorkspace('path'), inWorkspace('extract-to'), { wait, roots, replaceExisting });
    problems.push(...paths.problems);
    const { zipPath, extractTo } = paths;
    if (problems.length > 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .InputError */ .dz(problems);
    const exportBody = (0,_export_request_js__WEBPACK_IMPORTED_MODULE_2__/* .buildExportBody */ .VY)({
        exportType,
        components,
        subTasks,
        allTasks,
        customDashboards,
        includeDependentTasks,
        extra
    });
    return {
        host,
        botId,
        credentials,
        exportType,
        exportBody,
        wait,
        timeoutMs,
        pollIntervalMs,
        retries,
        requestTimeoutMs,
        zipPath,
        extractTo,
        replaceExisting,
        variableValues,
        layout,
        workspace,
        roots
    };
}
/** wait, timeout, poll-interval, retries and request-timeout: the same for every action. */
function readTiming(check, inputs, input, problems) {
    const wait = check(() => parseBoolean('wait', input('wait')), true);
    const timeoutMs = check(() => parseDuration('timeout', input('timeout')), 0);
    const pollIntervalMs = check(() => parseDuration('poll-interval', input('poll-interval'), _platform_poll_js__WEBPACK_IMPORTED_MODULE_5__/* .MIN_POLL_INTERVAL_MS */ .WW, 'Kore.ai allows 60 status calls a minute and 1,800 an hour'), 0);
    const retries = check(() => parseRetries(input('retries')), 0);
    const requestTimeoutGiven = check(() => parseDuration('request-timeout', input('request-timeout'), 1000), 0);
    // The default gives way to a shorter timeout; a request-timeout set by hand must fit in it.
    const requestTimeoutMs = inputs.get('request-timeout').trim()
        ? requestTimeoutGiven
        : Math.min(requestTimeoutGiven, timeoutMs || Infinity);
    if (timeoutMs && requestTimeoutMs > timeoutMs) {
        problems.push((0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .say */ .cv) `${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .setting */ .Pe)('request-timeout')} (${input('request-timeout').trim()}) is longer than ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .setting */ .Pe)('timeout')} (${input('timeout').trim()}), which bounds every request. Lower ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .setting */ .Pe)('request-timeout')} or raise ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .setting */ .Pe)('timeout')}.`);
    }
    return { wait, timeoutMs, pollIntervalMs, retries, requestTimeoutMs };
}
/** Each reader reports into `problems` and returns a usable placeholder, so one run names every bad input at once. */
function checker(problems) {
    return (read, fallback) => {
        try {
            return read();
        }
        catch (error) {
            problems.push((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .wordsOf */ .Z9)(error));
            return fallback;
        }
    };
}
function parseLayout(raw) {
    const value = raw.trim().toLowerCase();
    if (value === 'split' || value === 'plain')
        return value;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .CoreError */ .am('input', (0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .say */ .cv) `${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .setting */ .Pe)('layout')}: "${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_10__/* .plain */ .pj)(raw.trim(), 80)}" is not split or plain. Use split (the default: the bot definition as a tree of files, a folder per dialog) or plain (the zip's files as they are).`);
}
function parseVariableValues(raw) {
    const value = raw.trim().toLowerCase();
    if (value === 'omit' || value === 'keep')
        return value;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .CoreError */ .am('input', (0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .say */ .cv) `${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .setting */ .Pe)('variable-values')}: "${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_10__/* .plain */ .pj)(raw.trim(), 80)}" is not omit or keep. Use omit (the default: config.json in extract-to without the bot variables' values) or keep.`);
}
function readCredentials(inputs, app) {
    const clientId = inputs.get('client-id').trim();
    const clientSecret = inputs.get('client-secret').trim();
    const jwt = inputs.get('jwt').trim();
    // Masked before anything else can fail and print.
    if (clientSecret)
        inputs.mask(clientSecret);
    if (jwt)
        inputs.mask(jwt);
    if (jwt && (clientId || clientSecret)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .CoreError */ .am('input', (0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .say */ .cv) `${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .setting */ .Pe)('jwt')} and ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .setting */ .Pe)('client-id')}/${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .setting */ .Pe)('client-secret')} are both set. Give one way to sign in: either ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .setting */ .Pe)('client-id')} and ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .setting */ .Pe)('client-secret')} (recommended: a fresh token is signed per request), or a ready-made ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .setting */ .Pe)('jwt')}.`);
    }
    if (jwt)
        return { kind: 'token', jwt };
    if (clientId && clientSecret)
        return { kind: 'app', clientId, clientSecret };
    if (clientId) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .CoreError */ .am('input', (0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .say */ .cv) `${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .setting */ .Pe)('client-secret')} is empty but ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .setting */ .Pe)('client-id')} is set. Set ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .setting */ .Pe)('client-secret')} to the Client Secret of the same Kore.ai app, e.g. ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .secretExample */ .Pj)('client-secret')}.`);
    }
    if (clientSecret) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .CoreError */ .am('input', (0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .say */ .cv) `${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .setting */ .Pe)('client-id')} is empty but ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .setting */ .Pe)('client-secret')} is set. Set ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .setting */ .Pe)('client-id')} to the Client ID of the same Kore.ai app (it starts with "cs-"), e.g. ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .secretExample */ .Pj)('client-id')}.`);
    }
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .CoreError */ .am('input', (0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .say */ .cv) `No credentials: set ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .setting */ .Pe)('client-id')} and ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .setting */ .Pe)('client-secret')} to the Client ID and Client Secret of ${app}, or set ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .setting */ .Pe)('jwt')} to a ready-made token.`);
}
function parseHost(raw) {
    const text = raw.trim();
    // A bare host name is the common slip; https is the only sensible reading of it.
    const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
    let url;
    try {
        url = new URL(withScheme);
    }
    catch {
        // Not echoed: a mangled value may still hold a password or a token.
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .CoreError */ .am('input', (0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .say */ .cv) `${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .setting */ .Pe)('host')} is not a URL. Use the platform's address, e.g. ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .example */ .Fw)('host', 'https://platform.kore.ai')} or https://eu-bots.kore.ai.`);
    }
    // Shown without user name, password, query and fragment: they may hold credentials.
    const shown = (0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_10__/* .plain */ .pj)(`${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`, 200);
    if (url.username || url.password || url.search || url.hash) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .CoreError */ .am('input', (0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .say */ .cv) `${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .setting */ .Pe)('host')}: ${shown} carries a user name, password, query or fragment, which the action will not send anywhere. Give only the address, e.g. ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .example */ .Fw)('host', 'https://platform.kore.ai')}, and the credentials in ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .setting */ .Pe)('client-id')} and ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .setting */ .Pe)('client-secret')}.`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .CoreError */ .am('input', (0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .say */ .cv) `${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .setting */ .Pe)('host')}: ${shown} uses ${url.protocol} Use an https:// address, e.g. ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .example */ .Fw)('host', 'https://platform.kore.ai')}.`);
    }
    if (url.protocol === 'http:' && !(0,_platform_http_js__WEBPACK_IMPORTED_MODULE_4__/* .isLoopback */ .U9)(url.hostname)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .CoreError */ .am('input', (0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .say */ .cv) `${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .setting */ .Pe)('host')}: ${shown} uses plain http://, which would send your credentials unencrypted. Use https://${url.host}${url.pathname.replace(/\/+$/, '')} instead (http:// is allowed only for 127.0.0.1, localhost and ::1).`);
    }
    return url.origin + url.pathname.replace(/\/+$/, '');
}
function parseBotId(raw) {
    const botId = raw.trim();
    if (!botId) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .CoreError */ .am('input', (0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .say */ .cv) `${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .setting */ .Pe)('bot-id')} is required. Set it to the Bot ID shown under App Builder > General Settings (it starts with "st-").`);
    }
    if (!/^[A-Za-z0-9._-]{1,200}$/.test(botId)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .CoreError */ .am('input', (0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .say */ .cv) `${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .setting */ .Pe)('bot-id')}: "${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_10__/* .plain */ .pj)(botId, 80)}" is not a Bot ID. A Bot ID looks like st-6fa10d24-1234-5678-b457-1e33a82b115e (App Builder > General Settings).`);
    }
    return botId;
}
function parseExportType(raw) {
    const value = raw.trim();
    const match = _export_request_js__WEBPACK_IMPORTED_MODULE_2__/* .EXPORT_TYPES */ .l6.find(type => type === value.toLowerCase());
    if (!match) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .CoreError */ .am('input', (0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .say */ .cv) `${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .setting */ .Pe)('export-type')}: "${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_10__/* .plain */ .pj)(value, 80)}" is not one of ${_export_request_js__WEBPACK_IMPORTED_MODULE_2__/* .EXPORT_TYPES */ .l6.join(', ')}. Use published for the bot users talk to, latest for the in-development version.`);
    }
    return match;
}
/** Splits on commas and new lines; drops blanks and repeats. */
function parseList(raw) {
    return [
        ...new Set(raw
            .split(/[,\n]/)
            .map(item => item.trim())
            .filter(Boolean))
    ];
}
function parseComponents(inputName, group, raw) {
    return parseChoices(raw, _export_request_js__WEBPACK_IMPORTED_MODULE_2__/* .COMPONENTS */ .$j[group], (value, sameButCase) => (0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .say */ .cv) `${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .setting */ .Pe)(inputName)}: "${value}" is not a documented ${group} component${sameButCase}. Allowed: ${_export_request_js__WEBPACK_IMPORTED_MODULE_2__/* .COMPONENTS */ .$j[group].join(', ')}. To send a value the action does not know, use ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .setting */ .Pe)('export-options')}, e.g. {"exportOptions": {"${group}": ["${value}"]}}.`);
}
/**
 * A comma-separated list of values `allowed` holds. The first other value is refused in the
 * words `refuse` gives it: the value made safe to show, and " (did you mean X?)" when only its
 * case is wrong (else empty).
 */
function parseChoices(raw, allowed, refuse) {
    const values = parseList(raw);
    for (const value of values) {
        if (allowed.includes(value))
            continue;
        const sameButCase = allowed.find(name => name.toLowerCase() === value.toLowerCase());
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .CoreError */ .am('input', refuse((0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_10__/* .plain */ .pj)(value, 80), sameButCase ? ` (did you mean ${sameButCase}?)` : ''));
    }
    return values;
}
function parseBoolean(inputName, raw) {
    const value = raw.trim().toLowerCase();
    if (value === 'true')
        return true;
    if (value === 'false')
        return false;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .CoreError */ .am('input', (0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .say */ .cv) `${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .setting */ .Pe)(inputName)}: "${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_10__/* .plain */ .pj)(raw.trim(), 80)}" is not a boolean. Use true or false.`);
}
function parseJsonObject(inputName, raw, sample) {
    if (!raw.trim())
        return {};
    let parsed;
    try {
        parsed = JSON.parse(raw);
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .CoreError */ .am('input', (0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .say */ .cv) `${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .setting */ .Pe)(inputName)} is not valid JSON (${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_10__/* .plain */ .pj)(error.message, 200)}). Give a JSON object, e.g. ${sample}.`);
    }
    if (!(0,_platform_kore_client_js__WEBPACK_IMPORTED_MODULE_3__/* .isJsonObject */ .OW)(parsed)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .CoreError */ .am('input', (0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .say */ .cv) `${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .setting */ .Pe)(inputName)} must be a JSON object, e.g. ${sample}; it is merged into the request body.`);
    }
    return parsed;
}
const MAX_RETRIES = 20;
function parseRetries(raw) {
    const value = raw.trim();
    if (!/^\d+$/.test(value) || Number(value) > MAX_RETRIES) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .CoreError */ .am('input', (0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .say */ .cv) `${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .setting */ .Pe)('retries')}: "${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_10__/* .plain */ .pj)(value, 80)}" is not a whole number from 0 to ${MAX_RETRIES}. Use e.g. ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .example */ .Fw)('retries', '5')} (0 turns retrying off).`);
    }
    return Number(value);
}
/** `90` (seconds), `90s`, `10m`, `1h`, as the `ms` library reads them; from `minimumMs` to a day. */
function parseDuration(inputName, raw, minimumMs = 1, why = '') {
    const value = raw.trim();
    // ms reads a bare number as milliseconds; a person writing `timeout: 90` means seconds.
    const millis = /^\d+(\.\d+)?$/.test(value) ? Number(value) * 1000 : ms__WEBPACK_IMPORTED_MODULE_0___default()(value);
    if (typeof millis !== 'number' || !Number.isFinite(millis) || millis <= 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .CoreError */ .am('input', (0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .say */ .cv) `${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .setting */ .Pe)(inputName)}: "${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_10__/* .plain */ .pj)(value, 80)}" is not a duration. Use a number of seconds or a value like 90s, 10m or 1h.`);
    }
    if (millis < minimumMs) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .CoreError */ .am('input', (0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .say */ .cv) `${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .setting */ .Pe)(inputName)}: "${value}" is below the ${minimumMs / 1000}s minimum${why ? ` (${why})` : ''}. Use ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .example */ .Fw)(inputName, `${minimumMs / 1000}s`)} or more.`);
    }
    if (millis > MAX_DURATION_MS) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .CoreError */ .am('input', (0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .say */ .cv) `${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .setting */ .Pe)(inputName)}: "${value}" is longer than the 24h maximum. Use e.g. ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .example */ .Fw)(inputName, inputName === 'timeout' ? '1h' : '30s')}.`);
    }
    return Math.round(millis);
}
/** `path` and `extract-to` as real paths, with every problem that can be known before the export. */
function checkPaths(zipGiven, extractGiven, { wait, roots, replaceExisting }) {
    const problems = [];
    const attempt = (check) => {
        try {
            return check();
        }
        catch (error) {
            problems.push((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .wordsOf */ .Z9)(error));
            return undefined;
        }
    };
    const zipPath = zipGiven ? attempt(() => (0,_shared_output_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .checkZipPath */ .fV)(zipGiven, roots)) : undefined;
    const extractTo = extractGiven ? attempt(() => (0,_shared_output_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .checkExtractTo */ .ft)(extractGiven, roots, replaceExisting)) : undefined;
    if (extractGiven && !wait) {
        problems.push((0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .say */ .cv) `${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .setting */ .Pe)('extract-to')} needs ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .example */ .Fw)('wait', 'true')} (there is nothing to unpack until the export has finished). Remove ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .setting */ .Pe)('extract-to')} or set ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .example */ .Fw)('wait', 'true')}.`);
    }
    if (zipPath && extractTo && (0,_shared_output_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .isInside */ .FK)(zipPath, extractTo)) {
        problems.push((0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .say */ .cv) `${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .setting */ .Pe)('path')}: ${zipGiven ?? ''} lies inside ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .setting */ .Pe)('extract-to')} (${extractGiven ?? ''}), which is replaced by the unpacked export. Put the zip elsewhere, e.g. ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .example */ .Fw)('path', 'kore-bot-export.zip')}.`);
    }
    if (zipPath && extractTo && (0,_shared_output_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .isInside */ .FK)(extractTo, zipPath) && extractTo !== zipPath) {
        problems.push((0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .say */ .cv) `${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .setting */ .Pe)('extract-to')}: ${extractGiven ?? ''} lies inside ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .setting */ .Pe)('path')} (${zipGiven ?? ''}), which is a file. Give them different places, e.g. ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .example */ .Fw)('path', 'kore-bot-export.zip')} and ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_9__/* .example */ .Fw)('extract-to', 'bot')}.`);
    }
    return { problems, zipPath, extractTo };
}


/***/ }),

/***/ 5960:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  cc: () => (/* binding */ CancelledError),
  a3: () => (/* binding */ formatDuration),
  ml: () => (/* binding */ systemClock)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
;// CONCATENATED MODULE: external "node:timers/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");
;// CONCATENATED MODULE: ./src/platform/clock.ts
// Time as the waiting code sees it, so tests can run a ten-minute wait in milliseconds.


const systemClock = {
    now: () => Date.now(),
    sleep: async (ms, signal) => {
        try {
            await (0,promises_namespaceObject.setTimeout)(ms, undefined, { signal });
        }
        catch (error) {
            if (signal?.aborted)
                throw new CancelledError();
            throw error;
        }
    }
};
/** The runner cancelled the job (SIGINT/SIGTERM): everything in flight stops. */
class CancelledError extends errors/* CoreError */.am {
    constructor() {
        super('cancelled', 'The run was cancelled.');
        this.name = 'CancelledError';
    }
}
function formatDuration(ms) {
    if (ms < 1000)
        return `${ms}ms`;
    const seconds = Math.round(ms / 1000);
    if (seconds < 60)
        return `${seconds}s`;
    const minutes = Math.floor(seconds / 60);
    const rest = seconds % 60;
    if (minutes < 60)
        return rest ? `${minutes}m ${rest}s` : `${minutes}m`;
    const hours = Math.floor(minutes / 60);
    return minutes % 60 ? `${hours}h ${minutes % 60}m` : `${hours}h`;
}


/***/ }),

/***/ 3424:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Dr: () => (/* binding */ NetworkError),
  tD: () => (/* binding */ checkLink),
  Ku: () => (/* binding */ describeNetworkFailure),
  Ng: () => (/* binding */ describeUrl),
  U9: () => (/* binding */ isLoopback),
  yR: () => (/* binding */ readText),
  tN: () => (/* binding */ send),
  Bv: () => (/* binding */ withTimeLimit)
});

// UNUSED EXPORTS: ConnectionSetupError, abortReason, abortable

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: external "http"
var external_http_ = __nccwpck_require__(8611);
var external_http_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_http_, 2);
// EXTERNAL MODULE: external "https"
var external_https_ = __nccwpck_require__(5692);
var external_https_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_https_, 2);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map
// EXTERNAL MODULE: ./node_modules/tunnel/index.js
var tunnel = __nccwpck_require__(770);
;// CONCATENATED MODULE: ./src/platform/lazy-undici.ts
// Stands in for `undici` in the bundles (tsconfig.json `paths`, which ncc follows).
// @actions/http-client (also imported by @actions/core) imports undici's ProxyAgent at its top
// for `getAgentDispatcher()`, the dispatcher for fetch through a proxy, which this action never
// calls: its requests go through http-client's own agents, proxies included (tunnel). Bundling
// undici for that one import costs 914 KiB and, measured through the bundles (issue 18 item 5:
// medians of 100 interleaved runs), 53 ms of every start: the export action rejecting an input
// 77 ms, 130 ms with undici; the CLI's --version 86 ms, 139 ms (bare node 34 ms). Without it
// start-up would be far over its +60 ms budget. docs/benchmarks.md, "Stand-ins".
//
// @actions/github (pr-comment) makes a ProxyAgent and a fetch over it when it loads behind a
// proxy, as its default; the action gives Octokit its own fetch over http-client's agents
// (src/action/pull-request.ts). So a ProxyAgent may be made, and fails only when used.
const NOT_BUNDLED = 'kore-bot-export does not bundle undici: use HttpClient.request(), whose agents handle proxies, not getAgentDispatcher().';
class ProxyAgent {
    dispatch() {
        throw new Error(NOT_BUNDLED);
    }
}
function fetch() {
    throw new Error(NOT_BUNDLED);
}

;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/index.js
/* eslint-disable @typescript-eslint/no-explicit-any */
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





var HttpCodes;
(function (HttpCodes) {
    HttpCodes[HttpCodes["OK"] = 200] = "OK";
    HttpCodes[HttpCodes["MultipleChoices"] = 300] = "MultipleChoices";
    HttpCodes[HttpCodes["MovedPermanently"] = 301] = "MovedPermanently";
    HttpCodes[HttpCodes["ResourceMoved"] = 302] = "ResourceMoved";
    HttpCodes[HttpCodes["SeeOther"] = 303] = "SeeOther";
    HttpCodes[HttpCodes["NotModified"] = 304] = "NotModified";
    HttpCodes[HttpCodes["UseProxy"] = 305] = "UseProxy";
    HttpCodes[HttpCodes["SwitchProxy"] = 306] = "SwitchProxy";
    HttpCodes[HttpCodes["TemporaryRedirect"] = 307] = "TemporaryRedirect";
    HttpCodes[HttpCodes["PermanentRedirect"] = 308] = "PermanentRedirect";
    HttpCodes[HttpCodes["BadRequest"] = 400] = "BadRequest";
    HttpCodes[HttpCodes["Unauthorized"] = 401] = "Unauthorized";
    HttpCodes[HttpCodes["PaymentRequired"] = 402] = "PaymentRequired";
    HttpCodes[HttpCodes["Forbidden"] = 403] = "Forbidden";
    HttpCodes[HttpCodes["NotFound"] = 404] = "NotFound";
    HttpCodes[HttpCodes["MethodNotAllowed"] = 405] = "MethodNotAllowed";
    HttpCodes[HttpCodes["NotAcceptable"] = 406] = "NotAcceptable";
    HttpCodes[HttpCodes["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
    HttpCodes[HttpCodes["RequestTimeout"] = 408] = "RequestTimeout";
    HttpCodes[HttpCodes["Conflict"] = 409] = "Conflict";
    HttpCodes[HttpCodes["Gone"] = 410] = "Gone";
    HttpCodes[HttpCodes["TooManyRequests"] = 429] = "TooManyRequests";
    HttpCodes[HttpCodes["InternalServerError"] = 500] = "InternalServerError";
    HttpCodes[HttpCodes["NotImplemented"] = 501] = "NotImplemented";
    HttpCodes[HttpCodes["BadGateway"] = 502] = "BadGateway";
    HttpCodes[HttpCodes["ServiceUnavailable"] = 503] = "ServiceUnavailable";
    HttpCodes[HttpCodes["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function (Headers) {
    Headers["Accept"] = "accept";
    Headers["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function (MediaTypes) {
    MediaTypes["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
/**
 * Returns the proxy URL, depending upon the supplied url and proxy environment variables.
 * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
 */
function lib_getProxyUrl(serverUrl) {
    const proxyUrl = pm.getProxyUrl(new URL(serverUrl));
    return proxyUrl ? proxyUrl.href : '';
}
const HttpRedirectCodes = [
    HttpCodes.MovedPermanently,
    HttpCodes.ResourceMoved,
    HttpCodes.SeeOther,
    HttpCodes.TemporaryRedirect,
    HttpCodes.PermanentRedirect
];
const HttpResponseRetryCodes = [
    HttpCodes.BadGateway,
    HttpCodes.ServiceUnavailable,
    HttpCodes.GatewayTimeout
];
const RetryableHttpVerbs = ['OPTIONS', 'GET', 'DELETE', 'HEAD'];
const ExponentialBackoffCeiling = 10;
const ExponentialBackoffTimeSlice = 5;
class HttpClientError extends Error {
    constructor(message, statusCode) {
        super(message);
        this.name = 'HttpClientError';
        this.statusCode = statusCode;
        Object.setPrototypeOf(this, HttpClientError.prototype);
    }
}
class HttpClientResponse {
    constructor(message) {
        this.message = message;
    }
    readBody() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                let output = Buffer.alloc(0);
                this.message.on('data', (chunk) => {
                    output = Buffer.concat([output, chunk]);
                });
                this.message.on('end', () => {
                    resolve(output.toString());
                });
            }));
        });
    }
    readBodyBuffer() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                const chunks = [];
                this.message.on('data', (chunk) => {
                    chunks.push(chunk);
                });
                this.message.on('end', () => {
                    resolve(Buffer.concat(chunks));
                });
            }));
        });
    }
}
function isHttps(requestUrl) {
    const parsedUrl = new URL(requestUrl);
    return parsedUrl.protocol === 'https:';
}
class HttpClient {
    constructor(userAgent, handlers, requestOptions) {
        this._ignoreSslError = false;
        this._allowRedirects = true;
        this._allowRedirectDowngrade = false;
        this._maxRedirects = 50;
        this._allowRetries = false;
        this._maxRetries = 1;
        this._keepAlive = false;
        this._disposed = false;
        this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
        this.handlers = handlers || [];
        this.requestOptions = requestOptions;
        if (requestOptions) {
            if (requestOptions.ignoreSslError != null) {
                this._ignoreSslError = requestOptions.ignoreSslError;
            }
            this._socketTimeout = requestOptions.socketTimeout;
            if (requestOptions.allowRedirects != null) {
                this._allowRedirects = requestOptions.allowRedirects;
            }
            if (requestOptions.allowRedirectDowngrade != null) {
                this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
            }
            if (requestOptions.maxRedirects != null) {
                this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
            }
            if (requestOptions.keepAlive != null) {
                this._keepAlive = requestOptions.keepAlive;
            }
            if (requestOptions.allowRetries != null) {
                this._allowRetries = requestOptions.allowRetries;
            }
            if (requestOptions.maxRetries != null) {
                this._maxRetries = requestOptions.maxRetries;
            }
        }
    }
    options(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('OPTIONS', requestUrl, null, additionalHeaders || {});
        });
    }
    get(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('GET', requestUrl, null, additionalHeaders || {});
        });
    }
    del(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('DELETE', requestUrl, null, additionalHeaders || {});
        });
    }
    post(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('POST', requestUrl, data, additionalHeaders || {});
        });
    }
    patch(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PATCH', requestUrl, data, additionalHeaders || {});
        });
    }
    put(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PUT', requestUrl, data, additionalHeaders || {});
        });
    }
    head(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('HEAD', requestUrl, null, additionalHeaders || {});
        });
    }
    sendStream(verb, requestUrl, stream, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request(verb, requestUrl, stream, additionalHeaders);
        });
    }
    /**
     * Gets a typed object from an endpoint
     * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
     */
    getJson(requestUrl_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            const res = yield this.get(requestUrl, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    postJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.post(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    putJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.put(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    patchJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.patch(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    /**
     * Makes a raw http request.
     * All other methods such as get, post, patch, and request ultimately call this.
     * Prefer get, del, post and patch
     */
    request(verb, requestUrl, data, headers) {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._disposed) {
                throw new Error('Client has already been disposed.');
            }
            const parsedUrl = new URL(requestUrl);
            let info = this._prepareRequest(verb, parsedUrl, headers);
            // Only perform retries on reads since writes may not be idempotent.
            const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb)
                ? this._maxRetries + 1
                : 1;
            let numTries = 0;
            let response;
            do {
                response = yield this.requestRaw(info, data);
                // Check if it's an authentication challenge
                if (response &&
                    response.message &&
                    response.message.statusCode === HttpCodes.Unauthorized) {
                    let authenticationHandler;
                    for (const handler of this.handlers) {
                        if (handler.canHandleAuthentication(response)) {
                            authenticationHandler = handler;
                            break;
                        }
                    }
                    if (authenticationHandler) {
                        return authenticationHandler.handleAuthentication(this, info, data);
                    }
                    else {
                        // We have received an unauthorized response but have no handlers to handle it.
                        // Let the response return to the caller.
                        return response;
                    }
                }
                let redirectsRemaining = this._maxRedirects;
                while (response.message.statusCode &&
                    HttpRedirectCodes.includes(response.message.statusCode) &&
                    this._allowRedirects &&
                    redirectsRemaining > 0) {
                    const redirectUrl = response.message.headers['location'];
                    if (!redirectUrl) {
                        // if there's no location to redirect to, we won't
                        break;
                    }
                    const parsedRedirectUrl = new URL(redirectUrl);
                    if (parsedUrl.protocol === 'https:' &&
                        parsedUrl.protocol !== parsedRedirectUrl.protocol &&
                        !this._allowRedirectDowngrade) {
                        throw new Error('Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.');
                    }
                    // we need to finish reading the response before reassigning response
                    // which will leak the open socket.
                    yield response.readBody();
                    // strip authorization header if redirected to a different hostname
                    if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
                        for (const header in headers) {
                            // header names are case insensitive
                            if (header.toLowerCase() === 'authorization') {
                                delete headers[header];
                            }
                        }
                    }
                    // let's make the request with the new redirectUrl
                    info = this._prepareRequest(verb, parsedRedirectUrl, headers);
                    response = yield this.requestRaw(info, data);
                    redirectsRemaining--;
                }
                if (!response.message.statusCode ||
                    !HttpResponseRetryCodes.includes(response.message.statusCode)) {
                    // If not a retry code, return immediately instead of retrying
                    return response;
                }
                numTries += 1;
                if (numTries < maxTries) {
                    yield response.readBody();
                    yield this._performExponentialBackoff(numTries);
                }
            } while (numTries < maxTries);
            return response;
        });
    }
    /**
     * Needs to be called if keepAlive is set to true in request options.
     */
    dispose() {
        if (this._agent) {
            this._agent.destroy();
        }
        this._disposed = true;
    }
    /**
     * Raw request.
     * @param info
     * @param data
     */
    requestRaw(info, data) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => {
                function callbackForResult(err, res) {
                    if (err) {
                        reject(err);
                    }
                    else if (!res) {
                        // If `err` is not passed, then `res` must be passed.
                        reject(new Error('Unknown error'));
                    }
                    else {
                        resolve(res);
                    }
                }
                this.requestRawWithCallback(info, data, callbackForResult);
            });
        });
    }
    /**
     * Raw request with callback.
     * @param info
     * @param data
     * @param onResult
     */
    requestRawWithCallback(info, data, onResult) {
        if (typeof data === 'string') {
            if (!info.options.headers) {
                info.options.headers = {};
            }
            info.options.headers['Content-Length'] = Buffer.byteLength(data, 'utf8');
        }
        let callbackCalled = false;
        function handleResult(err, res) {
            if (!callbackCalled) {
                callbackCalled = true;
                onResult(err, res);
            }
        }
        const req = info.httpModule.request(info.options, (msg) => {
            const res = new HttpClientResponse(msg);
            handleResult(undefined, res);
        });
        let socket;
        req.on('socket', sock => {
            socket = sock;
        });
        // If we ever get disconnected, we want the socket to timeout eventually
        req.setTimeout(this._socketTimeout || 3 * 60000, () => {
            if (socket) {
                socket.end();
            }
            handleResult(new Error(`Request timeout: ${info.options.path}`));
        });
        req.on('error', function (err) {
            // err has statusCode property
            // res should have headers
            handleResult(err);
        });
        if (data && typeof data === 'string') {
            req.write(data, 'utf8');
        }
        if (data && typeof data !== 'string') {
            data.on('close', function () {
                req.end();
            });
            data.pipe(req);
        }
        else {
            req.end();
        }
    }
    /**
     * Gets an http agent. This function is useful when you need an http agent that handles
     * routing through a proxy server - depending upon the url and proxy environment variables.
     * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
     */
    getAgent(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        return this._getAgent(parsedUrl);
    }
    getAgentDispatcher(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (!useProxy) {
            return;
        }
        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
    }
    _prepareRequest(method, requestUrl, headers) {
        const info = {};
        info.parsedUrl = requestUrl;
        const usingSsl = info.parsedUrl.protocol === 'https:';
        info.httpModule = usingSsl ? external_https_namespaceObject : external_http_namespaceObject;
        const defaultPort = usingSsl ? 443 : 80;
        info.options = {};
        info.options.host = info.parsedUrl.hostname;
        info.options.port = info.parsedUrl.port
            ? parseInt(info.parsedUrl.port)
            : defaultPort;
        info.options.path =
            (info.parsedUrl.pathname || '') + (info.parsedUrl.search || '');
        info.options.method = method;
        info.options.headers = this._mergeHeaders(headers);
        if (this.userAgent != null) {
            info.options.headers['user-agent'] = this.userAgent;
        }
        info.options.agent = this._getAgent(info.parsedUrl);
        // gives handlers an opportunity to participate
        if (this.handlers) {
            for (const handler of this.handlers) {
                handler.prepareRequest(info.options);
            }
        }
        return info;
    }
    _mergeHeaders(headers) {
        if (this.requestOptions && this.requestOptions.headers) {
            return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
        }
        return lowercaseKeys(headers || {});
    }
    /**
     * Gets an existing header value or returns a default.
     * Handles converting number header values to strings since HTTP headers must be strings.
     * Note: This returns string | string[] since some headers can have multiple values.
     * For headers that must always be a single string (like Content-Type), use the
     * specialized _getExistingOrDefaultContentTypeHeader method instead.
     */
    _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
            if (headerValue) {
                clientHeader =
                    typeof headerValue === 'number' ? headerValue.toString() : headerValue;
            }
        }
        const additionalValue = additionalHeaders[header];
        if (additionalValue !== undefined) {
            return typeof additionalValue === 'number'
                ? additionalValue.toString()
                : additionalValue;
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    /**
     * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
     * Always returns a single string (not an array) since Content-Type should be a single value.
     * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
     * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
     * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
     */
    _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
            if (headerValue) {
                if (typeof headerValue === 'number') {
                    clientHeader = String(headerValue);
                }
                else if (Array.isArray(headerValue)) {
                    clientHeader = headerValue.join(', ');
                }
                else {
                    clientHeader = headerValue;
                }
            }
        }
        const additionalValue = additionalHeaders[Headers.ContentType];
        // Return the first non-undefined value, converting numbers or arrays to strings if necessary
        if (additionalValue !== undefined) {
            if (typeof additionalValue === 'number') {
                return String(additionalValue);
            }
            else if (Array.isArray(additionalValue)) {
                return additionalValue.join(', ');
            }
            else {
                return additionalValue;
            }
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    _getAgent(parsedUrl) {
        let agent;
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (this._keepAlive && useProxy) {
            agent = this._proxyAgent;
        }
        if (!useProxy) {
            agent = this._agent;
        }
        // if agent is already assigned use that agent.
        if (agent) {
            return agent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        let maxSockets = 100;
        if (this.requestOptions) {
            maxSockets = this.requestOptions.maxSockets || external_http_.globalAgent.maxSockets;
        }
        // This is `useProxy` again, but we need to check `proxyURl` directly for TypeScripts's flow analysis.
        if (proxyUrl && proxyUrl.hostname) {
            const agentOptions = {
                maxSockets,
                keepAlive: this._keepAlive,
                proxy: Object.assign(Object.assign({}, ((proxyUrl.username || proxyUrl.password) && {
                    proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
                })), { host: proxyUrl.hostname, port: proxyUrl.port })
            };
            let tunnelAgent;
            const overHttps = proxyUrl.protocol === 'https:';
            if (usingSsl) {
                tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
            }
            else {
                tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
            }
            agent = tunnelAgent(agentOptions);
            this._proxyAgent = agent;
        }
        // if tunneling agent isn't assigned create a new agent
        if (!agent) {
            const options = { keepAlive: this._keepAlive, maxSockets };
            agent = usingSsl ? new external_https_.Agent(options) : new external_http_.Agent(options);
            this._agent = agent;
        }
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            agent.options = Object.assign(agent.options || {}, {
                rejectUnauthorized: false
            });
        }
        return agent;
    }
    _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
        let proxyAgent;
        if (this._keepAlive) {
            proxyAgent = this._proxyAgentDispatcher;
        }
        // if agent is already assigned use that agent.
        if (proxyAgent) {
            return proxyAgent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        proxyAgent = new ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, ((proxyUrl.username || proxyUrl.password) && {
            token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString('base64')}`
        })));
        this._proxyAgentDispatcher = proxyAgent;
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
                rejectUnauthorized: false
            });
        }
        return proxyAgent;
    }
    _getUserAgentWithOrchestrationId(userAgent) {
        const baseUserAgent = userAgent || 'actions/http-client';
        const orchId = process.env['ACTIONS_ORCHESTRATION_ID'];
        if (orchId) {
            // Sanitize the orchestration ID to ensure it contains only valid characters
            // Valid characters: 0-9, a-z, _, -, .
            const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, '_');
            return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
        }
        return baseUserAgent;
    }
    _performExponentialBackoff(retryNumber) {
        return __awaiter(this, void 0, void 0, function* () {
            retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
            const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
            return new Promise(resolve => setTimeout(() => resolve(), ms));
        });
    }
    _processResponse(res, options) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                const statusCode = res.message.statusCode || 0;
                const response = {
                    statusCode,
                    result: null,
                    headers: {}
                };
                // not found leads to null obj returned
                if (statusCode === HttpCodes.NotFound) {
                    resolve(response);
                }
                // get the result from the body
                function dateTimeDeserializer(key, value) {
                    if (typeof value === 'string') {
                        const a = new Date(value);
                        if (!isNaN(a.valueOf())) {
                            return a;
                        }
                    }
                    return value;
                }
                let obj;
                let contents;
                try {
                    contents = yield res.readBody();
                    if (contents && contents.length > 0) {
                        if (options && options.deserializeDates) {
                            obj = JSON.parse(contents, dateTimeDeserializer);
                        }
                        else {
                            obj = JSON.parse(contents);
                        }
                        response.result = obj;
                    }
                    response.headers = res.message.headers;
                }
                catch (err) {
                    // Invalid resource (contents not json);  leaving result obj null
                }
                // note that 3xx redirects are handled by the http layer.
                if (statusCode > 299) {
                    let msg;
                    // if exception/error in body, attempt to get better error
                    if (obj && obj.message) {
                        msg = obj.message;
                    }
                    else if (contents && contents.length > 0) {
                        // it may be the case that the exception is in the body message as string
                        msg = contents;
                    }
                    else {
                        msg = `Failed request: (${statusCode})`;
                    }
                    const err = new HttpClientError(msg, statusCode);
                    err.result = response.result;
                    reject(err);
                }
                else {
                    resolve(response);
                }
            }));
        });
    }
}
const lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => ((c[k.toLowerCase()] = obj[k]), c), {});
//# sourceMappingURL=index.js.map
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
// EXTERNAL MODULE: ./src/shared/untrusted-text.ts
var untrusted_text = __nccwpck_require__(371);
// EXTERNAL MODULE: ./src/core/words.ts
var words = __nccwpck_require__(7522);
// EXTERNAL MODULE: ./src/platform/clock.ts + 1 modules
var clock = __nccwpck_require__(5960);
// EXTERNAL MODULE: ./src/platform/retry.ts
var retry = __nccwpck_require__(385);
;// CONCATENATED MODULE: ./src/platform/http.ts
// The one place that talks HTTP. `@actions/http-client` supplies the proxy support runners
// need (https_proxy, no_proxy); the rest is done here because the library's own handling
// does not fit: it strips only an `Authorization` header on a cross-host redirect (Kore.ai's
// credential travels in `auth`), and its readBody() never settles when a connection drops
// mid-answer. Each request gets a fresh client, so nothing carries over between requests.
// The export download goes the same way: one path, proxies and redirects alike.







const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;
/** Larger API answers are not Kore.ai's, and not worth holding in memory. */
const MAX_API_BODY_BYTES = 16 * 1024 * 1024;
/** No usable answer: refused, reset, timed out. Says where, never with the query. */
class NetworkError extends retry/* TransientError */.N_ {
    notSent;
    constructor(where, reason, 
    /** The connection was refused: the request cannot have reached the platform. */
    notSent = false) {
        super((0,words/* say */.cv) `${where}: ${reason}`);
        this.notSent = notSent;
        this.name = 'NetworkError';
    }
}
/** A failure another try will not mend: a host name that does not resolve, a refused certificate. */
class ConnectionSetupError extends errors/* CoreError */.am {
    constructor(message) {
        super('network', message);
        this.name = 'ConnectionSetupError';
    }
}
/** OpenSSL's and Node's codes for a certificate that was not accepted. */
const CERTIFICATE_CODES = /^(CERT_|ERR_TLS_CERT|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|ERR_SSL_)/;
/**
 * A signal that aborts with `parent`, or after `ms` with the error `onTimeout` makes: one
 * answer, headers and body alike, gets no more than that however slowly it trickles in.
 */
function withTimeLimit(parent, ms, onTimeout) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(onTimeout()), ms);
    const follow = () => controller.abort(parent?.reason);
    if (parent?.aborted)
        follow();
    parent?.addEventListener('abort', follow, { once: true });
    return {
        signal: controller.signal,
        clear: () => {
            clearTimeout(timer);
            parent?.removeEventListener('abort', follow);
        }
    };
}
/** This machine: the only place plain http may go. */
function isLoopback(hostname) {
    return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}
/** Refuses links the action must not follow: anything but https, and plain http elsewhere than this machine. */
function checkLink(url, what) {
    if (url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url.hostname))) {
        if (url.username || url.password)
            throw new ConnectionSetupError(`${what} carries a user name or password (${(0,untrusted_text/* plain */.pj)(describeUrl(url), 200)}); refused.`);
        return;
    }
    const shown = url.protocol === 'http:' ? (0,untrusted_text/* plain */.pj)(describeUrl(url), 200) : (0,untrusted_text/* plain */.pj)(url.protocol, 20);
    throw new ConnectionSetupError(`${what} is ${shown}, which the action refuses: only https:// links are followed (plain http:// only to this machine), so the export cannot be read or redirected in the clear. If this keeps happening, the platform's answer has been tampered with.`);
}
async function send(request, { auth, timeoutMs, signal, log }) {
    let url = new URL(request.url);
    // Once another host has had a say (it redirected us), no request carries the token: not
    // even one to the platform's own host, where that host's redirect could point anywhere.
    let onlyPlatformSoFar = true;
    for (let hop = 0;; hop++) {
        const headers = { ...request.headers };
        if (auth && url.origin !== auth.origin)
            onlyPlatformSoFar = false;
        if (auth && onlyPlatformSoFar)
            headers.auth = auth.token();
        // The signal reaches Node's request, so an abort really closes the socket.
        const handlers = signal ? [withSignal(signal)] : [];
        const client = new HttpClient('kore-bot-export', handlers, {
            allowRedirects: false,
            allowRetries: false,
            socketTimeout: timeoutMs
        });
        let response;
        const started = Date.now();
        try {
            response = await abortable(client.request(request.method, url.href, requestBody(request, headers), headers), signal, () => { });
        }
        catch (error) {
            if (error instanceof clock/* CancelledError */.cc || error instanceof retry/* TransientError */.N_)
                throw error;
            log.debug(`${request.method} ${(0,untrusted_text/* plain */.pj)(describeUrl(url))} failed after ${Date.now() - started} ms`);
            throw classifyFailure(`${request.method} ${describeUrl(url)}`, url, error);
        }
        const message = response.message;
        const status = message.statusCode ?? 0;
        // Shown with the runner's debug logging: never the query (signed links) nor a header.
        log.debug(`${request.method} ${(0,untrusted_text/* plain */.pj)(describeUrl(url))} → ${status} in ${Date.now() - started} ms`);
        const location = message.headers.location;
        if (!REDIRECT_STATUSES.has(status) || !location || request.method !== 'GET')
            return { method: request.method, message, status, url };
        message.resume();
        url = nextHop(url, location, hop);
    }
}
/** Where a redirect leads, if the action may follow it. Neither refusal gets better with another try: plain errors, not retried. */
function nextHop(url, location, hop) {
    let next;
    try {
        next = new URL(location, url);
    }
    catch {
        throw new ConnectionSetupError(`GET ${(0,untrusted_text/* plain */.pj)(describeUrl(url))} redirected to something that is not a URL.`);
    }
    if (hop >= MAX_REDIRECTS)
        throw new ConnectionSetupError(`GET ${(0,untrusted_text/* plain */.pj)(describeUrl(url))}: more than ${MAX_REDIRECTS} redirects`);
    if (url.protocol === 'https:' && next.protocol !== 'https:') {
        throw new ConnectionSetupError(`GET ${(0,untrusted_text/* plain */.pj)(describeUrl(url))} was redirected from https to ${(0,untrusted_text/* plain */.pj)(next.protocol, 20)}//${(0,untrusted_text/* plain */.pj)(next.host, 200)}, which is refused: it would send the download in the clear.`);
    }
    checkLink(next, `GET ${(0,untrusted_text/* plain */.pj)(describeUrl(url))} redirected to a link that`);
    return next;
}
/** http-client writes text as UTF-8 and pipes anything else: bytes go as a stream of their exact length. */
function requestBody(request, headers) {
    if (request.body === undefined)
        return null;
    if (typeof request.body === 'string')
        return request.body;
    headers['content-length'] = request.body.length;
    return external_node_stream_.Readable.from([request.body]);
}
/** The whole body as text; a body cut off or too large is a NetworkError. */
async function readText({ method, url, message }, signal) {
    const where = `${method} ${describeUrl(url)}`;
    const pieces = [];
    let size = 0;
    const reading = new Promise((resolve, reject) => {
        message.on('data', (piece) => {
            size += piece.length;
            if (size > MAX_API_BODY_BYTES)
                message.destroy(new NetworkError(where, `answer larger than ${MAX_API_BODY_BYTES} bytes`));
            else
                pieces.push(piece);
        });
        message.once('end', resolve);
        message.once('error', reject);
        message.once('close', () => message.readableEnded ? resolve() : reject(new Error('the connection closed before the end of the answer')));
    });
    try {
        await abortable(reading, signal, () => message.destroy(new clock/* CancelledError */.cc()));
        return Buffer.concat(pieces).toString('utf8');
    }
    catch (error) {
        if (error instanceof retry/* TransientError */.N_ || error instanceof clock/* CancelledError */.cc)
            throw error;
        throw new NetworkError(where, `the answer was cut off (${describeNetworkFailure(error)})`);
    }
}
function withSignal(signal) {
    return {
        prepareRequest: options => Object.assign(options, { signal }),
        canHandleAuthentication: () => false,
        handleAuthentication: () => Promise.reject(new Error('not an authentication handler'))
    };
}
/** A host that does not resolve and a refused certificate are not retried: they say what to check. */
function classifyFailure(where, url, error) {
    const { code } = error;
    const reason = describeNetworkFailure(error);
    if (code === 'ENOTFOUND') {
        return new ConnectionSetupError((0,words/* say */.cv) `${(0,untrusted_text/* plain */.pj)(where)}: the host name ${(0,untrusted_text/* plain */.pj)(url.hostname, 200)} does not resolve (ENOTFOUND). Check ${(0,words/* setting */.Pe)('host')} for a typo (e.g. https://platform.kore.ai); behind a proxy, check https_proxy and no_proxy.`);
    }
    if (code && CERTIFICATE_CODES.test(code)) {
        return new ConnectionSetupError((0,words/* say */.cv) `${(0,untrusted_text/* plain */.pj)(where)}: the TLS certificate of ${(0,untrusted_text/* plain */.pj)(url.host, 200)} was not accepted (${reason}). Check that ${(0,words/* setting */.Pe)('host')} is the platform's address; behind a proxy that inspects TLS, give its CA certificate to Node with NODE_EXTRA_CA_CERTS.`);
    }
    return new NetworkError(where, reason, code === 'ECONNREFUSED');
}
/** Origin and path only: a signed URL keeps its signature in the query. */
function describeUrl(url) {
    return `${url.origin}${url.pathname}`;
}
/** One line, whatever the error: OpenSSL's messages span several. */
function describeNetworkFailure(error) {
    const { code, message } = error;
    // http-client's own timeout message carries the request path with its query.
    if (message?.startsWith('Request timeout'))
        return (0,words/* say */.cv) `no answer in time (${(0,words/* setting */.Pe)('request-timeout')})`;
    if (code)
        return (0,untrusted_text/* plain */.pj)(message?.includes(code) ? message : `${code}${message ? ` (${message})` : ''}`, 300);
    return (0,untrusted_text/* plain */.pj)(message ?? String(error), 300);
}
/** Why a signal aborted: a time limit's own error, else the runner's cancellation. */
function abortReason(signal) {
    return signal.reason instanceof retry/* TransientError */.N_ || signal.reason instanceof clock/* CancelledError */.cc
        ? signal.reason
        : new clock/* CancelledError */.cc();
}
/** Settles with `promise`, or rejects with the abort reason as soon as `signal` aborts. */
function abortable(promise, signal, onAbort) {
    if (!signal)
        return promise;
    if (signal.aborted) {
        onAbort();
        return Promise.reject(abortReason(signal));
    }
    return new Promise((resolve, reject) => {
        const stop = () => {
            onAbort();
            reject(abortReason(signal));
        };
        signal.addEventListener('abort', stop, { once: true });
        promise.then(value => {
            signal.removeEventListener('abort', stop);
            resolve(value);
        }, error => {
            signal.removeEventListener('abort', stop);
            reject(error);
        });
    });
}


/***/ }),

/***/ 8868:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  qc: () => (/* binding */ KoreApiError),
  Ng: () => (/* binding */ connect),
  OW: () => (/* binding */ isJsonObject)
});

// UNUSED EXPORTS: KoreClient

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
;// CONCATENATED MODULE: ./src/core/host.ts
/** A log that drops everything: for code paths that log nothing worth seeing. */
const silentLog = {
    debug: () => { },
    info: () => { },
    warning: () => { },
    error: () => { },
    mask: () => { },
    debugging: false
};

// EXTERNAL MODULE: ./src/shared/untrusted-text.ts
var untrusted_text = __nccwpck_require__(371);
// EXTERNAL MODULE: ./src/core/words.ts
var words = __nccwpck_require__(7522);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/platform/auth.ts
// Kore.ai public APIs take a JWT in the `auth` header. Apps that enforce JTI reject a token
// whose jti was seen before, so a fresh token is signed for every request.

// Short-lived on purpose: a token only has to outlive the request it is signed for, and the
// platform allows at most one hour when JTI is enforced.
const TOKEN_LIFETIME_SECONDS = 5 * 60;
/** Loads the signer only once credentials have been read: a run that fails on its inputs never needs it. */
async function tokenSource(credentials, mask) {
    if (credentials.kind === 'token')
        return () => credentials.jwt;
    const { default: jwt } = await __nccwpck_require__.e(/* import() */ 653).then(__nccwpck_require__.t.bind(__nccwpck_require__, 9653, 23));
    // A key object made once: given the secret as text, jsonwebtoken first tries to read it as a
    // private key, then as a public key (two failed parses, milliseconds a token), before using it.
    const key = (0,external_node_crypto_.createSecretKey)(Buffer.from(credentials.clientSecret, 'utf8'));
    return () => {
        const token = jwt.sign({ appId: credentials.clientId, sub: 'kore-bot-export' }, key, {
            algorithm: 'HS256',
            expiresIn: TOKEN_LIFETIME_SECONDS,
            jwtid: (0,external_node_crypto_.randomUUID)()
        });
        mask(token);
        return token;
    };
}

// EXTERNAL MODULE: ./src/platform/clock.ts + 1 modules
var clock = __nccwpck_require__(5960);
// EXTERNAL MODULE: ./src/platform/poll.ts
var poll = __nccwpck_require__(7346);
// EXTERNAL MODULE: ./src/platform/http.ts + 3 modules
var http = __nccwpck_require__(3424);
// EXTERNAL MODULE: ./src/platform/retry.ts
var retry = __nccwpck_require__(385);
;// CONCATENATED MODULE: ./src/platform/kore-client.ts
// Kore.ai XO Platform public API: what each call sends, and what its answer means. Written
// to be reused by later features (bot import shares the auth, errors and transport).









/** An answer from the platform that another try will not change, with what to check. */
class KoreApiError extends errors/* CoreError */.am {
    status;
    constructor(message, status) {
        super('platform', message);
        this.status = status;
        this.name = 'KoreApiError';
    }
}
/** The one client of a run: a fresh token for every request, one deadline for all it asks. */
async function connect(connection, { host, clock, signal }) {
    return new KoreClient(connection.host, await tokenSource(connection.credentials, secret => host.mask(secret)), {
        retries: connection.retries,
        deadline: clock.now() + connection.timeoutMs,
        requestTimeoutMs: connection.requestTimeoutMs,
        clock,
        signal,
        log: host
    });
}
/** Each scope as the app's API scope settings name it. */
const SCOPE_PATH = {
    'Bot Export': 'Bot Export',
    'Bot Import': 'Bot Definition > Bot Import',
    'Bot Publish': 'Bot Publish > Publish',
    'Publish Status': 'Bot Publish > Publish Status'
};
class KoreClient {
    host;
    token;
    origin;
    retries;
    requestTimeoutMs;
    clock;
    signal;
    log;
    /** The platform has answered at least once in this run. */
    reached = false;
    /** Clock time after which no call is retried (the step's timeout). */
    deadline;
    constructor(
    /** Origin plus any path prefix, no trailing slash. */
    host, token, options = {}) {
        this.host = host;
        this.token = token;
        this.origin = new URL(host).origin;
        this.retries = options.retries ?? 5;
        this.deadline = options.deadline ?? Infinity;
        this.requestTimeoutMs = options.requestTimeoutMs ?? 30_000;
        this.clock = options.clock ?? clock/* systemClock */.ml;
        this.signal = options.signal;
        this.log = options.log ?? silentLog;
    }
    /**
     * Starts an export, once. Starting is not idempotent and a failed try may still have
     * started one (the connection dropped after sending, a gateway timed out), so before any
     * retry the status API is asked whether an export newer than the bot's previous one exists;
     * if so, that is this run's export.
     */
    async startExport(botId, body) {
        const previous = await this.previousExportId(botId);
        return (0,retry/* withRetries */.LH)('start the export', async (tryNumber) => {
            if (tryNumber > 1) {
                const latest = await this.exportStatusOnce(botId).catch(error => {
                    if (error instanceof KoreApiError && error.status === 404)
                        return undefined;
                    throw error;
                });
                if (latest && latest.id !== previous)
                    return latest;
            }
            const answer = await this.call({ method: 'POST', url: this.apiUrl(`bot/${encodeURIComponent(botId)}/export`), body: JSON.stringify(body) }, { what: 'start the export', botId, scope: 'Bot Export' });
            return parseExportStatus(answer, 'the export call');
        }, this.retryPolicy());
    }
    /** The bot's most recent export: the API takes no export id. */
    async exportStatus(botId) {
        return (0,retry/* withRetries */.LH)('read the export status', () => this.exportStatusOnce(botId), this.retryPolicy());
    }
    /**
     * A download link as the platform gave it: absolute, or relative to the host. Only https
     * (http to loopback) is followed; `file:`, `data:` and the like are refused here.
     */
    resolveUrl(link) {
        let url;
        try {
            url = new URL(link, `${this.host}/`);
        }
        catch {
            throw new KoreApiError((0,words/* say */.cv) `Kore.ai gave a download link that is not a URL. ${(0,words/* again */.TG)(true)}; if it keeps happening, the platform's export API has changed.`, 200);
        }
        (0,http/* checkLink */.tD)(url, "The export's download link");
        return url;
    }
    /**
     * Opens a download, from byte `from` on if given, and then only if the file is still the one
     * `ifRange` (its ETag or Last-Modified) names: the answer says whether the server honoured
     * the range. The `auth` header goes only to the platform's own origin, and never after a
     * redirect from elsewhere: storage links are signed and must not see the token. Not retried
     * here: the download retries as a whole.
     */
    async openDownload(url, options = {}) {
        const timeoutMs = options.timeoutMs ?? this.requestTimeoutMs;
        // The headers within the time limit; the body is watched by the download's stall timer.
        const limit = (0,http/* withTimeLimit */.Bv)(this.signal, timeoutMs, () => new http/* NetworkError */.Dr(`GET ${(0,http/* describeUrl */.Ng)(url)}`, (0,words/* say */.cv) `no answer within ${(0,clock/* formatDuration */.a3)(timeoutMs)} (${(0,words/* setting */.Pe)('request-timeout')})`));
        const headers = {};
        if (options.from)
            headers.range = `bytes=${options.from}-`;
        if (options.from && options.ifRange)
            headers['if-range'] = options.ifRange;
        try {
            const answer = await (0,http/* send */.tN)({ method: 'GET', url: url.href, headers }, { auth: { origin: this.origin, token: this.token }, timeoutMs, signal: limit.signal, log: this.log });
            if (answer.status === 200 || answer.status === 206)
                return answer;
            const text = await (0,http/* readText */.yR)(answer, limit.signal).catch(() => '');
            const said = platformMessage(text);
            const message = `HTTP ${answer.status} from ${(0,untrusted_text/* plain */.pj)((0,http/* describeUrl */.Ng)(answer.url))}${said ? `: ${said}` : ''}`;
            if (isTransient(answer.status, said))
                throw transientError(answer.status, answer.message.headers['retry-after'], message, said);
            throw new KoreApiError((0,words/* say */.cv) `Downloading the export failed (${message}). The download link may have expired: ${(0,words/* again */.TG)()}.`, answer.status);
        }
        finally {
            limit.clear();
        }
    }
    /**
     * Uploads one file for an import (`fileContext=bulkImport`) and returns its file id. Like
     * every call that makes something on the platform, it is repeated only when the platform
     * cannot have received it (see `unlessReceived`).
     */
    async uploadFile(botId, file) {
        const form = new FormData();
        form.append('file', new Blob([new Uint8Array(file.bytes)]), file.name);
        form.append('fileContext', 'bulkImport');
        form.append('fileExtension', file.name.slice(file.name.lastIndexOf('.') + 1).toLowerCase());
        // The standard encoder writes the multipart body and its boundary.
        const encoded = new Response(form);
        const body = Buffer.from(await encoded.arrayBuffer());
        const contentType = encoded.headers.get('content-type') ?? '';
        const what = `upload ${file.name}`;
        const answer = await this.unlessReceived(what, () => this.call({ method: 'POST', url: this.apiUrl('uploadfile'), body, headers: { 'content-type': contentType } }, { what, botId, scope: 'Bot Import' }));
        const fileId = isJsonObject(answer) ? answer.fileId : undefined;
        // Sent back to the platform in the import request: taken only as the id it should be.
        if (typeof fileId !== 'string' || !/^[A-Za-z0-9._-]{1,200}$/.test(fileId)) {
            throw new KoreApiError(`Kore.ai answered the upload of ${(0,untrusted_text/* plain */.pj)(file.name)} without a usable file id (fileId): ${describeRecord(answer)}.`, 200);
        }
        return fileId;
    }
    /** Starts an import into `botId`, once (an import changes the bot: never repeated on a guess). */
    async startImport(botId, body) {
        const what = 'start the import';
        const answer = await this.unlessReceived(what, () => this.call({ method: 'POST', url: this.apiUrl(`bot/${encodeURIComponent(botId)}/import`), body: JSON.stringify(body) }, { what, botId, scope: 'Bot Import' }));
        return parseImportStatus(answer, 'the import call');
    }
    /** One import's status, by its id (`bir-…`). */
    async importStatus(botId, importId) {
        const what = 'read the import status';
        const answer = await (0,retry/* withRetries */.LH)(what, () => this.call({ method: 'GET', url: this.apiUrl(`bot/import/status/${encodeURIComponent(importId)}`) }, { what, botId, scope: 'Bot Import' }), this.retryPolicy());
        const status = parseImportStatus(answer, 'the import status call', importId);
        if (status.id !== importId)
            throw new KoreApiError(`Kore.ai answered the status of import ${importId} with the status of another import (${status.id}).`, 200);
        return status;
    }
    /** Publishes the bot's in-development version, once. */
    async publish(botId, body) {
        const what = 'publish the bot';
        const answer = await this.unlessReceived(what, () => this.call({ method: 'POST', url: this.apiUrl(`bot/${encodeURIComponent(botId)}/publish`), body: JSON.stringify(body) }, { what, botId, scope: 'Bot Publish' }));
        return parsePublishAnswer(answer);
    }
    /**
     * The bot's publish status. The API takes no publish id: it answers with "the publish status of
     * a given bot or the last completed status request", which may be an earlier publish.
     */
    async publishStatus(botId) {
        const what = 'read the publish status';
        const answer = await (0,retry/* withRetries */.LH)(what, () => this.call({ method: 'GET', url: this.apiUrl(`bot/${encodeURIComponent(botId)}/publish/status`) }, { what, botId, scope: 'Publish Status' }), this.retryPolicy());
        return parsePublishStatus(answer);
    }
    /** The publish status before this run publishes: undefined for a bot never published (404, or a record without a status). */
    async lastPublishStatus(botId) {
        try {
            return await this.publishStatus(botId);
        }
        catch (error) {
            if (error instanceof KoreApiError && (error.status === 404 || error.status === 200))
                return undefined;
            throw error;
        }
    }
    /**
     * Tries a call that makes something on the platform again only when the first try cannot
     * have reached it, or the platform said it did nothing: a refused connection, a rate limit,
     * 503. A dropped connection or a gateway timeout may come after the work was done, and an
     * import or publish done twice is not harmless, so those stop the step with what to check.
     */
    unlessReceived(what, attempt) {
        return (0,retry/* withRetries */.LH)(what, async () => {
            try {
                return await attempt();
            }
            catch (error) {
                if (!(error instanceof retry/* TransientError */.N_))
                    throw error;
                const refused = (error instanceof http/* NetworkError */.Dr && error.notSent) ||
                    error.details.rateLimited ||
                    error.details.status === 503;
                if (refused)
                    throw error;
                throw new KoreApiError((0,words/* say */.cv) `Could not ${what}: ${error.message}. The platform may have received the request before the answer was lost, so it is not sent again on a guess: check the bot in the Builder (its import and publish history), then ${(0,words/* again */.TG)()}.`, 0);
            }
        }, this.retryPolicy());
    }
    retryPolicy() {
        return { retries: this.retries, deadline: this.deadline, clock: this.clock, signal: this.signal, log: this.log };
    }
    async exportStatusOnce(botId) {
        const answer = await this.call({ method: 'GET', url: this.apiUrl(`bot/${encodeURIComponent(botId)}/export/status`) }, { what: 'read the export status', botId, scope: 'Bot Export' });
        return parseExportStatus(answer, 'the export status call');
    }
    /** The id of the bot's newest export before this run, if the status API can tell. */
    async previousExportId(botId) {
        try {
            return (await this.exportStatus(botId)).id;
        }
        catch (error) {
            // A bot never exported may answer with an error or an empty record; only a refusal
            // of the credentials is worth stopping for here, and the export call reports the rest.
            if (error instanceof KoreApiError && error.status !== 401 && error.status !== 403)
                return undefined;
            throw error;
        }
    }
    apiUrl(path) {
        return `${this.host}/api/public/${path}`;
    }
    /** One try of an API call: the parsed JSON of a 2xx answer, or an error saying what to do. */
    async call(request, context) {
        // Never wait for an answer past the deadline: a hanging platform must not stretch the step.
        // The limit covers the whole answer, so a platform trickling one byte a second is cut off too.
        const left = this.deadline - this.clock.now();
        const timeoutMs = Math.max(1_000, Math.min(this.requestTimeoutMs, left));
        const where = `${request.method} ${(0,http/* describeUrl */.Ng)(new URL(request.url))}`;
        const bound = (0,words/* setting */.Pe)(timeoutMs < this.requestTimeoutMs ? 'timeout' : 'request-timeout');
        const limit = (0,http/* withTimeLimit */.Bv)(this.signal, timeoutMs, () => new http/* NetworkError */.Dr(where, (0,words/* say */.cv) `no complete answer within ${(0,clock/* formatDuration */.a3)(timeoutMs)} (${bound})`));
        let answer;
        let text;
        try {
            answer = await (0,http/* send */.tN)({ ...request, headers: { 'content-type': 'application/json', accept: 'application/json', ...request.headers } }, { auth: { origin: this.origin, token: this.token }, timeoutMs, signal: limit.signal, log: this.log });
            this.reached = true;
            text = await (0,http/* readText */.yR)(answer, limit.signal);
        }
        catch (error) {
            // A host that refuses the very first connection is a wrong host or port, not a platform
            // restarting: say so at once rather than retry for the whole time limit. Once it has
            // answered, a refused connection is worth another try.
            if (error instanceof http/* NetworkError */.Dr && error.notSent && !this.reached) {
                throw new errors/* CoreError */.am('network', (0,words/* say */.cv) `Cannot reach ${this.host}: ${error.words}. Check ${(0,words/* setting */.Pe)('host')} (the platform's address, e.g. https://platform.kore.ai); behind a proxy, check https_proxy and no_proxy.`, { host: this.host });
            }
            throw error;
        }
        finally {
            limit.clear();
        }
        const said = platformMessage(text);
        if (answer.status >= 200 && answer.status < 300 && !isRateLimit(answer.status, said)) {
            try {
                return JSON.parse(text);
            }
            catch {
                // A login page or a proxy's error page: worth another try, and worth saying so.
                throw new retry/* TransientError */.N_((0,words/* say */.cv) `HTTP ${answer.status} with a body that is not JSON (${preview(text)}); check that ${(0,words/* setting */.Pe)('host')} (${this.host}) is the Kore.ai platform`);
            }
        }
        if (isTransient(answer.status, said))
            throw transientError(answer.status, answer.message.headers['retry-after'], `HTTP ${answer.status}${said ? `: ${said}` : ''}`, said);
        throw apiError(answer.status, said, platformCode(text), context, this.host);
    }
}
/** Kore.ai says "rate limit" in its message, whatever the status code it sends it with. */
function isRateLimit(status, said) {
    return status === 429 || /rate.?limit/i.test(said ?? '');
}
function isTransient(status, said) {
    return status === 408 || status >= 500 || isRateLimit(status, said);
}
function transientError(status, retryAfter, message, said) {
    return new retry/* TransientError */.N_(message, {
        retryAfterMs: (0,retry/* parseRetryAfter */.mu)(retryAfter, Date.now()),
        rateLimited: isRateLimit(status, said),
        status
    });
}
/** Export works with an App Builder app; import and publish need an Admin Console app. */
const APP_KIND = {
    'Bot Export': 'a App Builder app (App Settings > Dev Tools) or an Admin Console app (Admin Console > API Scopes)',
    'Bot Import': 'an Admin Console app (Admin Console > API Scopes; App Builder apps cannot import)',
    'Bot Publish': 'an Admin Console app (Admin Console > API Scopes; App Builder apps cannot publish)',
    'Publish Status': 'an Admin Console app (Admin Console > API Scopes; App Builder apps cannot read the publish status)'
};
function apiError(status, said, code, context, host) {
    const head = `Kore.ai refused to ${context.what} (HTTP ${status}${said ? `: ${said}` : ''}).`;
    const { scope } = context;
    let advice;
    if (/invalid\s*stream\s*id/i.test(said ?? '')) {
        // The platform's words for a bot id its account does not hold: nothing to do with the file.
        advice = (0,words/* say */.cv) `Check ${(0,words/* setting */.Pe)('bot-id')} (${context.botId}): the platform knows no bot of that id in the account the app (${(0,words/* setting */.Pe)('client-id')}) belongs to. Use the Bot ID from App Builder > General Settings of the target bot, with an app of that bot's account, on its ${(0,words/* setting */.Pe)('host')} (${host}).`;
        return new KoreApiError((0,words/* say */.cv) `${head} ${advice}`, status);
    }
    if ((code === 4002 || status === 401 || status === 403) && /scope/i.test(said ?? '')) {
        advice = (0,words/* say */.cv) `The app lacks the ${SCOPE_PATH[scope]} scope this call needs: in Admin Console > API Scopes, map it to the app of ${(0,words/* setting */.Pe)('client-id')} and publish the scopes. The import needs ${SCOPE_PATH['Bot Import']}; a publish also ${SCOPE_PATH['Bot Publish']} and ${SCOPE_PATH['Publish Status']}; verify and dry-run also ${SCOPE_PATH['Bot Export']}.`;
        return new KoreApiError((0,words/* say */.cv) `${head} ${advice}`, status);
    }
    switch (status) {
        case 401:
            advice = (0,words/* say */.cv) `Check that ${(0,words/* setting */.Pe)('client-id')} and ${(0,words/* setting */.Pe)('client-secret')} belong to the same app, that it is ${APP_KIND[scope]} with the ${scope} API scope mapped and published, and that ${(0,words/* setting */.Pe)('host')} (${host}) is the platform the app lives on.`;
            break;
        case 403:
            advice = `The app is not allowed to ${context.what} for bot ${context.botId}: it must be ${APP_KIND[scope]} with the ${scope} scope mapped and published, and have access to this bot.`;
            break;
        case 404:
            advice = (0,words/* say */.cv) `Check ${(0,words/* setting */.Pe)('bot-id')} (${context.botId}, see App Builder > General Settings) and ${(0,words/* setting */.Pe)('host')} (${host}); bots on a regional platform need its host, e.g. https://eu-bots.kore.ai.`;
            break;
        case 412:
            advice = (0,words/* say */.cv) `The platform's validation did not accept it${said ? `: ${said}` : ' and gave no reason'}. Fix what it names, then ${(0,words/* again */.TG)()}.`;
            break;
        case 400:
        case 422:
            advice =
                scope === 'Bot Export'
                    ? (0,words/* say */.cv) `Check ${(0,words/* setting */.Pe)('export-type')}, the component settings and ${(0,words/* setting */.Pe)('export-options')} against the Bot Export API.`
                    : scope === 'Bot Import'
                        ? (0,words/* say */.cv) `Check that ${(0,words/* setting */.Pe)('from')} is an export of a bot for this platform version, and the component settings and ${(0,words/* setting */.Pe)('import-options')} against the Bot Import API.`
                        : 'Check that the bot has at least one channel enabled and that its in-development version has something to publish.';
            break;
        default:
            advice = `Check the inputs against the ${scope} API documentation.`;
    }
    return new KoreApiError((0,words/* say */.cv) `${head} ${advice}`, status);
}
/** The platform's own code in an error answer (`errors[0].code`, or `code`): 4002 is a scope refused. */
function platformCode(text) {
    let body;
    try {
        body = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    if (!isJsonObject(body))
        return undefined;
    const first = Array.isArray(body.errors) && isJsonObject(body.errors[0]) ? body.errors[0].code : body.code;
    const code = Number(first);
    return Number.isSafeInteger(code) ? code : undefined;
}
/** The message in an error answer: `errors[0].msg` as documented, or any other usual place; one safe line. */
function platformMessage(text) {
    let body;
    try {
        body = JSON.parse(text);
    }
    catch {
        return text.trim() ? preview(text) : undefined;
    }
    const found = isJsonObject(body) ? findMessage(body) : undefined;
    return found === undefined ? undefined : (0,untrusted_text/* plain */.pj)(found, 500);
}
function findMessage(body, depth = 0) {
    if (depth > 8)
        return undefined;
    const fromList = (list) => {
        if (!Array.isArray(list))
            return undefined;
        const messages = list
            .slice(0, 20)
            .map(item => (typeof item === 'string' ? item : isJsonObject(item) ? findMessage(item, depth + 1) : undefined));
        const found = messages.filter((message) => Boolean(message));
        return found.length > 0 ? found.join('; ') : undefined;
    };
    for (const key of ['msg', 'message', 'reason', 'error', 'errorMessage', 'description']) {
        const value = body[key];
        if (typeof value === 'string' && value.trim())
            return value.trim();
        if (isJsonObject(value)) {
            const nested = findMessage(value, depth + 1);
            if (nested)
                return nested;
        }
    }
    return fromList(body.errors) ?? fromList(body.statusLogs);
}
function parseExportStatus(body, source) {
    if (!isJsonObject(body)) {
        throw new KoreApiError(`Kore.ai answered ${source} with ${describeRecord(body)}, not with an export record.`, 200);
    }
    const id = body._id;
    const status = body.status;
    if (typeof id !== 'string' || !id) {
        throw new KoreApiError(`Kore.ai answered ${source} without an export id (_id): ${describeRecord(body)}.`, 200);
    }
    if (typeof status !== 'string' || !status) {
        throw new KoreApiError(`Kore.ai answered ${source} for export ${id} without a status.`, 200);
    }
    const fileSize = Number(body.fileSize);
    const reason = findMessage(body);
    // Ids, statuses and reasons reach the log, the outputs and the summary: one safe line each.
    return {
        id: (0,untrusted_text/* plain */.pj)(id, 200),
        status: (0,untrusted_text/* statusWord */.Hm)(status),
        createdOn: typeof body.createdOn === 'string' ? body.createdOn : undefined,
        downloadUrl: typeof body.downloadURL === 'string' && body.downloadURL ? body.downloadURL : undefined,
        fileSize: body.fileSize !== undefined && body.fileSize !== '' && Number.isSafeInteger(fileSize) && fileSize >= 0
            ? fileSize
            : undefined,
        reason: reason === undefined ? undefined : (0,untrusted_text/* plain */.pj)(reason, 500)
    };
}
function parseImportStatus(body, source, expectedId) {
    if (!isJsonObject(body))
        throw new KoreApiError(`Kore.ai answered ${source} with ${describeRecord(body)}, not with an import record.`, 200);
    const id = typeof body._id === 'string' && body._id ? body._id : expectedId;
    if (!id)
        throw new KoreApiError(`Kore.ai answered ${source} without an import id (_id): ${describeRecord(body)}.`, 200);
    if (typeof body.status !== 'string' || !body.status)
        throw new KoreApiError(`Kore.ai answered ${source} for import ${(0,untrusted_text/* plain */.pj)(id, 200)} without a status.`, 200);
    const logs = Array.isArray(body.statusLogs) ? body.statusLogs.slice(0, 1000) : [];
    const statusLogs = logs.filter(isJsonObject).map(log => ({
        taskType: (0,untrusted_text/* plain */.pj)(String(log.taskType ?? ''), 100),
        taskName: (0,untrusted_text/* plain */.pj)(String(log.taskName ?? ''), 200),
        status: (0,untrusted_text/* statusWord */.Hm)(String(log.status ?? ''))
    }));
    // The platform's reason, but never from statusLogs: its first entry says success while pending.
    const reason = findMessage({ ...body, statusLogs: undefined });
    return {
        id: (0,untrusted_text/* plain */.pj)(id, 200),
        status: (0,untrusted_text/* statusWord */.Hm)(body.status),
        statusLogs,
        reason: reason === undefined ? undefined : (0,untrusted_text/* plain */.pj)(reason, 500)
    };
}
/** The publish answer: documented as an array of per-resource results; an object holding one is read too. */
function parsePublishAnswer(body) {
    const list = Array.isArray(body)
        ? body
        : isJsonObject(body)
            ? ([body.result, body.resources, body.data].find(Array.isArray) ?? [body])
            : undefined;
    if (!list)
        throw new KoreApiError(`Kore.ai answered the publish call with ${describeRecord(body)}, not with the resources it published.`, 200);
    return list
        .slice(0, 1000)
        .filter(isJsonObject)
        .map(item => {
        const result = isJsonObject(item.result) ? item.result : {};
        const text = (value, max = 200) => typeof value === 'string' || typeof value === 'number' ? (0,untrusted_text/* plain */.pj)(String(value), max) : '';
        return {
            type: text(item.resourceType, 100),
            id: text(item.resourceId),
            name: text(item.resourceName ?? item.name ?? result.name ?? result.resourceName),
            status: (0,untrusted_text/* statusWord */.Hm)(text(item.status, 100)),
            state: (0,untrusted_text/* statusWord */.Hm)(text(result.state ?? item.state, 100))
        };
    });
}
function parsePublishStatus(body) {
    if (!isJsonObject(body) || typeof body.status !== 'string' || !body.status) {
        throw new KoreApiError(`Kore.ai answered the publish status call with ${describeRecord(body)}, without a status.`, 200);
    }
    const percent = body.percentageComplete === undefined || body.percentageComplete === null || body.percentageComplete === ''
        ? NaN
        : Number(body.percentageComplete);
    const entries = (Array.isArray(body.statusSummary) ? body.statusSummary.slice(0, 50) : []).map(summaryEntry);
    const requested = typeof body.requestedTime === 'string' ? Date.parse(body.requestedTime) : NaN;
    return {
        id: typeof body._id === 'string' && body._id ? (0,untrusted_text/* plain */.pj)(body._id, 200) : undefined,
        status: (0,untrusted_text/* statusWord */.Hm)(body.status),
        percentComplete: Number.isFinite(percent) ? percent : undefined,
        requestedTime: Number.isFinite(requested) ? requested : undefined,
        summary: entries.map(entry => entry.line),
        failed: entries.filter(entry => entry.status && (0,poll/* phaseOf */.hU)(entry.status) === 'failure').map(entry => entry.line)
    };
}
/** One statusSummary entry, documented as `{resourceId, resourceType, name, status}`: "Natural Language (NL): FAILED". */
function summaryEntry(item) {
    if (!isJsonObject(item))
        return { line: (0,untrusted_text/* plain */.pj)(String(item), 300) };
    const text = (value) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');
    const status = (0,untrusted_text/* statusWord */.Hm)(text(item.status));
    const name = text(item.name) || text(item.resourceType) || text(item.resourceId);
    const kind = text(item.resourceType) || text(item.resourceId);
    if (name && status) {
        const said = findMessage(item);
        return {
            line: (0,untrusted_text/* plain */.pj)(`${name}${kind && kind !== name ? ` (${kind})` : ''}: ${status}${said ? ` (${said})` : ''}`, 300),
            status
        };
    }
    const line = findMessage(item) ??
        Object.entries(item)
            .map(([key, value]) => `${key} ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`)
            .join(', ');
    return { line: (0,untrusted_text/* plain */.pj)(line, 300), status: status || undefined };
}
/** A short view of an answer for an error message, with the signed link left out. */
function describeRecord(body) {
    const shown = isJsonObject(body) ? { ...body, downloadURL: undefined, store: undefined } : body;
    return preview(JSON.stringify(shown) ?? String(body));
}
function preview(text) {
    return (0,untrusted_text/* plain */.pj)(text.slice(0, 1000), 200) || '(empty)';
}
function isJsonObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 7346:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   WW: () => (/* binding */ MIN_POLL_INTERVAL_MS),
/* harmony export */   hU: () => (/* binding */ phaseOf),
/* harmony export */   o7: () => (/* binding */ statusWords),
/* harmony export */   wt: () => (/* binding */ poll)
/* harmony export */ });
/* unused harmony export nextCheckAt */
/* harmony import */ var _shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(371);
/* harmony import */ var _core_words_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7522);
// The one waiting loop for platform jobs (export, import, publish): read the job's status,
// stop when it has settled, sleep, and give up at the deadline. The first read comes at once,
// the next ones soon after (a small bot is often done within seconds), then every interval.


/**
 * Status words. Only `pending`, `success` (export, import), `successful`, `failed` and
 * `inprogress` (publish) are documented; the rest are the plausible spellings. Any other word
 * means still running, until the deadline, and is named in the log when first seen.
 */
const RUNNING = new Set([
    'pending',
    'inprogress',
    'running',
    'queued',
    'started',
    'processing',
    'initiated',
    'waiting',
    'new',
    'scheduled'
]);
const SUCCESS = new Set(['success', 'succeeded', 'successful', 'completed', 'complete', 'done', 'finished']);
const FAILURE = new Set([
    'failed',
    'failure',
    'fail',
    'error',
    'errored',
    'cancelled',
    'canceled',
    'aborted',
    'rejected',
    'expired',
    'timeout',
    'timedout',
    // An import that did part of the work has not done what was asked.
    'partial',
    'partialsuccess',
    'partiallysuccessful',
    'partiallycompleted',
    'completedwitherrors',
    'successwitherrors'
]);
/** The word as compared: control characters (and every other non-letter) removed, lower case. */
function normalised(status) {
    return status.toLowerCase().replace(/[^a-z]/g, '');
}
function phaseOf(status) {
    const word = normalised(status);
    if (SUCCESS.has(word))
        return 'success';
    if (FAILURE.has(word))
        return 'failure';
    return 'running';
}
/**
 * phaseOf for one job's status reads, which names a word that is neither known running nor
 * known settled the first time it comes (it counts as running): a new spelling shows in the
 * log at once, not as a timeout.
 */
function statusWords(job, log) {
    const named = new Set();
    return status => {
        const phase = phaseOf(status);
        const word = normalised(status);
        if (phase === 'running' && !RUNNING.has(word) && !named.has(word)) {
            named.add(word);
            log((0,_core_words_js__WEBPACK_IMPORTED_MODULE_0__/* .say */ .cv) `Kore.ai answered the ${job} status with "${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .plain */ .pj)(status, 100)}", a word this action does not know: taken as still running until the platform says success or failure, or ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_0__/* .setting */ .Pe)('timeout')} runs out.`);
        }
        return phase;
    };
}
/**
 * The shortest poll-interval allowed. Kore.ai allows a status API 60 calls a minute and 1,800
 * an hour per request (rolling windows); every 2 s would spend the hour's allowance exactly,
 * so 3 s leaves room for the early checks and for retries.
 */
const MIN_POLL_INTERVAL_MS = 3_000;
/** The early checks, while they come sooner than the interval: a small job is noticed within a second. */
const EARLY_CHECKS_MS = [1_000, 2_000, 4_000, 8_000, 16_000, 32_000];
/**
 * When the next status check is due, counted from the first one: at 1, 2, 4, 8… s while that
 * is sooner than the interval, then on the interval's grid (5, 10, 15… s), so that slow answers
 * do not make later checks drift. Always strictly after `elapsedMs`.
 */
function nextCheckAt(elapsedMs, intervalMs) {
    const grid = (Math.floor(elapsedMs / intervalMs) + 1) * intervalMs;
    const early = EARLY_CHECKS_MS.find(at => at > elapsedMs && at < intervalMs);
    return early !== undefined ? Math.min(early, grid) : grid;
}
/**
 * Calls `read` on the schedule of `nextCheckAt` until `settle` returns a result (or throws),
 * then returns it. At the deadline `onTimeout` says, from the last status read, what went wrong.
 */
async function poll(read, settle, onTimeout, { deadline, pollIntervalMs, clock, signal }) {
    const first = clock.now();
    for (;;) {
        const status = await read();
        const result = settle(status);
        if (result !== undefined)
            return result;
        const now = clock.now();
        const remaining = deadline - now;
        if (remaining <= 0)
            throw onTimeout(status);
        const due = first + nextCheckAt(now - first, pollIntervalMs);
        await clock.sleep(Math.min(due - now, remaining), signal);
    }
}


/***/ }),

/***/ 385:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LH: () => (/* binding */ withRetries),
/* harmony export */   N_: () => (/* binding */ TransientError),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);
/* harmony import */ var _core_words_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7522);
/* harmony import */ var _clock_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5960);
// The one retry policy for every call the action makes: network failures, timeouts, 429, 5xx
// and rate-limit answers are retried with exponential backoff and full jitter, honouring
// Retry-After; nothing else is. Hand-written rather than taken from p-retry and kin because
// those choose every delay themselves: none lets the server's Retry-After set one, and none
// stops at a deadline shared with the rest of the step.



/** A failure worth another try. Thrown where it is recognised, with the reason in words. */
class TransientError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CoreError */ .am {
    details;
    constructor(message, details = {}) {
        super('network', message);
        this.details = details;
        this.name = 'TransientError';
    }
}
const BASE_DELAY_MS = 1_000;
const MAX_DELAY_MS = 30_000;
/** Calls `attempt` until it succeeds, fails for good, or the policy runs out. */
async function withRetries(what, attempt, policy) {
    const { retries, deadline, clock, signal, log, baseDelayMs = BASE_DELAY_MS, maxDelayMs = MAX_DELAY_MS, random = Math.random } = policy;
    for (let tryNumber = 1;; tryNumber++) {
        if (signal?.aborted)
            throw new _clock_js__WEBPACK_IMPORTED_MODULE_2__/* .CancelledError */ .cc();
        try {
            return await attempt(tryNumber);
        }
        catch (error) {
            if (!(error instanceof TransientError) || signal?.aborted)
                throw signal?.aborted ? new _clock_js__WEBPACK_IMPORTED_MODULE_2__/* .CancelledError */ .cc() : error;
            if (tryNumber > retries)
                throw giveUp(what, error, (0,_core_words_js__WEBPACK_IMPORTED_MODULE_1__/* .say */ .cv) `after ${tryNumber === 1 ? '1 try' : `${tryNumber} tries`} (${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_1__/* .setting */ .Pe)('retries')}: ${retries})`);
            // Full jitter: anywhere from nothing up to the exponential ceiling, so that many jobs
            // failing together do not come back together. A server's Retry-After is a floor.
            const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** (tryNumber - 1));
            const delay = Math.max(Math.round(random() * ceiling), error.details.retryAfterMs ?? 0);
            if (clock.now() + delay > deadline) {
                throw giveUp(what, error, (0,_core_words_js__WEBPACK_IMPORTED_MODULE_1__/* .say */ .cv) `with no time left to retry within ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_1__/* .setting */ .Pe)('timeout')}${error.details.retryAfterMs ? ` (the platform asked to wait ${(0,_clock_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(error.details.retryAfterMs)})` : ''}`);
            }
            log.info((0,_core_words_js__WEBPACK_IMPORTED_MODULE_1__/* .say */ .cv) `Could not ${what}: ${error.words}. Try ${tryNumber + 1} of ${retries + 1} in ${(0,_clock_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(delay)}.`);
            await clock.sleep(delay, signal);
        }
    }
}
function giveUp(what, error, how) {
    if (error.details.rateLimited) {
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CoreError */ .am('network', (0,_core_words_js__WEBPACK_IMPORTED_MODULE_1__/* .say */ .cv) `Kore.ai's rate limit stopped the run: could not ${what} ${how}. The platform said: ${error.words}. Kore.ai allows 60 calls a minute and 1,800 an hour per bot and blocks every call once the hourly limit is passed: ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_1__/* .again */ .TG)()} later, export fewer bots at once, or raise ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_1__/* .setting */ .Pe)('poll-interval')}.`);
    }
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CoreError */ .am('network', (0,_core_words_js__WEBPACK_IMPORTED_MODULE_1__/* .say */ .cv) `Could not ${what} ${how}: ${error.words}. ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_1__/* .again */ .TG)(true)}; raise ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_1__/* .setting */ .Pe)('retries')} or ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_1__/* .setting */ .Pe)('timeout')} if this keeps happening.`);
}
/** Retry-After as seconds or an HTTP date, in milliseconds from now. */
function parseRetryAfter(value, now) {
    const text = Array.isArray(value) ? value[0] : value;
    if (!text)
        return undefined;
    if (/^\s*\d+\s*$/.test(text))
        return Number(text) * 1000;
    const date = Date.parse(text);
    return Number.isFinite(date) ? Math.max(0, date - now) : undefined;
}


/***/ }),

/***/ 8133:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   cu: () => (/* binding */ MARKER_FILE),
/* harmony export */   fV: () => (/* binding */ checkZipPath),
/* harmony export */   ft: () => (/* binding */ checkExtractTo),
/* harmony export */   lU: () => (/* binding */ GIT_ATTRIBUTES_TEXT),
/* harmony export */   mw: () => (/* binding */ GIT_ATTRIBUTES_FILE),
/* harmony export */   rX: () => (/* binding */ writeRoots)
/* harmony export */ });
/* unused harmony exports realPath, isDirectory */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4296);
/* harmony import */ var _core_words_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7522);
// Where the action may write. `path` and `extract-to` come from the user, but a typo, a
// symbolic link or a hostile workflow must not let the action replace the repository, its
// `.git`, its workflows, or a folder someone else made. Every check works on real paths
// (symbolic links resolved), and the swap that replaces `extract-to` checks again just before
// it renames anything.





/** The file the action writes into every folder it unpacks into; its presence says "ours". */
const MARKER_FILE = '.kore-bot-export';
/**
 * Also written into the folder: git must not convert line ends in it (core.autocrlf on
 * Windows, `text=auto`), or a script's CRLFs would not come back byte for byte.
 */
const GIT_ATTRIBUTES_FILE = '.gitattributes';
const GIT_ATTRIBUTES_TEXT = [
    '# Written by kore-bot-export: files here go back into the export byte for byte, so git',
    '# must not convert their line ends. The manifest holds list orders and regenerated values:',
    '# no line diffs for it, and GitHub folds it away in pull requests.',
    '* -text',
    `${MARKER_FILE} -diff linguist-generated=true`,
    ''
].join('\n');
function writeRoots(workspace) {
    const real = realPath(workspace);
    const temp = realPath(process.env.RUNNER_TEMP || node_os__WEBPACK_IMPORTED_MODULE_1___default().tmpdir());
    return { workspace: real, roots: [real, temp] };
}
/**
 * The real path `target` would have: symbolic links in its existing part resolved, the part
 * that does not exist yet appended as written.
 */
function realPath(target) {
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(target);
    const missing = [];
    let existing = absolute;
    for (;;) {
        try {
            return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_fs__WEBPACK_IMPORTED_MODULE_0___default().realpathSync.native(existing), ...missing.reverse());
        }
        catch (error) {
            const code = error.code;
            const parent = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(existing);
            if ((code !== 'ENOENT' && code !== 'ENOTDIR') || parent === existing)
                throw error;
            missing.push(node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(existing));
            existing = parent;
        }
    }
}
/** True when `child` is `parent` or below it. */
function isInside(child, parent) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(parent, child);
    return relative === '' || (relative !== '..' && !relative.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)}`) && !node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(relative));
}
/** The first existing ancestor of `target` (or `target`) that is not a folder. */
function fileInTheWay(target) {
    for (let current = target;; current = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(current)) {
        try {
            return node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(current).isDirectory() ? undefined : current;
        }
        catch {
            if (node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(current) === current)
                return undefined;
        }
    }
}
/** Shared rules for `path` and `extract-to`; returns the real path or throws saying why not. */
function checkPlace(name, given, { workspace, roots }) {
    const real = realPath(given);
    const shown = real === given ? given : `${given} (really ${real})`;
    const root = roots.find(candidate => isInside(real, candidate) && real !== candidate);
    if (isInside(workspace, real)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CoreError */ .am('input', (0,_core_words_js__WEBPACK_IMPORTED_MODULE_4__/* .say */ .cv) `${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_4__/* .setting */ .Pe)(name)}: ${shown} is the workspace or holds it, which the action must never replace. Give a folder of its own inside the workspace, e.g. ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_4__/* .example */ .Fw)(name, name === 'path' ? 'kore-bot-export.zip' : 'bot')}.`);
    }
    if (!root) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CoreError */ .am('input', (0,_core_words_js__WEBPACK_IMPORTED_MODULE_4__/* .say */ .cv) `${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_4__/* .setting */ .Pe)(name)}: ${shown} lies outside the workspace (${workspace}) and the runner's temporary folder, where the action does not write. Give a path inside the workspace, e.g. ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_4__/* .example */ .Fw)(name, name === 'path' ? 'kore-bot-export.zip' : 'bot')}.`);
    }
    const segments = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(root, real)
        .split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep))
        .map(segment => segment.toLowerCase());
    if (segments.includes('.git')) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CoreError */ .am('input', (0,_core_words_js__WEBPACK_IMPORTED_MODULE_4__/* .say */ .cv) `${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_4__/* .setting */ .Pe)(name)}: ${shown} lies in a .git folder, which holds the repository itself. Give a folder outside .git, e.g. ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_4__/* .example */ .Fw)(name, 'bot')}.`);
    }
    if (root === workspace && segments[0] === '.github') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CoreError */ .am('input', (0,_core_words_js__WEBPACK_IMPORTED_MODULE_4__/* .say */ .cv) `${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_4__/* .setting */ .Pe)(name)}: ${shown} lies in .github, which holds the repository's workflows and settings. Give another folder, e.g. ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_4__/* .example */ .Fw)(name, 'bot')}.`);
    }
    const blocker = fileInTheWay(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(real));
    if (blocker) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CoreError */ .am('input', (0,_core_words_js__WEBPACK_IMPORTED_MODULE_4__/* .say */ .cv) `${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_4__/* .setting */ .Pe)(name)}: ${shown} cannot be made because ${blocker} is a file, not a folder. Give another path, or move that file.`);
    }
    return real;
}
/** Checks the zip's path; returns its real path. */
function checkZipPath(given, roots) {
    const real = checkPlace('path', given, roots);
    if (isDirectory(real)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CoreError */ .am('input', (0,_core_words_js__WEBPACK_IMPORTED_MODULE_4__/* .say */ .cv) `${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_4__/* .setting */ .Pe)('path')}: ${given} is a folder. Give the path of the zip file to write, e.g. ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_4__/* .example */ .Fw)('path', 'kore-bot-export.zip')} or ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_4__/* .example */ .Fw)('path', 'backups/bot.zip')}.`);
    }
    return real;
}
/**
 * Checks the folder to unpack into; returns its real path. It may be replaced only when it
 * does not exist, is empty, or holds the action's marker file (or the user allowed it with
 * `replace-existing`), and never when it holds a git repository.
 */
function checkExtractTo(given, roots, replaceExisting) {
    const real = checkPlace('extract-to', given, roots);
    let entries;
    try {
        if (!node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(real).isDirectory()) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CoreError */ .am('input', (0,_core_words_js__WEBPACK_IMPORTED_MODULE_4__/* .say */ .cv) `${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_4__/* .setting */ .Pe)('extract-to')}: ${given} is a file. Give a folder, e.g. ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_4__/* .example */ .Fw)('extract-to', 'bot')}.`);
        }
        entries = node_fs__WEBPACK_IMPORTED_MODULE_0___default().readdirSync(real);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return real;
        throw error;
    }
    const repository = findGitFolder(real);
    if (repository) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CoreError */ .am('input', (0,_core_words_js__WEBPACK_IMPORTED_MODULE_4__/* .say */ .cv) `${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_4__/* .setting */ .Pe)('extract-to')}: ${given} holds a git repository (${repository}), which replacing the folder would destroy. Give a folder of its own, e.g. ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_4__/* .example */ .Fw)('extract-to', 'bot')}.`);
    }
    if (entries.length > 0 && !entries.includes(MARKER_FILE) && !replaceExisting) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CoreError */ .am('input', (0,_core_words_js__WEBPACK_IMPORTED_MODULE_4__/* .say */ .cv) `${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_4__/* .setting */ .Pe)('extract-to')}: ${given} already holds files that this action did not write (it has no ${MARKER_FILE} file), and unpacking replaces everything in it. Give an empty or new folder, or, if the folder is meant for the bot, set ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_4__/* .example */ .Fw)('replace-existing', 'true')} once: the action then writes ${MARKER_FILE} and replaces the folder on later runs too.`);
    }
    return real;
}
/** A `.git` anywhere in the folder (a nested repository or submodule), looked for within bounds. */
function findGitFolder(folder, budget = { entries: 20_000 }) {
    let entries;
    try {
        entries = node_fs__WEBPACK_IMPORTED_MODULE_0___default().readdirSync(folder, { withFileTypes: true });
    }
    catch {
        return undefined;
    }
    for (const entry of entries) {
        if (--budget.entries < 0)
            return undefined;
        if (entry.name.toLowerCase() === '.git')
            return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(folder, entry.name);
    }
    for (const entry of entries) {
        if (!entry.isDirectory())
            continue;
        const found = findGitFolder(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(folder, entry.name), budget);
        if (found)
            return found;
    }
    return undefined;
}
function isDirectory(target) {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(target).isDirectory();
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 7168:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DL: () => (/* binding */ temporaryPathBeside),
/* harmony export */   gu: () => (/* binding */ settled),
/* harmony export */   q6: () => (/* binding */ removeAllNow),
/* harmony export */   q_: () => (/* binding */ temporary)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
// Temporary files and folders the run has made and not yet moved into place. The runner
// cancels a job with SIGINT, then SIGTERM 7.5 s later, then SIGKILL 2.5 s after that: the
// first signal stops the work, which removes its own temporaries on the way out; a second
// signal means there is no time left, and removeAllNow() deletes them synchronously before
// the process exits.



const pending = new Set();
/** Registers `target` for removal if the run is cut short; returns it. */
function temporary(target) {
    pending.add(target);
    return target;
}
/** `target` was removed or moved into place: nothing left to clean up. */
function settled(target) {
    pending.delete(target);
}
/**
 * Removes every registered temporary now (last resort: on the second signal, and again at
 * exit). They stay registered: a write already handed to the thread pool (a folder made with
 * `recursive`) can bring one back between the two passes.
 */
function removeAllNow() {
    for (const target of pending) {
        try {
            node_fs__WEBPACK_IMPORTED_MODULE_1___default().rmSync(target, { recursive: true, force: true });
        }
        catch {
            // Nothing more can be done this late; the runner's workspace clean-up follows.
        }
    }
}
/** A hidden name in the same folder as `target`, so the final rename cannot cross file systems. */
function temporaryPathBeside(target) {
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(target), `.${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(target)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
}


/***/ }),

/***/ 371:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D9: () => (/* binding */ markdownCode),
/* harmony export */   Hm: () => (/* binding */ statusWord),
/* harmony export */   cT: () => (/* binding */ withoutSecrets),
/* harmony export */   p7: () => (/* binding */ markdownText),
/* harmony export */   pj: () => (/* binding */ plain)
/* harmony export */ });
/* unused harmony exports codeSpanOf, MIN_HIDDEN_SECRET */
// Text that comes from outside (the platform's answers, a zip's file names, a server's error)
// is data. In the log a line break would let it start a line of its own, and a line that
// starts with `::` is a workflow command (`::error::`, `::add-mask::`, `::stop-commands::`):
// the platform could write the runner's annotations and masks. In the job summary it would
// be Markdown and HTML. Everything from outside passes through here before it is shown.
/** Line breaks, other control characters and bidirectional overrides. */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g;
/** One line of plain text: no control characters, no `::`, at most `max` characters. */
function plain(text, max = 500) {
    const line = text
        .replace(INVISIBLE, ' ')
        .replace(/:(?=:)/g, ': ')
        .replace(/ {2,}/g, ' ')
        .trim();
    return line.length > max ? `${line.slice(0, max)}…` : line;
}
/**
 * A status word from the platform (`success`, `inprogress`…): control characters, zero-width
 * characters and bidirectional overrides removed (not turned into spaces, which would split
 * the word), then one plain line.
 */
function statusWord(text, max = 100) {
    return plain(text.replace(INVISIBLE, '').replace(/[\u200b-\u200d\u2060\ufeff]/g, ''), max);
}
/**
 * Text for a Markdown table cell or list item (never the start of a line), shown as written:
 * every ASCII punctuation character that Markdown or HTML gives meaning to there is escaped
 * with a backslash (`:` and the dot of `www.` too, so that no link or emoji is made), `@` and `#` are code spans
 * (so that no one is mentioned and no issue is linked), and line breaks become spaces. No HTML
 * entities: the text stays readable where it is not rendered (a commit message, a log).
 */
function markdownText(text, max = 2_000) {
    return (plain(text, max)
        .replace(/[\\`*_[\]<>!|~&$:]|[@#]/g, char => (char === '@' || char === '#' ? `\`${char}\`` : `\\${char}`))
        // GitHub links "www.host" without a scheme too.
        .replace(/(www)\./gi, '$1\\.'));
}
/**
 * Text as a Markdown code span, for a list item (not a table cell, where `|` ends the cell):
 * nothing inside is Markdown, HTML, a mention or a link, and no escape shows. The fence is
 * longer than any run of backticks in the text.
 */
function markdownCode(text, max = 2_000) {
    return codeSpanOf(plain(text, max));
}
/**
 * One line as a code span, as written: a fence longer than any run of backticks in it, and a
 * space inside each fence where CommonMark would otherwise take one off or end the span.
 */
function codeSpanOf(line) {
    const fence = '`'.repeat(Math.max(0, ...(line.match(/`+/g) ?? []).map(run => run.length)) + 1);
    const pad = /^`|`$/.test(line) || /^ .* $/.test(line) ? ' ' : '';
    return `${fence}${pad}${line}${pad}${fence}`;
}
/** Secrets shorter than this are not hidden in text: they would hide ordinary words everywhere. */
const MIN_HIDDEN_SECRET = 4;
/** `text` with each secret (of MIN_HIDDEN_SECRET characters or more) as `***`, the longest first. */
function withoutSecrets(text, secrets) {
    let hidden = text;
    for (const secret of [...secrets]
        .filter(each => each.length >= MIN_HIDDEN_SECRET)
        .sort((a, b) => b.length - a.length))
        hidden = hidden.split(secret).join('***');
    return hidden;
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 8330:
/***/ ((module) => {

module.exports = {"rE":"1.0.0"};

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(2827);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=index.js.map