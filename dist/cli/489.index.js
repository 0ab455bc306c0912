export const id = 489;
export const ids = [489];
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


/***/ })

};

//# sourceMappingURL=489.index.js.map