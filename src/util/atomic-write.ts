/**
 * The one way mlops-study replaces a file (the progress file, its backups,
 * output files, caches): a temporary file in the same directory, every byte
 * written and checked, flushed, then renamed over the target, and the
 * directory flushed. A reader sees the old file or the new one, never part
 * of one; any failure before the rename (a full disk, a quota, a file-size
 * limit, an I/O error, a short write) leaves the target byte-for-byte as it
 * was and removes the temporary file.
 *
 * Libraries such as conf's `atomically` write with plain `writeFileSync` when
 * `SNAP` is set and rename whatever was written; this writer has no such mode
 * and renames only what it has read back intact.
 */
import { closeSync, fchmodSync, fstatSync, fsyncSync, openSync, readSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { constants } from 'node:os';
import { basename, dirname, join } from 'node:path';

export interface AtomicWriteOptions {
  /** Permissions of a new file (before the umask; default 0o666). A file being replaced keeps its own. */
  mode?: number;
  /** Flush the file and its directory to disk (default). Off only for caches, which can be rebuilt. */
  durable?: boolean;
  /** Runs after the new content is verified and right before the rename; throwing cancels the write. */
  beforeRename?: () => void;
}

/** A failure after the rename: the new content is in place, but making it durable failed. */
export interface CommittedError extends NodeJS.ErrnoException {
  committed: true;
}

/** The temporary file's name: beside the target, so that the rename stays on one file system. */
export function tempFileFor(file: string): string {
  return join(dirname(file), `${basename(file)}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 10)}`);
}

export function writeFileAtomic(file: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): void {
  keepFileSizeSignalHarmless();
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const durable = options.durable ?? true;
  const temp = tempFileFor(file);
  // 'wx+': created here (never an existing file or a symlink planted at that name), and readable for the check.
  const keep = existingMode(file);
  const fd = openSync(temp, 'wx+', keep ?? options.mode ?? 0o666);
  try {
    try {
      if (keep !== undefined) fchmodSync(fd, keep); // exactly the old permissions, whatever the umask
      writeAll(fd, bytes);
      if (durable) fsyncSync(fd);
      verify(fd, bytes);
    } finally {
      closeSync(fd);
    }
    options.beforeRename?.();
    renameSync(temp, file);
  } catch (error) {
    removeQuietly(temp);
    throw error;
  }
  if (durable) syncDirectory(dirname(file));
}

function writeAll(fd: number, bytes: Uint8Array): void {
  // Explicit positions: a short write (the disk filled up, a file-size limit) continues where it
  // stopped, and the next write reports why (ENOSPC, EDQUOT, EFBIG).
  for (let written = 0; written < bytes.length; ) {
    const n = writeSync(fd, bytes, written, bytes.length - written, written);
    if (n <= 0) throw writeError('EIO', `wrote 0 of ${bytes.length - written} remaining bytes`);
    written += n;
  }
}

/** Reads the temporary file back: exactly the bytes meant, or the write failed. */
function verify(fd: number, bytes: Uint8Array): void {
  const size = fstatSync(fd).size;
  if (size !== bytes.length) throw writeError('EVERIFY', `the file has ${size} bytes instead of ${bytes.length}`);
  const back = Buffer.alloc(bytes.length);
  for (let read = 0; read < back.length; ) {
    const n = readSync(fd, back, read, back.length - read, read);
    if (n <= 0) throw writeError('EVERIFY', `read back ${read} of ${bytes.length} bytes`);
    read += n;
  }
  if (!back.equals(bytes)) throw writeError('EVERIFY', 'what was read back differs from what was written');
}

/** Makes the rename itself durable. Platforms that cannot flush a directory (Windows) skip it. */
function syncDirectory(dir: string): void {
  let fd: number;
  try {
    fd = openSync(dir, 'r');
  } catch {
    return;
  }
  try {
    fsyncSync(fd);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EINVAL' || code === 'ENOTSUP' || code === 'EISDIR' || code === 'EPERM' || code === 'EBADF') return;
    throw Object.assign(error as Error, { committed: true });
  } finally {
    closeSync(fd);
  }
}

function existingMode(file: string): number | undefined {
  try {
    return statSync(file).mode & 0o7777;
  } catch {
    return undefined;
  }
}

function removeQuietly(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // The write already failed; that error is the one to report.
  }
}

/**
 * The error's errno name. libuv has no name for some errors (EDQUOT comes as
 * code 'UNKNOWN', errno -122 on Linux): those are named from the OS's table.
 */
export function errorCode(error: unknown): string | undefined {
  const { code, errno } = (error ?? {}) as NodeJS.ErrnoException;
  if (code !== 'UNKNOWN' || typeof errno !== 'number') return code;
  const name = Object.entries(constants.errno).find(([, n]) => n === -errno)?.[0];
  return name ?? code;
}

export function writeError(code: string, detail: string): NodeJS.ErrnoException {
  return Object.assign(new Error(detail), { code });
}

let signalHandled = false;
/**
 * A file-size limit (`ulimit -f`) sends SIGXFSZ on the write that crosses it.
 * Node ignores that signal, so the write fails with EFBIG, which we report;
 * but signal-exit (loaded by inquirer and ora) re-raises a signal when it is
 * the only listener, which would kill the process mid-save. A listener of
 * our own keeps the signal what Node makes it: harmless.
 */
export function keepFileSizeSignalHarmless(): void {
  if (signalHandled || process.platform === 'win32') return;
  signalHandled = true;
  process.on('SIGXFSZ', () => undefined);
}
