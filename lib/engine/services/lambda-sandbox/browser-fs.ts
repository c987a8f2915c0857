// What `require("fs")` resolves to in the browser's bundles (next.config.js, turbopack.resolveAlias). The
// QuickJS single-file module mentions fs only on its Node path, which never runs in a browser worker.
const fs = {};
export default fs;
