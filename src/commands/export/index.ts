/**
 * `mlops-study export`: this learner's snapshot, as JSON or Markdown, or the
 * question bank for Anki (`--format anki`), to stdout or a file.
 */
import type { Context } from '../../context.js';
import { UsageError, UserError } from '../../errors.js';
import { pick } from '../../i18n/lang.js';
import { SNAPSHOT_VERSION, type Snapshot } from '../../group/snapshot.js';
import { CANONICAL, commandLine } from '../../util/invocation.js';
import { parseWeek } from '../shared.js';
import { status } from '../status/index.js';
import { checkOutputFile, writeOutputFile } from '../../util/output-file.js';
import { jsonText } from '../../util/untrusted.js';
import { renderSnapshotMarkdown } from './markdown.js';
import { memberNameOrAsk } from './name.js';

export interface ExportOptions {
  format?: string;
  output?: string;
  force?: boolean;
  /** Only this week's questions (--format anki). */
  week?: string;
}

export type ExportFormat = 'json' | 'md' | 'anki';

export interface ExportView {
  format: ExportFormat;
  /** The learner's snapshot (json and md). */
  snapshot?: Snapshot;
  /** The Anki file's notes and deck (anki). */
  anki?: { notes: number; deck: string };
  text: string;
  /** Where it was written; undefined for stdout. */
  file?: string;
}

/**
 * --format, else what the file name says: `-o notes.md` is Markdown and
 * `-o deck.anki.txt` Anki's text format. A bare `.txt` says nothing (a
 * learner may mean notes), so it stays JSON, as any other name does.
 */
export function exportFormat(options: ExportOptions): string {
  if (options.format !== undefined) return options.format;
  if (options.output && /\.anki\.txt$/i.test(options.output)) return 'anki';
  return options.output && /\.(md|markdown)$/i.test(options.output) ? 'md' : 'json';
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
  const format = exportFormat(options);
  if (format !== 'json' && format !== 'md' && format !== 'anki') throw new UsageError(ctx.m.errFormat(format));
  if (options.week !== undefined && format !== 'anki') throw new UsageError(ctx.m.errWeekAnkiOnly, ctx.m.hintWeekAnkiOnly(ctx.cmd('export', '--format', 'anki', '-o', 'mlops-study.anki.txt', '--week', { placeholder: 'N' })));
  const file = options.output !== undefined ? checkOutputFile(ctx, options.output, options) : undefined;
  if (format === 'anki') return exportAnki(ctx, options, file);
  // Asking is possible only when stdout is free for the prompt (a terminal, or the snapshot goes to -o FILE).
  const { name } = await memberNameOrAsk(ctx, { canAsk: ctx.stdinIsTTY && (ctx.stdoutIsTTY || file !== undefined), missing: ctx.m.errExportNeedsName });
  const snapshot = await buildSnapshot(ctx, name);
  const text = format === 'json' ? `${jsonText(snapshot)}\n` : renderSnapshotMarkdown(snapshot, ctx.lang);
  if (file) writeOutputFile(ctx, file, text, options);
  return { format, snapshot, text, ...(file ? { file } : {}) };
}

/** The question bank (or one week's questions) in the run's language, for Anki's File → Import. */
async function exportAnki(ctx: Context, options: ExportOptions, file: string | undefined): Promise<ExportView> {
  const curriculum = await ctx.curriculum();
  const week = parseWeek(options.week, curriculum, ctx, 'export --format anki');
  const questions = curriculum.questions.filter((q) => week === undefined || q.week === week);
  if (!questions.length) throw new UserError(week === undefined ? ctx.m.errAnkiNoQuestions : ctx.m.errAnkiNoQuestionsWeek(week), 1, ctx.m.hintAnkiNoQuestions(ctx.cmd('validate')));
  const title = pick(curriculum.title, ctx.lang);
  const topics = new Map([...curriculum.weeks, ...curriculum.appendix].flatMap((w) => w.topics.map((t) => [t.id, pick(t.title, ctx.lang)] as const)));
  // The writer loads only for --format anki. The file is read in Anki, away from this
  // terminal: its commands name the program plainly.
  const { deckName, renderAnki } = await import('./anki.js');
  const text = renderAnki(questions, { curriculumId: curriculum.id, title, lang: ctx.lang, m: ctx.m, topics, showCommand: (id) => commandLine(CANONICAL, ['show', id]) });
  if (file) writeOutputFile(ctx, file, text, options);
  return { format: 'anki', anki: { notes: questions.length, deck: deckName(title, curriculum.id) }, text, ...(file ? { file } : {}) };
}
