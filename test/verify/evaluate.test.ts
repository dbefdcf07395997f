/** Each probe kind on small projects: when it passes, when it fails, and what it says. */
import { describe, expect, it } from 'vitest';
import type { ProbeCheck } from '../../src/curriculum/types.js';
import { evaluate, type Outcome } from '../../src/verify/evaluate.js';
import { ProjectFiles } from '../../src/verify/files.js';
import { GitFacts } from '../../src/verify/git.js';
import { tempDir } from '../helpers/cli.js';
import { git, writeFiles, type Files } from '../helpers/projects.js';

/** A repository with `committed` in one commit and `loose` written after it. */
function repo(committed: Files, loose: Files = {}, init = true): string {
  const dir = tempDir('mlops-eval-');
  if (init) git(dir, 'init', '-q');
  writeFiles(dir, committed);
  if (init && Object.keys(committed).length) {
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'work');
  }
  writeFiles(dir, loose);
  return dir;
}

async function run(dir: string, check: ProbeCheck): Promise<Outcome> {
  const files = new ProjectFiles(dir);
  return evaluate({ files, git: new GitFacts(files.root) }, check);
}

describe('exists and absent', () => {
  it('counts matches in the working tree, or among the committed files', async () => {
    const dir = repo({ 'data/a.csv.dvc': '' }, { 'data/b.csv.dvc': '' });
    expect(await run(dir, { kind: 'exists', path: 'data/*.dvc', min: 2 })).toMatchObject({ ok: true, reason: { code: 'found', count: 2 } });
    expect(await run(dir, { kind: 'exists', path: 'data/*.dvc', min: 2, committed: true })).toMatchObject({ ok: false, reason: { code: 'found', count: 1, min: 2, committed: true } });
    expect(await run(dir, { kind: 'exists', path: 'data/*.dvc', min: 1, committed: false })).toMatchObject({ ok: true, reason: { sample: ['data/b.csv.dvc'] } });
  });

  it('names the missing ones of a list of plain paths', async () => {
    const dir = repo({ 'README.md': '', 'src/train.py': '' });
    expect(await run(dir, { kind: 'exists', path: '{README.md,src/train.py,data/.gitkeep,docs}', min: 4, committed: true })).toMatchObject({ ok: false, reason: { missing: ['data/.gitkeep', 'docs'] } });
  });

  it('a directory counts as committed when a file in it is', async () => {
    const dir = repo({ 'docs/lifecycle.md': '' });
    expect((await run(dir, { kind: 'exists', path: 'docs', min: 1, committed: true })).ok).toBe(true);
    expect(await run(dir, { kind: 'absent', path: 'docs', committed: true })).toMatchObject({ ok: false, reason: { code: 'present', sample: ['docs'] } });
  });

  it('absent with committed: data in Git fails, the same data only on disk passes', async () => {
    const dir = repo({ 'data/raw.dvc': '' }, { 'data/raw.csv': 'a,b' });
    expect((await run(dir, { kind: 'absent', path: 'data/**/*.csv', committed: true })).ok).toBe(true);
    expect((await run(dir, { kind: 'absent', path: 'data/**/*.csv' })).ok).toBe(false);
  });

  it('committed probes need a repository with a commit', async () => {
    expect((await run(repo({ a: '' }, {}, false), { kind: 'exists', path: 'a', min: 1, committed: true })).reason.code).toBe('not-repo');
    expect((await run(repo({}, { a: '' }), { kind: 'exists', path: 'a', min: 1, committed: true })).reason.code).toBe('no-commits');
  });
});

