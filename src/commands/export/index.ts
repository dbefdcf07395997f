/** `mlops-study export`: this learner's snapshot, as JSON or Markdown, to stdout or a file. */
import { existsSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import type { Context } from '../../context.js';
import { UsageError, UserError } from '../../errors.js';
import { pick } from '../../i18n/lang.js';
import { SNAPSHOT_VERSION, type Snapshot } from '../../group/snapshot.js';
import { status } from '../status/index.js';
import { renderSnapshotMarkdown } from './markdown.js';

export interface ExportOptions {
  format?: string;
  output?: string;
  force?: boolean;
}

export interface ExportView {
  snapshot: Snapshot;
  text: string;
  /** Where it was written; undefined for stdout. */
  file?: string;
}

export function memberName(ctx: Context): string {
  const saved = ctx.progress().progress.profile.name?.trim();
  if (saved) return saved;
  try {
    return userInfo().username || 'learner';
  } catch {
    return 'learner';
  }
}

export async function buildSnapshot(ctx: Context): Promise<Snapshot> {
  const view = await status(ctx);
  const curriculum = await ctx.curriculumIndex();
  return {
    snapshotVersion: SNAPSHOT_VERSION,
    exportedAt: ctx.now.toISOString(),
    tool: { name: 'mlops-study', version: ctx.version },
    member: { name: memberName(ctx) },
    curriculum: { id: curriculum.id, version: curriculum.version, title: pick(curriculum.title, ctx.lang), weekCount: curriculum.weeks.length },
    language: ctx.lang,
    startDate: view.startDate,
    currentWeek: view.currentWeek,
    status: view.status,
    overall: { done: view.overall.done, total: view.overall.total },
    weeks: view.weeks.map((w) => {
      const quiz = view.quiz.weeks.find((q) => q.week === w.week);
      return {
        week: w.week,
        title: w.title,
        done: w.done,
        total: w.total,
        items: w.items.map((i) => ({ id: i.id, text: i.text, done: i.done, doneAt: i.doneAt, evidence: i.evidence, ...(i.note ? { note: i.note } : {}) })),
        quiz: { answered: quiz?.answered ?? 0, accuracy: quiz?.accuracy ?? null },
      };
    }),
    quiz: { seen: view.quiz.seen, answered: view.quiz.answered, accuracy: view.quiz.accuracy, due: view.quiz.due },
    streak: view.streak.days,
    lastActivity: view.streak.lastActive ?? null,
  };
}

export async function exportSnapshot(ctx: Context, options: ExportOptions): Promise<ExportView> {
  const format = options.format ?? 'json';
  if (format !== 'json' && format !== 'md') throw new UsageError(ctx.m.errFormat(format));
  const file = options.output ? resolve(ctx.cwd, options.output) : undefined;
  if (file && existsSync(file) && !options.force) {
    throw new UsageError(ctx.m.errExists(file), ctx.m.hintForce);
  }
  const snapshot = await buildSnapshot(ctx);
  const text = format === 'json' ? `${JSON.stringify(snapshot, null, 2)}\n` : renderSnapshotMarkdown(snapshot, ctx.lang);
  if (file) {
    try {
      writeFileSync(file, text);
    } catch (error) {
      throw new UserError(ctx.m.errCannotWrite(file, (error as NodeJS.ErrnoException).code ?? (error as Error).message), 1);
    }
  }
  return { snapshot, text, ...(file ? { file } : {}) };
}
