#!/usr/bin/env node
/**
 * npm run test:load [-- --runs N] [-- vitest args]: the test suite with the
 * machine busy, the way a shared CI runner or a laptop compiling something
 * else is. Starts LOAD_PER_CORE (default 2) busy loops per core, at normal
 * priority so that they really compete with the tests, runs `npm test` (or
 * vitest with the given arguments) RUNS times in a row, stops the loops
 * whatever happens, and exits with the first failing run's code.
 *
 * A test that fails here and passes on an idle machine waits on a clock
 * instead of on an event: fix the test (or the code), not the load.
 */
import { spawn, spawnSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';

const args = process.argv.slice(2);
let runs = 1;
const runsAt = args.indexOf('--runs');
if (runsAt >= 0) {
  runs = Number(args[runsAt + 1]);
  args.splice(runsAt, 2);
  if (!Number.isInteger(runs) || runs < 1) {
    console.error('test:load: --runs needs a whole number ≥ 1');
    process.exit(2);
  }
}
const perCore = Number(process.env.LOAD_PER_CORE ?? 2);
const cores = availableParallelism();
const loops = [];
for (let i = 0; i < cores * perCore; i++) {
  loops.push(spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
}
const stop = () => {
  for (const loop of loops) loop.kill('SIGKILL');
};
process.on('exit', stop);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    stop();
    process.exit(130);
  });
}

console.log(`test:load: ${loops.length} busy loops on ${cores} cores; ${runs} run${runs === 1 ? '' : 's'}`);
// Build and type-check once; the runs then exercise only the tests.
const command = args.length ? ['npx', ['vitest', 'run', ...args]] : ['npm', ['test']];
let failed = 0;
for (let i = 1; i <= runs; i++) {
  const started = Date.now();
  const r = spawnSync(command[0], command[1], { stdio: 'inherit' });
  const code = r.status ?? 1;
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(`test:load: run ${i}/${runs} ${code === 0 ? 'passed' : `failed (exit ${code})`} in ${seconds} s · load average ${loadavg()[0].toFixed(1)}`);
  if (code !== 0 && !failed) failed = code;
}
stop();
process.exit(failed);
