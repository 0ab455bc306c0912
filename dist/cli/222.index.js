export const id = 222;
export const ids = [222];
export const modules = {

/***/ 3222:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ev: () => (/* binding */ botFilesOf),
/* harmony export */   XA: () => (/* binding */ parseBotJson),
/* harmony export */   lO: () => (/* binding */ withoutValues),
/* harmony export */   ow: () => (/* binding */ omittedVariables),
/* harmony export */   readBot: () => (/* binding */ readBot)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _platform_clock_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5960);
/* harmony import */ var _shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(371);
/* harmony import */ var _folder_reader_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7477);
/* harmony import */ var _folder_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8315);
/* harmony import */ var _json_format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7827);
/* harmony import */ var _json_model_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8075);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8284);
/* harmony import */ var _pack_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6616);
/* harmony import */ var _split_layout_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9462);
/* harmony import */ var _zip_reader_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7024);
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


/***/ })

};

//# sourceMappingURL=222.index.js.map