describe('file', () => {
  it('matches: the first file that matches passes; none fails', async () => {
    const dir = repo({ 'src/a.py': 'import os\n', 'src/b.py': 'import mlflow\nmlflow.log_metric("f1", 1)\n' });
    expect(await run(dir, { kind: 'file', path: 'src/*.py', matches: 'log_metric\\(', ignoreCase: false })).toMatchObject({ ok: true, reason: { code: 'matched', files: ['src/b.py'], line: 2 }, files: ['src/b.py'] });
    expect(await run(dir, { kind: 'file', path: 'src/*.py', matches: 'search_runs', ignoreCase: false })).toMatchObject({ ok: false, reason: { code: 'no-match', files: ['src/a.py', 'src/b.py'] } });
  });

  it('notMatches: fails on the first file that has it, quoting that line', async () => {
    const dir = repo({ 'requirements.txt': 'numpy==2.1\nscikit-learn>=1.3\n' });
    expect(await run(dir, { kind: 'file', path: 'requirements.txt', notMatches: '>=', ignoreCase: false })).toMatchObject({ ok: false, reason: { code: 'forbidden', line: 2, text: 'scikit-learn>=1.3' } });
  });

  it('searching all files at once never changes the answer: a match across two files is none, ^ still starts each file', async () => {
    const dir = repo({ 'a.py': 'x = 1\nfoo', 'b.py': 'bar = 2\n', 'c.py': 'Import os\n' });
    const file = (extra: object) => run(dir, { kind: 'file', path: '*.py', ignoreCase: false, ...extra } as ProbeCheck);
    expect(await file({ matches: 'foo[\\s\\S]*bar' })).toMatchObject({ ok: false, reason: { code: 'no-match', files: ['a.py', 'b.py', 'c.py'] } });
    expect(await file({ matches: '^bar' })).toMatchObject({ ok: true, reason: { files: ['b.py'], line: 1 } });
    expect(await file({ notMatches: 'foo$' })).toMatchObject({ ok: false, reason: { code: 'forbidden', files: ['a.py'], line: 2 } });
    expect(await file({ notMatches: 'nothing' })).toMatchObject({ ok: true, reason: { code: 'clean', files: ['a.py', 'b.py', 'c.py'] } });
    expect((await file({ matches: '^import os', ignoreCase: true })).ok).toBe(true);
  });

  it('a missing file fails for both, and a file over 1 MB is not read', async () => {
    const dir = repo({ 'big.txt': `${'x'.repeat(1024 * 1024)}needle` });
    expect((await run(dir, { kind: 'file', path: 'nope.txt', notMatches: 'x', ignoreCase: false })).reason.code).toBe('no-file');
    expect(await run(dir, { kind: 'file', path: 'big.txt', matches: 'needle', ignoreCase: false })).toMatchObject({ ok: false, reason: { code: 'unreadable', problem: 'too-large' } });
  });
});

