/**
 * Reading progress: a plain JSON read, no conf. A damaged file is never
 * treated as empty: it is copied aside as <file>.corrupt-<timestamp> and the
 * command stops with a message that names the file and the fix.
 */
import { constants, copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ProgressError } from '../errors.js';
import { parseProgressText } from './parse.js';
import { emptyProgress, SCHEMA_VERSION, type Progress } from './types.js';
import { migrate } from './migrate.js';

export interface ReadResult {
  progress: Progress;
  /** The file did not exist yet. */
  fresh: boolean;
  /** Written by a newer mlops-study: readable, never writable. */
  newer: boolean;
  /** The schemaVersion on disk when it was older and has been migrated in memory. */
  migratedFrom?: number;
}

export function readProgress(file: string, now = new Date()): ReadResult {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { progress: emptyProgress(), fresh: true, newer: false };
    throw new ProgressError(`cannot read the progress file ${file}: ${code ?? (error as Error).message}`, file, 'Check the file and directory permissions.');
  }
  // Some editors save UTF-8 with an invisible byte-order mark, which JSON (and conf) refuse.
  if (text.startsWith('\uFEFF')) throw damaged(file, 'it starts with an invisible byte-order mark (BOM), which JSON does not allow; an editor may have saved it that way', now);
  let parsed;
  try {
    parsed = parseProgressText(text);
  } catch (error) {
    throw damaged(file, `it is not valid JSON (${(error as Error).message})`, now);
  }
  if (parsed.progress.schemaVersion > SCHEMA_VERSION) {
    return { progress: parsed.progress, fresh: false, newer: true };
  }
  if (parsed.problems.length) {
    const more = parsed.problems.length > 3 ? ` and ${parsed.problems.length - 3} more` : '';
    throw damaged(file, `its content has the wrong shape: ${parsed.problems.slice(0, 3).join('; ')}${more}`, now);
  }
  const version = parsed.progress.schemaVersion;
  return {
    progress: migrate(parsed.progress),
    fresh: false,
    newer: false,
    ...(version < SCHEMA_VERSION ? { migratedFrom: version } : {}),
  };
}

export function damaged(file: string, problem: string, now: Date): ProgressError {
  const backup = backupDamaged(file, now);
  const saved = backup ? ` A copy was saved as ${backup}.` : '';
  return new ProgressError(
    `the progress file ${file} is damaged: ${problem}. It was left as it is.${saved}`,
    file,
    'Run `mlops-study config repair` to keep what can be recovered, or `mlops-study doctor` for details.',
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
