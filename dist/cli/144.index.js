export const id = 144;
export const ids = [144,168,787];
export const modules = {

/***/ 3655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  c: () => (/* binding */ runFlow)
});

// EXTERNAL MODULE: ./src/shared/temporary-files.ts
var temporary_files = __webpack_require__(7168);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
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
                const local = file.startsWith('file:') ? (0,external_node_url_.fileURLToPath)(file) : file;
                maps.set(file, new external_node_module_.SourceMap(JSON.parse(external_node_fs_default().readFileSync(`${local}.map`, 'utf8'))));
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
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/words.ts
var words = __webpack_require__(7522);
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
// EXTERNAL MODULE: ./src/core/flow.ts + 1 modules
var flow = __webpack_require__(3655);
// EXTERNAL MODULE: ./src/core/words.ts
var words = __webpack_require__(7522);
// EXTERNAL MODULE: ./src/platform/auth.ts
var auth = __webpack_require__(6601);
// EXTERNAL MODULE: ./src/platform/clock.ts + 1 modules
var platform_clock = __webpack_require__(5960);
// EXTERNAL MODULE: ./src/platform/kore-client.ts + 1 modules
var kore_client = __webpack_require__(6973);
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
        // One deadline for everything that talks to the platform: starting, waiting, retrying.
        const deadline = clock.now() + settings.timeoutMs;
        const client = new kore_client/* KoreClient */.jz(settings.host, await (0,auth/* tokenSource */.Z)(settings.credentials, host.mask), {
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
        const ready = await (0,export_job/* waitForExport */.F)(client, settings.botId, started, {
            deadline,
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

/***/ 7168:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DL: () => (/* binding */ temporaryPathBeside),
/* harmony export */   gu: () => (/* binding */ settled),
/* harmony export */   q6: () => (/* binding */ removeAllNow),
/* harmony export */   q_: () => (/* binding */ temporary)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
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


/***/ })

};

//# sourceMappingURL=144.index.js.map