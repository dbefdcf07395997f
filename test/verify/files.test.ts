/** Reading a learner's project: inside it only, bounded, never blocked by what is in it. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_MATCHES, MAX_READ_BYTES, ProjectFiles } from '../../src/verify/files.js';
import { tempDir } from '../helpers/cli.js';
import { writeFiles } from '../helpers/projects.js';

function project(files: Record<string, string>): string {
  const dir = tempDir('mlops-files-');
  writeFiles(dir, files);
  return dir;
}

describe('ProjectFiles.glob', () => {
  it('finds files and directories by glob, ** included, in a stable order', () => {
    const dir = project({ 'src/a.py': '', 'src/pkg/b.py': '', 'src/pkg/c.txt': '', 'README.md': '', '.github/workflows/ci.yml': '' });
    const files = new ProjectFiles(dir);
    expect(files.glob('src/**/*.py').matches.map((m) => m.path)).toEqual(['src/a.py', 'src/pkg/b.py']);
    expect(files.glob('**/*.py').matches.map((m) => m.path)).toEqual(['src/a.py', 'src/pkg/b.py']);
    expect(files.glob('src').matches).toEqual([{ path: 'src', type: 'dir' }]);
    expect(files.glob('.github/workflows/*.{yml,yaml}').matches.map((m) => m.path)).toEqual(['.github/workflows/ci.yml']);
    expect(files.glob('nothing/*.py')).toEqual({ matches: [], truncated: false, outside: [] });
  });

  it('never descends into .git, node_modules, .venv, __pycache__ or the DVC cache', () => {
    const dir = project({ 'node_modules/x/a.py': '', '.venv/lib/b.py': '', '.dvc/cache/c.py': '', 'src/__pycache__/d.py': '', 'ok.py': '' });
    execFileSync('git', ['init', '-q'], { cwd: dir });
    expect(new ProjectFiles(dir).glob('**/*.py').matches.map((m) => m.path)).toEqual(['ok.py']);
    // A plain path may still name a file there.
    expect(new ProjectFiles(dir).glob('.venv/lib/b.py').matches).toHaveLength(1);
  });

  it('skips a symlink that leads out of the project, with the reason', () => {
    const outside = project({ 'secret.txt': 'token', 'lib/x.py': '' });
    const dir = project({ 'in.txt': 'fine' });
    symlinkSync(join(outside, 'secret.txt'), join(dir, 'leak.txt'));
    symlinkSync(join(outside, 'lib'), join(dir, 'lib'));
    symlinkSync('in.txt', join(dir, 'alias.txt'));
    const files = new ProjectFiles(dir);
    expect(files.glob('*.txt')).toEqual({ matches: [{ path: 'alias.txt', type: 'file' }, { path: 'in.txt', type: 'file' }], truncated: false, outside: ['leak.txt'] });
    expect(files.glob('lib/*.py')).toMatchObject({ matches: [], outside: ['lib'] });
    expect(files.read('leak.txt')).toEqual({ ok: false, problem: 'outside' });
    expect(files.read('alias.txt')).toEqual({ ok: true, text: 'fine' });
  });

  it('does not follow symlinked directories with wildcards (a loop cannot trap it)', () => {
    const dir = project({ 'a/x.py': '' });
    symlinkSync('..', join(dir, 'a', 'up'));
    expect(new ProjectFiles(dir).glob('**/*.py').matches.map((m) => m.path)).toEqual(['a/x.py']);
  });

  it('stops at its bound of matches, and of directory entries for the whole run, and says so', () => {
    const dir = tempDir('mlops-files-');
    for (let i = 0; i < 30; i++) writeFileSync(join(dir, `f${i}.txt`), '');
    const result = new ProjectFiles(dir, { maxMatches: 10 }).glob('*.txt');
    expect(result.matches).toHaveLength(10);
    expect(result.truncated).toBe(true);
    const few = new ProjectFiles(dir, { maxEntries: 20 });
    expect(few.glob('*.txt')).toMatchObject({ truncated: true });
    expect(few.glob('*.txt').matches.length).toBeLessThanOrEqual(20);
    expect(MAX_MATCHES).toBeGreaterThanOrEqual(20_000);
  });

  it('reads each file once, and no more than its byte budget per run', () => {
    const dir = project({ 'a.txt': 'x'.repeat(600), 'b.txt': 'y'.repeat(600) });
    const files = new ProjectFiles(dir, { maxTotalRead: 1000 });
    expect(files.read('a.txt').ok).toBe(true);
    expect(files.read('a.txt').ok).toBe(true);
    expect(files.read('b.txt')).toEqual({ ok: false, problem: 'unreadable', detail: 'read budget' });
  });

  it('walks each directory once for many ** (no blow-up)', () => {
    const dir = project({ 'a/b/c/d/e/f/g/x.py': '' });
    expect(new ProjectFiles(dir).glob('**/**/**/**/*.py').matches.map((m) => m.path)).toEqual(['a/b/c/d/e/f/g/x.py']);
  });
});

describe('ProjectFiles.read', () => {
  it('reads regular files up to 1 MB and refuses larger ones without reading them', () => {
    const dir = project({ 'small.txt': '\ufeffhello', 'big.csv': 'x'.repeat(MAX_READ_BYTES + 1) });
    const files = new ProjectFiles(dir);
    expect(files.read('small.txt')).toEqual({ ok: true, text: 'hello' });
    expect(files.read('big.csv')).toEqual({ ok: false, problem: 'too-large', size: MAX_READ_BYTES + 1 });
    expect(files.read('missing.txt')).toEqual({ ok: false, problem: 'missing' });
  });

  it('never blocks on a FIFO and does not read directories', () => {
    const dir = project({ 'd/x': '' });
    execFileSync('mkfifo', [join(dir, 'pipe')]);
    const files = new ProjectFiles(dir);
    expect(files.read('pipe')).toEqual({ ok: false, problem: 'not-file' });
    expect(files.read('d')).toEqual({ ok: false, problem: 'not-file' });
    expect(files.glob('pipe').matches).toEqual([{ path: 'pipe', type: 'other' }]);
  });

  it('is confined to the project even when the project path itself is a symlink', () => {
    const real = project({ 'a.txt': 'A' });
    const link = join(tempDir('mlops-link-'), 'proj');
    symlinkSync(real, link);
    mkdirSync(join(real, 'sub'));
    expect(new ProjectFiles(link).read('a.txt')).toEqual({ ok: true, text: 'A' });
  });
});
