/**
 * The progress lock: a directory `<file>.lock` (made with mkdir, which only
 * one process can win) holding owner.json: the holder's pid, host, process
 * start time and a random token. Whether a lock is stale is decided from
 * evidence, not from its age alone:
 *
 * - held by a process on this computer: stale exactly when that process is
 *   gone (or its pid now belongs to another process), whatever the lock's age,
 *   so a save slowed down for seconds by a busy disk is never taken over, and
 *   a lock left by a crash is taken over at once;
 * - held by another computer (a shared home directory), or without an owner
 *   file (made by an older mlops-study): by its heartbeat, the directory's
 *   mtime, which the holder touches every second; silent for 10 s, or dated
 *   in the future (a clock or a `touch` gone wrong), it is stale.
 *
 * Before it renames the new file into place, the writer checks that the lock
 * still holds its token (see store.ts), so even a holder that was wrongly
 * taken over never writes over a newer file.
 */
import { hostname } from 'node:os';
import { lstatSync, mkdirSync, readFileSync, renameSync, rmSync, utimes, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { processAlive, processStartTime } from '../util/processes.js';

export const HEARTBEAT_MS = 1000;
/** A heartbeat missing this long (ten beats) marks a lock stale when its holder cannot be asked directly. */
export const SILENT_MS = 10_000;
/** A holder on this computer whose start time cannot be checked (no /proc) and whose heartbeat stopped this long ago: its pid was probably reused. */
const REUSED_PID_MS = 60_000;
/** How long a waiting writer gives one holder before it gives up; the wait restarts when the lock changes hands. */
export const WAIT_PER_HOLDER_MS = 30_000;

export interface LockOwner {
  pid: number;
  host: string;
  token: string;
  /** When the lock was taken (ISO). */
  since: string;
  /** The holder's process start time (Linux /proc/<pid>/stat), to tell a reused pid apart. */
  started?: string;
}

export type LockState =
  | { kind: 'free' }
  | { kind: 'held'; owner?: LockOwner; here: boolean; heartbeatAgeMs: number; holder: string }
  | { kind: 'stale'; owner?: LockOwner; here: boolean; why: 'gone' | 'silent' | 'future'; heartbeatAgeMs: number; holder: string }
  | { kind: 'not-directory'; what: 'file' | 'symlink' | 'other'; size: number };

export function lockDir(file: string): string {
  return `${file}.lock`;
}

function readOwner(dir: string): LockOwner | undefined {
  try {
    const text = readFileSync(join(dir, 'owner.json'), 'utf8');
    if (text.length > 4096) return undefined;
    const o = JSON.parse(text) as Partial<LockOwner>;
    if (!Number.isSafeInteger(o.pid) || typeof o.host !== 'string' || typeof o.token !== 'string' || typeof o.since !== 'string') return undefined;
    return { pid: o.pid!, host: o.host, token: o.token, since: o.since, ...(typeof o.started === 'string' ? { started: o.started } : {}) };
  } catch {
    return undefined;
  }
}

/** What the lock of `file` is right now; `now` is the real clock (ms), never a pretended date. */
export function inspectLock(file: string, now = Date.now()): LockState {
  const dir = lockDir(file);
  let stat;
  try {
    stat = lstatSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'free' };
    throw error;
  }
  if (!stat.isDirectory()) return { kind: 'not-directory', what: stat.isSymbolicLink() ? 'symlink' : stat.isFile() ? 'file' : 'other', size: stat.size };
  const owner = readOwner(dir);
  const heartbeatAgeMs = now - stat.mtimeMs;
  const here = owner?.host === hostname();
  // Which holder this is: its token, or for an owner-less lock the directory itself (a new mkdir, a new inode).
  const holder = owner?.token ?? `dir-${stat.ino}`;
  const base = { ...(owner ? { owner } : {}), here, heartbeatAgeMs, holder };
  if (owner && here) {
    // Our own pid in a lock we do not hold is a previous run's (a container restarts with the same pids).
    const gone = !processAlive(owner.pid) || owner.pid === process.pid || (owner.started !== undefined && processStartTime(owner.pid) !== undefined && processStartTime(owner.pid) !== owner.started);
    if (gone) return { kind: 'stale', why: 'gone', ...base };
    if ((owner.started === undefined || processStartTime(owner.pid) === undefined) && heartbeatAgeMs > REUSED_PID_MS) return { kind: 'stale', why: 'silent', ...base };
    return { kind: 'held', ...base };
  }
  // Only the heartbeat to go by. Without an owner file the lock is from this computer (an older
  // mlops-study, or one that has just made the directory), so its clock is ours: any future date is wrong.
  const tolerance = owner ? SILENT_MS : 2000;
  if (heartbeatAgeMs < -tolerance) return { kind: 'stale', why: 'future', ...base };
  if (heartbeatAgeMs > SILENT_MS) return { kind: 'stale', why: 'silent', ...base };
  return { kind: 'held', ...base };
}

