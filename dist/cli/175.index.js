export const id = 175;
export const ids = [175];
export const modules = {

/***/ 1175:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RoundTripError: () => (/* binding */ RoundTripError),
/* harmony export */   unpackExport: () => (/* binding */ unpackExport)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _platform_clock_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5960);
/* harmony import */ var _shared_file_system_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8709);
/* harmony import */ var _shared_output_paths_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8133);
/* harmony import */ var _steps_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5277);
/* harmony import */ var _shared_temporary_files_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7168);
/* harmony import */ var _shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(371);
/* harmony import */ var _folder_files_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8315);
/* harmony import */ var _folder_reader_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7477);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(8284);
/* harmony import */ var _split_layout_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(9462);
/* harmony import */ var _bot_files_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(3222);
/* harmony import */ var _diff_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(734);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(1489);
/* harmony import */ var _pack_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(6616);
/* harmony import */ var _zip_reader_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(4435);
// Unpacks the export into a folder laid out for git: exactly the files of the export, JSON
// re-indented, and the marker file that says the folder is the action's. Everything lands in
// a temporary folder beside the target first and replaces the target only when all went
// well, so a bad zip, a full disk or a cancellation leaves the folder as it was.



















/** The folder would not give back the export: nothing was replaced. */
class RoundTripError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CoreError */ .am {
    constructor(message) {
        super('file', message);
        this.name = 'RoundTripError';
    }
}
/** Replaces the target folder with the zip's content. */
async function unpackExport(zipFile, target, signal, limits = _zip_reader_js__WEBPACK_IMPORTED_MODULE_17__.ZIP_LIMITS) {
    // Between files and between the large steps of one, the event loop turns (so that the
    // runner's SIGINT is seen at all) and the signal is checked: a cancel ends the unpacking
    // within a fraction of a second, whatever the export's size.
    const pace = new _steps_js__WEBPACK_IMPORTED_MODULE_7__/* .Pace */ .o(signal);
    const zip = await _zip_reader_js__WEBPACK_IMPORTED_MODULE_17__.ExportZip.open(zipFile, limits, signal);
    const folder = target.folder;
    const staging = (0,_shared_temporary_files_js__WEBPACK_IMPORTED_MODULE_8__/* .temporary */ .q_)((0,_shared_temporary_files_js__WEBPACK_IMPORTED_MODULE_8__/* .temporaryPathBeside */ .DL)(folder));
    try {
        await node_fs__WEBPACK_IMPORTED_MODULE_1___default().promises.mkdir(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(folder), { recursive: true });
        await node_fs__WEBPACK_IMPORTED_MODULE_1___default().promises.mkdir(staging);
        const { files, records, botFiles, staged } = await extractAll(zip, staging, target.options, pace, limits);
        node_fs__WEBPACK_IMPORTED_MODULE_1___default().writeFileSync(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(staging, _shared_output_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .MARKER_FILE */ .cu), (0,_manifest_js__WEBPACK_IMPORTED_MODULE_11__/* .manifestText */ .$2)((0,_manifest_js__WEBPACK_IMPORTED_MODULE_11__/* .newManifest */ .a0)(files, records)));
        node_fs__WEBPACK_IMPORTED_MODULE_1___default().writeFileSync(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(staging, _shared_output_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .GIT_ATTRIBUTES_FILE */ .mw), _shared_output_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .GIT_ATTRIBUTES_TEXT */ .lU);
        staged.set(_shared_output_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .GIT_ATTRIBUTES_FILE */ .mw, Buffer.from(_shared_output_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .GIT_ATTRIBUTES_TEXT */ .lU));
        await pace.check();
        // The folder may have been swapped for a link or filled by someone else meanwhile.
        (0,_shared_output_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .checkExtractTo */ .ft)(folder, target.roots, target.replaceExisting);
        // What the folder holds now, read once: to compare with, and to describe the change from.
        const current = await readTree(folder, limits, pace);
        const changed = !(await sameContent(staging, staged, current, pace));
        const previous = changed && current ? await previousBot(current, pace) : undefined;
        await pace.check();
        const changeRecords = changed ? (0,_diff_js__WEBPACK_IMPORTED_MODULE_14__/* .diffBots */ .MN)(previous, botFiles, { signal }) : [];
        await pace.check();
        if (changed)
            await swapInto(staging, folder);
        // The plain layout keeps regenerated values in its files: they change it without a change in the bot.
        const markdown = changed && !(0,_diff_js__WEBPACK_IMPORTED_MODULE_14__/* .hasChanges */ .ik)(changeRecords)
            ? 'Nothing but values the platform regenerates on publish (the plain layout keeps them in its files).\n'
            : (0,_render_js__WEBPACK_IMPORTED_MODULE_15__/* .changesMarkdown */ .T4)(changeRecords);
        const changes = { records: changeRecords, markdown };
        return {
            files: [...files].sort(),
            omittedVariables: (records['config.json']?.omittedValues ?? []).map(omitted => omitted.variable),
            // The staged files, and the manifest written beside them.
            written: staged.size + 1,
            changed,
            changes
        };
    }
    catch (error) {
        if (signal?.aborted)
            throw new _platform_clock_js__WEBPACK_IMPORTED_MODULE_4__/* .CancelledError */ .cc();
        throw (0,_shared_file_system_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .describeFileSystemError */ .t)(error, `unpack the export into ${folder}`);
    }
    finally {
        zip.close();
        await node_fs__WEBPACK_IMPORTED_MODULE_1___default().promises.rm(staging, { recursive: true, force: true });
        (0,_shared_temporary_files_js__WEBPACK_IMPORTED_MODULE_8__/* .settled */ .gu)(staging);
    }
}
const STAGED_BYTES_KEPT = 64 * 1024 * 1024;
async function extractAll(zip, staging, options, pace, limits) {
    for (const folder of zip.folders)
        node_fs__WEBPACK_IMPORTED_MODULE_1___default().mkdirSync(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(staging, folder), { recursive: true });
    const made = new Set();
    const files = [];
    const records = {};
    /** The bot in the split layout, for describing what changed: what was written, where it is split. */
    const botFiles = new Map();
    const staged = new Map();
    let stagedBytes = 0;
    const signal = pace.signal;
    for (const file of zip.files) {
        await pace.check();
        // Names were checked when the zip was opened; this is the last line of defence.
        const destination = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(staging, file.name);
        if (!destination.startsWith(staging + (node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)))
            throw new Error(`refusing to write ${file.name} outside ${staging}`);
        const parent = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(destination);
        if (!made.has(parent)) {
            node_fs__WEBPACK_IMPORTED_MODULE_1___default().mkdirSync(parent, { recursive: true });
            made.add(parent);
        }
        const isJson = file.name.toLowerCase().endsWith('.json') && file.size <= _folder_files_js__WEBPACK_IMPORTED_MODULE_9__/* .MAX_JSON_BYTES */ .E7;
        if (isJson || file.size <= limits.wholeEntryBytes) {
            // Thousands of small files are the usual export: each is written in one synchronous call.
            const content = await zip.read(file, signal);
            const { written, record, why } = await inFolder(file.name, content, options, pace);
            if (isJson)
                for (const [name, bytes] of record.split || options.layout === 'split'
                    ? written
                    : (0,_bot_files_js__WEBPACK_IMPORTED_MODULE_13__/* .botFilesOf */ .Ev)([{ name: file.name, bytes: content }]))
                    botFiles.set(name, bytes);
            await pace.check();
            if (why) {
                throw new RoundTripError(`The export's ${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_18__/* .plain */ .pj)(file.name)} would not come back byte for byte from the folder (${(0,_shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_18__/* .plain */ .pj)(why)}), so the folder was not replaced; the zip is kept. Please report this with the zip: it is a case the action does not handle yet.`);
            }
            if (record.json || record.omittedValues || record.split)
                records[file.name] = record;
            for (const [name, bytes] of written) {
                // A split definition is thousands of files.
                await pace.check();
                const target = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(staging, name);
                if (!target.startsWith(staging + (node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)))
                    throw new Error(`refusing to write ${name} outside ${staging}`);
                if (!made.has(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(target))) {
                    node_fs__WEBPACK_IMPORTED_MODULE_1___default().mkdirSync(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(target), { recursive: true });
                    made.add(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(target));
                }
                node_fs__WEBPACK_IMPORTED_MODULE_1___default().writeFileSync(target, bytes, { flag: 'wx' });
                stagedBytes += bytes.length;
                staged.set(name, stagedBytes <= STAGED_BYTES_KEPT ? bytes : undefined);
            }
        }
        else {
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(await zip.stream(file, signal), node_fs__WEBPACK_IMPORTED_MODULE_1___default().createWriteStream(destination, { flags: 'wx' }), { signal });
            staged.set(file.name, undefined);
        }
        files.push(file.name);
    }
    return { files, records, botFiles, staged };
}
/**
 * Every file of a folder, by `/`-separated path; undefined when there is no such folder, or
 * when it holds more than an export could, or anything the action never writes (a link, a
 * device, a FIFO, a hard link): then it is simply replaced. Read through the folder reader,
 * as hostile input: the folder may hold what a pull request put there.
 */
