// Stand-in for node:process, swapped in by the build (--alias:node:process=…).
// Importing node:process as an ES module makes Node build all of its exports,
// including the stdin, stdout and stderr streams (and with them net, tty and the
// stream machinery), on every start, even for a command that prints one line.
// As CommonJS it serves `import process from` and `require()` alike.
module.exports = globalThis.process;
