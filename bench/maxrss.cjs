// Preloaded by bench/run.mjs (node --require): prints the process's peak resident memory (kB) and CPU time (ms) last on stderr.
process.on('exit', () => {
  const cpu = process.cpuUsage();
  process.stderr.write(`\nmaxrss ${process.resourceUsage().maxRSS} cpu ${Math.round((cpu.user + cpu.system) / 1000)}\n`);
});
