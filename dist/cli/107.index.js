export const id = 107;
export const ids = [107,489];
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

/***/ 2107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  importFlow: () => (/* binding */ importFlow)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/bot-source/across-bots.ts
var across_bots = __webpack_require__(9671);
// EXTERNAL MODULE: ./src/bot-source/bot-files.ts
var bot_files = __webpack_require__(3222);
// EXTERNAL MODULE: ./src/bot-source/diff.ts
var diff = __webpack_require__(734);
// EXTERNAL MODULE: ./src/bot-source/render.ts
var render = __webpack_require__(1489);
;// CONCATENATED MODULE: ./src/bot-source/verify.ts


/**
 * Checks the target (exported after the import) against what was sent, both made comparable
 * across bots (across-bots.ts).
 */
function verifyImport(sent, target, chosen, options = {}) {
    return verdict((0,diff.diffBots)(sent, target, options), chosen);
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
    const dialogs = (0,diff/* recordsOf */.M)(records, 'dialog');
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
    for (const record of (0,diff/* recordsOf */.M)(records, 'faqs')) {
        if (record.change === 'added')
            result.targetOnly.push(`FAQs ${record.name}`);
        else if (record.change === 'removed')
            place(chosen.faqs, result.missing, `FAQs ${record.name}`);
        else
            place(chosen.faqs, result.different, `FAQs ${record.name}: ${(0,render/* faqWords */.yc)(record)}`);
    }
    const variables = (change) => (0,diff/* recordsOf */.M)(records, 'variable')
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
    for (const record of (0,diff/* recordsOf */.M)(records, 'setting'))
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
var folder_files = __webpack_require__(8315);
// EXTERNAL MODULE: ./src/bot-source/json-model.ts
var json_model = __webpack_require__(8075);
// EXTERNAL MODULE: ./src/platform/kore-client.ts + 2 modules
var kore_client = __webpack_require__(8868);
// EXTERNAL MODULE: ./src/shared/untrusted-text.ts
var untrusted_text = __webpack_require__(371);
// EXTERNAL MODULE: ./src/core/words.ts
var words = __webpack_require__(7522);
// EXTERNAL MODULE: ./src/import/import-job.ts
var import_job = __webpack_require__(7834);
// EXTERNAL MODULE: ./src/import/import-request.ts
var import_request = __webpack_require__(9096);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: ./src/bot-source/json-format.ts
var json_format = __webpack_require__(7827);
// EXTERNAL MODULE: ./src/bot-source/folder-reader.ts
var folder_reader = __webpack_require__(7477);
// EXTERNAL MODULE: ./src/bot-source/manifest.ts
var bot_source_manifest = __webpack_require__(8284);
// EXTERNAL MODULE: ./src/bot-source/pack.ts
var pack = __webpack_require__(6616);
// EXTERNAL MODULE: ./src/bot-source/zip-reader.ts
var zip_reader = __webpack_require__(7024);
// EXTERNAL MODULE: ./src/platform/clock.ts + 1 modules
var clock = __webpack_require__(5960);
;// CONCATENATED MODULE: ./src/import/import-source.ts
// What an import sends, read and checked before the first request: a zip made by the export,
// or a folder made by extract-to (packed back into the export's exact files first). Both are
// read as hostile input, the same way the export's own zips are.













/** The platform's documented limits for an import (XO 11 UI): the zip, config.json, a custom script. */
const IMPORT_LIMITS = { zipBytes: 50 * 1024 * 1024, configBytes: 500 * 1024, scriptBytes: 500 * 1024 };
/** `signal`: packing a folder stops at its next step once it aborts (CancelledError). */
async function readImportSource(from, signal) {
    const refuse = (why) => new errors/* CoreError */.am('file', (0,words/* say */.cv) `${(0,words/* setting */.Pe)('from')} (${(0,untrusted_text/* plain */.pj)(from, 300)}) ${why}`, { file: from });
    let stat;
    try {
        stat = external_node_fs_default().statSync(from);
    }
    catch {
        throw refuse((0,words/* say */.cv) `does not exist. Give a zip made by the export (path) or a folder made by extract-to, e.g. ${(0,words/* example */.Fw)('from', 'bot')}.`);
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
            files = await (0,pack.packFolderCancellable)(reader, signal, manifest);
            omittedValues = manifest.files['config.json']?.omittedValues?.map(omitted => omitted.variable) ?? [];
        }
        catch (error) {
            if (error instanceof clock/* CancelledError */.cc)
                throw error;
            throw refuse((0,words/* say */.cv) `cannot be imported: ${(0,errors/* wordsOf */.Z9)(error)}`);
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
            }, signal);
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

// EXTERNAL MODULE: ./src/import/publish.ts
var publish = __webpack_require__(4578);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/export/download.ts
var download = __webpack_require__(7896);
// EXTERNAL MODULE: ./src/export/export-request.ts
var export_request = __webpack_require__(6710);
// EXTERNAL MODULE: ./src/export/export-job.ts
var export_job = __webpack_require__(7980);
// EXTERNAL MODULE: ./src/shared/temporary-files.ts
var temporary_files = __webpack_require__(7168);
;// CONCATENATED MODULE: ./src/import/target-export.ts









async function exportTarget(client, botId, why, options) {
    const body = (0,export_request/* buildExportBody */.VY)({
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
    const ready = await (0,export_job/* waitForExport */.F)(client, botId, started, options);
    // The link is signed: a credential, masked (whole and by its parameters) before anything could print it.
    (0,download/* maskSignedLink */.b5)(ready.downloadUrl, client.host, options.log.mask);
    const url = client.resolveUrl(ready.downloadUrl);
    const file = (0,temporary_files/* temporary */.q_)((0,temporary_files/* temporaryPathBeside */.DL)(external_node_path_default().join(process.env.RUNNER_TEMP || external_node_os_default().tmpdir(), 'kore-bot-target.zip')));
    try {
        await (0,download/* downloadExport */.Rd)(client, url, file, {
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

// EXTERNAL MODULE: ./package.json
var package_0 = __webpack_require__(8330);
;// CONCATENATED MODULE: ./src/import/version-comment.ts
// The publish comment, when the workflow gives none: which repository, commit and run
// published this version, so the bot's version history points back at its source. Read from
// the runner's variables, as @actions/github's context reads them: that library is the Actions
// adapter's (and loading it behind a proxy wants the undici the bundles leave out).

async function defaultVersionComment() {
    const { GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = process.env;
    if (!repository || !sha)
        return `Published by kore-bot-export ${package_0/* version */.rE}`;
    const server = process.env.GITHUB_SERVER_URL || 'https://github.com';
    const run = `${server}/${repository}/actions/runs/${process.env.GITHUB_RUN_ID ?? ''}`;
    return `${repository}@${sha.slice(0, 12)} by ${process.env.GITHUB_WORKFLOW || 'workflow'} (${run})`;
}

;// CONCATENATED MODULE: ./src/import/import-flow.ts
// The import flow's work, loaded once the inputs are read and good (run-import.ts): the
// source read and checked, the plan, the upload and the wait, the verification, the publish.


















/** The import, once its settings are read: the source, the plan, the upload, the wait, the checks. */
async function importFlow(settings, host, clock, signal, report) {
    const source = await readImportSource(settings.from, signal);
    const config = checkVariables(source, settings);
    report.usedSource(source);
    host.info(`Read ${source.kind} ${(0,untrusted_text/* plain */.pj)(settings.from)}: ${[source.definition, ...source.scripts].map(file => (0,untrusted_text/* plain */.pj)(file.name)).join(', ')}, config.json (sha256 ${source.sha256})`);
    const client = await (0,kore_client/* connect */.Ng)(settings, { host, clock, signal });
    const timing = {
        deadline: client.deadline,
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
        const plan = (0,diff.diffBots)(comparable(before.files), comparable(sentFiles), { signal, comparable: true });
        const onlyTarget = (0,render/* onlyBeforeItems */.YV)(plan);
        const planMarkdown = (0,render.changesMarkdown)(plan, { removedApart: true });
        const markdown = planMarkdown + onlyTargetSection(onlyTarget, full);
        const changes = planMarkdown.trim() !== '' || (full && onlyTarget.length > 0);
        report.output('changes', markdown.trim());
        report.changed('What the import would change in the target', markdown);
        // The log in plain text (neither a runner's log nor a terminal renders Markdown).
        const text = (0,render.changesText)(plan, { removedApart: true }) + onlyTargetText(onlyTarget, full);
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
    const body = (0,import_request/* buildImportBody */.Mg)(uploaded, {
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
    const imported = await (0,import_job/* waitForImport */.U6)(client, settings.botId, started, {
        ...timing,
        onStatus: status => {
            report.output('status', status.status);
            report.logs(status.statusLogs);
        }
    });
    host.info(`Import ${imported.id}: ${imported.status}`);
    if (settings.verify && before) {
        const after = await exportTarget(client, settings.botId, 'to verify the import', timing);
        const changes = (0,render.changesMarkdown)((0,diff.diffBots)(comparable(before.files), comparable(after.files), { signal, comparable: true }));
        report.output('changes', changes.trimEnd());
        report.changed('What the import changed in the target', changes);
        const verification = verifyImport(comparable(sentFiles), comparable(after.files), chosenParts(settings), {
            signal,
            comparable: true
        });
        const passed = !verificationFailed(verification);
        report.output('verified', String(passed));
        report.verified(passed, (0,render/* verificationMarkdown */.fY)(verification));
        if (!passed) {
            const items = [
                ...verification.missing.map(item => `missing: ${item}`),
                ...verification.different.map(item => `not as sent: ${item}`)
            ];
            throw new errors/* CoreError */.am('verification', (0,words/* say */.cv) `The import of ${source.kind} ${(0,untrusted_text/* plain */.pj)(settings.from)} into bot ${settings.botId} reported success, but the target does not hold what was sent:\n- ${listed(items)}\nThe bot was not published. Check the components chosen (${(0,words/* setting */.Pe)('tasks')}, ${(0,words/* setting */.Pe)('nlp-data')}, ${(0,words/* setting */.Pe)('settings')}) and the import in the Builder.`);
        }
        host.info(`Verified: bot ${settings.botId} holds what was sent${verification.targetOnly.length ? ` (and ${verification.targetOnly.length === 1 ? '1 part' : `${verification.targetOnly.length} parts`} only it has${full ? ', to be removed by the publish' : ''})` : ''}.`);
    }
    if (settings.publish) {
        const versionComment = settings.versionComment || (await defaultVersionComment());
        const outcome = await (0,publish/* publishBot */.NK)(client, settings.botId, { ...timing, versionComment });
        report.output('publish-status', outcome.status);
        report.published(outcome.resources, outcome.summary);
        host.info(`Publish of bot ${settings.botId}: ${outcome.status}`);
        if (full && settings.verify)
            await verifyFullImport(client, settings, sentFiles, comparable, timing);
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
            problems.push((0,words/* say */.cv) `${(0,words/* setting */.Pe)('variables')}: ${(0,untrusted_text/* plain */.pj)(name, 100)} is not a bot variable in ${source.kind === 'folder' ? 'the folder' : 'the zip'}'s config.json (${source.variables.length
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
        (0,words/* say */.cv) `The import would set ${blanked.length === 1 ? 'a bot variable' : `${blanked.length} bot variables`} empty that bot ${settings.botId} holds a value for: ${names}. The ${source.kind}'s config.json leaves ${blanked.length === 1 ? 'it' : 'them'} empty${source.kind === 'folder' && source.omittedValues.length ? ' (the folder leaves values out)' : ''}, and ${(0,words/* setting */.Pe)('variables')} does not give ${blanked.length === 1 ? 'it' : 'them'}. Nothing was uploaded. Give each as NAME=value in ${(0,words/* setting */.Pe)('variables')} (from secrets)${settings.mode === 'full' ? '' : (0,words/* say */.cv) `, or set ${(0,words/* example */.Fw)('keep-target-variables', 'true')} to leave the target's values as they are`}.`
    ]);
}
/**
 * After a full import's publish, nothing only the target had may be left: the API does not
 * document full imports (see import/README.md, "mode"), so a platform that kept them shows here, at once.
 */
async function verifyFullImport(client, settings, sentFiles, comparable, timing) {
    const published = await exportTarget(client, settings.botId, 'to check that the full import removed what only the target had', timing);
    const left = verifyImport(comparable(sentFiles), comparable(published.files), chosenParts(settings), {
        signal: timing.signal,
        comparable: true
    }).targetOnly;
    if (left.length === 0)
        return timing.log.info(`Verified after the publish: bot ${settings.botId} holds nothing the source does not (mode full).`);
    throw new errors/* CoreError */.am('verification', `The full import into bot ${settings.botId} was published, but the target still holds what the source does not:\n- ${listed(left)}\nThe platform treated the import as incremental (an import body without importOptions is taken for a full import; the API does not document it). Remove these in the Builder, or report it to us with the platform version.`);
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

//# sourceMappingURL=107.index.js.map