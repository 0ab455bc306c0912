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
exports.debug = debug; // for test


/***/ }),

/***/ 4359:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
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
var core_words = __nccwpck_require__(7522);
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
            ? new errors/* CoreError */.am('cancelled', (0,core_words/* say */.cv) `The run was cancelled. ${whenCancelled}`)
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

// EXTERNAL MODULE: ./src/platform/clock.ts + 1 modules
var platform_clock = __nccwpck_require__(5960);
// EXTERNAL MODULE: ./src/import/import-job.ts
var import_job = __nccwpck_require__(7834);
// EXTERNAL MODULE: ./src/import/publish.ts
var publish = __nccwpck_require__(4578);
// EXTERNAL MODULE: ./src/shared/untrusted-text.ts
var untrusted_text = __nccwpck_require__(371);
;// CONCATENATED MODULE: ./src/core/summary.ts
// The pieces of a job summary that both flows use. Every value put in must be escaped already,
// or goes through markdownText here: ids, statuses, messages and names come from the platform.

/** A table of label and value rows; empty values are left out. Values must be escaped already. */
function summaryTable(rows) {
    return ([
        '| | |',
        '| --- | --- |',
        ...rows.filter(([, value]) => value).map(([label, value]) => `| ${label} | ${value} |`)
    ].join('\n') + '\n\n');
}
/** A failure as a caution block, each line escaped. */
function cautionBlock(message) {
    const lines = message.split('\n').map(line => (0,untrusted_text/* markdownText */.p7)(line, 4_000));
    return `> [!CAUTION]\n> ${lines.join('\n> ')}\n\n`;
}
function formatSize(bytes) {
    const units = ['bytes', 'KiB', 'MiB', 'GiB'];
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return unit === 0 ? `${bytes} bytes` : `${value.toFixed(1)} ${units[unit]} (${bytes} bytes)`;
}
/** Monospaced and escaped: a backtick in a name cannot end the code span, because there is none. */
function code(text) {
    return `<code>${(0,untrusted_text/* markdownText */.p7)(text)}</code>`;
}

;// CONCATENATED MODULE: ./src/import/report.ts