async function readTree(folder, limits, pace) {
    let entries;
    let reader;
    try {
        entries = node_fs__WEBPACK_IMPORTED_MODULE_1___default().readdirSync(folder, { recursive: true, withFileTypes: true });
        // The export's files, plus its split definitions' pieces and the action's own two files.
        reader = _folder_reader_js__WEBPACK_IMPORTED_MODULE_10__/* .FolderReader */ ._j.open(folder, { maxTotalBytes: limits.maxTotalBytes, maxFiles: limits.maxEntries * 4 });
    }
    catch {
        return undefined;
    }
    if (entries.length > limits.maxEntries * 4)
        return undefined;
    const tree = new Map();
    for (const entry of entries) {
        await pace.check();
        if (entry.isDirectory())
            continue;
        // A link or a device is nothing the action wrote: the folder differs.
        if (!entry.isFile())
            return undefined;
        const name = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(folder, node_path__WEBPACK_IMPORTED_MODULE_2___default().join(entry.parentPath, entry.name)).split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)).join('/');
        let bytes;
        try {
            bytes = reader.read(name);
        }
        catch (error) {
            if (error instanceof _folder_reader_js__WEBPACK_IMPORTED_MODULE_10__/* .FolderRefusedError */ .lL)
                return undefined;
            throw error;
        }
        if (!bytes)
            return undefined;
        tree.set(name, bytes);
    }
    return tree;
}
/**
 * The bot the folder holds now, for the comparison; undefined when it holds none the action
 * wrote. A folder in the split layout is taken as it is; a plain one is packed and split.
 */
