/**
 * Local calendar dates as 'YYYY-MM-DD' strings. Arithmetic goes through UTC
 * midnights so daylight-saving changes never shift a day.
 */
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The learner's local calendar date at `now`. */
export function localDate(now: Date): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** True for a real calendar date (2026-02-30 is not). */
export function isCalendarDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function toUtc(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

export function addDays(date: string, days: number): string {
  return new Date(toUtc(date) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / 86_400_000);
}

/** The earliest start date init accepts. */
export const EARLIEST_START = '2000-01-01';

/**
 * The range of start dates that make sense on `today`: not before 2000, and
 * at most a year ahead (a group planning next semester; 9999-12-31 is a typo).
 */
export function startDateRange(today: string): { min: string; max: string } {
  return { min: EARLIEST_START, max: addDays(today, 366) };
}