/** statusLogs rows shown; the rest are counted. */
const LOGS_SHOWN = 200;
class ImportReport {
    host;
    constructor(host) {
        this.host = host;
    }
    values = {};
    settings;
    source;
    statusLogs = [];
    changes;
    publishing;
    verification;
    failure;
    written;
    startedAt = Date.now();
    get outputs() {
        return { ...this.values };
    }
    /** The settings, once read. */
    get usedSettings() {
        return this.settings;
    }
    /** The summary's Markdown as last written: what a pull-request comment shows. */
    get markdown() {
        return this.written;
    }
    output(name, value) {
        if (this.values[name] === value)
            return;
        this.values[name] = value;
        this.host.setOutput(name, value);
    }
    useSettings(settings) {
        this.settings = settings;
    }
    usedSource(source) {
        this.source = source;
    }
    logs(statusLogs) {
        this.statusLogs = statusLogs;
    }
    changed(title, markdown) {
        this.changes = { title, markdown };
    }
    published(resources, summary) {
        this.publishing = { resources, summary };
    }
    verified(passed, markdown) {
        this.verification = { passed, markdown };
    }
    failed(message) {
        this.failure = this.host.render(message);
    }
    async writeSummary() {
        const { settings, values, source } = this;
        const heading = settings?.dryRun ? 'Kore.ai bot import plan (dry run)' : 'Kore.ai bot import';
        let text = `## ${heading}${this.failure ? ' failed' : ''}\n\n`;
        if (this.failure)
            text += cautionBlock(this.failure);
        text += summaryTable([
            ['Source', settings ? `${source?.kind ?? 'export'} ${code(settings.fromGiven)}` : '(inputs not read)'],
            ['Source SHA-256', source ? code(source.sha256) : ''],
            ['Size', source ? formatSize(source.size) : ''],
            ['Target bot', settings ? `${code(settings.botId)} on ${(0,untrusted_text/* markdownText */.p7)(settings.host)}` : ''],
            ['Import ID', values['import-id'] ? code(values['import-id']) : ''],
            ['Status', values.status ? (0,untrusted_text/* markdownText */.p7)(values.status) : ''],
            ['Publish', values['publish-status'] ? (0,untrusted_text/* markdownText */.p7)(values['publish-status']) : ''],
            ['Verified', values.verified ?? ''],
            ['Not sent', source?.notSent.length ? source.notSent.map(name => code(name)).join(', ') : ''],
            ['Duration', (0,platform_clock/* formatDuration */.a3)(Date.now() - this.startedAt)]
        ]);
        if (this.statusLogs.length > 0) {
            const rows = this.statusLogs
                .slice(0, LOGS_SHOWN)
                .map(log => `| ${(0,untrusted_text/* markdownText */.p7)(log.taskType)} | ${(0,untrusted_text/* markdownText */.p7)(log.taskName)} | ${(0,untrusted_text/* markdownText */.p7)(log.status)} |`);
            if (this.statusLogs.length > LOGS_SHOWN)
                rows.push(`| … and ${this.statusLogs.length - LOGS_SHOWN} more | | |`);
            text += `### Import log\n\n| Type | Name | Status |\n| --- | --- | --- |\n${rows.join('\n')}\n\n`;
        }
        if (this.changes)
            text += `### ${this.changes.title}\n\n${this.changes.markdown || 'Nothing.\n'}\n`;
        if (this.publishing) {
            const waiting = this.publishing.resources.filter(resource => resource.state === 'awaitingApproval');
            text += '### Publish\n\n';
            if (waiting.length > 0)
                text += `Waiting for an admin's approval: ${waiting.map(resource => `${(0,untrusted_text/* markdownText */.p7)(resource.type)} ${code(resource.name || resource.id)}`).join(', ')}\n\n`;
            for (const line of this.publishing.summary.slice(0, 50))
                text += `- ${(0,untrusted_text/* markdownText */.p7)(line)}\n`;
            text += '\n';
        }
        if (this.verification)
            text += `### Verification: ${this.verification.passed ? 'the target holds what was sent' : 'the target does not hold what was sent'}\n\n${this.verification.markdown}\n`;
        this.written = text;
        await this.host.writeSummary(text);
    }
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/import/import-request.ts
var import_request = __nccwpck_require__(9096);
;// CONCATENATED MODULE: ./src/core/action-defaults.ts
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

// EXTERNAL MODULE: ./node_modules/ms/index.js
var ms = __nccwpck_require__(744);
var ms_default = /*#__PURE__*/__nccwpck_require__.n(ms);
// EXTERNAL MODULE: ./src/export/export-request.ts
var export_request = __nccwpck_require__(6710);
// EXTERNAL MODULE: ./src/platform/kore-client.ts + 2 modules
var kore_client = __nccwpck_require__(8868);
// EXTERNAL MODULE: ./src/platform/http.ts
var http = __nccwpck_require__(1267);
// EXTERNAL MODULE: ./src/platform/poll.ts
var poll = __nccwpck_require__(7346);
// EXTERNAL MODULE: ./src/shared/output-paths.ts
var output_paths = __nccwpck_require__(8133);
;// CONCATENATED MODULE: ./src/export/settings.ts
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
const { path: _zipPath, ...EXPORT_DEFAULTS } = EXPORT_ACTION_DEFAULTS;
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
    for (const group of Object.keys(COMPONENTS)) {
        const name = COMPONENT_INPUTS[group];
        components[group] = check(() => parseComponents(name, group, input(name)), []);
    }
    const subTasks = {};
    for (const kind of SUBTASK_KINDS)
        subTasks[kind] = parseList(input(SUBTASK_INPUTS[kind]));
    const allTasks = check(() => parseBoolean('all-tasks', input('all-tasks')), true);
    const customDashboards = check(() => parseBoolean('custom-dashboards', input('custom-dashboards')), true);
    const includeDependentTasks = check(() => parseBoolean('include-dependent-tasks', input('include-dependent-tasks')), true);
    const extra = check(() => parseJsonObject('export-options', input('export-options'), '{"exportOptions": {"nlpData": ["training_data"]}}'), {});
    const { wait, timeoutMs, pollIntervalMs, retries, requestTimeoutMs } = readTiming(check, inputs, input, problems);
    const replaceExisting = check(() => parseBoolean('replace-existing', input('replace-existing')), false);
    const variableValues = check(() => parseVariableValues(input('variable-values')), 'omit');
    const layout = check(() => parseLayout(input('layout')), 'split');
    const workspace = path.resolve(process.env.GITHUB_WORKSPACE || process.cwd());
    const roots = writeRoots(workspace);
    const inWorkspace = (name) => {
        const value = input(name).trim();
        return value ? path.resolve(workspace, value) : undefined;
    };
    const paths = checkPaths(inWorkspace('path'), inWorkspace('extract-to'), { wait, roots, replaceExisting });
    problems.push(...paths.problems);
    const { zipPath, extractTo } = paths;
    if (problems.length > 0)
        throw new InputError(problems);
    const exportBody = buildExportBody({
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
    const pollIntervalMs = check(() => parseDuration('poll-interval', input('poll-interval'), poll/* MIN_POLL_INTERVAL_MS */.WW, 'Kore.ai allows 60 status calls a minute and 1,800 an hour'), 0);
    const retries = check(() => parseRetries(input('retries')), 0);
    const requestTimeoutGiven = check(() => parseDuration('request-timeout', input('request-timeout'), 1000), 0);
    // The default gives way to a shorter timeout; a request-timeout set by hand must fit in it.
    const requestTimeoutMs = inputs.get('request-timeout').trim()
        ? requestTimeoutGiven
        : Math.min(requestTimeoutGiven, timeoutMs || Infinity);
    if (timeoutMs && requestTimeoutMs > timeoutMs) {
        problems.push((0,core_words/* say */.cv) `${(0,core_words/* setting */.Pe)('request-timeout')} (${input('request-timeout').trim()}) is longer than ${(0,core_words/* setting */.Pe)('timeout')} (${input('timeout').trim()}), which bounds every request. Lower ${(0,core_words/* setting */.Pe)('request-timeout')} or raise ${(0,core_words/* setting */.Pe)('timeout')}.`);
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
            problems.push((0,errors/* wordsOf */.Z9)(error));
            return fallback;
        }
    };
}
function parseLayout(raw) {
    const value = raw.trim().toLowerCase();
    if (value === 'split' || value === 'plain')
        return value;
    throw new CoreError('input', say `${setting('layout')}: "${plain(raw.trim(), 80)}" is not split or plain. Use split (the default: the bot definition as a tree of files, a folder per dialog) or plain (the zip's files as they are).`);
}
function parseVariableValues(raw) {
    const value = raw.trim().toLowerCase();
    if (value === 'omit' || value === 'keep')
        return value;
    throw new CoreError('input', say `${setting('variable-values')}: "${plain(raw.trim(), 80)}" is not omit or keep. Use omit (the default: config.json in extract-to without the bot variables' values) or keep.`);
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
        throw new errors/* CoreError */.am('input', (0,core_words/* say */.cv) `${(0,core_words/* setting */.Pe)('jwt')} and ${(0,core_words/* setting */.Pe)('client-id')}/${(0,core_words/* setting */.Pe)('client-secret')} are both set. Give one way to sign in: either ${(0,core_words/* setting */.Pe)('client-id')} and ${(0,core_words/* setting */.Pe)('client-secret')} (recommended: a fresh token is signed per request), or a ready-made ${(0,core_words/* setting */.Pe)('jwt')}.`);
    }
    if (jwt)
        return { kind: 'token', jwt };
    if (clientId && clientSecret)
        return { kind: 'app', clientId, clientSecret };
    if (clientId) {
        throw new errors/* CoreError */.am('input', (0,core_words/* say */.cv) `${(0,core_words/* setting */.Pe)('client-secret')} is empty but ${(0,core_words/* setting */.Pe)('client-id')} is set. Set ${(0,core_words/* setting */.Pe)('client-secret')} to the Client Secret of the same Kore.ai app, e.g. ${(0,core_words/* secretExample */.Pj)('client-secret')}.`);
    }
    if (clientSecret) {
        throw new errors/* CoreError */.am('input', (0,core_words/* say */.cv) `${(0,core_words/* setting */.Pe)('client-id')} is empty but ${(0,core_words/* setting */.Pe)('client-secret')} is set. Set ${(0,core_words/* setting */.Pe)('client-id')} to the Client ID of the same Kore.ai app (it starts with "cs-"), e.g. ${(0,core_words/* secretExample */.Pj)('client-id')}.`);
    }
    throw new errors/* CoreError */.am('input', (0,core_words/* say */.cv) `No credentials: set ${(0,core_words/* setting */.Pe)('client-id')} and ${(0,core_words/* setting */.Pe)('client-secret')} to the Client ID and Client Secret of ${app}, or set ${(0,core_words/* setting */.Pe)('jwt')} to a ready-made token.`);
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
        throw new errors/* CoreError */.am('input', (0,core_words/* say */.cv) `${(0,core_words/* setting */.Pe)('host')} is not a URL. Use the platform's address, e.g. ${(0,core_words/* example */.Fw)('host', 'https://platform.kore.ai')} or https://eu-bots.kore.ai.`);
    }
    // Shown without user name, password, query and fragment: they may hold credentials.
    const shown = (0,untrusted_text/* plain */.pj)(`${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`, 200);
    if (url.username || url.password || url.search || url.hash) {
        throw new errors/* CoreError */.am('input', (0,core_words/* say */.cv) `${(0,core_words/* setting */.Pe)('host')}: ${shown} carries a user name, password, query or fragment, which the action will not send anywhere. Give only the address, e.g. ${(0,core_words/* example */.Fw)('host', 'https://platform.kore.ai')}, and the credentials in ${(0,core_words/* setting */.Pe)('client-id')} and ${(0,core_words/* setting */.Pe)('client-secret')}.`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new errors/* CoreError */.am('input', (0,core_words/* say */.cv) `${(0,core_words/* setting */.Pe)('host')}: ${shown} uses ${url.protocol} Use an https:// address, e.g. ${(0,core_words/* example */.Fw)('host', 'https://platform.kore.ai')}.`);
    }
    if (url.protocol === 'http:' && !(0,http/* isLoopback */.U9)(url.hostname)) {
        throw new errors/* CoreError */.am('input', (0,core_words/* say */.cv) `${(0,core_words/* setting */.Pe)('host')}: ${shown} uses plain http://, which would send your credentials unencrypted. Use https://${url.host}${url.pathname.replace(/\/+$/, '')} instead (http:// is allowed only for 127.0.0.1, localhost and ::1).`);
    }
    return url.origin + url.pathname.replace(/\/+$/, '');
}
function parseBotId(raw) {
    const botId = raw.trim();
    if (!botId) {
        throw new errors/* CoreError */.am('input', (0,core_words/* say */.cv) `${(0,core_words/* setting */.Pe)('bot-id')} is required. Set it to the Bot ID shown under App Builder > General Settings (it starts with "st-").`);
    }
    if (!/^[A-Za-z0-9._-]{1,200}$/.test(botId)) {
        throw new errors/* CoreError */.am('input', (0,core_words/* say */.cv) `${(0,core_words/* setting */.Pe)('bot-id')}: "${(0,untrusted_text/* plain */.pj)(botId, 80)}" is not a Bot ID. A Bot ID looks like st-6fa10d24-1234-5678-b457-1e33a82b115e (App Builder > General Settings).`);
    }
    return botId;
}
function parseExportType(raw) {
    const value = raw.trim();
    const match = EXPORT_TYPES.find(type => type === value.toLowerCase());
    if (!match) {
        throw new CoreError('input', say `${setting('export-type')}: "${plain(value, 80)}" is not one of ${EXPORT_TYPES.join(', ')}. Use published for the bot users talk to, latest for the in-development version.`);
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
    return parseChoices(raw, COMPONENTS[group], (value, sameButCase) => say `${setting(inputName)}: "${value}" is not a documented ${group} component${sameButCase}. Allowed: ${COMPONENTS[group].join(', ')}. To send a value the action does not know, use ${setting('export-options')}, e.g. {"exportOptions": {"${group}": ["${value}"]}}.`);
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
        throw new errors/* CoreError */.am('input', refuse((0,untrusted_text/* plain */.pj)(value, 80), sameButCase ? ` (did you mean ${sameButCase}?)` : ''));
    }
    return values;
}
function parseBoolean(inputName, raw) {
    const value = raw.trim().toLowerCase();
    if (value === 'true')
        return true;
    if (value === 'false')
        return false;
    throw new errors/* CoreError */.am('input', (0,core_words/* say */.cv) `${(0,core_words/* setting */.Pe)(inputName)}: "${(0,untrusted_text/* plain */.pj)(raw.trim(), 80)}" is not a boolean. Use true or false.`);
}
function parseJsonObject(inputName, raw, sample) {
    if (!raw.trim())
        return {};
    let parsed;
    try {
        parsed = JSON.parse(raw);
    }
    catch (error) {
        throw new errors/* CoreError */.am('input', (0,core_words/* say */.cv) `${(0,core_words/* setting */.Pe)(inputName)} is not valid JSON (${(0,untrusted_text/* plain */.pj)(error.message, 200)}). Give a JSON object, e.g. ${sample}.`);
    }
    if (!(0,kore_client/* isJsonObject */.OW)(parsed)) {
        throw new errors/* CoreError */.am('input', (0,core_words/* say */.cv) `${(0,core_words/* setting */.Pe)(inputName)} must be a JSON object, e.g. ${sample}; it is merged into the request body.`);
    }
    return parsed;
}
const MAX_RETRIES = 20;
function parseRetries(raw) {
    const value = raw.trim();
    if (!/^\d+$/.test(value) || Number(value) > MAX_RETRIES) {
        throw new errors/* CoreError */.am('input', (0,core_words/* say */.cv) `${(0,core_words/* setting */.Pe)('retries')}: "${(0,untrusted_text/* plain */.pj)(value, 80)}" is not a whole number from 0 to ${MAX_RETRIES}. Use e.g. ${(0,core_words/* example */.Fw)('retries', '5')} (0 turns retrying off).`);
    }
    return Number(value);
}
/** `90` (seconds), `90s`, `10m`, `1h`, as the `ms` library reads them; from `minimumMs` to a day. */
function parseDuration(inputName, raw, minimumMs = 1, why = '') {
    const value = raw.trim();
    // ms reads a bare number as milliseconds; a person writing `timeout: 90` means seconds.
    const millis = /^\d+(\.\d+)?$/.test(value) ? Number(value) * 1000 : ms_default()(value);
    if (typeof millis !== 'number' || !Number.isFinite(millis) || millis <= 0) {
        throw new errors/* CoreError */.am('input', (0,core_words/* say */.cv) `${(0,core_words/* setting */.Pe)(inputName)}: "${(0,untrusted_text/* plain */.pj)(value, 80)}" is not a duration. Use a number of seconds or a value like 90s, 10m or 1h.`);
    }
    if (millis < minimumMs) {
        throw new errors/* CoreError */.am('input', (0,core_words/* say */.cv) `${(0,core_words/* setting */.Pe)(inputName)}: "${value}" is below the ${minimumMs / 1000}s minimum${why ? ` (${why})` : ''}. Use ${(0,core_words/* example */.Fw)(inputName, `${minimumMs / 1000}s`)} or more.`);
    }
    if (millis > MAX_DURATION_MS) {
        throw new errors/* CoreError */.am('input', (0,core_words/* say */.cv) `${(0,core_words/* setting */.Pe)(inputName)}: "${value}" is longer than the 24h maximum. Use e.g. ${(0,core_words/* example */.Fw)(inputName, inputName === 'timeout' ? '1h' : '30s')}.`);
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
            problems.push(wordsOf(error));
            return undefined;
        }
    };
    const zipPath = zipGiven ? attempt(() => checkZipPath(zipGiven, roots)) : undefined;
    const extractTo = extractGiven ? attempt(() => checkExtractTo(extractGiven, roots, replaceExisting)) : undefined;
    if (extractGiven && !wait) {
        problems.push(say `${setting('extract-to')} needs ${example('wait', 'true')} (there is nothing to unpack until the export has finished). Remove ${setting('extract-to')} or set ${example('wait', 'true')}.`);
    }
    if (zipPath && extractTo && isInside(zipPath, extractTo)) {
        problems.push(say `${setting('path')}: ${zipGiven ?? ''} lies inside ${setting('extract-to')} (${extractGiven ?? ''}), which is replaced by the unpacked export. Put the zip elsewhere, e.g. ${example('path', 'kore-bot-export.zip')}.`);
    }
    if (zipPath && extractTo && isInside(extractTo, zipPath) && extractTo !== zipPath) {
        problems.push(say `${setting('extract-to')}: ${extractGiven ?? ''} lies inside ${setting('path')} (${zipGiven ?? ''}), which is a file. Give them different places, e.g. ${example('path', 'kore-bot-export.zip')} and ${example('extract-to', 'bot')}.`);
    }
    return { problems, zipPath, extractTo };
}

