import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProgressError } from '../../src/errors.js';
import { checkItems } from '../../src/progress/mutations.js';
import { configDir, progressFile } from '../../src/progress/paths.js';
import { readProgress } from '../../src/progress/read.js';
import { updateProgress } from '../../src/progress/store.js';
import { readReviews } from '../../src/progress/review-log.js';
import { hostname } from 'node:os';
import { run, tempDir, readProgressFile } from '../helpers/cli.js';
import { courseWithItems } from '../helpers/curricula.js';

const at = new Date('2026-11-27T12:00:00Z');

describe('progress store', () => {
  it('reads a missing file as fresh, empty progress', () => {
    const file = join(tempDir(), 'config.json');
    expect(readProgress(file)).toMatchObject({ fresh: true, progress: { schemaVersion: 2, courses: {} } });
  });

  it('writes and reads it back', async () => {
    const file = join(tempDir(), 'config.json');
    await updateProgress(file, (p) => checkItems(p, 'c', ['a', 'b'], { at, today: '2026-11-27', note: 'hi' }));
    const { progress } = readProgress(file);
    expect(progress.courses.c!.items).toEqual({ a: { doneAt: at.toISOString(), note: 'hi' }, b: { doneAt: at.toISOString(), note: 'hi' } });
    expect(progress.courses.c!.activity).toEqual({ '2026-11-27': 2 });
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it('keeps the first done time and undoes', async () => {
    const file = join(tempDir(), 'config.json');
    await updateProgress(file, (p) => checkItems(p, 'c', ['a'], { at, today: '2026-11-27' }));
    const later = new Date('2026-11-28T12:00:00Z');
    const { result } = await updateProgress(file, (p) => checkItems(p, 'c', ['a'], { at: later, today: '2026-11-28' }));
    expect(result).toEqual([{ id: 'a', change: 'unchanged' }]);
    expect(readProgress(file).progress.courses.c!.items.a!.doneAt).toBe(at.toISOString());
    await updateProgress(file, (p) => checkItems(p, 'c', ['a'], { at: later, today: '2026-11-28', undo: true }));
    expect(readProgress(file).progress.courses.c!.items).toEqual({});
  });

  it('never treats a damaged file as empty', async () => {
    const dir = tempDir();
    const file = join(dir, 'config.json');
    writeFileSync(file, '{"schemaVersion": 1, "courses": {');
    expect(() => readProgress(file)).toThrow(ProgressError);
    await expect(updateProgress(file, () => undefined)).rejects.toThrow(/is damaged: it is not valid JSON/);
    expect(readFileSync(file, 'utf8')).toBe('{"schemaVersion": 1, "courses": {');
    expect(readdirSync(dir).filter((f) => f.startsWith('config.json.corrupt-'))).toHaveLength(1);
  });

  it('puts the file where conf put it in earlier versions (conf is the reference), or in MLOPS_STUDY_HOME', async () => {
    // conf no longer writes progress (docs/reliability.md); it stays as a development dependency so that
    // this test pins the location that learners' existing files have.
    const { default: Conf } = await import('conf');
    const xdg = tempDir();
    const saved = process.env.XDG_CONFIG_HOME;
    process.env.XDG_CONFIG_HOME = xdg;
    try {
      const conf = new Conf({ projectName: 'mlops-study', projectSuffix: '', configName: 'config' });
      expect(progressFile({ XDG_CONFIG_HOME: xdg }, 'linux')).toBe(conf.path);
    } finally {
      if (saved === undefined) delete process.env.XDG_CONFIG_HOME;
      else process.env.XDG_CONFIG_HOME = saved;
    }
    expect(configDir({ XDG_CONFIG_HOME: '/x/config' }, 'linux')).toBe('/x/config/mlops-study');
    expect(progressFile({ MLOPS_STUDY_HOME: '/tmp/h' })).toBe('/tmp/h/config.json');
  });

  it('loses nothing when 20 check processes write at once', async () => {
    const home = tempDir();
    const { dir, ids } = courseWithItems(20);
    const env = { MLOPS_STUDY_CURRICULUM: dir };
    await run(['status'], { home, env }); // warm the curriculum cache so all 20 start alike
    const results = await Promise.all(ids.map((id) => run(['check', id], { home, env })));
    expect(results.map((r) => r.code)).toEqual(ids.map(() => 0));
    expect(Object.keys(readProgressFile(home).courses['tiny-course'].items).sort()).toEqual([...ids].sort());
  });
});

describe('a save whose ground moved before its rename', () => {
  const other = (file: string, id: string) => {
    // Another writer's complete save, made while ours was between its read and its rename.
    const { progress } = readProgress(file);
    checkItems(progress, 'c', [id], { at, today: '2026-11-27' });
    writeFileSync(file, JSON.stringify(progress));
  };

  it('starts over when the file was replaced (a writer that ignored the lock): both changes land', async () => {
    const file = join(tempDir(), 'config.json');
    await updateProgress(file, (p) => checkItems(p, 'c', ['first'], { at, today: '2026-11-27' }));
    let runs = 0;
    await updateProgress(file, (p) => {
      if (++runs === 1) other(file, 'theirs');
      return checkItems(p, 'c', ['ours'], { at, today: '2026-11-27' });
    });
    expect(runs).toBe(2);
    expect(Object.keys(readProgress(file).progress.courses.c!.items).sort()).toEqual(['first', 'ours', 'theirs']);
  });

  it('starts over when its lock was taken over (by a process that is gone by now): both changes land, answers logged once', async () => {
    const file = join(tempDir(), 'config.json');
    await updateProgress(file, (p) => checkItems(p, 'c', ['first'], { at, today: '2026-11-27' }));
    let runs = 0;
    await updateProgress(file, (p, reviews) => {
      if (++runs === 1) {
        // Someone decided our lock was stale, took it and saved; then they crashed without letting go.
        writeFileSync(join(`${file}.lock`, 'owner.json'), JSON.stringify({ pid: 2 ** 22 + 1, host: hostname(), token: 'theirs', since: at.toISOString() }));
        other(file, 'theirs');
      }
      reviews.push({ course: 'c', question: 'q', at: at.toISOString(), correct: true, rating: 3 });
      return checkItems(p, 'c', ['ours'], { at, today: '2026-11-27' });
    });
    expect(runs).toBe(2);
    expect(Object.keys(readProgress(file).progress.courses.c!.items).sort()).toEqual(['first', 'ours', 'theirs']);
    expect(readReviews(file).entries).toHaveLength(1);
  });

  it('never writes over a file that was damaged in between: it reports the damage and leaves the file', async () => {
    const file = join(tempDir(), 'config.json');
    await updateProgress(file, (p) => checkItems(p, 'c', ['first'], { at, today: '2026-11-27' }));
    const error = await updateProgress(file, (p) => {
      if (!readFileSync(file, 'utf8').startsWith('{"schema')) writeFileSync(file, '{"schemaVersion": 2, "cour');
      return checkItems(p, 'c', ['ours'], { at, today: '2026-11-27' });
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProgressError);
    expect((error as ProgressError).message).toMatch(/is damaged: it is not valid JSON/);
    expect(readFileSync(file, 'utf8')).toBe('{"schemaVersion": 2, "cour');
  });
});
