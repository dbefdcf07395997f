/** Which week of the course a learner is in, and the dates of each week. */
import { addDays, daysBetween } from './dates.js';

export type CourseStatus = 'upcoming' | 'in-progress' | 'finished';

export interface WeekPosition {
  /** 1-based, clamped to the course. */
  week: number;
  status: CourseStatus;
  /** Days until the start date when status is 'upcoming'. */
  daysUntilStart: number;
}

/** Whole weeks since the start date + 1, clamped to 1..weekCount. */
export function currentWeek(startDate: string, today: string, weekCount: number): WeekPosition {
  const elapsed = daysBetween(startDate, today);
  if (elapsed < 0) return { week: 1, status: 'upcoming', daysUntilStart: -elapsed };
  const raw = Math.floor(elapsed / 7) + 1;
  if (raw > weekCount) return { week: Math.max(weekCount, 1), status: 'finished', daysUntilStart: 0 };
  return { week: raw, status: 'in-progress', daysUntilStart: 0 };
}

export function weekRange(startDate: string, week: number): { startDate: string; endDate: string } {
  const start = addDays(startDate, (week - 1) * 7);
  return { startDate: start, endDate: addDays(start, 6) };
}

/** How many weeks behind schedule: the current week minus the first week with open items. */
export function weeksBehind(current: number, firstOpenWeek: number | undefined): number {
  return firstOpenWeek === undefined ? 0 : Math.max(0, current - firstOpenWeek);
}