;// CONCATENATED MODULE: ./src/import/settings.ts
// The import action's inputs, read once and checked into one ImportSettings object: every bad
// input is named at once, before any request. Shares its readers with the export's inputs.







/** What an empty input means: import/action.yml's defaults, and `request-timeout`'s rule. */
const IMPORT_DEFAULTS = { ...IMPORT_ACTION_DEFAULTS, 'request-timeout': REQUEST_TIMEOUT_DEFAULT };
const GROUP_INPUTS = {
    tasks: 'tasks',
    nlpData: 'nlp-data',
    settings: 'settings',
    AgentAssist: 'agent-assist',
    qualityAI: 'quality-ai'
};
/** The platform's version comment is free text; this is plenty for a commit and a run link. */
const MAX_VERSION_COMMENT = 1000;
function readImportSettings(inputs) {
    const problems = [];
    const check = checker(problems);
    const input = (name) => inputs.get(name) || IMPORT_DEFAULTS[name] || '';
    // Variable values and the GitHub token are secrets: masked before anything else can fail and print.
    const variables = check(() => parseVariables(inputs.get('variables'), inputs.mask), new Map());
    const githubToken = inputs.get('github-token').trim();
    if (githubToken)
        inputs.mask(githubToken);
    const credentials = check(() => readCredentials(inputs, 'a Kore.ai Admin Console app with the Bot Import scope (and Bot Publish and Publish Status to publish; Admin Console > API Scopes)'), { kind: 'token', jwt: '' });
    const host = check(() => parseHost(input('host')), '');
    const botId = check(() => parseBotId(input('bot-id')), '');
    const workspace = external_node_path_default().resolve(process.env.GITHUB_WORKSPACE || process.cwd());
    const fromGiven = input('from').trim();
    if (!fromGiven)
        problems.push((0,core_words/* say */.cv) `${(0,core_words/* setting */.Pe)('from')} is required. Give a zip made by the export (its path input) or a folder made by extract-to, e.g. ${(0,core_words/* example */.Fw)('from', 'bot')}.`);
    const components = {};
    for (const group of Object.keys(import_request/* IMPORT_COMPONENTS */.lk)) {
        components[group] = check(() => parseGroup(GROUP_INPUTS[group], group, input(GROUP_INPUTS[group])), []);
    }
    const utterances = check(() => parseAppendOrReplace('utterances', input('utterances')), 'append');
    const patterns = check(() => parseAppendOrReplace('patterns', input('patterns')), 'append');
    const mode = check(() => parseMode(input('mode')), 'incremental');
    const extra = check(() => parseJsonObject('import-options', input('import-options'), '{"importOptions": {"botComponents": ["linkedBots"]}}'), {});
    const keepTargetVariables = check(() => parseBoolean('keep-target-variables', input('keep-target-variables')), false);
    const timing = readTiming(check, inputs, input, problems);
    const publish = check(() => parseBoolean('publish', input('publish')), false);
    const verify = check(() => parseBoolean('verify', input('verify')), true);
    const dryRun = check(() => parseBoolean('dry-run', input('dry-run')), false);
    const prComment = check(() => parseBoolean('pr-comment', input('pr-comment')), false);
    const versionComment = input('version-comment').trim();
    if (versionComment.length > MAX_VERSION_COMMENT)
        problems.push((0,core_words/* say */.cv) `${(0,core_words/* setting */.Pe)('version-comment')} is ${versionComment.length} characters long; keep it under ${MAX_VERSION_COMMENT}.`);
    if (!timing.wait && !dryRun) {
        if (publish)
            problems.push((0,core_words/* say */.cv) `${(0,core_words/* setting */.Pe)('publish')} needs ${(0,core_words/* example */.Fw)('wait', 'true')}: the bot is published only after the import has succeeded. Set ${(0,core_words/* example */.Fw)('wait', 'true')} or ${(0,core_words/* example */.Fw)('publish', 'false')}.`);
        if (verify)
            problems.push((0,core_words/* say */.cv) `${(0,core_words/* setting */.Pe)('verify')} needs ${(0,core_words/* example */.Fw)('wait', 'true')}: the target is checked once the import has finished. Set ${(0,core_words/* example */.Fw)('wait', 'true')} or ${(0,core_words/* example */.Fw)('verify', 'false')}.`);
    }
    if (mode === 'full') {
        // A full import sends no importOptions: these would be read and silently not sent. Judged
        // by value, not by whether the input is set: a runner passes every default (append).
        const unsent = Object.keys(GROUP_INPUTS)
            .filter(group => components[group]?.length)
            .map(group => GROUP_INPUTS[group]);
        if (utterances === 'replace')
            unsent.push('utterances');
        if (patterns === 'replace')
            unsent.push('patterns');
        if (keepTargetVariables)
            unsent.push('keep-target-variables');
        if (unsent.length > 0) {
            problems.push((0,core_words/* say */.cv) `${(0,core_words/* example */.Fw)('mode', 'full')} sends no importOptions, so ${(0,core_words/* joined */.oR)(unsent.map(core_words/* setting */.Pe), ', ')} would not be sent: a full import makes the target the file, every component of it. Remove ${unsent.length > 1 ? 'them' : 'it'}, or use ${(0,core_words/* example */.Fw)('mode', 'incremental')}.`);
        }
    }
    if (keepTargetVariables && variables.size > 0) {
        problems.push((0,core_words/* say */.cv) `${(0,core_words/* setting */.Pe)('variables')} and ${(0,core_words/* example */.Fw)('keep-target-variables', 'true')} contradict each other: the values given would not be imported. Remove one of them.`);
    }
    if (problems.length > 0)
        throw new errors/* InputError */.dz(problems);
    return {
        host,
        botId,
        credentials,
        from: external_node_path_default().resolve(workspace, fromGiven),
        fromGiven,
        components,
        utterances,
        patterns,
        mode,
        extra,
        variables,
        keepTargetVariables,
        ...timing,
        publish,
        versionComment,
        verify,
        dryRun,
        prComment,
        githubToken,
        workspace
    };
}
/** `NAME=value`, one a line; blank lines and `#` comments skipped. Lines are never echoed: they hold secrets. */
function parseVariables(raw, mask) {
    const values = new Map();
    const problems = [];
    raw.split('\n').forEach((line, index) => {
        const text = line.replace(/\r$/, '');
        if (!text.trim() || text.trimStart().startsWith('#'))
            return;
        const equals = text.indexOf('=');
        const name = equals > 0 ? text.slice(0, equals).trim() : '';
        const value = equals > 0 ? text.slice(equals + 1) : '';
        if (value)
            mask(value);
        if (!name)
            return problems.push(`line ${index + 1} is not NAME=value`);
        if (!/^[A-Za-z_][A-Za-z0-9_.-]{0,99}$/.test(name))
            return problems.push(`line ${index + 1}: "${(0,untrusted_text/* plain */.pj)(name, 100)}" is not a variable name`);
        if (values.has(name))
            return problems.push(`${name} is given twice`);
        values.set(name, value);
    });
    if (problems.length > 0) {
        throw new errors/* CoreError */.am('input', (0,core_words/* say */.cv) `${(0,core_words/* setting */.Pe)('variables')}: ${problems.join('; ')}. Give one NAME=value a line, from secrets, e.g. ${(0,core_words/* example */.Fw)('variables', 'API_KEY=<a secret>')}.`);
    }
    return values;
}
function parseGroup(inputName, group, raw) {
    return parseChoices(raw, import_request/* IMPORT_COMPONENTS */.lk[group], (value, sameButCase) => (0,core_words/* say */.cv) `${(0,core_words/* setting */.Pe)(inputName)}: "${value}" is not a documented ${group} component for import${sameButCase}. Allowed: ${import_request/* IMPORT_COMPONENTS */.lk[group].join(', ')}; empty imports all of them. To send another value, use ${(0,core_words/* setting */.Pe)('import-options')}, e.g. {"importOptions": {"${group}": ["${value}"]}}.`);
}
/** `utterances` or `patterns`. */
function parseAppendOrReplace(name, raw) {
    const value = raw.trim().toLowerCase();
    if (value === 'append' || value === 'replace')
        return value;
    throw new errors/* CoreError */.am('input', (0,core_words/* say */.cv) `${(0,core_words/* setting */.Pe)(name)}: "${(0,untrusted_text/* plain */.pj)(raw.trim(), 80)}" is not append or replace. Use append (the default: add the file's ${name} to the target's) or replace (the target's ${name} become the file's).`);
}
function parseMode(raw) {
    const value = raw.trim().toLowerCase();
    const mode = import_request/* IMPORT_MODES */.ZJ.find(known => known === value);
    if (mode)
        return mode;
    throw new errors/* CoreError */.am('input', (0,core_words/* say */.cv) `${(0,core_words/* setting */.Pe)('mode')}: "${(0,untrusted_text/* plain */.pj)(raw.trim(), 80)}" is not incremental or full. Use incremental (the default: the chosen components merge into the target, what only the target has stays) or full (the target becomes the file: what the file lacks is removed).`);
}

