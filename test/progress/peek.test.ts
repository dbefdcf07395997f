/** peekProgress: the read a prompt or a Tab makes, which has no side effect whatever the file holds. */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { peekProgress } from '../../src/progress/peek.js';
import { tempDir } from '../helpers/cli.js';

function withFile(content: string | undefined) {
  const dir = tempDir();
  const file = join(dir, 'config.json');
  if (content !== undefined) writeFileSync(file, content);
  return { dir, file };
}

describe('peekProgress', () => {
  it('reads no file as empty progress', () => {
    const { file } = withFile(undefined);
    expect(peekProgress(file)).toEqual({ ok: true, progress: { schemaVersion: 2, profile: {}, courses: {} } });
  });

  it('migrates an older file in memory, as readProgress does, without writing', () => {
    const old = { schemaVersion: 1, profile: { startDate: '2026-11-30' }, courses: { c: { items: { a: { doneAt: '2026-11-30T00:00:00Z' } }, cards: {}, reviews: [{ course: 'c', question: 'q', at: '2026-12-01T00:00:00Z', correct: true, rating: 3 }], sessions: [] } } };
    const { dir, file } = withFile(JSON.stringify(old));
    const peeked = peekProgress(file);
    expect(peeked.ok && peeked.progress.schemaVersion).toBe(2);
    expect(peeked.ok && peeked.progress.courses.c!.items.a!.doneAt).toBe('2026-11-30T00:00:00Z');
    expect(peeked.ok && peeked.progress.courses.c!.answers.q).toMatchObject({ answered: 1, correct: 1 });
    expect(readdirSync(dir)).toEqual(['config.json']);
  });

  it('reads a newer version\'s file as it is', () => {
    const { file } = withFile(JSON.stringify({ schemaVersion: 99, profile: { startDate: '2026-12-01' }, courses: {} }));
    expect(peekProgress(file)).toMatchObject({ ok: true, progress: { schemaVersion: 99 } });
  });

  it.each([
    ['not JSON', '{"schemaVersion": 2, "courses": '],
    ['empty', ''],
    ['the wrong shape', '{"schemaVersion": 2, "profile": []}'],
    ['a byte-order mark', '\uFEFF{"schemaVersion": 2}'],
  ])('reports %s as damaged and leaves the directory as it was', (_name, content) => {
    const { dir, file } = withFile(content);
    expect(peekProgress(file)).toEqual({ ok: false });
    expect(readdirSync(dir)).toEqual(['config.json']);
  });

  it('reports an unreadable file as damaged', () => {
    const { dir } = withFile(undefined);
    expect(peekProgress(dir)).toEqual({ ok: false }); // a directory where the file should be
  });
});
