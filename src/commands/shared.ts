/** Pieces several commands share: the learner's schedule and item views. */
import type { Context } from '../context.js';
import type { CurriculumIndex, Item } from '../curriculum/types.js';
import { ProgressError, UsageError } from '../errors.js';
import { pick, type Localized } from '../i18n/lang.js';
import { itemProgress } from '../plan/item-state.js';
import { currentWeek, type WeekPosition } from '../plan/weeks.js';
import { pendingReads, withPending } from '../progress/reads.js';
import { updateProgress } from '../progress/store.js';
import { courseOf, isDone, type CourseProgress, type Verification } from '../progress/types.js';
import { wrap } from '../ui/text.js';

export interface ItemView {
  id: string;
  text: string;
  done: boolean;
  doneAt: string | null;
  week: number;
  note?: string;
  evidence: string[];
  source: Item['source'];
  /** Ticked by `verify`: the project's commit (and remote) it passed at. */
  verified?: Verification;
}

export function itemView(item: Item, course: CourseProgress, lang: Context['lang']): ItemView {
  const saved = itemProgress(item, course);
  return {
    id: item.id,
    text: pick(item.text, lang),
    done: isDone(saved),
    doneAt: saved?.doneAt ?? null,
    week: item.week,
    ...(saved?.note ? { note: saved.note } : {}),
    evidence: saved?.evidence ?? [],
    source: item.source,
    ...(isDone(saved) && saved.verified ? { verified: saved.verified } : {}),
  };
}

export interface Schedule {
  startDate: string;
  /** No start date saved yet: the schedule assumes today. */
  assumed: boolean;
  position: WeekPosition;
}

export function schedule(ctx: Context, curriculum: CurriculumIndex): Schedule {
  const saved = ctx.progress().progress.profile.startDate;
  const startDate = saved ?? ctx.today;
  return { startDate, assumed: !saved, position: currentWeek(startDate, ctx.today, curriculum.weeks.length) };
}

/**
 * The schedule of a command that depends on the start date (check, quiz,
 * status, next, export, group sync): the first of them saves today as the
 * start, so the week moves on from then, and says so once (on stderr). A file
 * this version may not write, or cannot, keeps the assumed date.
 */
export async function startSchedule(ctx: Context, curriculum: CurriculumIndex): Promise<Schedule & { startedToday: boolean }> {
  const plan = schedule(ctx, curriculum);
  if (!plan.assumed || ctx.progress().newer) return { ...plan, startedToday: false };
  let saved: string | undefined;
  try {
    const { progress } = await updateProgress(ctx.progressFile, (p) => {
      p.profile.startDate ??= ctx.today;
    }, { now: ctx.now });
    ctx.remember(progress);
    saved = progress.profile.startDate;
  } catch (error) {
    // Not saved (a read-only home, say): this command still works; a command that writes reports why.
    if (error instanceof ProgressError) return { ...plan, startedToday: false };
    throw error;
  }
  const startDate = saved ?? ctx.today;
  // Another process may have saved a start date first: that one counts.
  if (startDate !== ctx.today) return { startDate, assumed: false, position: currentWeek(startDate, ctx.today, curriculum.weeks.length), startedToday: false };
  ctx.notice(wrap(ctx.m.firstRun(startDate, ctx.cmd('init', '--start', { placeholder: 'YYYY-MM-DD' })), ctx.columns).join('\n'));
  return { ...plan, assumed: false, startedToday: true };
}

/**
 * Topic ID → when it was first read, and the activity per day, for this
 * course: saved, plus what `show` appended since the last write (see src/progress/reads.ts).
 */
export function reading(ctx: Context, curriculum: Pick<CurriculumIndex, 'id'>): { read: Record<string, string>; activity: Record<string, number> } {
  return withPending(courseOf(ctx.progress().progress, curriculum.id), pendingReads(ctx.progressFile), curriculum.id);
}

export function readTopics(ctx: Context, curriculum: Pick<CurriculumIndex, 'id'>): Record<string, string> {
  return reading(ctx, curriculum).read;
}

export function courseProgress(ctx: Context, curriculum: CurriculumIndex): CourseProgress {
  return courseOf(ctx.progress().progress, curriculum.id);
}

/**
 * How a unit is named on screen: "Week 2 of 6", or with the guide's own label
 * "Week 0 (1 of 6)" (the label is shown, the number is what --week takes), or
 * "Appendix" for a unit that is not a week.
 */
export function unitHeading(week: { number: number; label?: Localized }, weekCount: number, m: Context['m'], lang: Context['lang']): string {
  if (week.number === 0) return m.appendix;
  const label = week.label ? pick(week.label, lang) : '';
  // "Week 3" or "3주차" for week 3 says nothing the usual heading does not.
  const usual = new RegExp(`^(week\\s*${week.number}|${week.number}\\s*주\\s*차)$`, 'i');
  return label && !usual.test(label.trim()) ? m.unitOf(label, week.number, weekCount) : m.weekOf(week.number, weekCount);
}

/**
 * Parses --week, the same way for every command: a whole number within the
 * course. The hint repeats the command that was run (`quiz --week 9` → `quiz --week 6`).
 */
export function parseWeek(value: string | undefined, curriculum: Pick<CurriculumIndex, 'weeks'>, ctx: Pick<Context, 'm' | 'cmd'>, command: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.trim());
  const count = curriculum.weeks.length;
  if (!/^\d+$/.test(value.trim()) || n < 1 || n > count) {
    const example = /^\d+$/.test(value.trim()) && n > count ? count : 1;
    throw new UsageError(ctx.m.errWeek(count, value), ctx.m.hintWeek(ctx.cmd(...command.split(' '), '--week', String(example))));
  }
  return n;
}
