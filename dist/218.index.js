export const id = 218;
export const ids = [218];
export const modules = {

/***/ 8218:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   satisfies: () => (/* binding */ satisfies)
/* harmony export */ });
// Stands in for `semver` in the bundles (tsconfig.json `paths`, which ncc follows). jsonwebtoken
// imports semver only to ask whether this Node.js is at least 6.12, 15.7 and 16.9 (which key
// types it can check), and loading semver (its dozens of patterns built at start) was most of
// the time the JWT signer takes to load, in every run that signs. The action runs on Node.js
// 20.15 or later (package.json `engines`, action.yml `node24`): each answer is yes. Nothing else
// in the bundles imports semver (__tests__/bundle.test.ts).
function satisfies(version, range) {
    const known = ['^6.12.0 || >=8.0.0', '>=15.7.0', '>=16.9.0'];
    if (!known.includes(range))
        throw new Error(`kore-bot-export does not bundle semver: cannot check "${range}" for Node.js ${version}`);
    return true;
}


/***/ })

};

//# sourceMappingURL=218.index.js.map