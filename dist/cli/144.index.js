export const id = 144;
export const ids = [144];
export const modules = {

/***/ 1363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B1: () => (/* binding */ cautionBlock),
/* harmony export */   Xq: () => (/* binding */ formatSize),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   jb: () => (/* binding */ summaryTable)
/* harmony export */ });
/* harmony import */ var _shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(371);
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
    const lines = message.split('\n').map(line => (0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(line, 4_000));
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
    return `<code>${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(text)}</code>`;
}


/***/ }),

/***/ 7896:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rd: () => (/* binding */ downloadExport),
/* harmony export */   b5: () => (/* binding */ maskSignedLink)
/* harmony export */ });
/* unused harmony exports MAX_ZIP_BYTES, signedLinkSecrets */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _platform_clock_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5960);
/* harmony import */ var _platform_http_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3424);
/* harmony import */ var _platform_kore_client_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8868);
/* harmony import */ var _platform_retry_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(385);
/* harmony import */ var _shared_file_system_errors_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8709);
/* harmony import */ var _shared_temporary_files_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7168);
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
    const partial = (0,_shared_temporary_files_js__WEBPACK_IMPORTED_MODULE_10__/* .temporary */ .q_)((0,_shared_temporary_files_js__WEBPACK_IMPORTED_MODULE_10__/* .temporaryPathBeside */ .DL)(destination));
    const origin = { resumed: false };
    try {
        await node_fs__WEBPACK_IMPORTED_MODULE_1___default().promises.mkdir(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(destination), { recursive: true });
        const file = await (0,_platform_retry_js__WEBPACK_IMPORTED_MODULE_8__/* .withRetries */ .LH)('download the export', () => downloadOnce(client, url, partial, options, origin), {
            retries: options.retries,
            deadline: Infinity,
            clock: options.clock,
            signal: options.signal,
            log: client.log
        });
        await node_fs__WEBPACK_IMPORTED_MODULE_1___default().promises.rename(partial, destination);
        return { ...file, file: destination };
    }
    catch (error) {
        if (options.signal?.aborted)
            throw new _platform_clock_js__WEBPACK_IMPORTED_MODULE_5__/* .CancelledError */ .cc();
        throw (0,_shared_file_system_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .describeFileSystemError */ .t)(error, `write the export to ${destination}`);
    }
    finally {
        await node_fs__WEBPACK_IMPORTED_MODULE_1___default().promises.rm(partial, { force: true });
        (0,_shared_temporary_files_js__WEBPACK_IMPORTED_MODULE_10__/* .settled */ .gu)(partial);
    }
}
async function downloadOnce(client, url, temporary, options, origin) {
    const { log } = options;
    let from = node_fs__WEBPACK_IMPORTED_MODULE_1___default().existsSync(temporary) ? node_fs__WEBPACK_IMPORTED_MODULE_1___default().statSync(temporary).size : 0;
    if (from > 0 && !origin.validator) {
        // Nothing to tell the same file from another by: a Range request could glue two together.
        log.debug(`The store named no ETag or Last-Modified for the export: starting over instead of resuming after ${from} bytes.`);
        from = 0;
    }
    const answer = await client
        .openDownload(url, { from, ifRange: origin.validator, timeoutMs: options.stallMs + 1_000 })
        .catch(async (error) => {
        // 416: what is on disk is already as long as the file (the last try broke off at its end).
        if (!(error instanceof _platform_kore_client_js__WEBPACK_IMPORTED_MODULE_7__/* .KoreApiError */ .qc && error.status === 416))
            throw error;
        await node_fs__WEBPACK_IMPORTED_MODULE_1___default().promises.rm(temporary, { force: true });
        throw new _platform_retry_js__WEBPACK_IMPORTED_MODULE_8__/* .TransientError */ .N_('the server refused to resume (HTTP 416); starting over');
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
            await node_fs__WEBPACK_IMPORTED_MODULE_1___default().promises.rm(temporary, { force: true });
            const said = typeof headers['content-range'] === 'string' ? `"${headers['content-range'].slice(0, 100)}"` : 'none';
            throw new _platform_retry_js__WEBPACK_IMPORTED_MODULE_8__/* .TransientError */ .N_(`the server answered a range that does not continue the file (asked from byte ${from}${known === undefined ? '' : ` of ${known}`}, Content-Range ${said}); starting over`);
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
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let size = from;
    let refusedAsTooLarge = false;
    let diskError;
    try {
        if (from > 0)
            for await (const chunk of node_fs__WEBPACK_IMPORTED_MODULE_1___default().createReadStream(temporary, { end: from - 1 }))
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
        fd = node_fs__WEBPACK_IMPORTED_MODULE_1___default().openSync(temporary, from > 0 ? 'a' : 'w');
    }
    catch (error) {
        message.destroy();
        throw error;
    }
    // Room for 1 MiB of writes in flight (the default is 16 KiB): the socket keeps being read
    // while the thread pool writes, instead of pausing for every 64 KiB piece. 256 MiB took
    // about 1.65 s with the default and 1.0 s with this, standalone on the 2-core bench machine.
    const sink = node_fs__WEBPACK_IMPORTED_MODULE_1___default().createWriteStream(temporary, { fd, highWaterMark: 1024 * 1024 });
    const stallTimer = setTimeout(() => message.destroy(new _platform_retry_js__WEBPACK_IMPORTED_MODULE_8__/* .TransientError */ .N_(`no data for ${options.stallMs / 1000}s after ${size} bytes`)), options.stallMs);
    const meter = new node_stream__WEBPACK_IMPORTED_MODULE_3__.Transform({
        transform(chunk, _encoding, done) {
            stallTimer.refresh();
            size += chunk.length;
            if (size > ceiling) {
                refusedAsTooLarge = true;
                return done(new _platform_retry_js__WEBPACK_IMPORTED_MODULE_8__/* .TransientError */ .N_(tooLarge(size, options.expectedSize, total)));
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
        message.destroy(new _platform_clock_js__WEBPACK_IMPORTED_MODULE_5__/* .CancelledError */ .cc());
    };
    if (options.signal?.aborted)
        cancel();
    options.signal?.addEventListener('abort', cancel, { once: true });
    try {
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.pipeline)(message, meter, sink);
    }
    catch (error) {
        await closed(sink);
        if (refusedAsTooLarge) {
            // What is on disk is wrong, not just short: the next try starts from nothing.
            await node_fs__WEBPACK_IMPORTED_MODULE_1___default().promises.rm(temporary, { force: true });
            throw error;
        }
        if (diskError)
            throw diskError;
        if (error instanceof _platform_retry_js__WEBPACK_IMPORTED_MODULE_8__/* .TransientError */ .N_ || error instanceof _platform_clock_js__WEBPACK_IMPORTED_MODULE_5__/* .CancelledError */ .cc)
            throw error;
        throw new _platform_retry_js__WEBPACK_IMPORTED_MODULE_8__/* .TransientError */ .N_(`the transfer broke off after ${size} bytes (${(0,_platform_http_js__WEBPACK_IMPORTED_MODULE_6__/* .describeNetworkFailure */ .Ku)(error)})`);
    }
    finally {
        clearTimeout(stallTimer);
        options.signal?.removeEventListener('abort', cancel);
    }
    await closed(sink);
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
        await node_fs__WEBPACK_IMPORTED_MODULE_1___default().promises.rm(temporary, { force: true });
        throw new _platform_retry_js__WEBPACK_IMPORTED_MODULE_8__/* .TransientError */ .N_(problem);
    }
    if (origin.resumed)
        log.debug(`The export was put together from more than one transfer and checked whole (${origin.statedSha256 ? "the store's SHA-256" : "every entry's CRC-32"}).`);
    // Without a stated size or checksum, a short body or an error page would pass: only a file
    // with a readable zip directory counts as the export. All that was announced arrived, and it
    // is not a zip: another try would fetch the same. The zip reader is loaded here, once there
    // is something to read: not at every start.
    const { notAZip, unreadable } = await Promise.all(/* import() */[__webpack_require__.e(663), __webpack_require__.e(24)]).then(__webpack_require__.bind(__webpack_require__, 7024));
    const why = await notAZip(temporary);
    if (why)
        throw unreadable(new Error(`${size} bytes from ${(0,_platform_http_js__WEBPACK_IMPORTED_MODULE_6__/* .describeUrl */ .Ng)(answer.url)}: ${why}`));
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
    const { ExportZip: Zip } = await Promise.all(/* import() */[__webpack_require__.e(663), __webpack_require__.e(24)]).then(__webpack_require__.bind(__webpack_require__, 7024));
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
async function closed(sink) {
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


/***/ }),

/***/ 7980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ waitForExport),
/* harmony export */   Q: () => (/* binding */ ExportFailedError)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _platform_clock_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5960);
/* harmony import */ var _platform_poll_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7346);
/* harmony import */ var _core_words_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7522);
// Follows one export from start to a downloadable file: the platform only starts the job,
// and the status API reports the bot's newest export, whoever started it.




