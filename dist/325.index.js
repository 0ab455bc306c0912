export const id = 325;
export const ids = [325];
export const modules = {

/***/ 6325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RoundTripError: () => (/* binding */ RoundTripError),
  unpackExport: () => (/* binding */ unpackExport)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./src/platform/clock.ts + 1 modules
var clock = __webpack_require__(5960);
// EXTERNAL MODULE: ./src/shared/file-system-errors.ts
var file_system_errors = __webpack_require__(8709);
// EXTERNAL MODULE: ./src/shared/output-paths.ts
var output_paths = __webpack_require__(8133);
// EXTERNAL MODULE: ./src/bot-source/steps.ts
var steps = __webpack_require__(5898);
// EXTERNAL MODULE: ./src/shared/temporary-files.ts
var temporary_files = __webpack_require__(7168);
// EXTERNAL MODULE: ./src/shared/untrusted-text.ts
var untrusted_text = __webpack_require__(371);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./src/bot-source/json-format.ts


/** What the platform writes: `JSON.stringify(value, null, 4)`, no final new line. */
const json_format_PLATFORM_STYLE = { newline: '\n', indent: '    ', colon: ': ', finalNewline: false };
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
    return finish(formatJsonSteps(bytes));
}
/** formatJsonFile in steps (see reindentSteps). */
function* formatJsonSteps(bytes) {
    const source = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const kept = { form: 'other', bytes: source };
    // Not UTF-8, or with a byte order mark: rewriting would not give these bytes back.
    if (!(0,external_node_buffer_.isUtf8)(source) || (source[0] === 0xef && source[1] === 0xbb && source[2] === 0xbf))
        return kept;
    // The platform's files have new lines, minified ones none: try the likely form first.
    if (source.indexOf(0x0a) < 0) {
        // Minified means no white space between tokens: then minifying gives these bytes back.
        const scan = { spaces: false };
        const indented = yield* reindentSteps(source, json_format_PLATFORM_STYLE, FORMAT_LIMITS, scan);
        return indented === undefined || scan.spaces ? kept : { form: 'minified', bytes: indented };
    }
    const indented = yield* reindentSteps(source, json_format_PLATFORM_STYLE);
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
function reindentJson(text, style = json_format_PLATFORM_STYLE, limits = FORMAT_LIMITS) {
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
function reindentBytes(source, style = json_format_PLATFORM_STYLE, limits = FORMAT_LIMITS, scan) {
    return finish(reindentSteps(source, style, limits, scan));
}
/** Source bytes re-indented between two pauses of reindentSteps: some 50 ms of work. */
const STEP_BYTES = 4 * 1024 * 1024;
/** reindentBytes as steps of STEP_BYTES of the source, so that a cancellation can stop a large file. */
function* reindentSteps(source, style = json_format_PLATFORM_STYLE, limits = FORMAT_LIMITS, scan) {
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

;// CONCATENATED MODULE: ./src/bot-source/json-model.ts
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
        if (depth > FORMAT_LIMITS.maxDepth)
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
function stringifyJson(value, style = json_format_PLATFORM_STYLE) {
    const pieces = [];
    serialize(value, style, piece => pieces.push(piece));
    return pieces.join('');
}
/** The same as UTF-8 bytes, and `end` after them (a file's final newline). */
function json_model_jsonBytes(value, style = json_format_PLATFORM_STYLE, end = '') {
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
function json_model_isObject(value) {
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
    if (json_model_isObject(value))
        return [...value].map(([key, member]) => [key, plainValue(member)]);
    return value instanceof JsonNumber ? value.text : value;
}

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
        const list = memberOf(definition, key);
        if (!Array.isArray(list))
            continue;
        for (const item of list) {
            if (!isNodeObject(item))
                continue;
            const id = memberOf(item, '_id');
            const refId = memberOf(item, 'refId');
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
        const value = isNodeObject(holder) ? memberOf(holder, member) : undefined;
        if (!isNodeObject(holder) || typeof value !== 'string' || value === REGENERATED)
            return;
        taken.push([[...path, member], value]);
        setMember(holder, member, REGENERATED);
    };
    if (key === 'botEvents' && isNodeObject(value)) {
        for (const [event, settings] of membersOf(value)) {
            const messages = isNodeObject(settings) ? memberOf(settings, 'msg') : undefined;
            if (Array.isArray(messages))
                messages.forEach((message, index) => take([event, 'msg', index], message, 'lMod'));
        }
    }
    if (key === 'smallTalk' && Array.isArray(value)) {
        value.forEach((topic, t) => {
            const groups = isNodeObject(topic) ? memberOf(topic, 'groups') : undefined;
            if (!Array.isArray(groups))
                return;
            groups.forEach((group, g) => {
                take([t, 'groups', g], group, 'groupId');
                const nodes = isNodeObject(group) ? memberOf(group, 'nodes') : undefined;
                if (!Array.isArray(nodes))
                    return;
                nodes.forEach((node, n) => {
                    const answers = isNodeObject(node) ? memberOf(node, 'botUtterances') : undefined;
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
        const holder = getAt(restored, path.slice(0, -1));
        const member = path.at(-1);
        if (isNodeObject(holder) && memberOf(holder, member) === REGENERATED)
            setMember(holder, member, original);
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
        if (isNodeObject(item)) {
            return objectLike(item, membersOf(item).map(([key, member]) => {
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
        source = strictUtf8.decode(bytes);
    }
    catch {
        return undefined;
    }
    // Files the platform wrote have newlines; minified ones have none.
    const style = source.includes('\n') ? json_format_PLATFORM_STYLE : MINIFIED_STYLE;
    yield;
    try {
        const definition = JSON.parse(source);
        if (!isNodeObject(definition))
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
        definition = parseJson(source);
    }
    catch {
        return undefined;
    }
    if (!isNodeObject(definition))
        return undefined;
    yield;
    const split = yield* splitValue(fileName, definition, style, false);
    yield;
    const assembled = yield* assemble(split.record, file => split.files.get(file), split.values);
    yield;
    if (serializesTo(assembled, style, bytes))
        return split;
    yield;
    if (isCanonical(bytes))
        throw new SplitFault(`${fileName} taken apart into the split layout does not go back together byte for byte; use layout: plain meanwhile, and please report it`);
    // A definition in a form of its own (not as the platform writes JSON): kept whole.
    return undefined;
}
/** The split of a definition read in one form, in steps (a key, or a dialog or component, at a time). */
function* splitValue(fileName, definition, definitionStyle, native) {
    const style = definitionStyle === MINIFIED_STYLE ? 'minified' : 'platform';
    const folder = fileName.replace(/\.json$/i, '');
    const files = new Map();
    const values = new Map();
    const record = { folder, style, keys: [], layouts: {}, texts: {} };
    const write = (file, value) => {
        // In the fast form JSON.stringify writes what the exact serialiser would, three times as fast.
        files.set(`${folder}/${file}`, native ? Buffer.from(`${JSON.stringify(value, null, 4)}\n`, 'utf8') : json_model_jsonBytes(value, json_format_PLATFORM_STYLE, '\n'));
        values.set(`${folder}/${file}`, value);
    };
    const dialogs = listOf(definition, 'dialogs');
    const components = listOf(definition, 'dialogComponents');
    const language = stringOf(memberOf(definition, 'defaultLanguage')) || 'en';
    // Dialogs: a folder each, named by display name.
    const dialogNames = uniqueNames(dialogs.map(dialog => ({ name: displayName(dialog, language), id: idOf(dialog) })));
    const dialogFolders = dialogNames.map(name => `dialogs/${name}`);
    // Components: with the one dialog that uses them, or shared.
    const users = new Map();
    dialogs.forEach((dialog, index) => {
        for (const node of listOf(dialog, 'nodes')) {
            const id = memberOf(node, 'componentId');
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
            name: `${stringOf(memberOf(components[index], 'type')) || 'component'}.${stringOf(memberOf(components[index], 'name')) || idOf(components[index])}`,
            id: idOf(components[index])
        })));
        indexes.forEach((index, i) => componentBases.set(String(index), `${componentFolder}/${names[i]}`));
    }
    const baseOfId = new Map();
    const baseOfRefId = new Map();
    components.forEach((component, index) => {
        baseOfId.set(idOf(component), componentBases.get(String(index)));
        const refId = memberOf(component, 'refId');
        if (typeof refId === 'string')
            baseOfRefId.set(refId, componentBases.get(String(index)));
    });
    const faqNames = uniqueNames(listOf(definition, 'knowledgeTasks').map(task => ({
        name: stringOf(memberOf(task, 'name')) || stringOf(memberOf(task, 'lname')) || idOf(task),
        id: idOf(task)
    })));
    const ids = storyboardAliases(definition);
    record.volatile = newVolatileRecord();
    for (const [key, original] of membersOf(definition)) {
        yield;
        const value = takeVolatile(key, original, ids, record.volatile);
        setMember(definition, key, value);
        if (VOLATILE_KEYS.has(key)) {
            record.keys.push({ key, value: stringifyJson(value, MINIFIED_STYLE) });
        }
        else if (key === 'dialogs' && Array.isArray(value) && value.every(isNodeObject)) {
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
        else if (key === 'dialogComponents' && Array.isArray(value) && value.every(isNodeObject)) {
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
        else if ((key === 'sentences' || key === 'patterns') && Array.isArray(value) && value.every(isNodeObject)) {
            // Utterances and patterns beside the intent or entity they train.
            const files = value.map(item => {
                const owner = key === 'sentences'
                    ? baseOfId.get(stringOf(memberOf(item, 'taskId')))
                    : baseOfRefId.get(stringOf(memberOf(item, 'refId')));
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
        else if (key === 'knowledgeTasks' && Array.isArray(value) && value.every(isNodeObject)) {
            const elements = [];
            for (const [index, task] of value.entries()) {
                yield;
                const file = `faqs/${faqNames[index]}.json`;
                write(file, task);
                elements.push(file);
            }
            record.keys.push({ key, elements });
        }
        else if (PLACES[key] && (Array.isArray(value) || isNodeObject(value))) {
            write(PLACES[key], value);
            record.keys.push({ key, file: PLACES[key] });
        }
        else {
            record.keys.push({ key, bot: true });
        }
    }
    yield;
    const bot = objectLike(definition);
    for (const place of record.keys)
        if ('bot' in place)
            setMember(bot, place.key, memberOf(definition, place.key));
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
        return stringifyJson(parseJson(source), source.includes('\n') ? json_format_PLATFORM_STYLE : MINIFIED_STYLE) === source;
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
    return json_model_jsonBytes(definition, record.style === 'minified' ? MINIFIED_STYLE : json_format_PLATFORM_STYLE);
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
                    const decoded = getAt(value, path);
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
    if (!isNodeObject(bot))
        throw new Error(`${record.folder}/bot.json is not an object`);
    const definition = objectLike(bot);
    for (const place of record.keys) {
        yield;
        if ('bot' in place) {
            if (!hasMember(bot, place.key))
                throw new Error(`${record.folder}/bot.json has no "${place.key}"`);
            setMember(definition, place.key, memberOf(bot, place.key));
        }
        else if ('file' in place) {
            setMember(definition, place.key, restoreVolatile(place.key, load(place.file), record.volatile));
        }
        else if ('value' in place) {
            // In the form of the rest: an exact model inside plain objects would not serialise with JSON.stringify.
            setMember(definition, place.key, definition instanceof Map ? parseJson(place.value) : JSON.parse(place.value));
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
            setMember(definition, place.key, restoreVolatile(place.key, list, record.volatile));
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
    if (!isNodeObject(element))
        return stringifyJson(element, MINIFIED_STYLE);
    return `${stringOf(memberOf(element, 'refId'))}\u0000${stringOf(memberOf(element, '_id'))}\u0000${stringifyJson(element, MINIFIED_STYLE)}`;
}
/** The dialog without its nodes' canvas positions, and those positions by node id. */
function separateLayout(dialog) {
    const logic = objectLike(dialog, membersOf(dialog));
    const layout = objectLike(dialog);
    const nodes = memberOf(dialog, 'nodes');
    if (!Array.isArray(nodes))
        return { logic, layout };
    setMember(logic, 'nodes', nodes.map((node, index) => {
        if (!isNodeObject(node))
            return node;
        const members = membersOf(node);
        const keys = members.map(([key]) => key);
        const moved = [];
        for (const key of NODE_LAYOUT_KEYS) {
            if (!hasMember(node, key))
                continue;
            moved.push([key, memberOf(node, key)], [`${key}At`, positionValue(node, keys.indexOf(key))]);
        }
        if (moved.length > 0)
            setMember(layout, `${stringOf(memberOf(node, 'nodeId')) || '#'}#${index}`, objectLike(node, moved));
        return moved.length > 0
            ? objectLike(node, members.filter(([key]) => !NODE_LAYOUT_KEYS.includes(key)))
            : node;
    }));
    return { logic, layout };
}
/** A position, as a number of the same form as the object it describes. */
function positionValue(like, position) {
    return like instanceof Map ? new JsonNumber(String(position)) : position;
}
function restoreLayout(dialog, layout) {
    if (!isNodeObject(dialog) || !isNodeObject(layout))
        return dialog;
    const nodes = memberOf(dialog, 'nodes');
    if (!Array.isArray(nodes))
        return dialog;
    const restored = objectLike(dialog, membersOf(dialog));
    setMember(restored, 'nodes', nodes.map((node, index) => {
        const moved = isNodeObject(node)
            ? memberOf(layout, `${stringOf(memberOf(node, 'nodeId')) || '#'}#${index}`)
            : undefined;
        if (!isNodeObject(node) || !isNodeObject(moved))
            return node;
        const members = NODE_LAYOUT_KEYS.filter(key => hasMember(moved, key)).map(key => {
            const at = memberOf(moved, `${key}At`);
            return {
                key,
                at: at instanceof JsonNumber ? Number(at.text) : typeof at === 'number' ? at : Number.MAX_SAFE_INTEGER
            };
        });
        const entries = membersOf(node);
        for (const { key, at } of members.sort((a, b) => a.at - b.at))
            entries.splice(at, 0, [key, memberOf(moved, key)]);
        return objectLike(node, entries);
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
        else if (isNodeObject(value))
            for (const [key, item] of membersOf(value))
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
    else if (isNodeObject(value) && typeof step === 'string')
        setMember(value, step, setAt(memberOf(value, step) ?? null, rest, replacement));
    else
        throw new Error(`no ${String(step)} where a text file belongs`);
    return value;
}
function listOf(value, key) {
    const list = isNodeObject(value) ? memberOf(value, key) : undefined;
    return Array.isArray(list) ? list.filter(isNodeObject) : [];
}
function idOf(value) {
    return stringOf(memberOf(value, '_id')) || stringOf(memberOf(value, 'refId'));
}
/** A dialog's display name: localeData.<language>.name (dialogs have no `name`), else lname. */
function displayName(dialog, language) {
    const locales = memberOf(dialog, 'localeData');
    if (isNodeObject(locales)) {
        for (const locale of [memberOf(locales, language), ...membersOf(locales).map(([, value]) => value)]) {
            const name = isNodeObject(locale) ? stringOf(memberOf(locale, 'name')) : '';
            if (name)
                return name;
        }
    }
    return stringOf(memberOf(dialog, 'lname')) || stringOf(memberOf(dialog, 'name')) || idOf(dialog) || 'dialog';
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
        return parseJson(bytes.toString('utf8'));
    }
    catch (error) {
        throw error instanceof SyntaxError ? new SyntaxError(`${path}, ${error.message}`) : error;
    }
}

;// CONCATENATED MODULE: ./src/bot-source/folder-files.ts
// What each file of the export becomes in the folder, and the way back. The folder is for
// people to read and for git to diff; `pack` must rebuild from it every file byte for byte as
// the platform wrote it, except values the user chose to leave out. So every change made on
// the way in is one whose inverse is exact, and what the way back needs is written down in
// the folder's manifest (the marker file).




/** JSON files larger than this are kept as the platform wrote them: not laid out, split or compared. */
const folder_files_MAX_JSON_BYTES = 64 * 1024 * 1024;
/** The bot definitions the split layout takes apart (XO 10 and XO 11 names), at the zip's root. */
const folder_files_DEFINITIONS = new Set(['botDefinition.json', 'appDefinition.json']);
/** The files one export file becomes in the folder (paths relative to it), and what the way back needs. */
function toFolderFiles(name, bytes, options) {
    return (0,steps/* finish */.O)(toFolderSteps(name, bytes, options));
}
/** toFolderFiles in steps, so that a cancellation can stop it within a large file. */
function* toFolderSteps(name, bytes, { variableValues, layout }) {
    const one = (content, record = {}) => ({ files: new Map([[name, content]]), record });
    if (!name.toLowerCase().endsWith('.json'))
        return one(bytes);
    if (layout === 'split' && folder_files_DEFINITIONS.has(name)) {
        const split = yield* splitSteps(name, bytes);
        if (split)
            return { files: split.files, record: { json: split.record.style, split: split.record } };
    }
    const formatted = yield* formatJsonSteps(bytes);
    if (formatted.form === 'other')
        return one(bytes);
    if (name === 'config.json' && variableValues === 'omit') {
        yield;
        const config = parseJson(formatted.bytes.toString('utf8'));
        const omittedValues = omitVariableValues(config);
        if (omittedValues.length > 0)
            return one(json_model_jsonBytes(config, json_format_PLATFORM_STYLE), { json: formatted.form, omittedValues });
    }
    return one(formatted.bytes, { json: formatted.form });
}
/** The export's file rebuilt from the folder's files, in steps (see toFolderSteps). */
function* fromFolderSteps(name, read, record) {
    if (record.split)
        return yield* joinSteps(record.split, read);
    const bytes = read(name);
    if (!bytes)
        throw new Error(`${name} is missing`);
    if (!record.omittedValues?.length)
        return yield* restoreJsonSteps(bytes, record.json ?? 'other');
    return withValuesBack(bytes, record.omittedValues, record.json);
}
/** config.json with an empty value back where each was left out. */
function withValuesBack(bytes, omittedValues, form) {
    const config = parseJson(bytes.toString('utf8'));
    const variables = json_model_isObject(config) ? config.get('envVariables') : undefined;
    if (!Array.isArray(variables))
        throw new Error('config.json no longer has its envVariables');
    for (const { index, position } of omittedValues) {
        const variable = variables[index];
        if (!json_model_isObject(variable))
            throw new Error(`config.json no longer has the bot variable at envVariables[${index}]`);
        const entries = [...variable];
        entries.splice(position, 0, ['value', '']);
        variables[index] = new Map(entries);
    }
    return json_model_jsonBytes(config, form === 'minified' ? MINIFIED_STYLE : json_format_PLATFORM_STYLE);
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
    const style = record.json === 'minified' ? MINIFIED_STYLE : json_format_PLATFORM_STYLE;
    const config = parseJson(bytes.toString('utf8'));
    // The blanking below goes through the model: it must first give back the file as it is
    // (a repeated key, say, would not survive it).
    if (stringifyJson(config, style) !== bytes.toString('utf8'))
        throw new Error('it does not survive being read and written again');
    const variables = json_model_isObject(config) ? config.get('envVariables') : undefined;
    for (const { index } of record.omittedValues) {
        const variable = Array.isArray(variables) ? variables[index] : undefined;
        if (json_model_isObject(variable))
            variable.set('value', '');
    }
    return json_model_jsonBytes(config, style);
}
/** The bot variables of a config.json (`envVariables[]`), those that are objects. */
function variablesOf(config) {
    const list = json_model_isObject(config) ? config.get('envVariables') : undefined;
    return Array.isArray(list) ? list.filter(json_model_isObject) : [];
}
/** Removes `value` from every bot variable in config.json (`envVariables[]`); says where each was. */
function omitVariableValues(config) {
    const variables = json_model_isObject(config) ? config.get('envVariables') : undefined;
    if (!Array.isArray(variables))
        return [];
    const omitted = [];
    variables.forEach((variable, index) => {
        if (!json_model_isObject(variable) || !variable.has('value'))
            return;
        const position = [...variable.keys()].indexOf('value');
        const name = variable.get('key');
        omitted.push({ variable: typeof name === 'string' ? name : `#${index}`, index, position });
        variable.delete('value');
    });
    return omitted;
}

// EXTERNAL MODULE: ./src/bot-source/zip-reader.ts
var zip_reader = __webpack_require__(7024);
;// CONCATENATED MODULE: ./src/bot-source/folder-reader.ts
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
class folder_reader_FolderRefusedError extends errors/* CoreError */.am {
    constructor(message) {
        super('file', message);
        this.name = 'FolderRefusedError';
    }
}
/** As a zip's: an export unpacks to a few MB; its split definition to a few thousand files. */
const folder_reader_FOLDER_LIMITS = {
    maxTotalBytes: zip_reader.ZIP_LIMITS.maxTotalBytes,
    maxFiles: zip_reader.ZIP_LIMITS.maxEntries * 4
};
const HOSTILE = 'a folder is read as hostile input, only regular files are read';
const READ_CHUNK = 1024 * 1024;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const OPEN_FLAGS = (external_node_fs_default()).constants.O_RDONLY | ((external_node_fs_default()).constants.O_NOFOLLOW ?? 0) | ((external_node_fs_default()).constants.O_NONBLOCK ?? 0);
class folder_reader_FolderReader {
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
    static open(folder, limits = folder_reader_FOLDER_LIMITS) {
        let real;
        try {
            real = external_node_fs_default().realpathSync(folder);
        }
        catch {
            throw new folder_reader_FolderRefusedError(`${(0,untrusted_text/* plain */.pj)(folder)} does not exist.`);
        }
        if (!external_node_fs_default().statSync(real).isDirectory())
            throw new folder_reader_FolderRefusedError(`${(0,untrusted_text/* plain */.pj)(folder)} is not a folder.`);
        return new folder_reader_FolderReader(folder, real, limits);
    }
    /** How a file of the folder is named in messages: the folder as given, then the file. */
    shown(name) {
        return (0,untrusted_text/* plain */.pj)(`${this.folder.replace(/[\\/]+$/, '')}/${name}`);
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
                stat = external_node_fs_default().lstatSync(external_node_path_default().join(this.real, ...segments.slice(0, i)));
            }
            catch {
                return undefined;
            }
            if (stat.isSymbolicLink()) {
                throw new folder_reader_FolderRefusedError(`${this.shown(prefix)} is a symbolic link: ${HOSTILE}, in real folders. Replace the link with the folder itself.`);
            }
            if (!stat.isDirectory())
                return undefined;
            this.realFolders.add(prefix);
        }
        const file = external_node_path_default().join(this.real, ...segments);
        let stat;
        try {
            stat = external_node_fs_default().lstatSync(file);
        }
        catch {
            return undefined;
        }
        this.checkKind(name, stat);
        if (++this.files > this.limits.maxFiles) {
            throw new folder_reader_FolderRefusedError(`${(0,untrusted_text/* plain */.pj)(this.folder)} has more than ${this.limits.maxFiles} files to read, more than an export of a bot has room for.`);
        }
        let fd;
        try {
            fd = external_node_fs_default().openSync(file, OPEN_FLAGS);
        }
        catch (error) {
            const code = error.code;
            // The file became a link between the lstat and the open.
            if (code === 'ELOOP' || code === 'EMLINK')
                throw new folder_reader_FolderRefusedError(`${this.shown(name)} is a symbolic link: ${HOSTILE}. Replace the link with the file's content.`);
            if (code === 'ENOENT' || code === 'ENOTDIR')
                return undefined;
            throw error;
        }
        try {
            const opened = external_node_fs_default().fstatSync(fd);
            this.checkKind(name, opened);
            if (opened.nlink > 1) {
                throw new folder_reader_FolderRefusedError(`${this.shown(name)} has ${opened.nlink} hard links (one may be a file outside the folder): ${HOSTILE}, and git never writes hard links. Replace it with a copy of its content.`);
            }
            this.checkInside(name, fd);
            return this.readBounded(name, fd, opened.size, maxBytes);
        }
        finally {
            external_node_fs_default().closeSync(fd);
        }
    }
    /** The name, as a path below the folder; refused when it would lead elsewhere or could not be shown in a log line. */
    checkName(name) {
        if (typeof name !== 'string' ||
            name === '' ||
            /^[\\/]|^[a-zA-Z]:/.test(name) ||
            name.split(/[\\/]/).includes('..')) {
            throw new folder_reader_FolderRefusedError(`the manifest names "${(0,untrusted_text/* plain */.pj)(String(name))}", which lies outside the folder`);
        }
        if (CONTROL.test(name) ||
            name.includes('\\') ||
            name.split('/').some(segment => segment === '' || segment === '.')) {
            throw new folder_reader_FolderRefusedError(`the manifest names "${(0,untrusted_text/* plain */.pj)(name)}", which is not a file name kore-bot-export writes (a control character, a backslash, or an empty or "." segment). Export the bot into the folder again.`);
        }
        const resolved = external_node_path_default().resolve(this.real, name);
        if (!resolved.startsWith(this.real + (external_node_path_default()).sep))
            throw new folder_reader_FolderRefusedError(`the manifest names "${(0,untrusted_text/* plain */.pj)(name)}", which lies outside the folder`);
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
        throw new folder_reader_FolderRefusedError(`${this.shown(name)} ${what}: ${HOSTILE}. ${fix}`);
    }
    /** On Linux: the file opened lies inside the folder's real path (a folder swapped for a link meanwhile would lead elsewhere). */
    checkInside(name, fd) {
        if (process.platform !== 'linux')
            return;
        let opened;
        try {
            opened = external_node_fs_default().readlinkSync(`/proc/self/fd/${fd}`);
        }
        catch {
            return;
        }
        if (!opened.startsWith(this.real + (external_node_path_default()).sep)) {
            throw new folder_reader_FolderRefusedError(`${this.shown(name)} leads outside the folder (a folder on its way was replaced by a link while it was read): ${HOSTILE}. Check the folder, and run again.`);
        }
    }
    /** The file's bytes, bounded by the bytes read: by `maxBytes`, and by what the folder's total leaves. */
    readBounded(name, fd, statSize, maxBytes) {
        const budget = this.limits.maxTotalBytes - this.total;
        const bytes = readUpTo(fd, statSize, Math.min(maxBytes, budget));
        if (!bytes) {
            throw new folder_reader_FolderRefusedError(maxBytes < budget
                ? `${this.shown(name)} is larger than ${maxBytes} bytes, more than kore-bot-export reads for it.`
                : `${(0,untrusted_text/* plain */.pj)(this.folder)}: its files add up to more than ${this.limits.maxTotalBytes / 1024 / 1024} MiB, more than an export of a bot holds`);
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
            const n = external_node_fs_default().readSync(fd, buffer, filled, size - filled, null);
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
    const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    try {
        const stat = fs.fstatSync(fd);
        if (!stat.isFile())
            return { why: 'is not a regular file (a device, a FIFO or a socket)' };
        const bytes = readUpTo(fd, stat.size, maxBytes);
        return bytes ? { bytes } : { why: `is more than ${maxBytes} bytes` };
    }
    finally {
        fs.closeSync(fd);
    }
}

;// CONCATENATED MODULE: ./src/bot-source/manifest.ts
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
const MAX_MANIFEST_BYTES = (/* unused pure expression or super */ null && (64 * 1024 * 1024));
/**
 * The manifest of a folder the action wrote (read as hostile input, through the folder's
 * reader); an error that says what to do otherwise.
 */
function manifest_readManifest(folder) {
    const reader = typeof folder === 'string' ? FolderReader.open(folder) : folder;
    const text = reader.read(MARKER_FILE, MAX_MANIFEST_BYTES);
    if (!text)
        throw new Error(`${plain(reader.folder)} has no ${MARKER_FILE} file: it was not written by kore-bot-export's extract-to. Export the bot into it first.`);
    return parseManifest(text.toString('utf8'), reader.shown(MARKER_FILE));
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
        throw new Error(`${(0,untrusted_text/* plain */.pj)(file)} is not a manifest this version can read (an older version wrote only a note): export the bot into the folder again.`);
    }
    const entries = manifest.entries.filter((entry) => typeof entry === 'string');
    const seen = new Set();
    const safeSegments = new Set();
    for (const name of entries) {
        if (seen.has(name)) {
            throw new Error(`${(0,untrusted_text/* plain */.pj)(file)} names ${(0,untrusted_text/* plain */.pj)(name)} more than once in its entries: an export holds each file once. Remove the repeated entries (or export the bot into the folder again).`);
        }
        seen.add(name);
        if (/^[\\/]|^[a-zA-Z]:/.test(name) || name.split(/[\\/]/).includes('..'))
            throw new Error(`the manifest names "${(0,untrusted_text/* plain */.pj)(name)}", which lies outside the folder`);
        const why = (0,zip_reader.entryNameProblem)(name, safeSegments);
        if (why)
            throw new Error(`${(0,untrusted_text/* plain */.pj)(file)} names an entry "${(0,untrusted_text/* plain */.pj)(name)}" that ${why}: no export holds one. Remove it from the manifest (or export the bot into the folder again).`);
    }
    if (entries.length > zip_reader.ZIP_LIMITS.maxEntries) {
        throw new Error(`${(0,untrusted_text/* plain */.pj)(file)} names ${entries.length} files, more than the ${zip_reader.ZIP_LIMITS.maxEntries} an export of a bot has room for (real exports hold a handful). Export the bot into the folder again.`);
    }
    return { about: ABOUT, entries, files: manifest.files };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./node_modules/yazl/index.js
var node_modules_yazl = __webpack_require__(3044);
;// CONCATENATED MODULE: ./src/bot-source/pack.ts
// `pack`: the export rebuilt from a folder that extract-to wrote, every file byte for byte as
// the platform wrote it (values the user chose to leave out come back empty), in the zip's
// order. The zip is written beside its destination and renamed into place when complete.












/**
 * The export's files, rebuilt from the folder (whose manifest the caller may have read already,
 * through the same reader). The folder is read as hostile input, like a zip: see folder-reader.ts.
 */
function pack_packFolder(folder, manifest) {
    return finish(packFolderSteps(folder, manifest));
}
/** packFolder, stopped between files and within a large one once `signal` aborts (CancelledError). */
async function packFolderCancellable(folder, signal, manifest) {
    return new Pace(signal).run(packFolderSteps(folder, manifest));
}
function* packFolderSteps(folder, manifest) {
    const reader = typeof folder === 'string' ? FolderReader.open(folder) : folder;
    const known = manifest ?? readManifest(reader);
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
    let budget = FOLDER_LIMITS.maxFiles;
    const walk = (relative) => {
        let entries;
        try {
            entries = fs.readdirSync(path.join(reader.real, relative), { withFileTypes: true });
        }
        catch {
            return; // No such folder: packing named what it missed.
        }
        for (const entry of entries) {
            if (entry.name.startsWith('.'))
                continue;
            if (--budget < 0)
                throw new FolderRefusedError(`${plain(reader.folder)} holds more than ${FOLDER_LIMITS.maxFiles} files: more than any export unpacks to. Give the folder that extract-to wrote.`);
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
        .map(name => plain(name))
        .join(', ');
    const more = unknown.length > MAX_UNKNOWN_SHOWN ? ` and ${unknown.length - MAX_UNKNOWN_SHOWN} more` : '';
    throw new Error(`${plain(reader.folder)}: ${shown}${more} ${unknown.length === 1 ? 'is' : 'are'} not part of the export, and packing would leave ${unknown.length === 1 ? 'it' : 'them'} out. Pack rebuilds the dialogs, components and FAQs the export had (edited as you like); new ones are made in the Kore.ai Builder, then exported. Remove ${unknown.length === 1 ? 'it' : 'them'}, or move ${unknown.length === 1 ? 'it' : 'them'} out of the folder.`);
}
/** The export's files, rebuilt through `read` (a folder on disk, or its files in memory). */
function* packSteps(manifest, read, folder) {
    const files = [];
    for (const name of manifest.entries) {
        yield;
        try {
            files.push({ name, bytes: yield* fromFolderSteps(name, read, manifest.files[name] ?? {}) });
        }
        catch (error) {
            if (error instanceof folder_reader_FolderRefusedError)
                throw error;
            const why = error.message;
            // Every folder error ends with what to do about it.
            // A dialog's first file missing: its folder was most likely renamed or removed.
            const dialog = /^([^\n]*\/dialogs\/[^/\n]+\/)dialog\.json is missing$/.exec(why);
            throw new Error(dialog
                ? `${(0,untrusted_text/* plain */.pj)(folder)}: ${(0,untrusted_text/* plain */.pj)(why)}, which the export needs. A dialog's folder names come from the dialogs' display names, so a renamed or removed folder (${(0,untrusted_text/* plain */.pj)(dialog[1])}) is a dialog missing: name it back (git checkout), or to rename a dialog, rename the dialog in the Kore.ai Builder, then export again.`
                : / is missing$/.test(why)
                    ? `${(0,untrusted_text/* plain */.pj)(folder)}: ${(0,untrusted_text/* plain */.pj)(why)}, which the export needs. Restore it (git checkout), or export the bot again.`
                    : error instanceof SyntaxError
                        ? `${(0,untrusted_text/* plain */.pj)(folder)} cannot be turned back into the export's ${(0,untrusted_text/* plain */.pj)(name)}: ${(0,untrusted_text/* plain */.pj)(why)}. Fix the JSON there, then pack again.`
                        : `${(0,untrusted_text/* plain */.pj)(folder)} cannot be turned back into the export's ${(0,untrusted_text/* plain */.pj)(name)}: ${(0,untrusted_text/* plain */.pj)(why)}.`);
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
    const zip = new yazl.ZipFile();
    const mtime = new Date(Date.UTC(2000, 0, 1));
    for (const { name, bytes } of files) {
        zip.addReadStreamLazy(name, { mtime, mode: 0o100644, size: bytes.length }, callback => callback(null, Readable.from([bytes], { objectMode: false })));
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
        throw new CancelledError();
    const zip = zipOf(files);
    await fs.promises.mkdir(path.dirname(path.resolve(destination)), { recursive: true });
    const partial = temporary(temporaryPathBeside(path.resolve(destination)));
    let cancel;
    try {
        const hash = createHash('sha256');
        const out = fs.createWriteStream(partial);
        zip.outputStream.on('data', chunk => hash.update(chunk));
        await new Promise((resolve, reject) => {
            cancel = () => {
                zip.outputStream.unpipe(out);
                out.destroy();
                reject(new CancelledError());
            };
            signal?.addEventListener('abort', cancel, { once: true });
            zip.outputStream.pipe(out).on('close', resolve).on('error', reject);
            zip.outputStream.on('error', reject);
            zip.on('error', reject);
        });
        if (signal?.aborted)
            throw new CancelledError();
        await fs.promises.rename(partial, destination);
        return { size: fs.statSync(destination).size, sha256: hash.digest('hex') };
    }
    finally {
        if (cancel)
            signal?.removeEventListener('abort', cancel);
        await fs.promises.rm(partial, { force: true });
        settled(partial);
    }
}

;// CONCATENATED MODULE: ./src/bot-source/bot-files.ts
// A bot as the change engine reads it: every JSON file of an export in the split layout, by
// path, whatever layout the folder has, so that a comparison sees dialogs and components, not
// lines. Read from a zip or from a folder that extract-to wrote, both checked as hostile.











/**
 * A bot from a zip (checked as hostile, like any export) or from a folder that extract-to
 * wrote (read as hostile too, through its reader: every file the manifest names is read).
 */
async function readBot(source, signal) {
    if (!fs.existsSync(source))
        throw new Error(`${plain(source)} does not exist. Give a zip from an export, or a folder that extract-to wrote.`);
    if (fs.statSync(source).isDirectory()) {
        const reader = FolderReader.open(source);
        const manifest = readManifest(reader);
        const files = packFolder(reader, manifest).filter(file => file.name.toLowerCase().endsWith('.json'));
        return bot_files_botFilesOf(withoutValues(files, omittedVariables(manifest.files['config.json'])), signal);
    }
    return bot_files_botFilesOf(await readZipFiles(source, file => file.name.toLowerCase().endsWith('.json') && file.size <= MAX_JSON_BYTES, signal), signal);
}
/** The export's files as the comparison reads them; `signal` is checked between files (a split is a large step). */
function bot_files_botFilesOf(exportFiles, signal) {
    const files = new Map();
    for (const { name, bytes } of exportFiles) {
        if (signal?.aborted)
            throw new clock/* CancelledError */.cc();
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
        return toFolderFiles(name, bytes, { layout: 'split', variableValues: 'keep' }).files;
    }
    catch (error) {
        if (!(error instanceof SplitFault))
            throw error;
        return toFolderFiles(name, bytes, { layout: 'plain', variableValues: 'keep' }).files;
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
        for (const variable of variablesOf(config))
            if (names === 'all' || names.has(stringOf(variable.get('key'))))
                variable.delete('value');
        return { name: file.name, bytes: json_model_jsonBytes(config, json_format_PLATFORM_STYLE) };
    });
}
/** A file of the bot in the exact JSON model; undefined when it is not JSON. */
function parseBotJson(bytes) {
    try {
        return parseJson(bytes.toString('utf8'));
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/bot-source/across-bots.ts
// Two bots compared by what a bot designer made, not by what each platform bot assigned: an
// import into another bot keeps every element's refId, while `_id`s (dialogs, components,
// utterances) are the target's, the bot's own id stands in many places (streamId), and the
// export echoes its request (exportOptions). Used wherever an export of one bot is compared
// with another's: the plan of a dry run, the changes an import made, and its verification.





/** Top-level members that describe the export, not the bot. */
const ABOUT_THE_EXPORT = (/* unused pure expression or super */ null && (['exportOptions', 'environmentVersionInfo', 'encryptedHash']));
/**
 * The export's JSON files with `_id`s replaced by `ref:<refId>` wherever the element has a
 * refId, other `_id`s by `id:<hash of the element>` (and every reference to either with it),
 * the bot's own id
 * written `bot`, numbers as the doubles the platform keeps, keys in order, and the members
 * about the export left out. Files that are not JSON, or not
 * readable, pass as they are.
 */
function comparableAcrossBots(files) {
    const definitionFile = files.find(file => DEFINITIONS.has(file.name));
    const definition = definitionFile ? parse(definitionFile.bytes) : undefined;
    if (!definition || !isObject(definition))
        return files;
    const botId = typeof definition.get('_id') === 'string' ? definition.get('_id') : '';
    for (const key of ABOUT_THE_EXPORT)
        definition.delete(key);
    const values = files.map(file => file === definitionFile ? definition : file.name.toLowerCase().endsWith('.json') ? parse(file.bytes) : undefined);
    const comparable = withIdsByMeaning(values.filter(value => value !== undefined), botId);
    return files.map((file, index) => {
        if (values[index] === undefined)
            return file;
        return { name: file.name, bytes: jsonBytes(comparable.shift(), PLATFORM_STYLE) };
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
    return botFilesOf(comparableAcrossBots(files.filter(file => DEFINITIONS.has(file.name) || file.name === 'config.json')), signal);
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
    else if (json_model_isObject(value)) {
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
    else if (json_model_isObject(value)) {
        const id = value.get('_id');
        if (typeof id === 'string' && id && id !== 'bot' && !id.startsWith('ref:'))
            aliases.set(id, `id:${(0,external_node_crypto_.createHash)('sha256').update(withoutIds(value, 0)).digest('hex').slice(0, 16)}`);
        for (const member of value.values())
            collectContentAliases(member, aliases, depth + 1);
    }
}
function withoutIds(value, depth) {
    if (depth > MAX_DEPTH)
        return '';
    if (Array.isArray(value))
        return `[${value.map(item => withoutIds(item, depth + 1)).join(',')}]`;
    if (json_model_isObject(value))
        return `{${[...value]
            .filter(([key]) => key !== '_id')
            .map(([key, member]) => `${JSON.stringify(key)}:${withoutIds(member, depth + 1)}`)
            .join(',')}}`;
    return value instanceof JsonNumber ? value.text : JSON.stringify(value);
}
function rewrite(value, rename, depth) {
    if (depth > MAX_DEPTH)
        return value;
    if (typeof value === 'string')
        return rename(value);
    // The platform holds numbers as doubles: a number past their precision comes back rounded.
    if (value instanceof JsonNumber)
        return new JsonNumber(String(Number(value.text)));
    if (Array.isArray(value))
        return value.map(item => rewrite(item, rename, depth + 1));
    if (!json_model_isObject(value))
        return value;
    // Key order is the platform's storage detail (JavaScript puts integer-like keys first), not
    // something a bot designer made: sorted here, so that only values are compared.
    const object = new Map();
    for (const [key, member] of [...value].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        object.set(rename(key), rewrite(member, rename, depth + 1));
    }
    return object;
}

;// CONCATENATED MODULE: ./src/bot-source/diff.ts
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
function diff_recordsOf(records, kind) {
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
            throw new clock/* CancelledError */.cc();
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
    const valued = (files) => new Set(variablesOf(parseBotJson(files.get('config.json') ?? Buffer.alloc(0)))
        .filter(variable => variable.has('value'))
        .map(variable => stringOf(variable.get('key'))));
    const known = [valued(before), valued(after)];
    const unknown = new Set([...known[0], ...known[1]].filter(name => !known[0].has(name) || !known[1].has(name)));
    const strip = (files) => {
        const config = files.get('config.json');
        return config && unknown.size > 0
            ? new Map([...files, ['config.json', withoutValues([{ name: 'config.json', bytes: config }], unknown)[0].bytes]])
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
        const dialog = parseBotJson(bytes);
        const member = (key) => (json_model_isObject(dialog) ? stringOf(dialog.get(key)) : '');
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
        const values = paths.map(path => parseBotJson(files.get(path)));
        const readable = paths.filter((_, index) => values[index] !== undefined);
        const renamed = withIdsByMeaning(values.filter(value => value !== undefined), botIdOf(files));
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
        const raw = (files, path) => contentOf(withKeysSorted(parseBotJson(files.get(path))), names, unordered);
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
            const bot = parseBotJson(bytes);
            if (json_model_isObject(bot))
                return stringOf(bot.get('_id'));
        }
    return '';
}
/**
 * A value as compared for its content; `unordered`: a list's order is not compared (see
 * GROUPED_FILE). `names`: a dialog's names left out (a rename is said apart).
 */
function contentOf(value, names, unordered) {
    const text = (item) => json_model_jsonBytes(item, MINIFIED_STYLE).toString('utf8');
    if (Array.isArray(value) && unordered)
        return `[${value.map(text).sort().join(',')}]`;
    return names && json_model_isObject(value) ? withoutNamesOf(value) : text(value);
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
    const dialog = parseBotJson(bytes);
    return json_model_isObject(dialog) ? withoutNamesOf(dialog) : bytes.toString('utf8');
}
function withoutNamesOf(dialog) {
    const copy = new Map(dialog);
    copy.delete('lname');
    const locales = dialog.get('localeData');
    if (json_model_isObject(locales)) {
        copy.set('localeData', new Map([...locales].map(([language, locale]) => [
            language,
            json_model_isObject(locale) ? new Map([...locale].filter(([key]) => key !== 'name')) : locale
        ])));
    }
    return JSON.stringify(plainValue(copy));
}
/** How many items of two lists of objects, compared by one member, only one side has. */
function countChanges(before, after, member) {
    const values = (bytes) => {
        const list = bytes ? parseBotJson(bytes) : [];
        return Array.isArray(list) ? list.map(item => (json_model_isObject(item) ? stringOf(item.get(member)) : '')) : [];
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
        const task = parseBotJson(bytes);
        const holder = json_model_isObject(task) ? task.get('faqs') : undefined;
        const faqs = json_model_isObject(holder) ? holder.get('faqs') : undefined;
        const map = new Map();
        if (Array.isArray(faqs))
            for (const faq of faqs)
                if (json_model_isObject(faq))
                    map.set(stringOf(faq.get('question')), JSON.stringify([...faq.entries()].map(([key, value]) => [key, plainValue(value)])));
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
    const variables = (bytes) => new Map(variablesOf(bytes ? parseBotJson(bytes) : undefined).map(variable => [
        stringOf(variable.get('key')),
        {
            settings: JSON.stringify([...variable.entries()].filter(([key]) => key !== 'value').map(([key, value]) => [key, plainValue(value)])),
            value: variable.has('value')
                ? (0,external_node_crypto_.createHash)('sha256')
                    .update(JSON.stringify(plainValue(variable.get('value'))))
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
        const value = bytes ? parseBotJson(bytes) : undefined;
        return new Map(json_model_isObject(value) ? [...value].map(([key, member]) => [key, JSON.stringify(plainValue(member))]) : []);
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
                    const language = getAt(item, ['language']);
                    if (typeof language === 'string')
                        languages.add(language);
                }
            }
        }
        if (/\/faqs\/[^/]+\.json$/.test(name)) {
            check();
            const list = getAt(countable(bytes), ['faqs', 'faqs']);
            if (Array.isArray(list))
                faqs += list.length;
        }
        if (/\/bot\.json$/.test(name)) {
            const supported = getAt(countable(bytes), ['supportedLanguages']);
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

;// CONCATENATED MODULE: ./src/bot-source/render.ts
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
    name: text => `**${(0,untrusted_text/* markdownText */.p7)(text)}**`,
    key: text => (0,untrusted_text/* markdownCode */.D9)(text),
    text: text => (0,untrusted_text/* markdownText */.p7)(text)
};
/** Names as the bot has them: for data (JSON) and the verdict's items, escaped where they are shown. */
const RAW = { name: text => text, key: text => text, text: text => text };
const TERMINAL = {
    name: text => (0,untrusted_text/* plain */.pj)(text),
    key: text => (0,untrusted_text/* plain */.pj)(text),
    text: text => (0,untrusted_text/* plain */.pj)(text)
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
        ...diff_recordsOf(records, 'dialog')
            .filter(record => record.change === 'removed')
            .map(record => `dialog ${record.name}`),
        ...[...sharedComponents(records)]
            .filter(([, group]) => allRemoved(group))
            .map(([name]) => `shared component ${name}`),
        ...diff_recordsOf(records, 'faqs')
            .filter(record => record.change === 'removed')
            .map(record => `FAQs ${record.name}`),
        ...diff_recordsOf(records, 'variable')
            .filter(record => record.change === 'removed')
            .map(record => `bot variable ${record.name}`)
    ];
}
/** The lines, in the style; undefined when there is nothing to say (nothing changed, or only what is set apart). */
function changeLines(records, style, options) {
    if (records.length === 0)
        return undefined;
    const first = diff_recordsOf(records, 'first-export')[0];
    if (first)
        return [overviewLine(first, style)];
    const apart = options.removedApart === true;
    const lines = [];
    const names = (list) => list.map(style.name).join(', ');
    const dialogs = diff_recordsOf(records, 'dialog');
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
    for (const record of diff_recordsOf(records, 'faqs')) {
        if (apart && record.change === 'removed')
            continue;
        lines.push(`- FAQs ${style.name(record.name)}: ${faqWords(record)}`);
    }
    const variables = diff_recordsOf(records, 'variable');
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
    const settings = diff_recordsOf(records, 'setting');
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
        ...new Set(diff_recordsOf(records, 'ids-regenerated').map(record => {
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
    for (const record of diff_recordsOf(records, 'component')) {
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
    return [...new Set(diff_recordsOf(records, 'file').map(record => placeName(record.path)))];
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
    const dialogs = recordsOf(records, 'dialog');
    const variables = (change) => recordsOf(records, 'variable')
        .filter(record => record.change === change)
        .map(record => record.name);
    const first = recordsOf(records, 'first-export')[0];
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
        faqs: Object.fromEntries(recordsOf(records, 'faqs').map(record => [record.name, [faqWords(record)]])),
        variables: {
            added: variables('added'),
            removed: variables('removed'),
            changed: variables('settings-changed'),
            values: variables('value-changed')
        },
        settings: recordsOf(records, 'setting').map(record => record.name),
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
        const shown = items.slice(0, MAX_LINES).map(item => `- ${markdownText(item)}`);
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

;// CONCATENATED MODULE: ./src/bot-source/unpack.ts
// Unpacks the export into a folder laid out for git: exactly the files of the export, JSON
// re-indented, and the marker file that says the folder is the action's. Everything lands in
// a temporary folder beside the target first and replaces the target only when all went
// well, so a bad zip, a full disk or a cancellation leaves the folder as it was.



















/** The folder would not give back the export: nothing was replaced. */
class RoundTripError extends errors/* CoreError */.am {
    constructor(message) {
        super('file', message);
        this.name = 'RoundTripError';
    }
}
/** Replaces the target folder with the zip's content. */
async function unpackExport(zipFile, target, signal, limits = zip_reader.ZIP_LIMITS) {
    // Between files and between the large steps of one, the event loop turns (so that the
    // runner's SIGINT is seen at all) and the signal is checked: a cancel ends the unpacking
    // within a fraction of a second, whatever the export's size.
    const pace = new steps/* Pace */.o(signal);
    const zip = await zip_reader.ExportZip.open(zipFile, limits, signal);
    const folder = target.folder;
    const staging = (0,temporary_files/* temporary */.q_)((0,temporary_files/* temporaryPathBeside */.DL)(folder));
    try {
        await external_node_fs_default().promises.mkdir(external_node_path_default().dirname(folder), { recursive: true });
        await external_node_fs_default().promises.mkdir(staging);
        const { files, records, botFiles, staged } = await extractAll(zip, staging, target.options, pace, limits);
        external_node_fs_default().writeFileSync(external_node_path_default().join(staging, output_paths/* MARKER_FILE */.cu), manifestText(newManifest(files, records)));
        external_node_fs_default().writeFileSync(external_node_path_default().join(staging, output_paths/* GIT_ATTRIBUTES_FILE */.mw), output_paths/* GIT_ATTRIBUTES_TEXT */.lU);
        staged.set(output_paths/* GIT_ATTRIBUTES_FILE */.mw, Buffer.from(output_paths/* GIT_ATTRIBUTES_TEXT */.lU));
        await pace.check();
        // The folder may have been swapped for a link or filled by someone else meanwhile.
        (0,output_paths/* checkExtractTo */.ft)(folder, target.roots, target.replaceExisting);
        // What the folder holds now, read once: to compare with, and to describe the change from.
        const current = await readTree(folder, limits, pace);
        const changed = !(await sameContent(staging, staged, current, pace));
        const previous = changed && current ? await previousBot(current, pace) : undefined;
        await pace.check();
        const changeRecords = changed ? diffBots(previous, botFiles, { signal }) : [];
        await pace.check();
        if (changed)
            await swapInto(staging, folder);
        // The plain layout keeps regenerated values in its files: they change it without a change in the bot.
        const markdown = changed && !hasChanges(changeRecords)
            ? 'Nothing but values the platform regenerates on publish (the plain layout keeps them in its files).\n'
            : changesMarkdown(changeRecords);
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
            throw new clock/* CancelledError */.cc();
        throw (0,file_system_errors/* describeFileSystemError */.t)(error, `unpack the export into ${folder}`);
    }
    finally {
        zip.close();
        await external_node_fs_default().promises.rm(staging, { recursive: true, force: true });
        (0,temporary_files/* settled */.gu)(staging);
    }
}
const STAGED_BYTES_KEPT = 64 * 1024 * 1024;
async function extractAll(zip, staging, options, pace, limits) {
    for (const folder of zip.folders)
        external_node_fs_default().mkdirSync(external_node_path_default().join(staging, folder), { recursive: true });
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
        const destination = external_node_path_default().resolve(staging, file.name);
        if (!destination.startsWith(staging + (external_node_path_default()).sep))
            throw new Error(`refusing to write ${file.name} outside ${staging}`);
        const parent = external_node_path_default().dirname(destination);
        if (!made.has(parent)) {
            external_node_fs_default().mkdirSync(parent, { recursive: true });
            made.add(parent);
        }
        const isJson = file.name.toLowerCase().endsWith('.json') && file.size <= folder_files_MAX_JSON_BYTES;
        if (isJson || file.size <= limits.wholeEntryBytes) {
            // Thousands of small files are the usual export: each is written in one synchronous call.
            const content = await zip.read(file, signal);
            const { written, record, why } = await inFolder(file.name, content, options, pace);
            if (isJson)
                for (const [name, bytes] of record.split || options.layout === 'split'
                    ? written
                    : bot_files_botFilesOf([{ name: file.name, bytes: content }]))
                    botFiles.set(name, bytes);
            await pace.check();
            if (why) {
                throw new RoundTripError(`The export's ${(0,untrusted_text/* plain */.pj)(file.name)} would not come back byte for byte from the folder (${(0,untrusted_text/* plain */.pj)(why)}), so the folder was not replaced; the zip is kept. Please report this with the zip: it is a case the action does not handle yet.`);
            }
            if (record.json || record.omittedValues || record.split)
                records[file.name] = record;
            for (const [name, bytes] of written) {
                // A split definition is thousands of files.
                await pace.check();
                const target = external_node_path_default().resolve(staging, name);
                if (!target.startsWith(staging + (external_node_path_default()).sep))
                    throw new Error(`refusing to write ${name} outside ${staging}`);
                if (!made.has(external_node_path_default().dirname(target))) {
                    external_node_fs_default().mkdirSync(external_node_path_default().dirname(target), { recursive: true });
                    made.add(external_node_path_default().dirname(target));
                }
                external_node_fs_default().writeFileSync(target, bytes, { flag: 'wx' });
                stagedBytes += bytes.length;
                staged.set(name, stagedBytes <= STAGED_BYTES_KEPT ? bytes : undefined);
            }
        }
        else {
            await (0,promises_.pipeline)(await zip.stream(file, signal), external_node_fs_default().createWriteStream(destination, { flags: 'wx' }), { signal });
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
        entries = external_node_fs_default().readdirSync(folder, { recursive: true, withFileTypes: true });
        // The export's files, plus its split definitions' pieces and the action's own two files.
        reader = folder_reader_FolderReader.open(folder, { maxTotalBytes: limits.maxTotalBytes, maxFiles: limits.maxEntries * 4 });
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
        const name = external_node_path_default().relative(folder, external_node_path_default().join(entry.parentPath, entry.name)).split((external_node_path_default()).sep).join('/');
        let bytes;
        try {
            bytes = reader.read(name);
        }
        catch (error) {
            if (error instanceof folder_reader_FolderRefusedError)
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
        const text = tree.get(output_paths/* MARKER_FILE */.cu);
        if (!text)
            return undefined;
        const manifest = parseManifest(text.toString('utf8'), output_paths/* MARKER_FILE */.cu);
        const definitions = manifest.entries.filter(name => folder_files_DEFINITIONS.has(name));
        if (definitions.length > 0 && definitions.every(name => manifest.files[name]?.split)) {
            // What the comparison takes of a new export: its JSON files, and the split definitions' files.
            const splitFolders = definitions.map(name => `${manifest.files[name].split.folder}/`);
            return new Map([...tree].filter(([name]) => splitFolders.some(folder => name.startsWith(folder)) || (!name.includes('/') && name.endsWith('.json'))));
        }
        const files = (await pace.run(packSteps(manifest, name => tree.get(name), 'the folder'))).filter(file => file.name.toLowerCase().endsWith('.json'));
        // File by file (the same as all at once), checking between them.
        const bot = new Map();
        for (const file of withoutValues(files, omittedVariables(manifest.files['config.json']))) {
            await pace.check();
            for (const [name, bytes] of bot_files_botFilesOf([file]))
                bot.set(name, bytes);
        }
        return bot;
    }
    catch (error) {
        if (error instanceof clock/* CancelledError */.cc)
            throw error;
        return undefined;
    }
}
/** What one export file becomes in the folder, and why that would not give it back (undefined when it would). */
async function inFolder(name, content, options, pace) {
    try {
        const { files, record } = await pace.run(toFolderSteps(name, content, options));
        await pace.check();
        return { written: files, record, why: await roundTrip(name, content, files, record, pace) };
    }
    catch (error) {
        // A definition in the platform's form whose split would not give it back.
        if (error instanceof SplitFault)
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
        return (await pace.run(comesBackSteps(name, original, file => inFolder.get(file), record)))
            ? undefined
            : 'it differs';
    }
    catch (error) {
        if (error instanceof clock/* CancelledError */.cc)
            throw error;
        return error.message;
    }
}
/**
 * Whether the new folder holds the same files with the same bytes as the current one, the
 * manifests aside (they hold the regenerated values and list orders, which are not content).
 */
async function sameContent(fresh, staged, current, pace) {
    if (!current?.has(output_paths/* MARKER_FILE */.cu) || staged.size !== current.size - 1)
        return false;
    for (const [name, bytes] of staged) {
        await pace.check();
        if (!(current.get(name)?.equals(bytes ?? external_node_fs_default().readFileSync(external_node_path_default().join(fresh, name))) ?? false))
            return false;
    }
    return true;
}
/** Renames only: the old folder is moved aside, the new one in, and the old one removed. */
async function swapInto(staging, target) {
    const exists = external_node_fs_default().existsSync(target);
    const aside = (0,temporary_files/* temporary */.q_)(`${staging}.old`);
    if (exists)
        await external_node_fs_default().promises.rename(target, aside);
    try {
        await external_node_fs_default().promises.rename(staging, target);
    }
    catch (error) {
        if (exists)
            await external_node_fs_default().promises.rename(aside, target);
        (0,temporary_files/* settled */.gu)(aside);
        throw error;
    }
    if (exists)
        await external_node_fs_default().promises.rm(aside, { recursive: true, force: true });
    (0,temporary_files/* settled */.gu)(aside);
}


/***/ })

};

//# sourceMappingURL=325.index.js.map