/** Pieces several commands share: the learner's schedule and item views. */
import type { Context } from '../context.js';
import type { CurriculumIndex, Item } from '../curriculum/types.js';
import { UsageError } from '../errors.js';
import { pick, type Localized } from '../i18n/lang.js';
import { itemProgress } from '../plan/item-state.js';
import { currentWeek, type WeekPosition } from '../plan/weeks.js';
import { courseOf, isDone, type CourseProgress, type Verification } from '../progress/types.js';

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