;// CONCATENATED MODULE: ./src/import/run-import.ts
// The import action's flow: inputs → source read and checked → the target exported (for the
// plan, the changes and the verification) → uploads → import → wait → the target exported
// again and checked → publish. It runs under any host, as the export flow does. The work after
// the inputs is in import-flow.ts, loaded only once they are good.






async function runImport(inputs, host, clock = platform_clock/* systemClock */.ml) {
    const report = new ImportReport(host);
    const result = await runFlow({
        host,
        report,
        whenCancelled: 'Polling stopped; what the platform had already received it may still carry out: check the target bot before running again.',
        onError: error => {
            if (error instanceof import_job/* ImportFailedError */.to) {
                report.output('status', error.status);
                report.logs(error.statusLogs);
            }
            if (error instanceof publish/* PublishFailedError */.BG && error.status)
                report.output('publish-status', error.status);
        }
    }, async (signal) => {
        const settings = readImportSettings(inputs);
        report.useSettings(settings);
        // Loaded once the inputs are good: a bad input fails without reading the rest (start-up).
        const { importFlow } = await Promise.all(/* import() */[__nccwpck_require__.e(730), __nccwpck_require__.e(835)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6835));
        await importFlow(settings, host, clock, signal, report);
    });
    const settings = report.usedSettings;
    // Not after a cancellation: the runner is about to stop the step.
    if (!settings?.prComment || report.markdown === undefined || result.cancelled)
        return result;
    const review = {
        botId: settings.botId,
        markdown: report.markdown,
        dryRun: settings.dryRun,
        token: settings.githubToken
    };
    return { ...result, review };
}

// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __nccwpck_require__(6982);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __nccwpck_require__(4942);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/auth.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
class BasicCredentialHandler {
    constructor(username, password) {
        this.username = username;
        this.password = password;
    }
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`${this.username}:${this.password}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class auth_BearerCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Bearer ${this.token}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class PersonalAccessTokenCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`PAT:${this.token}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
//# sourceMappingURL=auth.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/oidc-utils.js
var oidc_utils_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



class oidc_utils_OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(oidc_utils_OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = oidc_utils_OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = oidc_utils_OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield oidc_utils_OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = (/* unused pure expression or super */ null && (_summary));
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
;// CONCATENATED MODULE: external "string_decoder"
const external_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");
// EXTERNAL MODULE: external "events"
var external_events_ = __nccwpck_require__(4434);
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
// EXTERNAL MODULE: external "assert"
var external_assert_ = __nccwpck_require__(2613);
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io-util.js
var io_util_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat, symlink, unlink } = external_fs_.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        const result = yield fs.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = external_fs_.constants.O_RDONLY;
function exists(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return io_util_awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = external_path_namespaceObject.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = external_path_namespaceObject.dirname(filePath);
                        const upperName = external_path_namespaceObject.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = external_path_namespaceObject.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io.js
var io_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path.join(dest, path.basename(source))
            : dest;
        if (!(yield ioUtil.exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield io_copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (ioUtil.IS_WINDOWS) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield ioUtil.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        ok(fsPath, 'a path argument must be provided');
        yield ioUtil.mkdir(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(external_path_namespaceObject.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(external_path_namespaceObject.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(external_path_namespaceObject.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(external_path_namespaceObject.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield ioUtil.lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield io_copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function io_copyFile(srcFile, destFile, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield ioUtil.lstat(destFile);
                yield ioUtil.unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield ioUtil.chmod(destFile, '0666');
                    yield ioUtil.unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield ioUtil.readlink(srcFile);
            yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield ioUtil.exists(destFile)) || force) {
            yield ioUtil.copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
var toolrunner_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const toolrunner_IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (toolrunner_IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_.EOL.length);
                n = s.indexOf(external_os_.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return toolrunner_awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!isRooted(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (toolrunner_IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_namespaceObject.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield which(this.toolPath, true);
            return new Promise((resolve, reject) => toolrunner_awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield exists(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_namespaceObject.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec_exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = tr.argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new tr.ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new StringDecoder('utf8');
        const stderrDecoder = new StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec_exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_.platform();
const arch = external_os_.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function core_setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function core_debug(message) {
    command_issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    command_issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map
;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
var external_node_http_default = /*#__PURE__*/__nccwpck_require__.n(external_node_http_namespaceObject);
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
var external_node_https_default = /*#__PURE__*/__nccwpck_require__.n(external_node_https_namespaceObject);
;// CONCATENATED MODULE: ./src/action/host.ts
// The Actions adapter's host: the core's log, outputs and summary as a runner takes them, in
// the workflow's words (`timeout: 30m`). With the entry files, the only code that imports
// @actions/core.




/** Summaries are cut here, well under GitHub's 1 MiB per step. */
const MAX_SUMMARY_CHARACTERS = 512 * 1024;
/** Every value masked in this process, for text the runner does not mask (a comment posted through the API). */
const masked = new Set();
/** `text` with every masked value replaced by `***`, as the runner does in the log. */
function withoutMasked(text) {
    return (0,untrusted_text/* withoutSecrets */.cT)(text, masked);
}
function actionsHost() {
    const words = (text) => (0,core_words/* render */.XX)(text, core_words/* WORKFLOW_DIALECT */.Xn);
    return {
        debug: text => core_debug(words(text)),
        info: text => info(words(text)),
        warning: text => warning(words(text)),
        error: text => error(words(text)),
        mask: secret => {
            if (secret)
                masked.add(secret);
            core_setSecret(secret);
        },
        debugging: isDebug(),
        setOutput: (name, value) => setOutput(name, value),
        writeSummary: async (markdown) => {
            // Without GITHUB_STEP_SUMMARY (a run outside a runner) there is nowhere to write it.
            // Appended as core.summary.write() does, but to the file named now: core.summary keeps
            // the first path it saw, for the life of the process.
            const file = process.env.GITHUB_STEP_SUMMARY;
            if (!file)
                return;
            const cut = markdown.length > MAX_SUMMARY_CHARACTERS
                ? `${markdown.slice(0, MAX_SUMMARY_CHARACTERS)}\n\n(summary cut at ${MAX_SUMMARY_CHARACTERS} characters)\n`
                : markdown;
            await external_node_fs_default().promises.appendFile(file, cut, 'utf8');
        },
        render: words
    };
}

;// CONCATENATED MODULE: ./src/action/pull-request.ts
// The import's report on the pull request the run is about (pr-comment): one comment per
// target bot, found again by a hidden marker that names the bot, created on the first run and
// updated on every later one. It never fails the step: a run without a pull request and a
// fork's pull request are notices, any refusal or failure a warning; the import's own outcome
// stands. Only the Actions adapter comments: the core hands over the job summary's Markdown.








/**
 * GitHub takes 65,536 characters in a comment. The report is cut well under that, counted in
 * UTF-8 bytes (never fewer than characters, however GitHub counts), leaving room for the rest.
 */
const MAX_REPORT_BYTES = 50_000;
/** The longest one request to GitHub may stay silent. */
const REQUEST_TIMEOUT_MS = 30_000;
/** The longest all of the comment's requests may take, after the import is done. */
const COMMENT_TIMEOUT_MS = 120_000;
/** The most of one answer kept (a page of 100 comments of 64 KiB each is under 7 MiB). */
const MAX_ANSWER_BYTES = 16 * 1024 * 1024;
/** Pages of comments read to find this bot's (100 a page). */
const MAX_PAGES = 30;
/** Comments tried in turn, when the token cannot say who it is. */
const MAX_UPDATE_TRIES = 3;
/** The hidden first line that makes a comment this bot's, on this pull request. */
function commentMarker(botId) {
    return `<!-- kore-bot-export:import bot=${botId} -->`;
}
async function commentOnPullRequest(review) {
    const what = review.dryRun ? 'plan' : 'result';
    let where = 'the pull request';
    try {
        const context = runnerContext();
        const pullRequest = pullRequestOf(context.payload);
        if (!pullRequest) {
            notice(`pr-comment: true, but this run (event ${(0,untrusted_text/* plain */.pj)(context.eventName || 'unknown', 60)}) is not about a pull request: nothing was posted. The ${what} is in the job summary.`);
            return;
        }
        where = `pull request #${pullRequest.number}`;
        if (pullRequest.fromFork) {
            notice(`Pull request #${pullRequest.number} comes from a fork: its runs get a token that cannot comment, so the ${what} was not posted. It is in the job summary.`);
            return;
        }
        if (!review.token) {
            warning(`github-token is empty, so the ${what} was not posted on ${where}. Leave github-token out (the job's GITHUB_TOKEN) or give a token with pull-requests: write.`);
            return;
        }
        const repository = repositoryOf(process.env.GITHUB_REPOSITORY);
        // Loaded only here: most runs never comment.
        const { getOctokit } = await __nccwpck_require__.e(/* import() */ 413).then(__nccwpck_require__.bind(__nccwpck_require__, 2413));
        const deadline = AbortSignal.timeout(COMMENT_TIMEOUT_MS);
        const octokit = getOctokit(review.token, {
            baseUrl: context.apiUrl,
            request: { fetch: runnerFetch, signal: deadline }
        });
        const issue = { ...repository, issue_number: pullRequest.number };
        // The runner masks secrets in the log and the summary, never in what is posted through the API.
        const body = withoutMasked(commentBody(review, runLink(context)));
        // Another app's comment that only looked like this token's: GitHub refuses the update.
        let updated;
        for (const found of await findComments(octokit, issue, commentMarker(review.botId))) {
            updated = await octokit.rest.issues.updateComment({ ...repository, comment_id: found, body }).catch(error => {
                if (error.status === 403 || error.status === 404)
                    return undefined;
                throw error;
            });
            if (updated)
                break;
        }
        const { data } = updated ?? (await octokit.rest.issues.createComment({ ...issue, body }));
        info(`${updated ? 'Updated' : 'Posted'} the ${what} for bot ${review.botId} on ${where}: ${(0,untrusted_text/* plain */.pj)(String(data.html_url ?? ''), 300)}`);
    }
    catch (error) {
        const { status, response, message } = error;
        const reason = response && status ? `HTTP ${status}: ${(0,untrusted_text/* plain */.pj)(message ?? '', 300)}` : (0,untrusted_text/* plain */.pj)(message ?? String(error), 300);
        const refused = status === 401 || status === 403 || status === 404;
        warning(`Could not post the ${what} on ${where} (${reason}). The import is not affected, and the ${what} is in the job summary.${refused
            ? " Give the job permissions: pull-requests: write, and leave github-token out (the job's GITHUB_TOKEN) or give a token that may write to pull requests."
            : ''}`);
    }
}
/** The comment: the marker, the report (cut if it must be), a link to the run. */
function commentBody(review, runUrl) {
    const report = cutAtLine(review.markdown.trimEnd(), MAX_REPORT_BYTES);
    const summary = runUrl ? `[the job summary](${runUrl})` : 'the job summary of the workflow run';
    const cut = report.cut
        ? `\n\n**The ${review.dryRun ? 'plan' : 'result'} is cut here**: it is longer than a comment holds. All of it is in ${summary}.`
        : '';
    const run = runUrl ? ` from [its workflow run](${runUrl})` : '';
    return `${commentMarker(review.botId)}\n${report.text}${cut}\n\n---\n<sub>kore-bot-export/import for bot ${code(review.botId)}${run}, updated on every run.</sub>\n`;
}
/**
 * At most `maxBytes` of whole lines: a table row, a list item and a code span stay whole (none
 * spans lines), and a fenced block cut open is closed, so the note after it is not swallowed.
 */
function cutAtLine(markdown, maxBytes) {
    if (Buffer.byteLength(markdown) <= maxBytes)
        return { text: markdown, cut: false };
    const kept = [];
    let bytes = 0;
    for (const line of markdown.split('\n')) {
        bytes += Buffer.byteLength(line) + 1;
        if (bytes > maxBytes)
            break;
        kept.push(line);
    }
    if (kept.filter(line => /^ {0,3}(```|~~~)/.test(line)).length % 2 === 1)
        kept.push('```');
    return { text: kept.join('\n').trimEnd(), cut: true };
}
/**
 * What the runner says about this run, read now: @actions/github's \`context\` is read once,
 * when the library loads, and its class is not exported.
 */
function runnerContext() {
    const eventFile = process.env.GITHUB_EVENT_PATH;
    const event = eventFile ? JSON.parse(external_node_fs_default().readFileSync(eventFile, 'utf8')) : {};
    return {
        payload: event && typeof event === 'object' ? event : {},
        eventName: process.env.GITHUB_EVENT_NAME ?? '',
        apiUrl: process.env.GITHUB_API_URL || 'https://api.github.com',
        serverUrl: process.env.GITHUB_SERVER_URL || 'https://github.com',
        runId: Number(process.env.GITHUB_RUN_ID),
        runAttempt: Number(process.env.GITHUB_RUN_ATTEMPT)
    };
}
/** The event's pull request, if the run is about one. A head repository that is gone counts as a fork. */
function pullRequestOf(payload) {
    const pullRequest = payload.pull_request;
    const number = pullRequest?.number;
    if (typeof number !== 'number' || !Number.isSafeInteger(number) || number <= 0)
        return undefined;
    const head = pullRequest?.head?.repo?.full_name;
    const base = pullRequest?.base?.repo?.full_name;
    return { number, fromFork: typeof head !== 'string' || head !== base };
}
function repositoryOf(repository) {
    const match = /^([\w.-]+)\/([\w.-]+)$/.exec(repository ?? '');
    if (!match)
        throw new Error(`GITHUB_REPOSITORY is "${(0,untrusted_text/* plain */.pj)(repository ?? '', 100)}", not owner/name`);
    return { owner: match[1], repo: match[2] };
}
/** The workflow run (this attempt), where the whole job summary is; undefined if the runner's variables do not say. */
function runLink(context) {
    const repository = process.env.GITHUB_REPOSITORY ?? '';
    if (!/^https?:\/\/[\w.:-]+(\/[\w.-]+)*\/?$/.test(context.serverUrl) || !/^[\w.-]+\/[\w.-]+$/.test(repository))
        return undefined;
    if (!Number.isSafeInteger(context.runId) || context.runId <= 0)
        return undefined;
    const attempt = Number.isSafeInteger(context.runAttempt) && context.runAttempt > 0 ? `/attempts/${context.runAttempt}` : '';
    return `${context.serverUrl.replace(/\/$/, '')}/${repository}/actions/runs/${context.runId}${attempt}`;
}
/** The login the job's GITHUB_TOKEN writes as. */
const ACTIONS_LOGIN = 'github-actions[bot]';
/**
 * This bot's comment, or the comments that may be it, to update in turn. Anyone may write a
 * comment that starts with the marker (a person, another app echoing it): taking it over would
 * show the plan under its author's name, who could then edit it. A comment by
 * github-actions[bot] is GITHUB_TOKEN's; for any other token, it is asked who it is. An app's
 * installation token may not ask: then the comments by bot accounts, newest first (its own,
 * posted after a refused update, is newer than another app's), and GitHub refuses the rest.
 */
async function findComments(octokit, issue, marker) {
    const candidates = [];
    let pages = 0;
    for await (const { data } of octokit.paginate.iterator(octokit.rest.issues.listComments, {
        ...issue,
        per_page: 100
    })) {
        for (const comment of data) {
            if ((comment.body ?? '').split(/\r?\n/, 1)[0] !== marker || !comment.user?.login)
                continue;
            candidates.push({ id: comment.id, login: comment.user.login, bot: comment.user.type === 'Bot' });
        }
        if (++pages >= MAX_PAGES)
            break;
    }
    if (candidates.length === 0)
        return [];
    const ours = candidates.find(comment => comment.login === ACTIONS_LOGIN);
    if (ours)
        return [ours.id];
    const me = await octokit.rest.users.getAuthenticated().then(({ data }) => data.login, () => undefined);
    const mine = me === undefined
        ? candidates.filter(comment => comment.bot).reverse()
        : candidates.filter(comment => comment.login === me);
    return mine.slice(0, MAX_UPDATE_TRIES).map(comment => comment.id);
}
/**
 * Octokit's fetch over the agents @actions/http-client picks for a URL: the runner's proxy
 * (https_proxy, no_proxy), as the platform's requests take it. @actions/github's own fetch is
 * undici's, which the bundles leave out (src/platform/lazy-undici.ts).
 */
async function runnerFetch(input, init = {}) {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const headers = Object.fromEntries(new Headers(init.headers));
    const body = init.body ?? undefined;
    if (body !== undefined && typeof body !== 'string')
        throw new TypeError('only text bodies are sent to GitHub');
    if (body !== undefined)
        headers['content-length'] = String(Buffer.byteLength(body));
    const agent = new lib/* HttpClient */.Qq('kore-bot-export').getAgent(url.href);
    const started = Date.now();
    return new Promise((resolve, reject) => {
        const request = (url.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default())).request(url, { method: init.method ?? 'GET', headers, agent, timeout: REQUEST_TIMEOUT_MS, signal: init.signal ?? undefined }, message => {
            const chunks = [];
            let received = 0;
            message.on('data', (chunk) => {
                received += chunk.length;
                // A page of 100 comments is well under this; more is not GitHub's answer to keep.
                if (received > MAX_ANSWER_BYTES)
                    return message.destroy(new Error(`an answer of more than ${MAX_ANSWER_BYTES / 1024 / 1024} MiB`));
                chunks.push(chunk);
            });
            message.on('error', reject);
            message.on('close', () => {
                if (!message.complete)
                    return reject(new Error('the connection closed before the end of the answer'));
                const status = message.statusCode ?? 0;
                core_debug(`${request.method} ${url.origin}${url.pathname} → ${status} in ${Date.now() - started} ms`);
                // A status or header that Response refuses is this request's failure, not the process's.
                try {
                    const answer = new Headers();
                    for (const [name, value] of Object.entries(message.headers))
                        for (const each of [value ?? []].flat())
                            answer.append(name, each);
                    const bytes = status === 204 || status === 304 ? null : Buffer.concat(chunks);
                    resolve(new Response(bytes, { status, headers: answer }));
                }
                catch (error) {
                    reject(error);
                }
            });
        });
        request.on('timeout', () => request.destroy(new Error(`no answer in ${REQUEST_TIMEOUT_MS / 1000} s`)));
        request.on('error', reject);
        request.end(body);
    });
}

;// CONCATENATED MODULE: ./src/action/run.ts
// Runs a flow as a step: inputs exactly as the runner passes them (every action.yml default
// filled in), the host above, and a failure as one error annotation prefixed with the
// action's name (as google-github-actions/auth does), so a log with many steps says whose it is.



async function runAction(name, flow) {
    const host = actionsHost();
    const inputs = { get: input => getInput(input), mask: host.mask };
    const { error, cancelled } = await flow(inputs, host);
    if (error)
        setFailed(`${name}: ${host.render((0,errors/* wordsOf */.Z9)(error))}`);
    // Requests cut off by a cancellation may still hold sockets open: do not wait for them.
    if (cancelled)
        process.exit(1);
}

;// CONCATENATED MODULE: ./src/action/import.ts
// The import action as a function, for the entry file and for @github/local-action: the
// import, then (pr-comment) its report on the pull request, which never changes the outcome.




/** `clock`: how the run waits (tests give one that does not sleep). */
async function run(clock = platform_clock/* systemClock */.ml) {
    await runAction('kore-bot-export/import', async (inputs, host) => {
        const result = await runImport(inputs, host, clock);
        if (result.review)
            await commentOnPullRequest(result.review);
        return result;
    });
}


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

/***/ 7522:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fw: () => (/* binding */ example),
/* harmony export */   Pe: () => (/* binding */ setting),
/* harmony export */   Pj: () => (/* binding */ secretExample),
/* harmony export */   TG: () => (/* binding */ again),
/* harmony export */   UG: () => (/* binding */ Words),
/* harmony export */   XX: () => (/* binding */ render),
/* harmony export */   Xn: () => (/* binding */ WORKFLOW_DIALECT),
/* harmony export */   cv: () => (/* binding */ say),
/* harmony export */   oR: () => (/* binding */ joined)
/* harmony export */ });
/* unused harmony export capitalized */
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
/* harmony export */   VY: () => (/* binding */ buildExportBody)
/* harmony export */ });
/* unused harmony exports COMPONENTS, SUBTASK_KINDS, EXPORT_TYPES */
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
const EXPORT_TYPES = (/* unused pure expression or super */ null && (['latest', 'published']));
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

/***/ 7834:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   U6: () => (/* binding */ waitForImport),
/* harmony export */   to: () => (/* binding */ ImportFailedError)
/* harmony export */ });
/* unused harmony export importFailed */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);
/* harmony import */ var _platform_clock_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5960);
/* harmony import */ var _platform_poll_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7346);
/* harmony import */ var _core_words_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7522);
// Follows one import by its own id until it has settled. Judged by the top-level status only:
// the first statusLogs entry says "success" while the import is still pending.




class ImportFailedError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CoreError */ .am {
    status;
    statusLogs;
    constructor(message, status, statusLogs) {
        super('job', message);
        this.status = status;
        this.statusLogs = statusLogs;
        this.name = 'ImportFailedError';
    }
}
async function waitForImport(client, botId, started, options) {
    let last = started;
    const importPhase = (0,_platform_poll_js__WEBPACK_IMPORTED_MODULE_2__/* .statusWords */ .o7)('import', line => options.log.info(line));
    const settle = (current) => {
        last = current;
        options.onStatus?.(current);
        const phase = importPhase(current.status);
        if (phase === 'success')
            return current;
        if (phase === 'failure')
            throw importFailed(current, botId);
        options.log.info(`Import ${current.id}: ${current.status} (${(0,_platform_clock_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(Math.max(0, options.deadline - options.clock.now()))} left)`);
        return undefined;
    };
    const timedOut = () => new ImportFailedError((0,_core_words_js__WEBPACK_IMPORTED_MODULE_3__/* .say */ .cv) `Import ${started.id} did not finish within ${(0,_platform_clock_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(options.timeoutMs)} (last status: "${last.status}"). Raise ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_3__/* .setting */ .Pe)('timeout')} (e.g. ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_3__/* .example */ .Fw)('timeout', '30m')}); the import may still finish on the platform: check the bot's import history before running again.`, last.status, last.statusLogs);
    return (0,_platform_poll_js__WEBPACK_IMPORTED_MODULE_2__/* .poll */ .wt)(() => client.importStatus(botId, started.id), settle, timedOut, options);
}
/** A failed import, with every statusLogs entry that is not a success. */
function importFailed(current, botId) {
    const failing = current.statusLogs.filter(log => (0,_platform_poll_js__WEBPACK_IMPORTED_MODULE_2__/* .phaseOf */ .hU)(log.status) !== 'success');
    const logs = failing
        .slice(0, 20)
        .map(log => `${log.taskType}${log.taskName ? ` "${log.taskName}"` : ''}: ${log.status}`);
    if (failing.length > 20)
        logs.push(`… and ${failing.length - 20} more (see the job summary)`);
    const why = logs.length > 0
        ? `:\n- ${logs.join('\n- ')}`
        : current.reason
            ? `: ${current.reason}`
            : ', and its log names no failing step';
    return new ImportFailedError((0,_core_words_js__WEBPACK_IMPORTED_MODULE_3__/* .say */ .cv) `Kore.ai reports import ${current.id} into bot ${botId} as "${current.status}"${why}\nCheck that the export comes from the same or an older platform version, that the target was re-published after any restore, and the components chosen; then ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_3__/* .again */ .TG)()}.`, current.status, current.statusLogs);
}


/***/ }),

/***/ 9096:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Mg: () => (/* binding */ buildImportBody),
/* harmony export */   ZJ: () => (/* binding */ IMPORT_MODES),
/* harmony export */   lk: () => (/* binding */ IMPORT_COMPONENTS)
/* harmony export */ });
/* harmony import */ var _export_export_request_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6710);
// The body of `POST /api/public/bot/{botId}/import`, as Kore.ai's XO 11 import page shows it.
// An incremental import carries an explicit importOptions, every group spelled out; a full
// import carries none. The API documents no switch between the two: Kore.ai's own public-API
// tests call a body without importOptions a full import, and public deploy scripts send it so
// (inferred, see import/README.md, "mode").

/** Every value the docs list for each group, the XO 10 and XO 11 pages together. */
const IMPORT_COMPONENTS = {
    tasks: ['botTask', 'knowledgeGraph', 'smallTalk', 'forms'],
    nlpData: ['nlpSettings', 'utterances', 'patterns', 'synonyms', 'concepts', 'standardResponses'],
    settings: ['botSettings', 'botVariables', 'ivrSettings', 'genAIandLLMSettings'],
    AgentAssist: ['rules', 'playbooks'],
    qualityAI: ['taxonomy', 'connectors', 'autoQA']
};
const IMPORT_MODES = ['incremental', 'full'];
function buildImportBody(files, choices) {
    const body = { botDefinition: files.botDefinition, configInfo: files.configInfo };
    if (files.botFunctions.length > 0)
        body.botFunctions = [...files.botFunctions];
    if ((choices.mode ?? 'incremental') === 'incremental')
        body.importOptions = importOptionsOf(choices);
    return (0,_export_export_request_js__WEBPACK_IMPORTED_MODULE_0__/* .deepMerge */ .$N)(body, choices.extra);
}
function importOptionsOf(choices) {
    const importOptions = {};
    for (const group of Object.keys(IMPORT_COMPONENTS)) {
        const chosen = choices.components[group] ?? [];
        importOptions[group] = chosen.length > 0 ? [...chosen] : [...IMPORT_COMPONENTS[group]];
    }
    // The XO 11 page's shape; the storyboard's scenes come with their comments.
    importOptions.storyBoardScenes = { includeComments: true };
    importOptions.customDashboard = true;
    // Exactly one of append and replace each: a public script sent both true.
    const options = { utterances: oneOf(choices.utterances), patterns: oneOf(choices.patterns ?? 'append') };
    if (choices.keepVariables.length > 0)
        options.botVariables = { ignore: [...choices.keepVariables] };
    importOptions.options = options;
    return importOptions;
}
function oneOf(mode) {
    return { append: mode === 'append', replace: mode === 'replace' };
}


/***/ }),

