/**
 * The package as npm ships it: `npm pack`, then `npm install -g` of the tarball
 * into a temporary prefix, offline, and the daily commands from there, with
 * no dev dependencies and no source files. The packed file list holds only
 * what runs: bin/, dist/ (without the metafile the tests read), the built-in
 * curriculum, the README and package.json.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, exec, tempDir } from '../helpers/cli.js';

/** The environment without what `npm test` passes to its children (npm_config_prefix and the like). */
const cleanEnv = (extra: Record<string, string> = {}) => ({
  ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key) && key !== 'MLOPS_STUDY_HOME' && key !== 'MLOPS_STUDY_CURRICULUM')),
  NO_COLOR: '1',
  LANG: 'en_US.UTF-8',
  ...extra,
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

let work: string;
let packed: { files: { path: string }[]; filename: string };
let installed: string;
let bin: string;

beforeAll(async () => {
  work = tempDir('pack-');
  // --ignore-scripts: dist/ is built already (npm test builds first), and rebuilding it now would pull it from under other tests.
  const pack = await exec('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: ROOT, env: cleanEnv() });
  expect(pack.code, pack.stderr).toBe(0);
  packed = JSON.parse(pack.stdout)[0];
  const prefix = join(work, 'prefix');
  // Offline: the package needs nothing from the registry, not even metadata.
  const install = await exec('npm', ['install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', join(work, packed.filename)], { cwd: work, env: cleanEnv() });
  expect(install.code, `${install.stdout}\n${install.stderr}`).toBe(0);
  installed = join(prefix, 'lib', 'node_modules', 'mlops-study');
  bin = join(prefix, 'bin', 'mlops-study');
}, 300_000);

describe('the packed package', () => {
  it('holds only what runs: bin/, dist/ without meta.json, the curriculum, README and package.json', () => {
    const paths = packed.files.map((f) => f.path).sort();
    for (const path of paths) expect(path, `${path} is packed`).toMatch(/^(bin\/|dist\/|curriculum\/|README\.md$|package\.json$)/);
    expect(paths.filter((p) => /(^|\/)(test|fixtures|bench|src|docs)\/|meta\.json$|\.ts$/.test(p))).toEqual([]);
    const dist = filesUnder(join(ROOT, 'dist')).filter((f) => f !== 'meta.json').map((f) => `dist/${f}`);
    expect(paths.filter((p) => p.startsWith('dist/'))).toEqual(dist);
    expect(paths.filter((p) => p.startsWith('curriculum/'))).toEqual(filesUnder(join(ROOT, 'curriculum')).map((f) => `curriculum/${f}`));
    expect(paths).toEqual(expect.arrayContaining(['bin/mlops-study.js', 'bin/package.json', 'dist/index.cjs', 'dist/main.js', 'dist/THIRD-PARTY-LICENSES.txt']));
  });

  it('declares no runtime dependencies: every library is bundled into dist/', () => {
    const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    // Add libraries to devDependencies: esbuild bundles them, and their licences go to dist/THIRD-PARTY-LICENSES.txt.
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(existsSync(join(installed, 'node_modules'))).toBe(false);
    expect(filesUnder(installed)).toEqual(packed.files.map((f) => f.path).sort());
    const licences = readFileSync(join(installed, 'dist', 'THIRD-PARTY-LICENSES.txt'), 'utf8');
    for (const name of ['commander', 'chalk', 'yaml', 'zod', 'ts-fsrs', '@inquirer/core']) expect(licences).toMatch(new RegExp(`^${name}@\\d`, 'm'));
  });
});

describe('mlops-study installed from the tarball', () => {
  const home = () => tempDir('installed-home-');
  // As a learner runs it: from PATH, in some other directory, with node on PATH for the #! line.
  const runInstalled = (args: string[], learnerHome: string, extra: Record<string, string> = {}) =>
    exec(bin, args, { cwd: tempDir('elsewhere-'), env: cleanEnv({ PATH: `${dirname(bin)}:${dirname(process.execPath)}:/usr/bin:/bin`, MLOPS_STUDY_HOME: learnerHome, MLOPS_STUDY_NOW: '2026-12-08T09:00:00+09:00', ...extra }) });

  it('runs next, check, status --short, quiz --help and validate', async () => {
    const learner = home();
    const next = await runInstalled(['next'], learner);
    expect(next.code, next.stderr).toBe(0);
    expect(next.stdout).toContain('Week 1 of 6');
    const id = /^\s+○ (\S+)/m.exec(next.stdout)![1]!;
    const check = await runInstalled(['check', id], learner);
    expect(check.code, check.stderr).toBe(0);
    expect(check.stdout).toContain(id);
    expect((await runInstalled(['status', '--short'], learner)).stdout).toMatch(/^W1 1\/\d+\n$/);
    const quiz = await runInstalled(['quiz', '--help'], learner);
    expect(quiz.code).toBe(0);
    expect(quiz.stdout).toContain('--due');
    const validate = await runInstalled(['validate'], learner);
    expect(validate.code, validate.stderr).toBe(0);
    expect(validate.stdout).toContain('curriculum is valid');
    const korean = await runInstalled(['next', '--lang', 'ko'], learner);
    expect(korean.stdout).toContain('6주 중 1주차');
  }, 120_000);

  it('loads nothing but its own files', async () => {
    const learner = home();
    await runInstalled(['next'], learner); // warm caches
    const r = await runInstalled(['validate'], learner, { NODE_DEBUG: 'module' });
    expect(r.code).toBe(0);
    const loaded = [...r.stderr.matchAll(/^MODULE \d+: load "([^"]+)"/gm)].map((m) => m[1]!);
    expect(loaded.length).toBeGreaterThan(2);
    expect(loaded.filter((file) => !file.startsWith(`${installed}/`) && !file.startsWith(`${dirname(dirname(bin))}/bin/`))).toEqual([]);
  }, 120_000);
});