class ExportFailedError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CoreError */ .am {
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
    const exportPhase = (0,_platform_poll_js__WEBPACK_IMPORTED_MODULE_2__/* .statusWords */ .o7)('export', line => log.info(line));
    const check = (current) => {
        if (current.id === started.id) {
            last = current;
            onStatus?.(current);
            const ready = settled(current, exportPhase);
            if (!ready)
                log.info(`Export ${current.id}: ${current.status} (${(0,_platform_clock_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(Math.max(0, deadline - clock.now()))} left)`);
            return ready;
        }
        if (isOlder(current, started)) {
            // Right after the start the platform may still report the bot's previous export.
            log.debug(`The status API still reports the earlier export ${current.id}; waiting for ${started.id}.`);
            return undefined;
        }
        throw new ExportFailedError((0,_core_words_js__WEBPACK_IMPORTED_MODULE_3__/* .say */ .cv) `Another export of bot ${botId} (${current.id}) was started while this one (${started.id}) was running. The platform reports only a bot's newest export, so this run cannot follow its own. Make sure one job at a time exports this bot (e.g. a workflow concurrency group per bot), then ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_3__/* .again */ .TG)()}.`, last.status);
    };
    const timedOut = () => new ExportFailedError((0,_core_words_js__WEBPACK_IMPORTED_MODULE_3__/* .say */ .cv) `Export ${started.id} did not finish within ${(0,_platform_clock_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(timeoutMs)} (last status: "${last.status}"). Large bots take longer to export: raise ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_3__/* .setting */ .Pe)('timeout')} (e.g. ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_3__/* .example */ .Fw)('timeout', '30m')}). The export may still finish on the platform.`, last.status);
    return (0,_platform_poll_js__WEBPACK_IMPORTED_MODULE_2__/* .poll */ .wt)(() => client.exportStatus(botId), check, timedOut, { deadline, pollIntervalMs, clock, signal });
}
/** The export ready to download, undefined while it runs; a failure throws. */
function settled(current, phaseOfWord) {
    const phase = phaseOfWord(current.status);
    if (phase === 'running')
        return undefined;
    if (phase === 'failure') {
        throw new ExportFailedError((0,_core_words_js__WEBPACK_IMPORTED_MODULE_3__/* .say */ .cv) `Kore.ai reports export ${current.id} as "${current.status}"${current.reason ? `: ${current.reason}` : ' and gives no reason'}. Check the bot in the App Builder (${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_3__/* .setting */ .Pe)('export-type')} published needs a published version) and the components asked for, then ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_3__/* .again */ .TG)()}.`, current.status);
    }
    if (!current.downloadUrl) {
        throw new ExportFailedError((0,_core_words_js__WEBPACK_IMPORTED_MODULE_3__/* .say */ .cv) `Kore.ai reports export ${current.id} as "${current.status}" but gives no download link (downloadURL). ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_3__/* .again */ .TG)(true)}; if it keeps happening, the platform's export API has changed.`, current.status);
    }
    return { ...current, downloadUrl: current.downloadUrl };
}
function isOlder(other, ours) {
    const theirs = Date.parse(other.createdOn ?? '');
    const mine = Date.parse(ours.createdOn ?? '');
    return Number.isFinite(theirs) && Number.isFinite(mine) && theirs < mine;
}