/***/ 3293:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _action_import_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4359);
// The entry point of the import action (import/action.yml): it only runs it.

await (0,_action_import_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4578:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BG: () => (/* binding */ PublishFailedError),
/* harmony export */   NK: () => (/* binding */ publishBot)
/* harmony export */ });
/* unused harmony export isThisPublish */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);
/* harmony import */ var _platform_clock_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5960);
/* harmony import */ var _platform_poll_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7346);
/* harmony import */ var _core_words_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7522);
// Publishes the target after a successful import and waits for the publish to settle. A
// resource may wait for an admin's approval instead of being published: a warning naming it,
// and `publish-status: awaiting-approval`, not a failure. The status API takes no publish id
// and may answer with the previous publish, so the status is read before publishing, and only
// a newer answer counts as this publish.




class PublishFailedError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CoreError */ .am {
    status;
    constructor(message, status) {
        super('job', message);
        this.status = status;
        this.name = 'PublishFailedError';
    }
}
async function publishBot(client, botId, options) {
    const publishPhase = (0,_platform_poll_js__WEBPACK_IMPORTED_MODULE_2__/* .statusWords */ .o7)('publish', line => options.log.info(line));
    // Also proves, before anything is published, that the app may read the publish status.
    const before = await client.lastPublishStatus(botId);
    const start = options.clock.now();
    options.log.info(`Publishing bot ${botId}`);
    const resources = await client.publish(botId, { versionComment: options.versionComment, initiateTraining: true });
    const refused = resources.filter(resource => resource.status && (0,_platform_poll_js__WEBPACK_IMPORTED_MODULE_2__/* .phaseOf */ .hU)(resource.status) === 'failure');
    if (refused.length > 0) {
        throw new PublishFailedError((0,_core_words_js__WEBPACK_IMPORTED_MODULE_3__/* .say */ .cv) `Kore.ai did not publish ${refused.map(describe).join(', ')} of bot ${botId}. Check them in the Builder, then ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_3__/* .again */ .TG)()}.`, refused[0].status);
    }
    const awaitingApproval = resources.filter(resource => resource.state.toLowerCase() === 'awaitingapproval');
    let last;
    let shown = '';
    let staleNamed = false;
    const settle = (current) => {
        if (!isThisPublish(current, before, start)) {
            if (!staleNamed)
                options.log.info(`Publish of bot ${botId}: the status API answers with still the previous publish (${current.id ?? 'no id'}, ${current.status}); waiting for this one.`);
            staleNamed = true;
            return undefined;
        }
        last = current;
        const phase = publishPhase(current.status);
        // Logged as it moves: a new status word or a new percentage, not every read.
        const progress = `${current.status}${current.percentComplete !== undefined ? ` (${current.percentComplete}%)` : ''}`;
        if (progress !== shown)
            options.log.info(`Publish of bot ${botId}: ${progress}`);
        shown = progress;
        if (phase === 'success')
            return current;
        if (phase === 'failure') {
            const why = current.failed.length > 0 ? current.failed : current.summary;
            throw new PublishFailedError((0,_core_words_js__WEBPACK_IMPORTED_MODULE_3__/* .say */ .cv) `Kore.ai reports the publish of bot ${botId} as "${current.status}"${why.length ? `:\n- ${why.slice(0, 20).join('\n- ')}` : ''}\nCheck that at least one channel is enabled, and the parts named in the Builder, then ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_3__/* .again */ .TG)()}.`, current.status);
        }
        return undefined;
    };
    const timedOut = () => new PublishFailedError((0,_core_words_js__WEBPACK_IMPORTED_MODULE_3__/* .say */ .cv) `The publish of bot ${botId} did not finish within ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_3__/* .setting */ .Pe)('timeout')} (${(0,_platform_clock_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(options.timeoutMs)}; last status: ${last ? `"${last.status}"` : staleNamed ? 'none, the status API still answered with the previous publish' : 'none'}). Raise it, e.g. ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_3__/* .example */ .Fw)('timeout', '30m')}; the publish may still finish.`, last?.status ?? '');
    const final = await (0,_platform_poll_js__WEBPACK_IMPORTED_MODULE_2__/* .poll */ .wt)(() => client.publishStatus(botId), settle, timedOut, options);
    if (final.failed.length > 0)
        options.log.warning(`Kore.ai reports the publish of bot ${botId} as "${final.status}", but parts of it as failed:\n- ${final.failed.slice(0, 20).join('\n- ')}`);
    if (awaitingApproval.length > 0) {
        options.log.warning(`Published bot ${botId}, but ${awaitingApproval.map(describe).join(', ')} wait for an admin's approval (Admin Console > Bot Management > Approvals) before users see them.`);
    }
    return {
        status: awaitingApproval.length > 0 ? 'awaiting-approval' : final.status,
        resources,
        awaitingApproval,
        summary: final.summary
    };
}
/**
 * Whether a status answer is about the publish this run made: there was none before, or it has
 * another id than the one read before, or it was requested at or after this publish's start
 * (or later than the one before, whatever the two clocks say).
 */
