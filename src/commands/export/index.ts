/** `mlops-study export`: this learner's snapshot, as JSON or Markdown, to stdout or a file. */
import type { Context } from '../../context.js';
import { UsageError } from '../../errors.js';
import { pick } from '../../i18n/lang.js';
import { SNAPSHOT_VERSION, type Snapshot } from '../../group/snapshot.js';
import { status } from '../status/index.js';
import { checkOutputFile, writeOutputFile } from '../../util/output-file.js';
import { jsonText } from '../../util/untrusted.js';
import { renderSnapshotMarkdown } from './markdown.js';
import { memberNameOrAsk } from './name.js';

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

/** The learner's snapshot under `name` (the caller made sure there is one: see name.ts). */
export async function buildSnapshot(ctx: Context, name: string): Promise<Snapshot> {
  const view = await status(ctx);
  const curriculum = await ctx.curriculumIndex();
  return {
    snapshotVersion: SNAPSHOT_VERSION,
    exportedAt: ctx.now.toISOString(),
    tool: { name: 'mlops-study', version: ctx.version },
    member: { name },
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
        items: w.items.map((i) => ({ id: i.id, text: i.text, done: i.done, doneAt: i.doneAt, evidence: i.evidence, ...(i.note ? { note: i.note } : {}), ...(i.verified ? { verified: i.verified } : {}) })),
        quiz: { answered: quiz?.answered ?? 0, accuracy: quiz?.accuracy ?? null },
      };
    }),
    quiz: { seen: view.quiz.seen, answered: view.quiz.answered, accuracy: view.quiz.accuracy, due: view.quiz.due },
    streak: view.streak.days,
    lastActivity: view.streak.lastActive ?? null,
  };
}

export async function exportSnapshot(ctx: Context, options: ExportOptions): Promise<ExportView> {
  // -o snapshot.md writes Markdown: the file name says the format, unless --format does.
  const format = options.format ?? (options.output && /\.(md|markdown)$/i.test(options.output) ? 'md' : 'json');
  if (format !== 'json' && format !== 'md') throw new UsageError(ctx.m.errFormat(format));
  const file = options.output !== undefined ? checkOutputFile(ctx, options.output, options) : undefined;
  // Asking is possible only when stdout is free for the prompt (a terminal, or the snapshot goes to -o FILE).
  const { name } = await memberNameOrAsk(ctx, { canAsk: ctx.stdinIsTTY && (ctx.stdoutIsTTY || file !== undefined), missing: ctx.m.errExportNeedsName });
  const snapshot = await buildSnapshot(ctx, name);
  const text = format === 'json' ? `${jsonText(snapshot)}\n` : renderSnapshotMarkdown(snapshot, ctx.lang);
  if (file) writeOutputFile(ctx, file, text, options);
  return { snapshot, text, ...(file ? { file } : {}) };
}
