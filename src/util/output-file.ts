/**
 * Files the learner asks for (`export -o`, and the Anki and HTML exports to
 * come): one helper for all of them, so every such file is written the same
 * safe way.
 *
 *   const file = checkOutputFile(ctx, options.output, { force });   // before any work: fail fast
 *   …build the content…
 *   writeOutputFile(ctx, file, text, { force });                    // checks again, writes atomically
 *
 * It never writes the progress file, the review log or anything mlops-study
 * keeps beside them (even with --force, even through a hard link); never
 * writes through a symbolic link (a dangling one is not followed to create its
 * target); explains a directory, a missing parent directory, a non-regular
 * file and an existing file (--force replaces it); and writes through the
 * verified atomic writer, so a failed write leaves the old file as it was.
 */
import { lstatSync, readlinkSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Context } from '../context.js';
import { UsageError, UserError } from '../errors.js';
import { readLogFile } from '../progress/reads.js';
import { reviewLogFile } from '../progress/review-log.js';
import { errorCode, writeFileAtomic } from './atomic-write.js';

export type OutputContext = Pick<Context, 'm' | 'cwd' | 'progressFile'>;

export interface OutputOptions {
  /** Replace an existing regular file. */
  force?: boolean;
}

/** Resolves `path` against the working directory and checks it can be written; returns the absolute path. */
export function checkOutputFile(ctx: OutputContext, path: string, options: OutputOptions = {}): string {
  const { m } = ctx;
  if (!path.trim()) throw new UsageError(m.outEmpty, m.hintOutOther);
  const file = resolve(ctx.cwd, path);
  let stat: Stats | undefined;
  try {
    stat = lstatSync(file);
  } catch (error) {
    // ENOTDIR: a part of the path is a file; checkParent below says which.
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') throw cannotWrite(ctx, file, error);
  }
  if (isKeptByUs(ctx.progressFile, file, stat)) throw new UsageError(m.outIsProgress(file), m.hintOutOther);
  if (!stat) {
    checkParent(ctx, dirname(file));
    return file;
  }
  if (stat.isSymbolicLink()) {
    const target = resolve(dirname(file), readlinkSync(file));
    throw new UsageError(exists(target) ? m.outSymlink(file, target) : m.outDangling(file, target), m.hintOutRealPath);
  }
  if (stat.isDirectory()) throw new UsageError(m.outIsDirectory(file), m.hintOutInDirectory(join(path, 'progress.md')));
  if (!stat.isFile()) throw new UsageError(m.outNotRegular(file), m.hintOutStdout);
  if (!options.force) throw new UsageError(m.errExists(file), m.hintForce);
  return file;
}

/** Writes `data` to a file checked by checkOutputFile (checked again now: things may have changed since). */
export function writeOutputFile(ctx: OutputContext, file: string, data: string | Uint8Array, options: OutputOptions = {}): void {
  const checked = checkOutputFile(ctx, file, options);
  try {
    // A new file gets the usual permissions (0666 less the umask); a replaced one keeps its own.
    writeFileAtomic(checked, data);
  } catch (error) {
    throw cannotWrite(ctx, checked, error);
  }
}

function checkParent(ctx: OutputContext, dir: string): void {
  let stat;
  try {
    stat = statSync(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(ctx.m.outNoParent(dir), ctx.m.hintOutMkdir(dir));
    if (code === 'ENOTDIR') throw new UsageError(ctx.m.outParentNotDir(dir), ctx.m.hintOutOther);
    throw cannotWrite(ctx, dir, error);
  }
  if (!stat.isDirectory()) throw new UsageError(ctx.m.outParentNotDir(dir), ctx.m.hintOutOther);
}

/**
 * The progress file, the review log, the reads log, and what mlops-study keeps
 * beside them (`<progress file>.lock`, `.v1.bak`, `.corrupt-…`, `.tmp-…`, a
 * fold's `reads.jsonl.folding-…`), compared by real directory and name, and
 * for an existing file also by identity (a hard link).
 */
function isKeptByUs(progressFile: string, file: string, stat: Stats | undefined): boolean {
  const kept = [progressFile, reviewLogFile(progressFile), readLogFile(progressFile)];
  const where = canonical(file);
  const home = canonical(progressFile);
  const beside = dirname(where) === dirname(home) && basename(where).startsWith(`${basename(home)}.`) && /^(lock|v\d+\.bak|corrupt-|tmp-|repair-)/.test(basename(where).slice(basename(home).length + 1));
  const folding = dirname(where) === dirname(home) && basename(where).startsWith(`${basename(readLogFile(progressFile))}.folding-`);
  if (kept.slice(1).some((k) => where === canonical(k)) || where === home || beside || folding) return true;
  if (!stat?.isFile()) return false;
  return kept.some((k) => {
    try {
      const s = statSync(k);
      return s.dev === stat.dev && s.ino === stat.ino;
    } catch {
      return false;
    }
  });
}

/** The path with its directory's symlinks resolved (the name itself is kept as given). */
function canonical(file: string): string {
  try {
    return join(realpathSync(dirname(file)), basename(file));
  } catch {
    return file;
  }
}

function exists(file: string): boolean {
  try {
    statSync(file);
    return true;
  } catch {
    return false;
  }
}

function cannotWrite(ctx: OutputContext, file: string, error: unknown): UserError {
  const code = errorCode(error);
  if (!code) throw error;
  return new UserError(ctx.m.errCannotWrite(file, ctx.m.ioReason(code)), 1, ctx.m.hintOutNothingChanged);
}