function isThisPublish(current, before, start) {
    if (!before)
        return true;
    if (current.id && before.id && current.id !== before.id)
        return true;
    if (current.requestedTime !== undefined)
        return (current.requestedTime >= start ||
            (before.requestedTime !== undefined && current.requestedTime > before.requestedTime));
    // No time to go by: the same id is the publish before; without ids nothing says it is old.
    return !(current.id && current.id === before.id);
}
function describe(resource) {
    return `${resource.type || 'resource'} ${resource.name || resource.id}`.trim();
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

/***/ 1267:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bv: () => (/* binding */ withTimeLimit),
/* harmony export */   Dr: () => (/* binding */ NetworkError),
/* harmony export */   Ku: () => (/* binding */ describeNetworkFailure),
/* harmony export */   Ng: () => (/* binding */ describeUrl),
/* harmony export */   U9: () => (/* binding */ isLoopback),
/* harmony export */   tD: () => (/* binding */ checkLink),
/* harmony export */   tN: () => (/* binding */ send),
/* harmony export */   yR: () => (/* binding */ readText)
/* harmony export */ });
/* unused harmony exports ConnectionSetupError, abortReason, abortable */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);
/* harmony import */ var _actions_http_client__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4942);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(371);
/* harmony import */ var _core_words_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7522);
/* harmony import */ var _clock_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(5960);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(385);
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
class NetworkError extends _retry_js__WEBPACK_IMPORTED_MODULE_5__/* .TransientError */ .N_ {
    notSent;
    constructor(where, reason, 
    /** The connection was refused: the request cannot have reached the platform. */
    notSent = false) {
        super((0,_core_words_js__WEBPACK_IMPORTED_MODULE_3__/* .say */ .cv) `${where}: ${reason}`);
        this.notSent = notSent;
        this.name = 'NetworkError';
    }
}
/** A failure another try will not mend: a host name that does not resolve, a refused certificate. */
class ConnectionSetupError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CoreError */ .am {
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
            throw new ConnectionSetupError(`${what} carries a user name or password (${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_6__/* .plain */ .pj)(describeUrl(url), 200)}); refused.`);
        return;
    }
    const shown = url.protocol === 'http:' ? (0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_6__/* .plain */ .pj)(describeUrl(url), 200) : (0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_6__/* .plain */ .pj)(url.protocol, 20);
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
        const client = new _actions_http_client__WEBPACK_IMPORTED_MODULE_1__/* .HttpClient */ .Qq('kore-bot-export', handlers, {
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
            if (error instanceof _clock_js__WEBPACK_IMPORTED_MODULE_4__/* .CancelledError */ .cc || error instanceof _retry_js__WEBPACK_IMPORTED_MODULE_5__/* .TransientError */ .N_)
                throw error;
            log.debug(`${request.method} ${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_6__/* .plain */ .pj)(describeUrl(url))} failed after ${Date.now() - started} ms`);
            throw classifyFailure(`${request.method} ${describeUrl(url)}`, url, error);
        }
        const message = response.message;
        const status = message.statusCode ?? 0;
        // Shown with the runner's debug logging: never the query (signed links) nor a header.
        log.debug(`${request.method} ${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_6__/* .plain */ .pj)(describeUrl(url))} → ${status} in ${Date.now() - started} ms`);
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
        throw new ConnectionSetupError(`GET ${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_6__/* .plain */ .pj)(describeUrl(url))} redirected to something that is not a URL.`);
    }
    if (hop >= MAX_REDIRECTS)
        throw new ConnectionSetupError(`GET ${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_6__/* .plain */ .pj)(describeUrl(url))}: more than ${MAX_REDIRECTS} redirects`);
    if (url.protocol === 'https:' && next.protocol !== 'https:') {
        throw new ConnectionSetupError(`GET ${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_6__/* .plain */ .pj)(describeUrl(url))} was redirected from https to ${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_6__/* .plain */ .pj)(next.protocol, 20)}//${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_6__/* .plain */ .pj)(next.host, 200)}, which is refused: it would send the download in the clear.`);
    }
    checkLink(next, `GET ${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_6__/* .plain */ .pj)(describeUrl(url))} redirected to a link that`);
    return next;
}
/** http-client writes text as UTF-8 and pipes anything else: bytes go as a stream of their exact length. */
function requestBody(request, headers) {
    if (request.body === undefined)
        return null;
    if (typeof request.body === 'string')
        return request.body;
    headers['content-length'] = request.body.length;
    return node_stream__WEBPACK_IMPORTED_MODULE_2__.Readable.from([request.body]);
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
        await abortable(reading, signal, () => message.destroy(new _clock_js__WEBPACK_IMPORTED_MODULE_4__/* .CancelledError */ .cc()));
        return Buffer.concat(pieces).toString('utf8');
    }
    catch (error) {
        if (error instanceof _retry_js__WEBPACK_IMPORTED_MODULE_5__/* .TransientError */ .N_ || error instanceof _clock_js__WEBPACK_IMPORTED_MODULE_4__/* .CancelledError */ .cc)
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
        return new ConnectionSetupError((0,_core_words_js__WEBPACK_IMPORTED_MODULE_3__/* .say */ .cv) `${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_6__/* .plain */ .pj)(where)}: the host name ${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_6__/* .plain */ .pj)(url.hostname, 200)} does not resolve (ENOTFOUND). Check ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_3__/* .setting */ .Pe)('host')} for a typo (e.g. https://platform.kore.ai); behind a proxy, check https_proxy and no_proxy.`);
    }
    if (code && CERTIFICATE_CODES.test(code)) {
        return new ConnectionSetupError((0,_core_words_js__WEBPACK_IMPORTED_MODULE_3__/* .say */ .cv) `${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_6__/* .plain */ .pj)(where)}: the TLS certificate of ${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_6__/* .plain */ .pj)(url.host, 200)} was not accepted (${reason}). Check that ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_3__/* .setting */ .Pe)('host')} is the platform's address; behind a proxy that inspects TLS, give its CA certificate to Node with NODE_EXTRA_CA_CERTS.`);
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
        return (0,_core_words_js__WEBPACK_IMPORTED_MODULE_3__/* .say */ .cv) `no answer in time (${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_3__/* .setting */ .Pe)('request-timeout')})`;
    if (code)
        return (0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_6__/* .plain */ .pj)(message?.includes(code) ? message : `${code}${message ? ` (${message})` : ''}`, 300);
    return (0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_6__/* .plain */ .pj)(message ?? String(error), 300);
}
/** Why a signal aborted: a time limit's own error, else the runner's cancellation. */
function abortReason(signal) {
    return signal.reason instanceof _retry_js__WEBPACK_IMPORTED_MODULE_5__/* .TransientError */ .N_ || signal.reason instanceof _clock_js__WEBPACK_IMPORTED_MODULE_4__/* .CancelledError */ .cc
        ? signal.reason
        : new _clock_js__WEBPACK_IMPORTED_MODULE_4__/* .CancelledError */ .cc();
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
// EXTERNAL MODULE: ./src/platform/http.ts
var http = __nccwpck_require__(1267);
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

/***/ 4798:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ProxyAgent: () => (/* binding */ ProxyAgent),
/* harmony export */   fetch: () => (/* binding */ fetch)
/* harmony export */ });
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
/* harmony export */   cu: () => (/* binding */ MARKER_FILE),
/* harmony export */   mw: () => (/* binding */ GIT_ATTRIBUTES_FILE)
/* harmony export */ });
/* unused harmony exports GIT_ATTRIBUTES_TEXT, writeRoots, realPath, isInside, checkZipPath, checkExtractTo, isDirectory */
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
    const temp = realPath(process.env.RUNNER_TEMP || os.tmpdir());
    return { workspace: real, roots: [real, temp] };
}
/**
 * The real path `target` would have: symbolic links in its existing part resolved, the part
 * that does not exist yet appended as written.
 */
