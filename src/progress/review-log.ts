/**
 * The quiz review history: one JSON object per line in reviews.jsonl beside
 * the progress file, only ever appended to. It grows with every answer
 * (100,000 answers are ~40 MB of JSON), so it lives apart from the progress
 * file that every command reads and every change rewrites; statistics come
 * from the per-question counts in the progress file instead.
 *
 * Appends happen inside the progress lock, before the progress file is
 * written: a crash in between leaves an answer logged whose card was not
 * updated, never the other way round. A line cut off by a crash or a full
 * disk is skipped by the reader and never glued to the next entry.
 */
import { closeSync, fstatSync, fsyncSync, openSync, readFileSync, readSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ReviewEntry } from './types.js';

export function reviewLogFile(progressFile: string): string {
  return join(dirname(progressFile), 'reviews.jsonl');
}

/** Appends entries and flushes them to disk; throws (with the errno code) when they could not all be written. */
export function appendReviews(progressFile: string, entries: ReviewEntry[]): void {
  if (!entries.length) return;
  const fd = openSync(reviewLogFile(progressFile), 'a+', 0o600);
  try {
    let text = entries.map((e) => `${JSON.stringify(e)}\n`).join('');
    // A previous append cut off mid-line: start on a fresh line so this entry stays readable.
    if (!endsWithNewline(fd)) text = `\n${text}`;
    const bytes = Buffer.from(text, 'utf8');
    for (let written = 0; written < bytes.length; ) {
      const n = writeSync(fd, bytes, written, bytes.length - written);
      if (n <= 0) throw Object.assign(new Error('short write to the review log'), { code: 'EIO' });
      written += n;
    }
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function endsWithNewline(fd: number): boolean {
  const size = fstatSync(fd).size;
  if (size === 0) return true;
  const last = Buffer.alloc(1);
  readSync(fd, last, 0, 1, size - 1);
  return last[0] === 0x0a;
}

export interface ReviewLog {
  entries: ReviewEntry[];
  /** Lines that are not a review (cut off by a crash, or edited): skipped. */
  skipped: number;
}

export function readReviews(progressFile: string): ReviewLog {
  let text: string;
  try {
    text = readFileSync(reviewLogFile(progressFile), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { entries: [], skipped: 0 };
    throw error;
  }
  const entries: ReviewEntry[] = [];
  let skipped = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const entry = JSON.parse(line) as ReviewEntry;
      if (typeof entry?.course === 'string' && typeof entry.question === 'string' && typeof entry.at === 'string') entries.push(entry);
      else skipped++;
    } catch {
      skipped++;
    }
  }
  return { entries, skipped };
}

/** Entries not in the log yet (a migration that was interrupted after its append runs again without doubling them). */
export function notYetLogged(progressFile: string, entries: ReviewEntry[]): ReviewEntry[] {
  if (!entries.length) return entries;
  const key = (e: ReviewEntry) => `${e.course}\u0000${e.question}\u0000${e.at}\u0000${e.rating}`;
  const logged = new Set(readReviews(progressFile).entries.map(key));
  return entries.filter((e) => !logged.has(key(e)));
}
