export const id = 713;
export const ids = [713];
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

/***/ 7834:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U6: () => (/* binding */ waitForImport),
/* harmony export */   to: () => (/* binding */ ImportFailedError)
/* harmony export */ });
/* unused harmony export importFailed */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _platform_clock_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5960);
/* harmony import */ var _platform_poll_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7346);
/* harmony import */ var _core_words_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7522);
// Follows one import by its own id until it has settled. Judged by the top-level status only:
// the first statusLogs entry says "success" while the import is still pending.




class ImportFailedError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CoreError */ .am {
    status;
    statusLogs;
    constructor(message, status, statusLogs) {
        super('job', message);
        this.status = status;
        this.statusLogs = statusLogs;
        this.name = 'ImportFailedError';
    }
}
async function waitForImport(client, botId, started, options) {
    let last = started;
    const importPhase = (0,_platform_poll_js__WEBPACK_IMPORTED_MODULE_2__/* .statusWords */ .o7)('import', line => options.log.info(line));
    const settle = (current) => {
        last = current;
        options.onStatus?.(current);
        const phase = importPhase(current.status);
        if (phase === 'success')
            return current;
        if (phase === 'failure')
            throw importFailed(current, botId);
        options.log.info(`Import ${current.id}: ${current.status} (${(0,_platform_clock_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(Math.max(0, options.deadline - options.clock.now()))} left)`);
        return undefined;
    };
    const timedOut = () => new ImportFailedError((0,_core_words_js__WEBPACK_IMPORTED_MODULE_3__/* .say */ .cv) `Import ${started.id} did not finish within ${(0,_platform_clock_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(options.timeoutMs)} (last status: "${last.status}"). Raise ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_3__/* .setting */ .Pe)('timeout')} (e.g. ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_3__/* .example */ .Fw)('timeout', '30m')}); the import may still finish on the platform: check the bot's import history before running again.`, last.status, last.statusLogs);
    return (0,_platform_poll_js__WEBPACK_IMPORTED_MODULE_2__/* .poll */ .wt)(() => client.importStatus(botId, started.id), settle, timedOut, options);
}
/** A failed import, with every statusLogs entry that is not a success. */
function importFailed(current, botId) {
    const failing = current.statusLogs.filter(log => (0,_platform_poll_js__WEBPACK_IMPORTED_MODULE_2__/* .phaseOf */ .hU)(log.status) !== 'success');
    const logs = failing
        .slice(0, 20)
        .map(log => `${log.taskType}${log.taskName ? ` "${log.taskName}"` : ''}: ${log.status}`);
    if (failing.length > 20)
        logs.push(`… and ${failing.length - 20} more (see the job summary)`);
    const why = logs.length > 0
        ? `:\n- ${logs.join('\n- ')}`
        : current.reason
            ? `: ${current.reason}`
            : ', and its log names no failing step';
    return new ImportFailedError((0,_core_words_js__WEBPACK_IMPORTED_MODULE_3__/* .say */ .cv) `Kore.ai reports import ${current.id} into bot ${botId} as "${current.status}"${why}\nCheck that the export comes from the same or an older platform version, that the target was re-published after any restore, and the components chosen; then ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_3__/* .again */ .TG)()}.`, current.status, current.statusLogs);
}


/***/ }),

/***/ 9096:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mg: () => (/* binding */ buildImportBody),
/* harmony export */   ZJ: () => (/* binding */ IMPORT_MODES),
/* harmony export */   lk: () => (/* binding */ IMPORT_COMPONENTS)
/* harmony export */ });
/* harmony import */ var _export_export_request_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6710);
// The body of `POST /api/public/bot/{botId}/import`, as Kore.ai's XO 11 import page shows it.
// An incremental import carries an explicit importOptions, every group spelled out; a full
// import carries none. The API documents no switch between the two: Kore.ai's own public-API
// tests call a body without importOptions a full import, and public deploy scripts send it so
// (inferred, see import/README.md, "mode").

