/**
 * The progress file read for a shell prompt or a completion: the same reading
 * as readProgress (older versions migrated in memory), but with no side
 * effect at all. A damaged file is only reported as such: no copy is saved
 * beside it and nothing is printed, since a prompt runs this on every line;
 * the next real command reports it and keeps the copy.
 */
import { readFileSync } from 'node:fs';
import { migrate } from './migrate.js';
import { parseProgressText } from './parse.js';
import { emptyProgress, SCHEMA_VERSION, type Progress } from './types.js';

export type Peeked = { ok: true; progress: Progress } | { ok: false };

export function peekProgress(file: string): Peeked {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? { ok: true, progress: emptyProgress() } : { ok: false };
  }
  try {
    if (text.startsWith('\uFEFF')) return { ok: false };
    const parsed = parseProgressText(text);
    // A newer version's file is read as it is, as readProgress does.
    if (parsed.progress.schemaVersion > SCHEMA_VERSION) return { ok: true, progress: parsed.progress };
    if (parsed.problems.length) return { ok: false };
    return { ok: true, progress: migrate(parsed.progress, parsed.legacyReviews).progress };
  } catch {
    return { ok: false };
  }
}
