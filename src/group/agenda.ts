/**
 * The weekly meeting's agenda as data: what `group --md` prints and the
 * group page (`group --html`) shows. Pure: board rows and today's date in.
 * "This week" is the seven days up to today.
 */
import { addDays } from '../plan/dates.js';
import type { BoardRow, VerifiedTick } from './board.js';

export interface OpenItem {
  id: string;
  text: string;
  week: number;
  /** From a week before the member's current one. */
  carried: boolean;
}

export interface Agenda {
  today: string;
  /** The first day of "this week". */
  since: string;
  /** Per member, the items still open up to their current week. */
  open: { row: BoardRow; items: OpenItem[] }[];
  /** Ticks the members' own verify made this week, newest first per member. */
  verified: { row: BoardRow; tick: VerifiedTick }[];
  /** Evidence attached by hand to items ticked this week (what verify attached is in `verified`). */
  evidence: { row: BoardRow; id: string; text: string; evidence: string[] }[];
}

export function buildAgenda(rows: BoardRow[], today: string): Agenda {
  const since = addDays(today, -7);
  const open = rows.map((row) => ({
    row,
    items: row.snapshot.weeks
      .filter((w) => w.week <= row.currentWeek)
      .flatMap((w) => w.items.filter((i) => !i.done).map((i) => ({ id: i.id, text: i.text, week: w.week, carried: w.week < row.currentWeek }))),
  }));
  const verified = rows.flatMap((row) => row.verified.filter((tick) => tick.at.slice(0, 10) >= since).map((tick) => ({ row, tick })));
  const evidence: Agenda['evidence'] = [];
  for (const row of rows) {
    const byId = new Map(row.verified.map((v) => [v.id, v]));
    for (const week of row.snapshot.weeks) {
      for (const item of week.items) {
        // What verify attached (git:<commit>, the remote) is listed with the verified ticks.
        const v = byId.get(item.id);
        const attached = item.evidence.filter((e) => !v || (e !== `git:${v.commit}` && e !== v.remote));
        if (!attached.length || !item.doneAt || item.doneAt.slice(0, 10) < since) continue;
        evidence.push({ row, id: item.id, text: item.text, evidence: attached });
      }
    }
  }
  return { today, since, open, verified, evidence };
}

/** Per week, how many of a member's ticks their own verify made. */
export function verifiedPerWeek(row: Pick<BoardRow, 'verified'>): Map<number, number> {
  const counts = new Map<number, number>();
  for (const tick of row.verified) counts.set(tick.week, (counts.get(tick.week) ?? 0) + 1);
  return counts;
}