/** Every value the docs list for each group, the XO 10 and XO 11 pages together. */
const IMPORT_COMPONENTS = {
    tasks: ['botTask', 'knowledgeGraph', 'smallTalk', 'forms'],
    nlpData: ['nlpSettings', 'utterances', 'patterns', 'synonyms', 'concepts', 'standardResponses'],
    settings: ['botSettings', 'botVariables', 'ivrSettings', 'genAIandLLMSettings'],
    AgentAssist: ['rules', 'playbooks'],
    qualityAI: ['taxonomy', 'connectors', 'autoQA']
};
const IMPORT_MODES = ['incremental', 'full'];
function buildImportBody(files, choices) {
    const body = { botDefinition: files.botDefinition, configInfo: files.configInfo };
    if (files.botFunctions.length > 0)
        body.botFunctions = [...files.botFunctions];
    if ((choices.mode ?? 'incremental') === 'incremental')
        body.importOptions = importOptionsOf(choices);
    return (0,_export_export_request_js__WEBPACK_IMPORTED_MODULE_0__/* .deepMerge */ .$N)(body, choices.extra);
}
function importOptionsOf(choices) {
    const importOptions = {};
    for (const group of Object.keys(IMPORT_COMPONENTS)) {
        const chosen = choices.components[group] ?? [];
        importOptions[group] = chosen.length > 0 ? [...chosen] : [...IMPORT_COMPONENTS[group]];
    }
    // The XO 11 page's shape; the storyboard's scenes come with their comments.
    importOptions.storyBoardScenes = { includeComments: true };
    importOptions.customDashboard = true;
    // Exactly one of append and replace each: a public script sent both true.
    const options = { utterances: oneOf(choices.utterances), patterns: oneOf(choices.patterns ?? 'append') };
    if (choices.keepVariables.length > 0)
        options.botVariables = { ignore: [...choices.keepVariables] };
    importOptions.options = options;
    return importOptions;
}
function oneOf(mode) {
    return { append: mode === 'append', replace: mode === 'replace' };
}


/***/ }),

/***/ 4578:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BG: () => (/* binding */ PublishFailedError),
/* harmony export */   NK: () => (/* binding */ publishBot)
/* harmony export */ });
/* unused harmony export isThisPublish */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _platform_clock_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5960);
/* harmony import */ var _platform_poll_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7346);
/* harmony import */ var _core_words_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7522);
// Publishes the target after a successful import and waits for the publish to settle. A
// resource may wait for an admin's approval instead of being published: a warning naming it,
// and `publish-status: awaiting-approval`, not a failure. The status API takes no publish id
// and may answer with the previous publish, so the status is read before publishing, and only
// a newer answer counts as this publish.