/***/ }),

/***/ 1144:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runExport: () => (/* binding */ runExport)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/flow.ts + 3 modules
var flow = __webpack_require__(3025);
// EXTERNAL MODULE: ./src/core/words.ts
var words = __webpack_require__(7522);
// EXTERNAL MODULE: ./src/platform/clock.ts + 1 modules
var platform_clock = __webpack_require__(5960);
// EXTERNAL MODULE: ./src/platform/kore-client.ts + 2 modules
var kore_client = __webpack_require__(8868);
// EXTERNAL MODULE: ./src/shared/untrusted-text.ts
var untrusted_text = __webpack_require__(371);
// EXTERNAL MODULE: ./src/shared/temporary-files.ts
var temporary_files = __webpack_require__(7168);
// EXTERNAL MODULE: ./src/export/download.ts
var download = __webpack_require__(7896);
// EXTERNAL MODULE: ./src/export/export-job.ts
var export_job = __webpack_require__(7980);
// EXTERNAL MODULE: ./src/core/summary.ts
var summary = __webpack_require__(1363);
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
            ['Bot', settings ? `${(0,summary/* code */.aY)(settings.botId)} on ${(0,untrusted_text/* markdownText */.p7)(settings.host)}` : '(inputs not read)'],
            ['Export type', settings?.exportType ?? ''],
            ['Status', values.status ? (0,untrusted_text/* markdownText */.p7)(values.status) : this.failure ? 'not started' : ''],
            ['Export ID', values['export-id'] ? (0,summary/* code */.aY)(values['export-id']) : ''],
            ['File', values.file ? (0,summary/* code */.aY)(values.file) : ''],
            ['Size', values.size ? (0,summary/* formatSize */.Xq)(Number(values.size)) : ''],
            ['SHA-256', values.sha256 ? (0,summary/* code */.aY)(values.sha256) : ''],
            ['Duration', (0,platform_clock/* formatDuration */.a3)(Date.now() - this.startedAt)]
        ];
        // Markdown, not addHeading: a table right under an HTML heading would be read as HTML.
        let text = `## ${this.failure ? 'Kore.ai bot export failed' : 'Kore.ai bot export'}\n\n`;
        if (this.failure)
            text += (0,summary/* cautionBlock */.B1)(this.failure);
        text += (0,summary/* summaryTable */.jb)(rows);
        if (this.changes)
            text += `### What changed in the bot\n\n${this.changes}\n`;
        if (this.files) {
            const shown = this.files.slice(0, FILES_LISTED).map(file => `- ${(0,summary/* code */.aY)(file)}`);
            if (this.files.length > FILES_LISTED)
                shown.push(`- … and ${this.files.length - FILES_LISTED} more`);
            const list = shown.join('\n');
            const title = this.changed === false
                ? `The bot has not changed: ${(0,summary/* code */.aY)(settings?.extractTo ?? '')} was left as it was (${this.files.length} files in the export)`
                : `${this.files.length} files unpacked into ${(0,summary/* code */.aY)(settings?.extractTo ?? '')}`;
            text +=
                this.files.length > FILES_SHOWN_OPEN
                    ? `<details><summary>${title}</summary>\n\n${list}\n\n</details>\n`
                    : `**${title}**\n\n${list}\n`;
        }
        await this.host.writeSummary(text);
    }
}

