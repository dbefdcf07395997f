/**
 * Reading a file that someone else may have put there (a group member's
 * snapshot, a curriculum file, the progress file): only a regular file is
 * read, what it is comes from lstat/fstat before a byte is read (a FIFO would
 * block forever, /dev/zero never ends, a directory is no text), and the size
 * cap holds while reading (a file may grow, and /proc files say size 0).
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readlinkSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { isAbsolute, relative } from 'node:path';

/** Why a path was not read. */
export type Refusal =
  | { reason: 'missing' }
  | { reason: 'symlink' | 'dangling'; target: string }
  | { reason: 'outside'; target: string }
  | { reason: 'directory' | 'fifo' | 'device' | 'socket' | 'special' }
  /** A file where a directory should be. */
  | { reason: 'not-directory' }
  | { reason: 'too-big'; size: number; max: number }
  | { reason: 'unreadable'; code: string };

export type FileRead = { ok: true; bytes: Buffer } | ({ ok: false } & Refusal);

export interface ReadOptions {
  /** Read at most this many bytes; a longer file is refused as too big. */
  maxBytes?: number;
  /** `refuse`: a symlink is not read; `follow`: its target is, when it is a regular file. */
  symlinks: 'refuse' | 'follow';
  /** The file's real path must lie inside this directory (symlinks and symlinked folders included). */
  within?: string;
}

// Not on Windows; there, plain opens (no FIFOs to hang on, and lstat refuses symlinks first).
const O_NOFOLLOW = constants.O_NOFOLLOW ?? 0;
const O_NONBLOCK = constants.O_NONBLOCK ?? 0;

/** What a non-regular file is, in a word. */
export function kindOf(stats: Stats): 'file' | 'directory' | 'fifo' | 'device' | 'socket' | 'special' {
  if (stats.isFile()) return 'file';
  if (stats.isDirectory()) return 'directory';
  if (stats.isFIFO()) return 'fifo';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'device';
  if (stats.isSocket()) return 'socket';
  return 'special';
}

/** True when `path` is `dir` or lies inside it (both real paths). */
export function isInside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

const errno = (error: unknown) => (error as NodeJS.ErrnoException).code ?? 'EIO';

/** Checks what `path` is without opening it. */
export function inspectPath(path: string, options: Omit<ReadOptions, 'maxBytes'>): { ok: true; real: string; size: number } | ({ ok: false } & Refusal) {
  let stats: Stats;
  try {
    stats = lstatSync(path);
  } catch (error) {
    return errno(error) === 'ENOENT' || errno(error) === 'ENOTDIR' ? { ok: false, reason: 'missing' } : { ok: false, reason: 'unreadable', code: errno(error) };
  }
  if (stats.isSymbolicLink() && options.symlinks === 'refuse') return { ok: false, reason: 'symlink', target: readTarget(path) };
  let real = path;
  if (stats.isSymbolicLink() || options.within) {
    try {
      real = realpathSync.native(path);
    } catch (error) {
      if (stats.isSymbolicLink()) return { ok: false, reason: 'dangling', target: readTarget(path) };
      return { ok: false, reason: 'unreadable', code: errno(error) };
    }
    if (options.within && !isInside(realDir(options.within), real)) return { ok: false, reason: 'outside', target: stats.isSymbolicLink() ? readTarget(path) : real };
    if (stats.isSymbolicLink()) {
      try {
        stats = statSync(real);
      } catch (error) {
        return { ok: false, reason: 'unreadable', code: errno(error) };
      }
    }
  }
  const kind = kindOf(stats);
  if (kind !== 'file') return { ok: false, reason: kind };
  return { ok: true, real, size: stats.size };
}

/** Reads a regular file, bounded; anything else comes back as a refusal with its reason. */
export function readRegularFile(path: string, options: ReadOptions): FileRead {
  const max = options.maxBytes ?? Number.MAX_SAFE_INTEGER;
  const checked = inspectPath(path, options);
  if (!checked.ok) return checked;
  if (checked.size > max) return { ok: false, reason: 'too-big', size: checked.size, max };
  let fd: number;
  try {
    // O_NOFOLLOW: the path checked above must still be no symlink; O_NONBLOCK: a FIFO swapped in meanwhile cannot block the open.
    fd = openSync(checked.real, constants.O_RDONLY | O_NOFOLLOW | O_NONBLOCK);
  } catch (error) {
    const code = errno(error);
    if (code === 'ELOOP') return { ok: false, reason: 'symlink', target: readTarget(checked.real) };
    return code === 'ENOENT' ? { ok: false, reason: 'missing' } : { ok: false, reason: 'unreadable', code };
  }
  try {
    const stats = fstatSync(fd);
    const kind = kindOf(stats);
    if (kind !== 'file') return { ok: false, reason: kind };
    if (stats.size > max) return { ok: false, reason: 'too-big', size: stats.size, max };
    const chunks: Buffer[] = [];
    let total = 0;
    // One byte past the cap tells a file that grew while we read it.
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(stats.size - total, 64 * 1024), max + 1 - total));
      if (!chunk.length) break;
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > max) return { ok: false, reason: 'too-big', size: total, max };
    }
    return { ok: true, bytes: Buffer.concat(chunks, total) };
  } catch (error) {
    return { ok: false, reason: 'unreadable', code: errno(error) };
  } finally {
    closeSync(fd);
  }
}

function readTarget(path: string): string {
  try {
    return readlinkSync(path);
  } catch {
    return '?';
  }
}

function realDir(dir: string): string {
  try {
    return realpathSync.native(dir);
  } catch {
    return dir;
  }
}