function realPath(target) {
    const absolute = path.resolve(target);
    const missing = [];
    let existing = absolute;
    for (;;) {
        try {
            return path.join(fs.realpathSync.native(existing), ...missing.reverse());
        }
        catch (error) {
            const code = error.code;
            const parent = path.dirname(existing);
            if ((code !== 'ENOENT' && code !== 'ENOTDIR') || parent === existing)
                throw error;
            missing.push(path.basename(existing));
            existing = parent;
        }
    }
}
/** True when `child` is `parent` or below it. */
function isInside(child, parent) {
    const relative = path.relative(parent, child);
    return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}
/** The first existing ancestor of `target` (or `target`) that is not a folder. */
function fileInTheWay(target) {
    for (let current = target;; current = path.dirname(current)) {
        try {
            return fs.statSync(current).isDirectory() ? undefined : current;
        }
        catch {
            if (path.dirname(current) === current)
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
        throw new CoreError('input', say `${setting(name)}: ${shown} is the workspace or holds it, which the action must never replace. Give a folder of its own inside the workspace, e.g. ${example(name, name === 'path' ? 'kore-bot-export.zip' : 'bot')}.`);
    }
    if (!root) {
        throw new CoreError('input', say `${setting(name)}: ${shown} lies outside the workspace (${workspace}) and the runner's temporary folder, where the action does not write. Give a path inside the workspace, e.g. ${example(name, name === 'path' ? 'kore-bot-export.zip' : 'bot')}.`);
    }
    const segments = path
        .relative(root, real)
        .split(path.sep)
        .map(segment => segment.toLowerCase());
    if (segments.includes('.git')) {
        throw new CoreError('input', say `${setting(name)}: ${shown} lies in a .git folder, which holds the repository itself. Give a folder outside .git, e.g. ${example(name, 'bot')}.`);
    }
    if (root === workspace && segments[0] === '.github') {
        throw new CoreError('input', say `${setting(name)}: ${shown} lies in .github, which holds the repository's workflows and settings. Give another folder, e.g. ${example(name, 'bot')}.`);
    }
    const blocker = fileInTheWay(path.dirname(real));
    if (blocker) {
        throw new CoreError('input', say `${setting(name)}: ${shown} cannot be made because ${blocker} is a file, not a folder. Give another path, or move that file.`);
    }
    return real;
}
/** Checks the zip's path; returns its real path. */
function checkZipPath(given, roots) {
    const real = checkPlace('path', given, roots);
    if (isDirectory(real)) {
        throw new CoreError('input', say `${setting('path')}: ${given} is a folder. Give the path of the zip file to write, e.g. ${example('path', 'kore-bot-export.zip')} or ${example('path', 'backups/bot.zip')}.`);
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
        if (!fs.statSync(real).isDirectory()) {
            throw new CoreError('input', say `${setting('extract-to')}: ${given} is a file. Give a folder, e.g. ${example('extract-to', 'bot')}.`);
        }
        entries = fs.readdirSync(real);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return real;
        throw error;
    }
    const repository = findGitFolder(real);
    if (repository) {
        throw new CoreError('input', say `${setting('extract-to')}: ${given} holds a git repository (${repository}), which replacing the folder would destroy. Give a folder of its own, e.g. ${example('extract-to', 'bot')}.`);
    }
    if (entries.length > 0 && !entries.includes(MARKER_FILE) && !replaceExisting) {
        throw new CoreError('input', say `${setting('extract-to')}: ${given} already holds files that this action did not write (it has no ${MARKER_FILE} file), and unpacking replaces everything in it. Give an empty or new folder, or, if the folder is meant for the bot, set ${example('replace-existing', 'true')} once: the action then writes ${MARKER_FILE} and replaces the folder on later runs too.`);
    }
    return real;
}
/** A `.git` anywhere in the folder (a nested repository or submodule), looked for within bounds. */
function findGitFolder(folder, budget = { entries: 20_000 }) {
    let entries;
    try {
        entries = fs.readdirSync(folder, { withFileTypes: true });
    }
    catch {
        return undefined;
    }
    for (const entry of entries) {
        if (--budget.entries < 0)
            return undefined;
        if (entry.name.toLowerCase() === '.git')
            return path.join(folder, entry.name);
    }
    for (const entry of entries) {
        if (!entry.isDirectory())
            continue;
        const found = findGitFolder(path.join(folder, entry.name), budget);
        if (found)
            return found;
    }
    return undefined;
}
function isDirectory(target) {
    try {
        return fs.statSync(target).isDirectory();
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

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

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

/***/ 4942:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Qq: () => (/* binding */ HttpClient)
});

// UNUSED EXPORTS: Headers, HttpClientError, HttpClientResponse, HttpCodes, MediaTypes, getProxyUrl, isHttps

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
// EXTERNAL MODULE: ./src/platform/lazy-undici.ts
var lazy_undici = __nccwpck_require__(4798);
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
        proxyAgent = new lazy_undici.ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, ((proxyUrl.username || proxyUrl.password) && {
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
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
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
/******/ var __webpack_exports__ = __nccwpck_require__(3293);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=index.js.map