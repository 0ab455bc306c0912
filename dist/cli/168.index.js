export const id = 168;
export const ids = [168,787];
export const modules = {

/***/ 7168:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DL: () => (/* binding */ temporaryPathBeside),
/* harmony export */   gu: () => (/* binding */ settled),
/* harmony export */   q6: () => (/* binding */ removeAllNow),
/* harmony export */   q_: () => (/* binding */ temporary)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
// Temporary files and folders the run has made and not yet moved into place. The runner
// cancels a job with SIGINT, then SIGTERM 7.5 s later, then SIGKILL 2.5 s after that: the
// first signal stops the work, which removes its own temporaries on the way out; a second
// signal means there is no time left, and removeAllNow() deletes them synchronously before
// the process exits.



const pending = new Set();
/** Registers `target` for removal if the run is cut short; returns it. */
function temporary(target) {
    pending.add(target);
    return target;
}
/** `target` was removed or moved into place: nothing left to clean up. */
function settled(target) {
    pending.delete(target);
}
/**
 * Removes every registered temporary now (last resort: on the second signal, and again at
 * exit). They stay registered: a write already handed to the thread pool (a folder made with
 * `recursive`) can bring one back between the two passes.
 */
function removeAllNow() {
    for (const target of pending) {
        try {
            node_fs__WEBPACK_IMPORTED_MODULE_1___default().rmSync(target, { recursive: true, force: true });
        }
        catch {
            // Nothing more can be done this late; the runner's workspace clean-up follows.
        }
    }
}
/** A hidden name in the same folder as `target`, so the final rename cannot cross file systems. */
function temporaryPathBeside(target) {
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(target), `.${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(target)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
}


/***/ })

};

//# sourceMappingURL=168.index.js.map