/**
 * The quiz history (reviews.jsonl): appended beside the progress file, and
 * only ever to a regular file of its own. A FIFO in its place hung the save; a
 * symbolic link was written through (to the progress file itself, say).
 */
import { execFileSync } from 'node:child_process';
import { lstatSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorText, UserError } from '../../src/errors.js';
import { messages } from '../../src/i18n/messages.js';
import { appendReviews, NOT_A_LOG, readReviews, reviewLogFile } from '../../src/progress/review-log.js';
import { unwritable } from '../../src/progress/store-errors.js';
import { canonicalCommand } from '../../src/ui/suggestion.js';
import { tempDir } from '../helpers/cli.js';

const entry = (question: string) => ({ course: 'c', question, at: '2026-12-01T01:00:00.000Z', correct: true, rating: 3 });
const caught = (run: () => void) => {
  try {
    run();
  } catch (error) {
    return error as NodeJS.ErrnoException;
  }
  throw new Error('did not throw');
};

describe('review log', () => {
  it('appends entries that read back, skipping a line cut off by a crash', () => {
    const file = join(tempDir(), 'config.json');
    appendReviews(file, [entry('a')]);
    writeFileSync(reviewLogFile(file), `${readFileSync(reviewLogFile(file), 'utf8')}{"course":"c","que`);
    appendReviews(file, [entry('b')]);
    expect(readReviews(file)).toEqual({ entries: [entry('a'), entry('b')], skipped: 1 });
  });

  it('never writes through a symbolic link in its place, and the save says what to do, in both languages', () => {
    const file = join(tempDir(), 'config.json');
    writeFileSync(file, '{"schemaVersion":2}\n');
    symlinkSync('config.json', reviewLogFile(file));
    expect(caught(() => appendReviews(file, [entry('a')])).code).toBe(NOT_A_LOG);
    expect(readFileSync(file, 'utf8')).toBe('{"schemaVersion":2}\n');
    expect(readReviews(file)).toEqual({ entries: [], skipped: 0 });
    const error = unwritable(file, caught(() => appendReviews(file, [entry('a')]))) as UserError;
    const cmd = (...args: Parameters<typeof canonicalCommand>[0]) => canonicalCommand(args);
    const en = errorText(error, messages('en'), cmd);
    expect(en.message).toBe(`cannot save progress to ${file}: its quiz history ${reviewLogFile(file)} is not a regular file (a symbolic link, a named pipe or a device), and mlops-study writes only to a file of its own there. Nothing was changed; the previous file is intact.`);
    expect(en.hint).toContain(`mv '${reviewLogFile(file)}' '${reviewLogFile(file)}.moved'`);
    const ko = errorText(error, messages('ko'), cmd);
    expect(ko.message).toContain(`퀴즈 기록 ${reviewLogFile(file)}이 일반 파일이 아닙니다`);
  });

  it('neither hangs nor writes when a FIFO sits in its place; reading it gives nothing', () => {
    const file = join(tempDir(), 'config.json');
    execFileSync('mkfifo', [reviewLogFile(file)]);
    expect(caught(() => appendReviews(file, [entry('a')])).code).toBe(NOT_A_LOG);
    expect(readReviews(file)).toEqual({ entries: [], skipped: 0 });
    expect(lstatSync(reviewLogFile(file)).isFIFO()).toBe(true);
  });
});