class PublishFailedError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CoreError */ .am {
    status;
    constructor(message, status) {
        super('job', message);
        this.status = status;
        this.name = 'PublishFailedError';
    }
}
async function publishBot(client, botId, options) {
    const publishPhase = (0,_platform_poll_js__WEBPACK_IMPORTED_MODULE_2__/* .statusWords */ .o7)('publish', line => options.log.info(line));
    // Also proves, before anything is published, that the app may read the publish status.
    const before = await client.lastPublishStatus(botId);
    const start = options.clock.now();
    options.log.info(`Publishing bot ${botId}`);
    const resources = await client.publish(botId, { versionComment: options.versionComment, initiateTraining: true });
    const refused = resources.filter(resource => resource.status && (0,_platform_poll_js__WEBPACK_IMPORTED_MODULE_2__/* .phaseOf */ .hU)(resource.status) === 'failure');
    if (refused.length > 0) {
        throw new PublishFailedError((0,_core_words_js__WEBPACK_IMPORTED_MODULE_3__/* .say */ .cv) `Kore.ai did not publish ${refused.map(describe).join(', ')} of bot ${botId}. Check them in the Builder, then ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_3__/* .again */ .TG)()}.`, refused[0].status);
    }
    const awaitingApproval = resources.filter(resource => resource.state.toLowerCase() === 'awaitingapproval');
    let last;
    let shown = '';
    let staleNamed = false;
    const settle = (current) => {
        if (!isThisPublish(current, before, start)) {
            if (!staleNamed)
                options.log.info(`Publish of bot ${botId}: the status API answers with still the previous publish (${current.id ?? 'no id'}, ${current.status}); waiting for this one.`);
            staleNamed = true;
            return undefined;
        }
        last = current;
        const phase = publishPhase(current.status);
        // Logged as it moves: a new status word or a new percentage, not every read.
        const progress = `${current.status}${current.percentComplete !== undefined ? ` (${current.percentComplete}%)` : ''}`;
        if (progress !== shown)
            options.log.info(`Publish of bot ${botId}: ${progress}`);
        shown = progress;
        if (phase === 'success')
            return current;
        if (phase === 'failure') {
            const why = current.failed.length > 0 ? current.failed : current.summary;
            throw new PublishFailedError((0,_core_words_js__WEBPACK_IMPORTED_MODULE_3__/* .say */ .cv) `Kore.ai reports the publish of bot ${botId} as "${current.status}"${why.length ? `:\n- ${why.slice(0, 20).join('\n- ')}` : ''}\nCheck that at least one channel is enabled, and the parts named in the Builder, then ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_3__/* .again */ .TG)()}.`, current.status);
        }
        return undefined;
    };
    const timedOut = () => new PublishFailedError((0,_core_words_js__WEBPACK_IMPORTED_MODULE_3__/* .say */ .cv) `The publish of bot ${botId} did not finish within ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_3__/* .setting */ .Pe)('timeout')} (${(0,_platform_clock_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(options.timeoutMs)}; last status: ${last ? `"${last.status}"` : staleNamed ? 'none, the status API still answered with the previous publish' : 'none'}). Raise it, e.g. ${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_3__/* .example */ .Fw)('timeout', '30m')}; the publish may still finish.`, last?.status ?? '');
    const final = await (0,_platform_poll_js__WEBPACK_IMPORTED_MODULE_2__/* .poll */ .wt)(() => client.publishStatus(botId), settle, timedOut, options);
    if (final.failed.length > 0)
        options.log.warning(`Kore.ai reports the publish of bot ${botId} as "${final.status}", but parts of it as failed:\n- ${final.failed.slice(0, 20).join('\n- ')}`);
    if (awaitingApproval.length > 0) {
        options.log.warning(`Published bot ${botId}, but ${awaitingApproval.map(describe).join(', ')} wait for an admin's approval (Admin Console > Bot Management > Approvals) before users see them.`);
    }
    return {
        status: awaitingApproval.length > 0 ? 'awaiting-approval' : final.status,
        resources,
        awaitingApproval,
        summary: final.summary
    };
}
/**
 * Whether a status answer is about the publish this run made: there was none before, or it has
 * another id than the one read before, or it was requested at or after this publish's start
 * (or later than the one before, whatever the two clocks say).
 */
function isThisPublish(current, before, start) {
    if (!before)
        return true;
    if (current.id && before.id && current.id !== before.id)
        return true;
    if (current.requestedTime !== undefined)
        return (current.requestedTime >= start ||
            (before.requestedTime !== undefined && current.requestedTime > before.requestedTime));
    // No time to go by: the same id is the publish before; without ids nothing says it is old.
    return !(current.id && current.id === before.id);
}
function describe(resource) {
    return `${resource.type || 'resource'} ${resource.name || resource.id}`.trim();
}


/***/ }),

/***/ 713:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runImport: () => (/* binding */ runImport)
});

// EXTERNAL MODULE: ./src/core/flow.ts + 3 modules
var flow = __webpack_require__(3025);
// EXTERNAL MODULE: ./src/platform/clock.ts + 1 modules
var platform_clock = __webpack_require__(5960);
// EXTERNAL MODULE: ./src/import/import-job.ts
var import_job = __webpack_require__(7834);
// EXTERNAL MODULE: ./src/import/publish.ts
var publish = __webpack_require__(4578);
// EXTERNAL MODULE: ./src/core/summary.ts
var summary = __webpack_require__(1363);
// EXTERNAL MODULE: ./src/shared/untrusted-text.ts
var untrusted_text = __webpack_require__(371);
;// CONCATENATED MODULE: ./src/import/report.ts



