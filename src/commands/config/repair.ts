/**
 * `mlops-study config repair`: keeps what can be recovered from a damaged
 * progress file (valid items, cards, answer counts; the review history of an
 * older file goes to the review log), backs the original up beside
 * it, and writes the rest back through the locked, atomic store.
 */
import type { Context } from '../../context.js';
import { UsageError, UserError } from '../../errors.js';
import { migrate } from '../../progress/migrate.js';
import { parseProgress, parseProgressText } from '../../progress/parse.js';
import { backupDamaged, readProgressText } from '../../progress/read.js';
import { recoverJson } from '../../progress/recover.js';
import { writeRepaired } from '../../progress/store.js';
import { SCHEMA_VERSION, type Progress } from '../../progress/types.js';

export interface RepairOptions {
  yes?: boolean;
}

export interface RepairView {
  file: string;
  state: 'missing' | 'healthy' | 'repaired' | 'declined';
  kept: { courses: number; items: number; cards: number; reviews: number };
  dropped: string[];
  backup?: string;
}

function tally(progress: Progress): RepairView['kept'] {
  const courses = Object.values(progress.courses);
  return {
    courses: courses.length,
    items: courses.reduce((n, c) => n + Object.keys(c.items).length, 0),
    cards: courses.reduce((n, c) => n + Object.keys(c.cards).length, 0),
    reviews: courses.reduce((n, c) => n + Object.values(c.answers).reduce((m, t) => m + t.answered, 0), 0),
  };
}

export async function repair(ctx: Context, options: RepairOptions, confirmText: (view: RepairView) => string): Promise<RepairView> {
  const file = ctx.progressFile;
  const none = { courses: 0, items: 0, cards: 0, reviews: 0 };
  // A directory or a FIFO in its place is named as such, never read (issue 14).
  const text = readProgressText(file);
  if (text === undefined) return { file, state: 'missing', kept: none, dropped: [] };
  try {
    const parsed = parseProgressText(text);
    if (!parsed.problems.length) return { file, state: 'healthy', kept: tally(parsed.progress), dropped: [] };
  } catch {
    // not JSON: recovered below
  }
  const data = recoverJson(text);
  const dropped: string[] = data === undefined ? [ctx.m.repairWholeFile] : [];
  const parsed = parseProgress(data ?? {});
  if (parsed.progress.schemaVersion > SCHEMA_VERSION) {
    throw new UserError(ctx.m.errRepairNewer(file), 1, ctx.m.hintUpgrade);
  }
  dropped.push(...parsed.problems.map(ctx.m.progressProblem));
  const { progress: recovered, movedReviews } = migrate({ ...parsed.progress, schemaVersion: Math.min(parsed.progress.schemaVersion, SCHEMA_VERSION) }, parsed.legacyReviews);
  const view: RepairView = { file, state: 'repaired', kept: tally(recovered), dropped };
  if (!options.yes) {
    if (!ctx.stdinIsTTY) throw new UsageError(ctx.m.errRepairNeedsTerminal, ctx.m.hintRepairYes);
    if (!(await ctx.prompts.confirm({ message: confirmText(view), default: true }))) return { ...view, state: 'declined' };
  }
  const backup = backupDamaged(file, ctx.now);
  if (!backup) throw new UserError(ctx.m.errRepairNoBackup(file), 1, ctx.m.hintWritableDir);
  await writeRepaired(file, recovered, movedReviews);
  return { ...view, backup };
}
