#!/usr/bin/env node
/**
 * npm run bench: start-up and scaling of the built CLI, against bare `node -e 0`.
 * Each row runs its command and the baseline alternately (20 pairs after a
 * warm-up) and reports median wall times and the median of the pairwise ratios.
 * Synthetic curricula and progress files are generated here, in a temp dir.
 * BENCH_RUNS=N pairs per row; BENCH_ONLY=REGEX only the rows whose label
 * matches; BENCH_CPU=1 CPU time instead of wall time (for a loaded machine).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCurriculum, writeProgress, writeProject } from './generate.mjs';
import { writeGuideText } from './guide.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const BIN = join(ROOT, 'bin', 'mlops-study.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
// BENCH_ONLY=REGEX runs only the rows whose label matches (and skips the scaling rows unless they match).
const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : undefined;
const wanted = (label) => !only || only.test(label);
const work = mkdtempSync(join(tmpdir(), 'mlops-bench-'));

// BENCH_CPU=1 measures CPU time (user + system, reported by the child as it exits) instead of wall
// time: steadier on a loaded machine, where waiting for a core swamps the wall time of short runs.
const CPU = process.env.BENCH_CPU === '1';
const CPU_REPORT = join(ROOT, 'bench', 'cpu-usage.cjs');

function time(args, env) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, CPU ? ['-r', CPU_REPORT, ...args] : args, { env: { ...process.env, NO_COLOR: '1', ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  if (!CPU) return ms;
  const cpu = /mlops-bench-cpu ([\d.]+)\n$/.exec(String(r.stderr));
  if (!cpu) throw new Error(`${args.join(' ')} reported no CPU time`);
  return Number(cpu[1]);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Runs `args` (or `args(i)` for run i) and `node -e 0` alternately; returns medians and the median pairwise ratio. */
function measure(args, env) {
  const argsOf = typeof args === 'function' ? args : () => args;
  time(argsOf(-1), env);
  time(['-e', '0'], env);
  const cmd = [];
  const base = [];
  const ratios = [];
  for (let i = 0; i < RUNS; i++) {
    const b = time(['-e', '0'], env);
    const c = time(argsOf(i), env);
    base.push(b);
    cmd.push(c);
    ratios.push(c / b);
  }
  return { ms: median(cmd), base: median(base), ratio: median(ratios) };
}

const home = (name) => mkdtempSync(join(work, `${name}-`));
const rows = [];
const row = (label, target, measureIt, note = '') => {
  if (!wanted(label)) return;
  const result = measureIt();
  rows.push({ label, target, ...result, note, pass: result.ratio <= target });
  const r = rows.at(-1);
  console.log(`${r.pass ? 'PASS' : 'FAIL'}  ${label.padEnd(44)} ${r.ms.toFixed(1).padStart(7)} ms  ${r.base.toFixed(1).padStart(6)} ms  ${r.ratio.toFixed(2).padStart(5)}×  ≤ ${target}${note ? `  ${note}` : ''}`);
};

console.log(`mlops-study bench: ${RUNS} runs per row after a warm-up; ${CPU ? 'CPU time' : 'wall time'}; ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`);
console.log(`${'row'.padEnd(50)} ${'median'.padStart(10)} ${'node -e 0'.padStart(9)}  ratio  target`);

// The built-in curriculum, a learner in week 2 with some progress (cache warm after the first run).
const learner = home('learner');
const env = { MLOPS_STUDY_HOME: learner, MLOPS_STUDY_NOW: '2026-12-08T09:00:00+09:00' };
spawnSync(process.execPath, [BIN, 'init', '--start', '2026-12-01', '--yes'], { env: { ...process.env, ...env } });
spawnSync(process.execPath, [BIN, 'check', 'mlops-concepts-need', 'git-mastery', 'dvc-install-basics'], { env: { ...process.env, ...env } });