async function previousBot(tree, pace) {
    try {
        const text = tree.get(_shared_output_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .MARKER_FILE */ .cu);
        if (!text)
            return undefined;
        const manifest = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_11__/* .parseManifest */ .Ng)(text.toString('utf8'), _shared_output_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .MARKER_FILE */ .cu);
        const definitions = manifest.entries.filter(name => _folder_files_js__WEBPACK_IMPORTED_MODULE_9__/* .DEFINITIONS */ .LX.has(name));
        if (definitions.length > 0 && definitions.every(name => manifest.files[name]?.split)) {
            // What the comparison takes of a new export: its JSON files, and the split definitions' files.
            const splitFolders = definitions.map(name => `${manifest.files[name].split.folder}/`);
            return new Map([...tree].filter(([name]) => splitFolders.some(folder => name.startsWith(folder)) || (!name.includes('/') && name.endsWith('.json'))));
        }
        const files = (await pace.run((0,_pack_js__WEBPACK_IMPORTED_MODULE_16__/* .packSteps */ .jW)(manifest, name => tree.get(name), 'the folder'))).filter(file => file.name.toLowerCase().endsWith('.json'));
        // File by file (the same as all at once), checking between them.
        const bot = new Map();
        for (const file of (0,_bot_files_js__WEBPACK_IMPORTED_MODULE_13__/* .withoutValues */ .lO)(files, (0,_bot_files_js__WEBPACK_IMPORTED_MODULE_13__/* .omittedVariables */ .ow)(manifest.files['config.json']))) {
            await pace.check();
            for (const [name, bytes] of (0,_bot_files_js__WEBPACK_IMPORTED_MODULE_13__/* .botFilesOf */ .Ev)([file]))
                bot.set(name, bytes);
        }
        return bot;
    }
    catch (error) {
        if (error instanceof _platform_clock_js__WEBPACK_IMPORTED_MODULE_4__/* .CancelledError */ .cc)
            throw error;
        return undefined;
    }
}
/** What one export file becomes in the folder, and why that would not give it back (undefined when it would). */
async function inFolder(name, content, options, pace) {
    try {
        const { files, record } = await pace.run((0,_folder_files_js__WEBPACK_IMPORTED_MODULE_9__/* .toFolderSteps */ .BD)(name, content, options));
        await pace.check();
        return { written: files, record, why: await roundTrip(name, content, files, record, pace) };
    }
    catch (error) {
        // A definition in the platform's form whose split would not give it back.
        if (error instanceof _split_layout_js__WEBPACK_IMPORTED_MODULE_12__/* .SplitFault */ .HD)
            return { written: new Map(), record: {}, why: 'the split layout would not give it back' };
        throw error;
    }
}
/**
 * The way back, tried on every file before anything is replaced: what `pack` would rebuild
 * from the folder must be the export's file (left-out values aside). A folder that could not
 * give back the export is never written. Returns why not, or undefined.
 */
