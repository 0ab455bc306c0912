export const id = 616;
export const ids = [616];
export const modules = {

/***/ 8315:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BD: () => (/* binding */ toFolderSteps),
/* harmony export */   E7: () => (/* binding */ MAX_JSON_BYTES),
/* harmony export */   LX: () => (/* binding */ DEFINITIONS),
/* harmony export */   Uz: () => (/* binding */ fromFolderSteps),
/* harmony export */   ht: () => (/* binding */ variablesOf),
/* harmony export */   kt: () => (/* binding */ comesBackSteps),
/* harmony export */   nG: () => (/* binding */ toFolderFiles)
/* harmony export */ });
/* harmony import */ var _steps_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5898);
/* harmony import */ var _json_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7827);
/* harmony import */ var _json_model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8075);
/* harmony import */ var _split_layout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9462);
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
/** The export's file rebuilt from the folder's files, in steps (see toFolderSteps). */
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SF: () => (/* binding */ FOLDER_LIMITS),
/* harmony export */   XF: () => (/* binding */ readRegularFile),
/* harmony export */   _j: () => (/* binding */ FolderReader),
/* harmony export */   lL: () => (/* binding */ FolderRefusedError)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(371);
/* harmony import */ var _zip_reader_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7024);
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

/***/ 7827:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NR: () => (/* binding */ strictUtf8),
/* harmony export */   P6: () => (/* binding */ formatJsonSteps),
/* harmony export */   V$: () => (/* binding */ FORMAT_LIMITS),
/* harmony export */   Wn: () => (/* binding */ restoreJsonSteps),
/* harmony export */   aT: () => (/* binding */ formatJsonFile),
/* harmony export */   qK: () => (/* binding */ PLATFORM_STYLE),
/* harmony export */   w1: () => (/* binding */ MINIFIED_STYLE)
/* harmony export */ });
/* unused harmony exports restoreJsonFile, reindentJson, reindentBytes, reindentSteps */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _steps_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5898);


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
    return (0,_steps_js__WEBPACK_IMPORTED_MODULE_1__/* .finish */ .O)(formatJsonSteps(bytes));
}
/** formatJsonFile in steps (see reindentSteps). */
function* formatJsonSteps(bytes) {
    const source = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const kept = { form: 'other', bytes: source };
    // Not UTF-8, or with a byte order mark: rewriting would not give these bytes back.
    if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(source) || (source[0] === 0xef && source[1] === 0xbb && source[2] === 0xbf))
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
/* harmony import */ var _json_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7827);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $2: () => (/* binding */ manifestText),
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   WI: () => (/* binding */ readManifest),
/* harmony export */   a0: () => (/* binding */ newManifest)
/* harmony export */ });
/* harmony import */ var _shared_output_paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8133);
/* harmony import */ var _shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(371);
/* harmony import */ var _folder_reader_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7477);
/* harmony import */ var _zip_reader_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7024);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ packFolder),
/* harmony export */   Z7: () => (/* binding */ zipBytes),
/* harmony export */   jW: () => (/* binding */ packSteps),
/* harmony export */   packFolderCancellable: () => (/* binding */ packFolderCancellable),
/* harmony export */   writeZip: () => (/* binding */ writeZip)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var yazl__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3044);
/* harmony import */ var _platform_clock_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5960);
/* harmony import */ var _steps_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5898);
/* harmony import */ var _shared_temporary_files_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7168);
/* harmony import */ var _shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(371);
/* harmony import */ var _folder_files_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8315);
/* harmony import */ var _folder_reader_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7477);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(8284);
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
async function packFolderCancellable(folder, signal, manifest) {
    return new _steps_js__WEBPACK_IMPORTED_MODULE_6__/* .Pace */ .o(signal).run(packFolderSteps(folder, manifest));
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
            if (entry.name.startsWith('.'))
                continue;
            if (--budget < 0)
                throw new _folder_reader_js__WEBPACK_IMPORTED_MODULE_9__/* .FolderRefusedError */ .lL(`${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_11__/* .plain */ .pj)(reader.folder)} holds more than ${_folder_reader_js__WEBPACK_IMPORTED_MODULE_9__/* .FOLDER_LIMITS */ .SF.maxFiles} files: more than any export unpacks to. Give the folder that extract-to wrote.`);
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

/***/ 9462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HD: () => (/* binding */ SplitFault),
  c9: () => (/* binding */ joinSteps),
  Ms: () => (/* binding */ splitSteps)
});

// UNUSED EXPORTS: joinDefinition, splitDefinition

// EXTERNAL MODULE: ./src/bot-source/steps.ts
var steps = __webpack_require__(5898);
// EXTERNAL MODULE: ./src/bot-source/json-format.ts
var json_format = __webpack_require__(7827);
// EXTERNAL MODULE: ./src/bot-source/json-model.ts
var json_model = __webpack_require__(8075);
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


/***/ })

};

//# sourceMappingURL=616.index.js.map