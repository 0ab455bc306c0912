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

/***/ 3313:
/***/ ((module) => {

module.exports = Pend;

function Pend() {
  this.pending = 0;
  this.max = Infinity;
  this.listeners = [];
  this.waiting = [];
  this.error = null;
}

Pend.prototype.go = function(fn) {
  if (this.pending < this.max) {
    pendGo(this, fn);
  } else {
    this.waiting.push(fn);
  }
};

Pend.prototype.wait = function(cb) {
  if (this.pending === 0) {
    cb(this.error);
  } else {
    this.listeners.push(cb);
  }
};

Pend.prototype.hold = function() {
  return pendHold(this);
};

function pendHold(self) {
  self.pending += 1;
  var called = false;
  return onCb;
  function onCb(err) {
    if (called) throw new Error("callback called twice");
    called = true;
    self.error = self.error || err;
    self.pending -= 1;
    if (self.waiting.length > 0 && self.pending < self.max) {
      pendGo(self, self.waiting.shift());
    } else if (self.pending === 0) {
      var listeners = self.listeners;
      self.listeners = [];
      listeners.forEach(cbListener);
    }
  }
  function cbListener(listener) {
    listener(self.error);
  }
}

function pendGo(self, fn) {
  fn(pendHold(self));
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

/***/ 4248:
/***/ ((module) => {

// Adapted from https://github.com/brianloveswords/buffer-crc32/blob/v0.2.13/index.js
const CRC_TABLE = new Int32Array([
  0x00000000, 0x77073096, 0xee0e612c, 0x990951ba, 0x076dc419, 0x706af48f, 0xe963a535, 0x9e6495a3,
  0x0edb8832, 0x79dcb8a4, 0xe0d5e91e, 0x97d2d988, 0x09b64c2b, 0x7eb17cbd, 0xe7b82d07, 0x90bf1d91,
  0x1db71064, 0x6ab020f2, 0xf3b97148, 0x84be41de, 0x1adad47d, 0x6ddde4eb, 0xf4d4b551, 0x83d385c7,
  0x136c9856, 0x646ba8c0, 0xfd62f97a, 0x8a65c9ec, 0x14015c4f, 0x63066cd9, 0xfa0f3d63, 0x8d080df5,
  0x3b6e20c8, 0x4c69105e, 0xd56041e4, 0xa2677172, 0x3c03e4d1, 0x4b04d447, 0xd20d85fd, 0xa50ab56b,
  0x35b5a8fa, 0x42b2986c, 0xdbbbc9d6, 0xacbcf940, 0x32d86ce3, 0x45df5c75, 0xdcd60dcf, 0xabd13d59,
  0x26d930ac, 0x51de003a, 0xc8d75180, 0xbfd06116, 0x21b4f4b5, 0x56b3c423, 0xcfba9599, 0xb8bda50f,
  0x2802b89e, 0x5f058808, 0xc60cd9b2, 0xb10be924, 0x2f6f7c87, 0x58684c11, 0xc1611dab, 0xb6662d3d,
  0x76dc4190, 0x01db7106, 0x98d220bc, 0xefd5102a, 0x71b18589, 0x06b6b51f, 0x9fbfe4a5, 0xe8b8d433,
  0x7807c9a2, 0x0f00f934, 0x9609a88e, 0xe10e9818, 0x7f6a0dbb, 0x086d3d2d, 0x91646c97, 0xe6635c01,
  0x6b6b51f4, 0x1c6c6162, 0x856530d8, 0xf262004e, 0x6c0695ed, 0x1b01a57b, 0x8208f4c1, 0xf50fc457,
  0x65b0d9c6, 0x12b7e950, 0x8bbeb8ea, 0xfcb9887c, 0x62dd1ddf, 0x15da2d49, 0x8cd37cf3, 0xfbd44c65,
  0x4db26158, 0x3ab551ce, 0xa3bc0074, 0xd4bb30e2, 0x4adfa541, 0x3dd895d7, 0xa4d1c46d, 0xd3d6f4fb,
  0x4369e96a, 0x346ed9fc, 0xad678846, 0xda60b8d0, 0x44042d73, 0x33031de5, 0xaa0a4c5f, 0xdd0d7cc9,
  0x5005713c, 0x270241aa, 0xbe0b1010, 0xc90c2086, 0x5768b525, 0x206f85b3, 0xb966d409, 0xce61e49f,
  0x5edef90e, 0x29d9c998, 0xb0d09822, 0xc7d7a8b4, 0x59b33d17, 0x2eb40d81, 0xb7bd5c3b, 0xc0ba6cad,
  0xedb88320, 0x9abfb3b6, 0x03b6e20c, 0x74b1d29a, 0xead54739, 0x9dd277af, 0x04db2615, 0x73dc1683,
  0xe3630b12, 0x94643b84, 0x0d6d6a3e, 0x7a6a5aa8, 0xe40ecf0b, 0x9309ff9d, 0x0a00ae27, 0x7d079eb1,
  0xf00f9344, 0x8708a3d2, 0x1e01f268, 0x6906c2fe, 0xf762575d, 0x806567cb, 0x196c3671, 0x6e6b06e7,
  0xfed41b76, 0x89d32be0, 0x10da7a5a, 0x67dd4acc, 0xf9b9df6f, 0x8ebeeff9, 0x17b7be43, 0x60b08ed5,
  0xd6d6a3e8, 0xa1d1937e, 0x38d8c2c4, 0x4fdff252, 0xd1bb67f1, 0xa6bc5767, 0x3fb506dd, 0x48b2364b,
  0xd80d2bda, 0xaf0a1b4c, 0x36034af6, 0x41047a60, 0xdf60efc3, 0xa867df55, 0x316e8eef, 0x4669be79,
  0xcb61b38c, 0xbc66831a, 0x256fd2a0, 0x5268e236, 0xcc0c7795, 0xbb0b4703, 0x220216b9, 0x5505262f,
  0xc5ba3bbe, 0xb2bd0b28, 0x2bb45a92, 0x5cb36a04, 0xc2d7ffa7, 0xb5d0cf31, 0x2cd99e8b, 0x5bdeae1d,
  0x9b64c2b0, 0xec63f226, 0x756aa39c, 0x026d930a, 0x9c0906a9, 0xeb0e363f, 0x72076785, 0x05005713,
  0x95bf4a82, 0xe2b87a14, 0x7bb12bae, 0x0cb61b38, 0x92d28e9b, 0xe5d5be0d, 0x7cdcefb7, 0x0bdbdf21,
  0x86d3d2d4, 0xf1d4e242, 0x68ddb3f8, 0x1fda836e, 0x81be16cd, 0xf6b9265b, 0x6fb077e1, 0x18b74777,
  0x88085ae6, 0xff0f6a70, 0x66063bca, 0x11010b5c, 0x8f659eff, 0xf862ae69, 0x616bffd3, 0x166ccf45,
  0xa00ae278, 0xd70dd2ee, 0x4e048354, 0x3903b3c2, 0xa7672661, 0xd06016f7, 0x4969474d, 0x3e6e77db,
  0xaed16a4a, 0xd9d65adc, 0x40df0b66, 0x37d83bf0, 0xa9bcae53, 0xdebb9ec5, 0x47b2cf7f, 0x30b5ffe9,
  0xbdbdf21c, 0xcabac28a, 0x53b39330, 0x24b4a3a6, 0xbad03605, 0xcdd70693, 0x54de5729, 0x23d967bf,
  0xb3667a2e, 0xc4614ab8, 0x5d681b02, 0x2a6f2b94, 0xb40bbe37, 0xc30c8ea1, 0x5a05df1b, 0x2d02ef8d,
]);

function crc32(buf) {
  let crc = -1;
  for (let x of buf) {
    crc = CRC_TABLE[(crc ^ x) & 0xff] ^ (crc >>> 8);
  }
  return (crc ^ -1) >>> 0;
}

module.exports = crc32;


/***/ }),

/***/ 3502:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

// This was adapted from https://github.com/andrewrk/node-fd-slicer by Andrew Kelley under the MIT License.
var fs = __nccwpck_require__(9896);
var util = __nccwpck_require__(9023);
var stream = __nccwpck_require__(2203);
var Readable = stream.Readable;
var PassThrough = stream.PassThrough;
var Pend = __nccwpck_require__(3313);
var EventEmitter = (__nccwpck_require__(4434).EventEmitter);

exports.BufferSlicer = BufferSlicer;
exports.FdSlicer = FdSlicer;

util.inherits(FdSlicer, EventEmitter);
function FdSlicer(fd) {
  EventEmitter.call(this);

  this.fd = fd;
  this.pend = new Pend();
  this.pend.max = 1;
  this.refCount = 0;
}

FdSlicer.prototype.read = function(buffer, offset, length, position, callback) {
  var self = this;
  self.pend.go(function(cb) {
    fs.read(self.fd, buffer, offset, length, position, function(err, bytesRead, buffer) {
      cb();
      callback(err, bytesRead, buffer);
    });
  });
};

FdSlicer.prototype.createReadStream = function(options) {
  return new ReadStream(this, options);
};

FdSlicer.prototype.ref = function() {
  this.refCount += 1;
};

FdSlicer.prototype.unref = function() {
  var self = this;
  self.refCount -= 1;
  if (self.refCount < 0) throw new Error("invalid unref");
  if (self.refCount > 0) return;

  fs.close(self.fd, onCloseDone);

  function onCloseDone(err) {
    if (err) {
      self.emit('error', err);
    } else {
      self.emit('close');
    }
  }
};

util.inherits(ReadStream, Readable);
function ReadStream(context, options) {
  options = options || {};
  Readable.call(this, options);

  this.context = context;
  this.context.ref();

  this.start = options.start || 0;
  this.endOffset = options.end;
  this.pos = this.start;
}

ReadStream.prototype._read = function(n) {
  var self = this;

  var toRead = Math.min(self._readableState.highWaterMark, n);
  if (self.endOffset != null) {
    toRead = Math.min(toRead, self.endOffset - self.pos);
  }
  if (toRead <= 0) {
    self.push(null);
    this._cleanup();
    return;
  }
  self.context.pend.go(function(cb) {
    var buffer = Buffer.allocUnsafe(toRead);
    fs.read(self.context.fd, buffer, 0, toRead, self.pos, function(err, bytesRead) {
      if (err) {
        self.destroy(err);
      } else if (bytesRead === 0) {
        self.push(null);
        self._cleanup();
      } else {
        self.pos += bytesRead;
        self.push(buffer.slice(0, bytesRead));
      }
      cb();
    });
  });
};

ReadStream.prototype._destroy = function(err, cb) {
  // Node 14+ calls this automatically at EOF.
  this._cleanup();
  cb(err);
};

ReadStream.prototype._cleanup = function() {
  if (this.context != null) {
    this.context.unref();
    this.context = null;
  }
};

util.inherits(BufferSlicer, EventEmitter);
function BufferSlicer(buffer) {
  EventEmitter.call(this);

  this.refCount = 0;
  this.buffer = buffer;
}

BufferSlicer.prototype.read = function(buffer, offset, length, position, callback) {
  if (!(0 <= offset && offset <= buffer.length)) throw new RangeError("offset outside buffer: 0 <= " + offset + " <= " + buffer.length);
  if (position < 0) throw new RangeError("position is negative: " + position);
  if (offset + length > buffer.length) {
    // The caller's buffer can't hold all the bytes they're trying to read.
    // Clamp the length instead of giving an error.
    // The callback will be informed of fewer than expected bytes written.
    length = buffer.length - offset;
  }
  if (position + length > this.buffer.length) {
    // Clamp any attempt to read past the end of the source buffer.
    length = this.buffer.length - position;
  }
  if (length <= 0) {
    // After any clamping, we're fully out of bounds or otherwise have nothing to do.
    // This isn't an error; it's just zero bytes written.
    setImmediate(function() {
      callback(null, 0);
    });
    return;
  }
  this.buffer.copy(buffer, offset, position, position + length);
  setImmediate(function() {
    callback(null, length);
  });
};

BufferSlicer.prototype.createReadStream = function(options) {
  options = options || {};
  var readStream = new PassThrough(options);
  readStream.start = options.start || 0;
  readStream.endOffset = options.end;
  // by the time this function returns, we'll be done.
  readStream.pos = readStream.endOffset || this.buffer.length;

  var entireSlice = this.buffer.slice(readStream.start, readStream.pos);
  // Cut the buffer into smaller slices for better memory usage when streaming into a zlib inflate stream.
  // See https://github.com/thejoshwolfe/yauzl/issues/87
  var maxChunkSize = 0x10000;
  var offset = 0;
  while (true) {
    var nextOffset = offset + maxChunkSize;
    if (nextOffset >= entireSlice.length) {
      // last chunk
      if (offset < entireSlice.length) {
        readStream.write(entireSlice.slice(offset, entireSlice.length));
      }
      break;
    }
    readStream.write(entireSlice.slice(offset, nextOffset));
    offset = nextOffset;
  }

  readStream.end();
  return readStream;
};

BufferSlicer.prototype.ref = function() {
  this.refCount += 1;
};

BufferSlicer.prototype.unref = function() {
  this.refCount -= 1;

  if (this.refCount < 0) {
    throw new Error("invalid unref");
  }
};


/***/ }),

/***/ 663:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var fs = __nccwpck_require__(9896);
var zlib = __nccwpck_require__(3106);
var fd_slicer = __nccwpck_require__(3502);
var util = __nccwpck_require__(9023);
var EventEmitter = (__nccwpck_require__(4434).EventEmitter);
var Transform = (__nccwpck_require__(2203).Transform);
var PassThrough = (__nccwpck_require__(2203).PassThrough);
var Writable = (__nccwpck_require__(2203).Writable);

// Node 20 added zlib.crc32.
const crc32 = typeof zlib.crc32 === "function" ? zlib.crc32 : __nccwpck_require__(4248);

exports.open = open;
exports.fromFd = fromFd;
exports.fromBuffer = fromBuffer;
exports.fromRandomAccessReader = fromRandomAccessReader;
exports.openPromise = openPromise;
exports.fromFdPromise = fromFdPromise;
exports.fromBufferPromise = fromBufferPromise;
exports.fromRandomAccessReaderPromise = fromRandomAccessReaderPromise;

exports.dosDateTimeToDate = dosDateTimeToDate;
exports.getFileNameLowLevel = getFileNameLowLevel;
exports.validateFileName = validateFileName;
exports.parseExtraFields = parseExtraFields;
exports.ZipFile = ZipFile;
exports.Entry = Entry;
exports.LocalFileHeader = LocalFileHeader;
exports.RandomAccessReader = RandomAccessReader;

function openPromise(path, options) {
  return new Promise((resolve, reject) => {
    open(path, {...options, lazyEntries: true}, function(err, zipfile) {
      if (err) return reject(err);
      resolve(zipfile);
    });
  });
}
function fromFdPromise(fd, options) {
  return new Promise((resolve, reject) => {
    fromFd(fd, {...options, lazyEntries: true}, function(err, zipfile) {
      if (err) return reject(err);
      resolve(zipfile);
    });
  });
}
function fromBufferPromise(buffer, options) {
  return new Promise((resolve, reject) => {
    fromBuffer(buffer, {...options, lazyEntries: true}, function(err, zipfile) {
      if (err) return reject(err);
      resolve(zipfile);
    });
  });
}
function fromRandomAccessReaderPromise(reader, totalSize, options) {
  return new Promise((resolve, reject) => {
    fromRandomAccessReader(reader, totalSize, {...options, lazyEntries: true}, function(err, zipfile) {
      if (err) return reject(err);
      resolve(zipfile);
    });
  });
}

function open(path, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = null;
  }
  if (options == null) options = {};
  if (options.autoClose == null) options.autoClose = true;
  if (options.lazyEntries == null) options.lazyEntries = false;
  if (options.decodeStrings == null) options.decodeStrings = true;
  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
  if (options.strictFileNames == null) options.strictFileNames = false;
  if (callback == null) callback = defaultCallback;
  fs.open(path, "r", function(err, fd) {
    if (err) return callback(err);
    fromFd(fd, options, function(err, zipfile) {
      if (err) fs.close(fd, defaultCallback);
      callback(err, zipfile);
    });
  });
}

function fromFd(fd, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = null;
  }
  if (options == null) options = {};
  if (options.autoClose == null) options.autoClose = false;
  if (options.lazyEntries == null) options.lazyEntries = false;
  if (options.decodeStrings == null) options.decodeStrings = true;
  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
  if (options.strictFileNames == null) options.strictFileNames = false;
  if (callback == null) callback = defaultCallback;
  fs.fstat(fd, function(err, stats) {
    if (err) return callback(err);
    var reader = new fd_slicer.FdSlicer(fd);
    fromRandomAccessReader(reader, stats.size, options, callback);
  });
}

function fromBuffer(buffer, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = null;
  }
  if (options == null) options = {};
  options.autoClose = false;
  if (options.lazyEntries == null) options.lazyEntries = false;
  if (options.decodeStrings == null) options.decodeStrings = true;
  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
  if (options.strictFileNames == null) options.strictFileNames = false;
  var reader = new fd_slicer.BufferSlicer(buffer);
  fromRandomAccessReader(reader, buffer.length, options, callback);
}

function fromRandomAccessReader(reader, totalSize, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = null;
  }
  if (options == null) options = {};
  if (options.autoClose == null) options.autoClose = true;
  if (options.lazyEntries == null) options.lazyEntries = false;
  if (options.decodeStrings == null) options.decodeStrings = true;
  var decodeStrings = !!options.decodeStrings;
  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
  if (options.strictFileNames == null) options.strictFileNames = false;
  if (callback == null) callback = defaultCallback;
  if (typeof totalSize !== "number") throw new Error("expected totalSize parameter to be a number");
  if (totalSize > Number.MAX_SAFE_INTEGER) {
    throw new Error("zip file too large. only file sizes up to 2^52 are supported due to JavaScript's Number type being an IEEE 754 double.");
  }

  // the matching unref() call is in zipfile.close()
  reader.ref();

  // eocdr means End of Central Directory Record.
  // search backwards for the eocdr signature.
  // the last field of the eocdr is a variable-length comment.
  // the comment size is encoded in a 2-byte field in the eocdr, which we can't find without trudging backwards through the comment to find it.
  // as a consequence of this design decision, it's possible to have ambiguous zip file metadata if a coherent eocdr was in the comment.
  // we search backwards for a eocdr signature, and hope that whoever made the zip file was smart enough to forbid the eocdr signature in the comment.
  var eocdrWithoutCommentSize = 22;
  var zip64EocdlSize = 20; // Zip64 end of central directory locator
  var maxCommentSize = 0xffff; // 2-byte size
  var bufferSize = Math.min(zip64EocdlSize + eocdrWithoutCommentSize + maxCommentSize, totalSize);
  var buffer = newBuffer(bufferSize);
  var bufferReadStart = totalSize - buffer.length;
  readAndAssertNoEof(reader, buffer, 0, bufferSize, bufferReadStart, function(err) {
    if (err) return callback(err);
    for (var i = bufferSize - eocdrWithoutCommentSize; i >= 0; i -= 1) {
      if (buffer.readUInt32LE(i) !== 0x06054b50) continue;
      // found eocdr
      var eocdrBuffer = buffer.subarray(i);

      // 0 - End of central directory signature = 0x06054b50
      // 4 - Number of this disk
      var diskNumber = eocdrBuffer.readUInt16LE(4);
      // 6 - Disk where central directory starts
      // 8 - Number of central directory records on this disk
      // 10 - Total number of central directory records
      var entryCount = eocdrBuffer.readUInt16LE(10);
      // 12 - Size of central directory (bytes)
      // 16 - Offset of start of central directory, relative to start of archive
      var centralDirectoryOffset = eocdrBuffer.readUInt32LE(16);
      // 20 - Comment length
      var commentLength = eocdrBuffer.readUInt16LE(20);
      var expectedCommentLength = eocdrBuffer.length - eocdrWithoutCommentSize;
      if (commentLength !== expectedCommentLength) {
        return callback(new Error("Invalid comment length. Expected: " + expectedCommentLength + ". Found: " + commentLength + ". Are there extra bytes at the end of the file? Or is the end of central dir signature `PK☺☻` in the comment?"));
      }
      // 22 - Comment
      // the encoding is always cp437.
      var comment = decodeStrings ? decodeBuffer(eocdrBuffer.subarray(22), false)
                                  : eocdrBuffer.subarray(22);

      // Look for a Zip64 end of central directory locator
      if (i - zip64EocdlSize >= 0 && buffer.readUInt32LE(i - zip64EocdlSize) === 0x07064b50) {
        // ZIP64 format
        var zip64EocdlBuffer = buffer.subarray(i - zip64EocdlSize, i - zip64EocdlSize + zip64EocdlSize);
        // 0 - zip64 end of central dir locator signature = 0x07064b50
        // 4 - number of the disk with the start of the zip64 end of central directory
        // 8 - relative offset of the zip64 end of central directory record
        var zip64EocdrOffset = readUInt64LE(zip64EocdlBuffer, 8);
        // 16 - total number of disks

        // ZIP64 end of central directory record
        var zip64EocdrBuffer = newBuffer(56);
        return readAndAssertNoEof(reader, zip64EocdrBuffer, 0, zip64EocdrBuffer.length, zip64EocdrOffset, function(err) {
          if (err) return callback(err);

          // 0 - zip64 end of central dir signature                           4 bytes  (0x06064b50)
          if (zip64EocdrBuffer.readUInt32LE(0) !== 0x06064b50) {
            return callback(new Error("invalid zip64 end of central directory record signature"));
          }
          // 4 - size of zip64 end of central directory record                8 bytes
          // 12 - version made by                                             2 bytes
          // 14 - version needed to extract                                   2 bytes
          // 16 - number of this disk                                         4 bytes
          diskNumber = zip64EocdrBuffer.readUInt32LE(16);
          if (diskNumber !== 0) {
            // Check this only after zip64 overrides. See #118.
            return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
          }
          // 20 - number of the disk with the start of the central directory  4 bytes
          // 24 - total number of entries in the central directory on this disk         8 bytes
          // 32 - total number of entries in the central directory            8 bytes
          entryCount = readUInt64LE(zip64EocdrBuffer, 32);
          // 40 - size of the central directory                               8 bytes
          // 48 - offset of start of central directory with respect to the starting disk number     8 bytes
          centralDirectoryOffset = readUInt64LE(zip64EocdrBuffer, 48);
          // 56 - zip64 extensible data sector                                (variable size)
          return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options.autoClose, options.lazyEntries, decodeStrings, options.validateEntrySizes, options.strictFileNames));
        });
      }

      // Not ZIP64 format
      if (diskNumber !== 0) {
        return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
      }
      return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options.autoClose, options.lazyEntries, decodeStrings, options.validateEntrySizes, options.strictFileNames));

    }

    // Not a zip file.
    callback(new Error("End of central directory record signature not found. Either not a zip file, or file is truncated."));
  });
}

util.inherits(ZipFile, EventEmitter);
function ZipFile(reader, centralDirectoryOffset, fileSize, entryCount, comment, autoClose, lazyEntries, decodeStrings, validateEntrySizes, strictFileNames) {
  var self = this;
  EventEmitter.call(self);
  self.reader = reader;
  // forward close events
  self.reader.on("error", function(err) {
    // error closing the fd
    emitError(self, err);
  });
  self.reader.once("close", function() {
    self.emit("close");
  });
  self.readEntryCursor = centralDirectoryOffset;
  self.fileSize = fileSize;
  self.entryCount = entryCount;
  self.comment = comment;
  self.entriesRead = 0;
  self.autoClose = !!autoClose;
  self.lazyEntries = !!lazyEntries;
  self.decodeStrings = !!decodeStrings;
  self.validateEntrySizes = !!validateEntrySizes;
  self.strictFileNames = !!strictFileNames;
  self.isOpen = true;
  self.emittedError = false;
  self.hasEachEntryBeenCalled = false;

  if (!self.lazyEntries) self._readEntry();
}
ZipFile.prototype.close = function() {
  if (!this.isOpen) return;
  this.isOpen = false;
  this.reader.unref();
};

function emitErrorAndAutoClose(self, err) {
  if (self.autoClose) self.close();
  emitError(self, err);
}
function emitError(self, err) {
  if (self.emittedError) return;
  self.emittedError = true;
  self.emit("error", err);
}

ZipFile.prototype.readEntry = function() {
  if (!this.lazyEntries) throw new Error("readEntry() called without lazyEntries:true");
  this._readEntry();
};
ZipFile.prototype._readEntry = function() {
  var self = this;
  if (self.entryCount === self.entriesRead) {
    // done with metadata
    setImmediate(function() {
      if (self.autoClose) self.close();
      if (self.emittedError) return;
      self.emit("end");
    });
    return;
  }
  if (self.emittedError) return;
  var buffer = newBuffer(46);
  readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err) {
    if (err) return emitErrorAndAutoClose(self, err);
    if (self.emittedError) return;
    var entry = new Entry();
    // 0 - Central directory file header signature
    var signature = buffer.readUInt32LE(0);
    if (signature !== 0x02014b50) return emitErrorAndAutoClose(self, new Error("invalid central directory file header signature: 0x" + signature.toString(16)));
    // 4 - Version made by
    entry.versionMadeBy = buffer.readUInt16LE(4);
    // 6 - Version needed to extract (minimum)
    entry.versionNeededToExtract = buffer.readUInt16LE(6);
    // 8 - General purpose bit flag
    entry.generalPurposeBitFlag = buffer.readUInt16LE(8);
    // 10 - Compression method
    entry.compressionMethod = buffer.readUInt16LE(10);
    // 12 - File last modification time
    entry.lastModFileTime = buffer.readUInt16LE(12);
    // 14 - File last modification date
    entry.lastModFileDate = buffer.readUInt16LE(14);
    // 16 - CRC-32
    entry.crc32 = buffer.readUInt32LE(16);
    // 20 - Compressed size
    entry.compressedSize = buffer.readUInt32LE(20);
    // 24 - Uncompressed size
    entry.uncompressedSize = buffer.readUInt32LE(24);
    // 28 - File name length (n)
    entry.fileNameLength = buffer.readUInt16LE(28);
    // 30 - Extra field length (m)
    entry.extraFieldLength = buffer.readUInt16LE(30);
    // 32 - File comment length (k)
    entry.fileCommentLength = buffer.readUInt16LE(32);
    // 34 - Disk number where file starts
    // 36 - Internal file attributes
    entry.internalFileAttributes = buffer.readUInt16LE(36);
    // 38 - External file attributes
    entry.externalFileAttributes = buffer.readUInt32LE(38);
    // 42 - Relative offset of local file header
    entry.relativeOffsetOfLocalHeader = buffer.readUInt32LE(42);

    if (entry.generalPurposeBitFlag & 0x40) return emitErrorAndAutoClose(self, new Error("strong encryption is not supported"));

    self.readEntryCursor += 46;

    buffer = newBuffer(entry.fileNameLength + entry.extraFieldLength + entry.fileCommentLength);
    readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err) {
      if (err) return emitErrorAndAutoClose(self, err);
      if (self.emittedError) return;
      // 46 - File name
      entry.fileNameRaw = buffer.subarray(0, entry.fileNameLength);
      // 46+n - Extra field
      var fileCommentStart = entry.fileNameLength + entry.extraFieldLength;
      entry.extraFieldRaw = buffer.subarray(entry.fileNameLength, fileCommentStart);
      // 46+n+m - File comment
      entry.fileCommentRaw = buffer.subarray(fileCommentStart, fileCommentStart + entry.fileCommentLength);

      // Parse the extra fields, which we need for processing other fields.
      try {
        entry.extraFields = parseExtraFields(entry.extraFieldRaw);
      } catch (err) {
        return emitErrorAndAutoClose(self, err);
      }

      // Interpret strings according to bit flags, extra fields, and options.
      if (self.decodeStrings) {
        var isUtf8 = (entry.generalPurposeBitFlag & 0x800) !== 0;
        entry.fileComment = decodeBuffer(entry.fileCommentRaw, isUtf8);
        entry.fileName = getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, self.strictFileNames);
        var errorMessage = validateFileName(entry.fileName);
        if (errorMessage != null) return emitErrorAndAutoClose(self, new Error(errorMessage));
      } else {
        entry.fileComment = entry.fileCommentRaw;
        entry.fileName = entry.fileNameRaw;
      }
      // Maintain API compatibility. See https://github.com/thejoshwolfe/yauzl/issues/47
      entry.comment = entry.fileComment;

      self.readEntryCursor += buffer.length;
      self.entriesRead += 1;

      // Check for the Zip64 Extended Information Extra Field.
      for (var i = 0; i < entry.extraFields.length; i++) {
        var extraField = entry.extraFields[i];
        if (extraField.id !== 0x0001) continue;
        // Found it.

        var zip64EiefBuffer = extraField.data;
        var index = 0;
        // 0 - Original Size          8 bytes
        if (entry.uncompressedSize === 0xffffffff) {
          if (index + 8 > zip64EiefBuffer.length) {
            return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include uncompressed size"));
          }
          entry.uncompressedSize = readUInt64LE(zip64EiefBuffer, index);
          index += 8;
        }
        // 8 - Compressed Size        8 bytes
        if (entry.compressedSize === 0xffffffff) {
          if (index + 8 > zip64EiefBuffer.length) {
            return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include compressed size"));
          }
          entry.compressedSize = readUInt64LE(zip64EiefBuffer, index);
          index += 8;
        }
        // 16 - Relative Header Offset 8 bytes
        if (entry.relativeOffsetOfLocalHeader === 0xffffffff) {
          if (index + 8 > zip64EiefBuffer.length) {
            return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include relative header offset"));
          }
          entry.relativeOffsetOfLocalHeader = readUInt64LE(zip64EiefBuffer, index);
          index += 8;
        }
        // 24 - Disk Start Number      4 bytes

        break;
      }

      // validate file size
      if (self.validateEntrySizes && entry.compressionMethod === 0) {
        var expectedCompressedSize = entry.uncompressedSize;
        if (entry.isEncrypted()) {
          // traditional encryption prefixes the file data with a header
          expectedCompressedSize += 12;
        }
        if (entry.compressedSize !== expectedCompressedSize) {
          var msg = "compressed/uncompressed size mismatch for stored file: " + entry.compressedSize + " != " + entry.uncompressedSize;
          return emitErrorAndAutoClose(self, new Error(msg));
        }
      }

      self.emit("entry", entry);

      if (!self.lazyEntries) self._readEntry();
    });
  });
};

ZipFile.prototype.eachEntry = function() {
  const self = this;
  if (!self.lazyEntries) throw new Error("eachEntry() requires lazyEntries: true");
  if (self.hasEachEntryBeenCalled) throw new Error("eachEntry() must only be called once per ZipFile");
  self.hasEachEntryBeenCalled = true;

  let pendingResolveReject = null;
  self.on("entry", onEntry);
  self.on("end", onEnd);
  self.on("error", onError);
  function cleanup() {
    self.removeListener("entry", onEntry);
    self.removeListener("end", onEnd);
    self.removeListener("error", onError);
    if (self.autoClose) self.close();
  }

  function onEntry(entry) {
    let {resolve} = pendingResolveReject;
    pendingResolveReject = null;
    resolve({value: entry});
  }
  function onEnd() {
    let {resolve} = pendingResolveReject;
    pendingResolveReject = null;
    cleanup();
    resolve({done: true});
  }
  function onError(err) {
    let {reject} = pendingResolveReject;
    pendingResolveReject = null;
    cleanup();
    reject(err);
  }

  return {
    [Symbol.asyncIterator]() {
      // Called once by `for await...of`.
      return this;
    },
    next() {
      // Called on each iteration in a `for await...of`.
      const promise = new Promise((resolve, reject) => {
        if (pendingResolveReject != null) throw new Error("next() called before previous Promise was resolved.");
        pendingResolveReject = {resolve, reject};
      });
      self.readEntry();
      return promise;
    },
    return(value) {
      // Called when breaking, returning, throwing out of a `for await...of`.
      cleanup();
      return Promise.resolve({done: true, value});
    },
    throw(value) {
      // Almost never called. Something about `yield*` maybe?
      cleanup();
      return Promise.reject(value);
    },
  };
};

ZipFile.prototype.openReadStream = function(entry, options, callback) {
  var self = this;
  // parameter validation
  var relativeStart = 0;
  var relativeEnd = entry.compressedSize;
  if (callback == null) {
    callback = options;
    options = null;
  }
  if (options == null) {
    options = {};
  } else {
    if (options.decodeFileData === false) {
      // new, simple option
      if (options.decrypt != null) {
        throw new Error("cannot use options.decrypt when options.decodeFileData === false");
      }
      if (options.decompress != null) {
        throw new Error("cannot use options.decompress when options.decodeFileData === false");
      }
      // start and end are allowed
    } else {
      // old, complicated options
      if (options.decrypt != null) {
        if (!entry.isEncrypted()) {
          throw new Error("options.decrypt can only be specified for encrypted entries. See also option decodeFileData.");
        }
        if (options.decrypt !== false) throw new Error("invalid options.decrypt value: " + options.decrypt);
        if (entry.isCompressed()) {
          if (options.decompress !== false) throw new Error("entry is encrypted and compressed, and options.decompress !== false. See also option decodeFileData.");
        }
      }
      if (options.decompress != null) {
        if (!entry.isCompressed()) {
          throw new Error("options.decompress can only be specified for compressed entries. See also option decodeFileData.");
        }
        if (!(options.decompress === false || options.decompress === true)) {
          throw new Error("invalid options.decompress value: " + options.decompress);
        }
        decompress = options.decompress;
      }
    }
    if (options.start != null) {
      relativeStart = options.start;
      if (relativeStart < 0) throw new Error("options.start < 0");
      if (relativeStart > entry.compressedSize) throw new Error("options.start > entry.compressedSize");
    }
    if (options.end != null) {
      relativeEnd = options.end;
      if (relativeEnd < 0) throw new Error("options.end < 0");
      if (relativeEnd > entry.compressedSize) throw new Error("options.end > entry.compressedSize");
      if (relativeEnd < relativeStart) throw new Error("options.end < options.start");
    }
  }
  var rawMode = (
    options.decodeFileData === false || // Explicitly requested raw.
    (
      (entry.compressionMethod === 0 || // Naturally without compression.
        (entry.compressionMethod === 8 && options.decompress === false) // Deprecated compression bypass option.
      ) &&
      (!entry.isEncrypted() || // Naturally without encryption.
        options.decrypt === false // Deprecated encryption bypass option.
      )
    )
  );
  if (options.start != null || options.end != null) {
    // Ensure slicing deals with raw data.
    if (!rawMode) throw new Error("start/end range require options.decodeFileData === false for non-trivial encoded entries.");
  }

  // any further errors can either be caused by the zipfile,
  // or were introduced in a minor version of yauzl,
  // so should be passed to the client rather than thrown.
  if (!self.isOpen) return callback(new Error("closed"));
  if (entry.isEncrypted() && !rawMode) {
    if (options.decrypt !== false) return callback(new Error("entry is encrypted, and options.decodeFileData !== false"));
  }
  var decompress;
  if (rawMode) {
    decompress = false;
  } else if (entry.compressionMethod === 8) {
    // 8 - The file is Deflated
    decompress = options.decodeFileData !== true;
  } else {
    return callback(new Error("unsupported compression method: " + entry.compressionMethod));
  }

  self.readLocalFileHeader(entry, {minimal: true}, function(err, localFileHeader) {
    if (err) return callback(err);
    self.openReadStreamLowLevel(
      localFileHeader.fileDataStart, entry.compressedSize,
      relativeStart, relativeEnd,
      decompress, entry.uncompressedSize,
      callback);
  });
};

ZipFile.prototype.openReadStreamLowLevel = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, callback) {
  var self = this;

  var fileDataEnd = fileDataStart + compressedSize;
  var readStream = self.reader.createReadStream({
    start: fileDataStart + relativeStart,
    end: fileDataStart + relativeEnd,
  });
  var endpointStream = readStream;
  if (decompress) {
    var destroyed = false;
    var inflateFilter = zlib.createInflateRaw();
    readStream.on("error", function(err) {
      // setImmediate here because errors can be emitted during the first call to pipe()
      setImmediate(function() {
        if (!destroyed) inflateFilter.emit("error", err);
      });
    });
    readStream.pipe(inflateFilter);

    if (self.validateEntrySizes) {
      endpointStream = new AssertByteCountStream(uncompressedSize);
      inflateFilter.on("error", function(err) {
        // forward zlib errors to the client-visible stream
        setImmediate(function() {
          if (!destroyed) endpointStream.emit("error", err);
        });
      });
      inflateFilter.pipe(endpointStream);
    } else {
      // the zlib filter is the client-visible stream
      endpointStream = inflateFilter;
    }
    // this is part of yauzl's API, so implement this function on the client-visible stream
    installDestroyFn(endpointStream, function() {
      destroyed = true;
      if (inflateFilter !== endpointStream) inflateFilter.unpipe(endpointStream);
      readStream.unpipe(inflateFilter);
      // TODO: the inflateFilter may cause a memory leak. see Issue #27.
      readStream.destroy();
    });
  }
  callback(null, endpointStream);
};

ZipFile.prototype.readLocalFileHeader = function(entry, options, callback) {
  var self = this;
  if (callback == null) {
    callback = options;
    options = null;
  }
  if (options == null) options = {};

  self.reader.ref();
  var buffer = newBuffer(30);
  readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader, function(err) {
    try {
      if (err) return callback(err);
      // 0 - Local file header signature = 0x04034b50
      var signature = buffer.readUInt32LE(0);
      if (signature !== 0x04034b50) {
        return callback(new Error("invalid local file header signature: 0x" + signature.toString(16)));
      }

      var fileNameLength = buffer.readUInt16LE(26);
      var extraFieldLength = buffer.readUInt16LE(28);
      var fileDataStart = entry.relativeOffsetOfLocalHeader + 30 + fileNameLength + extraFieldLength;
      // We now have enough information to do this bounds check.
      if (fileDataStart + entry.compressedSize > self.fileSize) {
        return callback(new Error("file data overflows file bounds: " +
            fileDataStart + " + " + entry.compressedSize + " > " + self.fileSize));
      }

      if (options.minimal) {
        return callback(null, {fileDataStart: fileDataStart});
      }

      var localFileHeader = new LocalFileHeader();
      localFileHeader.fileDataStart = fileDataStart;

      // 4 - Version needed to extract (minimum)
      localFileHeader.versionNeededToExtract = buffer.readUInt16LE(4);
      // 6 - General purpose bit flag
      localFileHeader.generalPurposeBitFlag = buffer.readUInt16LE(6);
      // 8 - Compression method
      localFileHeader.compressionMethod = buffer.readUInt16LE(8);
      // 10 - File last modification time
      localFileHeader.lastModFileTime = buffer.readUInt16LE(10);
      // 12 - File last modification date
      localFileHeader.lastModFileDate = buffer.readUInt16LE(12);
      // 14 - CRC-32
      localFileHeader.crc32 = buffer.readUInt32LE(14);
      // 18 - Compressed size
      localFileHeader.compressedSize = buffer.readUInt32LE(18);
      // 22 - Uncompressed size
      localFileHeader.uncompressedSize = buffer.readUInt32LE(22);
      // 26 - File name length (n)
      localFileHeader.fileNameLength = fileNameLength;
      // 28 - Extra field length (m)
      localFileHeader.extraFieldLength = extraFieldLength;
      // 30 - File name
      // 30+n - Extra field

      buffer = newBuffer(fileNameLength + extraFieldLength);
      self.reader.ref();
      readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader + 30, function(err) {
        try {
          if (err) return callback(err);
          localFileHeader.fileName = buffer.subarray(0, fileNameLength);
          localFileHeader.extraField = buffer.subarray(fileNameLength);
          return callback(null, localFileHeader);
        } finally {
          self.reader.unref();
        }
      });
    } finally {
      self.reader.unref();
    }
  });
};

ZipFile.prototype.openReadStreamPromise = function(entry, options) {
  return new Promise((resolve, reject) => {
    this.openReadStream(entry, options, function(err, readStream) {
      if (err) return reject(err);
      resolve(readStream);
    });
  });
};
ZipFile.prototype.openReadStreamLowLevelPromise = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize) {
  return new Promise((resolve, reject) => {
    this.openReadStream(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, function(err, readStream) {
      if (err) return reject(err);
      resolve(readStream);
    });
  });
};
ZipFile.prototype.readLocalFileHeaderPromise = function(entry, options) {
  return new Promise((resolve, reject) => {
    this.readLocalFileHeader(entry, options, function(err, localFileHeader) {
      if (err) return reject(err);
      resolve(localFileHeader);
    });
  });
};

function Entry() {
}
Entry.prototype.getLastModDate = function(options) {
  if (options == null) options = {};

  if (!options.forceDosFormat) {
    // Check extended fields.
    for (var i = 0; i < this.extraFields.length; i++) {
      var extraField = this.extraFields[i];
      if (extraField.id === 0x5455) {
        // Info-ZIP "universal timestamp" extended field (`0x5455` aka `"UT"`).
        // See the Info-ZIP source code unix/unix.c:set_extra_field() and zipfile.c:ef_scan_ut_time().
        var data = extraField.data;
        if (data.length < 5) continue; // Too short.
        // The flags define which of the three fields are present: mtime, atime, ctime.
        // We only care about mtime.
        // Also, ctime is never included in practice.
        // And also, atime is only included in the local file header for some reason
        // despite the flags lying about its inclusion in the central header.
        var flags = data[0];
        var HAS_MTIME = 1;
        if (!(flags & HAS_MTIME)) continue; // This will realistically never happen.
        // Although the positions of all of the fields shift around depending on the presence of other fields,
        // mtime is always first if present, and that's the only one we care about.
        var posixTimestamp = data.readInt32LE(1);
        return new Date(posixTimestamp * 1000);
      } else if (extraField.id === 0x000a) {
        var data = extraField.data;
        if (data.length !== 32) continue; // The length is always the same.
        // 4 bytes reserved
        // 2 bytes Tag
        if (data.readUInt16LE(4) !== 1) continue; // Tag1 is actually the only defined Tag.
        // 2 bytes Size
        if (data.readUInt16LE(6) !== 24) continue; // Size is always 24.
        // 8 bytes Mtime
        var hundredNanoSecondsSince1601 = data.readUInt32LE(8) + 4294967296 * data.readInt32LE(12);
        // Convert from NTFS to POSIX milliseconds.
        // The big number below is the milliseconds between year 1601 and year 1970
        // (i.e. the negative POSIX timestamp of 1601-01-01 00:00:00Z)
        var millisecondsSince1970 = hundredNanoSecondsSince1601 / 10000 - 11644473600000;
        // Note on numeric precision: JavaScript Number objects lose precision above Number.MAX_SAFE_INTEGER,
        // and NTFS timestamps are typically much bigger than that limit.
        // (MAX_SAFE_INTEGER would represent 1629-07-17T23:58:45.475Z.)
        // However, we're losing precision in the conversion from 100nanosecond units to millisecond units anyway,
        // and the time at which we also lose 1-millisecond precision is year 275760, the JavaScript Date limit (by design).
        // Up through the year 2057, this conversion only drops 4 bits of precision,
        // which is well under the 13-14 bits ratio between the milliseconds and 100nanoseconds.
        return new Date(millisecondsSince1970);
      }
    }
  }

  // Fallback to non-extended encoding.
  return dosDateTimeToDate(this.lastModFileDate, this.lastModFileTime, options.timezone);
};

Entry.prototype.canDecodeFileData = function() {
  return (
    !this.isEncrypted() &&
    (this.compressionMethod === 0 || this.compressionMethod === 8)
  );
};
Entry.prototype.isEncrypted = function() {
  return (this.generalPurposeBitFlag & 0x1) !== 0;
};
Entry.prototype.isCompressed = function() {
  return this.compressionMethod === 8;
};

function LocalFileHeader() {
}

function dosDateTimeToDate(date, time, timezone) {
  var day = date & 0x1f; // 1-31
  var month = (date >> 5 & 0xf) - 1; // 1-12, 0-11
  var year = (date >> 9 & 0x7f) + 1980; // 0-128, 1980-2108

  var millisecond = 0;
  var second = (time & 0x1f) * 2; // 0-29, 0-58 (even numbers)
  var minute = time >> 5 & 0x3f; // 0-59
  var hour = time >> 11 & 0x1f; // 0-23

  if (timezone == null || timezone === "local") {
    return new Date(year, month, day, hour, minute, second, millisecond);
  } else if (timezone === "UTC") {
    return new Date(Date.UTC(year, month, day, hour, minute, second, millisecond));
  } else {
    throw new Error("unrecognized options.timezone: " + options.timezone);
  }
}

function getFileNameLowLevel(generalPurposeBitFlag, fileNameBuffer, extraFields, strictFileNames) {
  var fileName = null;

  // check for Info-ZIP Unicode Path Extra Field (0x7075)
  // see https://github.com/thejoshwolfe/yauzl/issues/33
  for (var i = 0; i < extraFields.length; i++) {
    var extraField = extraFields[i];
    if (extraField.id === 0x7075) {
      if (extraField.data.length < 6) {
        // too short to be meaningful
        continue;
      }
      // Version       1 byte      version of this extra field, currently 1
      if (extraField.data.readUInt8(0) !== 1) {
        // > Changes may not be backward compatible so this extra
        // > field should not be used if the version is not recognized.
        continue;
      }
      // NameCRC32     4 bytes     File Name Field CRC32 Checksum
      var oldNameCrc32 = extraField.data.readUInt32LE(1);
      if (crc32(fileNameBuffer) !== oldNameCrc32) {
        // > If the CRC check fails, this UTF-8 Path Extra Field should be
        // > ignored and the File Name field in the header should be used instead.
        continue;
      }
      // UnicodeName   Variable    UTF-8 version of the entry File Name
      fileName = decodeBuffer(extraField.data.subarray(5), true);
      break;
    }
  }

  if (fileName == null) {
    // The typical case.
    var isUtf8 = (generalPurposeBitFlag & 0x800) !== 0;
    fileName = decodeBuffer(fileNameBuffer, isUtf8);
  }

  if (!strictFileNames) {
    // Allow backslash.
    fileName = fileName.replace(/\\/g, "/");
  }
  return fileName;
}

function validateFileName(fileName) {
  if (fileName.indexOf("\\") !== -1) {
    return "invalid characters in fileName: " + fileName;
  }
  if (/^[a-zA-Z]:/.test(fileName) || /^\//.test(fileName)) {
    return "absolute path: " + fileName;
  }
  if (fileName.split("/").indexOf("..") !== -1) {
    return "invalid relative path: " + fileName;
  }
  // all good
  return null;
}

function parseExtraFields(extraFieldBuffer) {
  var extraFields = [];
  var i = 0;
  while (i < extraFieldBuffer.length - 3) {
    var headerId = extraFieldBuffer.readUInt16LE(i + 0);
    var dataSize = extraFieldBuffer.readUInt16LE(i + 2);
    var dataStart = i + 4;
    var dataEnd = dataStart + dataSize;
    if (dataEnd > extraFieldBuffer.length) throw new Error("extra field length exceeds extra field buffer size");
    var dataBuffer = extraFieldBuffer.subarray(dataStart, dataEnd);
    extraFields.push({
      id: headerId,
      data: dataBuffer,
    });
    i = dataEnd;
  }
  return extraFields;
}

function readAndAssertNoEof(reader, buffer, offset, length, position, callback) {
  if (length === 0) {
    // fs.read will throw an out-of-bounds error if you try to read 0 bytes from a 0 byte file
    return setImmediate(function() { callback(null, newBuffer(0)); });
  }
  reader.read(buffer, offset, length, position, function(err, bytesRead) {
    if (err) return callback(err);
    if (bytesRead < length) {
      return callback(new Error("unexpected EOF"));
    }
    callback();
  });
}

util.inherits(AssertByteCountStream, Transform);
function AssertByteCountStream(byteCount) {
  Transform.call(this);
  this.actualByteCount = 0;
  this.expectedByteCount = byteCount;
}
AssertByteCountStream.prototype._transform = function(chunk, encoding, cb) {
  this.actualByteCount += chunk.length;
  if (this.actualByteCount > this.expectedByteCount) {
    var msg = "too many bytes in the stream. expected " + this.expectedByteCount + ". got at least " + this.actualByteCount;
    return cb(new Error(msg));
  }
  cb(null, chunk);
};
AssertByteCountStream.prototype._flush = function(cb) {
  if (this.actualByteCount < this.expectedByteCount) {
    var msg = "not enough bytes in the stream. expected " + this.expectedByteCount + ". got only " + this.actualByteCount;
    return cb(new Error(msg));
  }
  cb();
};

util.inherits(RandomAccessReader, EventEmitter);
function RandomAccessReader() {
  EventEmitter.call(this);
  this.refCount = 0;
}
RandomAccessReader.prototype.ref = function() {
  this.refCount += 1;
};
RandomAccessReader.prototype.unref = function() {
  var self = this;
  self.refCount -= 1;

  if (self.refCount > 0) return;
  if (self.refCount < 0) throw new Error("invalid unref");

  self.close(onCloseDone);

  function onCloseDone(err) {
    if (err) return self.emit('error', err);
    self.emit('close');
  }
};
RandomAccessReader.prototype.createReadStream = function(options) {
  if (options == null) options = {};
  var start = options.start;
  var end = options.end;
  if (start === end) {
    var emptyStream = new PassThrough();
    setImmediate(function() {
      emptyStream.end();
    });
    return emptyStream;
  }
  var stream = this._readStreamForRange(start, end);

  var destroyed = false;
  var refUnrefFilter = new RefUnrefFilter(this);
  stream.on("error", function(err) {
    setImmediate(function() {
      if (!destroyed) refUnrefFilter.emit("error", err);
    });
  });
  installDestroyFn(refUnrefFilter, function() {
    stream.unpipe(refUnrefFilter);
    refUnrefFilter.unref();
    stream.destroy();
  });

  var byteCounter = new AssertByteCountStream(end - start);
  refUnrefFilter.on("error", function(err) {
    setImmediate(function() {
      if (!destroyed) byteCounter.emit("error", err);
    });
  });
  installDestroyFn(byteCounter, function() {
    destroyed = true;
    refUnrefFilter.unpipe(byteCounter);
    refUnrefFilter.destroy();
  });

  return stream.pipe(refUnrefFilter).pipe(byteCounter);
};
RandomAccessReader.prototype._readStreamForRange = function(start, end) {
  throw new Error("not implemented");
};
RandomAccessReader.prototype.read = function(buffer, offset, length, position, callback) {
  var readStream = this.createReadStream({start: position, end: position + length});
  var writeStream = new Writable();
  var written = 0;
  writeStream._write = function(chunk, encoding, cb) {
    chunk.copy(buffer, offset + written, 0, chunk.length);
    written += chunk.length;
    cb();
  };
  writeStream.on("finish", callback);
  readStream.on("error", function(error) {
    callback(error);
  });
  readStream.pipe(writeStream);
};
RandomAccessReader.prototype.close = function(callback) {
  setImmediate(callback);
};

util.inherits(RefUnrefFilter, PassThrough);
function RefUnrefFilter(context) {
  PassThrough.call(this);
  this.context = context;
  this.context.ref();
  this.unreffedYet = false;
}
RefUnrefFilter.prototype._flush = function(cb) {
  this.unref();
  cb();
};
RefUnrefFilter.prototype.unref = function(cb) {
  if (this.unreffedYet) return;
  this.unreffedYet = true;
  this.context.unref();
};

var cp437 = '\u0000☺☻♥♦♣♠•◘○◙♂♀♪♫☼►◄↕‼¶§▬↨↑↓→←∟↔▲▼ !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~⌂ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■ ';
function decodeBuffer(buffer, isUtf8) {
  if (isUtf8) {
    return buffer.toString("utf8");
  } else {
    var result = "";
    for (var i = 0; i < buffer.length; i++) {
      result += cp437[buffer[i]];
    }
    return result;
  }
}

function readUInt64LE(buffer, offset) {
  // There is no native function for this, because we can't actually store 64-bit integers precisely.
  // after 53 bits, JavaScript's Number type (IEEE 754 double) can't store individual integers anymore.
  // but since 53 bits is a whole lot more than 32 bits, we do our best anyway.
  // As of 2020, Node has added support for BigInt, which obviates this whole function,
  // but yauzl hasn't been updated to depend on BigInt (yet?).
  var lower32 = buffer.readUInt32LE(offset);
  var upper32 = buffer.readUInt32LE(offset + 4);
  // we can't use bitshifting here, because JavaScript bitshifting only works on 32-bit integers.
  return upper32 * 0x100000000 + lower32;
  // as long as we're bounds checking the result of this function against the total file size,
  // we'll catch any overflow errors, because we already made sure the total file size was within reason.
}

// Node 10 deprecated new Buffer().
var newBuffer;
if (typeof Buffer.allocUnsafe === "function") {
  newBuffer = function(len) {
    return Buffer.allocUnsafe(len);
  };
} else {
  newBuffer = function(len) {
    return new Buffer(len);
  };
}

// Node 8 introduced a proper destroy() implementation on writable streams.
function installDestroyFn(stream, fn) {
  if (typeof stream.destroy === "function") {
    // New API.
    stream._destroy = function(err, cb) {
      fn();
      if (cb != null) cb(err);
    };
  } else {
    // Old API.
    stream.destroy = fn;
  }
}

function defaultCallback(err) {
  if (err) throw err;
}


/***/ }),

/***/ 3044:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;
var fs = __nccwpck_require__(9896);
var Transform = (__nccwpck_require__(2203).Transform);
var PassThrough = (__nccwpck_require__(2203).PassThrough);
var zlib = __nccwpck_require__(3106);
var util = __nccwpck_require__(9023);
var EventEmitter = (__nccwpck_require__(4434).EventEmitter);
var errorMonitor = (__nccwpck_require__(4434).errorMonitor);
var crc32 = __nccwpck_require__(4928);

exports.u = ZipFile;
__webpack_unused_export__ = dateToDosDateTime;

util.inherits(ZipFile, EventEmitter);
function ZipFile() {
  this.outputStream = new PassThrough();
  this.entries = [];
  this.outputStreamCursor = 0;
  this.ended = false; // .end() sets this
  this.allDone = false; // set when we've written the last bytes
  this.forceZip64Eocd = false; // configurable in .end()
  this.errored = false;
  this.on(errorMonitor, function() {
    this.errored = true;
  });
}

ZipFile.prototype.addFile = function(realPath, metadataPath, options) {
  var self = this;
  metadataPath = validateMetadataPath(metadataPath, false);
  if (options == null) options = {};

  if (shouldIgnoreAdding(self)) return;
  var entry = new Entry(metadataPath, false, options);
  self.entries.push(entry);
  fs.stat(realPath, function(err, stats) {
    if (err) return self.emit("error", err);
    if (!stats.isFile()) return self.emit("error", new Error("not a file: " + realPath));
    entry.uncompressedSize = stats.size;
    if (options.mtime == null) entry.setLastModDate(stats.mtime);
    if (options.mode == null) entry.setFileAttributesMode(stats.mode);
    entry.setFileDataPumpFunction(function() {
      var readStream = fs.createReadStream(realPath);
      entry.state = Entry.FILE_DATA_IN_PROGRESS;
      readStream.on("error", function(err) {
        self.emit("error", err);
      });
      pumpFileDataReadStream(self, entry, readStream);
    });
    pumpEntries(self);
  });
};

ZipFile.prototype.addReadStream = function(readStream, metadataPath, options) {
  this.addReadStreamLazy(metadataPath, options, function(cb) {
    cb(null, readStream);
  });
};

ZipFile.prototype.addReadStreamLazy = function(metadataPath, options, getReadStreamFunction) {
  var self = this;
  if (typeof options === "function") {
    getReadStreamFunction = options;
    options = null;
  }
  if (options == null) options = {};
  metadataPath = validateMetadataPath(metadataPath, false);

  if (shouldIgnoreAdding(self)) return;
  var entry = new Entry(metadataPath, false, options);
  self.entries.push(entry);
  entry.setFileDataPumpFunction(function() {
    entry.state = Entry.FILE_DATA_IN_PROGRESS;
    getReadStreamFunction(function(err, readStream) {
      if (err) return self.emit("error", err);
      pumpFileDataReadStream(self, entry, readStream);
    });
  });
  pumpEntries(self);
};

ZipFile.prototype.addBuffer = function(buffer, metadataPath, options) {
  var self = this;
  metadataPath = validateMetadataPath(metadataPath, false);
  if (buffer.length > 0x3fffffff) throw new Error("buffer too large: " + buffer.length + " > " + 0x3fffffff);
  if (options == null) options = {};
  if (options.size != null) throw new Error("options.size not allowed");

  if (shouldIgnoreAdding(self)) return;
  var entry = new Entry(metadataPath, false, options);
  entry.uncompressedSize = buffer.length;
  entry.crc32 = crc32.unsigned(buffer);
  entry.crcAndFileSizeKnown = true;
  self.entries.push(entry);
  if (entry.compressionLevel === 0) {
    setCompressedBuffer(buffer);
  } else {
    zlib.deflateRaw(buffer, {level:entry.compressionLevel}, function(err, compressedBuffer) {
      setCompressedBuffer(compressedBuffer);
    });
  }
  function setCompressedBuffer(compressedBuffer) {
    entry.compressedSize = compressedBuffer.length;
    entry.setFileDataPumpFunction(function() {
      writeToOutputStream(self, compressedBuffer);
      writeToOutputStream(self, entry.getDataDescriptor());
      entry.state = Entry.FILE_DATA_DONE;

      // don't call pumpEntries() recursively.
      // (also, don't call process.nextTick recursively.)
      setImmediate(function() {
        pumpEntries(self);
      });
    });
    pumpEntries(self);
  }
};

ZipFile.prototype.addEmptyDirectory = function(metadataPath, options) {
  var self = this;
  metadataPath = validateMetadataPath(metadataPath, true);
  if (options == null) options = {};
  if (options.size != null) throw new Error("options.size not allowed");
  if (options.compress != null) throw new Error("options.compress not allowed");
  if (options.compressionLevel != null) throw new Error("options.compressionLevel not allowed");

  if (shouldIgnoreAdding(self)) return;
  var entry = new Entry(metadataPath, true, options);
  self.entries.push(entry);
  entry.setFileDataPumpFunction(function() {
    writeToOutputStream(self, entry.getDataDescriptor());
    entry.state = Entry.FILE_DATA_DONE;
    pumpEntries(self);
  });
  pumpEntries(self);
};

var eocdrSignatureBuffer = bufferFrom([0x50, 0x4b, 0x05, 0x06]);

ZipFile.prototype.end = function(options, calculatedTotalSizeCallback) {
  if (typeof options === "function") {
    calculatedTotalSizeCallback = options;
    options = null;
  }
  if (options == null) options = {};
  if (this.ended) return;
  this.ended = true;
  if (this.errored) return;
  this.calculatedTotalSizeCallback = calculatedTotalSizeCallback;
  this.forceZip64Eocd = !!options.forceZip64Format;
  if (options.comment) {
    if (typeof options.comment === "string") {
      this.comment = encodeCp437(options.comment);
    } else {
      // It should be a Buffer
      this.comment = options.comment;
    }
    if (this.comment.length > 0xffff) throw new Error("comment is too large");
    // gotta check for this, because the zipfile format is actually ambiguous.
    if (bufferIncludes(this.comment, eocdrSignatureBuffer)) throw new Error("comment contains end of central directory record signature");
  } else {
    // no comment.
    this.comment = EMPTY_BUFFER;
  }
  pumpEntries(this);
};

function writeToOutputStream(self, buffer) {
  self.outputStream.write(buffer);
  self.outputStreamCursor += buffer.length;
}

function pumpFileDataReadStream(self, entry, readStream) {
  var crc32Watcher = new Crc32Watcher();
  var uncompressedSizeCounter = new ByteCounter();
  var compressor = entry.compressionLevel !== 0 ? new zlib.DeflateRaw({level:entry.compressionLevel}) : new PassThrough();
  var compressedSizeCounter = new ByteCounter();
  readStream.pipe(crc32Watcher)
            .pipe(uncompressedSizeCounter)
            .pipe(compressor)
            .pipe(compressedSizeCounter)
            .pipe(self.outputStream, {end: false});
  compressedSizeCounter.on("end", function() {
    entry.crc32 = crc32Watcher.crc32;
    if (entry.uncompressedSize == null) {
      entry.uncompressedSize = uncompressedSizeCounter.byteCount;
    } else {
      if (entry.uncompressedSize !== uncompressedSizeCounter.byteCount) return self.emit("error", new Error("file data stream has unexpected number of bytes"));
    }
    entry.compressedSize = compressedSizeCounter.byteCount;
    self.outputStreamCursor += entry.compressedSize;
    writeToOutputStream(self, entry.getDataDescriptor());
    entry.state = Entry.FILE_DATA_DONE;
    pumpEntries(self);
  });
}

function determineCompressionLevel(options) {
  if (options.compress != null && options.compressionLevel != null) {
    if (!!options.compress !== !!options.compressionLevel) throw new Error("conflicting settings for compress and compressionLevel");
  }
  if (options.compressionLevel != null) return options.compressionLevel;
  if (options.compress === false) return 0;
  return 6;
}

function pumpEntries(self) {
  if (self.allDone || self.errored) return;
  // first check if calculatedTotalSize is finally known
  if (self.ended && self.calculatedTotalSizeCallback != null) {
    var calculatedTotalSize = calculateTotalSize(self);
    if (calculatedTotalSize != null) {
      // we have an answer
      self.calculatedTotalSizeCallback(calculatedTotalSize);
      self.calculatedTotalSizeCallback = null;
    }
  }

  // pump entries
  var entry = getFirstNotDoneEntry();
  function getFirstNotDoneEntry() {
    for (var i = 0; i < self.entries.length; i++) {
      var entry = self.entries[i];
      if (entry.state < Entry.FILE_DATA_DONE) return entry;
    }
    return null;
  }
  if (entry != null) {
    // this entry is not done yet
    if (entry.state < Entry.READY_TO_PUMP_FILE_DATA) return; // input file not open yet
    if (entry.state === Entry.FILE_DATA_IN_PROGRESS) return; // we'll get there
    // start with local file header
    entry.relativeOffsetOfLocalHeader = self.outputStreamCursor;
    var localFileHeader = entry.getLocalFileHeader();
    writeToOutputStream(self, localFileHeader);
    entry.doFileDataPump();
  } else {
    // all cought up on writing entries
    if (self.ended) {
      // head for the exit
      self.offsetOfStartOfCentralDirectory = self.outputStreamCursor;
      self.entries.forEach(function(entry) {
        var centralDirectoryRecord = entry.getCentralDirectoryRecord();
        writeToOutputStream(self, centralDirectoryRecord);
      });
      writeToOutputStream(self, getEndOfCentralDirectoryRecord(self));
      self.outputStream.end();
      self.allDone = true;
    }
  }
}

function calculateTotalSize(self) {
  var pretendOutputCursor = 0;
  var centralDirectorySize = 0;
  for (var i = 0; i < self.entries.length; i++) {
    var entry = self.entries[i];
    // compression is too hard to predict
    if (entry.compressionLevel !== 0) return -1;
    if (entry.state >= Entry.READY_TO_PUMP_FILE_DATA) {
      // if addReadStream was called without providing the size, we can't predict the total size
      if (entry.uncompressedSize == null) return -1;
    } else {
      // if we're still waiting for fs.stat, we might learn the size someday
      if (entry.uncompressedSize == null) return null;
    }
    // we know this for sure, and this is important to know if we need ZIP64 format.
    entry.relativeOffsetOfLocalHeader = pretendOutputCursor;
    var useZip64Format = entry.useZip64Format();

    pretendOutputCursor += LOCAL_FILE_HEADER_FIXED_SIZE + entry.utf8FileName.length;
    pretendOutputCursor += entry.uncompressedSize;
    if (!entry.crcAndFileSizeKnown) {
      // use a data descriptor
      if (useZip64Format) {
        pretendOutputCursor += ZIP64_DATA_DESCRIPTOR_SIZE;
      } else {
        pretendOutputCursor += DATA_DESCRIPTOR_SIZE;
      }
    }

    centralDirectorySize += CENTRAL_DIRECTORY_RECORD_FIXED_SIZE + entry.utf8FileName.length + entry.fileComment.length;
    if (!entry.forceDosTimestamp) {
      centralDirectorySize += INFO_ZIP_UNIVERSAL_TIMESTAMP_EXTRA_FIELD_SIZE;
    }
    if (useZip64Format) {
      centralDirectorySize += ZIP64_EXTENDED_INFORMATION_EXTRA_FIELD_SIZE;
    }
  }

  var endOfCentralDirectorySize = 0;
  if (self.forceZip64Eocd ||
      self.entries.length >= 0xffff ||
      centralDirectorySize >= 0xffff ||
      pretendOutputCursor >= 0xffffffff) {
    // use zip64 end of central directory stuff
    endOfCentralDirectorySize += ZIP64_END_OF_CENTRAL_DIRECTORY_RECORD_SIZE + ZIP64_END_OF_CENTRAL_DIRECTORY_LOCATOR_SIZE;
  }
  endOfCentralDirectorySize += END_OF_CENTRAL_DIRECTORY_RECORD_SIZE + self.comment.length;
  return pretendOutputCursor + centralDirectorySize + endOfCentralDirectorySize;
}

function shouldIgnoreAdding(self) {
  if (self.ended) throw new Error("cannot add entries after calling end()");
  if (self.errored) return true;
  return false;
}

var ZIP64_END_OF_CENTRAL_DIRECTORY_RECORD_SIZE = 56;
var ZIP64_END_OF_CENTRAL_DIRECTORY_LOCATOR_SIZE = 20;
var END_OF_CENTRAL_DIRECTORY_RECORD_SIZE = 22;
function getEndOfCentralDirectoryRecord(self, actuallyJustTellMeHowLongItWouldBe) {
  var needZip64Format = false;
  var normalEntriesLength = self.entries.length;
  if (self.forceZip64Eocd || self.entries.length >= 0xffff) {
    normalEntriesLength = 0xffff;
    needZip64Format = true;
  }
  var sizeOfCentralDirectory = self.outputStreamCursor - self.offsetOfStartOfCentralDirectory;
  var normalSizeOfCentralDirectory = sizeOfCentralDirectory;
  if (self.forceZip64Eocd || sizeOfCentralDirectory >= 0xffffffff) {
    normalSizeOfCentralDirectory = 0xffffffff;
    needZip64Format = true;
  }
  var normalOffsetOfStartOfCentralDirectory = self.offsetOfStartOfCentralDirectory;
  if (self.forceZip64Eocd || self.offsetOfStartOfCentralDirectory >= 0xffffffff) {
    normalOffsetOfStartOfCentralDirectory = 0xffffffff;
    needZip64Format = true;
  }
  if (actuallyJustTellMeHowLongItWouldBe) {
    if (needZip64Format) {
      return (
        ZIP64_END_OF_CENTRAL_DIRECTORY_RECORD_SIZE +
        ZIP64_END_OF_CENTRAL_DIRECTORY_LOCATOR_SIZE +
        END_OF_CENTRAL_DIRECTORY_RECORD_SIZE
      );
    } else {
      return END_OF_CENTRAL_DIRECTORY_RECORD_SIZE;
    }
  }

  var eocdrBuffer = bufferAlloc(END_OF_CENTRAL_DIRECTORY_RECORD_SIZE + self.comment.length);
  // end of central dir signature                       4 bytes  (0x06054b50)
  eocdrBuffer.writeUInt32LE(0x06054b50, 0);
  // number of this disk                                2 bytes
  eocdrBuffer.writeUInt16LE(0, 4);
  // number of the disk with the start of the central directory  2 bytes
  eocdrBuffer.writeUInt16LE(0, 6);
  // total number of entries in the central directory on this disk  2 bytes
  eocdrBuffer.writeUInt16LE(normalEntriesLength, 8);
  // total number of entries in the central directory   2 bytes
  eocdrBuffer.writeUInt16LE(normalEntriesLength, 10);
  // size of the central directory                      4 bytes
  eocdrBuffer.writeUInt32LE(normalSizeOfCentralDirectory, 12);
  // offset of start of central directory with respect to the starting disk number  4 bytes
  eocdrBuffer.writeUInt32LE(normalOffsetOfStartOfCentralDirectory, 16);
  // .ZIP file comment length                           2 bytes
  eocdrBuffer.writeUInt16LE(self.comment.length, 20);
  // .ZIP file comment                                  (variable size)
  self.comment.copy(eocdrBuffer, 22);

  if (!needZip64Format) return eocdrBuffer;

  // ZIP64 format
  // ZIP64 End of Central Directory Record
  var zip64EocdrBuffer = bufferAlloc(ZIP64_END_OF_CENTRAL_DIRECTORY_RECORD_SIZE);
  // zip64 end of central dir signature                                             4 bytes  (0x06064b50)
  zip64EocdrBuffer.writeUInt32LE(0x06064b50, 0);
  // size of zip64 end of central directory record                                  8 bytes
  writeUInt64LE(zip64EocdrBuffer, ZIP64_END_OF_CENTRAL_DIRECTORY_RECORD_SIZE - 12, 4);
  // version made by                                                                2 bytes
  zip64EocdrBuffer.writeUInt16LE(VERSION_MADE_BY, 12);
  // version needed to extract                                                      2 bytes
  zip64EocdrBuffer.writeUInt16LE(VERSION_NEEDED_TO_EXTRACT_ZIP64, 14);
  // number of this disk                                                            4 bytes
  zip64EocdrBuffer.writeUInt32LE(0, 16);
  // number of the disk with the start of the central directory                     4 bytes
  zip64EocdrBuffer.writeUInt32LE(0, 20);
  // total number of entries in the central directory on this disk                  8 bytes
  writeUInt64LE(zip64EocdrBuffer, self.entries.length, 24);
  // total number of entries in the central directory                               8 bytes
  writeUInt64LE(zip64EocdrBuffer, self.entries.length, 32);
  // size of the central directory                                                  8 bytes
  writeUInt64LE(zip64EocdrBuffer, sizeOfCentralDirectory, 40);
  // offset of start of central directory with respect to the starting disk number  8 bytes
  writeUInt64LE(zip64EocdrBuffer, self.offsetOfStartOfCentralDirectory, 48);
  // zip64 extensible data sector                                                   (variable size)
  // nothing in the zip64 extensible data sector


  // ZIP64 End of Central Directory Locator
  var zip64EocdlBuffer = bufferAlloc(ZIP64_END_OF_CENTRAL_DIRECTORY_LOCATOR_SIZE);
  // zip64 end of central dir locator signature                               4 bytes  (0x07064b50)
  zip64EocdlBuffer.writeUInt32LE(0x07064b50, 0);
  // number of the disk with the start of the zip64 end of central directory  4 bytes
  zip64EocdlBuffer.writeUInt32LE(0, 4);
  // relative offset of the zip64 end of central directory record             8 bytes
  writeUInt64LE(zip64EocdlBuffer, self.outputStreamCursor, 8);
  // total number of disks                                                    4 bytes
  zip64EocdlBuffer.writeUInt32LE(1, 16);


  return Buffer.concat([
    zip64EocdrBuffer,
    zip64EocdlBuffer,
    eocdrBuffer,
  ]);
}

function validateMetadataPath(metadataPath, isDirectory) {
  if (metadataPath === "") throw new Error("empty metadataPath");
  metadataPath = metadataPath.replace(/\\/g, "/");
  if (/^[a-zA-Z]:/.test(metadataPath) || /^\//.test(metadataPath)) throw new Error("absolute path: " + metadataPath);
  if (metadataPath.split("/").indexOf("..") !== -1) throw new Error("invalid relative path: " + metadataPath);
  var looksLikeDirectory = /\/$/.test(metadataPath);
  if (isDirectory) {
    // append a trailing '/' if necessary.
    if (!looksLikeDirectory) metadataPath += "/";
  } else {
    if (looksLikeDirectory) throw new Error("file path cannot end with '/': " + metadataPath);
  }
  return metadataPath;
}

var EMPTY_BUFFER = bufferAlloc(0);

// this class is not part of the public API
function Entry(metadataPath, isDirectory, options) {
  this.utf8FileName = bufferFrom(metadataPath);
  if (this.utf8FileName.length > 0xffff) throw new Error("utf8 file name too long. " + utf8FileName.length + " > " + 0xffff);
  this.isDirectory = isDirectory;
  this.state = Entry.WAITING_FOR_METADATA;
  this.setLastModDate(options.mtime != null ? options.mtime : new Date());
  this.forceDosTimestamp = !!options.forceDosTimestamp;
  if (options.mode != null) {
    this.setFileAttributesMode(options.mode);
  } else {
    this.setFileAttributesMode(isDirectory ? 0o40775 : 0o100664);
  }
  if (isDirectory) {
    this.crcAndFileSizeKnown = true;
    this.crc32 = 0;
    this.uncompressedSize = 0;
    this.compressedSize = 0;
  } else {
    // unknown so far
    this.crcAndFileSizeKnown = false;
    this.crc32 = null;
    this.uncompressedSize = null;
    this.compressedSize = null;
    if (options.size != null) this.uncompressedSize = options.size;
  }
  if (isDirectory) {
    this.compressionLevel = 0;
  } else {
    this.compressionLevel = determineCompressionLevel(options);
  }
  this.forceZip64Format = !!options.forceZip64Format;
  if (options.fileComment) {
    if (typeof options.fileComment === "string") {
      this.fileComment = bufferFrom(options.fileComment, "utf-8");
    } else {
      // It should be a Buffer
      this.fileComment = options.fileComment;
    }
    if (this.fileComment.length > 0xffff) throw new Error("fileComment is too large");
  } else {
    // no comment.
    this.fileComment = EMPTY_BUFFER;
  }
}
Entry.WAITING_FOR_METADATA = 0;
Entry.READY_TO_PUMP_FILE_DATA = 1;
Entry.FILE_DATA_IN_PROGRESS = 2;
Entry.FILE_DATA_DONE = 3;
Entry.prototype.setLastModDate = function(date) {
  this.mtime = date;
  var dosDateTime = dateToDosDateTime(date);
  this.lastModFileTime = dosDateTime.time;
  this.lastModFileDate = dosDateTime.date;
};
Entry.prototype.setFileAttributesMode = function(mode) {
  if ((mode & 0xffff) !== mode) throw new Error("invalid mode. expected: 0 <= " + mode + " <= " + 0xffff);
  // http://unix.stackexchange.com/questions/14705/the-zip-formats-external-file-attribute/14727#14727
  this.externalFileAttributes = (mode << 16) >>> 0;
};
// doFileDataPump() should not call pumpEntries() directly. see issue #9.
Entry.prototype.setFileDataPumpFunction = function(doFileDataPump) {
  this.doFileDataPump = doFileDataPump;
  this.state = Entry.READY_TO_PUMP_FILE_DATA;
};
Entry.prototype.useZip64Format = function() {
  return (
    (this.forceZip64Format) ||
    (this.uncompressedSize != null && this.uncompressedSize > 0xfffffffe) ||
    (this.compressedSize != null && this.compressedSize > 0xfffffffe) ||
    (this.relativeOffsetOfLocalHeader != null && this.relativeOffsetOfLocalHeader > 0xfffffffe)
  );
}
var LOCAL_FILE_HEADER_FIXED_SIZE = 30;
var VERSION_NEEDED_TO_EXTRACT_UTF8 = 20;
var VERSION_NEEDED_TO_EXTRACT_ZIP64 = 45;
// 3 = unix. 63 = spec version 6.3
var VERSION_MADE_BY = (3 << 8) | 63;
var FILE_NAME_IS_UTF8 = 1 << 11;
var UNKNOWN_CRC32_AND_FILE_SIZES = 1 << 3;
Entry.prototype.getLocalFileHeader = function() {
  var crc32 = 0;
  var compressedSize = 0;
  var uncompressedSize = 0;
  if (this.crcAndFileSizeKnown) {
    crc32 = this.crc32;
    compressedSize = this.compressedSize;
    uncompressedSize = this.uncompressedSize;
  }

  var fixedSizeStuff = bufferAlloc(LOCAL_FILE_HEADER_FIXED_SIZE);
  var generalPurposeBitFlag = FILE_NAME_IS_UTF8;
  if (!this.crcAndFileSizeKnown) generalPurposeBitFlag |= UNKNOWN_CRC32_AND_FILE_SIZES;

  // local file header signature     4 bytes  (0x04034b50)
  fixedSizeStuff.writeUInt32LE(0x04034b50, 0);
  // version needed to extract       2 bytes
  fixedSizeStuff.writeUInt16LE(VERSION_NEEDED_TO_EXTRACT_UTF8, 4);
  // general purpose bit flag        2 bytes
  fixedSizeStuff.writeUInt16LE(generalPurposeBitFlag, 6);
  // compression method              2 bytes
  fixedSizeStuff.writeUInt16LE(this.getCompressionMethod(), 8);
  // last mod file time              2 bytes
  fixedSizeStuff.writeUInt16LE(this.lastModFileTime, 10);
  // last mod file date              2 bytes
  fixedSizeStuff.writeUInt16LE(this.lastModFileDate, 12);
  // crc-32                          4 bytes
  fixedSizeStuff.writeUInt32LE(crc32, 14);
  // compressed size                 4 bytes
  fixedSizeStuff.writeUInt32LE(compressedSize, 18);
  // uncompressed size               4 bytes
  fixedSizeStuff.writeUInt32LE(uncompressedSize, 22);
  // file name length                2 bytes
  fixedSizeStuff.writeUInt16LE(this.utf8FileName.length, 26);
  // extra field length              2 bytes
  fixedSizeStuff.writeUInt16LE(0, 28);
  return Buffer.concat([
    fixedSizeStuff,
    // file name (variable size)
    this.utf8FileName,
    // extra field (variable size)
    // no extra fields
  ]);
};
var DATA_DESCRIPTOR_SIZE = 16;
var ZIP64_DATA_DESCRIPTOR_SIZE = 24;
Entry.prototype.getDataDescriptor = function() {
  if (this.crcAndFileSizeKnown) {
    // the Mac Archive Utility requires this not be present unless we set general purpose bit 3
    return EMPTY_BUFFER;
  }
  if (!this.useZip64Format()) {
    var buffer = bufferAlloc(DATA_DESCRIPTOR_SIZE);
    // optional signature (required according to Archive Utility)
    buffer.writeUInt32LE(0x08074b50, 0);
    // crc-32                          4 bytes
    buffer.writeUInt32LE(this.crc32, 4);
    // compressed size                 4 bytes
    buffer.writeUInt32LE(this.compressedSize, 8);
    // uncompressed size               4 bytes
    buffer.writeUInt32LE(this.uncompressedSize, 12);
    return buffer;
  } else {
    // ZIP64 format
    var buffer = bufferAlloc(ZIP64_DATA_DESCRIPTOR_SIZE);
    // optional signature (unknown if anyone cares about this)
    buffer.writeUInt32LE(0x08074b50, 0);
    // crc-32                          4 bytes
    buffer.writeUInt32LE(this.crc32, 4);
    // compressed size                 8 bytes
    writeUInt64LE(buffer, this.compressedSize, 8);
    // uncompressed size               8 bytes
    writeUInt64LE(buffer, this.uncompressedSize, 16);
    return buffer;
  }
};
var CENTRAL_DIRECTORY_RECORD_FIXED_SIZE = 46;
var INFO_ZIP_UNIVERSAL_TIMESTAMP_EXTRA_FIELD_SIZE = 9;
var ZIP64_EXTENDED_INFORMATION_EXTRA_FIELD_SIZE = 28;
Entry.prototype.getCentralDirectoryRecord = function() {
  var fixedSizeStuff = bufferAlloc(CENTRAL_DIRECTORY_RECORD_FIXED_SIZE);
  var generalPurposeBitFlag = FILE_NAME_IS_UTF8;
  if (!this.crcAndFileSizeKnown) generalPurposeBitFlag |= UNKNOWN_CRC32_AND_FILE_SIZES;

  var izutefBuffer = EMPTY_BUFFER;
  if (!this.forceDosTimestamp) {
    // Here is one specification for this: https://commons.apache.org/proper/commons-compress/apidocs/org/apache/commons/compress/archivers/zip/X5455_ExtendedTimestamp.html
    // See also the Info-ZIP source code unix/unix.c:set_extra_field() and zipfile.c:ef_scan_ut_time().
    izutefBuffer = bufferAlloc(INFO_ZIP_UNIVERSAL_TIMESTAMP_EXTRA_FIELD_SIZE);
    // 0x5455        Short       tag for this extra block type ("UT")
    izutefBuffer.writeUInt16LE(0x5455, 0);
    // TSize         Short       total data size for this block
    izutefBuffer.writeUInt16LE(INFO_ZIP_UNIVERSAL_TIMESTAMP_EXTRA_FIELD_SIZE - 4, 2);
    // See Info-ZIP source code zip.h for these constant values:
    var EB_UT_FL_MTIME = (1 << 0);
    var EB_UT_FL_ATIME = (1 << 1);
    // Note that we set the atime flag despite not providing the atime field.
    // The central directory version of this extra field is specified to never contain the atime field even when the flag is set.
    // We set it to match the Info-ZIP behavior in order to minimize incompatibility with zip file readers that may have rigid input expectations.
    // Flags         Byte        info bits
    izutefBuffer.writeUInt8(EB_UT_FL_MTIME | EB_UT_FL_ATIME, 4);
    // (ModTime)     Long        time of last modification (UTC/GMT)
    var timestamp = Math.floor(this.mtime.getTime() / 1000);
    if (timestamp < -0x80000000) timestamp = -0x80000000; // 1901-12-13T20:45:52.000Z
    if (timestamp >  0x7fffffff) timestamp =  0x7fffffff; // 2038-01-19T03:14:07.000Z
    izutefBuffer.writeUInt32LE(timestamp, 5);
  }

  var normalCompressedSize = this.compressedSize;
  var normalUncompressedSize = this.uncompressedSize;
  var normalRelativeOffsetOfLocalHeader = this.relativeOffsetOfLocalHeader;
  var versionNeededToExtract = VERSION_NEEDED_TO_EXTRACT_UTF8;
  var zeiefBuffer = EMPTY_BUFFER;
  if (this.useZip64Format()) {
    normalCompressedSize = 0xffffffff;
    normalUncompressedSize = 0xffffffff;
    normalRelativeOffsetOfLocalHeader = 0xffffffff;
    versionNeededToExtract = VERSION_NEEDED_TO_EXTRACT_ZIP64;

    // ZIP64 extended information extra field
    zeiefBuffer = bufferAlloc(ZIP64_EXTENDED_INFORMATION_EXTRA_FIELD_SIZE);
    // 0x0001                  2 bytes    Tag for this "extra" block type
    zeiefBuffer.writeUInt16LE(0x0001, 0);
    // Size                    2 bytes    Size of this "extra" block
    zeiefBuffer.writeUInt16LE(ZIP64_EXTENDED_INFORMATION_EXTRA_FIELD_SIZE - 4, 2);
    // Original Size           8 bytes    Original uncompressed file size
    writeUInt64LE(zeiefBuffer, this.uncompressedSize, 4);
    // Compressed Size         8 bytes    Size of compressed data
    writeUInt64LE(zeiefBuffer, this.compressedSize, 12);
    // Relative Header Offset  8 bytes    Offset of local header record
    writeUInt64LE(zeiefBuffer, this.relativeOffsetOfLocalHeader, 20);
    // Disk Start Number       4 bytes    Number of the disk on which this file starts
    // (omit)
  }

  // central file header signature   4 bytes  (0x02014b50)
  fixedSizeStuff.writeUInt32LE(0x02014b50, 0);
  // version made by                 2 bytes
  fixedSizeStuff.writeUInt16LE(VERSION_MADE_BY, 4);
  // version needed to extract       2 bytes
  fixedSizeStuff.writeUInt16LE(versionNeededToExtract, 6);
  // general purpose bit flag        2 bytes
  fixedSizeStuff.writeUInt16LE(generalPurposeBitFlag, 8);
  // compression method              2 bytes
  fixedSizeStuff.writeUInt16LE(this.getCompressionMethod(), 10);
  // last mod file time              2 bytes
  fixedSizeStuff.writeUInt16LE(this.lastModFileTime, 12);
  // last mod file date              2 bytes
  fixedSizeStuff.writeUInt16LE(this.lastModFileDate, 14);
  // crc-32                          4 bytes
  fixedSizeStuff.writeUInt32LE(this.crc32, 16);
  // compressed size                 4 bytes
  fixedSizeStuff.writeUInt32LE(normalCompressedSize, 20);
  // uncompressed size               4 bytes
  fixedSizeStuff.writeUInt32LE(normalUncompressedSize, 24);
  // file name length                2 bytes
  fixedSizeStuff.writeUInt16LE(this.utf8FileName.length, 28);
  // extra field length              2 bytes
  fixedSizeStuff.writeUInt16LE(izutefBuffer.length + zeiefBuffer.length, 30);
  // file comment length             2 bytes
  fixedSizeStuff.writeUInt16LE(this.fileComment.length, 32);
  // disk number start               2 bytes
  fixedSizeStuff.writeUInt16LE(0, 34);
  // internal file attributes        2 bytes
  fixedSizeStuff.writeUInt16LE(0, 36);
  // external file attributes        4 bytes
  fixedSizeStuff.writeUInt32LE(this.externalFileAttributes, 38);
  // relative offset of local header 4 bytes
  fixedSizeStuff.writeUInt32LE(normalRelativeOffsetOfLocalHeader, 42);

  return Buffer.concat([
    fixedSizeStuff,
    // file name (variable size)
    this.utf8FileName,
    // extra field (variable size)
    izutefBuffer,
    zeiefBuffer,
    // file comment (variable size)
    this.fileComment,
  ]);
};
Entry.prototype.getCompressionMethod = function() {
  var NO_COMPRESSION = 0;
  var DEFLATE_COMPRESSION = 8;
  return this.compressionLevel === 0 ? NO_COMPRESSION : DEFLATE_COMPRESSION;
};

// These are intentionally computed in the current system timezone
// to match how the DOS encoding operates in this library.
var minDosDate = new Date(1980, 0, 1);
var maxDosDate = new Date(2107, 11, 31, 23, 59, 58);
function dateToDosDateTime(jsDate) {
  // Clamp out of bounds timestamps.
  if (jsDate < minDosDate) jsDate = minDosDate;
  else if (jsDate > maxDosDate) jsDate = maxDosDate;

  var date = 0;
  date |= jsDate.getDate() & 0x1f; // 1-31
  date |= ((jsDate.getMonth() + 1) & 0xf) << 5; // 0-11, 1-12
  date |= ((jsDate.getFullYear() - 1980) & 0x7f) << 9; // 0-128, 1980-2108

  var time = 0;
  time |= Math.floor(jsDate.getSeconds() / 2); // 0-59, 0-29 (lose odd numbers)
  time |= (jsDate.getMinutes() & 0x3f) << 5; // 0-59
  time |= (jsDate.getHours() & 0x1f) << 11; // 0-23

  return {date: date, time: time};
}

function writeUInt64LE(buffer, n, offset) {
  // can't use bitshift here, because JavaScript only allows bitshifting on 32-bit integers.
  var high = Math.floor(n / 0x100000000);
  var low = n % 0x100000000;
  buffer.writeUInt32LE(low, offset);
  buffer.writeUInt32LE(high, offset + 4);
}

function defaultCallback(err) {
  if (err) throw err;
}

util.inherits(ByteCounter, Transform);
function ByteCounter(options) {
  Transform.call(this, options);
  this.byteCount = 0;
}
ByteCounter.prototype._transform = function(chunk, encoding, cb) {
  this.byteCount += chunk.length;
  cb(null, chunk);
};

util.inherits(Crc32Watcher, Transform);
function Crc32Watcher(options) {
  Transform.call(this, options);
  this.crc32 = 0;
}
Crc32Watcher.prototype._transform = function(chunk, encoding, cb) {
  this.crc32 = crc32.unsigned(chunk, this.crc32);
  cb(null, chunk);
};

var cp437 = '\u0000☺☻♥♦♣♠•◘○◙♂♀♪♫☼►◄↕‼¶§▬↨↑↓→←∟↔▲▼ !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~⌂ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■ ';
if (cp437.length !== 256) throw new Error("assertion failure");
var reverseCp437 = null;

function encodeCp437(string) {
  if (/^[\x20-\x7e]*$/.test(string)) {
    // CP437, ASCII, and UTF-8 overlap in this range.
    return bufferFrom(string, "utf-8");
  }

  // This is the slow path.
  if (reverseCp437 == null) {
    // cache this once
    reverseCp437 = {};
    for (var i = 0; i < cp437.length; i++) {
      reverseCp437[cp437[i]] = i;
    }
  }

  var result = bufferAlloc(string.length);
  for (var i = 0; i < string.length; i++) {
    var b = reverseCp437[string[i]];
    if (b == null) throw new Error("character not encodable in CP437: " + JSON.stringify(string[i]));
    result[i] = b;
  }

  return result;
}

function bufferAlloc(size) {
  bufferAlloc = modern;
  try {
    return bufferAlloc(size);
  } catch (e) {
    bufferAlloc = legacy;
    return bufferAlloc(size);
  }
  function modern(size) {
    return Buffer.allocUnsafe(size);
  }
  function legacy(size) {
    return new Buffer(size);
  }
}
function bufferFrom(something, encoding) {
  bufferFrom = modern;
  try {
    return bufferFrom(something, encoding);
  } catch (e) {
    bufferFrom = legacy;
    return bufferFrom(something, encoding);
  }
  function modern(something, encoding) {
    return Buffer.from(something, encoding);
  }
  function legacy(something, encoding) {
    return new Buffer(something, encoding);
  }
}
function bufferIncludes(buffer, content) {
  bufferIncludes = modern;
  try {
    return bufferIncludes(buffer, content);
  } catch (e) {
    bufferIncludes = legacy;
    return bufferIncludes(buffer, content);
  }
  function modern(buffer, content) {
    return buffer.includes(content);
  }
  function legacy(buffer, content) {
    for (var i = 0; i <= buffer.length - content.length; i++) {
      for (var j = 0;; j++) {
        if (j === content.length) return true;
        if (buffer[i + j] !== content[j]) break;
      }
    }
    return false;
  }
}


/***/ }),

/***/ 9671:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   KF: () => (/* binding */ comparableBot),
/* harmony export */   W2: () => (/* binding */ withKeysSorted),
/* harmony export */   t1: () => (/* binding */ withIdsByMeaning)
/* harmony export */ });
/* unused harmony export comparableAcrossBots */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _bot_files_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3222);
/* harmony import */ var _folder_files_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8315);
/* harmony import */ var _json_format_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1708);
/* harmony import */ var _json_model_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(8075);
// Two bots compared by what a bot designer made, not by what each platform bot assigned: an
// import into another bot keeps every element's refId, while `_id`s (dialogs, components,
// utterances) are the target's, the bot's own id stands in many places (streamId), and the
// export echoes its request (exportOptions). Used wherever an export of one bot is compared
// with another's: the plan of a dry run, the changes an import made, and its verification.





/** Top-level members that describe the export, not the bot. */
const ABOUT_THE_EXPORT = ['exportOptions', 'environmentVersionInfo', 'encryptedHash'];
/**
 * The export's JSON files with `_id`s replaced by `ref:<refId>` wherever the element has a
 * refId, other `_id`s by `id:<hash of the element>` (and every reference to either with it),
 * the bot's own id
 * written `bot`, numbers as the doubles the platform keeps, keys in order, and the members
 * about the export left out. Files that are not JSON, or not
 * readable, pass as they are.
 */
function comparableAcrossBots(files) {
    const definitionFile = files.find(file => _folder_files_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFINITIONS */ .LX.has(file.name));
    const definition = definitionFile ? parse(definitionFile.bytes) : undefined;
    if (!definition || !(0,_json_model_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .Gv)(definition))
        return files;
    const botId = typeof definition.get('_id') === 'string' ? definition.get('_id') : '';
    for (const key of ABOUT_THE_EXPORT)
        definition.delete(key);
    const values = files.map(file => file === definitionFile ? definition : file.name.toLowerCase().endsWith('.json') ? parse(file.bytes) : undefined);
    const comparable = withIdsByMeaning(values.filter(value => value !== undefined), botId);
    return files.map((file, index) => {
        if (values[index] === undefined)
            return file;
        return { name: file.name, bytes: (0,_json_model_js__WEBPACK_IMPORTED_MODULE_4__/* .jsonBytes */ .yN)(comparable.shift(), _json_format_js__WEBPACK_IMPORTED_MODULE_3__/* .PLATFORM_STYLE */ .qK) };
    });
}
/**
 * One bot's JSON values with every `_id` (and every reference to it) named by what it names:
 * `ref:<refId>` where the element has a refId, else `id:` and a hash of the element without
 * its ids; the bot's own id `bot`; keys sorted, numbers as doubles. Two bots, or one bot
 * before and after an import made new ids, then compare by what a designer made.
 */
function withIdsByMeaning(values, botId) {
    // First the ids of elements with a refId; then the others (utterances, widget themes, which
    // scenes point at), named by their content once the first are renamed.
    const aliases = new Map();
    for (const value of values)
        collectAliases(value, aliases, 0, botId);
    const rename = (text) => aliases.get(text) ?? (botId && text === botId ? 'bot' : text);
    const renamed = values.map(value => rewrite(value, rename, 0));
    const byContent = new Map();
    for (const value of renamed)
        collectContentAliases(value, byContent, 0);
    const renameByContent = (text) => byContent.get(text) ?? text;
    return renamed.map(value => rewrite(value, renameByContent, 0));
}
/**
 * An export's files as the change engine compares two different bots: the definition and
 * config.json, the files an import sends (table definitions and the icon are not imported).
 */
function comparableBot(files, signal) {
    return (0,_bot_files_js__WEBPACK_IMPORTED_MODULE_1__/* .botFilesOf */ .Ev)(comparableAcrossBots(files.filter(file => _folder_files_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFINITIONS */ .LX.has(file.name) || file.name === 'config.json')), signal);
}
/** A value with its keys sorted and its numbers as doubles, as withIdsByMeaning gives it, ids as they are. */
function withKeysSorted(value) {
    return rewrite(value, text => text, 0);
}
/** Deeper than this, a value is left as it is (the parser bounds depth as well). */
const MAX_DEPTH = 256;
/** The bot's own id (the definition's `_id`) is named `bot`, never by its refId. */
function collectAliases(value, aliases, depth, botId) {
    if (depth > MAX_DEPTH)
        return;
    if (Array.isArray(value))
        for (const item of value)
            collectAliases(item, aliases, depth + 1, botId);
    else if ((0,_json_model_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .Gv)(value)) {
        const id = value.get('_id');
        const refId = value.get('refId');
        if (typeof id === 'string' && id && id !== botId && typeof refId === 'string' && refId)
            aliases.set(id, `ref:${refId}`);
        for (const member of value.values())
            collectAliases(member, aliases, depth + 1, botId);
    }
}
/** `_id`s of elements without a refId, named `id:` and a hash of the element without its ids. */
function collectContentAliases(value, aliases, depth) {
    if (depth > MAX_DEPTH)
        return;
    if (Array.isArray(value))
        for (const item of value)
            collectContentAliases(item, aliases, depth + 1);
    else if ((0,_json_model_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .Gv)(value)) {
        const id = value.get('_id');
        if (typeof id === 'string' && id && id !== 'bot' && !id.startsWith('ref:'))
            aliases.set(id, `id:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(withoutIds(value, 0)).digest('hex').slice(0, 16)}`);
        for (const member of value.values())
            collectContentAliases(member, aliases, depth + 1);
    }
}
function withoutIds(value, depth) {
    if (depth > MAX_DEPTH)
        return '';
    if (Array.isArray(value))
        return `[${value.map(item => withoutIds(item, depth + 1)).join(',')}]`;
    if ((0,_json_model_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .Gv)(value))
        return `{${[...value]
            .filter(([key]) => key !== '_id')
            .map(([key, member]) => `${JSON.stringify(key)}:${withoutIds(member, depth + 1)}`)
            .join(',')}}`;
    return value instanceof _json_model_js__WEBPACK_IMPORTED_MODULE_4__/* .JsonNumber */ .WP ? value.text : JSON.stringify(value);
}
function rewrite(value, rename, depth) {
    if (depth > MAX_DEPTH)
        return value;
    if (typeof value === 'string')
        return rename(value);
    // The platform holds numbers as doubles: a number past their precision comes back rounded.
    if (value instanceof _json_model_js__WEBPACK_IMPORTED_MODULE_4__/* .JsonNumber */ .WP)
        return new _json_model_js__WEBPACK_IMPORTED_MODULE_4__/* .JsonNumber */ .WP(String(Number(value.text)));
    if (Array.isArray(value))
        return value.map(item => rewrite(item, rename, depth + 1));
    if (!(0,_json_model_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .Gv)(value))
        return value;
    // Key order is the platform's storage detail (JavaScript puts integer-like keys first), not
    // something a bot designer made: sorted here, so that only values are compared.
    const object = new Map();
    for (const [key, member] of [...value].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        object.set(rename(key), rewrite(member, rename, depth + 1));
    }
    return object;
}
function parse(bytes) {
    try {
        return (0,_json_model_js__WEBPACK_IMPORTED_MODULE_4__/* .parseJson */ .qF)(bytes.toString('utf8'));
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 3222:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ev: () => (/* binding */ botFilesOf),
/* harmony export */   XA: () => (/* binding */ parseBotJson),
/* harmony export */   g2: () => (/* binding */ readBot),
/* harmony export */   lO: () => (/* binding */ withoutValues),
/* harmony export */   ow: () => (/* binding */ omittedVariables)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _platform_clock_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5960);
/* harmony import */ var _shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_10__ = __nccwpck_require__(371);
/* harmony import */ var _folder_reader_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7477);
/* harmony import */ var _folder_files_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8315);
/* harmony import */ var _json_format_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(1708);
/* harmony import */ var _json_model_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(8075);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(8284);
/* harmony import */ var _pack_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(6616);
/* harmony import */ var _split_layout_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(9462);
/* harmony import */ var _zip_reader_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(4435);
// A bot as the change engine reads it: every JSON file of an export in the split layout, by
// path, whatever layout the folder has, so that a comparison sees dialogs and components, not
// lines. Read from a zip or from a folder that extract-to wrote, both checked as hostile.











/**
 * A bot from a zip (checked as hostile, like any export) or from a folder that extract-to
 * wrote (read as hostile too, through its reader: every file the manifest names is read).
 */
async function readBot(source, signal) {
    if (!node_fs__WEBPACK_IMPORTED_MODULE_0___default().existsSync(source))
        throw new Error(`${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_10__/* .plain */ .pj)(source)} does not exist. Give a zip from an export, or a folder that extract-to wrote.`);
    if (node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(source).isDirectory()) {
        const reader = _folder_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .FolderReader */ ._j.open(source);
        const manifest = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .readManifest */ .WI)(reader);
        const files = (0,_pack_js__WEBPACK_IMPORTED_MODULE_7__/* .packFolder */ .C)(reader, manifest).filter(file => file.name.toLowerCase().endsWith('.json'));
        return botFilesOf(withoutValues(files, omittedVariables(manifest.files['config.json'])), signal);
    }
    return botFilesOf(await (0,_zip_reader_js__WEBPACK_IMPORTED_MODULE_9__.readZipFiles)(source, file => file.name.toLowerCase().endsWith('.json') && file.size <= _folder_files_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_JSON_BYTES */ .E7, signal), signal);
}
/** The export's files as the comparison reads them; `signal` is checked between files (a split is a large step). */
function botFilesOf(exportFiles, signal) {
    const files = new Map();
    for (const { name, bytes } of exportFiles) {
        if (signal?.aborted)
            throw new _platform_clock_js__WEBPACK_IMPORTED_MODULE_1__/* .CancelledError */ .cc();
        for (const [path, content] of comparedFiles(name, bytes))
            files.set(path, content);
    }
    return files;
}
/**
 * One export file as the comparison reads it: in the split layout, or whole when the split
 * would not give it back (a fault unpack reports; a description or a diff still works, by file).
 * Variable values stay in memory, to be compared by hash and named, never shown.
 */
function comparedFiles(name, bytes) {
    try {
        return (0,_folder_files_js__WEBPACK_IMPORTED_MODULE_3__/* .toFolderFiles */ .nG)(name, bytes, { layout: 'split', variableValues: 'keep' }).files;
    }
    catch (error) {
        if (!(error instanceof _split_layout_js__WEBPACK_IMPORTED_MODULE_8__/* .SplitFault */ .HD))
            throw error;
        return (0,_folder_files_js__WEBPACK_IMPORTED_MODULE_3__/* .toFolderFiles */ .nG)(name, bytes, { layout: 'plain', variableValues: 'keep' }).files;
    }
}
/** The names of the variables whose values a folder left out (`variable-values: omit`). */
function omittedVariables(record) {
    return new Set(record?.omittedValues?.map(omitted => omitted.variable) ?? []);
}
/**
 * The files with the values of `names` (or of every variable) taken out of config.json: a
 * value a folder left out is unknown, not empty, and is then not compared.
 */
function withoutValues(files, names) {
    if (names !== 'all' && names.size === 0)
        return files;
    return files.map(file => {
        if (file.name !== 'config.json')
            return file;
        const config = parseBotJson(file.bytes);
        if (config === undefined)
            return file;
        for (const variable of (0,_folder_files_js__WEBPACK_IMPORTED_MODULE_3__/* .variablesOf */ .ht)(config))
            if (names === 'all' || names.has((0,_json_model_js__WEBPACK_IMPORTED_MODULE_5__/* .stringOf */ .Je)(variable.get('key'))))
                variable.delete('value');
        return { name: file.name, bytes: (0,_json_model_js__WEBPACK_IMPORTED_MODULE_5__/* .jsonBytes */ .yN)(config, _json_format_js__WEBPACK_IMPORTED_MODULE_4__/* .PLATFORM_STYLE */ .qK) };
    });
}
/** A file of the bot in the exact JSON model; undefined when it is not JSON. */
function parseBotJson(bytes) {
    try {
        return (0,_json_model_js__WEBPACK_IMPORTED_MODULE_5__/* .parseJson */ .qF)(bytes.toString('utf8'));
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 734:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M$: () => (/* binding */ recordsOf),
/* harmony export */   MN: () => (/* binding */ diffBots),
/* harmony export */   ik: () => (/* binding */ hasChanges)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _platform_clock_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5960);
/* harmony import */ var _folder_files_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8315);
/* harmony import */ var _json_model_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8075);
/* harmony import */ var _bot_files_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(3222);
/* harmony import */ var _across_bots_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(9671);
/* harmony import */ var _json_format_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(1708);
// What changed in a bot, as typed records in the terms a bot designer uses: dialogs added,
// removed, renamed and what changed inside each; utterances counted; FAQs; bot variables
// (names only: a value is compared by hash here and never leaves this file); settings; canvas
// moves apart. The records are the one answer that the `changed` flag, the Markdown summary,
// the terminal text (render.ts) and an import's verification (verify.ts) each read.







/** Whether the records say the bot changed: any record does (none when only regenerated values differ). */
function hasChanges(records) {
    return records.length > 0;
}
/** The records of one kind, in their order. */
function recordsOf(records, kind) {
    return records.filter((record) => record.kind === kind);
}
/**
 * What changed from `before` to `after` (both read by bot-files.ts), in order: dialogs (by
 * dialog, and within one by file), shared components, FAQs, variables, settings, other files.
 * Without `before`, one `first-export` record counts what the bot holds.
 */
function diffBots(before, after, options = {}) {
    const check = () => {
        if (options.signal?.aborted)
            throw new _platform_clock_js__WEBPACK_IMPORTED_MODULE_1__/* .CancelledError */ .cc();
    };
    check();
    if (!before)
        return [overview(after, check)];
    [before, after] = withKnownValuesOnly(before, after);
    const differing = [];
    for (const name of new Set([...before.keys(), ...after.keys()])) {
        if (!(before.get(name)?.equals(after.get(name) ?? Buffer.alloc(0)) ?? false))
            differing.push(name);
    }
    differing.sort();
    if (differing.length === 0)
        return [];
    check();
    // Dialogs by refId (an import keeps it), then _id, then display name: a rename is a rename,
    // and another bot's copy of a dialog is that dialog.
    const sameButIds = idsOnlyComparison(before, after, differing);
    const dialogPairs = matchDialogs(dialogsOf(before), dialogsOf(after));
    const added = [];
    const removed = [];
    const renamed = [];
    const inside = [];
    const moved = [];
    for (const [old, dialog] of dialogPairs) {
        check();
        if (!old) {
            added.push({ kind: 'dialog', change: 'added', name: dialog.name });
            continue;
        }
        if (!dialog) {
            removed.push({ kind: 'dialog', change: 'removed', name: old.name });
            continue;
        }
        if (old.name !== dialog.name)
            renamed.push({ kind: 'dialog', change: 'renamed', name: dialog.name, from: old.name });
        const what = dialogChanges(before, after, old.folder, dialog, sameButIds);
        inside.push(...what.logic);
        if (what.logic.every(record => record.kind === 'ids-regenerated') && what.layout)
            moved.push({ kind: 'dialog', change: 'moved-on-canvas', name: dialog.name });
    }
    const shared = [];
    const faqs = [];
    let variables = [];
    let settings = [];
    const other = [];
    for (const name of differing) {
        if (/^[^/]+\/dialogs\//.test(name))
            continue;
        check();
        const component = /^[^/]+\/components\/([^/]+?)(?:\.(utterances|patterns))?\.json$/.exec(name) ??
            /^[^/]+\/components\/([^/]+?)\.[^.]+\.(js|txt)$/.exec(name);
        const faq = /^[^/]+\/faqs\/(.+)\.json$/.exec(name);
        if (before.has(name) && after.has(name) && sameButIds(name, name))
            shared.push({
                kind: 'ids-regenerated',
                path: name,
                ...(component ? { component: componentOf(component[1]) } : {})
            });
        else if (component)
            shared.push(sharedComponentChange(before.get(name), after.get(name), componentOf(component[1]), component[2]));
        else if (faq)
            faqs.push(faqChange(faq[1], before.get(name), after.get(name)));
        else if (name === 'config.json')
            variables = variableChanges(before.get(name), after.get(name));
        else if (/^[^/]+\/bot\.json$/.test(name))
            settings = memberChanges(before.get(name), after.get(name)).map(member => ({ kind: 'setting', name: member }));
        else
            other.push({ kind: 'file', path: name, change: fileChange(before.get(name), after.get(name)) });
    }
    const ids = [...inside, ...shared].filter(record => record.kind === 'ids-regenerated');
    const records = unique([
        ...added,
        ...removed,
        ...renamed,
        ...inside.filter(record => record.kind !== 'ids-regenerated'),
        ...moved,
        ...shared.filter(record => record.kind !== 'ids-regenerated'),
        ...faqs,
        ...variables,
        ...settings,
        ...other,
        ...ids
    ]);
    return records.length > 0 ? records : [{ kind: 'undescribed', paths: differing }];
}
/** The records without repeats (a component's .json and its .js both changed is one change). */
function unique(records) {
    const seen = new Set();
    return records.filter(record => {
        const key = JSON.stringify(record);
        return !seen.has(key) && Boolean(seen.add(key));
    });
}
/**
 * Both bots with the values only one side knows taken out of config.json: a value a folder
 * left out is unknown, not different, so it changes neither the file nor the records.
 */
function withKnownValuesOnly(before, after) {
    const valued = (files) => new Set((0,_folder_files_js__WEBPACK_IMPORTED_MODULE_2__/* .variablesOf */ .ht)((0,_bot_files_js__WEBPACK_IMPORTED_MODULE_4__/* .parseBotJson */ .XA)(files.get('config.json') ?? Buffer.alloc(0)))
        .filter(variable => variable.has('value'))
        .map(variable => (0,_json_model_js__WEBPACK_IMPORTED_MODULE_3__/* .stringOf */ .Je)(variable.get('key'))));
    const known = [valued(before), valued(after)];
    const unknown = new Set([...known[0], ...known[1]].filter(name => !known[0].has(name) || !known[1].has(name)));
    const strip = (files) => {
        const config = files.get('config.json');
        return config && unknown.size > 0
            ? new Map([...files, ['config.json', (0,_bot_files_js__WEBPACK_IMPORTED_MODULE_4__/* .withoutValues */ .lO)([{ name: 'config.json', bytes: config }], unknown)[0].bytes]])
            : files;
    };
    return [strip(before), strip(after)];
}
/** Every dialog, with its ids, display name and folder. */
function dialogsOf(files) {
    const dialogs = [];
    for (const [name, bytes] of files) {
        const match = /^([^/]+\/dialogs\/([^/]+))\/dialog\.json$/.exec(name);
        if (!match)
            continue;
        const dialog = (0,_bot_files_js__WEBPACK_IMPORTED_MODULE_4__/* .parseBotJson */ .XA)(bytes);
        const member = (key) => ((0,_json_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(dialog) ? (0,_json_model_js__WEBPACK_IMPORTED_MODULE_3__/* .stringOf */ .Je)(dialog.get(key)) : '');
        dialogs.push({ name: match[2], folder: match[1], id: member('_id'), refId: member('refId') });
    }
    return dialogs;
}
/**
 * The dialogs of two bots in pairs, `[before, after]` (one side undefined when only the other
 * has it): matched by refId, then by `_id`, then by display name, each dialog once. The
 * second bot's order, then what only the first has.
 */
function matchDialogs(before, after) {
    const pairs = new Map(after.map(dialog => [dialog, undefined]));
    const unmatched = new Set(before);
    for (const key of ['refId', 'id', 'name'])
        for (const dialog of after) {
            if (pairs.get(dialog) || !dialog[key])
                continue;
            // Two refIds that differ are two dialogs, whatever their names (an import matches by refId).
            const old = [...unmatched].find(candidate => candidate[key] === dialog[key] && !(candidate.refId && dialog.refId && candidate.refId !== dialog.refId));
            if (!old)
                continue;
            pairs.set(dialog, old);
            unmatched.delete(old);
        }
    return [
        ...[...pairs].map(([dialog, old]) => [old, dialog]),
        ...[...unmatched].map((old) => [old, undefined])
    ];
}
/**
 * Whether a file of the first bot and one of the second differ in ids alone (paths differ
 * when a dialog was renamed). Each side's differing files are read once, their ids named by
 * what they name (across-bots.ts): an id that changed is defined in a file that differs, and
 * so is every reference to it.
 */
function idsOnlyComparison(before, after, differing) {
    const sides = new Map();
    const comparable = (files) => {
        let side = sides.get(files);
        if (side)
            return side;
        const paths = differing.filter(path => files.has(path));
        const values = paths.map(path => (0,_bot_files_js__WEBPACK_IMPORTED_MODULE_4__/* .parseBotJson */ .XA)(files.get(path)));
        const readable = paths.filter((_, index) => values[index] !== undefined);
        const renamed = (0,_across_bots_js__WEBPACK_IMPORTED_MODULE_5__/* .withIdsByMeaning */ .t1)(values.filter(value => value !== undefined), botIdOf(files));
        side = new Map(readable.map((path, index) => [path, renamed[index]]));
        sides.set(files, side);
        return side;
    };
    return (pathBefore, pathAfter, names = false) => {
        const a = comparable(before).get(pathBefore);
        const b = comparable(after).get(pathAfter);
        if (a === undefined || b === undefined)
            return false;
        const unordered = GROUPED_FILE.test(pathAfter);
        if (contentOf(a, names, unordered) !== contentOf(b, names, unordered))
            return false;
        // The same content, and not before ids are named by meaning: an id did change (not only
        // an order or a key's place).
        const raw = (files, path) => contentOf((0,_across_bots_js__WEBPACK_IMPORTED_MODULE_5__/* .withKeysSorted */ .W2)((0,_bot_files_js__WEBPACK_IMPORTED_MODULE_4__/* .parseBotJson */ .XA)(files.get(path))), names, unordered);
        return raw(before, pathBefore) !== raw(after, pathAfter);
    };
}
/**
 * Files of elements the layout groups and orders by id (utterances, patterns, the storyboard,
 * advanced NL settings): new ids may reorder them, so their order is not compared.
 */
const GROUPED_FILE = /(?:\.utterances\.json|\.patterns\.json|\/nlp\/(?:utterances|patterns|advanced-settings)\.json|\/storyboard\/[^/]+\.json)$/;
/** The bot's own id, from its bot.json. */
function botIdOf(files) {
    for (const [name, bytes] of files)
        if (/^[^/]+\/bot\.json$/.test(name)) {
            const bot = (0,_bot_files_js__WEBPACK_IMPORTED_MODULE_4__/* .parseBotJson */ .XA)(bytes);
            if ((0,_json_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(bot))
                return (0,_json_model_js__WEBPACK_IMPORTED_MODULE_3__/* .stringOf */ .Je)(bot.get('_id'));
        }
    return '';
}
/**
 * A value as compared for its content; `unordered`: a list's order is not compared (see
 * GROUPED_FILE). `names`: a dialog's names left out (a rename is said apart).
 */
function contentOf(value, names, unordered) {
    const text = (item) => (0,_json_model_js__WEBPACK_IMPORTED_MODULE_3__/* .jsonBytes */ .yN)(item, _json_format_js__WEBPACK_IMPORTED_MODULE_6__/* .MINIFIED_STYLE */ .w1).toString('utf8');
    if (Array.isArray(value) && unordered)
        return `[${value.map(text).sort().join(',')}]`;
    return names && (0,_json_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(value) ? withoutNamesOf(value) : text(value);
}
/** What changed inside one dialog, file by file in name order; `layout` when its layout.json differs. */
function dialogChanges(before, after, oldFolder, dialog, sameButIds) {
    const relative = (files, folder) => new Map([...files]
        .filter(([name]) => name.startsWith(`${folder}/`))
        .map(([name, bytes]) => [name.slice(folder.length + 1), bytes]));
    const old = relative(before, oldFolder);
    const now = relative(after, dialog.folder);
    const logic = [];
    let layout = false;
    for (const name of [...new Set([...old.keys(), ...now.keys()])].sort()) {
        const a = old.get(name);
        const b = now.get(name);
        if (a && b && a.equals(b))
            continue;
        const component = /^components\/(.+?)(?:\.(utterances|patterns))?\.json$/.exec(name) ??
            /^components\/(.+?)\.[^.]+\.(js|txt)$/.exec(name);
        const idsOnly = (names = false) => a !== undefined && b !== undefined && sameButIds(`${oldFolder}/${name}`, `${dialog.folder}/${name}`, names);
        if (name === 'layout.json')
            layout = true;
        else if (name === 'dialog.json') {
            // A rename changes the names in dialog.json; only other differences are logic.
            if (a && b && withoutNames(a) === withoutNames(b))
                continue;
            if (idsOnly(true))
                logic.push({ kind: 'ids-regenerated', dialog: dialog.name, path: name });
            else
                logic.push({ kind: 'dialog', change: 'flow-changed', name: dialog.name });
        }
        else if (idsOnly()) {
            logic.push({
                kind: 'ids-regenerated',
                dialog: dialog.name,
                path: name,
                ...(component ? { component: componentOf(component[1]) } : {})
            });
        }
        else {
            if (component)
                logic.push(dialogComponentChange(a, b, { dialog: dialog.name, ...componentOf(component[1]) }, component[2]));
            else
                logic.push({ kind: 'dialog-file', dialog: dialog.name, path: name, change: fileChange(a, b) });
        }
    }
    return { logic, layout };
}
/** `script.ValidateDestination` → type `script`, name `ValidateDestination`. */
function componentOf(base) {
    const dot = base.indexOf('.');
    return dot > 0 ? { type: base.slice(0, dot), name: base.slice(dot + 1) } : { name: base };
}
/**
 * One file of a dialog's component (`part` is `utterances` or `patterns` for those files): an
 * utterances file is counted even when one side lacks it (all its utterances added or removed).
 */
function dialogComponentChange(before, after, component, part) {
    if (part === 'utterances')
        return {
            kind: 'component',
            ...component,
            change: 'utterances-changed',
            utterances: countChanges(before, after, 'sentence')
        };
    if (part === 'patterns')
        return { kind: 'component', ...component, change: 'patterns-changed' };
    return { kind: 'component', ...component, change: fileChange(before, after) };
}
/** One file of a shared component: added or removed as a whole, utterances counted when both bots have them. */
function sharedComponentChange(before, after, component, part) {
    if (before && after && part === 'utterances')
        return {
            kind: 'component',
            ...component,
            change: 'utterances-changed',
            utterances: countChanges(before, after, 'sentence')
        };
    if (before && after && part === 'patterns')
        return { kind: 'component', ...component, change: 'patterns-changed' };
    return { kind: 'component', ...component, change: fileChange(before, after) };
}
function fileChange(before, after) {
    return !before ? 'added' : !after ? 'removed' : 'changed';
}
/** A dialog's JSON without its names (lname, localeData.<language>.name). */
function withoutNames(bytes) {
    const dialog = (0,_bot_files_js__WEBPACK_IMPORTED_MODULE_4__/* .parseBotJson */ .XA)(bytes);
    return (0,_json_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(dialog) ? withoutNamesOf(dialog) : bytes.toString('utf8');
}
function withoutNamesOf(dialog) {
    const copy = new Map(dialog);
    copy.delete('lname');
    const locales = dialog.get('localeData');
    if ((0,_json_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(locales)) {
        copy.set('localeData', new Map([...locales].map(([language, locale]) => [
            language,
            (0,_json_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(locale) ? new Map([...locale].filter(([key]) => key !== 'name')) : locale
        ])));
    }
    return JSON.stringify((0,_json_model_js__WEBPACK_IMPORTED_MODULE_3__/* .plainValue */ ._y)(copy));
}
/** How many items of two lists of objects, compared by one member, only one side has. */
function countChanges(before, after, member) {
    const values = (bytes) => {
        const list = bytes ? (0,_bot_files_js__WEBPACK_IMPORTED_MODULE_4__/* .parseBotJson */ .XA)(bytes) : [];
        return Array.isArray(list) ? list.map(item => ((0,_json_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(item) ? (0,_json_model_js__WEBPACK_IMPORTED_MODULE_3__/* .stringOf */ .Je)(item.get(member)) : '')) : [];
    };
    const old = values(before);
    const now = values(after);
    return {
        added: now.filter(value => !old.includes(value)).length,
        removed: old.filter(value => !now.includes(value)).length
    };
}
function faqChange(name, before, after) {
    if (!before)
        return { kind: 'faqs', name, change: 'added' };
    if (!after)
        return { kind: 'faqs', name, change: 'removed' };
    const questions = (bytes) => {
        const task = (0,_bot_files_js__WEBPACK_IMPORTED_MODULE_4__/* .parseBotJson */ .XA)(bytes);
        const holder = (0,_json_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(task) ? task.get('faqs') : undefined;
        const faqs = (0,_json_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(holder) ? holder.get('faqs') : undefined;
        const map = new Map();
        if (Array.isArray(faqs))
            for (const faq of faqs)
                if ((0,_json_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(faq))
                    map.set((0,_json_model_js__WEBPACK_IMPORTED_MODULE_3__/* .stringOf */ .Je)(faq.get('question')), JSON.stringify([...faq.entries()].map(([key, value]) => [key, (0,_json_model_js__WEBPACK_IMPORTED_MODULE_3__/* .plainValue */ ._y)(value)])));
        return map;
    };
    const old = questions(before);
    const now = questions(after);
    return {
        kind: 'faqs',
        name,
        change: 'edited',
        questions: {
            added: [...now.keys()].filter(question => !old.has(question)).length,
            removed: [...old.keys()].filter(question => !now.has(question)).length,
            edited: [...now.keys()].filter(question => old.has(question) && old.get(question) !== now.get(question)).length
        }
    };
}
/**
 * Bot variables by name. A value is never in a record: it is compared here by its SHA-256,
 * and only where both sides hold one (a folder may have left it out).
 */
function variableChanges(before, after) {
    const variables = (bytes) => new Map((0,_folder_files_js__WEBPACK_IMPORTED_MODULE_2__/* .variablesOf */ .ht)(bytes ? (0,_bot_files_js__WEBPACK_IMPORTED_MODULE_4__/* .parseBotJson */ .XA)(bytes) : undefined).map(variable => [
        (0,_json_model_js__WEBPACK_IMPORTED_MODULE_3__/* .stringOf */ .Je)(variable.get('key')),
        {
            settings: JSON.stringify([...variable.entries()].filter(([key]) => key !== 'value').map(([key, value]) => [key, (0,_json_model_js__WEBPACK_IMPORTED_MODULE_3__/* .plainValue */ ._y)(value)])),
            value: variable.has('value')
                ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
                    .update(JSON.stringify((0,_json_model_js__WEBPACK_IMPORTED_MODULE_3__/* .plainValue */ ._y)(variable.get('value'))))
                    .digest('hex')
                : undefined
        }
    ]));
    const old = variables(before);
    const now = variables(after);
    const inBoth = [...now.keys()].filter(name => old.has(name));
    const record = (change) => (name) => ({ kind: 'variable', name, change });
    return [
        ...[...now.keys()].filter(name => !old.has(name)).map(record('added')),
        ...[...old.keys()].filter(name => !now.has(name)).map(record('removed')),
        ...inBoth.filter(name => old.get(name).settings !== now.get(name).settings).map(record('settings-changed')),
        ...inBoth
            .filter(name => old.get(name).value !== undefined &&
            now.get(name).value !== undefined &&
            old.get(name).value !== now.get(name).value)
            .map(record('value-changed'))
    ];
}
/** The top-level members of two JSON objects that differ. */
function memberChanges(before, after) {
    const members = (bytes) => {
        const value = bytes ? (0,_bot_files_js__WEBPACK_IMPORTED_MODULE_4__/* .parseBotJson */ .XA)(bytes) : undefined;
        return new Map((0,_json_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(value) ? [...value].map(([key, member]) => [key, JSON.stringify((0,_json_model_js__WEBPACK_IMPORTED_MODULE_3__/* .plainValue */ ._y)(member))]) : []);
    };
    const old = members(before);
    const now = members(after);
    return [...new Set([...old.keys(), ...now.keys()])].filter(key => old.get(key) !== now.get(key));
}
function overview(files, check) {
    let dialogs = 0;
    let intents = 0;
    let utterances = 0;
    let faqs = 0;
    const languages = new Set();
    for (const [name, bytes] of files) {
        if (/\/dialogs\/[^/]+\/dialog\.json$/.test(name))
            dialogs++;
        if (/\/intent\.[^/]+(?<!\.utterances|\.patterns)\.json$/.test(name))
            intents++;
        if (name.endsWith('.utterances.json')) {
            check();
            const list = countable(bytes);
            if (Array.isArray(list)) {
                utterances += list.length;
                for (const item of list) {
                    const language = (0,_json_model_js__WEBPACK_IMPORTED_MODULE_3__/* .getAt */ .sM)(item, ['language']);
                    if (typeof language === 'string')
                        languages.add(language);
                }
            }
        }
        if (/\/faqs\/[^/]+\.json$/.test(name)) {
            check();
            const list = (0,_json_model_js__WEBPACK_IMPORTED_MODULE_3__/* .getAt */ .sM)(countable(bytes), ['faqs', 'faqs']);
            if (Array.isArray(list))
                faqs += list.length;
        }
        if (/\/bot\.json$/.test(name)) {
            const supported = (0,_json_model_js__WEBPACK_IMPORTED_MODULE_3__/* .getAt */ .sM)(countable(bytes), ['supportedLanguages']);
            if (Array.isArray(supported))
                for (const language of supported)
                    if (typeof language === 'string')
                        languages.add(language);
        }
    }
    return { kind: 'first-export', dialogs, intents, utterances, faqs, languages: [...languages].sort() };
}
/**
 * A file read only to count what it holds: JSON.parse is exact enough for that, and four
 * times as fast as the exact model on a big FAQ file.
 */
function countable(bytes) {
    try {
        return JSON.parse(bytes.toString('utf8'));
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 8315:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BD: () => (/* binding */ toFolderSteps),
/* harmony export */   E7: () => (/* binding */ MAX_JSON_BYTES),
/* harmony export */   LX: () => (/* binding */ DEFINITIONS),
/* harmony export */   Uz: () => (/* binding */ fromFolderSteps),
/* harmony export */   ht: () => (/* binding */ variablesOf),
/* harmony export */   kt: () => (/* binding */ comesBackSteps),
/* harmony export */   nG: () => (/* binding */ toFolderFiles)
/* harmony export */ });
/* unused harmony exports fromFolderFiles, comesBack */
/* harmony import */ var _steps_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5277);
/* harmony import */ var _json_format_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1708);
/* harmony import */ var _json_model_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8075);
/* harmony import */ var _split_layout_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9462);
// What each file of the export becomes in the folder, and the way back. The folder is for
// people to read and for git to diff; `pack` must rebuild from it every file byte for byte as
// the platform wrote it, except values the user chose to leave out. So every change made on
// the way in is one whose inverse is exact, and what the way back needs is written down in
// the folder's manifest (the marker file).




/** JSON files larger than this are kept as the platform wrote them: not laid out, split or compared. */
const MAX_JSON_BYTES = 64 * 1024 * 1024;
/** The bot definitions the split layout takes apart (XO 10 and XO 11 names), at the zip's root. */
const DEFINITIONS = new Set(['botDefinition.json', 'appDefinition.json']);
/** The files one export file becomes in the folder (paths relative to it), and what the way back needs. */
function toFolderFiles(name, bytes, options) {
    return (0,_steps_js__WEBPACK_IMPORTED_MODULE_0__/* .finish */ .O)(toFolderSteps(name, bytes, options));
}
/** toFolderFiles in steps, so that a cancellation can stop it within a large file. */
function* toFolderSteps(name, bytes, { variableValues, layout }) {
    const one = (content, record = {}) => ({ files: new Map([[name, content]]), record });
    if (!name.toLowerCase().endsWith('.json'))
        return one(bytes);
    if (layout === 'split' && DEFINITIONS.has(name)) {
        const split = yield* (0,_split_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .splitSteps */ .Ms)(name, bytes);
        if (split)
            return { files: split.files, record: { json: split.record.style, split: split.record } };
    }
    const formatted = yield* (0,_json_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatJsonSteps */ .P6)(bytes);
    if (formatted.form === 'other')
        return one(bytes);
    if (name === 'config.json' && variableValues === 'omit') {
        yield;
        const config = (0,_json_model_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJson */ .qF)(formatted.bytes.toString('utf8'));
        const omittedValues = omitVariableValues(config);
        if (omittedValues.length > 0)
            return one((0,_json_model_js__WEBPACK_IMPORTED_MODULE_2__/* .jsonBytes */ .yN)(config, _json_format_js__WEBPACK_IMPORTED_MODULE_1__/* .PLATFORM_STYLE */ .qK), { json: formatted.form, omittedValues });
    }
    return one(formatted.bytes, { json: formatted.form });
}
/** The export's file, rebuilt from the folder's files (values left out come back empty). */
function fromFolderFiles(name, read, record) {
    return finish(fromFolderSteps(name, read, record));
}
/** fromFolderFiles in steps (see toFolderSteps). */
function* fromFolderSteps(name, read, record) {
    if (record.split)
        return yield* (0,_split_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .joinSteps */ .c9)(record.split, read);
    const bytes = read(name);
    if (!bytes)
        throw new Error(`${name} is missing`);
    if (!record.omittedValues?.length)
        return yield* (0,_json_format_js__WEBPACK_IMPORTED_MODULE_1__/* .restoreJsonSteps */ .Wn)(bytes, record.json ?? 'other');
    return withValuesBack(bytes, record.omittedValues, record.json);
}
/** config.json with an empty value back where each was left out. */
function withValuesBack(bytes, omittedValues, form) {
    const config = (0,_json_model_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJson */ .qF)(bytes.toString('utf8'));
    const variables = (0,_json_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(config) ? config.get('envVariables') : undefined;
    if (!Array.isArray(variables))
        throw new Error('config.json no longer has its envVariables');
    for (const { index, position } of omittedValues) {
        const variable = variables[index];
        if (!(0,_json_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(variable))
            throw new Error(`config.json no longer has the bot variable at envVariables[${index}]`);
        const entries = [...variable];
        entries.splice(position, 0, ['value', '']);
        variables[index] = new Map(entries);
    }
    return (0,_json_model_js__WEBPACK_IMPORTED_MODULE_2__/* .jsonBytes */ .yN)(config, form === 'minified' ? _json_format_js__WEBPACK_IMPORTED_MODULE_1__/* .MINIFIED_STYLE */ .w1 : _json_format_js__WEBPACK_IMPORTED_MODULE_1__/* .PLATFORM_STYLE */ .qK);
}
/**
 * Whether the folder's files give back the export's file (left-out values empty): the
 * round-trip check. A split definition proves its own when it is split.
 */
function comesBack(name, original, read, record) {
    return finish(comesBackSteps(name, original, read, record));
}
/** comesBack in steps (see toFolderSteps). */
function* comesBackSteps(name, original, read, record) {
    if (record.split !== undefined)
        return true;
    const rebuilt = yield* fromFolderSteps(name, read, record);
    yield;
    return rebuilt.equals(expectedFile(original, record));
}
/** What `fromFolderSteps` must give back: the export's file, with left-out values empty. */
function expectedFile(bytes, record) {
    if (!record.omittedValues?.length)
        return bytes;
    const style = record.json === 'minified' ? _json_format_js__WEBPACK_IMPORTED_MODULE_1__/* .MINIFIED_STYLE */ .w1 : _json_format_js__WEBPACK_IMPORTED_MODULE_1__/* .PLATFORM_STYLE */ .qK;
    const config = (0,_json_model_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJson */ .qF)(bytes.toString('utf8'));
    // The blanking below goes through the model: it must first give back the file as it is
    // (a repeated key, say, would not survive it).
    if ((0,_json_model_js__WEBPACK_IMPORTED_MODULE_2__/* .stringifyJson */ .sd)(config, style) !== bytes.toString('utf8'))
        throw new Error('it does not survive being read and written again');
    const variables = (0,_json_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(config) ? config.get('envVariables') : undefined;
    for (const { index } of record.omittedValues) {
        const variable = Array.isArray(variables) ? variables[index] : undefined;
        if ((0,_json_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(variable))
            variable.set('value', '');
    }
    return (0,_json_model_js__WEBPACK_IMPORTED_MODULE_2__/* .jsonBytes */ .yN)(config, style);
}
/** The bot variables of a config.json (`envVariables[]`), those that are objects. */
function variablesOf(config) {
    const list = (0,_json_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(config) ? config.get('envVariables') : undefined;
    return Array.isArray(list) ? list.filter(_json_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv) : [];
}
/** Removes `value` from every bot variable in config.json (`envVariables[]`); says where each was. */
function omitVariableValues(config) {
    const variables = (0,_json_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(config) ? config.get('envVariables') : undefined;
    if (!Array.isArray(variables))
        return [];
    const omitted = [];
    variables.forEach((variable, index) => {
        if (!(0,_json_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(variable) || !variable.has('value'))
            return;
        const position = [...variable.keys()].indexOf('value');
        const name = variable.get('key');
        omitted.push({ variable: typeof name === 'string' ? name : `#${index}`, index, position });
        variable.delete('value');
    });
    return omitted;
}


/***/ }),

/***/ 7477:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   SF: () => (/* binding */ FOLDER_LIMITS),
/* harmony export */   XF: () => (/* binding */ readRegularFile),
/* harmony export */   _j: () => (/* binding */ FolderReader),
/* harmony export */   lL: () => (/* binding */ FolderRefusedError)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(371);
/* harmony import */ var _zip_reader_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4435);
// Reads a folder as hostile input, like a zip. The folder may come from a pull request, and
// git stores symbolic links: a file named in the manifest may be a link to the runner's
// environment (/proc/self/environ), to a secret outside, to /dev/zero; a runner's disk may
// hold FIFOs, devices and hard links. So every file is read here, and only so:
//
// - its name is a relative `/`-separated path without `..`, `.`, empty segments, backslashes
//   or control characters (a name reaches log lines);
// - every segment of its path is checked with lstat: a symbolic link anywhere on the way, to a
//   file or a folder, inside the folder or outside, is refused by name;
// - it is opened without following a link (O_NOFOLLOW) and without blocking (O_NONBLOCK: a
//   FIFO cannot hang the read), and the open file is checked (fstat): a regular file, with one
//   link (a hard link may be to a file outside; git never writes one); on Linux, the file
//   opened lies inside the folder's real path (/proc/self/fd), whatever changed meanwhile;
// - it is read in chunks, bounded by the bytes actually read (never by the size stat gives:
//   /proc files say 0), and so is the running total of one folder's files, and their count.





/** A file of the folder may not be read; `message` names it, says why, and the fix. */
class FolderRefusedError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CoreError */ .am {
    constructor(message) {
        super('file', message);
        this.name = 'FolderRefusedError';
    }
}
/** As a zip's: an export unpacks to a few MB; its split definition to a few thousand files. */
const FOLDER_LIMITS = {
    maxTotalBytes: _zip_reader_js__WEBPACK_IMPORTED_MODULE_3__.ZIP_LIMITS.maxTotalBytes,
    maxFiles: _zip_reader_js__WEBPACK_IMPORTED_MODULE_3__.ZIP_LIMITS.maxEntries * 4
};
const HOSTILE = 'a folder is read as hostile input, only regular files are read';
const READ_CHUNK = 1024 * 1024;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const OPEN_FLAGS = (node_fs__WEBPACK_IMPORTED_MODULE_1___default().constants).O_RDONLY | ((node_fs__WEBPACK_IMPORTED_MODULE_1___default().constants).O_NOFOLLOW ?? 0) | ((node_fs__WEBPACK_IMPORTED_MODULE_1___default().constants).O_NONBLOCK ?? 0);
class FolderReader {
    folder;
    real;
    limits;
    total = 0;
    files = 0;
    /** Folders (relative, `/`-separated) already found to be real folders, not links. */
    realFolders = new Set(['']);
    constructor(
    /** The folder as the user named it, for messages. */
    folder, 
    /** Its real path: every file read lies below it. */
    real, limits) {
        this.folder = folder;
        this.real = real;
        this.limits = limits;
    }
    /** The folder the user gave (it may be reached through a link of the user's own); an error when it is no folder. */
    static open(folder, limits = FOLDER_LIMITS) {
        let real;
        try {
            real = node_fs__WEBPACK_IMPORTED_MODULE_1___default().realpathSync(folder);
        }
        catch {
            throw new FolderRefusedError(`${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_4__/* .plain */ .pj)(folder)} does not exist.`);
        }
        if (!node_fs__WEBPACK_IMPORTED_MODULE_1___default().statSync(real).isDirectory())
            throw new FolderRefusedError(`${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_4__/* .plain */ .pj)(folder)} is not a folder.`);
        return new FolderReader(folder, real, limits);
    }
    /** How a file of the folder is named in messages: the folder as given, then the file. */
    shown(name) {
        return (0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_4__/* .plain */ .pj)(`${this.folder.replace(/[\\/]+$/, '')}/${name}`);
    }
    /**
     * The bytes of the folder's file `name` (relative, `/`-separated); undefined when there is
     * no such file. At most `maxBytes` (and what the folder's total leaves); anything that is
     * not a regular file of the folder is refused by name.
     */
    read(name, maxBytes = Infinity) {
        const relative = this.checkName(name);
        const segments = relative.split('/');
        // Every folder on the way: a real folder, never a link.
        for (let i = 1; i < segments.length; i++) {
            const prefix = segments.slice(0, i).join('/');
            if (this.realFolders.has(prefix))
                continue;
            let stat;
            try {
                stat = node_fs__WEBPACK_IMPORTED_MODULE_1___default().lstatSync(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.real, ...segments.slice(0, i)));
            }
            catch {
                return undefined;
            }
            if (stat.isSymbolicLink()) {
                throw new FolderRefusedError(`${this.shown(prefix)} is a symbolic link: ${HOSTILE}, in real folders. Replace the link with the folder itself.`);
            }
            if (!stat.isDirectory())
                return undefined;
            this.realFolders.add(prefix);
        }
        const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.real, ...segments);
        let stat;
        try {
            stat = node_fs__WEBPACK_IMPORTED_MODULE_1___default().lstatSync(file);
        }
        catch {
            return undefined;
        }
        this.checkKind(name, stat);
        if (++this.files > this.limits.maxFiles) {
            throw new FolderRefusedError(`${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_4__/* .plain */ .pj)(this.folder)} has more than ${this.limits.maxFiles} files to read, more than an export of a bot has room for.`);
        }
        let fd;
        try {
            fd = node_fs__WEBPACK_IMPORTED_MODULE_1___default().openSync(file, OPEN_FLAGS);
        }
        catch (error) {
            const code = error.code;
            // The file became a link between the lstat and the open.
            if (code === 'ELOOP' || code === 'EMLINK')
                throw new FolderRefusedError(`${this.shown(name)} is a symbolic link: ${HOSTILE}. Replace the link with the file's content.`);
            if (code === 'ENOENT' || code === 'ENOTDIR')
                return undefined;
            throw error;
        }
        try {
            const opened = node_fs__WEBPACK_IMPORTED_MODULE_1___default().fstatSync(fd);
            this.checkKind(name, opened);
            if (opened.nlink > 1) {
                throw new FolderRefusedError(`${this.shown(name)} has ${opened.nlink} hard links (one may be a file outside the folder): ${HOSTILE}, and git never writes hard links. Replace it with a copy of its content.`);
            }
            this.checkInside(name, fd);
            return this.readBounded(name, fd, opened.size, maxBytes);
        }
        finally {
            node_fs__WEBPACK_IMPORTED_MODULE_1___default().closeSync(fd);
        }
    }
    /** The name, as a path below the folder; refused when it would lead elsewhere or could not be shown in a log line. */
    checkName(name) {
        if (typeof name !== 'string' ||
            name === '' ||
            /^[\\/]|^[a-zA-Z]:/.test(name) ||
            name.split(/[\\/]/).includes('..')) {
            throw new FolderRefusedError(`the manifest names "${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_4__/* .plain */ .pj)(String(name))}", which lies outside the folder`);
        }
        if (CONTROL.test(name) ||
            name.includes('\\') ||
            name.split('/').some(segment => segment === '' || segment === '.')) {
            throw new FolderRefusedError(`the manifest names "${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_4__/* .plain */ .pj)(name)}", which is not a file name kore-bot-export writes (a control character, a backslash, or an empty or "." segment). Export the bot into the folder again.`);
        }
        const resolved = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(this.real, name);
        if (!resolved.startsWith(this.real + (node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)))
            throw new FolderRefusedError(`the manifest names "${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_4__/* .plain */ .pj)(name)}", which lies outside the folder`);
        return name;
    }
    /** A regular file, or refused by name. */
    checkKind(name, stat) {
        if (stat.isFile())
            return;
        const what = stat.isSymbolicLink()
            ? 'is a symbolic link'
            : stat.isFIFO()
                ? 'is a FIFO (named pipe), not a regular file'
                : stat.isSocket()
                    ? 'is a socket, not a regular file'
                    : stat.isCharacterDevice() || stat.isBlockDevice()
                        ? 'is a device, not a regular file'
                        : stat.isDirectory()
                            ? 'is a folder, not a regular file'
                            : 'is not a regular file';
        const fix = stat.isSymbolicLink()
            ? "Replace the link with the file's content."
            : 'Replace it with the file the export needs (git checkout), or export the bot again.';
        throw new FolderRefusedError(`${this.shown(name)} ${what}: ${HOSTILE}. ${fix}`);
    }
    /** On Linux: the file opened lies inside the folder's real path (a folder swapped for a link meanwhile would lead elsewhere). */
    checkInside(name, fd) {
        if (process.platform !== 'linux')
            return;
        let opened;
        try {
            opened = node_fs__WEBPACK_IMPORTED_MODULE_1___default().readlinkSync(`/proc/self/fd/${fd}`);
        }
        catch {
            return;
        }
        if (!opened.startsWith(this.real + (node_path__WEBPACK_IMPORTED_MODULE_2___default().sep))) {
            throw new FolderRefusedError(`${this.shown(name)} leads outside the folder (a folder on its way was replaced by a link while it was read): ${HOSTILE}. Check the folder, and run again.`);
        }
    }
    /** The file's bytes, bounded by the bytes read: by `maxBytes`, and by what the folder's total leaves. */
    readBounded(name, fd, statSize, maxBytes) {
        const budget = this.limits.maxTotalBytes - this.total;
        const bytes = readUpTo(fd, statSize, Math.min(maxBytes, budget));
        if (!bytes) {
            throw new FolderRefusedError(maxBytes < budget
                ? `${this.shown(name)} is larger than ${maxBytes} bytes, more than kore-bot-export reads for it.`
                : `${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_4__/* .plain */ .pj)(this.folder)}: its files add up to more than ${this.limits.maxTotalBytes / 1024 / 1024} MiB, more than an export of a bot holds`);
        }
        this.total += bytes.length;
        return bytes;
    }
}
/**
 * Reads an open file in chunks until its end; undefined as soon as more than `limit` bytes
 * were read (one more than the limit shows it was passed). The first chunk is as big as stat
 * says, so a file is read in one call; the size is never trusted beyond that (/proc files say 0).
 */
function readUpTo(fd, statSize, limit) {
    const chunks = [];
    let got = 0;
    let size = Math.min(statSize + 1, limit + 1, READ_CHUNK * 64);
    for (;;) {
        const buffer = Buffer.allocUnsafe(size);
        let filled = 0;
        while (filled < size) {
            const n = node_fs__WEBPACK_IMPORTED_MODULE_1___default().readSync(fd, buffer, filled, size - filled, null);
            if (n === 0)
                break;
            filled += n;
        }
        got += filled;
        chunks.push(filled === size ? buffer : buffer.subarray(0, filled));
        if (got > limit)
            return undefined;
        if (filled < size)
            break;
        size = Math.min(READ_CHUNK, limit + 1 - got);
    }
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, got);
}
/**
 * A file the user named (a zip to import), read as hostile input too: the user's own link to
 * it is followed, but only a regular file is read, without blocking, and never past `maxBytes`.
 */
function readRegularFile(file, maxBytes) {
    const fd = node_fs__WEBPACK_IMPORTED_MODULE_1___default().openSync(file, (node_fs__WEBPACK_IMPORTED_MODULE_1___default().constants).O_RDONLY | ((node_fs__WEBPACK_IMPORTED_MODULE_1___default().constants).O_NONBLOCK ?? 0));
    try {
        const stat = node_fs__WEBPACK_IMPORTED_MODULE_1___default().fstatSync(fd);
        if (!stat.isFile())
            return { why: 'is not a regular file (a device, a FIFO or a socket)' };
        const bytes = readUpTo(fd, stat.size, maxBytes);
        return bytes ? { bytes } : { why: `is more than ${maxBytes} bytes` };
    }
    finally {
        node_fs__WEBPACK_IMPORTED_MODULE_1___default().closeSync(fd);
    }
}


/***/ }),

/***/ 1708:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  V$: () => (/* binding */ FORMAT_LIMITS),
  w1: () => (/* binding */ MINIFIED_STYLE),
  qK: () => (/* binding */ PLATFORM_STYLE),
  aT: () => (/* binding */ formatJsonFile),
  P6: () => (/* binding */ formatJsonSteps),
  Wn: () => (/* binding */ restoreJsonSteps),
  NR: () => (/* binding */ strictUtf8)
});

// UNUSED EXPORTS: reindentBytes, reindentJson, reindentSteps, restoreJsonFile

;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
// EXTERNAL MODULE: ./src/bot-source/steps.ts + 1 modules
var steps = __nccwpck_require__(5277);
;// CONCATENATED MODULE: ./src/bot-source/json-format.ts


/** What the platform writes: `JSON.stringify(value, null, 4)`, no final new line. */
const PLATFORM_STYLE = { newline: '\n', indent: '    ', colon: ': ', finalNewline: false };
/** `JSON.stringify(value)`. */
const MINIFIED_STYLE = { newline: '', indent: '', colon: ':', finalNewline: false };
const FORMAT_LIMITS = {
    /** Deeper JSON is kept as it is. */
    maxDepth: 256,
    /** Output larger than this many times the input (plus 1 MiB) is not written: kept as is. */
    maxGrowth: 8
};
// ignoreBOM keeps a byte order mark in the text, where a check can see it.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
function formatJsonFile(bytes) {
    return (0,steps/* finish */.O)(formatJsonSteps(bytes));
}
/** formatJsonFile in steps (see reindentSteps). */
function* formatJsonSteps(bytes) {
    const source = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const kept = { form: 'other', bytes: source };
    // Not UTF-8, or with a byte order mark: rewriting would not give these bytes back.
    if (!(0,external_node_buffer_namespaceObject.isUtf8)(source) || (source[0] === 0xef && source[1] === 0xbb && source[2] === 0xbf))
        return kept;
    // The platform's files have new lines, minified ones none: try the likely form first.
    if (source.indexOf(0x0a) < 0) {
        // Minified means no white space between tokens: then minifying gives these bytes back.
        const scan = { spaces: false };
        const indented = yield* reindentSteps(source, PLATFORM_STYLE, FORMAT_LIMITS, scan);
        return indented === undefined || scan.spaces ? kept : { form: 'minified', bytes: indented };
    }
    const indented = yield* reindentSteps(source, PLATFORM_STYLE);
    return indented?.equals(source) ? { form: 'platform', bytes: source } : kept;
}
/** A file of the folder back as the export had it. */
function restoreJsonFile(bytes, form) {
    return finish(restoreJsonSteps(bytes, form));
}
/** restoreJsonFile in steps (see reindentSteps). */
function* restoreJsonSteps(bytes, form) {
    if (form !== 'minified')
        return bytes;
    const minified = yield* reindentSteps(bytes, MINIFIED_STYLE);
    if (minified === undefined)
        throw new Error('it is no longer valid JSON');
    return minified;
}
/** The same JSON laid out in `style`, as text; undefined if not JSON or past the bounds. */
function reindentJson(text, style = PLATFORM_STYLE, limits = FORMAT_LIMITS) {
    return reindentBytes(Buffer.from(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, 'utf8'), style, limits)?.toString('utf8');
}
/** Where the scanner is in the grammar. */
var Expect;
(function (Expect) {
    Expect[Expect["Value"] = 0] = "Value";
    /** A key, or (right after `{`) the end of the object. */
    Expect[Expect["Key"] = 1] = "Key";
    Expect[Expect["Colon"] = 2] = "Colon";
    /** A comma or the end of the container; at the top level, the end of the text. */
    Expect[Expect["Next"] = 3] = "Next";
})(Expect || (Expect = {}));
let containers = new Uint8Array(FORMAT_LIMITS.maxDepth + 1);
const OBJECT = 1;
const ARRAY = 2;
/**
 * The same JSON laid out in `style`, from UTF-8 bytes into one buffer: only the white space
 * between tokens changes; strings, numbers and literals are copied byte for byte. The grammar
 * is checked on the way (no JSON.parse: it would build the whole value only to throw it
 * away), so undefined means not JSON, nested past `maxDepth`, or growing past `maxGrowth`.
 * `scan.spaces` says whether there was white space between tokens.
 */
function reindentBytes(source, style = PLATFORM_STYLE, limits = FORMAT_LIMITS, scan) {
    return finish(reindentSteps(source, style, limits, scan));
}
/** Source bytes re-indented between two pauses of reindentSteps: some 50 ms of work. */
const STEP_BYTES = 4 * 1024 * 1024;
/** reindentBytes as steps of STEP_BYTES of the source, so that a cancellation can stop a large file. */
function* reindentSteps(source, style = PLATFORM_STYLE, limits = FORMAT_LIMITS, scan) {
    const length = source.length;
    const maxLength = length * limits.maxGrowth + 1024 * 1024;
    const { newline, indent, colon, pads } = styleBytes(style, limits.maxDepth);
    const newlineLength = newline.length;
    const indentLength = indent.length;
    const colonLength = colon.length;
    // Indenting a minified file about doubles it (2.0 to 2.1 times, measured on real exports);
    // a file with new lines keeps its size. Growing the buffer on the way costs a copy.
    const growth = !style.newline ? 1 : source.indexOf(0x0a) < 0 ? 2.5 : 1.1;
    let out = Buffer.allocUnsafe(Math.min(maxLength, Math.max(64, Math.ceil(length * growth))));
    let at = 0;
    // One stack for every call (the scanner is synchronous): an export is thousands of small
    // files, and a typed array of this size is an ArrayBuffer of its own each time.
    // A file that pauses has a stack of its own: another may be re-indented meanwhile.
    if (containers.length < limits.maxDepth + 1)
        containers = new Uint8Array(limits.maxDepth + 1);
    const stack = length > STEP_BYTES ? new Uint8Array(limits.maxDepth + 1) : containers;
    let depth = 0;
    let expect = Expect.Value;
    let i = 0;
    let pause = STEP_BYTES;
    // Everything is written in this one loop, with room made before each step (no closures:
    // thousands of small files run it mostly before the optimising compiler has seen it).
    while (i < length) {
        if (i >= pause) {
            yield;
            pause = i + STEP_BYTES;
        }
        const c = source[i];
        if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
            if (scan)
                scan.spaces = true;
            i++;
            continue;
        }
        // Room for the most any step writes besides a string or number: a bracket and a pad one
        // level deeper, or a comma and a pad, or the colon.
        const room = withRoom(out, at, 2 + newlineLength + (depth + 1) * indentLength + colonLength, maxLength);
        if (!room)
            return undefined;
        out = room;
        if (expect === Expect.Next) {
            if (depth === 0)
                return undefined;
            if (c === 0x2c) {
                out[at++] = 0x2c;
                at = copyBytes(out, at, pads, 0, newlineLength + depth * indentLength);
                expect = stack[depth] === OBJECT ? Expect.Key : Expect.Value;
                i++;
                continue;
            }
            if (c !== (stack[depth] === OBJECT ? 0x7d : 0x5d))
                return undefined;
            depth--;
            at = copyBytes(out, at, pads, 0, newlineLength + depth * indentLength);
            out[at++] = c;
            i++;
            continue;
        }
        if (expect === Expect.Colon) {
            if (c !== 0x3a)
                return undefined;
            at = copyBytes(out, at, colon, 0, colonLength);
            expect = Expect.Value;
            i++;
            continue;
        }
        if (c === 0x22) {
            // The string is no longer than the rest of the source: room for that, then checked and
            // copied in one pass (most of a bot's bytes are in strings).
            const roomy = withRoom(out, at, length - i, maxLength);
            if (!roomy)
                return undefined;
            out = roomy;
            const end = copyString(source, i, out, at);
            if (end < 0)
                return undefined;
            at += end - i;
            i = end;
            expect = expect === Expect.Key ? Expect.Colon : Expect.Next;
            continue;
        }
        if (expect === Expect.Key)
            return undefined;
        if (c === 0x7b || c === 0x5b) {
            const close = c === 0x7b ? 0x7d : 0x5d;
            let next = i + 1;
            while (next < length &&
                (source[next] === 0x20 || source[next] === 0x0a || source[next] === 0x0d || source[next] === 0x09))
                next++;
            if (scan && next > i + 1)
                scan.spaces = true;
            if (source[next] === close) {
                out[at++] = c;
                out[at++] = close;
                i = next + 1;
                expect = Expect.Next;
                continue;
            }
            if (++depth > limits.maxDepth)
                return undefined;
            stack[depth] = c === 0x7b ? OBJECT : ARRAY;
            out[at++] = c;
            at = copyBytes(out, at, pads, 0, newlineLength + depth * indentLength);
            expect = c === 0x7b ? Expect.Key : Expect.Value;
            i++;
            continue;
        }
        // A number or a literal, checked and copied as written.
        const end = c === 0x74
            ? literalEnd(source, i, TRUE)
            : c === 0x66
                ? literalEnd(source, i, FALSE)
                : c === 0x6e
                    ? literalEnd(source, i, NULL)
                    : numberEnd(source, i);
        if (end < 0)
            return undefined;
        const roomy = withRoom(out, at, end - i, maxLength);
        if (!roomy)
            return undefined;
        out = roomy;
        at = copyBytes(out, at, source, i, end);
        i = end;
        expect = Expect.Next;
    }
    if (depth !== 0 || expect !== Expect.Next)
        return undefined;
    if (style.finalNewline) {
        const roomy = withRoom(out, at, newlineLength, maxLength);
        if (!roomy)
            return undefined;
        out = roomy;
        at = copyBytes(out, at, newline, 0, newlineLength);
    }
    return out.subarray(0, at);
}
/** `out` if it has room for `needed` more bytes after `at`, else a larger copy; undefined past `maxLength`. */
function withRoom(out, at, needed, maxLength) {
    if (at + needed <= out.length)
        return out;
    if (at + needed > maxLength)
        return undefined;
    const grown = Buffer.allocUnsafe(Math.min(maxLength, Math.max(at + needed, out.length * 2)));
    out.copy(grown, 0, 0, at);
    return grown;
}
/** Copies `from[start, end)` to `out` at `at`; returns where the copy ends. */
function copyBytes(out, at, from, start, end) {
    // Most tokens are short: a loop beats making a view of each one for a native copy.
    if (end - start < 64) {
        for (let k = start; k < end; k++)
            out[at++] = from[k];
        return at;
    }
    out.set(from.subarray(start, end), at);
    return at + end - start;
}
const styles = new WeakMap();
/** A style's pieces as bytes, made once per style and depth bound: small files are many. */
function styleBytes(style, maxDepth) {
    let byDepth = styles.get(style);
    if (!byDepth)
        styles.set(style, (byDepth = new Map()));
    let made = byDepth.get(maxDepth);
    if (!made) {
        const newline = Buffer.from(style.newline, 'utf8');
        const indent = Buffer.from(style.indent, 'utf8');
        made = {
            newline,
            indent,
            colon: Buffer.from(style.colon, 'utf8'),
            pads: Buffer.concat([newline, ...Array(maxDepth + 1).fill(indent)])
        };
        byDepth.set(maxDepth, made);
    }
    return made;
}
const TRUE = Buffer.from('true');
const FALSE = Buffer.from('false');
const NULL = Buffer.from('null');
/**
 * Copies the JSON string that starts at `start` to `out` at `at` (which has room for the rest
 * of the source); returns the index past its closing quote, or -1 if it is not a JSON string.
 */
function copyString(source, start, out, at) {
    out[at++] = 0x22;
    for (let i = start + 1; i < source.length; i++) {
        const c = source[i];
        out[at++] = c;
        if (c === 0x22)
            return i + 1;
        if (c < 0x20)
            return -1;
        if (c === 0x5c) {
            const escaped = source[++i];
            out[at++] = escaped;
            if (escaped === 0x75) {
                for (let k = 1; k <= 4; k++) {
                    if (!isHex(source[i + k]))
                        return -1;
                    out[at++] = source[i + k];
                }
                i += 4;
            }
            else if (!(escaped === 0x22 ||
                escaped === 0x5c ||
                escaped === 0x2f ||
                escaped === 0x62 ||
                escaped === 0x66 ||
                escaped === 0x6e ||
                escaped === 0x72 ||
                escaped === 0x74))
                return -1;
        }
    }
    return -1;
}
function isHex(c) {
    return c !== undefined && ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66));
}
function literalEnd(source, start, literal) {
    for (let k = 0; k < literal.length; k++)
        if (source[start + k] !== literal[k])
            return -1;
    return start + literal.length;
}
/** Past `-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?` at `start`, or -1. */
function numberEnd(source, start) {
    let i = start;
    const digits = () => {
        const first = i;
        while (source[i] >= 0x30 && source[i] <= 0x39)
            i++;
        return i > first;
    };
    if (source[i] === 0x2d)
        i++;
    if (source[i] === 0x30)
        i++;
    else if (!digits())
        return -1;
    if (source[i] === 0x2e) {
        i++;
        if (!digits())
            return -1;
    }
    if (source[i] === 0x65 || source[i] === 0x45) {
        i++;
        if (source[i] === 0x2b || source[i] === 0x2d)
            i++;
        if (!digits())
            return -1;
    }
    return i;
}


/***/ }),

/***/ 8075:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C5: () => (/* binding */ memberOf),
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   Je: () => (/* binding */ stringOf),
/* harmony export */   Nk: () => (/* binding */ setMember),
/* harmony export */   RH: () => (/* binding */ serializesTo),
/* harmony export */   UK: () => (/* binding */ isNodeObject),
/* harmony export */   WP: () => (/* binding */ JsonNumber),
/* harmony export */   _y: () => (/* binding */ plainValue),
/* harmony export */   hc: () => (/* binding */ objectLike),
/* harmony export */   lS: () => (/* binding */ membersOf),
/* harmony export */   qF: () => (/* binding */ parseJson),
/* harmony export */   sM: () => (/* binding */ getAt),
/* harmony export */   sd: () => (/* binding */ stringifyJson),
/* harmony export */   yN: () => (/* binding */ jsonBytes),
/* harmony export */   z$: () => (/* binding */ hasMember)
/* harmony export */ });
/* harmony import */ var _json_format_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1708);
// JSON as the platform wrote it, to take apart and put back together exactly: objects keep
// their key order (integer-like keys included, which JS objects would move to the front) and
// numbers keep their text (which JS numbers would round). Serialising with the platform's
// style gives back the platform's bytes for any file it wrote.

/** A number as written. */
class JsonNumber {
    text;
    constructor(text) {
        this.text = text;
    }
}
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
/** Parses JSON text; throws on anything that is not JSON or nests deeper than the formatter allows. */
function parseJson(text) {
    let i = 0;
    const fail = (what) => {
        // Where a person looks: a line and a column, counted from 1.
        const before = text.slice(0, i);
        const line = before.split('\n').length;
        const column = i - before.lastIndexOf('\n');
        throw new SyntaxError(`line ${line}, column ${column}: ${what}`);
    };
    const space = () => {
        for (let c = text.charCodeAt(i); c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09; c = text.charCodeAt(++i))
            ;
    };
    const string = () => {
        const start = i;
        let escaped = false;
        for (let end = i + 1;; end++) {
            end = text.indexOf('"', end);
            if (end < 0)
                fail('unterminated string');
            let backslashes = 0;
            while (text.charCodeAt(end - 1 - backslashes) === 0x5c)
                backslashes++;
            if (backslashes > 0)
                escaped = true;
            if (backslashes % 2 === 0) {
                i = end + 1;
                break;
            }
        }
        // Most strings hold no escape: no need for the full JSON string reader.
        const raw = text.slice(start + 1, i - 1);
        if (escaped || raw.includes('\\'))
            return JSON.parse(text.slice(start, i));
        // eslint-disable-next-line no-control-regex
        if (/[\u0000-\u001f]/.test(raw))
            fail('control character in a string');
        return raw;
    };
    const value = (depth) => {
        if (depth > _json_format_js__WEBPACK_IMPORTED_MODULE_0__/* .FORMAT_LIMITS */ .V$.maxDepth)
            fail('nested too deep');
        space();
        const c = text[i];
        // Objects and arrays are read by two loops of the same shape, written out: one shared
        // loop with a callback per member made parsing twice as slow.
        if (c === '{') {
            const object = new Map();
            i++;
            space();
            if (text[i] === '}') {
                i++;
                return object;
            }
            for (;;) {
                space();
                if (text[i] !== '"')
                    fail('expected a key');
                const key = string();
                space();
                if (text[i++] !== ':')
                    fail('expected ":"');
                object.set(key, value(depth + 1));
                space();
                const next = text[i++];
                if (next === '}')
                    return object;
                if (next !== ',')
                    fail('expected "," or "}"');
            }
        }
        if (c === '[') {
            const array = [];
            i++;
            space();
            if (text[i] === ']') {
                i++;
                return array;
            }
            for (;;) {
                array.push(value(depth + 1));
                space();
                const next = text[i++];
                if (next === ']')
                    return array;
                if (next !== ',')
                    fail('expected "," or "]"');
            }
        }
        if (c === '"')
            return string();
        if (text.startsWith('true', i))
            return ((i += 4), true);
        if (text.startsWith('false', i))
            return ((i += 5), false);
        if (text.startsWith('null', i))
            return ((i += 4), null);
        NUMBER.lastIndex = i;
        const number = NUMBER.exec(text);
        if (!number)
            return fail('unexpected character');
        i += number[0].length;
        return new JsonNumber(number[0]);
    };
    const result = value(0);
    space();
    if (i < text.length)
        fail('unexpected text after the value');
    return result;
}
function isNodeObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof JsonNumber);
}
/** An object's own member (never one of Object.prototype's). */
function memberOf(object, key) {
    if (object instanceof Map)
        return object.get(key);
    return Object.hasOwn(object, key) ? object[key] : undefined;
}
function hasMember(object, key) {
    return object instanceof Map ? object.has(key) : Object.hasOwn(object, key);
}
function setMember(object, key, value) {
    if (object instanceof Map)
        object.set(key, value);
    // A key "__proto__" is a member like any other, as JSON.parse makes it (assigning it would set the prototype).
    else if (key === '__proto__')
        Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
    else
        object[key] = value;
}
function membersOf(object) {
    return object instanceof Map ? [...object] : Object.entries(object);
}
/** A new object of the same form as `like`, with these members in this order. */
function objectLike(like, members = []) {
    if (like === undefined || like instanceof Map)
        return new Map(members);
    const object = {};
    for (const [key, value] of members)
        setMember(object, key, value);
    return object;
}
/** Serialises as `JSON.stringify(value, null, 4)` would (or in another style). */
function stringifyJson(value, style = _json_format_js__WEBPACK_IMPORTED_MODULE_0__/* .PLATFORM_STYLE */ .qK) {
    const pieces = [];
    serialize(value, style, piece => pieces.push(piece));
    return pieces.join('');
}
/** The same as UTF-8 bytes, and `end` after them (a file's final newline). */
function jsonBytes(value, style = _json_format_js__WEBPACK_IMPORTED_MODULE_0__/* .PLATFORM_STYLE */ .qK, end = '') {
    const chunks = [];
    serialize(value, style, piece => chunks.push(Buffer.from(piece, 'utf8')));
    if (end)
        chunks.push(Buffer.from(end, 'utf8'));
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
}
/** Whether serialising gives exactly `expected`: compared piece by piece, the text never built whole. */
function serializesTo(value, style, expected) {
    let at = 0;
    let same = true;
    serialize(value, style, piece => {
        if (!same)
            return;
        const bytes = Buffer.from(piece, 'utf8');
        same = at + bytes.length <= expected.length && bytes.equals(expected.subarray(at, at + bytes.length));
        at += bytes.length;
    });
    return same && at === expected.length;
}
/**
 * Writes the text in pieces of about 16 KB. Appending to one string for the whole value made
 * V8 keep a rope of millions of small strings (twice the time, and twice the memory of the
 * text for a big definition); pieces this size stay flat and cheap to copy.
 */
function serialize(value, style, flush) {
    const pads = [];
    const pad = (level) => (pads[level] ??= `${style.newline}${style.indent.repeat(level)}`);
    let out = '';
    const write = (item, level) => {
        if (out.length > 16_384) {
            flush(out);
            out = '';
        }
        if (item === null)
            out += 'null';
        else if (typeof item === 'boolean')
            out += item ? 'true' : 'false';
        else if (typeof item === 'string')
            out += JSON.stringify(item);
        else if (typeof item === 'number')
            out += String(item);
        else if (item instanceof JsonNumber)
            out += item.text;
        else if (Array.isArray(item)) {
            if (item.length === 0) {
                out += '[]';
                return;
            }
            out += '[';
            for (let i = 0; i < item.length; i++) {
                out += i === 0 ? pad(level + 1) : `,${pad(level + 1)}`;
                write(item[i], level + 1);
            }
            out += `${pad(level)}]`;
        }
        else {
            const entries = item instanceof Map ? undefined : Object.entries(item);
            const members = entries ?? item;
            if ((entries ? entries.length : item.size) === 0) {
                out += '{}';
                return;
            }
            out += '{';
            let first = true;
            for (const [key, member] of members) {
                out += first ? pad(level + 1) : `,${pad(level + 1)}`;
                first = false;
                out += JSON.stringify(key) + style.colon;
                write(member, level + 1);
            }
            out += `${pad(level)}}`;
        }
    };
    write(value, 0);
    flush(out);
}
function isObject(value) {
    return value instanceof Map;
}
/** The value at `path` (object keys and array indexes), or undefined. */
function getAt(value, path) {
    return path.reduce((at, step) => Array.isArray(at) ? at[step] : isNodeObject(at) ? memberOf(at, step) : undefined, value);
}
/** The value if it is a string, else ''. */
function stringOf(value) {
    return typeof value === 'string' ? value : '';
}
/** A JSON value as plain data (numbers as their text), for comparing with JSON.stringify. */
function plainValue(value) {
    if (Array.isArray(value))
        return value.map(plainValue);
    if (isObject(value))
        return [...value].map(([key, member]) => [key, plainValue(member)]);
    return value instanceof JsonNumber ? value.text : value;
}


/***/ }),

/***/ 8284:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $2: () => (/* binding */ manifestText),
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   WI: () => (/* binding */ readManifest),
/* harmony export */   a0: () => (/* binding */ newManifest)
/* harmony export */ });
/* harmony import */ var _shared_output_paths_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8133);
/* harmony import */ var _shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(371);
/* harmony import */ var _folder_reader_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7477);
/* harmony import */ var _zip_reader_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4435);
// The folder's manifest, in the marker file: it says the folder is the action's (so that it
// may be replaced) and holds what `pack` needs to rebuild the export exactly: the zip's
// entries in order, and for each file how it was changed on the way in.




const ABOUT = "Written by kore-bot-export: every run replaces this folder with the bot's export, and `kore-bot-export pack` rebuilds the export from it. Keep this file: without it the action refuses to replace the folder, and pack cannot rebuild the export.";
function newManifest(entries, files) {
    return { about: ABOUT, entries, files };
}
function manifestText(manifest) {
    return `${JSON.stringify(manifest, null, 2)}\n`;
}
/** A manifest is JSON the size of its records: far below this, even for the largest bots. */
const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;
/**
 * The manifest of a folder the action wrote (read as hostile input, through the folder's
 * reader); an error that says what to do otherwise.
 */
function readManifest(folder) {
    const reader = typeof folder === 'string' ? _folder_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .FolderReader */ ._j.open(folder) : folder;
    const text = reader.read(_shared_output_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .MARKER_FILE */ .cu, MAX_MANIFEST_BYTES);
    if (!text)
        throw new Error(`${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plain */ .pj)(reader.folder)} has no ${_shared_output_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .MARKER_FILE */ .cu} file: it was not written by kore-bot-export's extract-to. Export the bot into it first.`);
    return parseManifest(text.toString('utf8'), reader.shown(_shared_output_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .MARKER_FILE */ .cu));
}
/**
 * A manifest's text, read; `file` names it in the error. Its entries are checked as a zip's
 * are: names that stay in the folder and are safe to show, each once, as many as a zip may hold.
 */
function parseManifest(text, file) {
    let manifest;
    try {
        manifest = JSON.parse(text);
    }
    catch {
        manifest = {};
    }
    if (!Array.isArray(manifest.entries) ||
        typeof manifest.files !== 'object' ||
        manifest.files === null ||
        Array.isArray(manifest.files)) {
        throw new Error(`${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plain */ .pj)(file)} is not a manifest this version can read (an older version wrote only a note): export the bot into the folder again.`);
    }
    const entries = manifest.entries.filter((entry) => typeof entry === 'string');
    const seen = new Set();
    const safeSegments = new Set();
    for (const name of entries) {
        if (seen.has(name)) {
            throw new Error(`${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plain */ .pj)(file)} names ${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plain */ .pj)(name)} more than once in its entries: an export holds each file once. Remove the repeated entries (or export the bot into the folder again).`);
        }
        seen.add(name);
        if (/^[\\/]|^[a-zA-Z]:/.test(name) || name.split(/[\\/]/).includes('..'))
            throw new Error(`the manifest names "${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plain */ .pj)(name)}", which lies outside the folder`);
        const why = (0,_zip_reader_js__WEBPACK_IMPORTED_MODULE_2__.entryNameProblem)(name, safeSegments);
        if (why)
            throw new Error(`${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plain */ .pj)(file)} names an entry "${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plain */ .pj)(name)}" that ${why}: no export holds one. Remove it from the manifest (or export the bot into the folder again).`);
    }
    if (entries.length > _zip_reader_js__WEBPACK_IMPORTED_MODULE_2__.ZIP_LIMITS.maxEntries) {
        throw new Error(`${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plain */ .pj)(file)} names ${entries.length} files, more than the ${_zip_reader_js__WEBPACK_IMPORTED_MODULE_2__.ZIP_LIMITS.maxEntries} an export of a bot has room for (real exports hold a handful). Export the bot into the folder again.`);
    }
    return { about: ABOUT, entries, files: manifest.files };
}


/***/ }),

/***/ 6616:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ packFolder),
/* harmony export */   Z7: () => (/* binding */ zipBytes),
/* harmony export */   jW: () => (/* binding */ packSteps),
/* harmony export */   zy: () => (/* binding */ writeZip)
/* harmony export */ });
/* unused harmony exports packFolderCancellable, packFiles */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var yazl__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(3044);
/* harmony import */ var _platform_clock_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(5960);
/* harmony import */ var _steps_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(5277);
/* harmony import */ var _shared_temporary_files_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(7168);
/* harmony import */ var _shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_11__ = __nccwpck_require__(371);
/* harmony import */ var _folder_files_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(8315);
/* harmony import */ var _folder_reader_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(7477);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_10__ = __nccwpck_require__(8284);
// `pack`: the export rebuilt from a folder that extract-to wrote, every file byte for byte as
// the platform wrote it (values the user chose to leave out come back empty), in the zip's
// order. The zip is written beside its destination and renamed into place when complete.












/**
 * The export's files, rebuilt from the folder (whose manifest the caller may have read already,
 * through the same reader). The folder is read as hostile input, like a zip: see folder-reader.ts.
 */
function packFolder(folder, manifest) {
    return (0,_steps_js__WEBPACK_IMPORTED_MODULE_6__/* .finish */ .O)(packFolderSteps(folder, manifest));
}
/** packFolder, stopped between files and within a large one once `signal` aborts (CancelledError). */
async function packFolderCancellable(folder, signal) {
    return new Pace(signal).run(packFolderSteps(folder));
}
function* packFolderSteps(folder, manifest) {
    const reader = typeof folder === 'string' ? _folder_reader_js__WEBPACK_IMPORTED_MODULE_9__/* .FolderReader */ ._j.open(folder) : folder;
    const known = manifest ?? (0,_manifest_js__WEBPACK_IMPORTED_MODULE_10__/* .readManifest */ .WI)(reader);
    const read = new Set();
    const files = yield* packSteps(known, name => {
        read.add(name);
        return reader.read(name);
    }, reader.folder);
    refuseUnknownFiles(reader, known, read);
    return files;
}
/** Names shown of files the export has no place for, at most. */
const MAX_UNKNOWN_SHOWN = 10;
/**
 * A file in a split definition's folder that packing did not read would be lost without a
 * word (a dialog folder copied to make a new dialog, a component written by hand): refused by
 * name. Dot files (an editor's, the system's) are not the bot's, and pass.
 */
function refuseUnknownFiles(reader, manifest, read) {
    const unknown = [];
    // Folders walked by hand, dot folders pruned, at most as many entries as a folder may hold
    // files: past that the folder is no export's, and the reader has said so already.
    let budget = _folder_reader_js__WEBPACK_IMPORTED_MODULE_9__/* .FOLDER_LIMITS */ .SF.maxFiles;
    const walk = (relative) => {
        let entries;
        try {
            entries = node_fs__WEBPACK_IMPORTED_MODULE_1___default().readdirSync(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(reader.real, relative), { withFileTypes: true });
        }
        catch {
            return; // No such folder: packing named what it missed.
        }
        for (const entry of entries) {
            if (entry.name.startsWith('.') || --budget < 0)
                continue;
            const name = `${relative}/${entry.name}`;
            if (entry.isDirectory())
                walk(name);
            else if (!read.has(name))
                unknown.push(name);
        }
    };
    for (const name of manifest.entries) {
        const split = manifest.files[name]?.split;
        if (split && !split.folder.split('/').some(part => part === '..' || part.startsWith('.')))
            walk(split.folder);
    }
    if (unknown.length === 0)
        return;
    unknown.sort();
    const shown = unknown
        .slice(0, MAX_UNKNOWN_SHOWN)
        .map(name => (0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_11__/* .plain */ .pj)(name))
        .join(', ');
    const more = unknown.length > MAX_UNKNOWN_SHOWN ? ` and ${unknown.length - MAX_UNKNOWN_SHOWN} more` : '';
    throw new Error(`${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_11__/* .plain */ .pj)(reader.folder)}: ${shown}${more} ${unknown.length === 1 ? 'is' : 'are'} not part of the export, and packing would leave ${unknown.length === 1 ? 'it' : 'them'} out. Pack rebuilds the dialogs, components and FAQs the export had (edited as you like); new ones are made in the Kore.ai Builder, then exported. Remove ${unknown.length === 1 ? 'it' : 'them'}, or move ${unknown.length === 1 ? 'it' : 'them'} out of the folder.`);
}
/** The export's files, rebuilt through `read` (a folder on disk, or its files in memory). */
function packFiles(manifest, read, folder) {
    return finish(packSteps(manifest, read, folder));
}
/** packFiles in steps: between files, and within a large one (see toFolderSteps). */
function* packSteps(manifest, read, folder) {
    const files = [];
    for (const name of manifest.entries) {
        yield;
        try {
            files.push({ name, bytes: yield* (0,_folder_files_js__WEBPACK_IMPORTED_MODULE_8__/* .fromFolderSteps */ .Uz)(name, read, manifest.files[name] ?? {}) });
        }
        catch (error) {
            if (error instanceof _folder_reader_js__WEBPACK_IMPORTED_MODULE_9__/* .FolderRefusedError */ .lL)
                throw error;
            const why = error.message;
            // Every folder error ends with what to do about it.
            // A dialog's first file missing: its folder was most likely renamed or removed.
            const dialog = /^([^\n]*\/dialogs\/[^/\n]+\/)dialog\.json is missing$/.exec(why);
            throw new Error(dialog
                ? `${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_11__/* .plain */ .pj)(folder)}: ${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_11__/* .plain */ .pj)(why)}, which the export needs. A dialog's folder names come from the dialogs' display names, so a renamed or removed folder (${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_11__/* .plain */ .pj)(dialog[1])}) is a dialog missing: name it back (git checkout), or to rename a dialog, rename the dialog in the Kore.ai Builder, then export again.`
                : / is missing$/.test(why)
                    ? `${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_11__/* .plain */ .pj)(folder)}: ${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_11__/* .plain */ .pj)(why)}, which the export needs. Restore it (git checkout), or export the bot again.`
                    : error instanceof SyntaxError
                        ? `${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_11__/* .plain */ .pj)(folder)} cannot be turned back into the export's ${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_11__/* .plain */ .pj)(name)}: ${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_11__/* .plain */ .pj)(why)}. Fix the JSON there, then pack again.`
                        : `${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_11__/* .plain */ .pj)(folder)} cannot be turned back into the export's ${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_11__/* .plain */ .pj)(name)}: ${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_11__/* .plain */ .pj)(why)}.`);
        }
    }
    return files;
}
/**
 * The files as a zip, streamed. A fixed date: the same folder always packs into the same bytes.
 * Entries are deflated one after another, each from a stream made when its turn comes: memory
 * stays flat in the number of entries (added as buffers, every entry deflated at once; a
 * manifest naming thousands of files took gigabytes).
 */
function zipOf(files) {
    const zip = new yazl__WEBPACK_IMPORTED_MODULE_4__/* .ZipFile */ .u();
    const mtime = new Date(Date.UTC(2000, 0, 1));
    for (const { name, bytes } of files) {
        zip.addReadStreamLazy(name, { mtime, mode: 0o100644, size: bytes.length }, callback => callback(null, node_stream__WEBPACK_IMPORTED_MODULE_3__.Readable.from([bytes], { objectMode: false })));
    }
    zip.end();
    return zip;
}
/** The zip `writeZip` would write, in memory. */
async function zipBytes(files) {
    const zip = zipOf(files);
    const chunks = [];
    const failed = new Promise((_resolve, reject) => zip.on('error', reject));
    const read = (async () => {
        for await (const chunk of zip.outputStream)
            chunks.push(chunk);
    })();
    await Promise.race([read, failed]);
    return Buffer.concat(chunks);
}
/**
 * Writes the files as a zip at `destination`; returns its size and SHA-256. Once `signal`
 * aborts, the writing stops (CancelledError) and the partial zip is removed.
 */
async function writeZip(files, destination, signal) {
    if (signal?.aborted)
        throw new _platform_clock_js__WEBPACK_IMPORTED_MODULE_5__/* .CancelledError */ .cc();
    const zip = zipOf(files);
    await node_fs__WEBPACK_IMPORTED_MODULE_1___default().promises.mkdir(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(destination)), { recursive: true });
    const partial = (0,_shared_temporary_files_js__WEBPACK_IMPORTED_MODULE_7__/* .temporary */ .q_)((0,_shared_temporary_files_js__WEBPACK_IMPORTED_MODULE_7__/* .temporaryPathBeside */ .DL)(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(destination)));
    let cancel;
    try {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        const out = node_fs__WEBPACK_IMPORTED_MODULE_1___default().createWriteStream(partial);
        zip.outputStream.on('data', chunk => hash.update(chunk));
        await new Promise((resolve, reject) => {
            cancel = () => {
                zip.outputStream.unpipe(out);
                out.destroy();
                reject(new _platform_clock_js__WEBPACK_IMPORTED_MODULE_5__/* .CancelledError */ .cc());
            };
            signal?.addEventListener('abort', cancel, { once: true });
            zip.outputStream.pipe(out).on('close', resolve).on('error', reject);
            zip.outputStream.on('error', reject);
            zip.on('error', reject);
        });
        if (signal?.aborted)
            throw new _platform_clock_js__WEBPACK_IMPORTED_MODULE_5__/* .CancelledError */ .cc();
        await node_fs__WEBPACK_IMPORTED_MODULE_1___default().promises.rename(partial, destination);
        return { size: node_fs__WEBPACK_IMPORTED_MODULE_1___default().statSync(destination).size, sha256: hash.digest('hex') };
    }
    finally {
        if (cancel)
            signal?.removeEventListener('abort', cancel);
        await node_fs__WEBPACK_IMPORTED_MODULE_1___default().promises.rm(partial, { force: true });
        (0,_shared_temporary_files_js__WEBPACK_IMPORTED_MODULE_7__/* .settled */ .gu)(partial);
    }
}


/***/ }),

/***/ 1489:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BA: () => (/* binding */ sharedWords),
/* harmony export */   RA: () => (/* binding */ otherPlaces),
/* harmony export */   Rn: () => (/* binding */ partText),
/* harmony export */   T4: () => (/* binding */ changesMarkdown),
/* harmony export */   Tb: () => (/* binding */ changesText),
/* harmony export */   YV: () => (/* binding */ onlyBeforeItems),
/* harmony export */   ay: () => (/* binding */ sharedComponents),
/* harmony export */   dm: () => (/* binding */ dialogParts),
/* harmony export */   fY: () => (/* binding */ verificationMarkdown),
/* harmony export */   pu: () => (/* binding */ changeDetails),
/* harmony export */   yc: () => (/* binding */ faqWords)
/* harmony export */ });
/* unused harmony exports idsPlaces, componentName, countText */
/* harmony import */ var _shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(371);
/* harmony import */ var _diff_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(734);
// The change records (diff.ts) in words: Markdown for the job summary, the `changes` output and
// a pull-request body (short, every name from the bot escaped), plain text for a terminal
// (whole, names as the bot has them, on one line each), and the shape of `diff --json`'s
// `details`. Words are the action's; names come from the bot. No value is in a record, so
// none can be rendered.


/** Lines of Markdown past this are folded into a count: a pull-request body stays short. */
const MAX_LINES = 60;
/** And characters past this are cut (GitHub takes 65,536 in a pull-request body). */
const MAX_CHARACTERS = 20_000;
const MARKDOWN = {
    name: text => `**${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(text)}**`,
    key: text => (0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownCode */ .D9)(text),
    text: text => (0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(text)
};
/** Names as the bot has them: for data (JSON) and the verdict's items, escaped where they are shown. */
const RAW = { name: text => text, key: text => text, text: text => text };
const TERMINAL = {
    name: text => (0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .plain */ .pj)(text),
    key: text => (0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .plain */ .pj)(text),
    text: text => (0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .plain */ .pj)(text)
};
/** The records as Markdown lists: "- Dialogs added: **Book Flight**"; empty when nothing changed. */
function changesMarkdown(records, options = {}) {
    const lines = changeLines(records, MARKDOWN, options);
    if (lines === undefined)
        return '';
    const shown = lines.length > MAX_LINES ? [...lines.slice(0, MAX_LINES), `- … and ${lines.length - MAX_LINES} more`] : lines;
    const markdown = `${shown.join('\n')}\n`;
    if (markdown.length <= MAX_CHARACTERS)
        return markdown;
    // Cut at the end of a line or a name in a list, never inside a name or an escape.
    const cut = Math.max(markdown.lastIndexOf('\n', MAX_CHARACTERS), markdown.lastIndexOf(', ', MAX_CHARACTERS));
    return `${markdown.slice(0, cut)}\n- … (cut here: run kore-bot-export diff for the rest)\n`;
}
/** The same lines as plain text for a terminal, every one of them: no Markdown, no HTML entities. */
function changesText(records, options = {}) {
    const lines = changeLines(records, TERMINAL, options);
    return lines === undefined ? '' : `${lines.join('\n')}\n`;
}
/** With `removedApart`: what only the first bot has, as "dialog Name", "FAQs Name"… (plain). */
function onlyBeforeItems(records) {
    return [
        ...(0,_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .recordsOf */ .M$)(records, 'dialog')
            .filter(record => record.change === 'removed')
            .map(record => `dialog ${record.name}`),
        ...[...sharedComponents(records)]
            .filter(([, group]) => allRemoved(group))
            .map(([name]) => `shared component ${name}`),
        ...(0,_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .recordsOf */ .M$)(records, 'faqs')
            .filter(record => record.change === 'removed')
            .map(record => `FAQs ${record.name}`),
        ...(0,_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .recordsOf */ .M$)(records, 'variable')
            .filter(record => record.change === 'removed')
            .map(record => `bot variable ${record.name}`)
    ];
}
/** The lines, in the style; undefined when there is nothing to say (nothing changed, or only what is set apart). */
function changeLines(records, style, options) {
    if (records.length === 0)
        return undefined;
    const first = (0,_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .recordsOf */ .M$)(records, 'first-export')[0];
    if (first)
        return [overviewLine(first, style)];
    const apart = options.removedApart === true;
    const lines = [];
    const names = (list) => list.map(style.name).join(', ');
    const dialogs = (0,_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .recordsOf */ .M$)(records, 'dialog');
    const added = dialogs.filter(record => record.change === 'added').map(record => record.name);
    const removed = apart ? [] : dialogs.filter(record => record.change === 'removed').map(record => record.name);
    if (added.length)
        lines.push(`- Dialogs added: ${names(added)}`);
    if (removed.length)
        lines.push(`- Dialogs removed: ${names(removed)}`);
    for (const record of dialogs)
        if (record.change === 'renamed')
            lines.push(`- Dialog renamed: ${style.name(record.from)} → ${style.name(record.name)}`);
    for (const [dialog, parts] of dialogParts(records))
        lines.push(`- Dialog ${style.name(dialog)}: ${parts.map(part => partText(part, style)).join('; ')}`);
    for (const [name, group] of sharedComponents(records)) {
        if (apart && allRemoved(group))
            continue;
        lines.push(`- Shared component ${style.text(name)}: ${sharedWords(group).join('; ')}`);
    }
    for (const record of (0,_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .recordsOf */ .M$)(records, 'faqs')) {
        if (apart && record.change === 'removed')
            continue;
        lines.push(`- FAQs ${style.name(record.name)}: ${faqWords(record)}`);
    }
    const variables = (0,_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .recordsOf */ .M$)(records, 'variable');
    const keys = (change) => variables
        .filter(record => record.change === change)
        .map(record => style.key(record.name))
        .join(', ');
    const variableParts = [
        keys('added') ? `added ${keys('added')}` : '',
        !apart && keys('removed') ? `removed ${keys('removed')}` : '',
        keys('settings-changed') ? `settings changed for ${keys('settings-changed')}` : '',
        keys('value-changed') ? `value changed for ${keys('value-changed')}` : ''
    ].filter(Boolean);
    if (variableParts.length)
        lines.push(`- Bot variables: ${variableParts.join('; ')}`);
    const settings = (0,_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .recordsOf */ .M$)(records, 'setting');
    if (settings.length)
        lines.push(`- Settings changed: ${settings.map(record => style.key(record.name)).join(', ')}`);
    const places = otherPlaces(records);
    if (places.length)
        lines.push(`- Also changed: ${places.map(style.text).join(', ')}`);
    const moved = dialogs.filter(record => record.change === 'moved-on-canvas').map(record => record.name);
    if (moved.length)
        lines.push(`- Layout only (nodes moved on the canvas): ${names(moved)}`);
    const regenerated = idsPlaces(records, style);
    if (regenerated.length)
        lines.push(`- Ids regenerated, content unchanged: ${regenerated.join(', ')}`);
    if (lines.length === 0 && apart && onlyBeforeItems(records).length > 0)
        return undefined;
    if (lines.length === 0)
        lines.push('- Changed, in parts the action does not describe in words: see the diff.');
    return lines;
}
/**
 * Where only ids differ, without repeats: "dialog Book Flight", "intent Book_Flight in dialog
 * Book Flight", "shared component script Validate", or the place of another file.
 */
function idsPlaces(records, style = RAW) {
    return [
        ...new Set((0,_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .recordsOf */ .M$)(records, 'ids-regenerated').map(record => {
            const component = record.component && style.text(componentName(record.component));
            const faqs = /^[^/]+\/faqs\/(.+)\.json$/.exec(record.path);
            if (record.dialog === undefined)
                return component
                    ? `shared component ${component}`
                    : faqs
                        ? `FAQs ${style.name(faqs[1])}`
                        : /^[^/]+\/bot\.json$/.test(record.path)
                            ? 'bot settings'
                            : style.text(placeName(record.path));
            const dialog = `dialog ${style.name(record.dialog)}`;
            if (component)
                return `${component} in ${dialog}`;
            return record.path === 'dialog.json' ? dialog : `${style.text(record.path)} in ${dialog}`;
        }))
    ];
}
function overviewLine(o, style) {
    return `First export of this bot: ${o.dialogs} ${plural(o.dialogs, 'dialog')}, ${o.intents} ${plural(o.intents, 'intent')}, ${o.utterances} ${plural(o.utterances, 'utterance')}, ${o.faqs} ${plural(o.faqs, 'FAQ')}${o.languages.length ? `; languages: ${o.languages.map(style.text).join(', ')}` : ''}.`;
}
/** The changes inside each dialog, by dialog name, in the records' order (canvas moves apart). */
function dialogParts(records) {
    const parts = new Map();
    for (const record of records) {
        const dialog = record.kind === 'dialog'
            ? record.change === 'flow-changed'
                ? record.name
                : undefined
            : record.kind === 'component' || record.kind === 'dialog-file'
                ? record.dialog
                : undefined;
        if (dialog === undefined)
            continue;
        const list = parts.get(dialog) ?? [];
        list.push(record);
        parts.set(dialog, list);
    }
    return parts;
}
/** One change in a dialog, as "intent Book_Flight: +1 utterance" (names as they are, or in `style`). */
function partText(part, style = RAW) {
    if (part.kind === 'dialog')
        return 'nodes and flow changed';
    if (part.kind === 'dialog-file')
        return `${style.text(part.path)} ${part.change}`;
    const subject = style.text(componentName(part));
    if (part.change === 'utterances-changed')
        return `${subject}: ${countText(part.utterances, 'utterance')}`;
    if (part.change === 'patterns-changed')
        return `${subject}: patterns changed`;
    return `${subject} ${part.change}`;
}
/** The shared components' records (no dialog), by component name ("script ValidateDestination"). */
function sharedComponents(records) {
    const groups = new Map();
    for (const record of (0,_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .recordsOf */ .M$)(records, 'component')) {
        if (record.dialog !== undefined)
            continue;
        const name = componentName(record);
        groups.set(name, [...(groups.get(name) ?? []), record]);
    }
    return groups;
}
/** What happened to a shared component, in words, without repeats: "changed; +2 utterances". */
function sharedWords(group) {
    return [...new Set(group.map(sharedWord))];
}
function sharedWord(record) {
    if (record.change === 'utterances-changed')
        return countText(record.utterances, 'utterance');
    return record.change === 'patterns-changed' ? 'changed' : record.change;
}
function allRemoved(group) {
    return group.every(record => record.change === 'removed');
}
/** `script ValidateDestination`. */
function componentName(component) {
    return component.type === undefined ? component.name : `${component.type} ${component.name}`;
}
/** "2 added, 1 edited", "added", "removed"; "changed" when no question counts. */
function faqWords(record) {
    if (record.change !== 'edited')
        return record.change;
    const { added, removed, edited } = record.questions;
    const parts = [
        added ? `${added} added` : '',
        removed ? `${removed} removed` : '',
        edited ? `${edited} edited` : ''
    ].filter(Boolean);
    return parts.length > 0 ? parts.join(', ') : 'changed';
}
/** "+2 utterances, −1 utterance"; "utterances changed" when none was added or removed. */
function countText(counts, noun) {
    const parts = [
        counts.added ? `+${counts.added} ${plural(counts.added, noun)}` : '',
        counts.removed ? `−${counts.removed} ${plural(counts.removed, noun)}` : ''
    ].filter(Boolean);
    return parts.length > 0 ? parts.join(', ') : `${noun}s changed`;
}
const PLACE_NAMES = {
    'small-talk.json': 'small talk',
    'events.json': 'events',
    'locale.json': 'languages and descriptions',
    'forms.json': 'forms',
    'content-variables.json': 'content variables',
    'custom-dashboards.json': 'custom dashboards',
    'export-options.json': 'export options'
};
/** Where another file belongs, in a designer's words ("small talk", "NLP (settings)"), without repeats. */
function otherPlaces(records) {
    return [...new Set((0,_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .recordsOf */ .M$)(records, 'file').map(record => placeName(record.path)))];
}
function placeName(name) {
    const inside = name.replace(/^[^/]+\//, '');
    if (PLACE_NAMES[inside])
        return PLACE_NAMES[inside];
    if (inside.startsWith('storyboard/'))
        return 'storyboard';
    if (inside.startsWith('nlp/'))
        return `NLP (${inside.slice(4).replace(/\.json$/, '')})`;
    if (inside.startsWith('ui/'))
        return `widgets and panels (${inside.slice(3).replace(/\.json$/, '')})`;
    return name;
}
function plural(count, noun) {
    return count === 1 ? noun : `${noun}s`;
}
function changeDetails(records) {
    const dialogs = (0,_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .recordsOf */ .M$)(records, 'dialog');
    const variables = (change) => (0,_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .recordsOf */ .M$)(records, 'variable')
        .filter(record => record.change === change)
        .map(record => record.name);
    const first = (0,_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .recordsOf */ .M$)(records, 'first-export')[0];
    const details = {
        first: first !== undefined,
        dialogs: {
            added: dialogs.filter(record => record.change === 'added').map(record => record.name),
            removed: dialogs.filter(record => record.change === 'removed').map(record => record.name),
            renamed: dialogs.flatMap(record => record.change === 'renamed' ? [[record.from, record.name]] : []),
            changed: Object.fromEntries([...dialogParts(records)].map(([name, parts]) => [name, parts.map(part => partText(part))]))
        },
        components: Object.fromEntries([...sharedComponents(records)].map(([, group]) => [
            group[0].type === undefined ? group[0].name : `${group[0].type}.${group[0].name}`,
            group.map(sharedWord)
        ])),
        faqs: Object.fromEntries((0,_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .recordsOf */ .M$)(records, 'faqs').map(record => [record.name, [faqWords(record)]])),
        variables: {
            added: variables('added'),
            removed: variables('removed'),
            changed: variables('settings-changed'),
            values: variables('value-changed')
        },
        settings: (0,_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .recordsOf */ .M$)(records, 'setting').map(record => record.name),
        other: otherPlaces(records),
        layoutOnly: dialogs.filter(record => record.change === 'moved-on-canvas').map(record => record.name),
        idsRegenerated: idsPlaces(records)
    };
    if (first)
        details.overview = {
            dialogs: first.dialogs,
            intents: first.intents,
            utterances: first.utterances,
            faqs: first.faqs,
            languages: first.languages
        };
    return details;
}
/** The verdict as Markdown lists, capped like the change description; every name escaped. */
function verificationMarkdown(verification) {
    const sections = [
        ['Missing in the target', verification.missing],
        ['Not as sent', verification.different],
        ['Only in the target (kept, not a failure)', verification.targetOnly],
        ['Noted', verification.notes]
    ];
    const lines = [];
    for (const [title, items] of sections) {
        if (items.length === 0)
            continue;
        lines.push(`**${title}**`, '');
        const shown = items.slice(0, MAX_LINES).map(item => `- ${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(item)}`);
        if (items.length > MAX_LINES)
            shown.push(`- … and ${items.length - MAX_LINES} more`);
        lines.push(...shown, '');
    }
    if (lines.length === 0)
        return 'Everything sent is in the target as sent.\n';
    const markdown = lines.join('\n');
    return markdown.length <= MAX_CHARACTERS
        ? markdown
        : `${markdown.slice(0, markdown.lastIndexOf('\n', MAX_CHARACTERS))}\n- … (cut here)\n`;
}


/***/ }),

/***/ 9462:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  HD: () => (/* binding */ SplitFault),
  c9: () => (/* binding */ joinSteps),
  Ms: () => (/* binding */ splitSteps)
});

// UNUSED EXPORTS: joinDefinition, splitDefinition

// EXTERNAL MODULE: ./src/bot-source/steps.ts + 1 modules
var steps = __nccwpck_require__(5277);
// EXTERNAL MODULE: ./src/bot-source/json-format.ts + 1 modules
var json_format = __nccwpck_require__(1708);
// EXTERNAL MODULE: ./src/bot-source/json-model.ts
var json_model = __nccwpck_require__(8075);
;// CONCATENATED MODULE: ./src/bot-source/volatile.ts
// Values the platform regenerates when a bot is published again, edit or no edit (measured on
// 476 consecutive real exports of three bots; ../shared/reference/kore-import-and-layout.md):
// a date in each event message, small-talk group and answer ids, and the storyboard's scene
// and scene-component ids, which are also keys of maps and references between scenes. In the
// split layout they are taken out of the content files and kept in the manifest, so that a
// re-publish leaves the content files as they were, and a real edit shows without them.
//
// Values in place are replaced by a marker; the storyboard's ids by an alias made from the
// element's refId, which stays the same across exports.

const REGENERATED = '(regenerated on publish)';
function newVolatileRecord() {
    return { values: {}, aliases: {} };
}
/** The storyboard ids (scenes `sn-…`, scene components `snc-…`) by the alias that replaces them. */
function storyboardAliases(definition) {
    const aliases = new Map();
    for (const [key, prefix] of [
        ['scenes', 'scene'],
        ['sceneComponents', 'scene-component']
    ]) {
        const list = (0,json_model/* memberOf */.C5)(definition, key);
        if (!Array.isArray(list))
            continue;
        for (const item of list) {
            if (!(0,json_model/* isNodeObject */.UK)(item))
                continue;
            const id = (0,json_model/* memberOf */.C5)(item, '_id');
            const refId = (0,json_model/* memberOf */.C5)(item, 'refId');
            if (typeof id === 'string' && typeof refId === 'string' && refId)
                aliases.set(id, `${prefix}:${refId}`);
        }
    }
    return aliases;
}
/** Takes the regenerated values out of one top-level key's value (changing it), into `record`. */
function takeVolatile(key, value, ids, record) {
    const taken = [];
    const take = (path, holder, member) => {
        // Strings only (dates and ids, in every export measured): the manifest is JSON, and would
        // not give back the exact text of a number, say, which then stays in its file.
        const value = (0,json_model/* isNodeObject */.UK)(holder) ? (0,json_model/* memberOf */.C5)(holder, member) : undefined;
        if (!(0,json_model/* isNodeObject */.UK)(holder) || typeof value !== 'string' || value === REGENERATED)
            return;
        taken.push([[...path, member], value]);
        (0,json_model/* setMember */.Nk)(holder, member, REGENERATED);
    };
    if (key === 'botEvents' && (0,json_model/* isNodeObject */.UK)(value)) {
        for (const [event, settings] of (0,json_model/* membersOf */.lS)(value)) {
            const messages = (0,json_model/* isNodeObject */.UK)(settings) ? (0,json_model/* memberOf */.C5)(settings, 'msg') : undefined;
            if (Array.isArray(messages))
                messages.forEach((message, index) => take([event, 'msg', index], message, 'lMod'));
        }
    }
    if (key === 'smallTalk' && Array.isArray(value)) {
        value.forEach((topic, t) => {
            const groups = (0,json_model/* isNodeObject */.UK)(topic) ? (0,json_model/* memberOf */.C5)(topic, 'groups') : undefined;
            if (!Array.isArray(groups))
                return;
            groups.forEach((group, g) => {
                take([t, 'groups', g], group, 'groupId');
                const nodes = (0,json_model/* isNodeObject */.UK)(group) ? (0,json_model/* memberOf */.C5)(group, 'nodes') : undefined;
                if (!Array.isArray(nodes))
                    return;
                nodes.forEach((node, n) => {
                    const answers = (0,json_model/* isNodeObject */.UK)(node) ? (0,json_model/* memberOf */.C5)(node, 'botUtterances') : undefined;
                    if (Array.isArray(answers))
                        answers.forEach((answer, a) => take([t, 'groups', g, 'nodes', n, 'botUtterances', a], answer, '_id'));
                });
            });
        });
    }
    if (taken.length > 0)
        record.values[key] = taken;
    if (key === 'scenes' || key === 'sceneComponents') {
        const renamed = renameIds(value, id => ids.get(id));
        for (const [id, alias] of ids)
            if (renamed.used.has(id))
                record.aliases[alias] = id;
        return renamed.value;
    }
    return value;
}
/** Puts the regenerated values back into one top-level key's value. */
function restoreVolatile(key, value, record) {
    if (!record)
        return value;
    let restored = value;
    if (key === 'scenes' || key === 'sceneComponents')
        restored = renameIds(restored, alias => record.aliases[alias]).value;
    for (const [path, original] of record.values[key] ?? []) {
        const holder = (0,json_model/* getAt */.sM)(restored, path.slice(0, -1));
        const member = path.at(-1);
        if ((0,json_model/* isNodeObject */.UK)(holder) && (0,json_model/* memberOf */.C5)(holder, member) === REGENERATED)
            (0,json_model/* setMember */.Nk)(holder, member, original);
    }
    return restored;
}
/** Every string value and object key that `rename` maps, renamed; and which were. */
function renameIds(value, rename) {
    const used = new Set();
    const visit = (item) => {
        if (typeof item === 'string') {
            const renamed = rename(item);
            if (renamed === undefined)
                return item;
            used.add(item);
            return renamed;
        }
        if (Array.isArray(item))
            return item.map(visit);
        if ((0,json_model/* isNodeObject */.UK)(item)) {
            return (0,json_model/* objectLike */.hc)(item, (0,json_model/* membersOf */.lS)(item).map(([key, member]) => {
                const renamed = rename(key);
                if (renamed !== undefined)
                    used.add(key);
                return [renamed ?? key, visit(member)];
            }));
        }
        return item;
    };
    return { value: visit(value), used };
}

;// CONCATENATED MODULE: ./src/bot-source/split-layout.ts
// The split layout: a bot definition (botDefinition.json, appDefinition.json) taken apart
// into files a reviewer reads like source code, and put back together exactly.
//
//   botDefinition/
//     bot.json                       settings and every key without a place of its own
//     dialogs/<dialog>/dialog.json   the dialog: its nodes and flow
//     dialogs/<dialog>/layout.json   where its nodes sit on the canvas (dragging touches only this)
//     dialogs/<dialog>/components/   the components only this dialog uses, with their
//                                    utterances and patterns, and multi-line texts and
//                                    scripts as .js files
//     components/                    components several dialogs share (or none uses)
//     faqs/<knowledge task>.json     FAQs / knowledge graph
//     small-talk.json, events.json, storyboard/, nlp/, ui/, …  each part by what it is
//
// What the way back needs and a reviewer does not (the order of the lists, which the platform
// reshuffles on publish; the checksum `encryptedHash`; where each moved piece sat) is kept in
// the manifest, so that those files change only when the bot does.




/** Keys with a place named for what they hold. Every other key goes to bot.json. */
const PLACES = {
    localeData: 'locale.json',
    smallTalk: 'small-talk.json',
    botEvents: 'events.json',
    mlParams: 'nlp/ml-params.json',
    namespaces: 'nlp/namespaces.json',
    traits: 'nlp/traits.json',
    widgets: 'ui/widgets.json',
    widgetThemes: 'ui/widget-themes.json',
    panels: 'ui/panels.json',
    forms: 'forms.json',
    contentVariables: 'content-variables.json',
    customDashboards: 'custom-dashboards.json',
    exportOptions: 'export-options.json'
};
/** Lists the platform reorders on publish: kept in one file each, in a stable order (the real order is in the manifest). */
const SORTED_LISTS = {
    scenes: 'storyboard/scenes.json',
    sceneComponents: 'storyboard/scene-components.json',
    advancedNLSettings: 'nlp/advanced-settings.json'
};
/**
 * Grouped lists a reviewer may add to or remove from by hand (utterances, patterns): a file of
 * them that holds more or fewer gives all it holds. The storyboard's are the Builder's to edit.
 */
const EDITABLE_LISTS = new Set(['sentences', 'patterns']);
/** Regenerated on every publish: kept in the manifest, away from the content. */
const VOLATILE_KEYS = new Set(['encryptedHash']);
/** Where a node sits on the canvas. */
const NODE_LAYOUT_KEYS = ['metadata', 'positionMeta'];
/** The definition is in the platform's form, yet its files would not give it back: a fault of the split. */
class SplitFault extends Error {
}
/**
 * Takes a definition apart, and proves the way back: the files put back together give the
 * definition byte for byte. Undefined when it cannot be put back exactly (not UTF-8, not
 * JSON, not an object, nested too deep, or not in the platform's format nor minified): it is
 * then kept whole. Throws a SplitFault when it should have come back and did not.
 *
 * The definition is read in the fast form first (JSON.parse's objects, written with
 * JSON.stringify: a third of the time and memory of the exact model), and kept in it when the
 * way back gives the very text, which it does for every real export measured; else (an
 * integer-like key after others, a number JSON.parse would round, a repeated key) it is read
 * again with the exact model. Both give the same files for the same bot.
 */
function splitDefinition(fileName, bytes) {
    return finish(splitSteps(fileName, bytes));
}
/**
 * splitDefinition in steps: reading, taking apart, putting back together and comparing each
 * take up to a second for a definition of 64 MiB, and a cancellation may stop it between them.
 */
function* splitSteps(fileName, bytes) {
    let source;
    try {
        source = json_format/* strictUtf8 */.NR.decode(bytes);
    }
    catch {
        return undefined;
    }
    // Files the platform wrote have newlines; minified ones have none.
    const style = source.includes('\n') ? json_format/* PLATFORM_STYLE */.qK : json_format/* MINIFIED_STYLE */.w1;
    yield;
    try {
        const definition = JSON.parse(source);
        if (!(0,json_model/* isNodeObject */.UK)(definition))
            return undefined;
        yield;
        const split = yield* splitValue(fileName, definition, style, true);
        yield;
        // The files' values are used as they are (and changed), not parsed again: that a file
        // written from a value parses back into it is the JSON model's own property.
        const assembled = yield* assemble(split.record, file => split.files.get(file), split.values);
        yield;
        if (JSON.stringify(assembled, null, style.indent || undefined) === source)
            return split;
    }
    catch {
        // Not JSON (the exact reader says so below), or nested too deep for the fast form.
    }
    yield;
    let definition;
    try {
        definition = (0,json_model/* parseJson */.qF)(source);
    }
    catch {
        return undefined;
    }
    if (!(0,json_model/* isNodeObject */.UK)(definition))
        return undefined;
    yield;
    const split = yield* splitValue(fileName, definition, style, false);
    yield;
    const assembled = yield* assemble(split.record, file => split.files.get(file), split.values);
    yield;
    if ((0,json_model/* serializesTo */.RH)(assembled, style, bytes))
        return split;
    yield;
    if (isCanonical(bytes))
        throw new SplitFault(`${fileName} taken apart into the split layout does not go back together byte for byte; use layout: plain meanwhile, and please report it`);
    // A definition in a form of its own (not as the platform writes JSON): kept whole.
    return undefined;
}
/** The split of a definition read in one form, in steps (a key, or a dialog or component, at a time). */
function* splitValue(fileName, definition, definitionStyle, native) {
    const style = definitionStyle === json_format/* MINIFIED_STYLE */.w1 ? 'minified' : 'platform';
    const folder = fileName.replace(/\.json$/i, '');
    const files = new Map();
    const values = new Map();
    const record = { folder, style, keys: [], layouts: {}, texts: {} };
    const write = (file, value) => {
        // In the fast form JSON.stringify writes what the exact serialiser would, three times as fast.
        files.set(`${folder}/${file}`, native ? Buffer.from(`${JSON.stringify(value, null, 4)}\n`, 'utf8') : (0,json_model/* jsonBytes */.yN)(value, json_format/* PLATFORM_STYLE */.qK, '\n'));
        values.set(`${folder}/${file}`, value);
    };
    const dialogs = listOf(definition, 'dialogs');
    const components = listOf(definition, 'dialogComponents');
    const language = (0,json_model/* stringOf */.Je)((0,json_model/* memberOf */.C5)(definition, 'defaultLanguage')) || 'en';
    // Dialogs: a folder each, named by display name.
    const dialogNames = uniqueNames(dialogs.map(dialog => ({ name: displayName(dialog, language), id: idOf(dialog) })));
    const dialogFolders = dialogNames.map(name => `dialogs/${name}`);
    // Components: with the one dialog that uses them, or shared.
    const users = new Map();
    dialogs.forEach((dialog, index) => {
        for (const node of listOf(dialog, 'nodes')) {
            const id = (0,json_model/* memberOf */.C5)(node, 'componentId');
            if (typeof id === 'string')
                users.set(id, (users.get(id) ?? new Set()).add(index));
        }
    });
    const componentFolders = components.map(component => {
        const used = users.get(idOf(component)) ?? new Set();
        return used.size === 1 ? `${dialogFolders[[...used][0]]}/components` : 'components';
    });
    const componentBases = new Map();
    const byFolder = new Map();
    componentFolders.forEach((componentFolder, index) => byFolder.set(componentFolder, [...(byFolder.get(componentFolder) ?? []), index]));
    for (const [componentFolder, indexes] of byFolder) {
        const names = uniqueNames(indexes.map(index => ({
            name: `${(0,json_model/* stringOf */.Je)((0,json_model/* memberOf */.C5)(components[index], 'type')) || 'component'}.${(0,json_model/* stringOf */.Je)((0,json_model/* memberOf */.C5)(components[index], 'name')) || idOf(components[index])}`,
            id: idOf(components[index])
        })));
        indexes.forEach((index, i) => componentBases.set(String(index), `${componentFolder}/${names[i]}`));
    }
    const baseOfId = new Map();
    const baseOfRefId = new Map();
    components.forEach((component, index) => {
        baseOfId.set(idOf(component), componentBases.get(String(index)));
        const refId = (0,json_model/* memberOf */.C5)(component, 'refId');
        if (typeof refId === 'string')
            baseOfRefId.set(refId, componentBases.get(String(index)));
    });
    const faqNames = uniqueNames(listOf(definition, 'knowledgeTasks').map(task => ({
        name: (0,json_model/* stringOf */.Je)((0,json_model/* memberOf */.C5)(task, 'name')) || (0,json_model/* stringOf */.Je)((0,json_model/* memberOf */.C5)(task, 'lname')) || idOf(task),
        id: idOf(task)
    })));
    const ids = storyboardAliases(definition);
    record.volatile = newVolatileRecord();
    for (const [key, original] of (0,json_model/* membersOf */.lS)(definition)) {
        yield;
        const value = takeVolatile(key, original, ids, record.volatile);
        (0,json_model/* setMember */.Nk)(definition, key, value);
        if (VOLATILE_KEYS.has(key)) {
            record.keys.push({ key, value: (0,json_model/* stringifyJson */.sd)(value, json_format/* MINIFIED_STYLE */.w1) });
        }
        else if (key === 'dialogs' && Array.isArray(value) && value.every(json_model/* isNodeObject */.UK)) {
            const elements = [];
            for (const [index, dialog] of dialogs.entries()) {
                yield;
                const file = `${dialogFolders[index]}/dialog.json`;
                const layoutFile = `${dialogFolders[index]}/layout.json`;
                const { logic, layout } = separateLayout(dialog);
                write(file, logic);
                write(layoutFile, layout);
                record.layouts[file] = layoutFile;
                elements.push(file);
            }
            record.keys.push({ key, elements });
        }
        else if (key === 'dialogComponents' && Array.isArray(value) && value.every(json_model/* isNodeObject */.UK)) {
            const elements = [];
            for (const [index, component] of components.entries()) {
                yield;
                const base = componentBases.get(String(index));
                const file = `${base}.json`;
                const texts = decodeTexts(component, base);
                for (const { file: textFile, content } of texts)
                    if (textFile)
                        files.set(`${folder}/${textFile}`, Buffer.from(content, 'utf8'));
                if (texts.length > 0)
                    record.texts[file] = texts.map(({ path, file: textFile }) => ({ path, file: textFile }));
                write(file, component);
                elements.push(file);
            }
            record.keys.push({ key, elements });
        }
        else if ((key === 'sentences' || key === 'patterns') && Array.isArray(value) && value.every(json_model/* isNodeObject */.UK)) {
            // Utterances and patterns beside the intent or entity they train.
            const files = value.map(item => {
                const owner = key === 'sentences'
                    ? baseOfId.get((0,json_model/* stringOf */.Je)((0,json_model/* memberOf */.C5)(item, 'taskId')))
                    : baseOfRefId.get((0,json_model/* stringOf */.Je)((0,json_model/* memberOf */.C5)(item, 'refId')));
                return owner
                    ? `${owner}.${key === 'sentences' ? 'utterances' : 'patterns'}.json`
                    : `nlp/${key === 'sentences' ? 'utterances' : 'patterns'}.json`;
            });
            record.keys.push({ key, elements: yield* writeSortedGroups(value, files, write) });
        }
        else if (SORTED_LISTS[key] && Array.isArray(value)) {
            record.keys.push({
                key,
                elements: yield* writeSortedGroups(value, value.map(() => SORTED_LISTS[key]), write)
            });
        }
        else if (key === 'knowledgeTasks' && Array.isArray(value) && value.every(json_model/* isNodeObject */.UK)) {
            const elements = [];
            for (const [index, task] of value.entries()) {
                yield;
                const file = `faqs/${faqNames[index]}.json`;
                write(file, task);
                elements.push(file);
            }
            record.keys.push({ key, elements });
        }
        else if (PLACES[key] && (Array.isArray(value) || (0,json_model/* isNodeObject */.UK)(value))) {
            write(PLACES[key], value);
            record.keys.push({ key, file: PLACES[key] });
        }
        else {
            record.keys.push({ key, bot: true });
        }
    }
    yield;
    const bot = (0,json_model/* objectLike */.hc)(definition);
    for (const place of record.keys)
        if ('bot' in place)
            (0,json_model/* setMember */.Nk)(bot, place.key, (0,json_model/* memberOf */.C5)(definition, place.key));
    write('bot.json', bot);
    return { record, files, values, form: native ? 'fast' : 'exact' };
}
/**
 * Whether the definition is exactly what serialising it in its style gives: only then can
 * the split give it back byte for byte. Asked only when the way back failed, to tell a
 * definition in a form of its own (kept whole) from a fault of the split (reported).
 */
function isCanonical(bytes) {
    try {
        const source = bytes.toString('utf8');
        return (0,json_model/* stringifyJson */.sd)((0,json_model/* parseJson */.qF)(source), source.includes('\n') ? json_format/* PLATFORM_STYLE */.qK : json_format/* MINIFIED_STYLE */.w1) === source;
    }
    catch {
        return false;
    }
}
/** Puts a definition back together from its files, byte for byte (what pack does). */
function joinDefinition(record, read) {
    return finish(joinSteps(record, read));
}
/** joinDefinition in steps (see splitSteps). */
function* joinSteps(record, read) {
    const definition = yield* assemble(record, read);
    yield;
    return (0,json_model/* jsonBytes */.yN)(definition, record.style === 'minified' ? json_format/* MINIFIED_STYLE */.w1 : json_format/* PLATFORM_STYLE */.qK);
}
/**
 * The definition from its files. `written` holds the values the files were just written from:
 * they are used (and changed) instead of parsing the files, and in their form.
 */
function* assemble(record, read, written) {
    const cache = new Map();
    const load = (file) => {
        if (!cache.has(file)) {
            const path = `${record.folder}/${file}`;
            const bytes = read(path);
            if (!bytes)
                throw new Error(`${path} is missing`);
            let value = written?.has(path) ? written.get(path) : parseFile(path, bytes);
            if (record.layouts[file])
                value = restoreLayout(value, load(record.layouts[file]));
            for (const { path, file: textFile } of record.texts[file] ?? []) {
                if (!textFile) {
                    const decoded = (0,json_model/* getAt */.sM)(value, path);
                    if (typeof decoded !== 'string')
                        throw new Error(`${record.folder}/${file} has no text at ${path.join('.')}`);
                    value = setAt(value, path, encodeURIComponent(decoded));
                    continue;
                }
                const content = read(`${record.folder}/${textFile}`);
                if (!content)
                    throw new Error(`${record.folder}/${textFile} is missing`);
                value = setAt(value, path, encodeURIComponent(content.toString('utf8')));
            }
            cache.set(file, value);
        }
        return cache.get(file);
    };
    const bot = load('bot.json');
    if (!(0,json_model/* isNodeObject */.UK)(bot))
        throw new Error(`${record.folder}/bot.json is not an object`);
    const definition = (0,json_model/* objectLike */.hc)(bot);
    for (const place of record.keys) {
        yield;
        if ('bot' in place) {
            if (!(0,json_model/* hasMember */.z$)(bot, place.key))
                throw new Error(`${record.folder}/bot.json has no "${place.key}"`);
            (0,json_model/* setMember */.Nk)(definition, place.key, (0,json_model/* memberOf */.C5)(bot, place.key));
        }
        else if ('file' in place) {
            (0,json_model/* setMember */.Nk)(definition, place.key, restoreVolatile(place.key, load(place.file), record.volatile));
        }
        else if ('value' in place) {
            // In the form of the rest: an exact model inside plain objects would not serialise with JSON.stringify.
            (0,json_model/* setMember */.Nk)(definition, place.key, definition instanceof Map ? (0,json_model/* parseJson */.qF)(place.value) : JSON.parse(place.value));
        }
        else {
            const list = [];
            // A file of grouped elements (EDITABLE_LISTS) that holds as many as the manifest
            // placed gives each back where it was: an unedited folder packs byte for byte. One that
            // a reviewer gave more or fewer gives all it holds, in its order, where its first was:
            // the platform keeps no meaning in these lists' order (it reorders them on publish).
            const placed = new Map();
            for (const element of place.elements)
                if (typeof element !== 'string')
                    placed.set(element[0], (placed.get(element[0]) ?? 0) + 1);
            const given = new Set();
            for (const element of place.elements) {
                yield;
                if (typeof element === 'string') {
                    list.push(load(element));
                    continue;
                }
                const group = load(element[0]);
                if (!Array.isArray(group))
                    throw new Error(`${record.folder}/${element[0]} is not a list`);
                if (EDITABLE_LISTS.has(place.key) && group.length !== placed.get(element[0])) {
                    if (!given.has(element[0]))
                        list.push(...group);
                    given.add(element[0]);
                    continue;
                }
                if (group[element[1]] === undefined)
                    throw new Error(`${record.folder}/${element[0]} has no element ${element[1]}`);
                list.push(group[element[1]]);
            }
            (0,json_model/* setMember */.Nk)(definition, place.key, restoreVolatile(place.key, list, record.volatile));
        }
    }
    return definition;
}
/**
 * Elements grouped into files, each file's elements in a stable order (by refId, id, then
 * content), so that the platform reordering a list changes the manifest only. Returns where
 * each element went, in the list's order.
 */
function* writeSortedGroups(list, files, write) {
    const groups = new Map();
    files.forEach((file, index) => groups.set(file, [...(groups.get(file) ?? []), index]));
    const places = new Array(list.length);
    for (const [file, indexes] of groups) {
        yield;
        const keyed = indexes.map(index => ({ index, key: sortKey(list[index]) }));
        keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.index - b.index));
        keyed.forEach(({ index }, position) => (places[index] = [file, position]));
        write(file, keyed.map(({ index }) => list[index]));
    }
    return places;
}
function sortKey(element) {
    if (!(0,json_model/* isNodeObject */.UK)(element))
        return (0,json_model/* stringifyJson */.sd)(element, json_format/* MINIFIED_STYLE */.w1);
    return `${(0,json_model/* stringOf */.Je)((0,json_model/* memberOf */.C5)(element, 'refId'))}\u0000${(0,json_model/* stringOf */.Je)((0,json_model/* memberOf */.C5)(element, '_id'))}\u0000${(0,json_model/* stringifyJson */.sd)(element, json_format/* MINIFIED_STYLE */.w1)}`;
}
/** The dialog without its nodes' canvas positions, and those positions by node id. */
function separateLayout(dialog) {
    const logic = (0,json_model/* objectLike */.hc)(dialog, (0,json_model/* membersOf */.lS)(dialog));
    const layout = (0,json_model/* objectLike */.hc)(dialog);
    const nodes = (0,json_model/* memberOf */.C5)(dialog, 'nodes');
    if (!Array.isArray(nodes))
        return { logic, layout };
    (0,json_model/* setMember */.Nk)(logic, 'nodes', nodes.map((node, index) => {
        if (!(0,json_model/* isNodeObject */.UK)(node))
            return node;
        const members = (0,json_model/* membersOf */.lS)(node);
        const keys = members.map(([key]) => key);
        const moved = [];
        for (const key of NODE_LAYOUT_KEYS) {
            if (!(0,json_model/* hasMember */.z$)(node, key))
                continue;
            moved.push([key, (0,json_model/* memberOf */.C5)(node, key)], [`${key}At`, positionValue(node, keys.indexOf(key))]);
        }
        if (moved.length > 0)
            (0,json_model/* setMember */.Nk)(layout, `${(0,json_model/* stringOf */.Je)((0,json_model/* memberOf */.C5)(node, 'nodeId')) || '#'}#${index}`, (0,json_model/* objectLike */.hc)(node, moved));
        return moved.length > 0
            ? (0,json_model/* objectLike */.hc)(node, members.filter(([key]) => !NODE_LAYOUT_KEYS.includes(key)))
            : node;
    }));
    return { logic, layout };
}
/** A position, as a number of the same form as the object it describes. */
function positionValue(like, position) {
    return like instanceof Map ? new json_model/* JsonNumber */.WP(String(position)) : position;
}
function restoreLayout(dialog, layout) {
    if (!(0,json_model/* isNodeObject */.UK)(dialog) || !(0,json_model/* isNodeObject */.UK)(layout))
        return dialog;
    const nodes = (0,json_model/* memberOf */.C5)(dialog, 'nodes');
    if (!Array.isArray(nodes))
        return dialog;
    const restored = (0,json_model/* objectLike */.hc)(dialog, (0,json_model/* membersOf */.lS)(dialog));
    (0,json_model/* setMember */.Nk)(restored, 'nodes', nodes.map((node, index) => {
        const moved = (0,json_model/* isNodeObject */.UK)(node)
            ? (0,json_model/* memberOf */.C5)(layout, `${(0,json_model/* stringOf */.Je)((0,json_model/* memberOf */.C5)(node, 'nodeId')) || '#'}#${index}`)
            : undefined;
        if (!(0,json_model/* isNodeObject */.UK)(node) || !(0,json_model/* isNodeObject */.UK)(moved))
            return node;
        const members = NODE_LAYOUT_KEYS.filter(key => (0,json_model/* hasMember */.z$)(moved, key)).map(key => {
            const at = (0,json_model/* memberOf */.C5)(moved, `${key}At`);
            return {
                key,
                at: at instanceof json_model/* JsonNumber */.WP ? Number(at.text) : typeof at === 'number' ? at : Number.MAX_SAFE_INTEGER
            };
        });
        const entries = (0,json_model/* membersOf */.lS)(node);
        for (const { key, at } of members.sort((a, b) => a.at - b.at))
            entries.splice(at, 0, [key, (0,json_model/* memberOf */.C5)(moved, key)]);
        return (0,json_model/* objectLike */.hc)(node, entries);
    }));
    return restored;
}
/**
 * The texts, scripts and payloads the platform stores URL-encoded, decoded wherever encoding
 * again gives back the exact string (the platform's encoding is not always
 * encodeURIComponent's; those stay as they are): multi-line ones as files of their own (the
 * JSON keeps an empty string in their place), one-line ones in place.
 */
function decodeTexts(component, base) {
    const found = [];
    let files = 0;
    const visit = (value, path) => {
        if (typeof value === 'string') {
            if (!/%[0-9A-F]{2}/i.test(value))
                return;
            let decoded;
            try {
                decoded = decodeURIComponent(value);
            }
            catch {
                return;
            }
            if (encodeURIComponent(decoded) !== value)
                return;
            if (!/[\r\n]/.test(decoded)) {
                found.push({ path, content: decoded });
                return;
            }
            const field = path.filter(step => typeof step === 'string').at(-1) ?? 'text';
            const code = field === 'script' || /^\s*(var|let|const|function|print\(|\/\/|\/\*)/.test(decoded);
            files++;
            found.push({
                path,
                file: `${base}.${field}${files === 1 ? '' : `-${files}`}.${code ? 'js' : 'txt'}`,
                content: decoded
            });
        }
        else if (Array.isArray(value))
            value.forEach((item, index) => visit(item, [...path, index]));
        else if ((0,json_model/* isNodeObject */.UK)(value))
            for (const [key, item] of (0,json_model/* membersOf */.lS)(value))
                visit(item, [...path, key]);
    };
    visit(component, []);
    for (const { path, file, content } of found)
        setAt(component, path, file ? '' : content);
    return found;
}
function setAt(value, path, replacement) {
    if (path.length === 0)
        return replacement;
    const [step, ...rest] = path;
    if (Array.isArray(value) && typeof step === 'number')
        value[step] = setAt(value[step], rest, replacement);
    else if ((0,json_model/* isNodeObject */.UK)(value) && typeof step === 'string')
        (0,json_model/* setMember */.Nk)(value, step, setAt((0,json_model/* memberOf */.C5)(value, step) ?? null, rest, replacement));
    else
        throw new Error(`no ${String(step)} where a text file belongs`);
    return value;
}
function listOf(value, key) {
    const list = (0,json_model/* isNodeObject */.UK)(value) ? (0,json_model/* memberOf */.C5)(value, key) : undefined;
    return Array.isArray(list) ? list.filter(json_model/* isNodeObject */.UK) : [];
}
function idOf(value) {
    return (0,json_model/* stringOf */.Je)((0,json_model/* memberOf */.C5)(value, '_id')) || (0,json_model/* stringOf */.Je)((0,json_model/* memberOf */.C5)(value, 'refId'));
}
/** A dialog's display name: localeData.<language>.name (dialogs have no `name`), else lname. */
function displayName(dialog, language) {
    const locales = (0,json_model/* memberOf */.C5)(dialog, 'localeData');
    if ((0,json_model/* isNodeObject */.UK)(locales)) {
        for (const locale of [(0,json_model/* memberOf */.C5)(locales, language), ...(0,json_model/* membersOf */.lS)(locales).map(([, value]) => value)]) {
            const name = (0,json_model/* isNodeObject */.UK)(locale) ? (0,json_model/* stringOf */.Je)((0,json_model/* memberOf */.C5)(locale, 'name')) : '';
            if (name)
                return name;
        }
    }
    return (0,json_model/* stringOf */.Je)((0,json_model/* memberOf */.C5)(dialog, 'lname')) || (0,json_model/* stringOf */.Je)((0,json_model/* memberOf */.C5)(dialog, 'name')) || idOf(dialog) || 'dialog';
}
/** Names Windows and macOS can hold. */
function safeName(raw) {
    let name = raw
        .normalize('NFC')
        // eslint-disable-next-line no-control-regex
        .replace(/[<>:"/\\|?*\u0000-\u001f]/g, '_')
        .replace(/[. ]+$/, '')
        .trim()
        .slice(0, 80);
    if (!name || name === '.' || name === '..')
        name = '_';
    if (/^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i.test(name))
        name = `${name}_`;
    if (name.startsWith('.'))
        name = `_${name}`;
    return name;
}
/**
 * Safe names, unique within one folder on a case-insensitive file system. Names that collide
 * all get a short form of their id, so a name does not depend on the others' order (which
 * the platform reshuffles) and stays the same while the bot does not change.
 */
function uniqueNames(items) {
    const names = items.map(item => safeName(item.name));
    const counts = new Map();
    for (const name of names)
        counts.set(name.toLowerCase(), (counts.get(name.toLowerCase()) ?? 0) + 1);
    const result = names.map((name, index) => counts.get(name.toLowerCase()) > 1 ? `${name.slice(0, 70)} (${shortId(items[index].id, index)})` : name);
    // Two items with one name and no usable id: number the rest.
    const seen = new Set();
    return result.map(name => {
        let unique = name;
        for (let n = 2; seen.has(unique.toLowerCase()); n++)
            unique = `${name} ${n}`;
        seen.add(unique.toLowerCase());
        return unique;
    });
}
function shortId(id, index) {
    const hex = id.replace(/^[a-z]+-/, '').replace(/[^0-9a-z]/gi, '');
    return hex ? hex.slice(0, 8) : `#${index + 1}`;
}
/** A file of the folder as JSON; an error names the file, then its line and column. */
function parseFile(path, bytes) {
    try {
        return (0,json_model/* parseJson */.qF)(bytes.toString('utf8'));
    }
    catch (error) {
        throw error instanceof SyntaxError ? new SyntaxError(`${path}, ${error.message}`) : error;
    }
}


/***/ }),

/***/ 5277:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  o: () => (/* binding */ Pace),
  O: () => (/* binding */ finish)
});

;// CONCATENATED MODULE: external "node:perf_hooks"
const external_node_perf_hooks_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");
// EXTERNAL MODULE: ./src/platform/clock.ts + 1 modules
var clock = __nccwpck_require__(5960);
;// CONCATENATED MODULE: ./src/bot-source/steps.ts
// Long synchronous work, cut so that a cancellation can stop it. A signal handler (the
// runner's SIGINT) runs only when the event loop turns, and `await` on work that is already
// done does not turn it: re-indenting a hundred files of 5 MiB ran 15 s without once letting
// the handler run, and the runner killed the process with its staging folder behind.
//
// The long loops therefore pass a Pace between files and between the large steps of one
// file; work that also has synchronous callers is written once, as a generator that yields
// between its steps (Steps), run at once by those callers (finish) and paced by the others.


/** Runs `steps` to the end at once: for callers that cannot be cancelled. */
function finish(steps) {
    for (;;) {
        const next = steps.next();
        if (next.done)
            return next.value;
    }
}
/**
 * Where long work checks its signal. It lets the event loop turn (so that a signal handler
 * runs) once `sliceMs` of work have passed since the last turn, not at every check: an
 * export is often thousands of small files, and a turn costs more than a small file does.
 * Without a signal it never waits, and costs nothing.
 */
class Pace {
    signal;
    sliceMs;
    last = external_node_perf_hooks_namespaceObject.performance.now();
    constructor(signal, sliceMs = 50) {
        this.signal = signal;
        this.sliceMs = sliceMs;
    }
    /** Throws CancelledError once the signal has aborted; lets the event loop turn when due. */
    async check() {
        const signal = this.signal;
        if (!signal)
            return;
        if (signal.aborted)
            throw new clock/* CancelledError */.cc();
        if (external_node_perf_hooks_namespaceObject.performance.now() - this.last < this.sliceMs)
            return;
        await new Promise(resolve => setImmediate(resolve));
        this.last = external_node_perf_hooks_namespaceObject.performance.now();
        if (signal.aborted)
            throw new clock/* CancelledError */.cc();
    }
    /** Runs `steps` to the end, checking between them; a cancellation closes the generator. */
    async run(steps) {
        try {
            for (;;) {
                const next = steps.next();
                if (next.done)
                    return next.value;
                await this.check();
            }
        }
        catch (error) {
            steps.return(undefined);
            throw error;
        }
    }
}


/***/ }),

/***/ 4435:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ExportZip: () => (/* binding */ ExportZip),
  ZIP_LIMITS: () => (/* binding */ ZIP_LIMITS),
  ZipRefusedError: () => (/* binding */ ZipRefusedError),
  entryNameProblem: () => (/* binding */ entryNameProblem),
  notAZip: () => (/* binding */ notAZip),
  readZipFiles: () => (/* binding */ readZipFiles),
  unreadable: () => (/* binding */ unreadable)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
var external_node_fs_default = /*#__PURE__*/__nccwpck_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
var external_node_zlib_default = /*#__PURE__*/__nccwpck_require__.n(external_node_zlib_namespaceObject);
// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __nccwpck_require__(663);
// EXTERNAL MODULE: ./src/platform/clock.ts + 1 modules
var clock = __nccwpck_require__(5960);
// EXTERNAL MODULE: ./src/shared/output-paths.ts
var output_paths = __nccwpck_require__(8133);
// EXTERNAL MODULE: ./src/bot-source/steps.ts + 1 modules
var steps = __nccwpck_require__(5277);
// EXTERNAL MODULE: ./src/shared/untrusted-text.ts
var untrusted_text = __nccwpck_require__(371);
// EXTERNAL MODULE: ./src/core/words.ts
var words = __nccwpck_require__(7522);
;// CONCATENATED MODULE: ./src/bot-source/zip-reader.ts
// Reads an export zip as hostile input. yauzl parses the zip (central directory, local
// headers, ZIP64), refuses absolute and `..` names, and bounds every inflated stream by the
// size its entry declares; on top of that, everything is checked before a byte is written:
// the number of entries, the total declared size, names that are unsafe or collide on a
// case-insensitive or normalising file system (Windows, macOS), `.git` paths, symbolic
// links, entries that overlap (one compressed block served under many names), and each
// entry's CRC-32 as it is read.










const ZIP_LIMITS = {
    maxEntries: 10_000,
    maxTotalBytes: 512 * 1024 * 1024,
    inMemoryZipBytes: 64 * 1024 * 1024,
    wholeEntryBytes: 1024 * 1024
};
/** The zip may not be unpacked; `message` says which entry and why. */
class ZipRefusedError extends errors/* CoreError */.am {
    constructor(message) {
        super('file', message);
        this.name = 'ZipRefusedError';
    }
}
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const LOCAL_HEADER_BYTES = 30;
/** Names Windows reserves for devices, with or without an extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(\..*)?$/i;
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHARACTERS = /[<>:"|?*\u0000-\u001f]/;
/**
 * A zip in memory, for yauzl. Its own reader answers every read behind a setImmediate: for
 * an export of 4,000 files that is 8,000 turns of the event loop (30 ms) just to read the
 * central directory. This one answers in a microtask: still after the caller returns, as
 * fs.read would, but without a turn of the loop.
 */
class BytesReader extends yauzl.RandomAccessReader {
    bytes;
    constructor(bytes) {
        super();
        this.bytes = bytes;
    }
    _readStreamForRange(start, end) {
        return external_node_stream_.Readable.from([this.bytes.subarray(start, end)]);
    }
    read(buffer, offset, length, position, callback) {
        const end = Math.min(position + length, this.bytes.length);
        const copied = position < end ? this.bytes.copy(buffer, offset, position, end) : 0;
        queueMicrotask(() => callback(null, copied));
    }
}
class ExportZip {
    zip;
    bytes;
    files;
    folders;
    constructor(zip, bytes, files, folders) {
        this.zip = zip;
        this.bytes = bytes;
        this.files = files;
        this.folders = folders;
    }
    /**
     * Opens and checks the whole zip, a file or bytes the caller holds already; refuses it before
     * anything is unpacked.
     */
    static async open(source, limits = ZIP_LIMITS, signal) {
        let zip;
        let bytes;
        try {
            // A bot's zip is small: from memory, thousands of small entries cost no disk round trip.
            const stat = typeof source === 'string' ? await external_node_fs_default().promises.stat(source) : undefined;
            // A device or a FIFO (e.g. a link to /dev/zero) has no size to bound its read by.
            if (stat && !stat.isFile())
                throw new ZipRefusedError('it is not a regular file but a device, a FIFO or a socket');
            bytes =
                typeof source !== 'string'
                    ? source
                    : stat.size <= limits.inMemoryZipBytes
                        ? await external_node_fs_default().promises.readFile(source, { signal })
                        : undefined;
            const options = {
                lazyEntries: true,
                validateEntrySizes: true,
                strictFileNames: false,
                decodeStrings: true,
                autoClose: false
            };
            zip = bytes
                ? await yauzl.fromRandomAccessReaderPromise(new BytesReader(bytes), bytes.length, options)
                : await yauzl.openPromise(source, options);
        }
        catch (error) {
            if (signal?.aborted)
                throw new clock/* CancelledError */.cc();
            throw unreadable(error);
        }
        try {
            const { files, folders } = await readDirectory(zip, limits, new steps/* Pace */.o(signal));
            return new ExportZip(zip, bytes, files, folders);
        }
        catch (error) {
            zip.close();
            throw error;
        }
    }
    close() {
        this.zip.close();
    }
    /**
     * The entry's content, whole, for entries the caller means to hold (it bounds their size):
     * inflated in one call that cannot produce more than the declared size. A 46 MB definition
     * inflates in a third of the time it took as a stream of 16 KB chunks joined at the end.
     */
    async read(file, signal) {
        if (signal?.aborted)
            throw new clock/* CancelledError */.cc();
        return this.readWhole(file);
    }
    /** The entry's content as a stream: inflated as it goes, bounded by its size, CRC-checked at the end. */
    async stream(file, signal) {
        let source;
        try {
            source = await this.zip.openReadStreamPromise(file.entry);
        }
        catch (error) {
            throw damaged(file, error);
        }
        let crc = 0;
        let size = 0;
        const checked = new external_node_stream_.Transform({
            transform(chunk, _encoding, done) {
                crc = external_node_zlib_default().crc32(chunk, crc);
                size += chunk.length;
                done(null, chunk);
            },
            flush(done) {
                done(size === file.size && crc >>> 0 === file.entry.crc32 >>> 0 ? null : crcMismatch(file));
            }
        });
        source.on('error', error => checked.destroy(damaged(file, error)));
        const cancel = () => {
            source.destroy();
            checked.destroy(new clock/* CancelledError */.cc());
        };
        if (signal?.aborted)
            cancel();
        signal?.addEventListener('abort', cancel, { once: true });
        checked.on('close', () => signal?.removeEventListener('abort', cancel));
        return source.pipe(checked);
    }
    /** Inflated in one synchronous call that cannot produce more than the declared size. */
    async readWhole(file) {
        const { entry } = file;
        let stored;
        try {
            if (this.bytes) {
                stored = storedBytes(this.bytes, entry);
            }
            else {
                const chunks = [];
                const raw = await this.zip.openReadStreamPromise(entry, entry.compressionMethod === 8 ? { decompress: false } : {});
                for await (const chunk of raw)
                    chunks.push(chunk);
                stored = Buffer.concat(chunks);
            }
        }
        catch (error) {
            throw damaged(file, error);
        }
        let content;
        try {
            // One output chunk of the declared size (zlib's default is 16 KB chunks, joined at the
            // end): no copy of a big entry, and a small one's comes from Buffer's pool. The caller
            // holds entries of this size anyway; one byte more shows that nothing follows.
            content =
                entry.compressionMethod === 8
                    ? external_node_zlib_default().inflateRawSync(stored, {
                        maxOutputLength: Math.max(1, file.size),
                        chunkSize: Math.max(64, file.size + 1)
                    })
                    : stored;
        }
        catch (error) {
            if (error.code === 'ERR_BUFFER_TOO_LARGE') {
                throw new ZipRefusedError(`The export zip's entry "${(0,untrusted_text/* plain */.pj)(file.name)}" inflates to more than the ${file.size} bytes it declares (a zip bomb, or a damaged zip). Nothing was unpacked.`);
            }
            throw damaged(file, error);
        }
        if (content.length !== file.size)
            throw damaged(file, new Error(`expected ${file.size} bytes, found ${content.length}`));
        if (external_node_zlib_default().crc32(content) >>> 0 !== entry.crc32 >>> 0)
            throw crcMismatch(file);
        return content;
    }
}
async function readDirectory(zip, limits, pace) {
    if (zip.entryCount > limits.maxEntries) {
        throw new ZipRefusedError(`The export zip holds ${zip.entryCount} entries, more than the ${limits.maxEntries} an export of a bot has room for (real exports hold a handful). Nothing was unpacked.`);
    }
    const files = [];
    const folders = [];
    const entries = [];
    /** Names as a case-insensitive, normalising file system sees them, with what they are. */
    const seen = new Map();
    /** Folders already claimed, as named: thousands of files share a few (nothing new to check). */
    const claimedFolders = new Set();
    /** Path segments already found safe: the checks depend on the segment alone. */
    const safeSegments = new Set();
    let total = 0;
    const iterator = zip.eachEntry();
    for (;;) {
        // From memory, the entries come in microtasks: the event loop turns only at a check.
        await pace.check();
        let entry;
        try {
            const next = await iterator.next();
            entry = next.done ? undefined : next.value;
        }
        catch (error) {
            // yauzl's own name checks: absolute paths, drive letters, `..`.
            const refused = /^(absolute path|invalid relative path|invalid characters in fileName): (.*)$/s.exec(error.message);
            if (refused)
                throw refuse(refused[2], `would be written outside the folder (${refused[1]})`);
            throw unreadable(error);
        }
        if (!entry)
            break;
        entries.push(entry);
        const folder = entry.fileName.endsWith('/');
        const name = folder ? entry.fileName.slice(0, -1) : entry.fileName;
        checkName(name, safeSegments);
        if (((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK)
            throw refuse(name, 'is a symbolic link');
        if (entry.generalPurposeBitFlag & 1)
            throw refuse(name, 'is encrypted');
        if (!folder && entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
            throw refuse(name, `uses compression method ${entry.compressionMethod}, which exports do not use`);
        }
        // Deflate never grows data by more than a few bytes per 16 KiB block: more stored bytes
        // than that would be read (and held, for a small entry) for nothing.
        if (entry.compressedSize > maxStoredSize(entry))
            throw refuse(name, `stores ${entry.compressedSize} bytes for ${entry.uncompressedSize}, more than any compression takes`);
        // Every folder on the way is claimed as a folder: a file of the same name would collide.
        for (let end = name.indexOf('/');; end = name.indexOf('/', end + 1)) {
            const isFolder = folder || end >= 0;
            const prefix = end < 0 ? name : name.slice(0, end);
            if (isFolder && claimedFolders.has(prefix)) {
                if (end < 0)
                    break;
                continue;
            }
            const key = prefix.normalize('NFC').toLowerCase();
            const other = seen.get(key);
            if (other && !(other.folder && isFolder)) {
                if (other.name === prefix && !other.folder && !isFolder)
                    throw refuse(name, 'appears twice');
                const how = other.name === prefix
                    ? 'a file and a folder of one name'
                    : 'on a case-insensitive file system (Windows, macOS)';
                throw refuse(name, `collides with "${(0,untrusted_text/* plain */.pj)(other.name)}" (${how})`);
            }
            if (!other)
                seen.set(key, { name: prefix, folder: isFolder });
            if (isFolder && (!other || other.name === prefix))
                claimedFolders.add(prefix);
            if (end < 0)
                break;
        }
        if (folder) {
            folders.push(name);
            continue;
        }
        total += entry.uncompressedSize;
        if (total > limits.maxTotalBytes) {
            throw new ZipRefusedError(`The export zip unpacks to more than ${limits.maxTotalBytes / 1024 / 1024} MiB (${entries.length} entries so far), more than an export of a bot holds (real exports unpack to a few MB). Nothing was unpacked.`);
        }
        files.push({ name, size: entry.uncompressedSize, entry });
    }
    checkOverlaps(entries);
    return { files, folders };
}
function maxStoredSize(entry) {
    return entry.compressionMethod === 0
        ? entry.uncompressedSize
        : entry.uncompressedSize + Math.ceil(entry.uncompressedSize / 16_384) * 5 + 1024;
}
/** A name that is safe to create on Linux, macOS and Windows alike, and not in `.git`. */
function checkName(name, safeSegments) {
    const why = entryNameProblem(name, safeSegments);
    if (why)
        throw refuse(name, why);
}
/**
 * Why an export's entry may not have this name (completing "an entry that …"), or undefined.
 * `safeSegments` remembers the path segments already found safe (the checks depend on the segment alone).
 */
function entryNameProblem(name, safeSegments = new Set()) {
    if (name === '')
        return 'has no name';
    if (name.length > 400)
        return 'has a path longer than 400 characters';
    if (name.toLowerCase() === output_paths/* MARKER_FILE */.cu)
        return 'is the marker file this action writes';
    if (name.toLowerCase() === output_paths/* GIT_ATTRIBUTES_FILE */.mw)
        return 'would set how git treats the folder';
    for (const segment of name.split('/')) {
        if (safeSegments.has(segment))
            continue;
        if (segment === '' || segment === '.')
            return 'has an empty or "." path segment';
        if (segment.toLowerCase().replace(/[. ]+$/, '') === '.git')
            return 'would be written into a .git folder';
        if (Buffer.byteLength(segment) > 255)
            return 'has a name longer than 255 bytes';
        if (FORBIDDEN_CHARACTERS.test(segment))
            return 'has a character Windows does not allow in names';
        if (/[. ]$/.test(segment))
            return 'ends in a dot or a space, which Windows drops';
        if (RESERVED.test(segment))
            return 'is a device name on Windows';
        safeSegments.add(segment);
    }
    return undefined;
}
/**
 * Each entry's local header and data must lie apart from every other's. Entries that share
 * one compressed block (a zip bomb's trick: 200 names for one 60 MiB entry) are refused.
 */
function checkOverlaps(entries) {
    const spans = entries
        .map(entry => ({
        entry,
        start: entry.relativeOffsetOfLocalHeader,
        end: entry.relativeOffsetOfLocalHeader + LOCAL_HEADER_BYTES + entry.fileNameLength + entry.compressedSize
    }))
        .sort((a, b) => a.start - b.start);
    for (let i = 1; i < spans.length; i++) {
        if (spans[i].start < spans[i - 1].end)
            throw refuse(spans[i].entry.fileName, `overlaps the entry "${(0,untrusted_text/* plain */.pj)(spans[i - 1].entry.fileName)}" (one block of data under two names)`);
    }
}
/** The entry's bytes as stored, behind its local header (30 bytes, then name and extra field). */
function storedBytes(zipBytes, entry) {
    const header = entry.relativeOffsetOfLocalHeader;
    if (header + LOCAL_HEADER_BYTES > zipBytes.length || zipBytes.readUInt32LE(header) !== 0x04034b50) {
        throw new Error('no local file header where the central directory says');
    }
    const start = header + LOCAL_HEADER_BYTES + zipBytes.readUInt16LE(header + 26) + zipBytes.readUInt16LE(header + 28);
    const end = start + entry.compressedSize;
    if (end > zipBytes.length)
        throw new Error('its data runs past the end of the zip');
    return zipBytes.subarray(start, end);
}
function refuse(name, why) {
    return new ZipRefusedError(`The export zip holds an entry "${(0,untrusted_text/* plain */.pj)(name)}" that ${why}. Nothing was unpacked. The zip may have been tampered with: check where it came from before using it.`);
}
function crcMismatch(file) {
    return new ZipRefusedError(`The export zip's entry "${(0,untrusted_text/* plain */.pj)(file.name)}" does not match its CRC-32: the zip is damaged. Nothing was unpacked.`);
}
function damaged(file, error) {
    if (error instanceof ZipRefusedError || error instanceof clock/* CancelledError */.cc)
        return error;
    const reason = (0,untrusted_text/* plain */.pj)(error.message);
    if (/too many bytes/.test(reason)) {
        return new ZipRefusedError(`The export zip's entry "${(0,untrusted_text/* plain */.pj)(file.name)}" inflates to more than the ${file.size} bytes it declares (a zip bomb, or a damaged zip). Nothing was unpacked.`);
    }
    return unreadable(new Error(`${file.name}: ${reason}`));
}
function unreadable(error) {
    return new ZipRefusedError(`The export is not a readable zip (${(0,untrusted_text/* plain */.pj)(error.message).replace(/\.+$/, '')}). Nothing was written to path or extract-to. ${(0,words/* again */.TG)(true)}; if it keeps happening, download the export by hand to check it.`);
}
/** Why `file` is not a zip (no readable end record and central directory), or undefined if it is one. */
/**
 * The contents of the zip's files that `keep` chooses (by name and declared size, before
 * anything is inflated), checked like every export zip. The caller bounds what it keeps;
 * `signal` is checked before each file.
 */
async function readZipFiles(source, keep, signal) {
    const zip = await ExportZip.open(source, ZIP_LIMITS, signal);
    try {
        const pace = new steps/* Pace */.o(signal);
        const files = [];
        for (const entry of zip.files) {
            await pace.check();
            if (keep(entry))
                files.push({ name: entry.name, bytes: await zip.read(entry, signal) });
        }
        return files;
    }
    finally {
        zip.close();
    }
}
async function notAZip(file) {
    try {
        const zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false });
        zip.close();
        return undefined;
    }
    catch (error) {
        return (0,untrusted_text/* plain */.pj)(error.message, 200).replace(/\.+$/, '');
    }
}


/***/ }),

/***/ 2827:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2526);

const { code, cancelled } = await (0,_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .iW)(process.argv.slice(2));
// Requests cut off by a cancellation may still hold sockets open: do not wait for them.
if (cancelled)
    process.exit(code);
process.exitCode = code;

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2526:
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
;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"1.0.0"};
// EXTERNAL MODULE: ./src/bot-source/bot-files.ts
var bot_files = __nccwpck_require__(3222);
// EXTERNAL MODULE: ./src/bot-source/diff.ts
var diff = __nccwpck_require__(734);
// EXTERNAL MODULE: ./src/bot-source/render.ts
var render = __nccwpck_require__(1489);
// EXTERNAL MODULE: ./src/bot-source/pack.ts
var pack = __nccwpck_require__(6616);
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

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/shared/temporary-files.ts
var temporary_files = __nccwpck_require__(7168);
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
var platform_clock = __nccwpck_require__(5960);
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
;// CONCATENATED MODULE: ./src/platform/poll.ts
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
            log((0,core_words/* say */.cv) `Kore.ai answered the ${job} status with "${(0,untrusted_text/* plain */.pj)(status, 100)}", a word this action does not know: taken as still running until the platform says success or failure, or ${(0,core_words/* setting */.Pe)('timeout')} runs out.`);
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
;// CONCATENATED MODULE: ./src/platform/retry.ts
// The one retry policy for every call the action makes: network failures, timeouts, 429, 5xx
// and rate-limit answers are retried with exponential backoff and full jitter, honouring
// Retry-After; nothing else is. Hand-written rather than taken from p-retry and kin because
// those choose every delay themselves: none lets the server's Retry-After set one, and none
// stops at a deadline shared with the rest of the step.



/** A failure worth another try. Thrown where it is recognised, with the reason in words. */
class TransientError extends errors/* CoreError */.am {
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
            throw new platform_clock/* CancelledError */.cc();
        try {
            return await attempt(tryNumber);
        }
        catch (error) {
            if (!(error instanceof TransientError) || signal?.aborted)
                throw signal?.aborted ? new platform_clock/* CancelledError */.cc() : error;
            if (tryNumber > retries)
                throw giveUp(what, error, (0,core_words/* say */.cv) `after ${tryNumber === 1 ? '1 try' : `${tryNumber} tries`} (${(0,core_words/* setting */.Pe)('retries')}: ${retries})`);
            // Full jitter: anywhere from nothing up to the exponential ceiling, so that many jobs
            // failing together do not come back together. A server's Retry-After is a floor.
            const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** (tryNumber - 1));
            const delay = Math.max(Math.round(random() * ceiling), error.details.retryAfterMs ?? 0);
            if (clock.now() + delay > deadline) {
                throw giveUp(what, error, (0,core_words/* say */.cv) `with no time left to retry within ${(0,core_words/* setting */.Pe)('timeout')}${error.details.retryAfterMs ? ` (the platform asked to wait ${(0,platform_clock/* formatDuration */.a3)(error.details.retryAfterMs)})` : ''}`);
            }
            log.info((0,core_words/* say */.cv) `Could not ${what}: ${error.words}. Try ${tryNumber + 1} of ${retries + 1} in ${(0,platform_clock/* formatDuration */.a3)(delay)}.`);
            await clock.sleep(delay, signal);
        }
    }
}
function giveUp(what, error, how) {
    if (error.details.rateLimited) {
        return new errors/* CoreError */.am('network', (0,core_words/* say */.cv) `Kore.ai's rate limit stopped the run: could not ${what} ${how}. The platform said: ${error.words}. Kore.ai allows 60 calls a minute and 1,800 an hour per bot and blocks every call once the hourly limit is passed: ${(0,core_words/* again */.TG)()} later, export fewer bots at once, or raise ${(0,core_words/* setting */.Pe)('poll-interval')}.`);
    }
    return new errors/* CoreError */.am('network', (0,core_words/* say */.cv) `Could not ${what} ${how}: ${error.words}. ${(0,core_words/* again */.TG)(true)}; raise ${(0,core_words/* setting */.Pe)('retries')} or ${(0,core_words/* setting */.Pe)('timeout')} if this keeps happening.`);
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
class NetworkError extends TransientError {
    notSent;
    constructor(where, reason, 
    /** The connection was refused: the request cannot have reached the platform. */
    notSent = false) {
        super((0,core_words/* say */.cv) `${where}: ${reason}`);
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
            if (error instanceof platform_clock/* CancelledError */.cc || error instanceof TransientError)
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
        await abortable(reading, signal, () => message.destroy(new platform_clock/* CancelledError */.cc()));
        return Buffer.concat(pieces).toString('utf8');
    }
    catch (error) {
        if (error instanceof TransientError || error instanceof platform_clock/* CancelledError */.cc)
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
        return new ConnectionSetupError((0,core_words/* say */.cv) `${(0,untrusted_text/* plain */.pj)(where)}: the host name ${(0,untrusted_text/* plain */.pj)(url.hostname, 200)} does not resolve (ENOTFOUND). Check ${(0,core_words/* setting */.Pe)('host')} for a typo (e.g. https://platform.kore.ai); behind a proxy, check https_proxy and no_proxy.`);
    }
    if (code && CERTIFICATE_CODES.test(code)) {
        return new ConnectionSetupError((0,core_words/* say */.cv) `${(0,untrusted_text/* plain */.pj)(where)}: the TLS certificate of ${(0,untrusted_text/* plain */.pj)(url.host, 200)} was not accepted (${reason}). Check that ${(0,core_words/* setting */.Pe)('host')} is the platform's address; behind a proxy that inspects TLS, give its CA certificate to Node with NODE_EXTRA_CA_CERTS.`);
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
        return (0,core_words/* say */.cv) `no answer in time (${(0,core_words/* setting */.Pe)('request-timeout')})`;
    if (code)
        return (0,untrusted_text/* plain */.pj)(message?.includes(code) ? message : `${code}${message ? ` (${message})` : ''}`, 300);
    return (0,untrusted_text/* plain */.pj)(message ?? String(error), 300);
}
/** Why a signal aborted: a time limit's own error, else the runner's cancellation. */
function abortReason(signal) {
    return signal.reason instanceof TransientError || signal.reason instanceof platform_clock/* CancelledError */.cc
        ? signal.reason
        : new platform_clock/* CancelledError */.cc();
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
    deadline;
    requestTimeoutMs;
    clock;
    signal;
    log;
    /** The platform has answered at least once in this run. */
    reached = false;
    constructor(
    /** Origin plus any path prefix, no trailing slash. */
    host, token, options = {}) {
        this.host = host;
        this.token = token;
        this.origin = new URL(host).origin;
        this.retries = options.retries ?? 5;
        this.deadline = options.deadline ?? Infinity;
        this.requestTimeoutMs = options.requestTimeoutMs ?? 30_000;
        this.clock = options.clock ?? platform_clock/* systemClock */.ml;
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
        return withRetries('start the export', async (tryNumber) => {
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
        return withRetries('read the export status', () => this.exportStatusOnce(botId), this.retryPolicy());
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
            throw new KoreApiError((0,core_words/* say */.cv) `Kore.ai gave a download link that is not a URL. ${(0,core_words/* again */.TG)(true)}; if it keeps happening, the platform's export API has changed.`, 200);
        }
        checkLink(url, "The export's download link");
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
        const limit = withTimeLimit(this.signal, timeoutMs, () => new NetworkError(`GET ${describeUrl(url)}`, (0,core_words/* say */.cv) `no answer within ${(0,platform_clock/* formatDuration */.a3)(timeoutMs)} (${(0,core_words/* setting */.Pe)('request-timeout')})`));
        const headers = {};
        if (options.from)
            headers.range = `bytes=${options.from}-`;
        if (options.from && options.ifRange)
            headers['if-range'] = options.ifRange;
        try {
            const answer = await send({ method: 'GET', url: url.href, headers }, { auth: { origin: this.origin, token: this.token }, timeoutMs, signal: limit.signal, log: this.log });
            if (answer.status === 200 || answer.status === 206)
                return answer;
            const text = await readText(answer, limit.signal).catch(() => '');
            const said = platformMessage(text);
            const message = `HTTP ${answer.status} from ${(0,untrusted_text/* plain */.pj)(describeUrl(answer.url))}${said ? `: ${said}` : ''}`;
            if (isTransient(answer.status, said))
                throw transientError(answer.status, answer.message.headers['retry-after'], message, said);
            throw new KoreApiError((0,core_words/* say */.cv) `Downloading the export failed (${message}). The download link may have expired: ${(0,core_words/* again */.TG)()}.`, answer.status);
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
        const answer = await withRetries(what, () => this.call({ method: 'GET', url: this.apiUrl(`bot/import/status/${encodeURIComponent(importId)}`) }, { what, botId, scope: 'Bot Import' }), this.retryPolicy());
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
        const answer = await withRetries(what, () => this.call({ method: 'GET', url: this.apiUrl(`bot/${encodeURIComponent(botId)}/publish/status`) }, { what, botId, scope: 'Publish Status' }), this.retryPolicy());
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
        return withRetries(what, async () => {
            try {
                return await attempt();
            }
            catch (error) {
                if (!(error instanceof TransientError))
                    throw error;
                const refused = (error instanceof NetworkError && error.notSent) ||
                    error.details.rateLimited ||
                    error.details.status === 503;
                if (refused)
                    throw error;
                throw new KoreApiError((0,core_words/* say */.cv) `Could not ${what}: ${error.message}. The platform may have received the request before the answer was lost, so it is not sent again on a guess: check the bot in the Builder (its import and publish history), then ${(0,core_words/* again */.TG)()}.`, 0);
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
        const where = `${request.method} ${describeUrl(new URL(request.url))}`;
        const bound = (0,core_words/* setting */.Pe)(timeoutMs < this.requestTimeoutMs ? 'timeout' : 'request-timeout');
        const limit = withTimeLimit(this.signal, timeoutMs, () => new NetworkError(where, (0,core_words/* say */.cv) `no complete answer within ${(0,platform_clock/* formatDuration */.a3)(timeoutMs)} (${bound})`));
        let answer;
        let text;
        try {
            answer = await send({ ...request, headers: { 'content-type': 'application/json', accept: 'application/json', ...request.headers } }, { auth: { origin: this.origin, token: this.token }, timeoutMs, signal: limit.signal, log: this.log });
            this.reached = true;
            text = await readText(answer, limit.signal);
        }
        catch (error) {
            // A host that refuses the very first connection is a wrong host or port, not a platform
            // restarting: say so at once rather than retry for the whole time limit. Once it has
            // answered, a refused connection is worth another try.
            if (error instanceof NetworkError && error.notSent && !this.reached) {
                throw new errors/* CoreError */.am('network', (0,core_words/* say */.cv) `Cannot reach ${this.host}: ${error.words}. Check ${(0,core_words/* setting */.Pe)('host')} (the platform's address, e.g. https://platform.kore.ai); behind a proxy, check https_proxy and no_proxy.`, { host: this.host });
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
                throw new TransientError((0,core_words/* say */.cv) `HTTP ${answer.status} with a body that is not JSON (${preview(text)}); check that ${(0,core_words/* setting */.Pe)('host')} (${this.host}) is the Kore.ai platform`);
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
    return new TransientError(message, {
        retryAfterMs: parseRetryAfter(retryAfter, Date.now()),
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
        advice = (0,core_words/* say */.cv) `Check ${(0,core_words/* setting */.Pe)('bot-id')} (${context.botId}): the platform knows no bot of that id in the account the app (${(0,core_words/* setting */.Pe)('client-id')}) belongs to. Use the Bot ID from App Builder > General Settings of the target bot, with an app of that bot's account, on its ${(0,core_words/* setting */.Pe)('host')} (${host}).`;
        return new KoreApiError((0,core_words/* say */.cv) `${head} ${advice}`, status);
    }
    if ((code === 4002 || status === 401 || status === 403) && /scope/i.test(said ?? '')) {
        advice = (0,core_words/* say */.cv) `The app lacks the ${SCOPE_PATH[scope]} scope this call needs: in Admin Console > API Scopes, map it to the app of ${(0,core_words/* setting */.Pe)('client-id')} and publish the scopes. The import needs ${SCOPE_PATH['Bot Import']}; a publish also ${SCOPE_PATH['Bot Publish']} and ${SCOPE_PATH['Publish Status']}; verify and dry-run also ${SCOPE_PATH['Bot Export']}.`;
        return new KoreApiError((0,core_words/* say */.cv) `${head} ${advice}`, status);
    }
    switch (status) {
        case 401:
            advice = (0,core_words/* say */.cv) `Check that ${(0,core_words/* setting */.Pe)('client-id')} and ${(0,core_words/* setting */.Pe)('client-secret')} belong to the same app, that it is ${APP_KIND[scope]} with the ${scope} API scope mapped and published, and that ${(0,core_words/* setting */.Pe)('host')} (${host}) is the platform the app lives on.`;
            break;
        case 403:
            advice = `The app is not allowed to ${context.what} for bot ${context.botId}: it must be ${APP_KIND[scope]} with the ${scope} scope mapped and published, and have access to this bot.`;
            break;
        case 404:
            advice = (0,core_words/* say */.cv) `Check ${(0,core_words/* setting */.Pe)('bot-id')} (${context.botId}, see App Builder > General Settings) and ${(0,core_words/* setting */.Pe)('host')} (${host}); bots on a regional platform need its host, e.g. https://eu-bots.kore.ai.`;
            break;
        case 412:
            advice = (0,core_words/* say */.cv) `The platform's validation did not accept it${said ? `: ${said}` : ' and gave no reason'}. Fix what it names, then ${(0,core_words/* again */.TG)()}.`;
            break;
        case 400:
        case 422:
            advice =
                scope === 'Bot Export'
                    ? (0,core_words/* say */.cv) `Check ${(0,core_words/* setting */.Pe)('export-type')}, the component settings and ${(0,core_words/* setting */.Pe)('export-options')} against the Bot Export API.`
                    : scope === 'Bot Import'
                        ? (0,core_words/* say */.cv) `Check that ${(0,core_words/* setting */.Pe)('from')} is an export of a bot for this platform version, and the component settings and ${(0,core_words/* setting */.Pe)('import-options')} against the Bot Import API.`
                        : 'Check that the bot has at least one channel enabled and that its in-development version has something to publish.';
            break;
        default:
            advice = `Check the inputs against the ${scope} API documentation.`;
    }
    return new KoreApiError((0,core_words/* say */.cv) `${head} ${advice}`, status);
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
        failed: entries.filter(entry => entry.status && phaseOf(entry.status) === 'failure').map(entry => entry.line)
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

// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __nccwpck_require__(6466);
// EXTERNAL MODULE: ./src/shared/file-system-errors.ts
var file_system_errors = __nccwpck_require__(8709);
;// CONCATENATED MODULE: ./src/export/download.ts
// Streams the export zip to disk: never whole in memory, hashed on the way, checked, and
// moved into place only once complete and correct, so `path` never holds half a file. One
// path for every download: Node's http through @actions/http-client (proxies, redirects), the
// body piped to the file and hashed as it passes, on the main thread. A transfer that breaks
// off resumes where it stopped, but only from the same file: the Range request carries
// If-Range with the first answer's validator (without one it starts over), a 206 must
// continue the file exactly, and a file put together from several answers is checked as a
// whole before it counts (the SHA-256 the store stated, else every entry's CRC-32).











/**
 * The largest export the action downloads when nothing says how large it is. Kore.ai imports
 * zips of up to 50 MB; real exports are a few MB.
 */
const MAX_ZIP_BYTES = 2 * 1024 * 1024 * 1024;
/**
 * A signed link is a credential: masked whole, by its query, and by each parameter that looks
 * like a signature, token or key on its own (a storage error may echo one without the rest),
 * before anything could print it.
 */
function maskSignedLink(link, host, mask) {
    for (const secret of signedLinkSecrets(link, host))
        mask(secret);
}
/** What to mask of a signed link: the link, its query, and each value that looks like a signature. */
function signedLinkSecrets(link, host) {
    const secrets = [link];
    let url;
    try {
        url = new URL(link, `${host}/`);
    }
    catch {
        return secrets;
    }
    secrets.push(url.href);
    if (url.search.length > 1)
        secrets.push(url.search.slice(1));
    for (const [name, value] of url.searchParams) {
        if (value.length >= 8 && (/sig|token|key|credential|policy|auth|secret|hash/i.test(name) || value.length >= 24))
            secrets.push(value);
    }
    return secrets;
}
async function downloadExport(client, url, destination, options) {
    const partial = (0,temporary_files/* temporary */.q_)((0,temporary_files/* temporaryPathBeside */.DL)(destination));
    const origin = { resumed: false };
    try {
        await external_node_fs_default().promises.mkdir(external_node_path_default().dirname(destination), { recursive: true });
        const file = await withRetries('download the export', () => downloadOnce(client, url, partial, options, origin), {
            retries: options.retries,
            deadline: Infinity,
            clock: options.clock,
            signal: options.signal,
            log: client.log
        });
        await external_node_fs_default().promises.rename(partial, destination);
        return { ...file, file: destination };
    }
    catch (error) {
        if (options.signal?.aborted)
            throw new platform_clock/* CancelledError */.cc();
        throw (0,file_system_errors/* describeFileSystemError */.t)(error, `write the export to ${destination}`);
    }
    finally {
        await external_node_fs_default().promises.rm(partial, { force: true });
        (0,temporary_files/* settled */.gu)(partial);
    }
}
async function downloadOnce(client, url, temporary, options, origin) {
    const { log } = options;
    let from = external_node_fs_default().existsSync(temporary) ? external_node_fs_default().statSync(temporary).size : 0;
    if (from > 0 && !origin.validator) {
        // Nothing to tell the same file from another by: a Range request could glue two together.
        log.debug(`The store named no ETag or Last-Modified for the export: starting over instead of resuming after ${from} bytes.`);
        from = 0;
    }
    const answer = await client
        .openDownload(url, { from, ifRange: origin.validator, timeoutMs: options.stallMs + 1_000 })
        .catch(async (error) => {
        // 416: what is on disk is already as long as the file (the last try broke off at its end).
        if (!(error instanceof KoreApiError && error.status === 416))
            throw error;
        await external_node_fs_default().promises.rm(temporary, { force: true });
        throw new TransientError('the server refused to resume (HTTP 416); starting over');
    });
    const { message } = answer;
    const headers = message.headers;
    let total;
    if (answer.status === 206) {
        const range = contentRange(headers['content-range']);
        const known = from > 0 ? origin.total : undefined;
        const continues = range &&
            range.start === from &&
            range.end === range.total - 1 &&
            (known === undefined || range.total === known) &&
            (options.expectedSize === undefined || range.total === options.expectedSize);
        if (!continues) {
            message.destroy();
            await external_node_fs_default().promises.rm(temporary, { force: true });
            const said = typeof headers['content-range'] === 'string' ? `"${headers['content-range'].slice(0, 100)}"` : 'none';
            throw new TransientError(`the server answered a range that does not continue the file (asked from byte ${from}${known === undefined ? '' : ` of ${known}`}, Content-Range ${said}); starting over`);
        }
        total = range.total;
        if (from > 0)
            origin.resumed = true;
        else
            Object.assign(origin, originOf(answer), { total, resumed: false });
    }
    else {
        // A whole file (the store ignored the range, or the object changed since): from the start.
        if (from > 0)
            log.debug(`The store sent the whole export again instead of the rest from byte ${from}: starting over.`);
        from = 0;
        Object.assign(origin, originOf(answer), { resumed: false });
        total = origin.total;
    }
    // More bytes than anyone said there would be: stop at once, not after writing them all.
    const ceiling = Math.min(options.expectedSize ?? Infinity, total ?? Infinity, MAX_ZIP_BYTES);
    // Whatever happens, what arrived is on disk when the try ends, so a transfer that broke off
    // resumes from there; the hash starts over with each try, from the file's first byte.
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let size = from;
    let refusedAsTooLarge = false;
    let diskError;
    try {
        if (from > 0)
            for await (const chunk of external_node_fs_default().createReadStream(temporary, { end: from - 1 }))
                hash.update(chunk);
    }
    catch (error) {
        message.destroy();
        throw error;
    }
    // Opened here, not lazily by the stream: a transfer cut off before a lazy open would lose
    // the bytes that came first, and the next try could not resume from them.
    let fd;
    try {
        fd = external_node_fs_default().openSync(temporary, from > 0 ? 'a' : 'w');
    }
    catch (error) {
        message.destroy();
        throw error;
    }
    // Room for 1 MiB of writes in flight (the default is 16 KiB): the socket keeps being read
    // while the thread pool writes, instead of pausing for every 64 KiB piece. 256 MiB took
    // about 1.65 s with the default and 1.0 s with this, standalone on the 2-core bench machine.
    const sink = external_node_fs_default().createWriteStream(temporary, { fd, highWaterMark: 1024 * 1024 });
    const stallTimer = setTimeout(() => message.destroy(new TransientError(`no data for ${options.stallMs / 1000}s after ${size} bytes`)), options.stallMs);
    const meter = new external_node_stream_.Transform({
        transform(chunk, _encoding, done) {
            stallTimer.refresh();
            size += chunk.length;
            if (size > ceiling) {
                refusedAsTooLarge = true;
                return done(new TransientError(tooLarge(size, options.expectedSize, total)));
            }
            hash.update(chunk);
            done(null, chunk);
        }
    });
    // The file's own errors (pipeline passes the others on to it too): a full disk, say.
    sink.on('error', (error) => {
        if (error.syscall === 'open' || error.syscall === 'write' || error.syscall === 'close')
            diskError ??= error;
    });
    const cancel = () => {
        message.destroy(new platform_clock/* CancelledError */.cc());
    };
    if (options.signal?.aborted)
        cancel();
    options.signal?.addEventListener('abort', cancel, { once: true });
    try {
        await (0,promises_.pipeline)(message, meter, sink);
    }
    catch (error) {
        await download_closed(sink);
        if (refusedAsTooLarge) {
            // What is on disk is wrong, not just short: the next try starts from nothing.
            await external_node_fs_default().promises.rm(temporary, { force: true });
            throw error;
        }
        if (diskError)
            throw diskError;
        if (error instanceof TransientError || error instanceof platform_clock/* CancelledError */.cc)
            throw error;
        throw new TransientError(`the transfer broke off after ${size} bytes (${describeNetworkFailure(error)})`);
    }
    finally {
        clearTimeout(stallTimer);
        options.signal?.removeEventListener('abort', cancel);
    }
    await download_closed(sink);
    const sha256 = hash.digest('hex');
    const problem = total !== undefined && size !== total
        ? `received ${size} bytes of ${total}`
        : options.expectedSize !== undefined && size !== options.expectedSize
            ? `received ${size} bytes, but Kore.ai reported ${options.expectedSize} (fileSize)`
            : origin.statedSha256 && origin.statedSha256 !== sha256
                ? `the SHA-256 of the ${size} bytes received${origin.resumed ? ' (in more than one transfer)' : ''} does not match the one the server stated; starting over`
                : origin.resumed && !origin.statedSha256
                    ? await entriesProblem(temporary)
                    : undefined;
    if (problem) {
        // What is on disk is wrong, not just short: the next try starts from nothing.
        await external_node_fs_default().promises.rm(temporary, { force: true });
        throw new TransientError(problem);
    }
    if (origin.resumed)
        log.debug(`The export was put together from more than one transfer and checked whole (${origin.statedSha256 ? "the store's SHA-256" : "every entry's CRC-32"}).`);
    // Without a stated size or checksum, a short body or an error page would pass: only a file
    // with a readable zip directory counts as the export. All that was announced arrived, and it
    // is not a zip: another try would fetch the same. The zip reader is loaded here, once there
    // is something to read: not at every start.
    const { notAZip, unreadable } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 4435));
    const why = await notAZip(temporary);
    if (why)
        throw unreadable(new Error(`${size} bytes from ${describeUrl(answer.url)}: ${why}`));
    return { file: temporary, size, sha256 };
}
/** What the answer that starts the file says about it. */
function originOf({ message: { headers } }) {
    const etag = typeof headers.etag === 'string' && /^"[^"]*"$/.test(headers.etag) ? headers.etag : undefined;
    const lastModified = typeof headers['last-modified'] === 'string' && Number.isFinite(Date.parse(headers['last-modified']))
        ? headers['last-modified']
        : undefined;
    // Object storage may state the object's SHA-256 (S3: base64 in x-amz-checksum-sha256).
    const stated = headers['x-amz-checksum-sha256'];
    return {
        validator: etag ?? lastModified,
        statedSha256: typeof stated === 'string' && stated ? Buffer.from(stated, 'base64').toString('hex') : undefined,
        total: numberHeader(headers['content-length'])
    };
}
/**
 * Why a zip put together from several transfers is not whole, as `unzip -t` checks it: every
 * entry read to its end and its CRC-32 compared. Undefined if it checks out.
 */
async function entriesProblem(file) {
    const { ExportZip: Zip } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 4435));
    let zip;
    try {
        zip = await Zip.open(file);
        for (const entry of zip.files)
            for await (const chunk of await zip.stream(entry))
                void chunk;
        return undefined;
    }
    catch (error) {
        return `the export put together from more than one transfer does not check out (${error.message.slice(0, 300)}); starting over`;
    }
    finally {
        zip?.close();
    }
}
function tooLarge(size, expectedSize, total) {
    if (expectedSize !== undefined && size > expectedSize)
        return `received more than the ${expectedSize} bytes Kore.ai reported (fileSize); stopped`;
    if (total !== undefined && size > total)
        return `received more than the ${total} bytes the server announced; stopped`;
    return `the download passed ${MAX_ZIP_BYTES / 1024 / 1024 / 1024} GiB, more than any export of a bot; stopped`;
}
/** Once the file is closed: the next try reads its length, or it is moved into place. */
async function download_closed(sink) {
    if (sink.closed)
        return;
    await new Promise(resolve => {
        sink.once('close', resolve);
        sink.destroy();
    });
}
function contentRange(header) {
    const match = /^bytes (\d{1,15})-(\d{1,15})\/(\d{1,15})$/.exec(typeof header === 'string' ? header : '');
    if (!match)
        return undefined;
    const [start, end, total] = match.slice(1).map(Number);
    return start <= end && end < total ? { start, end, total } : undefined;
}
function numberHeader(header) {
    const value = Number(header);
    return typeof header === 'string' && /^\d{1,15}$/.test(header) && Number.isSafeInteger(value) ? value : undefined;
}

;// CONCATENATED MODULE: ./src/export/export-job.ts
// Follows one export from start to a downloadable file: the platform only starts the job,
// and the status API reports the bot's newest export, whoever started it.




class ExportFailedError extends errors/* CoreError */.am {
    status;
    constructor(message, status) {
        super('job', message);
        this.status = status;
        this.name = 'ExportFailedError';
    }
}
/** Polls until the export `started` is ready to download, fails, or runs out of time. */
async function waitForExport(client, botId, started, { deadline, timeoutMs, pollIntervalMs, clock, signal, log, onStatus }) {
    let last = started;
    const exportPhase = statusWords('export', line => log.info(line));
    const check = (current) => {
        if (current.id === started.id) {
            last = current;
            onStatus?.(current);
            const ready = settled(current, exportPhase);
            if (!ready)
                log.info(`Export ${current.id}: ${current.status} (${(0,platform_clock/* formatDuration */.a3)(Math.max(0, deadline - clock.now()))} left)`);
            return ready;
        }
        if (isOlder(current, started)) {
            // Right after the start the platform may still report the bot's previous export.
            log.debug(`The status API still reports the earlier export ${current.id}; waiting for ${started.id}.`);
            return undefined;
        }
        throw new ExportFailedError((0,core_words/* say */.cv) `Another export of bot ${botId} (${current.id}) was started while this one (${started.id}) was running. The platform reports only a bot's newest export, so this run cannot follow its own. Make sure one job at a time exports this bot (e.g. a workflow concurrency group per bot), then ${(0,core_words/* again */.TG)()}.`, last.status);
    };
    const timedOut = () => new ExportFailedError((0,core_words/* say */.cv) `Export ${started.id} did not finish within ${(0,platform_clock/* formatDuration */.a3)(timeoutMs)} (last status: "${last.status}"). Large bots take longer to export: raise ${(0,core_words/* setting */.Pe)('timeout')} (e.g. ${(0,core_words/* example */.Fw)('timeout', '30m')}). The export may still finish on the platform.`, last.status);
    return poll(() => client.exportStatus(botId), check, timedOut, { deadline, pollIntervalMs, clock, signal });
}
/** The export ready to download, undefined while it runs; a failure throws. */
function settled(current, phaseOfWord) {
    const phase = phaseOfWord(current.status);
    if (phase === 'running')
        return undefined;
    if (phase === 'failure') {
        throw new ExportFailedError((0,core_words/* say */.cv) `Kore.ai reports export ${current.id} as "${current.status}"${current.reason ? `: ${current.reason}` : ' and gives no reason'}. Check the bot in the App Builder (${(0,core_words/* setting */.Pe)('export-type')} published needs a published version) and the components asked for, then ${(0,core_words/* again */.TG)()}.`, current.status);
    }
    if (!current.downloadUrl) {
        throw new ExportFailedError((0,core_words/* say */.cv) `Kore.ai reports export ${current.id} as "${current.status}" but gives no download link (downloadURL). ${(0,core_words/* again */.TG)(true)}; if it keeps happening, the platform's export API has changed.`, current.status);
    }
    return { ...current, downloadUrl: current.downloadUrl };
}
function isOlder(other, ours) {
    const theirs = Date.parse(other.createdOn ?? '');
    const mine = Date.parse(ours.createdOn ?? '');
    return Number.isFinite(theirs) && Number.isFinite(mine) && theirs < mine;
}

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

;// CONCATENATED MODULE: ./src/export/report.ts



/** More names than this and the summary folds the file list away. */
const FILES_SHOWN_OPEN = 30;
/** At most this many names are listed; the rest are counted. GitHub takes 1 MiB of summary per step. */
const FILES_LISTED = 500;
class ExportReport {
    host;
    constructor(host) {
        this.host = host;
    }
    values = {};
    get outputs() {
        return { ...this.values };
    }
    settings;
    files;
    changed;
    /** Markdown from the change engine, escaped there. */
    changes;
    failure;
    startedAt = Date.now();
    /** Sets an output now; a value that has not changed (status while polling) is not written again. */
    output(name, value) {
        if (this.values[name] === String(value))
            return;
        this.values[name] = String(value);
        this.host.setOutput(name, String(value));
    }
    useSettings(settings) {
        this.settings = settings;
    }
    unpacked(files, changed, changes) {
        this.files = files;
        this.changed = changed;
        this.changes = changes;
    }
    failed(message) {
        this.failure = this.host.render(message);
    }
    async writeSummary() {
        const { settings, values } = this;
        // Every value is escaped: ids, statuses, messages and file names come from the platform
        // or the zip, and must not become Markdown or HTML.
        const rows = [
            ['Bot', settings ? `${code(settings.botId)} on ${(0,untrusted_text/* markdownText */.p7)(settings.host)}` : '(inputs not read)'],
            ['Export type', settings?.exportType ?? ''],
            ['Status', values.status ? (0,untrusted_text/* markdownText */.p7)(values.status) : this.failure ? 'not started' : ''],
            ['Export ID', values['export-id'] ? code(values['export-id']) : ''],
            ['File', values.file ? code(values.file) : ''],
            ['Size', values.size ? formatSize(Number(values.size)) : ''],
            ['SHA-256', values.sha256 ? code(values.sha256) : ''],
            ['Duration', (0,platform_clock/* formatDuration */.a3)(Date.now() - this.startedAt)]
        ];
        // Markdown, not addHeading: a table right under an HTML heading would be read as HTML.
        let text = `## ${this.failure ? 'Kore.ai bot export failed' : 'Kore.ai bot export'}\n\n`;
        if (this.failure)
            text += cautionBlock(this.failure);
        text += summaryTable(rows);
        if (this.changes)
            text += `### What changed in the bot\n\n${this.changes}\n`;
        if (this.files) {
            const shown = this.files.slice(0, FILES_LISTED).map(file => `- ${code(file)}`);
            if (this.files.length > FILES_LISTED)
                shown.push(`- … and ${this.files.length - FILES_LISTED} more`);
            const list = shown.join('\n');
            const title = this.changed === false
                ? `The bot has not changed: ${code(settings?.extractTo ?? '')} was left as it was (${this.files.length} files in the export)`
                : `${this.files.length} files unpacked into ${code(settings?.extractTo ?? '')}`;
            text +=
                this.files.length > FILES_SHOWN_OPEN
                    ? `<details><summary>${title}</summary>\n\n${list}\n\n</details>\n`
                    : `**${title}**\n\n${list}\n`;
        }
        await this.host.writeSummary(text);
    }
}

// EXTERNAL MODULE: ./node_modules/ms/index.js
var ms = __nccwpck_require__(744);
var ms_default = /*#__PURE__*/__nccwpck_require__.n(ms);
;// CONCATENATED MODULE: ./src/export/export-request.ts
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
        else if (isJsonObject(value) && isJsonObject(merged[key])) {
            merged[key] = deepMerge(merged[key], value);
        }
        else {
            merged[key] = value;
        }
    }
    return merged;
}

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
    const workspace = external_node_path_default().resolve(process.env.GITHUB_WORKSPACE || process.cwd());
    const roots = (0,output_paths/* writeRoots */.rX)(workspace);
    const inWorkspace = (name) => {
        const value = input(name).trim();
        return value ? external_node_path_default().resolve(workspace, value) : undefined;
    };
    const paths = checkPaths(inWorkspace('path'), inWorkspace('extract-to'), { wait, roots, replaceExisting });
    problems.push(...paths.problems);
    const { zipPath, extractTo } = paths;
    if (problems.length > 0)
        throw new errors/* InputError */.dz(problems);
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
    const pollIntervalMs = check(() => parseDuration('poll-interval', input('poll-interval'), MIN_POLL_INTERVAL_MS, 'Kore.ai allows 60 status calls a minute and 1,800 an hour'), 0);
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
    throw new errors/* CoreError */.am('input', (0,core_words/* say */.cv) `${(0,core_words/* setting */.Pe)('layout')}: "${(0,untrusted_text/* plain */.pj)(raw.trim(), 80)}" is not split or plain. Use split (the default: the bot definition as a tree of files, a folder per dialog) or plain (the zip's files as they are).`);
}
function parseVariableValues(raw) {
    const value = raw.trim().toLowerCase();
    if (value === 'omit' || value === 'keep')
        return value;
    throw new errors/* CoreError */.am('input', (0,core_words/* say */.cv) `${(0,core_words/* setting */.Pe)('variable-values')}: "${(0,untrusted_text/* plain */.pj)(raw.trim(), 80)}" is not omit or keep. Use omit (the default: config.json in extract-to without the bot variables' values) or keep.`);
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
    if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
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
        throw new errors/* CoreError */.am('input', (0,core_words/* say */.cv) `${(0,core_words/* setting */.Pe)('export-type')}: "${(0,untrusted_text/* plain */.pj)(value, 80)}" is not one of ${EXPORT_TYPES.join(', ')}. Use published for the bot users talk to, latest for the in-development version.`);
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
    return parseChoices(raw, COMPONENTS[group], (value, sameButCase) => (0,core_words/* say */.cv) `${(0,core_words/* setting */.Pe)(inputName)}: "${value}" is not a documented ${group} component${sameButCase}. Allowed: ${COMPONENTS[group].join(', ')}. To send a value the action does not know, use ${(0,core_words/* setting */.Pe)('export-options')}, e.g. {"exportOptions": {"${group}": ["${value}"]}}.`);
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
    if (!isJsonObject(parsed)) {
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
            problems.push((0,errors/* wordsOf */.Z9)(error));
            return undefined;
        }
    };
    const zipPath = zipGiven ? attempt(() => (0,output_paths/* checkZipPath */.fV)(zipGiven, roots)) : undefined;
    const extractTo = extractGiven ? attempt(() => (0,output_paths/* checkExtractTo */.ft)(extractGiven, roots, replaceExisting)) : undefined;
    if (extractGiven && !wait) {
        problems.push((0,core_words/* say */.cv) `${(0,core_words/* setting */.Pe)('extract-to')} needs ${(0,core_words/* example */.Fw)('wait', 'true')} (there is nothing to unpack until the export has finished). Remove ${(0,core_words/* setting */.Pe)('extract-to')} or set ${(0,core_words/* example */.Fw)('wait', 'true')}.`);
    }
    if (zipPath && extractTo && (0,output_paths/* isInside */.FK)(zipPath, extractTo)) {
        problems.push((0,core_words/* say */.cv) `${(0,core_words/* setting */.Pe)('path')}: ${zipGiven ?? ''} lies inside ${(0,core_words/* setting */.Pe)('extract-to')} (${extractGiven ?? ''}), which is replaced by the unpacked export. Put the zip elsewhere, e.g. ${(0,core_words/* example */.Fw)('path', 'kore-bot-export.zip')}.`);
    }
    if (zipPath && extractTo && (0,output_paths/* isInside */.FK)(extractTo, zipPath) && extractTo !== zipPath) {
        problems.push((0,core_words/* say */.cv) `${(0,core_words/* setting */.Pe)('extract-to')}: ${extractGiven ?? ''} lies inside ${(0,core_words/* setting */.Pe)('path')} (${zipGiven ?? ''}), which is a file. Give them different places, e.g. ${(0,core_words/* example */.Fw)('path', 'kore-bot-export.zip')} and ${(0,core_words/* example */.Fw)('extract-to', 'bot')}.`);
    }
    return { problems, zipPath, extractTo };
}

;// CONCATENATED MODULE: ./src/export/run-export.ts
// The export flow, step by step: settings → auth → Kore.ai client → export job → download →
// unpack → report. It runs under any host: the Actions adapter and the CLI hand it their
// inputs and a host, and show what it returns.














async function runExport(inputs, host, clock = platform_clock/* systemClock */.ml) {
    const report = new ExportReport(host);
    return runFlow({
        host,
        report,
        whenCancelled: 'Polling stopped and temporary files were removed; path and extract-to are as they were before the step, or complete.',
        onError: error => {
            if (error instanceof ExportFailedError)
                report.output('status', error.status);
        }
    }, async (signal) => {
        const settings = readSettings(inputs);
        report.useSettings(settings);
        // The zip reader (which checks the download), the layouts and the change engine are most
        // of the bundle: loaded only by a run that needs them, and from the start, while the
        // platform is asked and waited for.
        const unpacking = settings.extractTo ? __nccwpck_require__.e(/* import() */ 175).then(__nccwpck_require__.bind(__nccwpck_require__, 1175)) : undefined;
        const checking = settings.wait && settings.zipPath ? Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 4435)) : undefined;
        for (const loading of [unpacking, checking])
            loading?.catch(() => { });
        // One deadline for everything that talks to the platform: starting, waiting, retrying.
        const deadline = clock.now() + settings.timeoutMs;
        const client = new KoreClient(settings.host, await tokenSource(settings.credentials, host.mask), {
            retries: settings.retries,
            deadline,
            requestTimeoutMs: settings.requestTimeoutMs,
            clock,
            signal,
            log: host
        });
        host.info(`Starting a ${settings.exportType} export of bot ${settings.botId} on ${settings.host}`);
        if (host.debugging)
            host.debug(`Export request body: ${JSON.stringify(settings.exportBody)}`);
        const started = await client.startExport(settings.botId, settings.exportBody);
        report.output('export-id', started.id);
        report.output('status', started.status);
        host.info(`Export ${started.id} started (${started.status})`);
        if (!settings.wait)
            return;
        const ready = await waitForExport(client, settings.botId, started, {
            deadline,
            timeoutMs: settings.timeoutMs,
            pollIntervalMs: settings.pollIntervalMs,
            clock,
            signal,
            log: host,
            onStatus: status => report.output('status', status.status)
        });
        maskSignedLink(ready.downloadUrl, settings.host, host.mask);
        const url = client.resolveUrl(ready.downloadUrl);
        report.output('download-url', url.href);
        host.info(`Export ${ready.id} is ready${ready.fileSize !== undefined ? ` (${ready.fileSize} bytes)` : ''}`);
        if (!settings.zipPath && !settings.extractTo)
            return;
        // Unpacking without a kept zip still needs the zip somewhere for a while.
        const zipPath = settings.zipPath ??
            (0,temporary_files/* temporary */.q_)((0,temporary_files/* temporaryPathBeside */.DL)(external_node_path_default().join(process.env.RUNNER_TEMP || external_node_os_default().tmpdir(), 'kore-bot-export.zip')));
        try {
            const file = await downloadExport(client, url, zipPath, {
                expectedSize: ready.fileSize,
                retries: settings.retries,
                stallMs: settings.requestTimeoutMs,
                clock,
                signal,
                log: host
            });
            if (settings.zipPath)
                report.output('file', file.file);
            report.output('sha256', file.sha256);
            report.output('size', file.size);
            host.info(`Downloaded ${file.size} bytes${settings.zipPath ? ` to ${file.file}` : ''} (sha256 ${file.sha256})`);
            if (settings.extractTo) {
                const { unpackExport } = await unpacking;
                const target = {
                    folder: settings.extractTo,
                    roots: settings.roots,
                    replaceExisting: settings.replaceExisting,
                    options: { variableValues: settings.variableValues, layout: settings.layout }
                };
                const { files, written, omittedVariables, changed, changes } = await unpackExport(file.file, target, signal);
                report.unpacked(files, changed, changes.markdown);
                report.output('changed', String(changed));
                report.output('changes', changes.markdown.trimEnd());
                host.info(changed
                    ? `Unpacked the export's ${files.length} files into ${settings.extractTo}: ${written} files written`
                    : `The bot has not changed since what ${settings.extractTo} holds (the export differs at most in values the platform regenerates on publish): the folder was left as it was.`);
                if (omittedVariables.length > 0) {
                    // Names only: the values are what must not be shown.
                    host.info((0,core_words/* say */.cv) `Left out the values of ${omittedVariables.length} bot variables in config.json (${omittedVariables.map(name => (0,untrusted_text/* plain */.pj)(name, 100)).join(', ')}); ${settings.zipPath ? 'the zip keeps them' : 'no zip was kept, so they are not on disk'}. ${(0,core_words/* example */.Fw)('variable-values', 'keep')} writes them.`);
                }
            }
        }
        finally {
            if (!settings.zipPath) {
                await external_node_fs_default().promises.rm(zipPath, { force: true });
                (0,temporary_files/* settled */.gu)(zipPath);
            }
        }
    });
}

// EXTERNAL MODULE: ./src/bot-source/across-bots.ts
var across_bots = __nccwpck_require__(9671);
;// CONCATENATED MODULE: ./src/bot-source/verify.ts


/**
 * Checks the target (exported after the import) against what was sent, both made comparable
 * across bots (across-bots.ts).
 */
function verifyImport(sent, target, chosen, options = {}) {
    return verdict((0,diff/* diffBots */.MN)(sent, target, options), chosen);
}
/** The verdict on the records of "sent → target". */
function verdict(records, chosen) {
    const result = { missing: [], different: [], targetOnly: [], notes: [] };
    const place = (asked, failure, text) => {
        if (asked)
            failure.push(text);
        else
            result.notes.push(`${text} (not chosen for the import)`);
    };
    const dialogs = (0,diff/* recordsOf */.M$)(records, 'dialog');
    const named = (change) => dialogs.filter(record => record.change === change).map(record => record.name);
    for (const name of named('removed'))
        place(chosen.dialogs, result.missing, `dialog ${name}`);
    for (const name of named('added'))
        result.targetOnly.push(`dialog ${name}`);
    for (const record of dialogs)
        if (record.change === 'renamed')
            place(chosen.dialogs, result.different, `dialog ${record.from} is named ${record.name} in the target`);
    for (const [name, parts] of (0,render/* dialogParts */.dm)(records)) {
        // Utterances only the target has: an import that appends keeps the target's own.
        const extra = parts.filter(onlyAdded);
        if (extra.length > 0)
            result.targetOnly.push(`dialog ${name}: ${extra.map(part => (0,render/* partText */.Rn)(part)).join('; ')} in the target`);
        const rest = parts.filter(part => !onlyAdded(part));
        if (rest.length > 0)
            place(chosen.dialogs, result.different, `dialog ${name}: ${rest.map(part => (0,render/* partText */.Rn)(part)).join('; ')}`);
    }
    for (const name of named('moved-on-canvas'))
        result.notes.push(`dialog ${name}: nodes placed differently on the canvas`);
    for (const [name, group] of (0,render/* sharedComponents */.ay)(records)) {
        const subject = `shared component ${name}`;
        if (group.every(record => record.change === 'added'))
            result.targetOnly.push(subject);
        else if (group.every(onlyAdded))
            result.targetOnly.push(`${subject}: ${(0,render/* sharedWords */.BA)(group).join('; ')} in the target`);
        else if (group.every(record => record.change === 'removed'))
            place(chosen.dialogs, result.missing, subject);
        else
            place(chosen.dialogs, result.different, `${subject}: ${(0,render/* sharedWords */.BA)(group).join('; ')}`);
    }
    for (const record of (0,diff/* recordsOf */.M$)(records, 'faqs')) {
        if (record.change === 'added')
            result.targetOnly.push(`FAQs ${record.name}`);
        else if (record.change === 'removed')
            place(chosen.faqs, result.missing, `FAQs ${record.name}`);
        else
            place(chosen.faqs, result.different, `FAQs ${record.name}: ${(0,render/* faqWords */.yc)(record)}`);
    }
    const variables = (change) => (0,diff/* recordsOf */.M$)(records, 'variable')
        .filter(record => record.change === change)
        .map(record => record.name);
    for (const name of variables('removed'))
        place(chosen.variables, result.missing, `bot variable ${name}`);
    for (const name of variables('added'))
        result.targetOnly.push(`bot variable ${name}`);
    for (const name of variables('settings-changed'))
        place(chosen.variables, result.different, `bot variable ${name} (its settings)`);
    for (const name of variables('value-changed'))
        place(chosen.variables, result.different, `bot variable ${name} (its value)`);
    for (const record of (0,diff/* recordsOf */.M$)(records, 'setting'))
        place(chosen.settings, result.different, `setting ${record.name}`);
    for (const name of (0,render/* otherPlaces */.RA)(records))
        place(chosen.everything, result.different, name);
    return result;
}
/** Utterances the target has more of, none missing: "+2 utterances". */
function onlyAdded(part) {
    return (part.kind === 'component' &&
        part.change === 'utterances-changed' &&
        part.utterances.added > 0 &&
        part.utterances.removed === 0);
}
function verificationFailed(verification) {
    return verification.missing.length > 0 || verification.different.length > 0;
}

// EXTERNAL MODULE: ./src/bot-source/folder-files.ts
var folder_files = __nccwpck_require__(8315);
// EXTERNAL MODULE: ./src/bot-source/json-model.ts
var json_model = __nccwpck_require__(8075);
;// CONCATENATED MODULE: ./src/import/import-job.ts
// Follows one import by its own id until it has settled. Judged by the top-level status only:
// the first statusLogs entry says "success" while the import is still pending.




class ImportFailedError extends errors/* CoreError */.am {
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
    const importPhase = statusWords('import', line => options.log.info(line));
    const settle = (current) => {
        last = current;
        options.onStatus?.(current);
        const phase = importPhase(current.status);
        if (phase === 'success')
            return current;
        if (phase === 'failure')
            throw importFailed(current, botId);
        options.log.info(`Import ${current.id}: ${current.status} (${(0,platform_clock/* formatDuration */.a3)(Math.max(0, options.deadline - options.clock.now()))} left)`);
        return undefined;
    };
    const timedOut = () => new ImportFailedError((0,core_words/* say */.cv) `Import ${started.id} did not finish within ${(0,platform_clock/* formatDuration */.a3)(options.timeoutMs)} (last status: "${last.status}"). Raise ${(0,core_words/* setting */.Pe)('timeout')} (e.g. ${(0,core_words/* example */.Fw)('timeout', '30m')}); the import may still finish on the platform: check the bot's import history before running again.`, last.status, last.statusLogs);
    return poll(() => client.importStatus(botId, started.id), settle, timedOut, options);
}
/** A failed import, with every statusLogs entry that is not a success. */
function importFailed(current, botId) {
    const failing = current.statusLogs.filter(log => phaseOf(log.status) !== 'success');
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
    return new ImportFailedError((0,core_words/* say */.cv) `Kore.ai reports import ${current.id} into bot ${botId} as "${current.status}"${why}\nCheck that the export comes from the same or an older platform version, that the target was re-published after any restore, and the components chosen; then ${(0,core_words/* again */.TG)()}.`, current.status, current.statusLogs);
}

;// CONCATENATED MODULE: ./src/import/import-request.ts
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
    return deepMerge(body, choices.extra);
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

// EXTERNAL MODULE: ./src/bot-source/json-format.ts + 1 modules
var json_format = __nccwpck_require__(1708);
// EXTERNAL MODULE: ./src/bot-source/folder-reader.ts
var folder_reader = __nccwpck_require__(7477);
// EXTERNAL MODULE: ./src/bot-source/manifest.ts
var bot_source_manifest = __nccwpck_require__(8284);
// EXTERNAL MODULE: ./src/bot-source/zip-reader.ts + 1 modules
var zip_reader = __nccwpck_require__(4435);
;// CONCATENATED MODULE: ./src/import/import-source.ts
// What an import sends, read and checked before the first request: a zip made by the export,
// or a folder made by extract-to (packed back into the export's exact files first). Both are
// read as hostile input, the same way the export's own zips are.












/** The platform's documented limits for an import (XO 11 UI): the zip, config.json, a custom script. */
const IMPORT_LIMITS = { zipBytes: 50 * 1024 * 1024, configBytes: 500 * 1024, scriptBytes: 500 * 1024 };
async function readImportSource(from) {
    const refuse = (why) => new errors/* CoreError */.am('file', (0,core_words/* say */.cv) `${(0,core_words/* setting */.Pe)('from')} (${(0,untrusted_text/* plain */.pj)(from, 300)}) ${why}`, { file: from });
    let stat;
    try {
        stat = external_node_fs_default().statSync(from);
    }
    catch {
        throw refuse((0,core_words/* say */.cv) `does not exist. Give a zip made by the export (path) or a folder made by extract-to, e.g. ${(0,core_words/* example */.Fw)('from', 'bot')}.`);
    }
    // What an import sends, each within the platform's limits; checked before it is read.
    const isSent = (name) => folder_files/* DEFINITIONS */.LX.has(name) || name === 'config.json' || SCRIPT.test(name);
    const checkSize = (name, size) => {
        const limit = folder_files/* DEFINITIONS */.LX.has(name)
            ? folder_files/* MAX_JSON_BYTES */.E7
            : name === 'config.json'
                ? IMPORT_LIMITS.configBytes
                : IMPORT_LIMITS.scriptBytes;
        if (size > limit)
            throw refuse(`holds ${(0,untrusted_text/* plain */.pj)(name)} of ${size} bytes, more than the ${Math.round(limit / 1024)} KB the platform accepts in an import.`);
    };
    const names = [];
    let files;
    let zip;
    let omittedValues = [];
    if (stat.isDirectory()) {
        try {
            // One reader for the folder: the manifest and every file it names, bounded together.
            const reader = folder_reader/* FolderReader */._j.open(from);
            const manifest = (0,bot_source_manifest/* readManifest */.WI)(reader);
            files = (0,pack/* packFolder */.C)(reader, manifest);
            omittedValues = manifest.files['config.json']?.omittedValues?.map(omitted => omitted.variable) ?? [];
        }
        catch (error) {
            throw refuse((0,core_words/* say */.cv) `cannot be imported: ${(0,errors/* wordsOf */.Z9)(error)}`);
        }
        zip = await (0,pack/* zipBytes */.Z7)(files);
        names.push(...files.map(file => file.name));
        files = files.filter(file => isSent(file.name));
        for (const file of files)
            checkSize(file.name, file.bytes.length);
    }
    else {
        if (stat.size > IMPORT_LIMITS.zipBytes)
            throw refuse(`is ${stat.size} bytes, more than the ${IMPORT_LIMITS.zipBytes / 1024 / 1024} MB the platform accepts for an import.`);
        // Read as hostile too: only a regular file, never past the limit (a link to /dev/zero says 0 bytes).
        const read = (0,folder_reader/* readRegularFile */.XF)(from, IMPORT_LIMITS.zipBytes);
        if ('why' in read)
            throw refuse(`${read.why}: give a zip made by the export.`);
        zip = read.bytes;
        try {
            // The bytes just read (they are also what the SHA-256 is of): the zip is read once.
            files = await (0,zip_reader.readZipFiles)(zip, entry => {
                names.push(entry.name);
                if (!isSent(entry.name))
                    return false;
                checkSize(entry.name, entry.size);
                return true;
            });
        }
        catch (error) {
            if (!(error instanceof zip_reader.ZipRefusedError))
                throw error;
            throw refuse(`is not an export zip: ${error.message.replace(/ Nothing was (unpacked|written to path or extract-to)\./, '')}`);
        }
    }
    if (zip.length > IMPORT_LIMITS.zipBytes)
        throw refuse(`packs into ${zip.length} bytes, more than the ${IMPORT_LIMITS.zipBytes / 1024 / 1024} MB the platform accepts for an import.`);
    const definitions = files.filter(file => folder_files/* DEFINITIONS */.LX.has(file.name));
    if (definitions.length !== 1) {
        throw refuse(definitions.length === 0
            ? 'holds no botDefinition.json (or appDefinition.json): it is not an export of a bot.'
            : 'holds both botDefinition.json and appDefinition.json: an export holds one.');
    }
    const definition = definitions[0];
    checkJsonObject(definition, refuse);
    const config = files.find(file => file.name === 'config.json');
    if (!config)
        throw refuse('holds no config.json: it is not a whole export of a bot. Export the bot again.');
    const configValue = checkJsonObject(config, refuse);
    if ((0,json_model/* isObject */.Gv)(configValue) && configValue.has('envVariables') && !Array.isArray(configValue.get('envVariables')))
        throw refuse('holds a config.json whose envVariables is not a list.');
    return {
        kind: stat.isDirectory() ? 'folder' : 'zip',
        path: from,
        sha256: (0,external_node_crypto_.createHash)('sha256').update(zip).digest('hex'),
        size: zip.length,
        definition,
        config,
        scripts: files.filter(file => SCRIPT.test(file.name)),
        notSent: names.filter(name => !isSent(name)),
        variables: (0,folder_files/* variablesOf */.ht)(configValue)
            .map(variable => (0,json_model/* stringOf */.Je)(variable.get('key')))
            .filter(Boolean),
        omittedValues
    };
}
/** A custom script: `<name>.js` at the export's root. */
const SCRIPT = /^[^/]+\.js$/i;
function checkJsonObject(file, refuse) {
    let value;
    try {
        value = (0,json_model/* parseJson */.qF)(file.bytes.toString('utf8'));
    }
    catch (error) {
        throw refuse(`holds a ${(0,untrusted_text/* plain */.pj)(file.name)} that is not valid JSON (${(0,untrusted_text/* plain */.pj)(error.message, 200)}).`);
    }
    if (!(0,json_model/* isObject */.Gv)(value))
        throw refuse(`holds a ${(0,untrusted_text/* plain */.pj)(file.name)} that is not a JSON object.`);
    return value;
}
/**
 * config.json with the values of `values` filled in. Unchanged bytes when there is nothing to
 * fill: the upload is then the export's own file.
 */
function fillVariables(config, values) {
    if (values.size === 0)
        return config;
    const parsed = (0,json_model/* parseJson */.qF)(config.toString('utf8'));
    for (const variable of (0,folder_files/* variablesOf */.ht)(parsed)) {
        const value = values.get((0,json_model/* stringOf */.Je)(variable.get('key')));
        if (value !== undefined)
            variable.set('value', value);
    }
    const style = (0,json_format/* formatJsonFile */.aT)(config).form === 'minified' ? json_format/* MINIFIED_STYLE */.w1 : json_format/* PLATFORM_STYLE */.qK;
    return (0,json_model/* jsonBytes */.yN)(parsed, style);
}

;// CONCATENATED MODULE: ./src/import/publish.ts
// Publishes the target after a successful import and waits for the publish to settle. A
// resource may wait for an admin's approval instead of being published: a warning naming it,
// and `publish-status: awaiting-approval`, not a failure. The status API takes no publish id
// and may answer with the previous publish, so the status is read before publishing, and only
// a newer answer counts as this publish.




class PublishFailedError extends errors/* CoreError */.am {
    status;
    constructor(message, status) {
        super('job', message);
        this.status = status;
        this.name = 'PublishFailedError';
    }
}
async function publishBot(client, botId, options) {
    const publishPhase = statusWords('publish', line => options.log.info(line));
    // Also proves, before anything is published, that the app may read the publish status.
    const before = await client.lastPublishStatus(botId);
    const start = options.clock.now();
    options.log.info(`Publishing bot ${botId}`);
    const resources = await client.publish(botId, { versionComment: options.versionComment, initiateTraining: true });
    const refused = resources.filter(resource => resource.status && phaseOf(resource.status) === 'failure');
    if (refused.length > 0) {
        throw new PublishFailedError((0,core_words/* say */.cv) `Kore.ai did not publish ${refused.map(describe).join(', ')} of bot ${botId}. Check them in the Builder, then ${(0,core_words/* again */.TG)()}.`, refused[0].status);
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
            throw new PublishFailedError((0,core_words/* say */.cv) `Kore.ai reports the publish of bot ${botId} as "${current.status}"${why.length ? `:\n- ${why.slice(0, 20).join('\n- ')}` : ''}\nCheck that at least one channel is enabled, and the parts named in the Builder, then ${(0,core_words/* again */.TG)()}.`, current.status);
        }
        return undefined;
    };
    const timedOut = () => new PublishFailedError((0,core_words/* say */.cv) `The publish of bot ${botId} did not finish within ${(0,core_words/* setting */.Pe)('timeout')} (${(0,platform_clock/* formatDuration */.a3)(options.timeoutMs)}; last status: ${last ? `"${last.status}"` : staleNamed ? 'none, the status API still answered with the previous publish' : 'none'}). Raise it, e.g. ${(0,core_words/* example */.Fw)('timeout', '30m')}; the publish may still finish.`, last?.status ?? '');
    const final = await poll(() => client.publishStatus(botId), settle, timedOut, options);
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
            ['Source', settings ? `${source?.kind ?? 'export'} ${code(settings.from)}` : '(inputs not read)'],
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
    for (const group of Object.keys(IMPORT_COMPONENTS)) {
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
    return parseChoices(raw, IMPORT_COMPONENTS[group], (value, sameButCase) => (0,core_words/* say */.cv) `${(0,core_words/* setting */.Pe)(inputName)}: "${value}" is not a documented ${group} component for import${sameButCase}. Allowed: ${IMPORT_COMPONENTS[group].join(', ')}; empty imports all of them. To send another value, use ${(0,core_words/* setting */.Pe)('import-options')}, e.g. {"importOptions": {"${group}": ["${value}"]}}.`);
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
    const mode = IMPORT_MODES.find(known => known === value);
    if (mode)
        return mode;
    throw new errors/* CoreError */.am('input', (0,core_words/* say */.cv) `${(0,core_words/* setting */.Pe)('mode')}: "${(0,untrusted_text/* plain */.pj)(raw.trim(), 80)}" is not incremental or full. Use incremental (the default: the chosen components merge into the target, what only the target has stays) or full (the target becomes the file: what the file lacks is removed).`);
}

;// CONCATENATED MODULE: ./src/import/target-export.ts









async function exportTarget(client, botId, why, options) {
    const body = buildExportBody({
        exportType: 'latest',
        components: {},
        subTasks: {},
        allTasks: true,
        customDashboards: true,
        includeDependentTasks: true,
        extra: {}
    });
    options.log.info(`Exporting bot ${botId} (latest) ${why}`);
    const started = await client.startExport(botId, body);
    const ready = await waitForExport(client, botId, started, options);
    // The link is signed: a credential, masked (whole and by its parameters) before anything could print it.
    maskSignedLink(ready.downloadUrl, client.host, options.log.mask);
    const url = client.resolveUrl(ready.downloadUrl);
    const file = (0,temporary_files/* temporary */.q_)((0,temporary_files/* temporaryPathBeside */.DL)(external_node_path_default().join(process.env.RUNNER_TEMP || external_node_os_default().tmpdir(), 'kore-bot-target.zip')));
    try {
        await downloadExport(client, url, file, {
            expectedSize: ready.fileSize,
            retries: options.retries,
            stallMs: options.requestTimeoutMs,
            clock: options.clock,
            signal: options.signal,
            log: options.log
        });
        // Only what is compared (the definition, config.json): the rest of a target's zip is not held.
        const files = await (0,zip_reader.readZipFiles)(file, entry => (folder_files/* DEFINITIONS */.LX.has(entry.name) || entry.name === 'config.json') && entry.size <= folder_files/* MAX_JSON_BYTES */.E7);
        return { files };
    }
    finally {
        await external_node_fs_default().promises.rm(file, { force: true });
        (0,temporary_files/* settled */.gu)(file);
    }
}

;// CONCATENATED MODULE: ./src/import/version-comment.ts
// The publish comment, when the workflow gives none: which repository, commit and run
// published this version, so the bot's version history points back at its source. Read from
// the runner's variables, as @actions/github's context reads them: that library is the Actions
// adapter's (and loading it behind a proxy wants the undici the bundles leave out).

async function defaultVersionComment() {
    const { GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = process.env;
    if (!repository || !sha)
        return `Published by kore-bot-export ${package_namespaceObject.rE}`;
    const server = process.env.GITHUB_SERVER_URL || 'https://github.com';
    const run = `${server}/${repository}/actions/runs/${process.env.GITHUB_RUN_ID ?? ''}`;
    return `${repository}@${sha.slice(0, 12)} by ${process.env.GITHUB_WORKFLOW || 'workflow'} (${run})`;
}

;// CONCATENATED MODULE: ./src/import/run-import.ts
// The import action's flow: inputs → source read and checked → the target exported (for the
// plan, the changes and the verification) → uploads → import → wait → the target exported
// again and checked → publish. It runs under any host, as the export flow does.























async function runImport(inputs, host, clock = platform_clock/* systemClock */.ml) {
    const report = new ImportReport(host);
    const result = await runFlow({
        host,
        report,
        whenCancelled: 'Polling stopped; what the platform had already received it may still carry out: check the target bot before running again.',
        onError: error => {
            if (error instanceof ImportFailedError) {
                report.output('status', error.status);
                report.logs(error.statusLogs);
            }
            if (error instanceof PublishFailedError && error.status)
                report.output('publish-status', error.status);
        }
    }, signal => importFlow(inputs, host, clock, signal, report));
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
async function importFlow(inputs, host, clock, signal, report) {
    {
        const settings = readImportSettings(inputs);
        report.useSettings(settings);
        const source = await readImportSource(settings.from);
        const config = checkVariables(source, settings);
        report.usedSource(source);
        host.info(`Read ${source.kind} ${(0,untrusted_text/* plain */.pj)(settings.from)}: ${[source.definition, ...source.scripts].map(file => (0,untrusted_text/* plain */.pj)(file.name)).join(', ')}, config.json (sha256 ${source.sha256})`);
        const deadline = clock.now() + settings.timeoutMs;
        const client = new KoreClient(settings.host, await tokenSource(settings.credentials, host.mask), {
            retries: settings.retries,
            deadline,
            requestTimeoutMs: settings.requestTimeoutMs,
            clock,
            signal,
            log: host
        });
        const timing = {
            deadline,
            timeoutMs: settings.timeoutMs,
            pollIntervalMs: settings.pollIntervalMs,
            retries: settings.retries,
            requestTimeoutMs: settings.requestTimeoutMs,
            clock,
            signal,
            log: host
        };
        // Both sides as the change engine compares bots. Values are compared (by hash, never shown)
        // unless the import keeps the target's values: then what the source holds is not sent.
        // Each side made comparable once: the target after the import is compared with the target
        // before and with what was sent (about 0.7 s each for a 1.8 MB bot).
        const made = new WeakMap();
        const comparable = (files) => {
            if (!made.has(files))
                made.set(files, (0,across_bots/* comparableBot */.KF)(settings.keepTargetVariables ? (0,bot_files/* withoutValues */.lO)(files, 'all') : files, signal));
            return made.get(files);
        };
        const sentFiles = [source.definition, { name: 'config.json', bytes: config }];
        const full = settings.mode === 'full';
        // The target as it stands: for the plan, the check that no value is blanked, and the verification.
        let before;
        const mayBlank = !settings.keepTargetVariables && hasEmptyValue(config);
        if (settings.dryRun || mayBlank || (settings.wait && settings.verify))
            before = await exportTarget(client, settings.botId, 'to compare with what is imported', timing);
        if (before && !settings.keepTargetVariables)
            refuseBlanking(config, before.files, source, settings);
        if (settings.dryRun && before) {
            const plan = (0,diff/* diffBots */.MN)(comparable(before.files), comparable(sentFiles), { signal });
            const onlyTarget = (0,render/* onlyBeforeItems */.YV)(plan);
            const planMarkdown = (0,render/* changesMarkdown */.T4)(plan, { removedApart: true });
            const markdown = planMarkdown + onlyTargetSection(onlyTarget, full);
            const changes = planMarkdown.trim() !== '' || (full && onlyTarget.length > 0);
            report.output('changes', markdown.trim());
            report.changed('What the import would change in the target', markdown);
            // The log in plain text (neither a runner's log nor a terminal renders Markdown).
            const text = (0,render/* changesText */.Tb)(plan, { removedApart: true }) + onlyTargetText(onlyTarget, full);
            host.info(changes
                ? `Dry run: the import (mode ${settings.mode}) would change bot ${settings.botId}:\n${text}`
                : `Dry run: the import (mode ${settings.mode}) would change nothing in bot ${settings.botId}.${onlyTarget.length ? `\n${text}` : ''}`);
            return;
        }
        const uploaded = {
            botDefinition: await upload(client, settings.botId, source.definition, host),
            configInfo: await upload(client, settings.botId, { name: 'config.json', bytes: config }, host),
            botFunctions: []
        };
        for (const script of source.scripts)
            uploaded.botFunctions.push(await upload(client, settings.botId, script, host));
        const body = buildImportBody(uploaded, {
            mode: settings.mode,
            components: settings.components,
            utterances: settings.utterances,
            patterns: settings.patterns,
            keepVariables: settings.keepTargetVariables ? source.variables : [],
            extra: settings.extra
        });
        if (host.debugging)
            host.debug(`Import request body: ${JSON.stringify(body)}`);
        const started = await client.startImport(settings.botId, body);
        report.output('import-id', started.id);
        report.output('status', started.status);
        host.info(`Import ${started.id} into bot ${settings.botId} started (${started.status}, mode ${settings.mode})`);
        if (!settings.wait)
            return;
        const imported = await waitForImport(client, settings.botId, started, {
            ...timing,
            onStatus: status => {
                report.output('status', status.status);
                report.logs(status.statusLogs);
            }
        });
        host.info(`Import ${imported.id}: ${imported.status}`);
        if (settings.verify && before) {
            const after = await exportTarget(client, settings.botId, 'to verify the import', timing);
            const changes = (0,render/* changesMarkdown */.T4)((0,diff/* diffBots */.MN)(comparable(before.files), comparable(after.files), { signal }));
            report.output('changes', changes.trimEnd());
            report.changed('What the import changed in the target', changes);
            const verification = verifyImport(comparable(sentFiles), comparable(after.files), chosenParts(settings), {
                signal
            });
            const passed = !verificationFailed(verification);
            report.output('verified', String(passed));
            report.verified(passed, (0,render/* verificationMarkdown */.fY)(verification));
            if (!passed) {
                const items = [
                    ...verification.missing.map(item => `missing: ${item}`),
                    ...verification.different.map(item => `not as sent: ${item}`)
                ];
                throw new errors/* CoreError */.am('verification', (0,core_words/* say */.cv) `The import of ${source.kind} ${(0,untrusted_text/* plain */.pj)(settings.from)} into bot ${settings.botId} reported success, but the target does not hold what was sent:\n- ${listed(items)}\nThe bot was not published. Check the components chosen (${(0,core_words/* setting */.Pe)('tasks')}, ${(0,core_words/* setting */.Pe)('nlp-data')}, ${(0,core_words/* setting */.Pe)('settings')}) and the import in the Builder.`);
            }
            host.info(`Verified: bot ${settings.botId} holds what was sent${verification.targetOnly.length ? ` (and ${verification.targetOnly.length === 1 ? '1 part' : `${verification.targetOnly.length} parts`} only it has${full ? ', to be removed by the publish' : ''})` : ''}.`);
        }
        if (settings.publish) {
            const versionComment = settings.versionComment || (await defaultVersionComment());
            const outcome = await publishBot(client, settings.botId, { ...timing, versionComment });
            report.output('publish-status', outcome.status);
            report.published(outcome.resources, outcome.summary);
            host.info(`Publish of bot ${settings.botId}: ${outcome.status}`);
            if (full && settings.verify)
                await verifyFullImport(client, settings, sentFiles, comparable, timing);
        }
        return;
    }
}
async function upload(client, botId, file, log) {
    const fileId = await client.uploadFile(botId, file);
    log.info(`Uploaded ${(0,untrusted_text/* plain */.pj)(file.name)} (${file.bytes.length} bytes): file id ${fileId}`);
    return fileId;
}
/** The variables checked against config.json, and config.json as it will be uploaded. */
function checkVariables(source, settings) {
    const problems = [];
    const known = new Set(source.variables);
    for (const name of settings.variables.keys()) {
        if (!known.has(name)) {
            problems.push((0,core_words/* say */.cv) `${(0,core_words/* setting */.Pe)('variables')}: ${(0,untrusted_text/* plain */.pj)(name, 100)} is not a bot variable in ${source.kind === 'folder' ? 'the folder' : 'the zip'}'s config.json (${source.variables.length
                ? `it has ${source.variables
                    .slice(0, 20)
                    .map(variable => (0,untrusted_text/* plain */.pj)(variable, 100))
                    .join(', ')}`
                : 'it has none: export with the botVariables setting'}). Remove it, or add the variable to the bot first.`);
        }
    }
    if (problems.length > 0)
        throw new errors/* InputError */.dz(problems);
    return fillVariables(source.config.bytes, settings.variables);
}
/** Which parts of the bot the import was asked to carry: differences elsewhere are noted, not failed. */
function chosenParts(settings) {
    const has = (list, value) => !list?.length || list.includes(value);
    const { components } = settings;
    return {
        dialogs: has(components.tasks, 'botTask'),
        faqs: has(components.tasks, 'knowledgeGraph'),
        variables: has(components.settings, 'botVariables') && !settings.keepTargetVariables,
        settings: has(components.settings, 'botSettings'),
        everything: Object.values(components).every(list => !list?.length)
    };
}
/** At most 30 items, one a line, each as plain text. */
function listed(items) {
    return `${items
        .slice(0, 30)
        .map(item => (0,untrusted_text/* plain */.pj)(item, 300))
        .join('\n- ')}${items.length > 30 ? `\n- … and ${items.length - 30} more (see the job summary)` : ''}`;
}
/** What only the target has, under a heading that says what the mode does with it. */
function onlyTargetSection(items, full) {
    if (items.length === 0)
        return '';
    const shown = items.slice(0, 60).map(item => `- ${(0,untrusted_text/* markdownText */.p7)(item)}`);
    if (items.length > 60)
        shown.push(`- … and ${items.length - 60} more`);
    return `\n**${onlyTargetHeading(full)}**\n\n${shown.join('\n')}\n`;
}
/** The same as plain text, for the log. */
function onlyTargetText(items, full) {
    if (items.length === 0)
        return '';
    const shown = items.slice(0, 60).map(item => `- ${(0,untrusted_text/* plain */.pj)(item, 300)}`);
    if (items.length > 60)
        shown.push(`- … and ${items.length - 60} more`);
    return `${onlyTargetHeading(full)}:\n${shown.join('\n')}\n`;
}
function onlyTargetHeading(full) {
    return full
        ? 'Removed from the target at its next publish (mode: full)'
        : 'Only in the target: stays (mode: incremental)';
}
const isEmpty = (value) => value === undefined || value === null || value === '';
/** Whether config.json leaves a variable empty or without a value: only then can the import blank one. */
function hasEmptyValue(config) {
    return (0,folder_files/* variablesOf */.ht)((0,json_model/* parseJson */.qF)(config.toString('utf8'))).some(variable => isEmpty(variable.get('value')));
}
/**
 * A variable the target holds a value for, that the import would set empty (the source leaves
 * it empty or without a value, and \`variables\` does not give it), is refused before any
 * upload. Names only: the values are secrets.
 */
function refuseBlanking(sentConfig, targetFiles, source, settings) {
    const valuesOf = (bytes) => {
        try {
            return new Map((0,folder_files/* variablesOf */.ht)(bytes ? (0,json_model/* parseJson */.qF)(bytes.toString('utf8')) : undefined).map(variable => [
                (0,json_model/* stringOf */.Je)(variable.get('key')),
                variable.get('value')
            ]));
        }
        catch {
            // An unreadable config.json is reported by the comparison of the files.
            return new Map();
        }
    };
    const target = valuesOf(targetFiles.find(file => file.name === 'config.json')?.bytes);
    const sent = valuesOf(sentConfig);
    const blanked = [...sent]
        .filter(([name, value]) => isEmpty(value) && !isEmpty(target.get(name)))
        .map(([name]) => name);
    if (blanked.length === 0)
        return;
    const names = blanked
        .slice(0, 20)
        .map(name => (0,untrusted_text/* plain */.pj)(name, 100))
        .join(', ') + (blanked.length > 20 ? ` and ${blanked.length - 20} more` : '');
    throw new errors/* InputError */.dz([
        (0,core_words/* say */.cv) `The import would set ${blanked.length === 1 ? 'a bot variable' : `${blanked.length} bot variables`} empty that bot ${settings.botId} holds a value for: ${names}. The ${source.kind}'s config.json leaves ${blanked.length === 1 ? 'it' : 'them'} empty${source.kind === 'folder' && source.omittedValues.length ? ' (the folder leaves values out)' : ''}, and ${(0,core_words/* setting */.Pe)('variables')} does not give ${blanked.length === 1 ? 'it' : 'them'}. Nothing was uploaded. Give each as NAME=value in ${(0,core_words/* setting */.Pe)('variables')} (from secrets)${settings.mode === 'full' ? '' : (0,core_words/* say */.cv) `, or set ${(0,core_words/* example */.Fw)('keep-target-variables', 'true')} to leave the target's values as they are`}.`
    ]);
}
/**
 * After a full import's publish, nothing only the target had may be left: the API does not
 * document full imports (see import/README.md, "mode"), so a platform that kept them shows here, at once.
 */
async function verifyFullImport(client, settings, sentFiles, comparable, timing) {
    const published = await exportTarget(client, settings.botId, 'to check that the full import removed what only the target had', timing);
    const left = verifyImport(comparable(sentFiles), comparable(published.files), chosenParts(settings), {
        signal: timing.signal
    }).targetOnly;
    if (left.length === 0)
        return timing.log.info(`Verified after the publish: bot ${settings.botId} holds nothing the source does not (mode full).`);
    throw new errors/* CoreError */.am('verification', `The full import into bot ${settings.botId} was published, but the target still holds what the source does not:\n- ${listed(left)}\nThe platform treated the import as incremental (an import body without importOptions is taken for a full import; the API does not document it). Remove these in the Builder, or report it to us with the platform version.`);
}

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
    const hidden = (text) => {
        let shown = text;
        for (const secret of secrets)
            shown = shown.split(secret).join('***');
        return shown;
    };
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
            // A secret of a few characters would hide ordinary words in every line.
            if (secret.length >= 4)
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
    'request-timeout': `The longest one request waits for its whole answer, and a download for its next bytes, before it is retried (default ${REQUEST_TIMEOUT_DEFAULT}).`,
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
const PATH_DEFAULT = EXPORT_ACTION_DEFAULTS.path;
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
        return cli_pack(argv.slice(1));
    if (argv[0] === 'diff')
        return cli_diff(argv.slice(1));
    if (argv[0] === 'unpack')
        return unpack(argv.slice(1));
    if (argv[0] === 'import') {
        return flowCommand(argv.slice(1), {
            name: 'import',
            flags: IMPORT_FLAGS,
            help: IMPORT_HELP,
            defaults: {},
            run: runImport
        });
    }
    // `export` is the default command: named or not, the same.
    const exportArgs = argv[0] === 'export' ? argv.slice(1) : argv;
    return flowCommand(exportArgs, {
        name: 'export',
        flags: FLAGS,
        help: HELP,
        defaults: { path: PATH_DEFAULT },
        run: runExport
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
        process.stdout.write(`${package_namespaceObject.rE}\n`);
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
async function cli_pack(argv) {
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
        const files = (0,pack/* packFolder */.C)(folder);
        const { size, sha256 } = await (0,pack/* writeZip */.zy)(files, out);
        return finish({ ok: true, folder, file: external_node_path_default().resolve(out), files: files.length, size, sha256 }, EXIT.ok);
    }
    catch (error) {
        return finish({ ok: false, folder, error: error.message }, EXIT.failed);
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
    const words = (text) => (0,core_words/* render */.XX)(text, TERMINAL_DIALECT);
    const [zip, given] = parsed.positionals;
    let target;
    try {
        const replaceExisting = parseBoolean('replace-existing', parsed.values['replace-existing'] ?? 'false');
        const options = {
            layout: parseLayout(parsed.values.layout ?? EXPORT_ACTION_DEFAULTS.layout),
            variableValues: parseVariableValues(parsed.values['variable-values'] ?? EXPORT_ACTION_DEFAULTS['variable-values'])
        };
        // Wherever the user names, as pack writes: but never the current folder or one holding it,
        // a .git folder, a repository, or a folder of files the tool did not write.
        const workspace = external_node_fs_default().realpathSync(process.cwd());
        const roots = { workspace, roots: [external_node_path_default().parse(workspace).root] };
        const folder = (0,output_paths/* checkExtractTo */.ft)(external_node_path_default().resolve(given), roots, replaceExisting);
        target = { folder, roots, replaceExisting, options };
    }
    catch (error) {
        return finish({ ok: false, error: words((0,errors/* wordsOf */.Z9)(error)) }, EXIT.usage);
    }
    // Ctrl-C (or a CI system cancelling) stops the unpack, which removes its staging folder.
    const cancellation = new AbortController();
    const onSignal = () => cancellation.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
        // Loaded only here: the zip reader and the layouts are most of the bundle.
        const { unpackExport } = await __nccwpck_require__.e(/* import() */ 175).then(__nccwpck_require__.bind(__nccwpck_require__, 1175));
        const { files, written, omittedVariables } = await unpackExport(external_node_path_default().resolve(zip), target, cancellation.signal);
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
        return finish({ ok: false, error: words((0,errors/* wordsOf */.Z9)(error)) }, EXIT.failed);
    }
    finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    }
}
/** `kore-bot-export diff <old> <new>`. */
async function cli_diff(argv) {
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
    let records;
    try {
        records = (0,diff/* diffBots */.MN)(await (0,bot_files/* readBot */.g2)(oldSource), await (0,bot_files/* readBot */.g2)(newSource));
    }
    catch (error) {
        return fail(error.message, exitCode ? EXIT.usage : EXIT.failed);
    }
    const changed = (0,diff/* hasChanges */.ik)(records);
    if (json)
        process.stdout.write(`${JSON.stringify({ ok: true, command: 'diff', changed, changes: (0,render/* changesMarkdown */.T4)(records).trimEnd(), details: (0,render/* changeDetails */.pu)(records), records }, null, 2)}\n`);
    else
        process.stdout.write(changed
            ? (0,render/* changesText */.Tb)(records)
            : 'The bot has not changed (at most values the platform regenerates on publish differ).\n');
    return { code: exitCode && changed ? EXIT.failed : EXIT.ok, cancelled: false };
}
/** parseArgs' complaint, in the CLI's words, with the nearest flag for a typo. */
function describeFlagError(error, flags) {
    const unknown = /Unknown option '(-{1,2})([^']*)'/.exec(error.message);
    if (unknown) {
        const given = unknown[2];
        if (/^(client-secret|jwt)$/.test(given)) {
            return `--${given} is not a flag: credentials would show in process lists. Set KORE_CLIENT_ID and KORE_CLIENT_SECRET (or KORE_JWT) in the environment. See --help.`;
        }
        if (given === 'variables')
            return '--variables is not a flag: values would show in process lists. Set KORE_VARIABLES in the environment, one NAME=value a line. See --help.';
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

/***/ 8709:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ describeFileSystemError)
/* harmony export */ });
/* harmony import */ var _untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(371);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);
/* harmony import */ var _core_words_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7522);
// A raw `ENOSPC` tells a user little. File system failures are reported with what the action
// was doing, the path, and what to do about it.



const ADVICE = {
    ENOSPC: () => (0,_core_words_js__WEBPACK_IMPORTED_MODULE_1__/* .say */ .cv) `The disk is full: free space on the runner (or use a larger one), or keep no zip (${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_1__/* .example */ .Fw)('path', '""')}) when unpacking.`,
    EDQUOT: () => 'The disk quota is used up: free space, or write elsewhere in the workspace.',
    EROFS: () => 'That file system is read-only: choose a path inside the workspace.',
    EACCES: () => "The runner may not write there: choose a path inside the workspace, or fix the folder's permissions.",
    EPERM: () => "The runner may not write there: choose a path inside the workspace, or fix the folder's permissions.",
    EEXIST: () => 'A file or folder of the same name is in the way: remove it, or choose another path.',
    ENOTDIR: () => 'A file stands where a folder is needed: remove it, or choose another path.',
    EISDIR: () => 'A folder stands where a file is needed: remove it, or choose another path.',
    ENAMETOOLONG: () => 'A name is too long for this file system: choose a shorter path.',
    EMFILE: () => 'Too many files are open on the runner: run it again.',
    EBUSY: () => 'A file is in use by another program (on Windows, often an editor or a virus scanner): close it and run it again.'
};
/** The error with what was being done and what to do, if it is a file system error; else as it is. */
function describeFileSystemError(error, doing) {
    const { code, path } = (error ?? {});
    if (!code || !(code in ADVICE))
        return error;
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CoreError */ .am('file', (0,_core_words_js__WEBPACK_IMPORTED_MODULE_1__/* .say */ .cv) `Could not ${doing}: ${code}${path ? ` at ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .plain */ .pj)(path)}` : ''}. ${ADVICE[code]()} Nothing was left half-written.`, { file: path });
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
/* harmony export */   p7: () => (/* binding */ markdownText),
/* harmony export */   pj: () => (/* binding */ plain)
/* harmony export */ });
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
    const line = plain(text, max);
    const fence = '`'.repeat(Math.max(0, ...(line.match(/`+/g) ?? []).map(run => run.length)) + 1);
    const pad = line.startsWith('`') || line.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${line}${pad}${fence}`;
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

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

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

/***/ 4928:
/***/ ((module) => {



function getDefaultExportFromCjs (x) {
	return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, 'default') ? x['default'] : x;
}

const CRC_TABLE = new Int32Array([
  0,
  1996959894,
  3993919788,
  2567524794,
  124634137,
  1886057615,
  3915621685,
  2657392035,
  249268274,
  2044508324,
  3772115230,
  2547177864,
  162941995,
  2125561021,
  3887607047,
  2428444049,
  498536548,
  1789927666,
  4089016648,
  2227061214,
  450548861,
  1843258603,
  4107580753,
  2211677639,
  325883990,
  1684777152,
  4251122042,
  2321926636,
  335633487,
  1661365465,
  4195302755,
  2366115317,
  997073096,
  1281953886,
  3579855332,
  2724688242,
  1006888145,
  1258607687,
  3524101629,
  2768942443,
  901097722,
  1119000684,
  3686517206,
  2898065728,
  853044451,
  1172266101,
  3705015759,
  2882616665,
  651767980,
  1373503546,
  3369554304,
  3218104598,
  565507253,
  1454621731,
  3485111705,
  3099436303,
  671266974,
  1594198024,
  3322730930,
  2970347812,
  795835527,
  1483230225,
  3244367275,
  3060149565,
  1994146192,
  31158534,
  2563907772,
  4023717930,
  1907459465,
  112637215,
  2680153253,
  3904427059,
  2013776290,
  251722036,
  2517215374,
  3775830040,
  2137656763,
  141376813,
  2439277719,
  3865271297,
  1802195444,
  476864866,
  2238001368,
  4066508878,
  1812370925,
  453092731,
  2181625025,
  4111451223,
  1706088902,
  314042704,
  2344532202,
  4240017532,
  1658658271,
  366619977,
  2362670323,
  4224994405,
  1303535960,
  984961486,
  2747007092,
  3569037538,
  1256170817,
  1037604311,
  2765210733,
  3554079995,
  1131014506,
  879679996,
  2909243462,
  3663771856,
  1141124467,
  855842277,
  2852801631,
  3708648649,
  1342533948,
  654459306,
  3188396048,
  3373015174,
  1466479909,
  544179635,
  3110523913,
  3462522015,
  1591671054,
  702138776,
  2966460450,
  3352799412,
  1504918807,
  783551873,
  3082640443,
  3233442989,
  3988292384,
  2596254646,
  62317068,
  1957810842,
  3939845945,
  2647816111,
  81470997,
  1943803523,
  3814918930,
  2489596804,
  225274430,
  2053790376,
  3826175755,
  2466906013,
  167816743,
  2097651377,
  4027552580,
  2265490386,
  503444072,
  1762050814,
  4150417245,
  2154129355,
  426522225,
  1852507879,
  4275313526,
  2312317920,
  282753626,
  1742555852,
  4189708143,
  2394877945,
  397917763,
  1622183637,
  3604390888,
  2714866558,
  953729732,
  1340076626,
  3518719985,
  2797360999,
  1068828381,
  1219638859,
  3624741850,
  2936675148,
  906185462,
  1090812512,
  3747672003,
  2825379669,
  829329135,
  1181335161,
  3412177804,
  3160834842,
  628085408,
  1382605366,
  3423369109,
  3138078467,
  570562233,
  1426400815,
  3317316542,
  2998733608,
  733239954,
  1555261956,
  3268935591,
  3050360625,
  752459403,
  1541320221,
  2607071920,
  3965973030,
  1969922972,
  40735498,
  2617837225,
  3943577151,
  1913087877,
  83908371,
  2512341634,
  3803740692,
  2075208622,
  213261112,
  2463272603,
  3855990285,
  2094854071,
  198958881,
  2262029012,
  4057260610,
  1759359992,
  534414190,
  2176718541,
  4139329115,
  1873836001,
  414664567,
  2282248934,
  4279200368,
  1711684554,
  285281116,
  2405801727,
  4167216745,
  1634467795,
  376229701,
  2685067896,
  3608007406,
  1308918612,
  956543938,
  2808555105,
  3495958263,
  1231636301,
  1047427035,
  2932959818,
  3654703836,
  1088359270,
  936918e3,
  2847714899,
  3736837829,
  1202900863,
  817233897,
  3183342108,
  3401237130,
  1404277552,
  615818150,
  3134207493,
  3453421203,
  1423857449,
  601450431,
  3009837614,
  3294710456,
  1567103746,
  711928724,
  3020668471,
  3272380065,
  1510334235,
  755167117
]);
function ensureBuffer(input) {
  if (Buffer.isBuffer(input)) {
    return input;
  }
  if (typeof input === "number") {
    return Buffer.alloc(input);
  } else if (typeof input === "string") {
    return Buffer.from(input);
  } else {
    throw new Error("input must be buffer, number, or string, received " + typeof input);
  }
}
function bufferizeInt(num) {
  const tmp = ensureBuffer(4);
  tmp.writeInt32BE(num, 0);
  return tmp;
}
function _crc32(buf, previous) {
  buf = ensureBuffer(buf);
  if (Buffer.isBuffer(previous)) {
    previous = previous.readUInt32BE(0);
  }
  let crc = ~~previous ^ -1;
  for (var n = 0; n < buf.length; n++) {
    crc = CRC_TABLE[(crc ^ buf[n]) & 255] ^ crc >>> 8;
  }
  return crc ^ -1;
}
function crc32() {
  return bufferizeInt(_crc32.apply(null, arguments));
}
crc32.signed = function() {
  return _crc32.apply(null, arguments);
};
crc32.unsigned = function() {
  return _crc32.apply(null, arguments) >>> 0;
};
var bufferCrc32 = crc32;

const index = /*@__PURE__*/getDefaultExportFromCjs(bufferCrc32);

module.exports = index;


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