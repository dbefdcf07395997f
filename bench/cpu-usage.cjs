// Preloaded by `BENCH_CPU=1 npm run bench`: reports the process's CPU time (user + system, all threads) as it exits.
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  require('node:fs').writeSync(2, `\nmlops-bench-cpu ${(user + system) / 1000}\n`);
});
