export const id = 734;
export const ids = [734,222];
export const modules = {

/***/ 9671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KF: () => (/* binding */ comparableBot),
/* harmony export */   W2: () => (/* binding */ withKeysSorted),
/* harmony export */   t1: () => (/* binding */ withIdsByMeaning)
/* harmony export */ });
/* unused harmony export comparableAcrossBots */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _bot_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3222);
/* harmony import */ var _folder_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8315);
/* harmony import */ var _json_format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7827);
/* harmony import */ var _json_model_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8075);
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
    const definition = definitionFile ? (0,_bot_files_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBotJson */ .XA)(definitionFile.bytes) : undefined;
    if (!definition || !(0,_json_model_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .Gv)(definition))
        return files;
    const botId = typeof definition.get('_id') === 'string' ? definition.get('_id') : '';
    for (const key of ABOUT_THE_EXPORT)
        definition.delete(key);
    const values = files.map(file => file === definitionFile ? definition : file.name.toLowerCase().endsWith('.json') ? (0,_bot_files_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBotJson */ .XA)(file.bytes) : undefined);
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


/***/ }),

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


/***/ }),

/***/ 734:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ recordsOf),
/* harmony export */   diffBots: () => (/* binding */ diffBots),
/* harmony export */   hasChanges: () => (/* binding */ hasChanges)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _platform_clock_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5960);
/* harmony import */ var _folder_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8315);
/* harmony import */ var _json_model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8075);
/* harmony import */ var _bot_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3222);
/* harmony import */ var _across_bots_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9671);
/* harmony import */ var _json_format_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7827);
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
    const sameButIds = options.comparable ? () => false : idsOnlyComparison(before, after, differing);
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
    for (const key of ['refId', 'id', 'name']) {
        // The first bot's dialogs by this key, once: a bot's count of dialogs comes from its zip.
        const byKey = new Map();
        for (const candidate of unmatched)
            if (candidate[key])
                byKey.set(candidate[key], [...(byKey.get(candidate[key]) ?? []), candidate]);
        for (const dialog of after) {
            if (pairs.get(dialog) || !dialog[key])
                continue;
            // Two refIds that differ are two dialogs, whatever their names (an import matches by refId).
            const old = byKey
                .get(dialog[key])
                ?.find(candidate => unmatched.has(candidate) && !(candidate.refId && dialog.refId && candidate.refId !== dialog.refId));
            if (!old)
                continue;
            pairs.set(dialog, old);
            unmatched.delete(old);
        }
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
    const old = dialogFolders(before).get(oldFolder) ?? new Map();
    const now = dialogFolders(after).get(dialog.folder) ?? new Map();
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
const foldersOf = new WeakMap();
/** Each dialog folder's files, by their path inside it: grouped once a bot, not once a dialog. */
function dialogFolders(files) {
    let folders = foldersOf.get(files);
    if (folders)
        return folders;
    folders = new Map();
    for (const [name, bytes] of files) {
        const match = /^([^/]+\/dialogs\/[^/]+)\/(.+)$/.exec(name);
        if (!match)
            continue;
        const folder = folders.get(match[1]) ?? new Map();
        folder.set(match[2], bytes);
        folders.set(match[1], folder);
    }
    foldersOf.set(files, folders);
    return folders;
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
    const [inOld, inNow] = [new Set(old), new Set(now)];
    return {
        added: now.filter(value => !inOld.has(value)).length,
        removed: old.filter(value => !inNow.has(value)).length
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


/***/ })

};

//# sourceMappingURL=734.index.js.map