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
 * disk is cut back (see appendReviews); one left by a crash is skipped by the
 * reader and never glued to the next entry.
 */
import { closeSync, constants, fstatSync, fsyncSync, ftruncateSync, lstatSync, openSync, readFileSync, readSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { keepFileSizeSignalHarmless, writeError } from '../util/atomic-write.js';
import type { ReviewEntry } from './types.js';

/**
 * Read, append, create, and never wait or follow a link: a FIFO put in the
 * log's place would hang the save, and a symbolic link may point anywhere, the
 * progress file itself included. Only mlops-study makes this file.
 */
const APPEND = constants.O_RDWR | constants.O_APPEND | constants.O_CREAT | constants.O_NONBLOCK | (constants.O_NOFOLLOW ?? 0);
/** The code a save fails with when something other than a regular file sits where the log goes. */
export const NOT_A_LOG = 'ENOTLOG';

export function reviewLogFile(progressFile: string): string {
  return join(dirname(progressFile), 'reviews.jsonl');
}

/**
 * Appends entries and flushes them to disk. All or nothing: when they cannot
 * all be written (a full disk, a quota, a file-size limit, an I/O error), the
 * log is cut back to where it was, so no half line is left behind, and the
 * error (with its errno code) is thrown for the store to report.
 */
export function appendReviews(progressFile: string, entries: ReviewEntry[]): void {
  if (!entries.length) return;
  keepFileSizeSignalHarmless();
  let fd: number;
  try {
    fd = openSync(reviewLogFile(progressFile), APPEND, 0o600);
  } catch (error) {
    throw (error as NodeJS.ErrnoException).code === 'ELOOP' ? writeError(NOT_A_LOG, 'the review log is a symbolic link') : error;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw writeError(NOT_A_LOG, 'the review log is not a regular file');
    const size = stat.size;
    let text = entries.map((e) => `${JSON.stringify(e)}\n`).join('');
    // A previous append cut off mid-line (a crash): start on a fresh line so this entry stays readable.
    if (!endsWithNewline(fd, size)) text = `\n${text}`;
    const bytes = Buffer.from(text, 'utf8');
    try {
      for (let written = 0; written < bytes.length; ) {
        const n = writeSync(fd, bytes, written, bytes.length - written);
        if (n <= 0) throw writeError('EIO', 'short write to the review log');
        written += n;
      }
      fsyncSync(fd);
      verifyAppended(fd, size, bytes);
    } catch (error) {
      cutBack(fd, size);
      throw error;
    }
  } finally {
    closeSync(fd);
  }
}

function endsWithNewline(fd: number, size: number): boolean {
  if (size === 0) return true;
  const last = Buffer.alloc(1);
  readSync(fd, last, 0, 1, size - 1);
  return last[0] === 0x0a;
}

/** The log grew by exactly these bytes, and they read back as written. */
function verifyAppended(fd: number, size: number, bytes: Buffer): void {
  if (fstatSync(fd).size !== size + bytes.length) throw writeError('EVERIFY', 'the review log did not grow by what was appended');
  const back = Buffer.alloc(bytes.length);
  for (let read = 0; read < back.length; ) {
    const n = readSync(fd, back, read, back.length - read, size + read);
    if (n <= 0) break;
    read += n;
  }
  if (!back.equals(bytes)) throw writeError('EVERIFY', 'the review log does not read back what was appended');
}

/** Shrinking needs no space, so this works on a full disk too. */
function cutBack(fd: number, size: number): void {
  try {
    ftruncateSync(fd, size);
    fsyncSync(fd);
  } catch {
    // The reader skips a cut-off line; the error being reported is the write's.
  }
}

export interface ReviewLog {
  entries: ReviewEntry[];
  /** Lines that are not a review (cut off by a crash, or edited): skipped. */
  skipped: number;
}

export function readReviews(progressFile: string): ReviewLog {
  let text: string;
  try {
    // Only a regular file: a FIFO would never end the read, a link is not ours.
    const file = reviewLogFile(progressFile);
    if (!lstatSync(file).isFile()) return { entries: [], skipped: 0 };
    text = readFileSync(file, 'utf8');
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
  const logged = new Set(readReviews(progressFile).entries.map(reviewKey));
  return entries.filter((e) => !logged.has(reviewKey(e)));
}

/** One answer: a question answered at a moment with a rating. */
export function reviewKey(e: ReviewEntry): string {
  return `${e.course}\u0000${e.question}\u0000${e.at}\u0000${e.rating}`;
}
