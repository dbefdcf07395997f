// Preloaded by bench/run.mjs (node --require): prints the process's peak resident memory (kB) last on stderr.
process.on('exit', () => process.stderr.write(`\nmaxrss ${process.resourceUsage().maxRSS}\n`));