describe('yaml, json and toml', () => {
  const dir = repo({
    'dvc.yaml': 'stages:\n  prepare:\n    cmd: python prepare.py\n    outs: [data/p.csv]\n  split:\n    cmd: python split.py\n    params: [split.seed]\n',
    '.github/workflows/a.yml': 'on: push\njobs: {}\n',
    '.github/workflows/b.yml': 'on: [push, pull_request]\njobs:\n  test:\n    steps:\n      - run: pytest -q\n',
    'dashboard.json': '{"panels": [{"title": "p95"}, {"title": "count"}]}',
    'pyproject.toml': '[project]\nname = "iris"\ndependencies = ["scikit-learn==1.5.2"]\n',
    'broken.yaml': 'a: [1, 2\n',
  });
  const data = (format: 'yaml' | 'json' | 'toml', path: string, key: string, extra: object = {}): ProbeCheck => ({ kind: 'data', format, path, key: key.split('.'), ignoreCase: false, ...extra });

  it('min counts the entries of a map or list', async () => {
    expect(await run(dir, data('yaml', 'dvc.yaml', 'stages', { min: 2 }))).toMatchObject({ ok: true, reason: { state: 'found', entries: 2 } });
    expect(await run(dir, data('yaml', 'dvc.yaml', 'stages', { min: 3 }))).toMatchObject({ ok: false, reason: { state: 'few', entries: 2, min: 3 } });
    expect((await run(dir, data('json', 'dashboard.json', 'panels', { min: 2 }))).ok).toBe(true);
  });

  it('* steps into every entry; a name finds a trigger written as a string, a list or a map', async () => {
    expect((await run(dir, data('yaml', 'dvc.yaml', 'stages.*.params'))).ok).toBe(true);
    expect(await run(dir, data('yaml', '.github/workflows/*.yml', 'on.pull_request'))).toMatchObject({ ok: true, reason: { files: ['.github/workflows/b.yml'] } });
    expect((await run(dir, data('yaml', '.github/workflows/*.yml', 'jobs.*.steps.*.run', { matches: 'pytest' }))).ok).toBe(true);
    expect(await run(dir, data('yaml', '.github/workflows/a.yml', 'on.pull_request'))).toMatchObject({ ok: false, reason: { state: 'missing' } });
  });

  it('equals compares as text; missing: true passes when no file has the key', async () => {
    expect((await run(dir, data('toml', 'pyproject.toml', 'project.name', { equals: 'iris' }))).ok).toBe(true);
    expect(await run(dir, data('toml', 'pyproject.toml', 'project.name', { equals: 'other' }))).toMatchObject({ ok: false, reason: { state: 'unequal', value: 'iris', expected: 'other' } });
    expect((await run(dir, data('yaml', 'dvc.yaml', 'stages.*.metrics', { missing: true }))).ok).toBe(true);
    expect((await run(dir, data('yaml', 'dvc.yaml', 'stages.*.outs', { missing: true }))).ok).toBe(false);
  });

  it('a file that does not parse fails with its line', async () => {
    expect(await run(dir, data('yaml', 'broken.yaml', 'a'))).toMatchObject({ ok: false, reason: { code: 'unparsable', format: 'yaml', line: expect.any(Number) } });
    expect(await run(dir, data('json', 'dvc.yaml', 'a'))).toMatchObject({ ok: false, reason: { code: 'unparsable', format: 'json' } });
  });

  it('an alias bomb in a learner file is a parse failure, not a hang', async () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`)].join('\n');
    const d = repo({ 'bomb.yaml': bomb });
    expect((await run(d, data('yaml', 'bomb.yaml', 'j', { min: 1 }))).reason.code).toBe('unparsable');
  });
});

describe('git', () => {
  it('repository, commits, merges, branch, tag, remote', async () => {
    const dir = repo({ 'a.txt': '1' });
    git(dir, 'switch', '-qc', 'week1-setup');
    writeFiles(dir, { 'b.txt': '2' });
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'b');
    git(dir, 'switch', '-q', 'main');
    git(dir, 'merge', '-q', '--no-ff', '-m', 'merge', 'week1-setup');
    git(dir, 'tag', 'v0.1');
    git(dir, 'remote', 'add', 'origin', 'https://github.com/jimin/iris.git');
    const check = (fact: string, extra: object = {}) => run(dir, { kind: 'git', fact: fact as never, min: 1, ...extra });
    expect((await check('repository')).reason).toEqual({ code: 'repository', branch: 'main' });
    expect((await check('commits', { min: 3 })).ok).toBe(true);
    expect((await check('commits', { min: 4 })).reason).toMatchObject({ code: 'git-count', count: 3, min: 4 });
    expect((await check('merges')).ok).toBe(true);
    expect((await check('branch')).reason).toMatchObject({ names: ['week1-setup'] });
    expect((await check('branch', { matches: '^feature/' })).ok).toBe(false);
    expect((await check('tag')).reason).toMatchObject({ names: ['v0.1'] });
    expect((await check('remote')).reason).toMatchObject({ names: ['origin'] });
  });

  it('ignored asks git check-ignore: a directory pattern, a file pattern, and a tracked file (not ignored)', async () => {
    const dir = repo({ '.gitignore': '.venv/\n.env\n/data/*\n', 'data/tracked.csv': 'x' });
    git(dir, 'add', '-f', 'data/tracked.csv');
    git(dir, 'commit', '-qm', 'tracked');
    expect((await run(dir, { kind: 'git', fact: 'ignored', min: 1, paths: ['.venv/', '.env', 'data/raw.csv'] })).ok).toBe(true);
    expect(await run(dir, { kind: 'git', fact: 'ignored', min: 1, paths: ['.env', 'models/m.pkl', 'data/tracked.csv'] })).toMatchObject({ ok: false, reason: { missing: ['models/m.pkl', 'data/tracked.csv'] } });
  });

  it('outside a repository every git fact fails with not-repo', async () => {
    expect((await run(repo({ a: '' }, {}, false), { kind: 'git', fact: 'repository', min: 1 })).reason.code).toBe('not-repo');
  });
});

describe('dockerfile and any', () => {
  it('reads the final stage', async () => {
    const dir = repo({ Dockerfile: 'FROM python:3.11-slim AS build\nUSER builder\nFROM python:3.11-slim\nCMD uvicorn app:app\n' });
    const fact = (f: string) => run(dir, { kind: 'dockerfile', path: 'Dockerfile', fact: f as never });
    expect(await fact('multi-stage')).toMatchObject({ ok: true, reason: { stages: 2 } });
    expect(await fact('non-root-user')).toMatchObject({ ok: false, reason: { fact: 'non-root-user' } });
    expect(await fact('exec-form-cmd')).toMatchObject({ ok: false, reason: { cmd: 'shell' } });
    expect((await fact('healthcheck')).ok).toBe(false);
  });

  it('any passes on its first passing alternative and fails with every reason', async () => {
    const dir = repo({ 'dags/retrain.py': 'from airflow import DAG\n' });
    const any = (checks: ProbeCheck[]) => run(dir, { kind: 'any', any: checks });
    expect((await any([{ kind: 'exists', path: '.github/workflows/retrain.yml', min: 1 }, { kind: 'file', path: '**/dags/**/*.py', matches: 'from airflow', ignoreCase: false }])).ok).toBe(true);
    const failed = await any([{ kind: 'exists', path: 'x', min: 1 }, { kind: 'exists', path: 'y', min: 1 }]);
    expect(failed).toMatchObject({ ok: false, reason: { code: 'any', reasons: [{ code: 'no-file', path: 'x' }, { code: 'no-file', path: 'y' }] } });
  });
});
