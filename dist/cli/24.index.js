export const id = 24;
export const ids = [24];
export const modules = {

/***/ 5898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ finish),
/* harmony export */   o: () => (/* binding */ Pace)
/* harmony export */ });
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(643);
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _platform_clock_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5960);
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
    last = node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__.performance.now();
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
            throw new _platform_clock_js__WEBPACK_IMPORTED_MODULE_1__/* .CancelledError */ .cc();
        if (node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__.performance.now() - this.last < this.sliceMs)
            return;
        await new Promise(resolve => setImmediate(resolve));
        this.last = node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__.performance.now();
        if (signal.aborted)
            throw new _platform_clock_js__WEBPACK_IMPORTED_MODULE_1__/* .CancelledError */ .cc();
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

/***/ 7024:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ExportZip: () => (/* binding */ ExportZip),
/* harmony export */   ZIP_LIMITS: () => (/* binding */ ZIP_LIMITS),
/* harmony export */   ZipRefusedError: () => (/* binding */ ZipRefusedError),
/* harmony export */   entryNameProblem: () => (/* binding */ entryNameProblem),
/* harmony export */   notAZip: () => (/* binding */ notAZip),
/* harmony export */   readZipFiles: () => (/* binding */ readZipFiles),
/* harmony export */   unreadable: () => (/* binding */ unreadable)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var yauzl__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(663);
/* harmony import */ var _platform_clock_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5960);
/* harmony import */ var _shared_output_paths_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8133);
/* harmony import */ var _steps_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5898);
/* harmony import */ var _shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(371);
/* harmony import */ var _core_words_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7522);
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
class ZipRefusedError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CoreError */ .am {
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
class BytesReader extends yauzl__WEBPACK_IMPORTED_MODULE_4__.RandomAccessReader {
    bytes;
    constructor(bytes) {
        super();
        this.bytes = bytes;
    }
    _readStreamForRange(start, end) {
        return node_stream__WEBPACK_IMPORTED_MODULE_2__.Readable.from([this.bytes.subarray(start, end)]);
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
            const stat = typeof source === 'string' ? await node_fs__WEBPACK_IMPORTED_MODULE_1___default().promises.stat(source) : undefined;
            // A device or a FIFO (e.g. a link to /dev/zero) has no size to bound its read by.
            if (stat && !stat.isFile())
                throw new ZipRefusedError('it is not a regular file but a device, a FIFO or a socket');
            bytes =
                typeof source !== 'string'
                    ? source
                    : stat.size <= limits.inMemoryZipBytes
                        ? await node_fs__WEBPACK_IMPORTED_MODULE_1___default().promises.readFile(source, { signal })
                        : undefined;
            const options = {
                lazyEntries: true,
                validateEntrySizes: true,
                strictFileNames: false,
                decodeStrings: true,
                autoClose: false
            };
            zip = bytes
                ? await yauzl__WEBPACK_IMPORTED_MODULE_4__.fromRandomAccessReaderPromise(new BytesReader(bytes), bytes.length, options)
                : await yauzl__WEBPACK_IMPORTED_MODULE_4__.openPromise(source, options);
        }
        catch (error) {
            if (signal?.aborted)
                throw new _platform_clock_js__WEBPACK_IMPORTED_MODULE_5__/* .CancelledError */ .cc();
            throw unreadable(error);
        }
        try {
            const { files, folders } = await readDirectory(zip, limits, new _steps_js__WEBPACK_IMPORTED_MODULE_7__/* .Pace */ .o(signal));
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
            throw new _platform_clock_js__WEBPACK_IMPORTED_MODULE_5__/* .CancelledError */ .cc();
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
        const checked = new node_stream__WEBPACK_IMPORTED_MODULE_2__.Transform({
            transform(chunk, _encoding, done) {
                crc = node_zlib__WEBPACK_IMPORTED_MODULE_3___default().crc32(chunk, crc);
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
            checked.destroy(new _platform_clock_js__WEBPACK_IMPORTED_MODULE_5__/* .CancelledError */ .cc());
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
                    ? node_zlib__WEBPACK_IMPORTED_MODULE_3___default().inflateRawSync(stored, {
                        maxOutputLength: Math.max(1, file.size),
                        chunkSize: Math.max(64, file.size + 1)
                    })
                    : stored;
        }
        catch (error) {
            if (error.code === 'ERR_BUFFER_TOO_LARGE') {
                throw new ZipRefusedError(`The export zip's entry "${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_9__/* .plain */ .pj)(file.name)}" inflates to more than the ${file.size} bytes it declares (a zip bomb, or a damaged zip). Nothing was unpacked.`);
            }
            throw damaged(file, error);
        }
        if (content.length !== file.size)
            throw damaged(file, new Error(`expected ${file.size} bytes, found ${content.length}`));
        if (node_zlib__WEBPACK_IMPORTED_MODULE_3___default().crc32(content) >>> 0 !== entry.crc32 >>> 0)
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
                throw refuse(name, `collides with "${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_9__/* .plain */ .pj)(other.name)}" (${how})`);
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
    if (name.toLowerCase() === _shared_output_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .MARKER_FILE */ .cu)
        return 'is the marker file this action writes';
    if (name.toLowerCase() === _shared_output_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .GIT_ATTRIBUTES_FILE */ .mw)
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
            throw refuse(spans[i].entry.fileName, `overlaps the entry "${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_9__/* .plain */ .pj)(spans[i - 1].entry.fileName)}" (one block of data under two names)`);
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
    return new ZipRefusedError(`The export zip holds an entry "${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_9__/* .plain */ .pj)(name)}" that ${why}. Nothing was unpacked. The zip may have been tampered with: check where it came from before using it.`);
}
function crcMismatch(file) {
    return new ZipRefusedError(`The export zip's entry "${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_9__/* .plain */ .pj)(file.name)}" does not match its CRC-32: the zip is damaged. Nothing was unpacked.`);
}
function damaged(file, error) {
    if (error instanceof ZipRefusedError || error instanceof _platform_clock_js__WEBPACK_IMPORTED_MODULE_5__/* .CancelledError */ .cc)
        return error;
    const reason = (0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_9__/* .plain */ .pj)(error.message);
    if (/too many bytes/.test(reason)) {
        return new ZipRefusedError(`The export zip's entry "${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_9__/* .plain */ .pj)(file.name)}" inflates to more than the ${file.size} bytes it declares (a zip bomb, or a damaged zip). Nothing was unpacked.`);
    }
    return unreadable(new Error(`${file.name}: ${reason}`));
}
function unreadable(error) {
    return new ZipRefusedError(`The export is not a readable zip (${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_9__/* .plain */ .pj)(error.message).replace(/\.+$/, '')}). Nothing was written to path or extract-to. ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_8__/* .again */ .TG)(true)}; if it keeps happening, download the export by hand to check it.`);
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
        const pace = new _steps_js__WEBPACK_IMPORTED_MODULE_7__/* .Pace */ .o(signal);
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
        const zip = await yauzl__WEBPACK_IMPORTED_MODULE_4__.openPromise(file, { lazyEntries: true, autoClose: false });
        zip.close();
        return undefined;
    }
    catch (error) {
        return (0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_9__/* .plain */ .pj)(error.message, 200).replace(/\.+$/, '');
    }
}


/***/ })

};

//# sourceMappingURL=24.index.js.map