export const id = 556;
export const ids = [556,489,175];
export const modules = {

/***/ 1489:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BA: () => (/* binding */ sharedWords),
/* harmony export */   RA: () => (/* binding */ otherPlaces),
/* harmony export */   Rn: () => (/* binding */ partText),
/* harmony export */   YV: () => (/* binding */ onlyBeforeItems),
/* harmony export */   ay: () => (/* binding */ sharedComponents),
/* harmony export */   changeDetails: () => (/* binding */ changeDetails),
/* harmony export */   changesMarkdown: () => (/* binding */ changesMarkdown),
/* harmony export */   changesText: () => (/* binding */ changesText),
/* harmony export */   dm: () => (/* binding */ dialogParts),
/* harmony export */   fY: () => (/* binding */ verificationMarkdown),
/* harmony export */   yc: () => (/* binding */ faqWords)
/* harmony export */ });
/* unused harmony exports idsPlaces, componentName, countText */
/* harmony import */ var _shared_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(371);
/* harmony import */ var _diff_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(734);
// The change records (diff.ts) in words: Markdown for the job summary, the `changes` output and
// a pull-request body (short, every name from the bot escaped), plain text for a terminal
// (whole, names as the bot has them, on one line each), and the shape of `diff --json`'s
// `details`. Words are the action's; names come from the bot. No value is in a record, so
// none can be rendered.


/** Lines of Markdown past this are folded into a count: a pull-request body stays short. */
const MAX_LINES = 60;
/** Places whose ids alone differ, named in a line; the rest are counted. */
const MAX_IDS_PLACES = 10;
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
        ...(0,_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .recordsOf */ .M)(records, 'dialog')
            .filter(record => record.change === 'removed')
            .map(record => `dialog ${record.name}`),
        ...[...sharedComponents(records)]
            .filter(([, group]) => allRemoved(group))
            .map(([name]) => `shared component ${name}`),
        ...(0,_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .recordsOf */ .M)(records, 'faqs')
            .filter(record => record.change === 'removed')
            .map(record => `FAQs ${record.name}`),
        ...(0,_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .recordsOf */ .M)(records, 'variable')
            .filter(record => record.change === 'removed')
            .map(record => `bot variable ${record.name}`)
    ];
}
/** The lines, in the style; undefined when there is nothing to say (nothing changed, or only what is set apart). */
function changeLines(records, style, options) {
    if (records.length === 0)
        return undefined;
    const first = (0,_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .recordsOf */ .M)(records, 'first-export')[0];
    if (first)
        return [overviewLine(first, style)];
    const apart = options.removedApart === true;
    const lines = [];
    const names = (list) => list.map(style.name).join(', ');
    const dialogs = (0,_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .recordsOf */ .M)(records, 'dialog');
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
    for (const record of (0,_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .recordsOf */ .M)(records, 'faqs')) {
        if (apart && record.change === 'removed')
            continue;
        lines.push(`- FAQs ${style.name(record.name)}: ${faqWords(record)}`);
    }
    const variables = (0,_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .recordsOf */ .M)(records, 'variable');
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
    const settings = (0,_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .recordsOf */ .M)(records, 'setting');
    if (settings.length)
        lines.push(`- Settings changed: ${settings.map(record => style.key(record.name)).join(', ')}`);
    const places = otherPlaces(records);
    if (places.length)
        lines.push(`- Also changed: ${places.map(style.text).join(', ')}`);
    const moved = dialogs.filter(record => record.change === 'moved-on-canvas').map(record => record.name);
    if (moved.length)
        lines.push(`- Layout only (nodes moved on the canvas): ${names(moved)}`);
    // Another bot's copy can differ in ids everywhere: a few places say enough.
    const regenerated = idsPlaces(records, style);
    if (regenerated.length)
        lines.push(`- Ids regenerated, content unchanged: ${regenerated.slice(0, MAX_IDS_PLACES).join(', ')}${regenerated.length > MAX_IDS_PLACES ? ` and ${regenerated.length - MAX_IDS_PLACES} more` : ''}`);
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
        ...new Set((0,_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .recordsOf */ .M)(records, 'ids-regenerated').map(record => {
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
    for (const record of (0,_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .recordsOf */ .M)(records, 'component')) {
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
    return [...new Set((0,_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .recordsOf */ .M)(records, 'file').map(record => placeName(record.path)))];
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
    const dialogs = (0,_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .recordsOf */ .M)(records, 'dialog');
    const variables = (change) => (0,_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .recordsOf */ .M)(records, 'variable')
        .filter(record => record.change === change)
        .map(record => record.name);
    const first = (0,_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .recordsOf */ .M)(records, 'first-export')[0];
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
        faqs: Object.fromEntries((0,_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .recordsOf */ .M)(records, 'faqs').map(record => [record.name, [faqWords(record)]])),
        variables: {
            added: variables('added'),
            removed: variables('removed'),
            changed: variables('settings-changed'),
            values: variables('value-changed')
        },
        settings: (0,_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .recordsOf */ .M)(records, 'setting').map(record => record.name),
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
/* harmony import */ var _steps_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5898);
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
/* harmony import */ var _zip_reader_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(7024);
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
        const changeRecords = changed ? (0,_diff_js__WEBPACK_IMPORTED_MODULE_14__.diffBots)(previous, botFiles, { signal }) : [];
        await pace.check();
        if (changed)
            await swapInto(staging, folder);
        // The plain layout keeps regenerated values in its files: they change it without a change in the bot.
        const markdown = changed && !(0,_diff_js__WEBPACK_IMPORTED_MODULE_14__.hasChanges)(changeRecords)
            ? 'Nothing but values the platform regenerates on publish (the plain layout keeps them in its files).\n'
            : (0,_render_js__WEBPACK_IMPORTED_MODULE_15__.changesMarkdown)(changeRecords);
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

//# sourceMappingURL=556.index.js.map