/** statusLogs rows shown; the rest are counted. */
const LOGS_SHOWN = 200;
class ImportReport {
    host;
    constructor(host) {
        this.host = host;
    }
    values = {};
    settings;
    source;
    statusLogs = [];
    changes;
    publishing;
    verification;
    failure;
    written;
    startedAt = Date.now();
    get outputs() {
        return { ...this.values };
    }
    /** The settings, once read. */
    get usedSettings() {
        return this.settings;
    }
    /** The summary's Markdown as last written: what a pull-request comment shows. */
    get markdown() {
        return this.written;
    }
    output(name, value) {
        if (this.values[name] === value)
            return;
        this.values[name] = value;
        this.host.setOutput(name, value);
    }
    useSettings(settings) {
        this.settings = settings;
    }
    usedSource(source) {
        this.source = source;
    }
    logs(statusLogs) {
        this.statusLogs = statusLogs;
    }
    changed(title, markdown) {
        this.changes = { title, markdown };
    }
    published(resources, summary) {
        this.publishing = { resources, summary };
    }
    verified(passed, markdown) {
        this.verification = { passed, markdown };
    }
    failed(message) {
        this.failure = this.host.render(message);
    }
    async writeSummary() {
        const { settings, values, source } = this;
        const heading = settings?.dryRun ? 'Kore.ai bot import plan (dry run)' : 'Kore.ai bot import';
        let text = `## ${heading}${this.failure ? ' failed' : ''}\n\n`;
        if (this.failure)
            text += (0,summary/* cautionBlock */.B1)(this.failure);
        text += (0,summary/* summaryTable */.jb)([
            ['Source', settings ? `${source?.kind ?? 'export'} ${(0,summary/* code */.aY)(settings.fromGiven)}` : '(inputs not read)'],
            ['Source SHA-256', source ? (0,summary/* code */.aY)(source.sha256) : ''],
            ['Size', source ? (0,summary/* formatSize */.Xq)(source.size) : ''],
            ['Target bot', settings ? `${(0,summary/* code */.aY)(settings.botId)} on ${(0,untrusted_text/* markdownText */.p7)(settings.host)}` : ''],
            ['Import ID', values['import-id'] ? (0,summary/* code */.aY)(values['import-id']) : ''],
            ['Status', values.status ? (0,untrusted_text/* markdownText */.p7)(values.status) : ''],
            ['Publish', values['publish-status'] ? (0,untrusted_text/* markdownText */.p7)(values['publish-status']) : ''],
            ['Verified', values.verified ?? ''],
            ['Not sent', source?.notSent.length ? source.notSent.map(name => (0,summary/* code */.aY)(name)).join(', ') : ''],
            ['Duration', (0,platform_clock/* formatDuration */.a3)(Date.now() - this.startedAt)]
        ]);
        if (this.statusLogs.length > 0) {
            const rows = this.statusLogs
                .slice(0, LOGS_SHOWN)
                .map(log => `| ${(0,untrusted_text/* markdownText */.p7)(log.taskType)} | ${(0,untrusted_text/* markdownText */.p7)(log.taskName)} | ${(0,untrusted_text/* markdownText */.p7)(log.status)} |`);
            if (this.statusLogs.length > LOGS_SHOWN)
                rows.push(`| … and ${this.statusLogs.length - LOGS_SHOWN} more | | |`);
            text += `### Import log\n\n| Type | Name | Status |\n| --- | --- | --- |\n${rows.join('\n')}\n\n`;
        }
        if (this.changes)
            text += `### ${this.changes.title}\n\n${this.changes.markdown || 'Nothing.\n'}\n`;
        if (this.publishing) {
            const waiting = this.publishing.resources.filter(resource => resource.state === 'awaitingApproval');
            text += '### Publish\n\n';
            if (waiting.length > 0)
                text += `Waiting for an admin's approval: ${waiting.map(resource => `${(0,untrusted_text/* markdownText */.p7)(resource.type)} ${(0,summary/* code */.aY)(resource.name || resource.id)}`).join(', ')}\n\n`;
            for (const line of this.publishing.summary.slice(0, 50))
                text += `- ${(0,untrusted_text/* markdownText */.p7)(line)}\n`;
            text += '\n';
        }
        if (this.verification)
            text += `### Verification: ${this.verification.passed ? 'the target holds what was sent' : 'the target does not hold what was sent'}\n\n${this.verification.markdown}\n`;
        this.written = text;
        await this.host.writeSummary(text);
    }
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/import/import-request.ts
var import_request = __webpack_require__(9096);
// EXTERNAL MODULE: ./src/core/action-defaults.ts
var action_defaults = __webpack_require__(5764);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/words.ts
var words = __webpack_require__(7522);
// EXTERNAL MODULE: ./src/export/settings.ts
var settings = __webpack_require__(977);
;// CONCATENATED MODULE: ./src/import/settings.ts
// The import action's inputs, read once and checked into one ImportSettings object: every bad
// input is named at once, before any request. Shares its readers with the export's inputs.







/** What an empty input means: import/action.yml's defaults, and `request-timeout`'s rule. */
const IMPORT_DEFAULTS = { ...action_defaults/* IMPORT_ACTION_DEFAULTS */.G, 'request-timeout': settings/* REQUEST_TIMEOUT_DEFAULT */.UF };
const GROUP_INPUTS = {
    tasks: 'tasks',
    nlpData: 'nlp-data',
    settings: 'settings',
    AgentAssist: 'agent-assist',
    qualityAI: 'quality-ai'
};
/** The platform's version comment is free text; this is plenty for a commit and a run link. */
const MAX_VERSION_COMMENT = 1000;
function readImportSettings(inputs) {
    const problems = [];
    const check = (0,settings/* checker */.w1)(problems);
    const input = (name) => inputs.get(name) || IMPORT_DEFAULTS[name] || '';
    // Variable values and the GitHub token are secrets: masked before anything else can fail and print.
    const variables = check(() => parseVariables(inputs.get('variables'), inputs.mask), new Map());
    const githubToken = inputs.get('github-token').trim();
    if (githubToken)
        inputs.mask(githubToken);
    const credentials = check(() => (0,settings/* readCredentials */.L1)(inputs, 'a Kore.ai Admin Console app with the Bot Import scope (and Bot Publish and Publish Status to publish; Admin Console > API Scopes)'), { kind: 'token', jwt: '' });
    const host = check(() => (0,settings/* parseHost */.o6)(input('host')), '');
    const botId = check(() => (0,settings/* parseBotId */.Ad)(input('bot-id')), '');
    const workspace = external_node_path_default().resolve(process.env.GITHUB_WORKSPACE || process.cwd());
    const fromGiven = input('from').trim();
    if (!fromGiven)
        problems.push((0,words/* say */.cv) `${(0,words/* setting */.Pe)('from')} is required. Give a zip made by the export (its path input) or a folder made by extract-to, e.g. ${(0,words/* example */.Fw)('from', 'bot')}.`);
    const components = {};
    for (const group of Object.keys(import_request/* IMPORT_COMPONENTS */.lk)) {
        components[group] = check(() => parseGroup(GROUP_INPUTS[group], group, input(GROUP_INPUTS[group])), []);
    }
    const utterances = check(() => parseAppendOrReplace('utterances', input('utterances')), 'append');
    const patterns = check(() => parseAppendOrReplace('patterns', input('patterns')), 'append');
    const mode = check(() => parseMode(input('mode')), 'incremental');
    const extra = check(() => (0,settings/* parseJsonObject */.dw)('import-options', input('import-options'), '{"importOptions": {"botComponents": ["linkedBots"]}}'), {});
    const keepTargetVariables = check(() => (0,settings/* parseBoolean */.yG)('keep-target-variables', input('keep-target-variables')), false);
    const timing = (0,settings/* readTiming */.$O)(check, inputs, input, problems);
    const publish = check(() => (0,settings/* parseBoolean */.yG)('publish', input('publish')), false);
    const verify = check(() => (0,settings/* parseBoolean */.yG)('verify', input('verify')), true);
    const dryRun = check(() => (0,settings/* parseBoolean */.yG)('dry-run', input('dry-run')), false);
    const prComment = check(() => (0,settings/* parseBoolean */.yG)('pr-comment', input('pr-comment')), false);
    const versionComment = input('version-comment').trim();
    if (versionComment.length > MAX_VERSION_COMMENT)
        problems.push((0,words/* say */.cv) `${(0,words/* setting */.Pe)('version-comment')} is ${versionComment.length} characters long; keep it under ${MAX_VERSION_COMMENT}.`);
    if (!timing.wait && !dryRun) {
        if (publish)
            problems.push((0,words/* say */.cv) `${(0,words/* setting */.Pe)('publish')} needs ${(0,words/* example */.Fw)('wait', 'true')}: the bot is published only after the import has succeeded. Set ${(0,words/* example */.Fw)('wait', 'true')} or ${(0,words/* example */.Fw)('publish', 'false')}.`);
        if (verify)
            problems.push((0,words/* say */.cv) `${(0,words/* setting */.Pe)('verify')} needs ${(0,words/* example */.Fw)('wait', 'true')}: the target is checked once the import has finished. Set ${(0,words/* example */.Fw)('wait', 'true')} or ${(0,words/* example */.Fw)('verify', 'false')}.`);
    }
    if (mode === 'full') {
        // A full import sends no importOptions: these would be read and silently not sent. Judged
        // by value, not by whether the input is set: a runner passes every default (append).
        const unsent = Object.keys(GROUP_INPUTS)
            .filter(group => components[group]?.length)
            .map(group => GROUP_INPUTS[group]);
        if (utterances === 'replace')
            unsent.push('utterances');
        if (patterns === 'replace')
            unsent.push('patterns');
        if (keepTargetVariables)
            unsent.push('keep-target-variables');
        if (unsent.length > 0) {
            problems.push((0,words/* say */.cv) `${(0,words/* example */.Fw)('mode', 'full')} sends no importOptions, so ${(0,words/* joined */.oR)(unsent.map(words/* setting */.Pe), ', ')} would not be sent: a full import makes the target the file, every component of it. Remove ${unsent.length > 1 ? 'them' : 'it'}, or use ${(0,words/* example */.Fw)('mode', 'incremental')}.`);
        }
    }
    if (keepTargetVariables && variables.size > 0) {
        problems.push((0,words/* say */.cv) `${(0,words/* setting */.Pe)('variables')} and ${(0,words/* example */.Fw)('keep-target-variables', 'true')} contradict each other: the values given would not be imported. Remove one of them.`);
    }
    if (problems.length > 0)
        throw new errors/* InputError */.dz(problems);
    return {
        host,
        botId,
        credentials,
        from: external_node_path_default().resolve(workspace, fromGiven),
        fromGiven,
        components,
        utterances,
        patterns,
        mode,
        extra,
        variables,
        keepTargetVariables,
        ...timing,
        publish,
        versionComment,
        verify,
        dryRun,
        prComment,
        githubToken,
        workspace
    };
}
/** `NAME=value`, one a line; blank lines and `#` comments skipped. Lines are never echoed: they hold secrets. */
function parseVariables(raw, mask) {
    const values = new Map();
    const problems = [];
    raw.split('\n').forEach((line, index) => {
        const text = line.replace(/\r$/, '');
        if (!text.trim() || text.trimStart().startsWith('#'))
            return;
        const equals = text.indexOf('=');
        const name = equals > 0 ? text.slice(0, equals).trim() : '';
        const value = equals > 0 ? text.slice(equals + 1) : '';
        if (value)
            mask(value);
        if (!name)
            return problems.push(`line ${index + 1} is not NAME=value`);
        if (!/^[A-Za-z_][A-Za-z0-9_.-]{0,99}$/.test(name))
            return problems.push(`line ${index + 1}: "${(0,untrusted_text/* plain */.pj)(name, 100)}" is not a variable name`);
        if (values.has(name))
            return problems.push(`${name} is given twice`);
        values.set(name, value);
    });
    if (problems.length > 0) {
        throw new errors/* CoreError */.am('input', (0,words/* say */.cv) `${(0,words/* setting */.Pe)('variables')}: ${problems.join('; ')}. Give one NAME=value a line, from secrets, e.g. ${(0,words/* example */.Fw)('variables', 'API_KEY=<a secret>')}.`);
    }
    return values;
}
function parseGroup(inputName, group, raw) {
    return (0,settings/* parseChoices */.IJ)(raw, import_request/* IMPORT_COMPONENTS */.lk[group], (value, sameButCase) => (0,words/* say */.cv) `${(0,words/* setting */.Pe)(inputName)}: "${value}" is not a documented ${group} component for import${sameButCase}. Allowed: ${import_request/* IMPORT_COMPONENTS */.lk[group].join(', ')}; empty imports all of them. To send another value, use ${(0,words/* setting */.Pe)('import-options')}, e.g. {"importOptions": {"${group}": ["${value}"]}}.`);
}
/** `utterances` or `patterns`. */
function parseAppendOrReplace(name, raw) {
    const value = raw.trim().toLowerCase();
    if (value === 'append' || value === 'replace')
        return value;
    throw new errors/* CoreError */.am('input', (0,words/* say */.cv) `${(0,words/* setting */.Pe)(name)}: "${(0,untrusted_text/* plain */.pj)(raw.trim(), 80)}" is not append or replace. Use append (the default: add the file's ${name} to the target's) or replace (the target's ${name} become the file's).`);
}
function parseMode(raw) {
    const value = raw.trim().toLowerCase();
    const mode = import_request/* IMPORT_MODES */.ZJ.find(known => known === value);
    if (mode)
        return mode;
    throw new errors/* CoreError */.am('input', (0,words/* say */.cv) `${(0,words/* setting */.Pe)('mode')}: "${(0,untrusted_text/* plain */.pj)(raw.trim(), 80)}" is not incremental or full. Use incremental (the default: the chosen components merge into the target, what only the target has stays) or full (the target becomes the file: what the file lacks is removed).`);
}

;// CONCATENATED MODULE: ./src/import/run-import.ts
// The import action's flow: inputs → source read and checked → the target exported (for the
// plan, the changes and the verification) → uploads → import → wait → the target exported
// again and checked → publish. It runs under any host, as the export flow does. The work after
// the inputs is in import-flow.ts, loaded only once they are good.






async function runImport(inputs, host, clock = platform_clock/* systemClock */.ml) {
    const report = new ImportReport(host);
    const result = await (0,flow/* runFlow */.c)({
        host,
        report,
        whenCancelled: 'Polling stopped; what the platform had already received it may still carry out: check the target bot before running again.',
        onError: error => {
            if (error instanceof import_job/* ImportFailedError */.to) {
                report.output('status', error.status);
                report.logs(error.statusLogs);
            }
            if (error instanceof publish/* PublishFailedError */.BG && error.status)
                report.output('publish-status', error.status);
        }
    }, async (signal) => {
        const settings = readImportSettings(inputs);
        report.useSettings(settings);
        // Loaded once the inputs are good: a bad input fails without reading the rest (start-up).
        const { importFlow } = await Promise.all(/* import() */[__webpack_require__.e(663), __webpack_require__.e(44), __webpack_require__.e(24), __webpack_require__.e(616), __webpack_require__.e(734), __webpack_require__.e(107)]).then(__webpack_require__.bind(__webpack_require__, 2107));
        await importFlow(settings, host, clock, signal, report);
    });
    const settings = report.usedSettings;
    // Not after a cancellation: the runner is about to stop the step.
    if (!settings?.prComment || report.markdown === undefined || result.cancelled)
        return result;
    const review = {
        botId: settings.botId,
        markdown: report.markdown,
        dryRun: settings.dryRun,
        token: settings.githubToken
    };
    return { ...result, review };
}


/***/ })

};

//# sourceMappingURL=713.index.js.map