// EXTERNAL MODULE: ./src/export/settings.ts
var export_settings = __webpack_require__(977);
;// CONCATENATED MODULE: ./src/export/run-export.ts
// The export flow, step by step: settings → auth → Kore.ai client → export job → download →
// unpack → report. It runs under any host: the Actions adapter and the CLI hand it their
// inputs and a host, and show what it returns.













async function runExport(inputs, host, clock = platform_clock/* systemClock */.ml) {
    const report = new ExportReport(host);
    return (0,flow/* runFlow */.c)({
        host,
        report,
        whenCancelled: 'Polling stopped and temporary files were removed; path and extract-to are as they were before the step, or complete.',
        onError: error => {
            if (error instanceof export_job/* ExportFailedError */.Q)
                report.output('status', error.status);
        }
    }, async (signal) => {
        const settings = (0,export_settings/* readSettings */.sb)(inputs);
        report.useSettings(settings);
        // The zip reader (which checks the download), the layouts and the change engine are most
        // of the bundle: loaded only by a run that needs them, and from the start, while the
        // platform is asked and waited for.
        const unpacking = settings.extractTo ? Promise.all(/* import() */[__webpack_require__.e(663), __webpack_require__.e(44), __webpack_require__.e(24), __webpack_require__.e(616), __webpack_require__.e(734), __webpack_require__.e(175)]).then(__webpack_require__.bind(__webpack_require__, 1175)) : undefined;
        const checking = settings.wait && settings.zipPath ? Promise.all(/* import() */[__webpack_require__.e(663), __webpack_require__.e(24)]).then(__webpack_require__.bind(__webpack_require__, 7024)) : undefined;
        for (const loading of [unpacking, checking])
            loading?.catch(() => { });
        const client = await (0,kore_client/* connect */.Ng)(settings, { host, clock, signal });
        host.info(`Starting a ${settings.exportType} export of bot ${settings.botId} on ${settings.host}`);
        if (host.debugging)
            host.debug(`Export request body: ${JSON.stringify(settings.exportBody)}`);
        const started = await client.startExport(settings.botId, settings.exportBody);
        report.output('export-id', started.id);
        report.output('status', started.status);
        host.info(`Export ${started.id} started (${started.status})`);
        if (!settings.wait)
            return;
        const ready = await (0,export_job/* waitForExport */.F)(client, settings.botId, started, {
            deadline: client.deadline,
            timeoutMs: settings.timeoutMs,
            pollIntervalMs: settings.pollIntervalMs,
            clock,
            signal,
            log: host,
            onStatus: status => report.output('status', status.status)
        });
        (0,download/* maskSignedLink */.b5)(ready.downloadUrl, settings.host, host.mask);
        const url = client.resolveUrl(ready.downloadUrl);
        report.output('download-url', url.href);
        host.info(`Export ${ready.id} is ready${ready.fileSize !== undefined ? ` (${ready.fileSize} bytes)` : ''}`);
        if (!settings.zipPath && !settings.extractTo)
            return;
        // Unpacking without a kept zip still needs the zip somewhere for a while.
        const zipPath = settings.zipPath ??
            (0,temporary_files/* temporary */.q_)((0,temporary_files/* temporaryPathBeside */.DL)(external_node_path_default().join(process.env.RUNNER_TEMP || external_node_os_default().tmpdir(), 'kore-bot-export.zip')));
        try {
            const file = await (0,download/* downloadExport */.Rd)(client, url, zipPath, {
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
                    host.info((0,words/* say */.cv) `Left out the values of ${omittedVariables.length} bot variables in config.json (${omittedVariables.map(name => (0,untrusted_text/* plain */.pj)(name, 100)).join(', ')}); ${settings.zipPath ? 'the zip keeps them' : 'no zip was kept, so they are not on disk'}. ${(0,words/* example */.Fw)('variable-values', 'keep')} writes them.`);
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


/***/ }),

/***/ 8709:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ describeFileSystemError)
/* harmony export */ });
/* harmony import */ var _untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(371);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_words_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7522);
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


/***/ })

};

//# sourceMappingURL=144.index.js.map