/**
 * Topics read, recorded without a locked write. `show <topic>` must start as
 * fast as `next`, so it never takes the progress lock: it appends one line to
 * reads.jsonl beside the progress file (O_APPEND, no lock), and the next
 * locked write (any command's) folds the log into `courses.<id>.read`.
 * Readers (next, status, show) merge the lines not folded yet.
 *
 * The race between an append and a fold, and why no mark is lost:
 * - The fold (inside the lock) first renames reads.jsonl to a name of its own,
 *   reads it, writes the progress file, then reads it again and appends what
 *   arrived in between back to reads.jsonl before removing it.
 * - An appender that opened reads.jsonl just before the rename writes into the
 *   renamed file. After writing it checks that its file is still the one named
 *   reads.jsonl (same inode, while it still holds it open, so the number cannot
 *   have been reused); when not, it appends its line again.
 * Marks are idempotent (the earliest time wins), so a line folded twice changes
 * nothing. A fold that crashed leaves its renamed file behind; the next fold
 * (and every reader) takes it too. Unmarking is a locked write that folds first.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { localDate } from '../plan/dates.js';
import { setOwn } from './mutations.js';
import { emptyCourse, own, type Progress } from './types.js';

export interface ReadMark {
  course: string;
  topic: string;
  at: string;
}

const LOG = 'reads.jsonl';
const FOLDING = `${LOG}.folding-`;
/** More than a learner could append between two writes; a bigger file is not ours to trust. */
const MAX_BYTES = 4 * 1024 * 1024;
/**
 * Append, create, and never wait: opening a FIFO put in the log's place would
 * block until something reads it (ENXIO instead), and `show` must not hang.
 * Never through a symlink (ELOOP): only mlops-study makes this file, and a
 * link in its place may point anywhere, the progress file itself included.
 */
const APPEND = constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_NONBLOCK | (constants.O_NOFOLLOW ?? 0);

export function readLogFile(progressFile: string): string {
  return join(dirname(progressFile), LOG);
}

/** Appends a mark for `show`; never throws (a read mark is a convenience, the notes were shown). */
export function appendRead(progressFile: string, mark: ReadMark): boolean {
  const line = Buffer.from(`${JSON.stringify(mark)}\n`, 'utf8');
  const file = readLogFile(progressFile);
  for (let attempt = 0; attempt < 5; attempt++) {
    let fd: number | undefined;
    try {
      fd = openSync(file, APPEND, 0o600);
      if (!fstatSync(fd).isFile()) return false;
      // One write of one short line: O_APPEND puts it whole at the end.
      if (writeSync(fd, line) !== line.length) return false;
      const ours = fstatSync(fd);
      let live;
      try {
        live = statSync(file);
      } catch {
        live = undefined;
      }
      if (live && live.ino === ours.ino && live.dev === ours.dev) return true;
      // A fold renamed the file under us: our line may have missed it. Append it again.
    } catch {
      return false;
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }
  return false;
}

function parseMarks(text: string): ReadMark[] {
  const marks: ReadMark[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const m = JSON.parse(line) as Partial<ReadMark>;
      if (typeof m.course === 'string' && typeof m.topic === 'string' && typeof m.at === 'string' && !Number.isNaN(Date.parse(m.at)) && m.course !== '__proto__' && m.topic !== '__proto__') {
        marks.push({ course: m.course, topic: m.topic, at: m.at });
      }
    } catch {
      // A line cut off by a crash: skipped.
    }
  }
  return marks;
}

/** A log to read: a regular file (not a symlink; a FIFO or a device would block or never end the read) of a size a learner could append. */
function usable(file: string): boolean {
  try {
    const stat = lstatSync(file);
    return stat.isFile() && stat.size <= MAX_BYTES;
  } catch {
    return false;
  }
}

function readSmall(file: string): string {
  try {
    return usable(file) ? readFileSync(file, 'utf8') : '';
  } catch {
    return '';
  }
}

function foldingFiles(dir: string): string[] {
  try {
    return readdirSync(dir).filter((name) => name.startsWith(FOLDING)).sort().map((name) => join(dir, name));
  } catch {
    return [];
  }
}

/** Marks appended but not folded into the progress file yet (for readers). */
export function pendingReads(progressFile: string): ReadMark[] {
  const file = readLogFile(progressFile);
  // The live log first, then a fold's renamed file: a fold in between moves lines from the first to the second.
  const live = readSmall(file);
  return [live, ...foldingFiles(dirname(file)).map(readSmall)].flatMap(parseMarks);
}

/** Topic ID → first read time: the saved marks of a course and the pending ones. */
export function topicsRead(saved: Record<string, string>, pending: ReadMark[], courseId: string): Record<string, string> {
  return withPending({ read: saved, activity: {} }, pending, courseId).read;
}

/**
 * A course's read topics and activity with the pending marks applied, as the
 * fold will save them: a topic read for the first time counts as activity on
 * its local day (reading is studying: it keeps a streak going).
 */
export function withPending(course: { read: Record<string, string>; activity: Record<string, number> }, pending: ReadMark[], courseId: string): { read: Record<string, string>; activity: Record<string, number> } {
  const out = { read: { ...course.read }, activity: { ...course.activity } };
  for (const mark of pending) if (mark.course === courseId) applyMark(out, mark);
  return out;
}

function applyMark(course: { read: Record<string, string>; activity: Record<string, number> }, mark: ReadMark): void {
  const known = own(course.read, mark.topic);
  if (!known) {
    const day = localDate(new Date(mark.at));
    setOwn(course.activity, day, (own(course.activity, day) ?? 0) + 1);
  }
  if (!known || mark.at < known) setOwn(course.read, mark.topic, mark.at);
}

export interface Fold {
  /** After the progress file is written: lines that arrived meanwhile go back to the log, the renamed files go. */
  done(): void;
}

/** Inside the progress lock, before the change: moves the log aside and applies its marks to `progress`. */
export function foldReads(progressFile: string, progress: Progress): Fold {
  const file = readLogFile(progressFile);
  const dir = dirname(file);
  // Only logs it can read: anything else in their place is left alone (not renamed, read back or removed).
  const leftovers = foldingFiles(dir).filter(usable);
  const mine = join(dir, `${FOLDING}${Date.now()}-${process.pid}`);
  const taken: string[] = [...leftovers];
  try {
    if (usable(file)) {
      renameSync(file, mine);
      taken.push(mine);
    }
  } catch {
    // No log (nothing read since the last write), or it cannot be moved: it is folded next time.
  }
  const lengths = new Map<string, number>();
  for (const path of taken) {
    const text = readSmall(path);
    lengths.set(path, Buffer.byteLength(text));
    for (const mark of parseMarks(text)) applyMark(own(progress.courses, mark.course) ?? setOwn(progress.courses, mark.course, emptyCourse()), mark);
  }
  return {
    done() {
      for (const path of taken) {
        try {
          const late = readFileSync(path).subarray(lengths.get(path) ?? 0);
          if (late.length) appendRaw(file, late);
          unlinkSync(path);
        } catch {
          // Left for the next fold, which reads it again (marks are idempotent).
        }
      }
    },
  };
}

function appendRaw(file: string, bytes: Buffer): void {
  const fd = openSync(file, 'a', 0o600);
  try {
    writeSync(fd, bytes);
  } finally {
    closeSync(fd);
  }
}
