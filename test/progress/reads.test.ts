/**
 * Topics read without the progress lock (src/progress/reads.ts): appended by
 * `show`, merged by readers, folded in by the next locked write, never lost
 * to a fold that runs at the same time, and undone only by a locked write.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, lstatSync, symlinkSync, readdirSync, readFileSync, renameSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendRead, foldReads, pendingReads, readLogFile, topicsRead } from '../../src/progress/reads.js';
import { readProgress } from '../../src/progress/read.js';
import { updateProgress } from '../../src/progress/store.js';
import { emptyProgress } from '../../src/progress/types.js';
import { tempDir } from '../helpers/cli.js';

const mark = (topic: string, at = '2026-12-01T01:00:00.000Z', course = 'c') => ({ course, topic, at });

describe('reads log', () => {
  it('appends marks that readers merge, the earliest time winning', () => {
    const file = join(tempDir(), 'config.json');
    expect(pendingReads(file)).toEqual([]);
    expect(appendRead(file, mark('a', '2026-12-02T00:00:00.000Z'))).toBe(true);
    expect(appendRead(file, mark('a', '2026-12-01T00:00:00.000Z'))).toBe(true);
    expect(appendRead(file, mark('b', '2026-12-01T00:00:00.000Z', 'other'))).toBe(true);
    expect(topicsRead({ z: '2026-11-01T00:00:00.000Z' }, pendingReads(file), 'c')).toEqual({ z: '2026-11-01T00:00:00.000Z', a: '2026-12-01T00:00:00.000Z' });
  });

  it('skips lines cut off by a crash and lines that are not marks', () => {
    const file = join(tempDir(), 'config.json');
    writeFileSync(readLogFile(file), `${JSON.stringify(mark('a'))}\n{"course":"c","topic":"__proto__","at":"2026-12-01T00:00:00Z"}\n{"course":"c","topic":"b","at":"nope"}\n{"course":"c","to`);
    expect(pendingReads(file)).toEqual([mark('a')]);
  });

  it('the next locked write folds the log into the file and removes it', async () => {
    const file = join(tempDir(), 'config.json');
    appendRead(file, mark('a'));
    appendRead(file, mark('b', '2026-12-01T01:00:00.000Z', 'other-course'));
    await updateProgress(file, (p) => void (p.profile.name = 'x'));
    const saved = readProgress(file).progress;
    expect(saved.courses.c!.read).toEqual({ a: '2026-12-01T01:00:00.000Z' });
    expect(saved.courses['other-course']!.read).toEqual({ b: '2026-12-01T01:00:00.000Z' });
    expect(readdirSync(join(file, '..')).filter((n) => n.startsWith('reads.jsonl'))).toEqual([]);
  });

  it('a line appended while a fold runs goes back to the log, not lost', () => {
    const file = join(tempDir(), 'config.json');
    appendRead(file, mark('a'));
    const progress = emptyProgress();
    const fold = foldReads(file, progress);
    // The fold renamed the log; an appender that had opened it before writes into the renamed file.
    const [renamed] = readdirSync(join(file, '..')).filter((n) => n.startsWith('reads.jsonl.folding-'));
    appendFileSync(join(file, '..', renamed!), `${JSON.stringify(mark('late'))}\n`);
    fold.done();
    expect(progress.courses.c!.read).toEqual({ a: '2026-12-01T01:00:00.000Z' });
    expect(pendingReads(file)).toEqual([mark('late')]);
    expect(existsSync(join(file, '..', renamed!))).toBe(false);
  });

  it('an appender whose file was renamed by a fold appends its line again', () => {
    const file = join(tempDir(), 'config.json');
    appendRead(file, mark('a'));
    // A fold that renamed the log and finished (its file gone) between this appender's open and its write
    // cannot be staged from one process; the check after the write is the same as for a file renamed away:
    const log = readLogFile(file);
    renameSync(log, `${log}.folding-0-0`);
    expect(appendRead(file, mark('b'))).toBe(true);
    expect(readFileSync(log, 'utf8')).toContain('"topic":"b"');
  });

  it('takes the leftovers of a fold that crashed, and readers see them meanwhile', async () => {
    const file = join(tempDir(), 'config.json');
    writeFileSync(join(file, '..', 'reads.jsonl.folding-1-999'), `${JSON.stringify(mark('crashed'))}\n`);
    appendRead(file, mark('live'));
    expect(pendingReads(file).map((m) => m.topic).sort()).toEqual(['crashed', 'live']);
    await updateProgress(file, () => undefined);
    expect(Object.keys(readProgress(file).progress.courses.c!.read).sort()).toEqual(['crashed', 'live']);
    expect(pendingReads(file)).toEqual([]);
  });

  it('a write that fails keeps the moved log for the next one', async () => {
    const file = join(tempDir(), 'config.json');
    appendRead(file, mark('a'));
    await expect(updateProgress(file, () => {
      throw new Error('boom');
    })).rejects.toThrow('boom');
    expect(pendingReads(file)).toEqual([mark('a')]);
    await updateProgress(file, () => undefined);
    expect(readProgress(file).progress.courses.c!.read).toEqual({ a: '2026-12-01T01:00:00.000Z' });
  });

  it('a FIFO in place of the log blocks nothing: show, readers and the fold go on and leave it alone', async () => {
    const file = join(tempDir(), 'config.json');
    execFileSync('mkfifo', [readLogFile(file)]);
    expect(appendRead(file, mark('a'))).toBe(false);
    expect(pendingReads(file)).toEqual([]);
    await updateProgress(file, (p) => void (p.profile.name = 'x'));
    expect(readProgress(file).progress.profile.name).toBe('x');
    expect(lstatSync(readLogFile(file)).isFIFO()).toBe(true);
    expect(readdirSync(join(file, '..')).filter((n) => n.startsWith('reads.jsonl.'))).toEqual([]);
  });

  it('a symlink in place of the log is never written through, read or removed (it may point at the progress file)', async () => {
    const file = join(tempDir(), 'config.json');
    await updateProgress(file, (p) => void (p.profile.name = 'x'));
    const before = readFileSync(file, 'utf8');
    symlinkSync('config.json', readLogFile(file));
    expect(appendRead(file, mark('a'))).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(pendingReads(file)).toEqual([]);
    await updateProgress(file, (p) => void (p.profile.name = 'y'));
    expect(readProgress(file).progress.profile.name).toBe('y');
    expect(lstatSync(readLogFile(file)).isSymbolicLink()).toBe(true);
  });

  it('a log too big to be ours is neither read nor copied back by every fold', async () => {
    const file = join(tempDir(), 'config.json');
    writeFileSync(readLogFile(file), `${JSON.stringify(mark('a'))}\n`);
    truncateSync(readLogFile(file), 64 * 1024 * 1024);
    const before = statSync(readLogFile(file)).ino;
    expect(pendingReads(file)).toEqual([]);
    await updateProgress(file, () => undefined);
    expect(statSync(readLogFile(file)).ino).toBe(before);
    expect(readProgress(file).progress.courses.c).toBeUndefined();
  });
});
