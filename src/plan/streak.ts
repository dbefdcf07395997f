/** Study streaks from the per-day activity log. */
import { addDays } from './dates.js';

export interface Streak {
  /** Consecutive active days ending today (or yesterday: today is not over yet). */
  days: number;
  lastActive?: string;
}

export function streak(activity: Record<string, number>, today: string): Streak {
  const active = new Set(Object.entries(activity).filter(([, n]) => n > 0).map(([day]) => day));
  const lastActive = [...active].sort().at(-1);
  let day = active.has(today) ? today : addDays(today, -1);
  let days = 0;
  while (active.has(day)) {
    days++;
    day = addDays(day, -1);
  }
  return lastActive ? { days, lastActive } : { days };
}
