/** Case 2: files from other versions of mlops-study. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, readProgressFile, run, tempDir } from '../helpers/cli.js';

const env = { MLOPS_STUDY_NOW: '2026-12-01T10:00:00+09:00', MLOPS_STUDY_CURRICULUM: join(FIXTURES, 'curricula', 'minimal') };

describe('progress from other versions', () => {
  it('never writes a file from a newer mlops-study, but still reads it', async () => {
    const home = tempDir();
    const file = join(home, 'config.json');
    const newer = JSON.stringify({ schemaVersion: 3, profile: { startDate: '2026-11-30' }, courses: { 'tiny-course': { items: { 'first-item': { doneAt: '2026-11-30T00:00:00Z' } } } }, futureField: true });
    writeFileSync(file, newer);
    for (const args of [['check', 'second-item'], ['init', '--name', 'x'], ['config', 'repair', '--yes']]) {
      const r = await run(args, { home, env });
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr).toMatch(/newer mlops-study/);
      expect(r.stderr).toMatch(/[Uu]pgrade/);
    }
    expect(readFileSync(file, 'utf8')).toBe(newer);
    const status = await run(['status', '--json'], { home, env });
    expect(status.code).toBe(0);
    expect(JSON.parse(status.stdout).overall.done).toBe(1);
    const next = await run(['next'], { home, env });
    expect(next.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(newer);
  });

  it('migrates an older (unversioned) file on the next change and keeps the original', async () => {
    const home = tempDir();
    const file = join(home, 'config.json');
    const old = JSON.stringify({ profile: { name: 'Jimin', startDate: '2026-11-30' }, courses: { 'tiny-course': { items: { 'first-item': { doneAt: '2026-11-30T00:00:00Z' } } } } });
    writeFileSync(file, old);
    const r = await run(['check', 'second-item'], { home, env });
    expect(r.code).toBe(0);
    expect(readFileSync(join(home, 'config.json.v0.bak'), 'utf8')).toBe(old);
    const migrated = readProgressFile(home);
    expect(migrated.schemaVersion).toBe(2);
    expect(migrated.profile.name).toBe('Jimin');
    expect(Object.keys(migrated.courses['tiny-course'].items)).toEqual(['first-item', 'second-item']);
    // Later writes leave the backup alone.
    await run(['check', 'third-item'], { home, env });
    expect(readFileSync(join(home, 'config.json.v0.bak'), 'utf8')).toBe(old);
    expect(existsSync(join(home, 'config.json.v1.bak'))).toBe(false);
  });

  it('moves the review history of a version-1 file to the review log, counts it per question, and keeps the original', async () => {
    const home = tempDir();
    const file = join(home, 'config.json');
    const card = { due: '2026-12-03T01:00:00.000Z', state: 2, stability: 3, difficulty: 5, elapsed_days: 0, scheduled_days: 2, learning_steps: 0, reps: 2, lapses: 0, last_review: '2026-12-01T01:00:00.000Z' };
    const reviews = [
      { question: 'q-basics', at: '2026-11-30T01:00:00.000Z', correct: false, rating: 1 },
      { question: 'q-basics', at: '2026-12-01T01:00:00.000Z', correct: true, rating: 3, log: { rating: 3 } },
      { question: 'q-advanced', at: '2026-12-01T01:00:00.000Z', correct: true, rating: 3 },
    ];
    const old = JSON.stringify({ schemaVersion: 1, profile: { startDate: '2026-11-30' }, courses: { 'tiny-course': { items: { 'first-item': { doneAt: '2026-11-30T00:00:00Z', note: 'kept' } }, cards: { 'q-basics': card }, reviews, sessions: [{ at: '2026-12-01T01:00:00.000Z', score: 2, total: 3, durationMs: 5000 }] } } });
    writeFileSync(file, old);
    // Reading migrates in memory only: nothing is written by a read-only command.
    const before = JSON.parse((await run(['status', '--json'], { home, env })).stdout);
    expect(before.quiz).toMatchObject({ answered: 3, accuracy: 0.667 });
    expect(readFileSync(file, 'utf8')).toBe(old);
    expect(existsSync(join(home, 'reviews.jsonl'))).toBe(false);

    expect((await run(['check', 'second-item'], { home, env })).code).toBe(0);
    expect(readFileSync(join(home, 'config.json.v1.bak'), 'utf8')).toBe(old);
    const migrated = readProgressFile(home);
    expect(migrated.schemaVersion).toBe(2);
    const course = migrated.courses['tiny-course'];
    expect(course.reviews).toBeUndefined();
    expect(course.answers).toEqual({
      'q-basics': { answered: 2, correct: 1, overrides: 0, skipped: 0, lastAt: '2026-12-01T01:00:00.000Z' },
      'q-advanced': { answered: 1, correct: 1, overrides: 0, skipped: 0, lastAt: '2026-12-01T01:00:00.000Z' },
    });
    expect(course.items['first-item']).toEqual({ doneAt: '2026-11-30T00:00:00Z', note: 'kept' });
    expect(course.cards['q-basics']).toEqual(card);
    const logged = readFileSync(join(home, 'reviews.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(logged).toEqual(reviews.map((r) => ({ course: 'tiny-course', ...r })));
    const after = JSON.parse((await run(['status', '--json'], { home, env })).stdout);
    expect(after.quiz).toEqual(before.quiz);
    // A second write does not log the history again.
    await run(['check', 'third-item'], { home, env });
    expect(readFileSync(join(home, 'reviews.jsonl'), 'utf8').trim().split('\n')).toHaveLength(3);
  });
});