row('--help', 1.3, () => measure([BIN, '--help'], env));
row('--version', 1.3, () => measure([BIN, '--version'], env));
row('next', 1.3, () => measure([BIN, 'next'], env));
row('status', 1.3, () => measure([BIN, 'status'], env));
row('next --json', 1.3, () => measure([BIN, 'next', '--json'], env));
row('check <id> (a locked, atomic write)', 1.8, () => measure([BIN, 'check', 'python-dev-env'], env));
// The study material (issue 20): every read path as fast as next.
row('show <week>', 1.3, () => measure([BIN, 'show', '2', '--no-pager'], env));
// show <topic> marks it read by appending to reads.jsonl (no lock): a topic not read yet in every run (issue 17).
const topics = ['mlops-what-why', 'mlops-lifecycle-stages', 'mlops-devops-differences', 'git-github-ml-workflow', 'python-reproducible-env', 'dvc-basics', 'dvc-remotes', 'dvc-pipelines', 'data-pipeline-airflow', 'gx-data-validation', 'mlflow-setup', 'mlflow-tracking', 'mlflow-autolog', 'mlflow-model-registry', 'mlflow-model-lifecycle'];
const reader = home('reader');
const readerEnv = { ...env, MLOPS_STUDY_HOME: reader };
spawnSync(process.execPath, [BIN, 'init', '--start', '2026-12-01', '--yes'], { env: { ...process.env, ...readerEnv } });
let shown = 0;
row('show <topic> (marks it read)', 1.3, () =>
  measure(() => {
    // A fresh topic each run; after the list, a fresh start (the marks stay unfolded, as between two writes).
    if (shown > 0 && shown % topics.length === 0) spawnSync(process.execPath, [BIN, 'read', '--undo', ...topics], { env: { ...process.env, ...readerEnv } });
    return [BIN, 'show', topics[shown++ % topics.length], '--no-pager'];
  }, readerEnv),
);
row('show <topic> (read before)', 1.3, () => measure([BIN, 'show', 'dvc-basics', '--no-pager'], readerEnv));
row('show <tool>', 1.3, () => measure([BIN, 'show', 'mlflow', '--no-pager'], env));
row('search <words>', 1.3, () => measure([BIN, 'search', 'data', 'drift'], env));
row('tools', 1.3, () => measure([BIN, 'tools'], env));
// What shells and prompts run on every Tab and every prompt.
row('__complete check dvc- (shell completion)', 1.3, () => measure([BIN, '__complete', 'check', 'dvc-'], env));
row('status --short (prompt, status line)', 1.2, () => measure([BIN, 'status', '--short'], env));

// Synthetic curricula: 6, 60 and 600 weeks, ~10 items and 10 questions a week.
const c6 = writeCurriculum(join(work, 'c6'), 6);
const c60 = writeCurriculum(join(work, 'c60'), 60);
const c600 = writeCurriculum(join(work, 'c600'), 600);
const env60 = { ...env, MLOPS_STUDY_HOME: home('c60'), MLOPS_STUDY_CURRICULUM: c60 };
row('60-week curriculum: next (warm cache)', 1.5, () => measure([BIN, 'next'], env60));
if (wanted('validate')) {
  const v6 = measure([BIN, 'validate', c6], { ...env, MLOPS_STUDY_HOME: home('c6') });
  const v60 = measure([BIN, 'validate', c60], env60);
  const v600 = measure([BIN, 'validate', c600], { ...env, MLOPS_STUDY_HOME: home('c600') });
  rows.push({ label: 'validate 60 weeks', ...v60, target: null, pass: true });
  console.log(`info  ${'validate, 6 weeks'.padEnd(44)} ${v6.ms.toFixed(1).padStart(7)} ms`);
  console.log(`info  ${'validate, 60 weeks'.padEnd(44)} ${v60.ms.toFixed(1).padStart(7)} ms`);
  const linear = v600.ms / v60.ms;
  rows.push({ label: '600-week validate vs 60-week', ms: v600.ms, base: v60.ms, ratio: linear, target: 10, pass: linear <= 10 });
  console.log(`${linear <= 10 ? 'PASS' : 'FAIL'}  ${'600-week validate / 60-week validate'.padEnd(44)} ${v600.ms.toFixed(1).padStart(7)} ms  ${v60.ms.toFixed(1).padStart(6)} ms  ${linear.toFixed(2).padStart(5)}×  ≤ 10 (linear)`);
}