export interface HeldLock {
  token: string;
  /** The lock is still ours (checked right before the new file is renamed into place). */
  stillHeld(): boolean;
  release(): void;
}

export class LockError extends Error {
  constructor(
    readonly reason: 'not-directory' | 'busy',
    readonly state: LockState,
  ) {
    super(`progress lock ${reason}`);
  }
}

/** Writers in this process take turns before they compete with other processes. */
const turns = new Map<string, Promise<void>>();

/** Takes the lock, waiting while a live holder has it; throws LockError, or the file system's error. */
export async function acquireLock(file: string): Promise<HeldLock> {
  const dir = lockDir(file);
  const previous = turns.get(dir) ?? Promise.resolve();
  let done!: () => void;
  const turn = new Promise<void>((resolve) => (done = resolve));
  const chain = previous.then(() => turn);
  turns.set(dir, chain);
  const endTurn = () => {
    done();
    if (turns.get(dir) === chain) turns.delete(dir);
  };
  await previous;
  try {
    return withTurn(await lockDirectory(file, dir), endTurn);
  } catch (error) {
    endTurn();
    throw error;
  }
}

function withTurn(lock: HeldLock, endTurn: () => void): HeldLock {
  return {
    ...lock,
    release() {
      try {
        lock.release();
      } finally {
        endTurn();
      }
    },
  };
}

async function lockDirectory(file: string, dir: string): Promise<HeldLock> {
  const token = `${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  let holder: string | undefined;
  let waitingSince = Date.now();
  for (;;) {
    try {
      mkdirSync(dir);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const state = inspectLock(file);
    if (state.kind === 'not-directory') throw new LockError('not-directory', state);
    if (state.kind === 'stale') takeOver(dir, state.holder);
    if (state.kind !== 'held') continue;
    // Patience is per holder: twenty writers in a row each get their turn, a stuck one does not hold everyone forever.
    if (state.holder !== holder) {
      holder = state.holder;
      waitingSince = Date.now();
    } else if (Date.now() - waitingSince > WAIT_PER_HOLDER_MS) throw new LockError('busy', state);
    await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 60));
  }
  const started = processStartTime(process.pid);
  const owner: LockOwner = { pid: process.pid, host: hostname(), token, since: new Date().toISOString(), ...(started ? { started } : {}) };
  try {
    writeFileSync(join(dir, 'owner.json'), JSON.stringify(owner));
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const beat = setInterval(() => {
    const t = new Date();
    utimes(dir, t, t, () => undefined);
  }, HEARTBEAT_MS);
  beat.unref();
  const stillHeld = () => readOwner(dir)?.token === token;
  return {
    token,
    stillHeld,
    release() {
      clearInterval(beat);
      // Never remove a lock that another process has taken over since.
      if (stillHeld()) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Moves a stale lock out of the way in one step (a rename), so that of two
 * processes taking it over at once only one removes it. If what was moved is
 * not the lock judged stale (another process took that one over and made a
 * fresh lock in between), it is put back; should that fail, its holder finds
 * its lock gone before it writes, and starts over.
 */
function takeOver(dir: string, judged: string): void {
  const grave = `${dir}.stale-${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
  try {
    renameSync(dir, grave);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const moved = readOwner(grave)?.token;
  if (moved !== undefined && moved !== judged) {
    try {
      renameSync(grave, dir);
      return;
    } catch {
      // A newer lock is in place already: the one moved aside has lost its lock either way.
    }
  }
  rmSync(grave, { recursive: true, force: true });
}
