/**
 * The one writer of progress. Every change is a locked read-modify-write
 * (lock.ts), and the new file is written by writeFileAtomic: a verified
 * temporary file renamed into place. Right before that rename the writer
 * checks that the lock is still its own and that the file is still the one it
 * read; if not (its lock was taken over, or something wrote the file without
 * the lock), it throws its work away and does the whole read-modify-write
 * again, so no save ever replaces a newer file.
 *
 * conf used to write this file; it no longer does (see docs/reliability.md):
 * its atomic write has no step to check before the rename, and with `SNAP`
 * set it writes in place.
 */
import { mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, lstatSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { writeFileAtomic } from '../util/atomic-write.js';
import { processAlive } from '../util/processes.js';
import { acquireLock, LockError, lockDir, type HeldLock } from './lock.js';
import { readProgress } from './read.js';
import { foldReads } from './reads.js';
import { appendReviews, notYetLogged, reviewKey } from './review-log.js';
import { keptChanging, lockBusy, lockNotDirectory, newerFile, unwritable } from './store-errors.js';
import type { Progress, ReviewEntry } from './types.js';

export { unwritable } from './store-errors.js';

/** Read-modify-writes that found their lock or file changed before the rename: tries before giving up. */
const ATTEMPTS = 5;

export interface UpdateOptions {
  now?: Date;
}

/** Thrown inside a save when the lock or the file changed under it: the save starts over. */
const LOST = Symbol('lost');

async function withLock<T>(file: string, work: (lock: HeldLock) => T): Promise<T> {
  try {
    mkdirSync(dirname(file), { recursive: true });
  } catch (error) {
    throw unwritable(file, error);
  }
  let lock: HeldLock;
  try {
    lock = await acquireLock(file);
  } catch (error) {
    if (error instanceof LockError) {
      throw error.state.kind === 'not-directory' ? lockNotDirectory(file, lockDir(file), error.state) : lockBusy(file, error.state);
    }
    throw unwritable(file, error);
  }
  try {
    return work(lock);
  } finally {
    lock.release();
  }
}

/** Runs a locked save, again from the start while its lock or file changed under it. */
async function saveWithRetries<T>(file: string, save: (lock: HeldLock) => T | typeof LOST): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const outcome = await withLock(file, save);
    if (outcome !== LOST) return outcome;
    if (attempt >= ATTEMPTS) throw keptChanging(file);
  }
}

/**
 * A locked read-modify-write. `mutate` changes the progress in place (it may
 * run more than once, on a fresh copy each time); answers it pushes to
 * `reviews` are appended to the review log before the progress file is written.
 */
export async function updateProgress<T>(file: string, mutate: (progress: Progress, reviews: ReviewEntry[]) => T, options: UpdateOptions = {}): Promise<{ progress: Progress; result: T }> {
  const now = options.now ?? new Date();
  const logged = new Set<string>(); // answers an earlier attempt already appended
  return saveWithRetries(file, (lock) => {
    const target = realFile(file);
    const before = identity(target);
    const { progress: current, newer, migratedFrom, movedReviews } = readProgress(file, now);
    if (newer) throw newerFile(file, current.schemaVersion);
    const next = structuredClone(current);
    // Topics read since the last write (appended by `show` without a lock) join the file now. A save
    // that starts over leaves its moved-aside log for the next attempt's fold, which takes it too.
    const reads = foldReads(file, next);
    const reviews: ReviewEntry[] = [];
    const result = mutate(next, reviews);
    const stillOurs = () => {
      if (!lock.stillHeld() || identity(target) !== before) throw LOST;
    };
    try {
      stillOurs();
      // Keep the original before its first write in the new format.
      if (migratedFrom !== undefined && before !== 'none') writeFileAtomic(`${file}.v${migratedFrom}.bak`, readFileSync(target), { mode: 0o600 });
      // The history a migration took out of the file goes to the log before the file stops holding it.
      const pending = [...notYetLogged(file, movedReviews ?? []), ...reviews].filter((r) => !logged.has(reviewKey(r)));
      appendReviews(file, pending);
      for (const r of pending) logged.add(reviewKey(r));
      removeLeftovers(target);
      writeFileAtomic(target, serialize(next), { mode: 0o600, beforeRename: stillOurs });
    } catch (error) {
      if (error === LOST) return LOST;
      throw unwritable(file, error);
    }
    reads.done();
    return { progress: next, result };
  });
}

/** Replaces a damaged file with what `config repair` recovered (the caller backed it up). */
export async function writeRepaired(file: string, progress: Progress, movedReviews: ReviewEntry[] = []): Promise<void> {
  await saveWithRetries(file, (lock) => {
    const target = realFile(file);
    const stillOurs = () => {
      if (!lock.stillHeld()) throw LOST;
    };
    try {
      appendReviews(file, notYetLogged(file, movedReviews));
      writeFileAtomic(target, serialize(progress), { mode: 0o600, beforeRename: stillOurs });
    } catch (error) {
      if (error === LOST) return LOST;
      throw unwritable(file, error);
    }
    return undefined;
  });
}

/** Tab-indented, as conf wrote it, so that files written before and after compare line by line. */
function serialize(progress: Progress): string {
  return JSON.stringify(progress, undefined, '\t');
}

/** A progress file that is a symlink (kept in a synced folder, say) is written where it points; the link stays. */
function realFile(file: string): string {
  try {
    return lstatSync(file).isSymbolicLink() ? realpathSync(file) : file;
  } catch {
    return file;
  }
}

/** What the file is on disk: any write by anyone changes it (ours always make a new inode). */
function identity(file: string): string {
  try {
    const s = statSync(file, { bigint: true });
    return `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'none';
    throw error;
  }
}

/** Temporary files of saves killed before their rename (this writer's and conf's): removed under the lock. */
function removeLeftovers(target: string): void {
  const prefix = `${basename(target)}.tmp-`;
  try {
    for (const name of readdirSync(dirname(target))) {
      if (!name.startsWith(prefix)) continue;
      const pid = Number(/^(\d+)-/.exec(name.slice(prefix.length))?.[1]);
      if (pid !== process.pid && !processAlive(pid)) rmSync(join(dirname(target), name), { force: true });
    }
  } catch {
    // Only tidiness is lost.
  }
}