if (wanted('review logs')) {
  // Progress files with 1,000 / 10,000 / 100,000 review logs (the log in reviews.jsonl, read by no daily command).
  const big = {};
  const bigHome = {};
  for (const n of [1000, 10000, 100000]) {
    const h = home(`logs${n}`);
    bigHome[n] = h;
    writeProgress(join(h, 'config.json'), n);
    big[n] = measure([BIN, 'next'], { ...env, MLOPS_STUDY_HOME: h });
    if (n < 100000) console.log(`info  ${`next with ${n.toLocaleString('en')} review logs`.padEnd(44)} ${big[n].ms.toFixed(1).padStart(7)} ms  ${big[n].base.toFixed(1).padStart(6)} ms  ${big[n].ratio.toFixed(2).padStart(5)}×`);
}
row('next with 100,000 review logs', 1.3, () => big[100000]);
row('check with 100,000 review logs', 1.8, () => measure([BIN, 'check', 'python-dev-env'], { ...env, MLOPS_STUDY_HOME: bigHome[100000] }));
const logs = big[100000].ms / big[10000].ms;
rows.push({ label: '100k logs next vs 10k', ms: big[100000].ms, base: big[10000].ms, ratio: logs, target: 10, pass: logs <= 10 });
console.log(`${logs <= 10 ? 'PASS' : 'FAIL'}  ${'next, 100,000 logs / 10,000 logs'.padEnd(44)} ${big[100000].ms.toFixed(1).padStart(7)} ms  ${big[10000].ms.toFixed(1).padStart(6)} ms  ${logs.toFixed(2).padStart(5)}×  ≤ 10 (linear)`);
}

// Importing a 5 MB guide of every shape (bench/guide.mjs): wall time and peak memory, three runs, the median.
if (wanted('import, 5 MB guide')) {
  const guide = join(work, 'guide-5mb.md');
  writeFileSync(guide, writeGuideText(5_000_000));
  const imports = [1, 2, 3].map((i) => {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ['--require', join(ROOT, 'bench', 'maxrss.cjs'), BIN, 'import', guide, '-o', join(work, `imported-${i}`)], { env: { ...process.env, NO_COLOR: '1', MLOPS_STUDY_HOME: home('import') }, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (r.status !== 0) throw new Error(`import exited ${r.status}: ${r.stderr}`);
    const [, rss, cpu] = /maxrss (\d+) cpu (\d+)/.exec(r.stderr) ?? [];
    return { ms, mb: Number(rss) / 1024, cpu: Number(cpu) };
  });
  const importMs = median(imports.map((x) => x.ms));
  const importMb = median(imports.map((x) => x.mb));
  const importCpu = median(imports.map((x) => x.cpu));
  const importPass = importMs <= 5000 && importMb <= 300;
  rows.push({ label: 'import 5 MB guide', ms: importMs, base: 0, ratio: 0, target: null, pass: importPass });
  console.log(`${importPass ? 'PASS' : 'FAIL'}  ${'import, 5 MB guide (median of 3)'.padEnd(44)} ${importMs.toFixed(1).padStart(7)} ms  ${importMb.toFixed(0).padStart(6)} MB          ≤ 5000 ms, ≤ 300 MB  (CPU ${importCpu} ms: wall time above it is other load)`);
}

// verify on a learner's repository of 20,000 files. The issue's target is absolute (1.5 s on this
// machine, where node -e 0 takes ~110 ms); like the other rows it is judged by the pairwise ratio
// to node -e 0 (1500 / 110 = 13.6), which other work on the host moves much less than wall time.
if (wanted('verify --all')) {
  const project = writeProject(join(work, 'project'), 20_000);
  const git = (...args) => spawnSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', ...args], { cwd: project, stdio: 'ignore' });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'bench project');
  const verifyEnv = { ...process.env, NO_COLOR: '1', ...env, MLOPS_STUDY_HOME: home('verify') };
  const cpus = [];
  const once = (args) => {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { env: verifyEnv, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    // verify exits 1 when an item fails, as most do on this synthetic project.
    if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    const cpu = /maxrss \d+ cpu (\d+)/.exec(r.stderr)?.[1];
    if (cpu) cpus.push(Number(cpu));
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  const args = ['--require', join(ROOT, 'bench', 'maxrss.cjs'), BIN, 'verify', '--project', project, '--all', '--json'];
  once(args);
  const cmd = [];
  const base = [];
  const ratios = [];
  for (let i = 0; i < Math.min(RUNS, 10); i++) {
    const b = once(['-e', '0']);
    const c = once(args);
    base.push(b);
    cmd.push(c);
    ratios.push(c / b);
  }
  row('verify --all, a repository of 20,000 files', 13.6, () => ({ ms: median(cmd), base: median(base), ratio: median(ratios) }), `(1.5 s at node -e 0 = 110 ms; CPU ${median(cpus)} ms)`);
}

rmSync(work, { recursive: true, force: true });
const failed = rows.filter((r) => !r.pass);
console.log(failed.length ? `\n${failed.length} row(s) over target` : '\nevery row within target');
process.exitCode = failed.length ? 1 : 0;
