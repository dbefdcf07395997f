/**
 * Reading progress: a plain JSON read, no conf. A damaged file is never
 * treated as empty: it is copied aside as <file>.corrupt-<timestamp> and the
 * command stops with a message that names the file and the fix.
 */
import { constants, copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { readRegularFile } from '../util/regular-file.js';
import { basename, dirname, join } from 'node:path';
import { ProgressError, withText } from '../errors.js';
import type { Messages } from '../i18n/messages.js';
import { jsonErrorPosition } from '../util/json-error.js';
import { parseProgressText, ProgressTextError } from './parse.js';
import { emptyProgress, SCHEMA_VERSION, type Progress, type ReviewEntry } from './types.js';
import { migrate } from './migrate.js';

export interface ReadResult {
  progress: Progress;
  /** The file did not exist yet. */
  fresh: boolean;
  /** Written by a newer mlops-study: readable, never writable. */
  newer: boolean;
  /** The schemaVersion on disk when it was older and has been migrated in memory. */
  migratedFrom?: number;
  /** Review history the migration took out of the file: the first write appends it to the review log. */
  movedReviews?: ReviewEntry[];
}

export function readProgress(file: string, now = new Date()): ReadResult {
  const text = readProgressText(file);
  if (text === undefined) return { progress: emptyProgress(), fresh: true, newer: false };
  // Some editors save UTF-8 with an invisible byte-order mark, which JSON (and conf) refuse.
  if (text.startsWith('\uFEFF')) {
    throw damaged(file, now, (m) => m.progressBom);
  }
  let parsed;
  try {
    parsed = parseProgressText(text);
  } catch (error) {
    throw damaged(file, now, (m) => notJson(error, m));
  }
  if (parsed.progress.schemaVersion > SCHEMA_VERSION) {
    return { progress: parsed.progress, fresh: false, newer: true };
  }
  if (parsed.problems.length) {
    const { problems } = parsed;
    throw damaged(file, now, (m) => m.progressShape(problems.slice(0, 3).map(m.progressProblem).join('; '), Math.max(0, problems.length - 3)));
  }
  const version = parsed.progress.schemaVersion;
  if (version >= SCHEMA_VERSION) return { progress: parsed.progress, fresh: false, newer: false };
  const { progress, movedReviews } = migrate(parsed.progress, parsed.legacyReviews);
  return { progress, fresh: false, newer: false, migratedFrom: version, movedReviews };
}

/** Why the text is not JSON, in the catalogue's words (an empty file and NUL bytes by name, else where JSON.parse stopped). */
export function notJson(error: unknown, m: Messages): string {
  if (error instanceof ProgressTextError) return error.reason === 'empty' ? m.progressEmpty : m.progressNul;
  const message = (error as Error).message;
  return m.progressNotJson(message, jsonErrorPosition(message));
}

/**
 * The file's text, or undefined when there is none yet. Only a regular file
 * (or a symlink to one, as dotfile managers make) is read: a FIFO or a device
 * in its place would hang or never end every command, even --help (issue 14).
 */
export function readProgressText(file: string): string | undefined {
  const read = readRegularFile(file, { symlinks: 'follow' });
  if (read.ok) return read.bytes.toString('utf8');
  if (read.reason === 'missing' || read.reason === 'dangling') return undefined;
  if (read.reason === 'unreadable') {
    throw withText((message, hint) => new ProgressError(message, file, hint), (m) => ({ message: m.errProgressUnreadable(file, read.code), hint: m.hintPermissions }));
  }
  const kind = read.reason;
  throw withText(
    (message, hint) => new ProgressError(message, file, hint),
    (m) => ({ message: m.errProgressNotFile(file, m.notAFile[kind] ?? m.notAFile.other!), hint: m.hintMoveAway(`mv "${file}" "${file}.moved"`) }),
  );
}

/** Raised before the run's language is known: the words are written by the error report (withText). */
export function damaged(file: string, now: Date, problem: (m: Messages) => string): ProgressError {
  const backup = backupDamaged(file, now);
  return withText(
    (message, hint) => new ProgressError(message, file, hint),
    (m, cmd) => ({ message: m.errProgressDamaged(file, problem(m), backup), hint: m.hintProgressDamaged(cmd('config', 'repair'), cmd('doctor')) }),
  );
}

/** Copies the file beside itself once per distinct content; returns the copy's path. */
export function backupDamaged(file: string, now: Date): string | undefined {
  try {
    const content = readFileSync(file);
    const dir = dirname(file);
    const prefix = `${basename(file)}.corrupt-`;
    for (const name of readdirSync(dir)) {
      if (name.startsWith(prefix) && readFileSync(join(dir, name)).equals(content)) return join(dir, name);
    }
    const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
    // Never over another copy: two different damaged files within one second get -2, -3…
    for (let n = 1; ; n++) {
      const target = join(dir, `${prefix}${stamp}${n > 1 ? `-${n}` : ''}`);
      try {
        copyFileSync(file, target, constants.COPYFILE_EXCL);
        return target;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || n >= 100) throw error;
      }
    }
  } catch {
    return undefined;
  }
}
