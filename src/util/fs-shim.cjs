// Stand-in for node:fs, swapped in by the build (--alias:node:fs=…). An ES-module
// import of node:fs makes Node read every export, and reading fs.ReadStream /
// fs.WriteStream loads the whole stream machinery. The CommonJS fs is loaded at
// start-up anyway; the bundler turns named imports into property reads on it,
// made only when used.
module.exports = require('fs');