async function roundTrip(name, original, inFolder, record, pace) {
    try {
        return (await pace.run((0,_folder_files_js__WEBPACK_IMPORTED_MODULE_9__/* .comesBackSteps */ .kt)(name, original, file => inFolder.get(file), record)))
            ? undefined
            : 'it differs';
    }
    catch (error) {
        if (error instanceof _platform_clock_js__WEBPACK_IMPORTED_MODULE_4__/* .CancelledError */ .cc)
            throw error;
        return error.message;
    }
}
/**
 * Whether the new folder holds the same files with the same bytes as the current one, the
 * manifests aside (they hold the regenerated values and list orders, which are not content).
 */
async function sameContent(fresh, staged, current, pace) {
    if (!current?.has(_shared_output_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .MARKER_FILE */ .cu) || staged.size !== current.size - 1)
        return false;
    for (const [name, bytes] of staged) {
        await pace.check();
        if (!(current.get(name)?.equals(bytes ?? node_fs__WEBPACK_IMPORTED_MODULE_1___default().readFileSync(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(fresh, name))) ?? false))
            return false;
    }
    return true;
}
/** Renames only: the old folder is moved aside, the new one in, and the old one removed. */
async function swapInto(staging, target) {
    const exists = node_fs__WEBPACK_IMPORTED_MODULE_1___default().existsSync(target);
    const aside = (0,_shared_temporary_files_js__WEBPACK_IMPORTED_MODULE_8__/* .temporary */ .q_)(`${staging}.old`);
    if (exists)
        await node_fs__WEBPACK_IMPORTED_MODULE_1___default().promises.rename(target, aside);
    try {
        await node_fs__WEBPACK_IMPORTED_MODULE_1___default().promises.rename(staging, target);
    }
    catch (error) {
        if (exists)
            await node_fs__WEBPACK_IMPORTED_MODULE_1___default().promises.rename(aside, target);
        (0,_shared_temporary_files_js__WEBPACK_IMPORTED_MODULE_8__/* .settled */ .gu)(aside);
        throw error;
    }
    if (exists)
        await node_fs__WEBPACK_IMPORTED_MODULE_1___default().promises.rm(aside, { recursive: true, force: true });
    (0,_shared_temporary_files_js__WEBPACK_IMPORTED_MODULE_8__/* .settled */ .gu)(aside);
}


/***/ })

};

//# sourceMappingURL=175.index.js.map